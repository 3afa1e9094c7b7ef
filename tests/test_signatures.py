"""Signature blocks: side by side from the start of the line, room below to sign, never
alone on a page."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.units import mm

from desktop_app.model import Document, Metadata, Paragraph, Run, Signatures, Signer
from desktop_app.pdf.signatures import SIGNING_SPACE

from .test_pagination import ARABIC, export

CLOSING = "ولما استنفدت نقط جدول الأعمال، رفعت الجلسة على الساعة الواحدة زوالا."
SIGNATURES = Signatures(
    [
        Signer([Run("رئيس الجلسة")], [Run("سناء الوزاني")]),
        Signer([Run("مقرر الجلسة")], [Run("إدريس العمراني")]),
    ]
)


def document(language: str, blocks: list) -> Document:
    return Document(language=language, metadata=Metadata(title="t"), blocks=blocks)


@pytest.mark.parametrize(("language", "first_side"), [("ar", "right"), ("fr", "left")])
def test_signers_stand_side_by_side_from_the_start_of_the_line(
    tmp_path: Path, language: str, first_side: str
) -> None:
    after = "فقرة بعد التوقيعات"
    blocks = [Paragraph([Run(CLOSING)]), SIGNATURES, Paragraph([Run(after)])]
    lines = {line.text: line for line in export(document(language, blocks), tmp_path / "s.pdf")}
    chair, rapporteur = lines["رئيس الجلسة"], lines["مقرر الجلسة"]
    assert chair.baseline == pytest.approx(rapporteur.baseline)
    centre = {text: (lines[text].left + lines[text].right) / 2 for text in lines}
    if first_side == "right":
        assert centre["رئيس الجلسة"] > centre["مقرر الجلسة"]
    else:
        assert centre["رئيس الجلسة"] < centre["مقرر الجلسة"]
    # Each name is centred under its title.
    assert centre["سناء الوزاني"] == pytest.approx(centre["رئيس الجلسة"], abs=0.5)
    assert centre["إدريس العمراني"] == pytest.approx(centre["مقرر الجلسة"], abs=0.5)
    # Room to sign and stamp below the names (baselines grow upwards in PDF).
    room = lines["سناء الوزاني"].baseline - lines[after].baseline
    assert room >= SIGNING_SPACE >= 25 * mm


def test_signatures_are_never_alone_at_the_top_of_a_page(tmp_path: Path) -> None:
    """Fillers push the closing paragraph and the signatures through the foot of
    page 1 a line at a time: the signatures always share a page with the closing."""
    crossings = 0
    for filler in range(18, 34):
        blocks = [Paragraph([Run(f"سطر {number + 1}")]) for number in range(filler)]
        blocks += [Paragraph([Run(" ".join([ARABIC] * 2))]), SIGNATURES]
        lines = export(document("ar", blocks), tmp_path / f"f{filler}.pdf")
        closing = [line.page for line in lines if line.paragraph == blocks[-2].runs[0].text]
        signed = {line.page for line in lines if line.text in ("رئيس الجلسة", "إدريس العمراني")}
        assert len(signed) == 1, filler
        assert closing[-1] in signed, filler
        crossings += signed != {0}
    assert crossings >= 3, "the fillers must push the signatures onto page 2"
