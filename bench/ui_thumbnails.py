"""Page thumbnails of a 40-page PDF: the two ways Qt offers, side by side, and the strip.

Run from the repository root with ``python bench/ui_thumbnails.py`` (``make bench`` does).
The PDF is the export of the board minutes sample with its agenda repeated to 40
A4 pages (``long_minutes.py``). Timed, thumbnails 96 px wide at pixel ratios 1 and 2:
- ``QPdfDocument.render`` page by page on the GUI thread (what ``ThumbnailStrip`` does, a
  few pages per turn of the event loop): time per page and in all;
- ``QPdfPageRenderer`` in its multi-threaded mode: from the first request to the last
  page delivered back on the GUI thread;
- the strip itself in a window: from ``reload()`` to every thumbnail drawn, and the longest
  time the event loop waited on it (the longest gap between two turns of a 1 ms timer).
Median of 5 runs for each.
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
for folder in (REPO_ROOT, BENCH):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from long_minutes import minutes_of_pages  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer  # noqa: E402
from PySide6.QtPdfWidgets import QPdfView  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.pdf.builder import ExportSettings, export_pdf  # noqa: E402
from desktop_app.text.fonts import default_registry  # noqa: E402
from desktop_app.ui.thumbnails import ThumbnailStrip, render_thumbnail, thumbnail_size  # noqa: E402

PAGES = 40
RUNS = 5


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def direct(document: QPdfDocument, ratio: float) -> tuple[float, float, float]:
    """Total, median and longest page with QPdfDocument.render on this thread."""
    times = []
    for page in range(document.pageCount()):
        size = thumbnail_size(document.pagePointSize(page).toSize())
        start = time.perf_counter()
        render_thumbnail(document, page, size, ratio)
        times.append(time.perf_counter() - start)
    return sum(times), statistics.median(times), max(times)


def threaded(document: QPdfDocument, ratio: float) -> float:
    """QPdfPageRenderer, multi-threaded: first request to the last page back."""
    renderer = QPdfPageRenderer()
    renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
    renderer.setDocument(document)
    loop = QEventLoop()
    left = {page for page in range(document.pageCount())}

    def arrived(page: int, *_args: object) -> None:
        left.discard(page)
        if not left:
            loop.quit()

    renderer.pageRendered.connect(arrived)
    start = time.perf_counter()
    for page in range(document.pageCount()):
        size = thumbnail_size(document.pagePointSize(page).toSize())
        renderer.requestPage(page, size * ratio, QPdfDocumentRenderOptions())
    QTimer.singleShot(30000, loop.quit)
    loop.exec()
    return time.perf_counter() - start


def strip(view: QPdfView, strip: ThumbnailStrip) -> tuple[float, float]:
    """From reload() to every thumbnail drawn, and the longest wait of the event loop."""
    loop = QEventLoop()
    beats: list[float] = []
    heart = QTimer()
    heart.setInterval(1)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    done: list[float] = []
    strip.drawn.connect(lambda _pages: (done.append(time.perf_counter()), loop.quit()))
    heart.start()
    start = time.perf_counter()
    beats.append(start)
    strip.reload()
    QTimer.singleShot(30000, loop.quit)
    loop.exec()
    heart.stop()
    strip.drawn.disconnect()
    gaps = [b - a for a, b in itertools.pairwise(beats)]
    return done[0] - start, max(gaps)


def main() -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="taqrir-thumbs-") as folder:
        document, pages = minutes_of_pages(PAGES)
        path = Path(folder) / "long.pdf"
        export_pdf(document, path, ExportSettings(registry=default_registry()))
        pdf = QPdfDocument()
        pdf.load(str(path))
        print(f"Thumbnails of a {pdf.pageCount()}-page PDF, 96 px wide, median of {RUNS} runs")
        for ratio in (1.0, 2.0):
            runs = [direct(pdf, ratio) for _ in range(RUNS)]
            total = statistics.median(r[0] for r in runs)
            page = statistics.median(r[1] for r in runs)
            worst = max(r[2] for r in runs)
            print(
                f"  ratio {ratio:g}: QPdfDocument.render {ms(total)} in all, {ms(page)} a page "
                f"(longest {ms(worst)}); QPdfPageRenderer (threads) "
                f"{ms(statistics.median(threaded(pdf, ratio) for _ in range(RUNS)))} in all"
            )
        view = QPdfView()
        view.setDocument(pdf)
        thumbnails = ThumbnailStrip(view)
        thumbnails.resize(140, 800)
        thumbnails.show()
        app.processEvents()
        runs = [strip(view, thumbnails) for _ in range(RUNS)]
        print(
            f"  the strip (ratio {thumbnails.devicePixelRatioF():g}): all drawn "
            f"{ms(statistics.median(r[0] for r in runs))} after reload() (40 ms of it waiting "
            f"for the page view), longest wait of the event loop "
            f"{ms(statistics.median(r[1] for r in runs))}"
        )
        pdf.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
