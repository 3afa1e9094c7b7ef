"""The branded-document bad inputs, end to end through `taqrir export`.

Each one must stop the export with one line that names the file and the field, write no PDF
and leave the command usable for the next document.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app import cli
from desktop_app.resources import resource_path

from .pdf_text import normalise, pdftotext

DOCUMENT: dict[str, Any] = {
    "format": "taqrir-document",
    "schema_version": 2,
    "kind": "bulletin",
    "language": "ar",
    "metadata": {"title": "نشرة"},
    "blocks": [{"type": "paragraph", "runs": ["نمت الصادرات بنسبة 13%."]}],
}

EXTERNAL_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'viewBox="0 0 10 10"><image xlink:href="file:///etc/passwd" width="10" height="10"/></svg>'
)
ENORMOUS_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
    + '<rect width="1" height="1"/>' * 20_000
    + "</svg>"
)


def default_kit() -> dict[str, Any]:
    path = resource_path("kits", "default.kit.json")
    return json.loads(path.read_text(encoding="utf-8"))


def kit_with(**changes: Any) -> dict[str, Any]:
    kit = default_kit()
    for key, value in changes.items():
        if key == "primary":
            kit["colors"]["primary"] = value
        else:
            kit[key] = value
    return kit


def chart(values: list[float | None], kind: str = "pie") -> dict[str, Any]:
    return {
        "type": "chart",
        "kind": kind,
        "categories": ["الفخار", "الملابس"],
        "series": [{"name": "الحصة", "values": values}],
    }


def table(rows: list[list[str]]) -> dict[str, Any]:
    return {"type": "table", "rows": [[[cell] for cell in row] for row in rows]}


def export(tmp_path: Path, document: dict[str, Any], capsys: pytest.CaptureFixture[str]):
    source = tmp_path / "bulletin.taqrir.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "bulletin.pdf"
    code = cli.main(["export", str(source), "-o", str(target)])
    captured = capsys.readouterr()
    return code, captured, target


# (files beside the kit, kit, words the one-line message must hold)
KIT_FAULTS: dict[str, tuple[dict[str, str], dict[str, Any], list[str]]] = {
    "missing logo": ({}, kit_with(logo="logo.png"), ["kit.json", "logo", "'logo.png' not found"]),
    "logo that is not an image": (
        {"logo.png": "not a picture"},
        kit_with(logo="logo.png"),
        ["kit.json", "logo", "'logo.png' is not an image"],
    ),
    "SVG that refers to a file": (
        {"logo.svg": EXTERNAL_SVG},
        kit_with(logo="logo.svg"),
        ["kit.json", "logo", "file:///etc/passwd", "self-contained"],
    ),
    "enormous SVG": (
        {"logo.svg": ENORMOUS_SVG},
        kit_with(logo="logo.svg"),
        ["kit.json", "logo", "too large", "512 KiB"],
    ),
    "colour that is not a colour": (
        {},
        kit_with(primary="bleu marine"),
        ["kit.json", "colors.primary", "'bleu marine' is not a colour"],
    ),
}

DOCUMENT_FAULTS: dict[str, tuple[dict[str, Any], list[str]]] = {
    "table row with too many cells": (
        table([["البلد", "الحصة"], ["الولايات المتحدة", "21", "زائدة"]]),
        ["bulletin.taqrir.json", "blocks[1].rows[1]", "3 cells, expected 2"],
    ),
    "negative share in a pie": (
        chart([36, -4]),
        ["blocks[1].series[0].values[1]", "negative", "pie chart"],
    ),
    "missing share in a donut": (
        chart([36, None], kind="donut"),
        ["blocks[1].series[0].values[1]", "missing value", "donut chart"],
    ),
    "fewer values than categories": (
        chart([36], kind="bar"),
        ["blocks[1].series[0].values", "1 values for 2 categories"],
    ),
    "chart without series": (
        {**chart([1, 2], kind="line"), "series": []},
        ["blocks[1].series"],
    ),
    "table cell taller than a page": (
        table([["البند", "المبلغ"], [" ".join(["نص طويل جدا في خلية واحدة"] * 900), "1"]]),
        ["bulletin.taqrir.json: blocks[1]: too large to fit on a page"],
    ),
}


def assert_refused(code: int, captured: Any, target: Path, words: list[str]) -> None:
    assert code == 2
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("taqrir: error: ")
    for word in words:
        assert word in lines[0], lines[0]
    assert not target.exists()


@pytest.mark.parametrize("fault", list(KIT_FAULTS))
def test_a_bad_brand_kit_is_named_by_file_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fault: str
) -> None:
    files, kit, words = KIT_FAULTS[fault]
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    (tmp_path / "kit.json").write_text(json.dumps(kit, ensure_ascii=False), encoding="utf-8")
    document = {**DOCUMENT, "brand_kit": "kit.json"}
    assert_refused(*export(tmp_path, document, capsys), words)


@pytest.mark.parametrize("fault", list(DOCUMENT_FAULTS))
def test_a_bad_table_or_chart_is_named_by_its_block(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fault: str
) -> None:
    block, words = DOCUMENT_FAULTS[fault]
    document = copy.deepcopy(DOCUMENT)
    document["blocks"].append(block)
    assert_refused(*export(tmp_path, document, capsys), words)


def test_after_a_refusal_the_fixed_document_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = copy.deepcopy(DOCUMENT)
    document["blocks"].append(chart([36, -4]))
    code, _captured, _target = export(tmp_path, document, capsys)
    assert code == 2
    document["blocks"][1] = chart([36, 64])
    code, captured, target = export(tmp_path, document, capsys)
    assert code == 0, captured.err
    text = normalise(pdftotext(target))
    assert "نمت الصادرات بنسبة 13%." in text
    assert "الفخار" in text and "الملابس" in text


def test_a_chart_may_leave_out_its_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = copy.deepcopy(DOCUMENT)
    document["blocks"].append(chart([36, 64], kind="bar"))
    code, captured, target = export(tmp_path, document, capsys)
    assert code == 0, captured.err
    assert "الملابس" in normalise(pdftotext(target))
