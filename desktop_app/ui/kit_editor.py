"""The brand kit editor: names, logo, colours, fonts, footer, paper and margins, with a
sample page rendered by the real export engine beside the form.

Every change is checked with the kit reader itself; a problem shows in one line naming
the field (or the logo file) and nothing typed is lost. Bundled kits are templates: saving
one asks for a new name. Saved kits go to the user's kits folder (see :mod:`.kits`).
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QTextOption
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import Document, Metadata
from desktop_app.model.brand_kit import (
    FORMAT_NAME,
    MAX_MARGIN_MM,
    SCHEMA_VERSION,
    BrandKit,
    BrandKitError,
    brand_kit_from_json,
    load_brand_kit,
)
from desktop_app.model.document import Heading, Paragraph, Run
from desktop_app.text.fonts import FontRegistry

from .form_fields import left_to_right, select
from .kits import KIT_NAME, KitShelf
from .preview import PreviewPane

LOGO_FILTER = "Images (*.png *.jpg *.jpeg *.svg)"
FOOTER_PARTS = ("address", "phone", "website")
SIDES = ("top", "right", "bottom", "left")
ERROR_STYLE = "color: #B00020;"


def sample_document(language: str) -> Document:
    """A short bilingual page: enough to show the letterhead, headings, text and footer."""
    return Document(
        kind="free",
        language="ar" if language == "ar" else "fr",
        metadata=Metadata(
            title="Procès-verbal — محضر", date=datetime.date.today().isoformat(), status="draft"
        ),
        blocks=[
            Heading([Run("محضر اجتماع لجنة التتبع")], level=1, direction="rtl"),
            Paragraph(
                [Run("انعقد اجتماع لجنة التتبع بمقر المؤسسة برئاسة السيد المدير العام.")],
                direction="rtl",
            ),
            Heading([Run("Procès-verbal du comité de suivi")], level=1, direction="ltr"),
            Paragraph(
                [
                    Run(
                        "Le comité de suivi s’est réuni au siège de l’établissement sous la "
                        "présidence de M. le Directeur général."
                    )
                ],
                direction="ltr",
            ),
        ],
    )


class KitEditor(QDialog):
    saved = Signal(str)  # the kit's name

    def __init__(
        self,
        kits: KitShelf,
        registry: FontRegistry,
        start: str = "default",
        language: str = "fr",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kitEditor")
        self.setWindowTitle(self.tr("Brand kits"))
        self.kits = kits
        self.registry = registry
        self.kit: BrandKit | None = None  # the last valid state of the form
        self.last_message = ""
        self._loading = True  # no checking while the form is being built
        self._closed = False
        self._sample = sample_document(language)

        self.choice = QComboBox(self)
        self.choice.setObjectName("kitChoice")
        self.choice.setAccessibleName(self.tr("Start from the kit"))
        self._fill_choice(start)
        self.choice.currentIndexChanged.connect(lambda: self.load(self.choice.currentData()))
        self.name = self._line("kitName", self.tr("Kit name"))
        self.name.setPlaceholderText(self.tr("a new name, such as rabat-office"))
        self.name.textChanged.connect(lambda: self._say(""))

        self.names_ar = self._lines("institutionAr", self.tr("Institution name in Arabic"))
        _written(self.names_ar, Qt.LayoutDirection.RightToLeft)
        self.names_fr = self._lines("institutionFr", self.tr("Institution name in French"))
        _written(self.names_fr, Qt.LayoutDirection.LeftToRight)

        self.logo = self._line("logoPath", self.tr("Logo file"))
        self.logo.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.choose_logo = self._button("chooseLogo", self.tr("Choose…"), self._choose_logo)
        self.remove_logo = self._button("removeLogo", self.tr("No logo"), self.logo.clear)

        self.primary = self._line("primaryColour", self.tr("Primary colour"))
        self.accent = self._line("accentColour", self.tr("Accent colour"))
        self.primary_button = self._colour_button("primaryColourButton", self.primary)
        self.accent_button = self._colour_button("accentColourButton", self.accent)

        families = self.registry.families()
        self.body_font = self._combo("bodyFont", self.tr("Body font"), families)
        self.heading_font = self._combo("headingFont", self.tr("Heading font"), families)
        self.footer: dict[tuple[str, str], QLineEdit] = {}
        for language_code in ("ar", "fr"):
            for part in FOOTER_PARTS:
                edit = self._line(
                    f"footer_{language_code}_{part}", self._footer_label(language_code, part)
                )
                arabic = language_code == "ar" and part == "address"
                edit.setLayoutDirection(
                    Qt.LayoutDirection.RightToLeft if arabic else Qt.LayoutDirection.LeftToRight
                )
                self.footer[(language_code, part)] = edit
        self.paper = self._combo("paper", self.tr("Paper"), [])
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.margins: dict[str, QDoubleSpinBox] = {}
        for side in SIDES:
            spin = QDoubleSpinBox(self)
            spin.setObjectName(f"margin_{side}")
            spin.setAccessibleName(self._margin_label(side))
            spin.setRange(0.0, MAX_MARGIN_MM)
            spin.setDecimals(1)
            spin.setSuffix(self.tr(" mm"))
            spin.valueChanged.connect(self._changed)
            self.margins[side] = spin

        self.preview = PreviewPane(registry, self)
        self.preview.setObjectName("kitPreview")
        self.preview.setMinimumWidth(360)
        self.preview.set_kits_folder(kits.folder)

        self.error = QLabel(self)
        self.error.setObjectName("kitError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("kitStatus")
        self.status.setWordWrap(True)
        self.save_button = self._button("saveKit", self.tr("Save the kit"), self.save)
        self.close_button = self._button("closeKitEditor", self.tr("Close"), self.reject)
        self.save_button.setDefault(True)

        self._lay_out()
        self.resize(1240, 800)
        self.finished.connect(self._shut_down)
        self.load(self.choice.currentData())

    # -- building ----------------------------------------------------------------
    def _line(self, name: str, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        edit.textChanged.connect(self._changed)
        return edit

    def _lines(self, name: str, label: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        edit.textChanged.connect(self._changed)
        return edit

    def _combo(self, name: str, label: str, items: list[str]) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setAccessibleName(label)
        for item in items:
            box.addItem(item, item)
        box.currentIndexChanged.connect(self._changed)
        return box

    def _button(self, name: str, text: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _colour_button(self, name: str, edit: QLineEdit) -> QPushButton:
        button = self._button(name, self.tr("Pick…"), lambda: self._pick_colour(edit))
        button.setAccessibleName(self.tr("Pick %1").replace("%1", edit.accessibleName()))
        edit.textChanged.connect(lambda text: self._show_swatch(button, text))
        return button

    def _footer_label(self, language: str, part: str) -> str:
        labels = {
            ("ar", "address"): self.tr("Address (Arabic)"),
            ("ar", "phone"): self.tr("Phone (Arabic footer)"),
            ("ar", "website"): self.tr("Website (Arabic footer)"),
            ("fr", "address"): self.tr("Address (French)"),
            ("fr", "phone"): self.tr("Phone (French footer)"),
            ("fr", "website"): self.tr("Website (French footer)"),
        }
        return labels[(language, part)]

    def _with_colon(self, label: str) -> str:
        return self.tr("%1:", "a form label").replace("%1", label)

    def _margin_label(self, side: str) -> str:
        labels = {
            "top": self.tr("Top margin"),
            "right": self.tr("Right margin"),
            "bottom": self.tr("Bottom margin"),
            "left": self.tr("Left margin"),
        }
        return labels[side]

    def _lay_out(self) -> None:
        form = QWidget(self)
        form.setObjectName("kitForm")
        column = QVBoxLayout(form)

        identity = QFormLayout()
        identity.addRow(self.tr("Start from:"), self.choice)
        identity.addRow(self.tr("Kit name:"), self.name)
        column.addLayout(identity)

        names = QGroupBox(self.tr("Institution (one line per level)"), form)
        names_form = QFormLayout(names)
        names_form.addRow(self.tr("Arabic:"), self.names_ar)
        names_form.addRow(self.tr("French:"), self.names_fr)
        column.addWidget(names)

        look = QGroupBox(self.tr("Logo, colours and fonts"), form)
        look_form = QFormLayout(look)
        look_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        look_form.addRow(self.tr("Logo:"), logo_row)
        for label, edit, button in (
            (self.tr("Primary colour:"), self.primary, self.primary_button),
            (self.tr("Accent colour:"), self.accent, self.accent_button),
        ):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            look_form.addRow(label, row)
        look_form.addRow(self.tr("Body font:"), self.body_font)
        look_form.addRow(self.tr("Heading font:"), self.heading_font)
        column.addWidget(look)

        footer = QGroupBox(self.tr("Footer"), form)
        footer_form = QFormLayout(footer)
        for key, edit in self.footer.items():
            footer_form.addRow(self._with_colon(self._footer_label(*key)), edit)
        column.addWidget(footer)

        page = QGroupBox(self.tr("Page"), form)
        page_grid = QGridLayout(page)
        page_grid.addWidget(QLabel(self.tr("Paper:"), page), 0, 0)
        page_grid.addWidget(self.paper, 0, 1)
        for index, (side, spin) in enumerate(self.margins.items()):
            row, column_pair = 1 + index // 2, (index % 2) * 2
            label = QLabel(self._with_colon(self._margin_label(side)), page)
            label.setBuddy(spin)
            page_grid.addWidget(label, row, column_pair)
            page_grid.addWidget(spin, row, column_pair + 1)
        page_grid.setColumnStretch(1, 1)
        page_grid.setColumnStretch(3, 1)
        column.addWidget(page)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setObjectName("kitFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        scroll.setMinimumWidth(form.sizeHint().width() + 24)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(scroll)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([620, 600])

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _fill_choice(self, current: str) -> None:
        self.choice.blockSignals(True)
        self.choice.clear()
        for name, bundled in self.kits.names():
            shown = self.tr("%1 (bundled)").replace("%1", name) if bundled else name
            self.choice.addItem(shown, name)
        select(self.choice, current)
        self.choice.blockSignals(False)

    # -- loading -----------------------------------------------------------------
    def load(self, name: str) -> None:
        """Fill the form with the kit ``name`` (a bundled one leaves the name empty)."""
        try:
            kit = load_brand_kit(self.kits.path(name), self.registry)
        except BrandKitError as error:
            self._say(str(error))
            return
        bundled = self.kits.path(name).parent != self.kits.folder
        self._loading = True
        try:
            self.name.setText("" if bundled else name)
            self.names_ar.setPlainText("\n".join(kit.institution.ar))
            self.names_fr.setPlainText("\n".join(kit.institution.fr))
            self.logo.setText(str(kit.logo.path) if kit.logo else "")
            self.primary.setText(kit.colors.primary)
            self.accent.setText(kit.colors.accent)
            select(self.body_font, kit.fonts.body)
            select(self.heading_font, kit.fonts.heading)
            for (language, part), edit in self.footer.items():
                lines = kit.footer.ar if language == "ar" else kit.footer.fr
                edit.setText(getattr(lines, part) or "")
            select(self.paper, kit.paper)
            for side, spin in self.margins.items():
                spin.setValue(getattr(kit.margins_mm, side))
        finally:
            self._loading = False
        self._changed()

    # -- checking and previewing ---------------------------------------------------
    def kit_data(self) -> dict[str, Any]:
        """The form as a kit's JSON object (its logo by file name; see :meth:`logo_path`)."""
        footer: dict[str, dict[str, str]] = {"ar": {}, "fr": {}}
        for (language, part), edit in self.footer.items():
            if edit.text().strip():
                footer[language][part] = edit.text().strip()
        logo = self.logo_path()
        return {
            "format": FORMAT_NAME,
            "schema_version": SCHEMA_VERSION,
            "institution": {
                "ar": _lines_of(self.names_ar.toPlainText()),
                "fr": _lines_of(self.names_fr.toPlainText()),
            },
            "logo": logo.name if logo else None,
            "colors": {
                "primary": self.primary.text().strip(),
                "accent": self.accent.text().strip(),
            },
            "fonts": {
                "body": self.body_font.currentData(),
                "heading": self.heading_font.currentData(),
            },
            "footer": footer,
            "paper": self.paper.currentData(),
            "margins_mm": {side: spin.value() for side, spin in self.margins.items()},
        }

    def logo_path(self) -> Path | None:
        text = self.logo.text().strip()
        return Path(text).expanduser() if text else None

    def check(self) -> BrandKit:
        """The kit as the form stands, or BrandKitError whose message names the field."""
        logo = self.logo_path()
        if logo is not None and not logo.is_absolute():
            raise BrandKitError(self.tr("give the full path of the file"), "logo")
        base = logo.parent if logo else Path(".")
        return brand_kit_from_json(json.dumps(self.kit_data()), "", base, self.registry)

    def _message(self, error: BrandKitError) -> str:
        fields = {
            "institution.ar": self.tr("Institution name in Arabic"),
            "institution.fr": self.tr("Institution name in French"),
            "logo": self.tr("Logo"),
            "colors.primary": self.tr("Primary colour"),
            "colors.accent": self.tr("Accent colour"),
            "fonts.body": self.tr("Body font"),
            "fonts.heading": self.tr("Heading font"),
            "paper": self.tr("Paper"),
            "margins_mm": self.tr("Margins"),
        }
        for (language, part), _edit in self.footer.items():
            fields[f"footer.{language}.{part}"] = self._footer_label(language, part)
        for side in SIDES:
            fields[f"margins_mm.{side}"] = self._margin_label(side)
        path = error.path
        label = next(
            (fields[key] for key in sorted(fields, key=len, reverse=True) if path.startswith(key)),
            path,
        )
        message = left_to_right(error.message)
        return f"{label}: {message}" if label else message

    def _changed(self) -> None:
        if self._loading or self._closed:
            return
        self.status.clear()
        try:
            kit = self.check()
        except BrandKitError as error:
            self._say(self._message(error))
            return
        self._say("")
        self.kit = kit
        self.preview.set_brand_kit(kit)
        self.preview.schedule(lambda: self._sample)

    def _say(self, message: str) -> None:
        self.error.setText(message)
        if message:
            self.last_message = message

    # -- choosing ----------------------------------------------------------------
    def _choose_logo(self) -> None:
        start = str(self.logo_path().parent) if self.logo_path() else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), start, LOGO_FILTER
        )
        if path:
            self.logo.setText(path)

    def _pick_colour(self, edit: QLineEdit) -> None:
        current = QColor(edit.text().strip())
        colour = QColorDialog.getColor(
            current if current.isValid() else QColor("#000000"), self, edit.accessibleName()
        )
        if colour.isValid():
            edit.setText(colour.name().upper())

    @staticmethod
    def _show_swatch(button: QPushButton, text: str) -> None:
        colour = QColor(text.strip())
        if colour.isValid() and len(text.strip()) == 7:
            swatch = QPixmap(16, 16)
            swatch.fill(colour)
            button.setIcon(QIcon(swatch))
        else:
            button.setIcon(QIcon())

    # -- saving ------------------------------------------------------------------
    def save(self) -> bool:
        name = self.name.text().strip()
        bundled = [n for n, is_bundled in self.kits.names() if is_bundled]
        if not name:
            self._say(self.tr("Kit name: give the kit a new name (bundled kits are templates)"))
        elif name in bundled:
            self._say(
                self.tr("Kit name: %1 is a bundled kit; save it under a new name").replace(
                    "%1", left_to_right(name)
                )
            )
        elif not KIT_NAME.fullmatch(name):
            self._say(
                self.tr("Kit name: %1 — use Latin letters, digits, - and _ only").replace(
                    "%1", left_to_right(name)
                )
            )
        else:
            return self._save_as(name)
        self.name.setFocus()
        return False

    def _save_as(self, name: str) -> bool:
        try:
            self.check()
        except BrandKitError as error:
            self._say(self._message(error))
            return False
        try:
            path = self.kits.save(name, self.kit_data(), self.logo_path())
        except (OSError, BrandKitError) as error:
            first_line = str(error).splitlines()[0]
            self._say(self.tr("Kit file: %1").replace("%1", left_to_right(first_line)))
            return False
        self._say("")
        self._fill_choice(name)
        self.status.setText(self.tr("Saved: %1").replace("%1", left_to_right(str(path))))
        self.saved.emit(name)
        return True

    def _shut_down(self) -> None:
        if not self._closed:
            self._closed = True
            self.preview.shutdown()


def _written(edit: QPlainTextEdit, direction: Qt.LayoutDirection) -> None:
    """Lines of one script, aligned at its start whatever the interface's direction."""
    edit.setLayoutDirection(direction)
    option = QTextOption(edit.document().defaultTextOption())
    option.setTextDirection(direction)
    right = direction == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
    option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
    edit.document().setDefaultTextOption(option)


def _lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]
