"""Schema versions: a library of every earlier version opens and is migrated forward."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.model import document_to_json
from desktop_app.store import SCHEMA_VERSION, Library, StoreError

from .store_helpers import minutes_document, text_document

# Version 1 as it was released, written out here so that later changes to the code cannot
# change what an old library looks like.
V1_SCHEMA = """
CREATE TABLE documents (
    num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL, language TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    created TEXT NOT NULL, updated TEXT NOT NULL, current_revision INTEGER NOT NULL);
CREATE TABLE revisions (
    doc INTEGER NOT NULL REFERENCES documents(num) ON DELETE CASCADE, number INTEGER NOT NULL,
    created TEXT NOT NULL, author TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('draft', 'final')), json TEXT NOT NULL,
    sha256 TEXT NOT NULL, PRIMARY KEY (doc, number)) WITHOUT ROWID;
CREATE TABLE brand_kits (name TEXT PRIMARY KEY, json TEXT NOT NULL, updated TEXT NOT NULL);
CREATE TABLE brand_kit_files (
    kit TEXT NOT NULL REFERENCES brand_kits(name) ON DELETE CASCADE ON UPDATE CASCADE,
    name TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (kit, name)) WITHOUT ROWID;
CREATE TABLE templates (name TEXT PRIMARY KEY, json TEXT NOT NULL, updated TEXT NOT NULL);
CREATE TABLE working_copies (
    key TEXT PRIMARY KEY, doc_id TEXT, title TEXT NOT NULL DEFAULT '',
    sequence INTEGER NOT NULL, saved TEXT NOT NULL, json TEXT NOT NULL);
PRAGMA application_id = 1414615634;
PRAGMA user_version = 1;
"""


def build_v1(path, documents):
    db = sqlite3.connect(path)
    db.executescript(V1_SCHEMA)
    for num, (doc_id, document) in enumerate(documents, start=1):
        text = document if isinstance(document, str) else document_to_json(document)
        db.execute(
            "INSERT INTO documents VALUES (?, ?, 't', 'minutes', 'ar', 'draft', "
            "'2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00+00:00', 1)",
            (num, doc_id),
        )
        db.execute(
            "INSERT INTO revisions VALUES (?, 1, '2025-01-01T00:00:00+00:00', 'سناء', '', "
            "'draft', ?, 'x')",
            (num, text),
        )
    db.execute(
        "INSERT INTO working_copies VALUES ('untitled-1', NULL, 'مسودة', 3, '2025-01-01', ?)",
        (document_to_json(text_document("مسودة", "لم تحفظ")),),
    )
    db.commit()
    db.close()


def test_every_earlier_version_is_covered():
    # Version 0 is the empty file; each later version has its own test below.
    assert SCHEMA_VERSION == 2


def test_version_0_an_empty_file_becomes_a_library(tmp_path):
    path = tmp_path / "library.sqlite3"
    path.touch()
    with Library.open(path) as library:
        assert library.schema_version == SCHEMA_VERSION
        assert library.documents() == []


def test_version_1_is_migrated_to_2_with_its_documents_indexed(tmp_path):
    path = tmp_path / "library.sqlite3"
    board = minutes_document("مجلس الإدارة", "2025-12-01", [("تقييم البرنامج", "in_progress")])
    build_v1(path, [("a" * 32, board), ("b" * 32, text_document("تقرير", "الميزانيّة العامة"))])
    with Library.open(path) as library:
        assert library.schema_version == 2
        assert library.integrity_check() == "ok"
        assert [hit.document_id for hit in library.search("الميزانية")] == ["b" * 32]
        assert library.search("مجلس الادارة")[0].document_id == "a" * 32
        assert library.previous_minutes("مجلس الإدارة") == "a" * 32
        new = minutes_document("مجلس الإدارة", "2026-01-10", [])
        taken, _ = library.take_over_actions(new)
        assert [a.status for a in taken.minutes.actions] == ["in_progress"]
        assert [c.key for c in library.working_copies()] == ["untitled-1"]
        assert library.recover("untitled-1").metadata.title == "مسودة"
        library.save("b" * 32, text_document("تقرير", "بعد الترقية"))
        assert [r.number for r in library.revisions("b" * 32)] == [1, 2]
        library.put_image("b" * 32, "logo.png", b"png")
        assert library.images("b" * 32) == {"logo.png": b"png"}


def test_a_damaged_document_does_not_stop_the_migration(tmp_path):
    path = tmp_path / "library.sqlite3"
    build_v1(path, [("c" * 32, '{"format": "taqrir-document"}')])
    with Library.open(path) as library:
        assert library.schema_version == 2
        assert library.search("t")[0].document_id == "c" * 32  # its title is indexed
        with pytest.raises(StoreError, match="schema_version: missing required field"):
            library.load("c" * 32)


def test_a_failed_migration_leaves_the_library_at_its_old_version(tmp_path):
    path = tmp_path / "library.sqlite3"
    build_v1(path, [("d" * 32, text_document("تقرير", "نص"))])
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE search_text (x)")  # in the way of version 2
    db.commit()
    db.close()
    with pytest.raises(StoreError) as error:
        Library.open(path)
    message = str(error.value)
    assert "cannot upgrade the library to version 2" in message
    assert "nothing was changed" in message and "\n" not in message
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = [row[1] for row in db.execute("PRAGMA table_info(documents)")]
    assert "body" not in columns  # the first statements of the migration were rolled back
    assert db.execute("SELECT count(*) FROM revisions").fetchone()[0] == 1
    db.close()
    # and the lock was released: the next attempt gets the same message, not "locked"
    with pytest.raises(StoreError, match="cannot upgrade"):
        Library.open(path)


def test_an_old_library_opened_read_only_asks_to_be_upgraded(tmp_path):
    path = tmp_path / "library.sqlite3"
    build_v1(path, [])
    with pytest.raises(StoreError, match="version 1 needs upgrading to 2"):
        Library.open(path, writer=False)


def test_a_newer_library_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "library.sqlite3"
    Library.open(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 7")
    db.close()
    with pytest.raises(StoreError, match="schema version 7 is newer than this version"):
        Library.open(path)


def test_other_files_are_not_taken_for_a_library(tmp_path):
    other = tmp_path / "other.sqlite3"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE t (x)")
    db.close()
    with pytest.raises(StoreError, match="not a Taqrir library"):
        Library.open(other)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="damaged or is not a Taqrir library"):
        Library.open(garbage)
    assert garbage.read_bytes() == b"this is not a database at all" * 100
