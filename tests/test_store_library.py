"""The library: documents, revisions, final documents, working copies, locking, templates."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop_app.model import Paragraph, Run
from desktop_app.store import (
    Library,
    LibraryLockedError,
    ReadOnlyDocumentError,
    StoreError,
    library_path,
)
from desktop_app.store.paths import LIBRARY_FILE_NAME

from .store_helpers import minutes_document, text_document


@pytest.fixture
def library(tmp_path):
    with Library.open(tmp_path / "library.sqlite3") as opened:
        yield opened


def test_a_new_library_uses_wal_and_foreign_keys(library):
    db = library._db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert library.schema_version == 2


def test_the_library_path_comes_from_the_flag_then_the_environment_then_the_data_folder(
    tmp_path,
):
    assert library_path(tmp_path / "a.sqlite3", {"TAQRIR_LIBRARY": "/x"}) == tmp_path / "a.sqlite3"
    assert str(library_path(None, {"TAQRIR_LIBRARY": str(tmp_path / "b")})) == str(tmp_path / "b")
    default = library_path(None, {})
    assert default.name == LIBRARY_FILE_NAME
    assert str(default).startswith(os.environ["XDG_DATA_HOME"])


def test_every_save_is_a_revision_with_author_and_note(library):
    doc_id = library.add(text_document("تقرير", "الفقرة الأولى"), author="سناء", note="أول")
    document = library.load(doc_id)
    document.blocks.append(Paragraph([Run("فقرة ثانية")]))
    revision = library.save(doc_id, document, author="إدريس", note="إضافة")
    assert revision.number == 2
    revisions = library.revisions(doc_id)
    assert [(r.number, r.author, r.note) for r in revisions] == [
        (1, "سناء", "أول"),
        (2, "إدريس", "إضافة"),
    ]
    assert all(r.created for r in revisions)
    assert library.load(doc_id, 1).blocks[-1].runs[0].text == "الفقرة الأولى"
    assert library.load(doc_id).blocks[-1].runs[0].text == "فقرة ثانية"
    assert library.documents()[0].revision == 2


def test_compare_names_the_added_removed_and_changed_blocks(library):
    doc_id = library.add(text_document("تقرير", "أ", "ب", "ج"))
    document = library.load(doc_id)
    document.blocks[1] = Paragraph([Run("أ معدلة")])  # changed
    del document.blocks[2]  # removed «ب»
    document.blocks.append(Paragraph([Run("د")]))  # added
    library.save(doc_id, document)
    changes = library.compare(doc_id, 1, 2)
    summary = [(c.change, c.old_text, c.new_text) for c in changes]
    assert ("changed", "أ", "أ معدلة") in summary
    assert ("removed", "ب", "") in summary or ("changed", "ب", "ج") in summary
    assert any(c.change == "added" and c.new_text == "د" for c in changes)
    assert library.compare(doc_id, 1, 1) == []


def test_restore_makes_a_new_revision(library):
    doc_id = library.add(text_document("تقرير", "قديم"))
    document = library.load(doc_id)
    document.blocks[1] = Paragraph([Run("جديد")])
    library.save(doc_id, document)
    revision = library.restore(doc_id, 1, author="سناء")
    assert revision.number == 3
    assert "restored revision 1" in revision.note
    assert library.load(doc_id).blocks[1].runs[0].text == "قديم"
    assert len(library.revisions(doc_id)) == 3


def test_a_final_document_is_read_only_until_reopened(library):
    document = text_document("تقرير", "نص")
    doc_id = library.add(document)
    document.metadata.status = "final"
    library.save(doc_id, document, note="final")
    document.blocks.append(Paragraph([Run("تعديل")]))
    with pytest.raises(ReadOnlyDocumentError, match="final and read-only; reopen") as error:
        library.save(doc_id, document)
    assert "\n" not in str(error.value) and doc_id in str(error.value)
    with pytest.raises(ReadOnlyDocumentError):
        library.autosave(doc_id, document)
    with pytest.raises(ReadOnlyDocumentError):
        library.restore(doc_id, 1)
    assert len(library.revisions(doc_id)) == 2
    reopened = library.reopen(doc_id, author="سناء")
    assert (reopened.number, reopened.status) == (3, "draft")
    assert library.load(doc_id).metadata.status == "draft"
    library.save(doc_id, library.load(doc_id))
    with pytest.raises(StoreError, match="draft already"):
        library.reopen(doc_id)


def test_ids_may_be_shortened_to_a_unique_prefix(library):
    doc_id = library.add(text_document("تقرير", "نص"))
    assert library.resolve(doc_id[:6]) == doc_id
    with pytest.raises(StoreError, match="no document 'zzzz'"):
        library.resolve("zzzz")


def test_bad_input_gives_one_line_naming_the_field(library):
    doc_id = library.add(text_document("تقرير", "نص"))
    bad = text_document("تقرير", "سطر\nثان")
    with pytest.raises(StoreError) as error:
        library.save(doc_id, bad)
    message = str(error.value)
    assert "\n" not in message and "blocks[1].runs[0]" in message
    with pytest.raises(StoreError, match="author: expected a string"):
        library.save(doc_id, text_document("t"), author=3)
    with pytest.raises(StoreError, match="key: must not be empty"):
        library.autosave(" ", text_document("t"))
    with pytest.raises(StoreError, match="expected a Document"):
        library.add("not a document")
    assert len(library.revisions(doc_id)) == 1  # nothing changed, still usable
    library.save(doc_id, text_document("تقرير", "نص 2"))


def test_working_copies_list_recover_and_discard(library):
    doc_id = library.add(text_document("تقرير", "محفوظ"))
    untitled = library.new_untitled_key()
    assert library.autosave(untitled, text_document("بلا عنوان", "مسودة")) == 1
    assert library.autosave(untitled, text_document("بلا عنوان", "مسودة 2")) == 2
    library.autosave(doc_id, text_document("تقرير", "غير محفوظ"))
    copies = {c.key: c for c in library.working_copies()}
    assert copies[untitled].document_id is None and copies[untitled].sequence == 2
    assert copies[doc_id].document_id == doc_id
    assert library.recover(untitled).blocks[1].runs[0].text == "مسودة 2"
    library.discard(untitled)
    new_id = library.add(library.recover(doc_id), working_copy=None)
    assert new_id != doc_id
    library.save(doc_id, library.recover(doc_id))  # an explicit save supersedes it
    assert library.working_copies() == []
    key = library.new_untitled_key()
    library.autosave(key, text_document("جديد"))
    library.add(library.recover(key), working_copy=key)
    assert library.working_copies() == []
    with pytest.raises(StoreError, match="no working copy"):
        library.recover(key)


def test_a_second_writer_is_told_who_holds_the_library(tmp_path):
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as first:
        first.add(text_document("تقرير"))
        with pytest.raises(LibraryLockedError) as error:
            Library.open(path)
        assert f"is open for writing in another window (pid {os.getpid()})" in str(error.value)
        with Library.open(path, writer=False) as reader:  # readers are welcome
            assert len(reader.documents()) == 1
            with pytest.raises(StoreError, match="read-only"):
                reader.add(text_document("x"))
    with Library.open(path) as again:  # released on close
        assert len(again.documents()) == 1


def test_a_second_process_cannot_write_while_the_first_holds_the_library(tmp_path):
    path = tmp_path / "library.sqlite3"
    script = (
        "import sys\nfrom desktop_app.store import Library, StoreError\n"
        "try:\n    Library.open(sys.argv[1])\nexcept StoreError as e:\n    print(e)\n"
        "else:\n    print('opened')\n"
    )
    with Library.open(path):
        out = subprocess.run(
            [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
        )
        assert f"open for writing in another window (pid {os.getpid()})" in out.stdout
    out = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "opened"


def test_a_stale_lock_of_a_dead_window_is_taken_over(tmp_path):
    path = tmp_path / "library.sqlite3"
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import os,sys\nfrom desktop_app.store import Library\n"
            "Library.open(sys.argv[1])\nprint('ready', flush=True)\nos.kill(os.getpid(), 9)\n",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "ready"
    child.wait()
    assert (tmp_path / "library.sqlite3.lock").read_text().strip() == str(child.pid)
    with Library.open(path) as library:
        assert (tmp_path / "library.sqlite3.lock").read_text().strip() == str(os.getpid())
        assert library.integrity_check() == "ok"


def test_templates_and_brand_kits(library):
    library.put_template("محضر فارغ", minutes_document("مجلس الإدارة", "2026-01-10", []))
    assert library.templates() == ["محضر فارغ"]
    assert library.template("محضر فارغ").minutes.body == "مجلس الإدارة"
    kit = '{"format": "taqrir-brand-kit", "schema_version": 1, "logo": "logo.svg"}'
    library.put_brand_kit("maison", kit, {"logo.svg": b"<svg/>"})
    assert library.brand_kit("maison") == (kit, {"logo.svg": b"<svg/>"})
    assert library.brand_kit("other") is None
    with pytest.raises(StoreError, match="not a brand kit"):
        library.put_brand_kit("bad", "{}")
    with pytest.raises(StoreError, match="no template 'x'"):
        library.template("x")


def test_open_actions_are_taken_over_from_the_previous_minutes_of_the_same_body(library):
    library.add(
        minutes_document(
            "مجلس الإدارة", "2025-06-01", [("إعداد الميزانية", "done"), ("قديم", "planned")]
        )
    )
    previous = library.add(
        minutes_document(
            "مجلس الإدارة",
            "2025-12-01",
            [("تقييم البرنامج", "in_progress"), ("إغلاق الحسابات", "done"), ("زيارة", "planned")],
        )
    )
    library.add(minutes_document("اللجنة التقنية", "2025-12-15", [("أخرى", "planned")]))
    new = minutes_document("مجلس الادارة", "2026-01-10", [("زيارة", "not_started")])
    taken, source = library.take_over_actions(new)
    assert source == previous
    actions = [(a.action[0].text, a.status) for a in taken.minutes.actions]
    assert actions == [("تقييم البرنامج", "in_progress"), ("زيارة", "not_started")]
    first, none = library.take_over_actions(minutes_document("لجنة جديدة", "2026-01-10", []))
    assert none is None and first.minutes.actions == []
    with pytest.raises(StoreError, match="only minutes"):
        library.take_over_actions(text_document("x"))


def test_the_store_imports_neither_qt_nor_reportlab():
    script = (
        "import sys, desktop_app.store, desktop_app.store.package\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'reportlab')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
