"""Meeting minutes (محضر) as structured fields, and their expansion into blocks.

Officials fill a known shape: who met, when and where, who attended, the agenda and
its deliberations, the decisions and the follow-up actions. ``minutes_blocks`` turns
those fields into ordinary document blocks in the document's language, so the PDF
builder sets them like any other text.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from .document import (
    Block,
    Document,
    Heading,
    ListBlock,
    PageBreak,
    Paragraph,
    Run,
    Signatures,
    Signer,
    Table,
)

Attendance = Literal["present", "absent", "excused"]
ActionStatus = Literal["planned", "in_progress", "done", "not_started"]
ATTENDANCES: tuple[str, ...] = get_args(Attendance)
ACTION_STATUSES: tuple[str, ...] = get_args(ActionStatus)


@dataclass
class Person:
    name: str = ""
    role: str = ""
    institution: str = ""


@dataclass
class Member(Person):
    attendance: Attendance = "present"


@dataclass
class AgendaItem:
    title: list[Run] = field(default_factory=list)
    deliberations: list[Block] = field(default_factory=list)


@dataclass
class Action:
    action: list[Run] = field(default_factory=list)
    responsible: str = ""
    deadline: str = ""  # YYYY-MM-DD, or free text such as «قبل نهاية السنة»
    status: ActionStatus = "planned"


@dataclass
class Minutes:
    body: str = ""  # the meeting body, «مجلس الإدارة»
    session: str = ""
    hijri_date: str = ""  # typed by the user, never computed
    place: str = ""
    start_time: str = ""  # HH:MM
    end_time: str = ""
    chair: Person = field(default_factory=Person)
    rapporteur: Person = field(default_factory=Person)
    members: list[Member] = field(default_factory=list)
    quorum: list[Run] = field(default_factory=list)  # empty: stated from the attendance
    agenda: list[AgendaItem] = field(default_factory=list)
    decisions: list[list[Run]] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    closing: list[Run] = field(default_factory=list)
    attendance_annex: bool = True
    signers: list[Signer] = field(default_factory=list)  # empty: the chair and the rapporteur


_LABELS: dict[str, dict[str, str]] = {
    "ar": {
        "title": "محضر اجتماع {body}",
        "separator": "، ",
        "reference": "المرجع: {reference}",
        "held": "انعقد الاجتماع يوم {date}{hijri}{place}{time}.",
        "hijri": " (الموافق لـ {hijri})",
        "place": " ب{place}",
        "time": "، من الساعة {start} إلى الساعة {end}",
        "chair": "ترأس الاجتماع: {person}.",
        "rapporteur": "مقرر الجلسة: {person}.",
        "attendance": "الحضور",
        "present": "الأعضاء الحاضرون",
        "absent": "الأعضاء المتغيبون",
        "excused": "الأعضاء المعتذرون",
        "columns": "الاسم|الصفة|المؤسسة",
        "quorum_met": "بحضور {present} من أصل {total} {members}، تحقق النصاب القانوني.",
        "quorum_missed": "بحضور {present} من أصل {total} {members}، لم يتحقق النصاب القانوني.",
        "agenda": "جدول الأعمال",
        "deliberations": "المداولات",
        "item": "البند {ordinal}: ",
        "decisions": "القرارات والتوصيات",
        "actions": "الإجراءات التتبعية",
        "action_columns": "الإجراء|المسؤول|الأجل|الحالة",
        "planned": "مبرمج",
        "in_progress": "في طور الإنجاز",
        "done": "منجز",
        "not_started": "لم يشرع فيه بعد",
        "signatures": "رئيس الجلسة|مقرر الجلسة",
        "signatures_women": "رئيسة الجلسة|مقررة الجلسة",
        "annex": "ملحق: ورقة الحضور",
        "annex_columns": "الاسم|الصفة|المؤسسة|الإمضاء",
    },
    "fr": {
        "title": "Procès-verbal de la réunion du {body}",
        "separator": ", ",
        "reference": "Référence : {reference}",
        "held": "La réunion s’est tenue le {date}{hijri}{place}{time}.",
        "hijri": " ({hijri})",
        "place": " à {place}",
        "time": ", de {start} à {end}",
        "chair": "Présidence : {person}.",
        "rapporteur": "Rapporteur : {person}.",
        "attendance": "Participants",
        "present": "Membres présents",
        "absent": "Membres absents",
        "excused": "Membres excusés",
        "columns": "Nom|Qualité|Institution",
        "quorum_met": "Membres présents : {present} sur {total} ; le quorum est atteint.",
        "quorum_missed": "Membres présents : {present} sur {total} ; le quorum n’est pas atteint.",
        "agenda": "Ordre du jour",
        "deliberations": "Délibérations",
        "item": "Point {ordinal} : ",
        "decisions": "Décisions et recommandations",
        "actions": "Suivi des actions",
        "action_columns": "Action|Responsable|Échéance|État",
        "planned": "Programmé",
        "in_progress": "En cours",
        "done": "Réalisé",
        "not_started": "Non entamé",
        "signatures": "Le Président|Le Rapporteur",
        "signatures_women": "La Présidente|La Rapporteuse",
        "annex": "Annexe : feuille de présence",
        "annex_columns": "Nom|Qualité|Institution|Signature",
    },
}
_LABELS["en"] = _LABELS["fr"]
# The counted noun after «من أصل N», by CLDR plural category of N (3-10 take the
# plural, 11-99 the accusative singular, 100 and one the genitive singular).
_MEMBER_NOUNS = {"ar": {"few": "أعضاء", "many": "عضوا", "other": "عضو"}}
# A name given with a woman's honorific takes the feminine title under its signature.
_WOMEN_HONORIFICS = ("Mme ", "Mme. ", "Madame ", "Mlle ", "السيدة ", "الآنسة ")
# Minutes number their agenda items in words up to ten: «البند الثالث».
_ARABIC_ORDINALS = (
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس",
    "السادس", "السابع", "الثامن", "التاسع", "العاشر",
)  # fmt: skip


def minutes_blocks(document: Document, minutes: Minutes) -> list[Block]:
    """The blocks of the minutes, then the document's own blocks after the deliberations."""
    from desktop_app.text.locale_format import format_weekday_date, parse_iso_date

    labels = _LABELS[document.language]
    meta = document.metadata
    blocks: list[Block] = [Heading([Run(labels["title"].format(body=minutes.body))], 1, "center")]
    if minutes.session:
        blocks.append(Heading([Run(minutes.session)], 2, "center"))
    if meta.reference:
        blocks.append(
            Paragraph([Run(labels["reference"].format(reference=meta.reference))], "center")
        )
    when = ""
    if meta.date:
        when = format_weekday_date(parse_iso_date(meta.date, "metadata.date"), document.language)
    held = labels["held"].format(
        date=when,
        hijri=labels["hijri"].format(hijri=minutes.hijri_date) if minutes.hijri_date else "",
        place=labels["place"].format(place=minutes.place) if minutes.place else "",
        time=(
            labels["time"].format(start=minutes.start_time, end=minutes.end_time)
            if minutes.start_time and minutes.end_time
            else ""
        ),
    )
    blocks.append(Paragraph([Run(held)]))
    for key, person in (("chair", minutes.chair), ("rapporteur", minutes.rapporteur)):
        if person.name:
            described = _describe(person, labels["separator"])
            blocks.append(Paragraph([Run(labels[key].format(person=described))], "start"))

    blocks.append(Heading([Run(labels["attendance"])], 2))
    for attendance in ("present", "excused", "absent"):
        group = [m for m in minutes.members if m.attendance == attendance]
        if group:
            blocks.append(Heading([Run(labels[attendance])], 3))
            blocks.append(_people_table(labels["columns"], group))
    present = sum(1 for m in minutes.members if m.attendance == "present")
    total = len(minutes.members)
    if minutes.quorum:
        blocks.append(Paragraph(list(minutes.quorum)))
    elif total:
        key = "quorum_met" if present * 2 > total else "quorum_missed"
        members = _member_noun(total, document.language)
        stated = labels[key].format(present=present, total=total, members=members)
        blocks.append(Paragraph([Run(stated)]))

    if minutes.agenda:
        blocks.append(Heading([Run(labels["agenda"])], 2))
        blocks.append(ListBlock([list(item.title) for item in minutes.agenda], ordered=True))
        blocks.append(Heading([Run(labels["deliberations"])], 2))
        for number, item in enumerate(minutes.agenda, start=1):
            ordinal = _ordinal(number, document.language)
            title = [Run(labels["item"].format(ordinal=ordinal)), *item.title]
            blocks.append(Heading(title, 3))
            blocks.extend(item.deliberations)
    blocks.extend(document.blocks)
    if minutes.decisions:
        blocks.append(Heading([Run(labels["decisions"])], 2))
        blocks.append(ListBlock([list(d) for d in minutes.decisions], ordered=True))
    if minutes.actions:
        blocks.append(Heading([Run(labels["actions"])], 2))
        rows = [[[Run(h)] for h in labels["action_columns"].split("|")]]
        for action in minutes.actions:
            rows.append(
                [
                    list(action.action),
                    [Run(action.responsible)],
                    [Run(_deadline(action.deadline, document.language))],
                    [Run(labels[action.status])],
                ]
            )
        blocks.append(Table(rows, header_rows=1, column_widths=[4, 2.5, 1.6, 1.6]))
    if minutes.closing:
        blocks.append(Paragraph(list(minutes.closing)))
    blocks.append(_signatures(labels, minutes))
    if minutes.attendance_annex and minutes.members:
        blocks.append(PageBreak())
        blocks.append(Heading([Run(labels["annex"])], 2, "center"))
        rows = [[[Run(h)] for h in labels["annex_columns"].split("|")]]
        rows += [
            [[Run(m.name)], [Run(m.role)], [Run(m.institution)], [Run(" ")]]
            for m in minutes.members
            if m.attendance == "present"
        ]
        blocks.append(
            Table(rows, header_rows=1, column_widths=[3, 3, 3, 2.5], min_row_height_mm=12)
        )
    return blocks


def _member_noun(count: int, language: str) -> str:
    from desktop_app.text.locale_format import plural_category

    nouns = _MEMBER_NOUNS.get(language)
    if nouns is None:
        return ""
    return nouns.get(plural_category(count, language), nouns["other"])


def _ordinal(number: int, language: str) -> str:
    if language == "ar" and number <= len(_ARABIC_ORDINALS):
        return _ARABIC_ORDINALS[number - 1]
    return str(number)


def _describe(person: Person, separator: str) -> str:
    return separator.join(part for part in (person.name, person.role) if part)


def _people_table(columns: str, people: list[Member]) -> Table:
    rows = [[[Run(h)] for h in columns.split("|")]]
    rows += [[[Run(p.name)], [Run(p.role or " ")], [Run(p.institution or " ")]] for p in people]
    return Table(rows, header_rows=1, column_widths=[3, 3, 3])


def _deadline(text: str, language: str) -> str:
    from desktop_app.text.locale_format import format_date

    try:
        return format_date(datetime.date.fromisoformat(text), language)
    except ValueError:
        return text


def _signatures(labels: dict[str, str], minutes: Minutes) -> Signatures:
    if minutes.signers:
        return Signatures(list(minutes.signers))
    signers = []
    for index, person in enumerate((minutes.chair, minutes.rapporteur)):
        key = "signatures_women" if person.name.startswith(_WOMEN_HONORIFICS) else "signatures"
        signers.append(Signer([Run(labels[key].split("|")[index])], [Run(person.name)]))
    return Signatures(signers)


def minutes_to_data(minutes: Minutes, block_to_data: Any, runs_to_data: Any) -> dict[str, Any]:
    """The JSON object of the minutes (serialize.py passes its block and run writers)."""

    def person(p: Person) -> dict[str, str]:
        return {"name": p.name, "role": p.role, "institution": p.institution}

    return {
        "body": minutes.body,
        "session": minutes.session,
        "hijri_date": minutes.hijri_date,
        "place": minutes.place,
        "start_time": minutes.start_time,
        "end_time": minutes.end_time,
        "chair": person(minutes.chair),
        "rapporteur": person(minutes.rapporteur),
        "members": [{**person(m), "attendance": m.attendance} for m in minutes.members],
        "quorum": runs_to_data(minutes.quorum),
        "agenda": [
            {
                "title": runs_to_data(item.title),
                "deliberations": [block_to_data(b) for b in item.deliberations],
            }
            for item in minutes.agenda
        ],
        "decisions": [runs_to_data(d) for d in minutes.decisions],
        "actions": [
            {
                "action": runs_to_data(a.action),
                "responsible": a.responsible,
                "deadline": a.deadline,
                "status": a.status,
            }
            for a in minutes.actions
        ],
        "closing": runs_to_data(minutes.closing),
        "attendance_annex": minutes.attendance_annex,
        **(
            {
                "signers": [
                    {"title": runs_to_data(s.title), "name": runs_to_data(s.name)}
                    for s in minutes.signers
                ]
            }
            if minutes.signers
            else {}
        ),
    }


def flattened(document: Document) -> Document:
    """The document with its structured parts expanded into plain blocks."""
    import dataclasses

    from .nameplate import nameplate_blocks

    blocks = document.blocks
    if document.minutes is not None:
        blocks = minutes_blocks(document, document.minutes)
    if document.nameplate is not None:
        blocks = [*nameplate_blocks(document, document.nameplate), *blocks]
    return dataclasses.replace(document, blocks=blocks, minutes=None, nameplate=None)
