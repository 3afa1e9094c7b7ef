"""A ReportLab flowable that draws a paragraph laid out by ``desktop_app.text.layout``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop_app.text.fonts import MissingGlyphsError
from desktop_app.text.layout import LaidOutLine, ParagraphLayout, StyledText, layout_paragraph

from .embedded_font import EmbeddedFontSet
from .errors import ExportError
from .line_drawing import draw_line

__all__ = ["DrawnLine", "RenderContext", "TextFlowable"]


@dataclass(frozen=True)
class DrawnLine:
    """A line as it was put on a page, in absolute PDF coordinates (for checks)."""

    page: int  # 0-based
    baseline: float
    left: float
    right: float
    text: str  # logical text of the line
    direction: str
    font_path: str
    size: float
    role: str = "text"  # "text", "heading", "marker" (of a list item) or "cell"
    paragraph: str = ""  # the whole paragraph's logical text
    start: int = 0  # where ``text`` begins in ``paragraph``
    font_paths: tuple[str, ...] = ()  # every font drawn on the line
    stretch: float = 0.0  # points justification added to each inter-word space

    @classmethod
    def of(
        cls,
        page: int,
        layout: ParagraphLayout,
        line: LaidOutLine,
        left: float,
        right: float,
        baseline: float,
        role: str,
    ) -> DrawnLine:
        """The record of ``line`` of ``layout``, drawn between ``left`` and ``right``."""
        fonts = tuple(dict.fromkeys(str(glyph.style.font.path) for glyph in line.glyphs))
        return cls(
            page=page,
            baseline=baseline,
            left=left,
            right=right,
            text=layout.text[line.start : line.end],
            direction=layout.direction,
            font_path=fonts[0],
            size=line.size,
            role=role,
            paragraph=layout.text,
            start=line.start,
            font_paths=fonts,
            stretch=line.stretch,
        )


@dataclass
class RenderContext:
    """What every text flowable of one export shares: layout caches and a line log."""

    line_log: Callable[[DrawnLine], None] | None = None
    heading_pages: dict[str, int] = field(default_factory=dict)  # bookmark key → page (1…)
    # One-line layouts by their runs' texts and styles, width, direction, alignment and
    # fallback: list markers, table headers and repeated cells are laid out once per
    # export. Longer paragraphs rarely repeat, and keeping them would keep every page's
    # glyphs in memory until the end.
    layouts: dict[tuple, ParagraphLayout] = field(default_factory=dict, repr=False)

    def layout(
        self,
        runs: Sequence[StyledText],
        width: float,
        direction: str,
        align: str,
        fallback_direction: str = "ltr",
    ) -> ParagraphLayout:
        """``layout_paragraph`` of these arguments; one-line layouts are shared."""
        key = (
            tuple((run.text, run.style) for run in runs),
            width,
            direction,
            align,
            fallback_direction,
        )
        found = self.layouts.get(key)
        if found is None:
            found = layout_paragraph(runs, width, direction, align, fallback_direction)
            if len(found.lines) <= 1:
                self.layouts[key] = found
        return found

    def fonts_for(self, canvas: Canvas) -> EmbeddedFontSet:
        fonts = getattr(canvas, "_taqrir_fonts", None)
        if fonts is None or fonts._doc is not canvas._doc:  # noqa: SLF001
            fonts = EmbeddedFontSet(canvas._doc)  # noqa: SLF001
            canvas._taqrir_fonts = fonts  # noqa: SLF001
        return fonts


@dataclass(frozen=True)
class Bookmark:
    """An entry of the PDF's outline at the top of a flowable; ``level`` 0 is the top."""

    title: str
    key: str
    level: int


class TextFlowable(Flowable):
    """Paragraph text that wraps, splits across pages and draws with correct Arabic."""

    def __init__(
        self,
        runs: Sequence[StyledText],
        context: RenderContext,
        direction: str = "auto",
        align: str = "start",
        fallback_direction: str = "ltr",
        line_spacing: float = 1.5,
        space_before: float = 0.0,
        space_after: float = 0.0,
        indent_start: float = 0.0,
        indent_end: float = 0.0,
        marker: Sequence[StyledText] | None = None,
        marker_width: float = 0.0,
        start_bar: tuple[float, float, float] | None = None,
        keep_with_next: bool = False,
        min_lines_at_break: int = 2,
        role: str = "text",
        _lines: list[LaidOutLine] | None = None,
        _source: str = "",
        _layout: ParagraphLayout | None = None,
    ) -> None:
        super().__init__()
        self.runs = list(runs)
        self.context = context
        self.direction = direction
        self.align = align
        self.fallback_direction = fallback_direction
        self.line_spacing = line_spacing
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.indent_start = indent_start
        self.indent_end = indent_end
        self.marker = list(marker) if marker else None
        self.marker_width = marker_width
        self.start_bar = start_bar
        self.keepWithNext = keep_with_next
        self.min_lines_at_break = min_lines_at_break
        self.role = role
        self.source = _source  # the block it comes from, for error messages
        self.min_height = 0.0  # a table cell's room to write in, whatever its text
        self._fixed_lines = _lines
        self._layout = _layout
        self._layout_width: float | None = None
        # Drawn by the heading itself: a separate flowable of no size before it would hide
        # the heading's space before from the group that keeps it with the next block.
        self.bookmark: Bookmark | None = None
        self.width = 0.0
        self.height = 0.0

    # -- layout -------------------------------------------------------------------
    def _text_width(self, avail_width: float) -> float:
        return max(avail_width - self.indent_start - self.indent_end, 1.0)

    def _ensure_layout(self, avail_width: float) -> ParagraphLayout:
        text_width = self._text_width(avail_width)
        if self._layout is None or (self._fixed_lines is None and self._layout_width != text_width):
            try:
                self._layout = self.context.layout(
                    self.runs, text_width, self.direction, self.align, self.fallback_direction
                )
            except MissingGlyphsError as error:
                where = f"{self.source}: " if self.source else ""
                raise ExportError(f"{where}{error}") from error
            self._layout_width = text_width
        return self._layout

    def _lines(self, avail_width: float) -> list[LaidOutLine]:
        layout = self._ensure_layout(avail_width)
        return self._fixed_lines if self._fixed_lines is not None else layout.lines

    def _line_height(self, line: LaidOutLine) -> float:
        size = line.size or max((run.style.size for run in self.runs), default=10.0)
        return size * self.line_spacing

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._lines(avail_width)
        self.width = avail_width
        self.height = max(sum(self._line_height(line) for line in lines), self.min_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._lines(avail_width)
        fitting = 0
        used = 0.0
        for line in lines:
            height = self._line_height(line)
            if used + height > avail_height + 1e-6:
                break
            used += height
            fitting += 1
        keep = self.min_lines_at_break
        if fitting >= len(lines):
            return [self]
        if len(lines) < 2 * keep or fitting < keep:
            return []  # whole paragraph to the next frame (orphan control)
        fitting = min(fitting, len(lines) - keep)  # widow control
        head = self._copy(lines[:fitting], space_after=0.0, marker=self.marker)
        head.bookmark = self.bookmark
        tail = self._copy(lines[fitting:], space_before=0.0, marker=None)
        return [head, tail]

    def _copy(
        self,
        lines: list[LaidOutLine],
        space_before: float | None = None,
        space_after: float | None = None,
        marker: Sequence[StyledText] | None = None,
    ) -> TextFlowable:
        return TextFlowable(
            self.runs,
            self.context,
            self.direction,
            self.align,
            self.fallback_direction,
            self.line_spacing,
            self.spaceBefore if space_before is None else space_before,
            self.spaceAfter if space_after is None else space_after,
            self.indent_start,
            self.indent_end,
            marker,
            self.marker_width,
            self.start_bar,
            self.keepWithNext,
            self.min_lines_at_break,
            self.role,
            _lines=lines,
            _source=self.source,
            _layout=self._layout,
        )

    # -- drawing ------------------------------------------------------------------
    def draw(self) -> None:
        canvas = self.canv
        if self.bookmark is not None:
            _x, top = canvas.absolutePosition(0, self.height)
            canvas.bookmarkPage(self.bookmark.key, fit="XYZ", top=top)
            canvas.addOutlineEntry(self.bookmark.title, self.bookmark.key, self.bookmark.level)
            self.context.heading_pages[self.bookmark.key] = canvas.getPageNumber()
        layout = self._ensure_layout(self.width)
        lines = self._lines(self.width)
        fonts = self.context.fonts_for(canvas)
        rtl = layout.direction == "rtl"
        text_left = self.indent_end if rtl else self.indent_start
        text_width = self._text_width(self.width)
        cursor = self.height
        for index, line in enumerate(lines):
            height = self._line_height(line)
            cursor -= height
            baseline = cursor + height * 0.3
            if index == 0 and self.marker:
                # First in the content stream, as it is first in reading order.
                self._draw_marker(canvas, fonts, rtl, text_left, text_width, baseline)
            draw_line(canvas, fonts, line, text_left, baseline)
            self._log(canvas, layout, line, text_left, text_left + text_width, baseline)
        if self.start_bar is not None:
            canvas.saveState()
            canvas.setStrokeColorRGB(*self.start_bar)
            canvas.setLineWidth(2)
            bar_x = self.width - 2 if rtl else 2
            canvas.line(bar_x, 0, bar_x, self.height)
            canvas.restoreState()

    def _draw_marker(
        self,
        canvas: Canvas,
        fonts: EmbeddedFontSet,
        rtl: bool,
        text_left: float,
        text_width: float,
        baseline: float,
    ) -> None:
        # The marker hugs the text, a little apart: text extractors then read it as
        # part of the line, not as a column of its own.
        marker_layout = self.context.layout(
            self.marker or [], self.marker_width, "rtl" if rtl else "ltr", "end"
        )
        if not marker_layout.lines:
            return
        line = marker_layout.lines[0]
        gap = 0.3 * line.size
        x = text_left + text_width + gap if rtl else text_left - self.marker_width - gap
        draw_line(canvas, fonts, line, x, baseline)
        self._log(canvas, marker_layout, line, x, x + self.marker_width, baseline, "marker")

    def _log(
        self,
        canvas: Canvas,
        layout: ParagraphLayout,
        line: LaidOutLine,
        left: float,
        right: float,
        baseline: float,
        role: str | None = None,
    ) -> None:
        if self.context.line_log is None or not line.runs:
            return
        abs_left, abs_baseline = canvas.absolutePosition(left, baseline)
        abs_right, _ = canvas.absolutePosition(right, baseline)
        page = canvas.getPageNumber() - 1
        self.context.line_log(
            DrawnLine.of(page, layout, line, abs_left, abs_right, abs_baseline, role or self.role)
        )
