"""The app's settings, read and written through QSettings in the user's config folder.

Passed to the windows that need them; nothing reads them from a global.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, QSettings

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

    def remember(self, path: str) -> None:
        self.recent_files = [path, *(p for p in self.recent_files if p != path)][:MAX_RECENT]


def _int(value: object, default: int) -> int:
    try:
        return max(int(value), 1)
    except (TypeError, ValueError):
        return default
