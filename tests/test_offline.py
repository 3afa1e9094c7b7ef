"""The app works with no network and never tries one: a whole editing session runs with
Python's sockets made to fail, and again in a child process traced for every socket."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from .offline_session import run_session
from .pdf_text import normalise, pdftotext

ROOT = Path(__file__).resolve().parents[1]


class NetworkAttempt(AssertionError):
    pass


@pytest.fixture
def sockets_blocked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way Python reaches a network fails, and is written down."""
    attempts: list[str] = []

    def refuse(name: str):
        def refused(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise NetworkAttempt(f"network use: {name}")

        return refused

    for name in ("connect", "connect_ex", "bind", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "create_server"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_a_whole_session_with_sockets_blocked(
    qapp, tmp_path: Path, sockets_blocked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: discard)
    result = run_session(tmp_path)
    assert sockets_blocked == []
    assert result["hits"] == 1
    assert "صادقت اللجنة على الحصيلة (87%)." in normalise(pdftotext(result["exported"]))
    assert result["printed_pages"] >= 1 and result["printed"].stat().st_size > 1000
    assert result["title"].endswith(" — عدد خاص")
    assert result["preview_pages"] >= 2
    assert result["language"] == "&Fichier"


NETWORK_SOCKET = re.compile(r"socket\((AF_INET6?|AF_PACKET)\b")
NETWORK_CONNECT = re.compile(
    r"connect\(\d+, \{sa_family=AF_INET6?, sin6?_port=htons\((\d+)\).*?"
    r'(?:inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)")'
)
# Printing asks the system's print service (CUPS) for the default printer, on this
# machine's own loopback address; nothing else may open a network socket.
PRINT_SERVICE = {("127.0.0.1", 631), ("::1", 631)}


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_no_network_socket_is_opened_by_any_thread(tmp_path: Path) -> None:
    """Python-level patches cannot see Qt's C++ threads; strace sees every system call."""
    log = tmp_path / "strace.log"
    completed = subprocess.run(
        [
            "strace",
            "-f",
            "-q",
            "-e",
            "trace=socket,connect",
            "-o",
            str(log),
            sys.executable,
            "-m",
            "tests.offline_session",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
            "QT_QPA_PLATFORM": "offscreen",
        },
    )
    if "PTRACE_TRACEME" in completed.stderr or "Operation not permitted" in completed.stderr:
        pytest.skip("this machine does not allow tracing")
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert "'hits': 1" in completed.stdout
    calls = log.read_text()
    assert "+++ exited with 0 +++" in calls  # the trace covered the session to its end
    connects = [(ipv4 or ipv6, int(port)) for port, ipv4, ipv6 in NETWORK_CONNECT.findall(calls)]
    assert set(connects) <= PRINT_SERVICE, connects
    assert len(NETWORK_SOCKET.findall(calls)) == len(connects)  # no socket but those
