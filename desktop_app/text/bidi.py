"""The Unicode Bidirectional Algorithm (UAX #9) for our own paragraph layout.

The typesetter breaks a paragraph into lines in logical order and then reorders each
line on its own, so this module offers two steps:

* ``analyse_paragraph`` resolves the embedding level of every character of one
  paragraph (rules P2-P3, X1-X10, W1-W7, N0-N2, I1-I2), using python-bidi's Rust
  implementation; a paragraph without explicit embeddings or isolates, in the scripts
  we set, is resolved here instead (``_resolve_one_sequence``), to the same levels
  without the cost of python-bidi's debug output, the only way it gives levels;
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
    "has_x9_removed",
    "is_removed_by_x9",
    "line_levels",
    "mirror_char",
    "reorder",
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
    classes = text.translate(_CLASS_CODES)
    if "X" not in classes:
        return _resolve_one_sequence(text, classes, direction)
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


class _ClassCodes(dict):
    """str.translate table: a character to a one-letter code of its bidi class.

    ``X`` marks what ``_resolve_one_sequence`` leaves to python-bidi: explicit
    embeddings, overrides and isolates, characters rule X9 removes, paragraph
    separators, paired brackets other than ASCII ones, and characters outside the
    blocks below, whose class could differ between Python's Unicode data and python-bidi's.
    """

    _CODES = {
        "L": "L",
        "R": "R",
        "AL": "A",
        "EN": "E",
        "ES": "P",
        "ET": "T",
        "AN": "N",
        "CS": "C",
        "NSM": "M",
        "S": "S",
        "WS": "W",
        "ON": "O",
    }
    _BLOCKS = (
        (0x0000, 0x024F),  # Latin
        (0x0300, 0x036F),  # combining diacritical marks
        (0x0600, 0x06FF),  # Arabic
        (0x0750, 0x077F),  # Arabic Supplement
        (0x2000, 0x206F),  # General Punctuation
        (0x20A0, 0x20BF),  # currency symbols
        (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
        (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
    )

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        letter = "X"
        if any(first <= code <= last for first, last in self._BLOCKS):
            letter = self._CODES.get(unicodedata.bidirectional(ch), "X")
            if (
                letter == "O"
                and ch not in "()[]{}"
                and unicodedata.category(ch) in ("Ps", "Pe")
                and unicodedata.mirrored(ch)
            ):
                letter = "X"
        self[code] = letter
        return letter


_CLASS_CODES = _ClassCodes()
_BRACKETS = re.compile(r"[()\[\]{}]")
_OPENING = {"(": ")", "[": "]", "{": "}"}
_MAX_BRACKET_DEPTH = 63  # BD16
_NSM_RUNS = re.compile("(?<=(.))M+")
_AFTER_ARABIC_LETTER = re.compile("A[^LR]*")
_AFTER_LATIN_LETTER = re.compile("L[^R]*")
_SINGLE_SEPARATOR_IN_EN = re.compile("(?<=E)[PC](?=E)")
_SINGLE_SEPARATOR_IN_AN = re.compile("(?<=N)C(?=N)")
_TERMINATORS_BY_EN = re.compile("T+(?=E)|(?<=E)T+")
# N1 against the embedding direction: neutrals with the other direction on both sides
# (EN and AN count as R). sos and eos are the embedding direction, so they never are.
_NEUTRALS_BETWEEN = {
    "R": re.compile("(?<=L)[SWO]+(?=L)"),
    "L": re.compile("(?<=[REN])[SWO]+(?=[REN])"),
}
_NEUTRALS_TO = {"R": str.maketrans("SWO", "RRR"), "L": str.maketrans("SWO", "LLL")}
_STRONG = {"L": "L", "R": "R", "E": "R", "N": "R"}  # EN and AN count as R in N0 and N1
_OTHER_SEPARATORS = str.maketrans("PTC", "OOO")
_LEVEL_OF_CLASS = (
    str.maketrans("LREN", "\x00\x01\x02\x02"),  # even paragraph level (rule I1)
    str.maketrans("LREN", "\x02\x01\x02\x02"),  # odd paragraph level (rule I2)
)


def _resolve_one_sequence(text: str, classes: str, direction: str) -> BidiParagraph:
    """Rules W1-W7, N0-N2 and I1-I2 for a paragraph that is one isolating run sequence
    at the paragraph level (no explicit embeddings or isolates), with ``classes`` from
    ``_CLASS_CODES``: the levels python-bidi gives, without its debug output to parse."""
    if direction == "auto":
        base = 1 if first_strong_direction(text) == "rtl" else 0
    else:
        base = 1 if direction == "rtl" else 0
    embedding = "R" if base else "L"  # also sos and eos
    original = classes
    if "M" in classes:  # W1
        classes = _NSM_RUNS.sub(lambda run: run.group(1) * len(run.group()), classes)
        if classes[0] == "M":
            rest = classes.lstrip("M")
            classes = embedding * (len(classes) - len(rest)) + rest
    if "E" in classes and "A" in classes:  # W2
        classes = _AFTER_ARABIC_LETTER.sub(lambda m: m.group().replace("E", "N"), classes)
    classes = classes.replace("A", "R")  # W3
    if "P" in classes or "C" in classes:  # W4
        classes = _SINGLE_SEPARATOR_IN_EN.sub("E", classes)
        classes = _SINGLE_SEPARATOR_IN_AN.sub("N", classes)
    if "T" in classes and "E" in classes:  # W5
        classes = _TERMINATORS_BY_EN.sub(lambda m: "E" * len(m.group()), classes)
    classes = classes.translate(_OTHER_SEPARATORS)  # W6
    if "E" in classes:  # W7, with sos before the text
        classes = _AFTER_LATIN_LETTER.sub(
            lambda m: m.group().replace("E", "L"), embedding + classes
        )[1:]
    if "O" in classes:
        classes = _paired_brackets(text, classes, original, embedding)  # N0
    if "O" in classes or "S" in classes or "W" in classes:
        # N1 gives neutrals between two of the other direction that direction; N1 between
        # two of the embedding direction and N2 everywhere else give the embedding one.
        other = "L" if embedding == "R" else "R"
        classes = (
            _NEUTRALS_BETWEEN[embedding]
            .sub(lambda run: other * len(run.group()), classes)
            .translate(_NEUTRALS_TO[embedding])
        )
    levels = tuple(classes.translate(_LEVEL_OF_CLASS[base]).encode("latin-1"))
    return BidiParagraph(text, base, levels)


def _paired_brackets(text: str, classes: str, original: str, embedding: str) -> str:
    """Rule N0 on ASCII brackets (BD16 pairs them)."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for match in _BRACKETS.finditer(text):
        position = match.start()
        if classes[position] != "O":
            continue
        ch = match.group()
        closing = _OPENING.get(ch)
        if closing is not None:
            if len(stack) == _MAX_BRACKET_DEPTH:
                break
            stack.append((closing, position))
            continue
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == ch:
                pairs.append((stack[depth][1], position))
                del stack[depth:]
                break
    if not pairs:
        return classes
    pairs.sort()
    opposite = "L" if embedding == "R" else "R"
    chars = list(classes)
    for opening, closing in pairs:
        inside = {_STRONG.get(c) for c in chars[opening + 1 : closing]}
        if embedding in inside:
            resolved = embedding
        elif opposite in inside:
            resolved = embedding
            for c in reversed(chars[:opening]):
                strong = _STRONG.get(c)
                if strong is not None:
                    resolved = strong
                    break
            else:
                resolved = embedding  # sos
            if resolved != opposite:
                resolved = embedding
        else:
            continue
        for position in (opening, closing):
            chars[position] = resolved
            following = position + 1
            while following < len(chars) and original[following] == "M":
                chars[following] = resolved
                following += 1
    return "".join(chars)


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


def has_x9_removed(par: BidiParagraph, start: int, end: int) -> bool:
    """Whether the line ``par.text[start:end]`` holds characters rule X9 removes."""
    return not _tables().x9_removed.isdisjoint(par.text[start:end])


def reorder(items: list, levels: bytes) -> list:
    """``items`` in visual order by rule L2, one level each in ``levels`` (after L1)."""
    highest = max(levels, default=0)
    if highest == 0:
        return items
    for level in range(highest, (min(levels) | 1) - 1, -1):
        for run in _run_pattern(level).finditer(levels):
            first, last = run.span()
            items[first:last] = items[first:last][::-1]
    return items


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
