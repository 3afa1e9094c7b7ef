"""Structured minutes: the fields expand into the sections an official expects."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from desktop_app.model import DocumentError, document_from_json, document_to_json
from desktop_app.model.document import Heading, Paragraph, Signatures, runs_text
from desktop_app.model.minutes import flattened
from desktop_app.pdf.builder import ExportSettings, export_pdf
from desktop_app.text.fonts import default_registry

from .pdf_text import normalise, pdftotext


def minutes_json(language: str, **changes: object) -> str:
    arabic = language == "ar"
    minutes = {
        "body": "مجلس الإدارة" if arabic else "Conseil d’administration",
        "session": "الدورة العادية الثانية" if arabic else "Deuxième session ordinaire",
        "hijri_date": "27 جمادى الآخرة 1447" if arabic else "",
        "place": "مقر المؤسسة بالرباط" if arabic else "Rabat",
        "start_time": "10:00",
        "end_time": "13:00",
        "chair": {"name": "السيد الرئيس" if arabic else "M. le Président", "role": ""},
        "rapporteur": {"name": "إدريس العمراني" if arabic else "Idris El Amrani"},
        "members": [
            {"name": "عضو أول", "role": "ممثل الوزارة", "attendance": "present"},
            {"name": "عضو ثان", "role": "ممثل الغرفة", "attendance": "present"},
            {"name": "عضو ثالث", "institution": "مكتب الصرف", "attendance": "present"},
            {"name": "عضو رابع", "attendance": "excused"},
        ],
        "agenda": [
            {
                "title": ["المصادقة على المحضر السابق" if arabic else "Approbation du PV"],
                "deliberations": [{"type": "paragraph", "runs": ["صادق المجلس بالإجماع."]}],
            },
            {"title": ["حصيلة الصادرات" if arabic else "Bilan des exportations"]},
        ],
        "decisions": [["المصادقة على برنامج العمل" if arabic else "Adoption du programme"]],
        "actions": [
            {
                "action": ["إعداد التقرير المرحلي" if arabic else "Rapport d’étape"],
                "responsible": "الكتابة العامة" if arabic else "Secrétariat général",
                "deadline": "2025-12-31",
                "status": "in_progress",
            }
        ],
        "closing": ["ورفعت الجلسة." if arabic else "La séance est levée."],
        **changes,
    }
    return json.dumps(
        {
            "format": "taqrir-document",
            "schema_version": 2,
            "kind": "minutes",
            "language": language,
            "metadata": {
                "title": "محضر" if arabic else "PV",
                "date": "2025-12-18",
                "reference": "12/2025",
                "status": "final",
            },
            "minutes": minutes,
            "blocks": [],
        },
        ensure_ascii=False,
    )


def export(text: str, tmp_path: Path) -> tuple[str, list]:
    document = document_from_json(text)
    pdf = tmp_path / "minutes.pdf"
    export_pdf(document, pdf, ExportSettings(registry=default_registry()))
    with pymupdf.open(pdf) as opened:
        toc = opened.get_toc()
    return normalise(pdftotext(pdf)), toc


def test_arabic_minutes_have_every_section(tmp_path: Path) -> None:
    text, toc = export(minutes_json("ar"), tmp_path)
    for expected in (
        "محضر اجتماع مجلس الإدارة",
        "المرجع: 12/2025",
        "الخميس، 18 دجنبر 2025 (الموافق لـ 27 جمادى الآخرة 1447)",
        "من الساعة 10:00 إلى الساعة 13:00",
        "مقرر الجلسة: إدريس العمراني",
        "الأعضاء الحاضرون",
        "الأعضاء المعتذرون",
        "بحضور 3 من أصل 4 أعضاء، تحقق النصاب القانوني.",
        "جدول الأعمال",
        "البند الأول: المصادقة على المحضر السابق",
        "صادق المجلس بالإجماع.",
        "القرارات والتوصيات",
        "الإجراءات التتبعية",
        "31 دجنبر 2025",
        "في طور الإنجاز",
        "ورفعت الجلسة.",
        "رئيس الجلسة",
        "ملحق: ورقة الحضور",
    ):
        assert expected in text, expected
    titles = [title for _level, title, _page in toc]
    assert "جدول الأعمال" in titles and "ملحق: ورقة الحضور" in titles


def test_french_minutes_use_the_french_terms_and_dates(tmp_path: Path) -> None:
    text, _toc = export(minutes_json("fr"), tmp_path)
    for expected in (
        "Procès-verbal de la réunion du Conseil d’administration",
        "jeudi 18 décembre 2025",
        "Ordre du jour",
        "Point 2 : Bilan des exportations",
        "Décisions et recommandations",
        "Suivi des actions",
        "31 décembre 2025",
        "En cours",
        "Membres présents : 3 sur 4 ; le quorum est atteint.",
        "Annexe : feuille de présence",
    ):
        assert expected in text, expected


def test_minutes_survive_a_round_trip() -> None:
    document = document_from_json(minutes_json("ar"))
    assert document_from_json(document_to_json(document)) == document


@pytest.mark.parametrize(
    ("changes", "path", "words"),
    [
        ({"start_time": "25:00"}, "minutes.start_time", "is not a time"),
        (
            {"members": [{"name": "x", "attendance": "maybe"}]},
            "minutes.members[0].attendance",
            "maybe",
        ),
        ({"actions": [{"status": "late"}]}, "minutes.actions[0].status", "late"),
        ({"chair": {"name": "x", "phone": "1"}}, "minutes.chair.phone", "unknown field"),
    ],
)
def test_bad_minutes_fields_are_named(changes: dict, path: str, words: str) -> None:
    with pytest.raises(DocumentError) as caught:
        document_from_json(minutes_json("ar", **changes))
    assert caught.value.path == path
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("present", "total", "stated"),
    [
        (2, 3, "بحضور 2 من أصل 3 أعضاء، تحقق النصاب القانوني."),
        (11, 14, "بحضور 11 من أصل 14 عضوا، تحقق النصاب القانوني."),
        (40, 100, "بحضور 40 من أصل 100 عضو، لم يتحقق النصاب القانوني."),
    ],
)
def test_the_quorum_counts_members_with_the_arabic_plural(
    present: int, total: int, stated: str
) -> None:
    members = [{"name": f"عضو {n}", "attendance": "present"} for n in range(present)]
    members += [{"name": f"غائب {n}", "attendance": "absent"} for n in range(total - present)]
    document = flattened(document_from_json(minutes_json("ar", members=members)))
    texts = [
        "".join(run.text for run in block.runs)
        for block in document.blocks
        if isinstance(block, Paragraph)
    ]
    assert stated in texts


def test_agenda_items_are_numbered_in_words_up_to_ten() -> None:
    agenda = [{"title": [f"موضوع {n}"], "deliberations": []} for n in range(1, 12)]
    document = flattened(document_from_json(minutes_json("ar", agenda=agenda)))
    headings = [
        "".join(run.text for run in block.runs)
        for block in document.blocks
        if isinstance(block, Heading) and block.level == 3
    ]
    items = [h for h in headings if h.startswith("البند")]
    assert items[0] == "البند الأول: موضوع 1"
    assert items[2] == "البند الثالث: موضوع 3"
    assert items[9] == "البند العاشر: موضوع 10"
    assert items[10] == "البند 11: موضوع 11"


@pytest.mark.parametrize(
    ("language", "chair", "rapporteur", "titles"),
    [
        ("fr", "Mme Sanaa Ouazzani", "M. Karim Bennani", ["La Présidente", "Le Rapporteur"]),
        ("fr", "M. Karim Bennani", "Mme Leila Tazi", ["Le Président", "La Rapporteuse"]),
        ("ar", "السيدة سناء الوزاني", "إدريس العمراني", ["رئيسة الجلسة", "مقرر الجلسة"]),
        ("ar", "السيد الرئيس", "السيدة ليلى التازي", ["رئيس الجلسة", "مقررة الجلسة"]),
    ],
)
def test_signature_titles_follow_the_honorific_of_the_name(
    language: str, chair: str, rapporteur: str, titles: list[str]
) -> None:
    text = minutes_json(language, chair={"name": chair}, rapporteur={"name": rapporteur})
    signatures = flattened(document_from_json(text)).blocks
    block = next(b for b in signatures if isinstance(b, Signatures))
    assert [runs_text(s.title) for s in block.signers] == titles
    assert [runs_text(s.name) for s in block.signers] == [chair, rapporteur]


def test_named_signers_replace_the_chair_and_rapporteur_and_survive_json(tmp_path: Path) -> None:
    signers = [
        {"title": ["المدير العام"], "name": ["سناء الوزاني"]},
        {"title": ["الكاتب العام"], "name": ["إدريس العمراني"]},
        {"title": ["ممثل الوزارة"], "name": ["كريم بناني"]},
    ]
    document = document_from_json(minutes_json("ar", signers=signers))
    assert document_from_json(document_to_json(document)) == document
    block = next(b for b in flattened(document).blocks if isinstance(b, Signatures))
    assert [runs_text(s.title) for s in block.signers] == [
        "المدير العام",
        "الكاتب العام",
        "ممثل الوزارة",
    ]
    target = tmp_path / "minutes.pdf"
    export_pdf(document, target, ExportSettings(registry=default_registry()))
    text = normalise(pdftotext(target))
    for expected in ("المدير العام", "كريم بناني", "ممثل الوزارة"):
        assert expected in text


def test_four_signers_are_refused_by_name() -> None:
    signer = {"title": ["عضو"], "name": ["اسم"]}
    with pytest.raises(DocumentError, match=r"minutes\.signers: 4 signers; .* up to 3$"):
        document_from_json(minutes_json("ar", signers=[signer] * 4))


def test_minutes_without_signers_are_written_as_before() -> None:
    document = document_from_json(minutes_json("fr"))
    assert "signers" not in json.loads(document_to_json(document))["minutes"]
