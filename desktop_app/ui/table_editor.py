"""An editable table of rows: add, remove, move up and down, and paste rows copied from
a spreadsheet (tab-separated lines)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

DATE_FORMAT = "yyyy-MM-dd"


def left_to_right_format(display_format: str) -> str:
    """The display format that shows ``display_format`` as written (2025-12-18, 10:00)
    in a right-to-left interface: Qt lays the sections of date and time fields out in
    reverse there, and would show 18-12-2025 and 00:10."""
    if not QGuiApplication.isRightToLeft():
        return display_format
    return "".join(reversed(re.split(r"([^A-Za-z]+)", display_format)))


class ChoiceDelegate(QStyledItemDelegate):
    """A column whose cells take one of fixed values, shown by their labels."""

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.choices = list(choices)  # (value, label)

    def createEditor(self, parent, option, index):  # noqa: N802, ANN001, ANN201 (Qt)
        editor = QComboBox(parent)
        for value, label in self.choices:
            editor.addItem(label, value)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802, ANN001 (Qt)
        value = index.data(Qt.ItemDataRole.UserRole)
        position = editor.findData(value)
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802, ANN001 (Qt)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class DateDelegate(QStyledItemDelegate):
    """Deadlines picked from a calendar; free text such as «قبل نهاية السنة» stays as typed."""

    def createEditor(self, parent, option, index):  # noqa: N802, ANN001, ANN201 (Qt)
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(left_to_right_format(DATE_FORMAT))
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802, ANN001 (Qt)
        date = QDate.fromString(index.data() or "", DATE_FORMAT)
        editor.setDate(date if date.isValid() else QDate.currentDate())

    def setModelData(self, editor, model, index) -> None:  # noqa: N802, ANN001 (Qt)
        model.setData(index, editor.date().toString(DATE_FORMAT))


class RowsEditor(QWidget):
    """A table with its row buttons. Cells hold text; a choice column keeps its value in
    the item's user data and shows its label."""

    changed = Signal()

    def __init__(
        self,
        headers: Sequence[str],
        name: str,
        choices: dict[int, Sequence[tuple[str, str]]] | None = None,
        date_columns: Sequence[int] = (),
        max_rows: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choices = choices or {}
        self.max_rows = max_rows
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName(name)
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(140)
        for column, options in self.choices.items():
            self.table.setItemDelegateForColumn(column, ChoiceDelegate(options, self.table))
        for column in date_columns:
            self.table.setItemDelegateForColumn(column, DateDelegate(self.table))
        self.table.itemChanged.connect(self._item_changed)

        self.add_button = self._button(self.tr("Add"), f"{name}Add", self.add_row)
        self.remove_button = self._button(self.tr("Remove"), f"{name}Remove", self.remove_rows)
        # Arrows keep the row of buttons narrow in every language; the words are in the
        # tooltip and the accessible name.
        self.up_button = self._button("↑", f"{name}Up", lambda: self.move(-1), self.tr("Up"))
        self.down_button = self._button("↓", f"{name}Down", lambda: self.move(1), self.tr("Down"))
        self.paste_button = self._button(self.tr("Paste rows"), f"{name}Paste", self.paste)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.paste_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        self.changed.emit()

    def _rows_changed(self) -> None:
        full = self.max_rows is not None and self.table.rowCount() >= self.max_rows
        self.add_button.setEnabled(not full)
        self.paste_button.setEnabled(not full)
        self.changed.emit()

    def _button(self, text: str, name: str, slot, words: str = "") -> QPushButton:  # noqa: ANN001
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        if words:
            button.setToolTip(words)
            button.setAccessibleName(words)
            button.setMaximumWidth(button.fontMetrics().horizontalAdvance("↑") * 4 + 16)
        return button

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 (Qt)
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        super().keyPressEvent(event)

    # -- rows ---------------------------------------------------------------------
    def rows(self) -> list[list[str]]:
        """Each row's cells: the text, or a choice column's value."""
        out = []
        for row in range(self.table.rowCount()):
            cells = []
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is None:
                    cells.append("")
                elif column in self.choices:
                    cells.append(item.data(Qt.ItemDataRole.UserRole) or "")
                else:
                    cells.append(item.text())
            out.append(cells)
        return out

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(0)
        for cells in list(rows)[: self.max_rows]:
            self._append(cells)
        self.table.blockSignals(blocked)
        self._rows_changed()

    def _append(self, cells: Sequence[str]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            text = cells[column] if column < len(cells) else ""
            self.table.setItem(row, column, self._item(column, text))

    def _item(self, column: int, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem()
        if column in self.choices:
            values = dict(self.choices[column])
            value = text if text in values else self.choices[column][0][0]
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setText(values[value])
        else:
            item.setText(text)
        return item

    def add_row(self, cells: Sequence[str] = ()) -> None:
        if self.max_rows is not None and self.table.rowCount() >= self.max_rows:
            return
        self._append(list(cells) if cells else [])
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self._rows_changed()

    def remove_rows(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self._rows_changed()

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = self.rows()
        rows[row], rows[target] = rows[target], rows[row]
        self.set_rows(rows)
        self.table.setCurrentCell(target, 0)

    def paste(self) -> None:
        """Rows copied from a spreadsheet: one per line, cells separated by tabs."""
        text = QGuiApplication.clipboard().text()
        lines = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
        if not lines:
            return
        rows = self.rows() + [self._pasted_cells(line.split("\t")) for line in lines]
        self.set_rows(rows)

    def _pasted_cells(self, cells: list[str]) -> list[str]:
        """Choice columns take a pasted label or value; unknown text takes the default."""
        out = []
        for column, text in enumerate(cells[: self.table.columnCount()]):
            text = text.strip()
            if column in self.choices:
                by_label = {label.casefold(): value for value, label in self.choices[column]}
                text = by_label.get(text.casefold(), text)
            out.append(text)
        return out
