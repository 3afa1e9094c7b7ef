"""What every page carries besides the document: the institution's letterhead (first page)
or running header (later pages), the footer with «الصفحة 1 من 5», the confidentiality mark,
and the draft watermark. (Headings draw their own outline entries: TextFlowable.bookmark.)

Pages are held back until the document is saved (:class:`FurnitureCanvas`), so that the
page count is known when the furniture is drawn. All text is laid out by
:func:`desktop_app.text.layout.layout_paragraph` and drawn by :func:`draw_line`, and every
line drawn is logged like the body's lines, with a role from ``FURNITURE_ROLES``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.model import Document
from desktop_app.model.brand_kit import BrandKit, FooterLines
from desktop_app.text.bidi import first_strong_direction
from desktop_app.text.fonts import FontProgram
from desktop_app.text.layout import LaidOutLine, ParagraphLayout, StyledText, TextStyle
from desktop_app.text.layout import layout_paragraph as _layout_paragraph
from desktop_app.text.locale_format import format_decimal

from .embedded_font import EmbeddedFontSet
from .line_drawing import draw_line
from .logo import LogoImage, draw_logo
from .text_flowable import DrawnLine, RenderContext

__all__ = [
    "FURNITURE_ROLES",
    "FurnitureCanvas",
    "FurnitureFonts",
    "PageFurniture",
    "TurnedLine",
    "confidential_label",
    "hex_color",
    "page_label",
    "watermark_label",
]

FURNITURE_ROLES = frozenset(
    {"letterhead", "header", "confidential", "footer", "page-number", "watermark"}
)

_PAGE_LABELS = {
    "ar": "الصفحة {page} من {pages}",
    "fr": "Page {page} sur {pages}",
    "en": "Page {page} of {pages}",
}
_WATERMARKS = {"ar": "مسودة", "fr": "PROJET", "en": "DRAFT"}
_CONFIDENTIAL = {"ar": "سري", "fr": "Confidentiel", "en": "Confidential"}
_FIRST_STRONG_ISOLATE = "\u2068"
_POP_DIRECTIONAL_ISOLATE = "\u2069"
_FOOTER_SEPARATOR = "  ·  "

Color = tuple[float, float, float]
INK = (0.13, 0.13, 0.15)
GREY = (0.38, 0.38, 0.4)
RULE_GREY = (0.7, 0.7, 0.72)
WATERMARK_GREY = (0.87, 0.87, 0.87)

# Letterhead (first page)
NAME_SIZES = {"parent": 10.0, "middle": 9.0, "institution": 11.5}
NAME_LEADING = 1.5
LOGO_COLUMN = 44 * mm  # widest the logo column gets
LOGO_HEIGHT = (18 * mm, 26 * mm)  # the logo follows the name blocks' height within these
COLUMN_GAP = 6 * mm
LETTERHEAD_RULE_GAP = 4 * mm  # between the names and the rule
FIRST_FRAME_GAP = 3 * mm  # between the rule and the first page's frame
# Running header (later pages)
HEADER_SIZE = 8.5
HEADER_ZONE = 15 * mm  # least room between the page's top edge and the frame
HEADER_RULE_ABOVE_FRAME = 5 * mm
HEADER_TEXT_ABOVE_RULE = 3.2 * mm
# Footer
FOOTER_SIZE = 7.0
FOOTER_LEADING = 1.45
PAGE_NUMBER_SIZE = 8.0
PAGE_NUMBER_BASELINE = 8 * mm
FOOTER_ABOVE_PAGE_NUMBER = 4.5 * mm
FOOTER_RULE_GAP = 2.2 * mm  # between the footer's top line and the rule above it
FRAME_ABOVE_FOOTER = 2 * mm
# Confidentiality mark
MARK_SIZE = 8.5
MARK_PADDING = (2.2 * mm, 0.9 * mm)  # horizontal, vertical
MARK_DESCENT = 0.32  # em of the box below the baseline, before the padding
MARK_BELOW_LOGO = 2 * mm
# Watermark
WATERMARK_SHARE = 0.55  # of the page diagonal the word spans
WATERMARK_MAX_SIZE = 150.0
WATERMARK_MARKED_CONTENT = (
    "/Artifact <</Type /Pagination /Subtype /Watermark>> BDC /Span <</ActualText ()>> BDC",
    "EMC EMC",
)


def page_label(language: str, page: int, pages: int) -> str:
    """«الصفحة 1 من 5», «Page 1 sur 5», «Page 1 of 5»."""
    template = _PAGE_LABELS.get(language, _PAGE_LABELS["en"])
    return template.format(
        page=format_decimal(page, language, 0), pages=format_decimal(pages, language, 0)
    )


def watermark_label(language: str) -> str:
    return _WATERMARKS.get(language, _WATERMARKS["en"])


def confidential_label(language: str) -> str:
    return _CONFIDENTIAL.get(language, _CONFIDENTIAL["en"])


def hex_color(value: str) -> Color:
    """``#1F4E79`` as an (r, g, b) triple of 0–1 floats."""
    return tuple(int(value[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


@dataclass(frozen=True)
class TurnedLine(DrawnLine):
    """A line drawn on a turned page: ``baseline``, ``left`` and ``right`` are measured in
    the page's coordinates turned ``angle`` degrees anticlockwise about ``centre``."""

    angle: float = 0.0
    centre: tuple[float, float] = (0.0, 0.0)


@dataclass(frozen=True)
class FurnitureFonts:
    regular: FontProgram
    bold: FontProgram


# ------------------------------------------------------------------ setting text


@dataclass
class _TextBlock:
    """Lines of one text laid out in a box ``width`` wide, ``leading`` apart."""

    layout: ParagraphLayout
    width: float
    leading: float
    role: str

    @property
    def height(self) -> float:
        return len(self.layout.lines) * self.leading

    @property
    def size(self) -> float:
        return max((line.size for line in self.layout.lines), default=0.0)

    @property
    def ink_width(self) -> float:
        return max((line.width for line in self.layout.lines), default=0.0)


def _set_text(
    text: str,
    style: TextStyle,
    width: float,
    side: str,
    role: str,
    fallback_direction: str,
    leading: float = 1.4,
) -> _TextBlock:
    """``text`` laid out ``width`` wide, set against ``side``: "left", "right" or "center"."""
    direction = first_strong_direction(text) or fallback_direction
    if side == "center":
        align = "center"
    else:
        align = "start" if (side == "right") == (direction == "rtl") else "end"
    layout = _layout_paragraph([StyledText(text, style)], width, direction, align)
    return _TextBlock(layout, width, style.size * leading, role)


def _one_line(block: _TextBlock, style: TextStyle, side: str, fallback: str) -> _TextBlock:
    """``block`` cut to its first line, with an ellipsis where the rest was."""
    if len(block.layout.lines) <= 1:
        return block
    words = block.layout.text[: block.layout.lines[0].end].split()
    shorter = block
    while words:
        shorter = _set_text(" ".join(words) + "…", style, block.width, side, block.role, fallback)
        if len(shorter.layout.lines) == 1:
            return shorter
        words.pop()
    return shorter


# ------------------------------------------------------------------ the furniture


class PageFurniture:
    """Draws the furniture of one export's pages; the builder asks it where frames go."""

    def __init__(
        self,
        document: Document,
        kit: BrandKit,
        page_size: tuple[float, float],
        margins: tuple[float, float, float, float],
        fonts: FurnitureFonts,
        logo: LogoImage | None = None,
        confidential: bool = False,
        line_log: Callable[[DrawnLine], None] | None = None,
    ) -> None:
        self.document = document
        self.kit = kit
        self.width, self.height = page_size
        self.top, self.right, self.bottom, self.left = margins
        self.fonts = fonts
        self.logo = logo
        self.confidential = confidential
        self.line_log = line_log
        self.language = document.language
        self.direction = document.resolved_direction()
        self.primary = hex_color(kit.colors.primary)
        self.accent = hex_color(kit.colors.accent)
        self.page_count = 0
        self._context = RenderContext()
        self._footer = self._footer_block()
        self._mark = self._mark_block() if confidential else None
        self._letterhead = _Letterhead(self)
        self._header_cache: tuple[_TextBlock, _TextBlock | None] | None = None
        self._watermark: tuple[_TextBlock, float] | None = None

    # -- where the body goes ------------------------------------------------------
    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def first_frame_top(self) -> float:
        return self._letterhead.rule_y - FIRST_FRAME_GAP

    @property
    def frame_top(self) -> float:
        return self.height - max(self.top, HEADER_ZONE)

    @property
    def frame_bottom(self) -> float:
        return max(self.bottom, self._footer_top() + FRAME_ABOVE_FOOTER)

    # -- drawing ------------------------------------------------------------------
    def draw_page(self, canvas: Canvas, index: int, count: int) -> None:
        """Draw page ``index`` (0-based) of ``count``: the watermark and the head of the
        page go before the page's content in its stream, the footer after it."""
        self.page_count = count
        fonts = self._context.fonts_for(canvas)
        body = canvas._code  # noqa: SLF001 (the page's content stream, see draw_line)
        head: list[str] = []
        canvas._code = head  # noqa: SLF001
        try:
            if self.document.metadata.status == "draft":
                self._draw_watermark(canvas, fonts)
            if index == 0:
                self._letterhead.draw(canvas, fonts)
            else:
                self._draw_header(canvas, fonts)
        finally:
            canvas._code = body  # noqa: SLF001
        body[0:0] = head
        self._draw_footer(canvas, fonts, index, count)

    def draw_block(
        self,
        canvas: Canvas,
        fonts: EmbeddedFontSet,
        block: _TextBlock,
        left: float,
        first_baseline: float,
    ) -> None:
        for number, line in enumerate(block.layout.lines):
            baseline = first_baseline - number * block.leading
            draw_line(canvas, fonts, line, left, baseline)
            self._log(canvas, block, line, left, baseline)

    def _log(
        self, canvas: Canvas, block: _TextBlock, line: LaidOutLine, left: float, baseline: float
    ) -> None:
        if self.line_log is None or not line.runs:
            return
        abs_left, abs_baseline = canvas.absolutePosition(left, baseline)
        abs_right, _ = canvas.absolutePosition(left + block.width, baseline)
        self.line_log(_drawn_line(canvas, block, line, abs_left, abs_right, abs_baseline))

    # -- the running header -------------------------------------------------------
    def _header_blocks(self) -> tuple[_TextBlock, _TextBlock | None]:
        if self._header_cache is None:
            gap = COLUMN_GAP
            mark_room = self._mark.ink_width + 2 * MARK_PADDING[0] + gap if self._mark else 0.0
            half = (self.text_width - gap - mark_room) / 2
            start = "right" if self.direction == "rtl" else "left"
            other = "left" if start == "right" else "right"
            names = self.kit.institution.ar if self.language == "ar" else self.kit.institution.fr
            name_style = TextStyle(self.fonts.bold, HEADER_SIZE, self.primary)
            name = _one_line(
                _set_text(names[-1], name_style, half, start, "header", self.direction),
                name_style,
                start,
                self.direction,
            )
            self._header_cache = (name, self._header_title(half, other))
        return self._header_cache

    def _header_title(self, width: float, side: str) -> _TextBlock | None:
        """The title, else the reference when the title takes more than a line, else the
        title's first line."""
        metadata = self.document.metadata
        style = TextStyle(self.fonts.regular, HEADER_SIZE, GREY)
        blocks = [
            _set_text(" ".join(text.split()), style, width, side, "header", self.direction)
            for text in (metadata.title, metadata.reference)
            if text.strip()
        ]
        if not blocks:
            return None
        fitting = next((block for block in blocks if len(block.layout.lines) == 1), None)
        return fitting or _one_line(blocks[0], style, side, self.direction)

    def _draw_header(self, canvas: Canvas, fonts: EmbeddedFontSet) -> None:
        rule_y = self.frame_top + HEADER_RULE_ABOVE_FRAME
        baseline = rule_y + HEADER_TEXT_ABOVE_RULE
        name, title = self._header_blocks()
        rtl = self.direction == "rtl"
        right_edge = self.width - self.right
        name_left = right_edge - name.width if rtl else self.left
        self.draw_block(canvas, fonts, name, name_left, baseline)
        if title is not None:
            left = self.left if rtl else right_edge - title.width
            self.draw_block(canvas, fonts, title, left, baseline)
        if self._mark is not None:
            self.draw_mark(canvas, fonts, self.width / 2, baseline)
        _rule(canvas, self.left, right_edge, rule_y, 0.5, self.primary)

    # -- the confidentiality mark -------------------------------------------------
    def _mark_block(self) -> _TextBlock:
        style = TextStyle(self.fonts.bold, MARK_SIZE, self.accent)
        text = confidential_label(self.language)
        natural = _set_text(text, style, self.text_width, "center", "confidential", self.direction)
        width = natural.ink_width + 1.0
        return _set_text(text, style, width, "center", "confidential", self.direction)

    @property
    def mark_height(self) -> float:
        return MARK_SIZE * (MARK_DESCENT + 0.85) + 2 * MARK_PADDING[1] if self._mark else 0.0

    def draw_mark(
        self, canvas: Canvas, fonts: EmbeddedFontSet, centre_x: float, baseline: float
    ) -> None:
        """The boxed «سري» / «Confidentiel», centred on ``centre_x``."""
        mark = self._mark
        assert mark is not None
        width = mark.ink_width + 2 * MARK_PADDING[0]
        left = centre_x - mark.width / 2
        self.draw_block(canvas, fonts, mark, left, baseline)
        bottom = baseline - MARK_SIZE * MARK_DESCENT - MARK_PADDING[1]
        canvas.saveState()
        canvas.setStrokeColorRGB(*self.accent)
        canvas.setLineWidth(0.9)
        canvas.rect(centre_x - width / 2, bottom, width, self.mark_height, stroke=1, fill=0)
        canvas.restoreState()

    # -- the footer ---------------------------------------------------------------
    def _footer_lines(self) -> FooterLines:
        return self.kit.footer.ar if self.language == "ar" else self.kit.footer.fr

    def _footer_block(self) -> _TextBlock | None:
        items = self._footer_lines().lines()
        if not items:
            return None
        # Each item keeps its own direction: a phone number in an Arabic footer reads as
        # dialled, not group by group from the right.
        text = _FOOTER_SEPARATOR.join(
            f"{_FIRST_STRONG_ISOLATE}{item}{_POP_DIRECTIONAL_ISOLATE}" for item in items
        )
        style = TextStyle(self.fonts.regular, FOOTER_SIZE, GREY)
        return _set_text(
            text, style, self.text_width, "center", "footer", self.direction, FOOTER_LEADING
        )

    def _footer_baseline(self) -> float:
        """Baseline of the footer's first line."""
        assert self._footer is not None
        lines = len(self._footer.layout.lines)
        return PAGE_NUMBER_BASELINE + FOOTER_ABOVE_PAGE_NUMBER + (lines - 1) * self._footer.leading

    def _footer_top(self) -> float:
        """Top of the footer: its rule, or the page number's line."""
        if self._footer is None:
            return PAGE_NUMBER_BASELINE + PAGE_NUMBER_SIZE
        return self._footer_baseline() + FOOTER_SIZE + FOOTER_RULE_GAP

    def _draw_footer(self, canvas: Canvas, fonts: EmbeddedFontSet, index: int, count: int) -> None:
        if self._footer is not None:
            _rule(canvas, self.left, self.width - self.right, self._footer_top(), 0.4, RULE_GREY)
            self.draw_block(canvas, fonts, self._footer, self.left, self._footer_baseline())
        style = TextStyle(self.fonts.regular, PAGE_NUMBER_SIZE, GREY)
        label = page_label(self.language, index + 1, count)
        number = _set_text(label, style, self.text_width, "center", "page-number", self.direction)
        self.draw_block(canvas, fonts, number, self.left, PAGE_NUMBER_BASELINE)

    # -- the watermark ------------------------------------------------------------
    def _watermark_block(self) -> tuple[_TextBlock, float]:
        """The watermark laid out once (it is the same on every page), and its size."""
        if self._watermark is None:
            text = watermark_label(self.language)
            probe = _set_text(
                text, TextStyle(self.fonts.bold, 100.0), 1e6, "center", "watermark", self.direction
            )
            diagonal = math.hypot(self.width, self.height)
            size = min(WATERMARK_MAX_SIZE, 100.0 * WATERMARK_SHARE * diagonal / probe.ink_width)
            style = TextStyle(self.fonts.bold, size, WATERMARK_GREY)
            block = _set_text(text, style, diagonal, "center", "watermark", self.direction)
            self._watermark = (block, size)
        return self._watermark

    def _draw_watermark(self, canvas: Canvas, fonts: EmbeddedFontSet) -> None:
        block, size = self._watermark_block()
        diagonal = math.hypot(self.width, self.height)
        angle = math.degrees(math.atan2(self.height, self.width))
        centre = (self.width / 2, self.height / 2)
        left = -diagonal / 2
        baseline = -size * 0.32  # the letters' middle on the page's centre
        line = block.layout.lines[0]
        canvas.saveState()
        canvas.translate(*centre)
        canvas.rotate(angle)
        # Marked as an artifact whose text is empty: extractors leave the watermark out of
        # the page's text (poppler would cut a diagonal word into pieces and slip them
        # between the body's lines). The glyphs stay real text.
        canvas._code.append(WATERMARK_MARKED_CONTENT[0])  # noqa: SLF001
        draw_line(canvas, fonts, line, left, baseline)
        canvas._code.append(WATERMARK_MARKED_CONTENT[1])  # noqa: SLF001
        canvas.restoreState()
        if self.line_log is not None:
            drawn = _drawn_line(canvas, block, line, left, left + diagonal, baseline)
            self.line_log(TurnedLine(**vars(drawn), angle=angle, centre=centre))


class _Letterhead:
    """The first page's head: the Arabic names on the right, the French names on the left,
    the logo (and the confidentiality mark) between them, a rule below."""

    def __init__(self, furniture: PageFurniture) -> None:
        self.furniture = furniture
        kit = furniture.kit
        has_centre = furniture.logo is not None or furniture.confidential
        width = furniture.text_width
        self.centre_width = min(LOGO_COLUMN, width * 0.24) if has_centre else 0.0
        gaps = 2 * COLUMN_GAP if has_centre else COLUMN_GAP
        self.side_width = (width - self.centre_width - gaps) / 2
        self.arabic = self._names(kit.institution.ar, "right", "rtl")
        self.french = self._names(kit.institution.fr, "left", "ltr")
        names_height = max(_height(self.arabic), _height(self.french))
        self.logo_height = 0.0
        if furniture.logo is not None:
            low, high = LOGO_HEIGHT
            self.logo_height = min(max(names_height, low), high)
        self.centre_height = self.logo_height + furniture.mark_height
        if furniture.logo is not None and furniture.confidential:
            self.centre_height += MARK_BELOW_LOGO
        self.height = max(names_height, self.centre_height)
        self.top = furniture.height - furniture.top
        self.rule_y = self.top - self.height - LETTERHEAD_RULE_GAP

    def _names(self, lines: tuple[str, ...], side: str, direction: str) -> list[_TextBlock]:
        fonts = self.furniture.fonts
        blocks = []
        for number, text in enumerate(lines):
            if number == len(lines) - 1:
                style = TextStyle(fonts.bold, NAME_SIZES["institution"], self.furniture.primary)
            elif number == 0:
                style = TextStyle(fonts.bold, NAME_SIZES["parent"], INK)
            else:
                style = TextStyle(fonts.regular, NAME_SIZES["middle"], INK)
            blocks.append(
                _set_text(text, style, self.side_width, side, "letterhead", direction, NAME_LEADING)
            )
        return blocks

    def draw(self, canvas: Canvas, fonts: EmbeddedFontSet) -> None:
        furniture = self.furniture
        right_column = furniture.width - furniture.right - self.side_width
        self._draw_names(canvas, fonts, self.arabic, right_column)
        self._draw_names(canvas, fonts, self.french, furniture.left)
        centre_x = furniture.left + furniture.text_width / 2
        centre_top = self.top - (self.height - self.centre_height) / 2
        if furniture.logo is not None:
            box_left = centre_x - self.centre_width / 2
            box_bottom = centre_top - self.logo_height
            draw_logo(
                canvas, furniture.logo, box_left, box_bottom, self.centre_width, self.logo_height
            )
            centre_top = box_bottom - MARK_BELOW_LOGO
        if furniture.confidential:
            baseline = centre_top - MARK_PADDING[1] - MARK_SIZE * 0.85
            furniture.draw_mark(canvas, fonts, centre_x, baseline)
        left, right = furniture.left, furniture.width - furniture.right
        _rule(canvas, left, right, self.rule_y, 1.2, furniture.primary)
        _rule(canvas, left, right, self.rule_y - 2.0, 0.4, furniture.primary)  # a double rule

    def _draw_names(
        self, canvas: Canvas, fonts: EmbeddedFontSet, blocks: list[_TextBlock], left: float
    ) -> None:
        top = self.top
        for block in blocks:
            self.furniture.draw_block(canvas, fonts, block, left, top - block.size * 1.05)
            top -= block.height


def _height(blocks: list[_TextBlock]) -> float:
    return sum(block.height for block in blocks)


def _rule(canvas: Canvas, left: float, right: float, y: float, width: float, color: Color) -> None:
    canvas.saveState()
    canvas.setStrokeColorRGB(*color)
    canvas.setLineWidth(width)
    canvas.line(left, y, right, y)
    canvas.restoreState()


def _drawn_line(
    canvas: Canvas,
    block: _TextBlock,
    line: LaidOutLine,
    left: float,
    right: float,
    baseline: float,
) -> DrawnLine:
    page = canvas.getPageNumber() - 1
    return DrawnLine.of(page, block.layout, line, left, right, baseline, block.role)


# ------------------------------------------------------------------ the canvas


class FurnitureCanvas(Canvas):
    """A canvas that holds every page back until :meth:`save`, then draws each page's
    furniture knowing the page count (the "NumberedCanvas" recipe).

    A held page is a copy of the canvas's attributes: its content stream (``_code``, where
    :func:`draw_line` writes raw operators), the XObjects and annotations it uses, its page
    number. Bookmarks are held with it: ReportLab binds a bookmark to the page the document
    is writing, which only advances when a page is really shown. Fonts embed themselves
    when the document is written (``doc.delayedFonts``), after the furniture's text too.
    """

    def __init__(self, *args: Any, furniture: PageFurniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._held_pages: list[dict[str, Any]] = []
        self._held_bookmarks: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._held_pages.append(dict(self.__dict__))
        self._held_bookmarks = []
        self._startPage()

    def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> Any:  # noqa: N802
        self._held_bookmarks.append((key, args, kwargs))
        return self._bookmarkReference(key)

    def save(self) -> None:
        if self._code:
            self.showPage()
        pages = self._held_pages
        for index, state in enumerate(pages):
            self.__dict__.update(state)
            for key, args, kwargs in self._held_bookmarks:
                Canvas.bookmarkPage(self, key, *args, **kwargs)
            self._furniture.draw_page(self, index, len(pages))
            Canvas.showPage(self)
        self._held_pages = []
        super().save()
