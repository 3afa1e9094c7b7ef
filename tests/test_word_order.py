"""Paragraphs read from the top of their first line to the end of their last, every line
on its start side, and every typed word drawn once.

The line log (``ExportSettings.line_log``) says what the layout meant to draw; the PDF,
read back with PyMuPDF, says what was drawn. Three checks tie them to the document:

* order: the lines of a paragraph, in the order they were drawn, go down the page and
  through the paragraph's text: the first begins it, each next one starts where the one
  before ended (only spaces between), the last ends it; a paragraph cut by a page break
  goes on at the top of the next page. Every text of the document is laid out once.
* margins: in a start- or justify-aligned paragraph the glyph boxes of each line reach the
  start edge of the line's box (right for right-to-left paragraphs), and those of every
  justified line but the last (and but lines without a space to stretch) reach both edges.
* words: on each page, the words drawn (visible glyphs cut where the gap between two glyph
  boxes is wider than ``WORD_GAP``; the footer and the turned watermark left out) are as
  many as the words of the lines logged on it, and the lines of each paragraph hold as many
  words as were typed.
"""

from __future__ import annotations

import itertools
import random
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pymupdf
import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

import desktop_app.pdf.text_flowable as text_flowable
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
from desktop_app.pdf.builder import PAPER_SIZES, ExportSettings, export_pdf
from desktop_app.pdf.charts import FIGURE_ROLES
from desktop_app.pdf.page_furniture import FURNITURE_ROLES
from desktop_app.pdf.table_alignment import cell_alignments
from desktop_app.pdf.text_flowable import DrawnLine, TextFlowable
from desktop_app.resources import resource_path
from desktop_app.text.fonts import default_registry
from desktop_app.text.layout import ParagraphLayout

NOT_BODY = FURNITURE_ROLES | FIGURE_ROLES

EDGE_TOLERANCE = 0.05  # pt between a line's outermost glyph box and the edge it must reach
WORD_GAP = 0.1  # em: glyphs of a word abut (gaps under 0.002 em), spaces leave 0.23 em or more
FRAME_PADDING = 6.0  # pt: ReportLab's frames keep text this far inside the margins
TOP_LINE_DEPTH = 1.2  # em: the first line's baseline lies at most this far below the frame top


@dataclass(frozen=True)
class Export:
    name: str
    document: Document
    settings: ExportSettings
    pdf: Path
    lines: list[DrawnLine]  # the document's lines
    furniture: list[DrawnLine]  # letterhead, running headers, footers, watermark


@dataclass(frozen=True)
class Box:
    """A visible glyph on a page: its advance box and baseline, PDF points."""

    x0: float
    x1: float
    baseline: float
    size: float


def export(
    name: str,
    document: Document,
    directory: Path,
    margins_mm: tuple[float, float, float, float] = (20, 20, 22, 22),
) -> Export:
    lines: list[DrawnLine] = []
    settings = ExportSettings(
        registry=default_registry(), margins_mm=margins_mm, line_log=lines.append
    )
    pdf = directory / f"{name}.pdf"
    export_pdf(document, pdf, settings)
    body = [line for line in lines if line.role not in NOT_BODY]
    furniture = [line for line in lines if line.role in NOT_BODY]
    return Export(name, document, settings, pdf, body, furniture)


# --- what the document asks for -----------------------------------------------------------


def laid_out_texts(document: Document) -> list[tuple[str, str]]:
    """(text as laid out, alignment) of every text the builder lays out, in order."""
    texts: list[tuple[list[Run], str]] = []
    for block in document.blocks:
        if isinstance(block, Heading | Paragraph):
            texts.append((block.runs, block.align))
        elif isinstance(block, ListBlock):
            texts.extend((item, block.align) for item in block.items)
        elif isinstance(block, TableBlock):
            aligns = cell_alignments(block)
            texts.extend(
                (cell, align)
                for row, row_aligns in zip(block.rows, aligns, strict=True)
                for cell, align in zip(row, row_aligns, strict=True)
            )
        elif isinstance(block, Signatures):
            bold = [(signer.title, "center") for signer in block.signers]
            texts.extend(bold + [(signer.name, "center") for signer in block.signers])
        elif isinstance(block, Quote):
            texts.append((block.runs, block.align))
            if block.attribution:
                texts.append(([Run("— "), *block.attribution], "end"))
        elif isinstance(block, Image):
            texts.append((block.caption, "center"))
    laid_out = [
        ("".join(unicodedata.normalize("NFC", run.text) for run in runs), align)
        for runs, align in texts
    ]
    return [(text, align) for text, align in laid_out if text.strip()]


def header_row_texts(document: Document) -> set[str]:
    """The texts of the tables' header rows, as laid out."""
    return {
        "".join(unicodedata.normalize("NFC", run.text) for run in cell)
        for block in document.blocks
        if isinstance(block, TableBlock)
        for row in block.rows[: block.header_rows]
        for cell in row
    }


# --- what the PDF shows --------------------------------------------------------------------


def page_boxes(pdf: Path, page_number: int) -> list[Box]:
    """The page's visible glyphs with an advance: no spaces, bidi marks or combining marks."""
    boxes = []
    with pymupdf.open(pdf) as doc:
        page = doc[page_number]
        to_pdf = ~page.transformation_matrix
        for span in page.get_texttrace():
            if span["type"] == 3:  # invisible text
                continue
            if abs(span["dir"][1]) > 0.01:  # the draft watermark, turned
                continue
            for unicode, gid, origin, bbox in span["chars"]:
                char = chr(unicode)
                if gid < 0 or char.isspace() or unicodedata.category(char) == "Cf":
                    continue
                box = pymupdf.Rect(bbox) * to_pdf
                if box.width < 1e-3:
                    continue
                point = pymupdf.Point(origin) * to_pdf
                boxes.append(Box(box.x0, box.x1, point.y, span["size"]))
    return boxes


def drawn_words(boxes: list[Box]) -> dict[float, int]:
    """Words drawn on each baseline (rounded to 0.1 pt)."""
    rows: dict[float, list[Box]] = defaultdict(list)
    for box in boxes:
        rows[round(box.baseline, 1)].append(box)
    words: dict[float, int] = {}
    for baseline, row in rows.items():
        count = 0
        end = -float("inf")
        for box in sorted(row, key=lambda b: b.x0):
            if box.x0 > end + WORD_GAP * box.size:
                count += 1
            end = max(end, box.x1)
        words[baseline] = count
    return words


# --- the checks ----------------------------------------------------------------------------


def paragraphs(lines: list[DrawnLine]) -> list[list[DrawnLine]]:
    """The logged lines grouped by paragraph, in drawing order.

    Lines of one paragraph are logged one after the other (a paragraph cut by a page break
    goes on with the next flowable drawn); a line that starts its text opens a new one.
    """
    groups: list[list[DrawnLine]] = []
    for line in lines:
        if line.role == "marker":
            continue
        previous = groups[-1][-1] if groups else None
        if (
            previous is not None
            and line.start != 0
            and (line.paragraph, line.role, line.direction)
            == (previous.paragraph, previous.role, previous.direction)
        ):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _where(line: DrawnLine) -> str:
    return f"page {line.page + 1} y={line.baseline:.1f} ‹{line.text[:60]}›"


def _frame_top(run: Export) -> float:
    page_height = PAPER_SIZES[run.settings.paper][1]
    return page_height - run.settings.margins_mm[0] * mm - FRAME_PADDING


def order_problems(run: Export) -> list[str]:
    problems = []
    groups = paragraphs(run.lines)
    tops: dict[int, float] = {}
    for line in run.lines:
        tops[line.page] = max(tops.get(line.page, -float("inf")), line.baseline)
    for group in groups:
        first, last = group[0], group[-1]
        text = first.paragraph
        if first.start != 0:
            problems.append(f"{_where(first)}: the paragraph's first line does not begin it")
        for before, after in zip(group, group[1:], strict=False):
            end = before.start + len(before.text)
            if after.start < end or text[end : after.start].strip():
                problems.append(
                    f"{_where(after)} does not go on where {_where(before)} ended "
                    f"(at {end}, it starts at {after.start})"
                )
            if after.page == before.page:
                if after.baseline >= before.baseline:
                    problems.append(f"{_where(after)} is not below {_where(before)}")
            elif after.page != before.page + 1:
                problems.append(f"{_where(after)} does not follow {_where(before)}")
            elif (
                after.baseline < tops[after.page] - 0.5
                or after.baseline < _frame_top(run) - TOP_LINE_DEPTH * after.size
            ):
                problems.append(
                    f"{_where(after)} goes on from page {before.page + 1} below the top of the page"
                )
        if text[last.start + len(last.text) :].strip():
            problems.append(f"{_where(last)}: the paragraph's last line does not end it")
    typed = Counter(text for text, _ in laid_out_texts(run.document))
    laid_out = Counter(group[0].paragraph for group in groups)
    repeated = header_row_texts(run.document)  # on every page a table spans
    for text in typed - laid_out:
        problems.append(f"not laid out: ‹{text[:60]}›")
    for text in laid_out - typed:
        if text not in repeated:
            problems.append(f"laid out but not typed (or more often): ‹{text[:60]}›")
    return problems


def margin_problems(run: Export) -> tuple[list[str], int]:
    """Lines that do not reach the edges they must reach; and how many lines were checked."""
    aligns: dict[str, set[str]] = defaultdict(set)
    for text, align in laid_out_texts(run.document):
        aligns[text].add(align)
    boxes = {page: page_boxes(run.pdf, page) for page in {line.page for line in run.lines}}
    problems = []
    checked = 0
    for group in paragraphs(run.lines):
        found = aligns[group[0].paragraph]
        if not found:
            problems.append(f"{_where(group[0])}: not in the document")
            continue
        if len(found) > 1 and found - {"start", "justify"}:
            # A name in a table (start) and under a signature (centre): its lines are
            # checked only where every alignment puts them against the same edge.
            continue
        align = "start" if len(found) > 1 else next(iter(found))
        if align not in ("start", "justify", "right"):
            continue
        for line in group:
            inside = [
                box
                for box in boxes[line.page]
                if abs(box.baseline - line.baseline) < 0.5
                and line.left - 1 <= (box.x0 + box.x1) / 2 <= line.right + 1
            ]
            if not inside:
                problems.append(f"{_where(line)}: no glyph drawn")
                continue
            checked += 1
            left = min(box.x0 for box in inside) - line.left
            right = line.right - max(box.x1 for box in inside)
            start_gap, end_gap = (right, left) if line.direction == "rtl" else (left, right)
            edge = "start"
            if align == "right":
                start_gap, edge = right, "right"
            if abs(start_gap) > EDGE_TOLERANCE:
                problems.append(f"{_where(line)}: {start_gap:.2f} pt from its {edge} edge")
            justified = align == "justify" and line is not group[-1] and " " in line.text
            if justified and abs(end_gap) > EDGE_TOLERANCE:
                problems.append(f"{_where(line)} (justified): {end_gap:.2f} pt from its end edge")
    return problems, checked


def word_problems(run: Export) -> list[str]:
    problems = []
    for group in paragraphs(run.lines):
        logged = sum(len(line.text.split()) for line in group)
        typed = len(group[0].paragraph.split())
        if logged != typed:
            problems.append(f"{_where(group[0])}: its lines hold {logged} words, {typed} typed")
    footer = run.settings.margins_mm[2] * mm
    expected: dict[int, Counter[float]] = defaultdict(Counter)
    for line in [*run.lines, *run.furniture]:
        if line.baseline > footer and line.role != "watermark":
            expected[line.page][round(line.baseline, 1)] += len(line.text.split())
    with pymupdf.open(run.pdf) as doc:
        pages = doc.page_count
    for page in range(pages):
        drawn = {
            baseline: count
            for baseline, count in drawn_words(page_boxes(run.pdf, page)).items()
            if baseline > footer
        }
        typed_here = sum(expected[page].values())
        if sum(drawn.values()) != typed_here:
            rows = sorted(set(drawn) | set(expected[page]), reverse=True)
            detail = "; ".join(
                f"y={y}: {drawn.get(y, 0)} drawn, {expected[page][y]} typed"
                for y in rows
                if drawn.get(y, 0) != expected[page][y]
            )
            problems.append(
                f"page {page + 1}: {sum(drawn.values())} words drawn, {typed_here} typed ({detail})"
            )
    return problems


# --- the documents -------------------------------------------------------------------------

ARABIC = (
    "المجلس الإدارة المؤسسة الصناعة التقليدية برنامج المواكبة الصادرات الأسواق الجودة "
    "التعاونيات الشباب النساء الجهات المعارض الدولية التسويق الإنعاش الميزانية المحاور "
    "التنفيذ الصفقات المؤشرات النجاعة التكوين الحرفيين الزرابي الفخار الجلد النحاس الخشب "
    "التصميم الابتكار الاستدامة التتبع التقييم الشراكة الدعم العمومي الاقتصاد الاجتماعي "
    "والتضامني مع في على من إلى عن بعد قبل خلال حول"
)
FRENCH = (
    "le conseil d’administration a approuvé programme d’action budget exportations artisanat "
    "marocain marchés coopératives jeunes femmes régions salons internationaux promotion "
    "qualité accompagnement formation tapis poterie cuir bois design innovation durable suivi "
    "évaluation partenariat soutien public économie sociale solidaire avec dans sur pour par "
    "entre selon depuis à la les des du"
)


def _sentence(rng: random.Random, vocabulary: str, count: int) -> str:
    words = vocabulary.split()
    return " ".join(rng.choice(words) for _ in range(count))


GENERATED_MARGINS_MM = (55.0, 60.0, 55.0, 60.0)  # top, right, bottom, left: 27 lines of 6 words
GENERATED_WORDS = 230  # words per paragraph: more than a page holds


def generated_document() -> Document:
    """Arabic, French and mixed paragraphs, justified and start-aligned, each longer than a
    page (with ``GENERATED_MARGINS_MM``), so a page break cuts every one of them."""
    rng = random.Random(20251218)
    blocks: list = [Heading([Run("تقرير تجريبي طويل")], level=1)]
    kinds = [
        (language, align)
        for language in ("ar", "fr", "mixed-ar", "mixed-fr")
        for align in ("justify", "start")
    ]
    for number, (kind, align) in enumerate(kinds):
        if kind == "ar":
            runs = [Run(_sentence(rng, ARABIC, GENERATED_WORDS) + ".")]
        elif kind == "fr":
            runs = [Run(_sentence(rng, FRENCH, GENERATED_WORDS).capitalize() + ".")]
        else:
            main, other = (ARABIC, FRENCH) if kind == "mixed-ar" else (FRENCH, ARABIC)
            runs = []
            for part in range(6):
                runs.append(Run(_sentence(rng, main, GENERATED_WORDS // 8) + " "))
                inserted = _sentence(rng, other, 4)
                runs.append(Run(f"({inserted})" if part % 2 else inserted, bold=part == 3))
                runs.append(Run(" "))
            runs.append(Run(_sentence(rng, main, GENERATED_WORDS // 8) + "."))
        if number % 3 == 2:
            blocks.append(Heading([Run(f"القسم {number // 3 + 1}")], level=2))
        blocks.append(Paragraph(runs, align=align))
    return Document(kind="free", language="ar", direction="rtl", blocks=blocks)


SAMPLES = sorted(resource_path("samples").glob("*.taqrir.json"))
EXPORTS = [*(sample.name for sample in SAMPLES), "generated"]


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> list[Export]:
    directory = tmp_path_factory.mktemp("word-order")
    runs = [
        export(sample.name.split(".")[0], flattened(load_document(sample)), directory)
        for sample in SAMPLES
    ]
    runs.append(export("generated", generated_document(), directory, GENERATED_MARGINS_MM))
    return runs


def test_page_breaks_cut_every_generated_paragraph(exports: list[Export]) -> None:
    generated = exports[-1]
    aligns = dict(laid_out_texts(generated.document))
    cut = Counter(
        (group[0].direction, aligns[group[0].paragraph])
        for group in paragraphs(generated.lines)
        if group[0].page != group[-1].page
    )
    assert cut == {
        (direction, align): 2 for direction in ("rtl", "ltr") for align in ("justify", "start")
    }


@pytest.mark.parametrize("index", range(len(EXPORTS)), ids=EXPORTS)
def test_paragraphs_read_top_to_bottom_in_order(exports: list[Export], index: int) -> None:
    problems = order_problems(exports[index])
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("index", range(len(EXPORTS)), ids=EXPORTS)
def test_lines_reach_their_start_edge(exports: list[Export], index: int) -> None:
    problems, checked = margin_problems(exports[index])
    assert checked > 50
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("index", range(len(EXPORTS)), ids=EXPORTS)
def test_every_typed_word_is_drawn_once(exports: list[Export], index: int) -> None:
    problems = word_problems(exports[index])
    assert not problems, "\n".join(problems)


# --- the checks must be able to fail -------------------------------------------------------

_layout_paragraph = text_flowable.layout_paragraph
_draw_line = text_flowable.draw_line
_split = TextFlowable.split


def _patch_layout(
    monkeypatch: pytest.MonkeyPatch, change: Callable[[ParagraphLayout, str], ParagraphLayout]
) -> None:
    def layout_paragraph(
        runs: list, width: float, direction: str = "auto", align: str = "start", *rest: str
    ) -> ParagraphLayout:
        return change(_layout_paragraph(runs, width, direction, align, *rest), align)

    monkeypatch.setattr(text_flowable, "layout_paragraph", layout_paragraph)


def _reverse_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    _patch_layout(
        monkeypatch,
        lambda layout, _align: ParagraphLayout(
            layout.text, layout.direction, layout.lines[::-1], layout.width
        ),
    )


def _flush_left(monkeypatch: pytest.MonkeyPatch) -> None:
    """Right-to-left lines set against the left edge, as if ``start`` meant left."""

    def change(layout: ParagraphLayout, align: str) -> ParagraphLayout:
        if layout.direction == "rtl" and align == "start":
            for line in layout.lines:
                shift = min((glyph.x for glyph in line.glyphs), default=0.0)
                line.runs = [
                    (0.0, tuple(glyph._replace(x=glyph.x - shift) for glyph in line.glyphs), False)
                ]
        return layout

    _patch_layout(monkeypatch, change)


def _no_justification(monkeypatch: pytest.MonkeyPatch) -> None:
    def layout_paragraph(
        runs: list, width: float, direction: str = "auto", align: str = "start", *rest: str
    ) -> ParagraphLayout:
        return _layout_paragraph(
            runs, width, direction, "start" if align == "justify" else align, *rest
        )

    monkeypatch.setattr(text_flowable, "layout_paragraph", layout_paragraph)


def _drop_a_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """One line, the twentieth drawn, loses the glyphs between its first two spaces."""
    calls = itertools.count()

    def draw_line(canvas, fonts, line, x: float, y: float) -> None:  # noqa: ANN001
        if next(calls) == 20:
            glyphs = sorted(line.glyphs, key=lambda glyph: glyph.x)
            first, second, *_ = [glyph.x for glyph in glyphs if glyph.text == " "]
            kept = tuple(glyph for glyph in glyphs if not first < glyph.x < second)
            line.runs = [(0.0, kept, False)]
        _draw_line(canvas, fonts, line, x, y)

    monkeypatch.setattr(text_flowable, "draw_line", draw_line)


def _push_the_rest_down(monkeypatch: pytest.MonkeyPatch) -> None:
    """The part of a paragraph carried over to the next page starts two lines down."""

    def split(self: TextFlowable, width: float, height: float) -> list[Flowable]:
        parts = _split(self, width, height)
        return [parts[0], Spacer(1, 36), parts[1]] if len(parts) == 2 else parts

    monkeypatch.setattr(TextFlowable, "split", split)


def _repeat_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The last line before a page break is drawn again at the top of the next page."""

    def split(self: TextFlowable, width: float, height: float) -> list[Flowable]:
        parts = _split(self, width, height)
        if len(parts) == 2:
            head, tail = parts
            tail._fixed_lines = [head._fixed_lines[-1], *tail._fixed_lines]  # noqa: SLF001
        return parts

    monkeypatch.setattr(TextFlowable, "split", split)


def _margins(run: Export) -> list[str]:
    return margin_problems(run)[0]


BREAKAGES: dict[
    str, tuple[Callable[[pytest.MonkeyPatch], None], Callable[[Export], list[str]], str]
] = {
    "lines in reverse order": (_reverse_lines, order_problems, "first line does not begin it"),
    "carried-over lines pushed down": (
        _push_the_rest_down,
        order_problems,
        "below the top of the page",
    ),
    "a line repeated over a page break": (_repeat_a_line, word_problems, "its lines hold"),
    "right-to-left lines flush left": (_flush_left, _margins, "from its start edge"),
    "justified lines not stretched": (_no_justification, _margins, "from its end edge"),
    "a word not drawn": (_drop_a_word, word_problems, "words drawn"),
}


@pytest.mark.parametrize("name", BREAKAGES)
def test_the_checks_catch(name: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    breakage, check, expected = BREAKAGES[name]
    breakage(monkeypatch)
    problems = check(export("broken", generated_document(), tmp_path, GENERATED_MARGINS_MM))
    assert any(expected in problem for problem in problems), problems
