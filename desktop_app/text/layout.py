"""Paragraph layout: shape, break into lines in logical order, then reorder each line.

The result is a list of lines of positioned glyphs, ready to be drawn left to right.
Each glyph also says what typed text it stands for, in the visual order readers of
the PDF expect (see ``PlacedGlyph.text``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from .bidi import (
    BidiParagraph,
    analyse_paragraph,
    first_strong_direction,
    has_x9_removed,
    line_levels,
    mirror_char,
    reorder,
    visual_order,
)
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
_HYPHENS = "-\u2010\u2011\u00ad"
_BREAKING_SPACES = frozenset(" \t\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a")
TATWEEL = "\u0640"
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


class PlacedGlyph(NamedTuple):
    """One glyph at ``x`` (points from the line's left edge).

    A mark shares the origin of its base and carries its placement as ``offset``
    (font units): text extractors order glyphs by origin, and a mark drawn at its
    base's origin stays with that base.

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
    offset: tuple[int, int] = (0, 0)
    is_mark: bool = False


@dataclass
class LaidOutLine:
    """One line: its glyphs in visual order, in runs that share an offset.

    ``runs`` holds (x, glyphs, shared) triples whose glyphs' x count from the run's x;
    a shared run is a word placed once and reused as it is, elsewhere too. ``glyphs``
    gives them all with their x in the line.
    """

    runs: list[tuple[float, tuple[PlacedGlyph, ...], bool]]  # x, glyphs, shared
    width: float  # ink advance of the line, after justification
    start: int  # logical character range of the paragraph text
    end: int
    underlines: list[tuple[float, float, TextStyle]] = field(default_factory=list)
    size: float = 0.0  # largest font size on the line
    direction: str = "ltr"  # of the paragraph
    stretch: float = 0.0  # points added to each inter-word space by justification

    @property
    def glyphs(self) -> list[PlacedGlyph]:
        return [
            glyph if offset == 0.0 else glyph._replace(x=glyph.x + offset)
            for offset, glyphs, _shared in self.runs
            for glyph in glyphs
        ]


@dataclass
class ParagraphLayout:
    text: str
    direction: str  # "rtl" or "ltr"
    lines: list[LaidOutLine]
    width: float


class _Shaped(NamedTuple):
    """One cluster of a paragraph, at ``text[start:end]``.

    The cluster's own offsets may count from the start of its token instead: it is
    shared by every occurrence of the token. ``start`` and ``end`` are the ones that count.
    """

    start: int
    end: int
    cluster: Cluster
    style: TextStyle
    gid: int | None
    advance: float
    is_space: bool
    weak_or_neutral: bool  # bidi class of its first character is a number or neutral


_new_tuple = tuple.__new__


class _Token(NamedTuple):
    """A whole word in one style and at one level, placed once and reused.

    ``glyphs`` are in visual order with x measured from the word's left edge, marks for
    text extractors inside the word included; ``last_form`` is the form of its
    rightmost cluster (what a following mark rule looks at).
    """

    start: int
    end: int
    style: TextStyle
    advance: float
    glyphs: tuple[PlacedGlyph, ...]
    last_form: str
    clusters: tuple[_Shaped, ...]  # relative offsets; for cutting a word too wide for a line
    is_space: bool = False


def layout_paragraph(
    runs: Sequence[StyledText],
    width: float,
    direction: str = "auto",
    align: str = "start",
    fallback_direction: str = "ltr",
) -> ParagraphLayout:
    """Lay out one paragraph of styled runs into lines no wider than ``width`` points.

    ``direction`` is ``rtl``, ``ltr`` or ``auto`` (first strong character, else
    ``fallback_direction``). ``align`` is ``start``, ``end``, ``center`` or ``justify``, or
    ``left`` or ``right`` whatever the direction.
    Raises MissingGlyphsError naming every character a font cannot draw.
    """
    text_parts: list[str] = []
    char_styles: list[TextStyle] = []
    style_changes: list[int] = []  # offsets where a run of another style begins
    for run in runs:
        part = unicodedata.normalize("NFC", run.text)
        if char_styles and part and run.style is not char_styles[-1]:
            style_changes.append(len(char_styles))
        text_parts.append(part)
        char_styles.extend([run.style] * len(part))
    text = "".join(text_parts)
    if direction == "auto":
        direction = first_strong_direction(text) or fallback_direction
    if not text:
        return ParagraphLayout(text, direction, [], width)
    bidi = analyse_paragraph(text, direction)
    shaped, widest_word = _shape(text, char_styles, style_changes, bidi.levels)
    if widest_word > width:
        shaped = _fit_words(shaped, width)
    lines: list[LaidOutLine] = []
    plain = not has_x9_removed(bidi, 0, len(text))  # nor has any of its lines
    breaks = _break_lines(shaped, width)
    for number, (first, last) in enumerate(breaks):
        is_last = number == len(breaks) - 1
        lines.append(
            _build_line(shaped, first, last, bidi, width, align, direction, is_last, plain)
        )
    return ParagraphLayout(text, direction, lines, width)


_TOKENS = re.compile(r"\S+|\s+")
_TOKEN_CACHE_LIMIT = 1 << 17
# (token, id of the style's interned copy, levels) -> the token as a _Token, or its
# shaped clusters with offsets relative to it. Letters join only within a token, so a
# token shapes the same wherever it occurs.
_token_cache: dict[tuple[str, int, bytes], _Token | tuple[_Shaped, ...]] = {}
# One copy of each style (equal styles draw the same): the cache's keys name it by its
# id, which is cheaper to hash and compare than the style, and stays valid while it is here.
_interned_styles: dict[TextStyle, TextStyle] = {}


def clear_caches() -> None:
    """Forget shaped tokens (for measurements that must start cold)."""
    _token_cache.clear()
    _interned_styles.clear()


def _shape(
    text: str, styles: list[TextStyle], style_changes: list[int], levels: Sequence[int]
) -> tuple[list[_Shaped | _Token], float]:
    """The paragraph's words (_Token) and other clusters (_Shaped), in logical order,
    and the advance of its widest word."""
    shaped: list[_Shaped | _Token] = []
    widest = 0.0
    append = shaped.append
    missing: dict[FontProgram, dict[str, None]] = {}
    level_bytes = bytes(levels)
    cache = _token_cache
    interned = _interned_styles
    new = _new_tuple
    token_type = _Token
    shaped_type = _Shaped
    # Runs of one style, each up to the next change (the last one to past the end).
    changes = [*style_changes, len(text) + 1]
    change = 0
    next_change = changes[0]
    style = styles[0]
    style_id = id(interned.setdefault(style, style))
    end = 0
    for token in _TOKENS.findall(text):
        start = end
        end += len(token)
        if start >= next_change:
            while changes[change] <= start:
                change += 1
            next_change = changes[change]
            style = styles[start]
            style_id = id(interned.setdefault(style, style))
        token_levels = level_bytes[start:end]
        if next_change < end:  # the style changes inside the token
            for item in _shape_token(token, styles[start:end], token_levels, missing):
                append(new(shaped_type, (item[0] + start, item[1] + start) + item[2:]))
            continue
        key = (token, style_id, token_levels)
        entry = cache.get(key)
        if entry is None:
            entry = _shape_word(token, style, token_levels, missing)
            if len(cache) >= _TOKEN_CACHE_LIMIT:
                cache.clear()
                interned.clear()
                interned[style] = style
                style_id = id(style)
                key = (token, style_id, token_levels)
            cache[key] = entry
        if type(entry) is token_type:
            append(new(token_type, (start, end) + entry[2:]))
            if entry[3] > widest:
                widest = entry[3]
            continue
        for item in entry:
            append(new(shaped_type, (item[0] + start, item[1] + start) + item[2:]))
    if missing:
        font, characters = next(iter(missing.items()))
        raise MissingGlyphsError(font.family, _typed_characters(characters))
    return shaped, widest


def _fit_words(shaped: list[_Shaped | _Token], width: float) -> list[_Shaped | _Token]:
    """Break up words wider than the line into clusters, so they can be cut."""
    fitted: list[_Shaped | _Token] = []
    for item in shaped:
        if type(item) is _Token and item.advance > width:
            offset = item.start
            fitted.extend(
                _new_tuple(_Shaped, (cluster[0] + offset, cluster[1] + offset) + cluster[2:])
                for cluster in item.clusters
            )
        else:
            fitted.append(item)
    return fitted


def _shape_word(
    text: str, style: TextStyle, levels: bytes, missing: dict[FontProgram, dict[str, None]]
) -> _Token | tuple[tuple, ...]:
    """A word at one level as a _Token, anything else as relative cluster entries."""
    shaped = _shape_token(text, [style] * len(text), levels, missing)
    uniform = levels.count(levels[0]) == len(levels)
    if (
        uniform
        and shaped
        and not shaped[0].is_space
        and all(item.gid is not None for item in shaped)
    ):
        odd = levels[0] & 1
        order = shaped[::-1] if odd else shaped
        glyphs: list[PlacedGlyph] = []
        x = 0.0
        previous_form = ""
        for item in order:
            if odd and item.weak_or_neutral and not _right_to_left_form(previous_form):
                glyphs.append(_invisible(RIGHT_TO_LEFT_MARK, x, style))
            glyphs.extend(_place_cluster(item, x, bool(odd)))
            previous_form = item.cluster.form
            x += item.advance
        return _Token(0, len(text), style, x, tuple(glyphs), previous_form, tuple(shaped))
    return tuple(shaped)


def _shape_token(
    text: str,
    styles: Sequence[TextStyle],
    levels: bytes,
    missing: dict[FontProgram, dict[str, None]],
) -> list[_Shaped]:
    """Shape one token (no spaces inside, or spaces only); offsets relative to it.

    Characters no font can draw are added to ``missing`` and left out.
    """
    shaped: list[_Shaped] = []
    append = shaped.append
    per_style: dict[int, tuple[dict[int, int], list[int], float]] = {}
    for cluster in shape_clusters(text):
        start, _end, form, base_text, marks, _lead = cluster
        style = styles[start]
        font = style.font
        known = per_style.get(id(style))
        if known is None:
            known = per_style[id(style)] = (
                font.cmap,
                font.advances,
                style.size / font.units_per_em,
            )
        cmap, advances, scale = known
        for mark in marks:
            if ord(mark) not in cmap:
                missing.setdefault(font, {})[mark] = None
        if not form:
            append(_Shaped(start, _end, cluster, style, None, 0.0, False, False))
            continue
        if levels[start] & 1:
            form = mirror_char(form)
        gid = cmap.get(32 if form == "\t" else ord(form))
        if gid is None and _is_isolated_form(form):
            # A letter's isolated form is drawn by its nominal glyph in fonts that
            # leave the isolated presentation forms out.
            gid = font.glyph_id(base_text)
        if gid is None:
            if unicodedata.category(base_text[0]) == "Cf":
                append(_Shaped(start, _end, cluster, style, None, 0.0, False, False))
                continue
            label = base_text if form == base_text else form
            missing.setdefault(font, {})[label] = None
            continue
        if form == TATWEEL and advances[gid] == 0:
            # Some fonts (Amiri) map the tatweel to an empty placeholder and draw the
            # stroke only through their own substitutions.
            gid = font.glyph_metrics.inked_substitute(gid) or gid
        append(
            _Shaped(
                start,
                _end,
                cluster,
                style,
                gid,
                advances[gid] * scale,
                form in _BREAKING_SPACES,
                _weak_or_neutral(form[0]),
            )
        )
    return shaped


@cache
def _right_to_left_form(form: str) -> bool:
    """Whether ``form`` (what a cluster draws) begins with a right-to-left letter: a
    number or neutral right after such a cluster needs no bidi mark before it."""
    return bool(form) and unicodedata.bidirectional(form[0]) in ("R", "AL")


@cache
def _weak_or_neutral(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("CS", "ON", "ET", "ES", "EN", "AN")


def _is_isolated_form(form: str) -> bool:
    return len(form) == 1 and unicodedata.name(form, "").endswith("ISOLATED FORM")


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
    bidi: BidiParagraph,
    width: float,
    align: str,
    direction: str,
    is_last: bool,
    plain: bool = False,
) -> LaidOutLine:
    """One line of ``shaped[first:last]``; ``plain`` when the paragraph holds no
    character rule X9 removes."""
    content_last = last
    while content_last > first and shaped[content_last - 1].is_space:
        content_last -= 1
    items = shaped[first:content_last]
    if not items:
        start = shaped[first].start if first < last else 0
        return LaidOutLine(
            [], 0.0, start, start, size=max((s.style.size for s in shaped[first:last]), default=0)
        )
    start = items[0].start
    end = items[-1].end
    levels = line_levels(bidi, start, end)
    visual = _visual_clusters(items, bidi, start, end, levels, plain)

    natural = sum([item.advance for item in items])
    spaces = [item.is_space for item in items].count(True)
    base_level = 1 if direction == "rtl" else 0
    extra_per_space = 0.0
    if align == "justify" and not is_last and spaces and natural < width:
        extra_per_space = (width - natural) / spaces
    line_width = natural + extra_per_space * spaces

    runs: list[tuple[float, tuple[PlacedGlyph, ...], bool]] = []
    glyphs: list[PlacedGlyph] = []  # loose glyphs, placed in the line
    underlines: list[tuple[float, float, TextStyle]] = []
    x = _alignment_offset(align, direction, width, line_width)
    embedded_open = False
    previous_style: TextStyle | None = None
    previous_form = ""
    append = glyphs.append
    edge_marks: list[PlacedGlyph] = []
    leftmost, rightmost = visual[0], visual[-1]
    for position in visual:
        item = items[position]
        style = item.style
        level = levels[item.start - start]
        odd = level & 1
        embedded = odd != base_level
        advance = item.advance
        if position in (leftmost, rightmost):
            # poppler drops a hyphen at either end of a line as it draws (and a word longer
            # than the hyphen, which a bidi mark beside it makes), taking the line as
            # hyphenated: a mark past the hyphen, at the line's edge, ends the word instead.
            # A logical end hyphen in a right-to-left line stands at its left edge, a
            # logical start one («- البند») at its right edge.
            left_char = bidi.text[item.end - 1 if odd else item.start]
            right_char = bidi.text[item.start if odd else item.end - 1]
            mark = RIGHT_TO_LEFT_MARK if odd else LEFT_TO_RIGHT_MARK
            if position == leftmost and left_char in _HYPHENS:
                edge_marks.append(_invisible(mark, x, style))
            if position == rightmost and right_char in _HYPHENS:
                edge_marks.append(_invisible(mark, x + advance, style))
        if type(item) is _Token:
            if embedded != embedded_open:
                glyphs.extend(
                    _extraction_marks(
                        embedded, embedded_open, 0, None, "", x, previous_style, style
                    )
                )
            if glyphs:
                runs.append((0.0, tuple(glyphs), False))
                glyphs = []
                append = glyphs.append
            runs.append((x, item.glyphs, True))
            previous_form = item.last_form
        else:
            _start, _end, cluster, _style, gid, _advance, is_space, weak_or_neutral = item
            if embedded != embedded_open or (
                odd and weak_or_neutral and not _right_to_left_form(previous_form)
            ):
                glyphs.extend(
                    _extraction_marks(
                        embedded,
                        embedded_open,
                        level,
                        weak_or_neutral,
                        previous_form,
                        x,
                        previous_style,
                        style,
                    )
                )
            previous_form = cluster.form
            if is_space:
                advance += extra_per_space
            if not cluster.marks and gid is not None:
                text = cluster.base_text
                if odd and len(text) > 1:
                    text = text[::-1]
                append(_new_tuple(PlacedGlyph, (x, gid, text, style, item.advance, (0, 0), False)))
            else:
                glyphs.extend(_place_cluster(item, x, bool(odd)))
        embedded_open = embedded
        previous_style = style
        if style.underline and advance:
            if underlines and abs(underlines[-1][1] - x) < 1e-6 and underlines[-1][2] == style:
                underlines[-1] = (underlines[-1][0], x + advance, style)
            else:
                underlines.append((x, x + advance, style))
        x += advance
    if embedded_open and previous_style is not None:
        glyphs.append(_invisible(LEFT_TO_RIGHT_MARK, x, previous_style))
    glyphs.extend(edge_marks)
    if glyphs:
        runs.append((0.0, tuple(glyphs), False))

    size = max([item.style.size for item in items])
    return LaidOutLine(runs, line_width, start, end, underlines, size, direction, extra_per_space)


def _extraction_marks(
    embedded: bool,
    embedded_open: bool,
    level: int,
    weak_or_neutral: bool | None,
    previous_form: str,
    x: float,
    previous_style: TextStyle | None,
    style: TextStyle,
) -> list[PlacedGlyph]:
    """Zero-width bidi marks that let text extractors rebuild the typed order.

    Extractors (poppler, pdf.js, MuPDF) read glyphs left to right and turn runs of
    right-to-left letters around with rules far simpler than UAX #9: poppler, for one,
    counts ``. , : / % + -`` and the Arabic comma as parts of numbers. A right-to-left
    mark (RLM) before every such character inside right-to-left text, and a pair of
    marks around every run set in the other direction (RLM at its left edge, LRM at
    its right edge), pin each character where it was typed. The marks are invisible
    and copy out as the bidi controls they are, which leave the text's display as it
    was.
    """
    marks: list[PlacedGlyph] = []
    if embedded and not embedded_open:
        marks.append(_invisible(RIGHT_TO_LEFT_MARK, x, style))
    elif embedded_open and not embedded:
        marks.append(_invisible(LEFT_TO_RIGHT_MARK, x, previous_style or style))
    if level % 2 == 1 and weak_or_neutral and not _right_to_left_form(previous_form):
        marks.append(_invisible(RIGHT_TO_LEFT_MARK, x, style))
    return marks


def _visual_clusters(
    items: list[_Shaped | _Token],
    bidi: BidiParagraph,
    start: int,
    end: int,
    levels: list[int],
    plain: bool = False,
) -> list[int]:
    """Positions in ``items`` in visual left-to-right order; ``plain`` when the paragraph
    holds no character rule X9 removes (else the line is looked at)."""
    lowest = min(levels)
    highest = max(levels)
    if lowest == highest:  # one direction throughout: no need to go character by character
        positions = range(len(items))
        return list(reversed(positions)) if lowest % 2 else list(positions)
    level_bytes = bytes(levels)
    if plain or not has_x9_removed(bidi, start, end):
        # Where every item is at one level (the levels change only where an item starts),
        # rule L2 reverses whole items: reorder the items, not their characters.
        starts = {item[0] - start for item in items}
        if all(run.start() in starts for run in _LEVEL_RUNS.finditer(level_bytes)):
            return reorder(
                list(range(len(items))), bytes(level_bytes[item[0] - start] for item in items)
            )
    cluster_of_char = [0] * (end - start)
    for position, item in enumerate(items):
        cluster_of_char[item.start - start : item.end - start] = [position] * (
            item.end - item.start
        )
    visual = list(
        dict.fromkeys([cluster_of_char[i - start] for i in visual_order(bidi, start, end)])
    )
    if len(visual) < len(items):  # clusters made only of X9-removed characters
        seen = set(visual)
        visual.extend(position for position in range(len(items)) if position not in seen)
    return visual


_LEVEL_RUNS = re.compile(b"(.)\\1*", re.DOTALL)


def _alignment_offset(align: str, direction: str, width: float, line_width: float) -> float:
    free = max(width - line_width, 0.0)
    if align == "center":
        return free / 2
    if align in ("left", "right"):
        return free if align == "right" else 0.0
    flush_right = (align in ("start", "justify")) == (direction == "rtl")
    return free if flush_right else 0.0


def _place_cluster(item: _Shaped, x: float, right_to_left: bool) -> list[PlacedGlyph]:
    """The base glyph and its marks, in visual order; marks share the base's origin."""
    cluster = item.cluster
    style = item.style
    if not cluster.marks and item.gid is not None:
        text = cluster.base_text
        if right_to_left and len(text) > 1:
            text = text[::-1]
        return [PlacedGlyph(x, item.gid, text, style, item.advance)]
    font = style.font
    scale = style.size / font.units_per_em
    glyph_metrics = font.glyph_metrics
    base_bounds = glyph_metrics.bounds(item.gid) if item.gid is not None else None
    if base_bounds is None:
        base_bounds = (0, 0, round(item.advance / scale), 0)
    x_min, bottom, x_max, top = base_bounds
    is_ligature = len(cluster.base_text) == 2
    lead = cluster.marks[: cluster.lead_marks] if is_ligature else ()
    trail = cluster.marks[cluster.lead_marks :] if is_ligature else cluster.marks
    if is_ligature and right_to_left:
        # The ligature's first letter (lam) is its right-hand part.
        lead_centre = x_min + 0.72 * (x_max - x_min)
        trail_centre = x_min + 0.22 * (x_max - x_min)
    else:
        lead_centre = trail_centre = (x_min + x_max) / 2
    gap = _MARK_GAP * font.units_per_em
    # The letters of a ligature each carry their own stack of marks.
    lead_stack = _MarkStack(glyph_metrics, top, bottom, gap)
    trail_stack = _MarkStack(glyph_metrics, top, bottom, gap) if is_ligature else lead_stack
    lead_glyphs = [lead_stack.place(mark, lead_centre, x, style) for mark in lead]
    trail_glyphs = [trail_stack.place(mark, trail_centre, x, style) for mark in trail]
    lead_glyphs = [glyph for glyph in lead_glyphs if glyph is not None]
    trail_glyphs = [glyph for glyph in trail_glyphs if glyph is not None]
    marks = _set_apart_repeats(lead_glyphs + trail_glyphs, scale, right_to_left)
    if item.gid is None:
        return marks[::-1] if right_to_left else marks
    if not right_to_left:
        return [PlacedGlyph(x, item.gid, cluster.base_text, style, item.advance), *marks]
    # Visual order: marks before their base, as rule L2 leaves them; a ligature's
    # letters read in visual order too.
    # A mark on the lam of lam-alef so copies out after the alef: the one place
    # where the typed order cannot be kept (see docs/text-extraction.md).
    base = PlacedGlyph(x, item.gid, cluster.base_text[::-1], style, item.advance)
    return [*marks[::-1], base]


_REPEAT_STEP = 0.12  # em; extractors drop a repeated character drawn within 0.1 em


def _set_apart_repeats(
    marks: list[PlacedGlyph], scale: float, right_to_left: bool
) -> list[PlacedGlyph]:
    """Move the origin of a mark that repeats one before it on the same base away from
    the base (in reading order), keeping its ink in place: text extractors take a
    character drawn twice at one spot for a fake bold and keep one."""
    seen: dict[str, int] = {}
    placed = []
    step = _REPEAT_STEP * (-1 if right_to_left else 1)
    for glyph in marks:
        repeat = seen.get(glyph.text, 0)
        seen[glyph.text] = repeat + 1
        if repeat:
            # Its advance reaches back to the base, so extractors see no gap either.
            shift = step * repeat * glyph.style.size
            dx, dy = glyph.offset
            glyph = glyph._replace(
                x=glyph.x + shift, advance=abs(shift), offset=(dx - round(shift / scale), dy)
            )
        placed.append(glyph)
    return placed


class _MarkStack:
    """Places marks over (or under) a base, each clear of the ink already there."""

    def __init__(self, metrics: GlyphMetrics, top: float, bottom: float, gap: float) -> None:
        self.metrics = metrics
        self.top = top
        self.bottom = bottom
        self.gap = gap

    def place(self, mark: str, centre: float, x: float, style: TextStyle) -> PlacedGlyph | None:
        gid = style.font.glyph_id(mark)
        if gid is None:
            return None
        bounds = self.metrics.bounds(gid)
        if bounds is None:
            return None
        dx = round(centre - (bounds[0] + bounds[2]) / 2)
        rise = 0
        # Fonts draw marks at the height of their tallest letters; over a short letter
        # (or under a letter without a descender) the mark comes down to it.
        if bounds[1] > 0:  # above the base
            rise = round(self.top + self.gap - bounds[1])
            self.top = bounds[3] + rise
        elif bounds[3] < 0:  # below it
            rise = round(self.bottom - self.gap - bounds[3])
            self.bottom = bounds[1] + rise
        return PlacedGlyph(x, gid, mark, style, 0.0, (dx, rise), is_mark=True)


def _invisible(text: str, x: float, style: TextStyle) -> PlacedGlyph:
    """A zero-width glyph with no ink that copies out as ``text``."""
    gid = style.font.cmap.get(32) or 0  # the space's glyph
    return _new_tuple(PlacedGlyph, (x, gid, text, style, 0.0, (0, 0), True))
