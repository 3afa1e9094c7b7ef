"""Builds dist/taqrir_VERSION_ARCH.deb from the PyInstaller bundle in dist/taqrir.

The package installs the bundle under /opt/taqrir, the command as /usr/bin/taqrir, a
desktop entry, the icon in the hicolor sizes and the MIME types of Taqrir documents
(packaging/linux). Run after `make dist`: ``python scripts/build_deb.py``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def project_version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit(f"build_deb: no version in {ROOT / 'pyproject.toml'}")
    return match.group(1)


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def stage(bundle: Path, staging: Path, version: str, arch: str) -> None:
    """The package's file tree, with DEBIAN/ holding control and maintainer scripts."""
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(bundle, staging / "opt" / "taqrir", symlinks=True)
    (staging / "usr" / "bin").mkdir(parents=True)
    (staging / "usr" / "bin" / "taqrir").symlink_to("/opt/taqrir/taqrir")
    share = staging / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(LINUX / "taqrir.desktop", share / "applications" / "taqrir.desktop")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(LINUX / "taqrir-mime.xml", share / "mime" / "packages" / "taqrir.xml")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(icons / f"taqrir-{size}.png", folder / "taqrir.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(icons / "taqrir.svg", scalable / "taqrir.svg")

    files = [p for p in staging.rglob("*") if p.is_file() and not p.is_symlink()]
    size_kb = sum(p.stat().st_size for p in files) // 1024 + 1
    control = (LINUX / "control").read_text(encoding="utf-8")
    control = (
        control.replace("@VERSION@", version)
        .replace("@ARCH@", arch)
        .replace("@SIZE_KB@", str(size_kb))
    )
    debian = staging / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control, encoding="utf-8")
    for script in ("postinst", "postrm"):
        shutil.copy(LINUX / script, debian / script)
        (debian / script).chmod(0o755)
    for path in staging.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path.stat().st_mode & 0o111 else 0o644)


def main() -> int:
    bundle = ROOT / "dist" / "taqrir"
    if not (bundle / "taqrir").is_file():
        print(f"build_deb: no bundle in {bundle} (run make dist)", file=sys.stderr)
        return 1
    version = project_version()
    arch = architecture()
    staging = ROOT / "build" / "deb" / "taqrir"
    stage(bundle, staging, version, arch)
    target = ROOT / "dist" / f"taqrir_{version}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staging), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"{target} ({target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
