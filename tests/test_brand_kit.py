"""Brand kits: the bundled kits, every refusal with its one-line message, and logos drawn."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from PIL import Image as PILImage
from reportlab.pdfgen.canvas import Canvas

from desktop_app.model.brand_kit import BrandKit, BrandKitError, brand_kit_from_json, load_brand_kit
from desktop_app.model.errors import DocumentError
from desktop_app.model.safe_svg import MAX_BYTES, MAX_ELEMENTS, UnsafeSvgError, sanitize_svg
from desktop_app.pdf.images import ImageFileError
from desktop_app.pdf.logo import draw_logo, fit_in_box, load_logo
from desktop_app.resources import resource_path
from desktop_app.text.fonts import FontRegistry, default_registry

SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
RED_SVG = f'{SVG_OPEN} viewBox="0 0 200 100"><rect width="200" height="100" fill="#FF0000"/></svg>'

VALID_KIT: dict[str, Any] = {
    "format": "taqrir-brand-kit",
    "schema_version": 1,
    "institution": {
        "ar": ["المملكة المغربية", "مؤسسة دار الصانع"],
        "fr": ["Royaume du Maroc", "Maison de l’Artisan"],
    },
    "logo": "logo.svg",
    "colors": {"primary": "#1F4E79", "accent": "#B5472B"},
    "fonts": {"body": "Amiri", "heading": "IBM Plex Sans Arabic"},
    "footer": {
        "ar": {"address": "الرباط", "phone": "+212 5 37 00 00 00"},
        "fr": {"website": "www.example.ma"},
    },
    "paper": "a4",
    "margins_mm": {"top": 20, "right": 20, "bottom": 22, "left": 22},
}


@pytest.fixture(scope="module")
def registry() -> FontRegistry:
    return default_registry()


def write_kit(folder: Path, kit: dict[str, Any], logo: str | bytes | None = RED_SVG) -> Path:
    """Write ``kit`` as ``test.kit.json`` and ``logo`` as the file its ``logo`` field names."""
    if logo is not None and isinstance(kit.get("logo"), str):
        data = logo.encode("utf-8") if isinstance(logo, str) else logo
        (folder / kit["logo"]).write_bytes(data)
    path = folder / "test.kit.json"
    path.write_text(json.dumps(kit, ensure_ascii=False), encoding="utf-8")
    return path


def kit_with(**changes: Any) -> dict[str, Any]:
    """A valid kit with dotted fields replaced (``colors__primary="x"``); ``...`` deletes."""
    kit = copy.deepcopy(VALID_KIT)
    for dotted, value in changes.items():
        *parents, last = dotted.split("__")
        target = kit
        for key in parents:
            target = target[key]
        if value is ...:
            del target[last]
        else:
            target[last] = value
    return kit


def kit_error(folder: Path, registry: FontRegistry, kit: dict[str, Any], **logo: Any) -> str:
    path = write_kit(folder, kit, **logo)
    with pytest.raises(BrandKitError) as caught:
        load_brand_kit(path, registry)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    return message.removeprefix(f"{path}: ")


# ---------------------------------------------------------------- the bundled kits


def test_maison_artisan_kit(registry: FontRegistry) -> None:
    kit = load_brand_kit(resource_path("kits", "maison-artisan.kit.json"), registry)
    assert kit.institution.ar == (
        "المملكة المغربية",
        "كتابة الدولة المكلفة بالصناعة التقليدية والاقتصاد الاجتماعي والتضامني",
        "مؤسسة دار الصانع",
    )
    assert kit.institution.fr[0] == "Royaume du Maroc"
    assert kit.institution.fr[-1] == "Maison de l’Artisan"
    assert (kit.colors.primary, kit.colors.accent) == ("#1F4E79", "#B5472B")
    assert kit.logo is not None and kit.logo.kind == "svg"
    assert kit.logo.path == resource_path("kits", "maison-artisan-logo.svg").resolve()
    assert kit.logo.aspect_ratio == 1
    assert kit.footer.fr.website == "www.maisonartisan.example.ma"
    assert "Rabat" in (kit.footer.fr.address or "")
    assert "الرباط" in (kit.footer.ar.address or "")
    assert kit.footer.fr.lines()[1] == kit.footer.fr.phone


def test_default_kit_is_neutral(registry: FontRegistry) -> None:
    kit = load_brand_kit(resource_path("kits", "default.kit.json"), registry)
    assert kit.logo is None
    assert kit.institution.ar == ("المملكة المغربية",)
    assert kit.institution.fr == ("Royaume du Maroc",)
    assert kit.footer.ar.lines() == kit.footer.fr.lines() == []
    assert kit.paper == "a4"
    assert kit.fonts.body in registry.families()


def test_kit_from_json_with_the_bundled_fonts_by_default(tmp_path: Path) -> None:
    (tmp_path / "logo.svg").write_text(RED_SVG, encoding="utf-8")
    kit = brand_kit_from_json(json.dumps(VALID_KIT), "kit.json", tmp_path)
    assert isinstance(kit, BrandKit)
    assert kit.logo is not None and kit.logo.aspect_ratio == 2
    assert kit.footer.ar.website is None


def test_error_is_a_document_error(tmp_path: Path, registry: FontRegistry) -> None:
    with pytest.raises(DocumentError):
        brand_kit_from_json("[]", "kit.json", tmp_path, registry)


# ---------------------------------------------------------------- fields


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"colors__primary": "blue-ish"},
            "colors.primary: 'blue-ish' is not a colour; use #RRGGBB",
        ),
        ({"colors__accent": "#12345"}, "colors.accent: '#12345' is not a colour; use #RRGGBB"),
        ({"colors__accent": ...}, "colors.accent: missing required field"),
        (
            {"fonts__body": "Comic"},
            "fonts.body: unknown font family 'Comic'; known: Amiri, IBM Plex Sans Arabic",
        ),
        (
            {"fonts__heading": "amiri"},
            "fonts.heading: unknown font family 'amiri'; known: Amiri, IBM Plex Sans Arabic",
        ),
        ({"paper": "a3"}, "paper: unknown paper size 'a3'; expected one of a4, letter"),
        ({"paper": ...}, "paper: missing required field"),
        ({"margins_mm__left": -5}, "margins_mm.left: -5 is negative; use 0 or more"),
        ({"margins_mm__top": -0.5}, "margins_mm.top: -0.5 is negative; use 0 or more"),
        (
            {"margins_mm__top": "20mm"},
            "margins_mm.top: expected a number of millimetres, got a string",
        ),
        ({"margins_mm__right": 150}, "margins_mm.right: 150 mm is too wide; at most 100"),
        (
            {"margins_mm__right": 80, "margins_mm__left": 80},
            "margins_mm: the text area on a4 paper would be 50 mm wide; at least 60 mm needed",
        ),
        ({"margins_mm__bottom": ...}, "margins_mm.bottom: missing required field"),
        (
            {"colour": {}},
            "colour: unknown field in a brand kit; expected one of format, schema_version, "
            "institution, logo, colors, fonts, footer, paper, margins_mm",
        ),
        (
            {"colors__tint": "#FFFFFF"},
            "colors.tint: unknown field in colors; expected one of primary, accent",
        ),
        (
            {"footer__fr__fax": "05 37"},
            "footer.fr.fax: unknown field in footer.fr; expected one of address, phone, website",
        ),
        (
            {"institution__en": ["Kingdom of Morocco"]},
            "institution.en: unknown field in institution; expected one of ar, fr",
        ),
        ({"institution__ar": []}, "institution.ar: needs at least one line"),
        ({"institution__fr": "Royaume du Maroc"}, "institution.fr: expected a list, got a string"),
        ({"institution__fr": ["Royaume", "  "]}, "institution.fr[1]: empty line"),
        (
            {"institution__ar": ["سطر\nسطر"]},
            "institution.ar[0]: line break (U+000A) inside a line; give each line on its own",
        ),
        (
            {"footer__ar__phone": "اتصلوا بنا"},
            "footer.ar.phone: 'اتصلوا بنا' is not a phone number; "
            "use digits, spaces and + ( ) . - /",
        ),
        (
            {"footer__fr__website": "maison artisan"},
            "footer.fr.website: 'maison artisan' is not a website address (e.g. www.example.ma)",
        ),
        (
            {"format": "taqrir-document"},
            "format: 'taqrir-document' is not a Taqrir brand kit (expected \"taqrir-brand-kit\")",
        ),
        (
            {"schema_version": 2},
            "schema_version: version 2 is newer than this version of Taqrir supports (1)",
        ),
        ({"schema_version": ...}, "schema_version: missing required field"),
    ],
)
def test_bad_field_is_named(
    tmp_path: Path, registry: FontRegistry, changes: dict[str, Any], message: str
) -> None:
    assert kit_error(tmp_path, registry, kit_with(**changes)) == message


def test_field_given_twice(tmp_path: Path, registry: FontRegistry) -> None:
    text = json.dumps(VALID_KIT).replace('"paper": "a4"', '"paper": "a4", "paper": "letter"')
    (tmp_path / "logo.svg").write_text(RED_SVG, encoding="utf-8")
    with pytest.raises(BrandKitError, match=r"^kit\.json: paper: field given twice$"):
        brand_kit_from_json(text, "kit.json", tmp_path, registry)


def test_invalid_json_and_missing_file(tmp_path: Path, registry: FontRegistry) -> None:
    with pytest.raises(BrandKitError, match=r"^k\.json: invalid JSON at line 1, column 2: "):
        brand_kit_from_json("{,}", "k.json", tmp_path, registry)
    missing = tmp_path / "nowhere.kit.json"
    with pytest.raises(BrandKitError, match=r": cannot open \(file not found\)$"):
        load_brand_kit(missing, registry)


# ---------------------------------------------------------------- logo files


def test_no_logo(tmp_path: Path, registry: FontRegistry) -> None:
    for kit in (kit_with(logo=None), kit_with(logo=...)):
        assert load_brand_kit(write_kit(tmp_path, kit), registry).logo is None


def test_logo_that_is_a_folder(tmp_path: Path, registry: FontRegistry) -> None:
    (tmp_path / "logos").mkdir()
    message = kit_error(tmp_path, registry, kit_with(logo="logos"), logo=None)
    assert message == "logo: cannot read 'logos' (is a folder, not a file)"


def test_missing_logo_file(tmp_path: Path, registry: FontRegistry) -> None:
    kit = kit_with(logo="logo.png")
    assert kit_error(tmp_path, registry, kit, logo=None) == "logo: file 'logo.png' not found"


def test_logo_that_is_not_an_image(tmp_path: Path, registry: FontRegistry) -> None:
    kit = kit_with(logo="logo.png")
    message = kit_error(tmp_path, registry, kit, logo=b"minutes of the board meeting\n")
    assert message == "logo: 'logo.png' is not an image (PNG, JPEG or SVG expected)"


def test_logo_in_another_raster_format(tmp_path: Path, registry: FontRegistry) -> None:
    PILImage.new("RGB", (8, 8), "red").save(tmp_path / "logo.gif")
    message = kit_error(tmp_path, registry, kit_with(logo="logo.gif"), logo=None)
    assert message == "logo: 'logo.gif' is a GIF image; PNG, JPEG or SVG expected"


@pytest.mark.parametrize(("name", "kind"), [("logo.png", "png"), ("logo.jpg", "jpeg")])
def test_raster_logos(tmp_path: Path, registry: FontRegistry, name: str, kind: str) -> None:
    PILImage.new("RGB", (300, 100), "#1F4E79").save(tmp_path / name)
    kit = load_brand_kit(write_kit(tmp_path, kit_with(logo=name), logo=None), registry)
    assert kit.logo is not None
    assert (kit.logo.kind, kit.logo.width, kit.logo.height) == (kind, 300, 100)


@pytest.mark.parametrize(
    ("logo", "message"),
    [
        (
            "/etc/logo.png",
            "logo: '/etc/logo.png' is not relative; give the path from the kit's folder",
        ),
        (
            "../logo.png",
            "logo: '../logo.png' leaves the kit's folder; keep the logo beside the kit file",
        ),
        ("logos\\logo.png", "logo: 'logos\\\\logo.png': separate folders with /, not \\"),
        ("", "logo: empty logo path; use null for no logo"),
    ],
)
def test_logo_path_must_stay_in_the_kit_folder(
    tmp_path: Path, registry: FontRegistry, logo: str, message: str
) -> None:
    assert kit_error(tmp_path, registry, kit_with(logo=logo), logo=None) == message


# ---------------------------------------------------------------- SVG logos

UNSAFE_SVGS: dict[str, tuple[str, str]] = {
    "xlink:href to http": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><use xlink:href="http://example.com/a.svg#x"/></svg>',
        "refers to 'http://example.com/a.svg#x' (xlink:href on <use>)",
    ),
    "href to a file path": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><use href="/etc/shapes.svg#x"/></svg>',
        "refers to '/etc/shapes.svg#x' (href on <use>)",
    ),
    "relative file": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><use xlink:href="shapes.svg#x"/></svg>',
        "refers to 'shapes.svg#x' (xlink:href on <use>)",
    ),
    "style attribute url()": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><rect style="fill: url( \'file:///x.png\' )"/></svg>',
        "refers to 'file:///x.png' (url() in style on <rect>)",
    ),
    "presentation attribute url()": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><rect fill="url(http://e.com/p.svg#g)"/></svg>',
        "refers to 'http://e.com/p.svg#g' (url() in fill on <rect>)",
    ),
    "style sheet url()": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><style>rect {{ fill: URL(x.svg#g) }}</style></svg>',
        "refers to 'x.svg#g' (url() in <style>)",
    ),
    "@import": (
        f"{SVG_OPEN} viewBox=\"0 0 10 10\"><style>@import 'http://e.com/s.css';</style></svg>",
        "uses the CSS rule @import in <style>",
    ),
    "CSS escapes": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><style>rect {{ fill: u\\72l(x.svg) }}</style></svg>',
        "uses CSS escapes (\\) in <style>",
    ),
    "image-set()": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><rect style="fill: image-set(\'x.png\' 1x)"/></svg>',
        "uses the CSS function image-set() in style on <rect>",
    ),
    "<image href>": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><image href="photo.jpg" width="10" height="10"/></svg>',
        "refers to 'photo.jpg' (href on <image>)",
    ),
    "<image xlink:href> to http": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><image xlink:href="https://e.com/p.png"/></svg>',
        "refers to 'https://e.com/p.png' (href on <image>)",
    ),
    "<image> with data": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><image href="data:image/png;base64,iVBO"/></svg>',
        "contains <image>; pictures inside an SVG are not supported; use a PNG or JPEG logo",
    ),
    "xml-stylesheet": (
        f'<?xml-stylesheet href="http://e.com/s.css"?>{SVG_OPEN} viewBox="0 0 10 10"/>',
        "links a style sheet (<?xml-stylesheet?>)",
    ),
    "external DTD entity": (
        '<!DOCTYPE svg SYSTEM "file:///etc/passwd">'
        f'{SVG_OPEN} viewBox="0 0 10 10"><title>&secret;</title></svg>',
        "uses the undeclared entity '&secret;'",
    ),
    "<script>": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><script>alert(1)</script></svg>',
        "contains <script>; scripts are not allowed in a logo",
    ),
    "<foreignObject>": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><foreignObject><p xmlns="http://www.w3.org/1999/xhtml">'
        "hi</p></foreignObject></svg>",
        "contains <foreignObject>; embedded HTML is not allowed in a logo",
    ),
    "onload": (
        f'{SVG_OPEN} viewBox="0 0 10 10" onload="alert(1)"/>',
        "has the event handler 'onload' on <svg>; scripts are not allowed",
    ),
    "onclick": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><rect onClick="go()"/></svg>',
        "has the event handler 'onClick' on <rect>; scripts are not allowed",
    ),
    "javascript link": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><a href="javascript:alert(1)"><rect/></a></svg>',
        "contains <a>; links are not allowed in a logo",
    ),
    "animation": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><rect><set attributeName="fill" to="red"/></rect></svg>',
        "contains <set>; animation is not allowed in a logo",
    ),
    "text": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><text>MDA</text></svg>',
        "contains <text>; convert the text to paths (outlines) in the drawing program",
    ),
    "unsupported element": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><filter id="f"/></svg>',
        "contains <filter>, which a logo may not use",
    ),
    "not well-formed": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><g></svg>',
        "not well-formed XML (line 1, column 109): mismatched tag",
    ),
    "not an SVG": ("<html><body/></html>", "the document is <html>, not <svg>"),
    "no size": (f"{SVG_OPEN}><rect/></svg>", "has no size; give the <svg> a viewBox"),
    "absurd width": (
        f'{SVG_OPEN} width="1e9" height="10"/>',
        "the <svg> width '1e9' is absurd; at most 100,000 pixels",
    ),
    "absurd viewBox": (
        f'{SVG_OPEN} viewBox="0 0 1e12 1e12"/>',
        "viewBox '0 0 1e12 1e12' is absurd; at most 100,000 units a side",
    ),
    "zero height": (
        f'{SVG_OPEN} width="10" height="0"/>',
        "the <svg> height '0' is not a positive length",
    ),
    "a sliver": (f'{SVG_OPEN} viewBox="0 0 5000 1"/>', "the sides may differ at most 100×"),
}


def _billion_laughs() -> str:
    entities = ['<!ENTITY lol0 "lol">']
    for level in range(1, 10):
        references = f"&lol{level - 1};" * 10
        entities.append(f'<!ENTITY lol{level} "{references}">')
    return (
        f'<?xml version="1.0"?><!DOCTYPE svg [{"".join(entities)}]>'
        f'{SVG_OPEN} viewBox="0 0 10 10"><title>&lol9;</title></svg>'
    )


def _use_bomb() -> str:
    levels = ['<g id="l0"><rect width="1" height="1"/></g>']
    for level in range(1, 9):
        uses = f'<use href="#l{level - 1}"/>' * 10
        levels.append(f'<g id="l{level}">{uses}</g>')
    return f'{SVG_OPEN} viewBox="0 0 10 10"><defs>{"".join(levels)}</defs><use href="#l8"/></svg>'


ENORMOUS_SVGS: dict[str, tuple[str, str]] = {
    "bytes": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><desc>{"x" * MAX_BYTES}</desc></svg>',
        "too large (513 KiB; an SVG logo may have at most 512 KiB)",
    ),
    "element count": (
        f'{SVG_OPEN} viewBox="0 0 10 10">{"<rect/>" * MAX_ELEMENTS}</svg>',
        "has more than 20,000 elements",
    ),
    "entity expansion": (
        _billion_laughs(),
        "declares its own DTD (<!DOCTYPE … [ … ]>); entities are not allowed in a logo",
    ),
    "<use> expansion": (_use_bomb(), "has more than 20,000 elements once <use> copies are counted"),
    "<use> cycle": (
        f'{SVG_OPEN} viewBox="0 0 10 10"><g id="a"><use href="#a"/></g></svg>',
        "<use> refers back to an element that contains it ('a')",
    ),
    "nesting": (
        f'{SVG_OPEN} viewBox="0 0 10 10">{"<g>" * 200}{"</g>" * 200}</svg>',
        "nested more than 100 levels deep",
    ),
}


@pytest.mark.parametrize(
    ("svg", "problem"),
    [*UNSAFE_SVGS.values(), *ENORMOUS_SVGS.values()],
    ids=[*UNSAFE_SVGS, *ENORMOUS_SVGS],
)
def test_unsafe_svg_logo_is_refused(
    tmp_path: Path, registry: FontRegistry, svg: str, problem: str
) -> None:
    message = kit_error(tmp_path, registry, VALID_KIT, logo=svg)
    assert message.startswith("logo: 'logo.svg' is not a usable SVG: ")
    assert problem in message


def test_refusal_is_quick_for_the_bombs() -> None:
    import time

    for svg, _problem in ENORMOUS_SVGS.values():
        start = time.perf_counter()
        with pytest.raises(UnsafeSvgError):
            sanitize_svg(svg.encode("utf-8"))
        assert time.perf_counter() - start < 1.0


def test_cleaning_drops_editor_data_and_keeps_the_drawing() -> None:
    source = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
        "<!-- Generator: a drawing program -->\n"
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
        'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" '
        'width="100%" viewBox="0 0 40 20" inkscape:version="1.3">'
        '<sodipodi:namedview id="view" pagecolor="#ffffff"><inkscape:page/></sodipodi:namedview>'
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#1F4E79"/></linearGradient>'
        '<rect id="r" width="10" height="10"/></defs>'
        '<style>.a { fill: url("#g") }</style>'
        '<g inkscape:label="Layer 1" inkscape:groupmode="layer">'
        '<use xlink:href="#r" class="a" transform="translate(5 5)"/></g></svg>'
    )
    clean = sanitize_svg(source.encode("utf-8"))
    text = clean.data.decode("utf-8")
    for gone in ("inkscape", "sodipodi", "DOCTYPE", "Generator", "100%"):
        assert gone not in text
    for kept in ('xlink:href="#r"', 'url("#g")', 'stop-color="#1F4E79"', 'transform="translate'):
        assert kept in text
    assert (clean.width, clean.height) == (40, 20)
    assert 'width="40"' in text and 'height="20"' in text
    assert sanitize_svg(clean.data) == clean


def test_svg_without_namespace_is_accepted() -> None:
    clean = sanitize_svg(b'<svg viewBox="0 0 30 10"><rect width="3" height="1"/></svg>')
    assert clean.data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns=')
    assert clean.aspect_ratio == 3


# ---------------------------------------------------------------- drawing


def _render(pdf: Path, page: int = 0) -> tuple[int, int, bytes]:
    """Page pixels at 72 dpi (one pixel per point), RGB, top row first."""
    with pymupdf.open(pdf) as document:
        pixmap = document[page].get_pixmap(dpi=72, alpha=False)
        return pixmap.width, pixmap.height, bytes(pixmap.samples)


def _pixels_like(
    picture: tuple[int, int, bytes], colour: tuple[int, int, int], tolerance: int = 40
) -> list[tuple[int, int]]:
    width, height, samples = picture
    found = []
    for row in range(height):
        for column in range(width):
            offset = (row * width + column) * 3
            pixel = samples[offset : offset + 3]
            if all(abs(pixel[i] - colour[i]) <= tolerance for i in range(3)):
                found.append((column, row))
    return found


def _bounds(points: list[tuple[int, int]]) -> tuple[int, int, int, int]:
    columns = [column for column, _row in points]
    rows = [row for _column, row in points]
    return min(columns), min(rows), max(columns) + 1, max(rows) + 1


def _assert_fills(found: list[tuple[int, int]], box: tuple[int, int, int, int]) -> None:
    """The colour covers the box (``left, top, right, bottom`` in pixels) and nothing else."""
    assert found, "the logo's colour is nowhere on the page"
    left, top, right, bottom = _bounds(found)
    assert abs(left - box[0]) <= 1 and abs(top - box[1]) <= 1
    assert abs(right - box[2]) <= 1 and abs(bottom - box[3]) <= 1
    assert len(found) >= 0.95 * (box[2] - box[0]) * (box[3] - box[1])


def test_svg_logo_draws_inside_its_box_only(tmp_path: Path) -> None:
    svg = tmp_path / "logo.svg"
    svg.write_text(RED_SVG, encoding="utf-8")
    logo = load_logo(svg)
    assert logo.drawing is not None and logo.aspect_ratio == 2
    pdf = tmp_path / "logo.pdf"
    canvas = Canvas(str(pdf), pagesize=(300, 300))
    draw_logo(canvas, logo, 50, 50, 100, 100)  # 2:1 in a square: 100 × 50, centred
    canvas.showPage()
    draw_logo(canvas, logo, 0, 200, 300, 60)  # 2:1 in 5:1: 120 × 60, centred
    canvas.save()
    # Page coordinates (origin bottom left) to pixel rows (origin top left): row = 300 - y.
    _assert_fills(_pixels_like(_render(pdf, 0), (255, 0, 0)), (50, 300 - 125, 150, 300 - 75))
    _assert_fills(_pixels_like(_render(pdf, 1), (255, 0, 0)), (90, 300 - 260, 210, 300 - 200))
    assert pdf.read_bytes().count(b"/Subtype /Form") == 1


def test_png_logo_draws_inside_its_box_only(tmp_path: Path) -> None:
    png = tmp_path / "logo.png"
    PILImage.new("RGB", (40, 80), (0, 0, 255)).save(png)
    logo = load_logo(png)
    assert logo.image is not None and logo.aspect_ratio == 0.5
    pdf = tmp_path / "logo.pdf"
    canvas = Canvas(str(pdf), pagesize=(300, 300))
    draw_logo(canvas, logo, 100, 100, 120, 80)  # 1:2 in 3:2: 40 × 80, centred
    canvas.save()
    _assert_fills(_pixels_like(_render(pdf), (0, 0, 255)), (140, 300 - 180, 180, 300 - 100))


def test_maison_artisan_logo_draws_in_its_colours(tmp_path: Path) -> None:
    logo = load_logo(resource_path("kits", "maison-artisan-logo.svg"))
    pdf = tmp_path / "logo.pdf"
    canvas = Canvas(str(pdf), pagesize=(300, 300))
    draw_logo(canvas, logo, 100, 100, 100, 100)
    canvas.save()
    picture = _render(pdf)
    for colour in ((0x1F, 0x4E, 0x79), (0xB5, 0x47, 0x2B)):
        found = _pixels_like(picture, colour, tolerance=12)
        assert len(found) > 100
        left, top, right, bottom = _bounds(found)
        assert left >= 100 and right <= 200 and top >= 100 and bottom <= 200


def test_unusable_logo_files_raise_one_line_errors(tmp_path: Path) -> None:
    svg = tmp_path / "logo.svg"
    svg.write_text(UNSAFE_SVGS["<script>"][0], encoding="utf-8")
    with pytest.raises(ImageFileError, match=r"^logo 'logo\.svg' is not a usable SVG: contains"):
        load_logo(svg)
    with pytest.raises(ImageFileError, match="not found"):
        load_logo(tmp_path / "missing.png")
    text = tmp_path / "logo.png"
    text.write_bytes(b"not a picture")
    with pytest.raises(ImageFileError, match=r"is not an image"):
        load_logo(text)


@pytest.mark.parametrize(
    "shape",
    [
        '<path d="M 10 abc Z"/>',
        '<rect width="1e308" height="1e308" transform="scale(1e308)"/>',
    ],
)
def test_svg_that_cannot_be_drawn(tmp_path: Path, shape: str) -> None:
    svg = tmp_path / "logo.svg"
    svg.write_text(f'{SVG_OPEN} viewBox="0 0 10 10">{shape}</svg>', encoding="utf-8")
    with pytest.raises(ImageFileError, match=r"^logo 'logo\.svg' could not be drawn \(") as caught:
        load_logo(svg)
    assert "\n" not in str(caught.value)


def test_fit_in_box() -> None:
    assert fit_in_box(2.0, 0, 0, 100, 100) == (0, 25, 100, 50)
    assert fit_in_box(0.5, 10, 10, 100, 100) == (35, 10, 50, 100)
    assert fit_in_box(1.0, 0, 0, 30, 30) == (0, 0, 30, 30)
