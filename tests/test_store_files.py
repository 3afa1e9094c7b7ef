"""A library document's images written out for the export: under the folder, by the
paths its blocks give, never outside it."""

from __future__ import annotations

from pathlib import Path

from desktop_app.model import Image
from desktop_app.store import Library
from desktop_app.store.files import write_document_images

from .store_helpers import text_document


def test_images_are_written_by_their_paths_and_never_outside_the_folder(tmp_path: Path) -> None:
    document = text_document("نشرة", "نص")
    for path in ("photos/atelier.png", "../escape.png", "/etc/absolute.png", "logo.png"):
        document.blocks.append(Image(path))
    images = {
        "photos/atelier.png": b"atelier",
        "../escape.png": b"escape",
        "/etc/absolute.png": b"absolute",
        "logo.png": b"logo",
    }
    with Library.open(tmp_path / "library.sqlite3") as library:
        with_images = library.add(document, images=images)
        without = library.add(text_document("محضر", "نص"))
        folder = tmp_path / "out" / "doc"
        assert write_document_images(library, with_images, folder) == folder
        assert write_document_images(library, without, tmp_path / "none") is None
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.png"))
    assert written == ["out/doc/logo.png", "out/doc/photos/atelier.png"]
    assert (folder / "photos" / "atelier.png").read_bytes() == b"atelier"
    assert not (tmp_path / "none").exists()
