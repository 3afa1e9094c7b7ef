"""The taqrir command: exports, and one-line errors for each kind of bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.pdf import builder

from .pdf_text import normalise, pdftotext

GOOD_DOCUMENT = {
    "format": "taqrir-document",
    "schema_version": 1,
    "kind": "minutes",
    "language": "ar",
    "metadata": {"title": "محضر"},
    "blocks": [{"type": "paragraph", "runs": ["نمت الصادرات بنسبة 13% (Rapport annuel)."]}],
}


REPOSITORY = Path(__file__).resolve().parent.parent


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("taqrir: error: ")
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def test_export_json_document(tmp_path: Path) -> None:
    source = tmp_path / "doc.taqrir.json"
    source.write_text(json.dumps(GOOD_DOCUMENT, ensure_ascii=False), encoding="utf-8")
    result = run_cli("export", str(source), "-o", str(tmp_path / "out.pdf"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = normalise(pdftotext(tmp_path / "out.pdf"))
    assert "نمت الصادرات بنسبة 13% (Rapport annuel)." in text


def test_export_plain_text_detects_direction_per_paragraph(tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text(
        "محضر الاجتماع\n\nافتتح الرئيس الجلسة.\n\nLe président a ouvert la séance.\n",
        encoding="utf-8",
    )
    result = run_cli("export", str(source), "-o", str(tmp_path / "notes.pdf"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    pages = __import__("pymupdf").open(tmp_path / "notes.pdf")
    blocks = [b for b in pages[0].get_text("blocks") if b[4].strip()]
    french = next(b for b in blocks if "président" in b[4])
    arabic = next(b for b in blocks if "الجلسة" in b[4])
    page_width = pages[0].rect.width
    assert french[0] < page_width * 0.2  # starts at the left margin
    assert arabic[2] > page_width * 0.8  # starts at the right margin
    assert "Le président a ouvert la séance." in normalise(pdftotext(tmp_path / "notes.pdf"))


def test_letter_paper(tmp_path: Path) -> None:
    source = tmp_path / "doc.taqrir.json"
    source.write_text(json.dumps(GOOD_DOCUMENT), encoding="utf-8")
    result = run_cli(
        "export", str(source), "-o", str(tmp_path / "out.pdf"), "--paper", "letter", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    page = __import__("pymupdf").open(tmp_path / "out.pdf")[0]
    assert (round(page.rect.width), round(page.rect.height)) == (612, 792)


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.taqrir.json", b"", ["empty file"]),
        ("empty.txt", b"  \n", ["empty file"]),
        ("binary.taqrir.json", b"\x89PNG\r\n\x1a\n\x00\x00", ["not a text file"]),
        ("binary.txt", b"abc\x00def", ["not a text file", "NUL"]),
        ("invalid.taqrir.json", b'{"format": "taqrir-document", ', ["invalid JSON", "line 1"]),
        (
            "future.taqrir.json",
            json.dumps({**GOOD_DOCUMENT, "schema_version": 7}).encode(),
            ["schema version 7"],
        ),
        (
            "badrow.taqrir.json",
            json.dumps(
                {**GOOD_DOCUMENT, "blocks": [{"type": "table", "rows": [[["a"]], "x"]}]}
            ).encode(),
            ["blocks[0].rows[1]"],
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_bad_input_files(tmp_path: Path, name: str, content: bytes, words: list[str]) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    result = run_cli("export", str(source), "-o", str(tmp_path / "out.pdf"), cwd=tmp_path)
    assert_one_line_error(result, name, *words)
    assert not (tmp_path / "out.pdf").exists()


def test_missing_input_file(tmp_path: Path) -> None:
    result = run_cli("export", str(tmp_path / "nope.taqrir.json"), cwd=tmp_path)
    assert_one_line_error(result, "nope.taqrir.json")


def test_unknown_font_is_refused_naming_the_known_ones(tmp_path: Path) -> None:
    source = tmp_path / "doc.taqrir.json"
    source.write_text(json.dumps(GOOD_DOCUMENT), encoding="utf-8")
    result = run_cli("export", str(source), "--font", "Comic Sans", cwd=tmp_path)
    assert_one_line_error(result, "Comic Sans", "Amiri")
    assert not (tmp_path / "doc.taqrir.pdf").exists()


def test_character_no_font_has_is_named(tmp_path: Path) -> None:
    document = {**GOOD_DOCUMENT, "blocks": [{"type": "paragraph", "runs": ["نص 😀"]}]}
    source = tmp_path / "doc.taqrir.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    result = run_cli("export", str(source), "-o", str(tmp_path / "o.pdf"), cwd=tmp_path)
    assert_one_line_error(result, "U+1F600", "blocks[0]")
    assert not (tmp_path / "o.pdf").exists()


def test_image_that_is_not_an_image(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_text("not a picture")
    document = {**GOOD_DOCUMENT, "blocks": [{"type": "image", "path": "logo.png"}]}
    source = tmp_path / "doc.taqrir.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    result = run_cli("export", str(source), "-o", str(tmp_path / "o.pdf"), cwd=tmp_path)
    assert_one_line_error(result, "logo.png", "not an image", "blocks[0]")


def test_missing_image(tmp_path: Path) -> None:
    document = {**GOOD_DOCUMENT, "blocks": [{"type": "image", "path": "gone.png"}]}
    source = tmp_path / "doc.taqrir.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    result = run_cli("export", str(source), "-o", str(tmp_path / "o.pdf"), cwd=tmp_path)
    assert_one_line_error(result, "gone.png", "not found")


def test_output_folder_that_does_not_exist(tmp_path: Path) -> None:
    source = tmp_path / "doc.taqrir.json"
    source.write_text(json.dumps(GOOD_DOCUMENT), encoding="utf-8")
    result = run_cli("export", str(source), "-o", str(tmp_path / "no" / "o.pdf"), cwd=tmp_path)
    assert_one_line_error(result, "no")


def test_failed_export_keeps_the_previous_pdf_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "doc.taqrir.json"
    source.write_text(json.dumps(GOOD_DOCUMENT), encoding="utf-8")
    target = tmp_path / "out.pdf"
    target.write_bytes(b"%PDF-previous")

    def crash(*args, **kwargs):  # noqa: ANN002, ANN003
        raise RuntimeError("disk went away")

    monkeypatch.setattr(builder, "_build", crash)
    with pytest.raises(RuntimeError):
        cli.main(["export", str(source), "-o", str(target)])
    assert target.read_bytes() == b"%PDF-previous"
    assert sorted(os.listdir(tmp_path)) == ["doc.taqrir.json", "out.pdf"]


def test_samples_command_exports_every_sample(tmp_path: Path) -> None:
    result = run_cli("samples", "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    pdfs = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(pdfs) >= 2
    for pdf in pdfs:
        assert str(pdf) in result.stdout
        assert pdf.read_bytes().startswith(b"%PDF")
