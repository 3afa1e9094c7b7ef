"""Bundled fonts: the ``fonts.json`` manifest, the faces it lists, and their glyph data.

No Qt here. A :class:`FontRegistry` reads the manifest of a fonts folder (plus any extra
``.ttf``/``.otf`` dropped into it) and hands out :class:`FontProgram` objects, which expose
what the typesetter needs from a font file: the cmap, advance widths, vertical metrics and
the raw bytes for embedding.
"""

from __future__ import annotations

import io
import json
import sys
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fontTools.ttLib import TTFont

if TYPE_CHECKING:
    from .glyph_metrics import GlyphMetrics

from desktop_app.resources import resource_path

MANIFEST_NAME = "fonts.json"
STYLES = ("regular", "bold", "italic", "bold-italic")
ROLES = ("body", "heading")
FONT_SUFFIXES = frozenset({".ttf", ".otf"})

# Characters that line breaking, shaping and bidi consume before anything reaches the font,
# so a font needs no glyph for them. TAB is deliberately absent: it takes up space on the
# line and must be turned into spaces (or a tab stop) by layout, so asking for it is a bug.
INVISIBLE_CONTROLS: frozenset[str] = frozenset(
    "\n\x0b\x0c\r\x85\u2028\u2029"  # LF, VT, FF, CR, NEL, LINE and PARAGRAPH SEPARATOR
    "\u200b\u200c\u200d\u2060\ufeff"  # ZWSP, ZWNJ, ZWJ, WORD JOINER, ZWNBSP (BOM)
    "\u061c\u200e\u200f"  # ARABIC LETTER MARK, LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e"  # LRE, RLE, PDF, LRO, RLO
    "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI
)

_STYLE_FALLBACKS: dict[str, tuple[str, ...]] = {
    "regular": ("regular", "bold", "italic", "bold-italic"),
    "bold": ("bold", "regular", "bold-italic", "italic"),
    "italic": ("italic", "regular", "bold-italic", "bold"),
    "bold-italic": ("bold-italic", "bold", "italic", "regular"),
}

_FS_SELECTION_ITALIC = 1 << 0
_FS_SELECTION_BOLD = 1 << 5
_FS_SELECTION_USE_TYPO_METRICS = 1 << 7
_MAC_STYLE_BOLD = 1 << 0
_MAC_STYLE_ITALIC = 1 << 1
_NAME_ID_FAMILY = 1


class FontError(ValueError):
    """A font file that is missing or unreadable, a bad manifest, or an unknown family."""

    def __init__(self, message: str) -> None:
        super().__init__(_one_line(message))


class MissingGlyphsError(ValueError):
    """Text holds characters that a font has no glyph for.

    ``str(err)`` is one line, e.g. ``font 'Amiri' cannot render 1 character:
    U+1F600 GRINNING FACE '😀'``.
    """

    def __init__(self, font_name: str, characters: Iterable[str]) -> None:
        self.font_name = font_name
        self.characters = list(characters)
        count = len(self.characters)
        noun = "character" if count == 1 else "characters"
        listed = ", ".join(describe_character(ch) for ch in self.characters)
        super().__init__(f"font '{font_name}' cannot render {count} {noun}: {listed}")


def describe_character(ch: str) -> str:
    """``U+0698 ARABIC LETTER JEH 'ژ'``; the quoted glyph is left out when it is invisible."""
    category = unicodedata.category(ch)
    name = unicodedata.name(ch, "") or ("<control>" if category == "Cc" else "<unnamed>")
    if category.startswith("M"):
        shown = "\u25cc" + ch
    elif ch.isprintable() and not ch.isspace():
        shown = ch
    else:
        return f"U+{ord(ch):04X} {name}"
    return f"U+{ord(ch):04X} {name} '{shown}'"


@dataclass(frozen=True)
class FontFace:
    family: str
    style: str
    path: Path
    role: str
    licence: Path | None = None


class FontProgram:
    """One loaded font file.

    The header tables are read on construction (which also proves the file is a font); the
    cmap and advance widths are read on first use and kept as a plain dict and list.
    ``ascender``/``descender``/``line_gap`` are in font units, ``descender`` negative; they
    come from OS/2 typo metrics when the font sets USE_TYPO_METRICS, else from hhea.
    """

    def __init__(self, path: Path | str, family: str | None = None) -> None:
        self.path = Path(path)
        self._data = _read_font_file(self.path)
        font = _open_font(self._data, self.path)
        try:
            self.units_per_em: int = font["head"].unitsPerEm
            self.ascender, self.descender, self.line_gap = _vertical_metrics(font)
            self.family: str = family or _family_name(font, self.path)
        except Exception as exc:
            raise FontError(f"cannot read font file {self.path}: {exc}") from exc
        self._font: TTFont | None = font
        self._cmap: dict[int, int] = {}
        self._advances: list[int] = []
        self._glyph_names: list[str] | None = None  # read on first use
        self._glyph_metrics: GlyphMetrics | None = None

    def __repr__(self) -> str:
        return f"FontProgram({self.family!r}, {str(self.path)!r})"

    def glyph_id(self, ch: str) -> int | None:
        if len(ch) != 1:
            raise ValueError(f"glyph_id expects one character, got {ch!r}")
        self._load_glyph_tables()
        return self._cmap.get(ord(ch))

    def advance(self, gid: int) -> int:
        self._load_glyph_tables()
        return self._advances[self._check_gid(gid)]

    @property
    def cmap(self) -> dict[int, int]:
        """Code point to glyph id (the dict itself: do not modify)."""
        self._load_glyph_tables()
        return self._cmap

    @property
    def advances(self) -> list[int]:
        """Advance width of every glyph, in font units (the list itself: do not modify)."""
        self._load_glyph_tables()
        return self._advances

    @property
    def glyph_count(self) -> int:
        self._load_glyph_tables()
        return len(self._advances)

    def glyph_name(self, gid: int) -> str:
        self._load_glyph_tables()
        gid = self._check_gid(gid)
        if self._glyph_names is None:
            try:
                self._glyph_names = _open_font(self._data, self.path).getGlyphOrder()
            except Exception as exc:
                raise FontError(f"cannot read glyph names of {self.path}: {exc}") from exc
        return self._glyph_names[gid]

    def missing_characters(self, text: str) -> list[str]:
        """Characters of ``text`` with no glyph, once each, in order; skips INVISIBLE_CONTROLS."""
        self._load_glyph_tables()
        missing: dict[str, None] = {}
        for ch in text:
            if ord(ch) not in self._cmap and ch not in INVISIBLE_CONTROLS:
                missing[ch] = None
        return list(missing)

    def require(self, text: str) -> None:
        missing = self.missing_characters(text)
        if missing:
            raise MissingGlyphsError(self.family, missing)

    def font_bytes(self) -> bytes:
        return self._data

    @property
    def glyph_metrics(self) -> GlyphMetrics:
        """Ink bounds and substitutions, read on first use and kept with the font."""
        if self._glyph_metrics is None:
            from .glyph_metrics import GlyphMetrics

            self._glyph_metrics = GlyphMetrics(self)
        return self._glyph_metrics

    def _check_gid(self, gid: int) -> int:
        if not 0 <= gid < len(self._advances):
            raise ValueError(
                f"glyph id {gid} is out of range for {self.path.name} "
                f"({len(self._advances)} glyphs)"
            )
        return gid

    def _load_glyph_tables(self) -> None:
        font = self._font
        if font is None:
            return
        try:
            names = numbered_glyph_order(font)
            if names is None:
                names = self._glyph_names = font.getGlyphOrder()
            gids = {name: gid for gid, name in enumerate(names)}
            best = font.getBestCmap() or {}
            advances = _advance_widths(font, len(names))
            if advances is None:
                metrics = font["hmtx"].metrics
                advances = [metrics[name][0] for name in names]
        except Exception as exc:
            raise FontError(f"cannot read glyph tables of {self.path}: {exc}") from exc
        # A code point mapped to glyph 0 (.notdef) has no real glyph.
        self._cmap = {cp: gids[name] for cp, name in best.items() if gids.get(name)}
        self._advances = advances
        self._font = None


class FontRegistry:
    """The faces of one fonts folder: those listed in its ``fonts.json``, then any other
    ``.ttf``/``.otf`` in it (family and style from the font's own tables, role "body").

    Extra files that cannot be read, or that repeat a family and style already known, are
    skipped and reported by :meth:`rejected`. Loaded programs are cached per registry.
    """

    def __init__(self, fonts_dir: Path | str) -> None:
        self.fonts_dir = Path(fonts_dir)
        if not self.fonts_dir.is_dir():
            raise FontError(f"font folder not found: {self.fonts_dir}")
        self._faces: list[FontFace] = []
        self._rejected: list[FontError] = []
        self._programs: dict[Path, FontProgram] = {}
        manifest = self.fonts_dir / MANIFEST_NAME
        if manifest.is_file():
            for face in _read_manifest(manifest):
                self._add(face, manifest)
        self._add_unlisted_files()

    def faces(self) -> list[FontFace]:
        return list(self._faces)

    def families(self) -> list[str]:
        return list(dict.fromkeys(face.family for face in self._faces))

    def rejected(self) -> list[FontError]:
        return list(self._rejected)

    def face(self, family: str, bold: bool = False, italic: bool = False) -> FontFace:
        """The face of ``family`` in the wanted style, or its nearest sibling: a missing
        italic falls back to the upright of the same weight, a missing bold to regular."""
        members = {face.style: face for face in self._faces if face.family == family}
        if not members:
            folded = family.casefold()
            members = {f.style: f for f in self._faces if f.family.casefold() == folded}
        if not members:
            known = ", ".join(f"'{name}'" for name in self.families()) or "none"
            raise FontError(f"unknown font family '{family}' (known families: {known})")
        wanted = _style_name(bold, italic)
        style = next(style for style in _STYLE_FALLBACKS[wanted] if style in members)
        return members[style]

    def load(self, face_or_path: FontFace | Path | str) -> FontProgram:
        if isinstance(face_or_path, FontFace):
            path, family = face_or_path.path, face_or_path.family
        else:
            path = Path(face_or_path)
            known = self._face_at(path)
            family = known.family if known else None
        key = path.resolve()
        program = self._programs.get(key)
        if program is None:
            program = FontProgram(path, family)
            self._programs[key] = program
        return program

    def default_body(self) -> FontFace:
        return self._default_for("body")

    def default_heading(self) -> FontFace:
        """The regular face of the first heading family, or the body default if there is none."""
        return self._default_for("heading")

    def _default_for(self, role: str) -> FontFace:
        family = next((face.family for face in self._faces if face.role == role), None)
        if family is not None:
            return self.face(family)
        if role != "body":
            return self.default_body()
        raise FontError(f"no body font in {self.fonts_dir}")

    def _face_at(self, path: Path) -> FontFace | None:
        resolved = path.resolve()
        return next((face for face in self._faces if face.path.resolve() == resolved), None)

    def _add(self, face: FontFace, source: Path) -> None:
        clash = next(
            (f for f in self._faces if (f.family, f.style) == (face.family, face.style)), None
        )
        if clash is not None:
            raise FontError(
                f"{source}: {face.family} {face.style} is already provided by {clash.path}"
            )
        self._faces.append(face)

    def _add_unlisted_files(self) -> None:
        listed = {face.path.resolve() for face in self._faces}
        candidates = sorted(
            path
            for path in self.fonts_dir.rglob("*")
            if path.suffix.lower() in FONT_SUFFIXES
            and path.is_file()
            and path.resolve() not in listed
        )
        for path in candidates:
            try:
                self._add(_describe_font_file(path), path)
            except FontError as exc:
                self._rejected.append(exc)


def default_registry() -> FontRegistry:
    """A new registry over the bundled fonts folder."""
    try:
        fonts_dir = resource_path("fonts")
    except FileNotFoundError as exc:
        raise FontError(str(exc)) from exc
    return FontRegistry(fonts_dir)


def _read_manifest(manifest: Path) -> list[FontFace]:
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FontError(f"cannot read font manifest {manifest}: {exc}") from exc
    entries = data.get("faces") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise FontError(f"{manifest}: expected an object with a 'faces' list")
    return [_manifest_face(entry, manifest, index) for index, entry in enumerate(entries)]


def _manifest_face(entry: Any, manifest: Path, index: int) -> FontFace:
    where = f"{manifest}: faces[{index}]"
    if not isinstance(entry, dict):
        raise FontError(f"{where}: expected an object")
    fields: dict[str, str] = {}
    for key in ("family", "style", "file", "role"):
        value = entry.get(key)
        if not isinstance(value, str) or not value:
            raise FontError(f"{where}: '{key}' must be a non-empty string")
        fields[key] = value
    if fields["style"] not in STYLES:
        raise FontError(f"{where}: style '{fields['style']}' is not one of {', '.join(STYLES)}")
    if fields["role"] not in ROLES:
        raise FontError(f"{where}: role '{fields['role']}' is not one of {', '.join(ROLES)}")
    path = manifest.parent / fields["file"]
    if not path.is_file():
        raise FontError(f"{where}: font file not found: {path}")
    licence = entry.get("licence")
    if licence is not None and not isinstance(licence, str):
        raise FontError(f"{where}: 'licence' must be a string")
    return FontFace(
        family=fields["family"],
        style=fields["style"],
        path=path,
        role=fields["role"],
        licence=manifest.parent / licence if licence else None,
    )


def _describe_font_file(path: Path) -> FontFace:
    font = _open_font(_read_font_file(path), path)
    try:
        family = _family_name(font, path)
        mac_style = font["head"].macStyle
        fs_selection = font["OS/2"].fsSelection if "OS/2" in font else 0
    except Exception as exc:
        raise FontError(f"cannot read font file {path}: {exc}") from exc
    bold = bool(fs_selection & _FS_SELECTION_BOLD or mac_style & _MAC_STYLE_BOLD)
    italic = bool(fs_selection & _FS_SELECTION_ITALIC or mac_style & _MAC_STYLE_ITALIC)
    return FontFace(family=family, style=_style_name(bold, italic), path=path, role="body")


def _read_font_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise FontError(f"font file not found: {path}") from exc
    except OSError as exc:
        raise FontError(f"cannot read font file {path}: {exc.strerror or exc}") from exc


def numbered_glyph_order(font: TTFont) -> list[str] | None:
    """Name the glyphs of a TrueType-outline font by their number (``glyph00042``) before
    any table is read by glyph name, and return those names; None for a CFF font.

    cmap, hmtx and glyf key their data by glyph name, and reading the real names (the
    post table) took longer than reading those tables. A CFF font's names come from
    its CFF table, which is needed anyway: it keeps them.
    """
    if "CFF " in font or "CFF2" in font:
        return None
    names = [f"glyph{gid:05d}" for gid in range(font["maxp"].numGlyphs)]
    font.setGlyphOrder(names)
    return names


def _advance_widths(font: TTFont, count: int) -> list[int] | None:
    """The advance width of each of the ``count`` glyphs, read from the hmtx table's
    bytes as fontTools reads them, without building its dict of (advance, side bearing)
    by glyph name; None where the table is missing or short (fontTools then says why)."""
    if "hmtx" not in font or "hhea" not in font:
        return None
    data = font.reader["hmtx"]
    long_metrics = min(int(font["hhea"].numberOfHMetrics), count)
    if long_metrics <= 0 or len(data) < 4 * long_metrics + 2 * (count - long_metrics):
        return None
    pairs = array("H", data[: 4 * long_metrics])  # (advance, left side bearing) pairs
    if sys.byteorder != "big":
        pairs.byteswap()
    advances = pairs[0::2].tolist()
    advances += [advances[-1]] * (count - long_metrics)  # the last advance repeats
    return advances


def _open_font(data: bytes, path: Path) -> TTFont:
    try:
        return TTFont(io.BytesIO(data), lazy=True)
    except Exception as exc:
        raise FontError(f"not a font file: {path} ({exc})") from exc


def _vertical_metrics(font: TTFont) -> tuple[int, int, int]:
    if "OS/2" in font:
        os2 = font["OS/2"]
        if os2.fsSelection & _FS_SELECTION_USE_TYPO_METRICS:
            return os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap
    hhea = font["hhea"]
    return hhea.ascent, hhea.descent, hhea.lineGap


def _family_name(font: TTFont, path: Path) -> str:
    """The legacy family name (name ID 1), which pairs with the four RIBBI styles."""
    name = font["name"].getDebugName(_NAME_ID_FAMILY) if "name" in font else None
    return name or path.stem


def _style_name(bold: bool, italic: bool) -> str:
    return {
        (False, False): "regular",
        (True, False): "bold",
        (False, True): "italic",
        (True, True): "bold-italic",
    }[(bold, italic)]


def _one_line(text: str) -> str:
    return " ".join(text.splitlines())
