"""Two windows on one library, and autosaves from a worker thread."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

from desktop_app.store import Library, LibraryLockedError

from .store_helpers import text_document

WRITER = r"""
import sys, time
from desktop_app.model import Document, Heading, Metadata, Paragraph, Run
from desktop_app.store import Library
library = Library.open(sys.argv[1])
doc_id = library.add(Document(metadata=Metadata(title="0"), blocks=[Heading([Run("0")])]))
print(doc_id, flush=True)
deadline = time.monotonic() + float(sys.argv[2])
n = 0
while time.monotonic() < deadline:
    n += 1
    blocks = [Heading([Run(str(n))])] + [Paragraph([Run(f"كلمة{n} نص")]) for _ in range(20)]
    document = Document(metadata=Metadata(title=str(n)), blocks=blocks)
    library.autosave(doc_id, document)
    library.save(doc_id, document)
library.close()
print(n, flush=True)
"""

READER = r"""
import sys
from desktop_app.store import Library, LibraryLockedError
path, doc_id = sys.argv[1], sys.argv[2]
try:
    Library.open(path)
except LibraryLockedError as error:
    print("locked:", error, flush=True)
reads = 0
while True:
    with Library.open(path, writer=False) as library:
        document = library.load(doc_id)
        info = library.info(doc_id)  # read after: the writer may have saved meanwhile
        assert document.metadata.title == document.blocks[0].runs[0].text  # one state
        assert info.revision >= int(document.metadata.title) + 1
        hits = library.search("نص")
        assert hits and hits[0].document_id == doc_id
        reads += 1
        if reads >= 60:
            break
print("reads", reads, flush=True)
"""


def test_a_second_window_reads_while_the_first_writes_and_cannot_write(tmp_path):
    path = tmp_path / "library.sqlite3"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), "4"], stdout=subprocess.PIPE, text=True
    )
    doc_id = writer.stdout.readline().strip()
    reader = subprocess.run(
        [sys.executable, "-c", READER, str(path), doc_id],
        capture_output=True,
        text=True,
        timeout=120,
    )
    saves = int(writer.stdout.readline())
    writer.wait(timeout=60)
    writer.stdout.close()
    assert reader.returncode == 0, reader.stderr
    assert f"is open for writing in another window (pid {writer.pid})" in reader.stdout
    assert "reads 60" in reader.stdout
    with Library.open(path) as library:
        assert library.integrity_check() == "ok"
        assert library.info(doc_id).revision == saves + 1
        assert library.working_copies() == []


def test_autosave_may_run_on_a_worker_thread_beside_saves(tmp_path):
    with Library.open(tmp_path / "library.sqlite3") as library:
        doc_id = library.add(text_document("تقرير", "0"))
        failures: list[BaseException] = []
        stop = threading.Event()

        def autosaving() -> None:
            n = 0
            try:
                while not stop.is_set():
                    n += 1
                    library.autosave("untitled-worker", text_document("مسودة", str(n)))
            except BaseException as error:  # pragma: no cover - reported below
                failures.append(error)

        worker = threading.Thread(target=autosaving)
        worker.start()
        for n in range(30):
            library.save(doc_id, text_document("تقرير", str(n)))
        time.sleep(0.05)
        stop.set()
        worker.join(timeout=30)
        assert failures == []
        assert len(library.revisions(doc_id)) == 31
        assert library.recover("untitled-worker").metadata.title == "مسودة"
        assert library.integrity_check() == "ok"


def test_a_window_that_closes_lets_the_next_one_write(tmp_path):
    path = tmp_path / "library.sqlite3"
    first = Library.open(path)
    try:
        Library.open(path)
    except LibraryLockedError:
        pass
    else:  # pragma: no cover
        raise AssertionError("a second writer was let in")
    first.close()
    with Library.open(path) as second:
        second.add(text_document("تقرير"))
