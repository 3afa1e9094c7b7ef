"""Cold start of the desktop app: from launching the process to the main window shown and
painted, measured from outside.

Run from the repository root with ``python bench/ui_cold_start.py`` (``make bench`` does).
Each run is a new ``python`` process that starts the app as ``taqrir`` does (``cli.main``
with no arguments: settings, translations, the library, the start page). The child only
adds a watcher for the window's first paint: when it has happened it writes one line and
quits. The parent's clock runs from just before the process is created to the moment that
line arrives, so it includes the interpreter's start and every import. The child also
reports when Qt was up and when the app's modules were imported, for the breakdown.

Settings and the library live in a temporary home, made by one untimed run first (the
start every user sees after the first); bytecode is cached in the temporary folder, as an
installed copy has it. Runs on Qt's offscreen platform, and on a virtual X server (Xvfb,
one server for all runs, started before the clock) when one is installed.
"""

from __future__ import annotations

import argparse
import datetime
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
TARGET_SECONDS = 1.5
TIMEOUT_SECONDS = 60

# The child: the same start as ``python -m desktop_app``, plus a watcher for the first paint.
CHILD = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
qt_up = time.time()

class FirstPaint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if (not self.done and event.type() == QEvent.Type.Paint
                and isinstance(watched, QMainWindow) and watched.isVisible()):
            self.done = True
            QTimer.singleShot(0, self.report)  # after this whole paint pass
        return False
    def report(self):
        print(f"painted {qt_up} {imported} {time.time()}", flush=True)
        for window in app.topLevelWidgets():
            if isinstance(window, QMainWindow):
                window.close()
        app.quit()

watcher = FirstPaint()
app.installEventFilter(watcher)
import desktop_app.ui.app
imported = time.time()
from desktop_app.cli import main
sys.exit(main([]))
"""


@dataclass
class Run:
    total: float  # launch to painted, seconds
    qt_up: float  # launch to QApplication made
    imported: float  # launch to the app's modules imported


def environment(home: Path, platform: str, display: str = "") -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
        PYTHONPATH=str(REPO_ROOT),
        QT_QPA_PLATFORM=platform,
    )
    if display:
        env["DISPLAY"] = display
    return env


def one_run(env: dict[str, str]) -> Run:
    start = time.time()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = child.stdout.readline()
    arrived = time.time()
    try:
        child.wait(TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
    if not line.startswith("painted"):
        raise SystemExit(f"the window was not painted: {child.stderr.read()[-2000:]}")
    _word, qt_up, imported, _painted = line.split()
    return Run(arrived - start, float(qt_up) - start, float(imported) - start)


def measure(env: dict[str, str], runs: int) -> list[Run]:
    one_run(env)  # untimed: settings, library and bytecode made
    return [one_run(env) for _ in range(runs)]


def bare_interpreter(home: Path) -> float:
    env = environment(home, "offscreen")
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def start_xvfb() -> tuple[subprocess.Popen, str] | None:
    if shutil.which("Xvfb") is None:
        return None
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        server.wait()
        return None
    return server, f":{number}"


def report(name: str, runs: list[Run]) -> tuple[float, float]:
    totals = [run.total for run in runs]
    median, worst = statistics.median(totals), max(totals)
    print(f"{name}: median {median:.3f} s, max {worst:.3f} s over {len(runs)} runs")
    print("  runs (s): " + ", ".join(f"{t:.3f}" for t in totals))
    print(
        f"  median breakdown: Qt up at {statistics.median(r.qt_up for r in runs):.3f} s, "
        f"app imported at {statistics.median(r.imported for r in runs):.3f} s, "
        f"painted at {median:.3f} s"
    )
    status = "met" if median < TARGET_SECONDS else "NOT MET"
    print(f"  target: median under {TARGET_SECONDS} s: {status}")
    return median, worst


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args()
    print(f"Cold start to a painted main window, {datetime.date.today().isoformat()}")
    with tempfile.TemporaryDirectory(prefix="taqrir-cold-") as folder:
        home = Path(folder)
        print(f"bare interpreter (python -c pass): {bare_interpreter(home):.3f} s median")
        report("offscreen", measure(environment(home, "offscreen"), args.runs))
        xvfb = start_xvfb()
        if xvfb is None:
            print("Xvfb: not installed, skipped")
            return 0
        server, display = xvfb
        try:
            report(f"Xvfb ({display}, xcb)", measure(environment(home, "xcb", display), args.runs))
        finally:
            server.terminate()
            server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
