"""The one place that finds bundled resources (fonts, samples, kits).

Works from a source checkout, from an installed wheel (resources are shipped
as package data under ``desktop_app/_resources``) and from a PyInstaller
bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_ENV_OVERRIDE = "TAQRIR_RESOURCES"


def resources_root() -> Path:
    """Return the directory that holds fonts/, samples/, kits/ …"""
    override = os.environ.get(_ENV_OVERRIDE)
    candidates: list[Path] = []
    if override:
        candidates.append(Path(override))
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / "_resources")
    candidates.append(package_dir.parent / "resources")
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"resources folder not found (looked in: {searched})")


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "Amiri-Regular.ttf")``."""
    return resources_root().joinpath(*parts)
