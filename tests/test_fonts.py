from __future__ import annotations

import json
import string
import time
from pathlib import Path
from typing import Any

import pytest
from arabic_reshaper import ArabicReshaper
from arabic_reshaper.ligatures import LIGATURES
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

from desktop_app.text.fonts import (
    FontError,
    FontFace,
    FontProgram,
    FontRegistry,
    MissingGlyphsError,
    default_registry,
)

FONTS_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"
MANIFEST = json.loads((FONTS_DIR / "fonts.json").read_text(encoding="utf-8"))["faces"]
BODY_FILES = [entry["file"] for entry in MANIFEST if entry["role"] == "body"]
HEADING_FILES = [entry["file"] for entry in MANIFEST if entry["role"] == "heading"]

RESHAPER = ArabicReshaper(configuration={"delete_harakat": False})
LAM_ALEF_AND_ALLAH = set("\ufef5\ufef6\ufef7\ufef8\ufef9\ufefa\ufefb\ufefc\ufdf2")

FRENCH_LETTERS = "àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ"
PUNCTUATION = "%()[]«».,;:!?-–—'\"/@_#&+=*€"
LATIN = set(string.ascii_letters + string.digits + FRENCH_LETTERS + PUNCTUATION + " \u00a0")
ARABIC_MARKS_DIGITS_PUNCTUATION = {
    *map(chr, range(0x064B, 0x0653)),
    "\u0670",
    "\u0640",
    "\u060c",
    "\u061b",
    "\u061f",
    *map(chr, range(0x0660, 0x066A)),
}


def is_presentation_form(ch: str) -> bool:
    return 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF


def letter_forms(alphabet: bool) -> set[str]:
    """Forms the reshaper emits for the letters U+0621..U+064A (alphabet=True) or for the
    other letters of its table: Persian, Urdu, Kurdish … (alphabet=False)."""
    return {
        form
        for letter, forms in RESHAPER.letters.items()
        if (0x0621 <= ord(letter) <= 0x064A) == alphabet
        for form in forms
        if form
    }


def ligature_forms() -> set[str]:
    return {
        form
        for name, (_, forms) in LIGATURES
        if RESHAPER.configuration.getboolean(name)
        for form in forms
        if form
    }


def missing(program: FontProgram, characters: set[str]) -> list[str]:
    return [f"U+{ord(ch):04X}" for ch in sorted(program.missing_characters("".join(characters)))]


def build_font(path: Path, family: str, characters: str, bold: bool = False) -> Path:
    names = [".notdef"] + [f"u{ord(ch):04X}" for ch in characters]
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0))
    pen.lineTo((100, 700))
    pen.lineTo((500, 700))
    pen.lineTo((500, 0))
    pen.closePath()
    box = pen.glyph()
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(ch): f"u{ord(ch):04X}" for ch in characters})
    builder.setupGlyf({name: box for name in names})
    builder.setupHorizontalMetrics({name: (600, 100) for name in names})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": family, "styleName": "Bold" if bold else "Regular"})
    builder.setupOS2(
        sTypoAscender=780,
        sTypoDescender=-220,
        sTypoLineGap=90,
        usWinAscent=800,
        usWinDescent=200,
        fsSelection=0x20 if bold else 0x40,
    )
    builder.updateHead(macStyle=1 if bold else 0)
    builder.setupPost()
    builder.save(str(path))
    return path


@pytest.fixture(scope="module")
def registry() -> FontRegistry:
    return FontRegistry(FONTS_DIR)


@pytest.fixture
def tiny_font(tmp_path: Path) -> Path:
    return build_font(tmp_path / "TinyLatin-Regular.ttf", "Tiny Latin", "abc ")


# --- the bundled fonts -------------------------------------------------------------------


@pytest.mark.parametrize("entry", MANIFEST, ids=[entry["file"] for entry in MANIFEST])
def test_manifest_face_exists_loads_and_has_its_licence_beside_it(
    entry: dict[str, Any], registry: FontRegistry
) -> None:
    path = FONTS_DIR / entry["file"]
    licence = FONTS_DIR / entry["licence"]
    program = registry.load(path)

    assert program.family == entry["family"]
    assert program.units_per_em > 0 and program.ascender > 0 > program.descender
    assert program.glyph_id("a") is not None
    assert licence.parent == path.parent
    text = licence.read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text
    copyright_line = TTFont(path, lazy=True)["name"].getDebugName(0)
    assert copyright_line and copyright_line in text
    assert entry["style"] in ("regular", "bold", "italic", "bold-italic")
    assert entry["role"] in ("body", "heading")
    assert set(entry["scripts"]) == {"Arab", "Latn"}


def test_registry_holds_exactly_the_manifest(registry: FontRegistry) -> None:
    listed = [(e["family"], e["style"], FONTS_DIR / e["file"], e["role"]) for e in MANIFEST]
    assert [(f.family, f.style, f.path, f.role) for f in registry.faces()] == listed
    assert registry.rejected() == []
    assert registry.families() == ["Amiri", "IBM Plex Sans Arabic"]
    assert registry.default_body() == registry.face("Amiri")
    assert registry.default_heading() == registry.face("IBM Plex Sans Arabic")


def test_face_picks_the_style_and_falls_back_within_the_family(registry: FontRegistry) -> None:
    def file_of(family: str, bold: bool = False, italic: bool = False) -> str:
        return registry.face(family, bold=bold, italic=italic).path.name

    assert file_of("Amiri") == "Amiri-Regular.ttf"
    assert file_of("Amiri", bold=True) == "Amiri-Bold.ttf"
    assert file_of("Amiri", italic=True) == "Amiri-Slanted.ttf"
    assert file_of("Amiri", bold=True, italic=True) == "Amiri-BoldSlanted.ttf"
    assert file_of("IBM Plex Sans Arabic", italic=True) == "IBMPlexSansArabic-Regular.ttf"
    assert file_of("ibm plex sans arabic", True, True) == "IBMPlexSansArabic-Bold.ttf"


def test_reshaper_output_set_is_taken_from_its_tables() -> None:
    alphabet = letter_forms(alphabet=True)
    assert len({ch for ch in alphabet if is_presentation_form(ch)}) >= 119
    assert LAM_ALEF_AND_ALLAH.issubset(ligature_forms())
    assert len({ch for ch in letter_forms(alphabet=False) if is_presentation_form(ch)}) >= 100


@pytest.mark.parametrize("file", BODY_FILES)
def test_body_face_covers_everything_the_reshaper_emits_and_french(
    file: str, registry: FontRegistry
) -> None:
    program = registry.load(FONTS_DIR / file)
    wanted = letter_forms(True) | letter_forms(False) | ligature_forms()
    assert missing(program, wanted | ARABIC_MARKS_DIGITS_PUNCTUATION | LATIN) == []


@pytest.mark.parametrize("file", HEADING_FILES)
def test_heading_face_covers_the_arabic_alphabet_and_french(
    file: str, registry: FontRegistry
) -> None:
    program = registry.load(FONTS_DIR / file)
    wanted = letter_forms(True) | ligature_forms() | ARABIC_MARKS_DIGITS_PUNCTUATION | LATIN
    assert missing(program, wanted) == []


@pytest.mark.xfail(
    strict=True,
    reason="IBM Plex Sans Arabic 1.101 lacks 42 forms of the reshaper's non-Arabic letters: "
    "the isolated forms in U+FB50..U+FBFF (peh, tcheh, jeh, gaf, veh, farsi yeh …) "
    "and RNOON initial/medial",
)
@pytest.mark.parametrize("file", HEADING_FILES)
def test_heading_face_covers_persian_urdu_and_kurdish_letters(
    file: str, registry: FontRegistry
) -> None:
    assert missing(registry.load(FONTS_DIR / file), letter_forms(alphabet=False)) == []


@pytest.mark.parametrize("file", [entry["file"] for entry in MANIFEST])
def test_reshaped_minutes_render_in_every_face(file: str, registry: FontRegistry) -> None:
    text = (
        "محضر اجتماع لجنة المتابعة، يوم الأحد ١٢ مارس: حضر الأعضاء وتمت المصادقة على الميزانية؛ "
        "هل لا إلى آخره؟ والله الموفّق. Procès-verbal de la réunion « bilan » — 25 % à 12,50 €."
    )
    registry.load(FONTS_DIR / file).require(RESHAPER.reshape(text))


def test_amiri_becomes_usable_quickly() -> None:
    started = time.perf_counter()
    program = FontProgram(FONTS_DIR / "Amiri" / "Amiri-Regular.ttf")
    program.advance(program.glyph_id("\ufe8d") or 0)
    assert time.perf_counter() - started < 0.5


# --- FontProgram --------------------------------------------------------------------------


def test_font_program_reads_cmap_metrics_and_bytes(tiny_font: Path) -> None:
    program = FontProgram(tiny_font)
    assert program.family == "Tiny Latin"
    assert (program.units_per_em, program.ascender, program.descender) == (1000, 800, -200)
    gid = program.glyph_id("b")
    assert gid == 2 and program.glyph_name(gid) == "u0062" and program.advance(gid) == 600
    assert program.glyph_id("z") is None
    assert program.font_bytes() == tiny_font.read_bytes()
    with pytest.raises(ValueError):
        program.advance(5)
    with pytest.raises(ValueError):
        program.glyph_name(-1)
    with pytest.raises(ValueError):
        program.glyph_id("ab")


def test_typo_metrics_are_used_when_the_font_asks_for_them(tmp_path: Path) -> None:
    path = build_font(tmp_path / "Typo.ttf", "Typo", "a")
    font = TTFont(path)
    font["OS/2"].fsSelection |= 1 << 7
    font.save(path)
    program = FontProgram(path)
    assert (program.ascender, program.descender, program.line_gap) == (780, -220, 90)


def test_missing_glyphs_error_names_each_character_once_on_one_line(tiny_font: Path) -> None:
    program = FontProgram(tiny_font)
    with pytest.raises(MissingGlyphsError) as caught:
        program.require("abc ژ\u200d\u200f\n😀 ژ")
    assert str(caught.value) == (
        "font 'Tiny Latin' cannot render 2 characters: "
        "U+0698 ARABIC LETTER JEH 'ژ', U+1F600 GRINNING FACE '😀'"
    )
    assert caught.value.font_name == "Tiny Latin"
    assert caught.value.characters == ["ژ", "😀"]
    assert isinstance(caught.value, ValueError)


def test_missing_glyphs_error_shows_marks_on_a_dotted_circle_and_hides_invisibles(
    tiny_font: Path,
) -> None:
    with pytest.raises(MissingGlyphsError) as caught:
        FontProgram(tiny_font).require("a\u064b\u00a0\t")
    assert str(caught.value) == (
        "font 'Tiny Latin' cannot render 3 characters: U+064B ARABIC FATHATAN '\u25cc\u064b', "
        "U+00A0 NO-BREAK SPACE, U+0009 <control>"
    )


def test_no_bundled_font_has_an_emoji(registry: FontRegistry) -> None:
    for face in registry.faces():
        with pytest.raises(MissingGlyphsError) as caught:
            registry.load(face).require("نص 😀")
        assert str(caught.value) == (
            f"font '{face.family}' cannot render 1 character: U+1F600 GRINNING FACE '😀'"
        )


def test_missing_file_is_a_font_error(tmp_path: Path) -> None:
    path = tmp_path / "Nope.ttf"
    with pytest.raises(FontError, match=r"^font file not found: .*Nope\.ttf$"):
        FontProgram(path)


@pytest.mark.parametrize("content", [b"", b"\x00\x01garbage that is not a font" * 20])
def test_file_that_is_not_a_font_is_a_font_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "Garbage.ttf"
    path.write_bytes(content)
    with pytest.raises(FontError, match=r"^not a font file: .*Garbage\.ttf") as caught:
        FontProgram(path)
    assert "\n" not in str(caught.value)


# --- FontRegistry -------------------------------------------------------------------------


def test_unknown_family_is_a_font_error_naming_the_known_ones(registry: FontRegistry) -> None:
    with pytest.raises(FontError) as caught:
        registry.face("Times New Roman")
    assert str(caught.value) == (
        "unknown font family 'Times New Roman' (known families: 'Amiri', 'IBM Plex Sans Arabic')"
    )


def test_registry_caches_programs_per_instance(registry: FontRegistry) -> None:
    face = registry.default_body()
    assert registry.load(face) is registry.load(face) is registry.load(face.path)
    assert FontRegistry(FONTS_DIR).load(face) is not registry.load(face)
    assert default_registry() is not default_registry()


def test_registry_accepts_fonts_dropped_into_the_folder(tmp_path: Path) -> None:
    build_font(tmp_path / "Tiny-Regular.ttf", "Tiny Latin", "abc")
    (tmp_path / "sub").mkdir()
    build_font(tmp_path / "sub" / "Tiny-Bold.ttf", "Tiny Latin", "abc", bold=True)
    (tmp_path / "Broken.otf").write_bytes(b"OTTO but no tables")
    registry = FontRegistry(tmp_path)

    assert registry.families() == ["Tiny Latin"]
    assert registry.face("Tiny Latin", bold=True).path.name == "Tiny-Bold.ttf"
    assert registry.face("Tiny Latin", italic=True).path.name == "Tiny-Regular.ttf"
    regular = FontFace("Tiny Latin", "regular", tmp_path / "Tiny-Regular.ttf", "body")
    assert registry.default_body() == regular
    assert registry.default_heading() == registry.default_body()
    rejected = [str(error) for error in registry.rejected()]
    assert len(rejected) == 1
    assert rejected[0].startswith(f"not a font file: {tmp_path / 'Broken.otf'} (")


def test_manifest_naming_a_missing_file_is_a_font_error(tmp_path: Path) -> None:
    face = {"family": "Ghost", "style": "regular", "file": "Ghost.ttf", "role": "body"}
    (tmp_path / "fonts.json").write_text(json.dumps({"faces": [face]}), encoding="utf-8")
    with pytest.raises(FontError, match=r"fonts\.json: faces\[0\]: font file not found: .*Ghost"):
        FontRegistry(tmp_path)


def test_missing_font_folder_is_a_font_error(tmp_path: Path) -> None:
    with pytest.raises(FontError, match="font folder not found"):
        FontRegistry(tmp_path / "absent")
