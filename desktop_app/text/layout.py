"""Paragraph layout: shape, break into lines in logical order, then reorder each line.

The result is a list of lines of positioned glyphs, ready to be drawn left to right.
Each glyph also says what typed text it stands for, in the visual order readers of
the PDF expect (see ``PlacedGlyph.text``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from .bidi import analyse_paragraph, first_strong_direction, line_levels, mirror_char, visual_order
from .fonts import FontProgram, MissingGlyphsError
from .glyph_metrics import GlyphMetrics
from .shaping import Cluster, shape_clusters

__all__ = [
    "LEFT_TO_RIGHT_MARK",
    "RIGHT_TO_LEFT_MARK",
    "LaidOutLine",
    "ParagraphLayout",
    "PlacedGlyph",
    "StyledText",
    "TextStyle",
    "layout_paragraph",
]

LEFT_TO_RIGHT_MARK = "\u200e"
RIGHT_TO_LEFT_MARK = "\u200f"
_BREAKING_SPACES = frozenset(" \t\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a")
_MARK_GAP = 0.06  # em between a base's ink and the mark above or below it


@dataclass(frozen=True)
class TextStyle:
    """How a run is drawn. ``color`` is an (r, g, b) triple of 0–1 floats."""

    font: FontProgram
    size: float
    color: tuple[float, float, float] = (0.0, 0.0, 0.0)
    underline: bool = False


@dataclass(frozen=True)
class StyledText:
    text: str
    style: TextStyle


@dataclass(frozen=True)
class PlacedGlyph:
    """One glyph at ``x`` (points from the line's left edge), raised by ``rise``.

    ``text`` is the typed text the glyph stands for, given in visual order: a lam-alef
    ligature in a right-to-left run reads alef then lam, as text extractors reverse
    right-to-left runs character by character. Mirrored brackets stand for the bracket
    that was typed. Zero-width bidi marks (``LEFT_TO_RIGHT_MARK`` …) bracket embedded
    runs so that extractors rebuild the logical order; they have ``advance`` 0.
    """

    x: float
    gid: int
    text: str
    style: TextStyle
    advance: float
    rise: float = 0.0
    is_mark: bool = False


@dataclass
class LaidOutLine:
    glyphs: list[PlacedGlyph]
    width: float  # ink advance of the line, after justification
    start: int  # logical character range of the paragraph text
    end: int
    underlines: list[tuple[float, float, TextStyle]] = field(default_factory=list)
    size: float = 0.0  # largest font size on the line


@dataclass
class ParagraphLayout:
    text: str
    direction: str  # "rtl" or "ltr"
    lines: list[LaidOutLine]
    width: float


@dataclass
class _Shaped:
    cluster: Cluster
    style: TextStyle
    gid: int | None
    advance: float
    is_space: bool


class _MetricsCache:
    def __init__(self) -> None:
        self._by_font: dict[int, GlyphMetrics] = {}

    def get(self, font: FontProgram) -> GlyphMetrics:
        key = id(font)
        if key not in self._by_font:
            self._by_font[key] = GlyphMetrics(font)
        return self._by_font[key]


def layout_paragraph(
    runs: Sequence[StyledText],
    width: float,
    direction: str = "auto",
    align: str = "start",
    fallback_direction: str = "ltr",
    metrics: _MetricsCache | None = None,
) -> ParagraphLayout:
    """Lay out one paragraph of styled runs into lines no wider than ``width`` points.

    ``direction`` is ``rtl``, ``ltr`` or ``auto`` (first strong character, else
    ``fallback_direction``). ``align`` is ``start``, ``end``, ``center`` or ``justify``.
    Raises MissingGlyphsError naming every character a font cannot draw.
    """
    metrics = metrics or _MetricsCache()
    text_parts: list[str] = []
    char_styles: list[TextStyle] = []
    for run in runs:
        part = unicodedata.normalize("NFC", run.text)
        text_parts.append(part)
        char_styles.extend([run.style] * len(part))
    text = "".join(text_parts)
    if direction == "auto":
        direction = first_strong_direction(text) or fallback_direction
    if not text:
        return ParagraphLayout(text, direction, [], width)
    bidi = analyse_paragraph(text, direction)
    shaped = _shape(text, char_styles, bidi.levels)
    lines: list[LaidOutLine] = []
    breaks = _break_lines(shaped, width)
    for number, (first, last) in enumerate(breaks):
        is_last = number == len(breaks) - 1
        lines.append(
            _build_line(shaped, first, last, bidi, width, align, direction, is_last, metrics)
        )
    return ParagraphLayout(text, direction, lines, width)


def _shape(text: str, styles: list[TextStyle], levels: Sequence[int]) -> list[_Shaped]:
    shaped: list[_Shaped] = []
    missing: dict[FontProgram, dict[str, None]] = {}
    for cluster in shape_clusters(text):
        style = styles[cluster.start]
        font = style.font
        for mark in cluster.marks:
            if font.glyph_id(mark) is None:
                missing.setdefault(font, {})[mark] = None
        if not cluster.form:
            shaped.append(_Shaped(cluster, style, None, 0.0, False))
            continue
        form = cluster.form
        if levels[cluster.start] % 2 == 1:
            form = mirror_char(form)
        is_space = cluster.form in _BREAKING_SPACES
        gid = font.glyph_id(" " if cluster.form == "\t" else form)
        if gid is None:
            if unicodedata.category(cluster.base_text[0]) == "Cf":
                shaped.append(_Shaped(cluster, style, None, 0.0, False))
                continue
            label = cluster.base_text if form == cluster.base_text else form
            missing.setdefault(font, {})[label] = None
            continue
        advance = font.advance(gid) * style.size / font.units_per_em
        shaped.append(_Shaped(cluster, style, gid, advance, is_space))
    if missing:
        font, characters = next(iter(missing.items()))
        raise MissingGlyphsError(font.family, _typed_characters(characters))
    return shaped


def _typed_characters(characters: dict[str, None]) -> list[str]:
    """Name presentation forms by the letter the user typed."""
    typed: dict[str, None] = {}
    for ch in characters:
        base = unicodedata.normalize("NFKC", ch)
        typed[base if len(base) == 1 else ch] = None
    return list(typed)


def _break_lines(shaped: list[_Shaped], width: float) -> list[tuple[int, int]]:
    """Greedy breaks at spaces, measured in logical order; ranges include trailing spaces."""
    lines: list[tuple[int, int]] = []
    line_start = 0
    line_width = 0.0  # without trailing spaces
    pending_spaces = 0.0
    index = 0
    count = len(shaped)
    while index < count:
        if shaped[index].is_space:
            pending_spaces += shaped[index].advance
            index += 1
            continue
        word_end = index
        word_width = 0.0
        while word_end < count and not shaped[word_end].is_space:
            word_width += shaped[word_end].advance
            word_end += 1
        if line_width > 0 and line_width + pending_spaces + word_width > width:
            lines.append((line_start, index))
            line_start = index
            line_width = 0.0
            pending_spaces = 0.0
        if line_width == 0 and word_width > width:
            # A word wider than the line is cut where it must be.
            cut = index
            acc = 0.0
            while cut < word_end and (acc + shaped[cut].advance <= width or cut == index):
                acc += shaped[cut].advance
                cut += 1
            if cut < word_end:
                lines.append((line_start, cut))
                line_start = cut
                index = cut
                line_width = 0.0
                pending_spaces = 0.0
                continue
        line_width += pending_spaces + word_width
        pending_spaces = 0.0
        index = word_end
    lines.append((line_start, count))
    return lines


def _build_line(
    shaped: list[_Shaped],
    first: int,
    last: int,
    bidi,
    width: float,
    align: str,
    direction: str,
    is_last: bool,
    metrics: _MetricsCache,
) -> LaidOutLine:
    content_last = last
    while content_last > first and shaped[content_last - 1].is_space:
        content_last -= 1
    items = shaped[first:content_last]
    if not items:
        start = shaped[first].cluster.start if first < last else 0
        return LaidOutLine(
            [], 0.0, start, start, size=max((s.style.size for s in shaped[first:last]), default=0)
        )
    start = items[0].cluster.start
    end = items[-1].cluster.end
    order = visual_order(bidi, start, end)
    levels = line_levels(bidi, start, end)
    cluster_of_char: dict[int, int] = {}
    for position, item in enumerate(items):
        for char_index in range(item.cluster.start, item.cluster.end):
            cluster_of_char[char_index] = position
    visual: list[int] = []
    seen: set[int] = set()
    for char_index in order:
        position = cluster_of_char.get(char_index)
        if position is not None and position not in seen:
            seen.add(position)
            visual.append(position)
    for position in range(len(items)):  # clusters made only of X9-removed characters
        if position not in seen:
            visual.append(position)

    natural = sum(item.advance for item in items)
    base_level = 1 if direction == "rtl" else 0
    extra_per_space = 0.0
    if align == "justify" and not is_last:
        spaces = sum(1 for item in items if item.is_space)
        if spaces and natural < width:
            extra_per_space = (width - natural) / spaces
    line_width = natural + extra_per_space * sum(1 for item in items if item.is_space)

    glyphs: list[PlacedGlyph] = []
    underlines: list[tuple[float, float, TextStyle]] = []
    x = 0.0
    embedded_open = False
    previous_style: TextStyle | None = None
    for position in visual:
        item = items[position]
        level = levels[item.cluster.start - start]
        embedded = level % 2 != base_level
        if embedded and not embedded_open:
            glyphs.append(_bidi_mark(RIGHT_TO_LEFT_MARK, x, item.style))
        elif embedded_open and not embedded:
            glyphs.append(_bidi_mark(LEFT_TO_RIGHT_MARK, x, previous_style or item.style))
        embedded_open = embedded
        previous_style = item.style
        advance = item.advance + (extra_per_space if item.is_space else 0.0)
        glyphs.extend(_place_cluster(item, x, level % 2 == 1, metrics))
        if item.style.underline and advance:
            if underlines and abs(underlines[-1][1] - x) < 1e-6 and underlines[-1][2] == item.style:
                underlines[-1] = (underlines[-1][0], x + advance, item.style)
            else:
                underlines.append((x, x + advance, item.style))
        x += advance
    if embedded_open and previous_style is not None:
        glyphs.append(_bidi_mark(LEFT_TO_RIGHT_MARK, x, previous_style))

    offset = _alignment_offset(align, direction, width, line_width)
    if offset:
        glyphs = [_shift(glyph, offset) for glyph in glyphs]
        underlines = [(a + offset, b + offset, s) for a, b, s in underlines]
    size = max(item.style.size for item in items)
    return LaidOutLine(glyphs, line_width, start, end, underlines, size)


def _alignment_offset(align: str, direction: str, width: float, line_width: float) -> float:
    free = max(width - line_width, 0.0)
    if align == "center":
        return free / 2
    flush_right = (align in ("start", "justify")) == (direction == "rtl")
    return free if flush_right else 0.0


def _shift(glyph: PlacedGlyph, offset: float) -> PlacedGlyph:
    return PlacedGlyph(
        glyph.x + offset,
        glyph.gid,
        glyph.text,
        glyph.style,
        glyph.advance,
        glyph.rise,
        glyph.is_mark,
    )


def _bidi_mark(mark: str, x: float, style: TextStyle) -> PlacedGlyph:
    """An invisible zero-width glyph (the space glyph, drawn with width 0) for ``mark``.

    Fonts often give LRM and RLM a visible picture, so their own glyphs are not used.
    """
    gid = style.font.glyph_id(" ") or 0
    return PlacedGlyph(x, gid, mark, style, 0.0, is_mark=True)


def _place_cluster(
    item: _Shaped, x: float, right_to_left: bool, metrics: _MetricsCache
) -> list[PlacedGlyph]:
    cluster = item.cluster
    style = item.style
    font = style.font
    scale = style.size / font.units_per_em
    glyph_metrics = metrics.get(font)
    base_text = cluster.base_text
    if right_to_left and len(base_text) > 1:
        base_text = base_text[::-1]
    placed: list[PlacedGlyph] = []
    base_bounds = glyph_metrics.bounds(item.gid) if item.gid is not None else None
    if item.gid is not None:
        placed.append(PlacedGlyph(x, item.gid, base_text, style, item.advance))
    if base_bounds is None:
        base_bounds = (0, 0, round(item.advance / scale), 0)
    top = base_bounds[3]
    bottom = base_bounds[1]
    gap = _MARK_GAP * font.units_per_em
    centre = (base_bounds[0] + base_bounds[2]) / 2
    mark_glyphs: list[PlacedGlyph] = []
    for mark in cluster.marks:
        gid = font.glyph_id(mark)
        if gid is None:
            continue
        bounds = glyph_metrics.bounds(gid)
        if bounds is None:
            continue
        dx = centre - (bounds[0] + bounds[2]) / 2
        rise = 0.0
        if bounds[1] > 0:  # above the base
            rise = max(0.0, top + gap - bounds[1])
            top = bounds[3] + rise
        elif bounds[3] < 0:  # below it
            rise = min(0.0, bottom - gap - bounds[3])
            bottom = bounds[1] + rise
        mark_glyphs.append(
            PlacedGlyph(x + dx * scale, gid, mark, style, 0.0, rise * scale, is_mark=True)
        )
    if right_to_left:
        # Visual order: marks before their base, as rule L2 leaves them.
        return mark_glyphs[::-1] + placed
    return placed + mark_glyphs
