"""The brand kit editor, driven through its widgets: the live preview shows the kit being
edited (its text read back with pdftotext, its colour found in the rendered page), saving
writes a kit file that reads back and can be chosen for documents, and each bad input is
named in one line while the editor keeps what was typed."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QColorDialog

from desktop_app.model.brand_kit import load_brand_kit
from desktop_app.store import Library
from desktop_app.ui.kit_editor import KitEditor
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings

from .pdf_text import normalise, pdftotext
from .test_ui_accessibility import unnamed
from .test_ui_minutes import type_into

NEW_NAME = "Agence régionale de Rabat-Salé"
NEW_COLOUR = "#C01040"


@pytest.fixture
def window(make_window, tmp_path: Path):
    library = Library.open(tmp_path / "data" / "library.sqlite3")
    main = make_window(AppSettings(ui_language="fr"), library)
    yield main
    main.modified = False
    main.close()
    library.close()


def open_editor(qtbot, window: MainWindow) -> KitEditor:
    window.activateWindow()
    qtbot.waitActive(window)
    window.kits_action.trigger()
    editor = window.findChild(KitEditor)
    assert editor is not None and editor.isVisible()
    wait_for_preview(qtbot, editor)
    return editor


def wait_for_preview(qtbot, editor: KitEditor) -> None:
    qtbot.waitUntil(lambda: editor.preview.pages > 0 and not editor.preview.busy, timeout=20000)


def retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_into(qtbot, widget, text)


def colour_pixels(pdf: Path, colour: str, tmp_path: Path) -> int:
    """How many pixels of the first page, rendered by pdftoppm, are ``colour``."""
    out = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(out)],
        check=True,
    )
    image = QImage(str(out) + ".png").convertToFormat(QImage.Format.Format_RGB32)
    target = QColor(colour)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - target.red()) <= 8
                and abs(pixel.green() - target.green()) <= 8
                and abs(pixel.blue() - target.blue()) <= 8
            ):
                count += 1
    return count


def test_the_preview_follows_the_kit_and_the_saved_kit_reads_back(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    editor = open_editor(qtbot, window)
    assert editor.choice.currentData() == "default"
    assert editor.name.text() == ""  # a bundled kit is a template
    first = Path(editor.preview.pdf_path())
    assert "Royaume du Maroc" in normalise(pdftotext(first))
    assert colour_pixels(first, NEW_COLOUR, tmp_path) == 0

    editor.names_fr.setFocus()
    editor.names_fr.selectAll()
    qtbot.keyClick(editor.names_fr, Qt.Key.Key_Delete)
    type_into(qtbot, editor.names_fr, NEW_NAME)
    retype(qtbot, editor.primary, NEW_COLOUR)
    assert editor.error.text() == ""
    with qtbot.waitSignal(editor.preview.updated, timeout=20000):
        pass
    wait_for_preview(qtbot, editor)
    pdf = Path(editor.preview.pdf_path())
    assert NEW_NAME in normalise(pdftotext(pdf))
    assert colour_pixels(pdf, NEW_COLOUR, tmp_path) > 50

    type_into(qtbot, editor.name, "rabat-sale")
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == ["rabat-sale"]
    path = window.kits.folder / "rabat-sale.kit.json"
    assert path.parent == tmp_path / "data" / "kits"
    kit = load_brand_kit(path)
    assert kit.institution.fr == (NEW_NAME,)
    assert kit.institution.ar == ("المملكة المغربية",)
    assert kit.colors.primary == NEW_COLOUR
    assert kit.logo is None
    assert [p.name for p in path.parent.iterdir()] == ["rabat-sale.kit.json"]  # no temp file
    assert window.library.brand_kit("rabat-sale") is not None  # packages carry it
    assert editor.choice.currentData() == "rabat-sale"
    editor.reject()

    # Chosen as the default kit, new documents get it, and their preview shows it.
    dialog = window.settings_dialog()
    dialog.default_kit.setCurrentIndex(dialog.default_kit.findData("rabat-sale"))
    dialog.accept()
    window.new_minutes()
    assert window.document().brand_kit == "rabat-sale"
    qtbot.waitUntil(lambda: window.preview.pages > 0 and not window.preview.busy, timeout=20000)
    assert NEW_NAME in normalise(pdftotext(Path(window.preview.pdf_path())))


def test_a_logo_is_copied_beside_the_saved_kit(qtbot, window: MainWindow, tmp_path: Path) -> None:
    logo = tmp_path / "pictures" / "logo.png"
    logo.parent.mkdir()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#00A000"))
    assert image.save(str(logo))
    editor = open_editor(qtbot, window)
    type_into(qtbot, editor.logo, str(logo))
    assert editor.error.text() == ""
    assert editor.kit is not None and editor.kit.logo is not None
    type_into(qtbot, editor.name, "with-logo")
    assert editor.save()
    kit = load_brand_kit(window.kits.folder / "with-logo.kit.json")
    assert kit.logo is not None
    assert kit.logo.path == window.kits.folder / "with-logo-logo.png"
    assert kit.logo.path.read_bytes() == logo.read_bytes()
    editor.reject()

    # Saved again with a JPEG logo: the PNG of before does not linger beside it.
    jpeg = tmp_path / "pictures" / "logo.jpg"
    assert image.save(str(jpeg), "JPEG")
    data = json.loads((window.kits.folder / "with-logo.kit.json").read_text(encoding="utf-8"))
    window.kits.save("with-logo", data, jpeg)
    logos = sorted(p.name for p in window.kits.folder.glob("with-logo-logo.*"))
    assert logos == ["with-logo-logo.jpg"]
    assert load_brand_kit(window.kits.folder / "with-logo.kit.json").logo.path.suffix == ".jpg"


def test_a_picked_colour_fills_the_hex_field(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args, **kwargs: QColor("#0a7b3e"))
    editor = open_editor(qtbot, window)
    qtbot.mouseClick(editor.accent_button, Qt.MouseButton.LeftButton)
    assert editor.accent.text() == "#0A7B3E"
    assert editor.kit is not None and editor.kit.colors.accent == "#0A7B3E"
    editor.reject()


def test_an_open_document_follows_its_kit_when_the_kit_is_saved(qtbot, window: MainWindow) -> None:
    editor = open_editor(qtbot, window)
    type_into(qtbot, editor.name, "suivi")
    assert editor.save()
    editor.reject()
    window.settings.default_kit = "suivi"
    window.new_minutes()
    qtbot.waitUntil(lambda: window.preview.pages > 0 and not window.preview.busy, timeout=20000)
    assert "Direction du suivi" not in normalise(pdftotext(Path(window.preview.pdf_path())))

    editor = open_editor(qtbot, window)
    assert editor.choice.currentData() == "suivi" and editor.name.text() == "suivi"
    editor.names_fr.setFocus()
    qtbot.keyClick(editor.names_fr, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.names_fr, Qt.Key.Key_Return)
    type_into(qtbot, editor.names_fr, "Direction du suivi")
    with qtbot.waitSignal(window.preview.updated, timeout=20000):
        assert editor.save()
    assert "Direction du suivi" in normalise(pdftotext(Path(window.preview.pdf_path())))
    editor.reject()


def test_an_institution_needs_a_name(qtbot, window: MainWindow) -> None:
    editor = open_editor(qtbot, window)
    editor.names_fr.setFocus()
    editor.names_fr.selectAll()
    qtbot.keyClick(editor.names_fr, Qt.Key.Key_Delete)
    assert editor.error.text().startswith("Institution name in French:")
    assert "at least one line" in editor.error.text()
    assert editor.names_ar.toPlainText() == "المملكة المغربية"
    assert editor.isVisible()
    editor.reject()


def _svg(tmp_path: Path) -> Path:
    svg = tmp_path / "evil.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        "<script>alert(1)</script><rect width='10' height='10'/></svg>"
    )
    return svg


def _not_an_image(tmp_path: Path) -> Path:
    fake = tmp_path / "notes.png"
    fake.write_text("these are meeting notes, not a picture")
    return fake


@pytest.mark.parametrize(
    ("field", "typed", "expected"),
    [
        ("primary", lambda tmp: "#12G", ["Primary colour:", "#12G", "#RRGGBB"]),
        ("accent", lambda tmp: "blue", ["Accent colour:", "blue"]),
        ("logo", lambda tmp: str(tmp / "missing.png"), ["Logo:", "missing.png", "not found"]),
        ("logo", _not_an_image, ["Logo:", "notes.png", "not an image"]),
        ("logo", _svg, ["Logo:", "evil.svg", "not a usable SVG"]),
        ("logo", lambda tmp: "logo.png", ["Logo:", "full path"]),
        ("footer_fr_phone", lambda tmp: "call us", ["Phone (French footer):", "call us"]),
    ],
)
def test_bad_input_is_named_and_the_editor_keeps_it(
    qtbot, window: MainWindow, tmp_path: Path, field: str, typed, expected: list[str]
) -> None:
    editor = open_editor(qtbot, window)
    editor.names_fr.setFocus()
    qtbot.keyClick(editor.names_fr, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, editor.names_fr, " — Rabat")  # typed before the mistake: kept
    wait_for_preview(qtbot, editor)
    shown = editor.preview.pdf_path()
    text = str(typed(tmp_path))
    widgets = {"primary": editor.primary, "accent": editor.accent, "logo": editor.logo}
    widget = widgets.get(field) or editor.footer[("fr", "phone")]
    retype(qtbot, widget, text)

    message = editor.error.text()
    assert all(part in message for part in expected), message
    assert "\n" not in message
    assert widget.text() == text
    assert editor.names_fr.toPlainText() == "Royaume du Maroc — Rabat"
    # Saving is refused with the same message; nothing is written.
    type_into(qtbot, editor.name, "mistake")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.error.text() == message
    assert not (window.kits.folder / "mistake.kit.json").exists()
    # The preview keeps the last good page.
    qtbot.wait(500)
    assert editor.preview.pdf_path() == shown
    editor.reject()


@pytest.mark.parametrize(
    ("name", "expected"),
    [("", "give the kit a new name"), ("default", "bundled"), ("a b", "letters, digits")],
)
def test_a_kit_needs_a_name_of_its_own(qtbot, window, name: str, expected: str) -> None:
    editor = open_editor(qtbot, window)
    if name:
        type_into(qtbot, editor.name, name)
    assert not editor.save()
    assert editor.error.text().startswith("Kit name:")
    assert expected in editor.error.text()
    assert editor.isVisible() and editor.name.text() == name
    assert not window.kits.folder.exists() or not list(window.kits.folder.iterdir())
    editor.reject()


def test_the_open_document_takes_a_kit_from_the_tools_menu(qtbot, window: MainWindow) -> None:
    window.document_kit_menu.aboutToShow.emit()
    assert not window.findChild(QAction, "documentKit_maison-artisan").isEnabled()
    window.new_minutes()
    qtbot.waitUntil(lambda: window.preview.pages > 0 and not window.preview.busy, timeout=20000)
    assert "Maison de l’Artisan" not in normalise(pdftotext(Path(window.preview.pdf_path())))
    type_into(qtbot, window.minutes_editor.title, "Comité de suivi")

    window.document_kit_menu.aboutToShow.emit()
    assert window.findChild(QAction, "documentKit_default").isChecked()
    with qtbot.waitSignal(window.preview.updated, timeout=20000):
        window.findChild(QAction, "documentKit_maison-artisan").trigger()
    assert window.document().brand_kit == "maison-artisan"
    assert window.minutes_editor.title.text() == "Comité de suivi"  # nothing typed is lost
    assert window.modified
    assert "Maison de l’Artisan" in normalise(pdftotext(Path(window.preview.pdf_path())))
    window.document_kit_menu.aboutToShow.emit()
    assert window.findChild(QAction, "documentKit_maison-artisan").isChecked()
    assert not window.findChild(QAction, "documentKit_default").isChecked()
    window.undo_action.trigger()  # the kit change is undone like any other
    assert window.document().brand_kit == ""
    assert window.minutes_editor.title.text() == "Comité de suivi"


def test_every_control_of_the_kit_editor_has_a_readable_name(qtbot, window) -> None:
    editor = open_editor(qtbot, window)
    assert unnamed(editor) == [], "\n".join(unnamed(editor))
    settings = window.settings_dialog()
    assert unnamed(settings) == [], "\n".join(unnamed(settings))
    settings.reject()
    editor.reject()


def test_closing_the_window_ends_the_kit_editor_and_its_preview(qtbot, window) -> None:
    editor = open_editor(qtbot, window)
    type_into(qtbot, editor.names_fr, "x")  # a preview pending or running
    thread = editor.preview._thread
    window.close()
    assert editor.isHidden()
    assert thread.isFinished()
