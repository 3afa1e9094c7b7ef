"""The installers' sources: the desktop entry and MIME types agree with the app, the .deb's
file tree is laid out as the package promises, and the NSIS script compiles."""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.store.package import SUFFIX as PACKAGE_SUFFIX
from desktop_app.ui.icon import ICON_SIZES

REPOSITORY = Path(__file__).resolve().parent.parent
LINUX = REPOSITORY / "packaging" / "linux"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def script(name: str):
    spec = importlib.util.spec_from_file_location(name, REPOSITORY / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / "taqrir.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def mime_globs() -> dict[str, list[str]]:
    root = ET.parse(LINUX / "taqrir-mime.xml").getroot()
    return {
        kind.get("type"): [glob.get("pattern") for glob in kind.iter(f"{MIME}glob")]
        for kind in root.iter(f"{MIME}mime-type")
    }


def test_the_desktop_entry_names_the_app_in_three_languages() -> None:
    entry = desktop_entry()
    assert entry["Name"] == "Taqrir"
    assert entry["Name[ar]"] == "تقرير"
    assert entry["Name[fr]"] == "Taqrir"
    assert entry["Exec"] == "taqrir %F"
    assert entry["Icon"] == "taqrir"


def test_the_desktop_entry_opens_the_types_the_mime_file_defines() -> None:
    offered = [kind for kind in desktop_entry()["MimeType"].split(";") if kind]
    assert sorted(offered) == sorted(mime_globs())


def test_the_mime_types_match_documents_and_packages() -> None:
    globs = mime_globs()
    assert globs["application/x-taqrir-document"] == ["*.taqrir.json"]
    assert globs["application/x-taqrir-package"] == [f"*{PACKAGE_SUFFIX}"]


def test_the_deb_tree(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "taqrir").write_bytes(b"\x7fELF")
    (bundle / "taqrir").chmod(0o700)
    (bundle / "_internal" / "libexample.so").write_bytes(b"\x7fELF" + b"\0" * 4096)
    staging = tmp_path / "staging"
    script("build_deb").stage(bundle, staging, "1.2.3", "amd64")

    assert (staging / "usr/bin/taqrir").readlink() == Path("/opt/taqrir/taqrir")
    assert stat.S_IMODE((staging / "opt/taqrir/taqrir").stat().st_mode) == 0o755
    assert stat.S_IMODE((staging / "opt/taqrir/_internal/libexample.so").stat().st_mode) == 0o644
    for size in ICON_SIZES:
        icon = staging / f"usr/share/icons/hicolor/{size}x{size}/apps/taqrir.png"
        assert icon.read_bytes() == (REPOSITORY / f"resources/icons/taqrir-{size}.png").read_bytes()
    assert (staging / "usr/share/icons/hicolor/scalable/apps/taqrir.svg").is_file()
    assert (staging / "usr/share/applications/taqrir.desktop").is_file()
    assert (staging / "usr/share/mime/packages/taqrir.xml").is_file()
    control = (staging / "DEBIAN/control").read_text(encoding="utf-8")
    assert "Package: taqrir\nVersion: 1.2.3\nArchitecture: amd64\n" in control
    assert re.search(r"^Installed-Size: \d+$", control, re.MULTILINE)
    assert not re.search(r"@[A-Z_]+@", control)
    for name in ("postinst", "postrm"):
        assert stat.S_IMODE((staging / "DEBIAN" / name).stat().st_mode) == 0o755


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell")
def test_the_maintainer_scripts_parse() -> None:
    for name in ("postinst", "postrm"):
        subprocess.run(["sh", "-n", str(LINUX / name)], check=True)


@pytest.mark.skipif(shutil.which("makensis") is None, reason="NSIS is not installed")
def test_the_windows_installer_script_compiles() -> None:
    result = subprocess.run(
        [sys.executable, str(REPOSITORY / "scripts" / "nsis_check.py")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(
        r".*taqrir\.nsi: compiles \(placeholder installer \d+ kB\)\n", result.stdout
    )
