"""The one error type the document model raises for unreadable or invalid documents."""

from __future__ import annotations


class DocumentError(ValueError):
    """A document that cannot be read, validated or saved.

    ``path`` is the JSON path of the bad field (``blocks[3].rows[2]``), or ``""`` when the
    problem concerns the whole file. ``source`` names the file (or ``"<document>"``).
    ``str(err)`` is always a single line: ``source: path: message``.
    """

    def __init__(self, message: str, path: str = "", source: str = "") -> None:
        self.message = message
        self.path = path
        self.source = source
        super().__init__(str(self))

    def with_source(self, source: str) -> DocumentError:
        return DocumentError(self.message, self.path, source)

    def __str__(self) -> str:
        parts = [part for part in (self.source, self.path, self.message) if part]
        return _single_line(": ".join(parts))


def _single_line(text: str) -> str:
    return " ".join(text.splitlines())
