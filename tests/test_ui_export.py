"""Export from the window: the PDF is written atomically, the user may open it or its
folder from the status bar, and a failed export names the problem and keeps the old PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from desktop_app.model import Image

from .pdf_text import normalise, pdftotext

SAMPLE = (
    Path(__file__).resolve().parents[1]
    / "resources"
    / "samples"
    / "minutes-comite-suivi.fr.taqrir.json"
)


def export(qtbot, window, target: Path):
    job = window.export_to(target)
    qtbot.waitUntil(job.isFinished, timeout=30000)
    qtbot.wait(20)  # the job's result reaches the window through the event loop
    return job


def test_after_an_export_the_pdf_or_its_folder_opens_on_request(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    assert window.open_path(SAMPLE)
    assert not window.open_export_button.isVisible()
    target = tmp_path / "exports" / "comite.pdf"
    target.parent.mkdir()
    export(qtbot, window, target)
    assert "Bilan des sessions de formation du quatrième trimestre 2025" in normalise(
        pdftotext(target)
    )
    assert [p.name for p in target.parent.iterdir()] == ["comite.pdf"]  # no temporary left
    assert window.open_export_button.isVisible()
    assert str(target) in window.saved_label.text()

    qtbot.mouseClick(window.open_export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.open_export_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(target), str(target.parent)]

    target.unlink()  # moved away meanwhile: said, not attempted
    qtbot.mouseClick(window.open_export_button, Qt.MouseButton.LeftButton)
    assert opened == [str(target), str(target.parent)]
    assert str(target) in window.last_message

    window.new_minutes()  # another document: the buttons belong to the last one
    assert not window.open_export_button.isVisible()


def test_a_failed_export_is_named_and_the_previous_pdf_is_kept(
    qtbot, window, tmp_path: Path
) -> None:
    assert window.open_path(SAMPLE)
    target = tmp_path / "exports" / "comite.pdf"
    target.parent.mkdir()
    target.write_bytes(b"%PDF- the previous export")
    document = window.document()
    document.blocks.append(Image("missing-photo.png"))
    window.minutes_editor.load(document)
    export(qtbot, window, target)
    assert "missing-photo.png" in window.last_message
    assert "\n" not in window.last_message
    assert target.read_bytes() == b"%PDF- the previous export"
    assert [p.name for p in target.parent.iterdir()] == ["comite.pdf"]
    assert window.export_action.isEnabled()  # the window goes on

    assert window.open_path(SAMPLE)
    export(qtbot, window, tmp_path / "no such folder" / "comite.pdf")
    assert "no such folder" in window.last_message


def test_a_preview_that_cannot_be_made_says_why_without_widening_the_pane(qtbot, window) -> None:
    assert window.open_path(SAMPLE)
    qtbot.waitUntil(lambda: window.preview.pages > 0 and not window.preview.busy, timeout=20000)
    width = window.preview.width()
    document = window.document()
    long_name = "photos/" + "très-long-nom-de-fichier-" * 12 + ".png"
    document.blocks.append(Image(long_name))
    window.minutes_editor.load(document)
    qtbot.waitUntil(
        lambda: window.preview.last_error != "" and not window.preview.busy, timeout=20000
    )
    status = window.preview.findChild(QLabel, "previewStatus")
    assert status.text().startswith("No preview: \u2066")
    assert long_name in status.toolTip()
    qtbot.wait(50)
    assert window.preview.width() == width
