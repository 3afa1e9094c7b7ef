"""Numbers and dates written as the document's language writes them, from CLDR via Babel.

Document languages map to CLDR locales: ``ar`` -> ar_MA, ``fr`` -> fr_MA, ``en`` -> en.
Digits are always Western (CLDR's default numbering system for ar_MA is latn anyway).
Numbers are rounded half away from zero; ``digits=None`` keeps up to the three fraction
digits of CLDR's decimal pattern and drops trailing zeros.

Babel is imported on first use: importing it and loading two locales costs about 30 ms,
which the command line's start-up should not pay when it formats nothing.
"""

from __future__ import annotations

import copy
import datetime
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from babel import Locale
    from babel.numbers import NumberPattern

__all__ = [
    "NumberStyle",
    "describe_hijri",
    "format_change",
    "format_date",
    "format_decimal",
    "format_percent",
    "format_time",
    "format_weekday_date",
    "is_figure",
    "locale_for",
    "parse_iso_date",
    "plural_category",
]

_LOCALES = {"ar": "ar_MA", "fr": "fr_MA", "en": "en"}
# CLDR's Arabic long name for a percentage is "بالمائة", given for the plural categories
# one and other only (zero, two, few and many fall back to the sign ٪); Moroccan
# institutions write "في المائة".
_ARABIC_PERCENT_WORDS = "في المائة"
# CLDR has no unit for percentage points. Keys are CLDR plural categories; a category
# missing from a table takes "other".
_POINT_WORDS = {
    "ar": {"few": "نقاط", "other": "نقطة"},
    "fr": {"one": "point", "other": "points"},
    "en": {"one": "point", "other": "points"},
}
_FIGURE = re.compile(r"[+\-\u2212]?[0-9][0-9 \u00a0\u202f.,]*(\s?%)?")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_LINE_BREAK = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class NumberStyle:
    """How a document writes its numbers.

    ``percent="symbol"`` gives «13%» (ar) and «13 %» (fr); ``"words"`` gives
    «13 في المائة» and «13 pour cent».
    """

    percent: Literal["symbol", "words"] = "symbol"

    def __post_init__(self) -> None:
        if self.percent not in ("symbol", "words"):
            raise ValueError(f"percent style must be 'symbol' or 'words', not {self.percent!r}")


@cache
def locale_for(language: str) -> Locale:
    """The CLDR locale of a document language: ar -> ar_MA, fr -> fr_MA, en -> en."""
    try:
        name = _LOCALES[language]
    except KeyError:
        raise ValueError(f"language must be 'ar', 'fr' or 'en', not {language!r}") from None
    from babel import Locale

    return Locale.parse(name)


def format_decimal(value: float | int, language: str, digits: int | None = None) -> str:
    """``1140.5`` -> «1.140,5» (ar), «1 140,5» with U+202F (fr), «1,140.5» (en)."""
    fraction = _fraction_digits(language, digits)
    return _apply(_round(value, fraction), language, "decimal", fraction)


def format_percent(
    value: float,
    language: str,
    style: NumberStyle = NumberStyle(),
    digits: int | None = None,
) -> str:
    """``13.3`` (a percentage, not a ratio) -> «13,3%» (ar), «13,3 %» with U+00A0 (fr)."""
    fraction = _fraction_digits(language, digits)
    return _percent(_round(value, fraction), language, style, fraction)


def format_change(
    value: float,
    unit: str,
    language: str,
    style: NumberStyle = NumberStyle(),
    digits: int | None = None,
) -> str:
    """A signed change in ``unit`` "%" or "pt": «+13,3%», «-2,1 نقطة», «+1,5 point».

    The signs are ASCII "+" and "-" (U+002D, the minus sign of CLDR's fr_MA and en, and
    of ar_MA after its left-to-right mark), never U+2212: a reader searching the PDF
    for "-5" or pasting the figure into a spreadsheet finds a number. A change that
    rounds to zero has no sign.
    """
    if unit not in ("%", "pt"):
        raise ValueError(f"unit must be '%' or 'pt', not {unit!r}")
    fraction = _fraction_digits(language, digits)
    rounded = _round(value, fraction)
    magnitude = rounded.copy_abs()
    if unit == "%":
        text = _percent(magnitude, language, style, fraction)
    else:
        words = _POINT_WORDS[language]
        category = plural_category(magnitude, language)
        number = _apply(magnitude, language, "decimal", fraction)
        text = f"{number} {words.get(category, words['other'])}"
    if magnitude.is_zero():
        return text
    return ("-" if rounded.is_signed() else "+") + text


def is_figure(text: str) -> bool:
    """Whether ``text`` is a figure alone: «1 140,5», «-2,1», «13 %», «+27%»."""
    return _FIGURE.fullmatch(text.strip()) is not None


def plural_category(count: int, language: str) -> str:
    """CLDR's plural category of ``count``: ar has zero, one, two, few, many and other."""
    return locale_for(language).plural_form(abs(count))


def format_date(value: datetime.date, language: str) -> str:
    """CLDR's long date: «18 دجنبر 2025», «18 décembre 2025», «December 18, 2025»."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, "long", locale=locale_for(language))


def format_weekday_date(value: datetime.date, language: str) -> str:
    """CLDR's full date: «الخميس، 18 دجنبر 2025», «jeudi 18 décembre 2025»."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, "full", locale=locale_for(language))


def format_time(value: datetime.time, language: str) -> str:
    """CLDR's short time: «10:00» in ar_MA and fr_MA, «10:00 AM» (U+202F) in en."""
    from babel.dates import format_time as babel_format_time

    return babel_format_time(value, "short", locale=locale_for(language))


def parse_iso_date(text: str, field: str) -> datetime.date:
    """The date written ``YYYY-MM-DD`` in ``text``; ValueError naming ``field`` otherwise."""
    if _ISO_DATE.fullmatch(text):
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
    raise ValueError(f"{field}: {text!r} is not a date (YYYY-MM-DD)")


def describe_hijri(text: str) -> str:
    """The user's Hijri date with runs of whitespace made one space, on one line.

    Hijri dates are never computed: the document carries the text its author typed.
    """
    stripped = text.strip()
    if not stripped:
        raise ValueError("Hijri date: empty")
    if _LINE_BREAK.search(stripped):
        raise ValueError(f"Hijri date: {text!r} has a line break; write it on one line")
    normalised = " ".join(stripped.split())
    control = _CONTROL.search(normalised)
    if control:
        raise ValueError(
            f"Hijri date: {text!r} holds the control character U+{ord(control[0]):04X}"
        )
    return normalised


def _fraction_digits(language: str, digits: int | None) -> tuple[int, int]:
    if digits is None:
        return locale_for(language).decimal_formats[None].frac_prec
    if digits < 0:
        raise ValueError(f"digits must be 0 or more, not {digits}")
    return (digits, digits)


def _round(value: float | int | Decimal, fraction: tuple[int, int]) -> Decimal:
    """``value`` rounded to at most ``fraction[1]`` digits, holding the digits shown.

    CLDR plural rules count the visible fraction digits («1 point» but «1.0 points»),
    so the result carries exactly those.
    """
    number = Decimal(str(value))
    if not number.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    rounded = number.quantize(Decimal(1).scaleb(-fraction[1]), rounding=ROUND_HALF_UP)
    if rounded.is_zero():
        rounded = rounded.copy_abs()
    shown = max(fraction[0], -rounded.normalize().as_tuple().exponent)
    return rounded.quantize(Decimal(1).scaleb(-shown))


def _percent(rounded: Decimal, language: str, style: NumberStyle, fraction: tuple[int, int]) -> str:
    if style.percent == "symbol":
        return _apply(rounded.scaleb(-2), language, "percent", fraction)
    if language == "ar":
        return f"{_apply(rounded, language, 'decimal', fraction)} {_ARABIC_PERCENT_WORDS}"
    from babel.units import format_unit

    pattern = _pattern(language, "decimal", fraction)
    return format_unit(rounded, "concentr-percent", "long", pattern, locale_for(language))


def _apply(value: Decimal, language: str, kind: str, fraction: tuple[int, int]) -> str:
    pattern = _pattern(language, kind, fraction)
    return pattern.apply(value, locale_for(language), numbering_system="latn")


@cache
def _pattern(language: str, kind: str, fraction: tuple[int, int]) -> NumberPattern:
    """CLDR's decimal or percent pattern of ``language`` with ``fraction`` digits."""
    locale = locale_for(language)
    formats = locale.decimal_formats if kind == "decimal" else locale.percent_formats
    pattern = copy.copy(formats[None])
    pattern.frac_prec = fraction
    return pattern
