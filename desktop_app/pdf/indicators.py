"""Key-figure boxes of sector bulletins: one box, or a row of up to four sharing the width.

Each box reads, from the top: the indicator's label, its value in large type with its unit,
the signed change after a trend arrow (a vector triangle: green pointing up, red pointing
down, grey pointing along the line for flat, so the shape alone tells the trend in grey
print), the comparison period and the source. Sections line up across the boxes of a row.
The row is planned left to right and mirrored for right-to-left documents: the first box is
then the rightmost, the arrow stands right of the change and the unit left of the value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.model.charts import IndicatorSpec, check_indicator
from desktop_app.text.locale_format import format_change

from .charts import (
    RGB,
    SOURCE_PREFIX,
    Box,
    Figure,
    FigureFlowable,
    FigureStyle,
    Item,
    Label,
    Placed,
    Polyline,
    set_text,
    signed,
)
from .text_flowable import RenderContext

__all__ = ["TREND_COLOURS", "IndicatorFlowable", "plan_indicators"]

TREND_COLOURS: dict[str, RGB] = {
    "up": (0.12, 0.52, 0.25),
    "down": (0.76, 0.15, 0.15),
    "flat": (0.42, 0.43, 0.45),
}
PADDING = 9.0
ACCENT_BAR = 3.0
ARROW = 7.0  # points, the arrow's height
VALUE_SCALE = 2.5  # the value's size, in label sizes
SECTION_GAP = 6.0
ROLE = "indicator"


class IndicatorFlowable(FigureFlowable):
    """A row of indicator boxes as wide as the frame (or ``width``).

    ``language`` is the document's; an indicator's own language, when given, decides its
    number formats. ``direction`` defaults to right-to-left for Arabic. One box alone
    takes half the width, on the start side. Not split across pages.
    """

    def __init__(
        self,
        indicators: Sequence[IndicatorSpec],
        context: RenderContext,
        style: FigureStyle,
        language: str = "ar",
        direction: str | None = None,
        width: float | None = None,
        gap: float = 10.0,
        space_before: float = 6.0,
        space_after: float = 12.0,
    ) -> None:
        if not 1 <= len(indicators) <= 4:
            raise ValueError(f"a row holds 1 to 4 indicators, not {len(indicators)}")
        for index, indicator in enumerate(indicators):
            check_indicator(indicator, f"[{index}]")
        super().__init__(context, style, language, direction, width, space_before, space_after)
        self.indicators = list(indicators)
        self.gap = gap

    def plan(self, width: float) -> Figure:
        return plan_indicators(
            self.indicators, self.style, self.language, self.direction, width, self.gap
        )


@dataclass
class _Content:
    """The laid-out texts of one box; a section left out is None."""

    label: Label
    value: Label
    unit: Label | None
    unit_below: bool
    trend: str | None
    change: Label | None
    comparison: Label | None
    source: Label | None


def plan_indicators(
    indicators: Sequence[IndicatorSpec],
    style: FigureStyle,
    language: str,
    direction: str,
    width: float,
    gap: float = 10.0,
) -> Figure:
    """The row's items in left-to-right coordinates (``Figure.paint`` mirrors them)."""
    columns = max(len(indicators), 2)
    box_width = (width - gap * (columns - 1)) / columns
    inner = box_width - 2 * PADDING - ACCENT_BAR
    contents = [
        _content(spec, style, spec.language or language, direction, inner) for spec in indicators
    ]
    trends = [c for c in contents if c.trend or c.change]
    sections = {
        "label": max(c.label.height for c in contents),
        "value": max(_value_height(c) for c in contents),
        "change": max((c.change.height if c.change else ARROW + 2 for c in trends), default=0.0),
        "comparison": max((c.comparison.height for c in contents if c.comparison), default=0.0),
        "source": max((c.source.height for c in contents if c.source), default=0.0),
    }
    tops: dict[str, float] = {}
    used = PADDING
    for name, section in sections.items():
        if section:
            tops[name] = used
            used += section + SECTION_GAP
    height = used - SECTION_GAP + PADDING
    items: list[Item] = []
    for index, content in enumerate(contents):
        left = index * (box_width + gap)
        section_tops = {name: height - offset for name, offset in tops.items()}
        items.extend(_box(content, style, left, box_width, height, section_tops, sections))
    return Figure(width, height, items)


def _content(
    spec: IndicatorSpec, style: FigureStyle, language: str, direction: str, width: float
) -> _Content:
    def text(value: str, size: float, color: RGB, bold: bool = False, auto: bool = True) -> Label:
        font = style.bold_font if bold else style.font
        return set_text(value, font, size, color, width, direction, ROLE, auto=auto)

    size = style.size
    percent = spec.unit.strip() in ("%", "٪")
    value = text(
        signed(style.number(spec.value, language, percent)),
        size * VALUE_SCALE,
        style.primary,
        bold=True,
        auto=False,
    )
    unit = None if percent or not spec.unit.strip() else text(spec.unit, size + 1, style.ink)
    unit_below = unit is not None and value.width + 4 + unit.width > width
    trend = spec.resolved_trend
    change = None
    if spec.change is not None:
        written = style.fit_spaces(
            format_change(spec.change, spec.change_unit, language, style.numbers)
        )
        colour = TREND_COLOURS[trend or "flat"]
        change = text(signed(written), size + 1.5, colour, bold=True, auto=False)
    comparison = text(spec.comparison, size - 0.5, style.muted) if spec.comparison else None
    source = None
    if spec.source.strip():
        prefix = SOURCE_PREFIX.get(language, SOURCE_PREFIX["en"])
        source = text(prefix + spec.source, size - 1, style.muted)
    return _Content(
        text(spec.label, size + 0.5, style.ink, bold=True),
        value,
        unit,
        unit_below,
        trend,
        change,
        comparison,
        source,
    )


def _value_height(content: _Content) -> float:
    if content.unit is not None and content.unit_below:
        return content.value.height + 2 + content.unit.height
    return content.value.height


def _box(
    content: _Content,
    style: FigureStyle,
    left: float,
    width: float,
    height: float,
    tops: dict[str, float],
    sections: dict[str, float],
) -> list[Item]:
    tint: RGB = tuple(c + 0.93 * (1 - c) for c in style.primary)  # type: ignore[assignment]
    items: list[Item] = [
        Box(left, 0.0, width, height, tint),
        Box(left, 0.0, ACCENT_BAR, height, style.primary),
    ]
    x = left + ACCENT_BAR + PADDING

    def place(label: Label | None, top: float) -> None:
        if label is not None:
            items.append(Placed(label, x, top - label.ascent, "left"))

    place(content.label, tops["label"])
    value, unit = content.value, content.unit
    place(value, tops["value"])
    if unit is not None and content.unit_below:
        place(unit, tops["value"] - value.height - 2)
    elif unit is not None:
        baseline = tops["value"] - value.ascent
        items.append(Placed(unit, x + value.width + 4, baseline, "left"))
    if content.trend is not None or content.change is not None:
        items.extend(_change_row(content, x, tops["change"], sections["change"]))
    if content.comparison is not None:
        place(content.comparison, tops["comparison"])
    if content.source is not None:
        place(content.source, tops["source"])
    return items


def _change_row(content: _Content, x: float, top: float, height: float) -> list[Item]:
    change = content.change
    trend = content.trend or "flat"
    colour = TREND_COLOURS[trend]
    if change is not None:
        baseline = top - change.ascent
        middle = baseline + 0.36 * change.size
    else:
        baseline = middle = top - height / 2
    half = ARROW / 2
    base = ARROW * 1.15
    if trend == "up":
        points = [(x, middle - half), (x + base, middle - half), (x + base / 2, middle + half)]
    elif trend == "down":
        points = [(x, middle + half), (x + base, middle + half), (x + base / 2, middle - half)]
    else:  # pointing along the line: to the right, or to the left once mirrored
        points = [(x, middle + half), (x + base, middle), (x, middle - half)]
    items: list[Item] = [Polyline(points, None, fill=colour)]
    if change is not None:
        items.append(Placed(change, x + base + 4, baseline, "left"))
    return items
