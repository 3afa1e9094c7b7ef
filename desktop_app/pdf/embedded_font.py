"""A TrueType font embedded as a CID font, with a text mapping chosen per glyph use.

ReportLab's own TrueType embedding maps each character to a glyph through the font's
cmap. Shaped text needs the other way round: the layout picks glyphs, and each use of
a glyph says which typed text it stands for. Here every distinct (glyph, text) pair
gets its own CID; ``CIDToGIDMap`` sends the CID to the glyph and ``ToUnicode`` sends it
to the text. The same glyph can so stand for a typed ``(`` in one place and ``)`` in
another, and a lam-alef ligature for two letters.

A mark placed off its own origin (over a base letter) is drawn at the base's origin
through a composite glyph added to the subset, which holds the mark moved by the
offset. Text extractors order glyphs by their origin, so the mark stays with its base.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reportlab.pdfbase import pdfdoc

from desktop_app.text.fonts import FontProgram

from .font_subset import subset_truetype

__all__ = ["EmbeddedFont", "EmbeddedFontSet"]

_PS_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9-]")


class EmbeddedFont:
    """One font program embedded into one PDF document under ``resource_name``."""

    def __init__(self, font: FontProgram, resource_name: str, tag: str) -> None:
        self.font = font
        self.resource_name = resource_name
        self._tag = tag
        self._cids: dict[tuple[int, str, int, tuple[int, int]], int] = {}
        self._codes: dict[tuple[int, str, int, tuple[int, int]], str] = {}
        self._fragments: dict[int, tuple[tuple, tuple[float, str, float]]] = {}
        # CID 0 is .notdef
        self._entries: list[tuple[int, str, int, tuple[int, int]]] = [(0, "", 0, (0, 0))]

    def width_units(self, gid: int) -> int:
        """The glyph's advance in text space units (1/1000 em), as the W array gives it."""
        return round(self.font.advance(gid) * 1000 / self.font.units_per_em)

    def cid(
        self, gid: int, text: str, width: int | None = None, offset: tuple[int, int] = (0, 0)
    ) -> int:
        """The CID drawing glyph ``gid`` (moved by ``offset`` font units) that copies out
        as ``text``; ``width`` overrides the advance (1/1000 em)."""
        if width is None:
            width = self.width_units(gid)
        key = (gid, text, width, offset)
        found = self._cids.get(key)
        if found is None:
            found = len(self._entries)
            if found > 0xFFFF:
                raise ValueError(f"too many distinct glyphs for font {self.font.family}")
            self._cids[key] = found
            self._entries.append(key)
        return found

    def code(self, gid: int, text: str, width: int, offset: tuple[int, int]) -> str:
        """``cid()`` as the hex string a TJ array takes, e.g. ``<002A>``."""
        key = (gid, text, width, offset)
        found = self._codes.get(key)
        if found is None:
            found = self._codes[key] = f"<{self.cid(gid, text, width, offset):04X}>"
        return found

    def fragment(
        self,
        glyphs: tuple,
        encode: Callable[[EmbeddedFont, tuple], tuple[float, str, float]],
    ) -> tuple[float, str, float]:
        """``encode(self, glyphs)``, kept for a run of glyphs shared between lines."""
        found = self._fragments.get(id(glyphs))
        if found is None or found[0] is not glyphs:
            found = (glyphs, encode(self, glyphs))
            self._fragments[id(glyphs)] = found
        return found[1]

    # Called by ReportLab when the document is written (doc.delayedFonts).
    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 (ReportLab's name)
        base_name = f"{self._tag}+{_PS_NAME_UNSAFE.sub('', self.font.family) or 'Font'}"
        program, gid_of_entry = self._subset_program()
        font_file = pdfdoc.PDFStream(content=program)
        font_file.dictionary["Length1"] = len(program)
        scale = 1000 / self.font.units_per_em
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": pdfdoc.PDFName("FontDescriptor"),
                "FontName": pdfdoc.PDFName(base_name),
                "Flags": 4,
                "FontBBox": pdfdoc.PDFArray(
                    [
                        -1000,
                        round(self.font.descender * scale),
                        2000,
                        round(self.font.ascender * scale),
                    ]
                ),
                "ItalicAngle": 0,
                "Ascent": round(self.font.ascender * scale),
                "Descent": round(self.font.descender * scale),
                "CapHeight": round(self.font.ascender * scale * 0.7),
                "StemV": 80,
                "FontFile2": doc.Reference(font_file),
            }
        )
        cid_to_gid = bytearray(2 * len(self._entries))
        widths: list[object] = []
        for cid, (_gid, _text, width, _offset) in enumerate(self._entries):
            gid = gid_of_entry[cid]
            cid_to_gid[2 * cid] = gid >> 8
            cid_to_gid[2 * cid + 1] = gid & 0xFF
            if cid:
                widths.extend([cid, pdfdoc.PDFArray([width])])
        cid_font = pdfdoc.PDFDictionary(
            {
                "Type": pdfdoc.PDFName("Font"),
                "Subtype": pdfdoc.PDFName("CIDFontType2"),
                "BaseFont": pdfdoc.PDFName(base_name),
                "CIDSystemInfo": pdfdoc.PDFDictionary(
                    {
                        "Registry": pdfdoc.PDFString("Adobe"),
                        "Ordering": pdfdoc.PDFString("Identity"),
                        "Supplement": 0,
                    }
                ),
                "FontDescriptor": doc.Reference(descriptor),
                "DW": 0,
                "W": pdfdoc.PDFArray(widths),
                "CIDToGIDMap": doc.Reference(pdfdoc.PDFStream(content=bytes(cid_to_gid))),
            }
        )
        to_unicode = pdfdoc.PDFStream(content=self._to_unicode_cmap().encode("ascii"))
        type0 = pdfdoc.PDFDictionary(
            {
                "Type": pdfdoc.PDFName("Font"),
                "Subtype": pdfdoc.PDFName("Type0"),
                "BaseFont": pdfdoc.PDFName(base_name),
                "Encoding": pdfdoc.PDFName("Identity-H"),
                "DescendantFonts": pdfdoc.PDFArray([doc.Reference(cid_font)]),
                "ToUnicode": doc.Reference(to_unicode),
            }
        )
        reference = doc.Reference(type0, self.resource_name)
        doc.idToObject["BasicFonts"].dict[self.resource_name] = reference

    def _subset_program(self) -> tuple[bytes, list[int]]:
        """The subset font program, and the glyph id each CID draws."""
        glyph_count = self.font.glyph_count
        moved: dict[tuple[int, int, int], int] = {}
        gid_of_entry: list[int] = []
        for gid, _text, _width, (dx, dy) in self._entries:
            if (dx, dy) == (0, 0):
                gid_of_entry.append(gid)
                continue
            key = (gid, dx, dy)
            if key not in moved:
                moved[key] = glyph_count + len(moved)
            gid_of_entry.append(moved[key])
        used = {gid for gid, _text, _width, _offset in self._entries}
        program = subset_truetype(self.font.font_bytes(), used, list(moved))
        return program, gid_of_entry

    def _to_unicode_cmap(self) -> str:
        entries = []
        for cid, (_gid, text, _width, _offset) in enumerate(self._entries):
            if cid and text:
                entries.append(f"<{cid:04X}> <{text.encode('utf-16-be').hex().upper()}>")
        chunks = []
        for start in range(0, len(entries), 100):
            chunk = entries[start : start + 100]
            chunks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar\n")
        return (
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + "".join(chunks)
            + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
        )


class EmbeddedFontSet:
    """The fonts embedded into one PDF document; register with the canvas's document."""

    def __init__(self, doc: pdfdoc.PDFDocument) -> None:
        self._doc = doc
        self._fonts: dict[int, EmbeddedFont] = {}

    def get(self, font: FontProgram) -> EmbeddedFont:
        key = id(font)
        embedded = self._fonts.get(key)
        if embedded is None:
            number = len(self._fonts) + 1
            tag = "".join(chr(ord("A") + (number // 26**i) % 26) for i in range(6))
            embedded = EmbeddedFont(font, f"TQ{number}", tag)
            self._fonts[key] = embedded
            self._doc.delayedFonts.append(embedded)
        return embedded
