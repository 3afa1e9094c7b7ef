"""The minutes (محضر) form: the meeting, who attended, the agenda with its deliberations,
decisions, follow-up actions, the closing and the signatures."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import Document, Metadata, Paragraph, Run
from desktop_app.model.document import MAX_SIGNERS, Signer, runs_text
from desktop_app.model.minutes import (
    Action,
    AgendaItem,
    Member,
    Minutes,
    Person,
)

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
from .table_editor import DATE_FORMAT, RowsEditor, left_to_right_format


class AgendaItemCard(QGroupBox):
    """One agenda item: its title and the deliberations under it."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, number: int, item: AgendaItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(self)
        self.title.setObjectName(f"agendaTitle{number}")
        self.title.setAccessibleName(self.tr("Agenda item title"))
        self._loaded_title = list(item.title)
        self.title.setText("".join(run.text for run in item.title))
        self.deliberations = RichTextEdit(f"agendaDeliberations{number}", self)
        self.deliberations.setAccessibleName(self.tr("Deliberations"))
        self.deliberations.setPlaceholderText(self.tr("Deliberations on this item"))
        self.deliberations.set_blocks(item.deliberations)
        remove = QPushButton(self.tr("Remove item"), self)
        remove.setObjectName(f"agendaRemove{number}")
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        form = form_layout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Deliberations"), self.deliberations)
        form.addRow("", remove)
        self.title.textChanged.connect(self.changed)
        self.deliberations.changed.connect(self.changed)
        self.set_number(number)

    def set_number(self, number: int) -> None:
        self.setTitle(self.tr("Item %1").replace("%1", str(number)))

    def item(self) -> AgendaItem:
        title = [Run(self.title.text())] if self.title.text() else []
        if self.title.text() == "".join(run.text for run in self._loaded_title):
            title = list(self._loaded_title)  # unchanged: its styles stay
        return AgendaItem(title, self.deliberations.blocks())


class MinutesEditor(DocumentForm):
    """Edits a minutes document; ``document()`` gives the document as the form shows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("minutesEditor", parent)
        self._base = Document(kind="minutes", minutes=Minutes())
        self._cards: list[AgendaItemCard] = []

        self._build_meeting()
        self._build_people()
        self._build_agenda()
        self._build_outcomes()
        self._build_signatures()
        self._layout.addStretch(1)

    # -- building the form ------------------------------------------------------------
    def _build_meeting(self) -> None:
        box = QGroupBox(self.tr("Meeting"), self)
        form = form_layout(box)
        self.title = self._line("title", self.tr("Title"))
        self.reference = self._line("reference", self.tr("Reference"))
        self.body = self._line("body", self.tr("Meeting body"))
        self.session = self._line("session", self.tr("Session"))
        self.date = date_edit(self, "date", self.tr("Date"), self._emit)
        self.hijri = self._line("hijri", self.tr("Hijri date"))
        self.hijri.setPlaceholderText(self.tr("As announced, e.g. 27 جمادى الآخرة 1447"))
        self.place = self._line("place", self.tr("Place"))
        self.start_time = self._time("startTime", self.tr("Start time"), QTime(10, 0))
        self.end_time = self._time("endTime", self.tr("End time"), QTime(12, 0))
        times = QHBoxLayout()
        times.addWidget(self.start_time)
        times.addWidget(self.end_time)
        self.language = choice_box(
            self, "language", self.tr("Document language"), LANGUAGE_CHOICES, self._emit
        )
        statuses = [("draft", self.tr("Draft")), ("final", self.tr("Final"))]
        self.status = choice_box(self, "status", self.tr("Status"), statuses, self._emit)
        self.confidential = check_box(self, "confidential", self.tr("Confidential"), self._emit)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Meeting body"), self.body)
        form.addRow(self.tr("Session"), self.session)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Hijri date"), self.hijri)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("From / to"), times)
        form.addRow(self.tr("Document language"), self.language)
        form.addRow(self.tr("Status"), self.status)
        form.addRow("", self.confidential)
        self._layout.addWidget(box)

    def _time(self, name: str, label: str, value: QTime) -> QTimeEdit:
        edit = QTimeEdit(value, self)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        edit.setDisplayFormat(left_to_right_format("HH:mm"))
        edit.timeChanged.connect(self._emit)
        return edit

    def _build_people(self) -> None:
        box = QGroupBox(self.tr("Chair and rapporteur"), self)
        form = form_layout(box)
        self.chair = [self._line(f"chair{part}", self.tr("Chair")) for part in _PERSON_PARTS]
        self.rapporteur = [
            self._line(f"rapporteur{part}", self.tr("Rapporteur")) for part in _PERSON_PARTS
        ]
        for label, edits in (
            (self.tr("Chair"), self.chair),
            (self.tr("Rapporteur"), self.rapporteur),
        ):
            row = QHBoxLayout()
            for edit, placeholder in zip(edits, self._person_placeholders(), strict=True):
                edit.setPlaceholderText(placeholder)
                row.addWidget(edit)
            form.addRow(label, row)
        self._layout.addWidget(box)

        members = QGroupBox(self.tr("Members"), self)
        column = QVBoxLayout(members)
        attendance = [
            ("present", self.tr("Present")),
            ("excused", self.tr("Excused")),
            ("absent", self.tr("Absent")),
        ]
        self.members = RowsEditor(
            [self.tr("Name"), self.tr("Role"), self.tr("Institution"), self.tr("Attendance")],
            "members",
            choices={3: attendance},
            parent=members,
        )
        self.members.table.setAccessibleName(self.tr("Members"))
        self.members.changed.connect(self._emit)
        self.quorum = RichTextEdit("quorum", members)
        self.quorum.setAccessibleName(self.tr("Quorum"))
        self.quorum.setMaximumHeight(90)
        self.quorum.changed.connect(self._emit)
        self.quorum.setPlaceholderText(self.tr("Leave empty to state it from the attendance"))
        column.addWidget(self.members)
        column.addWidget(self.quorum)
        self._layout.addWidget(members)

    def _person_placeholders(self) -> list[str]:
        return [self.tr("Name"), self.tr("Role"), self.tr("Institution")]

    def _build_agenda(self) -> None:
        box = QGroupBox(self.tr("Agenda and deliberations"), self)
        self._agenda_layout = QVBoxLayout(box)
        self.add_item_button = QPushButton(self.tr("Add agenda item"), box)
        self.add_item_button.setObjectName("agendaAdd")
        self.add_item_button.clicked.connect(lambda: self._add_card(AgendaItem(), focus=True))
        self._agenda_layout.addWidget(self.add_item_button)
        self._layout.addWidget(box)

    def _build_outcomes(self) -> None:
        box = QGroupBox(self.tr("Decisions, follow-up and closing"), self)
        form = form_layout(box)
        self.decisions = RichTextEdit("decisions", box)
        self.decisions.setAccessibleName(self.tr("Decisions"))
        self.decisions.setPlaceholderText(self.tr("One decision per line"))
        self.decisions.changed.connect(self._emit)
        statuses = [
            ("planned", self.tr("Planned")),
            ("in_progress", self.tr("In progress")),
            ("done", self.tr("Done")),
            ("not_started", self.tr("Not started")),
        ]
        self.actions = RowsEditor(
            [self.tr("Action"), self.tr("Responsible"), self.tr("Deadline"), self.tr("Status")],
            "actions",
            choices={3: statuses},
            date_columns=(2,),
            parent=box,
        )
        self.actions.table.setAccessibleName(self.tr("Follow-up actions"))
        self.actions.changed.connect(self._emit)
        self.closing = RichTextEdit("closing", box)
        self.closing.setAccessibleName(self.tr("Closing"))
        self.closing.changed.connect(self._emit)
        self.annex = check_box(box, "annex", self.tr("Attendance sheet in an annex"), self._emit)
        self.annex.setChecked(True)
        form.addRow(self.tr("Decisions"), self.decisions)
        form.addRow(self.tr("Follow-up actions"), self.actions)
        form.addRow(self.tr("Closing"), self.closing)
        form.addRow("", self.annex)
        self._layout.addWidget(box)

    def _build_signatures(self) -> None:
        box = QGroupBox(self.tr("Signatures"), self)
        column = QVBoxLayout(box)
        note = QLabel(
            self.tr(
                "Who signs, side by side (up to three). Leave empty for the chair and "
                "the rapporteur."
            ),
            box,
        )
        note.setWordWrap(True)
        self.signers = RowsEditor(
            [self.tr("Title"), self.tr("Name")], "signers", max_rows=MAX_SIGNERS, parent=box
        )
        self.signers.table.setAccessibleName(self.tr("Signatures"))
        self.signers.table.setMinimumHeight(110)
        self.signers.changed.connect(self._emit)
        column.addWidget(note)
        column.addWidget(self.signers)
        self._layout.addWidget(box)

    # -- agenda cards -----------------------------------------------------------------
    def _add_card(self, item: AgendaItem, focus: bool = False) -> AgendaItemCard:
        card = AgendaItemCard(len(self._cards) + 1, item, self)
        card.changed.connect(self._emit)
        card.remove_requested.connect(self._remove_card)
        self._cards.append(card)
        self._agenda_layout.insertWidget(self._agenda_layout.count() - 1, card)
        if focus:
            card.title.setFocus()
        self._emit()
        return card

    def _remove_card(self, card: AgendaItemCard) -> None:
        self._cards.remove(card)
        self._drop_card(card)
        for number, other in enumerate(self._cards, start=1):
            other.set_number(number)
        self._emit()

    def _drop_card(self, card: AgendaItemCard) -> None:
        """Gone from the form at once (deleteLater waits for the event loop)."""
        self._agenda_layout.removeWidget(card)
        card.hide()
        card.deleteLater()

    @property
    def agenda_cards(self) -> list[AgendaItemCard]:
        return list(self._cards)

    # -- document <-> form ------------------------------------------------------------
    def _fill(self, document: Document) -> None:
        self._base = document
        minutes = document.minutes or Minutes()
        meta = document.metadata
        self.title.setText(meta.title)
        self.reference.setText(meta.reference)
        set_date(self.date, meta.date)
        self.body.setText(minutes.body)
        self.session.setText(minutes.session)
        self.hijri.setText(minutes.hijri_date)
        self.place.setText(minutes.place)
        for edit, value in (
            (self.start_time, minutes.start_time),
            (self.end_time, minutes.end_time),
        ):
            time = QTime.fromString(value, "HH:mm")
            if time.isValid():
                edit.setTime(time)
        select(self.language, document.language)
        select(self.status, meta.status)
        self.confidential.setChecked(document.confidential)
        for edits, person in (
            (self.chair, minutes.chair),
            (self.rapporteur, minutes.rapporteur),
        ):
            for edit, value in zip(
                edits, (person.name, person.role, person.institution), strict=True
            ):
                edit.setText(value)
                edit.setCursorPosition(0)  # the start of a long name, not its end
        self.members.set_rows(
            [[m.name, m.role, m.institution, m.attendance] for m in minutes.members]
        )
        self.quorum.set_runs(minutes.quorum)
        for card in self._cards:
            self._drop_card(card)
        self._cards = []
        for item in minutes.agenda:
            self._add_card(item)
        self.decisions.set_blocks([Paragraph(list(d)) for d in minutes.decisions])
        self.actions.set_rows(
            [
                ["".join(r.text for r in a.action), a.responsible, a.deadline, a.status]
                for a in minutes.actions
            ]
        )
        self.closing.set_runs(minutes.closing)
        self.annex.setChecked(minutes.attendance_annex)
        self.signers.set_rows([[runs_text(s.title), runs_text(s.name)] for s in minutes.signers])

    def document(self) -> Document:
        base = self._base
        base_minutes = base.minutes or Minutes()
        language = self.language.currentData()
        metadata = (
            dataclasses.replace(
                base.metadata,
                title=self.title.text(),
                reference=self.reference.text(),
                date=self.date.date().toString(DATE_FORMAT),
                status=self.status.currentData(),
            )
            if base.metadata
            else Metadata()
        )
        members = [
            Member(name, role, institution, attendance or "present")
            for name, role, institution, attendance in self.members.rows()
            if name.strip()
        ]
        actions = [
            Action([Run(text)], responsible, deadline, status or "planned")
            for text, responsible, deadline, status in self.actions.rows()
            if text.strip()
        ]
        minutes = dataclasses.replace(
            base_minutes,
            body=self.body.text(),
            session=self.session.text(),
            hijri_date=self.hijri.text(),
            place=self.place.text(),
            start_time=self.start_time.time().toString("HH:mm"),
            end_time=self.end_time.time().toString("HH:mm"),
            chair=Person(*(edit.text() for edit in self.chair)),
            rapporteur=Person(*(edit.text() for edit in self.rapporteur)),
            members=members,
            quorum=self.quorum.runs(),
            agenda=[card.item() for card in self._cards],
            decisions=_lines(self.decisions),
            actions=actions,
            closing=self.closing.runs(),
            attendance_annex=self.annex.isChecked(),
            signers=self._signers(base_minutes.signers),
        )
        return dataclasses.replace(
            base,
            kind="minutes",
            language=language,
            direction="rtl" if language == "ar" else "ltr",
            metadata=metadata,
            confidential=self.confidential.isChecked(),
            minutes=minutes,
        )

    def _signers(self, loaded: list[Signer]) -> list[Signer]:
        signers = []
        for row, (title, name) in enumerate(self.signers.rows()):
            if not (title.strip() or name.strip()):
                continue
            before = loaded[row] if row < len(loaded) else Signer()
            signers.append(
                Signer(runs_as_typed(title, before.title), runs_as_typed(name, before.name))
            )
        return signers


_PERSON_PARTS = ("Name", "Role", "Institution")


def _lines(edit: RichTextEdit) -> list[list[Run]]:
    """One run list per paragraph or list item: a decision per line."""
    out: list[list[Run]] = []
    for block in edit.blocks():
        items = block.items if hasattr(block, "items") else [block.runs]
        out.extend(list(item) for item in items if item)
    return out
