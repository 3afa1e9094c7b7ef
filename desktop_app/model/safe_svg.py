"""Making an SVG logo safe to draw: parse it strictly, refuse what is risky, keep the rest.

Policy: refuse rather than repair, so that what is drawn is what the user gave.

* at most :data:`MAX_BYTES`, :data:`MAX_ELEMENTS` elements (also once ``<use>`` copies are
  counted), :data:`MAX_DEPTH` levels of nesting, and a sane size and aspect ratio;
* no entities: a ``<!DOCTYPE>`` is accepted only without an internal subset (the one
  Illustrator writes); the external DTD it names is never read;
* nothing outside the file: ``href`` only to ``#fragment``, ``url()`` only to ``#fragment``,
  no CSS at-rules (``@import``, ``@font-face``), CSS escapes or functions beyond colours,
  transforms and ``url(#…)``, no ``<?xml-stylesheet?>``;
* no ``<script>``, ``<foreignObject>``, ``<image>``, ``<text>``, animation, ``on*``
  attributes, nor any element outside :data:`ALLOWED_ELEMENTS`.

Comments, processing instructions and elements or attributes of other namespaces (editor
data such as ``sodipodi:namedview`` or ``inkscape:label``) are dropped: SVG renderers
ignore them. The result is re-serialised from the checked tree, so a renderer never sees
anything that was not checked, with the root's width and height spelled out in pixels.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import NoReturn
from xml.parsers import expat
from xml.sax.saxutils import escape, quoteattr

__all__ = [
    "ALLOWED_ELEMENTS",
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_ELEMENTS",
    "SafeSvg",
    "UnsafeSvgError",
    "looks_like_svg",
    "sanitize_svg",
]

MAX_BYTES = 512 * 1024
MAX_ELEMENTS = 20_000
MAX_DEPTH = 100
MAX_DIMENSION = 100_000.0
MAX_ASPECT_RATIO = 100.0

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"

ALLOWED_ELEMENTS: frozenset[str] = frozenset(
    {
        "svg", "g", "defs", "symbol", "use", "style", "title", "desc", "metadata",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "linearGradient", "radialGradient", "stop", "clipPath",
    }
)  # fmt: skip

_REFUSED_ELEMENTS: dict[str, str] = {
    "script": "scripts are not allowed in a logo",
    "foreignObject": "embedded HTML is not allowed in a logo",
    "image": "pictures inside an SVG are not supported; use a PNG or JPEG logo instead",
    "text": "convert the text to paths (outlines) in the drawing program",
    "tspan": "convert the text to paths (outlines) in the drawing program",
    "textPath": "convert the text to paths (outlines) in the drawing program",
    "a": "links are not allowed in a logo",
    "set": "animation is not allowed in a logo",
    "animate": "animation is not allowed in a logo",
    "animateMotion": "animation is not allowed in a logo",
    "animateTransform": "animation is not allowed in a logo",
    "animateColor": "animation is not allowed in a logo",
    "iframe": "embedded HTML is not allowed in a logo",
}

_KEPT_FOREIGN_ATTRIBUTES = {f"{XLINK_NS} href": "xlink:href", f"{XML_NS} space": "xml:space"}

_UNITS_TO_PX = {
    "": 1.0, "px": 1.0, "pt": 96 / 72, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54,
    "in": 96.0, "em": 16.0, "ex": 8.0,
}  # fmt: skip
_NUMBER = r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
_LENGTH = re.compile(rf"\s*({_NUMBER})\s*(px|pt|pc|mm|cm|in|em|ex|%)?\s*")
_VIEW_BOX_SEPARATOR = re.compile(r"\s*,\s*|\s+")

_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.DOTALL)
_CSS_FUNCTION = re.compile(r"([A-Za-z_-][A-Za-z0-9_-]*)\s*\(")
_CSS_FUNCTIONS_ALLOWED = frozenset(
    {
        "url", "rgb", "rgba", "hsl", "hsla", "matrix", "translate", "translatex",
        "translatey", "scale", "scalex", "scaley", "rotate", "skew", "skewx", "skewy",
    }
)  # fmt: skip
_URL = re.compile(r"url\s*\(\s*(?:\"([^\"]*)\"|'([^']*)'|([^)]*?))\s*\)", re.IGNORECASE)
_URL_START = re.compile(r"url\s*\(", re.IGNORECASE)

_UTF8_BOM = b"\xef\xbb\xbf"


class UnsafeSvgError(ValueError):
    """An SVG that is malformed, too large, or reaches outside itself; one line."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.splitlines()))


@dataclass(frozen=True)
class SafeSvg:
    """A checked SVG: ``data`` is the cleaned document (UTF-8), ``width`` and ``height`` its
    intrinsic size in CSS pixels (from width/height, else the viewBox)."""

    data: bytes
    width: float
    height: float

    @property
    def aspect_ratio(self) -> float:
        return self.width / self.height


def looks_like_svg(data: bytes) -> bool:
    """True when ``data`` starts like an XML document (the caller then checks it fully)."""
    return data.removeprefix(_UTF8_BOM).lstrip().startswith(b"<")


def sanitize_svg(data: bytes) -> SafeSvg:
    """Check ``data`` against the policy above; raise :class:`UnsafeSvgError` or return the
    cleaned SVG."""
    if len(data) > MAX_BYTES:
        raise UnsafeSvgError(
            f"too large ({_kib(len(data))}; an SVG logo may have at most {_kib(MAX_BYTES)})"
        )
    root = _Parser().parse(data)
    _check_use_expansion(root)
    width, height = _intrinsic_size(root)
    # Spelled out so that every renderer agrees on the size (svglib, for one, does not
    # derive a missing height from the viewBox).
    root.attributes["width"] = f"{width:.10g}"
    root.attributes["height"] = f"{height:.10g}"
    return SafeSvg(_serialise(root), width, height)


def _kib(size: int) -> str:
    return f"{math.ceil(size / 1024):,} KiB"


def _refuse(message: str) -> NoReturn:
    raise UnsafeSvgError(message)


# ---------------------------------------------------------------- parsing


@dataclass
class _Element:
    name: str
    attributes: dict[str, str]
    children: list[_Element | str] = field(default_factory=list)

    def elements(self) -> list[_Element]:
        return [child for child in self.children if isinstance(child, _Element)]


class _Parser:
    """Builds the checked tree with expat, refusing problems as soon as they are read."""

    def __init__(self) -> None:
        self.root: _Element | None = None
        self.stack: list[_Element | None] = []
        self.count = 0
        self.svg_ns: str | None = None
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._entity
        parser.SkippedEntityHandler = self._skipped_entity
        parser.ExternalEntityRefHandler = self._external_entity
        parser.ProcessingInstructionHandler = self._processing_instruction
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._text
        self.parser = parser

    def parse(self, data: bytes) -> _Element:
        try:
            self.parser.Parse(data, True)
        except expat.ExpatError as error:
            reason = expat.ErrorString(error.code)
            _refuse(
                f"not well-formed XML (line {error.lineno}, column {error.offset + 1}): {reason}"
            )
        if self.root is None:
            _refuse("no <svg> element")
        return self.root

    def _doctype(
        self, name: str, system_id: str | None, public_id: str | None, has_internal_subset: int
    ) -> None:
        if has_internal_subset:
            _refuse("declares its own DTD (<!DOCTYPE … [ … ]>); entities are not allowed in a logo")

    def _entity(self, name: str, *_details: object) -> None:
        _refuse(f"declares the entity '{name}'; entities are not allowed in a logo")

    def _skipped_entity(self, name: str, is_parameter_entity: int) -> None:
        _refuse(f"uses the undeclared entity '&{name};'")

    def _external_entity(self, *_details: object) -> int:
        _refuse("refers to an external entity; entities are not allowed in a logo")

    def _processing_instruction(self, target: str, data: str) -> None:
        if target.lower() == "xml-stylesheet":
            _refuse("links a style sheet (<?xml-stylesheet?>); a logo must be self-contained")

    def _start(self, qualified_name: str, attributes: dict[str, str]) -> None:
        self.count += 1
        if self.count > MAX_ELEMENTS:
            _refuse(f"has more than {MAX_ELEMENTS:,} elements")
        if len(self.stack) >= MAX_DEPTH:
            _refuse(f"nested more than {MAX_DEPTH} levels deep")
        namespace, _, name = qualified_name.rpartition(" ")
        if self.root is None and not self.stack:
            if name != "svg" or namespace not in ("", SVG_NS):
                _refuse(f"the document is <{name}>, not <svg>")
            self.svg_ns = namespace
        parent = self.stack[-1] if self.stack else None
        if namespace != self.svg_ns or (self.stack and parent is None):
            self.stack.append(None)  # another vocabulary: dropped with everything inside
            return
        _check_element(name, attributes)
        element = _Element(name, _checked_attributes(name, attributes))
        if parent is None:
            self.root = element
        else:
            parent.children.append(element)
        self.stack.append(element)

    def _end(self, _name: str) -> None:
        element = self.stack.pop()
        if element is not None and element.name == "style":
            css = "".join(child for child in element.children if isinstance(child, str))
            _check_css(css, "<style>")

    def _text(self, text: str) -> None:
        element = self.stack[-1] if self.stack else None
        if element is not None:
            element.children.append(text)


# ---------------------------------------------------------------- checks


def _check_element(name: str, attributes: dict[str, str]) -> None:
    if name == "image":
        href = attributes.get(f"{XLINK_NS} href") or attributes.get("href") or ""
        if href and not href.strip().startswith("data:"):
            _refuse_external(href, "href on <image>")
    reason = _REFUSED_ELEMENTS.get(name)
    if reason is not None:
        _refuse(f"contains <{name}>; {reason}")
    if name not in ALLOWED_ELEMENTS:
        _refuse(f"contains <{name}>, which a logo may not use")


def _checked_attributes(element: str, attributes: dict[str, str]) -> dict[str, str]:
    kept: dict[str, str] = {}
    for qualified_name, value in attributes.items():
        namespace, _, name = qualified_name.rpartition(" ")
        if namespace:
            name = _KEPT_FOREIGN_ATTRIBUTES.get(qualified_name, "")
            if not name:
                continue  # editor data (inkscape:, sodipodi:, i:…)
        if name.lower().startswith("on"):
            _refuse(f"has the event handler '{name}' on <{element}>; scripts are not allowed")
        if name in ("href", "xlink:href"):
            if not _is_fragment(value):
                _refuse_external(value, f"{name} on <{element}>")
        elif name == "style":
            _check_css(value, f"style on <{element}>")
        else:
            _check_urls(value, f"{name} on <{element}>")
        kept[name] = value
    return kept


def _is_fragment(reference: str) -> bool:
    reference = reference.strip()
    return len(reference) > 1 and reference.startswith("#")


def _refuse_external(reference: str, where: str) -> NoReturn:
    shown = reference if len(reference) <= 60 else reference[:59] + "…"
    _refuse(
        f"refers to {shown!r} ({where}); a logo must be self-contained, only #id references "
        "are allowed"
    )


def _check_urls(value: str, where: str) -> None:
    starts = len(_URL_START.findall(value))
    targets = _URL.findall(value)
    if len(targets) != starts:
        _refuse(f"has an unterminated url( ({where})")
    for quoted, single_quoted, bare in targets:
        target = quoted or single_quoted or bare
        if not _is_fragment(target):
            _refuse_external(target, f"url() in {where}")


def _check_css(css: str, where: str) -> None:
    css = _CSS_COMMENT.sub("", css)
    if "\\" in css:
        _refuse(f"uses CSS escapes (\\) in {where}; not allowed in a logo")
    if "@" in css:
        rule = re.search(r"@[A-Za-z-]*", css)
        shown = rule.group() if rule else "@"
        _refuse(f"uses the CSS rule {shown} in {where}; a logo must be self-contained")
    for function in _CSS_FUNCTION.findall(css):
        if function.lower() not in _CSS_FUNCTIONS_ALLOWED:
            _refuse(f"uses the CSS function {function}() in {where}; not allowed in a logo")
    _check_urls(css, where)


def _check_use_expansion(root: _Element) -> None:
    """Count elements as a renderer sees them, each ``<use>`` drawing its target again, so
    that nested ``<use>`` cannot multiply a small file into millions of shapes."""
    by_id: dict[str, _Element] = {}
    pending = [root]
    while pending:
        element = pending.pop()
        element_id = element.attributes.get("id")
        if element_id is not None:
            by_id.setdefault(element_id, element)
        pending.extend(element.elements())

    # id(element) -> (elements drawn, levels of nesting), memoised for shared targets.
    measured: dict[int, tuple[int, int]] = {}
    visiting: set[int] = set()

    def measure(element: _Element, depth: int) -> tuple[int, int]:
        if depth > MAX_DEPTH:
            _refuse(f"nested more than {MAX_DEPTH} levels deep, counting <use> references")
        key = id(element)
        if key in visiting:
            _refuse(f"<use> refers back to an element that contains it ('{_id_of(element)}')")
        known = measured.get(key)
        if known is None:
            visiting.add(key)
            count, height = 1, 1
            targets = element.elements()
            if element.name == "use":
                target = by_id.get(_use_target(element))
                targets = [*targets, target] if target is not None else targets
            for child in targets:
                child_count, child_height = measure(child, depth + 1)
                count += child_count
                height = max(height, child_height + 1)
                if count > MAX_ELEMENTS:
                    _refuse(
                        f"has more than {MAX_ELEMENTS:,} elements once <use> copies are counted"
                    )
            visiting.discard(key)
            known = measured[key] = (count, height)
        if depth + known[1] - 1 > MAX_DEPTH:
            _refuse(f"nested more than {MAX_DEPTH} levels deep, counting <use> references")
        return known

    measure(root, 1)


def _use_target(element: _Element) -> str:
    href = element.attributes.get("href") or element.attributes.get("xlink:href") or ""
    return href.strip()[1:]


def _id_of(element: _Element) -> str:
    return element.attributes.get("id", element.name)


# ---------------------------------------------------------------- size


def _intrinsic_size(root: _Element) -> tuple[float, float]:
    width = _length(root.attributes.get("width"), "width")
    height = _length(root.attributes.get("height"), "height")
    view_box = _view_box(root.attributes.get("viewBox"))
    if width is None or height is None:
        if view_box is None:
            _refuse("has no size; give the <svg> a viewBox, or a width and a height")
        box_width, box_height = view_box
        if width is not None:
            height = width * box_height / box_width
        elif height is not None:
            width = height * box_width / box_height
        else:
            width, height = box_width, box_height
    for name, value in (("width", width), ("height", height)):
        if value > MAX_DIMENSION:
            _refuse(f"{name} {value:,.0f} is absurd; at most {MAX_DIMENSION:,.0f}")
    if max(width / height, height / width) > MAX_ASPECT_RATIO:
        _refuse(f"is {width:g} by {height:g}; the sides may differ at most {MAX_ASPECT_RATIO:g}×")
    return width, height


def _length(value: str | None, name: str) -> float | None:
    """A width or height in CSS pixels; ``None`` when absent or a percentage."""
    if value is None:
        return None
    match = _LENGTH.fullmatch(value)
    if match is None:
        _refuse(f"the <svg> {name} {value!r} is not a length")
    number, unit = float(match.group(1)), match.group(2) or ""
    if unit == "%":
        return None
    pixels = number * _UNITS_TO_PX[unit]
    if not math.isfinite(pixels) or pixels <= 0:
        _refuse(f"the <svg> {name} {value!r} is not a positive length")
    if pixels > MAX_DIMENSION:
        _refuse(f"the <svg> {name} {value!r} is absurd; at most {MAX_DIMENSION:,.0f} pixels")
    return pixels


def _view_box(value: str | None) -> tuple[float, float] | None:
    if value is None:
        return None
    parts = _VIEW_BOX_SEPARATOR.split(value.strip())
    try:
        numbers = [float(part) for part in parts]
    except ValueError:
        numbers = []
    if len(numbers) != 4 or not all(math.isfinite(number) for number in numbers):
        _refuse(f"viewBox {value!r} is not four numbers")
    width, height = numbers[2], numbers[3]
    if width <= 0 or height <= 0:
        _refuse(f"viewBox {value!r} has no area")
    if max(width, height) > MAX_DIMENSION:
        _refuse(f"viewBox {value!r} is absurd; at most {MAX_DIMENSION:,.0f} units a side")
    return width, height


# ---------------------------------------------------------------- writing


def _serialise(root: _Element) -> bytes:
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    _write(root, parts, top=True)
    parts.append("\n")
    return "".join(parts).encode("utf-8")


def _write(element: _Element, parts: list[str], top: bool = False) -> None:
    parts.append(f"<{element.name}")
    if top:
        parts.append(f' xmlns="{SVG_NS}"')
        if _uses_xlink(element):
            parts.append(f' xmlns:xlink="{XLINK_NS}"')
    for name, value in element.attributes.items():
        parts.append(f" {name}={quoteattr(value)}")
    if not element.children:
        parts.append("/>")
        return
    parts.append(">")
    for child in element.children:
        if isinstance(child, str):
            parts.append(escape(child))
        else:
            _write(child, parts)
    parts.append(f"</{element.name}>")


def _uses_xlink(root: _Element) -> bool:
    pending = [root]
    while pending:
        element = pending.pop()
        if "xlink:href" in element.attributes:
            return True
        pending.extend(element.elements())
    return False
