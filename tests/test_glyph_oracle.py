"""Every line our layout draws into a PDF, checked glyph by glyph against HarfBuzz."""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desktop_app.model import load_document
from desktop_app.pdf.builder import ExportSettings, export_pdf
from desktop_app.pdf.embedded_font import EmbeddedFontSet
from desktop_app.pdf.line_drawing import draw_line
from desktop_app.pdf.text_flowable import DrawnLine as ExportedLine
from desktop_app.resources import resource_path
from desktop_app.text.fonts import FontProgram, default_registry
from desktop_app.text.layout import (
    LaidOutLine,
    ParagraphLayout,
    StyledText,
    TextStyle,
    layout_paragraph,
)
from tests.glyph_oracle import (
    DrawnLine,
    Glyph,
    LineComparison,
    compare_lines,
    harfbuzz_line_glyphs,
    outline_font,
    pdf_line_glyphs,
)

SIZE = 13.0
PITCH = 2.0  # line pitch in em: room for the band pdf_line_glyphs reads
MARGIN = 56.0
WIDTHS = (170.0, 330.0)
ALIGNS = ("justify", "start")

VOCALISED = (
    "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ. ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ. "
    "كَتَبَ ٱلطَّالِبُ دَرْسًا جَدِيدًا، وَقَرَأَ كِتَابًا مُفِيدًا فِي مَكْتَبَةٍ كَبِيرَةٍ، "
    "ثُمَّ شَكَرَ مُعَلِّمَهُ وَرَجُلٌ عَالِمٌ يُعَلِّمُ ٱلنَّاسَ. إِنَّ ٱللَّهَ غَفُورٌ رَحِيمٌ."
)
LAM_ALEF = (
    "لا لأ لإ لآ كلا فلأ بلإ سلآ، لَا لَأَ لِإِ لَآ، ٱلْإِسْلَامُ إِلَّا ٱلْأَوْلَادُ "
    "ملاحظة الاجتماع كَلَّا سَلَامٌ عَلَيْكُمْ، لَآلِئُ ٱلْإِمَارَاتِ."
)
TATWEEL = "مـحـمـد الـعـربـيـة كـتـاب ـــ تجربة الطويـــلة."
BRACKETS = (
    "قال المدير (وهو رئيس اللجنة [المكلفة بالتتبع (منذ سنة 2023)] والمشرف) إن النتائج "
    "جيدة [انظر الملحق (ب)]."
)
LATIN_IN_ARABIC = "إعداد (Rapport de synthèse) قبل الاجتماع، ثم عرض (Plan d'action 2026) للمصادقة."
NUMBERS = (
    "نمت الصادرات بنسبة 13% حتى نهاية نونبر 2025، أي 1,14 مليار درهم، "
    "مقابل 12,5% في السنة الماضية و-3,2% سنة 2023."
)
GUILLEMETS = "قال الرئيس «إن المشروع سيكتمل قبل نهاية السنة» ثم أضاف «وبكلفة أقل»."
URL_EMAIL = (
    "للمزيد من المعلومات زوروا الموقع https://www.artisanat.gov.ma/ar/rapport أو راسلونا "
    "على info@mda.ma قبل الموعد."
)
FRENCH = (
    "Le conseil d'administration de مؤسسة دار الصانع a approuvé le programme d'action "
    "2026 (budget : 1,14 milliard de dirhams), soit +13 % par rapport à 2024, selon le "
    "rapport « التقرير السنوي » publié en mars."
)


@dataclass(frozen=True)
class Case:
    name: str
    runs: tuple[tuple[str, bool], ...]  # (text, bold)
    direction: str = "auto"


CASES = (
    Case("harakat", ((VOCALISED, False),)),
    Case("lam-alef", ((LAM_ALEF, False),)),
    Case("tatweel", ((TATWEEL, False),)),
    Case("brackets", ((BRACKETS, False),)),
    Case("latin-in-arabic", ((LATIN_IN_ARABIC, False),)),
    Case("numbers", ((NUMBERS, False),)),
    Case("guillemets", ((GUILLEMETS, False),)),
    Case("url-email", ((URL_EMAIL, False),)),
    Case("french", ((FRENCH, False),)),
    Case("french-rtl-paragraph", ((FRENCH, False),), "rtl"),
    Case(
        "bold-run",
        (("تقرير الموقع ", False), ("www.artisanat.gov.ma", True), (" والبريد info@mda.ma", False)),
    ),
)


@dataclass(frozen=True)
class Recorded:
    case: str
    align: str
    line: DrawnLine | None  # None: skipped
    skip_reason: str = ""


@dataclass(frozen=True)
class Built:
    pdf: Path
    lines: list[Recorded]


def build_pdf(path: Path, cases: tuple[Case, ...]) -> list[Recorded]:
    registry = default_registry()
    regular = registry.load(registry.default_body())
    bold = registry.load(registry.face(registry.default_body().family, bold=True))
    styles = {False: TextStyle(regular, SIZE), True: TextStyle(bold, SIZE, (0.1, 0.3, 0.6))}
    pdf = canvas.Canvas(str(path), pagesize=A4)
    fonts = EmbeddedFontSet(pdf._doc)  # noqa: SLF001 (the document the fonts embed into)
    page_width, page_height = A4
    page = 0
    y = page_height - MARGIN - SIZE
    recorded: list[Recorded] = []
    for case in cases:
        runs = [StyledText(text, styles[is_bold]) for text, is_bold in case.runs]
        for width in WIDTHS:
            for align in ALIGNS:
                layout = layout_paragraph(runs, width, case.direction, align)
                left = page_width - MARGIN - width
                for line in layout.lines:
                    if y < MARGIN:
                        pdf.showPage()
                        page += 1
                        y = page_height - MARGIN - SIZE
                    draw_line(pdf, fonts, line, left, y)
                    drawn = _drawn_line(layout, line, page, y, left, width)
                    if isinstance(drawn, str):
                        recorded.append(Recorded(case.name, align, None, drawn))
                    else:
                        recorded.append(Recorded(case.name, align, drawn))
                    y -= PITCH * SIZE
                y -= SIZE
    pdf.showPage()
    pdf.save()
    return recorded


def _drawn_line(
    layout: ParagraphLayout, line: LaidOutLine, page: int, y: float, left: float, width: float
) -> DrawnLine | str:
    """What the oracle needs to know about ``line``, or why it cannot check it."""
    fonts: set[FontProgram] = {
        glyph.style.font for glyph in line.glyphs if glyph.text not in ("\u200e", "\u200f")
    }
    if len(fonts) != 1:
        return f"{len(fonts)} fonts on the line"
    return DrawnLine(
        page=page,
        baseline=y,
        left=left,
        right=left + width,
        text=layout.text[line.start : line.end].rstrip(),
        direction=layout.direction,
        font_path=next(iter(fonts)).path,
        size=line.size,
        paragraph=layout.text,
        start=line.start,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    path = tmp_path_factory.mktemp("oracle") / "stress.pdf"
    return Built(path, build_pdf(path, CASES))


def _compare(built: Built, record: Recorded) -> LineComparison:
    assert record.line is not None
    return compare_lines(
        pdf_line_glyphs(built.pdf, record.line), harfbuzz_line_glyphs(record.line), record.line
    )


def _report(built: Built, cases: set[str]) -> tuple[int, int, list[str]]:
    compared = 0
    agreed = 0
    lines: list[str] = []
    skipped: Counter[str] = Counter()
    for record in built.lines:
        if record.case not in cases:
            continue
        if record.line is None:
            skipped[record.skip_reason] += 1
            continue
        compared += 1
        result = _compare(built, record)
        if result.equal:
            agreed += 1
        else:
            lines.append(
                f"[{record.case}/{record.align}] page {record.line.page + 1} "
                f"y={record.line.baseline:.1f}: {record.line.text}"
            )
            lines.extend(f"    - {problem}" for problem in result.problems)
    print(
        f"\nglyph oracle, {sorted(cases)}: {agreed}/{compared} lines agree "
        f"({100 * agreed / max(compared, 1):.1f}%)"
    )
    for reason, count in skipped.items():
        print(f"  skipped {count} line(s): {reason}")
    print("\n".join(lines))
    return agreed, compared, lines


def test_pdf_is_multi_page(built: Built) -> None:
    assert max(r.line.page for r in built.lines if r.line) >= 2


def test_every_line_matches_harfbuzz(built: Built) -> None:
    cases = {case.name for case in CASES}
    agreed, compared, differing = _report(built, cases)
    assert compared > 50
    assert agreed == compared, "\n".join(differing)


# --- the oracle must be able to fail -------------------------------------------------------

DUAL_JOINING = set("بتثجحخسشصضطظعغفقكلمنهي")


@dataclass(frozen=True)
class Sample:
    line: DrawnLine
    pdf: list[Glyph]
    hb: list[Glyph]


@pytest.fixture(scope="module")
def sample(built: Built) -> Sample:
    """The first vocalised line: joined letters with marks on them."""
    record = next(r for r in built.lines if r.case == "harakat" and r.line is not None)
    assert record.line is not None
    sample = Sample(
        record.line, pdf_line_glyphs(built.pdf, record.line), harfbuzz_line_glyphs(record.line)
    )
    assert compare_lines(sample.pdf, sample.hb, sample.line).equal
    return sample


def _bases(glyphs: list[Glyph]) -> list[Glyph]:
    return sorted((g for g in glyphs if g.ink is not None and not g.is_mark), key=lambda g: g.x)


def _touching(left: Glyph, right: Glyph) -> bool:
    return abs(left.x + left.advance - right.x) < 0.05 * left.size


def _medial_letter(glyphs: list[Glyph]) -> Glyph:
    bases = _bases(glyphs)
    for before, glyph, after in zip(bases, bases[1:], bases[2:], strict=False):
        if glyph.text in DUAL_JOINING and _touching(before, glyph) and _touching(glyph, after):
            return glyph
    raise AssertionError("no medial letter on the sample line")


def _assert_caught(sample: Sample, corrupted: list[Glyph], expected: str) -> None:
    result = compare_lines(corrupted, sample.hb, sample.line)
    assert not result.equal
    assert any(expected in problem for problem in result.problems), result.problems


def test_oracle_catches_a_wrong_joining_form(sample: Sample) -> None:
    regular = default_registry().load(default_registry().default_body())
    bundled = outline_font(regular.font_bytes(), "bundled")
    target = _medial_letter(sample.pdf)
    isolated = regular.glyph_id(target.text)
    assert isolated is not None
    corrupted = [
        dataclasses.replace(g, font=bundled, gid=isolated) if g is target else g for g in sample.pdf
    ]
    _assert_caught(sample, corrupted, "base ink differs")


def test_oracle_catches_two_swapped_glyphs(sample: Sample) -> None:
    bases = _bases(sample.pdf)
    left, right = next(
        (a, b)
        for a, b in zip(bases, bases[1:], strict=False)
        if _touching(a, b) and a.text != b.text and a.text in DUAL_JOINING
    )
    moved = {
        id(right): dataclasses.replace(right, x=left.x),
        id(left): dataclasses.replace(left, x=left.x + right.advance),
    }
    corrupted = [moved.get(id(g), g) for g in sample.pdf]
    _assert_caught(sample, corrupted, "base ink differs")


def _rest_of_word(glyphs: list[Glyph], target: Glyph) -> set[int]:
    """ids of the glyphs right of ``target`` in its word (marks included)."""
    bases = _bases(glyphs)
    index = next(i for i, g in enumerate(bases) if g is target)
    end = index + 1
    while end < len(bases) and _touching(bases[end - 1], bases[end]):
        end += 1
    limit = bases[end - 1].x + bases[end - 1].advance
    return {id(g) for g in glyphs if target.x < g.x < limit and g is not target}


def test_oracle_catches_a_lost_glyph(sample: Sample) -> None:
    target = _medial_letter(sample.pdf)
    rest = _rest_of_word(sample.pdf, target)
    corrupted = [
        dataclasses.replace(g, x=g.x - target.advance) if id(g) in rest else g
        for g in sample.pdf
        if g is not target
    ]
    _assert_caught(sample, corrupted, "base ink differs")


def test_oracle_catches_a_lost_glyph_that_leaves_a_gap(sample: Sample) -> None:
    target = _medial_letter(sample.pdf)
    _assert_caught(sample, [g for g in sample.pdf if g is not target], "words")


def test_oracle_catches_a_duplicated_glyph(sample: Sample) -> None:
    target = _medial_letter(sample.pdf)
    rest = _rest_of_word(sample.pdf, target)
    corrupted: list[Glyph] = []
    for glyph in sample.pdf:
        corrupted.append(
            dataclasses.replace(glyph, x=glyph.x + target.advance) if id(glyph) in rest else glyph
        )
        if glyph is target:
            corrupted.append(dataclasses.replace(target, x=target.x + target.advance))
    _assert_caught(sample, corrupted, "base ink differs")


def test_oracle_catches_a_glyph_drawn_twice_in_place(sample: Sample) -> None:
    target = _medial_letter(sample.pdf)
    corrupted = list(sample.pdf)
    corrupted.insert(corrupted.index(target), target)
    _assert_caught(sample, corrupted, "twice")


def _mark_and_neighbour(sample: Sample) -> tuple[Glyph, float]:
    """A mark over a letter, and how far the next letter of its word lies (points)."""
    bases = _bases(sample.pdf)
    for mark in (g for g in sample.pdf if g.is_mark):
        ink = mark.ink
        assert ink is not None
        centre = (ink[0] + ink[2]) / 2
        for left, right in zip(bases, bases[1:], strict=False):
            if not _touching(left, right):
                continue
            if right.x <= centre < right.x + right.advance:
                return mark, (left.x + left.advance / 2) - (right.x + right.advance / 2)
            if left.x <= centre < left.x + left.advance:
                return mark, (right.x + right.advance / 2) - (left.x + left.advance / 2)
    raise AssertionError("no mark with a neighbouring letter")


def test_oracle_catches_a_mark_on_the_neighbouring_letter(sample: Sample) -> None:
    mark, shift = _mark_and_neighbour(sample)
    corrupted = [dataclasses.replace(g, x=g.x + shift) if g is mark else g for g in sample.pdf]
    _assert_caught(sample, corrupted, "mark")


def test_oracle_catches_a_lost_mark(sample: Sample) -> None:
    mark, _shift = _mark_and_neighbour(sample)
    _assert_caught(sample, [g for g in sample.pdf if g is not mark], "HarfBuzz has mark")


def _middle(glyph: Glyph) -> float:
    ink = glyph.ink
    return glyph.x if ink is None else (ink[0] + ink[2]) / 2


def test_oracle_ignores_the_stretch_of_spaces(sample: Sample) -> None:
    bases = _bases(sample.pdf)
    gap = next(b.x for a, b in zip(bases, bases[1:], strict=False) if not _touching(a, b))
    stretched = [
        dataclasses.replace(g, x=g.x + 7.5) if _middle(g) >= gap else g for g in sample.pdf
    ]
    result = compare_lines(stretched, sample.hb)
    assert result.equal, result.problems


# --- the bundled samples, as exported ------------------------------------------------------


def test_every_line_of_the_samples_matches_harfbuzz(tmp_path: Path) -> None:
    registry = default_registry()
    body_font = str(registry.face(registry.default_body().family).path)
    compared = agreed = 0
    skipped: Counter[str] = Counter()
    differing: list[str] = []
    for sample in sorted(resource_path("samples").glob("*.taqrir.json")):
        drawn: list[ExportedLine] = []
        pdf = tmp_path / f"{sample.stem}.pdf"
        export_pdf(
            load_document(sample),
            pdf,
            ExportSettings(registry=registry, line_log=drawn.append),
        )
        for exported in with_markers_joined(drawn):
            if len(exported.font_paths) > 1:
                skipped["lines that mix faces (regular and bold)"] += 1
                continue
            if exported.font_path != body_font:
                skipped["lines in other faces than the default body face"] += 1
                continue
            line = DrawnLine(
                page=exported.page,
                baseline=exported.baseline,
                left=exported.left,
                right=exported.right,
                text=exported.text,
                direction=exported.direction,
                font_path=Path(exported.font_path),
                size=exported.size,
                paragraph=exported.paragraph,
                start=exported.start,
            )
            compared += 1
            result = compare_lines(pdf_line_glyphs(pdf, line), harfbuzz_line_glyphs(line))
            if result.equal:
                agreed += 1
            else:
                differing.append(f"{sample.name} p{line.page + 1}: {line.text}")
                differing.extend(f"    - {problem}" for problem in result.problems)
    print(f"\nglyph oracle, samples: {agreed}/{compared} lines agree ({agreed / compared:.1%})")
    for reason, count in skipped.items():
        print(f"  skipped {count} line(s): {reason}")
    assert compared > 100
    assert agreed == compared, "\n".join(differing)


def with_markers_joined(lines: list[ExportedLine]) -> list[ExportedLine]:
    """A list item's marker and its first line read as one line, as the page shows them."""
    markers = {
        (line.page, round(line.baseline, 1)): line for line in lines if line.role == "marker"
    }
    joined = []
    for line in lines:
        marker = markers.get((line.page, round(line.baseline, 1)))
        if line.role == "marker":
            continue
        if marker is not None:
            prefix = marker.text + " "
            line = dataclasses.replace(
                line,
                text=prefix + line.text,
                paragraph=prefix + line.paragraph,
                start=0 if line.start == 0 else line.start + len(prefix),
                left=min(line.left, marker.left),
                right=max(line.right, marker.right),
                font_paths=tuple(dict.fromkeys(marker.font_paths + line.font_paths)),
            )
        joined.append(line)
    return joined
