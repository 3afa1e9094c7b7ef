"""Pagination: headings stay with what follows, no orphan or widow lines, tables split
with their header row repeated."""

from __future__ import annotations

import itertools
from collections import defaultdict
from pathlib import Path

import pymupdf
import pytest

from desktop_app.model import Document, Heading, Metadata, Paragraph, Run, Table
from desktop_app.pdf.builder import ExportSettings, export_pdf
from desktop_app.pdf.page_furniture import FURNITURE_ROLES
from desktop_app.pdf.text_flowable import DrawnLine
from desktop_app.text.fonts import default_registry

ARABIC = (
    "استعرض المجلس حصيلة البرنامج برسم سنة 2025، ونوه بالمجهودات المبذولة من طرف الصناع "
    "التقليديين والتعاونيات في مختلف الجهات، وأكد على ضرورة مواصلة المواكبة وتحسين جودة "
    "المنتوج وتيسير الولوج إلى الأسواق الوطنية والدولية (Rapport de synthèse) بنسبة 13%."
)


def export(document: Document, pdf: Path) -> list[DrawnLine]:
    """The lines of the document drawn into ``pdf``, without the page furniture."""
    lines: list[DrawnLine] = []
    export_pdf(document, pdf, ExportSettings(registry=default_registry(), line_log=lines.append))
    return [line for line in lines if line.role not in FURNITURE_ROLES]


def paragraphs_document(count: int) -> Document:
    blocks = []
    for number in range(count):
        blocks.append(Heading([Run(f"البند {number + 1}: تتبع تنفيذ البرنامج")], level=2))
        blocks.append(Paragraph([Run(" ".join([ARABIC] * (1 + number % 4)))]))
    return Document(kind="minutes", language="ar", metadata=Metadata(title="t"), blocks=blocks)


def test_headings_are_never_the_last_thing_on_a_page(tmp_path: Path) -> None:
    lines = export(paragraphs_document(40), tmp_path / "a.pdf")
    by_page: dict[int, list[DrawnLine]] = defaultdict(list)
    for line in lines:
        by_page[line.page].append(line)
    assert len(by_page) >= 4
    headings_checked = 0
    for page, page_lines in by_page.items():
        assert page_lines[-1].role != "heading", f"page {page + 1} ends with a heading"
        headings_checked += sum(1 for line in page_lines if line.role == "heading")
    assert headings_checked == 40


SHORT_TABLE = Table([[[Run("الاسم")], [Run("الصفة")]], [[Run("أحمد")], [Run("عضو")]]])


@pytest.mark.parametrize(
    "follower",
    [SHORT_TABLE, Paragraph([Run(ARABIC)])],  # three lines: too few to split
    ids=["short table", "three-line paragraph"],
)
def test_a_heading_near_the_foot_of_a_page_moves_on_with_what_follows(
    tmp_path: Path, follower: Table | Paragraph
) -> None:
    """Each filler length moves the heading further down page 1 (about 28 fillers fill
    it), in steps of a line, or of a line and a third with a subheading among them:
    somewhere it lands where it fits and what follows it does not."""
    stranded = []
    for filler, subheadings in itertools.product(range(20, 30), range(3)):
        blocks = [Paragraph([Run(f"سطر {number + 1}")]) for number in range(filler)]
        blocks[:0] = [Heading([Run("فرع")], level=3)] * subheadings
        blocks += [Heading([Run("الحاضرون")], level=2), follower]
        blocks += [Paragraph([Run(f"سطر {number + 1}")]) for number in range(30)]
        document = Document(language="ar", metadata=Metadata(title="t"), blocks=blocks)
        last: dict[int, DrawnLine] = {}
        for line in export(document, tmp_path / f"filler-{filler}-{subheadings}.pdf"):
            last[line.page] = line
        ends = [line.text for line in last.values() if line.role == "heading"]
        stranded += [(filler, subheadings, text) for text in ends]
    assert not stranded


def test_split_paragraphs_keep_two_lines_on_each_page(tmp_path: Path) -> None:
    """A long paragraph after fillers of every height: wherever the page break falls,
    neither page holds a single line of it."""
    splits = 0
    for fillers in range(20, 50):
        # One-line paragraphs advance by a line and a paragraph space, so the break
        # falls at every possible line of the long paragraph in turn.
        blocks = [Paragraph([Run("تمهيد")]) for _ in range(fillers)]
        blocks.append(Paragraph([Run(" ".join([ARABIC] * 6))]))
        document = Document(kind="free", language="ar", metadata=Metadata(), blocks=blocks)
        lines = export(document, tmp_path / f"w{fillers}.pdf")
        last = [line.page for line in lines if line.paragraph == blocks[-1].runs[0].text]
        pages = sorted(set(last))
        if len(pages) > 1:
            splits += 1
            for page in pages:
                assert last.count(page) >= 2, (fillers, last)
    assert splits >= 5, "the fillers must push the page break through the paragraph"


def test_long_table_splits_and_repeats_its_header_row(tmp_path: Path) -> None:
    header = [[Run("المحور")], [Run("الميزانية")], [Run("الحصة")]]
    rows = [header] + [
        [[Run(f"محور رقم {n} للتكوين والمواكبة")], [Run(f"{n},5")], [Run(f"{n}%")]]
        for n in range(1, 90)
    ]
    document = Document(
        kind="minutes",
        language="ar",
        metadata=Metadata(title="t"),
        blocks=[Table(rows=rows, header_rows=1)],
    )
    pdf = tmp_path / "table.pdf"
    lines = export(document, pdf)
    with pymupdf.open(pdf) as opened:
        assert opened.page_count >= 2
        for page in opened:
            # The words of the table: below the letterhead or running header.
            body_top = max(line.baseline + line.size for line in lines if line.page == page.number)
            words = [w for w in page.get_text("words") if w[3] > page.rect.height - body_top]
            first_row = min(words, key=lambda w: w[1])[1]
            top = {w[4] for w in words if abs(w[1] - first_row) < 2}
            assert any("روحملا" in w or "المحور" in w for w in top), top
            # The first column is the rightmost in a right-to-left table.
            axis = next(w for w in words if w[4] in ("روحملا", "المحور"))
            share = next(w for w in words if w[4] in ("ةصحلا", "الحصة"))
            assert axis[0] > share[0]


def test_a_heading_takes_the_first_rows_of_a_long_table_with_it(tmp_path: Path) -> None:
    """A long table need not move whole with its heading: the heading needs its first rows
    beside it, and the rest may run on."""
    rows = [[[Run("السوق")], [Run("القيمة")]]]
    rows += [[[Run(f"سوق {n + 1}")], [Run(f"{n + 10},5")]] for n in range(20)]
    split_with_heading = 0
    for filler in range(18, 30):
        blocks = [Paragraph([Run(f"سطر {number + 1}")]) for number in range(filler)]
        blocks += [Heading([Run("الأسواق")], level=2), Table(rows)]
        document = Document(language="ar", metadata=Metadata(title="t"), blocks=blocks)
        lines = export(document, tmp_path / f"table-{filler}.pdf")
        heading = next(line for line in lines if line.text == "الأسواق")
        cells = [line for line in lines if line.role == "cell"]
        on_its_page = [cell for cell in cells if cell.page == heading.page]
        assert len(on_its_page) >= 2 * 3, (filler, len(on_its_page))  # header and two rows
        if cells[-1].page > heading.page:
            split_with_heading += 1
    assert split_with_heading >= 3


def test_a_split_table_keeps_two_body_rows_on_each_page(tmp_path: Path) -> None:
    rows = [[[Run("السوق")], [Run("القيمة")]]]
    rows += [[[Run(f"سوق {n + 1}")], [Run(f"{n + 10},5")]] for n in range(10)]
    splits = 0
    for filler in range(18, 30):
        blocks = [Paragraph([Run(f"سطر {number + 1}")]) for number in range(filler)]
        blocks.append(Table(rows))
        document = Document(language="ar", metadata=Metadata(title="t"), blocks=blocks)
        lines = export(document, tmp_path / f"rows-{filler}.pdf")
        body_rows: dict[int, set[str]] = defaultdict(set)
        for line in lines:
            if line.role == "cell" and line.text.startswith("سوق "):
                body_rows[line.page].add(line.text)
        assert sum(len(names) for names in body_rows.values()) == 10
        assert all(len(names) >= 2 for names in body_rows.values()), (filler, dict(body_rows))
        splits += len(body_rows) > 1
    assert splits >= 3
