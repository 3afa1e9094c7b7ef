"""The ``taqrir`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app.model import Document, DocumentError, document_from_plain_text, load_document
from desktop_app.model.brand_kit import find_brand_kit
from desktop_app.resources import resource_path

__all__ = ["main", "load_input"]

PLAIN_TEXT_SUFFIXES = {".txt", ".text", ".md"}
# Export errors that begin with one of these name a field of the document file.
DOCUMENT_FIELDS = ("blocks[", "metadata.", "minutes.", "nameplate.")


def load_input(path: Path) -> Document:
    """A document JSON, or a UTF-8 text file: title line, then paragraphs between blank lines."""
    if path.suffix.lower() not in PLAIN_TEXT_SUFFIXES:
        return load_document(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(f"cannot read file ({error.strerror})", source=str(path)) from None
    if not data.strip():
        raise DocumentError("empty file", source=str(path))
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DocumentError(f"not a text file (NUL byte at offset {nul})", source=str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocumentError(
            f"not a UTF-8 text file (byte 0x{data[error.start]:02X} at offset {error.start})",
            source=str(path),
        ) from None
    return document_from_plain_text(text)


def _export(args: argparse.Namespace) -> int:
    from desktop_app.pdf.builder import ExportSettings, export_pdf
    from desktop_app.pdf.errors import ExportError
    from desktop_app.text.fonts import default_registry

    source = Path(args.input)
    document = load_input(source)
    output = Path(args.output) if args.output else source.with_suffix(".pdf")
    registry = default_registry()
    settings = ExportSettings(
        registry=registry,
        brand_kit=find_brand_kit(document.brand_kit, source.parent, registry),
        body_family=args.font,
        heading_family=args.heading_font,
        paper=args.paper,
        base_dir=source.parent,
    )
    if args.font:
        settings.registry.face(args.font)
    try:
        pages = export_pdf(document, output, settings)
    except ExportError as error:
        if str(error).startswith(DOCUMENT_FIELDS):  # a problem of the document's own
            raise ExportError(f"{source}: {error}") from error
        raise
    print(f"{output} ({pages} page{'s' if pages != 1 else ''})")
    return 0


def _samples(args: argparse.Namespace) -> int:
    from desktop_app.pdf.builder import ExportSettings, export_pdf
    from desktop_app.text.fonts import default_registry

    out_dir = Path(args.output_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    registry = default_registry()
    samples = sorted(resource_path("samples").glob("*.taqrir.json"))
    for sample in samples:
        document = load_document(sample)
        target = out_dir / sample.name.replace(".taqrir.json", ".pdf")
        kit = find_brand_kit(document.brand_kit, sample.parent, registry)
        settings = ExportSettings(registry=registry, brand_kit=kit, base_dir=sample.parent)
        pages = export_pdf(document, target, settings)
        print(f"{target.resolve()} ({pages} page{'s' if pages != 1 else ''})")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="taqrir", description="Arabic-first minutes and bulletins, typeset into PDF."
    )
    commands = parser.add_subparsers(dest="command")
    export = commands.add_parser("export", help="export a document (JSON or plain text) to PDF")
    export.add_argument("input", help="a .taqrir.json document or a UTF-8 .txt file")
    export.add_argument("-o", "--output", help="the PDF to write (default: INPUT with .pdf)")
    export.add_argument("--font", help="body font family (see --list-fonts)")
    export.add_argument("--heading-font", help="heading font family")
    export.add_argument("--paper", choices=["a4", "letter"], default="a4")
    export.set_defaults(handler=_export)
    samples = commands.add_parser("samples", help="export the bundled sample documents")
    samples.add_argument("-o", "--output-dir", default="out/samples")
    samples.set_defaults(handler=_samples)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        # Until the window exists, running the app exports the samples.
        args = parser.parse_args(["samples"])
    from desktop_app.pdf.errors import ExportError
    from desktop_app.text.fonts import FontError, MissingGlyphsError

    try:
        return args.handler(args)
    except (DocumentError, ExportError, FontError, MissingGlyphsError) as error:
        print(f"taqrir: error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        name = f" '{error.filename}'" if error.filename else ""
        print(f"taqrir: error: cannot write{name}: {error.strerror}", file=sys.stderr)
        return 2
