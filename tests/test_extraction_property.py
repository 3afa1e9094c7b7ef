"""Property: any mixed Arabic/Latin text lays out, and every typed character copies out."""

from __future__ import annotations

import io
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas

from desktop_app.pdf.embedded_font import EmbeddedFontSet
from desktop_app.pdf.line_drawing import draw_line
from desktop_app.text.fonts import default_registry
from desktop_app.text.layout import StyledText, TextStyle, layout_paragraph

from .pdf_text import BIDI_CONTROLS, pdftotext

ARABIC_LETTERS = [chr(c) for c in range(0x0621, 0x063B)] + [chr(c) for c in range(0x0641, 0x064B)]
HARAKAT = [chr(c) for c in range(0x064B, 0x0653)]
LATIN = list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèàçôÉ")
DIGITS = list("0123456789")
PUNCTUATION = list(".,:;!?()[]«»%-/@'\"") + ["\u060c", "\u061b", "\u061f"]

word = st.one_of(
    st.lists(st.sampled_from(ARABIC_LETTERS), min_size=1, max_size=7).map("".join),
    st.lists(
        st.tuples(st.sampled_from(ARABIC_LETTERS), st.sampled_from(HARAKAT)),
        min_size=1,
        max_size=5,
    ).map(lambda pairs: "".join(a + b for a, b in pairs)),
    st.lists(st.sampled_from(LATIN), min_size=1, max_size=8).map("".join),
    st.lists(st.sampled_from(DIGITS + [","]), min_size=1, max_size=6).map("".join),
    st.sampled_from(PUNCTUATION),
)
paragraph = st.lists(word, min_size=1, max_size=14).map(" ".join)

REGISTRY = default_registry()
FONT = REGISTRY.load(REGISTRY.default_body())


def characters(text: str) -> Counter[str]:
    text = unicodedata.normalize("NFKC", BIDI_CONTROLS.sub("", text))
    return Counter(ch for ch in text if not ch.isspace())


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=paragraph, direction=st.sampled_from(["auto", "rtl", "ltr"]))
# A line that ends with a hyphen: poppler took it for a hyphenated word and dropped it.
@example(text="ءءءءء ءءءءءءء ءءءءءب ءءءءءب ءءءءءصص aaabwwGM ءءءءئ - aaa", direction="ltr")
@example(
    text="غرفة الصناعة التقليدية لجهة فاس " * 2 + "كلمة " * 13 + "- سطات 2025", direction="rtl"
)
@example(text="Chambre de la région Fès Meknès " * 2 + "mot " * 11 + "- Tétouan", direction="ltr")
# A hyphen that begins a right-to-left line stands at its right edge: dropped the same way.
@example(text="- ءبءص ! ( ءءءءءب 000000 ءءءءءءس ءءءءص ءءءءءءء ءءءءبءب", direction="auto")
@example(text="- abc - " + "ءءءءءءس " * 12 + "-", direction="rtl")
def test_every_typed_character_copies_out(text: str, direction: str) -> None:
    layout = layout_paragraph([StyledText(text, TextStyle(FONT, 12))], 300, direction, "justify")
    drawn = layout.text[layout.lines[0].start : layout.lines[-1].end] if layout.lines else ""
    assert "".join(drawn.split()) == "".join(text.split()) or not text.strip()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    fonts = EmbeddedFontSet(canvas._doc)  # noqa: SLF001
    for number, line in enumerate(layout.lines):
        draw_line(canvas, fonts, line, 100, 780 - 22 * number)
    canvas.showPage()
    canvas.save()
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "p.pdf"
        pdf.write_bytes(buffer.getvalue())
        extracted = pdftotext(pdf)
    assert characters(extracted) == characters(text)
