"""Size of the frozen app and of its .deb, and how fast the frozen app starts.

Run after ``make deb`` from the repository root: ``python bench/frozen_start.py``.
Start time is the wall time of ``dist/taqrir/taqrir --smoke-test`` (start, open the window
on a 6-page sample, render its preview, quit), median of 5 runs; ``--cold`` (root only)
also empties the page cache before each run, as after a reboot. ``--write-docs`` updates
the "Installers" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from docs_section import DOCS_PAGE, replace_section

REPO_ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Installers"
BUNDLE = REPO_ROOT / "dist" / "taqrir"
RUNS = 5
BUNDLE_TARGET_MB = 150
START_TARGET_S = 2.0


def megabytes(path: Path) -> float:
    """Disk usage as ``du`` counts it, in MB (10^6 bytes)."""
    kib = int(subprocess.run(["du", "-sk", path], capture_output=True, text=True).stdout.split()[0])
    return kib * 1024 / 1e6


def size(mb: float) -> str:
    return f"{mb:.0f} MB ({mb * 1e6 / 2**20:.0f} MiB)"


def start_time(cold: bool) -> float:
    with tempfile.TemporaryDirectory(prefix="taqrir-start-") as home:
        env = {
            **os.environ,
            "HOME": home,
            "XDG_CONFIG_HOME": f"{home}/.config",
            "XDG_DATA_HOME": f"{home}/.local/share",
            "QT_QPA_PLATFORM": "offscreen",
        }
        if cold:
            subprocess.run(["sync"], check=True)
            Path("/proc/sys/vm/drop_caches").write_text("3\n")
        started = time.perf_counter()
        subprocess.run(
            [BUNDLE / "taqrir", "--smoke-test"], check=True, env=env, capture_output=True
        )
        return time.perf_counter() - started


def section(rows: list[tuple[str, str, str]]) -> str:
    table = "\n".join(f"| {name} | {figure} | {target} |" for name, figure, target in rows)
    return f"""{SECTION}

Measured on {datetime.date.today().isoformat()} with `bench/frozen_start.py` after
`make deb` (PyInstaller one-folder build, Linux x86-64). Start: wall time of
`taqrir --smoke-test` — start, open the window on a 6-page Arabic sample, render its
preview, quit — median of {RUNS} runs; "cold" empties the page cache before each run.

| measure | figure | target |
|---|---|---|
{table}
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cold", action="store_true", help="empty the page cache first")
    parser.add_argument("--write-docs", action="store_true", help=f"update {DOCS_PAGE.name}")
    args = parser.parse_args(argv)
    debs = sorted((REPO_ROOT / "dist").glob("taqrir_*.deb"))
    if not (BUNDLE / "taqrir").is_file() or not debs:
        print(f"frozen_start: no bundle or .deb in {BUNDLE.parent} (make deb)", file=sys.stderr)
        return 1
    if args.cold and os.geteuid() != 0:
        print("frozen_start: --cold empties the page cache, which needs root", file=sys.stderr)
        return 1
    rows = [
        ("bundle (dist/taqrir)", size(megabytes(BUNDLE)), f"< {BUNDLE_TARGET_MB} MB"),
        (".deb", size(debs[-1].stat().st_size / 1e6), ""),
    ]
    start_time(cold=False)  # the first run fills the page cache: not counted as warm
    warm = statistics.median(start_time(cold=False) for _ in range(RUNS))
    rows.append(("start, warm", f"{warm:.2f} s", f"< {START_TARGET_S:g} s"))
    if args.cold:
        cold = statistics.median(start_time(cold=True) for _ in range(RUNS))
        rows.append(("start, cold", f"{cold:.2f} s", f"< {START_TARGET_S:g} s"))
    for name, figure, target in rows:
        print(f"{name:22} {figure:>8}  {target}")
    if args.write_docs:
        replace_section(SECTION, section(rows))
        print(f"wrote {DOCS_PAGE.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
