"""The document model: JSON round trip, validation messages, atomic saving, plain-text import."""

from __future__ import annotations

import copy
import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_app.model import (
    BLOCK_TYPES,
    Document,
    DocumentError,
    Heading,
    Image,
    ListBlock,
    Metadata,
    PageBreak,
    Paragraph,
    Quote,
    Run,
    Signatures,
    Signer,
    Table,
    document_from_json,
    document_from_plain_text,
    document_to_json,
    load_document,
    runs_text,
    save_document,
)

FORMAT_DOC = Path(__file__).resolve().parents[1] / "docs" / "document-format.md"


def rich_document() -> Document:
    return Document(
        kind="minutes",
        language="ar",
        direction="rtl",
        metadata=Metadata(
            title="محضر اجتماع مجلس الإدارة",
            subtitle="الدورة العادية",
            author="Salma Idrissi",
            subject="Conseil d'administration",
            keywords=["مجلس الإدارة", "2026", "réunion"],
            institution="مؤسسة دار الصانع",
            reference="12/2025",
            date="2025-12-18",
            status="final",
        ),
        blocks=[
            Heading([Run("جدول الأعمال")], level=1, align="center", direction="rtl"),
            Heading([Run("Ordre du jour", lang="fr")], level=3, align="end", direction="ltr"),
            Paragraph(
                [
                    Run("نص عادي "),
                    Run("Maison de l'Artisan", italic=True, lang="fr"),
                    Run(" بخط عريض", bold=True, color="#1F4E79"),
                    Run(" souligné", underline=True, lang="en", color="#a0b1c2"),
                    Run("كل شيء", bold=True, italic=True, underline=True, color="#000000"),
                ],
                align="start",
            ),
            Paragraph([]),
            ListBlock([[Run("البند الأول")], [Run("Point "), Run("deux", bold=True)]], True),
            ListBlock([], ordered=False, align="justify", direction="ltr"),
            Table(
                rows=[
                    [[Run("المؤشر")], [Run("القيمة", bold=True)]],
                    [[Run("الصادرات")], [Run("13%")]],
                    [[Run("Exportations", lang="fr")], []],
                ],
                header_rows=2,
                column_widths=[3.0, 1.5],
                align="center",
                direction="rtl",
            ),
            Table(rows=[[[Run("seule cellule")]]], header_rows=0),
            Quote([Run("« La qualité avant tout »")], attribution=[Run("المدير العام")]),
            Quote([Run("اقتباس بلا نسبة")], align="end", direction="rtl"),
            Image("images/logo.png", width_mm=40.0, caption=[Run("شعار "), Run("DS", bold=True)]),
            Image("/abs/chart.png"),
            PageBreak(),
            Signatures(
                [
                    Signer([Run("رئيس الجلسة")], [Run("سناء الوزاني")]),
                    Signer([Run("Le Rapporteur", lang="fr")], []),
                ],
                direction="rtl",
            ),
        ],
    )


def minimal_data(**fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"format": "taqrir-document", "schema_version": 1, "blocks": []}
    data.update(fields)
    return data


def with_block(block: dict[str, Any]) -> dict[str, Any]:
    return minimal_data(blocks=[block])


def table_block(**fields: Any) -> dict[str, Any]:
    block: dict[str, Any] = {"type": "table", "rows": [[["a"], ["b"]], [["c"], ["d"]]]}
    block.update(fields)
    return block


def error_for(data: Any) -> DocumentError:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    with pytest.raises(DocumentError) as caught:
        document_from_json(text, "report.json")
    return caught.value


# ---------------------------------------------------------------- round trip


def test_rich_document_survives_a_json_round_trip() -> None:
    original = rich_document()
    assert document_from_json(document_to_json(original)) == original


def test_version_1_documents_still_load() -> None:
    document = document_from_json(
        '{"format": "taqrir-document", "schema_version": 1, "language": "fr", "blocks": []}'
    )
    assert (document.language, document.brand_kit, document.confidential) == ("fr", "", False)


def test_brand_kit_and_confidentiality_round_trip() -> None:
    original = Document(brand_kit="maison-artisan", confidential=True)
    assert document_from_json(document_to_json(original)) == original


def test_rich_document_survives_save_and_load(tmp_path: Path) -> None:
    original = rich_document()
    target = tmp_path / "report.taqrir.json"
    save_document(original, target)
    assert load_document(target) == original


def test_json_output_is_stable_readable_and_compact_for_plain_runs() -> None:
    text = document_to_json(rich_document())
    data = json.loads(text)
    assert list(data) == [
        "format",
        "schema_version",
        "kind",
        "language",
        "direction",
        "metadata",
        "brand_kit",
        "confidential",
        "percent_style",
        "columns",
        "blocks",
    ]
    assert data["format"] == "taqrir-document"
    assert data["schema_version"] == 2
    assert "محضر اجتماع مجلس الإدارة" in text  # not \u escaped
    assert text.startswith('{\n  "format"')  # two-space indentation
    assert data["blocks"][0]["runs"] == ["جدول الأعمال"]
    assert data["blocks"][2]["runs"][1] == {
        "text": "Maison de l'Artisan",
        "italic": True,
        "lang": "fr",
    }
    assert data["blocks"][6]["column_widths"] == [3, 1.5]
    assert "column_widths" not in data["blocks"][7]
    assert "width_mm" not in data["blocks"][11]
    assert data["blocks"][12] == {"type": "page_break"}
    assert document_to_json(document_from_json(text)) == text


def test_example_in_the_format_documentation_loads() -> None:
    example = FORMAT_DOC.read_text(encoding="utf-8").split("```json", 1)[1].split("```", 1)[0]
    doc = document_from_json(example)
    assert doc.kind == "minutes"
    assert doc.metadata.keywords == ["مجلس الإدارة", "2026"]
    assert [type(block) for block in doc.blocks] == [
        Heading,
        Paragraph,
        ListBlock,
        Table,
        Quote,
        Image,
        PageBreak,
    ]
    assert doc.blocks[1].runs[2] == Run(" بخط عريض", bold=True, color="#1F4E79")
    assert doc.blocks[3].column_widths == [3.0, 1.0]
    assert doc.blocks[5].width_mm == 40.0


def test_absent_optional_fields_take_the_documented_defaults() -> None:
    doc = document_from_json(
        json.dumps(
            minimal_data(
                blocks=[
                    {"type": "heading", "runs": ["t"]},
                    {"type": "paragraph", "runs": []},
                    {"type": "list", "items": [["x"]]},
                    {"type": "table", "rows": [[["x"]]]},
                    {"type": "quote", "runs": ["q"]},
                    {"type": "image", "path": "a.png"},
                ]
            )
        )
    )
    assert (doc.kind, doc.language, doc.direction) == ("free", "ar", "auto")
    assert doc.metadata == Metadata(status="draft")
    heading, paragraph, list_block, table, quote, image = doc.blocks
    assert heading == Heading([Run("t")], level=1, align="start", direction="auto")
    assert paragraph.align == "justify"
    assert list_block == ListBlock([[Run("x")]], ordered=False, align="start")
    assert (table.header_rows, table.column_widths, table.align) == (1, None, "start")
    assert quote.attribution == []
    assert (image.width_mm, image.caption) == (None, [])


def test_null_is_accepted_for_optional_colour_lang_and_widths() -> None:
    doc = document_from_json(
        json.dumps(
            with_block(
                {
                    "type": "image",
                    "path": "a.png",
                    "width_mm": None,
                    "caption": [{"text": "c", "color": None, "lang": None}],
                }
            )
        )
    )
    assert doc.blocks == [Image("a.png", width_mm=None, caption=[Run("c")])]


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    target = tmp_path / "bom.json"
    target.write_bytes(b"\xef\xbb\xbf" + json.dumps(minimal_data(kind="bulletin")).encode())
    assert load_document(target).kind == "bulletin"


@pytest.mark.parametrize(
    ("language", "direction", "expected"),
    [
        ("ar", "auto", "rtl"),
        ("fr", "auto", "ltr"),
        ("en", "auto", "ltr"),
        ("ar", "ltr", "ltr"),
        ("fr", "rtl", "rtl"),
    ],
)
def test_resolved_direction(language: str, direction: str, expected: str) -> None:
    assert Document(language=language, direction=direction).resolved_direction() == expected


def test_plain_text_lists_blocks_in_order_one_per_line() -> None:
    assert rich_document().plain_text().split("\n") == [
        "جدول الأعمال",
        "Ordre du jour",
        "نص عادي Maison de l'Artisan بخط عريض soulignéكل شيء",
        "البند الأول Point deux",
        "المؤشر القيمة الصادرات 13% Exportations",
        "seule cellule",
        "« La qualité avant tout » المدير العام",
        "اقتباس بلا نسبة",
        "شعار DS",
        "رئيس الجلسة سناء الوزاني Le Rapporteur",
    ]


def test_runs_text_concatenates_without_separators() -> None:
    assert runs_text([Run("ab"), Run("c", bold=True), Run("")]) == "abc"
    assert runs_text([]) == ""


# ---------------------------------------------------------------- field validation

FIELD_ERRORS: list[tuple[str, dict[str, Any], str, str]] = [
    (
        "block is not an object",
        minimal_data(blocks=["para"]),
        "blocks[0]",
        "expected an object, got a string",
    ),
    ("blocks is not a list", minimal_data(blocks={}), "blocks", "expected a list, got an object"),
    (
        "table row is not a list",
        with_block(table_block(rows=[[["a"], ["b"]], [["c"], ["d"]], "x"])),
        "blocks[0].rows[2]",
        "expected a list, got a string",
    ),
    (
        "cell is not a run list",
        with_block(table_block(rows=[[["a"], "b"]])),
        "blocks[0].rows[0][1]",
        "expected a list, got a string",
    ),
    (
        "run is neither string nor object",
        with_block({"type": "paragraph", "runs": ["a", 7]}),
        "blocks[0].runs[1]",
        "expected a string or an object, got 7",
    ),
    (
        "unknown block type",
        minimal_data(blocks=[{"type": "paragraph", "runs": []}, {"type": "para", "runs": []}]),
        "blocks[1].type",
        "unknown block type 'para'; expected one of "
        "heading, paragraph, list, table, quote, image, page_break, chart, indicators, "
        "signatures",
    ),
    (
        "block type is not a string",
        with_block({"type": 3}),
        "blocks[0].type",
        "expected a string, got 3",
    ),
    (
        "unknown kind",
        minimal_data(kind="memo"),
        "kind",
        "unknown kind 'memo'; expected one of minutes, bulletin, free",
    ),
    (
        "unknown language",
        minimal_data(language="de"),
        "language",
        "unknown language 'de'; expected one of ar, fr, en",
    ),
    (
        "unknown document direction",
        minimal_data(direction="up"),
        "direction",
        "unknown direction 'up'; expected one of rtl, ltr, auto",
    ),
    (
        "unknown alignment",
        with_block({"type": "paragraph", "runs": [], "align": "left"}),
        "blocks[0].align",
        "unknown alignment 'left'; expected one of start, end, center, justify",
    ),
    (
        "unknown run language",
        with_block({"type": "paragraph", "runs": [{"text": "x", "lang": "es"}]}),
        "blocks[0].runs[0].lang",
        "unknown language 'es'; expected one of ar, fr, en",
    ),
    (
        "unknown status",
        minimal_data(metadata={"status": "published"}),
        "metadata.status",
        "unknown status 'published'; expected one of draft, final",
    ),
    ("missing blocks", {"format": "taqrir-document", "schema_version": 1}, "blocks", ""),
    ("missing block type", with_block({"runs": []}), "blocks[0].type", ""),
    ("missing paragraph runs", with_block({"type": "paragraph"}), "blocks[0].runs", ""),
    ("missing list items", with_block({"type": "list"}), "blocks[0].items", ""),
    ("missing table rows", with_block({"type": "table"}), "blocks[0].rows", ""),
    ("missing image path", with_block({"type": "image"}), "blocks[0].path", ""),
    (
        "missing run text",
        with_block({"type": "quote", "runs": [{"bold": True}]}),
        "blocks[0].runs[0].text",
        "",
    ),
    (
        "rows of different lengths",
        with_block(table_block(rows=[[["a"], ["b"]], [["c"], ["d"]], [["e"], ["f"], ["g"]]])),
        "blocks[0].rows[2]",
        "3 cells, expected 2 like row 0",
    ),
    (
        "short row",
        with_block(table_block(rows=[[["a"], ["b"]], [["c"]]])),
        "blocks[0].rows[1]",
        "1 cell, expected 2 like row 0",
    ),
    (
        "table without rows",
        with_block(table_block(rows=[])),
        "blocks[0].rows",
        "a table needs at least one row",
    ),
    (
        "row without cells",
        with_block(table_block(rows=[[]])),
        "blocks[0].rows[0]",
        "a row needs at least one cell",
    ),
    (
        "too many header rows",
        with_block(table_block(header_rows=3)),
        "blocks[0].header_rows",
        "3 header rows but the table has 2 rows",
    ),
    (
        "negative header rows",
        with_block(table_block(header_rows=-1)),
        "blocks[0].header_rows",
        "-1 is negative; use 0 or more",
    ),
    (
        "column widths do not match the columns",
        with_block(table_block(column_widths=[1, 2, 3])),
        "blocks[0].column_widths",
        "3 widths for 2 columns",
    ),
    (
        "zero column width",
        with_block(table_block(column_widths=[1, 0])),
        "blocks[0].column_widths[1]",
        "0 is not a positive number",
    ),
    (
        "column width as text",
        with_block(table_block(column_widths=["1", 2])),
        "blocks[0].column_widths[0]",
        "expected a number, got a string",
    ),
    (
        "negative image width",
        with_block({"type": "image", "path": "a.png", "width_mm": -2.5}),
        "blocks[0].width_mm",
        "-2.5 is not a positive number",
    ),
    (
        "boolean image width",
        with_block({"type": "image", "path": "a.png", "width_mm": True}),
        "blocks[0].width_mm",
        "expected a number, got true",
    ),
    (
        "empty image path",
        with_block({"type": "image", "path": "  "}),
        "blocks[0].path",
        "empty image path",
    ),
    (
        "short colour",
        with_block({"type": "paragraph", "runs": ["a", "b", {"text": "c", "color": "#12"}]}),
        "blocks[0].runs[2].color",
        "'#12' is not a colour; use #RRGGBB",
    ),
    (
        "named colour",
        with_block({"type": "heading", "runs": [{"text": "c", "color": "red"}]}),
        "blocks[0].runs[0].color",
        "'red' is not a colour; use #RRGGBB",
    ),
    (
        "heading level too high",
        with_block({"type": "heading", "level": 4, "runs": []}),
        "blocks[0].level",
        "4 is not a heading level; use 1, 2 or 3",
    ),
    (
        "heading level zero",
        with_block({"type": "heading", "level": 0, "runs": []}),
        "blocks[0].level",
        "0 is not a heading level; use 1, 2 or 3",
    ),
    (
        "heading level as text",
        with_block({"type": "heading", "level": "1", "runs": []}),
        "blocks[0].level",
        "expected an integer, got a string",
    ),
    (
        "heading level as decimal",
        with_block({"type": "heading", "level": 1.5, "runs": []}),
        "blocks[0].level",
        "expected an integer, got 1.5",
    ),
    (
        "bold as text",
        with_block({"type": "paragraph", "runs": [{"text": "x", "bold": "yes"}]}),
        "blocks[0].runs[0].bold",
        "expected true or false, got a string",
    ),
    (
        "ordered as number",
        with_block({"type": "list", "items": [], "ordered": 1}),
        "blocks[0].ordered",
        "expected true or false, got 1",
    ),
    (
        "line feed in a plain run",
        with_block({"type": "paragraph", "runs": ["first\nsecond"]}),
        "blocks[0].runs[0]",
        "line break (U+000A) inside run text; start a new block instead",
    ),
    (
        "carriage return in an object run",
        with_block({"type": "list", "items": [["a"], [{"text": "b\rc", "bold": True}]]}),
        "blocks[0].items[1][0].text",
        "line break (U+000D) inside run text; start a new block instead",
    ),
    (
        "paragraph separator in a caption",
        with_block({"type": "image", "path": "a.png", "caption": ["a\u2029b"]}),
        "blocks[0].caption[0]",
        "line break (U+2029) inside run text; start a new block instead",
    ),
    (
        "unknown top-level field",
        minimal_data(titel="x"),
        "titel",
        "unknown field at the top level; expected one of "
        "format, schema_version, kind, language, direction, metadata, brand_kit, confidential, "
        "percent_style, columns, minutes, nameplate, "
        "blocks",
    ),
    (
        "unknown block field",
        with_block({"type": "paragraph", "runs": [], "colour": "#000000"}),
        "blocks[0].colour",
        "unknown field in a paragraph block; expected one of type, runs, align, direction",
    ),
    (
        "alignment on a page break",
        with_block({"type": "page_break", "align": "center"}),
        "blocks[0].align",
        "unknown field in a page_break block; expected one of type",
    ),
    (
        "unknown run field",
        with_block({"type": "paragraph", "runs": [{"text": "x", "size": 12}]}),
        "blocks[0].runs[0].size",
        "unknown field in a run; expected one of text, bold, italic, underline, color, lang",
    ),
    (
        "unknown metadata field with an odd name",
        minimal_data(metadata={"title": "t", "date de séance": "x"}),
        'metadata["date de séance"]',
        "unknown field in metadata; expected one of title, subtitle, author, subject, "
        "keywords, institution, reference, date, status",
    ),
    (
        "metadata is a list",
        minimal_data(metadata=[]),
        "metadata",
        "expected an object, got a list",
    ),
    (
        "title is a number",
        minimal_data(metadata={"title": 2025}),
        "metadata.title",
        "expected a string, got 2025",
    ),
    (
        "keyword is null",
        minimal_data(metadata={"keywords": ["a", None]}),
        "metadata.keywords[1]",
        "expected a string, got null",
    ),
    (
        "date in the wrong order",
        minimal_data(metadata={"date": "18/12/2025"}),
        "metadata.date",
        "'18/12/2025' is not a date; use YYYY-MM-DD",
    ),
    (
        "impossible date",
        minimal_data(metadata={"date": "2025-02-30"}),
        "metadata.date",
        "'2025-02-30' is not a date; use YYYY-MM-DD",
    ),
    (
        "negative row height",
        with_block(table_block(min_row_height_mm=-12)),
        "blocks[0].min_row_height_mm",
        "-12 is not a positive number",
    ),
    (
        "no signers",
        with_block({"type": "signatures", "signers": []}),
        "blocks[0].signers",
        "0 signers; a signature line holds 1 to 3",
    ),
    (
        "four signers",
        with_block({"type": "signatures", "signers": [{"name": ["x"]}] * 4}),
        "blocks[0].signers",
        "4 signers; a signature line holds 1 to 3",
    ),
    (
        "unknown signer field",
        with_block({"type": "signatures", "signers": [{"name": ["x"], "stamp": True}]}),
        "blocks[0].signers[0].stamp",
        "unknown field in a signer; expected one of title, name",
    ),
]


@pytest.mark.parametrize(
    ("data", "path", "message"),
    [case[1:] for case in FIELD_ERRORS],
    ids=[case[0] for case in FIELD_ERRORS],
)
def test_invalid_field_is_named_in_a_one_line_message(
    data: dict[str, Any], path: str, message: str
) -> None:
    message = message or "missing required field"
    err = error_for(data)
    assert err.path == path
    assert err.source == "report.json"
    assert err.message == message
    assert str(err) == f"report.json: {path}: {message}"
    assert "\n" not in str(err)


def test_a_field_given_twice_is_refused() -> None:
    text = '{"format": "taqrir-document", "schema_version": 1, "blocks": [], "kind": "free",'
    text += ' "kind": "minutes"}'
    err = error_for(text)
    assert (err.path, err.message) == ("kind", "field given twice")


def test_every_block_type_is_listed() -> None:
    assert BLOCK_TYPES == (
        "heading",
        "paragraph",
        "list",
        "table",
        "quote",
        "image",
        "page_break",
        "chart",
        "indicators",
        "signatures",
    )


def test_the_first_problem_in_document_order_is_reported() -> None:
    data = minimal_data(
        blocks=[
            {"type": "paragraph", "runs": ["ok"]},
            {"type": "heading", "level": 9, "runs": []},
            {"type": "para"},
        ]
    )
    assert error_for(data).path == "blocks[1].level"


def test_loading_does_not_mutate_or_depend_on_caller_data() -> None:
    data = with_block(table_block())
    before = copy.deepcopy(data)
    document_from_json(json.dumps(data))
    assert data == before


# ---------------------------------------------------------------- whole-file problems

WHOLE_FILE_ERRORS: list[tuple[str, str, str, str]] = [
    ("empty", "", "", "empty file"),
    ("only whitespace", " \n\t\n", "", "empty file"),
    (
        "invalid JSON",
        '{\n  "format": "taqrir-document",\n  "schema_version" 1\n}',
        "",
        "invalid JSON at line 3, column 20: Expecting ':' delimiter",
    ),
    ("deeply nested", "[" * 100_000, "", "invalid JSON: nested too deeply"),
    (
        "top level is a list",
        "[]",
        "",
        "not a Taqrir document (expected a JSON object, got a list)",
    ),
    (
        "top level is a string",
        '"hello"',
        "",
        "not a Taqrir document (expected a JSON object, got a string)",
    ),
    (
        "format missing",
        '{"schema_version": 1, "blocks": []}',
        "format",
        'missing required field; not a Taqrir document (expected "taqrir-document")',
    ),
    (
        "format wrong",
        '{"format": "docx", "schema_version": 1, "blocks": []}',
        "format",
        "'docx' is not a Taqrir document (expected \"taqrir-document\")",
    ),
    (
        "format not a string",
        '{"format": 1, "schema_version": 1, "blocks": []}',
        "format",
        "expected a string, got 1",
    ),
    (
        "schema version missing",
        '{"format": "taqrir-document", "blocks": []}',
        "schema_version",
        "missing required field",
    ),
    (
        "schema version as text",
        '{"format": "taqrir-document", "schema_version": "1", "blocks": []}',
        "schema_version",
        "expected an integer, got a string",
    ),
    (
        "schema version as boolean",
        '{"format": "taqrir-document", "schema_version": true, "blocks": []}',
        "schema_version",
        "expected an integer, got true",
    ),
    (
        "schema version newer",
        '{"format": "taqrir-document", "schema_version": 7, "future_field": {}}',
        "",
        "schema version 7 is newer than this version of Taqrir supports (2)",
    ),
    (
        "schema version older",
        '{"format": "taqrir-document", "schema_version": 0, "blocks": []}',
        "",
        "schema version 0 is unknown; this version of Taqrir reads schema versions 1, 2",
    ),
]


@pytest.mark.parametrize(
    ("text", "path", "message"),
    [case[1:] for case in WHOLE_FILE_ERRORS],
    ids=[case[0] for case in WHOLE_FILE_ERRORS],
)
def test_whole_file_problem_is_one_line(text: str, path: str, message: str) -> None:
    err = error_for(text)
    assert err.path == path
    assert err.message == message
    assert str(err) == "report.json: " + (f"{path}: " if path else "") + message


def test_default_source_name_is_used_without_a_file() -> None:
    with pytest.raises(DocumentError) as caught:
        document_from_json("")
    assert str(caught.value) == "<document>: empty file"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not a text file (byte 0x89 at offset 0 is not UTF-8)"),
        (b'{"title": "caf\xe9"}', "not a text file (byte 0xe9 at offset 14 is not UTF-8)"),
        ('{"a": 1}'.encode("utf-16-le"), "not a text file (NUL byte at offset 1)"),
    ],
    ids=["empty", "png", "latin-1", "utf-16"],
)
def test_unreadable_file_contents(tmp_path: Path, content: bytes, message: str) -> None:
    target = tmp_path / "report.json"
    target.write_bytes(content)
    with pytest.raises(DocumentError) as caught:
        load_document(target)
    assert (caught.value.path, caught.value.source) == ("", str(target))
    assert str(caught.value) == f"{target}: {message}"


def test_load_names_the_file_and_field(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text(json.dumps(with_block({"type": "para"})), encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        load_document(str(target))
    assert str(caught.value).startswith(f"{target}: blocks[0].type: unknown block type 'para';")


def test_missing_file_is_a_document_error(tmp_path: Path) -> None:
    target = tmp_path / "absent.json"
    with pytest.raises(DocumentError) as caught:
        load_document(target)
    assert str(caught.value) == f"{target}: cannot open (file not found)"
    assert isinstance(caught.value.__cause__, FileNotFoundError)


def test_folder_is_a_document_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        load_document(tmp_path)
    expected = "permission denied" if sys.platform == "win32" else "is a folder, not a file"
    assert str(caught.value) == f"{tmp_path}: cannot open ({expected})"


def test_unreadable_file_is_a_document_error(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "locked.json"
    target.write_text(json.dumps(minimal_data()), encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(DocumentError) as caught:
        load_document(target)
    assert str(caught.value) == f"{target}: cannot open (permission denied)"


# ---------------------------------------------------------------- atomic save


def test_save_writes_the_json_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "report.taqrir.json"
    doc = rich_document()
    save_document(doc, target)
    assert target.read_text(encoding="utf-8") == document_to_json(doc)
    assert os.listdir(tmp_path) == [target.name]


def test_save_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    save_document(Document(kind="bulletin"), target)
    save_document(rich_document(), target)
    assert load_document(target) == rich_document()
    assert os.listdir(tmp_path) == [target.name]


@pytest.mark.parametrize("failing_call", ["replace", "fsync"])
def test_failed_save_keeps_the_old_file_and_cleans_up(
    tmp_path: Path, monkeypatch, failing_call: str
) -> None:
    target = tmp_path / "report.json"
    save_document(Document(kind="bulletin"), target)
    old_bytes = target.read_bytes()

    def fail(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing_call, fail)
    with pytest.raises(DocumentError) as caught:
        save_document(rich_document(), target)
    monkeypatch.undo()
    assert str(caught.value) == f"{target}: cannot save (No space left on device)"
    assert target.read_bytes() == old_bytes
    assert os.listdir(tmp_path) == [target.name]


def test_invalid_document_is_refused_before_touching_the_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    save_document(Document(kind="bulletin"), target)
    old_bytes = target.read_bytes()
    broken = Document(blocks=[Paragraph([Run("ok")]), Paragraph([Run("a\nb")])])
    with pytest.raises(DocumentError) as caught:
        save_document(broken, target)
    assert caught.value.path == "blocks[1].runs[0]"
    assert target.read_bytes() == old_bytes
    assert os.listdir(tmp_path) == [target.name]


def test_save_into_a_missing_folder_is_a_document_error(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "report.json"
    with pytest.raises(DocumentError) as caught:
        save_document(Document(), target)
    assert str(caught.value) == f"{target}: cannot save (folder not found)"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_save_keeps_the_permissions_of_the_replaced_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    save_document(Document(), target)
    target.chmod(0o640)
    save_document(rich_document(), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_save_through_a_symbolic_link_updates_the_linked_file(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    link = tmp_path / "link.json"
    save_document(Document(), real)
    link.symlink_to(real)
    save_document(rich_document(), link)
    assert link.is_symlink()
    assert load_document(real) == rich_document()


# ---------------------------------------------------------------- plain-text import

ARABIC_TEXT = """

   محضر اجتماع المجلس
السطر الأول من الفقرة
  والسطر الثاني


فقرة ثانية باسم Maison de l'Artisan
"""


def test_plain_text_import_of_arabic() -> None:
    doc = document_from_plain_text(ARABIC_TEXT)
    assert doc.language == "ar"
    assert doc.direction == "auto"
    assert doc.resolved_direction() == "rtl"
    assert doc.metadata.title == "محضر اجتماع المجلس"
    assert doc.blocks == [
        Heading([Run("محضر اجتماع المجلس")], level=1),
        Paragraph([Run("السطر الأول من الفقرة والسطر الثاني")], direction="auto"),
        Paragraph([Run("فقرة ثانية باسم Maison de l'Artisan")], direction="auto"),
    ]


def test_plain_text_import_of_french_with_windows_line_endings() -> None:
    text = "Procès-verbal\r\n\r\nLa séance est ouverte\r\nà 10 h.\r\n\r\nالنقطة الأولى\r\n"
    doc = document_from_plain_text(text)
    assert doc.language == "fr"
    assert doc.resolved_direction() == "ltr"
    assert doc.metadata.title == "Procès-verbal"
    assert [runs_text(block.runs) for block in doc.blocks] == [
        "Procès-verbal",
        "La séance est ouverte à 10 h.",
        "النقطة الأولى",
    ]
    assert [type(block) for block in doc.blocks] == [Heading, Paragraph, Paragraph]


@pytest.mark.parametrize(
    ("text", "hint", "language"),
    [
        ("2025 - 12 : محضر", None, "ar"),  # digits and punctuation are not strong
        ("« Rapport » محضر", None, "fr"),
        ("Minutes of the board", "en", "en"),
        ("Minutes of the board", "ar", "fr"),
        ("محضر", "en", "ar"),
        ("2025", "en", "en"),
        ("", None, "fr"),
    ],
)
def test_plain_text_language_follows_the_first_strong_character(
    text: str, hint: str | None, language: str
) -> None:
    assert document_from_plain_text(text, language_hint=hint).language == language


def test_plain_text_title_is_only_the_first_line() -> None:
    doc = document_from_plain_text("Titre\nsuite immédiate\n")
    assert doc.metadata.title == "Titre"
    assert doc.blocks == [Heading([Run("Titre")]), Paragraph([Run("suite immédiate")])]


def test_empty_plain_text_gives_an_empty_document() -> None:
    doc = document_from_plain_text(" \n\n ")
    assert doc.blocks == []
    assert doc.metadata.title == ""


def test_plain_text_import_gives_a_valid_document(tmp_path: Path) -> None:
    doc = document_from_plain_text("\ufeff" + ARABIC_TEXT)
    target = tmp_path / "imported.json"
    save_document(doc, target)
    assert load_document(target) == doc
    assert doc.plain_text().split("\n")[0] == "محضر اجتماع المجلس"


def test_unknown_language_hint_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'de'"):
        document_from_plain_text("text", language_hint="de")


def test_chart_and_indicator_blocks_round_trip_and_name_bad_values() -> None:
    text = json.dumps(
        {
            "format": "taqrir-document",
            "schema_version": 2,
            "kind": "bulletin",
            "blocks": [
                {
                    "type": "chart",
                    "kind": "donut",
                    "title": "حصة الفروع",
                    "categories": ["الفخار", "الملابس"],
                    "series": [{"name": "", "values": [36, 64]}],
                },
                {
                    "type": "indicators",
                    "items": [{"label": "الصادرات", "value": 1.14, "change": 13.3}],
                },
            ],
        },
        ensure_ascii=False,
    )
    document = document_from_json(text)
    assert document_from_json(document_to_json(document)) == document
    bad = text.replace("[36, 64]", "[36, null]")
    with pytest.raises(DocumentError) as caught:
        document_from_json(bad)
    assert caught.value.path == "blocks[0].series[0].values[1]"
