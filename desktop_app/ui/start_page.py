"""The start screen: new minutes, new bulletin or open a document; the documents worked on
last (from the library and from files); unsaved work to recover after a crash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .form_fields import left_to_right

COLUMN_WIDTH = 760  # the page's content stays a readable column on wide screens
LIBRARY_DOCUMENTS_SHOWN = 8
_KIND = Qt.ItemDataRole.UserRole + 1  # "file" or "library"
_TARGET = Qt.ItemDataRole.UserRole


class StartPage(QWidget):
    new_minutes = Signal()
    new_bulletin = Signal()
    open_requested = Signal()
    open_recent = Signal(str)  # a file's path
    open_library = Signal(str)  # a library document's id
    recover = Signal(str)  # working copy key
    discard = Signal(str)

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self._files = list(recent)
        self._library: list = []
        heading = QLabel(self.tr("Taqrir — minutes and bulletins"), self)
        heading.setObjectName("startHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        heading.setFont(font)
        self.new_minutes_button = self._big_button(
            self.tr("New minutes"), "newMinutes", self.new_minutes
        )
        self.new_bulletin_button = self._big_button(
            self.tr("New bulletin"), "newBulletin", self.new_bulletin
        )
        self.open_button = self._big_button(
            self.tr("Open a document…"), "openDocument", self.open_requested
        )
        buttons = QHBoxLayout()
        for button in (self.new_minutes_button, self.new_bulletin_button, self.open_button):
            buttons.addWidget(button)

        self.recovery_box = QGroupBox(self.tr("Unsaved work to recover"), self)
        self.recovery_box.setObjectName("recoveryBox")
        self.recovery = QListWidget(self.recovery_box)
        self.recovery.setObjectName("recoverList")
        self.recovery.setAccessibleName(self.tr("Unsaved work to recover"))
        self.recovery.setMaximumHeight(120)
        self.recover_button = QPushButton(self.tr("Recover"), self.recovery_box)
        self.recover_button.setObjectName("recoverButton")
        self.recover_button.clicked.connect(lambda: self._selected(self.recover))
        self.discard_button = QPushButton(self.tr("Discard"), self.recovery_box)
        self.discard_button.setObjectName("discardButton")
        self.discard_button.clicked.connect(lambda: self._selected(self.discard))
        recovery_buttons = QHBoxLayout()
        recovery_buttons.addWidget(self.recover_button)
        recovery_buttons.addWidget(self.discard_button)
        recovery_buttons.addStretch(1)
        recovery_layout = QVBoxLayout(self.recovery_box)
        recovery_layout.addWidget(self.recovery)
        recovery_layout.addLayout(recovery_buttons)

        recent_label = QLabel(self.tr("Recent documents"), self)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentFiles")
        self.recent.setAccessibleName(self.tr("Recent documents"))
        self.recent.itemActivated.connect(self._open_item)
        self.recent.setSpacing(3)

        column = QVBoxLayout()
        column.addWidget(heading)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(self.recovery_box)
        column.addWidget(recent_label)
        column.addWidget(self.recent, 1)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(COLUMN_WIDTH)
        centred = QHBoxLayout(self)
        centred.addStretch(1)
        centred.addWidget(holder, 4)
        centred.addStretch(1)
        self._fill_recent()
        self.set_working_copies([])

    def _big_button(self, text: str, name: str, signal) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setMinimumHeight(56)
        button.clicked.connect(signal)
        return button

    def set_library_documents(self, documents: list) -> None:  # noqa: ANN001 (DocumentInfo)
        """The library's most recently changed documents, listed before the files."""
        newest = sorted(documents, key=lambda info: info.updated, reverse=True)
        self._library = newest[:LIBRARY_DOCUMENTS_SHOWN]
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent.clear()
        kinds = {
            "minutes": self.tr("Minutes"),
            "bulletin": self.tr("Bulletin"),
            "free": self.tr("Document"),
        }
        for info in self._library:
            title = info.title or self.tr("Untitled")
            detail = f"{kinds.get(info.kind, info.kind)} · {left_to_right(info.updated[:10])}"
            item = QListWidgetItem(f"{title}\n{detail}", self.recent)
            item.setData(_TARGET, info.id)
            item.setData(_KIND, "library")
        for path in self._files:
            item = QListWidgetItem(f"{Path(path).name}\n{Path(path).parent}", self.recent)
            item.setData(_TARGET, path)
            item.setData(_KIND, "file")
            item.setToolTip(path)

    def _open_item(self, item: QListWidgetItem) -> None:
        target = item.data(_TARGET)
        if item.data(_KIND) == "library":
            self.open_library.emit(target)
        else:
            self.open_recent.emit(target)

    def set_working_copies(self, copies: list) -> None:  # noqa: ANN001 (WorkingCopy list)
        self.recovery.clear()
        for copy in copies:
            title = copy.title or self.tr("Untitled")
            item = QListWidgetItem(f"{title} — {copy.saved[:16].replace('T', ' ')}", self.recovery)
            item.setData(_TARGET, copy.key)
        if copies:
            self.recovery.setCurrentRow(0)
        self.recovery_box.setVisible(bool(copies))

    def _selected(self, signal) -> None:  # noqa: ANN001 (a bound signal)
        item = self.recovery.currentItem()
        if item is not None:
            signal.emit(item.data(_TARGET))
