"""One undo history for the document form on screen, across all its fields.

Typing in a field becomes one step a short pause after the last key (or as soon as
another field gets keys or the mouse is used). A click that changes the form (adding an
agenda item, moving a section) is a step of its own at once. Undo reloads the previous
snapshot into the form and puts the cursor back in the field where the change was made.
The fields' own undo is bypassed, so Ctrl+Z means the same in every field.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from desktop_app.model import Document

from .edit_history import EditHistory

TYPING_PAUSE_MS = 300
_STEP_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.Drop)


class FormUndo(QObject):
    """Watches the current editor (``editor()`` returns it: it has ``load`` and
    ``document``) and undoes and redoes its changes."""

    availability_changed = Signal(bool, bool)  # can undo, can redo

    def __init__(self, container: QWidget, editor: Callable[[], QWidget]) -> None:
        super().__init__(container)
        self._container = container
        self._editor = editor
        self._history: EditHistory[Document] | None = None
        self._restoring = False
        # The widget that got the last key, and the one being typed in while a step is
        # pending (a table's cell editors count as their table). Named by a field index
        # only when a step is recorded: finding the index walks the whole form.
        self._typing_in: QWidget | None = None
        self._keyed: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        QApplication.instance().installEventFilter(self)

    def detach(self) -> None:
        self._timer.stop()
        QApplication.instance().removeEventFilter(self)

    @property
    def can_undo(self) -> bool:
        return self._history is not None and (self._history.can_undo or self._timer.isActive())

    @property
    def can_redo(self) -> bool:
        return self._history is not None and self._history.can_redo

    def reset(self) -> None:
        """A document was loaded: its history starts here."""
        self._timer.stop()
        self._history = EditHistory(self._editor().document())
        self._typing_in = None
        self._announce()

    def load(self, document: Document) -> None:
        """Show another document in the form; its history starts here."""
        self._restoring = True
        try:
            self._editor().load(document)
        finally:
            self._restoring = False
        self.reset()

    def take_over(self, other: FormUndo) -> None:
        """Continue ``other``'s history (the same document in a rebuilt window)."""
        other.flush()
        self._history = other._history
        self._announce()

    def changed(self) -> None:
        if self._restoring or self._history is None:
            return
        if self._keyed is not None:
            self._typing_in = self._keyed
            self._timer.start()
            self._announce()
        else:
            self._typing_in = None
            self.flush()

    def outside_change(self) -> None:
        """The next change comes from outside the form (a menu): a step of its own, not
        part of the typing before it."""
        self.flush()
        self._keyed = None

    def flush(self) -> None:
        """Record the pending change now."""
        self._timer.stop()
        if self._history is None:
            return
        widget = self._typing_in
        if widget is not None and not isValid(widget):
            widget = None  # gone since its key (a button pressed from the keyboard)
        field = self._field_of(widget) if widget is not None else ""
        self._history.record(
            self._editor().document(), field, _cursor(widget), now=time.monotonic()
        )
        self._announce()

    def undo(self) -> None:
        if self._history is None:
            return
        self.flush()
        steps = self._history.undo()
        if steps is not None:
            restored, undone = steps
            self._restore(restored.state, undone.field, None)

    def redo(self) -> None:
        if self._history is None:
            return
        self.flush()
        step = self._history.redo()
        if step is not None:
            self._restore(step.state, step.field, step.cursor)

    def _restore(self, document: Document, field: str, cursor: int | None) -> None:
        self._restoring = True
        try:
            self._editor().load(document)
        finally:
            self._restoring = False
        self._keyed = None
        widget = self._widget(field) if field else None
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            _set_cursor(widget, cursor)
            scroller = self._editor()
            if isinstance(scroller, QScrollArea):
                scroller.ensureWidgetVisible(widget)
        self._announce()

    def _announce(self) -> None:
        self.availability_changed.emit(self.can_undo, self.can_redo)

    # -- fields -----------------------------------------------------------------------
    def _fields(self) -> list[QWidget]:
        """The form's focusable widgets, in a stable order: a field's position in this
        list names it across a reload of the same document."""
        editor = self._editor()
        views = editor.findChildren(QAbstractItemView)
        return [
            widget
            for widget in editor.findChildren(QWidget)
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not _hidden_within(widget, editor)
            and not any(view.isAncestorOf(widget) for view in views)  # a cell's editor
        ]

    def _field_of(self, widget: QWidget | None) -> str:
        fields = self._fields()
        while widget is not None:
            if widget in fields:
                return str(fields.index(widget))
            widget = widget.parentWidget()
        return ""

    def _widget(self, field: str) -> QWidget | None:
        fields = self._fields()
        index = int(field)
        return fields[index] if index < len(fields) else None

    # -- events -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, *_STEP_EVENTS):
            return False
        if not isinstance(watched, QWidget) or not self._editor().isAncestorOf(watched):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # The window's Undo and Redo actions take these keys, not the field's own.
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            ):
                event.ignore()
                return True
            return False
        if kind == QEvent.Type.KeyPress:
            keyed = _owner(watched)
            if self._timer.isActive() and keyed is not self._typing_in:
                self.flush()  # typing moved to another field: a step of its own
            self._keyed = keyed
            return False
        if self._timer.isActive():
            self.flush()
        self._keyed = None
        return False


def _owner(widget: QWidget) -> QWidget:
    """The widget a key typed into ``widget`` edits: a cell editor's table, or itself."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return parent
        parent = parent.parentWidget()
    return widget


def _hidden_within(widget: QWidget, editor: QWidget) -> bool:
    """Hidden on purpose, as a removed agenda card waiting to be deleted is; a widget
    just added to the form and not shown yet still counts."""
    explicit = Qt.WidgetAttribute.WA_WState_ExplicitShowHide
    while widget is not None and widget is not editor:
        if widget.isHidden() and widget.testAttribute(explicit):
            return True
        widget = widget.parentWidget()
    return False


def _cursor(widget: QWidget | None) -> int:
    if isinstance(widget, QLineEdit):
        return widget.cursorPosition()
    if isinstance(widget, QTextEdit):
        return widget.textCursor().position()
    return 0


def _set_cursor(widget: QWidget, cursor: int | None) -> None:
    if isinstance(widget, QLineEdit):
        widget.setCursorPosition(len(widget.text()) if cursor is None else cursor)
    elif isinstance(widget, QTextEdit):
        text_cursor = widget.textCursor()
        length = widget.document().characterCount() - 1
        text_cursor.setPosition(length if cursor is None else min(cursor, length))
        widget.setTextCursor(text_cursor)
    elif isinstance(widget, QAbstractSpinBox):
        widget.selectAll()
