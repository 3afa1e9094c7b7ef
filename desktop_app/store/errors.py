"""The store's error: one line, like every other Taqrir error."""

from __future__ import annotations

from desktop_app.model.errors import DocumentError


class StoreError(DocumentError):
    """A library, revision, working copy or package problem: ``source: path: message``.

    ``source`` names the library file, the package file or the document; ``path`` the field
    (``query``, ``manifest.files``…) when there is one.
    """

    def with_source(self, source: str) -> StoreError:
        return type(self)(self.message, self.path, source)


class LibraryLockedError(StoreError):
    """The library is open for writing in another window."""


class LibraryNeedsUpgradeError(StoreError):
    """A library of an earlier schema version opened read-only: open it for writing."""


class ReadOnlyDocumentError(StoreError):
    """A final document was saved without being reopened."""


class PackageError(StoreError):
    """A document package that cannot be read, is hostile or is too new."""
