"""Export speed of Taqrir on a ~50-page Arabic/French document, against fpdf2, plus cold start.

Run from the repository root with ``python bench/export_speed.py`` (``make bench`` does).
It prints its figures and writes only into a temporary folder; ``--write-docs`` also rewrites
docs/benchmarks.md with them, and ``--profile`` prints the top functions of one export.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import gc
import io
import os
import platform
import pstats
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from desktop_app.model import (  # noqa: E402
    Document,
    Heading,
    ListBlock,
    Metadata,
    Paragraph,
    Run,
    Table,
    load_document,
    runs_text,
    save_document,
)
from desktop_app.pdf.builder import ExportSettings, export_pdf  # noqa: E402
from desktop_app.text.bidi import first_strong_direction  # noqa: E402
from desktop_app.text.fonts import FontRegistry, default_registry  # noqa: E402
from desktop_app.text.layout import clear_caches  # noqa: E402

SAMPLES = REPO_ROOT / "resources" / "samples"
# The board minutes as free blocks, before the sample took the structured minutes form: the
# document measured since the benchmark began.
AR_SAMPLE = REPO_ROOT / "bench" / "data" / "board-minutes-free-blocks.ar.taqrir.json"
FR_SAMPLE = SAMPLES / "note-exportations.fr.taqrir.json"
DOCS_PAGE = REPO_ROOT / "docs" / "benchmarks.md"
# Sections other scripts write (bulletin_speed.py by hand, library_speed.py --write-docs):
# everything from the first of them on is kept when this script rewrites the page.
KEPT_SECTIONS = ("## Branded documents", "## Library", "## Installers")

SECTIONS = 49  # calibrated so that the benchmark document is 50 ± 3 A4 pages
TARGET_PAGES = 50
PAGE_TOLERANCE = 3
RUNS = 5
COLD_PAGES = 2
IMPORTTIME_RUNS = 3
PROFILE_TOP = 15

TARGET_IN_PROCESS_S = 0.5  # for 50 pages
TARGET_FPDF2_RATIO = 10.0  # Taqrir pages/s over fpdf2 pages/s
TARGET_COLD_S = 1.5

# The layout settings Taqrir's builder uses, mirrored in the fpdf2 rendering.
MM = 72 / 25.4
MARGINS_MM = (20, 20, 22, 22)  # top, right, bottom, left
BODY_SIZE = 12.0
HEADING_SIZES = {1: 17.0, 2: 14.5, 3: 12.5}
ACCENT = (31, 79, 120)
HEADER_FILL = (224, 235, 245)

REGIONS = (
    "طنجة تطوان الحسيمة",
    "الشرق",
    "فاس مكناس",
    "الرباط سلا القنيطرة",
    "بني ملال خنيفرة",
    "الدار البيضاء سطات",
    "مراكش آسفي",
    "درعة تافيلالت",
    "سوس ماسة",
    "كلميم واد نون",
    "العيون الساقية الحمراء",
    "الداخلة وادي الذهب",
)
TRADES = (
    ("الزرابي", "tapis et tissages"),
    ("الفخار والخزف", "poterie et céramique"),
    ("المنتوجات الجلدية", "maroquinerie"),
    ("منتوجات خشب العرعار", "bois de thuya"),
    ("النسيج التقليدي", "tissage traditionnel"),
    ("الحلي الفضية", "bijouterie en argent"),
)


# -- the benchmark document -----------------------------------------------------------
def decimal(value: float, digits: int = 1) -> str:
    """A number with a decimal comma, as the samples write them."""
    return f"{value:.{digits}f}".replace(".", ",")


def _figures_ar(rng: random.Random, region: str) -> list[Run]:
    trade_ar, trade_fr = rng.choice(TRADES)
    value = rng.uniform(20, 400)
    growth = rng.uniform(-4, 25)
    share = rng.uniform(5, 60)
    return [
        Run(f" وقد بلغت صادرات فرع {trade_ar} بجهة {region} ما قدره "),
        Run(f"{decimal(value)} مليون درهم", bold=True),
        Run(
            f"، بتطور نسبته {decimal(growth)}% مقارنة بسنة 2024، "
            f"وبحصة تناهز {decimal(share)}% من مجموع صادرات الجهة ("
        ),
        Run(f"filière {trade_fr} : {decimal(growth)} %", italic=True, lang="fr"),
        Run(f")، واستفاد من برنامج المواكبة {rng.randrange(120, 2400)} صانعا وصانعة."),
    ]


def _figures_fr(rng: random.Random, region: str) -> list[Run]:
    trade_ar, trade_fr = rng.choice(TRADES)
    value = rng.uniform(20, 400)
    growth = rng.uniform(-4, 25)
    return [
        Run(" En 2025, la région de « "),
        Run(region, lang="ar"),
        Run(f" » a exporté {decimal(value)} millions de dirhams de {trade_fr} (« "),
        Run(trade_ar, lang="ar"),
        Run(f" »), soit une évolution de {decimal(growth)} % sur un an."),
    ]


def _trade_table(rng: random.Random) -> Table:
    header = [
        [Run("الفرع")],
        [Run("2024 (مليون درهم)")],
        [Run("2025 (مليون درهم)")],
        [Run("التطور (%)")],
    ]
    rows = [header]
    total_before = total_after = 0.0
    for trade_ar, trade_fr in TRADES:
        before = rng.uniform(15, 250)
        after = before * rng.uniform(0.95, 1.25)
        total_before += before
        total_after += after
        rows.append(
            [
                [Run(f"{trade_ar} ("), Run(trade_fr, italic=True, lang="fr"), Run(")")],
                [Run(decimal(before))],
                [Run(decimal(after))],
                [Run(f"{decimal(100 * (after / before - 1))}%")],
            ]
        )
    growth = 100 * (total_after / total_before - 1)
    rows.append(
        [
            [Run("المجموع", bold=True)],
            [Run(decimal(total_before), bold=True)],
            [Run(decimal(total_after), bold=True)],
            [Run(f"{decimal(growth)}%", bold=True)],
        ]
    )
    return Table(rows=rows, header_rows=1, column_widths=[2.6, 1.2, 1.2, 1])


def _extended(paragraph: Paragraph, runs: list[Run]) -> Paragraph:
    return Paragraph(list(paragraph.runs) + runs, paragraph.align, paragraph.direction)


def benchmark_document(sections: int = SECTIONS) -> Document:
    """A deterministic Arabic report with French runs and paragraphs, built from the samples."""
    arabic = load_document(AR_SAMPLE)
    french = load_document(FR_SAMPLE)

    def long_paragraphs(document: Document) -> list[Paragraph]:
        return [
            block
            for block in document.blocks
            if isinstance(block, Paragraph)
            and block.align == "justify"
            and len(runs_text(block.runs)) > 120
        ]

    ar_paragraphs = long_paragraphs(arabic)
    fr_paragraphs = long_paragraphs(french)
    lists = [block for block in arabic.blocks if isinstance(block, ListBlock)]
    subheadings = [
        runs_text(block.runs)
        for block in arabic.blocks
        if isinstance(block, Heading) and block.level == 3
    ]
    rng = random.Random(2025)
    blocks = list(arabic.blocks[:6])  # the letterhead and the title
    for number in range(1, sections + 1):
        region = REGIONS[(number - 1) % len(REGIONS)]

        first, second, last = (
            ar_paragraphs[(number * 3 + offset) % len(ar_paragraphs)] for offset in range(3)
        )
        blocks.append(Heading([Run(f"{number}. حصيلة جهة {region}")], level=2))
        blocks.append(_extended(first, _figures_ar(rng, region)))
        blocks.append(_extended(second, _figures_ar(rng, region)))
        blocks.append(Heading([Run(subheadings[number % len(subheadings)])], level=3))
        blocks.append(Paragraph([Run("وفي هذا الإطار،")] + _figures_ar(rng, region)))
        source_list = lists[number % len(lists)]
        blocks.append(
            ListBlock(
                items=[
                    list(item) + [Run(f" ({decimal(rng.uniform(40, 100))}% من الإنجاز)")]
                    for item in source_list.items
                ],
                ordered=source_list.ordered,
            )
        )
        if number % 2 == 0:
            source = fr_paragraphs[number % len(fr_paragraphs)]
            blocks.append(_extended(source, _figures_fr(rng, region)))
        if number % 4 == 0:
            blocks.append(Paragraph([Run(f"ويبين الجدول الآتي تطور صادرات جهة {region}:")]))
            blocks.append(_trade_table(rng))
        blocks.append(_extended(last, _figures_ar(rng, region)))
    return Document(
        kind="bulletin",
        language="ar",
        direction="rtl",
        metadata=Metadata(
            title="التقرير السنوي لصادرات الصناعة التقليدية حسب الجهات",
            author="Taqrir bench",
            keywords=["bench"],
        ),
        blocks=blocks,
    )


# -- exporting -------------------------------------------------------------------------
def taqrir_export(document: Document, path: Path) -> int:
    """One export as a fresh start would do it: new fonts, no word placed before."""
    clear_caches()
    return export_pdf(document, path, ExportSettings(registry=default_registry()))


@dataclass(frozen=True)
class FontFiles:
    body: tuple[Path, Path, Path]  # regular, bold, italic
    heading: Path  # bold

    @classmethod
    def of(cls, registry: FontRegistry) -> FontFiles:
        """The files Taqrir's default export draws with."""
        body = registry.default_body().family
        heading = registry.default_heading().family
        return cls(
            body=(
                registry.face(body).path,
                registry.face(body, bold=True).path,
                registry.face(body, italic=True).path,
            ),
            heading=registry.face(heading, bold=True).path,
        )


def _markdown(runs: Sequence[Run]) -> str:
    parts = []
    for run in runs:
        text = run.text
        for marker in ("**", "__", "--", "~~"):
            text = text.replace(marker, "\\" + marker)
        if run.bold:
            text = f"**{text}**"
        if run.italic:
            text = f"__{text}__"
        if run.underline:
            text = f"--{text}--"
        parts.append(text)
    return "".join(parts)


def fpdf2_export(document: Document, path: Path, fonts: FontFiles) -> int:
    """The same blocks through fpdf2 with HarfBuzz shaping and fpdf2's own bidi."""
    from fpdf import FPDF, FontFace
    from fpdf.enums import XPos, YPos

    top, right, bottom, left = (value * MM for value in MARGINS_MM)

    class NumberedPDF(FPDF):
        def footer(self) -> None:
            self.set_y(self.h - bottom / 2 - 9)
            self.set_font("body", "", 9)
            self.set_text_color(89, 89, 89)
            self.cell(0, 9, str(self.page_no()), align="C")

    pdf = NumberedPDF(unit="pt", format="A4")
    pdf.set_margins(left, top, right)
    pdf.set_auto_page_break(True, margin=bottom)
    regular, bold, italic = fonts.body
    pdf.add_font("body", "", regular)
    pdf.add_font("body", "B", bold)
    pdf.add_font("body", "I", italic)
    pdf.add_font("heading", "B", fonts.heading)
    fallback = document.resolved_direction()
    space_after = 0.0

    def direction_of(block_direction: str, text: str) -> str:
        if block_direction != "auto":
            return block_direction
        return first_strong_direction(text) or fallback

    def align_of(align: str, direction: str) -> str:
        start, end = ("R", "L") if direction == "rtl" else ("L", "R")
        return {"start": start, "end": end, "center": "C", "justify": "J"}[align]

    def space(before: float = 0.0) -> None:
        # Like ReportLab: the larger of the space after and the space before, none at a page top.
        if pdf.y > top + 0.1:
            pdf.ln(max(before, space_after))

    def text_block(
        runs: Sequence[Run],
        align: str,
        block_direction: str,
        size: float,
        line: float,
        indent: float = 0.0,
    ) -> None:
        direction = direction_of(block_direction, runs_text(runs))
        pdf.set_text_shaping(use_shaping_engine=True, direction=direction)
        x = left if direction == "rtl" else left + indent
        pdf.set_x(x)
        pdf.multi_cell(
            pdf.epw - indent,
            size * line,
            _markdown(runs),
            align=align_of(align, direction),
            markdown=True,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )

    pdf.add_page()
    for block in document.blocks:
        if isinstance(block, Heading):
            size = HEADING_SIZES.get(block.level, 12.5)
            space(size * 0.9)
            pdf.set_font("heading", "B", size)
            pdf.set_text_color(*ACCENT)
            text_block(block.runs, block.align, block.direction, size, 1.45)
            space_after = size * 0.35
        elif isinstance(block, Paragraph):
            space()
            pdf.set_font("body", "", BODY_SIZE)
            pdf.set_text_color(0, 0, 0)
            text_block(block.runs, block.align, block.direction, BODY_SIZE, 1.5)
            space_after = BODY_SIZE * 0.5
        elif isinstance(block, ListBlock):
            pdf.set_font("body", "", BODY_SIZE)
            pdf.set_text_color(0, 0, 0)
            for number, item in enumerate(block.items, start=1):
                space()
                marker = f"{number}. " if block.ordered else "• "
                text_block(
                    [Run(marker)] + list(item),
                    block.align,
                    block.direction,
                    BODY_SIZE,
                    1.5,
                    indent=BODY_SIZE * 2.2,
                )
                space_after = BODY_SIZE * 0.2
            space_after = BODY_SIZE * 0.6
        elif isinstance(block, Table):
            size = BODY_SIZE * 0.92
            rtl = (block.direction if block.direction != "auto" else fallback) == "rtl"
            widths = block.column_widths or [1.0] * block.column_count
            space()
            pdf.set_font("body", "", size)
            pdf.set_text_color(0, 0, 0)
            pdf.set_text_shaping(use_shaping_engine=True, direction=None)
            with pdf.table(
                col_widths=list(reversed(widths)) if rtl else widths,
                text_align="RIGHT" if rtl else "LEFT",
                v_align="TOP",
                line_height=size * 1.35,
                padding=(3, 5, 3, 5),
                num_heading_rows=block.header_rows,
                first_row_as_headings=block.header_rows > 0,
                headings_style=FontFace(emphasis="BOLD", fill_color=HEADER_FILL),
                markdown=True,
            ) as table:
                for row in block.rows:
                    cells = [_markdown(cell) for cell in row]
                    table.row(cells[::-1] if rtl else cells)
            space_after = BODY_SIZE * 0.6
        else:
            raise TypeError(f"the fpdf2 comparison has no {type(block).__name__} blocks")
    pdf.output(str(path))
    return pdf.page_no()


# -- measuring -------------------------------------------------------------------------
@dataclass
class Timing:
    pages: int
    seconds: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.median


def time_export(export: Callable[[Path], int], folder: Path, name: str) -> Timing:
    """One warm-up, then ``RUNS`` timed exports, each into a new file."""
    pages = export(folder / f"{name}-warmup.pdf")
    seconds = []
    for index in range(RUNS):
        gc.collect()
        start = time.perf_counter()
        pages = export(folder / f"{name}-{index}.pdf")
        seconds.append(time.perf_counter() - start)
    return Timing(pages, seconds)


def traced_peak(export: Callable[[Path], int], path: Path) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        export(path)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def child_max_rss() -> None:
    """In a fresh process: max RSS (KiB) after building the document, then after one export."""
    document = benchmark_document()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with tempfile.TemporaryDirectory(prefix="taqrir-bench-") as folder:
        taqrir_export(document, Path(folder) / "rss.pdf")
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(before, after)


def clean_process_rss() -> tuple[int, int]:
    # Linux keeps ru_maxrss across exec, so a child forked from this (large) process would
    # report at least our size: a small shell forks the child instead.
    command = [sys.executable, str(Path(__file__).resolve()), "--child-rss"]
    output = subprocess.run(
        ["/bin/sh", "-c", '"$@"; exit $?', "sh", *command],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return int(output[0]), int(output[1])


def cold_document(folder: Path) -> tuple[Path, int, int]:
    """The Arabic sample cut to its longest prefix of ``COLD_PAGES`` pages, saved as JSON."""
    sample = load_document(AR_SAMPLE)

    def pages(count: int) -> int:
        cut = Document(
            sample.kind, sample.language, sample.direction, sample.metadata, sample.blocks[:count]
        )
        return taqrir_export(cut, folder / "cut.pdf")

    low, high = 1, len(sample.blocks)  # the longest prefix within COLD_PAGES is in [low, high]
    while low < high:
        middle = (low + high + 1) // 2
        if pages(middle) <= COLD_PAGES:
            low = middle
        else:
            high = middle - 1
    cut = Document(
        sample.kind, sample.language, sample.direction, sample.metadata, sample.blocks[:low]
    )
    path = folder / "cold.taqrir.json"
    save_document(cut, path)
    return path, low, len(sample.blocks)


def _cold_environment(folder: Path) -> dict[str, str]:
    """Bytecode cached under ``folder``, as an installed copy has it, whatever the shell says."""
    environment = dict(os.environ, PYTHONPYCACHEPREFIX=str(folder / "pycache"))
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


def _wall(command: list[str], environment: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=REPO_ROOT, env=environment, check=True, capture_output=True)
    return time.perf_counter() - start


@dataclass
class ColdStart:
    blocks: int
    sample_blocks: int
    pages: int
    seconds: list[float]
    interpreter_seconds: list[float]
    imports: list[tuple[str, float, float]]  # module, self ms, cumulative ms (medians)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def cold_start(folder: Path) -> ColdStart:
    source, blocks, sample_blocks = cold_document(folder)
    output = folder / "cold.pdf"
    command = [sys.executable, "-m", "desktop_app", "export", str(source), "-o", str(output)]
    environment = _cold_environment(folder)
    result = subprocess.run(
        command, cwd=REPO_ROOT, env=environment, check=True, capture_output=True, text=True
    )
    found = re.search(r"\((\d+) pages?\)", result.stdout)
    pages = int(found.group(1)) if found else 0
    seconds = [_wall(command, environment) for _ in range(RUNS)]
    _wall([sys.executable, "-c", "pass"], environment)
    interpreter = [_wall([sys.executable, "-c", "pass"], environment) for _ in range(RUNS)]
    samples: dict[str, tuple[list[float], list[float]]] = {}
    for _ in range(IMPORTTIME_RUNS):
        stderr = subprocess.run(
            [sys.executable, "-X", "importtime", *command[1:]],
            cwd=REPO_ROOT,
            env=environment,
            check=True,
            capture_output=True,
            text=True,
        ).stderr
        for line in stderr.splitlines():
            found = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)", line)
            if found:
                own, cumulative = samples.setdefault(found.group(4), ([], []))
                own.append(int(found.group(1)) / 1000)
                cumulative.append(int(found.group(2)) / 1000)
    imports = sorted(
        (
            (module, statistics.median(own), statistics.median(cumulative))
            for module, (own, cumulative) in samples.items()
        ),
        key=lambda entry: entry[2],
        reverse=True,
    )
    return ColdStart(blocks, sample_blocks, pages, seconds, interpreter, imports[:10])


def profile_export(document: Document, folder: Path) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    taqrir_export(document, folder / "profile.pdf")
    profiler.disable()
    stream = io.StringIO()
    pstats.Stats(profiler, stream=stream).sort_stats("tottime").print_stats(PROFILE_TOP)
    return stream.getvalue()


# -- reporting -------------------------------------------------------------------------
@dataclass
class Results:
    taqrir: Timing
    fpdf2: Timing
    traced_peak: int
    rss_before_kib: int
    rss_after_kib: int
    cold: ColdStart
    document_blocks: int
    machine: dict[str, str] = field(default_factory=dict)

    @property
    def seconds_per_50_pages(self) -> float:
        return self.taqrir.median * TARGET_PAGES / self.taqrir.pages

    @property
    def ratio(self) -> float:
        return self.taqrir.pages_per_second / self.fpdf2.pages_per_second

    def targets(self) -> list[tuple[str, str, str, bool]]:
        return [
            (
                f"{TARGET_PAGES} pages in process",
                f"< {TARGET_IN_PROCESS_S} s",
                f"{self.seconds_per_50_pages:.3f} s",
                self.seconds_per_50_pages < TARGET_IN_PROCESS_S,
            ),
            (
                "pages/s against fpdf2",
                f"≥ {TARGET_FPDF2_RATIO:.0f}×",
                f"{self.ratio:.2f}×",
                self.ratio >= TARGET_FPDF2_RATIO,
            ),
            (
                f"cold {self.cold.pages}-page `taqrir export`",
                f"< {TARGET_COLD_S} s",
                f"{self.cold.median:.3f} s",
                self.cold.median < TARGET_COLD_S,
            ),
        ]


def _seconds(values: Sequence[float]) -> str:
    return ", ".join(f"{value:.3f}" for value in values)


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info = {
        "CPU": cpu,
        "cores": str(os.cpu_count()),
        "OS": platform.platform(),
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
    }
    for package in (
        "reportlab",
        "arabic-reshaper",
        "python-bidi",
        "fonttools",
        "fpdf2",
        "uharfbuzz",
    ):
        try:
            info[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            info[package] = "not installed"
    return info


def report(results: Results) -> str:
    taqrir, fpdf2, cold = results.taqrir, results.fpdf2, results.cold
    lines = [
        f"Benchmark document: {results.document_blocks} blocks, {taqrir.pages} A4 pages "
        f"(Taqrir), {fpdf2.pages} pages (fpdf2)",
        "",
        f"Taqrir in process: median {taqrir.median:.3f} s of {RUNS} ({_seconds(taqrir.seconds)}),"
        f" {taqrir.pages_per_second:.1f} pages/s",
        f"  tracemalloc peak of one export: {results.traced_peak / 2**20:.1f} MiB",
        f"  max RSS of a clean process: {results.rss_before_kib / 1024:.1f} MiB after imports "
        f"and building the document, {results.rss_after_kib / 1024:.1f} MiB after the export",
        f"fpdf2 (HarfBuzz shaping): median {fpdf2.median:.3f} s of {RUNS} "
        f"({_seconds(fpdf2.seconds)}), {fpdf2.pages_per_second:.1f} pages/s",
        f"  Taqrir/fpdf2 pages per second: {results.ratio:.2f}×; "
        f"time for the same content: fpdf2 takes {fpdf2.median / taqrir.median:.2f}× as long",
        "",
        f"Cold start, `python -m desktop_app export` of a {cold.pages}-page document "
        f"(first {cold.blocks} of {cold.sample_blocks} blocks of the Arabic sample):",
        f"  median {cold.median:.3f} s of {RUNS} ({_seconds(cold.seconds)}); "
        f"bare interpreter `python -c pass`: {statistics.median(cold.interpreter_seconds):.3f} s",
        f"  top imports by cumulative time (python -X importtime, median of {IMPORTTIME_RUNS}):",
    ]
    lines += [
        f"    {cumulative:8.1f} ms cumulative {own:7.1f} ms self  {module}"
        for module, own, cumulative in cold.imports
    ]
    lines += ["", f"{'target':36} {'goal':>8} {'measured':>10}  status"]
    lines += [
        f"{name:36} {goal:>8} {measured:>10}  {'met' if met else 'NOT MET'}"
        for name, goal, measured, met in results.targets()
    ]
    return "\n".join(lines)


def docs_page(results: Results) -> str:
    taqrir, fpdf2, cold = results.taqrir, results.fpdf2, results.cold
    today = datetime.date.today().isoformat()
    machine_rows = "\n".join(f"| {key} | {value} |" for key, value in results.machine.items())
    target_rows = "\n".join(
        f"| {name} | {goal} | {measured} | {'met' if met else 'not met'} |"
        for name, goal, measured, met in results.targets()
    )
    taqrir_time = f"{taqrir.median:.3f} s median ({_seconds(taqrir.seconds)})"
    rss = (
        f"{results.rss_after_kib / 1024:.1f} MiB "
        f"({results.rss_before_kib / 1024:.1f} MiB before the export)"
    )
    import_rows = "\n".join(
        f"| `{module}` | {cumulative:.1f} | {own:.1f} |" for module, own, cumulative in cold.imports
    )
    return f"""# Export benchmarks

Measured on {today} with `bench/export_speed.py`. Rerun with `make bench` (or
`python bench/export_speed.py` from the repository root); `python bench/export_speed.py
--write-docs` rewrites this page with the new figures.

## Machine

| | |
|---|---|
{machine_rows}

## Method

- **Document.** `benchmark_document()` builds, in memory and deterministically (fixed seed),
  an Arabic right-to-left report of {SECTIONS} regional sections from the bundled samples
  (the board minutes as free blocks, as they were before the sample took the structured
  minutes form, kept in `bench/data/`):
  the sample's letterhead, then per section a level-2 heading, the sample's Arabic paragraphs
  each extended by a generated sentence (figures with decimal commas and `%`, bold and
  italic runs, an italic French phrase), a level-3 heading, a list, a French paragraph with
  Arabic names every second section and an 8-row, 4-column table every fourth
  ({results.document_blocks} blocks). Taqrir sets it on {taqrir.pages} A4 pages; the script
  stops if that is not {TARGET_PAGES} ± {PAGE_TOLERANCE}.
- **Taqrir in process.** `export_pdf(document, path, ExportSettings(registry=default_registry()))`,
  fonts loaded anew and the shaped-word cache cleared each time (every run starts cold):
  one warm-up, then the median of {RUNS} runs, each into a new
  file in a temporary folder. Memory: the tracemalloc peak of one export, and the max RSS
  (`resource.getrusage`) of a fresh process that imports, builds the document and exports once.
- **fpdf2.** The same blocks through fpdf2 {results.machine.get("fpdf2", "")} with
  `set_text_shaping(use_shaping_engine=True, direction=...)` set per block (`rtl` or `ltr` from
  the block's direction or its first strong character, as Taqrir decides; tables use fpdf2's own
  detection), so HarfBuzz shapes and fpdf2's bidi reorders. Same font files as Taqrir's
  default export (Amiri Regular, Bold and Slanted for the body, IBM Plex Sans Arabic Bold for
  headings), same A4 page, margins, sizes, line heights and spacing; paragraphs, list items and
  headings are `multi_cell` with bold, italic and underlined runs as fpdf2 markdown; tables are
  `pdf.table()` with the header row bold and filled; page numbers in the footer. Left out: run
  colours and the list markers' separate placement (the marker is part of the item's text).
  Timed like Taqrir (warm-up, median of {RUNS}, font loading included).
- **Cold start.** `python -m desktop_app export cold.taqrir.json -o cold.pdf` in a new process,
  where the input is the Arabic sample cut to its first {cold.blocks} of {cold.sample_blocks}
  blocks ({cold.pages} pages): one untimed run, then the median wall-clock time of {RUNS}.
  Bytecode is cached in the temporary folder (`PYTHONPYCACHEPREFIX`), as an installed copy
  has it, even where `PYTHONDONTWRITEBYTECODE` is set.
  Import costs from `python -X importtime` on the same command (median of {IMPORTTIME_RUNS}).

## Results

| measure | figure |
|---|---|
| Taqrir, {taqrir.pages} pages in process | {taqrir_time} |
| Taqrir pages per second | {taqrir.pages_per_second:.1f} |
| Taqrir tracemalloc peak (one export) | {results.traced_peak / 2**20:.1f} MiB |
| Taqrir max RSS, clean process | {rss} |
| fpdf2, {fpdf2.pages} pages | {fpdf2.median:.3f} s median ({_seconds(fpdf2.seconds)}) |
| fpdf2 pages per second | {fpdf2.pages_per_second:.1f} |
| Taqrir/fpdf2, pages per second | {results.ratio:.2f}× |
| Cold `taqrir export`, {cold.pages} pages | {cold.median:.3f} s median ({_seconds(cold.seconds)}) |
| Bare interpreter (`python -c pass`) | {statistics.median(cold.interpreter_seconds):.3f} s |

Top imports of the cold export by cumulative time:

| module | cumulative ms | self ms |
|---|---|---|
{import_rows}

## Targets

| target | goal | measured | status |
|---|---|---|---|
{target_rows}

The in-process figure is scaled to {TARGET_PAGES} pages (median × {TARGET_PAGES} / pages).
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-docs", action="store_true", help=f"rewrite {DOCS_PAGE.name}")
    parser.add_argument(
        "--profile",
        action="store_true",
        help=f"print the top {PROFILE_TOP} functions of one export by total time",
    )
    parser.add_argument("--child-rss", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_rss:
        child_max_rss()
        return 0

    document = benchmark_document()
    registry = default_registry()
    fonts = FontFiles.of(registry)
    with tempfile.TemporaryDirectory(prefix="taqrir-bench-") as name:
        folder = Path(name)
        taqrir = time_export(lambda path: taqrir_export(document, path), folder, "taqrir")
        if abs(taqrir.pages - TARGET_PAGES) > PAGE_TOLERANCE:
            print(
                f"the benchmark document has {taqrir.pages} pages, not {TARGET_PAGES} ± "
                f"{PAGE_TOLERANCE}: adjust SECTIONS",
                file=sys.stderr,
            )
            return 1
        peak = traced_peak(lambda path: taqrir_export(document, path), folder / "traced.pdf")
        fpdf2 = time_export(lambda path: fpdf2_export(document, path, fonts), folder, "fpdf2")
        rss_before, rss_after = clean_process_rss()
        cold = cold_start(folder)
        results = Results(
            taqrir, fpdf2, peak, rss_before, rss_after, cold, len(document.blocks), machine()
        )
        print(report(results))
        if args.profile:
            print()
            print(profile_export(document, folder))
    if args.write_docs:
        # The branded-documents and library sections are the other scripts': keep them.
        old = DOCS_PAGE.read_text(encoding="utf-8") if DOCS_PAGE.exists() else ""
        starts = [old.index(s) for s in KEPT_SECTIONS if s in old]
        kept = old[min(starts) :] if starts else ""
        page = docs_page(results).rstrip("\n") + "\n"
        DOCS_PAGE.write_text(page + ("\n" + kept if kept else ""), encoding="utf-8")
        print(f"\nwrote {DOCS_PAGE.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
