"""The SQLite document library (no Qt): documents with revisions, autosave and recovery,
search, brand kits, templates, images and document packages. See docs/library.md."""

from __future__ import annotations

from .errors import (
    LibraryLockedError,
    LibraryNeedsUpgradeError,
    PackageError,
    ReadOnlyDocumentError,
    StoreError,
)
from .library import BlockChange, DocumentInfo, Library, Revision, SearchHit, WorkingCopy
from .normalise import normalise
from .paths import ENVIRONMENT_VARIABLE, default_library_path, library_path
from .schema import SCHEMA_VERSION

__all__ = [
    "ENVIRONMENT_VARIABLE",
    "SCHEMA_VERSION",
    "BlockChange",
    "DocumentInfo",
    "Library",
    "LibraryLockedError",
    "LibraryNeedsUpgradeError",
    "PackageError",
    "ReadOnlyDocumentError",
    "Revision",
    "SearchHit",
    "StoreError",
    "WorkingCopy",
    "default_library_path",
    "library_path",
    "normalise",
]
