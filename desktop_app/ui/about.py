"""Help → About Taqrir: the version, where the library and settings are kept (what IT
asks for first), and the bundled fonts with their licence."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

import desktop_app
from desktop_app.resources import resource_path

from .form_fields import left_to_right


def bundled_fonts() -> list[tuple[str, str]]:
    """(family, licence file) of each bundled font family, in the order of fonts.json."""
    faces = json.loads(resource_path("fonts", "fonts.json").read_text(encoding="utf-8"))["faces"]
    families: dict[str, str] = {}
    for face in faces:
        families.setdefault(face["family"], Path(face["licence"]).name)
    return list(families.items())


class AboutBox(QMessageBox):
    def __init__(self, library: Path, settings: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutBox")
        self.setWindowTitle(self.tr("About Taqrir"))
        self.setIconPixmap(self.windowIcon().pixmap(64, 64))
        self.setText(self._text(library, settings))
        self.setStandardButtons(QMessageBox.StandardButton.Close)

    def _text(self, library: Path, settings: Path) -> str:
        fonts = ", ".join(family for family, _licence in bundled_fonts())
        rows = [
            (self.tr("Version"), desktop_app.__version__),
            (self.tr("Library"), str(library)),
            (self.tr("Settings file"), str(settings)),
            ("Qt", f"{qVersion()} (PySide6 {PySide6.__version__})"),
        ]
        table = "".join(
            f"<tr><td><b>{escape(label)}</b></td><td>{escape(left_to_right(value))}</td></tr>"
            for label, value in rows
        )
        heading = self.tr("Taqrir — minutes and bulletins")
        summary = self.tr("Arabic-first meeting minutes and bulletins, typeset into PDF.")
        licence = self.tr("Fonts: %1, under the SIL Open Font License.").replace("%1", fonts)
        return (
            f"<h3>{escape(heading)}</h3><p>{escape(summary)}</p>"
            f"<table cellspacing='4'>{table}</table><p>{escape(licence)}</p>"
        )
