"""A whole editing session, start to quit, for the offline tests: new minutes typed in
Arabic, the live preview, autosave and save into the library, a search, export, print to
a PDF file, a sample bulletin opened and edited, the interface switched to French.

Run in the test process (sockets patched to fail) or as ``python -m tests.offline_session
FOLDER`` under strace, which sees every socket the process and Qt's threads open.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.resources import resource_path
from desktop_app.store import Library
from desktop_app.ui.app import WindowKeeper
from desktop_app.ui.export_job import print_pdf

SAMPLE = "bulletin-artisanat-2025-11.ar.taqrir.json"


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the session waited too long")
        QApplication.processEvents()
        time.sleep(0.01)


def type_into(widget, text: str) -> None:  # noqa: ANN001 (a widget)
    widget.setFocus()
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def run_session(folder: Path) -> dict[str, object]:
    """Drive the app through a working session; return what it produced."""
    app = QApplication.instance() or QApplication([])
    store = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("ui/language", "ar")
    library = Library.open(folder / "library" / "library.sqlite3")
    keeper = WindowKeeper(app, store, library)
    window = keeper.window
    window.show()
    try:
        window.start.new_minutes_button.click()
        editor = window.minutes_editor
        type_into(editor.title, "محضر اجتماع لجنة التتبع")
        type_into(editor.body, "لجنة التتبع")
        type_into(editor.place, "الرباط")
        editor.add_item_button.click()
        type_into(editor.agenda_cards[0].deliberations, "صادقت اللجنة على الحصيلة (87%).")
        wait_until(lambda: window.autosaved_sequence > 0)
        wait_until(lambda: not window.preview.busy and window.preview.pdf_path() != "")
        assert window.save_to_library(), window.last_message
        hits = library.search("الحصيلة")

        exported = folder / "minutes.pdf"
        job = window.export_to(exported)
        wait_until(job.isFinished)
        wait_until(lambda: window.last_export is not None)

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printed = folder / "printed.pdf"
        printer.setOutputFileName(str(printed))
        printed_pages = print_pdf(window.preview.pdf_path(), printer)

        assert window.open_path(resource_path("samples", SAMPLE)), window.last_message
        type_into(window.bulletin_editor.title, " — عدد خاص")
        wait_until(lambda: not window.preview.busy)
        window = keeper.switch_language("fr")
        wait_until(lambda: not window.preview.busy)
        return {
            "hits": len(hits),
            "exported": exported,
            "printed": printed,
            "printed_pages": printed_pages,
            "preview_pages": window.preview.pages,
            "title": window.document().metadata.title,
            "language": window.menuBar().actions()[0].text(),
        }
    finally:
        window.modified = False
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        keeper.translations.install("en")  # later tests in this process expect no translation
        library.close()


def main(folder: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QMessageBox.question = lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    result = run_session(Path(folder))
    print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
