"""Rich text in the editors: paragraphs, headings and lists with bold, italic and underline,
converted to and from document blocks.

Each paragraph takes its direction from its first strong letter unless the user set one
(kept in the block's ``direction``); alignment is a separate setting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from desktop_app.model import Heading, ListBlock, Paragraph, Run

TextBlock = Paragraph | Heading | ListBlock
_DIRECTION_PROPERTY = QTextBlockFormat.Property.UserProperty + 1
_ALIGN_PROPERTY = QTextBlockFormat.Property.UserProperty + 2


def runs_from_fragments(block) -> list[Run]:  # noqa: ANN001 (a QTextBlock)
    runs: list[Run] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid() and fragment.text():
            fmt = fragment.charFormat()
            run = Run(
                fragment.text().replace("\u2029", " ").replace("\u2028", " "),
                bold=fmt.fontWeight() >= QFont.Weight.Bold,
                italic=fmt.fontItalic(),
                underline=fmt.fontUnderline(),
            )
            if runs and _same_style(runs[-1], run):
                runs[-1] = Run(runs[-1].text + run.text, run.bold, run.italic, run.underline)
            else:
                runs.append(run)
        iterator += 1
    return runs


def _same_style(a: Run, b: Run) -> bool:
    return (a.bold, a.italic, a.underline) == (b.bold, b.italic, b.underline)


def blocks_from_document(document: QTextDocument) -> list[TextBlock]:
    """The editor's text as blocks; empty paragraphs are dropped, list items gathered."""
    blocks: list[TextBlock] = []
    current_list = None
    block = document.begin()
    while block.isValid():
        runs = runs_from_fragments(block)
        fmt = block.blockFormat()
        direction = fmt.property(_DIRECTION_PROPERTY) or "auto"
        align = fmt.property(_ALIGN_PROPERTY)
        text_list = block.textList()
        if text_list is not None:
            ordered = text_list.format().style() in (
                QTextListFormat.Style.ListDecimal,
                QTextListFormat.Style.ListLowerAlpha,
            )
            if current_list is None or current_list[0] is not text_list:
                items: list[list[Run]] = []
                current_list = (text_list, items)
                blocks.append(ListBlock(items, ordered=ordered, direction=direction))
            if runs:
                current_list[1].append(runs)
        else:
            current_list = None
            if runs and any(run.text.strip() for run in runs):
                level = fmt.headingLevel()
                if 1 <= level <= 3:
                    blocks.append(Heading(runs, level, align or "start", direction))
                else:
                    blocks.append(Paragraph(runs, align or "justify", direction))
        block = block.next()
    return [b for b in blocks if not isinstance(b, ListBlock) or b.items]


def fill_document(document: QTextDocument, blocks: list) -> None:  # noqa: ANN001
    """Put ``blocks`` (paragraphs, headings, lists) into ``document``."""
    document.clear()
    cursor = QTextCursor(document)
    first = True
    for block in blocks:
        if isinstance(block, ListBlock):
            style = (
                QTextListFormat.Style.ListDecimal
                if block.ordered
                else QTextListFormat.Style.ListDisc
            )
            text_list = None
            for item in block.items:
                if not first:
                    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
                first = False
                if text_list is None:
                    text_list = cursor.createList(style)
                else:
                    text_list.add(cursor.block())
                _insert_runs(cursor, item)
            continue
        if not isinstance(block, Paragraph | Heading):
            continue
        fmt = QTextBlockFormat()
        if isinstance(block, Heading):
            fmt.setHeadingLevel(block.level)
        if block.direction != "auto":
            fmt.setProperty(_DIRECTION_PROPERTY, block.direction)
        fmt.setProperty(_ALIGN_PROPERTY, block.align)
        if first:
            cursor.setBlockFormat(fmt)
        else:
            cursor.insertBlock(fmt, QTextCharFormat())
        first = False
        _insert_runs(cursor, block.runs, bold=isinstance(block, Heading))


def _insert_runs(cursor: QTextCursor, runs: list[Run], bold: bool = False) -> None:
    for run in runs:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if run.bold or bold else QFont.Weight.Normal)
        fmt.setFontItalic(run.italic)
        fmt.setFontUnderline(run.underline)
        cursor.insertText(run.text, fmt)


class RichTextEdit(QTextEdit):
    """A text box whose content is a list of blocks. Each paragraph's direction follows
    its first strong letter (Qt does the same on screen) unless set by hand."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.setAcceptRichText(False)  # pasted text comes in plain; styles from the buttons
        self.setTabChangesFocus(True)
        self.setMinimumHeight(70)
        # What was loaded, given back as it was until the user edits: the form never
        # loses what it cannot show (a run's language, a quote inside deliberations).
        self._loaded: list | None = None
        self._loaded_runs: list[Run] | None = None
        self.textChanged.connect(self._edited)

    @property
    def edited(self) -> bool:
        return self._loaded is None and self._loaded_runs is None

    def _edited(self) -> None:
        self._loaded = None
        self._loaded_runs = None
        self.changed.emit()

    def blocks(self) -> list:
        if self._loaded is not None:
            return list(self._loaded)
        return blocks_from_document(self.document())

    def runs(self) -> list[Run]:
        """All the text as one run list (for single-paragraph fields)."""
        if self._loaded_runs is not None:
            return list(self._loaded_runs)
        out: list[Run] = []
        for block in self.blocks():
            if out:
                out.append(Run(" "))
            if isinstance(block, ListBlock):
                for item in block.items:
                    out.extend(item)
            else:
                out.extend(block.runs)
        return out

    def set_blocks(self, blocks: list) -> None:  # noqa: ANN001
        blocked = self.blockSignals(True)
        fill_document(self.document(), blocks)
        self.blockSignals(blocked)
        self._loaded = list(blocks)
        self._loaded_runs = None

    def set_runs(self, runs: list[Run]) -> None:
        self.set_blocks([Paragraph(list(runs))] if runs else [])
        self._loaded = None
        self._loaded_runs = list(runs)

    # -- formatting commands --------------------------------------------------------
    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.fontWeight() < QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.mergeCurrentCharFormat(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.fontItalic())
        self.mergeCurrentCharFormat(fmt)

    def toggle_underline(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(not self.fontUnderline())
        self.mergeCurrentCharFormat(fmt)

    def set_list(self, ordered: bool) -> None:
        style = QTextListFormat.Style.ListDecimal if ordered else QTextListFormat.Style.ListDisc
        self.textCursor().createList(style)

    def set_heading(self, level: int) -> None:
        cursor = self.textCursor()
        fmt = cursor.blockFormat()
        fmt.setHeadingLevel(level)
        cursor.setBlockFormat(fmt)
        self.changed.emit()

    def set_direction(self, direction: str) -> None:
        """``rtl``, ``ltr`` or ``auto`` (from the first strong letter) for this paragraph."""
        cursor = self.textCursor()
        fmt = cursor.blockFormat()
        fmt.setProperty(_DIRECTION_PROPERTY, direction)
        layout = {
            "rtl": Qt.LayoutDirection.RightToLeft,
            "ltr": Qt.LayoutDirection.LeftToRight,
        }.get(direction, Qt.LayoutDirection.LayoutDirectionAuto)
        fmt.setLayoutDirection(layout)
        cursor.setBlockFormat(fmt)
        self.changed.emit()

    def set_alignment(self, align: str) -> None:
        """``start``, ``end``, ``center`` or ``justify`` for this paragraph."""
        cursor = self.textCursor()
        fmt = cursor.blockFormat()
        fmt.setProperty(_ALIGN_PROPERTY, align)
        qt_align = {
            "start": Qt.AlignmentFlag.AlignLeading,
            "end": Qt.AlignmentFlag.AlignTrailing,
            "center": Qt.AlignmentFlag.AlignHCenter,
            "justify": Qt.AlignmentFlag.AlignJustify,
        }[align]
        fmt.setAlignment(qt_align)
        cursor.setBlockFormat(fmt)
        self.changed.emit()
