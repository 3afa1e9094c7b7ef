"""Bulletin charts (bar, line, pie, donut) drawn as PDF vectors, their text set by our layout.

A chart is planned once, in ``wrap``, as a list of items (boxes, polylines, markers, slices,
labels) in left-to-right coordinates where the start of reading is on the left. A
right-to-left chart is the same plan mirrored: its first category is the rightmost bar, its
value axis on the right, its legend flush right, its pie slices running counter-clockwise.
Labels keep their own direction; only their places mirror.

Every label goes through ``layout_paragraph`` and ``draw_line`` and is logged to the render
context's ``line_log`` with a role (``chart-title``, ``chart-label``, ``chart-source``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop_app.model.charts import ChartSpec, check_chart
from desktop_app.text.fonts import FontProgram, FontRegistry, MissingGlyphsError
from desktop_app.text.layout import ParagraphLayout, StyledText, TextStyle, layout_paragraph
from desktop_app.text.locale_format import NumberStyle, format_decimal, format_percent

from .errors import ExportError
from .line_drawing import draw_line
from .text_flowable import DrawnLine, RenderContext

__all__ = [
    "FIGURE_ROLES",
    "ChartFlowable",
    "FigureStyle",
    "Figure",
    "Label",
    "hex_rgb",
    "palette",
]

# The roles of the lines figures log (titles, labels, sources, indicator boxes).
FIGURE_ROLES = frozenset({"chart-title", "chart-label", "chart-source", "indicator"})

RGB = tuple[float, float, float]
WHITE: RGB = (1.0, 1.0, 1.0)
GRID: RGB = (0.86, 0.87, 0.88)
AXIS: RGB = (0.45, 0.46, 0.48)
LEFT_TO_RIGHT_MARK = "\u200e"
SOURCE_PREFIX = {"ar": "المصدر: ", "fr": "Source\u00a0: ", "en": "Source: "}
DASHES: tuple[tuple[float, ...], ...] = (
    (),
    (4.0, 2.0),
    (1.2, 1.6),
    (6.0, 2.0, 1.2, 2.0),
    (2.5, 2.5),
)
MARKERS = ("circle", "square", "triangle", "diamond", "triangle-down")
DARKEST = 0.27  # grey-print lightness of the first colour of a palette
LIGHTEST = 0.8
LIGHTEST_LINE = 0.62  # a thin line must stay dark enough to see
MAX_STEP = 0.25
OUTER_REACH = 9.0  # points between a pie and the labels of its thin slices
LEGEND_GAP = 24.0
DONUT_HOLE = 0.5  # of the radius


def hex_rgb(value: str) -> RGB:
    """``#1F4E79`` -> (0.12, 0.31, 0.47)."""
    return tuple(int(value[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def lightness(color: RGB) -> float:
    """How light a colour prints in grey (Rec. 601 luma)."""
    r, g, b = color
    return 0.299 * r + 0.587 * g + 0.114 * b


def _to_lightness(color: RGB, target: float) -> RGB:
    """``color`` mixed with white or black until it prints as grey ``target``."""
    current = lightness(color)
    if target >= current:
        t = (target - current) / (1 - current) if current < 1 else 0.0
        return tuple(c + t * (1 - c) for c in color)  # type: ignore[return-value]
    t = 1 - target / current
    return tuple(c * (1 - t) for c in color)  # type: ignore[return-value]


def palette(primary: RGB, accent: RGB, count: int, lightest: float = LIGHTEST) -> list[RGB]:
    """``count`` fills alternating the primary and accent hues, each printing a distinct
    grey: from dark to ``lightest``, evenly spaced, at most ``MAX_STEP`` apart."""
    if count <= 1:
        return [_to_lightness(primary, min(max(lightness(primary), 0.2), 0.45))]
    step = min(MAX_STEP, (lightest - DARKEST) / (count - 1))
    return [
        _to_lightness(primary if index % 2 == 0 else accent, DARKEST + index * step)
        for index in range(count)
    ]


@dataclass(frozen=True)
class FigureStyle:
    """Fonts, sizes and the brand colours of charts and indicators."""

    font: FontProgram
    bold_font: FontProgram
    primary: RGB = (0.122, 0.306, 0.475)
    accent: RGB = (0.71, 0.278, 0.169)
    size: float = 8.0  # labels
    title_size: float = 10.5
    ink: RGB = (0.15, 0.16, 0.18)
    muted: RGB = (0.4, 0.42, 0.45)
    numbers: NumberStyle = NumberStyle()  # how the document writes percentages

    @classmethod
    def from_registry(
        cls,
        registry: FontRegistry,
        family: str | None = None,
        primary: str = "#1F4E79",
        accent: str = "#B5472B",
        numbers: NumberStyle | None = None,
    ) -> FigureStyle:
        """Figures in ``family`` (default: the heading family, a sans) and the kit's
        colours as ``#RRGGBB``."""
        family = family or registry.default_heading().family
        return cls(
            registry.load(registry.face(family)),
            registry.load(registry.face(family, bold=True)),
            hex_rgb(primary),
            hex_rgb(accent),
            numbers=numbers or NumberStyle(),
        )

    def number(self, value: float, language: str, percent: bool, digits: int | None = None) -> str:
        """``value`` as the language writes it; a font without U+202F (the narrow space
        that groups French thousands) gets a no-break space instead."""
        text = (
            format_percent(value, language, self.numbers, digits=digits)
            if percent
            else format_decimal(value, language, digits)
        )
        return self.fit_spaces(text)

    def fit_spaces(self, text: str) -> str:
        if "\u202f" in text and self.font.missing_characters("\u202f"):
            text = text.replace("\u202f", "\u00a0")
        return text


# ---------------------------------------------------------------- text


@dataclass
class Label:
    """A text set by our layout: one or more lines, each placed on its own."""

    layout: ParagraphLayout
    extents: list[tuple[float, float]]  # each line's (left, right) in the layout box
    size: float
    pitch: float
    role: str

    @property
    def width(self) -> float:
        return max((right - left for left, right in self.extents), default=0.0)

    @property
    def ascent(self) -> float:
        return 0.74 * self.size

    @property
    def height(self) -> float:
        """From the top of the first line to the bottom of the last."""
        if not self.extents:
            return 0.0
        return self.ascent + (len(self.extents) - 1) * self.pitch + 0.28 * self.size


def set_text(
    text: str,
    font: FontProgram,
    size: float,
    color: RGB,
    width: float,
    direction: str,
    role: str,
    pitch: float = 1.3,
    auto: bool = True,
) -> Label:
    """Lay ``text`` out in lines at most ``width`` wide. ``direction`` is that of the
    figure; with ``auto`` the text's own first strong character wins over it (typed text,
    not numbers written for the figure, whose left-to-right mark is not a direction)."""
    fallback = "rtl" if direction == "rtl" else "ltr"
    runs = [StyledText(text, TextStyle(font, size, color))]
    layout = layout_paragraph(
        runs, max(width, 1.0), "auto" if auto else fallback, "center", fallback
    )
    extents = []
    for line in layout.lines:
        left = max(layout.width - line.width, 0.0) / 2
        extents.append((left, left + line.width))
    return Label(layout, extents, size, size * pitch, role)


def signed(text: str) -> str:
    """A number that may start with + or -, kept left to right inside right-to-left text."""
    return LEFT_TO_RIGHT_MARK + text if text[:1] in "+-" else text


# ---------------------------------------------------------------- plan items


@dataclass
class Box:
    x: float
    y: float
    w: float
    h: float
    fill: RGB | None
    stroke: RGB | None = None
    line_width: float = 0.5


@dataclass
class Polyline:
    points: list[tuple[float, float]]
    stroke: RGB | None
    line_width: float = 1.0
    dash: tuple[float, ...] = ()
    fill: RGB | None = None  # closes the polygon


@dataclass
class Marker:
    shape: str
    x: float
    y: float
    radius: float
    fill: RGB
    stroke: RGB = WHITE


@dataclass
class Slice:
    """A pie slice (``inner`` 0) or a donut's ring segment; angles in degrees,
    counter-clockwise from three o'clock, ``extent`` positive."""

    cx: float
    cy: float
    outer: float
    inner: float
    start: float
    extent: float
    fill: RGB
    edge: RGB = WHITE


@dataclass
class Placed:
    """A label whose lines hang from ``anchor`` (left, right or center) at ``x``, the
    first baseline at ``baseline``."""

    label: Label
    x: float
    baseline: float
    anchor: str = "left"


Item = Box | Polyline | Marker | Slice | Placed
_FLIP = {"left": "right", "right": "left", "center": "center"}


def mirror(item: Item, width: float) -> Item:
    if isinstance(item, Box):
        return replace(item, x=width - item.x - item.w)
    if isinstance(item, Polyline):
        return replace(item, points=[(width - x, y) for x, y in item.points])
    if isinstance(item, Marker):
        return replace(item, x=width - item.x)
    if isinstance(item, Slice):
        return replace(item, cx=width - item.cx, start=180.0 - item.start - item.extent)
    return replace(item, x=width - item.x, anchor=_FLIP[item.anchor])


@dataclass
class Figure:
    """A planned drawing: its items in paint order, in points from its bottom left."""

    width: float
    height: float
    items: list[Item]

    def paint(self, canvas: Canvas, context: RenderContext, rtl: bool) -> None:
        for item in self.items:
            if rtl:
                item = mirror(item, self.width)
            _paint(canvas, context, item)


def _paint(canvas: Canvas, context: RenderContext, item: Item) -> None:
    if isinstance(item, Placed):
        _paint_label(canvas, context, item)
        return
    canvas.saveState()
    if isinstance(item, Box):
        _colours(canvas, item.fill, item.stroke, item.line_width)
        canvas.rect(
            item.x,
            item.y,
            item.w,
            item.h,
            stroke=item.stroke is not None,
            fill=item.fill is not None,
        )
    elif isinstance(item, Polyline):
        _colours(canvas, item.fill, item.stroke, item.line_width)
        if item.dash:
            canvas.setDash(list(item.dash))
        canvas.setLineJoin(1)
        canvas.setLineCap(0 if item.dash else 1)
        path = canvas.beginPath()
        path.moveTo(*item.points[0])
        for point in item.points[1:]:
            path.lineTo(*point)
        if item.fill is not None:
            path.close()
        canvas.drawPath(path, stroke=item.stroke is not None, fill=item.fill is not None)
    elif isinstance(item, Marker):
        _colours(canvas, item.fill, item.stroke, 0.7)
        _paint_marker(canvas, item)
    else:
        _colours(canvas, item.fill, item.edge, 0.9)
        canvas.setLineJoin(1)
        _paint_slice(canvas, item)
    canvas.restoreState()


def _colours(canvas: Canvas, fill: RGB | None, stroke: RGB | None, width: float) -> None:
    if fill is not None:
        canvas.setFillColorRGB(*fill)
    if stroke is not None:
        canvas.setStrokeColorRGB(*stroke)
        canvas.setLineWidth(width)


def _paint_marker(canvas: Canvas, marker: Marker) -> None:
    x, y, r = marker.x, marker.y, marker.radius
    if marker.shape == "circle":
        canvas.circle(x, y, r, stroke=1, fill=1)
        return
    if marker.shape == "square":
        canvas.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8, stroke=1, fill=1)
        return
    shapes = {
        "triangle": [(x - r * 1.1, y - r * 0.8), (x + r * 1.1, y - r * 0.8), (x, y + r * 1.1)],
        "triangle-down": [(x - r * 1.1, y + r * 0.8), (x + r * 1.1, y + r * 0.8), (x, y - r * 1.1)],
        "diamond": [(x, y + r * 1.2), (x + r * 1.2, y), (x, y - r * 1.2), (x - r * 1.2, y)],
    }
    path = canvas.beginPath()
    points = shapes[marker.shape]
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.close()
    canvas.drawPath(path, stroke=1, fill=1)


def _paint_slice(canvas: Canvas, piece: Slice) -> None:
    cx, cy, r = piece.cx, piece.cy, piece.outer
    path = canvas.beginPath()
    if piece.extent >= 359.999:
        path.circle(cx, cy, r)
        if piece.inner > 0:
            path.circle(cx, cy, piece.inner)
        canvas.drawPath(path, stroke=0, fill=1, fillMode=0)  # even-odd: a ring
        return
    if piece.inner > 0:
        path.arc(cx - r, cy - r, cx + r, cy + r, piece.start, piece.extent)
        q = piece.inner
        path.arcTo(cx - q, cy - q, cx + q, cy + q, piece.start + piece.extent, -piece.extent)
    else:
        path.moveTo(cx, cy)
        path.arcTo(cx - r, cy - r, cx + r, cy + r, piece.start, piece.extent)
    path.close()
    canvas.drawPath(path, stroke=1, fill=1)


def _paint_label(canvas: Canvas, context: RenderContext, placed: Placed) -> None:
    label = placed.label
    fonts = context.fonts_for(canvas)
    baseline = placed.baseline
    for line, (left, right) in zip(label.layout.lines, label.extents, strict=True):
        width = right - left
        if placed.anchor == "left":
            start = placed.x
        elif placed.anchor == "right":
            start = placed.x - width
        else:
            start = placed.x - width / 2
        draw_line(canvas, fonts, line, start - left, baseline)
        if context.line_log is not None and line.runs:
            abs_left, abs_baseline = canvas.absolutePosition(start, baseline)
            abs_right, _ = canvas.absolutePosition(start + width, baseline)
            paths = tuple(dict.fromkeys(str(g.style.font.path) for g in line.glyphs))
            context.line_log(
                DrawnLine(
                    page=canvas.getPageNumber() - 1,
                    baseline=abs_baseline,
                    left=abs_left,
                    right=abs_right,
                    text=label.layout.text[line.start : line.end],
                    direction=label.layout.direction,
                    font_path=paths[0],
                    size=line.size,
                    role=label.role,
                    paragraph=label.layout.text,
                    start=line.start,
                    font_paths=paths,
                    stretch=line.stretch,
                )
            )
        baseline -= label.pitch


# ---------------------------------------------------------------- the flowable


class FigureFlowable(Flowable):
    """A figure as wide as the frame (or ``width``), planned by ``plan`` on ``wrap`` and
    painted mirrored for right-to-left. Not split across pages."""

    def __init__(
        self,
        context: RenderContext,
        style: FigureStyle,
        language: str,
        direction: str | None,
        width: float | None,
        space_before: float,
        space_after: float,
    ) -> None:
        super().__init__()
        self.context = context
        self.style = style
        self.language = language
        self.direction = direction or ("rtl" if language == "ar" else "ltr")
        self.hAlign = "RIGHT" if self.direction == "rtl" else "LEFT"
        self.fixed_width = width
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.source = ""  # the block it comes from, for error messages
        self.figure: Figure | None = None
        self.width = 0.0
        self.height = 0.0

    def plan(self, width: float) -> Figure:
        raise NotImplementedError

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width = min(self.fixed_width or avail_width, avail_width)
        if self.figure is None or self.figure.width != width:
            try:
                self.figure = self.plan(width)
            except MissingGlyphsError as error:
                where = f"{self.source}: " if self.source else ""
                raise ExportError(f"{where}{error}") from error
        self.width, self.height = self.figure.width, self.figure.height
        return self.width, self.height

    def draw(self) -> None:
        assert self.figure is not None
        self.figure.paint(self.canv, self.context, self.direction == "rtl")


class ChartFlowable(FigureFlowable):
    """A chart, planned on ``wrap``.

    ``language`` is the document's ("ar", "fr" or "en"); the spec's own language, when
    given, wins. ``direction`` defaults to right-to-left for Arabic. ``height`` fixes the
    chart's height; by default it follows from the width. A spec built by hand is checked
    as ``chart_from_dict`` checks one (DocumentError).
    """

    def __init__(
        self,
        spec: ChartSpec,
        context: RenderContext,
        style: FigureStyle,
        language: str = "ar",
        direction: str | None = None,
        width: float | None = None,
        height: float | None = None,
        space_before: float = 6.0,
        space_after: float = 12.0,
    ) -> None:
        check_chart(spec, "")
        language = spec.language or language
        super().__init__(context, style, language, direction, width, space_before, space_after)
        self.spec = spec
        self.fixed_height = height

    def plan(self, width: float) -> Figure:
        return plan_chart(
            self.spec, self.style, self.language, self.direction, width, self.fixed_height
        )


# ---------------------------------------------------------------- planning


def plan_chart(
    spec: ChartSpec,
    style: FigureStyle,
    language: str,
    direction: str,
    width: float,
    height: float | None = None,
) -> Figure:
    """The chart's items in left-to-right coordinates (``Figure.paint`` mirrors them for a
    right-to-left chart). Raises MissingGlyphsError for text the fonts cannot draw."""
    planner = _Planner(spec, style, language, direction, width)
    if spec.kind in ("bar", "line"):
        return planner.axis_chart(height)
    return planner.share_chart(height)


def nice_ticks(low: float, high: float, target: int = 5) -> list[float]:
    """Round values from at most ``low`` to at least ``high``, about ``target`` steps apart."""
    if high - low < 1e-12:
        low, high = (low - 1, high + 1) if low else (0.0, 1.0)
    raw = (high - low) / target
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw * 0.999)
    first = math.floor(low / step + 1e-9)
    last = math.ceil(high / step - 1e-9)
    return [round(k * step, 12) for k in range(first, last + 1)]


def step_digits(step: float) -> int:
    """The fraction digits that write every multiple of ``step``."""
    for digits in range(7):
        scaled = step * 10**digits
        if abs(scaled - round(scaled)) < 1e-6:
            return digits
    return 6


def legend_key(kind: str, x: float, y: float, color: RGB, index: int, size: float) -> list[Item]:
    """The key of one series, ``size`` tall, its left edge at ``x`` and its middle at ``y``:
    a square for bars and slices, a stretch of line with its marker for lines."""
    if kind == "line":
        return [
            Polyline([(x, y), (x + 2.4 * size, y)], color, 1.6, DASHES[index % len(DASHES)]),
            Marker(MARKERS[index % len(MARKERS)], x + 1.2 * size, y, size * 0.33, color),
        ]
    return [Box(x, y - size / 2, size, size, color)]


def _breaks_words(label: Label) -> bool:
    """Whether a line of ``label`` ends inside a word (the word was too wide)."""
    text = label.layout.text
    lines = label.layout.lines
    return any(not text[following.start - 1].isspace() for following in lines[1:])


class _Planner:
    def __init__(
        self, spec: ChartSpec, style: FigureStyle, language: str, direction: str, width: float
    ) -> None:
        self.spec = spec
        self.style = style
        self.language = language
        self.direction = direction
        self.width = width
        self.percent = spec.unit.strip() in ("%", "٪")
        self.items: list[Item] = []

    # -- text ---------------------------------------------------------------------
    def text(
        self,
        text: str,
        size: float | None = None,
        bold: bool = False,
        color: RGB | None = None,
        width: float | None = None,
        role: str = "chart-label",
        auto: bool = True,
    ) -> Label:
        """``auto`` False for numbers written for the chart (see ``set_text``)."""
        style = self.style
        font = style.bold_font if bold else style.font
        return set_text(
            text,
            font,
            size or style.size,
            color or style.ink,
            width if width is not None else self.width,
            self.direction,
            role,
            auto=auto,
        )

    def number(self, value: float, digits: int | None = None, percent: bool | None = None) -> str:
        percent = self.percent if percent is None else percent
        return signed(self.style.number(value, self.language, percent, digits))

    def number_at(self, label: Label, right: float, column: float, baseline: float) -> Placed:
        """A number in a column ``column`` wide ending at ``right``: flush right in either
        direction, so that digits line up."""
        if self.direction == "rtl":
            return Placed(label, right - column, baseline, "left")
        return Placed(label, right, baseline, "right")

    def place(self, label: Label, x: float, top: float, anchor: str = "left") -> None:
        """``label`` with the top of its first line at ``top``."""
        self.items.append(Placed(label, x, top - label.ascent, anchor))

    def title(self) -> Label | None:
        if not self.spec.title.strip():
            return None
        style = self.style
        return self.text(self.spec.title, style.title_size, True, style.ink, role="chart-title")

    def source(self) -> Label | None:
        if not self.spec.source.strip():
            return None
        prefix = SOURCE_PREFIX.get(self.language, SOURCE_PREFIX["en"])
        return self.text(
            prefix + self.spec.source,
            self.style.size - 1,
            color=self.style.muted,
            role="chart-source",
        )

    def frame(self, body: float, top: Label | None, extra: float, bottom: Label | None) -> float:
        """Place the title and the source around a body ``body`` tall whose header takes
        ``extra`` more; returns the total height."""
        head = top.height + 8 if top else 0.0
        foot = bottom.height + 7 if bottom else 0.0
        total = head + extra + body + foot
        if top:
            self.place(top, 0.0, total)
        if bottom:
            self.place(bottom, 0.0, bottom.height)
        return total

    # -- bar and line charts -------------------------------------------------------
    def axis_chart(self, fixed_height: float | None) -> Figure:
        spec, style, width = self.spec, self.style, self.width
        bar = spec.kind == "bar"
        count = len(spec.categories)
        lightest = LIGHTEST if bar else LIGHTEST_LINE
        colors = palette(style.primary, style.accent, len(spec.series), lightest)
        values = [v for series in spec.series for v in series.values if v is not None]
        low, high = min(values), max(values)
        if bar or low >= 0 and low <= high - low:
            low = min(low, 0.0)
        if bar or high <= 0 and high >= low - high:
            high = max(high, 0.0)
        ticks = nice_ticks(low, high)
        digits = step_digits(ticks[1] - ticks[0])
        tick_labels = [
            self.text(self.number(t, digits), color=style.muted, auto=False) for t in ticks
        ]
        axis_width = max(label.width for label in tick_labels) + 6
        plot_left, plot_right = axis_width, width - 2
        slot = (plot_right - plot_left) / count

        title, source = self.title(), self.source()
        legend = _SeriesLegend(self, colors) if len(spec.series) > 1 else None
        legend_height = legend.height if legend else 0.0
        unit = None
        if spec.unit.strip() and not self.percent:
            unit = self.text(spec.unit, style.size - 0.5, color=style.muted)
        categories, shown = self.category_labels(slot, bar)
        category_height = max((label.height for label in categories), default=0.0)

        bars = _BarGeometry(slot, len(spec.series)) if bar else None
        value_labels = self.value_labels(slot, bars)
        label_height = max((label.height for label in value_labels.values()), default=0.0)
        raised = any(value >= 0 or not bar for value in values) and value_labels
        lowered = bar and any(value < 0 for value in values) and value_labels
        head_room = label_height + 3 if raised else style.size * 0.5 + 2
        foot_room = label_height + 3 if lowered else 0.0

        header = (legend_height + 6 if legend_height else 0.0) + (unit.height + 6 if unit else 0.0)
        below = category_height + 5 + foot_room
        base = (source.height + 7) if source else 0.0
        if fixed_height is None:
            plot_height = min(max(width * 0.36, 110.0), 230.0)
        else:
            head = title.height + 8 if title else 0.0
            plot_height = max(fixed_height - head - header - head_room - below - base, 40.0)
        total = self.frame(plot_height + head_room + below, title, header, source)
        plot_bottom = base + below
        plot_top = plot_bottom + plot_height
        span = ticks[-1] - ticks[0]

        def y_of(value: float) -> float:
            return plot_bottom + (value - ticks[0]) / span * plot_height

        if legend:
            legend.place(total - (title.height + 8 if title else 0.0))
        if unit:
            self.place(unit, 0.0, plot_top + head_room + 6 + unit.height)
        for tick, label in zip(ticks, tick_labels, strict=True):
            y = y_of(tick)
            if tick != 0:
                self.items.append(Polyline([(plot_left, y), (plot_right, y)], GRID, 0.5))
            self.items.append(self.number_at(label, plot_left - 6, axis_width - 6, y))
        zero = y_of(0.0) if ticks[0] <= 0 <= ticks[-1] else plot_bottom
        for index, label in zip(shown, categories, strict=True):
            centre = plot_left + (index + 0.5) * slot
            self.place(label, centre, plot_bottom - foot_room - 5, "center")
        if bars is not None:
            self.bars(bars, plot_left, y_of, colors, value_labels)
        else:
            self.items.append(
                Polyline([(plot_left, plot_bottom), (plot_right, plot_bottom)], AXIS, 0.7)
            )
            self.lines(plot_left, slot, y_of, colors, value_labels)
        self.items.append(Polyline([(plot_left, zero), (plot_right, zero)], AXIS, 0.8))
        return Figure(width, total, self.items)

    def category_labels(self, slot: float, bar: bool) -> tuple[list[Label], list[int]]:
        """The category names under the plot and the indices they stand under: wrapped
        within their slot for bars, every n-th on one line for lines."""
        names = self.spec.categories
        size = self.style.size
        if bar:
            for step in (0.0, 0.75, 1.5):
                labels = [self.text(name, size - step, width=slot - 4) for name in names]
                if all(len(lb.extents) <= 2 and not _breaks_words(lb) for lb in labels):
                    return labels, list(range(len(names)))
            # A word wider than its slot is never cut (its letters would lose their
            # joins): label every n-th bar instead, on one line.
            size -= 1.5
        labels = [self.text(name, size) for name in names]
        widest = max(label.width for label in labels)
        every = max(1, math.ceil((widest + 6) / slot))
        shown = list(range(0, len(names), every))
        return [labels[i] for i in shown], shown

    def value_labels(self, slot: float, bars: _BarGeometry | None) -> dict[tuple[int, int], Label]:
        """The value written by each bar or point, or none when they would crowd."""
        spec = self.spec
        count = len(spec.categories) * len(spec.series)
        if bars is None and (len(spec.series) > 1 or len(spec.categories) > 16):
            return {}
        if bars is not None and count > 24:
            return {}
        room = slot * 0.92 if bars is None or len(spec.series) == 1 else bars.pitch - 1
        for size in (self.style.size - 0.5, self.style.size - 1.5):
            labels = {
                (s, c): self.text(self.number(value), size, auto=False)
                for s, series in enumerate(spec.series)
                for c, value in enumerate(series.values)
                if value is not None
            }
            if all(label.width <= room for label in labels.values()):
                return labels
        return {}

    def bars(
        self,
        bars: _BarGeometry,
        plot_left: float,
        y_of: Callable[[float], float],
        colors: list[RGB],
        labels: dict[tuple[int, int], Label],
    ) -> None:
        zero = y_of(0.0)
        for s, series in enumerate(self.spec.series):
            for c, value in enumerate(series.values):
                if value is None:
                    continue
                x = plot_left + c * bars.slot + bars.offset(s)
                y = y_of(value)
                if abs(y - zero) > 1e-6:
                    self.items.append(Box(x, min(y, zero), bars.bar, abs(y - zero), colors[s]))
                label = labels.get((s, c))
                if label is None:
                    continue
                centre = x + bars.bar / 2
                if value >= 0:
                    self.items.append(Placed(label, centre, y + 3 + 0.28 * label.size, "center"))
                else:
                    self.place(label, centre, y - 3, "center")

    def lines(
        self,
        plot_left: float,
        slot: float,
        y_of: Callable[[float], float],
        colors: list[RGB],
        labels: dict[tuple[int, int], Label],
    ) -> None:
        radius = 2.6 if len(self.spec.categories) <= 24 else 1.8
        markers: list[Item] = []
        for s, series in enumerate(self.spec.series):
            run: list[tuple[float, float]] = []
            for c, value in enumerate([*series.values, None]):
                if value is None:
                    if len(run) > 1:
                        self.items.append(Polyline(run, colors[s], 1.8, DASHES[s % len(DASHES)]))
                    run = []
                    continue
                point = (plot_left + (c + 0.5) * slot, y_of(value))
                run.append(point)
                markers.append(Marker(MARKERS[s % len(MARKERS)], *point, radius, colors[s]))
                label = labels.get((s, c))
                if label is not None:
                    baseline = point[1] + radius + 3 + 0.28 * label.size
                    markers.append(Placed(label, point[0], baseline, "center"))
        self.items.extend(markers)

    # -- pie and donut charts ------------------------------------------------------
    def share_chart(self, fixed_height: float | None) -> Figure:
        spec, style, width = self.spec, self.style, self.width
        values = [v or 0.0 for v in spec.series[0].values]
        total_value = sum(values)
        shares = [value / total_value for value in values]
        colors = palette(style.primary, style.accent, len(values))
        title, source = self.title(), self.source()
        head = title.height + 8 if title else 0.0
        base = source.height + 7 if source else 0.0
        percents = [
            self.text(self.number(round(100 * share, 1), percent=True), bold=True, auto=False)
            for share in shares
        ]
        if fixed_height is None:
            pie_body = min(max(width * 0.34, 130.0), 200.0)
        else:
            pie_body = max(fixed_height - head - base, 80.0)
        radius = pie_body / 2 - OUTER_REACH - 5
        inner = radius * DONUT_HOLE if spec.kind == "donut" else 0.0
        wedges = _wedges(shares)
        inside = [
            _fits_in_slice(label, wedge, radius, inner)
            for label, wedge in zip(percents, wedges, strict=True)
        ]
        margins = {True: 4.0, False: 4.0}  # right and left of the pie, for outer labels
        for label, wedge, fits in zip(percents, wedges, inside, strict=True):
            right = math.cos(math.radians(wedge[2])) >= 0
            if wedge[1] > 0 and not fits:
                margins[right] = max(margins[right], label.width + OUTER_REACH + 4)
        pie_width = 2 * radius + margins[True] + margins[False]
        legend = _ShareLegend(self, percents, width - pie_width - LEGEND_GAP)
        stacked = legend.width > width - pie_width - LEGEND_GAP
        if stacked:
            legend = _ShareLegend(self, percents, width)
            pie_left = max((width - pie_width) / 2, 0.0)
            body = pie_body + 6 + legend.height
        else:
            pie_left = max((width - pie_width - LEGEND_GAP - legend.width) / 2, 0.0)
            body = pie_body if fixed_height is not None else max(pie_body, legend.height + 8)
        total = self.frame(body, title, 0.0, source)
        cx = pie_left + margins[False] + radius
        cy = base + body - pie_body / 2 if stacked else base + body / 2

        outer_labels: list[tuple[float, Label]] = []
        for wedge, color, label, fits in zip(wedges, colors, percents, inside, strict=True):
            start, extent, middle = wedge
            if extent <= 0:
                continue
            self.items.append(Slice(cx, cy, radius, inner, start, extent, color))
            if not fits:
                outer_labels.append((math.radians(middle), label))
                continue
            x, y = _label_point(wedge, radius, inner)
            ink = WHITE if lightness(color) < 0.55 else style.ink
            recoloured = self.text(label.layout.text, bold=True, color=ink, auto=False)
            self.items.append(Placed(recoloured, cx + x, cy + y - 0.35 * label.size, "center"))
        self.outer_labels(outer_labels, cx, cy, radius)
        if inner and not self.percent:
            self.donut_centre(total_value, cx, cy, inner)
        if stacked:
            legend.place(0.0, base + legend.height, colors)
        else:
            legend.place(pie_left + pie_width + LEGEND_GAP, cy + legend.height / 2, colors)
        return Figure(width, total, self.items)

    def outer_labels(
        self, labels: list[tuple[float, Label]], cx: float, cy: float, radius: float
    ) -> None:
        """Shares too thin for their label: the label just outside the slice, on a circle
        ``OUTER_REACH`` beyond the pie, with a leader; labels on one side of the pie are
        pushed apart until none overlaps another."""
        reach = radius + OUTER_REACH
        for right in (True, False):
            side = [(a, lb) for a, lb in labels if (math.cos(a) >= 0) == right]
            wanted = sorted(((cy + reach * math.sin(a), a, lb) for a, lb in side), reverse=True)
            placed: list[tuple[float, float, Label]] = []
            for y, a, label in wanted:
                if placed:
                    y = min(y, placed[-1][0] - (label.height + 1.5))
                placed.append((y, a, label))
            if placed and placed[-1][0] < cy - reach:
                lift = cy - reach - placed[-1][0]
                placed = [(y + lift, a, lb) for y, a, lb in placed]
            sign = 1 if right else -1
            for y, a, label in placed:
                x = cx + sign * math.sqrt(max(reach**2 - (y - cy) ** 2, 0.0))
                start = (cx + (radius + 1) * math.cos(a), cy + (radius + 1) * math.sin(a))
                self.items.append(Polyline([start, (x, y)], self.style.muted, 0.5))
                anchor = "left" if right else "right"
                self.items.append(Placed(label, x + sign * 2, y - 0.35 * label.size, anchor))

    def donut_centre(self, total: float, cx: float, cy: float, inner: float) -> None:
        style = self.style
        value = self.text(self.number(total), style.size + 3, bold=True, auto=False)
        unit = self.text(self.spec.unit, style.size - 1, color=style.muted, width=inner * 1.6)
        room = inner * 1.7
        if value.width > room or (self.spec.unit.strip() and unit.width > room):
            return
        if not self.spec.unit.strip():
            self.items.append(Placed(value, cx, cy - 0.35 * value.size, "center"))
            return
        height = value.ascent + 3 + unit.height
        top = cy + height / 2
        self.place(value, cx, top, "center")
        self.place(unit, cx, top - value.ascent - 3, "center")


class _ShareLegend:
    """The key of a pie: a swatch, the category and its share on each row; the names
    wrap within what the pie leaves of the width."""

    def __init__(self, planner: _Planner, percents: list[Label], room: float) -> None:
        self.planner = planner
        style = planner.style
        size = style.size
        self.key = size
        self.percent_width = max(label.width for label in percents)
        fixed = self.key + 6 + 14 + self.percent_width
        natural = max(planner.text(name).width for name in planner.spec.categories)
        self.name_width = max(min(natural, room - fixed, 190.0), 50.0)
        self.width = fixed + self.name_width
        self.rows = []
        for name, percent in zip(planner.spec.categories, percents, strict=True):
            label = planner.text(name, width=self.name_width)
            plain = planner.text(percent.layout.text, auto=False)
            self.rows.append((max(label.height + 5, size * 1.8), label, plain))
        self.height = sum(row[0] for row in self.rows)

    def place(self, left: float, top: float, colors: list[RGB]) -> None:
        planner = self.planner
        size = planner.style.size
        for (height, name, percent), color in zip(self.rows, colors, strict=True):
            middle = top - size * 0.9
            planner.items.extend(legend_key("pie", left, middle, color, 0, size))
            planner.place(name, left + self.key + 6, middle + 0.37 * size)
            baseline = middle + 0.37 * size - percent.ascent
            right = left + self.width
            planner.items.append(planner.number_at(percent, right, self.percent_width, baseline))
            top -= height


class _SeriesLegend:
    """The key of a chart with several series: entries flowing from the start, in rows."""

    def __init__(self, planner: _Planner, colors: list[RGB]) -> None:
        self.planner = planner
        self.colors = colors
        size = planner.style.size
        self.key = 2.4 * size if planner.spec.kind == "line" else size
        self.row = size * 1.7
        self.entries: list[tuple[float, int, Label]] = []  # x, row, name
        x, row = 0.0, 0
        for series in planner.spec.series:
            name = planner.text(series.name, width=planner.width - self.key - 5)
            needed = self.key + 5 + name.width
            if x > 0 and x + needed > planner.width:
                x, row = 0.0, row + 1
            self.entries.append((x, row, name))
            x += needed + 14
        self.height = (row + 1) * self.row - 4

    def place(self, top: float) -> None:
        planner = self.planner
        size = planner.style.size
        for index, (x, row, name) in enumerate(self.entries):
            y = top - (row + 0.5) * self.row
            kind = planner.spec.kind
            planner.items.extend(legend_key(kind, x, y, self.colors[index], index, size * 0.95))
            planner.items.append(Placed(name, x + self.key + 5, y - 0.35 * size))


def _wedges(shares: list[float]) -> list[tuple[float, float, float]]:
    """(start, extent, middle) of each share in degrees, clockwise from twelve o'clock."""
    wedges = []
    angle = 90.0
    for share in shares:
        extent = share * 360.0
        wedges.append((angle - extent, extent, angle - extent / 2))
        angle -= extent
    return wedges


def _label_point(
    wedge: tuple[float, float, float], radius: float, inner: float
) -> tuple[float, float]:
    """Where a share's label stands inside its slice, from the centre."""
    reach = (radius + inner) / 2 if inner else radius * 0.62
    middle = math.radians(wedge[2])
    return reach * math.cos(middle), reach * math.sin(middle)


def _fits_in_slice(
    label: Label, wedge: tuple[float, float, float], radius: float, inner: float
) -> bool:
    """Whether every corner of the label's box, with a margin, lies inside the slice."""
    start, extent, _middle = wedge
    if extent <= 0:
        return False
    x, y = _label_point(wedge, radius, inner)
    half_width, half_height = label.width / 2 + 1.5, label.height / 2 + 1
    for dx in (-half_width, half_width):
        for dy in (-half_height, half_height):
            px, py = x + dx, y + dy
            distance = math.hypot(px, py)
            if distance > radius - 1 or (inner and distance < inner + 1):
                return False
            if extent < 359.9 and (math.degrees(math.atan2(py, px)) - start) % 360 > extent:
                return False
    return True


@dataclass(frozen=True)
class _BarGeometry:
    """Where the bars of one category stand within its slot."""

    slot: float
    series: int

    @property
    def gap(self) -> float:
        return 1.0 if self.series > 1 else 0.0

    @property
    def bar(self) -> float:
        group = self.slot * (0.6 if self.series == 1 else 0.8)
        return min((group - self.gap * (self.series - 1)) / self.series, 40.0)

    @property
    def pitch(self) -> float:
        return self.bar + self.gap

    def offset(self, index: int) -> float:
        group = self.pitch * self.series - self.gap
        return (self.slot - group) / 2 + index * self.pitch
