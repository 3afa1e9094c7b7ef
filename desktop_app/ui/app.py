"""Starts the desktop app: settings, translations, the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.store import Library, StoreError
from desktop_app.text.fonts import default_registry

from .i18n import Translations
from .icon import app_icon
from .main_window import MainWindow
from .settings import AppSettings
from .single_instance import InstanceServer, hand_over, instance_name

PSEUDO_VARIABLE = "TAQRIR_PSEUDO_TRANSLATION"  # "long" or "reversed": stress-test layouts


def open_library(settings: AppSettings) -> tuple[Library | None, str]:
    """The user's library for writing, or None and why (open in another window…)."""
    try:
        return Library.open(settings.library_file()), ""
    except StoreError as error:
        return None, str(error)


class WindowKeeper:
    """Holds the main window and rebuilds it in another interface language, keeping the
    document being edited."""

    def __init__(
        self, app: QApplication, store: QSettings, library: Library | None, pseudo: str = ""
    ) -> None:
        self.app = app
        self.store = store
        self.library = library
        self.pseudo = pseudo
        self.settings = AppSettings.load(store)
        self.registry = default_registry()
        self.translations = Translations(app)
        self.translations.install(self.settings.ui_language, pseudo)
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.settings, self.registry, self.store, self.library)
        window.language_requested.connect(self.switch_language)
        return window

    def switch_language(self, language: str) -> MainWindow:
        if language == self.translations.language:
            return self.window
        self.settings.ui_language = language
        self.settings.save(self.store)
        self.translations.install(language, self.pseudo)
        old = self.window
        self.window = self._new_window()
        self.window.adopt(old)
        self.window.show()
        old.close()
        old.deleteLater()
        return self.window


def run(paths: Sequence[str] = ()) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Taqrir")
    app.setApplicationName("Taqrir")
    app.setWindowIcon(app_icon())
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Taqrir", "Taqrir")
    settings = AppSettings.load(store)
    name = instance_name(settings.library_file())
    if hand_over(name, paths):
        return 0  # the window already open on this library took the files
    library, problem = open_library(settings)
    keeper = WindowKeeper(app, store, library, os.environ.get(PSEUDO_VARIABLE, ""))
    keeper.window.show()
    server = InstanceServer(name, lambda files: keeper.window.open_files(files), app)
    if problem:
        QMessageBox.warning(keeper.window, "Taqrir", problem)
    for path in paths:
        keeper.window.open_path(Path(path))
    try:
        return app.exec()
    finally:
        server.close()
        if library is not None:
            library.close()
