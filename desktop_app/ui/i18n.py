"""The interface language: Taqrir's own translations (Qt Linguist .ts compiled to .qm in
resources/translations), Qt's translations for the standard dialogs, the mirrored layout
in Arabic, and a pseudo-translation that stretches or reverses every string to test
layouts."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app.resources import resource_path

PSEUDO_MODES = ("long", "reversed")


class PseudoTranslator(QTranslator):
    """Every string made longer by about 40 % ("long"), or written backwards
    ("reversed"); placeholders such as %1 and %n are kept intact."""

    def __init__(self, mode: str) -> None:
        super().__init__()
        if mode not in PSEUDO_MODES:
            raise ValueError(f"pseudo-translation must be one of {PSEUDO_MODES}, not {mode!r}")
        self.mode = mode

    def isEmpty(self) -> bool:  # noqa: N802 (Qt)
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        if not source:
            return source
        if self.mode == "long":
            padding = "~" * max(2, len(source) * 2 // 5)
            return f"⟦{source} {padding}⟧"
        words = source.split(" ")
        return " ".join(w if w.startswith("%") else w[::-1] for w in reversed(words))


class Translations:
    """Installs one language at a time on the application."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str, pseudo: str = "") -> None:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        if language != "en":
            own = QTranslator(self.app)
            if own.load(str(resource_path("translations", f"taqrir_{language}.qm"))):
                self._installed.append(own)
            qt = QTranslator(self.app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(QLocale(language), "qtbase", "_", qt_folder):
                self._installed.append(qt)
        if pseudo:
            self._installed.append(PseudoTranslator(pseudo))
        for translator in self._installed:
            self.app.installTranslator(translator)
        self.language = language
        rtl = language == "ar" or pseudo == "reversed"
        self.app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
