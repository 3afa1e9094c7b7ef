"""Per-glyph ink bounds, which the layout needs to put marks over their base.

Presentation forms carry no GPOS anchors, so marks are centred over the ink of their
base and lifted clear of it.
"""

from __future__ import annotations

import io
import struct

from fontTools.ttLib import TTFont

from .fonts import FontProgram, numbered_glyph_order

Bounds = tuple[int, int, int, int]


class GlyphMetrics:
    """Advances and ink bounds (font units) of one font program."""

    def __init__(self, font: FontProgram) -> None:
        self.font = font
        self.units_per_em = font.units_per_em
        self._bounds: dict[int, Bounds | None] = {}
        self._tt: TTFont | None = None
        self._names: list[str] | None = None  # glyph names by number in ``_tt``, if set
        self._substitutes: dict[int, int | None] = {}

    def bounds(self, gid: int) -> Bounds | None:
        """(xMin, yMin, xMax, yMax) of the glyph's ink, None for an empty glyph."""
        if gid not in self._bounds:
            self._bounds[gid] = self._read_bounds(gid)
        return self._bounds[gid]

    def inked_substitute(self, gid: int) -> int | None:
        """A glyph with ink that the font puts in place of ``gid``, for placeholder
        glyphs such as Amiri's empty tatweel: the first single substitution of GSUB."""
        if gid in self._substitutes:
            return self._substitutes[gid]
        found = self._gsub_substitute(gid)
        self._substitutes[gid] = found
        return found

    def _gsub_substitute(self, gid: int) -> int | None:
        font = self._font_tables()
        if "GSUB" not in font.reader:
            return None
        for candidate in single_substitutes(font.reader["GSUB"], gid):
            if self.font.advance(candidate) > 0 and self.bounds(candidate) is not None:
                return candidate
        return None

    def _font_tables(self) -> TTFont:
        if self._tt is None:
            self._tt = TTFont(io.BytesIO(self.font.font_bytes()), lazy=True)
            self._names = numbered_glyph_order(self._tt)
        return self._tt

    def _read_bounds(self, gid: int) -> Bounds | None:
        self._font_tables()
        names = self._names
        name = names[gid] if names is not None and 0 <= gid < len(names) else None
        if name is None:
            name = self.font.glyph_name(gid)
        if "glyf" in self._tt:
            glyf = self._tt["glyf"]
            glyph = glyf[name]
            if glyph.numberOfContours == 0:
                return None
            if not hasattr(glyph, "xMin"):
                glyph.recalcBounds(glyf)
            return (glyph.xMin, glyph.yMin, glyph.xMax, glyph.yMax)
        from fontTools.pens.boundsPen import BoundsPen

        pen = BoundsPen(self._tt.getGlyphSet())
        self._tt.getGlyphSet()[name].draw(pen)
        if pen.bounds is None:
            return None
        return tuple(round(v) for v in pen.bounds)  # type: ignore[return-value]


def single_substitutes(gsub: bytes, gid: int) -> list[int]:
    """Glyphs that GSUB single substitutions (lookup type 1) put in place of ``gid``,
    in lookup order. Reads the table's bytes directly: decompiling the whole GSUB of a
    large font takes over a second."""
    found: list[int] = []
    lookup_list = _u16(gsub, 8)
    for index in range(_u16(gsub, lookup_list)):
        lookup = lookup_list + _u16(gsub, lookup_list + 2 + 2 * index)
        lookup_type = _u16(gsub, lookup)
        for sub in range(_u16(gsub, lookup + 4)):
            table = lookup + _u16(gsub, lookup + 6 + 2 * sub)
            kind = lookup_type
            if kind == 7:  # extension: the real subtable is further on
                kind = _u16(gsub, table + 2)
                table += struct.unpack_from(">I", gsub, table + 4)[0]
            if kind != 1:
                continue
            coverage_index = _coverage_index(gsub, table + _u16(gsub, table + 2), gid)
            if coverage_index is None:
                continue
            if _u16(gsub, table) == 1:
                found.append((gid + struct.unpack_from(">h", gsub, table + 4)[0]) & 0xFFFF)
            else:
                found.append(_u16(gsub, table + 6 + 2 * coverage_index))
    return found


def _coverage_index(data: bytes, offset: int, gid: int) -> int | None:
    if _u16(data, offset) == 1:
        for index in range(_u16(data, offset + 2)):
            if _u16(data, offset + 4 + 2 * index) == gid:
                return index
        return None
    for index in range(_u16(data, offset + 2)):
        start, end, first = struct.unpack_from(">HHH", data, offset + 4 + 6 * index)
        if start <= gid <= end:
            return first + gid - start
    return None


def _u16(data: bytes, offset: int) -> int:
    return struct.unpack_from(">H", data, offset)[0]
