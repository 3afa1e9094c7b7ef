"""The one text normaliser of the library: used to index documents and to read queries.

Per character, so that every normalised character can be traced back to the original text
(the search snippets show what the user typed):

- NFKD, then every combining mark (category Mn: French accents, Arabic harakat U+064B–U+0652,
  the superscript alef U+0670, the Quranic marks) and every format character (Cf: bidi
  marks, zero-width joiners) is dropped, with the tatweel U+0640;
- أ إ آ ٱ (and ا) read as ا; ة as ه; ى (and Persian ی) as ي; Persian ک as ك;
- letters are case-folded; decimal digits of any script read as ASCII digits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

__all__ = ["normalise", "normalise_with_origins", "origin_finder"]

_LETTERS = {
    "\u0671": "\u0627",  # ٱ alef wasla
    "\u0623": "\u0627",  # أ (NFKD already splits it; kept for clarity)
    "\u0625": "\u0627",  # إ
    "\u0622": "\u0627",  # آ
    "\u0629": "\u0647",  # ة -> ه
    "\u0649": "\u064a",  # ى -> ي
    "\u06cc": "\u064a",  # ی -> ي
    "\u06a9": "\u0643",  # ک -> ك
    "\u0640": "",  # tatweel
}


def _fold(character: str) -> str:
    parts = []
    for part in unicodedata.normalize("NFKD", _LETTERS.get(character, character)):
        part = _LETTERS.get(part, part)
        if not part or unicodedata.category(part) in ("Mn", "Me", "Cf"):
            continue
        digit = unicodedata.decimal(part, None)
        parts.append(str(digit) if digit is not None else part.casefold())
    return "".join(parts)


class _Table(dict):
    """``str.translate`` table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        folded = _fold(chr(code))
        self[code] = folded
        return folded


_TABLE = _Table()


def normalise(text: str) -> str:
    """The searchable form of ``text`` (see the module docstring)."""
    return text.translate(_TABLE)


class _Lengths(dict):
    """``str.translate`` table: each character to the digit of its normalised length."""

    def __missing__(self, code: int) -> str:
        length = str(min(len(_TABLE[code]), 9))
        self[code] = length
        return length


_LENGTHS = _Lengths()
_NOT_ONE = re.compile("[^1]")


def origin_finder(text: str) -> tuple[int, Callable[[int], int]]:
    """The length of ``normalise(text)``, and a function from an index in it to the index
    in ``text`` it came from.

    Most characters normalise to exactly one character; only the others (dropped marks,
    expansions such as ß) are walked, so the finder costs little even on long texts.
    """
    specials = [(m.start(), int(m.group())) for m in _NOT_ONE.finditer(text.translate(_LENGTHS))]
    length = len(text) + sum(size - 1 for _position, size in specials)

    def origin(index: int) -> int:
        shift = 0  # original index minus normalised index, before the current special
        for position, length in specials:
            start = position - shift  # where its normalised characters begin
            if index < start:
                break
            if length == 0:
                shift += 1
            elif index < start + length:
                return position
            else:
                shift -= length - 1
        return index + shift

    return length, origin


def normalise_with_origins(text: str) -> tuple[str, list[int]]:
    """``normalise(text)`` and, for each of its characters, the index it came from."""
    normalised = normalise(text)
    _length, origin = origin_finder(text)
    return normalised, [origin(index) for index in range(len(normalised))]
