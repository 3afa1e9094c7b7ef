"""Shared fixtures: every user path lives in a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))


@pytest.fixture
def make_window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Makes main windows, shown and active, their settings in a temporary file:
    ``make_window(settings=None, library=None)``."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.text.fonts import default_registry
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import AppSettings

    # Whatever a test leaves unsaved, closing (here or by pytest-qt) must not wait for an
    # answer.
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: discard)
    made = []

    def make(settings=None, library=None):  # noqa: ANN001, ANN202
        store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        main = MainWindow(settings or AppSettings(), default_registry(), store, library)
        qtbot.addWidget(main)
        main.show()
        main.activateWindow()
        qtbot.waitActive(main)
        made.append(main)
        return main

    yield make
    for main in made:
        main.close()


@pytest.fixture
def window(make_window):
    """The main window in Arabic, without a library."""
    from desktop_app.ui.settings import AppSettings

    return make_window(AppSettings(ui_language="ar", default_document_language="ar"))
