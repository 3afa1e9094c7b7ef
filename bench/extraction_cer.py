"""Character error rate of text copied out of Taqrir's PDFs, per extractor.

Exports every bundled sample, extracts its text with poppler's pdftotext, MuPDF
(PyMuPDF) and, when Node.js and pdfjs-dist are available, pdf.js, and compares it with
the typed text (bidi controls removed, NFKC, whitespace folded). Tables are left out:
each extractor reads tables by its own layout analysis, which is not about bidi.

    python bench/extraction_cer.py [--pdfjs PATH/TO/node_modules]
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.model import Document, load_document  # noqa: E402
from desktop_app.model.brand_kit import find_brand_kit  # noqa: E402
from desktop_app.model.document import Table  # noqa: E402
from desktop_app.pdf.builder import ExportSettings, export_pdf  # noqa: E402
from desktop_app.pdf.charts import FIGURE_ROLES  # noqa: E402
from desktop_app.pdf.page_furniture import FURNITURE_ROLES  # noqa: E402
from desktop_app.resources import resource_path  # noqa: E402
from desktop_app.text.bidi import first_strong_direction  # noqa: E402
from desktop_app.text.fonts import default_registry  # noqa: E402
from tests.pdf_text import body_lines, normalise, pdftotext, reading_text  # noqa: E402

NOT_BODY = FURNITURE_ROLES | FIGURE_ROLES

PDFJS_SCRIPT = """
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import fs from "fs";
const data = new Uint8Array(fs.readFileSync(process.argv[2]));
const doc = await getDocument({ data, disableFontFace: true, verbosity: 0 }).promise;
let out = "";
for (let p = 1; p <= doc.numPages; p++) {
  const content = await (await doc.getPage(p)).getTextContent();
  for (const item of content.items) { out += item.str; if (item.hasEOL) out += "\\n"; }
  out += "\\f";
}
process.stdout.write(out);
"""


def with_the_page(document: Document) -> Document:
    """The document without tables and without blocks set against its direction."""
    kept = []
    for block in document.blocks:
        if isinstance(block, Table):
            continue
        text = " ".join(reading_text(dataclasses.replace(document, blocks=[block])))
        direction = getattr(block, "direction", "auto")
        if direction == "auto":
            direction = first_strong_direction(text) or document.resolved_direction()
        if direction == document.resolved_direction():
            kept.append(block)
    return dataclasses.replace(document, blocks=kept)


def cer(expected: str, got: str) -> tuple[int, int]:
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    edits = sum(
        max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"
    )
    return edits, len(expected)


def extract_mupdf(pdf: Path) -> str:
    import pymupdf

    with pymupdf.open(pdf) as document:
        return "\f".join(page.get_text() for page in document)


def extract_pdfjs(pdf: Path, modules: Path) -> str:
    script = modules.parent / "taqrir-extract.mjs"
    script.write_text(PDFJS_SCRIPT, encoding="utf-8")
    try:
        return subprocess.run(
            ["node", str(script), str(pdf)], capture_output=True, text=True, check=True
        ).stdout
    finally:
        script.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdfjs", type=Path, help="a node_modules folder holding pdfjs-dist")
    args = parser.parse_args()
    extractors = {"pdftotext (poppler)": pdftotext, "PyMuPDF (MuPDF)": extract_mupdf}
    if args.pdfjs and shutil.which("node") and (args.pdfjs / "pdfjs-dist").is_dir():
        extractors["pdf.js"] = lambda pdf: extract_pdfjs(pdf, args.pdfjs)
    results: dict[str, dict[str, tuple[int, int]]] = {name: {} for name in extractors}
    registry = default_registry()
    with tempfile.TemporaryDirectory() as folder:
        for sample in sorted(resource_path("samples").glob("*.taqrir.json")):
            document = with_the_page(load_document(sample))
            pdf = Path(folder) / f"{sample.stem}.pdf"
            lines: list = []
            kit = find_brand_kit(document.brand_kit, sample.parent, registry)
            export_pdf(
                document,
                pdf,
                ExportSettings(registry=registry, brand_kit=kit, line_log=lines.append),
            )
            # Letterhead, headers, page numbers and figures' labels are not body text.
            furniture = [(ln.page, ln.text) for ln in lines if ln.role in NOT_BODY]
            expected = normalise(" ".join(reading_text(document)))
            for name, extract in extractors.items():
                got = " ".join(body_lines(extract(pdf), furniture))
                results[name][sample.name] = cer(expected, got)
    print(f"{'extractor':<22} {'sample':<48} {'CER':>8}")
    for name, per_sample in results.items():
        for sample, (edits, length) in per_sample.items():
            print(f"{name:<22} {sample:<48} {edits / length:>8.2%}  ({edits}/{length})")
    print(json.dumps({n: {s: e / c for s, (e, c) in r.items()} for n, r in results.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
