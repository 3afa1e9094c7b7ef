"""Every bundled sample's PDF against its golden reference (tests/golden.py)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from tests.golden import (
    DOCUMENT_FILE,
    GOLDEN_DIR,
    IMAGE_FILE,
    PIXEL_FRACTION,
    Snapshot,
    capture,
    check,
    differences,
    export_sample,
    failure_message,
    read_reference,
    sample_name,
    samples,
    stale_references,
    update,
    write_reference,
)

SAMPLES = samples()


@pytest.mark.parametrize("sample", SAMPLES, ids=sample_name)
def test_sample_matches_its_reference(sample: Path, tmp_path: Path) -> None:
    problems = check(sample, tmp_path)
    if problems:
        pytest.fail(failure_message(sample, problems), pytrace=False)


@pytest.mark.parametrize("sample", SAMPLES, ids=sample_name)
def test_export_is_byte_identical_between_runs(sample: Path, tmp_path: Path) -> None:
    first = export_sample(sample, tmp_path / "first.pdf").read_bytes()
    second = export_sample(sample, tmp_path / "second.pdf").read_bytes()
    offset = next((i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b), None)
    assert first == second, f"two exports of {sample.name} differ (from byte {offset})"


def test_every_reference_has_a_sample() -> None:
    assert stale_references() == [], "references of removed samples; run `make golden`"


def test_there_are_samples() -> None:
    assert SAMPLES
    assert all((GOLDEN_DIR / sample_name(sample) / IMAGE_FILE).is_file() for sample in SAMPLES)


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    """The two-page bilingual sample, as exported now (the alterations below remove or
    change its second and last page)."""
    sample = next(path for path in SAMPLES if path.name.startswith("bilingual-"))
    return capture(export_sample(sample, tmp_path_factory.mktemp("golden") / "sample.pdf"))


def _edit_document(folder: Path, change: Callable[[dict], None]) -> None:
    path = folder / DOCUMENT_FILE
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def _edit_text(folder: Path, page: int) -> None:
    path = folder / f"page-{page}.txt"
    path.write_text("x" + path.read_text(encoding="utf-8"), encoding="utf-8")


def _edit_image(folder: Path, box: tuple[int, int, int, int], fill: str = "black") -> None:
    path = folder / IMAGE_FILE
    with Image.open(path) as image:
        image.load()
    ImageDraw.Draw(image).rectangle(box, fill=fill)
    image.save(path)


def _swap_red_and_blue(folder: Path) -> None:
    path = folder / IMAGE_FILE
    with Image.open(path) as image:
        red, green, blue = image.convert("RGB").split()
    Image.merge("RGB", (blue, green, red)).save(path)


ALTERATIONS: dict[str, tuple[Callable[[Path], None], str]] = {
    "text": (lambda folder: _edit_text(folder, 1), "page 1 text, line 1: "),
    "later page text": (lambda folder: _edit_text(folder, 2), "page 2 text, line 1: "),
    "missing page text": (lambda folder: (folder / "page-2.txt").unlink(), "page 2 text: "),
    "page count": (
        lambda folder: _edit_document(folder, lambda d: d.update(pages=d["pages"] + 1)),
        "page count: reference ",
    ),
    "outline title": (
        lambda folder: _edit_document(folder, lambda d: d["outline"][1].__setitem__(1, "x")),
        "outline, entry 2 ",
    ),
    "outline page": (
        lambda folder: _edit_document(folder, lambda d: d["outline"][-1].__setitem__(2, 99)),
        "outline, entry ",
    ),
    "outline entry removed": (
        lambda folder: _edit_document(folder, lambda d: d["outline"].pop()),
        "outline (",
    ),
    "metadata": (
        lambda folder: _edit_document(folder, lambda d: d["metadata"].update(author="x")),
        "metadata author: ",
    ),
    "lang": (
        lambda folder: _edit_document(folder, lambda d: d.update(lang="en")),
        "catalog /Lang: ",
    ),
    "image block": (
        lambda folder: _edit_image(folder, (100, 200, 159, 239)),
        "page 1 image: ",
    ),
    "image hue": (_swap_red_and_blue, "page 1 image: "),
    "image size": (
        lambda folder: Image.new("RGB", (40, 40), "white").save(folder / IMAGE_FILE),
        "page 1 image: 331×468 pixels, reference 40×40",
    ),
}


def test_an_unaltered_reference_matches(snapshot: Snapshot, tmp_path: Path) -> None:
    write_reference(snapshot, tmp_path)
    assert differences(read_reference(tmp_path), snapshot) == []


@pytest.mark.parametrize("name", ALTERATIONS)
def test_an_altered_reference_is_reported(snapshot: Snapshot, tmp_path: Path, name: str) -> None:
    alter, expected = ALTERATIONS[name]
    write_reference(snapshot, tmp_path)
    alter(tmp_path)
    problems = differences(read_reference(tmp_path), snapshot)
    assert len(problems) == 1, problems
    assert problems[0].startswith(expected), problems


def test_a_few_changed_pixels_are_within_tolerance(snapshot: Snapshot, tmp_path: Path) -> None:
    write_reference(snapshot, tmp_path)
    with Image.open(io.BytesIO(snapshot.image)) as image:
        allowed = int(image.width * image.height * PIXEL_FRACTION)
    _edit_image(tmp_path, (100, 200, 100 + allowed // 10 - 1, 209))
    assert differences(read_reference(tmp_path), snapshot) == []


def test_failure_message_names_sample_part_and_update() -> None:
    sample = SAMPLES[0]
    message = failure_message(sample, ["page count: reference 2, now 3"])
    assert sample_name(sample) in message
    assert "page count: reference 2, now 3" in message
    assert "make golden" in message


def test_update_writes_references_and_reports_changes(tmp_path: Path) -> None:
    golden, work = tmp_path / "golden", tmp_path / "work"
    work.mkdir()
    (golden / "removed-sample").mkdir(parents=True)
    report = update(work, golden)
    assert "removed-sample: removed (no such sample)" in report
    assert not (golden / "removed-sample").exists()
    names = [sample_name(sample) for sample in SAMPLES]
    assert sorted(path.name for path in golden.iterdir()) == sorted(names)

    altered = golden / names[0]
    _edit_text(altered, 1)
    before = (altered / IMAGE_FILE).read_bytes()
    report = update(work, golden)
    assert report[0] == f"{names[0]}: updated"
    assert report[1].startswith("  - page 1 text, line 1: ")
    assert all(line.endswith(": unchanged") for line in report[2:])
    assert (altered / IMAGE_FILE).read_bytes() == before
    assert check(SAMPLES[0], work, golden) == []
