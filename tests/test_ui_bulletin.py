"""The bulletin form, driven like a user: build a bulletin from nothing by typing and
clicking, export it and read the PDF back; open the sample and get it back unchanged;
move and remove sections; bad numbers named by the export, the form still usable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from desktop_app.model import (
    DocumentError,
    Heading,
    Paragraph,
    Run,
    document_from_json,
    document_to_json,
    load_document,
)
from desktop_app.model.charts import ChartSpec, IndicatorRow
from desktop_app.pdf.builder import ExportSettings, export_pdf
from desktop_app.text.fonts import default_registry
from desktop_app.ui.bulletin_editor import (
    ArticleSection,
    BulletinEditor,
    ChartSection,
    IndicatorsSection,
    KeptSection,
    TableSection,
    parse_number,
)
from desktop_app.ui.preview import PreviewRenderer

from .pdf_text import normalise, pdftotext

SAMPLE = (
    Path(__file__).resolve().parents[1]
    / "resources"
    / "samples"
    / "bulletin-artisanat-2025-11.ar.taqrir.json"
)


@pytest.fixture
def editor(qtbot) -> BulletinEditor:
    form = BulletinEditor()
    form.resize(900, 700)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitActive(form)
    return form


def type_text(widget, text: str) -> None:
    """Key presses carrying each character (QTest's key clicks know only ASCII), to
    whatever has the focus once the first key is in."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(QApplication.focusWidget() or widget, event)


def type_into(widget, text: str) -> None:
    widget.setFocus()
    type_text(widget, text)


def fill_row(qtbot, table, row: int, cells: list[str], choices: tuple[int, ...] = ()) -> None:
    """Type into each cell as a user would; a choice is picked from the cell's list.
    An empty string leaves the cell as it is."""
    for column, text in enumerate(cells):
        if not text:
            continue
        table.setFocus()
        table.setCurrentCell(row, column)
        if column in choices:
            qtbot.keyClick(table, Qt.Key.Key_F2)
            editor = QApplication.focusWidget()
            assert isinstance(editor, QComboBox), editor
            editor.setCurrentIndex(editor.findText(text))
        else:
            type_text(table, text)
            editor = QApplication.focusWidget()
            assert isinstance(editor, QLineEdit), editor
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.wait(10)  # the delegate commits the edit from the event loop


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_bulletin_typed_from_scratch_exports_to_the_pdf(
    qtbot, editor: BulletinEditor, tmp_path: Path
) -> None:
    type_into(editor.title, "نشرة الصناعة التقليدية")
    type_into(editor.issue, "28")
    type_into(editor.period, "يناير 2026")

    click(qtbot, editor.add_article_button)
    article = editor.sections[-1]
    assert isinstance(article, ArticleSection)
    type_into(article.heading, "الافتتاحية")
    type_into(article.body, "ارتفعت الصادرات بنسبة 13% خلال السنة.")

    click(qtbot, editor.add_indicators_button)
    indicators = editor.sections[-1]
    assert isinstance(indicators, IndicatorsSection)
    click(qtbot, indicators.grid.add_button)
    fill_row(
        qtbot,
        indicators.grid.table,
        0,
        ["صادرات شهر دجنبر", "116,8", "مليون درهم", "27", "pt", "", "Up", "مكتب الصرف"],
        choices=(4, 6),
    )

    click(qtbot, editor.add_chart_button)
    chart = editor.sections[-1]
    assert isinstance(chart, ChartSection)
    type_into(chart.chart_title, "الصادرات الشهرية")
    type_into(chart.unit, "مليون درهم")
    chart.series_count.setValue(2)
    fill_row(qtbot, chart.grid.table, 0, ["", "2024", "2025"])
    for row, cells in enumerate(
        (["أكتوبر", "108.7", "123.5"], ["نونبر", "92", "116.8"], ["دجنبر", "95,1", "٩٩٫٥"]),
        start=1,
    ):
        click(qtbot, chart.grid.add_button)
        fill_row(qtbot, chart.grid.table, row, cells)

    document = editor.document()
    assert document.kind == "bulletin"
    assert document.metadata.title == "نشرة الصناعة التقليدية"
    assert document.nameplate.issue == "28"
    heading, paragraph, row, figure = document.blocks
    assert heading == Heading([Run("الافتتاحية")], 2)
    assert isinstance(paragraph, Paragraph)
    assert isinstance(row, IndicatorRow)
    item = row.items[0]
    assert (item.value, item.change, item.change_unit, item.trend) == (116.8, 27.0, "pt", "up")
    assert isinstance(figure, ChartSpec)
    assert figure.kind == "bar"
    assert figure.categories == ["أكتوبر", "نونبر", "دجنبر"]
    assert [s.name for s in figure.series] == ["2024", "2025"]
    assert figure.series[0].values == [108.7, 92.0, 95.1]
    assert figure.series[1].values == [123.5, 116.8, 99.5]
    # What the preview does: the document goes through JSON and is read back, checked.
    assert document_from_json(document_to_json(document)).blocks == document.blocks

    target = tmp_path / "bulletin.pdf"
    assert export_pdf(document, target, ExportSettings(registry=default_registry())) >= 1
    text = normalise(pdftotext(target))
    for expected in (
        "نشرة الصناعة التقليدية",
        "الافتتاحية",
        "ارتفعت الصادرات بنسبة 13% خلال السنة.",
        "صادرات شهر دجنبر",
        "116,8",
        "أكتوبر",
        "نونبر",
        "دجنبر",
    ):
        assert expected in text, expected


def test_the_sample_bulletin_opens_and_comes_back_unchanged(editor: BulletinEditor) -> None:
    original = load_document(SAMPLE)
    editor.load(original)
    kinds = [section.kind for section in editor.sections]
    assert kinds.count("indicators") == 1
    assert kinds.count("chart") == 2
    assert kinds.count("table") == 1
    assert kinds.count("kept") == 1  # the quote, in its place
    again = editor.document()
    assert again.metadata == original.metadata
    assert again.nameplate == original.nameplate
    assert again.columns == original.columns
    assert again.blocks == original.blocks
    assert again == original


def test_editing_the_sample_keeps_what_was_not_touched(qtbot, editor: BulletinEditor) -> None:
    original = load_document(SAMPLE)
    editor.load(original)
    table = next(s for s in editor.sections if isinstance(s, TableSection))
    fill_row(qtbot, table.grid.table, 2, ["", "فرنسا وموناكو"])
    editor.two_columns.setChecked(True)
    document = editor.document()
    assert document.columns == 2
    index = next(i for i, b in enumerate(original.blocks) if type(b).__name__ == "Table")
    edited, before = document.blocks[index], original.blocks[index]
    assert edited.rows[2][1] == [Run("فرنسا وموناكو")]
    assert edited.rows[-1] == before.rows[-1]  # the bold total row
    assert edited.column_widths == before.column_widths
    assert document.blocks[:index] == original.blocks[:index]
    assert document.blocks[index + 1 :] == original.blocks[index + 1 :]


def test_sections_move_up_and_down_and_are_removed(qtbot, editor: BulletinEditor) -> None:
    for name in ("الأول", "الثاني", "الثالث"):
        click(qtbot, editor.add_article_button)
        type_into(editor.sections[-1].heading, name)

    def headings() -> list[str]:
        return [block.runs[0].text for block in editor.document().blocks]

    assert headings() == ["الأول", "الثاني", "الثالث"]
    with qtbot.waitSignal(editor.changed):
        click(qtbot, editor.sections[2].up_button)
    assert headings() == ["الأول", "الثالث", "الثاني"]
    click(qtbot, editor.sections[0].down_button)
    assert headings() == ["الثالث", "الأول", "الثاني"]
    click(qtbot, editor.sections[0].up_button)  # already first: nothing moves
    click(qtbot, editor.sections[2].down_button)  # already last
    assert headings() == ["الثالث", "الأول", "الثاني"]
    click(qtbot, editor.sections[1].remove_button)
    assert headings() == ["الثالث", "الثاني"]
    assert [section.title() for section in editor.sections] == ["Article 1", "Article 2"]


def test_a_moved_section_of_the_sample_moves_its_blocks(qtbot, editor: BulletinEditor) -> None:
    original = load_document(SAMPLE)
    editor.load(original)
    kept = next(s for s in editor.sections if isinstance(s, KeptSection))
    position = editor.sections.index(kept)
    click(qtbot, kept.up_button)
    assert editor.sections.index(kept) == position - 1
    blocks = editor.document().blocks
    quote = next(i for i, b in enumerate(blocks) if type(b).__name__ == "Quote")
    # The quote now stands before the article it closed (its heading and text).
    assert blocks[quote + 1] == next(
        b
        for b in original.blocks
        if isinstance(b, Heading) and b.level == 2 and "ملف" in b.runs[0].text
    )


def test_a_bad_number_is_named_by_the_export_and_the_form_goes_on(
    qtbot, editor: BulletinEditor, tmp_path: Path
) -> None:
    type_into(editor.title, "Bulletin")
    click(qtbot, editor.add_chart_button)
    chart = editor.sections[-1]
    fill_row(qtbot, chart.grid.table, 0, ["", "2025"])
    click(qtbot, chart.grid.add_button)
    fill_row(qtbot, chart.grid.table, 1, ["Fès", "12"])
    click(qtbot, chart.grid.add_button)
    fill_row(qtbot, chart.grid.table, 2, ["Rabat", "douze"])

    document = editor.document()  # no crash: the bad value is kept as typed
    assert document.blocks[0].series[0].values == [12.0, "douze"]
    with pytest.raises(DocumentError) as caught:
        document_from_json(document_to_json(document))
    message = str(caught.value)
    assert "blocks[0].series[0].values[1]" in message
    assert "expected a number" in message
    assert "\n" not in message
    # The preview's worker gets the document as JSON and shows that one line.
    renderer = PreviewRenderer(default_registry(), tmp_path)
    failures: list[str] = []
    renderer.failed.connect(lambda _job, text: failures.append(text))
    renderer.render(1, document_to_json(document), "")
    assert failures == [message]

    # A negative share in a pie is named too.
    chart.chart_kind.setCurrentIndex(chart.chart_kind.findData("pie"))
    chart.grid.table.item(2, 1).setText("-3")
    with pytest.raises(DocumentError, match=r"values\[1\].*negative"):
        document_from_json(document_to_json(editor.document()))

    # The form goes on: the value corrected, the bulletin exports.
    chart.grid.table.item(2, 1).setText("7")
    fixed = document_from_json(document_to_json(editor.document()))
    assert fixed.blocks[0].series[0].values == [12.0, 7.0]
    assert export_pdf(fixed, tmp_path / "fixed.pdf", ExportSettings(registry=default_registry()))


def test_an_indicator_without_a_number_is_named(qtbot, editor: BulletinEditor) -> None:
    click(qtbot, editor.add_indicators_button)
    grid = editor.sections[-1].grid
    click(qtbot, grid.add_button)
    fill_row(qtbot, grid.table, 0, ["Exportations", "beaucoup"])
    with pytest.raises(DocumentError, match=r"blocks\[0\]\.items\[0\]\.value"):
        document_from_json(document_to_json(editor.document()))


def test_empty_sections_give_no_blocks(qtbot, editor: BulletinEditor) -> None:
    for button in (
        editor.add_article_button,
        editor.add_indicators_button,
        editor.add_table_button,
        editor.add_chart_button,
    ):
        click(qtbot, button)
    assert len(editor.sections) == 4
    document = editor.document()
    assert document.blocks == []
    assert document_from_json(document_to_json(document)).kind == "bulletin"


@pytest.mark.parametrize(
    ("typed", "number"),
    [("82.4", 82.4), ("82,4", 82.4), ("٨٢٫٤", 82.4), ("-3", -3.0), ("", None), ("x", "x")],
)
def test_numbers_as_typed(typed: str, number: object) -> None:
    assert parse_number(typed) == number


def test_chart_data_pasted_from_a_spreadsheet(qtbot, editor: BulletinEditor) -> None:
    click(qtbot, editor.add_chart_button)
    chart = editor.sections[-1]
    chart.series_count.setValue(2)
    chart.grid.set_rows([])
    QGuiApplication.clipboard().setText("\t2024\t2025\nالفخار\t36\t38\nالزرابي\t32\t30\n")
    click(qtbot, chart.grid.paste_button)
    (figure,) = editor.document().blocks
    assert figure.categories == ["الفخار", "الزرابي"]
    assert [(s.name, s.values) for s in figure.series] == [
        ("2024", [36.0, 32.0]),
        ("2025", [38.0, 30.0]),
    ]


def test_an_indicator_keeps_its_language_when_its_row_moves(qtbot, editor: BulletinEditor) -> None:
    document = load_document(SAMPLE)
    row = next(b for b in document.blocks if isinstance(b, IndicatorRow))
    row.items[1].language = "fr"
    editor.load(document)
    grid = next(s for s in editor.sections if isinstance(s, IndicatorsSection)).grid
    grid.table.setCurrentCell(1, 0)
    click(qtbot, grid.up_button)
    (moved,) = (b for b in editor.document().blocks if isinstance(b, IndicatorRow))
    assert [item.language for item in moved.items] == ["fr", None, None, None]
    assert moved.items[0].label == row.items[1].label


def test_a_bulletin_with_a_line_chart_made_in_the_window_exports(
    qtbot, window, tmp_path: Path
) -> None:
    click(qtbot, window.start.new_bulletin_button)
    editor = window.bulletin_editor
    assert window.editors.currentWidget() is editor
    type_into(editor.title, "نشرة الصادرات")
    type_into(editor.issue, "29")
    click(qtbot, editor.add_chart_button)
    chart = editor.sections[-1]
    chart.chart_kind.setFocus()
    qtbot.keyClick(chart.chart_kind, Qt.Key.Key_Down)  # Bars → Line, from the keyboard
    assert chart.chart_kind.currentData() == "line"
    type_into(chart.chart_title, "تطور الصادرات الشهرية")
    fill_row(qtbot, chart.grid.table, 0, ["", "2025"])
    for row, cells in enumerate((["شتنبر", "101"], ["أكتوبر", "123.5"], ["نونبر", "116,8"]), 1):
        click(qtbot, chart.grid.add_button)
        fill_row(qtbot, chart.grid.table, row, cells)
    qtbot.waitUntil(lambda: not window.preview.busy, timeout=20000)
    assert window.preview.last_error == ""

    target = tmp_path / "bulletin.pdf"
    job = window.export_to(target)
    qtbot.waitUntil(job.isFinished, timeout=20000)
    assert target.exists(), window.last_message
    text = normalise(pdftotext(target))
    for expected in ("نشرة الصادرات", "تطور الصادرات الشهرية", "شتنبر", "أكتوبر", "نونبر"):
        assert expected in text, expected
    import pymupdf

    with pymupdf.open(target) as pdf:
        paths = pdf[0].get_drawings()
    # The series is one polyline through its three points.
    polylines = [p for p in paths if [item[0] for item in p["items"]] == ["l", "l"]]
    assert len(polylines) == 1, [[item[0] for item in p["items"]] for p in paths][:20]
    (first, second), (_, third) = (item[1:] for item in polylines[0]["items"])
    assert second.y < third.y < first.y  # 123.5 above 116.8 above 101 (y grows downwards)
