"""The main window: a start screen, then the document editor beside its live preview."""

from __future__ import annotations

import dataclasses
import datetime
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop_app.model import Document, DocumentError, Metadata, load_document, save_document
from desktop_app.model.minutes import Minutes
from desktop_app.model.nameplate import Nameplate
from desktop_app.store import Library, StoreError
from desktop_app.store.files import current_user, write_document_images
from desktop_app.store.package import SUFFIX as PACKAGE_SUFFIX
from desktop_app.store.package import import_package
from desktop_app.text.fonts import FontRegistry

from .about import AboutBox
from .bulletin_editor import BulletinEditor
from .export_job import ExportJob, print_pdf
from .form_fields import left_to_right
from .form_undo import FormUndo
from .format_bar import FormatBar
from .kit_editor import KitEditor
from .kits import KitShelf
from .library_panel import LibraryPanel
from .minutes_editor import MinutesEditor
from .preview import PreviewPane
from .settings import AppSettings
from .settings_dialog import SettingsDialog
from .start_page import StartPage

DOCUMENT_FILTER = "Taqrir (*.taqrir.json *.json *.taqrir.zip)"


class MainWindow(QMainWindow):
    _autosaved = Signal(int, str)  # working copy sequence, or 0 and a message
    language_requested = Signal(str)  # "ar", "fr" or "en"

    def __init__(
        self,
        settings: AppSettings,
        registry: FontRegistry,
        store: QSettings,
        library: Library | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.registry = registry
        self.store = store
        self.library = library
        self.document_id: str | None = None  # in the library
        self.working_key = ""  # the working copy autosaved for this document
        self.autosaved_sequence = 0
        self._autosaving = False
        self._closed = False
        self.path: Path | None = None
        self._images = tempfile.TemporaryDirectory(prefix="taqrir-images-")
        self._library_images: Path | None = None  # a library document's images, on disk
        self.modified = False
        self.saved_at: datetime.datetime | None = None
        self._export: ExportJob | None = None
        self.last_message = ""
        self.setWindowTitle("Taqrir")
        self.resize(1280, 820)

        self.pages = QStackedWidget(self)
        self.start = StartPage(settings.recent_files, self)
        self.start.new_minutes.connect(self.new_minutes)
        self.start.new_bulletin.connect(self.new_bulletin)
        self.start.open_requested.connect(self.open_dialog)
        self.start.open_recent.connect(lambda path: self.open_path(Path(path)))
        self.start.open_library.connect(self.open_library_document)
        self.start.recover.connect(self.recover)
        self.start.discard.connect(self.discard_working_copy)
        self.library_panel = LibraryPanel(library, self)
        self.library_panel.open_document.connect(self.open_library_document)
        self.minutes_editor = MinutesEditor(self)
        self.minutes_editor.changed.connect(self._document_changed)
        self.bulletin_editor = BulletinEditor(self)
        self.bulletin_editor.changed.connect(self._document_changed)
        self.editors = QStackedWidget(self)
        self.editors.setObjectName("editors")
        self.editors.addWidget(self.minutes_editor)
        self.editors.addWidget(self.bulletin_editor)
        self.kits = KitShelf(
            settings.kits_folder() if library is None else library.path.parent / "kits", library
        )
        self.preview = PreviewPane(registry, self)
        self.preview.set_kits_folder(self.kits.folder)
        self.workspace = QSplitter(Qt.Orientation.Horizontal, self)
        self.workspace.setObjectName("workspace")
        self.workspace.addWidget(self.library_panel)
        self.workspace.addWidget(self.editors)
        self.workspace.addWidget(self.preview)
        self.workspace.setStretchFactor(1, 2)
        self.workspace.setStretchFactor(2, 2)
        self.workspace.setSizes([240, 560, 480])
        self.pages.addWidget(self.start)
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)

        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedStatus")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setMaximumWidth(180)
        self.progress.hide()
        self.open_export_button = QPushButton(self.tr("Open the PDF"), self)
        self.open_export_button.setObjectName("openExport")
        self.open_export_button.clicked.connect(lambda: self._open_exported(folder=False))
        self.open_export_folder_button = QPushButton(self.tr("Open its folder"), self)
        self.open_export_folder_button.setObjectName("openExportFolder")
        self.open_export_folder_button.clicked.connect(lambda: self._open_exported(folder=True))
        self.last_export: Path | None = None
        self.statusBar().addWidget(self.saved_label, 1)
        self.statusBar().addPermanentWidget(self.open_export_button)
        self.statusBar().addPermanentWidget(self.open_export_folder_button)
        self.statusBar().addPermanentWidget(self.progress)
        self._show_export_buttons(False)
        self._autosaved.connect(self._on_autosaved)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(settings.autosave_seconds * 1000)
        self._autosave_timer.timeout.connect(self.autosave)
        self.form_undo = FormUndo(self, self.editors.currentWidget)
        self._build_actions()
        self.form_undo.availability_changed.connect(self._set_undo_actions)
        self.format_bar = FormatBar(self)
        self.addToolBar(self.format_bar)
        self.pages.currentChanged.connect(
            lambda _index: self.format_bar.setVisible(self.pages.currentWidget() is self.workspace)
        )
        self.format_bar.setVisible(False)
        self._update_status()
        self._refresh_working_copies()

    # -- actions ----------------------------------------------------------------------
    def _action(self, text: str, name: str, slot, shortcut=None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every binding of the platform (Ctrl+Y and Ctrl+Shift+Z)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("New minutes"), "actionNew", self.new_minutes, QKeySequence.StandardKey.New
        )
        self.new_bulletin_action = self._action(
            self.tr("New bulletin"), "actionNewBulletin", self.new_bulletin
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
        self.find_action = self._action(
            self.tr("Find…"), "actionFind", self.find, QKeySequence.StandardKey.Find
        )
        self.settings_action = self._action(
            self.tr("Settings…"), "actionSettings", self.settings_dialog, QKeySequence("Ctrl+,")
        )
        self.kits_action = self._action(self.tr("Brand kits…"), "actionBrandKits", self.kit_editor)
        self.quit_action = self._action(
            self.tr("Quit"), "actionQuit", self.close, QKeySequence.StandardKey.Quit
        )
        menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (
            self.new_action,
            self.new_bulletin_action,
            self.open_action,
            self.save_action,
            self.export_action,
            self.print_action,
            self.quit_action,
        ):
            menu.addAction(action)
        self.undo_action = self._action(
            self.tr("Undo"), "actionUndo", self.form_undo.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(
            self.tr("Redo"), "actionRedo", self.form_undo.redo, QKeySequence.StandardKey.Redo
        )
        self._set_undo_actions(False, False)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(self.find_action)
        view = self.menuBar().addMenu(self.tr("&View"))
        languages = view.addMenu(self.tr("Interface language"))
        languages.setObjectName("languageMenu")
        group = QActionGroup(self)
        for code, name in (("ar", "العربية"), ("fr", "Français"), ("en", "English")):
            action = QAction(name, self)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == self.settings.ui_language)
            action.triggered.connect(lambda _checked, code=code: self.language_requested.emit(code))
            group.addAction(action)
            languages.addAction(action)
        tools = self.menuBar().addMenu(self.tr("&Tools"))
        tools.setObjectName("toolsMenu")
        self.document_kit_menu = tools.addMenu(self.tr("Brand kit of this document"))
        self.document_kit_menu.setObjectName("documentKitMenu")
        self.document_kit_menu.aboutToShow.connect(self._fill_document_kit_menu)
        self._fill_document_kit_menu()
        tools.addAction(self.kits_action)
        tools.addSeparator()
        tools.addAction(self.settings_action)
        self.about_action = self._action(self.tr("About Taqrir"), "actionAbout", self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self._set_document_actions(False)

    def about(self) -> AboutBox:
        """Help → About (window-modal, not blocking): version, library, fonts."""
        box = AboutBox(self.settings.library_file(), Path(self.store.fileName()), self)
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def settings_dialog(self) -> SettingsDialog:
        """Open the settings (window-modal, not blocking); accepting saves and applies them."""
        dialog = SettingsDialog(self.settings, self.kits, self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def apply_settings(self, new: AppSettings) -> None:
        old = dataclasses.replace(self.settings)
        for field in dataclasses.fields(AppSettings):
            if field.name != "recent_files":
                setattr(self.settings, field.name, getattr(new, field.name))
        self.settings.save(self.store)
        self._autosave_timer.setInterval(self.settings.autosave_seconds * 1000)
        if new.data_folder != old.data_folder:
            self._report(
                self.tr("The library will be opened from %1 at the next start.").replace(
                    "%1", str(self.settings.library_file().parent)
                )
            )
        if new.ui_language != old.ui_language:
            self.language_requested.emit(new.ui_language)

    def kit_editor(self) -> KitEditor:
        """Open the brand kit editor on the default kit (window-modal, not blocking)."""
        language = self.settings.ui_language if self.settings.ui_language != "en" else "fr"
        editor = KitEditor(self.kits, self.registry, self.settings.default_kit, language, self)
        editor.saved.connect(self._kit_saved)
        editor.finished.connect(editor.deleteLater)
        editor.open()
        return editor

    def _fill_document_kit_menu(self) -> None:
        menu = self.document_kit_menu
        menu.clear()
        open_document = self.pages.currentWidget() is self.workspace
        current = (self.document().brand_kit or "default") if open_document else ""
        group = QActionGroup(menu)
        for name, bundled in self.kits.names():
            shown = self.tr("%1 (bundled)").replace("%1", name) if bundled else name
            action = menu.addAction(shown)
            action.setObjectName(f"documentKit_{name}")
            action.setCheckable(True)
            action.setChecked(name == current)
            action.setEnabled(open_document)
            action.triggered.connect(lambda _checked, name=name: self.set_document_kit(name))
            group.addAction(action)

    def set_document_kit(self, name: str) -> None:
        """Give the open document the brand kit ``name`` (a change like any other: it is
        previewed, autosaved and can be undone)."""
        if self.pages.currentWidget() is not self.workspace:
            return
        document = self.document()
        kit = "" if name == "default" else name
        if document.brand_kit != kit:
            self.form_undo.outside_change()
            self.editors.currentWidget().load(dataclasses.replace(document, brand_kit=kit))

    def _kit_saved(self, name: str) -> None:
        """The open document's preview follows a change to the kit it names."""
        if self.pages.currentWidget() is self.workspace and self.document().brand_kit == name:
            self.preview.schedule(self.document, self._base_dir())

    def find(self) -> None:
        if self.pages.currentWidget() is self.workspace:
            self.library_panel.search.setFocus()
            self.library_panel.search.selectAll()

    def _set_undo_actions(self, can_undo: bool, can_redo: bool) -> None:
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)

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
        self._show_document(document, None, None, "")
        self.minutes_editor.title.setFocus()

    def new_bulletin(self) -> None:
        language = self.settings.default_document_language
        document = Document(
            kind="bulletin",
            language=language,
            direction="rtl" if language == "ar" else "ltr",
            metadata=Metadata(date=datetime.date.today().isoformat()),
            brand_kit="" if self.settings.default_kit == "default" else self.settings.default_kit,
            nameplate=Nameplate(),
        )
        self._show_document(document, None, None, "")
        self.bulletin_editor.title.setFocus()

    def open_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a document"), "", DOCUMENT_FILTER
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        if path.name.lower().endswith(PACKAGE_SUFFIX):
            return self.open_package(path)
        try:
            document = load_document(path)
        except DocumentError as error:
            self._failed(self.tr("Cannot open the document: %1"), error)
            return False
        self._show_document(document, path, None, "")
        self.settings.remember(str(path))
        self.settings.save(self.store)
        return True

    def open_files(self, paths: list[str]) -> None:
        """Files handed over by a later start of the app: opened here, and the window
        comes forward (with no files too: the user started the app again)."""
        for path in paths:
            self.open_path(Path(path))
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def open_package(self, path: Path) -> bool:
        """Import a document package into the library and open its document."""
        if self.library is None:
            self._report(
                self.tr("%1: a package opens into the library, which is not available").replace(
                    "%1", str(path)
                )
            )
            return False
        try:
            result = import_package(self.library, path, author=current_user())
        except StoreError as error:
            self._failed(self.tr("Cannot import the package: %1"), error)
            return False
        self.library_panel.refresh()
        opened = self.open_library_document(result.document_id)
        if opened and result.notes:
            self._failed(self.tr("Imported, with a note: %1"), "; ".join(result.notes))
        return opened

    def open_library_document(self, document_id: str) -> bool:
        if self.library is None:
            return False
        try:
            document = self.library.load(document_id)
        except StoreError as error:
            self._failed(self.tr("Cannot open the document: %1"), error)
            return False
        self._show_document(document, None, document_id, document_id)
        return True

    def recover(self, key: str) -> bool:
        if self.library is None:
            return False
        try:
            document = self.library.recover(key)
            owner = next(
                (c.document_id for c in self.library.working_copies() if c.key == key), None
            )
        except StoreError as error:
            self._failed(self.tr("Cannot recover the work: %1"), error)
            return False
        self._show_document(document, None, owner, key)
        self.modified = True
        self._update_status()
        return True

    def discard_working_copy(self, key: str) -> None:
        if self.library is not None:
            try:
                self.library.discard(key)
            except StoreError as error:
                self._failed(self.tr("Cannot discard the work: %1"), error)
        self._refresh_working_copies()

    def _refresh_working_copies(self) -> None:
        copies, documents = [], []
        if self.library is not None:
            try:
                copies = self.library.working_copies()
                documents = self.library.documents()
            except StoreError as error:
                self._failed(self.tr("Cannot read the library: %1"), error)
        self.start.set_working_copies(copies)
        self.start.set_library_documents(documents)

    def _show_document(
        self, document: Document, path: Path | None, document_id: str | None, key: str
    ) -> None:
        self.path = path
        self.document_id = document_id
        self.last_export = None
        self._show_export_buttons(False)
        self._library_images = None
        if document_id is not None and self.library is not None:
            try:
                self._library_images = write_document_images(
                    self.library, document_id, Path(self._images.name) / document_id
                )
            except (StoreError, OSError) as error:
                self._failed(self.tr("Cannot read the document's images: %1"), error)
        self.working_key = key or (document_id or (Library.new_untitled_key()))
        self.autosaved_sequence = 0
        editor = self.bulletin_editor if document.kind == "bulletin" else self.minutes_editor
        self.editors.setCurrentWidget(editor)
        self.form_undo.load(document)
        self.pages.setCurrentWidget(self.workspace)
        self._set_document_actions(True)
        self.modified = False
        self.saved_at = None
        self._update_status()
        self.preview.refresh_now(self.document, self._base_dir())

    def document(self) -> Document:
        return self.editors.currentWidget().document()

    def _base_dir(self) -> Path | None:
        return self.path.parent if self.path else self._library_images

    def _document_changed(self) -> None:
        if self._closed:
            return
        self.modified = True
        self.form_undo.changed()
        self._update_status()
        self.preview.schedule(self.document, self._base_dir())
        if self.library is not None:
            self._autosave_timer.start()

    def autosave(self) -> None:
        """Keep the working copy, in a worker thread: a crash loses at most the last
        few seconds."""
        if self.library is None or not self.modified:
            return
        if self._autosaving:
            self._autosave_timer.start()
            return
        self._autosaving = True
        library, key, document = self.library, self.working_key, self.document()

        def work() -> None:
            try:
                sequence = library.autosave(key, document)
            except Exception as error:  # noqa: BLE001 (reported; the next change retries)
                self._autosaved.emit(0, str(error) or repr(error))
                return
            self._autosaved.emit(sequence, "")

        QThreadPool.globalInstance().start(work)

    def _on_autosaved(self, sequence: int, message: str) -> None:
        self._autosaving = False
        if message:
            self._failed(self.tr("Autosave failed: %1"), message)
        else:
            self.autosaved_sequence = sequence

    def save(self) -> bool:
        if self.library is not None and self.path is None:
            return self.save_to_library()
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

    def save_to_library(self) -> bool:
        assert self.library is not None
        self._autosave_timer.stop()
        document = self.document()
        try:
            if self.document_id is None:
                self.document_id = self.library.add(document, working_copy=self.working_key)
            else:
                self.library.save(self.document_id, document, working_copy=self.working_key)
        except StoreError as error:
            self._failed(self.tr("Cannot save: %1"), error)
            return False
        self.working_key = self.document_id
        self.modified = False
        self.saved_at = datetime.datetime.now()
        self.library_panel.refresh()
        self._update_status()
        return True

    def save_to(self, path: Path) -> bool:
        try:
            save_document(self.document(), path)
        except DocumentError as error:
            self._failed(self.tr("Cannot save: %1"), error)
            return False
        self.path = path
        self.modified = False
        self.saved_at = datetime.datetime.now()
        self._drop_working_copy()
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
        job = ExportJob(
            self.document(), target, self.registry, self._base_dir(), self, self.kits.folder
        )
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
        self.saved_label.setText(self.last_message)
        self.last_export = Path(path)
        self._show_export_buttons(True)
        if open_after:
            self._open_exported(folder=False)

    def _show_export_buttons(self, shown: bool) -> None:
        self.open_export_button.setVisible(shown)
        self.open_export_folder_button.setVisible(shown)

    def _open_exported(self, folder: bool) -> None:
        """Open the exported PDF, or the folder it was written to, with the system's
        own viewer or file manager."""
        if self.last_export is None:
            return
        target = self.last_export.parent if folder else self.last_export
        if not target.exists():
            self._report(self.tr("%1 is no longer there").replace("%1", str(target)))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _export_failed(self, message: str) -> None:
        self.progress.hide()
        self.export_action.setEnabled(True)
        self._failed(self.tr("Export failed: %1"), message)

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
                self._failed(self.tr("Printing failed: %1"), error)

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

    def adopt(self, other: MainWindow) -> None:
        """Take over the document and its state from ``other`` (a window being replaced,
        as when the interface language changes)."""
        if other.pages.currentWidget() is other.workspace:
            self._show_document(other.document(), other.path, other.document_id, other.working_key)
            self.form_undo.take_over(other.form_undo)
            self.modified = other.modified
            self.saved_at = other.saved_at
            self._update_status()
        other.modified = False  # its work lives on here: closing it must not ask or discard
        self.setGeometry(other.geometry())

    def _drop_working_copy(self) -> None:
        """A clean end (saved, or changes thrown away): nothing to recover next time."""
        self._autosave_timer.stop()
        QThreadPool.globalInstance().waitForDone()
        if self.library is None or not self.working_key:
            return
        if any(c.key == self.working_key for c in self.library.working_copies()):
            self.library.discard(self.working_key)

    def _failed(self, headline: str, detail: object) -> None:
        """``headline`` (translated, with %1) around the detail, which names the file or
        field in the words of the code that found the problem."""
        self._report(headline.replace("%1", left_to_right(str(detail))))

    def _report(self, message: str) -> None:
        """A problem in one line: in the status bar, and kept for tests and logs."""
        self.last_message = message
        self.statusBar().showMessage(message, 15000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt)
        if self._closed:
            event.accept()
            return
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
            if answer == QMessageBox.StandardButton.Discard:
                self._drop_working_copy()
                self.modified = False  # answered: a second close does not ask again
        QThreadPool.globalInstance().waitForDone()
        if self._export is not None:
            self._export.wait()
        self._autosave_timer.stop()
        self.form_undo.detach()
        self.preview.shutdown()
        for editor in self.findChildren(KitEditor):
            editor.reject()  # its preview's thread ends before the window goes
        self._images.cleanup()
        self._closed = True
        event.accept()
