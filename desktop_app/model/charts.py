"""Charts and indicators of sector bulletins: dataclasses, JSON readers and validation.

No ReportLab here; :mod:`desktop_app.pdf.charts` and :mod:`desktop_app.pdf.indicators` draw
them. Every problem raises a one-line :class:`DocumentError` naming the bad field, e.g.
``blocks[4].series[1].values[3]: missing value; a pie chart needs a value for every category``.

What each kind of chart accepts:

* ``bar``: one to five series; a value may be ``null`` (no bar) or negative (the bar grows
  down from the zero line, which the value axis always shows).
* ``line``: one to five series; ``null`` leaves a gap in the line; negatives are allowed.
* ``pie`` and ``donut``: exactly one series of shares of a whole: every value present, none
  negative, not all zero, and at most twelve categories.

A chart block reads ``{"type": "chart", "kind": "bar", "title": ..., "categories": [...],
"series": [{"name": ..., "values": [...]}], "unit": ..., "source": ..., "language": ...}``;
an indicator ``{"type": "indicator", "label": ..., "value": ..., "unit": ..., "change": ...,
"change_unit": "%" | "pt", "comparison": ..., "trend": "up" | "down" | "flat" | null,
"source": ...}``. ``type`` is optional when these readers are called directly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from .document import LANGUAGES, Language
from .errors import DocumentError
from .serialize import (
    _LINE_BREAKS,
    Reader,
    _describe,
    _index_path,
    _key_path,
    _list,
    _nullable,
    _number_to_data,
    _object,
    _one_of,
    _read_fields,
    _reject_unknown_fields,
    _show,
    _string,
)

__all__ = [
    "CHANGE_UNITS",
    "CHART_KINDS",
    "CHART_READERS",
    "CHART_REQUIRED",
    "INDICATOR_READERS",
    "INDICATOR_REQUIRED",
    "MAX_CATEGORIES",
    "MAX_INDICATORS_PER_ROW",
    "MAX_SERIES",
    "TRENDS",
    "ChartKind",
    "ChartSpec",
    "IndicatorSpec",
    "Series",
    "chart_from_dict",
    "check_chart",
    "check_indicator",
    "chart_to_dict",
    "indicator_from_dict",
    "indicator_row_from_list",
    "indicator_to_dict",
]

ChartKind = Literal["bar", "line", "pie", "donut"]
Trend = Literal["up", "down", "flat"]
ChangeUnit = Literal["%", "pt"]
CHART_KINDS: tuple[str, ...] = get_args(ChartKind)
TRENDS: tuple[str, ...] = get_args(Trend)
CHANGE_UNITS: tuple[str, ...] = get_args(ChangeUnit)

MAX_CATEGORIES = {"bar": 16, "line": 36, "pie": 12, "donut": 12}
MAX_SERIES = 5
MAX_INDICATORS_PER_ROW = 4
_SHARES = ("pie", "donut")


@dataclass
class Series:
    name: str = ""
    values: list[float | None] = field(default_factory=list)


@dataclass
class ChartSpec:
    """``language`` is the language of the chart's labels when it differs from the
    document's (it decides number formats and the chart's direction)."""

    kind: ChartKind
    title: str
    categories: list[str]
    series: list[Series]
    unit: str = ""
    source: str = ""
    language: Language | None = None


@dataclass
class IndicatorSpec:
    """A key figure. ``trend`` None follows the sign of ``change`` (no arrow without one)."""

    label: str
    value: float
    unit: str = ""
    change: float | None = None
    change_unit: ChangeUnit = "%"
    comparison: str = ""
    trend: Trend | None = None
    source: str = ""
    language: Language | None = None

    @property
    def resolved_trend(self) -> Trend | None:
        if self.trend is not None or self.change is None:
            return self.trend
        if self.change > 0:
            return "up"
        return "down" if self.change < 0 else "flat"


@dataclass
class IndicatorRow:
    """A document block: one to four indicator boxes side by side."""

    items: list[IndicatorSpec] = field(default_factory=list)


# ---------------------------------------------------------------- readers


def _one_line(value: Any, path: str) -> str:
    text = _string(value, path)
    if any(character in _LINE_BREAKS for character in text):
        raise DocumentError("line break in a label; write it on one line", path)
    return text


def _finite(value: Any, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DocumentError(f"expected a number, got {_describe(value)}", path)
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if math.isnan(number):
        raise DocumentError("NaN is not a finite number", path)
    if math.isinf(number):
        shown = "Infinity" if number > 0 else "-Infinity"
        raise DocumentError(f"{shown} is not a finite number", path)
    return number


def _values(value: Any, path: str) -> list[float | None]:
    items = _list(value, path)
    return [_nullable(_finite)(item, _index_path(path, index)) for index, item in enumerate(items)]


_SERIES_READERS: dict[str, Reader] = {"name": _one_line, "values": _values}


def _series(value: Any, path: str) -> Series:
    obj = _object(value, path)
    _reject_unknown_fields(obj, path, tuple(_SERIES_READERS), "in a series")
    return Series(**_read_fields(obj, path, _SERIES_READERS, required=("values",)))


def _series_list(value: Any, path: str) -> list[Series]:
    items = _list(value, path)
    return [_series(item, _index_path(path, index)) for index, item in enumerate(items)]


def _labels(value: Any, path: str) -> list[str]:
    items = _list(value, path)
    return [_one_line(item, _index_path(path, index)) for index, item in enumerate(items)]


CHART_READERS: dict[str, Reader] = {
    "kind": _one_of(CHART_KINDS, "chart kind"),
    "title": _one_line,
    "categories": _labels,
    "series": _series_list,
    "unit": _one_line,
    "source": _one_line,
    "language": _nullable(_one_of(LANGUAGES, "language")),
}
CHART_REQUIRED = ("kind", "categories", "series")

INDICATOR_READERS: dict[str, Reader] = {
    "label": _one_line,
    "value": _finite,
    "unit": _one_line,
    "change": _nullable(_finite),
    "change_unit": _one_of(CHANGE_UNITS, "change unit"),
    "comparison": _one_line,
    "trend": _nullable(_one_of(TRENDS, "trend")),
    "source": _one_line,
    "language": _nullable(_one_of(LANGUAGES, "language")),
}
INDICATOR_REQUIRED = ("label", "value")


def chart_from_dict(data: Any, path: str = "") -> ChartSpec:
    """Read and check a chart; ``path`` is where it sits in the document (``blocks[4]``)."""
    obj = _object(data, path)
    _check_type(obj, path, "chart")
    _reject_unknown_fields(obj, path, ("type", *CHART_READERS), "in a chart")
    chart = chart_from_fields(**_read_fields(obj, path, CHART_READERS, CHART_REQUIRED))
    check_chart(chart, path)
    return chart


def chart_from_fields(**fields: Any) -> ChartSpec:
    """A chart from the fields that were read; the title is optional."""
    return ChartSpec(**{"title": "", **fields})


def indicator_from_dict(data: Any, path: str = "") -> IndicatorSpec:
    obj = _object(data, path)
    _check_type(obj, path, "indicator")
    _reject_unknown_fields(obj, path, ("type", *INDICATOR_READERS), "in an indicator")
    indicator = IndicatorSpec(**_read_fields(obj, path, INDICATOR_READERS, INDICATOR_REQUIRED))
    check_indicator(indicator, path)
    return indicator


def indicator_row_from_list(data: Any, path: str = "") -> list[IndicatorSpec]:
    """A row of one to four indicators that share the width of the page."""
    items = _list(data, path)
    if not items:
        raise DocumentError("a row needs at least one indicator", path)
    if len(items) > MAX_INDICATORS_PER_ROW:
        raise DocumentError(
            f"{len(items)} indicators; a row holds at most {MAX_INDICATORS_PER_ROW}", path
        )
    return [indicator_from_dict(item, _index_path(path, index)) for index, item in enumerate(items)]


def _check_type(obj: dict[str, Any], path: str, expected: str) -> None:
    if "type" in obj and obj["type"] != expected:
        raise DocumentError(f"expected type {expected!r}", _key_path(path, "type"))


# ---------------------------------------------------------------- checks


def check_chart(chart: ChartSpec, path: str) -> None:
    """What a well-formed chart block must satisfy beyond the type of each field."""
    kind = chart.kind
    categories_path = _key_path(path, "categories")
    series_path = _key_path(path, "series")
    if not chart.categories:
        raise DocumentError("a chart needs at least one category", categories_path)
    limit = MAX_CATEGORIES[kind]
    if len(chart.categories) > limit:
        hint = " (group the smallest shares into one category)" if kind in _SHARES else ""
        raise DocumentError(
            f"{len(chart.categories)} categories; a {kind} chart shows at most {limit}{hint}",
            categories_path,
        )
    _check_names(
        chart.categories,
        [_index_path(categories_path, index) for index in range(len(chart.categories))],
        "category",
    )
    if not chart.series:
        raise DocumentError("a chart needs at least one series", series_path)
    if kind in _SHARES and len(chart.series) != 1:
        raise DocumentError(
            f"{len(chart.series)} series; a {kind} chart shows exactly one", series_path
        )
    if len(chart.series) > MAX_SERIES:
        raise DocumentError(
            f"{len(chart.series)} series; a {kind} chart shows at most {MAX_SERIES}", series_path
        )
    if len(chart.series) > 1:
        name_paths = [
            _key_path(_index_path(series_path, index), "name") for index in range(len(chart.series))
        ]
        _check_names([series.name for series in chart.series], name_paths, "series name")
    for index, series in enumerate(chart.series):
        _check_series(series, kind, len(chart.categories), _index_path(series_path, index))


def _check_names(names: list[str], paths: list[str], what: str) -> None:
    """Names shown in a legend or under an axis: each one given, none twice."""
    seen: set[str] = set()
    for name, path in zip(names, paths, strict=True):
        key = name.strip()
        if not key:
            raise DocumentError(f"empty {what}", path)
        if key in seen:
            raise DocumentError(f"{what} {_show(name)} given twice", path)
        seen.add(key)


def _check_series(series: Series, kind: str, categories: int, path: str) -> None:
    values_path = _key_path(path, "values")
    if len(series.values) != categories:
        raise DocumentError(f"{len(series.values)} values for {categories} categories", values_path)
    present = [value for value in series.values if value is not None]
    if not present:
        raise DocumentError("every value is missing; a series needs at least one", values_path)
    if kind not in _SHARES:
        return
    for index, value in enumerate(series.values):
        value_path = _index_path(values_path, index)
        if value is None:
            raise DocumentError(
                f"missing value; a {kind} chart needs a value for every category", value_path
            )
        if value < 0:
            raise DocumentError(
                f"{_show(_number_to_data(value))} is negative; "
                f"a {kind} chart shows shares of a whole",
                value_path,
            )
    if not any(present):
        raise DocumentError(
            f"every value is zero; a {kind} chart needs a total above zero", values_path
        )


def check_indicator(indicator: IndicatorSpec, path: str) -> None:
    if not indicator.label.strip():
        raise DocumentError("empty indicator label", _key_path(path, "label"))
    change = indicator.change
    contradicts = (indicator.trend == "up" and change is not None and change < 0) or (
        indicator.trend == "down" and change is not None and change > 0
    )
    if contradicts:
        raise DocumentError(
            f"trend {indicator.trend!r} contradicts the change {_show(_number_to_data(change))}; "
            "leave the trend out to follow the sign of the change",
            _key_path(path, "trend"),
        )


# ---------------------------------------------------------------- writing


def chart_to_dict(chart: ChartSpec) -> dict[str, Any]:
    """The chart's fields as JSON values (without ``type``, which the block adds)."""
    data: dict[str, Any] = {
        "kind": chart.kind,
        "title": chart.title,
        "categories": list(chart.categories),
        "series": [
            {
                "name": series.name,
                "values": [None if v is None else _number_to_data(v) for v in series.values],
            }
            for series in chart.series
        ],
        "unit": chart.unit,
        "source": chart.source,
    }
    if chart.language is not None:
        data["language"] = chart.language
    return data


def indicator_to_dict(indicator: IndicatorSpec) -> dict[str, Any]:
    change = indicator.change
    data: dict[str, Any] = {
        "label": indicator.label,
        "value": _number_to_data(indicator.value),
        "unit": indicator.unit,
        "change": None if change is None else _number_to_data(change),
        "change_unit": indicator.change_unit,
        "comparison": indicator.comparison,
        "trend": indicator.trend,
        "source": indicator.source,
    }
    if indicator.language is not None:
        data["language"] = indicator.language
    return data


INDICATOR_ROW_READERS: dict[str, Reader] = {"items": indicator_row_from_list}
INDICATOR_ROW_REQUIRED = ("items",)


def indicator_row_to_dict(row: IndicatorRow) -> dict[str, Any]:
    return {"items": [indicator_to_dict(item) for item in row.items]}
