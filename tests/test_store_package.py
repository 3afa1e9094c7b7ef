"""Document packages: export, import, conflicts, and every kind of hostile or broken zip."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest

from desktop_app.model import Image
from desktop_app.store import Library, PackageError
from desktop_app.store.package import Limits, export_package, import_package

from .store_helpers import text_document

KIT = json.dumps({"format": "taqrir-brand-kit", "schema_version": 1, "logo": "logo.svg"})


@pytest.fixture
def library(tmp_path):
    with Library.open(tmp_path / "lib" / "library.sqlite3") as opened:
        yield opened


def listing(root):
    """Every file under ``root`` but the library's own, with its size and content hash."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith("library.sqlite3")
    }


def exported(library, tmp_path):
    document = text_document("نشرة", "نص النشرة")
    document.brand_kit = "maison"
    document.blocks.append(Image("images/chart.png"))
    library.put_brand_kit("maison", KIT, {"logo.svg": b"<svg/>"})
    doc_id = library.add(document, images={"images/chart.png": b"\x89PNG fake"})
    package = export_package(library, doc_id, tmp_path / "nashra.taqrir.zip")
    return doc_id, package


def test_a_package_holds_the_document_its_images_its_kit_and_a_manifest(library, tmp_path):
    doc_id, package = exported(library, tmp_path)
    with zipfile.ZipFile(package) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        for name, entry in manifest["files"].items():
            assert hashlib.sha256(archive.read(name)).hexdigest() == entry["sha256"]
    assert {"manifest.json", "document.json", "brand-kit/kit.json", "brand-kit/logo.svg"} <= names
    assert manifest["format"] == "taqrir-package" and manifest["format_version"] == 1
    assert manifest["document"]["id"] == doc_id
    assert manifest["images"]["images/chart.png"] in names


def test_import_into_another_library_keeps_the_id(tmp_path, library):
    doc_id, package = exported(library, tmp_path)
    with Library.open(tmp_path / "other" / "library.sqlite3") as other:
        result = import_package(other, package, author="سناء")
        assert (result.document_id, result.copy_of, result.kit) == (doc_id, None, "maison")
        assert other.load(doc_id).metadata.title == "نشرة"
        assert other.images(doc_id) == {"images/chart.png": b"\x89PNG fake"}
        assert other.brand_kit("maison") == (KIT, {"logo.svg": b"<svg/>"})
        assert "imported from nashra.taqrir.zip" in other.revisions(doc_id)[0].note
        assert other.search("النشرة")[0].document_id == doc_id


def test_a_conflicting_id_is_imported_as_a_copy_and_the_original_is_untouched(library, tmp_path):
    doc_id, package = exported(library, tmp_path)
    library.save(doc_id, text_document("نشرة معدلة", "تغيير"))
    before = library.revisions(doc_id)
    result = import_package(library, package)
    assert result.copy_of == doc_id and result.document_id != doc_id
    assert any("imported as a copy" in note for note in result.notes)
    assert library.revisions(doc_id) == before
    assert library.load(doc_id).metadata.title == "نشرة معدلة"
    assert library.load(result.document_id).metadata.title == "نشرة"


def test_a_kit_of_the_same_name_with_other_content_is_kept(library, tmp_path):
    _doc_id, package = exported(library, tmp_path)
    library.put_brand_kit("maison", KIT, {"logo.svg": b"<svg>changed</svg>"})
    result = import_package(library, package)
    assert result.kit is None
    assert any("library's kit was kept" in note for note in result.notes)
    assert library.brand_kit("maison")[1] == {"logo.svg": b"<svg>changed</svg>"}


# Hostile and broken packages.


def build(path, members, manifest=None, *, version=1, document_id="e" * 32, raw_names=()):
    files = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in members.items()
    }
    if manifest is None:
        manifest = {
            "format": "taqrir-package",
            "format_version": version,
            "document": {"id": document_id, "title": "وثيقة"},
            "images": {},
            "brand_kit": None,
            "files": files,
        }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if manifest is not False:
            text = manifest if isinstance(manifest, str) else json.dumps(manifest)
            archive.writestr("manifest.json", text)
        for name, data in members.items():
            archive.writestr(name, data)
        for name, data in raw_names:
            archive.writestr(name, data)
    return path


def document_bytes(title="وثيقة"):
    from desktop_app.model import document_to_json

    return document_to_json(text_document(title, "نص")).encode()


def rejected(library, tmp_path, package, match, limits=None):
    before = listing(tmp_path)
    documents = library.documents()
    with pytest.raises(PackageError) as error:
        import_package(library, package, limits=limits)
    message = str(error.value)
    assert "\n" not in message
    assert str(package) in message
    assert match in message, message
    assert listing(tmp_path) == before  # nothing written outside the library
    assert library.documents() == documents  # nor inside it
    assert library.integrity_check() == "ok"
    return message


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../evil.json", "leaves its folder"),
        ("images/../../evil.json", "leaves its folder"),
        ("/etc/evil.json", "absolute path"),
        ("C:/Windows/evil.json", "absolute path"),
        ("c:evil.json", "absolute path"),
        ("images\\..\\evil.json", "backslash"),
        ("..\\evil.json", "backslash"),
    ],
)
def test_zip_slip_names_are_refused(library, tmp_path, name, reason):
    package = build(
        tmp_path / "slip.taqrir.zip",
        {"document.json": document_bytes()},
        raw_names=[(name, b"owned")],
    )
    rejected(library, tmp_path, package, reason)


def test_unexpected_files_are_refused(library, tmp_path):
    package = build(
        tmp_path / "extra.taqrir.zip",
        {"document.json": document_bytes(), "run.sh": b"rm -rf"},
    )
    rejected(library, tmp_path, package, "run.sh: unexpected file")


def test_a_zip_bomb_is_stopped_by_the_compression_ratio(library, tmp_path):
    member = "images/" + "0" * 64 + ".png"
    package = build(
        tmp_path / "bomb.taqrir.zip",
        {"document.json": document_bytes(), member: b"\0" * (64 * 2**20)},
    )
    assert package.stat().st_size < 200_000
    rejected(library, tmp_path, package, "compressed more than 200 to 1")


def test_a_zip_bomb_is_stopped_by_the_total_size(library, tmp_path):
    members = {"document.json": document_bytes()}
    for index in range(5):
        members[f"images/{index:064x}.png"] = bytes(range(256)) * 4096  # 1 MiB each
    package = build(tmp_path / "big.taqrir.zip", members)
    limits = Limits(max_total_bytes=3 * 2**20)
    rejected(library, tmp_path, package, "decompresses to more than 3145728 bytes", limits)


def test_a_header_that_understates_the_size_is_caught_on_the_real_bytes(library, tmp_path):
    member = "images/" + "1" * 64 + ".png"
    data = bytes(range(256)) * 2048
    package = build(tmp_path / "liar.taqrir.zip", {"document.json": document_bytes(), member: data})
    raw = bytearray(package.read_bytes())
    # Rewrite the uncompressed size the local header and the central directory give.
    with zipfile.ZipFile(package) as archive:
        info = archive.getinfo(member)
    small = (1000).to_bytes(4, "little")
    raw[info.header_offset + 22 : info.header_offset + 26] = small
    position = raw.find(b"PK\x01\x02")
    while position >= 0:
        length = int.from_bytes(raw[position + 28 : position + 30], "little")
        if raw[position + 46 : position + 46 + length] == member.encode():
            raw[position + 24 : position + 28] = small
        position = raw.find(b"PK\x01\x02", position + 4)
    package.write_bytes(bytes(raw))
    with zipfile.ZipFile(package) as archive:
        assert archive.getinfo(member).file_size == 1000  # what the header now claims
    # zipfile hands out no more than the header claims; the bytes it held back make the
    # CRC fail, so the member is refused without ever being held whole.
    rejected(library, tmp_path, package, f"{member}: damaged or truncated (Bad CRC-32")


def test_a_truncated_zip_is_refused(library, tmp_path):
    _doc_id, package = exported(library, tmp_path)
    truncated = tmp_path / "truncated.taqrir.zip"
    truncated.write_bytes(package.read_bytes()[: package.stat().st_size // 2])
    rejected(library, tmp_path, truncated, "not a zip file, or damaged or truncated")


def test_a_file_that_is_not_a_zip_is_refused(library, tmp_path):
    other = tmp_path / "notes.taqrir.zip"
    other.write_text("plain text", encoding="utf-8")
    rejected(library, tmp_path, other, "not a Taqrir package")


def test_a_wrong_checksum_is_refused(library, tmp_path):
    package = tmp_path / "tampered.taqrir.zip"
    good = document_bytes()
    manifest = {
        "format": "taqrir-package",
        "format_version": 1,
        "document": {"id": "e" * 32},
        "files": {"document.json": {"sha256": hashlib.sha256(good).hexdigest()}},
    }
    build(package, {"document.json": document_bytes("وثيقة مزورة")}, manifest)
    rejected(library, tmp_path, package, "document.json: checksum does not match the manifest")


def test_a_missing_manifest_is_refused(library, tmp_path):
    package = build(tmp_path / "bare.taqrir.zip", {"document.json": document_bytes()}, False)
    rejected(library, tmp_path, package, "no manifest.json")


def test_a_newer_format_version_is_named(library, tmp_path):
    package = build(tmp_path / "new.taqrir.zip", {"document.json": document_bytes()}, version=9)
    rejected(library, tmp_path, package, "package format version 9 is newer than this version")


@pytest.mark.parametrize(
    ("manifest", "match"),
    [
        ("[1, 2]", "manifest.json: expected a JSON object, got list"),
        ("{not json", "manifest.json: invalid JSON"),
        ({"format": "taqrir-package", "format_version": "1"}, "format_version: expected an"),
        ({"format": "zip", "format_version": 1}, "manifest.format: not a Taqrir package"),
        ({"format": "taqrir-package", "format_version": 1}, "manifest.files: missing required"),
    ],
)
def test_a_manifest_of_the_wrong_shape_is_refused(library, tmp_path, manifest, match):
    package = build(tmp_path / "shape.taqrir.zip", {"document.json": document_bytes()}, manifest)
    rejected(library, tmp_path, package, match)


def test_a_document_of_the_wrong_shape_is_refused_naming_the_field(library, tmp_path):
    data = json.loads(document_bytes())
    data["blocks"][1]["runs"] = "not a list"
    package = build(
        tmp_path / "doc.taqrir.zip", {"document.json": json.dumps(data).encode("utf-8")}
    )
    rejected(library, tmp_path, package, "document.json: blocks[1].runs: expected a list")


def test_a_bad_document_id_is_refused(library, tmp_path):
    package = build(
        tmp_path / "id.taqrir.zip", {"document.json": document_bytes()}, document_id="../x"
    )
    rejected(library, tmp_path, package, "manifest.document.id: not a document id")


def test_the_library_keeps_working_after_a_refused_package(library, tmp_path):
    package = build(tmp_path / "bare.taqrir.zip", {"document.json": document_bytes()}, False)
    with pytest.raises(PackageError):
        import_package(library, package)
    good = build(tmp_path / "good.taqrir.zip", {"document.json": document_bytes()})
    assert import_package(library, good).document_id == "e" * 32


def test_a_device_or_fifo_is_not_read_as_a_package(library, tmp_path):
    import os

    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    with pytest.raises(PackageError, match="/dev/zero: not a regular file"):
        import_package(library, "/dev/zero")
    fifo = tmp_path / "pipe.taqrir.zip"
    os.mkfifo(fifo)
    with pytest.raises(PackageError, match="cannot open|not a regular file"):
        import_package(library, fifo, limits=Limits())
    assert library.documents() == []


def test_an_export_never_overwrites_the_library(library, tmp_path):
    from desktop_app.store import StoreError

    doc_id = library.add(text_document("وثيقة", "نص"))
    for name in ("library.sqlite3", "library.sqlite3-wal", "library.sqlite3.lock"):
        with pytest.raises(StoreError, match="would overwrite the library itself"):
            export_package(library, doc_id, library.path.with_name(name))
    assert library.integrity_check() == "ok" and library.load(doc_id).metadata.title == "وثيقة"


def test_damaged_member_data_is_refused(library, tmp_path):
    _doc_id, package = exported(library, tmp_path)
    raw = bytearray(package.read_bytes())
    with zipfile.ZipFile(package) as archive:
        info = archive.getinfo("document.json")
    data_start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(10, 20):
        raw[data_start + offset] ^= 0xFF
    damaged = tmp_path / "damaged.taqrir.zip"
    damaged.write_bytes(bytes(raw))
    with Library.open(tmp_path / "other" / "library.sqlite3") as other:
        rejected(other, tmp_path, damaged, "document.json: damaged or truncated")


def test_a_member_given_twice_is_refused(library, tmp_path):
    import warnings

    package = tmp_path / "twice.taqrir.zip"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        build(
            package,
            {"document.json": document_bytes()},
            raw_names=[("document.json", document_bytes("أخرى"))],
        )
    rejected(library, tmp_path, package, "document.json: file given twice")


@pytest.mark.parametrize("image_path", ["../../outside.png", "/etc/logo.png", "C:\\logo.png"])
def test_image_paths_that_leave_the_document_are_refused(library, tmp_path, image_path):
    member = "images/" + "2" * 64 + ".png"
    members = {"document.json": document_bytes(), member: b"\x89PNG"}
    files = {name: {"sha256": hashlib.sha256(data).hexdigest()} for name, data in members.items()}
    manifest = {
        "format": "taqrir-package",
        "format_version": 1,
        "document": {"id": "e" * 32},
        "images": {image_path: member},
        "files": files,
    }
    package = build(tmp_path / "paths.taqrir.zip", members, manifest)
    rejected(library, tmp_path, package, "manifest.images: unsafe image path")


def test_images_named_outside_the_document_folder_travel_under_their_member_name(library, tmp_path):
    document = text_document("نشرة", "نص")
    document.blocks += [Image("../shared/logo.png"), Image("/srv/chart.png"), Image("ok.png")]
    images = {"../shared/logo.png": b"logo", "/srv/chart.png": b"chart", "ok.png": b"ok"}
    doc_id = library.add(document, images=images)
    package = export_package(library, doc_id, tmp_path / "paths.taqrir.zip")
    with Library.open(tmp_path / "other" / "library.sqlite3") as other:
        import_package(other, package)
        paths = [block.path for block in other.load(doc_id).blocks if isinstance(block, Image)]
        stored = other.images(doc_id)
    assert paths[2] == "ok.png"
    assert all(path.startswith("images/") for path in paths[:2])
    assert [stored[path] for path in paths] == [b"logo", b"chart", b"ok"]
    assert library.load(doc_id).blocks[2].path == "../shared/logo.png"  # the library's own
