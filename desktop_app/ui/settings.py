"""The app's settings, read and written through QSettings in the user's config folder.

Passed to the windows that need them; nothing reads them from a global.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

from desktop_app.store.paths import LIBRARY_FILE_NAME, library_path

UI_LANGUAGES = ("ar", "fr", "en")
MAX_RECENT = 8


@dataclass
class AppSettings:
    ui_language: str = "fr"
    default_kit: str = "default"
    default_document_language: str = "ar"
    autosave_seconds: int = 5
    data_folder: str = ""  # empty: the platform's data folder
    recent_files: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, store: QSettings) -> AppSettings:
        system = QLocale.system().language()
        first_language = "ar" if system == QLocale.Language.Arabic else "fr"
        language = str(store.value("ui/language", first_language))
        recent = store.value("files/recent", []) or []
        if isinstance(recent, str):
            recent = [recent]
        return cls(
            ui_language=language if language in UI_LANGUAGES else first_language,
            default_kit=str(store.value("documents/kit", "default")),
            default_document_language=str(store.value("documents/language", "ar")),
            autosave_seconds=_int(store.value("documents/autosave_seconds", 5), 5),
            data_folder=str(store.value("files/data_folder", "")),
            recent_files=[str(path) for path in recent][:MAX_RECENT],
        )

    def save(self, store: QSettings) -> None:
        store.setValue("ui/language", self.ui_language)
        store.setValue("documents/kit", self.default_kit)
        store.setValue("documents/language", self.default_document_language)
        store.setValue("documents/autosave_seconds", self.autosave_seconds)
        store.setValue("files/data_folder", self.data_folder)
        store.setValue("files/recent", self.recent_files)
        store.sync()

    def library_file(self) -> Path:
        """The library: in the data folder when one is set, else where the store puts it
        (``$TAQRIR_LIBRARY`` or the platform's data folder)."""
        if self.data_folder:
            return Path(self.data_folder).expanduser() / LIBRARY_FILE_NAME
        return library_path()

    def kits_folder(self) -> Path:
        """The user's brand kits, beside the library."""
        return self.library_file().parent / "kits"

    def remember(self, path: str) -> None:
        self.recent_files = [path, *(p for p in self.recent_files if p != path)][:MAX_RECENT]


def data_folder_problem(text: str) -> str:
    """Why ``text`` cannot be the data folder, as a code the dialog words ("relative",
    "file", "read-only", "uncreatable"), or "" for a writable folder or one that can be
    created. Empty text means the default folder."""
    if not text.strip():
        return ""
    folder = Path(text.strip()).expanduser()
    if not folder.is_absolute():
        return "relative"
    if folder.exists():
        if not folder.is_dir():
            return "file"
        return "" if os.access(folder, os.W_OK | os.X_OK) else "read-only"
    parent = folder.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        return "uncreatable"
    return "" if os.access(parent, os.W_OK | os.X_OK) else "uncreatable"


def _int(value: object, default: int) -> int:
    try:
        return max(int(value), 1)
    except (TypeError, ValueError):
        return default
