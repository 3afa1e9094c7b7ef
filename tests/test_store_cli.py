"""`taqrir library …`: the library from the command line, one-line errors, exit status 2."""

from __future__ import annotations

import json
import zipfile

import pytest

from desktop_app import cli
from desktop_app.model import document_to_json
from desktop_app.store import Library

from .store_helpers import text_document


@pytest.fixture
def library_path(tmp_path, monkeypatch):
    path = tmp_path / "lib" / "library.sqlite3"
    monkeypatch.setenv("TAQRIR_LIBRARY", str(path))
    return path


def write(path, document):
    path.write_text(document_to_json(document), encoding="utf-8")
    return path


def run(capsys, *args):
    code = cli.main(["library", *args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(capsys, *args, words=()):
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("taqrir: error: "), err
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def test_add_list_search_revisions_restore(capsys, tmp_path, library_path):
    first = write(tmp_path / "a.taqrir.json", text_document("تقرير الميزانية", "الميزانيّة العامة"))
    code, out, _ = run(capsys, "add", str(first), "--author", "سناء", "--note", "أول")
    assert code == 0
    doc_id = out.split()[0]
    assert len(doc_id) == 32
    code, out, _ = run(capsys, "list")
    assert code == 0 and doc_id[:12] in out and "تقرير الميزانية" in out
    code, out, _ = run(capsys, "search", "الميزانية")
    assert code == 0 and doc_id[:12] in out and "[الميزانيّة]" in out
    second = write(tmp_path / "b.taqrir.json", text_document("تقرير الميزانية", "نص جديد"))
    code, out, _ = run(capsys, "save", doc_id[:8], str(second))
    assert code == 0 and "revision 2" in out
    code, out, _ = run(capsys, "revisions", doc_id)
    assert code == 0 and out.count("\n") == 2 and "سناء  أول" in out
    code, out, _ = run(capsys, "compare", doc_id, "1", "2")
    assert code == 0 and "~ [1→1] نص جديد" in out
    code, out, _ = run(capsys, "restore", doc_id, "1")
    assert code == 0 and "restored as revision 3" in out
    with Library.open(library_path) as library:
        assert library.load(doc_id).blocks[1].runs[0].text == "الميزانيّة العامة"


def test_the_library_flag_overrides_the_environment(capsys, tmp_path, library_path):
    other = tmp_path / "other.sqlite3"
    document = write(tmp_path / "a.taqrir.json", text_document("تقرير", "نص"))
    assert run(capsys, "add", str(document), "--library", str(other))[0] == 0
    assert run(capsys, "--library", str(other), "list")[1].count("\n") == 1
    assert run(capsys, "list")[1] == "the library is empty\n"
    assert not library_path.exists() or library_path.parent.is_dir()


def test_export_and_import_a_package(capsys, tmp_path, library_path):
    source = tmp_path / "doc"
    source.mkdir()
    document = text_document("نشرة", "نص")
    data = json.loads(document_to_json(document))
    data["blocks"].append({"type": "image", "path": "chart.png"})
    (source / "chart.png").write_bytes(b"\x89PNG fake")
    path = source / "n.taqrir.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    doc_id = run(capsys, "add", str(path))[1].split()[0]
    package = tmp_path / "n.taqrir.zip"
    code, out, _ = run(capsys, "export-package", doc_id, "-o", str(package))
    assert code == 0 and out.strip() == str(package)
    assert zipfile.ZipFile(package).testzip() is None
    code, out, _ = run(capsys, "import-package", str(package))
    assert code == 0 and "imported as a copy" in out
    other = tmp_path / "other.sqlite3"
    code, out, _ = run(capsys, "import-package", str(package), "--library", str(other))
    assert code == 0 and out.split()[0] == doc_id and "note:" not in out
    with Library.open(other) as library:
        assert library.images(doc_id) == {"chart.png": b"\x89PNG fake"}


def test_reopen_makes_a_final_document_editable(capsys, tmp_path, library_path):
    final = text_document("تقرير", "نص")
    final.metadata.status = "final"
    doc_id = run(capsys, "add", str(write(tmp_path / "f.taqrir.json", final)))[1].split()[0]
    draft = write(tmp_path / "d.taqrir.json", text_document("تقرير", "تعديل"))
    one_line_error(capsys, "save", doc_id, str(draft), words=["final and read-only", doc_id])
    code, out, _ = run(capsys, "reopen", doc_id)
    assert code == 0 and "draft revision 2" in out
    assert run(capsys, "save", doc_id, str(draft))[0] == 0


def test_bad_input_is_one_line_with_exit_status_2(capsys, tmp_path, library_path):
    good = write(tmp_path / "a.taqrir.json", text_document("تقرير", "نص"))
    doc_id = run(capsys, "add", str(good))[1].split()[0]
    one_line_error(capsys, "add", str(tmp_path / "missing.json"), words=["file not found"])
    broken = tmp_path / "broken.taqrir.json"
    broken.write_text('{"format": "taqrir-document", "schema_version": 2, "blocks": 3}')
    one_line_error(capsys, "add", str(broken), words=[str(broken), "blocks: expected a list"])
    one_line_error(capsys, "revisions", "ffff0000", words=["no document 'ffff0000'"])
    one_line_error(capsys, "restore", doc_id, "7", words=["has no revision 7"])
    one_line_error(capsys, "search", "«»", words=["query: nothing to search for"])
    not_zip = tmp_path / "x.taqrir.zip"
    not_zip.write_text("text")
    one_line_error(capsys, "import-package", str(not_zip), words=[str(not_zip), "not a zip"])
    one_line_error(
        capsys,
        "export-package",
        doc_id,
        "-o",
        str(tmp_path / "no" / "x.zip"),
        words=["cannot write the package"],
    )
    image_doc = json.loads(good.read_text(encoding="utf-8"))
    image_doc["blocks"].append({"type": "image", "path": "absent.png"})
    with_image = tmp_path / "i.taqrir.json"
    with_image.write_text(json.dumps(image_doc), encoding="utf-8")
    one_line_error(capsys, "add", str(with_image), words=["blocks[2].path", "absent.png"])
    blocked = tmp_path / "file"
    blocked.write_text("x")
    one_line_error(capsys, "list", "--library", str(blocked / "l.sqlite3"), words=["cannot create"])
    with Library.open(library_path):  # another window holds the library
        one_line_error(capsys, "add", str(good), words=["open for writing in another window"])
        assert run(capsys, "list")[0] == 0  # reading is fine meanwhile
    assert len(run(capsys, "list")[1].splitlines()) == 1  # nothing was added by the failures


def test_through_the_entry_point_a_damaged_library_gives_one_line(tmp_path):
    from .test_cli import assert_one_line_error, run_cli

    garbage = tmp_path / "library.sqlite3"
    garbage.write_bytes(b"not a database" * 300)
    result = run_cli("library", "--library", str(garbage), "list", cwd=tmp_path)
    assert_one_line_error(result, str(garbage), "not a Taqrir library")
    assert garbage.read_bytes() == b"not a database" * 300


def test_working_copies_can_be_listed_recovered_and_discarded(capsys, tmp_path, library_path):
    with Library.open(library_path) as library:
        key = library.new_untitled_key()
        library.autosave(key, text_document("مسودة", "لم تحفظ بعد"))
    code, out, _ = run(capsys, "working-copies")
    assert code == 0 and key in out and "untitled" in out and "مسودة" in out
    target = tmp_path / "recovered.taqrir.json"
    code, out, _ = run(capsys, "recover", key, "-o", str(target))
    assert code == 0 and "لم تحفظ بعد" in target.read_text(encoding="utf-8")
    assert run(capsys, "discard", key)[0] == 0
    assert run(capsys, "working-copies")[1] == "no unsaved working copy\n"
    one_line_error(capsys, "discard", key, words=[f"no working copy '{key}'"])


def test_new_minutes_take_over_the_open_actions_of_the_previous_ones(
    capsys, tmp_path, library_path
):
    from .store_helpers import minutes_document

    earlier = minutes_document(
        "مجلس الإدارة", "2025-12-01", [("تقييم البرنامج", "in_progress"), ("تم", "done")]
    )
    first = run(capsys, "add", str(write(tmp_path / "m1.taqrir.json", earlier)))[1].split()[0]
    later = write(tmp_path / "m2.taqrir.json", minutes_document("مجلس الإدارة", "2026-01-10", []))
    code, out, _ = run(capsys, "add", str(later), "--take-over-actions")
    assert code == 0 and f"1 open follow-up action(s) taken over from {first}" in out
    new_id = out.split()[0]
    with Library.open(library_path) as library:
        actions = library.load(new_id).minutes.actions
    assert [(a.action[0].text, a.status) for a in actions] == [("تقييم البرنامج", "in_progress")]
    other = write(tmp_path / "m3.taqrir.json", minutes_document("لجنة", "2026-01-10", []))
    assert "no action taken over" in run(capsys, "add", str(other), "--take-over-actions")[1]
    plain = write(tmp_path / "t.taqrir.json", text_document("تقرير"))
    one_line_error(capsys, "add", str(plain), "--take-over-actions", words=["only minutes"])


def test_a_reading_command_upgrades_an_old_library_first(capsys, tmp_path, library_path):
    from .test_store_migrations import build_v1

    library_path.parent.mkdir()
    build_v1(library_path, [("a" * 32, text_document("تقرير قديم", "الميزانيّة"))])
    code, out, _ = run(capsys, "search", "الميزانية")
    assert code == 0 and "a" * 12 in out and "[الميزانيّة]" in out
    with Library.open(library_path, writer=False) as library:
        assert library.schema_version == 2
