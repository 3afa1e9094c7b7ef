"""Text copied out of the PDF is the text that was typed (poppler's pdftotext)."""

from __future__ import annotations

import dataclasses
import difflib
import itertools
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from desktop_app.model import Document, load_document
from desktop_app.model.document import Signatures, Table
from desktop_app.model.minutes import flattened
from desktop_app.pdf.builder import ExportSettings, export_pdf
from desktop_app.pdf.charts import FIGURE_ROLES
from desktop_app.pdf.page_furniture import FURNITURE_ROLES
from desktop_app.pdf.text_flowable import DrawnLine
from desktop_app.resources import resource_path
from desktop_app.text.bidi import first_strong_direction
from desktop_app.text.fonts import default_registry

from .pdf_text import (
    body_lines,
    character_error_rate,
    normalise,
    pdftotext,
    reading_text,
)

NOT_BODY = FURNITURE_ROLES | FIGURE_ROLES

SAMPLES = sorted(resource_path("samples").glob("*.taqrir.json"))


def export_with_log(document: Document, pdf: Path) -> list[DrawnLine]:
    lines: list[DrawnLine] = []
    export_pdf(document, pdf, ExportSettings(registry=default_registry(), line_log=lines.append))
    return lines


def furniture(lines: list[DrawnLine]) -> list[tuple[int, str]]:
    """(page, text) of the letterhead, running headers, footers, page numbers, watermark."""
    return [(line.page, line.text) for line in lines if line.role in NOT_BODY]


def is_mixed(text: str) -> bool:
    scripts = set()
    for ch in text:
        if "\u0600" <= ch <= "\u06ff":
            scripts.add("arabic")
        elif ch.isascii() and ch.isalnum() or unicodedata.category(ch) == "Ll":
            scripts.add("latin")
    return len(scripts) == 2


def drawn_text_lines(lines: list[DrawnLine]) -> list[str]:
    """The logged lines as a reader meets them: list markers joined to their line,
    table cells left out (poppler reads a table by its own layout analysis)."""
    out: list[str] = []
    markers: dict[tuple[int, float], str] = {}
    for line in lines:
        if line.role == "marker":
            markers[(line.page, round(line.baseline, 1))] = line.text
    for line in lines:
        if line.role != "text":
            continue
        marker = markers.get((line.page, round(line.baseline, 1)))
        out.append(normalise(f"{marker} {line.text}" if marker else line.text))
    return out


def paired_lines(expected: list[str], got: list[str]) -> list[tuple[str, str]]:
    """Pair each expected line with the extracted line in the same place of the reading
    order; an expected line with no counterpart pairs with the empty string."""
    pairs: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pairs.extend(zip(expected[i1:i2], got[j1:j2], strict=True))
        else:
            extracted = got[j1:j2]
            for k, line in enumerate(expected[i1:i2]):
                pairs.append((line, extracted[k] if k < len(extracted) else ""))
    return pairs


def against_the_page(document: Document, block) -> bool:  # noqa: ANN001 (any block)
    """A block set against the document's direction.

    poppler picks one direction per page, and in a right-to-left line on a left-to-right
    page it reads the pieces between digits and punctuation from left to right (and the
    other way round): no PDF producer can steer that. Such blocks are checked character by
    character instead (see test_blocks_against_the_page_keep_every_character).
    """
    text = " ".join(reading_text(dataclasses.replace(document, blocks=[block])))
    direction = getattr(block, "direction", "auto")
    if direction == "auto":
        direction = first_strong_direction(text) or document.resolved_direction()
    return direction != document.resolved_direction()


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_whole_text_of_each_sample_comes_back_as_typed(sample: Path, tmp_path: Path) -> None:
    document = flattened(load_document(sample))
    kept = [
        b
        for b in document.blocks
        if not isinstance(b, Table | Signatures) and not against_the_page(document, b)
    ]
    plain = dataclasses.replace(document, blocks=kept)
    pdf = tmp_path / "sample.pdf"
    lines = export_with_log(plain, pdf)
    got = " ".join(body_lines(pdftotext(pdf), furniture(lines)))
    expected = " ".join(reading_text(plain))
    assert got == expected


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_blocks_against_the_page_keep_every_character(sample: Path, tmp_path: Path) -> None:
    document = flattened(load_document(sample))
    pdf = tmp_path / "sample.pdf"
    lines = export_with_log(document, pdf)
    got = Counter("".join(body_lines(pdftotext(pdf), furniture(lines))).replace(" ", ""))
    checked = 0
    for block in document.blocks:
        if not against_the_page(document, block):
            continue
        text = " ".join(reading_text(dataclasses.replace(document, blocks=[block])))
        typed = Counter(text.replace(" ", ""))
        assert typed - got == Counter()
        checked += 1
    if not checked:
        pytest.skip("no block is set against the page's direction")


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_every_table_cell_comes_back_as_typed(sample: Path, tmp_path: Path) -> None:
    document = flattened(load_document(sample))
    tables = [b for b in document.blocks if isinstance(b, Table)]
    if not tables:
        pytest.skip("sample has no table")
    pdf = tmp_path / "sample.pdf"
    lines = export_with_log(document, pdf)
    checked = 0
    for page, page_lines in itertools.groupby(lines, key=lambda line: line.page):
        page_lines = list(page_lines)
        raw = pdftotext(pdf, "-f", str(page + 1), "-l", str(page + 1))
        page_furniture = [(0, t) for p, t in furniture(page_lines) if p == page]
        got = " ".join(body_lines(raw, page_furniture, bare_numbers=True))
        page_direction = majority_direction(got)
        for line in page_lines:
            if line.role != "cell":
                continue
            text = normalise(line.text)
            if (first_strong_direction(text) or page_direction) == page_direction:
                assert text in got
            else:  # set against the page (see against_the_page): every character is there
                assert Counter(text.replace(" ", "")) - Counter(got.replace(" ", "")) == Counter()
            checked += 1
    assert checked >= 10


def majority_direction(text: str) -> str:
    """The direction poppler gives a page: rtl when it has more Arabic letters than Latin."""
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "rtl" if arabic > latin else "ltr"


def test_line_by_line_character_error_rate_is_zero(tmp_path: Path, record_property) -> None:
    pairs_all: list[tuple[str, str]] = []
    wrong: list[str] = []
    for sample in SAMPLES:
        document = flattened(load_document(sample))
        plain = dataclasses.replace(
            document,
            blocks=[b for b in document.blocks if not against_the_page(document, b)],
        )
        pdf = tmp_path / (sample.stem + ".pdf")
        lines = export_with_log(plain, pdf)
        expected = drawn_text_lines(lines)
        got = body_lines(pdftotext(pdf), furniture(lines))
        for want, have in paired_lines(expected, got):
            pairs_all.append((want, have))
            if want != have:
                wrong.append(f"{sample.name}: {want!r} -> {have!r}")
    pairs_mixed = [pair for pair in pairs_all if is_mixed(pair[0])]
    rate_all, edits_all, chars_all = character_error_rate(pairs_all)
    rate_mixed, edits_mixed, chars_mixed = character_error_rate(pairs_mixed)
    print(
        f"\npdftotext CER, all lines: {rate_all:.3%} ({edits_all}/{chars_all} chars, "
        f"{len(pairs_all)} lines); mixed Arabic/Latin lines: {rate_mixed:.3%} "
        f"({edits_mixed}/{chars_mixed} chars, {len(pairs_mixed)} lines)"
    )
    record_property("cer_mixed_lines", rate_mixed)
    assert len(pairs_mixed) >= 10, "the samples must exercise mixed lines"
    assert wrong == []


def mupdf_text(pdf: Path) -> str:
    import pymupdf

    with pymupdf.open(pdf) as document:
        return "\f".join(page.get_text() for page in document)


def test_second_extractor_mupdf_reads_the_french_sample_as_typed(tmp_path: Path) -> None:
    sample = next(p for p in SAMPLES if p.name.startswith("note-exportations"))
    document = flattened(load_document(sample))
    plain = dataclasses.replace(
        document,
        blocks=[
            b
            for b in document.blocks
            if not isinstance(b, Table) and not against_the_page(document, b)
        ],
    )
    pdf = tmp_path / "note.pdf"
    lines = export_with_log(plain, pdf)
    assert " ".join(body_lines(mupdf_text(pdf), furniture(lines))) == " ".join(reading_text(plain))


def test_second_extractor_mupdf_reads_arabic_lines_as_typed(tmp_path: Path) -> None:
    """MuPDF reads a right-to-left line holding a number or a Latin word in pieces, left
    to right, and breaks a line where its style changes or where justification opened its
    spaces wider than about an em (docs/text-extraction.md); every other Arabic line must
    come out as typed."""
    sample = next(p for p in SAMPLES if p.name.startswith("minutes-board"))
    pdf = tmp_path / "minutes.pdf"
    lines = export_with_log(flattened(load_document(sample)), pdf)
    extracted = " ".join(body_lines(mupdf_text(pdf), furniture(lines)))
    arabic_only = [
        text
        for text in drawn_text_lines(
            [line for line in lines if len(line.font_paths) == 1 and line.stretch < line.size]
        )
        if not any(ch.isascii() and ch.isalnum() for ch in text)
    ]
    assert len(arabic_only) >= 25
    missing = [text for text in arabic_only if text not in extracted]
    assert missing == []
