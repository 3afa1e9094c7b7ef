"""The interface in Arabic, French and English: switched while a document is open, every
dialog translated (Qt's own translations too), the layout mirrored in Arabic, and the
pseudo-translations that stress-test layouts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from desktop_app.resources import resource_path
from desktop_app.ui.app import WindowKeeper

from .test_ui_minutes import type_into

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("ar", "fr", "en")
NEW_MINUTES = {"ar": "محضر جديد", "fr": "Nouveau procès-verbal", "en": "New minutes"}
CANCEL = {"ar": "ألغ", "fr": "Annuler", "en": "Cancel"}
ABOUT = {"ar": "حول تقرير", "fr": "À propos de Taqrir", "en": "About Taqrir"}
LIBRARY = {"ar": "المكتبة", "fr": "Bibliothèque", "en": "Library"}  # Qt's own: «ألغِ»
SETTINGS = {"ar": "الإعدادات", "fr": "Paramètres", "en": "Settings"}
KITS = {"ar": "الهويات البصرية", "fr": "Chartes graphiques", "en": "Brand kits"}
SAVE_KIT = {"ar": "حفظ الهوية البصرية", "fr": "Enregistrer la charte", "en": "Save the kit"}


@pytest.fixture
def keeper(qapp, tmp_path: Path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("ui/language", "fr")
    keeper = WindowKeeper(qapp, store, None)
    keeper.window.show()
    yield keeper
    keeper.window.modified = False
    keeper.window.close()
    keeper.translations.install("en")


def test_the_language_switches_while_a_document_is_open(qtbot, keeper) -> None:
    window = keeper.window
    assert window.start.new_minutes_button.text() == NEW_MINUTES["fr"]
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.new_minutes()
    window.activateWindow()
    qtbot.waitActive(window)
    type_into(qtbot, window.minutes_editor.title, "محضر لجنة التتبع")
    assert window.modified

    arabic = keeper.switch_language("ar")
    assert arabic is not window
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.isRightToLeft()
    assert arabic.minutes_editor.title.text() == "محضر لجنة التتبع"
    # Times and dates read as written, not with their parts mirrored.
    assert arabic.minutes_editor.start_time.text() == "10:00"
    assert arabic.minutes_editor.date.text() == arabic.minutes_editor.date.date().toString(
        "yyyy-MM-dd"
    )
    assert arabic.modified
    assert arabic.pages.currentWidget() is arabic.workspace
    assert arabic.undo_action.isEnabled()  # the edit history came along
    arabic.undo_action.trigger()
    assert arabic.minutes_editor.title.text() == ""
    arabic.redo_action.trigger()
    assert arabic.minutes_editor.title.text() == "محضر لجنة التتبع"
    menus = [action.text() for action in arabic.menuBar().actions()]
    assert "&ملف" in menus
    assert arabic.start.new_minutes_button.text() == NEW_MINUTES["ar"]
    # Mirrored: the library panel, first in the splitter, sits at the right.
    assert arabic.library_panel.mapTo(arabic, arabic.library_panel.rect().topLeft()).x() > (
        arabic.minutes_editor.mapTo(arabic, arabic.minutes_editor.rect().topLeft()).x()
    )
    english = keeper.switch_language("en")
    assert english.start.new_minutes_button.text() == NEW_MINUTES["en"]
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert keeper.settings.ui_language == "en"


def _dialog_buttons_after(qtbot, opener) -> tuple[str, list[str]]:
    """Open a modal dialog with ``opener``, read its title and buttons, close it."""
    seen: dict[str, object] = {}

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, inspect)
            return
        seen["title"] = dialog.windowTitle()
        seen["buttons"] = [b.text() for b in dialog.findChildren(QPushButton)]
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    QTimer.singleShot(20, inspect)
    opener()
    return seen.get("title", ""), seen.get("buttons", [])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_dialog_speaks_the_interface_language(qtbot, keeper, language, monkeypatch) -> None:
    window = keeper.switch_language(language)
    window.new_minutes()
    qtbot.waitUntil(lambda: window.preview.pages > 0, timeout=20000)  # printing needs it
    opened = {
        "open": window.open_dialog,
        "save": window.save,
        "export": window.export_dialog,
        "print": window.print_dialog,
    }
    for name, opener in opened.items():
        _title, buttons = _dialog_buttons_after(qtbot, opener)
        assert any(CANCEL[language] in text.replace("&", "") for text in buttons), (name, buttons)

    # The settings and the brand kit editor open without blocking (window-modal).
    settings = window.settings_dialog()
    assert settings.windowTitle() == SETTINGS[language]
    assert settings.isRightToLeft() == (language == "ar")
    buttons = [b.text().replace("&", "") for b in settings.findChildren(QPushButton)]
    assert any(CANCEL[language] in text for text in buttons), buttons
    settings.reject()
    kits = window.kit_editor()
    assert kits.windowTitle() == KITS[language]
    assert kits.isRightToLeft() == (language == "ar")
    assert kits.save_button.text() == SAVE_KIT[language]
    qtbot.waitUntil(lambda: kits.preview.pages > 0, timeout=20000)
    kits.reject()

    window.modified = True
    title, buttons = _dialog_buttons_after(qtbot, window.close)
    unsaved = {"ar": "تغييرات غير محفوظة", "fr": "Modifications non enregistrées"}
    assert title == unsaved.get(language, "Unsaved changes")
    assert any(CANCEL[language] in text.replace("&", "") for text in buttons), buttons


@pytest.mark.parametrize("mode", ["long", "reversed"])
def test_pseudo_translations_stretch_or_reverse_every_string(qapp, tmp_path, mode) -> None:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("ui/language", "en")
    keeper = WindowKeeper(qapp, store, None, pseudo=mode)
    try:
        text = keeper.window.start.new_minutes_button.text()
        if mode == "long":
            assert text.startswith("⟦New minutes ") and len(text) > len("New minutes") * 1.3
        else:
            assert text == "setunim weN"
            assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # Placeholders survive: the status line still gets its page count.
        assert "%" not in keeper.window.saved_label.text()
    finally:
        keeper.window.close()
        keeper.translations.install("en")


def _qt_tool(name: str) -> str:
    """A tool PySide6 installs beside the interpreter (the venv may not be on PATH)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: it comes with PySide6")
    return found


def _messages(ts: Path) -> dict[str, ET.Element]:
    root = ET.parse(ts).getroot()
    return {m.findtext("source"): m for m in root.iter("message")}


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_every_interface_string_is_translated_and_compiled(tmp_path, language) -> None:
    ts = resource_path("translations", f"taqrir_{language}.ts")
    fresh = tmp_path / f"fresh_{language}.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop_app" / "ui").glob("*.py"))
    tool = _qt_tool("pyside6-lupdate")
    subprocess.run([tool, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    committed = _messages(ts)
    assert set(_messages(fresh)) == set(committed), "run `make translations` and translate"
    for source, message in committed.items():
        translation = message.find("translation")
        assert translation.get("type") != "unfinished", source
        texts = [translation.text or ""] + [f.text or "" for f in translation]
        assert any(t.strip() for t in texts), source
    release = _qt_tool("pyside6-lrelease")
    compiled = tmp_path / f"taqrir_{language}.qm"
    subprocess.run([release, str(ts), "-qm", str(compiled)], check=True, capture_output=True)
    assert (
        compiled.read_bytes() == resource_path("translations", f"taqrir_{language}.qm").read_bytes()
    ), "the .qm is stale: run `make translations`"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_forms_fit_their_pane_in_every_language(qtbot, keeper, language) -> None:
    """A long translation wraps; it never widens a form beyond its pane (which would hide
    the end of every field behind a horizontal scroll bar)."""
    window = keeper.switch_language(language)
    window.resize(1280, 820)
    for sample, editor in (
        ("bulletin-artisanat-2025-11.ar.taqrir.json", window.bulletin_editor),
        ("minutes-comite-suivi.fr.taqrir.json", window.minutes_editor),
    ):
        assert window.open_path(ROOT / "resources" / "samples" / sample)
        qtbot.waitUntil(lambda editor=editor: editor.isVisible())
        qtbot.wait(50)
        assert editor.horizontalScrollBar().maximum() == 0, (sample, language)


def test_a_problem_is_told_in_the_interface_language_with_its_detail_as_written(
    keeper, tmp_path: Path
) -> None:
    broken = tmp_path / "محضر.taqrir.json"
    broken.write_text('{"format": "taqrir-document", "schema_version": 2, "blocks": [1]}')
    for language, headline in (
        ("ar", "تعذر فتح الوثيقة: "),
        ("fr", "Impossible d’ouvrir le document : "),
    ):
        window = keeper.switch_language(language)
        assert not window.open_path(broken)
        assert window.last_message.startswith(headline + "\u2066"), window.last_message
        assert str(broken) in window.last_message and "blocks[0]" in window.last_message
        assert window.last_message.endswith("\u2069")  # the detail reads left to right


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_about_box_tells_the_version_and_where_the_library_is(keeper, language) -> None:
    window = keeper.switch_language(language)
    box = window.about()
    text = box.text()
    assert box.windowTitle() == ABOUT[language]
    assert box.isRightToLeft() == (language == "ar")
    assert "0.1.0" in text
    assert str(window.settings.library_file()) in text
    assert "Amiri" in text and "IBM Plex Sans Arabic" in text
    assert f"<b>{LIBRARY[language]}</b>" in text
    assert "SIL Open Font License" in text
    box.reject()
