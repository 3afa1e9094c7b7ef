"""The live preview: the real PDF from the export engine, rebuilt in a worker thread a
short pause after the last edit, shown with Qt's PDF module.

The latest edit wins: while one export runs, further edits only mark the preview stale,
and one new export of the newest document starts when the running one ends.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import Document, document_from_json, document_to_json
from desktop_app.model.brand_kit import BrandKit
from desktop_app.pdf.builder import ExportSettings, export_pdf
from desktop_app.text.fonts import FontRegistry

from .form_fields import left_to_right
from .kits import find_kit
from .thumbnails import ThumbnailStrip

REFRESH_PAUSE_MS = 350
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


class PreviewRenderer(QObject):
    """Exports documents to PDF files in its own thread (move it to a QThread)."""

    finished = Signal(int, str, int)  # job, PDF path, pages
    failed = Signal(int, str)  # job, one-line message

    def __init__(self, registry: FontRegistry, folder: Path) -> None:
        super().__init__()
        self.registry = registry
        self.folder = folder
        # Set from the UI thread, read when a render starts: a kit shown whatever the
        # document names (the kit editor's), and where the user's own kits are.
        self.brand_kit: BrandKit | None = None
        self.kits_folder: Path | None = None

    @Slot(int, str, str)
    def render(self, job: int, document_json: str, base_dir: str) -> None:
        """Export the document (as JSON: a snapshot, and plain data across threads)."""
        target = self.folder / f"preview-{job % 2}.pdf"  # the one on screen stays intact
        try:
            document = document_from_json(document_json)
            base = Path(base_dir) if base_dir else None
            kit = self.brand_kit or find_kit(
                document.brand_kit, base, self.registry, self.kits_folder
            )
            settings = ExportSettings(registry=self.registry, brand_kit=kit, base_dir=base)
            pages = export_pdf(document, target, settings)
        except Exception as error:  # noqa: BLE001 (any failure is shown, the app goes on)
            self.failed.emit(job, str(error).splitlines()[0] if str(error) else repr(error))
            return
        self.finished.emit(job, str(target), pages)


class PreviewPane(QWidget):
    """Shows the exported PDF; call ``schedule(document)`` after every edit."""

    updated = Signal(int)  # pages, once a new PDF is on screen
    _render = Signal(int, str, str)

    def __init__(self, registry: FontRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = tempfile.TemporaryDirectory(prefix="taqrir-preview-")
        self._thread = QThread(self)
        self._renderer = PreviewRenderer(registry, Path(self._folder.name))
        self._renderer.moveToThread(self._thread)
        self._render.connect(self._renderer.render)
        self._renderer.finished.connect(self._show)
        self._renderer.failed.connect(self._show_failure)
        self._thread.start()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_PAUSE_MS)
        self._timer.timeout.connect(self._start)
        self._pending: tuple[Callable[[], Document], str] | None = None
        self._running = False
        self._job = 0
        self.pages = 0
        self.last_error = ""
        self._shown = ""

        self._pdf = QPdfDocument(self)
        self._view = QPdfView(self)
        self._view.setObjectName("previewView")
        self._view.setDocument(self._pdf)
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._view.setAccessibleName(self.tr("PDF preview"))

        self._zoom = QComboBox(self)
        self._zoom.setObjectName("previewZoom")
        self._zoom.setAccessibleName(self.tr("Zoom"))
        self._zoom.addItem(self.tr("Fit width"), 0.0)
        for step in ZOOM_STEPS:
            self._zoom.addItem(f"{round(step * 100)} %", step)
        self._zoom.currentIndexChanged.connect(self._zoom_changed)
        self._status = QLabel(self)
        self._status.setObjectName("previewStatus")
        # A long message is cut (its whole text in the tooltip), never widening the pane.
        self._status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.thumbnails = ThumbnailStrip(self._view, self)
        self.updated.connect(self.thumbnails.reload)
        self._pages_button = QToolButton(self)
        self._pages_button.setObjectName("previewThumbnailsToggle")
        self._pages_button.setText(self.tr("Pages"))
        self._pages_button.setAccessibleName(self.tr("Show page thumbnails"))
        self._pages_button.setCheckable(True)
        self._pages_button.setChecked(True)
        self._pages_button.toggled.connect(self.thumbnails.setVisible)

        bar = QHBoxLayout()
        bar.addWidget(self._pages_button)
        bar.addWidget(self._status, 1)
        bar.addWidget(self._zoom)
        body = QHBoxLayout()  # mirrored in a right-to-left interface: the strip on the right
        body.addWidget(self.thumbnails)
        body.addWidget(self._view, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(body, 1)

    # -- scheduling --------------------------------------------------------------
    def schedule(self, source: Callable[[], Document], base_dir: Path | None = None) -> None:
        """Refresh a short pause after the last call. ``source`` gives the document when
        the export starts, not at every keystroke: only the newest state counts."""
        self._pending = (source, str(base_dir or ""))
        self._timer.start()

    def refresh_now(self, source: Callable[[], Document], base_dir: Path | None = None) -> None:
        self._pending = (source, str(base_dir or ""))
        self._timer.stop()
        self._start()

    @property
    def busy(self) -> bool:
        return self._running or self._timer.isActive() or self._pending is not None

    def _start(self) -> None:
        if self._running or self._pending is None:
            return
        source, base_dir = self._pending
        self._pending = None
        self._running = True
        self._job += 1
        self._status.setText(self.tr("Updating the preview…"))
        self._render.emit(self._job, document_to_json(source()), base_dir)

    @Slot(int, str, int)
    def _show(self, job: int, path: str, pages: int) -> None:
        self._running = False
        if self._pending is not None:  # edited meanwhile: this PDF is already stale
            self._start()
            return
        navigator = self._view.pageNavigator()
        page = navigator.currentPage()
        location = navigator.currentLocation()
        scroll = self._view.verticalScrollBar().value()
        self._pdf.load(path)
        self._shown = path
        self.pages = pages
        self.last_error = ""
        if 0 < page < pages:
            navigator.jump(page, location, navigator.currentZoom())
        self._view.verticalScrollBar().setValue(scroll)
        self._status.setText(self.tr("%n page(s)", "", pages))
        self._status.setToolTip("")
        self.updated.emit(pages)

    @Slot(int, str)
    def _show_failure(self, job: int, message: str) -> None:
        self._running = False
        self.last_error = message
        self._status.setText(self.tr("No preview: %1").replace("%1", left_to_right(message)))
        self._status.setToolTip(message)
        if self._pending is not None:
            self._start()

    def _zoom_changed(self) -> None:
        factor = self._zoom.currentData()
        if not factor:
            self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            return
        self._view.setZoomMode(QPdfView.ZoomMode.Custom)
        self._view.setZoomFactor(factor)

    def set_brand_kit(self, kit: BrandKit | None) -> None:
        """Render with ``kit`` instead of the document's (None: the document's again)."""
        self._renderer.brand_kit = kit

    def set_kits_folder(self, folder: Path | None) -> None:
        """Where the user's own kits are, for documents that name one."""
        self._renderer.kits_folder = folder

    @property
    def view(self) -> QPdfView:
        return self._view

    def pdf_path(self) -> str:
        """The PDF on screen (what printing sends to the printer); empty before the first."""
        return self._shown

    def shutdown(self) -> None:
        self._timer.stop()
        self._thread.quit()
        self._thread.wait()
        self._pdf.close()
        self._folder.cleanup()
