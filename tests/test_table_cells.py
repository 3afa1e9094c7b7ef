"""Table cells: figures line up on their last digit in either direction; rows can be
kept tall enough to sign in."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from reportlab.lib.units import mm

from desktop_app.model import Document, Metadata, Run, Table, document_from_json, document_to_json

from .test_pagination import export


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_figures_in_table_cells_line_up_on_their_last_digit(tmp_path: Path, language: str) -> None:
    figures = ["38,4", "100,0", "9,6", "1140,5", "13%"]
    rows = [[[Run("المحور" if language == "ar" else "Axe")], [Run("Valeur")]]]
    rows += [
        [[Run(f"محور {name}")], [Run(figure)]]
        for name, figure in zip("أبجده", figures, strict=True)
    ]
    table = Table(rows, header_rows=1, column_widths=[3, 1])
    pdf = tmp_path / "t.pdf"
    export(Document(language=language, metadata=Metadata(title="t"), blocks=[table]), pdf)
    with pymupdf.open(pdf) as opened:
        words = {w[4].strip("\u200e\u200f"): w[:4] for w in opened[0].get_text("words")}
    lefts = [words[figure][0] for figure in figures]
    rights = [words[figure][2] for figure in figures]
    assert max(rights) - min(rights) < 0.5
    assert max(lefts) - min(lefts) > 5  # they differ in width, so a left edge would not do
    # The header of a column of figures stands flush right above them.
    assert words["Valeur"][2] == pytest.approx(max(rights), abs=0.5)
    # Text cells keep to the start of the line.
    label = words["Axe"] if language == "fr" else words["المحور"]
    assert (label[0] < 100) == (language == "fr")


def test_body_rows_keep_their_minimum_height_and_grow_past_it(tmp_path: Path) -> None:
    long_name = ("الوكالة المغربية لتنمية الاستثمارات والصادرات " * 3).strip()
    rows = [[[Run("الاسم")], [Run("الإمضاء")]]]
    rows += [[[Run(name)], [Run(" ")]] for name in ("نادية", "يوسف", long_name, "ليلى")]
    table = Table(rows, header_rows=1, column_widths=[1, 1], min_row_height_mm=12)
    assert document_from_json(document_to_json(Document(blocks=[table]))).blocks == [table]
    document = Document(language="ar", metadata=Metadata(title="t"), blocks=[table])
    lines = export(document, tmp_path / "annex.pdf")
    first_lines = {}
    for line in lines:
        first_lines.setdefault(line.paragraph, line.baseline)
    tops = [first_lines[text] for text in ("الاسم", "نادية", "يوسف", long_name, "ليلى")]
    steps = [above - below for above, below in zip(tops, tops[1:], strict=False)]
    assert steps[0] < 10 * mm  # the header row keeps to its text
    assert steps[1] == pytest.approx(12 * mm, abs=0.5)
    assert steps[2] == pytest.approx(12 * mm, abs=0.5)
    assert steps[3] > 13 * mm  # three lines of text need more than the minimum
