"""The main window: a start screen, then the document editor beside its live preview."""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import Document, DocumentError, Metadata, load_document, save_document
from desktop_app.model.minutes import Minutes
from desktop_app.text.fonts import FontRegistry

from .export_job import ExportJob, print_pdf
from .minutes_editor import MinutesEditor
from .preview import PreviewPane
from .settings import AppSettings

DOCUMENT_FILTER = "Taqrir (*.taqrir.json *.json)"


class StartPage(QWidget):
    new_minutes = Signal()
    open_requested = Signal()
    open_recent = Signal(str)

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Taqrir — minutes and bulletins"), self)
        heading.setObjectName("startHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        heading.setFont(font)
        self.new_minutes_button = QPushButton(self.tr("New minutes"), self)
        self.new_minutes_button.setObjectName("newMinutes")
        self.new_minutes_button.clicked.connect(self.new_minutes)
        self.open_button = QPushButton(self.tr("Open a document…"), self)
        self.open_button.setObjectName("openDocument")
        self.open_button.clicked.connect(self.open_requested)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentFiles")
        self.recent.setAccessibleName(self.tr("Recent documents"))
        for path in recent:
            item = QListWidgetItem(Path(path).name, self.recent)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
        self.recent.itemActivated.connect(
            lambda item: self.open_recent.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        layout.addWidget(heading)
        layout.addWidget(self.new_minutes_button)
        layout.addWidget(self.open_button)
        layout.addWidget(QLabel(self.tr("Recent documents"), self))
        layout.addWidget(self.recent, 1)


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: AppSettings,
        registry: FontRegistry,
        store: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.registry = registry
        self.store = store
        self.path: Path | None = None
        self.modified = False
        self.saved_at: datetime.datetime | None = None
        self._export: ExportJob | None = None
        self.last_message = ""
        self.setWindowTitle("Taqrir")
        self.resize(1280, 820)

        self.pages = QStackedWidget(self)
        self.start = StartPage(settings.recent_files, self)
        self.start.new_minutes.connect(self.new_minutes)
        self.start.open_requested.connect(self.open_dialog)
        self.start.open_recent.connect(lambda path: self.open_path(Path(path)))
        self.minutes_editor = MinutesEditor(self)
        self.minutes_editor.changed.connect(self._document_changed)
        self.preview = PreviewPane(registry, self)
        self.workspace = QSplitter(Qt.Orientation.Horizontal, self)
        self.workspace.setObjectName("workspace")
        self.workspace.addWidget(self.minutes_editor)
        self.workspace.addWidget(self.preview)
        self.workspace.setStretchFactor(0, 1)
        self.workspace.setStretchFactor(1, 1)
        self.pages.addWidget(self.start)
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)

        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedStatus")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setMaximumWidth(180)
        self.progress.hide()
        self.statusBar().addWidget(self.saved_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self._build_actions()
        self._update_status()

    # -- actions ----------------------------------------------------------------------
    def _action(self, text: str, name: str, slot, shortcut=None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("New minutes"), "actionNew", self.new_minutes, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            self.tr("Open…"), "actionOpen", self.open_dialog, QKeySequence.StandardKey.Open
        )
        self.save_action = self._action(
            self.tr("Save"), "actionSave", self.save, QKeySequence.StandardKey.Save
        )
        self.export_action = self._action(
            self.tr("Export PDF…"), "actionExport", self.export_dialog, QKeySequence("Ctrl+E")
        )
        self.print_action = self._action(
            self.tr("Print…"), "actionPrint", self.print_dialog, QKeySequence.StandardKey.Print
        )
        self.quit_action = self._action(
            self.tr("Quit"), "actionQuit", self.close, QKeySequence.StandardKey.Quit
        )
        menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (
            self.new_action,
            self.open_action,
            self.save_action,
            self.export_action,
            self.print_action,
            self.quit_action,
        ):
            menu.addAction(action)
        self._set_document_actions(False)

    def _set_document_actions(self, enabled: bool) -> None:
        for action in (self.save_action, self.export_action, self.print_action):
            action.setEnabled(enabled)

    # -- documents --------------------------------------------------------------------
    def new_minutes(self) -> None:
        today = datetime.date.today().isoformat()
        language = self.settings.default_document_language
        document = Document(
            kind="minutes",
            language=language,
            direction="rtl" if language == "ar" else "ltr",
            metadata=Metadata(date=today),
            brand_kit="" if self.settings.default_kit == "default" else self.settings.default_kit,
            minutes=Minutes(),
        )
        self._show_document(document, None)
        self.minutes_editor.title.setFocus()

    def open_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a document"), "", DOCUMENT_FILTER
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        try:
            document = load_document(path)
        except DocumentError as error:
            self._report(str(error))
            return False
        if document.kind != "minutes":
            self._report(
                self.tr("%1: only minutes can be edited in this version").replace("%1", str(path))
            )
            return False
        self._show_document(document, path)
        self.settings.remember(str(path))
        self.settings.save(self.store)
        return True

    def _show_document(self, document: Document, path: Path | None) -> None:
        self.path = path
        self.minutes_editor.load(document)
        self.pages.setCurrentWidget(self.workspace)
        self._set_document_actions(True)
        self.modified = False
        self.saved_at = None
        self._update_status()
        self.preview.refresh_now(self.document(), self._base_dir())

    def document(self) -> Document:
        return self.minutes_editor.document()

    def _base_dir(self) -> Path | None:
        return self.path.parent if self.path else None

    def _document_changed(self) -> None:
        self.modified = True
        self._update_status()
        self.preview.schedule(self.document(), self._base_dir())

    def save(self) -> bool:
        if self.path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the document"), "", DOCUMENT_FILTER
            )
            if not path:
                return False
            if not path.endswith(".json"):
                path += ".taqrir.json"
            self.path = Path(path)
        return self.save_to(self.path)

    def save_to(self, path: Path) -> bool:
        try:
            save_document(self.document(), path)
        except DocumentError as error:
            self._report(str(error))
            return False
        self.path = path
        self.modified = False
        self.saved_at = datetime.datetime.now()
        self.settings.remember(str(path))
        self.settings.save(self.store)
        self._update_status()
        return True

    # -- export and print -------------------------------------------------------------
    def export_dialog(self) -> None:
        suggested = str(self.path).replace(".taqrir.json", ".pdf") if self.path else ""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), suggested, "PDF (*.pdf)"
        )
        if path:
            self.export_to(Path(path if path.endswith(".pdf") else path + ".pdf"))

    def export_to(self, target: Path, open_after: bool = False) -> ExportJob:
        job = ExportJob(self.document(), target, self.registry, self._base_dir(), self)
        job.progress.connect(self.progress.setValue)
        job.succeeded.connect(lambda path, pages: self._exported(path, pages, open_after))
        job.failed.connect(self._export_failed)
        self._export = job
        self.progress.setValue(0)
        self.progress.show()
        self.export_action.setEnabled(False)
        job.start()
        return job

    def _exported(self, path: str, pages: int, open_after: bool) -> None:
        self.progress.hide()
        self.export_action.setEnabled(True)
        self.last_message = self.tr("Exported %1 (%n page(s))", "", pages).replace("%1", path)
        self.statusBar().showMessage(self.last_message, 8000)
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _export_failed(self, message: str) -> None:
        self.progress.hide()
        self.export_action.setEnabled(True)
        self._report(message)

    def print_dialog(self) -> None:
        path = self.preview.pdf_path()
        if not path:
            self._report(self.tr("The preview is not ready yet; try again in a moment."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            try:
                print_pdf(path, printer)
            except OSError as error:
                self._report(str(error))

    # -- status -----------------------------------------------------------------------
    def _update_status(self) -> None:
        if self.pages.currentWidget() is not self.workspace:
            text = ""
        elif self.saved_at is None:
            text = self.tr("Not saved yet") if self.modified or self.path is None else ""
        else:
            when = self.saved_at.strftime("%H:%M")
            text = self.tr("Saved at %1").replace("%1", when)
            if self.modified:
                text += " — " + self.tr("changed since")
        self.saved_label.setText(text)
        title = self.path.name if self.path else self.tr("Untitled")
        self.setWindowTitle(f"{'*' if self.modified else ''}{title} — Taqrir")

    def _report(self, message: str) -> None:
        """A problem in one line: in the status bar, and kept for tests and logs."""
        self.last_message = message
        self.statusBar().showMessage(message, 15000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt)
        if self.modified:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                event.ignore()
                return
        if self._export is not None:
            self._export.wait()
        self.preview.shutdown()
        event.accept()
