"""Starts the desktop app: settings, translations, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.store import Library, StoreError, library_path
from desktop_app.text.fonts import default_registry

from .main_window import MainWindow
from .settings import AppSettings


def open_library(settings: AppSettings) -> tuple[Library | None, str]:
    """The user's library for writing, or None and why (open in another window…)."""
    try:
        return Library.open(library_path(settings.data_folder or None)), ""
    except StoreError as error:
        return None, str(error)


def create_window(app: QApplication, store: QSettings) -> MainWindow:
    settings = AppSettings.load(store)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if settings.ui_language == "ar"
        else Qt.LayoutDirection.LeftToRight
    )
    library, problem = open_library(settings)
    window = MainWindow(settings, default_registry(), store, library)
    if problem:
        QMessageBox.warning(window, "Taqrir", problem)
    return window


def run(paths: Sequence[str] = ()) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Taqrir")
    app.setApplicationName("Taqrir")
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Taqrir", "Taqrir")
    window = create_window(app, store)
    window.show()
    for path in paths:
        window.open_path(Path(path))
    try:
        return app.exec()
    finally:
        if window.library is not None:
            window.library.close()
