"""Document packages: one zip with a document, its images and its brand kit.

Layout (format version 1)::

    manifest.json          format, format_version, the document's id and title, the
                           image and kit file names, and every other member's sha256 and size
    document.json          the document (docs/document-format.md)
    images/<sha256>.<ext>  each image the document's blocks name (``manifest.images`` maps
                           the path written in the document to its member)
    brand-kit/kit.json     the document's brand kit when the library holds it,
    brand-kit/<file>       with the files it names (its logo)

Import reads everything into memory, checks it, then writes it to the library in one
transaction; it never extracts anything to disk. A package that is not exactly this shape is
refused with one line: unsafe member names, too much data or too high a compression ratio
(counted on the bytes actually decompressed), a damaged or truncated zip, a checksum that
does not match, JSON of the wrong shape, a missing manifest, a newer format version.

A document whose id is already in the library is imported as a copy with a new id; the
library's own document is never touched. A brand kit whose name the library already uses
with other content is not imported: the library's kit is kept, and the result says so.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from desktop_app.model import (
    Document,
    DocumentError,
    Image,
    document_from_json,
    document_to_json,
)
from desktop_app.model.minutes import Minutes
from desktop_app.model.serialize import _write_atomically

from .errors import PackageError, StoreError
from .library import Library, _reason, check_kit_json

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ImportResult",
    "Limits",
    "export_package",
    "import_package",
]

FORMAT_NAME = "taqrir-package"
FORMAT_VERSION = 1
SUFFIX = ".taqrir.zip"

_MANIFEST = "manifest.json"
_DOCUMENT = "document.json"
_KIT = "brand-kit/kit.json"
_IMAGE_MEMBER = re.compile(r"images/[0-9a-f]{64}\.[a-z0-9]{1,5}")
_KIT_FILE = re.compile(r"brand-kit/[A-Za-z0-9][A-Za-z0-9._-]{0,100}")
_DOCUMENT_ID = re.compile(r"[0-9a-f]{32}")
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Limits:
    """What a package may hold; the ratio is checked once a member passes ``ratio_floor``."""

    max_package_bytes: int = 512 * 2**20
    max_members: int = 2000
    max_total_bytes: int = 256 * 2**20
    max_member_bytes: int = 128 * 2**20
    max_ratio: float = 200.0
    ratio_floor: int = 2**20


@dataclass(frozen=True)
class ImportResult:
    document_id: str
    title: str
    copy_of: str | None = None  # the package's id when it was already in the library
    kit: str | None = None  # the brand kit imported with it
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- export


def export_package(library: Library, document_id: str, output: str | os.PathLike[str]) -> Path:
    """Write the document (its latest revision), its images and its kit to ``output``."""
    output = Path(output)
    full_id = library.resolve(document_id)
    info = library.info(full_id)
    document = library.load(full_id)
    members: dict[str, bytes] = {}
    images: dict[str, str] = {}
    renamed: dict[str, str] = {}
    for image_path, data in library.images(full_id).items():
        digest = hashlib.sha256(data).hexdigest()
        suffix = PurePosixPath(image_path.replace("\\", "/")).suffix.lower().lstrip(".")
        if not re.fullmatch(r"[a-z0-9]{1,5}", suffix):
            suffix = "bin"
        member = f"images/{digest}.{suffix}"
        members[member] = data
        if not _is_safe_name(image_path):
            # "../shared/logo.png" or "/srv/logo.png" would be refused on import: the
            # packaged document names the image by its member instead.
            renamed[image_path] = member
        images[renamed.get(image_path, image_path)] = member
    _rename_images(document, renamed)
    members[_DOCUMENT] = document_to_json(document).encode("utf-8")
    kit_manifest = None
    kit = library.brand_kit(document.brand_kit) if document.brand_kit else None
    if kit is not None:
        kit_json, kit_files = kit
        members[_KIT] = kit_json.encode("utf-8")
        for name, data in kit_files.items():
            member = f"brand-kit/{name}"
            if not _KIT_FILE.fullmatch(member) or member == _KIT:
                raise StoreError(
                    f"brand kit file name '{name}' cannot go in a package", "brand_kit"
                )
            members[member] = data
        kit_manifest = {"name": document.brand_kit, "files": sorted(kit_files)}
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "document": {
            "id": full_id,
            "title": info.title,
            "revision": info.revision,
            "status": info.status,
            "exported": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        },
        "images": images,
        "brand_kit": kit_manifest,
        "files": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in sorted(members.items())
        },
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        manifest_text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
        archive.writestr(_MANIFEST, manifest_text.encode("utf-8"))
        for name, data in sorted(members.items()):
            archive.writestr(name, data)
    if _is_library_file(library, output):
        raise StoreError("would overwrite the library itself; choose another file", "", str(output))
    try:
        if output.is_dir():
            raise IsADirectoryError(21, "is a folder", str(output))
        _write_atomically(os.path.realpath(output), buffer.getvalue())
    except OSError as err:
        raise StoreError(f"cannot write the package ({_reason(err)})", source=str(output)) from None
    return output


def _is_safe_name(name: str) -> bool:
    try:
        _check_name(name)
    except PackageError:
        return False
    return True


def _rename_images(document: Document, renamed: dict[str, str]) -> None:
    blocks = list(document.blocks)
    if isinstance(document.minutes, Minutes):
        for item in document.minutes.agenda:
            blocks += item.deliberations
    for block in blocks:
        if isinstance(block, Image) and block.path in renamed:
            block.path = renamed[block.path]


def _is_library_file(library: Library, output: Path) -> bool:
    target = os.path.realpath(output)
    own = os.path.realpath(library.path)
    return target in {own, own + "-wal", own + "-shm", own + "-journal", own + ".lock"}


# ---------------------------------------------------------------- import


def import_package(
    library: Library,
    package: str | os.PathLike[str],
    *,
    author: str = "",
    limits: Limits | None = None,
) -> ImportResult:
    """Check the package at ``package`` and add its document to the library (see above)."""
    limits = limits or Limits()
    source = str(package)
    try:
        contents = _read_package(Path(package), limits)
        return _import(library, contents, Path(package).name, author)
    except DocumentError as err:  # PackageError included: name the package first
        inner = err.source if isinstance(err, PackageError) else ""
        raise PackageError(
            err.message, err.path, ": ".join(filter(None, (source, inner)))
        ) from None


def _fail(message: str, path: str = "") -> PackageError:
    return PackageError(message, path)


def _read_package(path: Path, limits: Limits) -> dict[str, bytes]:
    try:
        if path.is_dir():
            raise _fail("is a folder, not a package")
        # O_NONBLOCK: a FIFO must not hang the import before it is found not to be a file.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(path, flags), "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                raise _fail("not a regular file")
            data = file.read(limits.max_package_bytes + 1)
    except OSError as err:
        missing = "file not found" if isinstance(err, FileNotFoundError) else _reason(err)
        raise _fail(f"cannot open ({missing})") from None
    if len(data) > limits.max_package_bytes:
        raise _fail(f"too large (more than {limits.max_package_bytes} bytes)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as err:
        raise _fail(
            f"not a Taqrir package (not a zip file, or damaged or truncated: {err})"
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_members:
            raise _fail(f"too many files ({len(infos)}; at most {limits.max_members})")
        seen: set[str] = set()
        for info in infos:
            _check_name(info.filename)
            if info.filename in seen:
                raise _fail("file given twice in the package", info.filename)
            seen.add(info.filename)
            if info.flag_bits & 0x1:
                raise _fail("encrypted files are not accepted", info.filename)
            if not _expected_member(info.filename):
                raise _fail("unexpected file in a Taqrir package", info.filename)
        if _MANIFEST not in seen:
            raise _fail("not a Taqrir package (no manifest.json)")
        contents: dict[str, bytes] = {}
        total = 0
        for info in infos:
            contents[info.filename] = _read_member(archive, info, limits, total)
            total += len(contents[info.filename])
    return contents


def _check_name(name: str, what: str = "file name", path: str = "") -> None:
    """Refuse a name that could point outside a folder if it were ever used as a path."""
    shown = json.dumps(name if len(name) <= 80 else name[:79] + "…", ensure_ascii=False)
    if not name or "\x00" in name or any(ord(c) < 32 for c in name):
        raise _fail(f"unsafe {what} {shown} (empty or control characters)", path)
    if "\\" in name:
        raise _fail(f"unsafe {what} {shown} (backslash)", path)
    if name.startswith("/") or re.match(r"[A-Za-z]:", name):
        raise _fail(f"unsafe {what} {shown} (absolute path)", path)
    parts = name.split("/")
    if any(part in ("..", ".") for part in parts):
        raise _fail(f"unsafe {what} {shown} (leaves its folder)", path)


def _expected_member(name: str) -> bool:
    return (
        name in (_MANIFEST, _DOCUMENT, _KIT)
        or bool(_IMAGE_MEMBER.fullmatch(name))
        or bool(_KIT_FILE.fullmatch(name))
    )


def _read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, total_before: int
) -> bytes:
    name = info.filename
    if info.file_size > limits.max_member_bytes:
        raise _fail(f"too large ({info.file_size} bytes; at most {limits.max_member_bytes})", name)
    chunks: list[bytes] = []
    count = 0
    compressed = max(info.compress_size, 1)
    try:
        with archive.open(info) as member:
            while True:
                chunk = member.read(_CHUNK)
                if not chunk:
                    break
                count += len(chunk)
                if count > limits.max_member_bytes or count > info.file_size:
                    raise _fail(
                        f"decompresses to more than its header says or than "
                        f"{limits.max_member_bytes} bytes (a zip bomb?)",
                        name,
                    )
                if total_before + count > limits.max_total_bytes:
                    raise _fail(
                        f"the package decompresses to more than {limits.max_total_bytes} bytes "
                        "(a zip bomb?)",
                        name,
                    )
                if count > limits.ratio_floor and count / compressed > limits.max_ratio:
                    raise _fail(
                        f"compressed more than {limits.max_ratio:g} to 1 (a zip bomb?)", name
                    )
                chunks.append(chunk)
    except PackageError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
    ) as err:
        raise _fail(f"damaged or truncated ({err})", name) from None
    return b"".join(chunks)


def _json_object(data: bytes, name: str) -> dict[str, Any]:
    try:
        value = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise _fail("not UTF-8 text", name) from None
    except (ValueError, RecursionError) as err:
        raise _fail(f"invalid JSON ({str(err).splitlines()[0]})", name) from None
    if not isinstance(value, dict):
        raise _fail(f"expected a JSON object, got {type(value).__name__}", name)
    return value


def _field(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], path: str) -> Any:
    if key not in obj:
        raise _fail("missing required field", f"{path}.{key}")
    value = obj[key]
    if not isinstance(value, kind) or isinstance(value, bool) and kind is int:
        raise _fail(f"expected {_kind_name(kind)}, got {type(value).__name__}", f"{path}.{key}")
    return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {dict: "an object", list: "a list", str: "a string", int: "an integer"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


@dataclass
class _Manifest:
    document_id: str
    images: dict[str, str]
    kit_name: str | None
    kit_files: list[str]


def _check_manifest(contents: dict[str, bytes]) -> _Manifest:
    manifest = _json_object(contents[_MANIFEST], _MANIFEST)
    where = "manifest"
    if manifest.get("format") != FORMAT_NAME:
        raise _fail(f'not a Taqrir package (expected "{FORMAT_NAME}")', f"{where}.format")
    version = _field(manifest, "format_version", int, where)
    if version > FORMAT_VERSION:
        raise _fail(
            f"package format version {version} is newer than this version of Taqrir reads "
            f"({FORMAT_VERSION}); update Taqrir to import it",
            f"{where}.format_version",
        )
    if version < 1:
        raise _fail(f"unknown package format version {version}", f"{where}.format_version")
    files = _field(manifest, "files", dict, where)
    for name, data in contents.items():
        if name == _MANIFEST:
            continue
        entry = files.get(name)
        if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str):
            raise _fail("a file the manifest does not list (with its sha256)", f"{where}.files")
        if hashlib.sha256(data).hexdigest() != entry["sha256"].lower():
            raise _fail("checksum does not match the manifest (damaged package)", name)
    for name in files:
        if name not in contents:
            raise _fail(f"manifest lists {json.dumps(name)}, which the package lacks", where)
    if _DOCUMENT not in contents:
        raise _fail("not a Taqrir package (no document.json)")
    document = _field(manifest, "document", dict, where)
    document_id = _field(document, "id", str, f"{where}.document")
    if not _DOCUMENT_ID.fullmatch(document_id):
        raise _fail("not a document id (32 hex digits)", f"{where}.document.id")
    images = manifest.get("images", {})
    if not isinstance(images, dict):
        raise _fail("expected an object", f"{where}.images")
    for image_path, member in images.items():
        _check_name(image_path, "image path", f"{where}.images")
        if (
            not isinstance(member, str)
            or member not in contents
            or not member.startswith("images/")
        ):
            raise _fail(
                f"image {json.dumps(image_path, ensure_ascii=False)} has no file in the package",
                f"{where}.images",
            )
    kit = manifest.get("brand_kit")
    kit_name, kit_files = None, []
    if kit is not None:
        if not isinstance(kit, dict):
            raise _fail("expected an object or null", f"{where}.brand_kit")
        kit_name = _field(kit, "name", str, f"{where}.brand_kit")
        kit_files = _field(kit, "files", list, f"{where}.brand_kit")
        if _KIT not in contents:
            raise _fail(f"the brand kit has no {_KIT}", f"{where}.brand_kit")
        for name in kit_files:
            if not isinstance(name, str) or f"brand-kit/{name}" not in contents:
                raise _fail("a kit file the package lacks", f"{where}.brand_kit.files")
    return _Manifest(document_id, dict(images), kit_name, list(kit_files))


def _import(
    library: Library, contents: dict[str, bytes], package_name: str, author: str
) -> ImportResult:
    manifest = _check_manifest(contents)
    try:
        text = contents[_DOCUMENT].decode("utf-8")
    except UnicodeDecodeError:
        raise _fail("not UTF-8 text", _DOCUMENT) from None
    try:
        document = document_from_json(text, _DOCUMENT)
    except DocumentError as err:
        raise PackageError(err.message, err.path, _DOCUMENT) from None
    images = {path: contents[member] for path, member in manifest.images.items()}
    notes: list[str] = []
    kit_imported = None
    kit = None
    if manifest.kit_name is not None:
        try:
            kit_json = contents[_KIT].decode("utf-8")
        except UnicodeDecodeError:
            raise _fail("not UTF-8 text", _KIT) from None
        kit_files = {name: contents[f"brand-kit/{name}"] for name in manifest.kit_files}
        existing = library.brand_kit(manifest.kit_name)
        if existing is None:
            try:
                check_kit_json(kit_json, manifest.kit_name)
            except StoreError as err:
                raise PackageError(err.message, err.path, _KIT) from None
            kit = (manifest.kit_name, kit_json, kit_files)
            kit_imported = manifest.kit_name
        elif existing != (kit_json, kit_files):
            notes.append(
                f"brand kit '{manifest.kit_name}' is already in the library with other "
                "content; the library's kit was kept"
            )
    document_id = manifest.document_id
    copy_of = None
    if _exists(library, document_id):
        copy_of, document_id = document_id, None
        notes.append(f"document {copy_of} is already in the library; imported as a copy")
    note = f"imported from {package_name}" + (f" as a copy of {copy_of}" if copy_of else "")
    new_id = library.add(
        document, author=author, note=note, images=images, document_id=document_id, kit=kit
    )
    return ImportResult(new_id, library.info(new_id).title, copy_of, kit_imported, notes)


def _exists(library: Library, document_id: str) -> bool:
    try:
        return library.resolve(document_id) == document_id
    except StoreError:
        return False
