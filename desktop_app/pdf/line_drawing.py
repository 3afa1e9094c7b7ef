"""Writes laid-out lines into a ReportLab canvas as PDF text operators."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from desktop_app.text.layout import LaidOutLine

from .embedded_font import EmbeddedFontSet

__all__ = ["draw_line"]

UNDERLINE_POSITION = -0.13  # em below the baseline
UNDERLINE_THICKNESS = 0.05  # em


def _num(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def draw_line(
    canvas: Canvas, fonts: EmbeddedFontSet, line: LaidOutLine, x: float, y: float
) -> None:
    """Draw ``line`` with its left edge at ``x`` and its baseline at ``y``."""
    if not line.glyphs and not line.underlines:
        return
    ops: list[str] = ["q", "BT", f"1 0 0 1 {_num(x)} {_num(y)} Tm"]
    pen = 0.0
    current_font = None
    current_size = None
    current_color = None
    current_rise = 0.0
    array: list[str] = []

    def flush() -> None:
        if array:
            ops.append("[" + "".join(array) + "] TJ")
            array.clear()

    for glyph in line.glyphs:
        style = glyph.style
        embedded = fonts.get(style.font)
        if embedded is not current_font or style.size != current_size:
            flush()
            ops.append(f"/{embedded.resource_name} {_num(style.size)} Tf")
            current_font, current_size = embedded, style.size
        if style.color != current_color:
            flush()
            ops.append(" ".join(_num(c) for c in style.color) + " rg")
            current_color = style.color
        if glyph.rise != current_rise:
            flush()
            ops.append(f"{_num(glyph.rise)} Ts")
            current_rise = glyph.rise
        width = 0 if glyph.is_mark and glyph.advance == 0 and glyph.text in "\u200e\u200f" else None
        cid = embedded.cid(glyph.gid, glyph.text, width)
        shift = glyph.x - pen
        if abs(shift) > 1e-4:
            array.append(_num(-shift * 1000 / style.size))
        array.append(f"<{cid:04X}>")
        natural = (
            (width if width is not None else embedded.width_units(glyph.gid)) * style.size / 1000
        )
        pen = glyph.x + natural
    flush()
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
