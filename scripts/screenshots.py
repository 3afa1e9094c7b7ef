"""Screenshots of the main window, both editors (minutes and bulletin) and the live
preview, in Arabic and in French, for looking at layouts (nothing cut off or
overlapping, Arabic mirrored).

Run under a virtual screen: ``xvfb-run -a python scripts/screenshots.py [OUT_DIR]``
(``make screenshots``). Uses a temporary library and settings; writes PNGs into OUT_DIR
(default out/screenshots).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.model import load_document  # noqa: E402
from desktop_app.resources import resource_path  # noqa: E402
from desktop_app.store import Library  # noqa: E402
from desktop_app.ui.app import WindowKeeper  # noqa: E402

SAMPLES = {
    "ar": "minutes-board-maison-artisan.ar.taqrir.json",
    "fr": "minutes-comite-suivi.fr.taqrir.json",
}
BULLETIN = "bulletin-artisanat-2025-11.ar.taqrir.json"


def wait(app: QApplication, seconds: float, until=lambda: False) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not until():
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "out/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        library = Library.open(Path(folder) / "library.sqlite3")
        for sample in sorted(resource_path("samples").glob("*.taqrir.json")):
            library.add(load_document(sample))  # a library with something in it
        store.setValue("ui/language", "fr")
        keeper = WindowKeeper(app, store, library)
        for language, sample in SAMPLES.items():
            window = keeper.switch_language(language)
            window.resize(1440, 900)
            window.show()
            window.pages.setCurrentWidget(window.start)
            wait(app, 0.5)
            window.grab().save(str(out / f"start-{language}.png"))
            window.open_path(resource_path("samples", sample))
            wait(app, 30, lambda w=window: w.preview.pages > 0 and not w.preview.busy)
            wait(app, 0.5)
            window.grab().save(str(out / f"minutes-{language}.png"))
            window.minutes_editor.verticalScrollBar().setValue(
                window.minutes_editor.verticalScrollBar().maximum() // 2
            )
            wait(app, 0.3)
            window.minutes_editor.grab().save(str(out / f"minutes-form-{language}.png"))
            window.preview.grab().save(str(out / f"preview-{language}.png"))
            window.open_path(resource_path("samples", BULLETIN))
            wait(app, 30, lambda w=window: w.preview.pages > 0 and not w.preview.busy)
            wait(app, 0.5)
            window.grab().save(str(out / f"bulletin-{language}.png"))
            editor = window.bulletin_editor
            editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum() // 3)
            wait(app, 0.3)
            editor.grab().save(str(out / f"bulletin-form-{language}.png"))
            print(f"{language}: {sorted(p.name for p in out.glob(f'*-{language}.png'))}")
            window.modified = False
        keeper.window.close()
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
