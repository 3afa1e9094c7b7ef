"""The rich text boxes give back what they were given, once edited too: a run's colour and
language, and a quote or a table in its place among the paragraphs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from desktop_app.model import Paragraph, Quote, Run, Table
from desktop_app.ui.rich_text import RichTextEdit

DELIBERATIONS = [
    Paragraph([Run("افتتح الرئيس الجلسة.")]),
    Quote([Run("إن الصناعة التقليدية رافعة للتنمية.")], [Run("كلمة المدير العام")]),
    Paragraph(
        [
            Run("وأكد على برنامج "),
            Run("Label Maroc", italic=True, lang="fr"),
            Run(" و"),
            Run("النتائج القياسية", bold=True, color="#C0392B"),
            Run("."),
        ]
    ),
    Table([[[Run("المؤشر")], [Run("2025")]], [[Run("الصادرات")], [Run("1200")]]]),
]


def box(qtbot) -> RichTextEdit:
    edit = RichTextEdit("deliberations")
    qtbot.addWidget(edit)
    edit.show()
    edit.activateWindow()
    qtbot.waitActive(edit)
    edit.set_blocks(DELIBERATIONS)
    edit.setFocus()
    return edit


def put_cursor(edit: RichTextEdit, block: int, at_end: bool = True) -> None:
    cursor = QTextCursor(edit.document().findBlockByNumber(block))
    if at_end:
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    edit.setTextCursor(cursor)


def key(edit: RichTextEdit, text: str = "", code: Qt.Key = Qt.Key.Key_unknown) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(edit, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text))


def test_unedited_blocks_come_back_as_they_were(qtbot) -> None:
    assert box(qtbot).blocks() == DELIBERATIONS


def test_after_an_edit_colours_languages_and_kept_blocks_stay_in_place(qtbot) -> None:
    edit = box(qtbot)
    put_cursor(edit, 0)
    for character in " وبعد التحية":
        key(edit, character)
    blocks = edit.blocks()
    assert edit.edited
    assert blocks[0] == Paragraph([Run("افتتح الرئيس الجلسة. وبعد التحية")])
    assert blocks[1] is DELIBERATIONS[1]  # the quote, where it was
    assert blocks[2].runs == DELIBERATIONS[2].runs  # colour and language kept
    assert blocks[3] is DELIBERATIONS[3]


def test_a_placeholder_line_is_not_typed_into_and_deletes_as_a_whole(qtbot) -> None:
    edit = box(qtbot)
    assert edit.document().findBlockByNumber(1).text().startswith("⟦")
    put_cursor(edit, 1, at_end=False)
    for character in "ثم":
        key(edit, character)
    blocks = edit.blocks()
    assert blocks[1] is DELIBERATIONS[1]
    assert blocks[2] == Paragraph([Run("ثم")])  # a new paragraph after the quote
    put_cursor(edit, 1)
    key(edit, code=Qt.Key.Key_Backspace)
    assert [type(b).__name__ for b in edit.blocks()] == [
        "Paragraph",
        "Paragraph",
        "Paragraph",
        "Table",
    ]
    assert Quote not in [type(b) for b in edit.blocks()]
