"""The library's contents as files for the export engine, and who is writing."""

from __future__ import annotations

import getpass
from pathlib import Path, PurePosixPath

from .library import Library


def write_document_images(library: Library, document_id: str, folder: Path) -> Path | None:
    """Write the document's stored images under ``folder`` by the relative paths its
    image blocks give, so that an export with ``folder`` as its base finds them. Paths
    that would leave ``folder`` are skipped. Returns ``folder``, or None without images."""
    images = library.images(document_id)
    if not images:
        return None
    for name, data in images.items():
        relative = PurePosixPath(name.replace("\\", "/"))
        if relative.is_absolute() or ".." in relative.parts:
            continue
        target = folder.joinpath(*relative.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder


def current_user() -> str:
    """The login name, as the author of a revision; empty when the system has none."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""
