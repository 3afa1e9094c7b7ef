"""The library's SQLite schema and its forward migrations (``PRAGMA user_version``).

Version 1: documents, their revisions, brand kits, templates and the autosave journal.
Version 2: images, the search index (FTS5 over normalised text, with the original text
beside it for snippets) and the meeting body and date of minutes, for follow-up actions.

Each migration runs in the transaction that also sets the new ``user_version``: a library
is at one version or the next, never in between. Migrations only ever go forward.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x54515252  # "TQRR"
SCHEMA_VERSION = 2

_V1 = """
CREATE TABLE documents (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    current_revision INTEGER NOT NULL
);
CREATE TABLE revisions (
    doc INTEGER NOT NULL REFERENCES documents(num) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    created TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    json TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (doc, number)
) WITHOUT ROWID;
CREATE TABLE brand_kits (
    name TEXT PRIMARY KEY,
    json TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE brand_kit_files (
    kit TEXT NOT NULL REFERENCES brand_kits(name) ON DELETE CASCADE ON UPDATE CASCADE,
    name TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (kit, name)
) WITHOUT ROWID;
CREATE TABLE templates (
    name TEXT PRIMARY KEY,
    json TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE working_copies (
    key TEXT PRIMARY KEY,
    doc_id TEXT,
    title TEXT NOT NULL DEFAULT '',
    sequence INTEGER NOT NULL,
    saved TEXT NOT NULL,
    json TEXT NOT NULL
);
"""

_V2 = """
ALTER TABLE documents ADD COLUMN body TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN meeting_date TEXT NOT NULL DEFAULT '';
CREATE INDEX documents_body ON documents(body, meeting_date);
CREATE TABLE images (
    doc INTEGER NOT NULL REFERENCES documents(num) ON DELETE CASCADE,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (doc, path)
) WITHOUT ROWID;
CREATE TABLE search_text (
    doc INTEGER PRIMARY KEY REFERENCES documents(num) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE VIRTUAL TABLE search USING fts5(
    title, body, tokenize = "unicode61 remove_diacritics 0"
);
"""


def _to_v1(db: sqlite3.Connection) -> None:
    _run(db, _V1)


def _to_v2(db: sqlite3.Connection) -> None:
    from desktop_app.model import Document, DocumentError, Metadata, document_from_json

    from .library import index_document  # the same code indexes every new save

    _run(db, _V2)
    rows = db.execute(
        "SELECT d.num, d.id, d.title, r.json FROM documents d "
        "JOIN revisions r ON r.doc = d.num AND r.number = d.current_revision"
    ).fetchall()
    for num, doc_id, title, text in rows:
        try:
            document = document_from_json(text, f"document {doc_id}")
        except DocumentError:
            # A damaged revision must not keep the whole library closed: index its title.
            document = Document(metadata=Metadata(title=title))
        index_document(db, num, document)


def _run(db: sqlite3.Connection, script: str) -> None:
    # executescript() would commit the open transaction; run the statements one by one.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _to_v1, 2: _to_v2}
