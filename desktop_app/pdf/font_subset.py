"""A fast TrueType subsetter for embedding: keeps glyph ids, empties unused glyphs.

fontTools' subsetter decompiles every table of the font and takes close to half a
second for a large Naskh face. Embedding only needs the outlines of the glyphs drawn,
under their own glyph ids (the PDF's CIDToGIDMap points at them), so this works on the
raw tables: it copies the used glyphs' bytes (and their components'), leaves the
others empty, and appends composite glyphs that draw a glyph moved by an offset (marks
placed over their base).
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence

__all__ = ["subset_truetype"]

_KEEP_TABLES = (
    "OS/2",
    "cvt ",
    "fpgm",
    "glyf",
    "head",
    "hhea",
    "hmtx",
    "loca",
    "maxp",
    "name",
    "post",
    "prep",
)

# Composite glyph flags (OpenType 'glyf').
_ARG_1_AND_2_ARE_WORDS = 0x0001
_ARGS_ARE_XY_VALUES = 0x0002
_ROUND_XY_TO_GRID = 0x0004
_WE_HAVE_A_SCALE = 0x0008
_MORE_COMPONENTS = 0x0020
_WE_HAVE_AN_X_AND_Y_SCALE = 0x0040
_WE_HAVE_A_TWO_BY_TWO = 0x0080


class FontSubsetError(ValueError):
    """The font program is not a TrueType font this subsetter can read."""


def subset_truetype(
    data: bytes, used: Iterable[int], moved: Sequence[tuple[int, int, int]] = ()
) -> bytes:
    """A font program with the glyphs ``used`` (and their components) kept.

    ``moved`` lists (glyph id, dx, dy): each becomes a new composite glyph, numbered
    from the font's glyph count upwards in the order given, with advance 0.
    """
    tables = _read_tables(data)
    for tag in ("head", "hhea", "maxp", "hmtx", "loca", "glyf"):
        if tag not in tables:
            raise FontSubsetError(f"not a TrueType font with outlines: no '{tag}' table")
    head = bytearray(tables["head"])
    maxp = bytearray(tables["maxp"])
    hhea = bytearray(tables["hhea"])
    glyph_count = struct.unpack_from(">H", maxp, 4)[0]
    long_loca = struct.unpack_from(">h", head, 50)[0] == 1
    offsets = _loca_offsets(tables["loca"], glyph_count, long_loca)
    glyf = tables["glyf"]

    def glyph_bytes(gid: int) -> bytes:
        return glyf[offsets[gid] : offsets[gid + 1]]

    keep = {0}
    pending = [gid for gid in used if 0 <= gid < glyph_count]
    pending += [gid for gid, _dx, _dy in moved if 0 <= gid < glyph_count]
    while pending:
        gid = pending.pop()
        if gid in keep:
            continue
        keep.add(gid)
        pending.extend(_components(glyph_bytes(gid)))

    new_glyf = bytearray()
    new_offsets = []
    for gid in range(glyph_count):
        new_offsets.append(len(new_glyf))
        if gid in keep:
            new_glyf += glyph_bytes(gid)
            new_glyf += b"\0" * (-len(new_glyf) % 4)
    metrics = _horizontal_metrics(tables["hmtx"], hhea, glyph_count)
    for gid, dx, dy in moved:
        new_offsets.append(len(new_glyf))
        composite = _moved_glyph(glyph_bytes(gid), gid, dx, dy)
        new_glyf += composite
        new_glyf += b"\0" * (-len(new_glyf) % 4)
        x_min = struct.unpack_from(">h", composite, 2)[0] if composite else 0
        metrics.append((0, x_min))
    new_offsets.append(len(new_glyf))
    total = glyph_count + len(moved)

    struct.pack_into(">h", head, 50, 1)  # long loca offsets
    struct.pack_into(">I", head, 8, 0)  # checkSumAdjustment, set below
    struct.pack_into(">H", maxp, 4, total)
    if len(maxp) >= 32 and moved:
        depth = struct.unpack_from(">H", maxp, 30)[0]
        struct.pack_into(">H", maxp, 30, depth + 1)
        elements = struct.unpack_from(">H", maxp, 28)[0]
        struct.pack_into(">H", maxp, 28, max(elements, 1))
    struct.pack_into(">H", hhea, 34, total)

    out_tables = {
        "head": bytes(head),
        "hhea": bytes(hhea),
        "maxp": bytes(maxp),
        "hmtx": b"".join(struct.pack(">Hh", advance, lsb) for advance, lsb in metrics),
        "loca": struct.pack(f">{len(new_offsets)}I", *new_offsets),
        "glyf": bytes(new_glyf),
        "post": struct.pack(
            ">IIhhIIIII",
            0x00030000,
            *struct.unpack_from(">Ihh", tables["post"], 4),
            struct.unpack_from(">I", tables["post"], 12)[0],
            0,
            0,
            0,
            0,
        )
        if "post" in tables
        else b"",
    }
    for tag in ("OS/2", "cvt ", "fpgm", "prep", "name"):
        if tag in tables:
            out_tables[tag] = tables[tag]
    return _write_font({tag: value for tag, value in out_tables.items() if value})


def _read_tables(data: bytes) -> dict[str, bytes]:
    if len(data) < 12:
        raise FontSubsetError("font program too short")
    version = data[:4]
    if version not in (b"\x00\x01\x00\x00", b"true"):
        raise FontSubsetError("not a TrueType font program (CFF outlines are not supported)")
    count = struct.unpack_from(">H", data, 4)[0]
    tables = {}
    for index in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        name = tag.decode("latin-1")
        if name in _KEEP_TABLES:
            tables[name] = data[offset : offset + length]
    return tables


def _loca_offsets(loca: bytes, glyph_count: int, long_format: bool) -> list[int]:
    if long_format:
        return list(struct.unpack_from(f">{glyph_count + 1}I", loca))
    return [2 * value for value in struct.unpack_from(f">{glyph_count + 1}H", loca)]


def _horizontal_metrics(hmtx: bytes, hhea: bytes, glyph_count: int) -> list[tuple[int, int]]:
    long_count = struct.unpack_from(">H", hhea, 34)[0]
    metrics = [struct.unpack_from(">Hh", hmtx, 4 * i) for i in range(long_count)]
    last_advance = metrics[-1][0] if metrics else 0
    for index in range(glyph_count - long_count):
        lsb = struct.unpack_from(">h", hmtx, 4 * long_count + 2 * index)[0]
        metrics.append((last_advance, lsb))
    return metrics


def _components(glyph: bytes) -> list[int]:
    if len(glyph) < 10 or struct.unpack_from(">h", glyph, 0)[0] >= 0:
        return []
    found = []
    offset = 10
    while True:
        flags, component = struct.unpack_from(">HH", glyph, offset)
        found.append(component)
        offset += 4 + (4 if flags & _ARG_1_AND_2_ARE_WORDS else 2)
        if flags & _WE_HAVE_A_SCALE:
            offset += 2
        elif flags & _WE_HAVE_AN_X_AND_Y_SCALE:
            offset += 4
        elif flags & _WE_HAVE_A_TWO_BY_TWO:
            offset += 8
        if not flags & _MORE_COMPONENTS:
            return found


def _moved_glyph(glyph: bytes, gid: int, dx: int, dy: int) -> bytes:
    """A composite glyph drawing ``gid`` moved by (dx, dy)."""
    if len(glyph) < 10:
        return b""  # an empty glyph stays empty wherever it goes
    x_min, y_min, x_max, y_max = struct.unpack_from(">hhhh", glyph, 2)
    header = struct.pack(">hhhhh", -1, x_min + dx, y_min + dy, x_max + dx, y_max + dy)
    flags = _ARG_1_AND_2_ARE_WORDS | _ARGS_ARE_XY_VALUES | _ROUND_XY_TO_GRID
    return header + struct.pack(">HHhh", flags, gid, dx, dy)


def _checksum(data: bytes) -> int:
    padded = data + b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF


def _write_font(tables: dict[str, bytes]) -> bytes:
    tags = sorted(tables)
    count = len(tags)
    power = 1
    while power * 2 <= count:
        power *= 2
    search_range = power * 16
    header = struct.pack(
        ">IHHHH",
        0x00010000,
        count,
        search_range,
        power.bit_length() - 1,
        count * 16 - search_range,
    )
    offset = 12 + 16 * count
    directory = bytearray()
    body = bytearray()
    for tag in tags:
        data = tables[tag]
        directory += struct.pack(
            ">4sIII", tag.encode("latin-1"), _checksum(data), offset, len(data)
        )
        body += data + b"\0" * (-len(data) % 4)
        offset += len(data) + (-len(data) % 4)
    font = bytearray(header + directory + body)
    head_offset = (
        12
        + 16 * count
        + sum(len(tables[t]) + (-len(tables[t]) % 4) for t in tags[: tags.index("head")])
    )
    adjustment = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
    struct.pack_into(">I", font, head_offset + 8, adjustment)
    return bytes(font)
