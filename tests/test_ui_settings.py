"""The settings dialog, driven through its widgets: each setting is saved to the settings
file and takes effect (autosave timer, interface language, new documents' language and
kit); a bad data folder is named in one line and nothing typed is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop_app.store import Library
from desktop_app.ui.app import WindowKeeper
from desktop_app.ui.kits import KitShelf
from desktop_app.ui.settings_dialog import SettingsDialog

from .pdf_text import normalise, pdftotext
from .test_ui_minutes import type_into


@pytest.fixture
def keeper(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("ui/language", "en")  # the messages below are read in English
    library = Library.open(tmp_path / "data" / "library.sqlite3")
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: discard)
    keeper = WindowKeeper(qapp, store, library)
    keeper.window.show()
    yield keeper
    keeper.window.modified = False
    keeper.window.close()
    keeper.translations.install("en")
    library.close()


def open_settings(qtbot, window) -> SettingsDialog:
    window.activateWindow()
    qtbot.waitActive(window)
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def click_ok(qtbot, dialog: SettingsDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def choose(box, value: str) -> None:
    index = box.findData(value)
    assert index >= 0, (box.objectName(), value)
    box.setCurrentIndex(index)


def set_spin(qtbot, spin, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert spin.value() == value


def test_the_settings_are_saved_and_take_effect(qtbot, keeper, tmp_path: Path) -> None:
    window = keeper.window
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    dialog = open_settings(qtbot, window)
    assert dialog.ui_language.currentData() == "en"
    choose(dialog.ui_language, "ar")
    choose(dialog.default_kit, "maison-artisan")
    choose(dialog.document_language, "fr")
    set_spin(qtbot, dialog.autosave, 42)
    folder = tmp_path / "new data"
    type_into(qtbot, dialog.data_folder, str(folder))
    assert dialog.folder_note.isVisible()
    click_ok(qtbot, dialog)

    stored = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert stored.value("ui/language") == "ar"
    assert stored.value("documents/kit") == "maison-artisan"
    assert stored.value("documents/language") == "fr"
    assert int(stored.value("documents/autosave_seconds")) == 42
    assert stored.value("files/data_folder") == str(folder)
    assert folder.is_dir()
    assert keeper.settings.library_file() == folder / "library.sqlite3"

    # The language switch rebuilt the window in Arabic, mirrored.
    arabic = keeper.window
    assert arabic is not window
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.start.new_minutes_button.text() == "محضر جديد"
    assert arabic._autosave_timer.interval() == 42_000

    arabic.new_minutes()
    document = arabic.document()
    assert (document.language, document.direction, document.brand_kit) == (
        "fr",
        "ltr",
        "maison-artisan",
    )
    qtbot.waitUntil(lambda: arabic.preview.pages > 0 and not arabic.preview.busy, timeout=20000)
    assert "Maison de l’Artisan" in normalise(pdftotext(Path(arabic.preview.pdf_path())))


def test_the_autosave_interval_changes_at_once(qtbot, keeper, tmp_path: Path) -> None:
    window = keeper.window
    dialog = open_settings(qtbot, window)
    assert dialog.data_folder.text() == ""
    assert dialog.data_folder.placeholderText() == str(tmp_path / "data")  # the library's
    set_spin(qtbot, dialog.autosave, 7)
    click_ok(qtbot, dialog)
    assert keeper.window is window  # same language: the window stays
    assert window._autosave_timer.interval() == 7_000
    assert keeper.settings.autosave_seconds == 7


def test_the_autosave_interval_keeps_within_bounds(qtbot, keeper) -> None:
    dialog = open_settings(qtbot, keeper.window)
    set_spin(qtbot, dialog.autosave, 5)
    dialog.autosave.setFocus()
    dialog.autosave.selectAll()
    qtbot.keyClicks(dialog.autosave, "99999")
    assert dialog.autosave.value() <= 600
    dialog.reject()


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("file", "is a file, not a folder"),
        ("relative", "give a full path"),
        ("under a file", "cannot be created"),
    ],
)
def test_a_bad_data_folder_is_named_and_the_dialog_stays(
    qtbot, keeper, tmp_path: Path, kind: str, expected: str
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    typed = {
        "file": str(a_file),
        "relative": "taqrir-data",
        "under a file": str(a_file / "data"),
    }[kind]
    window = keeper.window
    dialog = open_settings(qtbot, window)
    set_spin(qtbot, dialog.autosave, 30)
    choose(dialog.document_language, "fr")
    type_into(qtbot, dialog.data_folder, typed)
    click_ok(qtbot, dialog)

    message = dialog.error.text()
    assert message.startswith("Data folder:") and expected in message, message
    assert "\n" not in message
    if kind != "relative":
        assert typed in message
    assert dialog.isVisible()
    assert dialog.data_folder.text() == typed
    assert dialog.autosave.value() == 30
    assert dialog.document_language.currentData() == "fr"
    stored = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert stored.value("documents/autosave_seconds") is None  # nothing saved
    assert keeper.settings.autosave_seconds != 30

    # Corrected, it goes through.
    dialog.data_folder.clear()
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert keeper.settings.autosave_seconds == 30
    assert keeper.settings.data_folder == ""


def test_the_users_kits_are_offered_as_default(qtbot, keeper) -> None:
    window = keeper.window
    shelf: KitShelf = window.kits
    data = {
        "format": "taqrir-brand-kit",
        "schema_version": 1,
        "institution": {"ar": ["وكالة التنمية"], "fr": ["Agence de développement"]},
        "colors": {"primary": "#123456", "accent": "#654321"},
        "fonts": {"body": "Amiri", "heading": "Amiri"},
        "paper": "a4",
        "margins_mm": {"top": 20, "right": 20, "bottom": 20, "left": 20},
    }
    shelf.save("agence", data, None)
    dialog = open_settings(qtbot, window)
    names = [dialog.default_kit.itemData(i) for i in range(dialog.default_kit.count())]
    assert names == ["default", "maison-artisan", "agence"]
    choose(dialog.default_kit, "agence")
    click_ok(qtbot, dialog)
    window.new_minutes()
    assert window.document().brand_kit == "agence"
    qtbot.waitUntil(
        lambda: (
            bool(window.preview.pages > 0 or window.preview.last_error) and not window.preview.busy
        ),
        timeout=20000,
    )
    assert window.preview.last_error == ""
    assert "Agence de développement" in normalise(pdftotext(Path(window.preview.pdf_path())))
