"""The Unicode Bidirectional Algorithm (UAX #9) for our own paragraph layout.

The typesetter breaks a paragraph into lines in logical order and then reorders each
line on its own, so this module offers two steps:

* ``analyse_paragraph`` resolves the embedding level of every character of one
  paragraph (rules P2-P3, X1-X10, W1-W7, N0-N2, I1-I2), using python-bidi's Rust
  implementation;
* ``line_levels`` and ``visual_order`` apply rules L1 and L2 to one line, a slice
  ``text[start:end]`` of the paragraph; ``mirror_char`` gives the glyph rule L4 asks
  for on characters whose level is odd.

A paragraph holds no paragraph separator (line feed, carriage return, U+2029, ...)
except possibly as its last character, and python-bidi counts CR LF as two: callers
split text into paragraphs first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import chain, compress
from typing import NamedTuple

from bidi import get_display
from fontTools.unicodedata.Mirrored import MIRRORED

__all__ = [
    "BidiParagraph",
    "analyse_paragraph",
    "first_strong_direction",
    "is_removed_by_x9",
    "line_levels",
    "mirror_char",
    "visual_order",
]

_BASE_DIR = {"ltr": "L", "rtl": "R", "auto": None}
# Whole blocks of right-to-left scripts, Arabic digits, RLM and the explicit embeddings
# and isolates: a text without any of them is level 0 in a left-to-right paragraph.
_MAYBE_RTL = re.compile(
    "[\u0590-\u08ff\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufeff"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
# Arabic letters and marks (no Arabic or European digits) and neutral punctuation and
# spaces: such a text is level 1 throughout in a right-to-left paragraph.
_PLAIN_RTL = re.compile(
    "[\u0606-\u065f\u066a\u066d-\u06dc\u06de-\u06ef\u06fa-\u06ff\u0750-\u077f"
    "\u08a0-\u08e1\u08e3-\u08ff\ufb50-\ufdff\ufe70-\ufefe"
    " !\"#$%&'()*+,\\-./:;<=>?@\\[\\]^_`{|}~\u00a0\u00ab\u00bb\u2010-\u2027\u2030-\u205e]*"
)
_X9_CLASSES = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "BN"})
_ISOLATE_INITIATORS = frozenset({"LRI", "RLI", "FSI"})
_MIRRORS = {chr(code): chr(mirror) for code, mirror in MIRRORED.items()}

# get_display(debug=True) returns Rust's pretty Debug dump of unicode_bidi::BidiInfo.
# Its text field is escaped onto one line, so these markers cannot occur inside it.
_LEVELS_MARKER = "\n    levels: ["
_PARAGRAPHS_MARKER = "\n    paragraphs: ["
# In the levels list each entry reads "Level(\n            <digits>,\n        ),\n".
_NOT_LEVEL_DIGIT_OR_CLOSE = bytes(b for b in range(256) if b not in b"0123456789)")
_PARAGRAPH_LEVEL = re.compile(r"level: Level\(\s*(\d+),")
# 1 for the first byte of a UTF-8 sequence, 0 for continuation bytes.
_FIRST_BYTES = bytes(0 if 0x80 <= b < 0xC0 else 1 for b in range(256))


@dataclass(frozen=True)
class BidiParagraph:
    """One paragraph with its resolved embedding levels (rules up to I2, before L1).

    ``base_level`` is 0 for a left-to-right paragraph, 1 for a right-to-left one;
    ``levels`` holds one level per character of ``text``. Characters removed by rule X9
    carry the level python-bidi gives them, which has no meaning.
    """

    text: str
    base_level: int
    levels: tuple[int, ...]


def first_strong_direction(text: str) -> str | None:
    """``'ltr'`` or ``'rtl'`` from the first strong character (rules P2-P3), else None.

    Characters between an isolate initiator and its matching PDI (or the end of the
    text) are skipped; the search stops at a paragraph separator.
    """
    depth = 0
    for bidi_class in map(unicodedata.bidirectional, text):
        if bidi_class in _ISOLATE_INITIATORS:
            depth += 1
        elif bidi_class == "PDI":
            depth = max(depth - 1, 0)
        elif bidi_class == "B":
            break
        elif depth == 0:
            if bidi_class == "L":
                return "ltr"
            if bidi_class in ("R", "AL"):
                return "rtl"
    return None


def analyse_paragraph(text: str, direction: str = "auto") -> BidiParagraph:
    """Resolve the embedding levels of one paragraph.

    ``direction`` is ``'ltr'``, ``'rtl'`` or ``'auto'`` (the first strong character
    decides, left-to-right when there is none). Raises ValueError for another direction
    or when ``text`` holds a paragraph separator anywhere but at its end.
    """
    if direction not in _BASE_DIR:
        raise ValueError(f"direction must be 'ltr', 'rtl' or 'auto', not {direction!r}")
    if not text:
        return BidiParagraph(text, 1 if direction == "rtl" else 0, ())
    if direction != "rtl" and not _MAYBE_RTL.search(text):
        # Nothing that could rise above level 0 in a left-to-right paragraph.
        return BidiParagraph(text, 0, (0,) * len(text))
    if direction != "ltr" and _PLAIN_RTL.fullmatch(text):
        # Arabic letters and neutrals only: a right-to-left paragraph is level 1
        # throughout; with no letter at all, "auto" makes it left-to-right.
        base = 1 if direction == "rtl" or first_strong_direction(text) == "rtl" else 0
        return BidiParagraph(text, base, (base,) * len(text))
    return resolve_with_python_bidi(text, direction)


def resolve_with_python_bidi(text: str, direction: str) -> BidiParagraph:
    """``analyse_paragraph`` without its shortcuts for one-direction text."""
    dump = get_display(text, base_dir=_BASE_DIR[direction], debug=True)
    levels_at = dump.find(_LEVELS_MARKER)
    paragraphs_at = dump.find(_PARAGRAPHS_MARKER, levels_at)
    if levels_at < 0 or paragraphs_at < 0:
        raise RuntimeError("unexpected python-bidi debug output")
    paragraph_levels = _PARAGRAPH_LEVEL.findall(dump, paragraphs_at)
    if len(paragraph_levels) != 1:
        raise ValueError("text holds a paragraph separator: split paragraphs first")
    # python-bidi gives one level per UTF-8 byte; a character takes its first byte's.
    level_list = dump[levels_at:paragraphs_at].encode("ascii")
    byte_levels = level_list.translate(None, _NOT_LEVEL_DIGIT_OR_CLOSE).split(b")")[:-1]
    encoded = text.encode()
    if len(byte_levels) != len(encoded):
        raise RuntimeError("unexpected python-bidi debug output")
    levels = tuple(map(int, compress(byte_levels, encoded.translate(_FIRST_BYTES))))
    return BidiParagraph(text, int(paragraph_levels[0]), levels)


def line_levels(par: BidiParagraph, start: int, end: int) -> list[int]:
    """The levels of ``par.text[start:end]``, one line, after rule L1.

    Segment and paragraph separators take the paragraph level, and so does any run of
    whitespace and isolate formatting characters (with X9-removed characters among
    them) that precedes such a separator or ends the line.
    """
    _check_line(par, start, end)
    tables = _tables()
    text, base = par.text, par.base_level
    levels = list(par.levels[start:end])
    separators = [match.start() for match in tables.separator.finditer(text, start, end)]
    for stop in (*separators, end):
        first = stop
        while first > start and text[first - 1] in tables.l1_spaces:
            first -= 1
        last = min(stop + 1, end)
        levels[first - start : last - start] = [base] * (last - first)
    return levels


def visual_order(par: BidiParagraph, start: int, end: int) -> list[int]:
    """Indices into ``par.text`` of the line ``start:end`` in visual order, left to right.

    Applies rules L1 and L2. Characters removed by rule X9 (embedding and override
    controls, boundary neutrals) are left out.
    """
    levels = line_levels(par, start, end)
    order = list(range(start, end))
    line = par.text[start:end]
    removed = _tables().x9_removed
    if not removed.isdisjoint(line):
        kept = [ch not in removed for ch in line]
        order = list(compress(order, kept))
        levels = list(compress(levels, kept))
    if not levels or max(levels) == 0:
        return order
    runs_of = bytes(levels)
    for level in range(max(levels), (min(levels) | 1) - 1, -1):
        for run in _run_pattern(level).finditer(runs_of):
            first, last = run.span()
            order[first:last] = order[first:last][::-1]
    return order


def mirror_char(ch: str) -> str:
    """The Bidi_Mirroring_Glyph of ``ch`` (``'('`` for ``')'``), or ``ch`` itself."""
    return _MIRRORS.get(ch, ch)


def is_removed_by_x9(ch: str) -> bool:
    """Whether rule X9 removes ``ch``: embedding/override controls and boundary neutrals."""
    return unicodedata.bidirectional(ch) in _X9_CLASSES


def _check_line(par: BidiParagraph, start: int, end: int) -> None:
    if not 0 <= start <= end <= len(par.text):
        raise IndexError(f"line {start}:{end} outside paragraph of {len(par.text)} characters")


class _Tables(NamedTuple):
    x9_removed: frozenset[str]
    l1_spaces: frozenset[str]
    separator: re.Pattern[str]


@cache
def _tables() -> _Tables:
    wanted = {"S", "B", "WS", "LRI", "RLI", "FSI", "PDI", *_X9_CLASSES}
    by_class: dict[str, set[str]] = {name: set() for name in wanted}
    # Planes 2-13, 15 and 16 hold only ideographs, private use and unassigned code points.
    for ch in map(chr, chain(range(0x20000), range(0xE0000, 0xF0000))):
        bidi_class = unicodedata.bidirectional(ch)
        if bidi_class in wanted:
            by_class[bidi_class].add(ch)
    x9_removed = frozenset().union(*(by_class[name] for name in _X9_CLASSES))
    spaces = x9_removed.union(*(by_class[name] for name in ("WS", "LRI", "RLI", "FSI", "PDI")))
    separators = "".join(map(re.escape, sorted(by_class["S"] | by_class["B"])))
    return _Tables(x9_removed, spaces, re.compile(f"[{separators}]"))


@cache
def _run_pattern(level: int) -> re.Pattern[bytes]:
    """Runs of bytes (levels) at ``level`` or above; levels never exceed 126."""
    return re.compile(b"[" + re.escape(bytes([level])) + b"-\x7f]+")
