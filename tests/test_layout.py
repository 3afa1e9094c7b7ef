"""Paragraph layout: directions, alignment, justification and styles across lines."""

from __future__ import annotations

import pytest

from desktop_app.text.fonts import MissingGlyphsError, default_registry
from desktop_app.text.layout import StyledText, TextStyle, layout_paragraph

REGISTRY = default_registry()
REGULAR = REGISTRY.load(REGISTRY.face("Amiri"))
BOLD = REGISTRY.load(REGISTRY.face("Amiri", bold=True))
TEXT = (
    "استعرض المجلس حصيلة البرنامج برسم سنة 2025 ونوه بالمجهودات المبذولة من طرف "
    "الصناع التقليديين والتعاونيات في مختلف الجهات وأكد ضرورة مواصلة المواكبة"
)


def visible(line) -> list:  # noqa: ANN001
    return [glyph for glyph in line.glyphs if not glyph.is_mark]


def test_direction_comes_from_the_first_strong_letter() -> None:
    assert (
        layout_paragraph([StyledText("2025 نمت", TextStyle(REGULAR, 12))], 300).direction == "rtl"
    )
    assert (
        layout_paragraph([StyledText("« Le conseil »", TextStyle(REGULAR, 12))], 300).direction
        == "ltr"
    )
    only_digits = [StyledText("2025", TextStyle(REGULAR, 12))]
    assert layout_paragraph(only_digits, 300, fallback_direction="rtl").direction == "rtl"
    assert layout_paragraph(only_digits, 300, direction="ltr").direction == "ltr"


@pytest.mark.parametrize(
    ("align", "direction", "edge"),
    [
        ("start", "rtl", "right"),
        ("end", "rtl", "left"),
        ("start", "ltr", "left"),
        ("end", "ltr", "right"),
        ("center", "rtl", "middle"),
    ],
)
def test_alignment(align: str, direction: str, edge: str) -> None:
    layout = layout_paragraph(
        [StyledText("نص قصير", TextStyle(REGULAR, 12))], 300, direction, align
    )
    (line,) = layout.lines
    left = min(g.x for g in visible(line))
    right = max(g.x + g.advance for g in visible(line))
    expected = {
        "right": (300 - line.width, 300),
        "left": (0, line.width),
        "middle": ((300 - line.width) / 2, (300 + line.width) / 2),
    }[edge]
    assert left == pytest.approx(expected[0], abs=0.01)
    assert right == pytest.approx(expected[1], abs=0.01)


def test_justified_lines_fill_the_width_except_the_last() -> None:
    layout = layout_paragraph([StyledText(TEXT, TextStyle(REGULAR, 12))], 200, "rtl", "justify")
    assert len(layout.lines) >= 3
    for line in layout.lines[:-1]:
        right = max(g.x + g.advance for g in visible(line))
        left = min(g.x for g in visible(line))
        assert right == pytest.approx(200, abs=0.01)
        assert left == pytest.approx(0, abs=0.01)
        assert line.stretch > 0
    last = layout.lines[-1]
    assert last.stretch == 0
    assert min(g.x for g in visible(last)) > 1  # flush right, not stretched to the left


def test_a_bold_run_keeps_its_face_across_the_line_break_and_reordering() -> None:
    words = TEXT.split()
    before, bold, after = (
        " ".join(words[:6]) + " ",
        " ".join(words[6:12]),
        " " + " ".join(words[12:]),
    )
    runs = [
        StyledText(before, TextStyle(REGULAR, 12)),
        StyledText(bold, TextStyle(BOLD, 12, (0.1, 0.3, 0.5), underline=True)),
        StyledText(after, TextStyle(REGULAR, 12)),
    ]
    layout = layout_paragraph(runs, 120, "rtl", "justify")
    bold_start, bold_end = len(before), len(before) + len(bold)
    crossing = [line for line in layout.lines if line.start < bold_end and line.end > bold_start]
    assert len(crossing) >= 2, "the bold run must be broken across lines"
    bold_letters = {ch for ch in bold if not ch.isspace()}
    for line in crossing:
        faces = {g.style.font for g in visible(line) if g.text and g.text[0] in bold_letters}
        assert BOLD in faces
        styled = [g for g in visible(line) if g.style.font is BOLD]
        assert all(g.style.underline and g.style.color == (0.1, 0.3, 0.5) for g in styled)
        # The underline covers exactly the bold glyphs' span on this line.
        covered = sum(end - start for start, end, _style in line.underlines)
        span = max(g.x + g.advance for g in styled) - min(g.x for g in styled)
        assert covered == pytest.approx(span, rel=0.2)


def test_lines_are_broken_in_logical_order() -> None:
    layout = layout_paragraph([StyledText(TEXT, TextStyle(REGULAR, 12))], 150, "rtl", "start")
    pieces = [layout.text[line.start : line.end] for line in layout.lines]
    assert " ".join(pieces).split() == TEXT.split()
    assert pieces[0].startswith("استعرض")


def test_missing_character_is_named() -> None:
    with pytest.raises(MissingGlyphsError, match=r"U\+1F600 GRINNING FACE"):
        layout_paragraph([StyledText("نص 😀", TextStyle(REGULAR, 12))], 300)
