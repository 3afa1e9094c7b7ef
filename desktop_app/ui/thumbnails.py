"""Page thumbnails beside the preview: one small picture per page of the PDF on screen.

Clicking one scrolls the preview to that page; the page in view is highlighted as the user
scrolls. Thumbnails are drawn a few at a time from the event loop (a small page takes 1 to
2 ms with QPdfDocument.render), nearest the page in view first and after the page view has
drawn its own pages, so a long document never holds up typing or the preview. After a
refresh the old pictures stay until their new ones replace them.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QWidget,
)

THUMBNAIL_WIDTH = 96  # device-independent pixels; the height follows the page (A4: 136)
A4_RATIO = 297 / 210
SLICE_SECONDS = 0.008  # drawing time per turn of the event loop
PAGE_ROLE = Qt.ItemDataRole.UserRole
# After a new PDF loads, the page view draws its pages first; the thumbnails wait this long.
FIRST_SLICE_DELAY_MS = 40


def thumbnail_size(page_size: QSize | None, width: int = THUMBNAIL_WIDTH) -> QSize:
    """The thumbnail's size for a page of ``page_size`` points (A4 when unknown)."""
    if page_size is None or page_size.width() <= 0 or page_size.height() <= 0:
        return QSize(width, round(width * A4_RATIO))
    return QSize(width, max(1, round(width * page_size.height() / page_size.width())))


def render_thumbnail(document: QPdfDocument, page: int, size: QSize, ratio: float) -> QPixmap:
    """Page ``page`` drawn on white at ``size`` × ``ratio`` device pixels (sharp on high-DPI
    screens)."""
    pixels = QSize(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
    image = QImage(pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    page_image = document.render(page, pixels)
    painter = QPainter(image)
    painter.drawImage(0, 0, page_image)
    painter.end()
    image.setDevicePixelRatio(ratio)
    return QPixmap.fromImage(image)


class ThumbnailStrip(QListWidget):
    """The pages of ``view``'s document as a column of thumbnails; call ``reload()`` after
    the document has loaded a new PDF."""

    drawn = Signal(int)  # pages, once every thumbnail of the current PDF is drawn

    def __init__(self, view: QPdfView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewThumbnails")
        self.setAccessibleName(self.tr("Page thumbnails"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSpacing(4)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self._set_thumbnail_size(thumbnail_size(None))
        self._view = view
        self._queue: list[int] = []
        self._ratio = 0.0
        self._following = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_some)
        view.pageNavigator().currentPageChanged.connect(self._follow)
        self.currentRowChanged.connect(self._chosen)
        self.itemClicked.connect(lambda item: self.show_page(item.data(PAGE_ROLE)))

    @property
    def busy(self) -> bool:
        """Thumbnails of the current PDF are still to be drawn (while the strip is
        hidden, they wait)."""
        return bool(self._queue)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        width = self.gridSize().width() + 2 * self.spacing() + 2 * self.frameWidth()
        width += self.verticalScrollBar().sizeHint().width()
        return QSize(width, super().sizeHint().height())

    def reload(self) -> None:
        """Match the document's pages: add or drop items, then redraw every thumbnail,
        starting from the page in view. Old pictures stay until replaced."""
        document = self._view.document()
        pages = document.pageCount() if document is not None else 0
        while self.count() > pages:
            self.takeItem(self.count() - 1)
        if pages:
            self._set_thumbnail_size(thumbnail_size(document.pagePointSize(0).toSize()))
        blank = QIcon(self._blank_page())
        for page in range(self.count(), pages):
            item = QListWidgetItem(blank, str(page + 1), self)
            item.setData(PAGE_ROLE, page)
            name = self.tr("Page %1").replace("%1", str(page + 1))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            item.setToolTip(name)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
        current = min(self._view.pageNavigator().currentPage(), max(pages - 1, 0))
        self._queue = sorted(range(pages), key=lambda page: (abs(page - current), page))
        self._ratio = self.devicePixelRatioF()
        self._follow(current)
        if pages:
            self._timer.start(FIRST_SLICE_DELAY_MS)
        else:
            self.drawn.emit(0)

    def _set_thumbnail_size(self, size: QSize) -> None:
        if size == self.iconSize():
            return
        self.setIconSize(size)
        line = self.fontMetrics().height()
        self.setGridSize(QSize(size.width() + 2 * self.spacing(), size.height() + line + 8))
        self.updateGeometry()

    def _blank_page(self) -> QPixmap:
        """Where a thumbnail is still to be drawn: a white page with a grey edge."""
        ratio = self.devicePixelRatioF()
        size = self.iconSize()
        pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor("white"))
        painter = QPainter(pixmap)
        painter.setPen(QColor("lightgray"))
        painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
        painter.end()
        return pixmap

    def show_page(self, page: int) -> None:
        """Scroll the preview to the top of ``page``."""
        navigator = self._view.pageNavigator()
        navigator.jump(page, QPointF(0, 0), navigator.currentZoom())

    def _draw_some(self) -> None:
        document = self._view.document()
        if document is None or document.status() != QPdfDocument.Status.Ready:
            self._queue = []  # closed or reloading: reload() comes with the next PDF
            return
        if not self.isVisible():
            return  # hidden: drawn when shown again
        started = time.perf_counter()
        while self._queue and time.perf_counter() - started < SLICE_SECONDS:
            page = self._queue.pop(0)
            item = self.item(page)
            if item is None:
                continue
            size = thumbnail_size(document.pagePointSize(page).toSize())
            item.setIcon(QIcon(render_thumbnail(document, page, size, self._ratio)))
        if self._queue:
            self._timer.start(0)
        else:
            self.drawn.emit(self.count())

    def _follow(self, page: int) -> None:
        """Highlight the page in view, without sending the view back to it."""
        if not 0 <= page < self.count() or page == self.currentRow():
            return
        self._following = True
        try:
            self.setCurrentRow(page)
            self.scrollToItem(self.item(page), QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._following = False

    def _chosen(self, row: int) -> None:
        if not self._following and row >= 0:
            self.show_page(row)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if self._queue:
            self._timer.start(0)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange and self.count():
            self.reload()  # moved to a screen of another density: redraw sharp
        return super().event(event)
