"""The sector bulletin (نشرة قطاعية) form: the bulletin, its nameplate and a body of
sections — articles, indicator rows, tables and charts — that the user adds, removes and
reorders.

Blocks the form cannot edit (a quote, an image, a page break) stay in their place as
"kept" sections and come back unchanged. Numbers the grids cannot read are kept as typed:
the export then names the bad field in its one-line message.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import (
    Block,
    Document,
    Heading,
    ListBlock,
    Metadata,
    Paragraph,
    Run,
    Table,
    block_text,
    runs_text,
)
from desktop_app.model.charts import (
    CHART_KINDS,
    MAX_SERIES,
    ChartSpec,
    IndicatorRow,
    IndicatorSpec,
    Series,
)
from desktop_app.model.nameplate import Nameplate

from .form_fields import (
    LANGUAGE_CHOICES,
    DocumentForm,
    check_box,
    choice_box,
    date_edit,
    form_layout,
    runs_as_typed,
    select,
    set_date,
)
from .rich_text import RichTextEdit
from .table_editor import DATE_FORMAT, RowsEditor

# Digits as an Arabic keyboard may type them, read as the ASCII ones.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬−", "01234567890123456789.,-")


def parse_number(text: str) -> float | str | None:
    """A grid cell as a number: ``None`` when empty, the text itself when it is not a
    number (the export names the field). «82,4» and «٨٢٫٤» read as 82.4."""
    clean = text.strip().translate(_DIGITS).replace("\u00a0", "").replace(" ", "")
    if not clean:
        return None
    if "," in clean and "." not in clean and clean.count(",") == 1:
        clean = clean.replace(",", ".")
    try:
        number = float(clean)
    except ValueError:
        return text.strip()
    if number != number or number in (float("inf"), float("-inf")):
        return text.strip()
    return number


def format_number(value: float | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


class Section(QGroupBox):
    """One part of the body, with its move and remove buttons."""

    changed = Signal()
    move_requested = Signal(object, int)
    remove_requested = Signal(object)
    kind = ""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.form = form_layout(self)
        self.up_button = self._button(self.tr("Move up"), "Up", lambda: self._move(-1))
        self.down_button = self._button(self.tr("Move down"), "Down", lambda: self._move(1))
        self.remove_button = self._button(
            self.tr("Remove section"), "Remove", lambda: self.remove_requested.emit(self)
        )
        self._buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            self._buttons.addWidget(button)
        self._buttons.addStretch(1)

    def _button(self, text: str, role: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text, self)
        button.setObjectName(f"section{role}")
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def _move(self, step: int) -> None:
        self.move_requested.emit(self, step)

    def _finish(self) -> None:
        """Called by each subclass once its fields are in the form."""
        self.form.addRow("", self._buttons)

    def _line(self, name: str, label: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        edit.textChanged.connect(self.changed)
        self.form.addRow(label, edit)
        return edit

    def set_number(self, number: int) -> None:
        self.number = number
        # «Article 3»: the number after the word reads the same way in both directions.
        self.setTitle(f"{self.title_text()} {number}")

    def title_text(self) -> str:
        return ""

    def blocks(self) -> list[Block]:
        raise NotImplementedError


class ArticleSection(Section):
    """A level-2 heading and the text under it (paragraphs, lists, sub-headings)."""

    kind = "article"

    def __init__(
        self,
        number: int,
        heading: Heading | None = None,
        body: list[Block] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(number, parent)
        self._heading = heading
        self.heading = self._line(
            "articleHeading", self.tr("Heading"), runs_text(heading.runs) if heading else ""
        )
        self.heading.setPlaceholderText(self.tr("Leave empty to continue the text above"))
        self.body = RichTextEdit("articleBody", self)
        self.body.setAccessibleName(self.tr("Article text"))
        self.body.setPlaceholderText(self.tr("The article's text"))
        self.body.set_blocks(list(body or []))
        self.body.changed.connect(self.changed)
        self.form.addRow(self.tr("Text"), self.body)
        self._finish()
        self.set_number(number)

    def title_text(self) -> str:
        return self.tr("Article")

    def blocks(self) -> list[Block]:
        out: list[Block] = []
        text = self.heading.text()
        loaded = self._heading
        if loaded is not None and text == runs_text(loaded.runs):
            out.append(loaded)  # unchanged: its styles, level and alignment stay
        elif text.strip():
            if loaded is not None:
                out.append(dataclasses.replace(loaded, runs=[Run(text)]))
            else:
                out.append(Heading([Run(text)], 2))
        return out + self.body.blocks()


CHANGE_UNIT_CHOICES = (("%", "%"), ("pt", "pt"))


class IndicatorsSection(Section):
    """A row of one to four key figures."""

    kind = "indicators"
    COLUMNS = ("label", "value", "unit", "change", "change_unit", "comparison", "trend", "source")

    def __init__(
        self, number: int, row: IndicatorRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(number, parent)
        trends = [
            ("", self.tr("From the change")),
            ("up", self.tr("Up")),
            ("down", self.tr("Down")),
            ("flat", self.tr("Flat")),
        ]
        self.grid = RowsEditor(
            [
                self.tr("Label"),
                self.tr("Value"),
                self.tr("Unit"),
                self.tr("Change"),
                self.tr("Change unit"),
                self.tr("Comparison"),
                self.tr("Trend"),
                self.tr("Source"),
            ],
            "indicators",
            choices={4: CHANGE_UNIT_CHOICES, 6: trends},
            parent=self,
        )
        self.grid.table.setAccessibleName(self.tr("Indicators"))
        # An indicator's own language, found by its label: rows can be moved.
        self._languages = {item.label: item.language for item in row.items} if row else {}
        if row:
            self.grid.set_rows(
                [
                    [
                        item.label,
                        format_number(item.value),
                        item.unit,
                        format_number(item.change),
                        item.change_unit,
                        item.comparison,
                        item.trend or "",
                        item.source,
                    ]
                    for item in row.items
                ]
            )
        self.grid.changed.connect(self.changed)
        self.form.addRow(self.grid)
        self.hint = _note(self.tr("One to four indicators, shown side by side"), self)
        self.form.addRow(self.hint)
        self._finish()
        self.set_number(number)

    def title_text(self) -> str:
        return self.tr("Indicators")

    def blocks(self) -> list[Block]:
        items = []
        for cells in self.grid.rows():
            label, value, unit, change, change_unit, comparison, trend, source = cells
            if not label.strip() and not value.strip():
                continue
            number = parse_number(value)
            items.append(
                IndicatorSpec(
                    label=label,
                    value="" if number is None else number,  # the export names it
                    unit=unit,
                    change=parse_number(change),
                    change_unit=change_unit or "%",
                    comparison=comparison,
                    trend=trend or None,
                    source=source,
                    language=self._languages.get(label),
                )
            )
        return [IndicatorRow(items)] if items else []


class TableSection(Section):
    """A table typed in a grid; its first row is the header."""

    kind = "table"

    def __init__(self, number: int, table: Table | None = None, parent: QWidget | None = None):
        super().__init__(number, parent)
        self._table = table
        columns = table.column_count if table and table.rows else 3
        self.columns = QSpinBox(self)
        self.columns.setObjectName("tableColumns")
        self.columns.setAccessibleName(self.tr("Columns"))
        self.columns.setRange(1, 12)
        self.columns.setValue(columns)
        self.form.addRow(self.tr("Columns"), self.columns)
        self.grid = RowsEditor(_numbered(columns), "tableCells", parent=self)
        self.grid.table.setAccessibleName(self.tr("Table cells"))
        if table:
            self.grid.set_rows([[runs_text(cell) for cell in row] for row in table.rows])
        self.grid.changed.connect(self.changed)
        self.columns.valueChanged.connect(self._set_columns)
        self.form.addRow(self.grid)
        self.form.addRow(_note(self.tr("The first row is the header"), self))
        self._finish()
        self.set_number(number)

    def _set_columns(self, count: int) -> None:
        rows = [cells[:count] + [""] * (count - len(cells)) for cells in self.grid.rows()]
        self.grid.table.setColumnCount(count)
        self.grid.table.setHorizontalHeaderLabels(_numbered(count))
        self.grid.set_rows(rows)

    def title_text(self) -> str:
        return self.tr("Table")

    def blocks(self) -> list[Block]:
        rows = [cells for cells in self.grid.rows() if any(cell.strip() for cell in cells)]
        if not rows:
            return []
        loaded = self._table
        if loaded is None:
            return [Table([[runs_as_typed(cell, None) for cell in row] for row in rows])]
        old_rows = loaded.rows
        new_rows = []
        for r, row in enumerate(rows):
            old = old_rows[r] if r < len(old_rows) else []
            new_rows.append(
                [
                    runs_as_typed(cell, old[c] if c < len(old) else None)
                    for c, cell in enumerate(row)
                ]
            )
        if new_rows == [list(row) for row in old_rows]:
            return [loaded]
        same_width = len(rows[0]) == loaded.column_count
        return [
            dataclasses.replace(
                loaded,
                rows=new_rows,
                column_widths=loaded.column_widths if same_width else None,
            )
        ]


def _note(text: str, parent: QWidget) -> QLabel:
    """A line of help under a section's fields; it wraps, so a long translation never
    widens the form."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def _numbered(count: int) -> list[str]:
    return [str(n) for n in range(1, count + 1)]


class ChartSection(Section):
    """A bar, line, pie or donut chart. In the data grid the first column holds the
    categories and each other column a series, its name in the first row."""

    kind = "chart"

    def __init__(
        self, number: int, chart: ChartSpec | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(number, parent)
        self._language = chart.language if chart else None
        self.chart_kind = QComboBox(self)
        self.chart_kind.setObjectName("chartKind")
        self.chart_kind.setAccessibleName(self.tr("Chart type"))
        labels = {
            "bar": self.tr("Bars"),
            "line": self.tr("Line"),
            "pie": self.tr("Pie"),
            "donut": self.tr("Donut"),
        }
        for kind in CHART_KINDS:
            self.chart_kind.addItem(labels[kind], kind)
        if chart:
            self.chart_kind.setCurrentIndex(max(self.chart_kind.findData(chart.kind), 0))
        self.chart_kind.currentIndexChanged.connect(self.changed)
        self.form.addRow(self.tr("Chart type"), self.chart_kind)
        self.chart_title = self._line("chartTitle", self.tr("Title"), chart.title if chart else "")
        self.unit = self._line("chartUnit", self.tr("Unit"), chart.unit if chart else "")
        self.source = self._line("chartSource", self.tr("Source"), chart.source if chart else "")
        series = len(chart.series) if chart else 1
        self.series_count = QSpinBox(self)
        self.series_count.setObjectName("chartSeries")
        self.series_count.setAccessibleName(self.tr("Series"))
        self.series_count.setRange(1, max(MAX_SERIES, series))
        self.series_count.setValue(series)
        self.form.addRow(self.tr("Series"), self.series_count)
        self.grid = RowsEditor(self._headers(series), "chartData", parent=self)
        self.grid.table.setAccessibleName(self.tr("Chart data"))
        if chart:
            rows = [[""] + [s.name for s in chart.series]]
            for index, category in enumerate(chart.categories):
                rows.append(
                    [category]
                    + [
                        format_number(s.values[index]) if index < len(s.values) else ""
                        for s in chart.series
                    ]
                )
            self.grid.set_rows(rows)
        else:
            self.grid.set_rows([[""] * (series + 1)])
        self.grid.changed.connect(self.changed)
        self.series_count.valueChanged.connect(self._set_series)
        self.form.addRow(self.grid)
        self.form.addRow(
            _note(
                self.tr(
                    "First row: the series names. Then one row per category: its name, "
                    "then a value per series (empty: no value)."
                ),
                self,
            )
        )
        self._finish()
        self.set_number(number)

    def _headers(self, series: int) -> list[str]:
        return [self.tr("Category")] + [
            self.tr("Series %1").replace("%1", str(n)) for n in range(1, series + 1)
        ]

    def _set_series(self, count: int) -> None:
        width = count + 1
        rows = [cells[:width] + [""] * (width - len(cells)) for cells in self.grid.rows()]
        self.grid.table.setColumnCount(width)
        self.grid.table.setHorizontalHeaderLabels(self._headers(count))
        self.grid.set_rows(rows)

    def title_text(self) -> str:
        return self.tr("Chart")

    def blocks(self) -> list[Block]:
        rows = self.grid.rows()
        names = rows[0][1:] if rows else []
        data = [cells for cells in rows[1:] if any(cell.strip() for cell in cells)]
        if not data:
            return []
        series = [
            Series(name, [parse_number(cells[column]) for cells in data])
            for column, name in enumerate(names, start=1)
        ]
        return [
            ChartSpec(
                kind=self.chart_kind.currentData(),
                title=self.chart_title.text(),
                categories=[cells[0] for cells in data],
                series=series,
                unit=self.unit.text(),
                source=self.source.text(),
                language=self._language,
            )
        ]


class KeptSection(Section):
    """A block the form does not edit (a quote, an image…), shown and kept as it is."""

    kind = "kept"

    def __init__(self, number: int, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(number, parent)
        self._block = block
        names = {
            "Quote": self.tr("Quote"),
            "Image": self.tr("Image"),
            "PageBreak": self.tr("Page break"),
            "Signatures": self.tr("Signatures"),
            "ListBlock": self.tr("List"),
            "Paragraph": self.tr("Paragraph"),
            "Heading": self.tr("Heading"),
        }
        self._name = names.get(type(block).__name__, type(block).__name__)
        label = QLabel(block_text(block) or self.tr("(no text)"), self)
        label.setObjectName("keptText")
        label.setWordWrap(True)
        self.form.addRow(label)
        self.form.addRow(_note(self.tr("Kept as it is; edit it in the document file."), self))
        self._finish()
        self.set_number(number)

    def title_text(self) -> str:
        return self._name

    def blocks(self) -> list[Block]:
        return [self._block]


_TEXT_BLOCKS = (Paragraph, ListBlock, Heading)


def group_blocks(blocks: list[Block]) -> list[tuple[str, object]]:
    """The body's blocks as sections, in order: ("article", (heading, body)),
    ("indicators", row), ("table", table), ("chart", chart) or ("kept", block).

    A level-1 or level-2 heading starts an article, which takes the paragraphs, lists and
    sub-headings after it; text with no heading before it is an article without one."""
    sections: list[tuple[str, object]] = []
    article: list[Block] | None = None
    for block in blocks:
        if isinstance(block, Heading) and block.level <= 2:
            article = []
            sections.append(("article", (block, article)))
        elif isinstance(block, _TEXT_BLOCKS):
            if article is None:
                article = []
                sections.append(("article", (None, article)))
            article.append(block)
        else:
            article = None
            if isinstance(block, IndicatorRow):
                sections.append(("indicators", block))
            elif isinstance(block, ChartSpec):
                sections.append(("chart", block))
            elif isinstance(block, Table):
                sections.append(("table", block))
            else:
                sections.append(("kept", block))
    return sections


class BulletinEditor(DocumentForm):
    """Edits a bulletin; ``document()`` gives the document as the form shows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("bulletinEditor", parent)
        self._base = Document(kind="bulletin", nameplate=Nameplate())
        self._sections: list[Section] = []

        self._build_bulletin()
        self._build_nameplate()
        self._build_body()
        self._layout.addStretch(1)

    # -- building the form ------------------------------------------------------------
    def _check(self, name: str, label: str) -> QCheckBox:
        return check_box(self, name, label, self._emit)

    def _build_bulletin(self) -> None:
        box = QGroupBox(self.tr("Bulletin"), self)
        form = form_layout(box)
        self.title = self._line("title", self.tr("Title"))
        self.date = date_edit(self, "date", self.tr("Date"), self._emit)
        self.language = choice_box(
            self, "language", self.tr("Document language"), LANGUAGE_CHOICES, self._emit
        )
        statuses = [("draft", self.tr("Draft")), ("final", self.tr("Final"))]
        self.status = choice_box(self, "status", self.tr("Status"), statuses, self._emit)
        self.confidential = self._check("confidential", self.tr("Confidential"))
        self.two_columns = self._check("twoColumns", self.tr("Two columns"))
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Document language"), self.language)
        form.addRow(self.tr("Status"), self.status)
        form.addRow("", self.confidential)
        form.addRow("", self.two_columns)
        self._layout.addWidget(box)

    def _build_nameplate(self) -> None:
        box = QGroupBox(self.tr("Nameplate"), self)
        form = form_layout(box)
        self.tagline = self._line("tagline", self.tr("Tagline"))
        self.issue = self._line("issue", self.tr("Issue number"))
        self.period = self._line("period", self.tr("Period"))
        self.period.setPlaceholderText(self.tr("As written, e.g. دجنبر 2025"))
        self.contents = self._check("contents", self.tr("Contents list"))
        form.addRow(self.tr("Tagline"), self.tagline)
        form.addRow(self.tr("Issue number"), self.issue)
        form.addRow(self.tr("Period"), self.period)
        form.addRow("", self.contents)
        self._layout.addWidget(box)

    def _build_body(self) -> None:
        box = QGroupBox(self.tr("Body"), self)
        self._body_layout = QVBoxLayout(box)
        buttons = QGridLayout()  # two by two: narrow enough for any translation
        self.add_article_button = self._add_button("addArticle", self.tr("Add article"), "article")
        self.add_indicators_button = self._add_button(
            "addIndicators", self.tr("Add indicators"), "indicators"
        )
        self.add_table_button = self._add_button("addTable", self.tr("Add table"), "table")
        self.add_chart_button = self._add_button("addChart", self.tr("Add chart"), "chart")
        for index, button in enumerate(
            (
                self.add_article_button,
                self.add_indicators_button,
                self.add_table_button,
                self.add_chart_button,
            )
        ):
            buttons.addWidget(button, index // 2, index % 2)
        buttons.setColumnStretch(2, 1)
        self._body_layout.addLayout(buttons)
        self._layout.addWidget(box)

    def _add_button(self, name: str, text: str, kind: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(lambda: self.add_section(kind))
        return button

    # -- sections ---------------------------------------------------------------------
    @property
    def sections(self) -> list[Section]:
        return list(self._sections)

    def add_section(self, kind: str, value: object = None) -> Section:
        number = len(self._sections) + 1
        body = self.widget()
        if kind == "article":
            heading, blocks = value if value else (None, [])
            section: Section = ArticleSection(number, heading, blocks, body)
        elif kind == "indicators":
            section = IndicatorsSection(number, value, body)
        elif kind == "table":
            section = TableSection(number, value, body)
        elif kind == "chart":
            section = ChartSection(number, value, body)
        else:
            section = KeptSection(number, value, body)
        section.changed.connect(self._emit)
        section.move_requested.connect(self.move_section)
        section.remove_requested.connect(self.remove_section)
        self._sections.append(section)
        # The buttons that add sections stay last.
        self._body_layout.insertWidget(self._body_layout.count() - 1, section)
        if not self._loading:
            first = section.findChild(QLineEdit) or section.findChild(QWidget)
            if first is not None:
                first.setFocus()
        self._emit()
        return section

    def move_section(self, section: Section, step: int) -> None:
        index = self._sections.index(section)
        target = index + step
        if not 0 <= target < len(self._sections):
            return
        self._sections.insert(target, self._sections.pop(index))
        self._body_layout.removeWidget(section)
        self._body_layout.insertWidget(target, section)
        self._renumber()
        self._emit()

    def remove_section(self, section: Section) -> None:
        self._sections.remove(section)
        self._body_layout.removeWidget(section)
        section.hide()
        section.deleteLater()
        self._renumber()
        self._emit()

    def _renumber(self) -> None:
        for number, section in enumerate(self._sections, start=1):
            section.set_number(number)

    # -- document <-> form ------------------------------------------------------------
    def _fill(self, document: Document) -> None:
        self._base = document
        meta = document.metadata
        plate = document.nameplate or Nameplate()
        self.title.setText(meta.title)
        set_date(self.date, meta.date)
        select(self.language, document.language)
        select(self.status, meta.status)
        self.confidential.setChecked(document.confidential)
        self.two_columns.setChecked(document.columns == 2)
        self.tagline.setText(plate.tagline)
        self.issue.setText(plate.issue)
        self.period.setText(plate.period)
        self.contents.setChecked(plate.contents)
        for section in self._sections:
            self._body_layout.removeWidget(section)
            section.hide()
            section.deleteLater()
        self._sections = []
        for kind, value in group_blocks(list(document.blocks)):
            self.add_section(kind, value)

    def document(self) -> Document:
        base = self._base
        language = self.language.currentData()
        metadata = dataclasses.replace(
            base.metadata or Metadata(),
            title=self.title.text(),
            date=self.date.date().toString(DATE_FORMAT),
            status=self.status.currentData(),
        )
        nameplate = dataclasses.replace(
            base.nameplate or Nameplate(),
            tagline=self.tagline.text(),
            issue=self.issue.text(),
            period=self.period.text(),
            contents=self.contents.isChecked(),
        )
        direction = base.direction  # "auto" follows the language by itself
        if language != base.language and direction != "auto":
            direction = "rtl" if language == "ar" else "ltr"
        blocks: list[Block] = []
        for section in self._sections:
            blocks.extend(section.blocks())
        return dataclasses.replace(
            base,
            kind="bulletin",
            language=language,
            direction=direction,
            metadata=metadata,
            confidential=self.confidential.isChecked(),
            columns=2 if self.two_columns.isChecked() else 1,
            nameplate=nameplate,
            blocks=blocks,
        )
