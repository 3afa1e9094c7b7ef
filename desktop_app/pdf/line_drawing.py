"""Writes laid-out lines into a ReportLab canvas as PDF text operators."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from desktop_app.text.layout import LaidOutLine, PlacedGlyph, TextStyle

from .embedded_font import EmbeddedFontSet

__all__ = ["draw_line"]

UNDERLINE_POSITION = -0.13  # em below the baseline
UNDERLINE_THICKNESS = 0.05  # em
ORIGIN_STEP = 0.01  # points


def _num(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def draw_line(
    canvas: Canvas, fonts: EmbeddedFontSet, line: LaidOutLine, x: float, y: float
) -> None:
    """Draw ``line`` with its left edge at ``x`` and its baseline at ``y``.

    Glyphs of one style go out as one ``TJ`` string, left to right. In a right-to-left
    paragraph those strings go out from the rightmost to the leftmost: viewers that
    reverse each string on its own (pdf.js) then read them in the typed order.
    """
    if not line.glyphs and not line.underlines:
        return
    ops: list[str] = ["q", "BT"]
    segments = _segments(line.glyphs)
    if line.direction == "rtl":
        segments.reverse()
    current_font = None
    current_size = None
    current_color = None
    for segment in segments:
        style = segment[0][1].style
        size = style.size
        embedded = fonts.get(style.font)
        if embedded is not current_font or size != current_size:
            ops.append(f"/{embedded.resource_name} {_num(size)} Tf")
            current_font, current_size = embedded, size
        if style.color != current_color:
            ops.append(" ".join(_num(c) for c in style.color) + " rg")
            current_color = style.color
        pen = segment[0][0]
        ops.append(f"1 0 0 1 {_num(x + pen)} {_num(y)} Tm")
        array: list[str] = []
        advances = style.font.advances
        units = 1000 / style.font.units_per_em
        code = embedded.code
        for glyph_x, glyph in segment:
            if glyph.is_mark:
                width = round(glyph.advance * 1000 / size)
            else:
                width = round(advances[glyph.gid] * units)
            shift = glyph_x - pen
            if shift > 1e-4 or shift < -1e-4:
                array.append(_num(-shift * 1000 / size))
            array.append(code(glyph.gid, glyph.text, width, glyph.offset))
            pen = glyph_x + width * size / 1000
        ops.append("[" + "".join(array) + "] TJ")
    ops.append("ET")
    for start, end, style in line.underlines:
        thickness = UNDERLINE_THICKNESS * style.size
        ops.append(" ".join(_num(c) for c in style.color) + " rg")
        ops.append(
            f"{_num(x + start)} {_num(y + UNDERLINE_POSITION * style.size - thickness / 2)} "
            f"{_num(end - start)} {_num(thickness)} re f"
        )
    ops.append("Q")
    canvas._code.append("\n".join(ops))  # noqa: SLF001 (raw operators are ReportLab's documented escape hatch)


def _segments(glyphs: list[PlacedGlyph]) -> list[list[tuple[float, PlacedGlyph]]]:
    """Glyphs with the x they are drawn at, in runs of one look (font, size, colour).

    Extractors sort glyphs by origin, and not stably: a glyph drawn at the same origin
    as the one before it moves right by an invisible amount.
    """
    segments: list[list[tuple[float, PlacedGlyph]]] = []
    current: list[tuple[float, PlacedGlyph]] = []
    last_x = -1e9
    last_style: TextStyle | None = None
    for glyph in glyphs:
        glyph_x = glyph.x if glyph.x >= last_x + ORIGIN_STEP else last_x + ORIGIN_STEP
        last_x = glyph_x
        style = glyph.style
        if last_style is None or not (
            style is last_style
            or (
                style.font is last_style.font
                and style.size == last_style.size
                and style.color == last_style.color
            )
        ):
            current = []
            segments.append(current)
            last_style = style
        current.append((glyph_x, glyph))
    return segments
