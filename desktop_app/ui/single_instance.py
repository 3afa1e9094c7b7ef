"""One window per library: a second start (a document double-clicked while the app runs)
hands its files to the running window and ends, instead of opening a window that finds
the library locked.

The two talk over a local socket (a Unix-domain socket, or a named pipe on Windows) named
after the user and the library, never over the network: one line of JSON, the absolute
paths, answered by "ok".
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop_app.store.files import current_user

HAND_OVER_MS = 3000


def instance_name(library_file: Path) -> str:
    """The socket's name: one per user and library."""
    digest = hashlib.sha256(str(library_file.resolve()).encode("utf-8")).hexdigest()[:16]
    user = "".join(c for c in current_user() if c.isalnum())[:32] or "user"
    return f"taqrir-{user}-{digest}"


def hand_over(name: str, paths: Sequence[str], timeout_ms: int = HAND_OVER_MS) -> bool:
    """Give ``paths`` to the window listening on ``name``; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    files = [str(Path(path).resolve()) for path in paths]
    socket.write(json.dumps(files).encode("utf-8") + b"\n")
    if not socket.waitForBytesWritten(timeout_ms):
        return False
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(timeout_ms):
        answer += socket.readAll().data()
    socket.disconnectFromServer()
    return answer.strip() == b"ok"


class InstanceServer(QObject):
    """Listens on ``name`` and calls ``receive`` with the files each later start sends
    (an empty list: the user started the app again, so the window comes forward)."""

    def __init__(
        self, name: str, receive: Callable[[list[str]], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._receive = receive
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        if not self._server.listen(name):
            # Nobody answered on the name (the caller asked first): the socket is left over
            # from a crash. Take it.
            QLocalServer.removeServer(name)
            self._server.listen(name)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            received = bytearray()

            def read(socket: QLocalSocket = socket, received: bytearray = received) -> None:
                received.extend(socket.readAll().data())
                if not received.endswith(b"\n"):
                    return
                try:
                    files = json.loads(bytes(received).decode("utf-8"))
                except (UnicodeDecodeError, ValueError):
                    files = None
                if isinstance(files, list) and all(isinstance(f, str) for f in files):
                    socket.write(b"ok\n")
                    socket.flush()
                    self._receive(files)
                socket.disconnectFromServer()

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
