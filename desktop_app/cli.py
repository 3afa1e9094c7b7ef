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


# ---------------------------------------------------------------- the library


def _open_library(args: argparse.Namespace, writer: bool = True):  # -> Library
    from desktop_app.store import Library, LibraryNeedsUpgradeError, library_path

    path = library_path(getattr(args, "library", None))
    # Reading commands open the library read-only, beside a window that may be writing;
    # a library that does not exist yet is created (and is empty), one of an earlier
    # version is upgraded first.
    try:
        return Library.open(path, writer=writer or not path.exists())
    except LibraryNeedsUpgradeError:
        return Library.open(path, writer=True)


def _author(args: argparse.Namespace) -> str:
    from desktop_app.store.files import current_user

    return args.author if args.author is not None else current_user()


def _document_images(document: Document, folder: Path) -> dict[str, bytes]:
    """The bytes of every image the document's blocks name, read beside the document."""
    from desktop_app.model import Image

    images: dict[str, bytes] = {}
    blocks = list(enumerate(document.blocks))
    for index, block in blocks:
        if not isinstance(block, Image) or block.path in images:
            continue
        path = Path(block.path) if Path(block.path).is_absolute() else folder / block.path
        try:
            images[block.path] = path.read_bytes()
        except OSError as error:
            reason = "file not found" if isinstance(error, FileNotFoundError) else error.strerror
            raise DocumentError(
                f"cannot read image '{block.path}' ({reason})", f"blocks[{index}].path"
            ) from None
    return images


def _library_list(args: argparse.Namespace) -> int:
    with _open_library(args, writer=False) as library:
        documents = library.documents()
    for info in documents:
        when = info.updated[:16].replace("T", " ")
        print(f"{info.id[:12]}  {info.status:5}  r{info.revision:<3}  {when}  {info.title}")
    if not documents:
        print("the library is empty")
    return 0


def _library_search(args: argparse.Namespace) -> int:
    with _open_library(args, writer=False) as library:
        hits = library.search(args.query, limit=args.limit)
    for hit in hits:
        print(f"{hit.document_id[:12]}  {hit.title}")
        print(f"    {hit.snippet}")
    if not hits:
        print("no document matches")
    return 0


def _library_revisions(args: argparse.Namespace) -> int:
    with _open_library(args, writer=False) as library:
        revisions = library.revisions(args.document)
    for revision in revisions:
        note = f"  {revision.note}" if revision.note else ""
        when = revision.created[:19].replace("T", " ")
        print(f"r{revision.number:<3}  {when}  {revision.status:5}  {revision.author}{note}")
    return 0


def _library_compare(args: argparse.Namespace) -> int:
    with _open_library(args, writer=False) as library:
        changes = library.compare(args.document, args.old, args.new)
    for change in changes:
        if change.change == "added":
            print(f"+ [{change.new_index}] {change.new_text}")
        elif change.change == "removed":
            print(f"- [{change.old_index}] {change.old_text}")
        else:
            print(f"~ [{change.old_index}→{change.new_index}] {change.new_text}")
    if not changes:
        print("no block differs")
    return 0


def _library_restore(args: argparse.Namespace) -> int:
    with _open_library(args) as library:
        revision = library.restore(
            args.document, args.revision, author=_author(args), note=args.note
        )
    print(
        f"{revision.document_id}: revision {args.revision} restored as revision {revision.number}"
    )
    return 0


def _library_reopen(args: argparse.Namespace) -> int:
    with _open_library(args) as library:
        revision = library.reopen(args.document, author=_author(args), note=args.note)
    print(f"{revision.document_id}: reopened as draft revision {revision.number}")
    return 0


def _library_add(args: argparse.Namespace) -> int:
    source = Path(args.input)
    document = load_input(source)
    images = _document_images(document, source.parent)
    with _open_library(args) as library:
        source_id = None
        if args.take_over_actions:
            before = len(document.minutes.actions) if document.minutes is not None else 0
            document, source_id = library.take_over_actions(document)
            taken = len(document.minutes.actions) - before
        document_id = library.add(document, author=_author(args), note=args.note, images=images)
    print(f"{document_id}  {document.metadata.title or source.name}")
    if args.take_over_actions:
        if source_id is None:
            print("no earlier minutes of this body: no action taken over")
        else:
            print(f"{taken} open follow-up action(s) taken over from {source_id}")
    return 0


def _library_save(args: argparse.Namespace) -> int:
    source = Path(args.input)
    document = load_input(source)
    images = _document_images(document, source.parent)
    with _open_library(args) as library:
        revision = library.save(
            args.document, document, author=_author(args), note=args.note, images=images
        )
    print(f"{revision.document_id}: saved as revision {revision.number}")
    return 0


def _library_working_copies(args: argparse.Namespace) -> int:
    with _open_library(args, writer=False) as library:
        copies = library.working_copies()
    for copy in copies:
        of = copy.document_id[:12] if copy.document_id else "untitled"
        when = copy.saved[:19].replace("T", " ")
        print(f"{copy.key}  {of}  {when}  {copy.title}")
    if not copies:
        print("no unsaved working copy")
    return 0


def _library_recover(args: argparse.Namespace) -> int:
    from desktop_app.model import save_document

    with _open_library(args, writer=False) as library:
        document = library.recover(args.key)
    save_document(document, args.output)
    print(args.output)
    return 0


def _library_discard(args: argparse.Namespace) -> int:
    with _open_library(args) as library:
        library.discard(args.key)
    print(f"discarded {args.key}")
    return 0


def _library_export_package(args: argparse.Namespace) -> int:
    from desktop_app.store.package import export_package

    with _open_library(args, writer=False) as library:
        path = export_package(library, args.document, Path(args.output))
    print(path)
    return 0


def _library_import_package(args: argparse.Namespace) -> int:
    from desktop_app.store.package import import_package

    with _open_library(args) as library:
        result = import_package(library, Path(args.input), author=_author(args))
    print(f"{result.document_id}  {result.title}")
    for note in result.notes:
        print(f"note: {note}")
    return 0


def _library_parser(commands: argparse._SubParsersAction) -> None:
    where = argparse.ArgumentParser(add_help=False)
    where.add_argument(
        "--library",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the library file (default: $TAQRIR_LIBRARY, else the user's data folder)",
    )
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument("--author", help="who saves (default: the login name)")
    who.add_argument("--note", default="", help="a note for the revision")
    library = commands.add_parser("library", parents=[where], help="the document library")
    actions = library.add_subparsers(dest="library_command", required=True, metavar="COMMAND")

    def command(name: str, handler, help: str, *parents: argparse.ArgumentParser):
        parser = actions.add_parser(name, parents=[where, *parents], help=help)
        parser.set_defaults(handler=handler)
        return parser

    command("list", _library_list, "list the documents, latest first")
    search = command("search", _library_search, "search every document")
    search.add_argument("query", help="words to find; end with * to match word beginnings")
    search.add_argument("--limit", type=int, default=20)
    revisions = command("revisions", _library_revisions, "list a document's revisions")
    revisions.add_argument("document", help="a document id (or its first characters)")
    compare = command("compare", _library_compare, "compare two revisions block by block")
    compare.add_argument("document")
    compare.add_argument("old", type=int)
    compare.add_argument("new", type=int)
    restore = command("restore", _library_restore, "restore a revision as a new one", who)
    restore.add_argument("document")
    restore.add_argument("revision", type=int)
    reopen = command("reopen", _library_reopen, "make a final document a draft again", who)
    reopen.add_argument("document")
    add = command("add", _library_add, "put a document file in the library", who)
    add.add_argument("input", help="a .taqrir.json document or a UTF-8 .txt file")
    add.add_argument(
        "--take-over-actions",
        action="store_true",
        help="minutes: start with the open follow-up actions of the body's previous minutes",
    )
    save = command("save", _library_save, "save a file as a document's next revision", who)
    save.add_argument("document")
    save.add_argument("input")
    command("working-copies", _library_working_copies, "list the autosaved copies not yet saved")
    recover = command("recover", _library_recover, "write a working copy to a document file")
    recover.add_argument("key", help="the working copy's key (see working-copies)")
    recover.add_argument("-o", "--output", required=True, help="the .taqrir.json to write")
    discard = command("discard", _library_discard, "drop a working copy")
    discard.add_argument("key")
    export = command("export-package", _library_export_package, "write a document package")
    export.add_argument("document")
    export.add_argument("-o", "--output", required=True, help="the package to write (.taqrir.zip)")
    imported = command("import-package", _library_import_package, "add a package's document", who)
    imported.add_argument("input", help="a .taqrir.zip package")


def _opens_the_window(arguments: list[str], parser: argparse.ArgumentParser) -> bool:
    """No command, or documents to open (``taqrir FILE``): the desktop app starts."""
    commands = parser._subparsers._group_actions[0].choices  # noqa: SLF001
    return not arguments or (arguments[0] not in commands and not arguments[0].startswith("-"))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="taqrir", description="Arabic-first minutes and bulletins, typeset into PDF."
    )
    parser.add_argument(
        "--smoke-test",
        metavar="FILE",
        nargs="?",
        help="open the window on FILE (default: a sample), wait for its preview, exit",
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
    _library_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["--smoke-test"]:
        from desktop_app.ui.smoke_test import run_smoke_test

        return run_smoke_test(arguments[1:])
    parser = _parser()
    if _opens_the_window(arguments, parser):
        from desktop_app.ui.app import run

        return run(arguments)
    args = parser.parse_args(arguments)
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
