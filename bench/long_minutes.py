"""Long minutes for the window's benchmarks: the Arabic board minutes sample with its agenda
repeated (each copy numbered) until the export fills about the pages asked for."""

from __future__ import annotations

import copy
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from desktop_app.model import Document, Run, load_document  # noqa: E402
from desktop_app.pdf.builder import ExportSettings, export_pdf  # noqa: E402
from desktop_app.text.fonts import default_registry  # noqa: E402

MINUTES = REPO_ROOT / "resources" / "samples" / "minutes-board-maison-artisan.ar.taqrir.json"


def repeated_minutes(copies: int) -> Document:
    """The sample with its agenda items ``copies`` times over (1 is the sample itself)."""
    document = load_document(MINUTES)
    items = document.minutes.agenda
    agenda = []
    for number in range(copies):
        for item in items:
            item = copy.deepcopy(item)
            if number:
                item.title = [*item.title, Run(f" ({number + 1})")]
            agenda.append(item)
    document.minutes.agenda = agenda
    return document


def page_count(document: Document) -> int:
    with tempfile.TemporaryDirectory() as folder:
        settings = ExportSettings(registry=default_registry())
        return export_pdf(document, Path(folder) / "count.pdf", settings)


def minutes_of_pages(pages: int) -> tuple[Document, int]:
    """The repeated sample with the fewest copies that reaches ``pages``, less the last
    agenda items while it still fills as many pages; and its pages (``pages`` unless no
    cut lands on it)."""
    copies = 1
    document = repeated_minutes(copies)
    found = page_count(document)
    while found < pages:
        # Grow in proportion, then step by one near the goal.
        step = max(1, int(copies * (pages - found) / max(found, 1)))
        copies += step
        document = repeated_minutes(copies)
        found = page_count(document)
    while found > pages and len(document.minutes.agenda) > 1:
        shorter = copy.deepcopy(document)
        shorter.minutes.agenda.pop()
        fewer = page_count(shorter)
        if fewer < pages:
            break
        document, found = shorter, fewer
    return document, found
