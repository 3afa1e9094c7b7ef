"""Every line our layout draws into a PDF, checked glyph by glyph against HarfBuzz."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
import uharfbuzz as hb
from fontTools.ttLib import TTFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desktop_app.model import (
    Document,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Quote,
    Run,
    Signatures,
    load_document,
)
from desktop_app.model import Table as TableBlock
from desktop_app.model.minutes import flattened
from desktop_app.pdf.builder import ExportSettings, export_pdf
from desktop_app.pdf.charts import FIGURE_ROLES
from desktop_app.pdf.embedded_font import EmbeddedFontSet
from desktop_app.pdf.line_drawing import draw_line
from desktop_app.pdf.page_furniture import FURNITURE_ROLES
from desktop_app.pdf.text_flowable import DrawnLine as ExportedLine
from desktop_app.resources import resource_path
from desktop_app.text.fonts import FontRegistry, default_registry
from desktop_app.text.layout import (
    LaidOutLine,
    ParagraphLayout,
    StyledText,
    TextStyle,
    layout_paragraph,
)
from tests.glyph_oracle import (
    DrawnLine,
    Glyph,
    LineComparison,
    compare_lines,
    harfbuzz_line_glyphs,
    lam_alef_only_features,
    oracle_line,
    outline_font,
    pdf_line_glyphs,
)

SIZE = 13.0
PITCH = 2.0  # line pitch in em: room for the band pdf_line_glyphs reads
MARGIN = 56.0
WIDTHS = (170.0, 330.0)
ALIGNS = ("justify", "start")

VOCALISED = (
    "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ. ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ. "
    "كَتَبَ ٱلطَّالِبُ دَرْسًا جَدِيدًا، وَقَرَأَ كِتَابًا مُفِيدًا فِي مَكْتَبَةٍ كَبِيرَةٍ، "
    "ثُمَّ شَكَرَ مُعَلِّمَهُ وَرَجُلٌ عَالِمٌ يُعَلِّمُ ٱلنَّاسَ. إِنَّ ٱللَّهَ غَفُورٌ رَحِيمٌ."
)
LAM_ALEF = (
    "لا لأ لإ لآ كلا فلأ بلإ سلآ، لَا لَأَ لِإِ لَآ، ٱلْإِسْلَامُ إِلَّا ٱلْأَوْلَادُ "
    "ملاحظة الاجتماع كَلَّا سَلَامٌ عَلَيْكُمْ، لَآلِئُ ٱلْإِمَارَاتِ."
)
TATWEEL = "مـحـمـد الـعـربـيـة كـتـاب ـــ تجربة الطويـــلة."
BRACKETS = (
    "قال المدير (وهو رئيس اللجنة [المكلفة بالتتبع (منذ سنة 2023)] والمشرف) إن النتائج "
    "جيدة [انظر الملحق (ب)]."
)
LATIN_IN_ARABIC = "إعداد (Rapport de synthèse) قبل الاجتماع، ثم عرض (Plan d'action 2026) للمصادقة."
NUMBERS = (
    "نمت الصادرات بنسبة 13% حتى نهاية نونبر 2025، أي 1,14 مليار درهم، "
    "مقابل 12,5% في السنة الماضية و-3,2% سنة 2023."
)
GUILLEMETS = "قال الرئيس «إن المشروع سيكتمل قبل نهاية السنة» ثم أضاف «وبكلفة أقل»."
URL_EMAIL = (
    "للمزيد من المعلومات زوروا الموقع https://www.artisanat.gov.ma/ar/rapport أو راسلونا "
    "على info@mda.ma قبل الموعد."
)
FRENCH = (
    "Le conseil d'administration de مؤسسة دار الصانع a approuvé le programme d'action "
    "2026 (budget : 1,14 milliard de dirhams), soit +13 % par rapport à 2024, selon le "
    "rapport « التقرير السنوي » publié en mars."
)


@dataclass(frozen=True)
class Case:
    name: str
    runs: tuple[tuple[str, bool], ...]  # (text, bold)
    direction: str = "auto"


CASES = (
    Case("harakat", ((VOCALISED, False),)),
    Case("lam-alef", ((LAM_ALEF, False),)),
    Case("tatweel", ((TATWEEL, False),)),
    Case("brackets", ((BRACKETS, False),)),
    Case("latin-in-arabic", ((LATIN_IN_ARABIC, False),)),
    Case("numbers", ((NUMBERS, False),)),
    Case("guillemets", ((GUILLEMETS, False),)),
    Case("url-email", ((URL_EMAIL, False),)),
    Case("french", ((FRENCH, False),)),
    Case("french-rtl-paragraph", ((FRENCH, False),), "rtl"),
    Case(
        "bold-run",
        (("تقرير الموقع ", False), ("www.artisanat.gov.ma", True), (" والبريد info@mda.ma", False)),
    ),
)


@dataclass(frozen=True)
class Recorded:
    case: str
    align: str
    line: DrawnLine


@dataclass(frozen=True)
class Built:
    pdf: Path
    lines: list[Recorded]


def build_pdf(path: Path, cases: tuple[Case, ...]) -> list[Recorded]:
    registry = default_registry()
    regular = registry.load(registry.default_body())
    bold = registry.load(registry.face(registry.default_body().family, bold=True))
    styles = {False: TextStyle(regular, SIZE), True: TextStyle(bold, SIZE, (0.1, 0.3, 0.6))}
    pdf = canvas.Canvas(str(path), pagesize=A4)
    fonts = EmbeddedFontSet(pdf._doc)  # noqa: SLF001 (the document the fonts embed into)
    page_width, page_height = A4
    page = 0
    y = page_height - MARGIN - SIZE
    recorded: list[Recorded] = []
    for case in cases:
        runs = [StyledText(text, styles[is_bold]) for text, is_bold in case.runs]
        for width in WIDTHS:
            for align in ALIGNS:
                layout = layout_paragraph(runs, width, case.direction, align)
                left = page_width - MARGIN - width
                for line in layout.lines:
                    if y < MARGIN:
                        pdf.showPage()
                        page += 1
                        y = page_height - MARGIN - SIZE
                    draw_line(pdf, fonts, line, left, y)
                    drawn = _drawn_line(layout, line, page, y, left, width, font_runs(runs))
                    recorded.append(Recorded(case.name, align, drawn))
                    y -= PITCH * SIZE
                y -= SIZE
    pdf.showPage()
    pdf.save()
    return recorded


def font_runs(runs: list[StyledText]) -> tuple[tuple[int, int, Path], ...]:
    """The logical range of each run in the laid-out text (runs are NFC-normalised one by
    one) and its font."""
    ranges = []
    position = 0
    for run in runs:
        length = len(unicodedata.normalize("NFC", run.text))
        ranges.append((position, position + length, run.style.font.path))
        position += length
    return tuple(ranges)


def _drawn_line(
    layout: ParagraphLayout,
    line: LaidOutLine,
    page: int,
    y: float,
    left: float,
    width: float,
    runs: tuple[tuple[int, int, Path], ...],
) -> DrawnLine:
    """What the oracle needs to know about ``line``."""
    return DrawnLine(
        page=page,
        baseline=y,
        left=left,
        right=left + width,
        text=layout.text[line.start : line.end].rstrip(),
        direction=layout.direction,
        font_path=runs[0][2],
        size=line.size,
        paragraph=layout.text,
        start=line.start,
        runs=runs,
    )


def line_faces(line: DrawnLine) -> set[Path]:
    """The faces of the characters on ``line``."""
    start = line.start if line.paragraph is not None else 0
    return {path for _, _, path in line.font_runs(start, start + len(line.text))}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    path = tmp_path_factory.mktemp("oracle") / "stress.pdf"
    return Built(path, build_pdf(path, CASES))


def _compare(built: Built, record: Recorded) -> LineComparison:
    return compare_lines(
        pdf_line_glyphs(built.pdf, record.line), harfbuzz_line_glyphs(record.line), record.line
    )


def _report(built: Built, cases: set[str]) -> tuple[int, int, list[str]]:
    compared = 0
    agreed = 0
    lines: list[str] = []
    for record in built.lines:
        if record.case not in cases:
            continue
        compared += 1
        result = _compare(built, record)
        if result.equal:
            agreed += 1
        else:
            lines.append(
                f"[{record.case}/{record.align}] page {record.line.page + 1} "
                f"y={record.line.baseline:.1f}: {record.line.text}"
            )
            lines.extend(f"    - {problem}" for problem in result.problems)
    print(
        f"\nglyph oracle, {sorted(cases)}: {agreed}/{compared} lines agree "
        f"({100 * agreed / max(compared, 1):.1f}%), "
        f"{sum(len(line_faces(r.line)) > 1 for r in built.lines if r.case in cases)} of them "
        "mixing faces"
    )
    print("\n".join(lines))
    return agreed, compared, lines


def test_pdf_is_multi_page(built: Built) -> None:
    assert max(r.line.page for r in built.lines) >= 2


def test_every_line_matches_harfbuzz(built: Built) -> None:
    cases = {case.name for case in CASES}
    agreed, compared, differing = _report(built, cases)
    assert compared > 50
    assert agreed == compared, "\n".join(differing)


# --- the oracle must be able to fail -------------------------------------------------------

DUAL_JOINING = set("بتثجحخسشصضطظعغفقكلمنهي")


@dataclass(frozen=True)
class Sample:
    line: DrawnLine
    pdf: list[Glyph]
    hb: list[Glyph]


@pytest.fixture(scope="module")
def sample(built: Built) -> Sample:
    """The first vocalised line: joined letters with marks on them."""
    record = next(r for r in built.lines if r.case == "harakat")
    sample = Sample(
        record.line, pdf_line_glyphs(built.pdf, record.line), harfbuzz_line_glyphs(record.line)
    )
    assert compare_lines(sample.pdf, sample.hb, sample.line).equal
    return sample


def _bases(glyphs: list[Glyph]) -> list[Glyph]:
    return sorted((g for g in glyphs if g.ink is not None and not g.is_mark), key=lambda g: g.x)


def _touching(left: Glyph, right: Glyph) -> bool:
    return abs(left.x + left.advance - right.x) < 0.05 * left.size


def _medial_letter(glyphs: list[Glyph]) -> Glyph:
    bases = _bases(glyphs)
    for before, glyph, after in zip(bases, bases[1:], bases[2:], strict=False):
        if glyph.text in DUAL_JOINING and _touching(before, glyph) and _touching(glyph, after):
            return glyph
    raise AssertionError("no medial letter on the sample line")


def _assert_caught(sample: Sample, corrupted: list[Glyph], expected: str) -> None:
    result = compare_lines(corrupted, sample.hb, sample.line)
    assert not result.equal
    assert any(expected in problem for problem in result.problems), result.problems


def test_oracle_catches_a_wrong_joining_form(sample: Sample) -> None:
    regular = default_registry().load(default_registry().default_body())
    bundled = outline_font(regular.font_bytes(), "bundled")
    target = _medial_letter(sample.pdf)
    isolated = regular.glyph_id(target.text)
    assert isolated is not None
    corrupted = [
        dataclasses.replace(g, font=bundled, gid=isolated) if g is target else g for g in sample.pdf
    ]
    _assert_caught(sample, corrupted, "base ink differs")


def test_oracle_catches_two_swapped_glyphs(sample: Sample) -> None:
    bases = _bases(sample.pdf)
    left, right = next(
        (a, b)
        for a, b in zip(bases, bases[1:], strict=False)
        if _touching(a, b) and a.text != b.text and a.text in DUAL_JOINING
    )
    moved = {
        id(right): dataclasses.replace(right, x=left.x),
        id(left): dataclasses.replace(left, x=left.x + right.advance),
    }
    corrupted = [moved.get(id(g), g) for g in sample.pdf]
    _assert_caught(sample, corrupted, "base ink differs")


def _rest_of_word(glyphs: list[Glyph], target: Glyph) -> set[int]:
    """ids of the glyphs right of ``target`` in its word (marks included)."""
    bases = _bases(glyphs)
    index = next(i for i, g in enumerate(bases) if g is target)
    end = index + 1
    while end < len(bases) and _touching(bases[end - 1], bases[end]):
        end += 1
    limit = bases[end - 1].x + bases[end - 1].advance
    return {id(g) for g in glyphs if target.x < g.x < limit and g is not target}


def test_oracle_catches_a_lost_glyph(sample: Sample) -> None:
    target = _medial_letter(sample.pdf)
    rest = _rest_of_word(sample.pdf, target)
    corrupted = [
        dataclasses.replace(g, x=g.x - target.advance) if id(g) in rest else g
        for g in sample.pdf
        if g is not target
    ]
    _assert_caught(sample, corrupted, "base ink differs")


def test_oracle_catches_a_lost_glyph_that_leaves_a_gap(sample: Sample) -> None:
    target = _medial_letter(sample.pdf)
    _assert_caught(sample, [g for g in sample.pdf if g is not target], "words")


def test_oracle_catches_a_duplicated_glyph(sample: Sample) -> None:
    target = _medial_letter(sample.pdf)
    rest = _rest_of_word(sample.pdf, target)
    corrupted: list[Glyph] = []
    for glyph in sample.pdf:
        corrupted.append(
            dataclasses.replace(glyph, x=glyph.x + target.advance) if id(glyph) in rest else glyph
        )
        if glyph is target:
            corrupted.append(dataclasses.replace(target, x=target.x + target.advance))
    _assert_caught(sample, corrupted, "base ink differs")


def test_oracle_catches_a_glyph_drawn_twice_in_place(sample: Sample) -> None:
    target = _medial_letter(sample.pdf)
    corrupted = list(sample.pdf)
    corrupted.insert(corrupted.index(target), target)
    _assert_caught(sample, corrupted, "twice")


def _mark_and_neighbour(sample: Sample) -> tuple[Glyph, float]:
    """A mark over a letter, and how far the next letter of its word lies (points)."""
    bases = _bases(sample.pdf)
    for mark in (g for g in sample.pdf if g.is_mark):
        ink = mark.ink
        assert ink is not None
        centre = (ink[0] + ink[2]) / 2
        for left, right in zip(bases, bases[1:], strict=False):
            if not _touching(left, right):
                continue
            if right.x <= centre < right.x + right.advance:
                return mark, (left.x + left.advance / 2) - (right.x + right.advance / 2)
            if left.x <= centre < left.x + left.advance:
                return mark, (right.x + right.advance / 2) - (left.x + left.advance / 2)
    raise AssertionError("no mark with a neighbouring letter")


def test_oracle_catches_a_mark_on_the_neighbouring_letter(sample: Sample) -> None:
    mark, shift = _mark_and_neighbour(sample)
    corrupted = [dataclasses.replace(g, x=g.x + shift) if g is mark else g for g in sample.pdf]
    _assert_caught(sample, corrupted, "mark")


def test_oracle_catches_a_lost_mark(sample: Sample) -> None:
    mark, _shift = _mark_and_neighbour(sample)
    _assert_caught(sample, [g for g in sample.pdf if g is not mark], "HarfBuzz has mark")


def _middle(glyph: Glyph) -> float:
    ink = glyph.ink
    return glyph.x if ink is None else (ink[0] + ink[2]) / 2


def test_oracle_catches_a_word_in_another_weight(sample: Sample) -> None:
    """Amiri Bold has Amiri's forms and advances: only the weight of the ink tells."""
    registry = default_registry()
    bold = registry.face(registry.default_body().family, bold=True).path
    start = sample.line.start
    first_word = (start, start + sample.line.text.index(" "), bold)
    heavier = harfbuzz_line_glyphs(dataclasses.replace(sample.line, runs=(first_word,)))
    result = compare_lines(heavier, sample.hb, sample.line)
    assert any("weight" in problem for problem in result.problems), result.problems
    assert not any("base ink differs" in problem for problem in result.problems)


def test_oracle_ignores_the_stretch_of_spaces(sample: Sample) -> None:
    bases = _bases(sample.pdf)
    gap = next(b.x for a, b in zip(bases, bases[1:], strict=False) if not _touching(a, b))
    stretched = [
        dataclasses.replace(g, x=g.x + 7.5) if _middle(g) >= gap else g for g in sample.pdf
    ]
    result = compare_lines(stretched, sample.hb)
    assert result.equal, result.problems


# --- the bundled samples, as exported ------------------------------------------------------


FontRuns = tuple[tuple[int, int, Path], ...]


def document_paragraphs(document: Document, registry: FontRegistry) -> dict[str, set[FontRuns]]:
    """Every text the builder lays out for ``document``, with the face of each of its runs.

    The builder's rules: the body family for paragraphs, list items, table cells, quotes
    and their attributions, captions; bold runs in its bold, italic runs in its italic;
    headings in the heading family, bold; the header rows of a table bold. Texts are keyed
    as laid out (each run NFC-normalised); a text can come from several blocks.
    """
    body = registry.default_body().family
    heading = registry.default_heading().family
    texts: list[tuple[list[Run], str, bool]] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            texts.append((block.runs, heading, True))
        elif isinstance(block, Paragraph):
            texts.append((block.runs, body, False))
        elif isinstance(block, ListBlock):
            texts.extend((item, body, False) for item in block.items)
        elif isinstance(block, TableBlock):
            for index, row in enumerate(block.rows):
                texts.extend((cell, body, index < block.header_rows) for cell in row)
        elif isinstance(block, Quote):
            texts.append((block.runs, body, False))
            if block.attribution:
                texts.append(([Run("— "), *block.attribution], body, False))
        elif isinstance(block, Image):
            texts.append((block.caption, body, False))
        elif isinstance(block, Signatures):
            texts.extend((signer.title, body, True) for signer in block.signers)
            texts.extend((signer.name, body, False) for signer in block.signers)
    paragraphs: dict[str, set[FontRuns]] = {}
    for runs, family, bold in texts:
        ranges = []
        position = 0
        for run in runs:
            length = len(unicodedata.normalize("NFC", run.text))
            face = registry.face(family, bold or run.bold, run.italic)
            ranges.append((position, position + length, face.path))
            position += length
        text = "".join(unicodedata.normalize("NFC", run.text) for run in runs)
        paragraphs.setdefault(text, set()).add(tuple(ranges))
    return paragraphs


def sample_lines(
    exported: list[ExportedLine], document: Document, registry: FontRegistry
) -> tuple[list[DrawnLine], list[str]]:
    """The oracle's lines for an export, with the faces the document gives each run.

    A list item's marker (the body face, regular) and its first line read as one line, as
    the page shows them. Also returns the lines no single block accounts for.
    """
    paragraphs = document_paragraphs(document, registry)
    marker_face = registry.face(registry.default_body().family).path
    markers = {
        (line.page, round(line.baseline, 1)): line for line in exported if line.role == "marker"
    }
    lines: list[DrawnLine] = []
    unmatched: list[str] = []
    for line in exported:
        if line.role == "marker":
            continue
        candidates = paragraphs.get(line.paragraph, set())
        if len(candidates) != 1:
            unmatched.append(f"{len(candidates)} blocks match page {line.page + 1}: {line.text}")
            continue
        drawn = oracle_line(line, runs=next(iter(candidates)))
        marker = markers.get((line.page, round(line.baseline, 1)))
        if marker is not None:
            prefix = marker.text + " "
            shift = len(prefix)
            drawn = dataclasses.replace(
                drawn,
                text=prefix + drawn.text,
                paragraph=prefix + line.paragraph,
                start=0 if line.start == 0 else line.start + shift,
                left=min(line.left, marker.left),
                right=max(line.right, marker.right),
                runs=(
                    (0, shift, marker_face),
                    *((a + shift, b + shift, path) for a, b, path in drawn.runs),
                ),
            )
        lines.append(drawn)
    return lines, unmatched


def _kind(line: DrawnLine, registry: FontRegistry) -> str:
    faces = line_faces(line)
    heading = {f.path for f in registry.faces() if f.family == registry.default_heading().family}
    if faces & heading:
        return "heading face"
    if len(faces) > 1:
        return "mixed faces"
    if faces == {registry.default_body().path}:
        return "body face"
    return "one other body face (bold or italic)"


def test_every_line_of_the_samples_matches_harfbuzz(tmp_path: Path) -> None:
    registry = default_registry()
    tally: dict[str, Counter[bool]] = {}
    differing: list[str] = []
    for sample in sorted(resource_path("samples").glob("*.taqrir.json")):
        # Final: the draft watermark crosses body lines (tests/test_page_furniture.py checks it).
        document = dataclasses.replace(flattened(load_document(sample)))
        document.metadata = dataclasses.replace(document.metadata, status="final")
        drawn: list[ExportedLine] = []
        pdf = tmp_path / f"{sample.stem}.pdf"
        export_pdf(document, pdf, ExportSettings(registry=registry, line_log=drawn.append))
        # The page furniture is checked in tests/test_page_furniture.py.
        # Figures' lines have their own oracle test (tests/test_charts.py).
        body = [line for line in drawn if line.role not in FURNITURE_ROLES | FIGURE_ROLES]
        lines, unmatched = sample_lines(body, document, registry)
        assert not unmatched, unmatched
        for line in lines:
            result = compare_lines(pdf_line_glyphs(pdf, line), harfbuzz_line_glyphs(line))
            kind = _kind(line, registry)
            tally.setdefault(kind, Counter())[result.equal] += 1
            if not result.equal:
                differing.append(f"{sample.name} p{line.page + 1} [{kind}]: {line.text}")
                differing.extend(f"    - {problem}" for problem in result.problems)
    print("\nglyph oracle, samples:")
    for kind, counts in sorted(tally.items()):
        total = counts[True] + counts[False]
        print(f"  {kind}: {counts[True]}/{total} lines agree ({counts[True] / total:.1%})")
    print("\n".join(differing))
    assert sum(sum(counts.values()) for counts in tally.values()) > 200
    assert not differing, "\n".join(differing)


# --- why the oracle forms only lam-alef with rlig in the heading face ------------------------

LAM_ALEF_FORMS = {chr(c) for c in range(0xFEF5, 0xFEFD)}


def _ligatures(font: TTFont, feature: str) -> tuple[list[int], list[tuple[str, str]]]:
    """The types of the lookups under ``feature``, and (components as letters, ligature
    glyph) for each ligature substitution they make; glyphs without a code point read "?"."""
    gsub = font["GSUB"].table
    indices = sorted(
        {
            index
            for record in gsub.FeatureList.FeatureRecord
            if record.FeatureTag == feature
            for index in record.Feature.LookupListIndex
        }
    )
    names = {name: chr(code) for code, name in font.getBestCmap().items()}

    def letters(glyphs: list[str]) -> str:
        return "".join(unicodedata.normalize("NFKC", names.get(g, "?")) for g in glyphs)

    types = []
    ligatures = []
    for index in indices:
        lookup = gsub.LookupList.Lookup[index]
        for table in lookup.SubTable:
            table = table.ExtSubTable if lookup.LookupType == 7 else table
            for first, entries in getattr(table, "ligatures", {}).items():
                ligatures.extend(
                    (letters([first, *entry.Component]), entry.LigGlyph) for entry in entries
                )
        types.append(
            lookup.SubTable[0].ExtSubTable.LookupType
            if lookup.LookupType == 7
            else lookup.LookupType
        )
    return types, ligatures


def test_heading_face_rlig_mixes_lam_alef_with_optional_ligatures() -> None:
    registry = default_registry()
    family = registry.default_heading().family
    assert lam_alef_only_features(str(registry.default_heading().path)) >= {"rlig", "calt"}
    for face in (f for f in registry.faces() if f.family == family):
        font = TTFont(face.path)
        cmap = font.getBestCmap()
        types, rlig = _ligatures(font, "rlig")
        assert types == [4], "one ligature lookup holds every required ligature"
        lam_alef = {glyph for text, glyph in rlig if text[0] == "ل" and text[1:] in "اأإآٱ"}
        assert {cmap[ord(form)] for form in LAM_ALEF_FORMS} <= lam_alef
        others = [(text, glyph) for text, glyph in rlig if glyph not in lam_alef]
        assert len(others) > 200
        assert ("بر", cmap[0xFC6A]) in others and ("ني", cmap[0xFC50]) in others
        _, dlig = _ligatures(font, "dlig")
        alternates = {glyph for _, glyph in dlig}
        assert sum(f"{glyph}.short" in alternates for _, glyph in others) > 60
        assert not any(f"{glyph}.short" in alternates for glyph in lam_alef)


def test_oracle_forms_lam_alef_but_not_optional_ligatures_in_the_heading_face() -> None:
    registry = default_registry()
    path = registry.face(registry.default_heading().family, bold=True).path
    line = DrawnLine(0, 0.0, 0.0, 500.0, "نونبر لا", "rtl", path, 20.0)
    names = {glyph.font.glyph_name(glyph.gid) for glyph in harfbuzz_line_glyphs(line)}
    assert "uniFEFB" in names and "uniFC6A" not in names
    buffer = hb.Buffer()
    buffer.add_str(line.text)
    buffer.guess_segment_properties()
    hb.shape(hb.Font(hb.Face(path.read_bytes())), buffer)
    font = TTFont(path)
    assert "uniFC6A" in {font.getGlyphName(info.codepoint) for info in buffer.glyph_infos}


def test_body_face_rlig_only_stretches_the_tatweel() -> None:
    registry = default_registry()
    for face in (f for f in registry.faces() if f.family == registry.default_body().family):
        _, rlig = _ligatures(TTFont(face.path), "rlig")
        assert rlig
        assert all(glyph.startswith(("uni0640", "uni0627.fina_Tatweel")) for _, glyph in rlig)
