"""Hard kills: a writer killed at any moment loses at most what it had not finished.

Each round starts a writer process on the same library. It autosaves a document (the
working copy of a saved document and an untitled one) and every few rounds saves it as a
revision, reporting each completed call on a progress file (``os.write``, so the report is
in the kernel before the next call starts). It dies by SIGKILL: half the rounds kill
themselves at a random SQL statement (inside a transaction, before or at its COMMIT), the
other half are killed by this process after a random delay: most once the writer is ready,
one round in ten within 3 ms of its starting to open the library (while SQLite recovers the
log the last writer left). After every kill the library must open, pass
``PRAGMA integrity_check``, and hold a readable state no older than the last completed
autosave and save.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from desktop_app.store import Library

KILLS = 200

CHILD = r"""
import os, random, signal, sys
from desktop_app.model import Document, Heading, Metadata, Paragraph, Run
from desktop_app.store.library import Library

path, progress, seed, statement = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
out = os.open(progress, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
os.write(out, b"open\n")

def document(n):
    blocks = [Heading([Run("محضر")]), Paragraph([Run(f"n={n}")])]
    blocks += [Paragraph([Run(f"الفقرة {i} من الوثيقة رقم {n} " * 8)]) for i in range(20)]
    return Document(metadata=Metadata(title=f"n={n}"), blocks=blocks)

def counter(doc):
    return int(doc.blocks[1].runs[0].text[2:])

library = Library.open(path)
ids = [d.id for d in library.documents()]
if ids:
    doc_id = ids[0]
else:
    doc_id = library.add(document(0), document_id="d" * 32)
    os.write(out, b"S 1 0\n")
copies = {c.key for c in library.working_copies()}
n = counter(library.recover(doc_id) if doc_id in copies else library.load(doc_id))
count = 0
def trace(sql):
    global count
    count += 1
    if count == statement:
        os.kill(os.getpid(), signal.SIGKILL)
if statement:
    library._db.set_trace_callback(trace)
os.write(out, b"ready\n")
print("ready", flush=True)
while True:
    n += 1
    os.write(out, f"a {n}\n".encode())
    library.autosave(doc_id, document(n))
    library.autosave("untitled-kill", document(n))
    os.write(out, f"A {n}\n".encode())
    if rng.random() < 0.25:
        os.write(out, f"s {n}\n".encode())
        revision = library.save(doc_id, document(n), author="kill", note=f"n={n}")
        os.write(out, f"S {revision.number} {n}\n".encode())
"""


def _lines(progress) -> list[str]:
    return progress.read_text().splitlines() if progress.exists() else []


def _interrupted(progress, lines_before: int) -> str:
    """What the writer was doing when it died: its last progress line's kind."""
    lines = _lines(progress)
    if len(lines) == lines_before:
        return "starting"
    last = lines[-1].split()[0]
    return {"a": "autosave", "s": "save", "A": "between", "S": "between"}.get(last, "opening")


def _reported(progress) -> tuple[int, int, int]:
    """(last completed autosave n, last completed revision number, its n)."""
    autosaved = revision = revision_n = 0
    for line in progress.read_text().splitlines():
        parts = line.split()
        if parts[:1] == ["A"] and len(parts) == 2:
            autosaved = int(parts[1])
        elif parts[:1] == ["S"] and len(parts) == 3:
            revision, revision_n = int(parts[1]), int(parts[2])
    return autosaved, revision, revision_n


def _counter(document) -> int:
    return int(document.blocks[1].runs[0].text[2:])


def _check(path, progress) -> tuple[int, int]:
    autosaved, revision, revision_n = _reported(progress)
    with Library.open(path) as library:
        assert library.integrity_check() == "ok"
        if revision == 0:  # killed before the first document was added
            return 0, 0
        doc_id = "d" * 32
        revisions = library.revisions(doc_id)
        numbers = [r.number for r in revisions]
        assert numbers == list(range(1, len(numbers) + 1))
        assert library.info(doc_id).revision == numbers[-1]
        assert numbers[-1] >= revision
        saved = library.load(doc_id)
        assert _counter(saved) >= revision_n
        assert saved.metadata.title == f"n={_counter(saved)}"  # one consistent state
        copies = {c.key: c for c in library.working_copies()}
        state = _counter(saved)
        if doc_id in copies:
            copy = library.recover(doc_id)
            assert copy.metadata.title == f"n={_counter(copy)}"
            state = max(state, _counter(copy))
        assert state >= autosaved
        if autosaved:
            untitled = library.recover("untitled-kill")
            assert _counter(untitled) >= autosaved
        return state, numbers[-1]


def test_a_writer_killed_at_any_moment_loses_nothing_it_finished(tmp_path):
    path = tmp_path / "library.sqlite3"
    progress = tmp_path / "progress.txt"
    rng = random.Random(20261130)
    environment = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    started = time.monotonic()
    kills = {"self": 0, "parent": 0}
    during = {"starting": 0, "opening": 0, "autosave": 0, "save": 0, "between": 0}
    for round_number in range(KILLS):
        statement = rng.randint(1, 60) if round_number % 2 == 0 else 0
        lines_before = len(_lines(progress))
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                CHILD,
                str(path),
                str(progress),
                str(round_number),
                str(statement),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment,
        )
        if round_number % 10 == 1:
            # Kill it while it opens the library: just after it says it starts to.
            while len(_lines(progress)) == lines_before and child.poll() is None:
                time.sleep(0.0002)
            time.sleep(rng.uniform(0, 0.003))  # opening takes 1 to 4 ms
            child.send_signal(signal.SIGKILL)
        elif statement == 0:
            ready = child.stdout.readline()
            assert ready.strip() == b"ready", child.stderr.read().decode()
            time.sleep(rng.uniform(0, 0.06))
            child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        stderr = child.stderr.read().decode()
        child.stdout.close()
        child.stderr.close()
        assert child.returncode == -signal.SIGKILL, stderr
        kills["self" if statement else "parent"] += 1
        during[_interrupted(progress, lines_before)] += 1
        _check(path, progress)
    elapsed = time.monotonic() - started
    state, revisions = _check(path, progress)
    print(
        f"\n{sum(kills.values())} kills ({kills['self']} at a random SQL statement, "
        f"{kills['parent']} after a random delay) in {elapsed:.1f} s; "
        f"{state} autosaves and {revisions} revisions survived; killed during: "
        + ", ".join(f"{what} {count}" for what, count in during.items())
    )
    assert sum(kills.values()) >= 200
    assert revisions > 1 and state > 50
    assert during["autosave"] >= 20 and during["save"] >= 20 and during["opening"] >= 1
