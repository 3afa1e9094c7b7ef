"""Writes laid-out lines into a ReportLab canvas as PDF text operators."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from desktop_app.text.layout import LaidOutLine, PlacedGlyph, TextStyle

from .embedded_font import EmbeddedFont, EmbeddedFontSet

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
    reverse each string on its own (pdf.js) then read them in the typed order. A word
    placed once (a run shared between lines) is encoded once per document.
    """
    if not line.runs and not line.underlines:
        return
    ops: list[str] = ["q", "BT"]
    segments = _segments(line.runs)
    if line.direction == "rtl":
        segments.reverse()
    current_font = None
    current_size = None
    current_color = None
    for style, pieces in segments:
        size = style.size
        embedded = fonts.get(style.font)
        if embedded is not current_font or size != current_size:
            ops.append(f"/{embedded.resource_name} {_num(size)} Tf")
            current_font, current_size = embedded, size
        if style.color != current_color:
            ops.append(" ".join(_num(c) for c in style.color) + " rg")
            current_color = style.color
        first_offset, first, first_shared = pieces[0]
        pen = first_offset + (first[0].x if first_shared else first.x)
        ops.append(f"1 0 0 1 {_num(x + pen)} {_num(y)} Tm")
        array: list[str] = []
        append = array.append
        advances = style.font.advances
        units = 1000 / style.font.units_per_em
        fragment = embedded.fragment
        code = embedded.code
        for offset, glyphs, shared in pieces:
            if shared:
                start, body, end = fragment(glyphs, _encode)
            else:  # a loose glyph (spaces, marks between words)
                start, gid, text, _style, advance, glyph_offset, is_mark = glyphs
                width = round(advance * 1000 / size if is_mark else advances[gid] * units)
                body = code(gid, text, width, glyph_offset)
                end = start + width * size / 1000
            shift = offset + start - pen
            if shift > 1e-4 or shift < -1e-4:
                append(_num(-shift * 1000 / size))
            append(body)
            pen = offset + end
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


def _segments(
    runs: list[tuple[float, tuple[PlacedGlyph, ...], bool]],
) -> list[tuple[TextStyle, list[tuple[float, tuple[PlacedGlyph, ...] | PlacedGlyph, bool]]]]:
    """The line's runs as pieces grouped by look (font, size, colour), left to right.

    A shared run (a word placed once) stays whole, as (x, glyphs, True); loose glyphs
    become pieces of their own, as (x, glyph, False). Glyphs sharing an origin are spread
    (see ``_encode``); where a piece starts at or before the end of the one before it,
    it moves right by ``ORIGIN_STEP``.
    """
    segments: list[
        tuple[TextStyle, list[tuple[float, tuple[PlacedGlyph, ...] | PlacedGlyph, bool]]]
    ] = []
    pieces: list[tuple[float, tuple[PlacedGlyph, ...] | PlacedGlyph, bool]] = []
    last_style: TextStyle | None = None
    last_x = -1e9
    step = ORIGIN_STEP
    for offset, glyphs, shared in runs:
        if shared:
            first = offset + glyphs[0].x
            if first < last_x + step:
                offset += last_x + step - first
            last_x = offset + glyphs[-1].x + step * (len(glyphs) - 1)
            style = glyphs[0].style
            if style is not last_style and (
                last_style is None
                or style.font is not last_style.font
                or style.size != last_style.size
                or style.color != last_style.color
            ):
                pieces = []
                segments.append((style, pieces))
                last_style = style
            pieces.append((offset, glyphs, True))
            continue
        for glyph in glyphs:
            piece_offset = offset
            first = offset + glyph.x
            if first < last_x + step:
                piece_offset += last_x + step - first
            last_x = piece_offset + glyph.x
            style = glyph.style
            if style is not last_style and (
                last_style is None
                or style.font is not last_style.font
                or style.size != last_style.size
                or style.color != last_style.color
            ):
                pieces = []
                segments.append((style, pieces))
                last_style = style
            pieces.append((piece_offset, glyph, False))
    return segments


def _encode(embedded: EmbeddedFont, glyphs: tuple[PlacedGlyph, ...]) -> tuple[float, str, float]:
    """(x of the first glyph, TJ body, pen after the last glyph), in points from the
    glyphs' own origin. A glyph drawn at the same origin as the one before it moves
    right by ``ORIGIN_STEP``: extractors sort glyphs by origin, and not stably."""
    style = glyphs[0].style
    size = style.size
    advances = style.font.advances
    units = 1000 / style.font.units_per_em
    code = embedded.code
    first = glyphs[0].x
    pen = first
    last_x = -1e9
    parts: list[str] = []
    for glyph in glyphs:
        glyph_x = glyph.x if glyph.x >= last_x + ORIGIN_STEP else last_x + ORIGIN_STEP
        last_x = glyph_x
        if glyph.is_mark:
            width = round(glyph.advance * 1000 / size)
        else:
            width = round(advances[glyph.gid] * units)
        shift = glyph_x - pen
        if shift > 1e-4 or shift < -1e-4:
            parts.append(_num(-shift * 1000 / size))
        parts.append(code(glyph.gid, glyph.text, width, glyph.offset))
        pen = glyph_x + width * size / 1000
    return first, "".join(parts), pen
