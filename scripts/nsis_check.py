"""Checks packaging/windows/taqrir.nsi with makensis on Linux (``make nsis-check``).

The real installer is built on Windows by CI; here the script compiles, warnings counted
as errors, against a placeholder of the PyInstaller folder in a temporary directory.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "windows" / "taqrir.nsi"


def project_version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit(f"nsis_check: no version in {ROOT / 'pyproject.toml'}")
    return match.group(1)


def main() -> int:
    makensis = shutil.which("makensis")
    if makensis is None:
        print("nsis_check: makensis not found (Debian: apt-get install nsis)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="taqrir-nsis-") as folder:
        dist = Path(folder) / "taqrir"
        (dist / "_internal").mkdir(parents=True)
        for name in ("taqrir.exe", "taqrirw.exe", "_internal/placeholder.dll"):
            (dist / name).write_bytes(b"MZ placeholder\n")
        installer = Path(folder) / "taqrir-setup.exe"
        result = subprocess.run(
            [
                makensis,
                "-WX",
                "-V2",
                f"-DVERSION={project_version()}",
                f"-DDIST={dist}",
                f"-DOUTFILE={installer}",
                SCRIPT.name,
            ],
            cwd=SCRIPT.parent,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0 or not installer.is_file():
            print(result.stdout + result.stderr, file=sys.stderr)
            print(f"nsis_check: makensis failed on {SCRIPT}", file=sys.stderr)
            return 1
        size = installer.stat().st_size
    print(f"{SCRIPT}: compiles (placeholder installer {size / 1e3:.0f} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
