"""Where the library lives: ``--library PATH``, else ``$TAQRIR_LIBRARY``, else the user's data
folder (platformdirs: ``~/.local/share/Taqrir/library.sqlite3`` on Linux,
``%LOCALAPPDATA%\\Taqrir\\library.sqlite3`` on Windows, ``~/Library/Application Support/Taqrir``
on macOS)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

ENVIRONMENT_VARIABLE = "TAQRIR_LIBRARY"
LIBRARY_FILE_NAME = "library.sqlite3"


def default_library_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Taqrir", appauthor=False)) / LIBRARY_FILE_NAME


def library_path(
    explicit: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """The library file to open: the explicit path, the environment's, or the default."""
    if explicit:
        return Path(explicit).expanduser()
    environ = os.environ if environ is None else environ
    configured = environ.get(ENVIRONMENT_VARIABLE, "")
    if configured.strip():
        return Path(configured).expanduser()
    return default_library_path()
