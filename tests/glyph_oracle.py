"""The glyph oracle: checks a line drawn into a PDF against HarfBuzz's shaping of its text.

Both sides are reduced to glyphs with outlines, read from sources our layout never sees:

* ``pdf_line_glyphs`` reads the PDF with PyMuPDF (``page.get_texttrace()``: glyph ids after
  the ``CIDToGIDMap``, origins including text rise, font and size) and takes each glyph's
  outline from the font program embedded in the PDF.
* ``harfbuzz_line_glyphs`` resolves the line's embedding levels with UAX #9 (our bidi
  module, which passes BidiCharacterTest), shapes every level run with HarfBuzz in its own
  direction, cut further where the font changes (``DrawnLine.runs``), each piece with its
  bundled font and the whole paragraph as context, and lays the runs out in the order of
  rule L2.

HarfBuzz runs with the features a presentation-form layout can express. In Amiri, ``calt``
carries both the mandatory lam-alef ligature (encoded as U+FEF5-FEFC) and many optional
contextual alternates (KafLam, MemHaaMem, small fatha over shadda...), so it is off except
on the lam and the alef of each lam-alef pair (clusters are kept per character, so the marks
between them keep their nominal glyphs). ``liga``, ``dlig`` and ``clig`` are off; ``rlig``
stays on: in Amiri it only gives the tatweel its width, which is what the user typed.
IBM Plex Sans Arabic files its lam-alef ligatures in one ``rlig`` lookup together with 231
ligatures that Arabic does not require (beh-reh U+FC6A, noon-yeh U+FC50, lam-alef maksura
U+FC43...: letter pairs that other faces, Amiri among them, draw as two joined letters, and
for 67 of which the font's own ``dlig`` offers a ``.short`` alternative), so in Plex
``rlig``, like ``calt``, is on only at lam-alef pairs (``LAM_ALEF_ONLY``).
``locl`` is off: for Arabic it only swaps the period and guillemets for Arabic-styled
variants that have no code point. ``kern`` and ``curs`` are off, as our layout does not kern
and ``curs`` moves no glyph of the stress texts. ``ccmp``, ``init``/``medi``/``fina``/``isol``,
``mark`` and ``mkmk`` stay on.

The comparison works on outlines, never on glyph ids, in three steps:

1. Words. Each side's visible base glyphs (non-empty outline, non-zero advance), sorted by x,
   are cut into words wherever a glyph starts more than ``WORD_GAP`` em after the previous
   one's advance ends. Spaces, bidi marks and justification only ever add width between
   words, so pairing the words of both sides in order makes stretched spaces irrelevant,
   while a lost space or a gap inside a word shows up as a different word count.
2. Base ink. Each word is rasterised on both sides, relative to its own left edge, at
   ``PX_PER_EM`` pixels per em (glyphs are rendered once per quarter-pixel phase and summed).
   The two bitmaps are thresholded, XORed, and the XOR is eroded with a 3x3 square: slivers
   thinner than three pixels (anti-aliasing, the 1/1000 em by which Amiri's lam-alef ligature
   and its two HarfBuzz glyphs disagree, seams between glyphs) vanish, while a dot (about
   seven pixels across), a joining stroke, a lost, added or reordered glyph all survive.
   The same form under two glyph ids, or lam-alef as one glyph or two, draws the same ink.
   Erosion also hides stroke weight (Amiri Bold has Amiri's forms and advances, with strokes
   a pixel or two thicker), so the inked pixels of both words are counted as well: the same
   face agrees within 4%, another weight is a third heavier or lighter, and a difference of
   more than ``WEIGHT_TOLERANCE`` fails.
3. Marks (zero-advance glyphs with ink). Their positions come from GPOS anchors on one side
   and from our centring heuristic on the other, so they are compared loosely: every
   HarfBuzz mark must be matched by one PDF mark of the same outline (bitmaps compared
   wherever they stand), on the same side (above or below the middle of the base's ink),
   whose ink centre lies within the advance box of the glyph HarfBuzz attached the mark to
   (the glyph of its cluster's letter), give or take ``MARK_TOLERANCE`` em, both measured
   from their word's left edge. Marks left over on either side are reported, so a mark that
   is lost, doubled, swapped for another, flipped to the other side or moved to the next
   letter fails. Advance boxes, not ink, delimit letters: ink overlaps (the lam of a lam-alef
   reaches over its alef), and HarfBuzz draws a lam-alef as two glyphs, so a mark must sit
   over the right half of the PDF's ligature. The order of marks in the content stream is
   free (rule L3 puts them before their base in a reversed line).

Glyphs drawn twice at the same place leave no trace in ink, so they are reported on their own.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf
import uharfbuzz as hb
from fontTools.pens.areaPen import AreaPen
from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.freetypePen import FreeTypePen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

from desktop_app.text.bidi import BidiParagraph, analyse_paragraph, line_levels

__all__ = [
    "DrawnLine",
    "Glyph",
    "LineComparison",
    "OutlineFont",
    "compare_lines",
    "harfbuzz_line_glyphs",
    "lam_alef_only_features",
    "outline_font",
    "pdf_line_glyphs",
]

PX_PER_EM = 64
PHASES = 4  # sub-pixel positions per pixel at which a glyph is rendered
WORD_GAP = 0.1  # em
MARK_TOLERANCE = 0.03  # em a mark centre may lie beyond its letter's advance box
MARK_ORIGIN_REACH = 0.5  # em a mark's origin may lie outside the line's x range
DUPLICATE_TOLERANCE = 0.01  # em
RANGE_TOLERANCE = 0.05  # em a line may stick out of its x range
BAND_ABOVE = 1.0  # em above the baseline where a line's glyph origins (with rise) may lie
BAND_BELOW = 0.6  # em below it
EROSION = 3  # pixels
WEIGHT_TOLERANCE = 0.1  # share of a word's inked pixels by which the two sides may differ

_LAM_ALEF = re.compile("\u0644[\u064b-\u065f\u0670]*[\u0622\u0623\u0625\u0627]")
# Features whose lookups carry the lam-alef ligature together with optional substitutions,
# by font family ("" for any other font).
LAM_ALEF_ONLY: dict[str, frozenset[str]] = {
    "": frozenset({"calt"}),
    "IBM Plex Sans Arabic": frozenset({"calt", "rlig"}),
}
_FEATURES: dict[str, bool] = {
    "liga": False,
    "dlig": False,
    "clig": False,
    "rlig": True,
    "kern": False,
    "curs": False,
    "locl": False,
}


@dataclass(frozen=True)
class DrawnLine:
    """What a test knows about a line it asked to be drawn.

    ``text`` is the line's logical text. ``paragraph`` (with ``start``, where ``text``
    begins in it) gives the whole paragraph, when known: UAX #9 resolves levels per
    paragraph (a number after an Arabic word on the previous line is an AN, not an EN) and
    joining looks across a word cut by the line break. Without it the line stands alone.
    ``runs`` gives the font of logical ranges of ``paragraph`` (of ``text`` without one);
    characters outside every run use ``font_path``.
    """

    page: int
    baseline: float
    left: float
    right: float
    text: str
    direction: str
    font_path: Path
    size: float
    paragraph: str | None = None
    start: int = 0
    runs: tuple[tuple[int, int, Path], ...] = ()

    def font_runs(self, start: int, end: int) -> list[tuple[int, int, Path]]:
        """The logical range ``start``-``end`` of the context cut where the font changes."""
        pieces: list[tuple[int, int, Path]] = []
        position = start
        for run_start, run_end, path in sorted(self.runs, key=lambda run: run[0]):
            if run_end <= position or run_start >= end:
                continue
            if run_start > position:
                pieces.append((position, run_start, self.font_path))
            pieces.append((max(run_start, position), min(run_end, end), Path(path)))
            position = min(run_end, end)
        if position < end:
            pieces.append((position, end, self.font_path))
        merged: list[tuple[int, int, Path]] = []
        for piece in pieces:
            if merged and merged[-1][2] == piece[2] and merged[-1][1] == piece[0]:
                merged[-1] = (merged[-1][0], piece[1], piece[2])
            else:
                merged.append(piece)
        return merged


class OutlineFont:
    """Outlines, advances and renderings of one font program (bundled or embedded)."""

    def __init__(self, data: bytes, label: str) -> None:
        self.label = label
        self.digest = hashlib.sha1(data).hexdigest()
        self._tt = TTFont(io.BytesIO(data), lazy=True)
        self.units_per_em: int = self._tt["head"].unitsPerEm
        self._order = self._tt.getGlyphOrder()
        self._glyphs = self._tt.getGlyphSet()
        self._hmtx = self._tt["hmtx"]
        self._ink: dict[int, tuple[float, float, float, float] | None] = {}
        self._bitmaps: dict[tuple[int, float, int, int], tuple[np.ndarray, int, int]] = {}
        self._shapes: dict[tuple[int, float], np.ndarray] = {}

    def __repr__(self) -> str:
        return f"OutlineFont({self.label!r})"

    def glyph_name(self, gid: int) -> str:
        return self._order[gid] if 0 <= gid < len(self._order) else f"gid{gid}"

    def advance(self, gid: int) -> int:
        """Advance width in font units, from ``hmtx``."""
        if not 0 <= gid < len(self._order):
            return 0
        return self._hmtx[self._order[gid]][0]

    def ink(self, gid: int) -> tuple[float, float, float, float] | None:
        """(xMin, yMin, xMax, yMax) in font units; None for glyphs that draw nothing."""
        if gid not in self._ink:
            self._ink[gid] = self._read_ink(gid)
        return self._ink[gid]

    def _read_ink(self, gid: int) -> tuple[float, float, float, float] | None:
        if not 0 <= gid < len(self._order):
            return None
        glyph = self._glyphs[self._order[gid]]
        area = AreaPen(self._glyphs)
        glyph.draw(area)
        if abs(area.value) < 1.0:
            return None
        bounds = BoundsPen(self._glyphs)
        glyph.draw(bounds)
        return bounds.bounds

    def bitmap(
        self, gid: int, px_per_unit: float, phase_x: int, phase_y: int
    ) -> tuple[np.ndarray, int, int]:
        """Coverage of the glyph with its origin at (phase_x, phase_y) / PHASES pixels.

        Returns the array (rows bottom-up) and the pixel of its bottom-left corner.
        """
        key = (gid, round(px_per_unit, 9), phase_x, phase_y)
        if key not in self._bitmaps:
            ink = self.ink(gid)
            if ink is None:
                self._bitmaps[key] = (np.zeros((0, 0), dtype=np.float32), 0, 0)
            else:
                dx, dy = phase_x / PHASES, phase_y / PHASES
                x0 = math.floor(ink[0] * px_per_unit + dx) - 1
                y0 = math.floor(ink[1] * px_per_unit + dy) - 1
                x1 = math.ceil(ink[2] * px_per_unit + dx) + 1
                y1 = math.ceil(ink[3] * px_per_unit + dy) + 1
                coverage = self._draw(gid, px_per_unit, dx - x0, dy - y0, x1 - x0, y1 - y0)
                self._bitmaps[key] = (coverage, x0, y0)
        return self._bitmaps[key]

    def shape(self, gid: int, px_per_unit: float) -> np.ndarray:
        """The glyph's ink as a boolean bitmap cropped to it: the same for any position."""
        key = (gid, round(px_per_unit, 9))
        if key not in self._shapes:
            ink = self.ink(gid)
            if ink is None:
                self._shapes[key] = np.zeros((0, 0), dtype=bool)
            else:
                width = math.ceil((ink[2] - ink[0]) * px_per_unit) + 2
                height = math.ceil((ink[3] - ink[1]) * px_per_unit) + 2
                dx, dy = 1 - ink[0] * px_per_unit, 1 - ink[1] * px_per_unit
                self._shapes[key] = self._draw(gid, px_per_unit, dx, dy, width, height) >= 0.5
        return self._shapes[key]

    def _draw(
        self, gid: int, px_per_unit: float, dx: float, dy: float, width: int, height: int
    ) -> np.ndarray:
        pen = FreeTypePen(self._glyphs)
        transform = (px_per_unit, 0, 0, px_per_unit, dx, dy)
        self._glyphs[self._order[gid]].draw(TransformPen(pen, transform))
        return np.flipud(pen.array(width=width, height=height)).astype(np.float32)


_FONTS: dict[str, OutlineFont] = {}


def outline_font(data: bytes, label: str) -> OutlineFont:
    """One shared OutlineFont per distinct font program."""
    digest = hashlib.sha1(data).hexdigest()
    font = _FONTS.get(digest)
    if font is None:
        font = _FONTS[digest] = OutlineFont(data, label)
    return font


@dataclass(frozen=True)
class Glyph:
    """A drawn glyph: outline ``gid`` of ``font`` with its origin at (x, y), PDF points.

    ``y`` includes any rise. ``text`` is what the glyph stands for (ToUnicode on the PDF
    side), for messages only. HarfBuzz glyphs also know ``cluster``, the index in the line's
    text of their first character, and marks ``mark_of``, the index of their letter.
    """

    font: OutlineFont
    gid: int
    x: float
    y: float
    size: float
    text: str = ""
    cluster: int | None = None
    mark_of: int | None = None

    @property
    def scale(self) -> float:
        """Points per font unit."""
        return self.size / self.font.units_per_em

    @property
    def advance(self) -> float:
        return self.font.advance(self.gid) * self.scale

    @property
    def ink(self) -> tuple[float, float, float, float] | None:
        """Ink box in PDF points, None for invisible glyphs."""
        box = self.font.ink(self.gid)
        if box is None:
            return None
        s = self.scale
        return (self.x + box[0] * s, self.y + box[1] * s, self.x + box[2] * s, self.y + box[3] * s)

    @property
    def is_mark(self) -> bool:
        return self.font.advance(self.gid) == 0 and self.font.ink(self.gid) is not None

    def describe(self) -> str:
        label = self.font.glyph_name(self.gid)
        return f"{label}{'‹' + self.text + '›' if self.text else ''}"


@dataclass
class LineComparison:
    equal: bool
    problems: list[str]


# --- the PDF side --------------------------------------------------------------------------


@dataclass(frozen=True)
class _EmbeddedFont:
    name: str
    bold: bool
    italic: bool
    font: OutlineFont


@dataclass(frozen=True)
class _TraceChar:
    font: OutlineFont
    gid: int
    x: float
    y: float
    size: float
    text: str


@lru_cache(maxsize=8)
def _page_chars(path: str, stamp: tuple[int, int], page_number: int) -> tuple[_TraceChar, ...]:
    del stamp  # part of the cache key only: a rewritten file is read again
    with pymupdf.open(path) as doc:
        page = doc[page_number]
        fonts = _embedded_fonts(doc, page)
        to_pdf = ~page.transformation_matrix
        chars: list[_TraceChar] = []
        for span in page.get_texttrace():
            if span["type"] == 3:  # invisible text (render mode 3)
                continue
            gids = [char[1] for char in span["chars"] if char[1] >= 0]
            font = _span_font(span, fonts, gids, path, page_number)
            for unicode, gid, origin, _bbox in span["chars"]:
                if gid < 0:  # further characters of a multi-character ToUnicode entry
                    if chars:
                        last = chars[-1]
                        chars[-1] = _TraceChar(
                            last.font, last.gid, last.x, last.y, last.size, last.text + chr(unicode)
                        )
                    continue
                point = pymupdf.Point(origin) * to_pdf
                chars.append(_TraceChar(font, gid, point.x, point.y, span["size"], chr(unicode)))
        return tuple(chars)


def _embedded_fonts(doc: pymupdf.Document, page: pymupdf.Page) -> list[_EmbeddedFont]:
    fonts = []
    for xref, _ext, _type, basefont, *_rest in page.get_fonts(full=True):
        _name, ext, _subtype, program = doc.extract_font(xref)
        if not program or ext not in ("ttf", "otf"):
            continue
        loaded = pymupdf.Font(fontbuffer=program)
        fonts.append(
            _EmbeddedFont(
                basefont.split("+", 1)[-1],
                bool(loaded.is_bold),
                bool(loaded.is_italic),
                outline_font(program, f"embedded {basefont} (xref {xref})"),
            )
        )
    return fonts


def _span_font(
    span: dict, fonts: list[_EmbeddedFont], gids: list[int], path: str, page_number: int
) -> OutlineFont:
    """The embedded program of a trace span, found by name and style.

    Fonts alike in both are told apart by which one has outlines for the span's glyphs:
    a subset keeps only the glyphs it draws.
    """
    flags = span["flags"]
    candidates = [
        f
        for f in fonts
        if f.name == span["font"] and f.bold == bool(flags & 16) and f.italic == bool(flags & 2)
    ] or [f for f in fonts if f.name == span["font"]]
    if not candidates:
        raise ValueError(
            f"{path} page {page_number}: no readable embedded program for font {span['font']!r}"
        )
    return max(candidates, key=lambda f: sum(f.font.ink(gid) is not None for gid in gids)).font


def pdf_line_glyphs(pdf_path: Path | str, line: DrawnLine) -> list[Glyph]:
    """The glyphs the PDF draws for ``line``, in content-stream order.

    A glyph belongs to the line when its origin lies within ``BAND_BELOW`` em below and
    ``BAND_ABOVE`` em above the baseline, and within its x range (give or take 0.05 em;
    neighbouring table cells are a few points away). A mark (no advance, some ink) may
    have its origin up to ``MARK_ORIGIN_REACH`` em further out: a mark repeated on one
    letter is drawn from an origin set apart (extractors merge a character drawn twice
    at one spot), with its ink where it belongs.
    """
    path = Path(pdf_path)
    stat = path.stat()
    chars = _page_chars(str(path), (stat.st_mtime_ns, stat.st_size), line.page)
    low = line.baseline - BAND_BELOW * line.size
    high = line.baseline + BAND_ABOVE * line.size
    glyphs = []
    for char in chars:
        glyph = Glyph(char.font, char.gid, char.x, char.y, char.size, char.text)
        reach = (MARK_ORIGIN_REACH if glyph.is_mark else 0.05) * line.size
        if low <= char.y <= high and line.left - reach <= char.x <= line.right + reach:
            glyphs.append(glyph)
    return glyphs


# --- the HarfBuzz side ---------------------------------------------------------------------


@lru_cache(maxsize=8)
def _hb_font(path: str) -> tuple[hb.Font, OutlineFont]:
    data = Path(path).read_bytes()
    return hb.Font(hb.Face(data)), outline_font(data, Path(path).name)


@lru_cache(maxsize=64)
def _paragraph(text: str, direction: str) -> BidiParagraph:
    return analyse_paragraph(text, direction)


def _is_mark_char(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me")


def _level_runs(levels: Sequence[int], start: int) -> list[tuple[int, int, int]]:
    """(start, end, level) of each level run, in visual order (rule L2)."""
    runs: list[tuple[int, int, int]] = []
    for offset, level in enumerate(levels):
        if runs and runs[-1][2] == level:
            runs[-1] = (runs[-1][0], start + offset + 1, level)
        else:
            runs.append((start + offset, start + offset + 1, level))
    if not runs:
        return runs
    highest = max(level for _, _, level in runs)
    lowest_odd = min(level for _, _, level in runs) | 1
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(runs):
            if runs[index][2] >= level:
                end = index
                while end < len(runs) and runs[end][2] >= level:
                    end += 1
                runs[index:end] = runs[index:end][::-1]
                index = end
            else:
                index += 1
    return runs


def _lam_alef_ranges(context: str) -> list[tuple[int, int, bool]]:
    """Feature ranges that switch a feature off except on the lam and the alef of each
    lam-alef pair."""
    ranges: list[tuple[int, int, bool]] = [(0, len(context), False)]
    for match in _LAM_ALEF.finditer(context):
        ranges.append((match.start(), match.start() + 1, True))
        ranges.append((match.end() - 1, match.end(), True))
    return ranges


@lru_cache(maxsize=8)
def font_family(path: str) -> str:
    """The family name of a font file (name ID 1)."""
    return TTFont(path, lazy=True)["name"].getDebugName(1) or ""


def lam_alef_only_features(path: str) -> frozenset[str]:
    """The features HarfBuzz applies only on lam-alef pairs with the font at ``path``."""
    return LAM_ALEF_ONLY.get(font_family(path), LAM_ALEF_ONLY[""])


@lru_cache(maxsize=64)
def _features(path: str, context: str) -> dict:
    ranges = _lam_alef_ranges(context)
    return {**_FEATURES, **dict.fromkeys(lam_alef_only_features(path), ranges)}


def oracle_line(exported: Any, **changes: Any) -> DrawnLine:
    """The oracle's view of a line the exporter logged (its ``DrawnLine``), with
    ``changes`` (``runs``, ``font_path``…) applied."""
    fields = {
        "page": exported.page,
        "baseline": exported.baseline,
        "left": exported.left,
        "right": exported.right,
        "text": exported.text,
        "direction": exported.direction,
        "font_path": Path(exported.font_path),
        "size": exported.size,
        "paragraph": exported.paragraph,
        "start": exported.start,
    }
    return DrawnLine(**{**fields, **changes})


def harfbuzz_line_glyphs(line: DrawnLine) -> list[Glyph]:
    """HarfBuzz's glyphs for ``line.text``, left to right from ``line.left``.

    Each level run is cut where the font changes (``line.runs``) and every piece is shaped
    with its own font, in the context of the whole paragraph: joining carries across a
    change of face inside a word, as it does across a line break.
    """
    context = line.paragraph if line.paragraph is not None else line.text
    start = line.start if line.paragraph is not None else 0
    end = start + len(line.text)
    if context[start:end] != line.text:
        raise ValueError("line.text is not paragraph[start:start + len(text)]")
    levels = line_levels(_paragraph(context, line.direction), start, end)
    pen = 0.0  # points
    glyphs: list[Glyph] = []
    for run_start, run_end, level in _level_runs(levels, start):
        pieces = line.font_runs(run_start, run_end)
        for piece_start, piece_end, path in reversed(pieces) if level % 2 else pieces:
            shaped, pen = _shape_piece(line, context, piece_start, piece_end, level, path, pen)
            glyphs.extend(shaped)
    return glyphs


def _shape_piece(
    line: DrawnLine,
    context: str,
    piece_start: int,
    piece_end: int,
    level: int,
    path: Path,
    pen: float,
) -> tuple[list[Glyph], float]:
    """Glyphs of ``context[piece_start:piece_end]`` in one font and direction, from ``pen``
    points right of ``line.left``; returns them and where the pen ends."""
    font, outlines = _hb_font(str(path))
    start = line.start if line.paragraph is not None else 0
    scale = line.size / outlines.units_per_em
    buffer = hb.Buffer()
    buffer.cluster_level = hb.BufferClusterLevel.CHARACTERS
    buffer.add_str(context, item_offset=piece_start, item_length=piece_end - piece_start)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if level % 2 else "ltr"
    buffer.language = "ar" if buffer.script == "Arab" else "en"
    hb.shape(font, buffer, _features(str(path), context))
    clusters = sorted({info.cluster for info in buffer.glyph_infos} | {piece_end})
    glyphs: list[Glyph] = []
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        cluster = info.cluster
        following = clusters[bisect_right(clusters, cluster)]
        mark_of = None
        if _is_mark_char(context[cluster]):
            base = cluster
            while base > start and _is_mark_char(context[base]):
                base -= 1
            mark_of = base - start if not _is_mark_char(context[base]) else None
        glyphs.append(
            Glyph(
                outlines,
                info.codepoint,
                line.left + pen + position.x_offset * scale,
                line.baseline + position.y_offset * scale,
                line.size,
                context[cluster:following],
                cluster - start,
                mark_of,
            )
        )
        pen += position.x_advance * scale
    return glyphs, pen


# --- the comparison ------------------------------------------------------------------------


@dataclass
class _Word:
    bases: list[Glyph]
    left: float
    right: float  # end of the last advance
    marks: list[Glyph]

    def text(self) -> str:
        return "".join(g.text for g in self.bases)


def _split_words(bases: list[Glyph], em: float) -> list[_Word]:
    words: list[_Word] = []
    for glyph in sorted(bases, key=lambda g: g.x):
        end = glyph.x + glyph.advance
        if words and glyph.x <= words[-1].right + WORD_GAP * em:
            word = words[-1]
            word.bases.append(glyph)
            word.right = max(word.right, end)
        else:
            words.append(_Word([glyph], glyph.x, end, []))
    return words


def _duplicates(glyphs: list[Glyph], em: float, side: str) -> list[str]:
    problems = []
    seen: dict[tuple[str, int], list[Glyph]] = {}
    for glyph in glyphs:
        same = seen.setdefault((glyph.font.digest, glyph.gid), [])
        for other in same:
            if (
                abs(other.x - glyph.x) < DUPLICATE_TOLERANCE * em
                and abs(other.y - glyph.y) < DUPLICATE_TOLERANCE * em
            ):
                problems.append(f"{side} draws {glyph.describe()} twice at x={glyph.x:.2f}")
        same.append(glyph)
    return problems


def _render(
    glyphs: list[Glyph], origin_x: float, px_per_pt: float
) -> list[tuple[np.ndarray, int, int]]:
    """Each glyph's coverage and the pixel of its bottom-left corner, from (origin_x, 0)."""
    pieces = []
    for glyph in glyphs:
        px = (glyph.x - origin_x) * px_per_pt
        py = glyph.y * px_per_pt
        ix, iy = math.floor(px), math.floor(py)
        phase_x = round((px - ix) * PHASES)
        phase_y = round((py - iy) * PHASES)
        ix, phase_x = ix + phase_x // PHASES, phase_x % PHASES
        iy, phase_y = iy + phase_y // PHASES, phase_y % PHASES
        array, x0, y0 = glyph.font.bitmap(glyph.gid, glyph.scale * px_per_pt, phase_x, phase_y)
        if array.size:
            pieces.append((array, ix + x0, iy + y0))
    return pieces


def _canvas(
    pieces: list[tuple[np.ndarray, int, int]], x0: int, y0: int, width: int, height: int
) -> np.ndarray:
    canvas = np.zeros((height, width), dtype=np.float32)
    for array, px, py in pieces:
        h, w = array.shape
        canvas[py - y0 : py - y0 + h, px - x0 : px - x0 + w] += array
    return canvas >= 0.5


def _erode(mask: np.ndarray, size: int) -> np.ndarray:
    h, w = mask.shape
    if h < size or w < size:
        return np.zeros((0, 0), dtype=bool)
    out = mask[: h - size + 1, : w - size + 1].copy()
    for dy in range(size):
        for dx in range(size):
            out &= mask[dy : dy + h - size + 1, dx : dx + w - size + 1]
    return out


@dataclass(frozen=True)
class _InkComparison:
    difference: tuple[float, float] | None  # x range (points from the word's left edge)
    pdf_pixels: int
    ref_pixels: int

    def weight_differs(self) -> bool:
        gap = abs(self.pdf_pixels - self.ref_pixels)
        return gap > WEIGHT_TOLERANCE * max(self.pdf_pixels, self.ref_pixels) and gap > 16


def _compare_ink(
    pdf: list[Glyph], ref: list[Glyph], pdf_left: float, ref_left: float, px_per_pt: float
) -> _InkComparison:
    """Where the two words' ink differs, and how much ink each has."""
    pdf_pieces = _render(pdf, pdf_left, px_per_pt)
    ref_pieces = _render(ref, ref_left, px_per_pt)
    pieces = pdf_pieces + ref_pieces
    if not pieces:
        return _InkComparison(None, 0, 0)
    x0 = min(px for _, px, _ in pieces)
    y0 = min(py for _, _, py in pieces)
    x1 = max(px + a.shape[1] for a, px, _ in pieces)
    y1 = max(py + a.shape[0] for a, _, py in pieces)
    a = _canvas(pdf_pieces, x0, y0, x1 - x0, y1 - y0)
    b = _canvas(ref_pieces, x0, y0, x1 - x0, y1 - y0)
    core = _erode(a ^ b, EROSION)
    difference = None
    if core.any():
        columns = np.flatnonzero(core.any(axis=0))
        difference = (columns[0] + x0) / px_per_pt, (columns[-1] + x0 + EROSION) / px_per_pt
    return _InkComparison(difference, int(a.sum()), int(b.sum()))


def _pdf_base(mark: Glyph, bases: list[Glyph]) -> Glyph | None:
    """The base glyph a PDF mark is drawn over: the advance box under its ink centre, else
    the nearest ink."""
    ink = mark.ink
    if ink is None or not bases:
        return None
    centre = (ink[0] + ink[2]) / 2
    for glyph in bases:
        if glyph.x <= centre < glyph.x + glyph.advance:
            return glyph

    def distance(glyph: Glyph) -> float:
        box = glyph.ink or (glyph.x, 0.0, glyph.x + glyph.advance, 0.0)
        return max(box[0] - centre, centre - box[2], 0.0)

    return min(bases, key=distance)


def _hb_base(mark: Glyph, bases: list[Glyph]) -> Glyph | None:
    """The base glyph HarfBuzz attached a mark to: the one holding the mark's letter."""
    if mark.mark_of is None:
        return _pdf_base(mark, bases)
    attached = [g for g in bases if g.cluster is not None and g.cluster <= mark.mark_of]
    if not attached:
        return _pdf_base(mark, bases)
    return max(attached, key=lambda g: g.cluster or 0)


def _centre(glyph: Glyph) -> tuple[float, float]:
    ink = glyph.ink
    assert ink is not None
    return (ink[0] + ink[2]) / 2, (ink[1] + ink[3]) / 2


def _is_above(mark: Glyph, base: Glyph) -> bool:
    base_ink = base.ink or (base.x, base.y, base.x + base.advance, base.y)
    return _centre(mark)[1] >= (base_ink[1] + base_ink[3]) / 2


def _same_outline(a: Glyph, b: Glyph, px_per_pt: float) -> bool:
    if a.font is b.font and a.gid == b.gid and a.size == b.size:
        return True
    return _same_rendering(a.font, a.gid, a.scale * px_per_pt, b.font, b.gid, b.scale * px_per_pt)


@lru_cache(maxsize=4096)
def _same_rendering(
    font_a: OutlineFont, gid_a: int, scale_a: float, font_b: OutlineFont, gid_b: int, scale_b: float
) -> bool:
    a, b = font_a.shape(gid_a, scale_a), font_b.shape(gid_b, scale_b)
    if abs(a.shape[0] - b.shape[0]) > 1 or abs(a.shape[1] - b.shape[1]) > 1:
        return False
    h, w = max(a.shape[0], b.shape[0]), max(a.shape[1], b.shape[1])
    pa = np.zeros((h, w), dtype=bool)
    pb = np.zeros((h, w), dtype=bool)
    pa[: a.shape[0], : a.shape[1]] = a
    pb[: b.shape[0], : b.shape[1]] = b
    return int((pa ^ pb).sum()) <= max(2, 0.15 * max(int(pa.sum()), int(pb.sum())))


def _compare_marks(index: int, pdf: _Word, ref: _Word, em: float, px_per_pt: float) -> list[str]:
    """Pair every HarfBuzz mark with a PDF mark of the same outline, on the same side of
    the same letter: the PDF mark's ink centre lies within the x range of HarfBuzz's base
    glyph (both relative to their word's left edge)."""
    tolerance = MARK_TOLERANCE * em
    remaining = list(pdf.marks)
    problems = []
    for mark in ref.marks:
        base = _hb_base(mark, ref.bases)
        if base is None:
            problems.append(f"word {index}: HarfBuzz mark {mark.describe()} has no letter")
            continue
        low, high = base.x - ref.left, base.x + base.advance - ref.left
        above = _is_above(mark, base)
        for candidate in remaining:
            centre = _centre(candidate)[0] - pdf.left
            if (
                low - tolerance <= centre <= high + tolerance
                and _is_above(candidate, base) == above
                and _same_outline(candidate, mark, px_per_pt)
            ):
                remaining.remove(candidate)
                break
        else:
            problems.append(
                f"word {index}: HarfBuzz has mark {mark.describe()} "
                f"{'above' if above else 'below'} {base.describe()}, the PDF does not"
            )
    for mark in remaining:
        base = _pdf_base(mark, pdf.bases)
        where = "" if base is None else f" over {base.describe()}"
        problems.append(
            f"word {index}: PDF has mark {mark.describe()} at x={mark.x:.2f}{where}, "
            "HarfBuzz does not"
        )
    return problems


def _assign_marks(
    marks: list[Glyph], words: list[_Word], find_base: Callable[[Glyph, list[Glyph]], Glyph | None]
) -> list[str]:
    """Give each mark to the word of its base glyph; returns the marks without one."""
    bases = [glyph for word in words for glyph in word.bases]
    orphans = []
    for mark in marks:
        base = find_base(mark, bases)
        owner = next((w for w in words if any(g is base for g in w.bases)), None)
        if owner is None:
            orphans.append(mark.describe())
        else:
            owner.marks.append(mark)
    return orphans


def _glyphs_between(word: _Word, first: float, last: float) -> str:
    """The base glyphs of ``word`` whose ink meets ``first``-``last`` (from its left edge)."""
    return " ".join(
        glyph.describe()
        for glyph in word.bases
        if glyph.ink is not None
        and glyph.ink[2] - word.left >= first
        and glyph.ink[0] - word.left <= last
    )


def compare_lines(
    pdf_glyphs: Sequence[Glyph], hb_glyphs: Sequence[Glyph], line: DrawnLine | None = None
) -> LineComparison:
    """Compare the PDF's glyphs with HarfBuzz's by outline (see the module docstring).

    With ``line``, also check that the PDF keeps within the line's x range.
    """
    visible_pdf = [g for g in pdf_glyphs if g.ink is not None]
    visible_ref = [g for g in hb_glyphs if g.ink is not None]
    em = max((g.size for g in [*visible_pdf, *visible_ref]), default=0.0)
    if em <= 0:
        return LineComparison(True, [])
    px_per_pt = PX_PER_EM / em
    problems = _duplicates(visible_pdf, em, "PDF") + _duplicates(visible_ref, em, "HarfBuzz")

    if line is not None:
        tolerance = RANGE_TOLERANCE * em
        for glyph in visible_pdf:
            if not glyph.is_mark and (
                glyph.x < line.left - tolerance or glyph.x + glyph.advance > line.right + tolerance
            ):
                problems.append(
                    f"PDF glyph {glyph.describe()} at x={glyph.x:.2f} is outside the line's "
                    f"x range {line.left:.2f}-{line.right:.2f}"
                )

    pdf_words = _split_words([g for g in visible_pdf if not g.is_mark], em)
    ref_words = _split_words([g for g in visible_ref if not g.is_mark], em)
    for side, marks in (
        ("PDF", _assign_marks([g for g in visible_pdf if g.is_mark], pdf_words, _pdf_base)),
        ("HarfBuzz", _assign_marks([g for g in visible_ref if g.is_mark], ref_words, _hb_base)),
    ):
        problems.extend(f"{side} draws mark {mark} with no letter on the line" for mark in marks)
    if len(pdf_words) != len(ref_words):
        problems.append(
            f"PDF shows {len(pdf_words)} words, HarfBuzz {len(ref_words)}: "
            f"PDF {[w.text() for w in pdf_words]} vs HarfBuzz {[w.text() for w in ref_words]}"
        )
        return LineComparison(False, problems)

    for index, (pdf, ref) in enumerate(zip(pdf_words, ref_words, strict=True)):
        ink = _compare_ink(pdf.bases, ref.bases, pdf.left, ref.left, px_per_pt)
        if ink.difference is not None:
            first, last = ink.difference
            problems.append(
                f"word {index} (PDF ‹{pdf.text()}›, HarfBuzz ‹{ref.text()}›): base ink differs "
                f"{first:.2f}-{last:.2f} pt from the word's left edge (x={pdf.left + first:.2f} "
                f"in the PDF); PDF glyphs there: {_glyphs_between(pdf, first, last)}; "
                f"HarfBuzz: {_glyphs_between(ref, first, last)}"
            )
        if ink.weight_differs():
            share = ink.pdf_pixels / max(ink.ref_pixels, 1)
            problems.append(
                f"word {index} (PDF ‹{pdf.text()}›, HarfBuzz ‹{ref.text()}›): the PDF inks "
                f"{share:.0%} of HarfBuzz's pixels (another weight?)"
            )
        problems.extend(_compare_marks(index, pdf, ref, em, px_per_pt))
    return LineComparison(not problems, problems)
