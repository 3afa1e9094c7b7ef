"""On first start the interface is Arabic when the system's locale is Arabic, otherwise
French; a language chosen since is kept whatever the locale."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROBE = """
import sys
from PySide6.QtCore import QSettings
from desktop_app.ui.settings import AppSettings
store = QSettings(sys.argv[1], QSettings.Format.IniFormat)
print(AppSettings.load(store).ui_language)
"""


def first_language(locale: str, settings: Path) -> str:
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG"))
    }
    environment["LANG"] = locale
    completed = subprocess.run(
        [sys.executable, "-c", PROBE, str(settings)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return completed.stdout.strip()


@pytest.mark.parametrize(
    ("locale", "language"),
    [("ar_MA.UTF-8", "ar"), ("ar_EG.UTF-8", "ar"), ("fr_FR.UTF-8", "fr"), ("en_US.UTF-8", "fr")],
)
def test_the_first_language_follows_the_system_locale(tmp_path: Path, locale, language) -> None:
    assert first_language(locale, tmp_path / "settings.ini") == language


def test_a_chosen_language_outlives_the_locale(tmp_path: Path) -> None:
    settings = tmp_path / "settings.ini"
    settings.write_text("[ui]\nlanguage=en\n")
    assert first_language("ar_MA.UTF-8", settings) == "en"
