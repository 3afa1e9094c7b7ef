"""The settings dialog: interface language, default brand kit and document language,
autosave interval and data folder. It checks what was typed and hands back new settings;
the main window saves and applies them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .form_fields import LANGUAGE_CHOICES, left_to_right, select
from .kits import KitShelf
from .settings import AppSettings, data_folder_problem

UI_LANGUAGE_CHOICES = (("ar", "العربية"), ("fr", "Français"), ("en", "English"))
MIN_AUTOSAVE_SECONDS = 1
MAX_AUTOSAVE_SECONDS = 600
ERROR_STYLE = "color: #B00020;"


class SettingsDialog(QDialog):
    """Edit a copy of ``settings``; once accepted, :meth:`result_settings` has the new ones."""

    def __init__(
        self, settings: AppSettings, kits: KitShelf, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._original = settings
        self._result = dataclasses.replace(settings)

        self.ui_language = self._combo("uiLanguage", self.tr("Interface language"))
        for code, name in UI_LANGUAGE_CHOICES:
            self.ui_language.addItem(name, code)
        select(self.ui_language, settings.ui_language)

        self.default_kit = self._combo("defaultKit", self.tr("Default brand kit"))
        for name, bundled in kits.names():
            shown = name if not bundled else self.tr("%1 (bundled)").replace("%1", name)
            self.default_kit.addItem(shown, name)
        select(self.default_kit, settings.default_kit)

        self.document_language = self._combo(
            "defaultDocumentLanguage", self.tr("Default document language")
        )
        for code, name in LANGUAGE_CHOICES:
            self.document_language.addItem(name, code)
        select(self.document_language, settings.default_document_language)

        self.autosave = QSpinBox(self)
        self.autosave.setObjectName("autosaveSeconds")
        self.autosave.setAccessibleName(self.tr("Autosave interval"))
        self.autosave.setRange(MIN_AUTOSAVE_SECONDS, MAX_AUTOSAVE_SECONDS)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(
            min(max(settings.autosave_seconds, MIN_AUTOSAVE_SECONDS), MAX_AUTOSAVE_SECONDS)
        )

        self.data_folder = QLineEdit(settings.data_folder, self)
        self.data_folder.setObjectName("dataFolder")
        self.data_folder.setAccessibleName(self.tr("Data folder"))
        self.data_folder.setPlaceholderText(str(kits.folder.parent))  # where the data is now
        self.data_folder.setMinimumWidth(320)
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.setObjectName("browseDataFolder")
        self.browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(self.browse)
        self.folder_note = QLabel(
            self.tr(
                "The library is opened from the new data folder at the next start; "
                "documents already saved stay in the old one."
            ),
            self,
        )
        self.folder_note.setObjectName("dataFolderNote")
        self.folder_note.setWordWrap(True)
        self.folder_note.setVisible(False)
        self.data_folder.textChanged.connect(self._folder_changed)

        self.error = QLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Interface language:"), self.ui_language)
        form.addRow(self.tr("Default brand kit:"), self.default_kit)
        form.addRow(self.tr("Default document language:"), self.document_language)
        form.addRow(self.tr("Autosave interval:"), self.autosave)
        form.addRow(self.tr("Data folder:"), folder_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("settingsButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.folder_note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _combo(self, name: str, label: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setAccessibleName(label)
        return box

    def _browse(self) -> None:
        start = self.data_folder.text().strip() or self.data_folder.placeholderText()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"), start)
        if folder:
            self.data_folder.setText(folder)

    def _folder_changed(self, text: str) -> None:
        self.folder_note.setVisible(text.strip() != self._original.data_folder)
        self.error.clear()

    def _folder_message(self, problem: str) -> str:
        messages = {
            "relative": self.tr("Data folder: give a full path (such as %1)"),
            "file": self.tr("Data folder: %1 is a file, not a folder"),
            "read-only": self.tr("Data folder: %1 cannot be written to"),
            "uncreatable": self.tr("Data folder: %1 cannot be created"),
        }
        example = str(Path.home() / "Taqrir")
        shown = example if problem == "relative" else self.data_folder.text().strip()
        return messages[problem].replace("%1", left_to_right(shown))

    def accept(self) -> None:
        folder = self.data_folder.text().strip()
        problem = data_folder_problem(folder)
        if not problem and folder:
            try:
                Path(folder).expanduser().mkdir(parents=True, exist_ok=True)
            except OSError:
                problem = "uncreatable"
        if problem:
            self.error.setText(self._folder_message(problem))
            self.data_folder.setFocus()
            return
        self._result = dataclasses.replace(
            self._original,
            ui_language=self.ui_language.currentData(),
            default_kit=self.default_kit.currentData() or "default",
            default_document_language=self.document_language.currentData(),
            autosave_seconds=self.autosave.value(),
            data_folder=str(Path(folder).expanduser()) if folder else "",
        )
        super().accept()

    def result_settings(self) -> AppSettings:
        return self._result
