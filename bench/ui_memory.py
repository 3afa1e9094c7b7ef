"""Memory of the desktop app with a 100-page document open: the form filled, the preview
rendered and every page thumbnail drawn.

Run from the repository root with ``python bench/ui_memory.py`` (``make bench`` does).
The document is the Arabic board minutes sample with its agenda repeated until it sets on
100 A4 pages (``long_minutes.py``), saved to a temporary file. A new process then
starts the main window on Qt's offscreen platform, opens the file as a user does and waits
for the preview and its thumbnails; it reads its resident memory (VmRSS) after each step and
its peak (VmHWM) at the end, so the figures are the app's alone. The preview's page view is
scrolled from the first page to the last, as a reader would, before the last reading.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
PAGES = 100
TARGET_MB = 400

CHILD = r"""
import json, sys, time
from pathlib import Path

def status():
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) / 1024
    return fields

steps = []
def note(name):
    steps.append((name, status()["VmRSS"]))

note("interpreter")
from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtWidgets import QApplication
from desktop_app.text.fonts import default_registry
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings
note("modules imported")
app = QApplication(sys.argv[:1])
folder = Path(sys.argv[1])
store = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
window = MainWindow(AppSettings(ui_language="ar"), default_registry(), store)
window.resize(1440, 900)
window.show()

def wait(until, seconds=120):
    end = time.monotonic() + seconds
    while time.monotonic() < end and not until():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)
    return until()

wait(lambda: window.isVisible(), 5)
note("window shown")
preview = window.preview
window.open_path(folder / "long.taqrir.json")
note("document in the form")
assert wait(lambda: preview.pages and not preview.busy), preview.last_error
note(f"preview rendered ({preview.pages} pages)")
assert wait(lambda: not preview.thumbnails.busy)
wait(lambda: False, 0.3)
note(f"{preview.thumbnails.count()} thumbnails drawn")
bar = preview.view.verticalScrollBar()
for value in range(0, bar.maximum() + 1, max(1, bar.pageStep())):
    bar.setValue(value)
    wait(lambda: False, 0.01)
wait(lambda: False, 0.3)
note("page view scrolled to the end")
peak = status()["VmHWM"]
import ctypes, gc
gc.collect()
ctypes.CDLL("libc.so.6").malloc_trim(0)
note("after gc and malloc_trim (freed memory returned)")
result = {"steps": steps, "peak": peak, "pages": preview.pages,
          "agenda": len(window.minutes_editor.agenda_cards)}
print(json.dumps(result), flush=True)
window.modified = False
window.close()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=PAGES)
    args = parser.parse_args()
    for folder in (REPO_ROOT, BENCH):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    from long_minutes import minutes_of_pages

    from desktop_app.model import save_document

    print(f"Memory with a {args.pages}-page document open, {datetime.date.today().isoformat()}")
    with tempfile.TemporaryDirectory(prefix="taqrir-memory-") as name:
        folder = Path(name)
        document, pages = minutes_of_pages(args.pages)
        save_document(document, folder / "long.taqrir.json")
        size = (folder / "long.taqrir.json").stat().st_size / 2**20
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            PYTHONPATH=str(REPO_ROOT),
            HOME=str(folder),
            XDG_CONFIG_HOME=str(folder / ".config"),
            XDG_DATA_HOME=str(folder / ".local" / "share"),
            XDG_CACHE_HOME=str(folder / ".cache"),
        )
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(folder)],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if child.returncode != 0 or not child.stdout.strip():
            raise SystemExit(f"the app failed: {child.stderr[-3000:]}")
        result = json.loads(child.stdout.strip().splitlines()[-1])
    print(
        f"document: {result['pages']} pages, {result['agenda']} agenda items in the form, "
        f"{size:.1f} MiB of JSON"
    )
    before = 0.0
    for step, rss in result["steps"]:
        print(f"  {step:36} RSS {rss:7.1f} MiB  ({rss - before:+7.1f})")
        before = rss
    peak = result["peak"]
    status = "met" if peak < TARGET_MB else "NOT MET"
    print(f"peak RSS (VmHWM): {peak:.1f} MiB; target under {TARGET_MB} MB: {status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
