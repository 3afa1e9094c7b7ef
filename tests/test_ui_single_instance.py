"""A second start of the app hands its files to the window already open on the same
library, over a local socket, and ends; with no window open it goes on by itself."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from desktop_app.ui.settings import AppSettings
from desktop_app.ui.single_instance import InstanceServer, hand_over, instance_name

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "bulletin-artisanat-2025-11.ar.taqrir.json"
CLIENT = """
import sys
from PySide6.QtCore import QCoreApplication
from desktop_app.ui.single_instance import hand_over
app = QCoreApplication([])
sys.exit(0 if hand_over(sys.argv[1], sys.argv[2:]) else 3)
"""


def second_start(name: str, *paths: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", CLIENT, name, *paths], cwd=ROOT, stderr=subprocess.PIPE
    )


def test_a_second_start_hands_its_file_to_the_open_window(qtbot, window) -> None:
    name = f"taqrir-test-{uuid.uuid4().hex[:12]}"
    server = InstanceServer(name, window.open_files)
    assert server.listening
    child = second_start(name, str(SAMPLE))
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=20000)
    assert child.returncode == 0, child.stderr.read()
    assert window.editors.currentWidget() is window.bulletin_editor
    assert window.path == SAMPLE
    server.close()


def test_with_no_window_open_the_start_goes_on_by_itself(qapp, tmp_path: Path) -> None:
    name = f"taqrir-test-{uuid.uuid4().hex[:12]}"
    began = time.monotonic()
    assert not hand_over(name, [str(SAMPLE)])
    assert time.monotonic() - began < 1.0  # nobody there: no wait


def test_a_socket_left_by_a_crash_is_taken_over(qtbot, window, tmp_path: Path) -> None:
    name = f"taqrir-test-{uuid.uuid4().hex[:12]}"
    left_over = Path(tempfile.gettempdir()) / name  # where Qt puts a named local socket
    crashed = socket.socket(socket.AF_UNIX)
    crashed.bind(str(left_over))  # bound by a process since killed: no one listens
    crashed.close()
    assert left_over.exists()
    assert not hand_over(name, [])
    server = InstanceServer(name, window.open_files)
    assert server.listening
    child = second_start(name)
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=20000)
    assert child.returncode == 0
    server.close()


def test_the_name_is_one_per_user_and_library(tmp_path: Path) -> None:
    first = instance_name(tmp_path / "a" / "library.sqlite3")
    assert first == instance_name(tmp_path / "a" / ".." / "a" / "library.sqlite3")
    assert first != instance_name(tmp_path / "b" / "library.sqlite3")
    assert first.startswith("taqrir-") and len(first) < 80


def test_taqrir_file_while_the_app_runs_opens_the_file_in_the_running_window(
    tmp_path: Path,
) -> None:
    """The whole path, as a double-click takes it: two `python -m desktop_app`."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    library = AppSettings().library_file()  # the children share this test's home
    name = instance_name(library)
    first = subprocess.Popen(
        [sys.executable, "-m", "desktop_app"],
        cwd=ROOT,
        env=environment,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while not (Path(tempfile.gettempdir()) / name).exists():
            assert time.monotonic() < deadline and first.poll() is None, "no first window"
            time.sleep(0.05)
        second = subprocess.run(
            [sys.executable, "-m", "desktop_app", str(SAMPLE)],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        ini = Path(os.environ["XDG_CONFIG_HOME"]) / "Taqrir" / "Taqrir.ini"
        deadline = time.monotonic() + 20
        while SAMPLE.name not in (ini.read_text() if ini.exists() else ""):
            assert time.monotonic() < deadline, "the first window did not open the file"
            time.sleep(0.05)
        assert first.poll() is None  # still running, now with the document
    finally:
        first.terminate()
        first.wait(timeout=30)
