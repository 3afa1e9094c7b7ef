"""Two-column layout: columns in reading order, everything inside its column, the
nameplate across both."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from desktop_app.model import DocumentError, Heading, Paragraph, Run, load_document
from desktop_app.model.document import Document, Metadata
from desktop_app.model.nameplate import Nameplate
from desktop_app.model.serialize import document_from_json, document_to_json
from desktop_app.pdf.builder import ExportSettings, export_pdf
from desktop_app.pdf.nameplate import NAMEPLATE_ROLE
from desktop_app.pdf.page_furniture import FURNITURE_ROLES
from desktop_app.pdf.text_flowable import DrawnLine
from desktop_app.resources import resource_path
from desktop_app.text.fonts import default_registry

BULLETIN = resource_path("samples", "bulletin-artisanat-2025-11.ar.taqrir.json")
ARABIC = (
    "استعرض المجلس حصيلة البرنامج برسم سنة 2025، ونوه بالمجهودات المبذولة من طرف الصناع "
    "التقليديين والتعاونيات في مختلف الجهات، وأكد على ضرورة مواصلة المواكبة."
)
FRENCH = (
    "Le comité a examiné le bilan du programme pour 2025 et salué les efforts des artisans "
    "et des coopératives de toutes les régions, avec une hausse de 13 % des exportations."
)


def numbered(text: str, count: int) -> list[Paragraph]:
    return [Paragraph([Run(f"{number + 1}. {text}")]) for number in range(count)]


def export(document: Document, pdf: Path) -> tuple[list[DrawnLine], ExportSettings]:
    lines: list[DrawnLine] = []
    settings = ExportSettings(registry=default_registry(), line_log=lines.append)
    export_pdf(document, pdf, settings)
    return lines, settings


def columns_of(settings: ExportSettings) -> tuple[float, float]:
    """The x where the start-left column ends and where the other begins."""
    _top, right, _bottom, left = settings.margins
    centre = (left + settings.page_size[0] - right) / 2
    return centre - 9, centre + 9


def test_columns_survive_a_round_trip_and_three_are_refused() -> None:
    document = Document(columns=2, blocks=[Paragraph([Run("نص")])])
    assert document_from_json(document_to_json(document)).columns == 2
    data = json.loads(document_to_json(document))
    data["columns"] = 3
    with pytest.raises(DocumentError, match=r"columns: 3 columns; use 1 or 2$"):
        document_from_json(json.dumps(data))


@pytest.mark.parametrize(("language", "text"), [("ar", ARABIC), ("fr", FRENCH)])
def test_the_first_column_is_at_the_start_side(tmp_path: Path, language: str, text: str) -> None:
    document = Document(
        language=language,
        columns=2,
        metadata=Metadata(title="t"),
        blocks=[Heading([Run("1")], level=2), *numbered(text, 40)],
    )
    lines, settings = export(document, tmp_path / "columns.pdf")
    body = [line for line in lines if line.role not in FURNITURE_ROLES]
    left_end, right_start = columns_of(settings)
    first_page = [line for line in body if line.page == 0]
    starts = [line.left >= right_start for line in first_page]
    # Reading order: the start column fills, then the end column: one switch on the page.
    first_column = language == "ar"
    assert starts[0] is first_column
    switches = sum(1 for a, b in zip(starts, starts[1:], strict=False) if a != b)
    assert switches == 1
    for line in body:
        assert line.right <= left_end or line.left >= right_start, line.text


def test_the_bulletin_in_two_columns_keeps_everything_in_its_column(tmp_path: Path) -> None:
    document = dataclasses.replace(load_document(BULLETIN), columns=2)
    lines, settings = export(document, tmp_path / "bulletin.pdf")
    left_end, right_start = columns_of(settings)
    roles = set()
    for line in lines:
        if line.role in FURNITURE_ROLES:
            continue
        roles.add(line.role)
        if line.role == NAMEPLATE_ROLE:
            assert line.page == 0
            continue
        assert line.right <= left_end + 0.5 or line.left >= right_start - 0.5, (
            line.role,
            line.text,
        )
    assert {"heading", "text", "cell", "indicator", "chart-label"} <= roles
    # The nameplate spans both columns, above them.
    title = next(line for line in lines if line.text == "نشرة الصناعة التقليدية")
    assert title.left < left_end - 100 and title.right > right_start + 100
    nameplate_bottom = min(line.baseline for line in lines if line.role == NAMEPLATE_ROLE)
    body_top = max(
        line.baseline
        for line in lines
        if line.page == 0 and line.role not in FURNITURE_ROLES | {NAMEPLATE_ROLE}
    )
    assert body_top < nameplate_bottom


def test_a_nameplate_without_columns_is_not_a_separate_frame(tmp_path: Path) -> None:
    document = Document(
        kind="bulletin",
        metadata=Metadata(title="نشرة"),
        nameplate=Nameplate(issue="3"),
        blocks=numbered(ARABIC, 3),
    )
    lines, _settings = export(document, tmp_path / "one.pdf")
    body = [line for line in lines if line.role == "text"]
    nameplate = [line for line in lines if line.role == NAMEPLATE_ROLE]
    gap = min(line.baseline for line in nameplate) - max(line.baseline for line in body)
    assert 0 < gap < 60


def test_a_contents_list_too_tall_to_span_the_columns_flows_in_them(tmp_path: Path) -> None:
    """Seventy headings: across both columns the list would not fit the first page, so
    it starts in the first column under the nameplate, and the pages it gives are right."""
    blocks: list = []
    for number in range(70):
        blocks += [Heading([Run(f"عنوان فرعي رقم {number + 1}")], level=2)]
        blocks += [Paragraph([Run(ARABIC)])]
    document = Document(
        kind="bulletin",
        language="ar",
        columns=2,
        metadata=Metadata(title="نشرة الصناعة التقليدية", date="2025-12-26"),
        nameplate=Nameplate(issue="27", contents=True),
        blocks=blocks,
    )
    lines, settings = export(document, tmp_path / "tall.pdf")
    start_column_ends, other_column_begins = columns_of(settings)
    entries = [line for line in lines if line.role == NAMEPLATE_ROLE and "عنوان" in line.text]
    assert len(entries) == 70
    # Every entry stays inside one column (the right one first, in Arabic).
    for line in entries:
        assert line.right <= start_column_ends or line.left >= other_column_begins, line.text
    assert entries[0].left >= other_column_begins and entries[0].page == 0
    title = next(line for line in lines if line.text == "نشرة الصناعة التقليدية")
    centre = (start_column_ends + other_column_begins) / 2
    assert (title.left + title.right) / 2 == pytest.approx(centre, abs=1)
    # The contents gives each heading the page it is drawn on.
    pages = {line.text: line.page + 1 for line in lines if line.role == "heading"}
    numbers = [line for line in lines if line.role == NAMEPLATE_ROLE and line.text.isdigit()]
    by_row = {(n.page, round(n.baseline, 1)): int(n.text) for n in numbers}
    for entry in entries:
        assert by_row[(entry.page, round(entry.baseline, 1))] == pages[entry.text], entry.text
