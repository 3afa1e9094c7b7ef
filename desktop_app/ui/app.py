"""Starts the desktop app: settings, translations, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.text.fonts import default_registry

from .main_window import MainWindow
from .settings import AppSettings


def create_window(app: QApplication, store: QSettings) -> MainWindow:
    settings = AppSettings.load(store)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if settings.ui_language == "ar"
        else Qt.LayoutDirection.LeftToRight
    )
    return MainWindow(settings, default_registry(), store)


def run(paths: Sequence[str] = ()) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Taqrir")
    app.setApplicationName("Taqrir")
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Taqrir", "Taqrir")
    window = create_window(app, store)
    window.show()
    for path in paths:
        window.open_path(Path(path))
    return app.exec()
