"""Export time and memory of the branded samples and of a generated 40-page bulletin.

Run from the repository root with ``python bench/bulletin_speed.py`` (``make bench`` does).
The bulletin repeats the bundled bulletin's sections (indicator boxes, bar and donut charts,
the markets table, articles, a quote) with their figures varied, under one nameplate with
its contents list, until it fills 40 ± 2 A4 pages. Each export starts from cold caches
(fonts loaded anew, shaped words forgotten); the figure is the median of 5 after a warm-up.
Memory: the tracemalloc peak of one export. Writes only into a temporary folder.
"""

from __future__ import annotations

import copy
import dataclasses
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from desktop_app.model import Document, Heading, load_document  # noqa: E402
from desktop_app.model.brand_kit import find_brand_kit  # noqa: E402
from desktop_app.model.charts import ChartSpec, IndicatorRow, Series  # noqa: E402
from desktop_app.pdf.builder import ExportSettings, export_pdf  # noqa: E402
from desktop_app.text.fonts import default_registry  # noqa: E402
from desktop_app.text.layout import clear_caches  # noqa: E402

SAMPLES = REPO_ROOT / "resources" / "samples"
BULLETIN = SAMPLES / "bulletin-artisanat-2025-11.ar.taqrir.json"
MINUTES = SAMPLES / "minutes-board-maison-artisan.ar.taqrir.json"
TARGET_PAGES = 40
RUNS = 5
TARGET_SECONDS = 1.5


def _varied(block: object, rng: random.Random) -> object:
    """The block with its chart and indicator figures scaled a little."""
    block = copy.deepcopy(block)
    if isinstance(block, ChartSpec):
        block.series = [
            Series(
                series.name,
                [None if v is None else round(v * rng.uniform(0.8, 1.2), 1) for v in series.values],
            )
            for series in block.series
        ]
    elif isinstance(block, IndicatorRow):
        for item in block.items:
            item.value = round(item.value * rng.uniform(0.8, 1.2), 1)
    return block


def generated_bulletin(sections: int) -> Document:
    sample = load_document(BULLETIN)
    rng = random.Random(2025)
    blocks = []
    for number in range(sections):
        blocks.append(Heading(copy.deepcopy(sample.blocks[0].runs), level=2))
        blocks[-1].runs[0].text = f"{number + 1}. {blocks[-1].runs[0].text}"
        blocks.extend(_varied(block, rng) for block in sample.blocks[1:])
    return dataclasses.replace(sample, blocks=blocks)


def export_once(document: Document, path: Path) -> tuple[float, int]:
    clear_caches()
    registry = default_registry()
    settings = ExportSettings(
        registry=registry, brand_kit=find_brand_kit(document.brand_kit, SAMPLES, registry)
    )
    start = time.perf_counter()
    pages = export_pdf(document, path, settings)
    return time.perf_counter() - start, pages


def measure(document: Document, folder: Path, name: str) -> tuple[list[float], int, float]:
    export_once(document, folder / f"{name}-warm.pdf")
    runs = [export_once(document, folder / f"{name}-{i}.pdf") for i in range(RUNS)]
    tracemalloc.start()
    export_once(document, folder / f"{name}-traced.pdf")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return [seconds for seconds, _pages in runs], runs[0][1], peak / 2**20


def main() -> int:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        sections, document = 1, generated_bulletin(1)
        pages = export_once(document, folder / "probe.pdf")[1]
        sections = max(1, round(TARGET_PAGES / pages))
        while True:
            document = generated_bulletin(sections)
            pages = export_once(document, folder / "probe.pdf")[1]
            if abs(pages - TARGET_PAGES) <= 2:
                break
            sections += 1 if pages < TARGET_PAGES else -1
        cases = [
            ("bulletin sample", load_document(BULLETIN)),
            ("board minutes sample", load_document(MINUTES)),
            (f"generated bulletin ({sections} sections)", document),
        ]
        print(f"{'document':<40} {'pages':>5} {'median s':>9} {'runs':<36} {'peak MiB':>8}")
        for name, case in cases:
            times, pages, peak = measure(case, folder, name.split()[0])
            runs = ", ".join(f"{t:.3f}" for t in times)
            median = statistics.median(times)
            print(f"{name:<40} {pages:>5} {median:>9.3f} {runs:<36} {peak:>8.1f}")
        print(
            f"target: the {TARGET_PAGES}-page bulletin in under {TARGET_SECONDS} s "
            "(the contents list makes every bulletin export build twice)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
