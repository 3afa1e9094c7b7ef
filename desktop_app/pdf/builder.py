"""Turns a Document into a PDF: blocks become flowables on A4 or Letter pages."""

from __future__ import annotations

import dataclasses
import gc
import io
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import reportlab
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

import desktop_app
from desktop_app.model import (
    Document,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Quote,
    Run,
    Signatures,
)
from desktop_app.model import (
    PageBreak as PageBreakBlock,
)
from desktop_app.model import (
    Table as TableBlock,
)
from desktop_app.model.brand_kit import BrandKit, load_brand_kit
from desktop_app.model.charts import ChartSpec, IndicatorRow
from desktop_app.model.minutes import minutes_blocks
from desktop_app.model.nameplate import CONTENTS_LABELS, Nameplate, nameplate_text
from desktop_app.resources import resource_path
from desktop_app.text.bidi import first_strong_direction
from desktop_app.text.fonts import FontProgram, FontRegistry
from desktop_app.text.layout import StyledText, TextStyle
from desktop_app.text.locale_format import NumberStyle

from .charts import ChartFlowable, FigureFlowable, FigureStyle
from .errors import ExportError
from .images import ImageFileError, PlacedImage, load_image
from .indicators import IndicatorFlowable
from .logo import LogoImage, load_logo
from .nameplate import NAMEPLATE_ROLE, ContentsFlowable, NameplateFlowable
from .page_furniture import (
    FurnitureCanvas,
    FurnitureFonts,
    PageFurniture,
    hex_color,
)
from .signatures import signature_table
from .table_alignment import cell_alignments
from .text_flowable import Bookmark, DrawnLine, RenderContext, TextFlowable

__all__ = ["ExportError", "ExportSettings", "export_pdf", "PAPER_SIZES"]

PAPER_SIZES = {"a4": A4, "letter": LETTER}
HEADING_SIZES = {1: 17.0, 2: 14.5, 3: 12.5}
NAMEPLATE_TITLE_SIZE = 24.0
RGB = tuple[float, float, float]
DEFAULT_KIT = ("kits", "default.kit.json")
SMALL_TABLE_ROWS = 4
MIN_FIRST_FRAME = 40 * mm  # of text below the letterhead
COLUMN_GAP = 7 * mm
MAX_MASTHEAD_SHARE = 0.5  # of the first page's text height, in two columns
FRAME_PADDING = 6.0  # ReportLab's default on each side of a frame


@dataclass
class ExportSettings:
    """How to export. ``None`` for the paper, margins and font families takes the brand
    kit's; no ``brand_kit`` takes the bundled default kit. Pages are marked confidential
    when ``confidential`` is set or the document is."""

    registry: FontRegistry
    body_family: str | None = None
    heading_family: str | None = None
    paper: str | None = None
    body_size: float = 12.0
    margins_mm: tuple[float, float, float, float] | None = None  # top, right, bottom, left
    line_log: Callable[[DrawnLine], None] | None = None
    progress: Callable[[float], None] | None = None
    base_dir: Path | None = None  # where relative image paths start
    brand_kit: BrandKit | None = None
    confidential: bool = False
    _fonts: dict[tuple[str, bool, bool], FontProgram] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.brand_kit is None:
            self.brand_kit = load_brand_kit(resource_path(*DEFAULT_KIT), self.registry)
        kit = self.brand_kit
        if self.paper is None:
            self.paper = kit.paper
        if self.margins_mm is None:
            margins = kit.margins_mm
            self.margins_mm = (margins.top, margins.right, margins.bottom, margins.left)
        self.body_family = self.body_family or kit.fonts.body
        self.heading_family = self.heading_family or kit.fonts.heading

    @property
    def kit(self) -> BrandKit:
        assert self.brand_kit is not None  # set by __post_init__
        return self.brand_kit

    @property
    def page_size(self) -> tuple[float, float]:
        assert self.paper is not None  # set by __post_init__
        return PAPER_SIZES[self.paper]

    @property
    def margins(self) -> tuple[float, float, float, float]:
        """Top, right, bottom and left margins in points."""
        assert self.margins_mm is not None  # set by __post_init__
        top, right, bottom, left = self.margins_mm
        return top * mm, right * mm, bottom * mm, left * mm

    def font(self, family: str, bold: bool = False, italic: bool = False) -> FontProgram:
        key = (family, bold, italic)
        if key not in self._fonts:
            self._fonts[key] = self.registry.load(self.registry.face(family, bold, italic))
        return self._fonts[key]


def export_pdf(document: Document, output: Path | str, settings: ExportSettings) -> int:
    """Write ``document`` to ``output`` atomically; return the number of pages.

    The PDF is built in a temporary file beside ``output`` and renamed over it only
    once complete, so an interrupted export never leaves a half-written file.
    """
    output = Path(output)
    if settings.paper not in PAPER_SIZES:
        raise ExportError(f"unknown paper size '{settings.paper}'; use one of: a4, letter")
    with _fewer_collections():
        return _export(document, output, settings)


def _export(document: Document, output: Path, settings: ExportSettings) -> int:
    heading_pages = _rehearse_for_page_numbers(document, settings)
    builder = _StoryBuilder(document, settings, heading_pages)
    story = builder.story()
    furniture = _furniture(document, settings)
    directory = output.parent if str(output.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{output.name}.", suffix=".tmp", dir=directory
        )
    except OSError as error:  # named as the file asked for, not the temporary one
        raise OSError(error.errno, error.strerror, str(output)) from None
    os.close(handle)
    try:
        _build(document, story, furniture, Path(temp_name), settings, builder.masthead)
        os.replace(temp_name, output)
    except OSError as error:
        Path(temp_name).unlink(missing_ok=True)
        if error.filename == temp_name:  # writing failed (disk full…): name the PDF
            raise OSError(error.errno, error.strerror, str(output)) from None
        raise
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return furniture.page_count


# An export makes tens of thousands of small tuples (placed glyphs, laid-out lines) that
# live until their page is drawn. At Python's default of a young-generation collection
# every 700 new container objects, the cycle collector went through them again and again,
# a tenth of the export's time; reference counting frees nearly all an export throws away
# anyway. While exports run, the young generation is collected every 20,000 instead.
_EXPORT_GC_THRESHOLD = 20_000
_gc_lock = threading.Lock()
_gc_exports = 0  # exports running
_gc_threshold_before: tuple[int, ...] = ()


@contextmanager
def _fewer_collections() -> Iterator[None]:
    global _gc_exports, _gc_threshold_before  # noqa: PLW0603
    with _gc_lock:
        if _gc_exports == 0:
            _gc_threshold_before = gc.get_threshold()
            first, *older = _gc_threshold_before
            gc.set_threshold(max(first, _EXPORT_GC_THRESHOLD), *older)
        _gc_exports += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_exports -= 1
            if _gc_exports == 0:
                gc.set_threshold(*_gc_threshold_before)


def _rehearse_for_page_numbers(
    document: Document, settings: ExportSettings
) -> dict[str, int] | None:
    """The page of each heading, from a first build into memory, when the document lists
    its sections with their pages; None when it does not."""
    nameplate = document.nameplate
    if nameplate is None or not nameplate.contents:
        return None
    rehearsal = dataclasses.replace(settings, line_log=None, progress=None)
    builder = _StoryBuilder(document, rehearsal)
    story = builder.story()
    furniture = _furniture(document, rehearsal)
    _build(document, story, furniture, io.BytesIO(), rehearsal, builder.masthead)
    return builder.context.heading_pages


def _furniture(document: Document, settings: ExportSettings) -> PageFurniture:
    kit = settings.kit
    logo: LogoImage | None = None
    if kit.logo is not None:
        try:
            logo = load_logo(kit.logo.path)
        except ImageFileError as error:
            raise ExportError(f"brand kit: {error}") from error
    family = _heading_family(settings)
    return PageFurniture(
        document,
        kit,
        settings.page_size,
        settings.margins,
        FurnitureFonts(settings.font(family), settings.font(family, bold=True)),
        logo=logo,
        confidential=settings.confidential or document.confidential,
        line_log=settings.line_log,
    )


def _build(
    document: Document,
    story: list[Flowable],
    furniture: PageFurniture,
    path: Path | io.BytesIO,
    settings: ExportSettings,
    masthead: list[Flowable],
) -> None:
    top, right, bottom, left = settings.margins
    metadata = document.metadata
    version = f"Taqrir {desktop_app.__version__}"
    template = _DocTemplate(
        str(path) if isinstance(path, Path) else path,
        pagesize=settings.page_size,
        topMargin=top,
        rightMargin=right,
        bottomMargin=bottom,
        leftMargin=left,
        title=metadata.title,
        author=metadata.author,
        subject=metadata.subject,
        keywords=", ".join(metadata.keywords),
        creator=version,
        producer=f"{version} (ReportLab {reportlab.Version})",
        lang=document.language,
        invariant=True,
    )
    width = furniture.text_width
    frame_bottom = furniture.frame_bottom
    room = furniture.first_frame_top - frame_bottom
    if room < MIN_FIRST_FRAME:
        raise ExportError(
            f"the brand kit's letterhead leaves {max(room, 0) / mm:.0f} mm for text on the first "
            f"page (at least {MIN_FIRST_FRAME / mm:.0f} mm needed); use smaller margins or "
            "shorter institution names"
        )
    rtl = document.resolved_direction() == "rtl"
    first_top = furniture.first_frame_top
    first: list[Frame] = []
    if document.columns == 2 and masthead:
        # The nameplate spans both columns, in a frame of its own height; so does the
        # contents list unless it would crowd the columns out of the first page.
        inner = width - 2 * FRAME_PADDING
        spanning = masthead
        if _stacked_height(masthead, inner) > room * MAX_MASTHEAD_SHARE:
            spanning = masthead[:1]
        height = _stacked_height(spanning, inner) + 2 * FRAME_PADDING
        first.append(Frame(left, first_top - height, width, height, id="masthead"))
        first_top -= height
        story = [*story[: len(spanning)], FrameBreak(), *story[len(spanning) :]]
    first += _column_frames(left, width, frame_bottom, first_top, document.columns, rtl, "first")
    later = _column_frames(
        left, width, frame_bottom, furniture.frame_top, document.columns, rtl, "later"
    )
    template.addPageTemplates(
        [
            PageTemplate("first", first, autoNextPageTemplate="later"),
            PageTemplate("later", later),
        ]
    )
    if settings.progress is not None:
        total = max(len(story), 1)
        report = settings.progress

        def on_progress(kind: str, value: int) -> None:
            if kind == "PROGRESS":
                report(min(value / total, 1.0))

        template.setProgressCallBack(on_progress)
    template.build(story, canvasmaker=partial(FurnitureCanvas, furniture=furniture))


class _DocTemplate(BaseDocTemplate):
    """Names the block behind a flowable that cannot be laid out on any page."""

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        pending = flowables[0] if flowables else None
        try:
            super().handle_flowable(flowables)
        except LayoutError as error:
            where = _source_of(pending) or "a block"
            raise ExportError(
                f"{where}: too large to fit on a page; split it into smaller parts"
            ) from error


def _source_of(flowable: Flowable | None) -> str:
    """The ``blocks[n]`` a flowable, or the first flowable inside it, comes from."""
    sources = (getattr(part, "source", "") for part in _nested(flowable))
    return next((source for source in sources if source), "")


def _nested(flowable: object) -> Iterator[Flowable]:
    """A flowable and every flowable inside it: kept-together groups, table cells."""
    if isinstance(flowable, list | tuple):  # a table cell holds a tuple of flowables
        for part in flowable:
            yield from _nested(part)
        return
    if not isinstance(flowable, Flowable):
        return
    yield flowable
    if isinstance(flowable, KeepTogether):
        yield from _nested(flowable._content)  # noqa: SLF001
    elif isinstance(flowable, Table):
        yield from _nested(flowable._cellvalues)  # noqa: SLF001


def _column_frames(
    left: float, width: float, bottom: float, top: float, columns: int, rtl: bool, name: str
) -> list[Frame]:
    """One frame, or two side by side in reading order: the right one first in Arabic."""
    if columns == 1:
        return [Frame(left, bottom, width, top - bottom, id=name)]
    column = (width - COLUMN_GAP) / 2
    start = Frame(left, bottom, column, top - bottom, id=f"{name}-left")
    end = Frame(left + column + COLUMN_GAP, bottom, column, top - bottom, id=f"{name}-right")
    return [end, start] if rtl else [start, end]


def _stacked_height(flowables: list[Flowable], width: float) -> float:
    """The height of flowables stacked in a frame, with the space after each."""
    return sum(flowable.wrap(width, 1e6)[1] + flowable.getSpaceAfter() for flowable in flowables)


def _body_family(settings: ExportSettings) -> str:
    return settings.body_family or settings.registry.default_body().family


def _heading_family(settings: ExportSettings) -> str:
    return settings.heading_family or settings.registry.default_heading().family


class _StoryBuilder:
    def __init__(
        self,
        document: Document,
        settings: ExportSettings,
        heading_pages: dict[str, int] | None = None,
    ) -> None:
        self.document = document
        self.settings = settings
        self.heading_pages = heading_pages
        self.context = RenderContext(line_log=settings.line_log)
        self.direction = document.resolved_direction()
        self.body_family = _body_family(settings)
        self.heading_family = _heading_family(settings)
        self._figures: FigureStyle | None = None
        self.primary = hex_color(settings.kit.colors.primary)
        self._outline_level = -1
        self._outline_count = 0
        self.masthead: list[Flowable] = []  # what spans the columns at the top of page 1

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        blocks = self.document.blocks
        if self.document.minutes is not None:
            blocks = minutes_blocks(self.document, self.document.minutes)
        if self.document.nameplate is not None:
            self.masthead = self._nameplate(self.document.nameplate, blocks)
            story.extend(self.masthead)
        for index, block in enumerate(blocks):
            try:
                flowables = self._block(block)
            except (ExportError, ImageFileError) as error:
                raise ExportError(f"blocks[{index}]: {error}") from error
            for flowable in flowables:
                _label(flowable, f"blocks[{index}]")
            if isinstance(block, Signatures) and story and isinstance(story[-1], TextFlowable):
                # The signatures are not left alone on a page: the text above comes along.
                story[-1].keepWithNext = True
            story.extend(flowables)
        return _keep_headings_with_groups(story)

    # -- runs ---------------------------------------------------------------------
    def _styled(
        self,
        runs: list[Run],
        family: str,
        size: float,
        color: tuple[float, float, float] = (0, 0, 0),
        bold: bool = False,
    ) -> list[StyledText]:
        styled = []
        for run in runs:
            font = self.settings.font(family, bold or run.bold, run.italic)
            run_color = hex_color(run.color) if run.color else color
            styled.append(StyledText(run.text, TextStyle(font, size, run_color, run.underline)))
        return styled

    def _text(
        self,
        runs: list[Run],
        align: str,
        direction: str,
        size: float | None = None,
        **options,
    ) -> TextFlowable:
        size = size or self.settings.body_size
        return TextFlowable(
            self._styled(runs, self.body_family, size, options.pop("color", (0, 0, 0))),
            self.context,
            direction=direction,
            align=align,
            fallback_direction=self.direction,
            **options,
        )

    def _heading_flowable(
        self, runs: list[Run], level: int, align: str, direction: str
    ) -> TextFlowable:
        size = HEADING_SIZES.get(level, 12.5)
        return TextFlowable(
            self._styled(runs, self.heading_family, size, self.primary, bold=True),
            self.context,
            direction=direction,
            align=align,
            fallback_direction=self.direction,
            line_spacing=1.45,
            # ReportLab keeps the larger of this and the space after the block before
            # (a paragraph gives half a line): add that half line to keep both.
            space_before=size * 0.9 + self.settings.body_size * 0.5,
            space_after=size * 0.35,
            keep_with_next=True,
            role="heading",
        )

    # -- blocks -------------------------------------------------------------------
    def _block(self, block) -> list[Flowable]:  # noqa: ANN001 (a Block union)
        body = self.settings.body_size
        if isinstance(block, Heading):
            heading = self._heading_flowable(block.runs, block.level, block.align, block.direction)
            heading.bookmark = self._outline_entry(block)
            return [heading]
        if isinstance(block, Paragraph):
            return [self._text(block.runs, block.align, block.direction, space_after=body * 0.5)]
        if isinstance(block, ListBlock):
            return self._list(block)
        if isinstance(block, TableBlock):
            table = self._table(block)
            if len(block.rows) <= SMALL_TABLE_ROWS:
                # A signature block or a short table is not worth splitting.
                return [KeepTogether([table]), Spacer(1, body * 0.6)]
            return [table, Spacer(1, body * 0.6)]
        if isinstance(block, Quote):
            return self._quote(block)
        if isinstance(block, Image):
            return self._image(block)
        if isinstance(block, PageBreakBlock):
            return [PageBreak()]
        if isinstance(block, Signatures):
            return [self._signatures(block)]
        if isinstance(block, ChartSpec):
            language = block.language or self.document.language
            return [ChartFlowable(block, self.context, self._figure_style(), language)]
        if isinstance(block, IndicatorRow):
            # A column holds two boxes side by side at most.
            per_row = 2 if self.document.columns == 2 else len(block.items)
            return [
                IndicatorFlowable(
                    block.items[start : start + per_row],
                    self.context,
                    self._figure_style(),
                    self.document.language,
                )
                for start in range(0, len(block.items), per_row)
            ]
        raise ExportError(f"cannot typeset a {type(block).__name__} block")

    def _nameplate(self, nameplate: Nameplate, blocks: list) -> list[Flowable]:
        text = nameplate_text(self.document, nameplate)
        if not text.title.strip():
            raise ExportError("metadata.title: a bulletin's nameplate needs its title")
        white = (1.0, 1.0, 1.0)
        line = self._masthead_line
        title = line(text.title, NAMEPLATE_TITLE_SIZE, "center", white, bold=True)
        assert title is not None
        title.bookmark = Bookmark(" ".join(text.title.split()), "nameplate", 0)
        self._outline_level = 0
        return [
            NameplateFlowable(
                title,
                line(text.tagline, 11.5, "center", white),
                line(text.issue_line, 11, "start", self.primary, bold=True),
                line(text.date_line, 11, "end", self.primary),
                self.direction,
                band=self.primary,
                rule=hex_color(self.settings.kit.colors.accent),
            ),
            *([self._contents(blocks)] if nameplate.contents else []),
        ]

    def _contents(self, blocks: list) -> Flowable:
        """The headings of levels 1 and 2 with their pages (0 before they are known)."""
        size = self.settings.body_size * 0.95
        rows = []
        headings = [b for b in blocks if isinstance(b, Heading) and _outline_title(b)]
        for count, block in enumerate(headings, start=1):
            if block.level > 2:
                continue
            title = _outline_title(block)
            page = (self.heading_pages or {}).get(_outline_key(count), 0)
            rows.append(
                (
                    self._masthead_line(title, size, "start", (0.0, 0.0, 0.0), spacing=1.5),
                    self._masthead_line(str(page), size, "end", self.primary, spacing=1.5),
                )
            )
        label = self._masthead_line(
            CONTENTS_LABELS[self.document.language], size * 1.1, "start", self.primary, True, 1.5
        )
        return ContentsFlowable(label, rows, self.direction, rule=(0.75, 0.77, 0.8))

    def _masthead_line(
        self,
        text: str,
        size: float,
        align: str,
        color: RGB,
        bold: bool = False,
        spacing: float = 1.45,
    ) -> TextFlowable | None:
        """A line of the nameplate or its contents list; None for no text."""
        if not text:
            return None
        flowable = TextFlowable(
            self._styled([Run(text)], self.heading_family, size, color, bold=bold),
            self.context,
            align=align,
            fallback_direction=self.direction,
            line_spacing=spacing,
            role=NAMEPLATE_ROLE,
        )
        flowable.source = "nameplate"
        return flowable

    def _column_width(self) -> float:
        """The width a table takes: the text width, or one column's."""
        _top, right, _bottom, left = self.settings.margins
        width = self.settings.page_size[0] - right - left
        return (width - COLUMN_GAP) / 2 if self.document.columns == 2 else width

    def _figure_style(self) -> FigureStyle:
        if self._figures is None:
            kit = self.settings.brand_kit
            self._figures = FigureStyle.from_registry(
                self.settings.registry,
                self.heading_family,
                kit.colors.primary if kit else "#1F4E79",
                kit.colors.accent if kit else "#B5472B",
                NumberStyle(self.document.percent_style),
            )
        return self._figures

    def _outline_entry(self, block: Heading) -> Bookmark | None:
        """The heading's entry in the outline; a level may go at most one deeper than the
        entry before it."""
        title = _outline_title(block)
        if not title:
            return None
        level = min(block.level - 1, self._outline_level + 1)
        self._outline_level = level
        self._outline_count += 1
        return Bookmark(title, _outline_key(self._outline_count), level)

    def _list(self, block: ListBlock) -> list[Flowable]:
        body = self.settings.body_size
        flowables: list[Flowable] = []
        marker_width = body * 2.2
        for number, item in enumerate(block.items, start=1):
            direction = block.direction
            if direction == "auto":
                direction = first_strong_direction(_plain(item)) or self.direction
            marker_text = f"{number}." if block.ordered else "•"
            marker = self._styled([Run(marker_text)], self.body_family, body, self.primary)
            flowables.append(
                self._text(
                    item,
                    block.align,
                    direction,
                    indent_start=marker_width,
                    marker=marker,
                    marker_width=marker_width * 0.8,
                    space_after=body * 0.2,
                )
            )
        if flowables:
            flowables[-1].spaceAfter = body * 0.6
        return flowables

    def _quote(self, block: Quote) -> list[Flowable]:
        body = self.settings.body_size
        grey = (0.25, 0.25, 0.3)
        flowables: list[Flowable] = [
            self._text(
                block.runs,
                block.align,
                block.direction,
                color=grey,
                indent_start=body * 1.5,
                indent_end=body * 1.5,
                start_bar=self.primary,
                space_before=body * 0.3,
                space_after=body * 0.3 if block.attribution else body * 0.7,
            )
        ]
        if block.attribution:
            flowables.append(
                self._text(
                    [Run("— ")] + block.attribution,
                    "end",
                    block.direction,
                    size=body * 0.9,
                    color=grey,
                    indent_start=body * 1.5,
                    indent_end=body * 1.5,
                    space_after=body * 0.7,
                )
            )
        return flowables

    def _table(self, block: TableBlock) -> Table:
        body = self.settings.body_size
        size = body * 0.92
        direction = block.direction
        if direction == "auto":
            direction = self.direction
        rtl = direction == "rtl"
        rows = []
        alignments = cell_alignments(block)
        padding = 3  # above and below the text of a cell
        min_height = max((block.min_row_height_mm or 0) * mm - 2 * padding, 0)
        for row_index, row in enumerate(block.rows):
            header = row_index < block.header_rows
            cells = []
            for cell, align in zip(row, alignments[row_index], strict=True):
                runs = [dataclasses.replace(r, bold=r.bold or header) for r in cell]
                text = self._text(
                    runs,
                    align,
                    "auto",
                    size=size,
                    line_spacing=1.35,
                    min_lines_at_break=1,
                    role="cell",
                )
                text.min_height = 0 if header else min_height
                cells.append(text)
            rows.append(cells[::-1] if rtl else cells)
        widths = block.column_widths or [1.0] * block.column_count
        if rtl:
            widths = widths[::-1]
        available = self._column_width()
        total = sum(widths)
        col_widths = [available * w / total for w in widths]
        table = _RowKeepingTable(
            rows, colWidths=col_widths, repeatRows=block.header_rows, hAlign="CENTER"
        )
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.6, 0.65, 0.7)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]
        if block.header_rows:
            style.append(
                ("BACKGROUND", (0, 0), (-1, block.header_rows - 1), colors.Color(0.88, 0.92, 0.96))
            )
        table.setStyle(TableStyle(style))
        return table

    def _signatures(self, block: Signatures) -> Flowable:
        direction = block.direction if block.direction != "auto" else self.direction
        signers = []
        for signer in block.signers:
            title = [dataclasses.replace(run, bold=True) for run in signer.title]
            signers.append(
                (
                    self._text(title, "center", "auto", role="cell"),
                    self._text(signer.name, "center", "auto", role="cell"),
                )
            )
        return signature_table(signers, self._column_width(), direction == "rtl")

    def _image(self, block: Image) -> list[Flowable]:
        base = self.settings.base_dir or Path(".")
        path = Path(block.path)
        if not path.is_absolute():
            path = base / path
        reader, (pixel_width, pixel_height) = load_image(path)
        _top, right, _bottom, left = self.settings.margins
        available = self.settings.page_size[0] - right - left
        width = min(block.width_mm * mm if block.width_mm else pixel_width * 0.75, available)
        height = width * pixel_height / pixel_width
        flowables: list[Flowable] = [PlacedImage(reader, width, height)]
        if block.caption:
            flowables.append(
                self._text(
                    block.caption,
                    "center",
                    "auto",
                    size=self.settings.body_size * 0.85,
                    color=(0.3, 0.3, 0.3),
                    space_after=self.settings.body_size * 0.6,
                )
            )
        return flowables


def _outline_title(block: Heading) -> str:
    """A heading's title in the outline and the contents list; empty: it has no entry."""
    return " ".join(_plain(block.runs).split())


def _outline_key(count: int) -> str:
    """The key of the count-th outline entry (from 1), shared by the contents list."""
    return f"heading-{count}"


def _keep_headings_with_groups(story: list[Flowable]) -> list[Flowable]:
    """Put a heading inside the group that follows it (a short table kept on one page):
    ReportLab keeps a flowable with the next one, but not with a group."""
    joined: list[Flowable] = []
    for flowable in story:
        previous = joined[-1] if joined else None
        if (
            isinstance(flowable, KeepTogether)
            and previous is not None
            and not isinstance(previous, KeepTogether)
            and previous.getKeepWithNext()
        ):
            joined[-1] = KeepTogether([previous, *flowable._content])  # noqa: SLF001
        elif (
            isinstance(flowable, Table)
            and isinstance(previous, TextFlowable)
            and previous.getKeepWithNext()
        ):
            # Kept together, a long table would go whole to the next page; the heading
            # needs only the table's first rows beside it.
            previous.keepWithNext = False
            joined[-1:] = [_RoomForHeadingAndRows(previous, flowable), previous, flowable]
        else:
            joined.append(flowable)
    return joined


class _RowKeepingTable(Table):
    """A table that never leaves a single row of its body alone before or after a page
    break: two rows or none at the foot of a page, and two at least on the next."""

    MIN_ROWS = 2

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        head, tail = parts
        header = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        cut = len(head._cellvalues)  # noqa: SLF001 (the first row of the tail)
        frame = getattr(self, "_frame", None)
        if cut - header < self.MIN_ROWS and not getattr(frame, "_atTop", True):
            return []  # the whole table to the next page
        short = self.MIN_ROWS - (len(tail._cellvalues) - header)  # noqa: SLF001
        if short <= 0 or cut - header - short < self.MIN_ROWS:
            return parts
        moved = sum(self._rowHeights[cut - short : cut])
        return super().split(availWidth, availHeight - moved)


class _RoomForHeadingAndRows(CondPageBreak):
    """Moves to the next frame unless the heading and the table's first rows fit here."""

    ROWS = 3  # the header row and two more
    _SPACETRANSFER = True  # the space after the block before still merges with the heading's

    def __init__(self, heading: TextFlowable, table: Table) -> None:
        super().__init__(0)
        self.heading = heading
        self.table = table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        heading = self.heading.wrap(avail_width, avail_height)[1]
        self.table.wrap(avail_width, avail_height)
        rows = sum(self.table._rowHeights[: self.ROWS])  # noqa: SLF001
        self.height = self.heading.spaceBefore + heading + self.heading.spaceAfter + rows
        return super().wrap(avail_width, avail_height)


def _label(flowable: Flowable, source: str) -> None:
    """Name the block a flowable (or each flowable inside it) comes from, for errors."""
    for part in _nested(flowable):
        if isinstance(part, TextFlowable | FigureFlowable):
            part.source = source


def _plain(runs: list[Run]) -> str:
    return "".join(run.text for run in runs)
