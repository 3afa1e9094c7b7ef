"""Every page carries the institution's identity: letterhead, running header, footer with
page numbers, confidentiality mark, draft watermark; the PDF carries its metadata and the
outline of its headings."""

from __future__ import annotations

import dataclasses
import math
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pymupdf
import pytest

from desktop_app.model import Document, Heading, Metadata, Paragraph, Run, load_document
from desktop_app.model.brand_kit import BrandKit, Colors, load_brand_kit
from desktop_app.model.minutes import flattened
from desktop_app.pdf.builder import ExportError, ExportSettings, export_pdf
from desktop_app.pdf.page_furniture import FURNITURE_ROLES, TurnedLine, hex_color
from desktop_app.pdf.text_flowable import DrawnLine
from desktop_app.resources import resource_path
from desktop_app.text.fonts import default_registry
from tests.glyph_oracle import (
    BAND_ABOVE,
    BAND_BELOW,
    Glyph,
    _embedded_fonts,
    _span_font,
    compare_lines,
    harfbuzz_line_glyphs,
    oracle_line,
    pdf_line_glyphs,
)

from .pdf_text import body_lines, normalise, pdftotext

SAMPLES = resource_path("samples")
ARABIC_SAMPLE = SAMPLES / "minutes-board-maison-artisan.ar.taqrir.json"
FRENCH_SAMPLE = SAMPLES / "note-exportations.fr.taqrir.json"
MAISON_KIT = resource_path("kits", "maison-artisan.kit.json")
ARABIC_LETTER = "\u0600-\u06ff"


@dataclass
class Export:
    document: Document
    settings: ExportSettings
    pdf: Path
    pages: int
    lines: list[DrawnLine]

    def role(self, *roles: str) -> list[DrawnLine]:
        return [line for line in self.lines if line.role in roles]

    @property
    def body(self) -> list[DrawnLine]:
        return [line for line in self.lines if line.role not in FURNITURE_ROLES]


def export(document: Document, pdf: Path, kit: BrandKit | None = None, **options: object) -> Export:
    lines: list[DrawnLine] = []
    settings = ExportSettings(
        registry=default_registry(),
        brand_kit=kit,
        line_log=lines.append,
        base_dir=SAMPLES,
        **options,  # type: ignore[arg-type]
    )
    pages = export_pdf(document, pdf, settings)
    return Export(document, settings, pdf, pages, lines)


def with_status(document: Document, status: str) -> Document:
    return dataclasses.replace(
        document, metadata=dataclasses.replace(document.metadata, status=status)
    )


def long_document(language: str, status: str = "draft") -> Document:
    """Headings at three levels and enough text for five pages or more."""
    if language == "ar":
        title, words = "تقرير تجريبي", "استعرض المجلس حصيلة البرنامج برسم سنة 2025 ونوه بالمجهودات "
    elif language == "fr":
        title, words = "Rapport d’essai", "Le conseil a examiné le bilan du programme pour 2025 et "
    else:
        title, words = "Test report", "The board reviewed the results of the 2025 programme and "
    blocks: list = []
    for number in range(1, 7):
        blocks.append(Heading([Run(f"{title} {number}")], level=1))
        blocks.append(Heading([Run(f"{title} {number}.1")], level=2))
        blocks.append(Paragraph([Run(words * 40)]))
        blocks.append(Heading([Run(f"{title} {number}.1.1")], level=3))
        blocks.append(Paragraph([Run(words * 25)]))
    metadata = Metadata(title=title, author="Taqrir", reference="R/1", status=status)
    return Document(kind="bulletin", language=language, metadata=metadata, blocks=blocks)


@pytest.fixture(scope="module")
def maison() -> BrandKit:
    return load_brand_kit(MAISON_KIT, default_registry())


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory, maison: BrandKit) -> dict[str, Export]:
    folder = tmp_path_factory.mktemp("furniture")
    arabic = flattened(load_document(ARABIC_SAMPLE))  # a draft
    french = flattened(load_document(FRENCH_SAMPLE))  # final
    return {
        "ar-draft": export(arabic, folder / "ar-draft.pdf", maison),
        "ar-final": export(with_status(arabic, "final"), folder / "ar-final.pdf", maison),
        "ar-confidential": export(arabic, folder / "ar-conf.pdf", maison, confidential=True),
        "fr-draft": export(with_status(french, "draft"), folder / "fr-draft.pdf", maison),
        "fr-final": export(french, folder / "fr-final.pdf", maison),
        "fr-confidential": export(french, folder / "fr-conf.pdf", maison, confidential=True),
        "ar-long": export(long_document("ar"), folder / "ar-long.pdf"),
        "fr-long": export(long_document("fr", "final"), folder / "fr-long.pdf", maison),
        "en-long": export(long_document("en"), folder / "en-long.pdf"),
    }


def page_text(pdf: Path, page: int) -> list[str]:
    """pdftotext's lines of one page (0-based), normalised, blank lines left out."""
    raw = pdftotext(pdf, "-f", str(page + 1), "-l", str(page + 1))
    return [clean for line in raw.split("\n") if (clean := normalise(line))]


# --- page numbers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("ar-confidential", "الصفحة {} من {}"),
        ("ar-long", "الصفحة {} من {}"),
        ("fr-draft", "Page {} sur {}"),
        ("fr-long", "Page {} sur {}"),
        ("en-long", "Page {} of {}"),
    ],
)
def test_every_page_is_numbered_out_of_the_total(
    exports: dict[str, Export], name: str, label: str
) -> None:
    run = exports[name]
    with pymupdf.open(run.pdf) as doc:
        assert doc.page_count == run.pages >= 3
    for page in range(run.pages):
        assert label.format(page + 1, run.pages) in page_text(run.pdf, page), page
    numbers = run.role("page-number")
    assert [line.page for line in numbers] == list(range(run.pages))


def test_page_numbers_are_centred_in_the_bottom_margin(exports: dict[str, Export]) -> None:
    run = exports["ar-confidential"]
    _top, right, bottom, left = run.settings.margins
    centre = (left + run.settings.page_size[0] - right) / 2
    for line in run.role("page-number", "footer"):
        assert line.baseline < bottom
        assert (line.left + line.right) / 2 == pytest.approx(centre)


# --- letterhead, running header, footer ----------------------------------------------------


def test_letterhead_on_the_first_page_only_and_header_on_the_others(
    exports: dict[str, Export],
) -> None:
    for run in exports.values():
        assert {line.page for line in run.role("letterhead")} == {0}
        assert {line.page for line in run.role("header")} == set(range(1, run.pages))


def test_letterhead_sets_arabic_right_and_french_left_of_the_logo(
    exports: dict[str, Export], maison: BrandKit
) -> None:
    run = exports["fr-confidential"]
    letterhead_bottom = _letterhead_bottom(run)
    with pymupdf.open(run.pdf) as doc:
        page = doc[0]
        width, height = page.rect.width, page.rect.height
        logo = pymupdf.Rect()
        for drawing in page.get_drawings():
            rect = drawing["rect"]
            if rect.y1 < height - letterhead_bottom and rect.width < width / 3:
                logo |= rect
        words = [
            w
            for w in page.get_text("words")
            if w[3] < height - letterhead_bottom and w[4] != "Confidentiel"
        ]
    assert not logo.is_empty and logo.width > 30 and logo.height > 30
    _top, right, _bottom, left = run.settings.margins
    assert (logo.x0 + logo.x1) / 2 == pytest.approx((left + width - right) / 2, abs=0.5)
    arabic = [w for w in words if _is_arabic(w[4])]
    latin = [w for w in words if not _is_arabic(w[4]) and w[4].isalpha()]
    assert len(arabic) >= 10 and len(latin) >= 10
    assert min(w[0] for w in arabic) > logo.x1
    assert max(w[2] for w in latin) < logo.x0
    # The names read from the parent down, in both blocks.
    names = run.role("letterhead")
    assert [normalise(line.paragraph) for line in names if line.start == 0] == [
        *maison.institution.ar,
        *maison.institution.fr,
    ]
    right_edge = run.settings.page_size[0] - run.settings.margins[1]
    for line in names:
        if line.direction == "rtl":
            assert line.right == pytest.approx(right_edge)
        else:
            assert line.left == pytest.approx(run.settings.margins[3])


def test_the_first_page_starts_below_the_letterhead(exports: dict[str, Export]) -> None:
    for run in exports.values():
        letterhead_bottom = min(line.baseline for line in run.role("letterhead"))
        first_page = [line for line in run.body if line.page == 0]
        assert max(line.baseline + line.size for line in first_page) < letterhead_bottom


def test_nothing_overlaps(exports: dict[str, Export]) -> None:
    """No furniture line's box meets a body line's box or another furniture line's box."""
    for name, run in exports.items():
        by_page: dict[int, list[DrawnLine]] = defaultdict(list)
        for line in run.lines:
            if line.role != "watermark":
                by_page[line.page].append(line)
        for page, lines in by_page.items():
            furniture = [line for line in lines if line.role in FURNITURE_ROLES]
            for line in furniture:
                for other in lines:
                    if other is not line and _boxes_meet(line, other):
                        raise AssertionError(
                            f"{name} p{page + 1}: ‹{line.text}› meets ‹{other.text}›"
                        )


def test_running_header_puts_the_institution_on_the_start_side(
    exports: dict[str, Export], maison: BrandKit
) -> None:
    for name, institution, start_right in (
        ("ar-final", maison.institution.ar[-1], True),
        ("fr-final", maison.institution.fr[-1], False),
    ):
        run = exports[name]
        header = [line for line in run.role("header") if line.page == 1]
        names = [line for line in header if line.text == institution]
        others = [line for line in header if line.text != institution]
        assert len(names) == 1 and len(others) == 1, header
        if start_right:
            assert names[0].left > others[0].right
        else:
            assert names[0].right < others[0].left
        assert others[0].text in (run.document.metadata.title, run.document.metadata.reference)
        text = page_text(run.pdf, 1)
        assert names[0].text in text and others[0].text in text


def test_footer_carries_the_kits_lines_on_every_page(
    exports: dict[str, Export], maison: BrandKit
) -> None:
    for name, lines in (("ar-final", maison.footer.ar), ("fr-final", maison.footer.fr)):
        run = exports[name]
        footers = run.role("footer")
        assert [line.page for line in footers] == list(range(run.pages))
        for line in footers:
            assert normalise(line.text) == normalise(" · ".join(lines.lines()))
        for page in range(run.pages):
            text = page_text(run.pdf, page)
            assert normalise(footers[page].text) in text
            # The phone number reads as dialled, also in the Arabic footer.
            assert "+212 5 37 00 00 00" in " ".join(text)


def test_a_long_title_gives_way_to_the_reference(tmp_path: Path, maison: BrandKit) -> None:
    document = long_document("fr", "final")
    document.metadata.title = "Un titre " + "très long " * 30
    document.metadata.reference = "NS/DPM/27/2025"
    run = export(document, tmp_path / "t.pdf", maison)
    assert {line.text for line in run.role("header")} == {"Maison de l’Artisan", "NS/DPM/27/2025"}
    document.metadata.reference = ""
    run = export(document, tmp_path / "u.pdf", maison)
    titles = {line.text for line in run.role("header")} - {"Maison de l’Artisan"}
    assert len(titles) == 1 and titles.pop().endswith("…")


# --- confidentiality mark and watermark -----------------------------------------------------


def test_confidentiality_mark_on_every_page_when_asked(exports: dict[str, Export]) -> None:
    accent = hex_color("#B5472B")
    for name, word in (("ar-confidential", "سري"), ("fr-confidential", "Confidentiel")):
        run = exports[name]
        marks = run.role("confidential")
        assert [(line.page, line.text) for line in marks] == [
            (page, word) for page in range(run.pages)
        ]
        with pymupdf.open(run.pdf) as doc:
            for page in doc:
                boxes = [
                    d["rect"]
                    for d in page.get_drawings()
                    if d.get("color") and _close(d["color"], accent)
                ]
                assert len(boxes) == 1, page.number
                mark = next(line for line in marks if line.page == page.number)
                top = page.rect.height - mark.baseline
                assert boxes[0].y0 < top - mark.size * 0.7 and boxes[0].y1 > top
                assert word in page_text(run.pdf, page.number)
    for name in ("ar-draft", "fr-final", "ar-long"):
        assert exports[name].role("confidential") == []


def test_a_confidential_document_is_marked_without_asking(tmp_path: Path) -> None:
    document = dataclasses.replace(long_document("en"), confidential=True)
    run = export(document, tmp_path / "confidential.pdf")
    assert {line.text for line in run.role("confidential")} == {"Confidential"}
    assert len(run.role("confidential")) == run.pages


def test_watermark_while_draft_and_none_when_final(exports: dict[str, Export]) -> None:
    for name, word in (("ar-draft", "مسودة"), ("fr-draft", "PROJET"), ("en-long", "DRAFT")):
        run = exports[name]
        marks = run.role("watermark")
        assert [(line.page, line.text) for line in marks] == [
            (page, word) for page in range(run.pages)
        ]
        with pymupdf.open(run.pdf) as doc:
            for page in doc:
                turned = [s for s in page.get_texttrace() if abs(s["dir"][1]) > 0.5]
                assert sum(len(s["chars"]) for s in turned) >= len(word)
                assert all(_close(s["color"], (0.87, 0.87, 0.87)) for s in turned)
                # Drawn first: the body's text goes over it.
                first = min(s["seqno"] for s in page.get_texttrace())
                assert all(s["seqno"] == first for s in turned)
    for name in ("ar-final", "fr-final", "fr-long"):
        run = exports[name]
        assert run.role("watermark") == []
        with pymupdf.open(run.pdf) as doc:
            assert not any(abs(s["dir"][1]) > 0.01 for p in doc for s in p.get_texttrace())


def test_watermark_leaves_the_text_of_the_page_alone(exports: dict[str, Export]) -> None:
    """The draft and the final export of one document extract to the same text, page by
    page: the watermark is an artifact, and pdftotext does not cut it into the body."""
    for language in ("ar", "fr"):
        draft, final = exports[f"{language}-draft"], exports[f"{language}-final"]
        assert draft.pages == final.pages
        for page in range(draft.pages):
            assert page_text(draft.pdf, page) == page_text(final.pdf, page)


def test_body_text_comes_back_without_the_furniture(exports: dict[str, Export]) -> None:
    draft, final = exports["fr-draft"], exports["fr-final"]
    got = body_lines(pdftotext(draft.pdf), _furniture(draft))
    assert got == body_lines(pdftotext(final.pdf), _furniture(final))
    assert got[0] == "Direction de la Promotion et du Marketing" and "Page 1 sur 3" not in got
    everything = body_lines(pdftotext(draft.pdf))
    assert "Page 1 sur 3" in everything and "Maison de l’Artisan" in everything


# --- metadata and outline -------------------------------------------------------------------


def test_metadata_and_language(exports: dict[str, Export]) -> None:
    for name in ("ar-final", "fr-final", "en-long"):
        run = exports[name]
        metadata = run.document.metadata
        with pymupdf.open(run.pdf) as doc:
            info = doc.metadata
            lang = doc.xref_get_key(doc.pdf_catalog(), "Lang")
        assert info["title"] == metadata.title
        assert info["author"] == metadata.author
        assert info["subject"] == metadata.subject
        assert info["keywords"] == ", ".join(metadata.keywords)
        assert info["creator"] == "Taqrir 0.1.0"
        assert info["producer"].startswith("Taqrir 0.1.0 (ReportLab ")
        assert lang == ("string", run.document.language)


def test_outline_lists_the_headings_nested_at_their_pages(exports: dict[str, Export]) -> None:
    for name in ("ar-final", "fr-final", "ar-long", "en-long"):
        run = exports[name]
        pages = {}
        for line in run.role("heading"):
            pages.setdefault(line.paragraph, line.page + 1)
        expected = []
        previous = 0
        for block in run.document.blocks:
            if isinstance(block, Heading):
                level = min(block.level, previous + 1)
                previous = level
                title = "".join(run.text for run in block.runs)
                expected.append([level, title, pages[unicodedata.normalize("NFC", title)]])
        with pymupdf.open(run.pdf) as doc:
            assert doc.get_toc() == expected
    long_pages = {entry[2] for entry in expected}
    assert len(long_pages) >= 4, "the headings must spread over several pages"


def test_arabic_outline_titles_are_utf16_in_typed_order(exports: dict[str, Export]) -> None:
    run = exports["ar-final"]
    with pymupdf.open(run.pdf) as doc:
        outlines = doc.xref_get_key(doc.pdf_catalog(), "Outlines")[1]
        first = doc.xref_get_key(int(outlines.split()[0]), "First")[1]
        raw = doc.xref_get_key(int(first.split()[0]), "Title")
        toc = doc.get_toc()
    assert raw[0] == "string" and raw[1] == toc[0][1] == "محضر اجتماع مجلس إدارة مؤسسة دار الصانع"
    with pymupdf.open(run.pdf) as doc:
        source = doc.xref_object(int(first.split()[0]))
    title_hex = "FEFF" + toc[0][1].encode("utf-16-be").hex().upper()
    assert f"<{title_hex}>" in source


def test_outline_levels_never_skip(tmp_path: Path) -> None:
    blocks = [
        Heading([Run("Un")], level=2),
        Heading([Run("Deux")], level=3),
        Heading([Run("Trois")], level=1),
        Heading([Run("Quatre")], level=3),
        Paragraph([Run("Texte.")]),
    ]
    document = Document(language="fr", blocks=blocks)
    run = export(document, tmp_path / "levels.pdf")
    with pymupdf.open(run.pdf) as doc:
        assert [entry[:2] for entry in doc.get_toc()] == [
            [1, "Un"],
            [2, "Deux"],
            [1, "Trois"],
            [2, "Quatre"],
        ]


# --- the brand kit as defaults --------------------------------------------------------------


def test_kit_gives_the_defaults_and_explicit_settings_win(maison: BrandKit) -> None:
    registry = default_registry()
    default = ExportSettings(registry=registry)
    assert default.kit.institution.ar == ("المملكة المغربية",)
    assert (default.paper, default.margins_mm) == ("a4", (20, 20, 22, 22))
    kit = dataclasses.replace(maison, paper="letter")
    settings = ExportSettings(registry=registry, brand_kit=kit)
    assert settings.paper == "letter"
    assert (settings.body_family, settings.heading_family) == ("Amiri", "IBM Plex Sans Arabic")
    explicit = ExportSettings(
        registry=registry,
        brand_kit=kit,
        paper="a4",
        margins_mm=(30, 25, 30, 25),
        heading_family="Amiri",
    )
    assert (explicit.paper, explicit.margins_mm) == ("a4", (30, 25, 30, 25))
    assert explicit.heading_family == "Amiri"


def test_kit_colours_reach_the_page(tmp_path: Path, maison: BrandKit) -> None:
    kit = dataclasses.replace(maison, colors=Colors(primary="#7A1F5C", accent="#0B6E4F"))
    run = export(long_document("fr"), tmp_path / "colours.pdf", kit, confidential=True)
    primary, accent = 0x7A1F5C, 0x0B6E4F
    with pymupdf.open(run.pdf) as doc:
        spans = [
            span
            for block in doc[0].get_text("dict")["blocks"]
            for line in block.get("lines", [])
            for span in line["spans"]
        ]
    colour = {span["text"].strip(): span["color"] for span in spans}
    assert colour["Rapport d’essai 1"] == primary  # a heading
    assert colour["Maison de l’Artisan"] == primary  # the letterhead's institution line
    assert colour["Confidentiel"] == accent


def test_a_letterhead_that_leaves_no_room_is_refused(tmp_path: Path, maison: BrandKit) -> None:
    names = ("كتابة الدولة المكلفة بالصناعة التقليدية والاقتصاد الاجتماعي والتضامني",) * 5
    institution = dataclasses.replace(maison.institution, ar=names)
    margins = dataclasses.replace(maison.margins_mm, top=100, bottom=100)
    kit = dataclasses.replace(maison, institution=institution, margins_mm=margins)
    with pytest.raises(ExportError, match=r"letterhead leaves \d+ mm for text on the first page"):
        export(long_document("ar"), tmp_path / "tall.pdf", kit)
    assert not (tmp_path / "tall.pdf").exists()


# --- the glyph oracle holds for every furniture line ----------------------------------------


def turned_line_glyphs(pdf: Path, line: TurnedLine) -> list[Glyph]:
    """The glyphs of the turned spans of the line's page, their origins turned back into
    the line's own coordinates, within the band and range ``pdf_line_glyphs`` reads."""
    turn = math.radians(-line.angle)
    cos, sin = math.cos(turn), math.sin(turn)
    centre_x, centre_y = line.centre
    glyphs = []
    with pymupdf.open(pdf) as doc:
        page = doc[line.page]
        fonts = _embedded_fonts(doc, page)
        to_pdf = ~page.transformation_matrix
        for span in page.get_texttrace():
            if abs(span["dir"][1]) < 0.01:
                continue
            gids = [char[1] for char in span["chars"] if char[1] >= 0]
            font = _span_font(span, fonts, gids, str(pdf), line.page)
            for unicode, gid, origin, _bbox in span["chars"]:
                point = pymupdf.Point(origin) * to_pdf
                dx, dy = point.x - centre_x, point.y - centre_y
                x, y = dx * cos - dy * sin, dx * sin + dy * cos
                if (
                    gid >= 0
                    and line.baseline - BAND_BELOW * line.size <= y
                    and y <= line.baseline + BAND_ABOVE * line.size
                    and line.left <= x <= line.right
                ):
                    glyphs.append(Glyph(font, gid, x, y, span["size"], chr(unicode)))
    return glyphs


def test_every_furniture_line_matches_harfbuzz(exports: dict[str, Export]) -> None:
    compared: dict[str, int] = defaultdict(int)
    differing = []
    for name, run in exports.items():
        for line in run.role(*FURNITURE_ROLES):
            oracle = oracle_line(line)
            if isinstance(line, TurnedLine):
                oracle = dataclasses.replace(oracle, baseline=line.baseline)
                drawn = turned_line_glyphs(run.pdf, line)
            else:
                drawn = pdf_line_glyphs(run.pdf, oracle)
            result = compare_lines(drawn, harfbuzz_line_glyphs(oracle), oracle)
            compared[line.role] += 1
            if not result.equal:
                differing.append(f"{name} p{line.page + 1} [{line.role}] {line.text}")
                differing.extend(f"    - {problem}" for problem in result.problems)
    total = sum(compared.values())
    print(f"\nglyph oracle, furniture: {total - len(differing)}/{total} lines; {dict(compared)}")
    assert set(compared) == FURNITURE_ROLES
    assert total > 150
    assert not differing, "\n".join(differing)


# --- helpers --------------------------------------------------------------------------------


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def _close(color: tuple[float, ...], expected: tuple[float, ...]) -> bool:
    return all(abs(a - b) < 0.01 for a, b in zip(color, expected, strict=True))


def _letterhead_bottom(run: Export) -> float:
    """A height (PDF points) between the letterhead and the body of the first page."""
    letterhead = min(line.baseline for line in run.role("letterhead"))
    body = max(line.baseline + line.size for line in run.body if line.page == 0)
    return (letterhead + body) / 2


def _boxes_meet(a: DrawnLine, b: DrawnLine) -> bool:
    def box(line: DrawnLine) -> tuple[float, float, float, float]:
        return line.left, line.baseline - 0.3 * line.size, line.right, line.baseline + line.size

    ax0, ay0, ax1, ay1 = box(a)
    bx0, by0, bx1, by1 = box(b)
    return ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1


def _furniture(run: Export) -> list[tuple[int, str]]:
    return [(line.page, line.text) for line in run.role(*FURNITURE_ROLES)]


def test_the_furniture_oracle_can_fail(exports: dict[str, Export]) -> None:
    run = exports["ar-draft"]
    watermark = next(line for line in run.role("watermark") if isinstance(line, TurnedLine))
    oracle = oracle_line(watermark)
    drawn = turned_line_glyphs(run.pdf, watermark)
    assert len(drawn) >= len(watermark.text)
    assert compare_lines(drawn, harfbuzz_line_glyphs(oracle), oracle).equal
    other = dataclasses.replace(oracle, text="مسوده", paragraph="مسوده")
    assert not compare_lines(drawn, harfbuzz_line_glyphs(other), other).equal
    header = next(line for line in run.role("header") if line.font_path.endswith("Bold.ttf"))
    regular = dataclasses.replace(
        oracle_line(header), font_path=Path(header.font_path.replace("Bold", "Regular"))
    )
    result = compare_lines(pdf_line_glyphs(run.pdf, regular), harfbuzz_line_glyphs(regular))
    assert any("weight" in problem for problem in result.problems), result.problems
