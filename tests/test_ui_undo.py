"""Undo and redo across the whole form: Ctrl+Z takes back the last change wherever it was
made (a field, a table row, an added agenda item), and puts the cursor back there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desktop_app.ui.edit_history import MERGE_SECONDS, EditHistory
from desktop_app.ui.form_undo import TYPING_PAUSE_MS

from .pdf_text import normalise, pdftotext
from .test_ui_minutes import fill_row, type_into


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def undo(qtbot) -> None:
    press(qtbot, Qt.Key.Key_Z)


def redo(qtbot) -> None:
    press(
        qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )


def test_history_merges_one_field_typed_in_a_burst() -> None:
    history = EditHistory("")
    history.record("a", "title", 1, now=10.0)
    history.record("ab", "title", 2, now=10.5)
    history.record("abc", "reference", 1, now=10.6)  # another field: another step
    history.record("abcd", "reference", 2, now=10.6 + MERGE_SECONDS)  # after a pause
    assert history.undo()[0].state == "abc"
    assert history.undo()[0].state == "ab"
    assert history.undo()[0].state == ""
    assert history.undo() is None
    assert history.redo().state == "ab"


def test_history_forgets_what_was_undone_once_something_new_is_typed() -> None:
    history = EditHistory(0, max_steps=3)
    for value in (1, 2, 3, 4):
        history.record(value, "", 0, now=float(value))
    assert not history.record(4, "", 0)  # nothing changed, no step
    assert history.undo()[0].state == 3
    assert history.record(5, "", 0, now=9.0)
    assert not history.can_redo
    assert history.undo()[0].state == 3
    assert history.undo()[0].state == 2  # the oldest were dropped
    assert history.undo() is None


def test_ctrl_z_walks_back_across_fields_and_ctrl_shift_z_forward(qtbot, window) -> None:
    qtbot.mouseClick(window.start.new_minutes_button, Qt.MouseButton.LeftButton)
    editor = window.minutes_editor
    assert not window.undo_action.isEnabled()
    type_into(qtbot, editor.title, "محضر لجنة التتبع")
    type_into(qtbot, editor.reference, "7/2026")
    assert window.undo_action.isEnabled()

    undo(qtbot)
    assert editor.reference.text() == ""
    assert editor.title.text() == "محضر لجنة التتبع"
    assert QApplication.focusWidget() is editor.reference  # where the change was
    undo(qtbot)
    assert editor.title.text() == ""
    assert QApplication.focusWidget() is editor.title
    assert not window.undo_action.isEnabled()
    assert window.redo_action.isEnabled()

    redo(qtbot)
    assert editor.title.text() == "محضر لجنة التتبع"
    assert editor.title.cursorPosition() == len("محضر لجنة التتبع")
    redo(qtbot)
    assert window.document().metadata.reference == "7/2026"
    assert not window.redo_action.isEnabled()


def test_an_added_agenda_item_and_a_table_row_are_steps_too(qtbot, window) -> None:
    qtbot.mouseClick(window.start.new_minutes_button, Qt.MouseButton.LeftButton)
    editor = window.minutes_editor
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, editor.agenda_cards[0].title, "تتبع البرنامج")
    type_into(qtbot, editor.agenda_cards[0].deliberations, "صادقت اللجنة على الحصيلة.")
    qtbot.mouseClick(editor.members.add_button, Qt.MouseButton.LeftButton)
    fill_row(qtbot, editor.members.table, 0, ["سناء الوزاني"])
    assert [m.name for m in window.document().minutes.members] == ["سناء الوزاني"]

    undo(qtbot)  # the name typed in the cell, and its row: an empty row is no member
    assert editor.members.rows() == []
    undo(qtbot)  # the deliberations, though their text box has an undo of its own
    card = editor.agenda_cards[0]
    assert card.deliberations.toPlainText() == ""
    assert QApplication.focusWidget() is card.deliberations
    undo(qtbot)
    assert editor.agenda_cards[0].title.text() == ""
    undo(qtbot)
    assert editor.agenda_cards == []

    redo(qtbot)
    redo(qtbot)
    redo(qtbot)
    item = window.document().minutes.agenda[0]
    assert "".join(run.text for run in item.title) == "تتبع البرنامج"
    assert "".join(run.text for run in item.deliberations[0].runs) == "صادقت اللجنة على الحصيلة."


def test_undo_after_a_save_marks_the_document_changed_and_the_preview_follows(
    qtbot, window, tmp_path
) -> None:
    qtbot.mouseClick(window.start.new_minutes_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, window.minutes_editor.body, "لجنة التتبع")
    type_into(qtbot, window.minutes_editor.place, "الرباط")
    assert window.save_to(tmp_path / "minutes.taqrir.json")
    assert not window.modified
    qtbot.waitUntil(lambda: not window.preview.busy, timeout=10000)
    assert "الرباط" in normalise(pdftotext(Path(window.preview.pdf_path())))

    with qtbot.waitSignal(window.preview.updated, timeout=10000):
        undo(qtbot)
    assert window.modified
    assert window.windowTitle().startswith("*")
    text = normalise(pdftotext(Path(window.preview.pdf_path())))
    assert "لجنة التتبع" in text
    assert "الرباط" not in text


def test_a_removed_bulletin_section_comes_back_with_its_text(qtbot, window) -> None:
    qtbot.mouseClick(window.start.new_bulletin_button, Qt.MouseButton.LeftButton)
    editor = window.bulletin_editor
    for heading in ("الافتتاحية", "أبرز المؤشرات"):
        qtbot.mouseClick(editor.add_article_button, Qt.MouseButton.LeftButton)
        type_into(qtbot, editor.sections[-1].heading, heading)
    qtbot.mouseClick(editor.sections[0].remove_button, Qt.MouseButton.LeftButton)
    assert [s.heading.text() for s in editor.sections] == ["أبرز المؤشرات"]
    qtbot.mouseClick(editor.sections[0].down_button, Qt.MouseButton.LeftButton)  # no-op
    undo(qtbot)
    assert [s.heading.text() for s in editor.sections] == ["الافتتاحية", "أبرز المؤشرات"]
    redo(qtbot)
    assert [s.heading.text() for s in editor.sections] == ["أبرز المؤشرات"]


def test_an_item_removed_from_the_keyboard_is_a_step_and_undoes(qtbot, window) -> None:
    qtbot.mouseClick(window.start.new_minutes_button, Qt.MouseButton.LeftButton)
    editor = window.minutes_editor
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, editor.agenda_cards[0].title, "تتبع البرنامج")
    remove = editor.agenda_cards[0].findChild(QPushButton, "agendaRemove1")
    remove.setFocus()
    qtbot.keyClick(remove, Qt.Key.Key_Space)  # the button is gone before the step is kept
    assert editor.agenda_cards == []
    qtbot.wait(TYPING_PAUSE_MS + 100)  # the pending step is recorded from the event loop
    editor.setFocus()
    undo(qtbot)
    assert [card.title.text() for card in editor.agenda_cards] == ["تتبع البرنامج"]
