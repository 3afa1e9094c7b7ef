"""Reading text back out of PDFs with independent extractors, for the tests."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from desktop_app.model import Document
from desktop_app.model.document import Heading, Image, ListBlock, Paragraph, Quote, Table, runs_text

# Bidi controls carry no text: extractors add their own (poppler wraps runs in
# LRE/RLE … PDF) and Taqrir adds LRM/RLM to guide them.
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
PAGE_NUMBER = re.compile(r"\d+")


def normalise(text: str) -> str:
    """Text as compared: no bidi controls, NFKC, whitespace folded to single spaces."""
    text = BIDI_CONTROLS.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split())


def pdftotext(pdf: Path, *args: str) -> str:
    if shutil.which("pdftotext") is None:
        raise AssertionError("pdftotext is missing: install the Debian package poppler-utils")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *args, str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def body_lines(
    raw: str, furniture: Iterable[tuple[int, str]] = (), bare_numbers: bool = False
) -> list[str]:
    """Extracted lines without the page numbers, nor the lines of ``furniture``.

    A line of digits alone is taken for a bare page number and dropped, unless
    ``bare_numbers`` keeps it (where furniture gives the page numbers and a table cell
    may hold a number alone).

    ``furniture`` holds the (page, text) of each line the page furniture drew (letterhead,
    running header, footer, page numbers, watermark: the logged lines of
    ``FURNITURE_ROLES``), pages counted from 0 in ``raw``, where a form feed ends each page.
    On its page, each is dropped as many times as it was drawn, its first occurrences
    first: furniture heads the page, and a body line repeating it (the sample minutes open
    with the institution's names) stays. MuPDF reads an Arabic and a French name drawn on
    one baseline as one line: such a line of two furniture texts is dropped too.
    """
    pending: dict[int, Counter[str]] = {}
    for page, text in furniture:
        pending.setdefault(page, Counter())[normalise(text)] += 1
    lines = []
    for page, page_text in enumerate(raw.split("\f")):
        drawn = pending.get(page, Counter())
        for line in page_text.split("\n"):
            clean = normalise(line)
            if not clean or (PAGE_NUMBER.fullmatch(clean) and not bare_numbers):
                continue
            parts = [clean] if drawn[clean] > 0 else _two_of(clean, drawn)
            if not parts:
                lines.append(clean)
            for part in parts:
                drawn[part] -= 1
    return lines


def _two_of(line: str, texts: Counter[str]) -> list[str]:
    """Two of ``texts`` that ``line`` holds one after the other, or none."""
    for first in (text for text, count in texts.items() if count > 0):
        rest = line[len(first) :].strip() if line.startswith(first) else ""
        if rest and texts[rest] - (rest == first) > 0:
            return [first, rest]
    return []


def reading_text(document: Document, with_tables: bool = True) -> list[str]:
    """What a reader of the document reads, block by block, as it was typed."""
    out: list[str] = []
    for block in document.blocks:
        if isinstance(block, (Heading, Paragraph)):
            out.append(runs_text(block.runs))
        elif isinstance(block, ListBlock):
            for number, item in enumerate(block.items, start=1):
                marker = f"{number}." if block.ordered else "•"
                out.append(f"{marker} {runs_text(item)}")
        elif isinstance(block, Table) and with_tables:
            out.extend(runs_text(cell) for row in block.rows for cell in row)
        elif isinstance(block, Quote):
            out.append(runs_text(block.runs))
            if block.attribution:
                out.append("— " + runs_text(block.attribution))
        elif isinstance(block, Image) and block.caption:
            out.append(runs_text(block.caption))
    return [normalise(text) for text in out if normalise(text)]


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def character_error_rate(pairs: Iterable[tuple[str, str]]) -> tuple[float, int, int]:
    """(rate, edits, characters) over (expected, got) pairs."""
    edits = 0
    characters = 0
    for expected, got in pairs:
        edits += edit_distance(expected, got)
        characters += len(expected)
    return (edits / characters if characters else 0.0), edits, characters
