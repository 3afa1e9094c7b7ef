"""A bulletin's nameplate: title band, tagline, issue line and date, in both languages."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pymupdf
import pytest

from desktop_app.model import DocumentError, Heading, Metadata, Paragraph, Run, load_document
from desktop_app.model.brand_kit import find_brand_kit
from desktop_app.model.document import Document
from desktop_app.model.minutes import flattened
from desktop_app.model.nameplate import Nameplate, nameplate_text
from desktop_app.model.serialize import document_from_json, document_to_json
from desktop_app.pdf.builder import ExportError, ExportSettings, export_pdf
from desktop_app.pdf.nameplate import NAMEPLATE_ROLE
from desktop_app.pdf.page_furniture import hex_color
from desktop_app.pdf.text_flowable import DrawnLine
from desktop_app.resources import resource_path
from desktop_app.text.fonts import default_registry
from tests.glyph_oracle import compare_lines, harfbuzz_line_glyphs, oracle_line, pdf_line_glyphs

from .pdf_text import normalise, pdftotext

BULLETIN = resource_path("samples", "bulletin-artisanat-2025-11.ar.taqrir.json")


def french_bulletin() -> Document:
    return Document(
        kind="bulletin",
        language="fr",
        metadata=Metadata(title="Lettre de l’Artisanat", date="2025-11-03", status="final"),
        nameplate=Nameplate(tagline="Bulletin mensuel", issue="4", period="octobre 2025"),
        blocks=[Paragraph([Run("Les exportations progressent de 13 %.")])],
    )


def export(document: Document, pdf: Path) -> list[DrawnLine]:
    lines: list[DrawnLine] = []
    registry = default_registry()
    settings = ExportSettings(
        registry=registry,
        brand_kit=find_brand_kit(document.brand_kit, BULLETIN.parent, registry),
        line_log=lines.append,
        base_dir=BULLETIN.parent,
    )
    export_pdf(document, pdf, settings)
    return lines


def test_the_nameplate_writes_issue_and_date_in_the_document_language() -> None:
    arabic = load_document(BULLETIN)
    text = nameplate_text(arabic, arabic.nameplate)
    assert text.title == "نشرة الصناعة التقليدية"
    assert text.issue_line == "العدد 27 — دجنبر 2025"
    assert text.date_line == "26 دجنبر 2025"
    french = nameplate_text(french_bulletin(), french_bulletin().nameplate)
    assert french.issue_line == "N° 4 — octobre 2025"
    assert french.date_line == "3 novembre 2025"


def test_the_nameplate_survives_a_round_trip() -> None:
    document = french_bulletin()
    again = document_from_json(document_to_json(document))
    assert again.nameplate == document.nameplate
    assert json.loads(document_to_json(document))["nameplate"]["issue"] == "4"


@pytest.mark.parametrize(
    ("nameplate", "message"),
    [
        ({"issue": 27}, "nameplate.issue: expected a string, got 27"),
        ({"tagline": "a\nb"}, "nameplate.tagline: line break in a label"),
        ({"number": "27"}, "nameplate.number: unknown field in a nameplate"),
        ("27", "nameplate: expected an object"),
        ({"contents": "yes"}, "nameplate.contents: expected true or false"),
    ],
)
def test_a_bad_nameplate_is_named(nameplate: object, message: str) -> None:
    data = json.loads(document_to_json(french_bulletin()))
    data["nameplate"] = nameplate
    with pytest.raises(DocumentError) as caught:
        document_from_json(json.dumps(data))
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_flattening_turns_the_nameplate_into_leading_blocks() -> None:
    document = flattened(french_bulletin())
    assert document.nameplate is None
    texts = ["".join(run.text for run in block.runs) for block in document.blocks]
    assert texts[:4] == [
        "Lettre de l’Artisanat",
        "Bulletin mensuel",
        "N° 4 — octobre 2025",
        "3 novembre 2025",
    ]


@pytest.fixture(scope="module")
def arabic_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[DrawnLine]]:
    pdf = tmp_path_factory.mktemp("nameplate") / "bulletin.pdf"
    return pdf, export(load_document(BULLETIN), pdf)


def test_every_nameplate_line_matches_harfbuzz(
    arabic_export: tuple[Path, list[DrawnLine]], tmp_path: Path
) -> None:
    pdf, lines = arabic_export
    french_pdf = tmp_path / "fr.pdf"
    french_lines = export(french_bulletin(), french_pdf)
    checked = 0
    for path, drawn in ((pdf, lines), (french_pdf, french_lines)):
        for line in (line for line in drawn if line.role == NAMEPLATE_ROLE):
            oracle = oracle_line(line)
            result = compare_lines(pdf_line_glyphs(path, oracle), harfbuzz_line_glyphs(oracle))
            assert result.equal, (line.text, result.problems)
            checked += 1
    # Arabic: title, tagline, issue, date, contents label, 7 sections and their pages.
    assert checked == 4 + 1 + 7 * 2 + 4


def test_the_arabic_nameplate_puts_the_issue_right_and_the_date_left(
    arabic_export: tuple[Path, list[DrawnLine]],
) -> None:
    _pdf, lines = arabic_export
    nameplate = {line.text: line for line in lines if line.role == NAMEPLATE_ROLE}
    title, tagline = (
        nameplate["نشرة الصناعة التقليدية"],
        nameplate["نشرة قطاعية شهرية تصدرها مؤسسة دار الصانع"],
    )
    issue, date = nameplate["العدد 27 — دجنبر 2025"], nameplate["26 دجنبر 2025"]
    assert all(line.page == 0 for line in nameplate.values())
    assert title.baseline > tagline.baseline > issue.baseline
    assert issue.baseline == pytest.approx(date.baseline, abs=0.5)
    # The issue at the start side, which is the right; the date at the end side.
    issue_left, issue_right = ink_span(_pdf, issue)
    date_left, date_right = ink_span(_pdf, date)
    assert issue_left > date_right + 100
    assert issue_right == pytest.approx(issue.right, abs=2)
    assert date_left == pytest.approx(date.left, abs=2)
    assert title.size > 2 * tagline.size * 0.9


def test_the_french_nameplate_mirrors_the_row(tmp_path: Path) -> None:
    pdf = tmp_path / "fr.pdf"
    lines = export(french_bulletin(), pdf)
    nameplate = {line.text: line for line in lines if line.role == NAMEPLATE_ROLE}
    issue, date = nameplate["N° 4 — octobre 2025"], nameplate["3 novembre 2025"]
    assert ink_span(pdf, issue)[1] + 100 < ink_span(pdf, date)[0]
    assert ink_span(pdf, issue)[0] == pytest.approx(issue.left, abs=2)
    assert ink_span(pdf, date)[1] == pytest.approx(date.right, abs=3)


def ink_span(pdf: Path, line: DrawnLine) -> tuple[float, float]:
    """From the first glyph's origin to the last glyph's advance, in PDF points."""
    glyphs = pdf_line_glyphs(pdf, oracle_line(line))
    assert glyphs
    first = min(glyphs, key=lambda glyph: glyph.x)
    last = max(glyphs, key=lambda glyph: glyph.x)
    advance = last.font.advance(last.gid) / last.font.units_per_em * last.size
    return first.x, last.x + advance


def test_the_title_band_is_in_the_kit_colour_and_holds_the_title(
    arabic_export: tuple[Path, list[DrawnLine]],
) -> None:
    pdf, lines = arabic_export
    title = next(line for line in lines if line.role == NAMEPLATE_ROLE)
    with pymupdf.open(pdf) as doc:
        page = doc[0]
        height = page.rect.height
        pixmap = page.get_pixmap(dpi=72)
        # In the band's padding beside the title line: band colour, not glyphs.
        x = int(title.left - 5)
        y = int(height - title.baseline + 4)
        band = pixmap.pixel(x, y)
    primary = hex_color("#1F4E79")  # the Maison de l'Artisan kit the sample names
    assert all(
        abs(channel / 255 - want) < 0.03 for channel, want in zip(band, primary, strict=True)
    )


def test_the_nameplate_copies_out_and_heads_the_outline(
    arabic_export: tuple[Path, list[DrawnLine]],
) -> None:
    pdf, _lines = arabic_export
    text = normalise(pdftotext(pdf, "-f", "1", "-l", "1"))
    for expected in ("نشرة الصناعة التقليدية", "العدد 27 — دجنبر 2025", "26 دجنبر 2025"):
        assert expected in text
    with pymupdf.open(pdf) as doc:
        toc = doc.get_toc()
    assert toc[0][:2] == [1, "نشرة الصناعة التقليدية"]
    assert toc[1][0] == 2
    assert all(level >= 2 for level, _title, _page in toc[1:])


def test_a_nameplate_without_a_title_is_refused(tmp_path: Path) -> None:
    document = french_bulletin()
    document.metadata = dataclasses.replace(document.metadata, title=" ")
    with pytest.raises(ExportError, match=r"^metadata\.title: a bulletin's nameplate needs"):
        export(document, tmp_path / "untitled.pdf")
    assert not (tmp_path / "untitled.pdf").exists()


def test_the_contents_give_each_section_the_page_the_outline_gives_it(
    arabic_export: tuple[Path, list[DrawnLine]],
) -> None:
    pdf, lines = arabic_export
    with pymupdf.open(pdf) as doc:
        sections = {title: page for level, title, page in doc.get_toc() if level == 2}
    nameplate = [line for line in lines if line.role == NAMEPLATE_ROLE]
    assert "في هذا العدد" in [line.text for line in nameplate]
    listed = {}
    for line in nameplate:
        if line.text in sections:
            number = next(
                other
                for other in nameplate
                if other.text.isdigit() and abs(other.baseline - line.baseline) < 0.5
            )
            assert number.right <= line.left  # the page at the end side, the left
            listed[line.text] = int(number.text)
    assert listed == sections
    assert len(set(listed.values())) >= 3  # the sections spread over pages


def test_the_rehearsal_for_page_numbers_logs_nothing(
    arabic_export: tuple[Path, list[DrawnLine]],
) -> None:
    pdf, lines = arabic_export
    with pymupdf.open(pdf) as doc:
        pages = doc.page_count
    numbers = [line.page for line in lines if line.role == "page-number"]
    assert numbers == list(range(pages))
    titles = [line for line in lines if line.text == "نشرة الصناعة التقليدية"]
    assert len(titles) == 1 + pages - 1  # the nameplate, then each later page's header


def test_a_long_contents_list_runs_over_pages_and_stays_right(tmp_path: Path) -> None:
    sections = [Heading([Run(f"القسم {number + 1}")], level=2) for number in range(70)]
    document = dataclasses.replace(french_bulletin(), language="ar", blocks=[])
    document.nameplate = Nameplate(issue="5", contents=True)
    document.blocks = [block for heading in sections for block in (heading, *numbered(2))]
    pdf = tmp_path / "long.pdf"
    lines = export(document, pdf)
    listed = [line for line in lines if line.role == NAMEPLATE_ROLE and line.text.isdigit()]
    assert len(listed) == 70
    contents_pages = {line.page for line in listed}
    assert contents_pages == set(range(len(contents_pages))) and len(contents_pages) >= 2
    with pymupdf.open(pdf) as doc:
        pages = [page for level, _title, page in doc.get_toc() if level == 2]
    assert [int(line.text) for line in listed] == pages


def numbered(count: int) -> list[Paragraph]:
    return [Paragraph([Run(f"فقرة {number + 1} من القسم.")]) for number in range(count)]
