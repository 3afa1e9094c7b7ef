"""The nameplate that opens a bulletin: a band in the kit's primary colour holding the
title and tagline, then the issue line at the start side and the date at the end side
above a rule in the accent colour."""

from __future__ import annotations

from reportlab.platypus import Flowable

from .text_flowable import TextFlowable

NAMEPLATE_ROLE = "nameplate"

Color = tuple[float, float, float]

PADDING = 9.0  # inside the band, around the title and tagline
GAP = 4.0  # between the band and the issue line
RULE = 1.6  # the accent rule's thickness
SPACE_AFTER = 14.0


class NameplateFlowable(Flowable):
    def __init__(
        self,
        title: TextFlowable,
        tagline: TextFlowable | None,
        issue_line: TextFlowable | None,
        date_line: TextFlowable | None,
        direction: str,
        band: Color,
        rule: Color,
    ) -> None:
        super().__init__()
        self.title = title
        self.tagline = tagline
        self.issue_line = issue_line
        self.date_line = date_line
        self.rtl = direction == "rtl"
        self.band = band
        self.rule = rule
        self.spaceAfter = SPACE_AFTER
        self.band_height = self.row_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        inner = avail_width - 2 * PADDING
        self.band_height = 2 * PADDING + self.title.wrap(inner, avail_height)[1]
        if self.tagline is not None:
            self.band_height += self.tagline.wrap(inner, avail_height)[1]
        half = avail_width / 2
        self.row_height = max(
            (line.wrap(half, avail_height)[1] for line in self._row() if line is not None),
            default=0.0,
        )
        self.width = avail_width
        self.height = self.band_height + GAP + self.row_height + RULE + GAP
        return self.width, self.height

    def _row(self) -> tuple[TextFlowable | None, TextFlowable | None]:
        return self.issue_line, self.date_line

    def draw(self) -> None:
        canvas = self.canv
        band_bottom = self.height - self.band_height
        canvas.saveState()
        canvas.setFillColorRGB(*self.band)
        canvas.rect(0, band_bottom, self.width, self.band_height, stroke=0, fill=1)
        canvas.restoreState()
        top = self.height - PADDING - self.title.height
        self.title.drawOn(canvas, PADDING, top)
        if self.tagline is not None:
            self.tagline.drawOn(canvas, PADDING, top - self.tagline.height)
        row_top = band_bottom - GAP
        half = self.width / 2
        start_x, end_x = (half, 0.0) if self.rtl else (0.0, half)
        for line, x in ((self.issue_line, start_x), (self.date_line, end_x)):
            if line is not None:
                line.drawOn(canvas, x, row_top - line.height)
        rule_y = row_top - self.row_height - RULE / 2
        canvas.saveState()
        canvas.setStrokeColorRGB(*self.rule)
        canvas.setLineWidth(RULE)
        canvas.line(0, rule_y, self.width, rule_y)
        canvas.restoreState()


NUMBER_COLUMN = 30.0  # the page numbers' column at the end side
ROW_GAP = 2.0


class ContentsFlowable(Flowable):
    """The sections of the issue under a label: each title at the start side and its page
    at the end side, with a hairline between rows. The page column has a fixed width,
    so a first pass with placeholder numbers paginates as the final one."""

    def __init__(
        self,
        label: TextFlowable | None,
        rows: list[tuple[TextFlowable, TextFlowable]],
        direction: str,
        rule: Color,
    ) -> None:
        super().__init__()
        self.label = label
        self.rows = rows
        self.rtl = direction == "rtl"
        self.rule = rule
        self.spaceAfter = SPACE_AFTER
        self._label_height = 0.0
        self._heights: list[float] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        label_height = self.label.wrap(avail_width, avail_height)[1] if self.label else 0.0
        self._label_height = label_height
        self._heights = []
        for title, page in self.rows:
            title_height = title.wrap(avail_width - NUMBER_COLUMN, avail_height)[1]
            page_height = page.wrap(NUMBER_COLUMN, avail_height)[1]
            self._heights.append(max(title_height, page_height) + ROW_GAP)
        self.height = label_height + sum(self._heights)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        cursor = self.height - self._label_height
        if self.label is not None:
            self.label.drawOn(canvas, 0, cursor)
        title_x, page_x = (NUMBER_COLUMN, 0.0) if self.rtl else (0.0, self.width - NUMBER_COLUMN)
        canvas.saveState()
        canvas.setStrokeColorRGB(*self.rule)
        canvas.setLineWidth(0.4)
        for (title, page), height in zip(self.rows, self._heights, strict=True):
            title.drawOn(canvas, title_x, cursor - title.height)
            page.drawOn(canvas, page_x, cursor - page.height)
            cursor -= height
            canvas.line(0, cursor + ROW_GAP / 2, self.width, cursor + ROW_GAP / 2)
        canvas.restoreState()

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The rows that fit (the label with at least two of them), then the rest."""
        self.wrap(avail_width, avail_height)
        used, fitting = self._label_height, 0
        for height in self._heights:
            if used + height > avail_height:
                break
            used += height
            fitting += 1
        if fitting == len(self.rows):
            return [self]
        if fitting < min(2, len(self.rows)):
            return []
        direction = "rtl" if self.rtl else "ltr"
        head = ContentsFlowable(self.label, self.rows[:fitting], direction, self.rule)
        head.spaceAfter = 0.0
        tail = ContentsFlowable(None, self.rows[fitting:], direction, self.rule)
        return [head, tail]
