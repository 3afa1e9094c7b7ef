"""A full disk and a read-only data folder: a clear message, nothing lost, the old state kept."""

from __future__ import annotations

import os

import pytest

from desktop_app.model import Paragraph, Run
from desktop_app.store import Library, StoreError
from desktop_app.store.package import export_package, import_package

from .store_helpers import text_document


def big_document(paragraphs=400):
    return text_document("كبير", *(f"فقرة طويلة رقم {i} " * 40 for i in range(paragraphs)))


def snapshot(library, doc_id):
    return (
        library.revisions(doc_id),
        library.load(doc_id),
        {c.key: library.recover(c.key) for c in library.working_copies()},
        library.documents(),
    )


def test_a_full_disk_refuses_the_save_and_keeps_everything(tmp_path):
    with Library.open(tmp_path / "library.sqlite3") as library:
        doc_id = library.add(text_document("تقرير", "محفوظ"))
        library.autosave(doc_id, text_document("تقرير", "نسخة عمل"))
        before = snapshot(library, doc_id)
        pages = library._db.execute("PRAGMA page_count").fetchone()[0]
        library._db.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk is nearly full
        for attempt in (
            lambda: library.save(doc_id, big_document()),
            lambda: library.autosave(doc_id, big_document()),
            lambda: library.add(big_document()),
        ):
            with pytest.raises(StoreError) as error:
                attempt()
            message = str(error.value)
            assert "the disk is full" in message and "nothing was changed" in message
            assert "\n" not in message
            assert snapshot(library, doc_id) == before
        assert library.integrity_check() == "ok"
        library.save(doc_id, text_document("تقرير", "صغير"))  # what fits is still saved
        library._db.execute("PRAGMA max_page_count = 1073741823")  # space freed
        library.save(doc_id, big_document())
        assert [r.number for r in library.revisions(doc_id)] == [1, 2, 3]
    with Library.open(tmp_path / "library.sqlite3") as reopened:
        assert reopened.integrity_check() == "ok"
        assert len(reopened.load(doc_id).blocks) == 401


def test_a_full_disk_refuses_an_import_whole(tmp_path):
    with Library.open(tmp_path / "a" / "library.sqlite3") as source:
        doc_id = source.add(big_document(), images={"i.png": os.urandom(200_000)})
        package = export_package(source, doc_id, tmp_path / "big.taqrir.zip")
    with Library.open(tmp_path / "b" / "library.sqlite3") as library:
        pages = library._db.execute("PRAGMA page_count").fetchone()[0]
        library._db.execute(f"PRAGMA max_page_count = {pages + 20}")
        with pytest.raises(StoreError, match="the disk is full"):
            import_package(library, package)
        assert library.documents() == []
        assert library.integrity_check() == "ok"


def test_a_library_that_turns_read_only_refuses_writes_and_keeps_its_state(tmp_path):
    with Library.open(tmp_path / "library.sqlite3") as library:
        doc_id = library.add(text_document("تقرير", "محفوظ"))
        before = snapshot(library, doc_id)
        library._db.execute("PRAGMA query_only = ON")  # as a medium remounted read-only
        with pytest.raises(StoreError, match="the library is read-only"):
            library.save(doc_id, text_document("تقرير", "جديد"))
        with pytest.raises(StoreError, match="the library is read-only"):
            library.autosave(doc_id, text_document("تقرير", "جديد"))
        library._db.execute("PRAGMA query_only = OFF")
        assert snapshot(library, doc_id) == before


def test_a_library_opened_read_only_refuses_writes(tmp_path):
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        doc_id = library.add(text_document("تقرير", "محفوظ"))
    with Library.open(path, writer=False) as reader:
        document = reader.load(doc_id)
        document.blocks.append(Paragraph([Run("جديد")]))
        for attempt in (
            lambda: reader.save(doc_id, document),
            lambda: reader.autosave(doc_id, document),
            lambda: reader.add(document),
            lambda: reader.discard("x"),
        ):
            with pytest.raises(StoreError, match="the library is open read-only"):
                attempt()
        assert reader.search("محفوظ")[0].document_id == doc_id
    with Library.open(path) as library:
        assert len(library.revisions(doc_id)) == 1


def test_a_data_folder_that_is_a_file_is_named(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StoreError) as error:
        Library.open(blocker / "Taqrir" / "library.sqlite3")
    assert "cannot create the library's folder" in str(error.value)
    assert str(blocker / "Taqrir" / "library.sqlite3") in str(error.value)
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    with pytest.raises(StoreError, match="is a folder, not a library file"):
        Library.open(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_data_folder_is_named_and_the_library_kept(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "library.sqlite3"
    with Library.open(path) as library:
        doc_id = library.add(text_document("تقرير", "محفوظ"))
    (folder / "library.sqlite3.lock").unlink()
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreError, match="permission denied"):
            Library.open(path)
        with pytest.raises(StoreError, match="permission denied"):
            Library.open(folder / "sub" / "library.sqlite3")
    finally:
        folder.chmod(0o755)
    with Library.open(path) as library:
        assert library.load(doc_id).metadata.title == "تقرير"


def test_an_export_to_a_missing_or_blocked_place_is_named(tmp_path):
    with Library.open(tmp_path / "library.sqlite3") as library:
        doc_id = library.add(text_document("تقرير", "محفوظ"))
        with pytest.raises(StoreError, match="cannot write the package"):
            export_package(library, doc_id, tmp_path / "missing" / "x.taqrir.zip")
        with pytest.raises(StoreError, match="cannot write the package"):
            export_package(library, doc_id, tmp_path)
        assert sorted(p.name for p in tmp_path.iterdir()) == [
            "library.sqlite3",
            "library.sqlite3-shm",
            "library.sqlite3-wal",
            "library.sqlite3.lock",
        ]
