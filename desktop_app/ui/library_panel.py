"""The library side panel: documents by kind, status and date, and search across them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.store import Library, StoreError


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
        self.list = QListWidget(self)
        self.list.setObjectName("libraryList")
        self.list.setAccessibleName(self.tr("Documents in the library"))
        self.list.itemActivated.connect(self._activated)
        self.message = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.library is None:
            return
        query = self.search.text().strip()
        try:
            if query:
                for hit in self.library.search(query, marks=("«", "»")):
                    self._add(hit.document_id, hit.title, hit.snippet)
            else:
                kinds = {"minutes": self.tr("Minutes"), "bulletin": self.tr("Bulletin")}
                statuses = {"draft": self.tr("draft"), "final": self.tr("final")}
                for info in self.library.documents():
                    kind = kinds.get(info.kind, info.kind)
                    status = statuses.get(info.status, info.status)
                    detail = f"{kind} · {status} · {info.updated[:10]}"
                    self._add(info.id, info.title or self.tr("Untitled"), detail)
            self.message = ""
        except StoreError as error:
            self.message = str(error)

    def _add(self, document_id: str, title: str, detail: str) -> None:
        item = QListWidgetItem(f"{title}\n{detail}", self.list)
        item.setData(Qt.ItemDataRole.UserRole, document_id)
        item.setToolTip(detail)

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_document.emit(item.data(Qt.ItemDataRole.UserRole))
