"""The nameplate of a bulletin: title band, tagline, issue number and date."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .document import Block, Document, Heading, Paragraph, Run


@dataclass
class Nameplate:
    """The title is the document's ``metadata.title`` and the date its ``metadata.date``;
    ``period`` («دجنبر 2025») is the span the issue covers, written as the author wants.
    ``contents`` lists the sections (level-2 headings) with their pages under it."""

    tagline: str = ""
    issue: str = ""
    period: str = ""
    contents: bool = False


NAMEPLATE_FIELDS: tuple[str, ...] = ("tagline", "issue", "period", "contents")

ISSUE_LABELS: dict[str, str] = {"ar": "العدد {issue}", "fr": "N° {issue}", "en": "No. {issue}"}
CONTENTS_LABELS: dict[str, str] = {
    "ar": "في هذا العدد",
    "fr": "Dans ce numéro",
    "en": "In this issue",
}


def nameplate_to_data(nameplate: Nameplate) -> dict[str, Any]:
    return {name: getattr(nameplate, name) for name in NAMEPLATE_FIELDS}


@dataclass(frozen=True)
class NameplateText:
    """What the nameplate says, each piece on its own line: ``issue_line`` stands at the
    start side under the title band and ``date_line`` at the end side."""

    title: str
    tagline: str
    issue_line: str
    date_line: str


def nameplate_text(document: Document, nameplate: Nameplate) -> NameplateText:
    from desktop_app.text.locale_format import format_date, parse_iso_date

    meta = document.metadata
    pieces = []
    if nameplate.issue:
        pieces.append(ISSUE_LABELS[document.language].format(issue=nameplate.issue))
    if nameplate.period:
        pieces.append(nameplate.period)
    date_line = ""
    if meta.date:
        date_line = format_date(parse_iso_date(meta.date, "metadata.date"), document.language)
    return NameplateText(meta.title, nameplate.tagline, " — ".join(pieces), date_line)


def nameplate_blocks(document: Document, nameplate: Nameplate) -> list[Block]:
    """The nameplate as plain blocks, for views that have no title band (plain text)."""
    text = nameplate_text(document, nameplate)
    blocks: list[Block] = [Heading([Run(text.title)], 1, "center")]
    for line, align in (
        (text.tagline, "center"),
        (text.issue_line, "start"),
        (text.date_line, "end"),
    ):
        if line:
            blocks.append(Paragraph([Run(line)], align))
    return blocks
