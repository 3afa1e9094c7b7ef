"""Bulletin charts and indicator boxes: validation, vector drawing, text and glyphs."""

from __future__ import annotations

import copy
import math
import os
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable

from desktop_app.model.charts import (
    ChartSpec,
    IndicatorSpec,
    Series,
    chart_from_dict,
    chart_to_dict,
    indicator_from_dict,
    indicator_row_from_list,
    indicator_to_dict,
)
from desktop_app.model.errors import DocumentError
from desktop_app.pdf.charts import ChartFlowable, FigureStyle, lightness, palette
from desktop_app.pdf.errors import ExportError
from desktop_app.pdf.indicators import IndicatorFlowable
from desktop_app.pdf.text_flowable import DrawnLine as ExportedLine
from desktop_app.pdf.text_flowable import RenderContext
from desktop_app.text.fonts import default_registry
from tests.glyph_oracle import DrawnLine, compare_lines, harfbuzz_line_glyphs, pdf_line_glyphs
from tests.pdf_text import normalise, pdftotext

AR_BAR: dict[str, Any] = {
    "kind": "bar",
    "title": "صادرات الصناعة التقليدية حسب المنتوج",
    "categories": ["الزرابي", "الفخار", "منتوجات الجلد", "النسيج", "الخشب", "المعادن"],
    "series": [{"name": "2025", "values": [498.2, 322, 201, 171, 125.5, 82]}],
    "unit": "مليون درهم",
    "source": "مكتب الصرف",
}
AR_GROUPED: dict[str, Any] = {
    "kind": "bar",
    "title": "الصادرات حسب المنتوج (2023-2025)",
    "categories": ["الزرابي", "الفخار", "الجلد", "النسيج"],
    "series": [
        {"name": "2023", "values": [412.5, 280, 190.2, 150]},
        {"name": "2024", "values": [455, 301.4, 176, None]},
        {"name": "2025", "values": [498.2, 322, 201, 171]},
    ],
    "unit": "مليون درهم",
    "source": "مكتب الصرف، معالجة مؤسسة دار الصانع",
}
AR_DONUT: dict[str, Any] = {
    "kind": "donut",
    "title": "توزيع الصادرات حسب الوجهة",
    "categories": [
        "فرنسا",
        "الولايات المتحدة",
        "إسبانيا",
        "ألمانيا",
        "المملكة المتحدة",
        "بلدان أخرى",
    ],
    "series": [{"name": "", "values": [38.5, 21.2, 12.4, 8.1, 2.3, 17.5]}],
    "unit": "مليون درهم",
    "source": "مكتب الصرف",
}
FR_BAR: dict[str, Any] = {
    "kind": "bar",
    "title": "Variation annuelle des exportations",
    "categories": ["2022", "2023", "2024", "2025"],
    "series": [
        {"name": "Tapis", "values": [-5.2, 3.1, 8.4, -1.5]},
        {"name": "Poterie", "values": [2.5, -4, 6.25, 1]},
    ],
    "unit": "%",
    "source": "Office des changes",
}
FR_LINE: dict[str, Any] = {
    "kind": "line",
    "title": "Évolution mensuelle des exportations",
    "categories": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août"],
    "series": [
        {"name": "2024", "values": [1080, 1125, 1192, 1188, 1250, None, 1299, 1304]},
        {"name": "2025", "values": [1190, 1214, 1260, 1303, 1281, 1342, 1398, 1421.5]},
    ],
    "unit": "millions de dirhams",
    "source": "Office des changes",
}
FR_PIE: dict[str, Any] = {
    "kind": "pie",
    "title": "Répartition des artisans par filière",
    "categories": ["Textile", "Cuir", "Bois", "Poterie", "Métaux", "Autres"],
    "series": [{"name": "", "values": [42, 18, 15, 12, 9, 4]}],
    "unit": "%",
    "source": "HCP, 2024",
}
AR_INDICATORS: list[dict[str, Any]] = [
    {
        "label": "صادرات الصناعة التقليدية",
        "value": 1140.5,
        "unit": "مليون درهم",
        "change": 13.3,
        "comparison": "مقارنة بنهاية نونبر 2024",
        "source": "مكتب الصرف",
    },
    {
        "label": "عدد الحرفيين المسجلين",
        "value": 412380,
        "change": -2.1,
        "comparison": "مقارنة بسنة 2024",
        "source": "السجل الوطني للصناعة التقليدية",
    },
    {
        "label": "حصة التعاونيات النسائية",
        "value": 38.4,
        "unit": "%",
        "change": 1.5,
        "change_unit": "pt",
        "comparison": "مقارنة بسنة 2024",
        "source": "مكتب تنمية التعاون",
    },
    {
        "label": "متوسط الأجر الشهري",
        "value": 3250,
        "unit": "درهم",
        "change": 0,
        "comparison": "مقارنة بسنة 2024",
    },
]
FR_INDICATORS: list[dict[str, Any]] = [
    {
        "label": "Exportations de l'artisanat",
        "value": 1140.5,
        "unit": "millions de dirhams",
        "change": 13.3,
        "comparison": "par rapport à fin novembre 2024",
        "source": "Office des changes",
    },
    {"label": "Artisans inscrits", "value": 412380, "change": -2.1, "trend": "down"},
]


# ---------------------------------------------------------------- the model


def _with(base: dict[str, Any], change: Any) -> dict[str, Any]:
    data = copy.deepcopy(base)
    change(data)
    return data


def _set(path: tuple[Any, ...], value: Any) -> Any:
    def apply(data: Any) -> None:
        for key in path[:-1]:
            data = data[key]
        data[path[-1]] = value

    return apply


PIE = {"kind": "pie", "categories": ["a", "b", "c"], "series": [{"values": [1, 2, 3]}]}
BAR = {
    "kind": "bar",
    "categories": ["a", "b", "c", "d"],
    "series": [{"name": "x", "values": [1, 2, 3, 4]}, {"name": "y", "values": [1, 2, 3, 4]}],
}

CHART_ERRORS = [
    (
        _with(PIE, _set(("series", 0, "values", 1), None)),
        "blocks[4].series[0].values[1]: missing value; a pie chart needs a value for every "
        "category",
    ),
    (
        _with({**PIE, "kind": "donut"}, _set(("series", 0, "values", 2), None)),
        "blocks[4].series[0].values[2]: missing value; a donut chart needs a value for every "
        "category",
    ),
    (
        _with(BAR, _set(("series", 1, "values"), [1, 2, 3])),
        "blocks[4].series[1].values: 3 values for 4 categories",
    ),
    (
        _with(PIE, _set(("series", 0, "values", 1), -5)),
        "blocks[4].series[0].values[1]: -5 is negative; a pie chart shows shares of a whole",
    ),
    (
        _with({**PIE, "kind": "donut"}, _set(("series", 0, "values", 0), -0.5)),
        "blocks[4].series[0].values[0]: -0.5 is negative; a donut chart shows shares of a whole",
    ),
    (
        _with(BAR, _set(("categories",), [])),
        "blocks[4].categories: a chart needs at least one category",
    ),
    (
        _with(BAR, _set(("series", 1, "values", 3), float("nan"))),
        "blocks[4].series[1].values[3]: NaN is not a finite number",
    ),
    (
        _with(BAR, _set(("series", 0, "values", 2), float("inf"))),
        "blocks[4].series[0].values[2]: Infinity is not a finite number",
    ),
    (
        _with(BAR, _set(("series", 0, "values", 2), -float("inf"))),
        "blocks[4].series[0].values[2]: -Infinity is not a finite number",
    ),
    (
        {
            "kind": "pie",
            "categories": [f"c{i}" for i in range(13)],
            "series": [{"values": [1] * 13}],
        },
        "blocks[4].categories: 13 categories; a pie chart shows at most 12 (group the smallest "
        "shares into one category)",
    ),
    (
        _with(PIE, _set(("series", 0, "values"), [0, 0.0, 0])),
        "blocks[4].series[0].values: every value is zero; a pie chart needs a total above zero",
    ),
    (
        _with(PIE, _set(("series",), [{"values": [1, 2, 3]}, {"values": [1, 2, 3]}])),
        "blocks[4].series: 2 series; a pie chart shows exactly one",
    ),
    (_with(BAR, _set(("series",), [])), "blocks[4].series: a chart needs at least one series"),
    (
        _with(BAR, _set(("series",), [{"name": str(i), "values": [1] * 4} for i in range(6)])),
        "blocks[4].series: 6 series; a bar chart shows at most 5",
    ),
    (
        _with(BAR, _set(("categories",), [str(i) for i in range(17)])),
        "blocks[4].categories: 17 categories; a bar chart shows at most 16",
    ),
    (_with(BAR, _set(("categories", 2), " ")), "blocks[4].categories[2]: empty category"),
    (
        _with(BAR, _set(("categories", 3), "a")),
        "blocks[4].categories[3]: category 'a' given twice",
    ),
    (
        _with(BAR, _set(("series", 1, "name"), "")),
        "blocks[4].series[1].name: empty series name",
    ),
    (
        _with(BAR, _set(("series", 1, "values"), [None] * 4)),
        "blocks[4].series[1].values: every value is missing; a series needs at least one",
    ),
    (
        _with(BAR, _set(("series", 0, "values", 0), "12")),
        "blocks[4].series[0].values[0]: expected a number, got a string",
    ),
    (
        _with(BAR, _set(("kind",), "area")),
        "blocks[4].kind: unknown chart kind 'area'; expected one of bar, line, pie, donut",
    ),
    (
        _with(BAR, _set(("title",), "one\ntwo")),
        "blocks[4].title: line break in a label; write it on one line",
    ),
    (
        _with(BAR, _set(("colour",), "red")),
        "blocks[4].colour: unknown field in a chart; "
        "expected one of type, kind, title, categories, series, unit, source, language",
    ),
    ({"kind": "bar", "series": []}, "blocks[4].categories: missing required field"),
]


@pytest.mark.parametrize(("data", "message"), CHART_ERRORS)
def test_a_bad_chart_gives_its_one_line_error(data: dict[str, Any], message: str) -> None:
    with pytest.raises(DocumentError) as caught:
        chart_from_dict(data, "blocks[4]")
    assert str(caught.value) == message


def test_bars_and_lines_take_negative_and_missing_values() -> None:
    for kind in ("bar", "line"):
        data = _with(BAR, _set(("series", 0, "values"), [-3, None, 0, 2.5]))
        chart = chart_from_dict({**data, "kind": kind}, "blocks[0]")
        assert chart.series[0].values == [-3.0, None, 0.0, 2.5]


def test_a_chart_survives_a_round_trip_through_its_dict() -> None:
    for data in (AR_BAR, AR_GROUPED, AR_DONUT, FR_BAR, FR_LINE, FR_PIE):
        chart = chart_from_dict({"type": "chart", **data}, "blocks[1]")
        assert chart_from_dict(chart_to_dict(chart), "blocks[1]") == chart
    chart = ChartSpec("line", "t", ["a"], [Series("s", [1.0])], language="fr")
    assert chart_to_dict(chart)["language"] == "fr"
    assert chart_to_dict(chart)["series"] == [{"name": "s", "values": [1]}]


INDICATOR = {"label": "Exportations", "value": 1140.5, "change": 13.3}
INDICATOR_ERRORS = [
    ({"label": "x"}, "blocks[2][1].value: missing required field"),
    ({**INDICATOR, "label": "  "}, "blocks[2][1].label: empty indicator label"),
    ({**INDICATOR, "value": float("nan")}, "blocks[2][1].value: NaN is not a finite number"),
    ({**INDICATOR, "change": float("inf")}, "blocks[2][1].change: Infinity is not a finite number"),
    (
        {**INDICATOR, "change_unit": "points"},
        "blocks[2][1].change_unit: unknown change unit 'points'; expected one of %, pt",
    ),
    (
        {**INDICATOR, "trend": "rising"},
        "blocks[2][1].trend: unknown trend 'rising'; expected one of up, down, flat",
    ),
    (
        {**INDICATOR, "trend": "down"},
        "blocks[2][1].trend: trend 'down' contradicts the change 13.3; leave the trend out to "
        "follow the sign of the change",
    ),
    (
        {**INDICATOR, "change": -1, "trend": "up"},
        "blocks[2][1].trend: trend 'up' contradicts the change -1; leave the trend out to "
        "follow the sign of the change",
    ),
]


@pytest.mark.parametrize(("data", "message"), INDICATOR_ERRORS)
def test_a_bad_indicator_gives_its_one_line_error(data: dict[str, Any], message: str) -> None:
    with pytest.raises(DocumentError) as caught:
        indicator_row_from_list([INDICATOR, data], "blocks[2]")
    assert str(caught.value) == message


def test_an_indicator_row_holds_one_to_four() -> None:
    with pytest.raises(DocumentError) as caught:
        indicator_row_from_list([INDICATOR] * 5, "blocks[2]")
    assert str(caught.value) == "blocks[2]: 5 indicators; a row holds at most 4"
    with pytest.raises(DocumentError) as caught:
        indicator_row_from_list([], "blocks[2]")
    assert str(caught.value) == "blocks[2]: a row needs at least one indicator"


def test_an_indicator_trend_follows_the_sign_of_its_change() -> None:
    assert IndicatorSpec("a", 1, change=2).resolved_trend == "up"
    assert IndicatorSpec("a", 1, change=-2).resolved_trend == "down"
    assert IndicatorSpec("a", 1, change=0).resolved_trend == "flat"
    assert IndicatorSpec("a", 1).resolved_trend is None
    assert IndicatorSpec("a", 1, change=0.01, trend="flat").resolved_trend == "flat"
    for data in [*AR_INDICATORS, *FR_INDICATORS]:
        indicator = indicator_from_dict({"type": "indicator", **data}, "blocks[0]")
        assert indicator_from_dict(indicator_to_dict(indicator), "blocks[0]") == indicator


def test_palettes_print_as_distinct_greys() -> None:
    style = FigureStyle.from_registry(default_registry())
    for count in range(2, 13):
        greys = [lightness(c) for c in palette(style.primary, style.accent, count)]
        gaps = [b - a for a, b in zip(greys, greys[1:], strict=False)]
        assert min(gaps) > (0.04 if count > 6 else 0.1), (count, greys)


# ---------------------------------------------------------------- rendering

MARGIN = 50.0
WIDTH = A4[0] - 2 * MARGIN


@dataclass
class Page:
    name: str
    number: int  # 0-based
    bounds: tuple[float, float, float, float]  # x0, y0, x1, y1 of the figure, PDF points
    lines: list[ExportedLine]


@dataclass
class Rendered:
    pdf: Path
    pages: dict[str, Page]


def figures(context: RenderContext) -> dict[str, Flowable]:
    style = FigureStyle.from_registry(default_registry())

    def chart(data: dict[str, Any], language: str) -> ChartFlowable:
        return ChartFlowable(chart_from_dict(data, "blocks[0]"), context, style, language)

    def row(data: list[dict[str, Any]], language: str) -> IndicatorFlowable:
        return IndicatorFlowable(
            indicator_row_from_list(data, "blocks[0]"), context, style, language
        )

    return {
        "ar-bar": chart(AR_BAR, "ar"),
        "ar-grouped": chart(AR_GROUPED, "ar"),
        "ar-donut": chart(AR_DONUT, "ar"),
        "ar-indicators": row(AR_INDICATORS, "ar"),
        "fr-bar": chart(FR_BAR, "fr"),
        "fr-line": chart(FR_LINE, "fr"),
        "fr-pie": chart(FR_PIE, "fr"),
        "fr-indicators": row(FR_INDICATORS, "fr"),
        "ar-indicator": row(AR_INDICATORS[1:2], "ar"),
    }


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    path = tmp_path_factory.mktemp("charts") / "figures.pdf"
    lines: list[ExportedLine] = []
    context = RenderContext(line_log=lines.append)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pages = {}
    for number, (name, flowable) in enumerate(figures(context).items()):
        width, height = flowable.wrapOn(pdf, WIDTH, A4[1] - 2 * MARGIN)
        x, y = MARGIN, A4[1] - MARGIN - height
        first = len(lines)
        flowable.drawOn(pdf, x, y)
        pages[name] = Page(name, number, (x, y, x + width, y + height), lines[first:])
        pdf.showPage()
    pdf.save()
    return Rendered(path, pages)


def _text(rendered: Rendered, name: str) -> str:
    page = str(rendered.pages[name].number + 1)
    return normalise(pdftotext(rendered.pdf, "-f", page, "-l", page))


def _chart_texts(data: dict[str, Any], source_prefix: str) -> list[str]:
    texts = [data["title"], *data["categories"], source_prefix + data["source"]]
    texts += [s["name"] for s in data["series"] if len(data["series"]) > 1]
    if data["unit"] != "%":
        texts.append(data["unit"])
    return texts


@pytest.mark.parametrize(
    ("name", "data", "prefix"),
    [
        ("ar-bar", AR_BAR, "المصدر: "),
        ("ar-grouped", AR_GROUPED, "المصدر: "),
        ("ar-donut", AR_DONUT, "المصدر: "),
        ("fr-bar", FR_BAR, "Source : "),
        ("fr-line", FR_LINE, "Source : "),
        ("fr-pie", FR_PIE, "Source : "),
    ],
)
def test_chart_text_copies_out_as_typed(
    rendered: Rendered, name: str, data: dict[str, Any], prefix: str
) -> None:
    extracted = _text(rendered, name)
    for text in _chart_texts(data, prefix):
        assert normalise(text) in extracted, text


def test_chart_numbers_copy_out_in_the_document_locale(rendered: Rendered) -> None:
    assert {"498,2", "125,5", "82"} <= set(_text(rendered, "ar-bar").split())
    assert {"38,5%", "2,3%", "17,5%", "100"} <= set(_text(rendered, "ar-donut").split())
    french = _text(rendered, "fr-bar")
    for number in ("-5,2 %", "6,25 %", "-10 %", "10 %"):
        assert number in french
    assert "42 %" in _text(rendered, "fr-pie")
    assert "1 200" in _text(rendered, "fr-line")  # a tick, grouped with a no-break space


def test_indicator_text_copies_out_as_typed(rendered: Rendered) -> None:
    arabic = _text(rendered, "ar-indicators")
    expected = [
        "صادرات الصناعة التقليدية",
        "1.140,5",
        "مليون درهم",
        "+13,3%",
        "مقارنة بنهاية نونبر 2024",
        "المصدر: مكتب الصرف",
        "412.380",
        "-2,1%",
        "38,4%",
        "+1,5 نقطة",
        "3.250",
        "0%",
    ]
    for text in expected:
        assert normalise(text) in arabic, text
    french = _text(rendered, "fr-indicators")
    for text in ("1 140,5", "millions de dirhams", "+13,3 %", "Source : Office des changes"):
        assert normalise(text) in french, text


# ---------------------------------------------------------------- geometry


def _fill(drawing: dict) -> tuple[float, ...] | None:
    fill = drawing.get("fill")
    return None if fill is None else tuple(round(c, 2) for c in fill)


def _rects(rendered: Rendered, name: str) -> list[tuple[pymupdf.Rect, tuple[float, ...]]]:
    """Filled rectangles of a page (top-down coordinates), with their fill colour."""
    with pymupdf.open(rendered.pdf) as doc:
        drawings = doc[rendered.pages[name].number].get_drawings()
    rects = []
    for drawing in drawings:
        fill = _fill(drawing)
        for item in drawing["items"]:
            if item[0] == "re" and fill is not None:
                rects.append((pymupdf.Rect(item[1]), fill))
    return rects


def _series_colours(count: int) -> list[tuple[float, ...]]:
    style = FigureStyle.from_registry(default_registry())
    return [
        tuple(round(c, 2) for c in colour) for colour in palette(style.primary, style.accent, count)
    ]


def test_bar_heights_are_proportional_and_the_first_category_is_rightmost(
    rendered: Rendered,
) -> None:
    colour = _series_colours(1)[0]
    bars = sorted(
        (r for r, fill in _rects(rendered, "ar-bar") if fill == colour), key=lambda r: -r.x0
    )
    values = AR_BAR["series"][0]["values"]
    assert len(bars) == len(values)
    scale = bars[0].height / values[0]
    for bar, value in zip(bars, values, strict=True):
        assert bar.height == pytest.approx(value * scale, rel=2e-3)
    assert len({round(bar.y1, 2) for bar in bars}) == 1  # they stand on one line


def test_grouped_bars_run_right_to_left_series_by_series(rendered: Rendered) -> None:
    colours = _series_colours(3)
    rects = _rects(rendered, "ar-grouped")
    zero = None
    for index, series in enumerate(AR_GROUPED["series"]):
        bars = sorted((r for r, fill in rects if fill == colours[index]), key=lambda r: -r.x0)
        # The legend's key is a square of the same colour, above the plot.
        bars = [bar for bar in bars if zero is None or abs(bar.y1 - zero) < 0.01]
        bars = [bar for bar in bars if bar.height > 0 and abs(bar.width - bar.height) > 0.01]
        zero = bars[0].y1
        values = [v for v in series["values"] if v is not None]
        assert [round(b.height / bars[0].height * values[0], 1) for b in bars] == pytest.approx(
            values, abs=0.3
        )
    firsts = [
        max((r.x1 for r, fill in rects if fill == colours[i] and r.height > 20)) for i in range(3)
    ]
    assert firsts[0] > firsts[1] > firsts[2]  # the first series is the rightmost in a group


def test_negative_bars_hang_from_the_zero_line_left_to_right(rendered: Rendered) -> None:
    colours = _series_colours(2)
    rects = _rects(rendered, "fr-bar")
    for index, series in enumerate(FR_BAR["series"]):
        bars = sorted(
            (r for r, fill in rects if fill == colours[index] and r.width > 12), key=lambda r: r.x0
        )
        values = series["values"]
        assert len(bars) == len(values)
        scale = bars[0].height / abs(values[0])
        zero_lines = set()
        for bar, value in zip(bars, values, strict=True):
            assert bar.height == pytest.approx(abs(value) * scale, rel=2e-3)
            zero_lines.add(round(bar.y0 if value < 0 else bar.y1, 2))  # top-down coordinates
        assert len(zero_lines) == 1


def _slice_spans(rendered: Rendered, name: str, count: int) -> list[float]:
    """The angle of each filled slice, from the outer arcs of its path."""
    colours = set(_series_colours(count))
    with pymupdf.open(rendered.pdf) as doc:
        drawings = doc[rendered.pages[name].number].get_drawings()
    slices = [
        d for d in drawings if _fill(d) in colours and any(item[0] == "c" for item in d["items"])
    ]
    assert len(slices) == count
    centre = _meeting_point([item for d in slices for item in d["items"] if item[0] == "l"])
    ends = [item[i] for d in slices for item in d["items"] if item[0] == "c" for i in (1, 4)]
    radius = max(abs(point - centre) for point in ends)

    def angle(point: pymupdf.Point) -> float:
        return math.degrees(math.atan2(point.y - centre.y, point.x - centre.x))

    spans = []
    for drawing in slices:
        span = 0.0
        for item in drawing["items"]:
            if item[0] != "c" or abs(abs(item[1] - centre) - radius) > 0.5:
                continue
            delta = (angle(item[4]) - angle(item[1]) + 180) % 360 - 180
            span += abs(delta)
        spans.append(span)
    return spans


def _meeting_point(edges: list[tuple]) -> pymupdf.Point:
    """Where the straight edges of the slices meet: the centre."""
    (_, a, b), *others = edges
    for _, c, d in others:
        r, s = b - a, d - c
        cross = r.x * s.y - r.y * s.x
        if abs(cross) > 1e-3 * abs(r) * abs(s):
            t = ((c - a).x * s.y - (c - a).y * s.x) / cross
            return a + r * t
    raise AssertionError("the slices have no two edges that cross")


@pytest.mark.parametrize(("name", "data"), [("ar-donut", AR_DONUT), ("fr-pie", FR_PIE)])
def test_slice_angles_sum_to_a_full_turn(rendered: Rendered, name: str, data: dict) -> None:
    values = data["series"][0]["values"]
    spans = _slice_spans(rendered, name, len(values))
    assert sum(spans) == pytest.approx(360, abs=0.05)
    total = sum(values)
    assert sorted(spans) == pytest.approx(sorted(v / total * 360 for v in values), abs=0.05)


def _label_box(line: ExportedLine) -> tuple[float, float, float, float]:
    return (
        line.left,
        line.baseline - 0.25 * line.size,
        line.right,
        line.baseline + 0.72 * line.size,
    )


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] - 0.3 and b[0] < a[2] - 0.3 and a[1] < b[3] - 0.3 and b[1] < a[3] - 0.3


@pytest.mark.parametrize(
    "name",
    [
        "ar-bar",
        "ar-grouped",
        "ar-donut",
        "ar-indicators",
        "fr-bar",
        "fr-line",
        "fr-pie",
        "fr-indicators",
        "ar-indicator",
    ],
)
def test_labels_neither_overlap_nor_leave_the_figure(rendered: Rendered, name: str) -> None:
    page = rendered.pages[name]
    x0, y0, x1, y1 = page.bounds
    boxes = [(_label_box(line), line.text) for line in page.lines]
    assert boxes
    for box, text in boxes:
        assert x0 - 0.01 <= box[0] and box[2] <= x1 + 0.01, text
        assert y0 - 0.01 <= box[1] and box[3] <= y1 + 0.5, text
    for index, (box, text) in enumerate(boxes):
        for other, other_text in boxes[index + 1 :]:
            assert not _overlap(box, other), (text, other_text)
    if name in ("ar-bar", "ar-grouped", "fr-bar"):
        height = A4[1]
        for rect, _fill in _rects(rendered, name):
            flipped = (rect.x0, height - rect.y1, rect.x1, height - rect.y0)
            for box, text in boxes:
                assert not _overlap(box, flipped), (text, rect)


# ---------------------------------------------------------------- glyphs


def test_every_label_line_matches_harfbuzz(rendered: Rendered) -> None:
    tally: Counter[str] = Counter()
    differing: list[str] = []
    for name, page in rendered.pages.items():
        for exported in page.lines:
            line = DrawnLine(
                page=exported.page,
                baseline=exported.baseline,
                left=exported.left,
                right=exported.right,
                text=exported.text,
                direction=exported.direction,
                font_path=Path(exported.font_path),
                size=exported.size,
                paragraph=exported.paragraph,
                start=exported.start,
            )
            result = compare_lines(pdf_line_glyphs(rendered.pdf, line), harfbuzz_line_glyphs(line))
            tally[name, result.equal] += 1
            if not result.equal:
                differing.append(f"{name} [{exported.role}] {exported.text}: {result.problems}")
    print("\nglyph oracle, figures:")
    for name in sorted({name for name, _ in tally}):
        agreed, total = tally[name, True], tally[name, True] + tally[name, False]
        print(f"  {name}: {agreed}/{total} lines agree")
    assert sum(tally.values()) > 150
    assert not differing, "\n".join(differing)


def test_figure_lines_are_logged_with_their_roles(rendered: Rendered) -> None:
    roles = Counter(line.role for page in rendered.pages.values() for line in page.lines)
    assert roles["chart-title"] >= 6 and roles["chart-source"] >= 6
    assert roles["chart-label"] > 50 and roles["indicator"] > 20


# ---------------------------------------------------------------- pictures


def test_figures_render_to_png(rendered: Rendered, tmp_path: Path) -> None:
    """Pictures to look at: set TAQRIR_FIGURES to a folder to keep them."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is missing (Debian package poppler-utils)")
    keep = os.environ.get("TAQRIR_FIGURES")
    out = Path(keep) if keep else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    for name in ("ar-bar", "ar-donut", "ar-indicators"):
        page = str(rendered.pages[name].number + 1)
        prefix = out / name
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "100",
                "-f",
                page,
                "-l",
                page,
                "-singlefile",
                str(rendered.pdf),
                str(prefix),
            ],
            check=True,
        )
        assert prefix.with_suffix(".png").stat().st_size > 10_000


def _triangles(rendered: Rendered, name: str) -> list[list[pymupdf.Point]]:
    with pymupdf.open(rendered.pdf) as doc:
        drawings = doc[rendered.pages[name].number].get_drawings()
    triangles = []
    for drawing in drawings:
        items = drawing["items"]
        if drawing.get("fill") and len(items) == 3 and all(item[0] == "l" for item in items):
            triangles.append([item[1] for item in items])
    return triangles


def _pointing(points: list[pymupdf.Point]) -> str:
    """Where a triangle points, on the page (y grows downwards in PyMuPDF)."""
    xs, ys = sorted(p.x for p in points), sorted(p.y for p in points)
    if abs(ys[1] - ys[2]) < 0.01:
        return "up"
    if abs(ys[0] - ys[1]) < 0.01:
        return "down"
    return "left" if abs(xs[1] - xs[2]) < 0.01 else "right"


def test_trend_arrows_tell_the_trend_by_shape_and_stand_before_the_change(
    rendered: Rendered,
) -> None:
    arabic = sorted(_triangles(rendered, "ar-indicators"), key=lambda t: -max(p.x for p in t))
    assert [_pointing(t) for t in arabic] == ["up", "down", "up", "left"]
    changes = sorted(
        (
            line
            for line in rendered.pages["ar-indicators"].lines
            if line.text.strip("\u200e")[:1] in "+-0"
        ),
        key=lambda line: -line.right,
    )
    for triangle, change in zip(arabic, changes, strict=True):
        assert min(p.x for p in triangle) > change.right  # right of its change, in Arabic
    french = sorted(_triangles(rendered, "fr-indicators"), key=lambda t: min(p.x for p in t))
    assert [_pointing(t) for t in french] == ["up", "down"]


def test_a_chart_built_by_hand_is_checked() -> None:
    style = FigureStyle.from_registry(default_registry())
    spec = ChartSpec("pie", "t", ["a", "b"], [Series("", [1.0, None])])
    with pytest.raises(DocumentError) as caught:
        ChartFlowable(spec, RenderContext(), style, "fr")
    assert str(caught.value) == (
        "series[0].values[1]: missing value; a pie chart needs a value for every category"
    )


def test_a_character_the_figure_font_lacks_names_the_block() -> None:
    style = FigureStyle.from_registry(default_registry())
    spec = ChartSpec("bar", "Ventes \U0001f600", ["a"], [Series("", [1.0])])
    chart = ChartFlowable(spec, RenderContext(), style, "fr")
    chart.source = "blocks[3]"
    with pytest.raises(ExportError) as caught:
        chart.wrap(400, 600)
    assert str(caught.value).startswith("blocks[3]: font 'IBM Plex Sans Arabic' cannot render")


def test_the_document_can_write_percentages_in_words(tmp_path: Path) -> None:
    from desktop_app.model import Document, Metadata
    from desktop_app.model.charts import IndicatorRow, IndicatorSpec
    from desktop_app.pdf.builder import ExportSettings, export_pdf

    row = IndicatorRow([IndicatorSpec("الصادرات", 1.14, "مليار درهم", change=13.3)])
    for style, expected in (("symbol", "+13,3%"), ("words", "+13,3 في المائة")):
        document = Document(
            kind="bulletin",
            language="ar",
            metadata=Metadata(status="final"),
            blocks=[row],
            percent_style=style,
        )
        pdf = tmp_path / f"{style}.pdf"
        export_pdf(document, pdf, ExportSettings(registry=default_registry()))
        assert expected in normalise(pdftotext(pdf))


def test_a_narrow_bar_chart_labels_every_other_bar_rather_than_cut_a_word() -> None:
    from desktop_app.pdf.charts import Placed, _breaks_words, plan_chart

    months = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر"]
    months += ["أكتوبر", "نونبر"]
    spec = ChartSpec("bar", "", months, [Series("2024", [90.0] * 11), Series("2025", [99.0] * 11)])
    style = FigureStyle.from_registry(default_registry())
    wide, narrow = (
        plan_chart(spec, style, "ar", "rtl", width)
        for width in (440.0, 220.0)  # a page's text width, a column's
    )

    def names(figure) -> list[str]:  # noqa: ANN001
        placed = [item for item in figure.items if isinstance(item, Placed)]
        return [p.label.layout.text for p in placed if p.label.layout.text in months]

    assert names(wide) == months
    shown = names(narrow)
    assert 3 <= len(shown) < len(months)
    assert set(shown) <= set(months)
    for item in narrow.items:
        if isinstance(item, Placed):
            assert not _breaks_words(item.label), item.label.layout.text
