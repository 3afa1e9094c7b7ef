"""Keeps one benchmark's section of docs/benchmarks.md up to date."""

from __future__ import annotations

from pathlib import Path

DOCS_PAGE = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"


def replace_section(heading: str, text: str, page: Path = DOCS_PAGE) -> None:
    """Put ``text`` (which begins with ``heading``) in place of the section under
    ``heading``, up to the next ``## `` heading; append it if the page has none."""
    old = page.read_text(encoding="utf-8") if page.exists() else "# Benchmarks\n"
    if heading in old:
        start = old.index(heading)
        following = old.find("\n## ", start + len(heading))
        rest = old[following + 1 :] if following >= 0 else ""
        new = old[:start] + text + ("\n" + rest if rest else "")
    else:
        new = old.rstrip("\n") + "\n\n" + text
    page.write_text(new, encoding="utf-8")
