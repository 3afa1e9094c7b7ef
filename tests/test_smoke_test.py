"""``taqrir --smoke-test``: the window opens a document, previews it once and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.resources import resource_path
from desktop_app.ui import smoke_test
from desktop_app.ui.smoke_test import run_smoke_test

REPOSITORY = Path(__file__).resolve().parent.parent
# Qt's offscreen platform plugin says so whenever a window is shown.
OFFSCREEN_NOTICE = "This plugin does not support propagateSizeHints()"


def test_previews_the_default_sample(qapp, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_smoke_test() == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("smoke test passed: minutes-board-maison-artisan.ar.taqrir.json, ")
    pages = int(out.split(", ")[1].split(" ")[0])
    assert pages >= 1


def test_previews_a_named_file(qapp, capsys: pytest.CaptureFixture[str]) -> None:
    sample = resource_path("samples", "minutes-comite-suivi.fr.taqrir.json")
    assert main(["--smoke-test", str(sample)]) == 0
    assert "minutes-comite-suivi.fr.taqrir.json" in capsys.readouterr().out


def test_a_missing_file_fails_in_one_line(
    qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_smoke_test([str(tmp_path / "absent.taqrir.json")]) == 1
    err = capsys.readouterr().err
    assert err == f"taqrir: smoke test failed: no such file {tmp_path / 'absent.taqrir.json'}\n"


def test_a_document_that_does_not_load_fails(
    qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.taqrir.json"
    broken.write_text("{ not json", encoding="utf-8")
    assert run_smoke_test([str(broken)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("taqrir: smoke test failed: ") and "broken.taqrir.json" in err
    assert err.count("\n") == 1


def test_no_preview_in_time_fails(qapp, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_smoke_test(timeout=0.001) == 1
    err = capsys.readouterr().err
    assert err == (
        "taqrir: smoke test failed: no preview of "
        "minutes-board-maison-artisan.ar.taqrir.json within 0.001 s\n"
    )


def test_from_source_in_its_own_process(tmp_path: Path) -> None:
    """Also checks that the user's own folders stay untouched."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
    }
    env.pop("TAQRIR_LIBRARY", None)
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--smoke-test"],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("smoke test passed: ")
    assert result.stdout.count("\n") == 1
    assert [line for line in result.stderr.splitlines() if line != OFFSCREEN_NOTICE] == []
    assert list(home.rglob("*")) == []


def test_missing_translations_are_named(qapp) -> None:
    assert smoke_test.missing_translations() == []
    assert smoke_test.missing_translations(["xx"]) == [
        str(resource_path("translations", "taqrir_xx.qm")),
        smoke_test.QLibraryInfo.path(smoke_test.QLibraryInfo.LibraryPath.TranslationsPath)
        + "/qtbase_xx.qm",
    ]
