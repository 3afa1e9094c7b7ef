"""Search: one normaliser for the index and the query; ranked hits with original snippets."""

from __future__ import annotations

import pytest

from desktop_app.store import Library, StoreError, normalise

from .store_helpers import text_document


@pytest.fixture
def library(tmp_path):
    with Library.open(tmp_path / "library.sqlite3") as opened:
        yield opened


# One test per rule of the normaliser.


def test_harakat_are_ignored():
    assert normalise("مُحَمَّدٌ") == normalise("محمد") == "محمد"
    for mark in range(0x064B, 0x0653):
        assert normalise(f"ب{chr(mark)}ت") == "بت", hex(mark)


def test_the_superscript_alef_and_other_arabic_marks_are_ignored():
    assert normalise("هٰذا") == "هذا"  # U+0670
    assert normalise("صلى\u0610") == normalise("صلى")  # U+0610, an honorific sign
    assert normalise("قال\u06d6") == "قال"  # U+06D6, a Quranic pause mark
    assert normalise("ب\u0653") == "ب"  # U+0653 maddah above


def test_tatweel_is_ignored():
    assert normalise("الـــعـربـيـة") == normalise("العربية")


def test_every_alef_reads_as_alef():
    assert {normalise(word) for word in ("أحمد", "إحمد", "آحمد", "ٱحمد", "احمد")} == {"احمد"}


def test_teh_marbuta_reads_as_heh():
    assert normalise("مدرسة") == normalise("مدرسه")


def test_alef_maksura_reads_as_yeh():
    assert normalise("مستشفى") == normalise("مستشفي")


def test_french_accents_are_ignored():
    assert normalise("élève à l’hôpital, naïf, ça") == "eleve a l’hopital, naif, ca"


def test_french_case_is_ignored():
    assert normalise("ÉCOLE Nationale") == normalise("école nationale") == "ecole nationale"


def test_arabic_presentation_forms_and_digits_read_as_plain_letters_and_ascii_digits():
    assert normalise("ﻻ") == "لا"
    assert normalise("٢٠٢٦") == "2026"


# The same rules through the index.


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("قرر المجلسُ الموافقةَ على الميزانيّة", "الميزانية"),
        ("قرر المجلس الموافقة على الميزانية", "الْمِيزَانِيَّةُ"),
        ("برنامج الـتـكـويـن المهني", "التكوين"),
        ("اجتماع مع إدارة المؤسسة", "ادارة"),
        ("اجتماع مع ادارة المؤسسة", "أدارة"),
        ("زيارة آلمدينة", "المدينة"),
        ("المدرسة الجماعاتية", "المدرسه"),
        ("بناء مستشفى إقليمي", "مستشفي"),
        ("Réunion du comité de pilotage", "reunion COMITE"),
        ("Le budget de l'ÉCOLE", "école"),
    ],
)
def test_search_finds_the_document_whatever_the_spelling(library, stored, query):
    doc_id = library.add(text_document("وثيقة", stored))
    library.add(text_document("أخرى", "لا علاقة"))
    hits = library.search(query)
    assert [hit.document_id for hit in hits] == [doc_id]


def test_hits_are_ranked_and_show_the_original_text(library):
    once = library.add(text_document("تقرير عام", "تحدث المجلس عن الميزانيّة مرة واحدة."))
    title = library.add(text_document("الميزانية السنوية", "نص آخر عن الميزانية"))
    hits = library.search("الميزانية")
    assert [hit.document_id for hit in hits] == [title, once]  # title words weigh more
    assert hits[1].snippet == "تقرير عام تحدث المجلس عن [الميزانيّة] مرة واحدة."
    assert hits[0].score < hits[1].score


def test_a_snippet_keeps_the_harakat_and_tatweel_that_were_typed(library):
    library.add(text_document("ت", "كلمة قبل الـمُـؤَسَّـسَـة وبعد"))
    (hit,) = library.search("المؤسسة", marks=("«", "»"))
    assert "«الـمُـؤَسَّـسَـة»" in hit.snippet


def test_a_long_text_is_cut_around_the_first_match(library):
    filler = " ".join(["كلام"] * 200)
    library.add(text_document("ت", f"{filler} Élèves {filler}", language="fr"))
    (hit,) = library.search("eleves")
    assert "[Élèves]" in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) < 200


def test_every_word_must_match_and_a_star_matches_prefixes(library):
    doc_id = library.add(text_document("Comité", "programme de formation", language="fr"))
    assert library.search("programme formation")[0].document_id == doc_id
    assert library.search("programme absent") == []
    assert library.search("form") == []
    assert library.search("form*")[0].document_id == doc_id


def test_a_query_without_words_is_refused_in_one_line(library):
    with pytest.raises(StoreError, match="query: nothing to search for"):
        library.search(' "" * ')


def test_only_the_latest_revision_is_indexed(library):
    doc_id = library.add(text_document("ت", "قديم"))
    library.save(doc_id, text_document("ت", "جديد"))
    assert library.search("قديم") == []
    assert library.search("جديد")[0].document_id == doc_id


def test_fts_syntax_in_a_query_is_only_text(library):
    library.add(text_document("ت", "NEAR AND OR NOT"))
    assert len(library.search('NEAR(" OR) -x:')) == 0
    assert len(library.search("near and")) == 1


def test_every_normalised_character_traces_back_to_the_character_it_came_from():
    import random

    from desktop_app.store.normalise import _fold, normalise_with_origins, origin_finder

    rng = random.Random(5)
    alphabet = "abcéß ﬁﻻمُحَمَّدٌ ـةأ\u0670\u200fÉ٣"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        normalised, origins = normalise_with_origins(text)
        expected = [index for index, c in enumerate(text) for _ in _fold(c)]
        assert normalised == normalise(text)
        assert origins == expected, text
        assert origin_finder(text)[0] == len(normalised)
