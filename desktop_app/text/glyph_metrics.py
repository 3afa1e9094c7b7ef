"""Per-glyph ink bounds, which the layout needs to put marks over their base.

Presentation forms carry no GPOS anchors, so marks are centred over the ink of their
base and lifted clear of it.
"""

from __future__ import annotations

import io

from fontTools.ttLib import TTFont

from .fonts import FontProgram

Bounds = tuple[int, int, int, int]


class GlyphMetrics:
    """Advances and ink bounds (font units) of one font program."""

    def __init__(self, font: FontProgram) -> None:
        self.font = font
        self.units_per_em = font.units_per_em
        self._bounds: dict[int, Bounds | None] = {}
        self._tt: TTFont | None = None

    def bounds(self, gid: int) -> Bounds | None:
        """(xMin, yMin, xMax, yMax) of the glyph's ink, None for an empty glyph."""
        if gid not in self._bounds:
            self._bounds[gid] = self._read_bounds(gid)
        return self._bounds[gid]

    def inked_substitute(self, gid: int) -> int | None:
        """A glyph with ink that the font's own single substitutions put in place of
        ``gid``, for placeholder glyphs such as Amiri's empty tatweel."""
        font = self._font_tables()
        if "GSUB" not in font:
            return None
        name = self.font.glyph_name(gid)
        for lookup in font["GSUB"].table.LookupList.Lookup:
            for subtable in lookup.SubTable:
                if lookup.LookupType == 7:
                    subtable = subtable.ExtSubTable
                mapping = getattr(subtable, "mapping", None)
                if not mapping or name not in mapping:
                    continue
                candidate = font.getGlyphID(mapping[name])
                if self.bounds(candidate) is not None and self.font.advance(candidate) > 0:
                    return candidate
        return None

    def _font_tables(self) -> TTFont:
        if self._tt is None:
            self._tt = TTFont(io.BytesIO(self.font.font_bytes()), lazy=True)
        return self._tt

    def _read_bounds(self, gid: int) -> Bounds | None:
        self._font_tables()
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
