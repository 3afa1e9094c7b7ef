"""Rich text in the editors: paragraphs, headings and lists with bold, italic and underline,
converted to and from document blocks.

Each paragraph takes its direction from its first strong letter unless the user set one
(kept in the block's ``direction``); alignment is a separate setting. A run's colour and
language ride along in its character format, so editing the text around them keeps them.
Blocks the box cannot edit (a quote, a table, an image) stay where they were, shown as a
grey line that can be moved or deleted but not typed into.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
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
_KEPT_PROPERTY = QTextBlockFormat.Property.UserProperty + 3  # index of a kept block
_COLOR_PROPERTY = QTextCharFormat.Property.UserProperty + 4  # the run's colour as written
_LANG_PROPERTY = QTextCharFormat.Property.UserProperty + 5
_PLACEHOLDER_COLOR = QColor("#6b6b6b")


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
                color=fmt.property(_COLOR_PROPERTY) or None,
                lang=fmt.property(_LANG_PROPERTY) or None,
            )
            if runs and _same_style(runs[-1], run):
                runs[-1] = dataclasses.replace(runs[-1], text=runs[-1].text + run.text)
            else:
                runs.append(run)
        iterator += 1
    return runs


def _same_style(a: Run, b: Run) -> bool:
    return dataclasses.replace(a, text="") == dataclasses.replace(b, text="")


def blocks_from_document(document: QTextDocument, kept: tuple = ()) -> list:  # noqa: ANN001
    """The editor's text as blocks; empty paragraphs are dropped, list items gathered.
    ``kept``: the blocks the placeholders (see ``fill_document``) stand for."""
    blocks: list = []
    current_list = None
    used: set[int] = set()
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        index = fmt.property(_KEPT_PROPERTY)
        if isinstance(index, int) and 0 <= index < len(kept) and index not in used:
            # A new paragraph begun from a placeholder inherits its format: only the
            # first block of a placeholder stands for the kept block.
            used.add(index)
            current_list = None
            blocks.append(kept[index])
            block = block.next()
            continue
        runs = runs_from_fragments(block)
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


def fill_document(
    document: QTextDocument,
    blocks: list,  # noqa: ANN001
    describe=None,  # noqa: ANN001 (a function: block -> placeholder text)
) -> tuple:
    """Put ``blocks`` into ``document``: paragraphs, headings and lists as text, any other
    block as a placeholder line (``describe`` gives its text). Returns the blocks the
    placeholders stand for, in order."""
    document.clear()
    cursor = QTextCursor(document)
    first = True
    kept: list = []
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
            if describe is None:
                continue
            fmt = QTextBlockFormat()
            fmt.setProperty(_KEPT_PROPERTY, len(kept))
            kept.append(block)
            if first:
                cursor.setBlockFormat(fmt)
            else:
                cursor.insertBlock(fmt, QTextCharFormat())
            first = False
            placeholder = QTextCharFormat()
            placeholder.setForeground(QBrush(_PLACEHOLDER_COLOR))
            placeholder.setFontItalic(True)
            cursor.insertText(describe(block), placeholder)
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
    return tuple(kept)


def _is_placeholder(block) -> bool:  # noqa: ANN001 (a QTextBlock)
    return isinstance(block.blockFormat().property(_KEPT_PROPERTY), int)


def _block_words(block) -> str:  # noqa: ANN001 (a block)
    """Some of a block's text, for its placeholder."""
    runs = getattr(block, "runs", None)
    if runs is not None:
        return "".join(run.text for run in runs)
    rows = getattr(block, "rows", None)
    if rows:
        return " | ".join("".join(run.text for run in cell) for cell in rows[0])
    for name in ("title", "caption", "path"):
        value = getattr(block, name, None)
        if isinstance(value, str):
            return value
        if isinstance(value, list):
            return "".join(run.text for run in value)
    return ""


def _insert_runs(cursor: QTextCursor, runs: list[Run], bold: bool = False) -> None:
    for run in runs:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if run.bold or bold else QFont.Weight.Normal)
        fmt.setFontItalic(run.italic)
        fmt.setFontUnderline(run.underline)
        if run.color:
            fmt.setProperty(_COLOR_PROPERTY, run.color)
            fmt.setForeground(QBrush(QColor(run.color)))
        if run.lang:
            fmt.setProperty(_LANG_PROPERTY, run.lang)
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
        # loses what it cannot show.
        self._loaded: list | None = None
        self._loaded_runs: list[Run] | None = None
        self._kept: tuple = ()
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
        return blocks_from_document(self.document(), self._kept)

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
        self._kept = fill_document(self.document(), blocks, self._describe)
        self.blockSignals(blocked)
        self._loaded = list(blocks)
        self._loaded_runs = None

    def _describe(self, block) -> str:  # noqa: ANN001 (a block)
        """The placeholder line of a block the box cannot edit."""
        kinds = {
            "Quote": self.tr("Quote"),
            "Table": self.tr("Table"),
            "Image": self.tr("Image"),
            "ChartSpec": self.tr("Chart"),
            "IndicatorRow": self.tr("Indicators"),
            "Signatures": self.tr("Signatures"),
            "PageBreak": self.tr("Page break"),
        }
        kind = kinds.get(type(block).__name__, type(block).__name__)
        sample = " ".join(_block_words(block).split())
        if len(sample) > 48:
            sample = sample[:47] + "…"
        return f"⟦{kind}{': ' + sample if sample else ''}⟧"

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 (Qt)
        """A placeholder line is not typed into: typing there begins a new paragraph after
        it, and Backspace or Delete removes the whole kept block."""
        cursor = self.textCursor()
        if not _is_placeholder(cursor.block()) or cursor.hasSelection():
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            cursor.removeSelectedText()
            if _is_placeholder(cursor.block()) and cursor.block().text() == "":
                cursor.setBlockFormat(QTextBlockFormat())
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or (
            event.text() and event.text().isprintable()
        ):
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            self.setTextCursor(cursor)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return
        super().keyPressEvent(event)

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
