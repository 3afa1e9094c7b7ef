"""The screenshot script runs and draws real windows (offscreen here; Xvfb for people)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]


def test_the_screenshot_script_saves_every_view_in_both_languages(tmp_path: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshots.py"), str(tmp_path)],
        check=True,
        capture_output=True,
        env=environment,
        timeout=120,
    )
    for language in ("ar", "fr"):
        for view in ("start", "minutes", "minutes-form", "preview", "bulletin", "bulletin-form"):
            image = QImage(str(tmp_path / f"{view}-{language}.png"))
            assert image.width() > 300 and image.height() > 300, (view, language)
            top = range(0, min(image.height(), 160), 2)
            colours = {image.pixel(x, y) for x in range(0, image.width(), 2) for y in top}
            assert len(colours) > 8, (view, language)  # text drawn, not a blank window
