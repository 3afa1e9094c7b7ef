"""The library side panel: documents grouped by kind, newest first, with their status and
date, a status filter, and search across them all."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.store import Library, StoreError

from .form_fields import left_to_right

_ID = Qt.ItemDataRole.UserRole


class LibraryPanel(QWidget):
    open_document = Signal(str)  # document id

    def __init__(self, library: Library | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.library = library
        self.search = QLineEdit(self)
        self.search.setObjectName("librarySearch")
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setPlaceholderText(self.tr("Search all documents"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.status = QComboBox(self)
        self.status.setObjectName("libraryStatus")
        self.status.setAccessibleName(self.tr("Show documents"))
        for value, label in (
            ("", self.tr("All documents")),
            ("draft", self.tr("Drafts")),
            ("final", self.tr("Final documents")),
        ):
            self.status.addItem(label, value)
        self.status.currentIndexChanged.connect(self.refresh)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("libraryTree")
        self.tree.setAccessibleName(self.tr("Documents in the library"))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 0; }")
        self.tree.itemActivated.connect(self._activated)
        self.message = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        if self.library is None:
            return
        query = self.search.text().strip()
        try:
            if query:
                for hit in self.library.search(query, marks=("«", "»")):
                    self._add(self.tree, hit.document_id, hit.title, hit.snippet)
            else:
                self._fill_by_kind()
            self.message = ""
        except StoreError as error:
            self.message = str(error)

    def _fill_by_kind(self) -> None:
        assert self.library is not None
        wanted = self.status.currentData()
        kinds = {
            "minutes": self.tr("Minutes"),
            "bulletin": self.tr("Bulletins"),
            "free": self.tr("Other documents"),
        }
        statuses = {"draft": self.tr("draft"), "final": self.tr("final")}
        groups: dict[str, QTreeWidgetItem] = {}
        order = {kind: index for index, kind in enumerate(kinds)}
        documents = [i for i in self.library.documents() if not wanted or i.status == wanted]
        documents.sort(key=lambda info: info.updated, reverse=True)
        documents.sort(key=lambda info: order.get(info.kind, len(order)))  # stable: by kind
        for info in documents:
            group = groups.get(info.kind)
            if group is None:
                group = QTreeWidgetItem(self.tree, [kinds.get(info.kind, info.kind)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setExpanded(True)
                groups[info.kind] = group
            status = statuses.get(info.status, info.status)
            detail = f"{status} · {left_to_right(info.updated[:10])}"
            self._add(group, info.id, info.title or self.tr("Untitled"), detail)
        for group in groups.values():
            group.setText(0, f"{group.text(0)} ({group.childCount()})")

    def _add(self, parent, document_id: str, title: str, detail: str) -> None:  # noqa: ANN001
        item = QTreeWidgetItem(parent, [f"{title}\n{detail}"])
        item.setData(0, _ID, document_id)
        item.setToolTip(0, f"{title}\n{detail}")

    def documents_shown(self) -> list[tuple[str, str]]:
        """(group, text) of each document row, in order: what the panel shows."""
        rows = []
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top.data(0, _ID):
                rows.append(("", top.text(0)))
            for child in range(top.childCount()):
                rows.append((top.text(0), top.child(child).text(0)))
        return rows

    def _activated(self, item: QTreeWidgetItem) -> None:
        document_id = item.data(0, _ID)
        if document_id:
            self.open_document.emit(document_id)
