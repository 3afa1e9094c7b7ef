"""The one resource finder works from source, from an installed wheel and frozen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop_app import resources

REPOSITORY = Path(__file__).resolve().parent.parent


def test_from_the_source_checkout() -> None:
    assert resources.resource_path("fonts", "fonts.json").is_file()
    assert resources.resources_root() == REPOSITORY / "resources"


def test_environment_variable_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "fonts").mkdir()
    monkeypatch.setenv("TAQRIR_RESOURCES", str(tmp_path))
    assert resources.resources_root() == tmp_path


def test_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_root() == tmp_path / "resources"


def test_missing_resources_name_every_place_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TAQRIR_RESOURCES", str(tmp_path / "nowhere"))
    monkeypatch.setattr(resources, "__file__", str(tmp_path / "pkg" / "resources.py"))
    with pytest.raises(FileNotFoundError, match="nowhere"):
        resources.resources_root()


def test_from_an_installed_wheel(tmp_path: Path) -> None:
    source = tmp_path / "source"  # builds write beside the sources: keep them out of the tree
    for name in ("desktop_app", "resources"):
        shutil.copytree(
            REPOSITORY / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
        )
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(REPOSITORY / name, source / name)
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheels),
            str(source),
        ],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    (wheel,) = wheels.glob("taqrir-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    assert (site / "desktop_app" / "_resources" / "fonts" / "fonts.json").is_file()
    assert (site / "desktop_app" / "_resources" / "fonts" / "Amiri" / "OFL.txt").is_file()
    probe = "from desktop_app.resources import resource_path; print(resource_path('samples'))"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site), "PYTHONSAFEPATH": "1"},
    )
    assert Path(result.stdout.strip()) == site / "desktop_app" / "_resources" / "samples"
    assert list((site / "desktop_app" / "_resources" / "samples").glob("*.taqrir.json"))
