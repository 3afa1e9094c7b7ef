"""The desktop app, driven like a user: create minutes from nothing by typing and
clicking, watch the preview follow, export the PDF and read it back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from desktop_app.model import load_document

from .pdf_text import normalise, pdftotext


def type_text(widget, text: str, follow_focus: bool = False) -> None:
    """Key presses carrying each character, as an Arabic keyboard sends them (QTest's
    key clicks know only ASCII). ``follow_focus``: after the first key, to whatever took
    the focus (the editor a table opens for the cell)."""
    for character in text:
        target = (QApplication.focusWidget() if follow_focus else None) or widget
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(target, event)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    type_text(widget, text)


def fill_row(qtbot, table, row: int, cells: list[str]) -> None:
    """Type into each cell as a user would: select it, type (which opens the cell's
    editor), confirm with Return; a choice is picked from the cell's list."""
    for column, text in enumerate(cells):
        table.setFocus()
        table.setCurrentCell(row, column)
        if column in (3,):
            qtbot.keyClick(table, Qt.Key.Key_F2)
            editor = QApplication.focusWidget()
            assert isinstance(editor, QComboBox), editor
            editor.setCurrentIndex(editor.findText(text))
        else:
            type_text(table, text, follow_focus=True)
            editor = QApplication.focusWidget()
            assert isinstance(editor, QLineEdit), editor
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.wait(10)  # the delegate commits the edit from the event loop


def test_minutes_typed_from_scratch_export_to_the_pdf(qtbot, window, tmp_path: Path) -> None:
    qtbot.mouseClick(window.start.new_minutes_button, Qt.MouseButton.LeftButton)
    editor = window.minutes_editor
    assert window.pages.currentWidget() is window.workspace

    type_into(qtbot, editor.title, "محضر اجتماع لجنة التتبع")
    type_into(qtbot, editor.reference, "7/2026")
    type_into(qtbot, editor.body, "لجنة التتبع")
    type_into(qtbot, editor.session, "الاجتماع الأول")
    type_into(qtbot, editor.place, "مقر المؤسسة بالرباط")
    type_into(qtbot, editor.chair[0], "سناء الوزاني")
    type_into(qtbot, editor.rapporteur[0], "إدريس العمراني")

    qtbot.mouseClick(editor.members.add_button, Qt.MouseButton.LeftButton)
    fill_row(qtbot, editor.members.table, 0, ["سناء الوزاني", "رئيسة", "دار الصانع", "Present"])
    QGuiApplication.clipboard().setText(
        "إدريس العمراني\tكاتب عام\tدار الصانع\tPresent\nليلى التازي\tممثلة\tغرفة فاس\tExcused\n"
    )
    qtbot.mouseClick(editor.members.paste_button, Qt.MouseButton.LeftButton)
    assert editor.members.rows()[2] == ["ليلى التازي", "ممثلة", "غرفة فاس", "excused"]

    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    card = editor.agenda_cards[0]
    type_into(qtbot, card.title, "تتبع برنامج التكوين")
    type_into(qtbot, card.deliberations, "صادقت اللجنة على حصيلة التكوين بنسبة 87%.")
    type_into(qtbot, editor.decisions, "مواصلة البرنامج سنة 2026")

    qtbot.mouseClick(editor.actions.add_button, Qt.MouseButton.LeftButton)
    fill_row(qtbot, editor.actions.table, 0, ["إعداد التقرير", "الكتابة العامة"])
    type_into(qtbot, editor.closing, "ورفعت الجلسة على الساعة الثانية عشرة.")

    # The preview follows the typing, in its worker, a short pause after the last key.
    qtbot.waitUntil(lambda: not window.preview.busy and window.preview.pages >= 1, timeout=20000)
    assert window.preview.last_error == ""

    target = tmp_path / "minutes.pdf"
    job = window.export_to(target)
    with qtbot.waitSignal(job.finished, timeout=20000):
        pass
    assert target.exists(), window.last_message
    text = normalise(pdftotext(target))
    for expected in (
        "محضر اجتماع لجنة التتبع",
        "المرجع: 7/2026",
        "ترأس الاجتماع: سناء الوزاني",
        "ليلى التازي",
        "الأعضاء المعتذرون",
        "البند الأول: تتبع برنامج التكوين",
        "صادقت اللجنة على حصيلة التكوين بنسبة 87%.",
        "مواصلة البرنامج سنة 2026",
        "إعداد التقرير",
        "ورفعت الجلسة على الساعة الثانية عشرة.",
        "رئيسة الجلسة" if False else "رئيس الجلسة",
    ):
        assert expected in text, expected

    saved = tmp_path / "minutes.taqrir.json"
    assert window.save_to(saved)
    document = load_document(saved)
    assert document.minutes.members[2].attendance == "excused"
    assert document.minutes.agenda[0].deliberations[0].runs[0].text.endswith("87%.")
    assert "Saved at" in window.saved_label.text() or "حفظ" in window.saved_label.text()


def test_a_document_opens_edits_and_keeps_what_the_form_does_not_show(
    qtbot, window, tmp_path: Path
) -> None:
    sample = Path(__file__).resolve().parents[1] / "resources" / "samples"
    source = sample / "minutes-board-maison-artisan.ar.taqrir.json"
    assert window.open_path(source)
    original = load_document(source)
    assert window.document().minutes == original.minutes
    assert window.document().metadata == original.metadata


def test_a_broken_file_is_named_and_the_app_goes_on(qtbot, window, tmp_path: Path) -> None:
    broken = tmp_path / "broken.taqrir.json"
    broken.write_text('{"format": "taqrir-document", "schema_version": 2, "blocks": 3}')
    assert not window.open_path(broken)
    assert "broken.taqrir.json" in window.last_message and "blocks" in window.last_message
    assert window.pages.currentWidget() is window.start


def test_a_bulletin_with_its_charts_opens_previews_and_exports(qtbot, window, tmp_path) -> None:
    sample = Path(__file__).resolve().parents[1] / "resources" / "samples"
    assert window.open_path(sample / "bulletin-artisanat-2025-11.ar.taqrir.json")
    assert window.editors.currentWidget() is window.bulletin_editor
    qtbot.waitUntil(lambda: not window.preview.busy and window.preview.pages >= 4, timeout=30000)
    type_into(qtbot, window.bulletin_editor.title, " — عدد خاص")
    assert window.modified
    target = tmp_path / "bulletin.pdf"
    job = window.export_to(target)
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    text = normalise(pdftotext(target))
    for expected in ("عدد خاص", "أبرز المؤشرات", "الفخار والحجر", "116,8"):
        assert expected in text, expected


def test_new_bulletin_starts_the_bulletin_form(qtbot, window) -> None:
    qtbot.mouseClick(window.start.new_bulletin_button, Qt.MouseButton.LeftButton)
    assert window.editors.currentWidget() is window.bulletin_editor
    assert window.document().kind == "bulletin"
    assert window.document().nameplate is not None


def test_the_format_bar_styles_the_text_being_edited(qtbot, window) -> None:
    window.new_minutes()
    qtbot.mouseClick(window.minutes_editor.add_item_button, Qt.MouseButton.LeftButton)
    box = window.minutes_editor.agenda_cards[0].deliberations
    type_into(qtbot, box, "Le comité a validé la liste.")
    box.selectAll()
    bar = window.format_bar
    bar.bold.trigger()
    bar.direction.setCurrentIndex(bar.direction.findData("ltr"))
    bar.direction.activated.emit(bar.direction.currentIndex())
    bar.alignment.setCurrentIndex(bar.alignment.findData("center"))
    bar.alignment.activated.emit(bar.alignment.currentIndex())
    (paragraph,) = window.document().minutes.agenda[0].deliberations
    assert [run.bold for run in paragraph.runs] == [True]
    assert paragraph.runs[0].text == "Le comité a validé la liste."
    assert (paragraph.direction, paragraph.align) == ("ltr", "center")
    bar.numbers.trigger()
    (listed,) = window.document().minutes.agenda[0].deliberations
    assert listed.ordered and listed.items[0][0].text == "Le comité a validé la liste."


def test_signers_typed_in_the_form_sign_the_pdf(qtbot, window, tmp_path: Path) -> None:
    qtbot.mouseClick(window.start.new_minutes_button, Qt.MouseButton.LeftButton)
    editor = window.minutes_editor
    type_into(qtbot, editor.chair[0], "سناء الوزاني")
    for row, (title, name) in enumerate(
        (
            ("المديرة العامة", "سناء الوزاني"),
            ("الكاتب العام", "إدريس العمراني"),
            ("ممثل الوزارة", "كريم بناني"),
        )
    ):
        qtbot.mouseClick(editor.signers.add_button, Qt.MouseButton.LeftButton)
        fill_row(qtbot, editor.signers.table, row, [title, name])
    assert not editor.signers.add_button.isEnabled()  # a signature line holds three
    signers = window.document().minutes.signers
    assert [("".join(r.text for r in s.title), "".join(r.text for r in s.name)) for s in signers][
        2
    ] == ("ممثل الوزارة", "كريم بناني")

    target = tmp_path / "minutes.pdf"
    job = window.export_to(target)
    qtbot.waitUntil(job.isFinished, timeout=20000)
    assert target.exists(), window.last_message
    text = normalise(pdftotext(target))
    for expected in ("المديرة العامة", "الكاتب العام", "ممثل الوزارة", "كريم بناني"):
        assert expected in text
    assert "رئيس الجلسة" not in text  # the named signers replace the default titles

    editor.signers.table.selectRow(2)
    qtbot.mouseClick(editor.signers.remove_button, Qt.MouseButton.LeftButton)
    assert editor.signers.add_button.isEnabled()
    assert len(window.document().minutes.signers) == 2
