"""The form fields both document editors are built of, each named for tests and screen
readers and wired to the editor's change signal."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import Document, Run
from desktop_app.model.document import runs_text

from .table_editor import DATE_FORMAT, left_to_right_format

# Document languages, each named in its own language.
LANGUAGE_CHOICES = (("ar", "العربية"), ("fr", "Français"))


def form_layout(parent: QWidget) -> QFormLayout:
    """A form whose label goes above its field when both do not fit side by side, so a
    long label in one language does not widen the whole form."""
    form = QFormLayout(parent)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def line_edit(parent: QWidget, name: str, label: str, on_change: Callable) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(label)
    edit.textChanged.connect(on_change)
    return edit


def check_box(parent: QWidget, name: str, label: str, on_change: Callable) -> QCheckBox:
    box = QCheckBox(label, parent)
    box.setObjectName(name)
    box.setAccessibleName(label)
    box.toggled.connect(on_change)
    return box


def date_edit(parent: QWidget, name: str, label: str, on_change: Callable) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(label)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(left_to_right_format(DATE_FORMAT))
    edit.setDate(QDate.currentDate())
    edit.dateChanged.connect(on_change)
    return edit


def choice_box(
    parent: QWidget,
    name: str,
    label: str,
    choices: Sequence[tuple[str, str]],
    on_change: Callable,
) -> QComboBox:
    """A list of (value, shown text) choices."""
    box = QComboBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(label)
    for value, text in choices:
        box.addItem(text, value)
    box.currentIndexChanged.connect(on_change)
    return box


def select(box: QComboBox, value: str) -> None:
    """Show ``value``'s choice (the first one for a value the box does not offer)."""
    box.setCurrentIndex(max(box.findData(value), 0))


def set_date(edit: QDateEdit, text: str) -> None:
    """A YYYY-MM-DD date; today's for an empty or unreadable one."""
    date = QDate.fromString(text, DATE_FORMAT)
    edit.setDate(date if date.isValid() else QDate.currentDate())


def runs_as_typed(text: str, loaded: list[Run] | None) -> list[Run]:
    """A field's text as runs, keeping the loaded runs (bold, a language) while the text
    is the same."""
    if loaded is not None and runs_text(loaded) == text:
        return list(loaded)
    return [Run(text)] if text else []


def left_to_right(text: str) -> str:
    """``text`` (a date, a path, a colour, an English message) isolated left to right, so
    that an Arabic sentence around it does not reorder its parts: after an Arabic word,
    UAX #9 makes each number of 2026-11-30 a run of its own, shown as 30-11-2026."""
    return f"\u2066{text}\u2069"


class DocumentForm(QScrollArea):
    """The scrolled column a document's form is built in. ``changed`` follows every edit,
    never a load; ``load`` fills the form (subclasses write ``_fill``) and ``document``
    gives the document as the form shows it."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.setWidget(body)
        self._layout = QVBoxLayout(body)
        self._loading = False

    def _line(self, name: str, label: str) -> QLineEdit:
        return line_edit(self, name, label, self._emit)

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()

    def load(self, document: Document) -> None:
        self._loading = True
        try:
            self._fill(document)
        finally:
            self._loading = False
        self.changed.emit()

    def _fill(self, document: Document) -> None:
        raise NotImplementedError

    def document(self) -> Document:
        raise NotImplementedError
