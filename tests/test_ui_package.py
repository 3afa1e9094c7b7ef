"""``taqrir FILE`` with a document package: the window imports it into the library and
opens it, images included; a damaged package is named and the window goes on."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image as PILImage

from desktop_app.cli import _opens_the_window, _parser
from desktop_app.model import Image
from desktop_app.store import Library
from desktop_app.store.package import export_package

from .pdf_text import normalise, pdftotext
from .store_helpers import text_document


def png(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (40, 20), colour).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A package made in another library: a bulletin with a photo."""
    document = text_document("نشرة القطاع", "ارتفعت الصادرات خلال شهر نونبر.")
    document.blocks.append(Image("photos/atelier.png"))
    with Library.open(tmp_path / "theirs" / "library.sqlite3") as theirs:
        doc_id = theirs.add(document, images={"photos/atelier.png": png((200, 30, 30))})
        return export_package(theirs, doc_id, tmp_path / "bulletin.taqrir.zip")


@pytest.fixture
def library(tmp_path: Path):
    with Library.open(tmp_path / "ours" / "library.sqlite3") as ours:
        yield ours


def test_the_command_line_hands_a_package_to_the_window() -> None:
    assert _opens_the_window(["bulletin.taqrir.zip"], _parser())
    assert not _opens_the_window(["export", "bulletin.taqrir.json"], _parser())


def test_a_package_opens_into_the_library_with_its_images(
    qtbot, make_window, tmp_path: Path, package: Path, library: Library
) -> None:
    window = make_window(library=library)
    assert window.open_path(package), window.last_message
    qtbot.waitUntil(lambda: not window.preview.busy, timeout=20000)
    assert window.preview.last_error == ""
    assert window.pages.currentWidget() is window.workspace
    assert [info.title for info in library.documents()] == ["نشرة القطاع"]
    assert window.document_id == library.documents()[0].id
    assert window.preview.last_error == ""

    target = tmp_path / "bulletin.pdf"
    job = window.export_to(target)
    qtbot.waitUntil(job.isFinished, timeout=20000)
    assert target.exists(), window.last_message
    assert "ارتفعت الصادرات خلال شهر نونبر." in normalise(pdftotext(target))
    import pymupdf

    with pymupdf.open(target) as pdf:
        assert sum(len(page.get_images()) for page in pdf) == 1  # the photo came along

    assert window.open_path(package)  # a second time: a copy, and the window says so
    assert len(library.documents()) == 2
    assert "imported as a copy" in window.last_message
    window.close()


def test_a_damaged_package_is_named_and_the_window_goes_on(
    qtbot, make_window, tmp_path: Path, package: Path, library: Library
) -> None:
    window = make_window(library=library)
    damaged = tmp_path / "damaged.taqrir.zip"
    damaged.write_bytes(package.read_bytes()[:300])
    assert not window.open_path(damaged)
    assert str(damaged) in window.last_message
    assert library.documents() == []
    assert window.open_path(package)  # still working
    window.close()


def test_without_a_library_a_package_is_refused_by_name(make_window, package: Path) -> None:
    window = make_window(library=None)
    assert not window.open_path(package)
    assert str(package) in window.last_message
    assert "library" in window.last_message
    window.close()
