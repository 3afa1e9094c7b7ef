"""Export and print: the PDF is written by the export engine in a worker thread that
reports its progress; printing sends the same PDF's pages to the printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QThread, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from desktop_app.model import Document
from desktop_app.model.brand_kit import find_brand_kit
from desktop_app.pdf.builder import ExportSettings, export_pdf
from desktop_app.text.fonts import FontRegistry


class ExportJob(QThread):
    """Writes one PDF (atomically: the engine builds a temporary file, then renames it)."""

    progress = Signal(int)  # percent
    succeeded = Signal(str, int)  # path, pages
    failed = Signal(str)  # one-line message

    def __init__(
        self,
        document: Document,
        target: Path,
        registry: FontRegistry,
        base_dir: Path | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.target = target
        self.registry = registry
        self.base_dir = base_dir

    def run(self) -> None:
        try:
            kit = find_brand_kit(self.document.brand_kit, self.base_dir or Path("."), self.registry)
            settings = ExportSettings(
                registry=self.registry,
                brand_kit=kit,
                base_dir=self.base_dir,
                progress=lambda share: self.progress.emit(round(share * 100)),
            )
            pages = export_pdf(self.document, self.target, settings)
        except OSError as error:
            self.failed.emit(f"cannot write {error.filename or self.target}: {error.strerror}")
            return
        except Exception as error:  # noqa: BLE001 (reported in one line; the app goes on)
            self.failed.emit(str(error).splitlines()[0] if str(error) else repr(error))
            return
        self.succeeded.emit(str(self.target), pages)


def print_pdf(pdf_path: str, printer: QPrinter) -> int:
    """Paint each page of the exported PDF onto ``printer``; returns the pages printed."""
    document = QPdfDocument()
    document.load(pdf_path)
    if document.status() != QPdfDocument.Status.Ready:
        raise OSError(f"cannot read the PDF to print: {pdf_path}")
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer did not start")
    printed = 0
    try:
        resolution = printer.resolution()
        first = max(printer.fromPage(), 1) - 1
        last = (printer.toPage() or document.pageCount()) - 1
        for page in range(first, min(last, document.pageCount() - 1) + 1):
            if printed:
                printer.newPage()
            size = document.pagePointSize(page)
            pixels = size.toSize() * resolution / 72
            image = document.render(page, pixels)
            target = painter.viewport()
            scale = min(target.width() / image.width(), target.height() / image.height())
            painter.drawImage(QRectF(0, 0, image.width() * scale, image.height() * scale), image)
            printed += 1
    finally:
        painter.end()
        document.close()
    return printed
