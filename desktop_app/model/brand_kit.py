"""Brand kits: an institution's names, logo, colours, fonts, footer, paper and margins.

A kit is a JSON file (``*.kit.json``) with its logo beside it. No Qt and no ReportLab here:
the logo is only checked (an image Pillow can identify as PNG or JPEG, or an SVG that
:mod:`desktop_app.model.safe_svg` accepts); :mod:`desktop_app.pdf.logo` draws it.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Literal, Protocol, get_args

from PIL import Image as PILImage
from PIL import UnidentifiedImageError

from .errors import DocumentError
from .safe_svg import UnsafeSvgError, looks_like_svg, sanitize_svg
from .serialize import (
    _LINE_BREAKS,
    Reader,
    _colour,
    _decode_utf8,
    _describe,
    _list,
    _nullable,
    _object,
    _one_of,
    _os_error_reason,
    _parse_json,
    _read_fields,
    _reject_unknown_fields,
    _show,
    _string,
)

__all__ = [
    "FORMAT_NAME",
    "PAPERS",
    "PAPER_SIZES_MM",
    "SCHEMA_VERSION",
    "BrandKit",
    "BrandKitError",
    "Colors",
    "Fonts",
    "Footer",
    "FooterLines",
    "InstitutionNames",
    "LogoFile",
    "Margins",
    "brand_kit_from_json",
    "load_brand_kit",
]

FORMAT_NAME = "taqrir-brand-kit"
SCHEMA_VERSION = 1

Paper = Literal["a4", "letter"]
PAPERS: tuple[str, ...] = get_args(Paper)
PAPER_SIZES_MM: dict[str, tuple[float, float]] = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}

MAX_NAME_LINES = 5
MAX_MARGIN_MM = 100.0
MIN_TEXT_AREA_MM = 60.0
MAX_LOGO_BYTES = 20 * 1024 * 1024
MAX_LOGO_PIXELS = 25_000_000

_PHONE = re.compile(r"[\d\s+().\-/]*\d[\d\s+().\-/]*")
_WEBSITE = re.compile(r"(?:https?://)?[^\s/:@]+\.[^\s/:@]+(?::[0-9]+)?(?:/\S*)?", re.IGNORECASE)
_RASTER_FORMATS = {"PNG": "png", "JPEG": "jpeg"}


class BrandKitError(DocumentError):
    """A kit that cannot be read or is invalid: one line, ``source: path: message``."""

    def with_source(self, source: str) -> BrandKitError:
        return BrandKitError(self.message, self.path, source)


class FontFamilies(Protocol):
    """What a kit needs from :class:`desktop_app.text.fonts.FontRegistry`."""

    def families(self) -> list[str]: ...


@dataclass(frozen=True)
class InstitutionNames:
    """The institution's names, one line per level from the parent down."""

    ar: tuple[str, ...]
    fr: tuple[str, ...]


@dataclass(frozen=True)
class LogoFile:
    """A checked logo: ``path`` is absolute; the size is in pixels (CSS pixels for SVG)."""

    path: Path
    kind: Literal["png", "jpeg", "svg"]
    width: float
    height: float

    @property
    def aspect_ratio(self) -> float:
        return self.width / self.height


@dataclass(frozen=True)
class Colors:
    primary: str
    accent: str


@dataclass(frozen=True)
class Fonts:
    body: str
    heading: str


@dataclass(frozen=True)
class FooterLines:
    address: str | None = None
    phone: str | None = None
    website: str | None = None

    def lines(self) -> list[str]:
        """The lines given, in order: address, phone, website."""
        return [line for line in (self.address, self.phone, self.website) if line]


@dataclass(frozen=True)
class Footer:
    ar: FooterLines = FooterLines()
    fr: FooterLines = FooterLines()


@dataclass(frozen=True)
class Margins:
    """Page margins in millimetres."""

    top: float
    right: float
    bottom: float
    left: float


@dataclass(frozen=True)
class BrandKit:
    institution: InstitutionNames
    colors: Colors
    fonts: Fonts
    paper: Paper
    margins_mm: Margins
    logo: LogoFile | None = None
    footer: Footer = Footer()


# ---------------------------------------------------------------- reading


def load_brand_kit(path: str | os.PathLike[str], registry: FontFamilies | None = None) -> BrandKit:
    """Read and check the kit at ``path``; its logo is found relative to it.

    ``registry`` gives the known font families (the bundled fonts when ``None``).
    """
    source = os.fspath(path)
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        reason = _os_error_reason(err, missing="file not found")
        raise BrandKitError(f"cannot open ({reason})", source=source) from err
    try:
        text = _decode_utf8(data)
    except DocumentError as err:
        raise BrandKitError(err.message, source=source) from None
    return brand_kit_from_json(text, source, Path(path).parent, registry)


def brand_kit_from_json(
    text: str,
    source: str = "<brand kit>",
    base_dir: str | os.PathLike[str] = ".",
    registry: FontFamilies | None = None,
) -> BrandKit:
    """Parse and check a kit; every problem raises a one-line :class:`BrandKitError`."""
    if registry is None:
        from desktop_app.text.fonts import default_registry

        registry = default_registry()
    try:
        return _KitReader(Path(base_dir), registry.families()).kit(_parse_json(text))
    except DocumentError as err:
        raise BrandKitError(err.message, err.path, source) from None


class _KitReader:
    """The readers that need the kit's folder or the known font families."""

    def __init__(self, base_dir: Path, families: list[str]) -> None:
        self.base_dir = base_dir
        self.families = families

    def kit(self, data: Any) -> BrandKit:
        if not isinstance(data, dict):
            raise DocumentError(
                f"not a Taqrir brand kit (expected a JSON object, got {_describe(data)})"
            )
        _check_format(data)
        obj = _object(data, "")
        readers: dict[str, Reader] = {
            "institution": _institution,
            "logo": self.logo,
            "colors": _colors,
            "fonts": self.fonts,
            "footer": _footer,
            "paper": _one_of(PAPERS, "paper size"),
            "margins_mm": _margins,
        }
        _reject_unknown_fields(obj, "", ("format", "schema_version", *readers), "in a brand kit")
        required = ("institution", "colors", "fonts", "paper", "margins_mm")
        fields = _read_fields(obj, "", readers, required)
        kit = BrandKit(**fields)
        _check_text_area(kit.margins_mm, kit.paper)
        return kit

    def fonts(self, value: Any, path: str) -> Fonts:
        readers = {"body": self.family, "heading": self.family}
        return Fonts(**_fields(value, path, readers, required=("body", "heading")))

    def family(self, value: Any, path: str) -> str:
        name = _string(value, path)
        if name not in self.families:
            known = ", ".join(self.families) or "none"
            raise DocumentError(f"unknown font family {_show(name)}; known: {known}", path)
        return name

    def logo(self, value: Any, path: str) -> LogoFile | None:
        if value is None:
            return None
        relative = _logo_path(value, path)
        file = self.base_dir / relative
        shown = repr(relative)
        try:
            with file.open("rb") as handle:
                data = handle.read(MAX_LOGO_BYTES + 1)
        except FileNotFoundError:
            raise DocumentError(f"file {shown} not found", path) from None
        except OSError as err:
            reason = _os_error_reason(err, missing="file not found")
            raise DocumentError(f"cannot read {shown} ({reason})", path) from None
        if len(data) > MAX_LOGO_BYTES:
            limit = MAX_LOGO_BYTES // 2**20
            raise DocumentError(f"{shown} is too large (more than {limit} MiB)", path)
        if looks_like_svg(data):
            try:
                svg = sanitize_svg(data)
            except UnsafeSvgError as err:
                raise DocumentError(f"{shown} is not a usable SVG: {err}", path) from None
            return LogoFile(file.resolve(), "svg", svg.width, svg.height)
        kind, width, height = _raster_logo(file, shown, path)
        return LogoFile(file.resolve(), kind, width, height)


def _check_format(data: dict[str, Any]) -> None:
    if "format" not in data:
        raise DocumentError(
            f'missing required field; not a Taqrir brand kit (expected "{FORMAT_NAME}")', "format"
        )
    name = _string(data["format"], "format")
    if name != FORMAT_NAME:
        raise DocumentError(
            f'{_show(name)} is not a Taqrir brand kit (expected "{FORMAT_NAME}")', "format"
        )
    if "schema_version" not in data:
        raise DocumentError("missing required field", "schema_version")
    version = data["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise DocumentError(f"expected an integer, got {_describe(version)}", "schema_version")
    if version > SCHEMA_VERSION:
        raise DocumentError(
            f"version {_show(version)} is newer than this version of Taqrir supports "
            f"({SCHEMA_VERSION})",
            "schema_version",
        )
    if version < SCHEMA_VERSION:
        raise DocumentError(
            f"version {_show(version)} is unknown; this version of Taqrir reads version "
            f"{SCHEMA_VERSION}",
            "schema_version",
        )


def _fields(
    value: Any, path: str, readers: dict[str, Reader], required: tuple[str, ...] = ()
) -> dict[str, Any]:
    obj = _object(value, path)
    _reject_unknown_fields(obj, path, tuple(readers), f"in {path}")
    return _read_fields(obj, path, readers, required)


def _line(value: Any, path: str) -> str:
    text = _string(value, path)
    for character in text:
        if character in _LINE_BREAKS:
            raise DocumentError(
                f"line break (U+{ord(character):04X}) inside a line; give each line on its own",
                path,
            )
    if not text.strip():
        raise DocumentError("empty line", path)
    return text


def _name_lines(value: Any, path: str) -> tuple[str, ...]:
    items = _list(value, path)
    if not items:
        raise DocumentError("needs at least one line", path)
    if len(items) > MAX_NAME_LINES:
        raise DocumentError(f"{len(items)} lines; at most {MAX_NAME_LINES}", path)
    return tuple(_line(item, f"{path}[{index}]") for index, item in enumerate(items))


def _institution(value: Any, path: str) -> InstitutionNames:
    readers = {"ar": _name_lines, "fr": _name_lines}
    return InstitutionNames(**_fields(value, path, readers, required=("ar", "fr")))


def _colors(value: Any, path: str) -> Colors:
    readers = {"primary": _colour, "accent": _colour}
    return Colors(**_fields(value, path, readers, required=("primary", "accent")))


def _phone(value: Any, path: str) -> str:
    text = _line(value, path)
    if not _PHONE.fullmatch(text):
        raise DocumentError(
            f"{_show(text)} is not a phone number; use digits, spaces and + ( ) . - /", path
        )
    return text


def _website(value: Any, path: str) -> str:
    text = _line(value, path)
    if not _WEBSITE.fullmatch(text):
        raise DocumentError(f"{_show(text)} is not a website address (e.g. www.example.ma)", path)
    return text


def _footer_lines(value: Any, path: str) -> FooterLines:
    readers = {
        "address": _nullable(_line),
        "phone": _nullable(_phone),
        "website": _nullable(_website),
    }
    return FooterLines(**_fields(value, path, readers))


def _footer(value: Any, path: str) -> Footer:
    return Footer(**_fields(value, path, {"ar": _footer_lines, "fr": _footer_lines}))


def _margin(value: Any, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DocumentError(f"expected a number of millimetres, got {_describe(value)}", path)
    if isinstance(value, float) and not math.isfinite(value):
        raise DocumentError(f"{_show(value)} is not a number of millimetres", path)
    number = float(max(min(value, 1e9), -1e9))
    if number < 0:
        raise DocumentError(f"{_show(value)} is negative; use 0 or more", path)
    if number > MAX_MARGIN_MM:
        raise DocumentError(f"{_show(value)} mm is too wide; at most {MAX_MARGIN_MM:g}", path)
    return number


def _margins(value: Any, path: str) -> Margins:
    readers = dict.fromkeys(("top", "right", "bottom", "left"), _margin)
    return Margins(**_fields(value, path, readers, required=tuple(readers)))


def _check_text_area(margins: Margins, paper: str) -> None:
    width, height = PAPER_SIZES_MM[paper]
    text_width = width - margins.left - margins.right
    text_height = height - margins.top - margins.bottom
    for what, size in (("wide", text_width), ("high", text_height)):
        if size < MIN_TEXT_AREA_MM:
            raise DocumentError(
                f"the text area on {paper} paper would be {max(size, 0):g} mm {what}; "
                f"at least {MIN_TEXT_AREA_MM:g} mm needed",
                "margins_mm",
            )


def _logo_path(value: Any, path: str) -> str:
    text = _string(value, path)
    if not text.strip():
        raise DocumentError("empty logo path; use null for no logo", path)
    if "\\" in text:
        raise DocumentError(f"{_show(text)}: separate folders with /, not \\", path)
    relative = PurePosixPath(text)
    if relative.is_absolute() or re.match(r"[A-Za-z]:", text):
        raise DocumentError(
            f"{_show(text)} is not relative; give the path from the kit's folder", path
        )
    if ".." in relative.parts:
        raise DocumentError(
            f"{_show(text)} leaves the kit's folder; keep the logo beside the kit file", path
        )
    return text


def _raster_logo(file: Path, shown: str, path: str) -> tuple[Literal["png", "jpeg"], int, int]:
    expected = "PNG, JPEG or SVG expected"
    try:
        with PILImage.open(file) as image:
            image_format, (width, height) = image.format or "", image.size
            kind = _RASTER_FORMATS.get(image_format)
            if kind is not None and width * height <= MAX_LOGO_PIXELS:
                image.verify()
    except (UnidentifiedImageError, PILImage.DecompressionBombError):
        raise DocumentError(f"{shown} is not an image ({expected})", path) from None
    except (OSError, SyntaxError, ValueError, EOFError) as err:
        raise DocumentError(f"{shown} is a damaged image ({err})", path) from None
    if kind is None:
        raise DocumentError(f"{shown} is a {image_format} image; {expected}", path)
    if width * height > MAX_LOGO_PIXELS:
        raise DocumentError(
            f"{shown} is too large ({width}×{height} pixels; at most "
            f"{MAX_LOGO_PIXELS // 1_000_000} million)",
            path,
        )
    return kind, width, height


def find_brand_kit(
    name: str, document_folder: str | os.PathLike[str], registry: FontFamilies | None = None
) -> BrandKit:
    """The kit a document names in its ``brand_kit`` field.

    A name ending in ``.json`` (or holding a path separator) is a file relative to
    the document; any other name is a bundled kit (``default``, ``maison-artisan``…);
    an empty name is the default kit.
    """
    from desktop_app.resources import resource_path

    if "/" in name or "\\" in name or name.endswith(".json"):
        return load_brand_kit(Path(document_folder) / name, registry)
    bundled = resource_path("kits")
    path = bundled / f"{name or 'default'}.kit.json"
    if not path.is_file():
        known = ", ".join(
            sorted(p.name.removesuffix(".kit.json") for p in bundled.glob("*.kit.json"))
        )
        raise BrandKitError(f"unknown brand kit '{name}'; bundled kits: {known}", "brand_kit")
    return load_brand_kit(path, registry)
