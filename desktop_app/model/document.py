"""The document model: plain dataclasses mirroring docs/document-format.md (schema 1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

Kind = Literal["minutes", "bulletin", "free"]
Language = Literal["ar", "fr", "en"]
Direction = Literal["rtl", "ltr", "auto"]
Align = Literal["start", "end", "center", "justify"]
Status = Literal["draft", "final"]

KINDS: tuple[str, ...] = get_args(Kind)
LANGUAGES: tuple[str, ...] = get_args(Language)
DIRECTIONS: tuple[str, ...] = get_args(Direction)
ALIGNS: tuple[str, ...] = get_args(Align)
STATUSES: tuple[str, ...] = get_args(Status)


@dataclass
class Run:
    """A stretch of text sharing one style. ``None`` colour/lang inherit from the block."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    color: str | None = None
    lang: Language | None = None

    def is_plain(self) -> bool:
        return self == Run(self.text)


@dataclass
class Heading:
    runs: list[Run] = field(default_factory=list)
    level: int = 1
    align: Align = "start"
    direction: Direction = "auto"


@dataclass
class Paragraph:
    runs: list[Run] = field(default_factory=list)
    align: Align = "justify"
    direction: Direction = "auto"


@dataclass
class ListBlock:
    items: list[list[Run]] = field(default_factory=list)
    ordered: bool = False
    align: Align = "start"
    direction: Direction = "auto"


@dataclass
class Table:
    """``rows[r][c]`` is the run list of one cell; every row has the same number of cells."""

    rows: list[list[list[Run]]] = field(default_factory=list)
    header_rows: int = 1
    column_widths: list[float] | None = None
    min_row_height_mm: float | None = None  # of the body rows: room to sign, to write in
    align: Align = "start"
    direction: Direction = "auto"

    @property
    def column_count(self) -> int:
        return len(self.rows[0]) if self.rows else 0


@dataclass
class Quote:
    runs: list[Run] = field(default_factory=list)
    attribution: list[Run] = field(default_factory=list)
    align: Align = "start"
    direction: Direction = "auto"


@dataclass
class Image:
    """``path`` is relative to the document file, or absolute."""

    path: str
    width_mm: float | None = None
    caption: list[Run] = field(default_factory=list)


@dataclass
class PageBreak:
    pass


MAX_SIGNERS = 3


@dataclass
class Signer:
    title: list[Run] = field(default_factory=list)  # «رئيس الجلسة», «Le Président»
    name: list[Run] = field(default_factory=list)


@dataclass
class Signatures:
    """Signature blocks side by side, the first at the start of the line, each with
    room below the name to sign and stamp."""

    signers: list[Signer] = field(default_factory=list)
    direction: Direction = "auto"


Block = Heading | Paragraph | ListBlock | Table | Quote | Image | PageBreak | Signatures


@dataclass
class Metadata:
    title: str = ""
    subtitle: str = ""
    author: str = ""
    subject: str = ""
    keywords: list[str] = field(default_factory=list)
    institution: str = ""
    reference: str = ""
    date: str = ""
    status: Status = "draft"


@dataclass
class Document:
    kind: Kind = "free"
    language: Language = "ar"
    direction: Direction = "auto"
    metadata: Metadata = field(default_factory=Metadata)
    blocks: list[Block] = field(default_factory=list)
    brand_kit: str = ""  # a kit file (relative to the document) or a bundled kit's name
    confidential: bool = False
    percent_style: Literal["symbol", "words"] = "symbol"  # «13%» or «13 في المائة»
    columns: int = 1  # 2 sets the body in two columns, the first at the start side
    # The structured minutes (desktop_app.model.minutes.Minutes) of a "minutes" document;
    # its blocks come after the deliberations.
    minutes: Any = None
    # The masthead (desktop_app.model.nameplate.Nameplate) that opens a bulletin.
    nameplate: Any = None

    def resolved_direction(self) -> Literal["rtl", "ltr"]:
        """The page direction: the explicit one, or rtl for Arabic and ltr otherwise."""
        if self.direction != "auto":
            return self.direction
        return "rtl" if self.language == "ar" else "ltr"

    def plain_text(self) -> str:
        """The text of every block in order, one line per block.

        List items, table cells (row by row) and a quote's attribution are joined with
        spaces. Blocks without text (page breaks, images without caption) give no line.
        """
        lines = (block_text(block) for block in self.blocks)
        return "\n".join(line for line in lines if line)


def runs_text(runs: list[Run]) -> str:
    return "".join(run.text for run in runs)


def block_text(block: Block) -> str:
    """The text of one block on a single line (see ``Document.plain_text``)."""
    if isinstance(block, Heading | Paragraph):
        parts = [runs_text(block.runs)]
    elif isinstance(block, ListBlock):
        parts = [runs_text(item) for item in block.items]
    elif isinstance(block, Table):
        parts = [runs_text(cell) for row in block.rows for cell in row]
    elif isinstance(block, Quote):
        parts = [runs_text(block.runs), runs_text(block.attribution)]
    elif isinstance(block, Image):
        parts = [runs_text(block.caption)]
    elif isinstance(block, Signatures):
        parts = [
            runs_text(part) for signer in block.signers for part in (signer.title, signer.name)
        ]
    else:
        parts = []
    return " ".join(part for part in parts if part)
