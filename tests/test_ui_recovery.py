"""Never lose a word in the window: the app is killed after an autosave, started again,
and offers the work back; a clean quit leaves nothing to recover."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.store import Library
from desktop_app.text.fonts import default_registry
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings

from .test_ui_minutes import type_into

CHILD = r"""
import sys
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from desktop_app.store import Library
from desktop_app.text.fonts import default_registry
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings

app = QApplication([])
library = Library.open(sys.argv[1])
store = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = MainWindow(AppSettings(autosave_seconds=1), default_registry(), store, library)
window.show()
window.new_minutes()
window.minutes_editor.title.setFocus()
for character in sys.argv[3]:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
        QApplication.sendEvent(window.minutes_editor.title, event)

def check():
    if window.autosaved_sequence:
        print("autosaved", flush=True)
    else:
        QTimer.singleShot(50, check)

QTimer.singleShot(50, check)
app.exec()
"""


def make_window(qtbot, tmp_path: Path, library: Library) -> MainWindow:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppSettings(autosave_seconds=1), default_registry(), store, library)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_killed_after_an_autosave_the_app_offers_the_work_back(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    Library.open(path).close()
    typed = "محضر اجتماع لجنة الانتقاء"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(tmp_path / "child.ini"), typed],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        cwd=Path(__file__).resolve().parents[1],
    )
    try:
        line = child.stdout.readline()
        assert line.strip() == b"autosaved", child.stderr.read().decode()[-2000:]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL

    library = Library.open(path)  # the killed window's lock is stale: taken over
    try:
        window = make_window(qtbot, tmp_path, library)
        assert window.start.recovery.count() == 1
        assert typed in window.start.recovery.item(0).text()
        qtbot.mouseClick(window.start.recover_button, Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is window.workspace
        assert window.minutes_editor.title.text() == typed
        assert window.modified
        assert window.save()
        assert library.working_copies() == []
        assert [info.title for info in library.documents()] == [typed]
        window.close()
    finally:
        library.close()


@pytest.mark.parametrize("answer", ["save", "discard"])
def test_a_clean_quit_leaves_nothing_to_recover(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    library = Library.open(tmp_path / "library.sqlite3")
    try:
        window = make_window(qtbot, tmp_path, library)
        window.new_minutes()
        type_into(qtbot, window.minutes_editor.title, "مسودة")
        qtbot.waitUntil(lambda: window.autosaved_sequence > 0, timeout=10000)
        assert len(library.working_copies()) == 1
        button = {
            "save": QMessageBox.StandardButton.Save,
            "discard": QMessageBox.StandardButton.Discard,
        }[answer]
        monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: button)
        assert window.close()
        assert library.working_copies() == []
        assert len(library.documents()) == (1 if answer == "save" else 0)
        again = make_window(qtbot, tmp_path, library)
        assert again.start.recovery.count() == 0
        assert not again.start.recover_button.isVisible()
        again.close()
    finally:
        library.close()
