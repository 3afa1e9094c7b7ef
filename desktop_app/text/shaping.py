"""Arabic shaping into clusters: one drawable base form plus the marks that sit on it.

arabic-reshaper picks the contextual form of every letter (Unicode presentation forms)
and forms the lam-alef ligatures. It is given the base letters only, with the marks
taken out: marks are transparent to joining (ArabicShaping.txt, joining type T), so
this gives the same forms, and it keeps each mark tied to the letter it was typed on
instead of letting the reshaper move it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Cluster:
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
    groups: list[tuple[int, int, str, list[str]]] = []  # start, end, base, marks
    for index, ch in enumerate(text):
        if is_mark(ch) and groups and groups[-1][1] == index:
            start, _, base, marks = groups[-1]
            marks.append(ch)
            groups[-1] = (start, index + 1, base, marks)
        elif is_mark(ch):
            groups.append((index, index + 1, "", [ch]))
        else:
            groups.append((index, index + 1, ch, []))

    bases = "".join(base for _, _, base, _ in groups if base)
    forms = _RESHAPER.reshape(bases) if _needs_shaping(bases) else bases
    clusters: list[Cluster] = []
    form_index = 0
    group_index = 0
    while group_index < len(groups):
        start, end, base, marks = groups[group_index]
        if not base:
            clusters.append(Cluster(start, end, "", "", tuple(marks)))
            group_index += 1
            continue
        if unicodedata.category(base) == "Cf" and forms[form_index : form_index + 1] != base:
            # The reshaper consumes a zero-width joiner once it has joined around it.
            clusters.append(Cluster(start, end, "", base, tuple(marks)))
            group_index += 1
            continue
        form = forms[form_index]
        form_index += 1
        if form in _LAM_ALEF_LIGATURES:
            next_start, next_end, next_base, next_marks = groups[group_index + 1]
            clusters.append(
                Cluster(
                    start, next_end, form, base + next_base, tuple(marks + next_marks), len(marks)
                )
            )
            group_index += 2
        else:
            clusters.append(Cluster(start, end, form, base, tuple(marks)))
            group_index += 1
    if form_index != len(forms):
        raise AssertionError(f"reshaper returned {len(forms)} forms for {form_index} bases")
    return clusters


def _needs_shaping(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in text)
