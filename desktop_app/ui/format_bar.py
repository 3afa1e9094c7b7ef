"""The formatting toolbar: bold, italic, underline, lists and headings for the rich text
box being edited, and the paragraph's direction and alignment as two separate choices."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QToolBar, QWidget

from .rich_text import RichTextEdit


class FormatBar(QToolBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formatBar")
        self.setWindowTitle(self.tr("Format"))
        self.target: RichTextEdit | None = None
        self.bold = self._action(self.tr("Bold"), "formatBold", "Ctrl+B", "toggle_bold")
        self.italic = self._action(self.tr("Italic"), "formatItalic", "Ctrl+I", "toggle_italic")
        self.underline = self._action(
            self.tr("Underline"), "formatUnderline", "Ctrl+U", "toggle_underline"
        )
        self.bullets = self._action(
            self.tr("Bulleted list"), "formatBullets", None, "set_list", False
        )
        self.numbers = self._action(
            self.tr("Numbered list"), "formatNumbers", None, "set_list", True
        )
        self.heading = self._action(self.tr("Heading"), "formatHeading", None, "set_heading", 2)
        self.direction = self._choice(
            "formatDirection",
            self.tr("Direction"),
            [
                ("auto", self.tr("Automatic")),
                ("rtl", self.tr("Right to left")),
                ("ltr", self.tr("Left to right")),
            ],
            "set_direction",
        )
        self.alignment = self._choice(
            "formatAlignment",
            self.tr("Alignment"),
            [
                ("justify", self.tr("Justified")),
                ("start", self.tr("Start")),
                ("center", self.tr("Centre")),
                ("end", self.tr("End")),
            ],
            "set_alignment",
        )
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _action(self, text: str, name: str, shortcut: str | None, method: str, *args) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda: self._apply(method, *args))
        self.addAction(action)
        return action

    def _choice(self, name: str, label: str, options, method: str) -> QComboBox:  # noqa: ANN001
        box = QComboBox(self)
        box.setObjectName(name)
        box.setAccessibleName(label)
        box.setToolTip(label)
        for value, text in options:
            box.addItem(text, value)
        box.activated.connect(lambda _index: self._apply(method, box.currentData()))
        self.addWidget(box)
        return box

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, RichTextEdit):
            self.target = new

    def _apply(self, method: str, *args) -> None:  # noqa: ANN002
        if self.target is None:
            return
        getattr(self.target, method)(*args)
        self.target.setFocus()
