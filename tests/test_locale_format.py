"""Numbers and dates in the document's locale: exact strings from CLDR (Babel)."""

from __future__ import annotations

import datetime
import subprocess
import sys

import pytest

from desktop_app.text.locale_format import (
    NumberStyle,
    describe_hijri,
    format_change,
    format_date,
    format_decimal,
    format_percent,
    format_time,
    format_weekday_date,
    locale_for,
    parse_iso_date,
)

NNBSP = "\u202f"  # NARROW NO-BREAK SPACE
NBSP = "\u00a0"  # NO-BREAK SPACE
WORDS = NumberStyle(percent="words")

MOROCCAN_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
]
FRENCH_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def test_locales():
    assert [str(locale_for(language)) for language in ("ar", "fr", "en")] == [
        "ar_MA",
        "fr_MA",
        "en",
    ]
    assert locale_for("ar").default_numbering_system == "latn"
    assert locale_for("ar") is locale_for("ar")


def test_unknown_language():
    with pytest.raises(ValueError, match=r"^language must be 'ar', 'fr' or 'en', not 'de'$"):
        locale_for("de")


@pytest.mark.parametrize(
    ("value", "language", "digits", "expected"),
    [
        (1.14, "ar", None, "1,14"),
        (1.14, "fr", None, "1,14"),
        (1.14, "en", None, "1.14"),
        # ar_MA groups with a full stop and fr_MA with U+202F, from 1 000 on.
        (1140.5, "ar", None, "1.140,5"),
        (1140.5, "fr", None, f"1{NNBSP}140,5"),
        (1140.5, "en", None, "1,140.5"),
        (999, "fr", None, "999"),
        (1234567.891, "ar", None, "1.234.567,891"),
        (1234567.891, "fr", None, f"1{NNBSP}234{NNBSP}567,891"),
        (-2.1, "ar", None, "-2,1"),
        (-1140, "fr", None, f"-1{NNBSP}140"),
        # CLDR's decimal pattern #,##0.### keeps up to three digits.
        (1.23456, "fr", None, "1,235"),
        (1.5, "ar", 2, "1,50"),
        (1140, "ar", 1, "1.140,0"),
        # Half away from zero, on the decimal the user typed rather than the float.
        (1.145, "fr", 2, "1,15"),
        (2.5, "fr", 0, "3"),
        (-2.5, "fr", 0, "-3"),
        (-0.0004, "fr", None, "0"),
    ],
)
def test_format_decimal(value, language, digits, expected):
    assert format_decimal(value, language, digits) == expected


def test_format_decimal_rejects_bad_input():
    with pytest.raises(ValueError, match="digits must be 0 or more, not -1"):
        format_decimal(1.0, "fr", -1)
    with pytest.raises(ValueError, match="not a finite number: nan"):
        format_decimal(float("nan"), "fr")
    with pytest.raises(ValueError, match="not a finite number: inf"):
        format_percent(float("inf"), "ar")


@pytest.mark.parametrize(
    ("value", "language", "style", "digits", "expected"),
    [
        # CLDR's percent patterns: ar_MA «#,##0%» without a space; fr_MA «#,##0 %» with
        # U+00A0, not the U+202F fr_MA groups digits with.
        (13, "ar", NumberStyle(), None, "13%"),
        (13, "fr", NumberStyle(), None, f"13{NBSP}%"),
        (13, "en", NumberStyle(), None, "13%"),
        (13.3, "ar", NumberStyle(), None, "13,3%"),
        (13.3, "fr", NumberStyle(), None, f"13,3{NBSP}%"),
        (13, "ar", NumberStyle(), 1, "13,0%"),
        (1140.5, "fr", NumberStyle(), None, f"1{NNBSP}140,5{NBSP}%"),
        (-2.1, "ar", NumberStyle(), None, "-2,1%"),
        (13, "ar", WORDS, None, "13 في المائة"),
        (13.3, "ar", WORDS, None, "13,3 في المائة"),
        (13, "fr", WORDS, None, "13 pour cent"),
        (13.3, "fr", WORDS, 2, "13,30 pour cent"),
        (13, "en", WORDS, None, "13 percent"),
    ],
)
def test_format_percent(value, language, style, digits, expected):
    assert format_percent(value, language, style, digits) == expected


def test_number_style_rejects_unknown_percent_style():
    with pytest.raises(ValueError, match="percent style must be 'symbol' or 'words', not 'sign'"):
        NumberStyle(percent="sign")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "unit", "language", "style", "expected"),
    [
        (13.3, "%", "ar", NumberStyle(), "+13,3%"),
        (13.3, "%", "fr", NumberStyle(), f"+13,3{NBSP}%"),
        (-5, "%", "ar", NumberStyle(), "-5%"),
        (-5, "%", "ar", WORDS, "-5 في المائة"),
        (-5, "%", "fr", WORDS, "-5 pour cent"),
        (-2.1, "pt", "ar", NumberStyle(), "-2,1 نقطة"),
        (3, "pt", "ar", NumberStyle(), "+3 نقاط"),
        (11, "pt", "ar", NumberStyle(), "+11 نقطة"),
        # French plural «one» covers 0 <= n < 2.
        (1.5, "pt", "fr", NumberStyle(), "+1,5 point"),
        (-2.1, "pt", "fr", NumberStyle(), "-2,1 points"),
        (1, "pt", "en", NumberStyle(), "+1 point"),
        (1.5, "pt", "en", NumberStyle(), "+1.5 points"),
        (0, "%", "fr", NumberStyle(), f"0{NBSP}%"),
        (-0.0004, "pt", "fr", NumberStyle(), "0 point"),
    ],
)
def test_format_change(value, unit, language, style, expected):
    assert format_change(value, unit, language, style) == expected


def test_format_change_plural_counts_the_digits_shown():
    assert format_change(1, "pt", "en", digits=1) == "+1.0 points"


def test_format_change_minus_is_the_one_users_type():
    assert format_change(-5, "%", "fr").startswith("-5")
    assert "\u2212" not in format_change(-5, "pt", "ar")


def test_format_change_rejects_unknown_unit():
    with pytest.raises(ValueError, match=r"unit must be '%' or 'pt', not 'points'"):
        format_change(1.0, "points", "fr")


def test_arabic_months_are_the_moroccan_ones():
    dates = [format_date(datetime.date(2025, month, 1), "ar") for month in range(1, 13)]
    assert dates == [f"1 {month} 2025" for month in MOROCCAN_MONTHS]


def test_french_months():
    dates = [format_date(datetime.date(2025, month, 1), "fr") for month in range(1, 13)]
    assert dates == [f"1 {month} 2025" for month in FRENCH_MONTHS]


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ar", "18 دجنبر 2025"), ("fr", "18 décembre 2025"), ("en", "December 18, 2025")],
)
def test_format_date(language, expected):
    assert format_date(datetime.date(2025, 12, 18), language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        # CLDR's full pattern for ar_MA puts an Arabic comma (U+060C) after the weekday.
        ("ar", "الخميس، 18 دجنبر 2025"),
        ("fr", "jeudi 18 décembre 2025"),
        ("en", "Thursday, December 18, 2025"),
    ],
)
def test_format_weekday_date(language, expected):
    assert format_weekday_date(datetime.date(2025, 12, 18), language) == expected


def test_arabic_weekdays():
    # 2025-12-14 is a Sunday.
    days = [format_weekday_date(datetime.date(2025, 12, 14 + n), "ar") for n in range(7)]
    assert [day.split("،")[0] for day in days] == [
        "الأحد",
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
    ]


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        # CLDR's short times: HH:mm for ar_MA and fr_MA (fr_CA would give «10 h 00»),
        # h:mm a with U+202F for en.
        (datetime.time(10, 0), "ar", "10:00"),
        (datetime.time(10, 0), "fr", "10:00"),
        (datetime.time(9, 5), "fr", "09:05"),
        (datetime.time(15, 30), "ar", "15:30"),
        (datetime.time(15, 30), "en", f"3:30{NNBSP}PM"),
    ],
)
def test_format_time(value, language, expected):
    assert format_time(value, language) == expected


def test_parse_iso_date():
    assert parse_iso_date("2025-12-18", "meeting date") == datetime.date(2025, 12, 18)
    assert parse_iso_date("2024-02-29", "meeting date") == datetime.date(2024, 2, 29)


@pytest.mark.parametrize(
    "text",
    [
        "2025-13-01",
        "2025-02-29",
        "2025-12-32",
        "18/12/2025",
        "20251218",
        "2025-W51-4",
        "2025-12-18T10:00",
        " 2025-12-18",
        "٢٠٢٥-١٢-١٨",
        "",
    ],
)
def test_parse_iso_date_rejects(text):
    with pytest.raises(ValueError) as caught:
        parse_iso_date(text, "meeting date")
    assert str(caught.value) == f"meeting date: {text!r} is not a date (YYYY-MM-DD)"


def test_parse_iso_date_message():
    with pytest.raises(ValueError) as caught:
        parse_iso_date("2025-13-01", "date")
    assert str(caught.value) == "date: '2025-13-01' is not a date (YYYY-MM-DD)"
    with pytest.raises(ValueError) as caught:
        parse_iso_date("2025-12-18\nx", "date")
    assert "\n" not in str(caught.value)


def test_describe_hijri_normalises_whitespace():
    assert describe_hijri("  27 \t جمادى الآخرة   1447 هـ\n") == "27 جمادى الآخرة 1447 هـ"
    assert describe_hijri("27 جمادى الآخرة 1447 هـ") == "27 جمادى الآخرة 1447 هـ"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Hijri date: empty"),
        (" \t ", "Hijri date: empty"),
        ("27 جمادى\n1447", "has a line break; write it on one line"),
        ("27 جمادى\u20281447", "has a line break"),
        ("27\x00 رجب", "holds the control character U+0000"),
    ],
)
def test_describe_hijri_rejects(text, message):
    with pytest.raises(ValueError) as caught:
        describe_hijri(text)
    assert message in str(caught.value)


def test_importing_the_module_leaves_babel_unloaded():
    code = "import sys, desktop_app.text.locale_format; print('babel' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
