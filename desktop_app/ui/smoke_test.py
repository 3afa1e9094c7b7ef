"""``taqrir --smoke-test [FILE]``: start the window, open a document, wait for its preview.

Proves that a build (from source or frozen) has what the window needs: Qt's platform
plugin, QtPdf, the fonts, the translations and the local socket a second start uses.
Settings and library live in a temporary folder, never the user's. Prints one line and
exits 0, or 1 with a one-line reason.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app.resources import resource_path
from desktop_app.store import Library, StoreError

SAMPLE = "minutes-board-maison-artisan.ar.taqrir.json"
TIMEOUT_SECONDS = 60.0
POLL_MS = 50


class _Run:
    """Opens the document once the event loop runs, then waits for one preview."""

    def __init__(self, app: QApplication, window, path: Path, timeout: float) -> None:  # noqa: ANN001
        self.app = app
        self.window = window
        self.path = path
        self.pages = 0
        self.problem = ""
        window.preview.updated.connect(self._updated)
        self._poll = QTimer(app)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_failure)
        self._deadline = QTimer(app)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(round(timeout * 1000))
        self._deadline.timeout.connect(
            lambda: self._fail(f"no preview of {path.name} within {timeout:g} s")
        )

    def start(self) -> None:
        self._deadline.start()
        self._poll.start()
        QTimer.singleShot(0, self._open)

    def _open(self) -> None:
        if not self.window.open_path(self.path):
            self._fail(self.window.last_message or f"cannot open {self.path}")

    def _updated(self, pages: int) -> None:
        self.pages = pages
        self._stop()

    def _check_failure(self) -> None:
        error = self.window.preview.last_error
        if error:
            self._fail(f"preview of {self.path.name} failed: {error}")

    def _fail(self, message: str) -> None:
        if not self.problem and not self.pages:
            self.problem = message
        self._stop()

    def _stop(self) -> None:
        self._poll.stop()
        self._deadline.stop()
        self.app.exit(0)


def missing_translations(languages: Sequence[str] = ("ar", "fr")) -> list[str]:
    """The translation files the interface languages need and that cannot be loaded."""
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    missing = []
    for language in languages:
        own = resource_path("translations", f"taqrir_{language}.qm")
        if not QTranslator().load(str(own)):
            missing.append(str(own))
        if not QTranslator().load(QLocale(language), "qtbase", "_", qt_folder):
            missing.append(f"{qt_folder}/qtbase_{language}.qm")
    return missing


def run_smoke_test(arguments: Sequence[str] = (), timeout: float = TIMEOUT_SECONDS) -> int:
    """Exit status 0 when the window showed a preview of FILE (default: a bundled sample)."""
    started = time.perf_counter()
    path = Path(arguments[0]) if arguments else resource_path("samples", SAMPLE)
    if not path.is_file():
        print(f"taqrir: smoke test failed: no such file {path}", file=sys.stderr)
        return 1
    from .app import WindowKeeper
    from .icon import app_icon
    from .single_instance import InstanceServer, instance_name

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Taqrir")
    app.setApplicationName("Taqrir")
    app.setWindowIcon(app_icon())
    missing = missing_translations()
    if missing:
        print(f"taqrir: smoke test failed: cannot load {', '.join(missing)}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="taqrir-smoke-") as folder:
        store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        try:
            library = Library.open(Path(folder) / "library.sqlite3")
        except StoreError as error:
            print(f"taqrir: smoke test failed: {error}", file=sys.stderr)
            return 1
        try:
            keeper = WindowKeeper(app, store, library)
            window = keeper.window
            window.show()
            # What a second start would talk to (the QtNetwork binding, a local socket).
            server = InstanceServer(
                instance_name(Path(folder) / "library.sqlite3"), window.open_files
            )
            if not server.listening:
                print(
                    "taqrir: smoke test failed: cannot listen for a second start", file=sys.stderr
                )
                return 1
            server.close()
            run = _Run(app, window, path, timeout)
            run.start()
            app.exec()
            window.modified = False  # nothing was edited: closing must not ask
            window.close()
            # Leave the application as it was found: tests run this in process.
            window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            keeper.translations.install("en")
        finally:
            library.close()
    if run.problem or not run.pages:
        print(f"taqrir: smoke test failed: {run.problem or 'no preview'}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    print(f"smoke test passed: {path.name}, {run.pages} page(s) previewed in {elapsed:.2f} s")
    return 0
