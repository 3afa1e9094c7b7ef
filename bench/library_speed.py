"""Speed of the document library: search, autosave and opening, on 10,000 documents.

Run from the repository root with ``python bench/library_speed.py`` (``make bench`` does);
``--write-docs`` also writes the figures into the "## Library" section of
docs/benchmarks.md, leaving the other sections as they are. Writes only into a temporary
folder (on the same disk as the system's temporary files).

- **Library.** 10,000 documents generated deterministically (fixed seed) from the words of
  the bundled samples: half Arabic, half French, 6 to 14 paragraphs of 25 to 70 words each,
  some words with harakat or tatweel. They are added with ``Library.add`` (one revision
  each, indexed as any save is); only while generating, the connection skips fsync.
- **Search.** ``Library.search(query, limit=20)`` with snippets, for 300 queries drawn from
  the same words: one word, two words, a word typed with harakat, a word with a prefix
  star, a French word typed without its accents. Median and 95th percentile.
- **Autosave.** ``Library.autosave`` of a 100-page document (the export benchmark's report,
  grown until Taqrir sets it on 100 ± 3 A4 pages), one paragraph changed before each call,
  with ``synchronous=FULL``: median of 30 after a warm-up.
- **Opening.** ``Library.open`` of the 10,000-document library followed by
  ``Library.documents()`` (what a window shows first), in the same process with a cold
  connection each time: median of 15.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from docs_section import DOCS_PAGE, replace_section

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from desktop_app.model import (  # noqa: E402
    Document,
    Heading,
    Metadata,
    Paragraph,
    Run,
)
from desktop_app.store import Library  # noqa: E402

SAMPLES = REPO_ROOT / "resources" / "samples"
SECTION = "## Library"

DOCUMENTS = 10_000
QUERIES = 300
AUTOSAVES = 30
OPENINGS = 15
TARGET_PAGES = 100
TARGET_SEARCH_MS = 50.0
TARGET_AUTOSAVE_MS = 50.0
TARGET_OPEN_MS = 300.0
HARAKAT = "\u064e\u064f\u0650\u0651\u0652"


def vocabulary() -> tuple[list[str], list[str]]:
    arabic: set[str] = set()
    french: set[str] = set()
    for sample in SAMPLES.glob("*.taqrir.json"):
        text = json.dumps(json.loads(sample.read_text(encoding="utf-8")), ensure_ascii=False)
        arabic.update(w for w in re.findall(r"[\u0621-\u064a]{3,}", text))
        french.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]{4,}", text) if not w.isupper())
    return sorted(arabic), sorted(french)


def generated_document(rng: random.Random, arabic: list[str], french: list[str]) -> Document:
    language = rng.choice(("ar", "fr"))
    words = arabic if language == "ar" else french

    def sentence(count: int) -> str:
        chosen = [rng.choice(words) for _ in range(count)]
        if language == "ar" and rng.random() < 0.3:
            index = rng.randrange(count)
            word = chosen[index]
            chosen[index] = word[0] + rng.choice(HARAKAT) + word[1:]
        return " ".join(chosen)

    title = sentence(rng.randint(3, 7))
    blocks = [Heading([Run(title)])]
    blocks += [
        Paragraph([Run(sentence(rng.randint(25, 70)) + ".")]) for _ in range(rng.randint(6, 14))
    ]
    return Document(language=language, metadata=Metadata(title=title), blocks=blocks)


def build_library(path: Path, arabic: list[str], french: list[str]) -> float:
    rng = random.Random(20261130)
    started = time.perf_counter()
    with Library.open(path) as library:
        library._db.execute("PRAGMA synchronous = OFF")  # generating only
        for _ in range(DOCUMENTS):
            library.add(generated_document(rng, arabic, french), author="bench")
    return time.perf_counter() - started


def queries(arabic: list[str], french: list[str]) -> list[str]:
    rng = random.Random(7)
    result = []
    for index in range(QUERIES):
        kind = index % 5
        if kind == 0:
            result.append(rng.choice(arabic))
        elif kind == 1:
            result.append(f"{rng.choice(arabic)} {rng.choice(arabic)}")
        elif kind == 2:
            word = rng.choice(arabic)
            result.append("".join(c + rng.choice(HARAKAT) for c in word))
        elif kind == 3:
            result.append(rng.choice(arabic)[:3] + "*")
        else:
            import unicodedata

            word = rng.choice(french)
            stripped = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
            result.append(stripped.upper())
    return result


def time_search(path: Path, texts: list[str]) -> tuple[list[float], int]:
    times: list[float] = []
    hits = 0
    with Library.open(path, writer=False) as library:
        for text in texts[:10]:
            library.search(text)  # warm-up
        for text in texts:
            started = time.perf_counter()
            found = library.search(text, limit=20)
            times.append(time.perf_counter() - started)
            hits += bool(found)
    return times, hits


def hundred_pages() -> tuple[Document, int]:
    sys.path.insert(0, str(REPO_ROOT / "bench"))
    from export_speed import benchmark_document, taqrir_export

    sections = 93
    with tempfile.TemporaryDirectory(prefix="taqrir-bench-") as name:
        while True:
            document = benchmark_document(sections)
            pages = taqrir_export(document, Path(name) / "probe.pdf")
            if abs(pages - TARGET_PAGES) <= 3:
                return document, pages
            sections += 2 if pages < TARGET_PAGES else -2


def time_autosave(path: Path, document: Document) -> tuple[list[float], int]:
    from desktop_app.model import document_to_json

    size = len(document_to_json(document).encode("utf-8"))
    times = []
    with Library.open(path) as library:
        key = library.new_untitled_key()
        library.autosave(key, document)  # warm-up
        paragraph = next(b for b in document.blocks if isinstance(b, Paragraph))
        for index in range(AUTOSAVES):
            paragraph.runs = [*paragraph.runs[:1], Run(f" تعديل {index}")]
            started = time.perf_counter()
            library.autosave(key, document)
            times.append(time.perf_counter() - started)
        library.discard(key)
    return times, size


def time_open(path: Path) -> tuple[list[float], int]:
    times = []
    count = 0
    for _ in range(OPENINGS):
        started = time.perf_counter()
        with Library.open(path) as library:
            count = len(library.documents())
            times.append(time.perf_counter() - started)
    return times, count


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.1f} ms"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def section(results: dict[str, object]) -> str:
    rows = "\n".join(
        f"| {name} | {figure} | {target} |" for name, figure, target in results["rows"]
    )
    return f"""{SECTION}

`bench/library_speed.py` (run by `make bench`) times the SQLite library (`desktop_app.store`)
on {DOCUMENTS:,} generated documents: half Arabic, half French, 6 to 14 paragraphs of 25 to
70 words from the samples' vocabulary, some words with harakat. Search: `Library.search`
with bm25 ranking and original-text snippets, {QUERIES} queries (one word, two words, a word
typed with harakat, a prefix with `*`, a French word typed in capitals without accents).
Autosave: `Library.autosave` of the export benchmark's report grown to {results["pages"]} A4
pages ({results["json_mib"]:.1f} MiB of JSON), one paragraph changed each time, committed with
`synchronous=FULL` on ext4 (median of {AUTOSAVES}; the worst call varies from run to run
with the shared disk's fsync latency). Opening: `Library.open` and
`Library.documents()` on the {DOCUMENTS:,}-document library ({results["db_mib"]:.0f} MiB;
median of {OPENINGS}). Measured on {results["date"]}, same machine:

| measure | figure | target |
|---|---|---|
{rows}
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-docs", action="store_true", help=f"update {DOCS_PAGE.name}")
    args = parser.parse_args(argv)
    arabic, french = vocabulary()
    document, pages = hundred_pages()
    with tempfile.TemporaryDirectory(prefix="taqrir-library-") as name:
        path = Path(name) / "library.sqlite3"
        built = build_library(path, arabic, french)
        db_mib = sum(p.stat().st_size for p in Path(name).iterdir()) / 2**20
        print(f"built {DOCUMENTS} documents in {built:.1f} s ({db_mib:.0f} MiB)")
        search_times, hits = time_search(path, queries(arabic, french))
        autosave_times, size = time_autosave(path, document)
        open_times, count = time_open(path)
    assert count == DOCUMENTS
    search_ms = statistics.median(search_times) * 1000
    autosave_ms = statistics.median(autosave_times) * 1000
    open_ms = statistics.median(open_times) * 1000

    def status(value: float, target: float) -> str:
        return f"< {target:g} ms: {'met' if value < target else 'not met'}"

    rows = [
        (
            f"search, {DOCUMENTS:,} documents ({hits} of {QUERIES} queries found something)",
            f"{search_ms:.1f} ms median, {percentile(search_times, 0.95) * 1000:.1f} ms at p95",
            status(search_ms, TARGET_SEARCH_MS),
        ),
        (
            f"autosave, {pages}-page document",
            f"{autosave_ms:.1f} ms median, {max(autosave_times) * 1000:.1f} ms at worst",
            status(autosave_ms, TARGET_AUTOSAVE_MS),
        ),
        (
            f"open and list, {DOCUMENTS:,} documents",
            f"{open_ms:.1f} ms median",
            status(open_ms, TARGET_OPEN_MS),
        ),
    ]
    for name, figure, target in rows:
        print(f"{name:<64} {figure:<40} {target}")
    if args.write_docs:
        replace_section(
            SECTION,
            section(
                {
                    "rows": rows,
                    "pages": pages,
                    "json_mib": size / 2**20,
                    "db_mib": db_mib,
                    "date": datetime.date.today().isoformat(),
                }
            ),
        )
        print(f"\nwrote the library section of {DOCS_PAGE.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
