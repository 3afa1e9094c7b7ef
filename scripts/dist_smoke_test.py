"""The frozen app's smoke test (``make dist-test``, after ``make deb``).

1. dist/taqrir/taqrir exports every sample headless; the text of each PDF (pdftotext)
   must equal the text of the same export run from source.
2. ``taqrir --smoke-test`` opens the window offscreen and previews a sample.
3. The .deb is installed (dpkg -i), /usr/bin/taqrir does 1 and 2 again, dpkg -r must
   leave the file system as it found it, and dpkg --purge clears dpkg's own record.

Every command's stderr is read: a line not in ALLOWED_STDERR fails the test. All user
folders (home, settings, library) are temporary.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.taqrir.json"))
# Qt's offscreen platform plugin prints this whenever a window is shown; the test runs
# offscreen because CI has no display.
ALLOWED_STDERR = {"This plugin does not support propagateSizeHints()"}
# dpkg removes the folders a package brought unless other files are in them: /opt is the
# system's, and holds other software here.
DPKG_ALLOWED_STDERR = {
    "dpkg: warning: while removing taqrir, directory '/opt' not empty so not removed"
}
# What the package puts on the system, and where its install scripts write caches.
WATCHED = [
    Path("/opt/taqrir"),
    Path("/usr/bin/taqrir"),
    Path("/usr/share/applications"),
    Path("/usr/share/icons/hicolor"),
    Path("/usr/share/mime"),
]


class Failure(Exception):
    pass


def run(
    command: Sequence[str | Path],
    env: dict[str, str],
    timeout: float = 180,
    allowed: set[str] = ALLOWED_STDERR,
) -> str:
    """stdout of a command that must succeed and print nothing unexpected on stderr."""
    words = [str(part) for part in command]
    try:
        result = subprocess.run(words, capture_output=True, text=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failure(f"{' '.join(words)}: no answer within {timeout:g} s") from None
    unexpected = [line for line in result.stderr.splitlines() if line not in allowed]
    if result.returncode != 0:
        first = unexpected[0] if unexpected else "(nothing on stderr)"
        raise Failure(f"{' '.join(words)}: exit status {result.returncode}: {first}")
    if unexpected:
        raise Failure(f"{' '.join(words)}: unexpected on stderr: {unexpected[0]}")
    return result.stdout


def pdf_text(pdf: Path, env: dict[str, str]) -> str:
    text = run(["pdftotext", "-enc", "UTF-8", pdf, "-"], env)
    return re.sub(r"\s+", " ", text).strip()


def reference_texts(folder: Path, env: dict[str, str]) -> dict[str, str]:
    """The text of each sample exported by the source checkout."""
    texts = {}
    for sample in SAMPLES:
        pdf = folder / sample.name.replace(".taqrir.json", ".pdf")
        run([sys.executable, "-m", "desktop_app", "export", sample, "-o", pdf], env)
        texts[sample.name] = pdf_text(pdf, env)
    return texts


def check_exports(taqrir: Path, folder: Path, expected: dict[str, str], env: dict) -> None:
    folder.mkdir(parents=True)
    for sample in SAMPLES:
        pdf = folder / sample.name.replace(".taqrir.json", ".pdf")
        out = run([taqrir, "export", sample, "-o", pdf], env)
        if not re.fullmatch(rf"{re.escape(str(pdf))} \(\d+ pages?\)\n", out):
            raise Failure(f"{taqrir} export {sample.name}: unexpected output {out!r}")
        text = pdf_text(pdf, env)
        if len(text) < 100:
            raise Failure(f"{pdf}: only {len(text)} characters of text")
        if text != expected[sample.name]:
            raise Failure(f"{pdf}: text differs from the export run from source")
    print(f"  {len(SAMPLES)} samples exported, text as from source")


def check_window(taqrir: Path, env: dict[str, str]) -> None:
    out = run([taqrir, "--smoke-test"], {**env, "QT_QPA_PLATFORM": "offscreen"})
    if not out.startswith("smoke test passed: ") or out.count("\n") != 1:
        raise Failure(f"{taqrir} --smoke-test: unexpected output {out!r}")
    print(f"  {out.strip()}")


def snapshot() -> set[str]:
    paths: set[str] = set()
    for top in WATCHED:
        if top.is_symlink() or top.is_file():
            paths.add(str(top))
        elif top.is_dir():
            paths.add(str(top))
            paths.update(str(path) for path in top.rglob("*"))
    return paths


def is_installed(env: dict[str, str]) -> bool:
    """Whether dpkg knows the package at all (after dpkg -r, its postrm stays until purge)."""
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", "taqrir"], capture_output=True, text=True, env=env
    )
    return result.returncode == 0 and not result.stdout.strip().endswith(" not-installed")


def check_package(deb: Path, expected: dict[str, str], folder: Path, env: dict) -> None:
    if is_installed(env):
        raise Failure("taqrir is already installed: dpkg --purge taqrir first")
    before = snapshot()
    run(["dpkg", "-i", deb], env, allowed=set())
    try:
        installed = Path("/usr/bin/taqrir")
        if installed.resolve() != Path("/opt/taqrir/taqrir"):
            raise Failure(f"{installed} does not lead to /opt/taqrir/taqrir")
        for path in (
            "/usr/share/applications/taqrir.desktop",
            "/usr/share/icons/hicolor/48x48/apps/taqrir.png",
            "/usr/share/mime/packages/taqrir.xml",
        ):
            if not Path(path).is_file():
                raise Failure(f"{path}: not installed by {deb.name}")
        registered = Path("/usr/share/mime/application/x-taqrir-document.xml")
        if Path("/usr/bin/update-mime-database").exists() and not registered.is_file():
            raise Failure(f"{registered}: the MIME database was not updated")
        check_exports(installed, folder, expected, env)
        check_window(installed, env)
    finally:
        run(["dpkg", "-r", "taqrir"], env, allowed=DPKG_ALLOWED_STDERR)
        left = sorted(snapshot() - before)
        run(["dpkg", "--purge", "taqrir"], env, allowed=DPKG_ALLOWED_STDERR)
    if left:
        raise Failure(f"dpkg -r taqrir left {len(left)} path(s) behind, first {left[0]}")
    gone = sorted(before - snapshot())
    if gone:
        raise Failure(f"installing and removing taqrir deleted {gone[0]}")
    if is_installed(env):
        raise Failure("dpkg --purge taqrir: dpkg still lists the package")
    print(f"  {deb.name} installed, run and removed without a trace")


def main() -> int:
    bundle = ROOT / "dist" / "taqrir" / "taqrir"
    debs = sorted((ROOT / "dist").glob("taqrir_*.deb"), key=lambda p: p.stat().st_mtime)
    if not bundle.is_file() or not debs:
        print(f"dist_smoke_test: no bundle or .deb in {ROOT / 'dist'} (make deb)", file=sys.stderr)
        return 1
    if os.geteuid() != 0:
        print("dist_smoke_test: installing the .deb needs root", file=sys.stderr)
        return 1
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="taqrir-dist-test-") as name:
        folder = Path(name)
        home = folder / "home"
        home.mkdir()
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_RUNTIME_DIR": str(folder / "runtime"),
            "TAQRIR_LIBRARY": str(folder / "library.sqlite3"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        (folder / "runtime").mkdir(mode=0o700)
        try:
            (folder / "source").mkdir()
            expected = reference_texts(folder / "source", env)
            print(f"{bundle}:")
            check_exports(bundle, folder / "bundle", expected, env)
            check_window(bundle, env)
            print(f"{debs[-1]}:")
            check_package(debs[-1], expected, folder / "installed", env)
        except Failure as failure:
            print(f"dist_smoke_test: {failure}", file=sys.stderr)
            return 1
    print(f"frozen smoke test passed in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
