"""Focused cases for desktop_app.text.bidi: the mixes our minutes and bulletins contain."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.text.bidi import (
    BidiParagraph,
    analyse_paragraph,
    first_strong_direction,
    is_removed_by_x9,
    line_levels,
    mirror_char,
    resolve_with_python_bidi,
    visual_order,
)


def display(text: str, direction: str = "auto", start: int = 0, end: int | None = None) -> str:
    """The line text[start:end] as drawn left to right, mirrored by rule L4."""
    par = analyse_paragraph(text, direction)
    end = len(text) if end is None else end
    levels = line_levels(par, start, end)
    return "".join(
        mirror_char(text[i]) if levels[i - start] % 2 else text[i]
        for i in visual_order(par, start, end)
    )


def test_french_phrase_in_brackets_inside_arabic() -> None:
    text = "إعداد (Rapport de synthèse) قبل"
    par = analyse_paragraph(text)
    assert par.base_level == 1
    # N0: the brackets hold L text but follow Arabic, so they take the embedding direction.
    assert par.levels[text.index("(")] == par.levels[text.index(")")] == 1
    assert set(par.levels[text.index("R") : text.index(")")]) == {2}
    assert display(text) == "لبق (Rapport de synthèse) دادعإ"


def test_percentage_after_arabic_words() -> None:
    text = "نمت الصادرات بنسبة 13% حتى نهاية نونبر"
    par = analyse_paragraph(text)
    # W2 makes the digits AN, so W5 leaves the percent sign a neutral between R's.
    assert par.levels[text.index("13") : text.index("%") + 1] == (2, 2, 1)
    assert display(text) == "ربنون ةياهن ىتح %13 ةبسنب تارداصلا تمن"


def test_decimal_comma_stays_one_number() -> None:
    text = "بلغ المعدل 1,14 في المائة"
    par = analyse_paragraph(text)
    number = text.index("1,14")
    assert par.levels[number : number + 4] == (2, 2, 2, 2)
    assert display(text) == "ةئاملا يف 1,14 لدعملا غلب"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "راجع https://www.hcp.ma/rapport-2024 للتفاصيل",
            "ليصافتلل https://www.hcp.ma/rapport-2024 عجار",
        ),
        ("راسلونا على contact@taqrir.ma اليوم", "مويلا contact@taqrir.ma ىلع انولسار"),
    ],
)
def test_url_and_email_inside_arabic_read_left_to_right(text: str, shown: str) -> None:
    assert display(text) == shown


def test_nested_brackets() -> None:
    assert display("انظر (voir [annexe B]) هنا") == "انه (voir [annexe B]) رظنا"
    arabic = "قال (انظر [الملحق 2]) ثم"
    assert display(arabic) == "".join(map(mirror_char, reversed(arabic)))


def test_trailing_space_of_a_cut_line_takes_the_paragraph_level() -> None:
    text = "انظر Rapport annuel du conseil هنا"
    par = analyse_paragraph(text)
    cut = text.index("annuel")
    assert par.levels[cut - 1] == 2
    assert line_levels(par, 0, len(text))[cut - 1] == 2
    assert line_levels(par, 0, cut)[-1] == 1
    assert display(text, end=cut) == " Rapport رظنا"
    assert display(text, start=cut) == "انه annuel du conseil"


def test_trailing_space_in_left_to_right_paragraph() -> None:
    text = "Le rapport تقرير سنوي est prêt"
    par = analyse_paragraph(text)
    cut = text.index("سنوي")
    assert par.base_level == 0
    assert par.levels[cut - 1] == 1
    assert line_levels(par, 0, cut)[-1] == 0
    assert display(text, end=cut) == "Le rapport ريرقت "


def test_segment_separator_and_whitespace_before_it_take_paragraph_level() -> None:
    par = analyse_paragraph("ب \tج", "ltr")
    assert par.levels == (1, 1, 1, 1)
    assert line_levels(par, 0, 4) == [1, 0, 0, 1]


def test_explicit_embeddings_are_left_out_of_visual_order() -> None:
    text = "a\u202bب ج\u202cc"
    par = analyse_paragraph(text)
    assert visual_order(par, 0, len(text)) == [0, 4, 3, 2, 6]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("محضر اجتماع المجلس", "rtl"),
        ("Procès-verbal de la réunion", "ltr"),
        ("« تقرير »", "rtl"),
        ("2024 - 13,5 %", None),
        ("", None),
        ("\u2067تقرير\u2069 rapport", "ltr"),
        ("\u2066Rapport\u2069 تقرير", "rtl"),
        ("\u2068Rapport", None),
        ("\u2066\u2067تقرير\u2069\u2069 rapport", "ltr"),
    ],
)
def test_first_strong_direction(text: str, direction: str | None) -> None:
    assert first_strong_direction(text) == direction


@pytest.mark.parametrize(
    ("text", "direction", "base_level"),
    [
        ("2024", "auto", 0),
        ("2024", "rtl", 1),
        ("تقرير", "ltr", 0),
        ("\u2066Rapport\u2069 تقرير", "auto", 1),
        ("", "rtl", 1),
    ],
)
def test_paragraph_direction(text: str, direction: str, base_level: int) -> None:
    assert analyse_paragraph(text, direction).base_level == base_level


def test_levels_count_characters_not_bytes() -> None:
    par = analyse_paragraph("\U0001d400 تقرير")
    assert par == BidiParagraph("\U0001d400 تقرير", 0, (0, 0, 1, 1, 1, 1, 1))


def test_paragraph_must_not_hold_a_separator() -> None:
    assert analyse_paragraph("fin\n").levels == (0, 0, 0, 0)
    with pytest.raises(ValueError, match="paragraph separator"):
        analyse_paragraph("un\nدو")
    with pytest.raises(ValueError, match="direction"):
        analyse_paragraph("texte", "rtl ")


def test_line_bounds_are_checked() -> None:
    par = analyse_paragraph("abc")
    with pytest.raises(IndexError):
        line_levels(par, 2, 4)
    assert visual_order(par, 2, 2) == []


def test_mirror_char() -> None:
    assert [mirror_char(ch) for ch in "()[]«»<≤a"] == list(")(][»«>≥a")
    # Missing from python-bidi's own table:
    assert mirror_char("\u2220") == "\u29a3"


def test_is_removed_by_x9() -> None:
    assert is_removed_by_x9("\u202b")
    assert is_removed_by_x9("\u200c")
    assert not is_removed_by_x9("\u2067")
    assert not is_removed_by_x9("a")


@given(
    st.text(st.sampled_from("aZ بج 1٢,.%()[]\t\u200c\u202b\u202c\u202e\u2066\u2067\u2069")),
    st.sampled_from(["ltr", "rtl", "auto"]),
    st.data(),
)
def test_visual_order_permutes_the_kept_characters(text: str, direction: str, data) -> None:
    par = analyse_paragraph(text, direction)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    kept = [i for i in range(start, end) if not is_removed_by_x9(text[i])]
    assert sorted(visual_order(par, start, end)) == kept
    assert len(line_levels(par, start, end)) == end - start


PLAIN_ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةىَُِّْ ،؛؟.,:!()[]«»-"
LATIN = "abcXYZé .,:;!?()[]«»-'\""


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=PLAIN_ARABIC + LATIN + "0123456789%+#٠١٢", min_size=1, max_size=40),
    direction=st.sampled_from(["ltr", "rtl", "auto"]),
)
def test_shortcuts_agree_with_python_bidi(text: str, direction: str) -> None:
    assert analyse_paragraph(text, direction) == resolve_with_python_bidi(text, direction)


# Every bidi class the one-sequence resolution handles: letters, both kinds of digits,
# separators and terminators, marks on letters and on nothing, tabs, brackets.
ONE_SEQUENCE = (
    "بسمل abé 019 ٠١٢ \u06f1\u06f2 ,.:/+-%$#°€\u060c\u066b\u066a"
    "\u064e\u0651\u0301\t\u00a0()[]{}«»!?"
)


@settings(max_examples=500, deadline=None)
@given(
    text=st.text(alphabet=ONE_SEQUENCE, min_size=1, max_size=80),
    direction=st.sampled_from(["ltr", "rtl", "auto"]),
)
def test_one_sequence_resolution_agrees_with_python_bidi(text: str, direction: str) -> None:
    assert analyse_paragraph(text, direction) == resolve_with_python_bidi(text, direction)


def test_one_sequence_resolution_agrees_on_deep_and_unmatched_brackets() -> None:
    rng = random.Random(7)
    for _ in range(300):
        inner = "".join(rng.choice("ب a1٣ ()[]{}\u064e,%") for _ in range(rng.randrange(1, 60)))
        depth = rng.choice([0, 5, 62, 63, 64, 70])
        text = "(" * depth + inner + ")" * rng.randrange(depth + 1)
        for direction in ("ltr", "rtl", "auto"):
            expected = resolve_with_python_bidi(text, direction)
            assert analyse_paragraph(text, direction) == expected, (text, direction)
