"""Arabic shaping into clusters: one drawable base form plus the marks that sit on it.

arabic-reshaper picks the contextual form of every letter (Unicode presentation forms)
and forms the lam-alef ligatures. It is given the base letters only, with the marks
taken out: marks are transparent to joining (ArabicShaping.txt, joining type T), so
this gives the same forms, and it keeps each mark tied to the letter it was typed on
instead of letting the reshaper move it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import NamedTuple

from arabic_reshaper import ArabicReshaper

__all__ = ["Cluster", "is_mark", "shape_clusters"]

_LAM_ALEF_LIGATURES = frozenset(chr(c) for c in range(0xFEF5, 0xFEFD))

# Only the lam-alef ligatures, which Arabic requires; discretionary ligatures such as
# U+FDF2 change the text's look and are not what the user typed.
_RESHAPER = ArabicReshaper(
    configuration={
        "delete_harakat": False,
        "delete_tatweel": False,
        "support_ligatures": True,
        "ARABIC LIGATURE ALLAH": False,
    }
)


def is_mark(ch: str) -> bool:
    """Combining marks (harakat, Latin accents) draw on the preceding base."""
    return unicodedata.category(ch) in ("Mn", "Me")


class Cluster(NamedTuple):
    """Characters ``text[start:end]`` drawn as one base glyph plus marks.

    ``form`` is the character whose glyph is drawn for the base (a presentation form
    for Arabic letters, the character itself otherwise; empty when marks have no
    base). ``base_text`` is what the base stands for in the typed text (two letters
    for a lam-alef ligature). ``marks`` are the typed marks, in logical order; in a
    ligature the first ``lead_marks`` of them sit on its first letter.
    """

    start: int
    end: int
    form: str
    base_text: str
    marks: tuple[str, ...]
    lead_marks: int = 0


def shape_clusters(text: str) -> list[Cluster]:
    """Split ``text`` into clusters and give each Arabic letter its contextual form."""
    # (start, end, characters, True when the characters are marks with no base); the
    # pattern's matches cover the text one after the other, so offsets add up.
    groups = []
    end = 0
    for based, marks_only in _cluster_pattern().findall(text):
        start = end
        chars = based or marks_only
        end += len(chars)
        groups.append((start, end, chars, not based))
    bases = "".join(group[2][0] for group in groups if not group[3])
    forms = "".join(map(_reshape_word, _WORDS.findall(bases)))
    clusters: list[Cluster] = []
    form_index = 0
    group_index = 0
    count = len(groups)
    while group_index < count:
        start, end, chars, marks_only = groups[group_index]
        base = chars[0]
        if marks_only:
            clusters.append(Cluster(start, end, "", "", tuple(chars)))
            group_index += 1
            continue
        marks = tuple(chars[1:])
        if forms[form_index : form_index + 1] != base and unicodedata.category(base) == "Cf":
            # The reshaper consumes a zero-width joiner once it has joined around it.
            clusters.append(Cluster(start, end, "", base, marks))
            group_index += 1
            continue
        form = forms[form_index]
        form_index += 1
        if form in _LAM_ALEF_LIGATURES:
            _next_start, next_end, next_chars, _ = groups[group_index + 1]
            clusters.append(
                Cluster(
                    start,
                    next_end,
                    form,
                    base + next_chars[0],
                    marks + tuple(next_chars[1:]),
                    len(marks),
                )
            )
            group_index += 2
        else:
            clusters.append(Cluster(start, end, form, base, marks))
            group_index += 1
    if form_index != len(forms):
        raise AssertionError(f"reshaper returned {len(forms)} forms for {form_index} bases")
    return clusters


_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")
# Letters join only within a run of letters: spaces split the text into independent
# pieces, each reshaped once however often it occurs.
_WORDS = re.compile(r"\s+|\S+")


@lru_cache(maxsize=1 << 16)
def _reshape_word(word: str) -> str:
    return _RESHAPER.reshape(word) if _ARABIC.search(word) else word


@cache
def _cluster_pattern() -> re.Pattern[str]:
    """A base character with the marks after it, or marks with no base."""
    marks = "".join(
        f"{re.escape(chr(first))}-{re.escape(chr(last))}" for first, last in _mark_ranges()
    )
    return re.compile(f"([^{marks}][{marks}]*)|([{marks}]+)", re.DOTALL)


def _mark_ranges() -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for code in range(0x0300, 0x10000):  # marks beyond the BMP are not in our scripts
        if unicodedata.category(chr(code)) in ("Mn", "Me"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return ranges
