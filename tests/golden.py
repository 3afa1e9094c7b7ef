"""Golden references for the bundled samples: what each exported PDF must still be.

For every ``resources/samples/*.taqrir.json``, exported as ``taqrir samples`` does,
``tests/golden/<sample>/`` holds:

- ``document.json``: page count, the catalog's /Lang, the metadata and the outline
  (PyMuPDF's ``get_toc()``: level, title, page);
- ``page-N.txt``: what ``pdftotext -enc UTF-8 -f N -l N`` extracts from page N, without
  the bidi controls U+200E, U+200F and U+202A–U+202E, compared exactly;
- ``page-1.png``: page 1 as ``pdftoppm -png -r 40`` draws it, compared within
  ``PIXEL_LEVELS`` and ``PIXEL_FRACTION``.

The producer is stored without the ReportLab version (``Taqrir 0.1.0 (ReportLab)``): any
ReportLab in the range pyproject.toml allows may build the PDF, and its version alone is
not a change in the document. The Taqrir version, in creator and producer, is kept.

``python -m tests.golden`` reports the differences; ``--update`` (``make golden``)
rewrites the references, removes those of samples that are gone, and prints what changed.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from PIL import Image, ImageChops

from desktop_app.model import load_document
from desktop_app.model.brand_kit import find_brand_kit
from desktop_app.pdf.builder import ExportSettings, export_pdf
from desktop_app.resources import resource_path
from desktop_app.text.fonts import default_registry

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
SAMPLE_SUFFIX = ".taqrir.json"
UPDATE_HINT = (
    "if the change is intended, run `make golden` (python -m tests.golden --update) "
    "and review the changes under tests/golden/"
)
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e]")
METADATA_KEYS = ("title", "author", "subject", "keywords", "creator", "producer")
REPORTLAB_VERSION = re.compile(r"(ReportLab) [^)\s]+")
IMAGE_DPI = 40
# A pixel differs when one of its red, green or blue levels moves by more than
# PIXEL_LEVELS (of 255): a greyscale comparison cannot see the brand colour turn from
# blue to a red of the same luminance. Two exports draw identical pixels; switching off
# poppler's vector antialiasing moves 0.27-0.31% of page 1, and dropping the letterhead's
# logo 0.59% (the smallest change to the letterhead measured).
PIXEL_LEVELS = 32
PIXEL_FRACTION = 0.004
DOCUMENT_FILE = "document.json"
IMAGE_FILE = "page-1.png"
PAGE_TEXT = re.compile(r"page-(\d+)\.txt")


@dataclass
class Snapshot:
    """What the golden test compares of one PDF."""

    pages: int
    lang: str | None
    metadata: dict[str, str]
    outline: list[list[int | str]]
    texts: list[str]
    image: bytes


def samples() -> list[Path]:
    return sorted(resource_path("samples").glob(f"*{SAMPLE_SUFFIX}"))


def sample_name(sample: Path) -> str:
    return sample.name.removesuffix(SAMPLE_SUFFIX)


def export_sample(sample: Path, pdf: Path) -> Path:
    """``sample`` exported to ``pdf`` with the settings of ``taqrir samples``."""
    registry = default_registry()
    document = load_document(sample)
    kit = find_brand_kit(document.brand_kit, sample.parent, registry)
    settings = ExportSettings(registry=registry, brand_kit=kit, base_dir=sample.parent)
    export_pdf(document, pdf, settings)
    return pdf


def _poppler(tool: str, *args: str) -> bytes:
    if shutil.which(tool) is None:
        raise AssertionError(f"{tool} is missing: install the Debian package poppler-utils")
    return subprocess.run([tool, *args], capture_output=True, check=True).stdout


def page_text(pdf: Path, page: int) -> str:
    pages = ("-f", str(page), "-l", str(page))
    text = _poppler("pdftotext", "-enc", "UTF-8", *pages, str(pdf), "-").decode("utf-8")
    return BIDI_CONTROLS.sub("", text.removesuffix("\f"))


def page_image(pdf: Path, page: int = 1) -> bytes:
    pages = ("-f", str(page), "-l", str(page))
    return _poppler("pdftoppm", "-png", "-r", str(IMAGE_DPI), *pages, str(pdf))


def capture(pdf: Path) -> Snapshot:
    with pymupdf.open(pdf) as doc:
        pages = doc.page_count
        kind, lang = doc.xref_get_key(doc.pdf_catalog(), "Lang")
        metadata = {key: doc.metadata.get(key) or "" for key in METADATA_KEYS}
        outline = [[level, title, page] for level, title, page, *_ in doc.get_toc()]
    metadata["producer"] = REPORTLAB_VERSION.sub(r"\1", metadata["producer"])
    return Snapshot(
        pages=pages,
        lang=lang if kind == "string" else None,
        metadata=metadata,
        outline=outline,
        texts=[page_text(pdf, page) for page in range(1, pages + 1)],
        image=page_image(pdf),
    )


def write_reference(snapshot: Snapshot, folder: Path, image: bool = True) -> None:
    """``snapshot`` as reference files in ``folder``; the PNG only when ``image``."""
    folder.mkdir(parents=True, exist_ok=True)
    document = {
        "pages": snapshot.pages,
        "lang": snapshot.lang,
        "metadata": snapshot.metadata,
        "outline": snapshot.outline,
    }
    text = json.dumps(document, ensure_ascii=False, indent=2)
    # One outline entry a line; strings cannot hold a raw newline, so this only
    # rejoins the lines json.dumps made.
    text = re.sub(
        r"\[\n\s*([^\[\]{}]*?)\n\s*\]", lambda m: "[" + re.sub(r"\n\s*", " ", m[1]) + "]", text
    )
    (folder / DOCUMENT_FILE).write_text(text + "\n", encoding="utf-8")
    for stale in folder.glob("page-*.txt"):
        stale.unlink()
    for number, page in enumerate(snapshot.texts, start=1):
        (folder / f"page-{number}.txt").write_bytes(page.encode("utf-8"))
    if image:
        (folder / IMAGE_FILE).write_bytes(snapshot.image)


def read_reference(folder: Path) -> Snapshot:
    document = json.loads((folder / DOCUMENT_FILE).read_text(encoding="utf-8"))
    numbered = {
        int(match[1]): path
        for path in folder.iterdir()
        if (match := PAGE_TEXT.fullmatch(path.name))
    }
    texts = [
        numbered[n].read_bytes().decode("utf-8") if n in numbered else ""
        for n in range(1, max(numbered, default=0) + 1)
    ]
    return Snapshot(
        pages=document["pages"],
        lang=document["lang"],
        metadata=document["metadata"],
        outline=document["outline"],
        texts=texts,
        image=image.read_bytes() if (image := folder / IMAGE_FILE).is_file() else b"",
    )


def differences(expected: Snapshot, actual: Snapshot) -> list[str]:
    """Each part of ``actual`` that is not as in ``expected``, as ``part: what``."""
    found: list[str] = []
    if expected.pages != actual.pages:
        found.append(f"page count: reference {expected.pages}, now {actual.pages}")
    for key in sorted(expected.metadata.keys() | actual.metadata.keys()):
        was, now = expected.metadata.get(key), actual.metadata.get(key)
        if was != now:
            found.append(f"metadata {key}: reference {was!r}, now {now!r}")
    if expected.lang != actual.lang:
        found.append(f"catalog /Lang: reference {expected.lang!r}, now {actual.lang!r}")
    found.extend(_outline_difference(expected.outline, actual.outline))
    for number in range(1, max(len(expected.texts), len(actual.texts)) + 1):
        found.extend(_text_difference(number, expected.texts, actual.texts))
    image = image_difference(expected.image, actual.image)
    if image:
        found.append(f"page 1 image: {image}")
    return found


def _outline_difference(
    expected: list[list[int | str]], actual: list[list[int | str]]
) -> list[str]:
    if expected == actual:
        return []
    index = _first_difference(expected, actual)
    was = expected[index] if index < len(expected) else "none"
    now = actual[index] if index < len(actual) else "none"
    part = "outline"
    if len(expected) != len(actual):
        part += f" ({len(actual)} entries, reference {len(expected)})"
    return [f"{part}, entry {index + 1} [level, title, page]: reference {was}, now {now}"]


def _text_difference(number: int, expected: list[str], actual: list[str]) -> list[str]:
    part = f"page {number} text"
    if number > len(expected):
        return [f"{part}: page has no reference"]
    if number > len(actual):
        return [f"{part}: page is gone"]
    was, now = expected[number - 1].split("\n"), actual[number - 1].split("\n")
    if was == now:
        return []
    line = _first_difference(was, now)
    old = was[line] if line < len(was) else "(end of page)"
    new = now[line] if line < len(now) else "(end of page)"
    return [f"{part}, line {line + 1}: reference {old!r}, now {new!r}"]


def _first_difference(expected: Sequence[object], actual: Sequence[object]) -> int:
    """Index of the first item that differs, or the length of the shorter."""
    pairs = zip(expected, actual, strict=False)
    return next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(expected), len(actual)))


def image_difference(expected: bytes, actual: bytes) -> str | None:
    """How page images differ beyond the tolerance, or None."""
    if not expected:
        return "no reference image"
    with Image.open(io.BytesIO(expected)) as was, Image.open(io.BytesIO(actual)) as now:
        if was.size != now.size:
            return f"{now.width}×{now.height} pixels, reference {was.width}×{was.height}"
        red, green, blue = ImageChops.difference(was.convert("RGB"), now.convert("RGB")).split()
        largest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    changed = sum(largest.histogram()[PIXEL_LEVELS + 1 :])
    fraction = changed / (was.width * was.height)
    if fraction < PIXEL_FRACTION:
        return None
    return (
        f"{fraction:.2%} of pixels differ by more than {PIXEL_LEVELS} levels "
        f"(tolerance {PIXEL_FRACTION:.1%})"
    )


def check(sample: Path, work_dir: Path, golden_dir: Path = GOLDEN_DIR) -> list[str]:
    """What differs between ``sample`` exported now and its reference."""
    folder = golden_dir / sample_name(sample)
    if not (folder / DOCUMENT_FILE).is_file():
        return [f"no reference in {folder}"]
    pdf = export_sample(sample, work_dir / f"{sample_name(sample)}.pdf")
    return differences(read_reference(folder), capture(pdf))


def failure_message(sample: Path, problems: Sequence[str]) -> str:
    lines = [f"sample {sample_name(sample)!r} ({sample}) differs from its golden reference:"]
    lines += [f"  - {problem}" for problem in problems]
    lines.append(UPDATE_HINT)
    return "\n".join(lines)


def stale_references(golden_dir: Path = GOLDEN_DIR) -> list[Path]:
    """Reference folders whose sample is gone."""
    names = {sample_name(sample) for sample in samples()}
    if not golden_dir.is_dir():
        return []
    return sorted(
        path
        for path in golden_dir.iterdir()
        if path.is_dir() and path.name not in names and not path.name.startswith(".")
    )


def update(work_dir: Path, golden_dir: Path = GOLDEN_DIR) -> list[str]:
    """Rewrites every sample's reference; returns what changed, a line each."""
    report: list[str] = []
    for sample in samples():
        name = sample_name(sample)
        folder = golden_dir / name
        snapshot = capture(export_sample(sample, work_dir / f"{name}.pdf"))
        if not (folder / DOCUMENT_FILE).is_file():
            write_reference(snapshot, folder)
            report.append(f"{name}: new reference ({snapshot.pages} pages)")
            continue
        reference = read_reference(folder)
        changes = differences(reference, snapshot)
        # A page 1 within the tolerance keeps its PNG, so that updates do not churn it.
        write_reference(snapshot, folder, image=any(c.startswith("page 1 image") for c in changes))
        report.append(f"{name}: {'updated' if changes else 'unchanged'}")
        report += [f"  - {change}" for change in changes]
    for folder in stale_references(golden_dir):
        shutil.rmtree(folder)
        report.append(f"{folder.name}: removed (no such sample)")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.golden",
        description="Compare the bundled samples' PDFs with their references in tests/golden/.",
    )
    parser.add_argument(
        "--update", action="store_true", help="rewrite the references and print what changed"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="taqrir-golden-") as work:
        if args.update:
            print("\n".join(update(Path(work))))
            return 0
        failed = 0
        for sample in samples():
            problems = check(sample, Path(work))
            if problems:
                failed += 1
                print(failure_message(sample, problems))
            else:
                print(f"sample {sample_name(sample)!r}: matches its reference")
        for folder in stale_references():
            failed += 1
            print(f"{folder}: no such sample; {UPDATE_HINT}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
