"""The document library: one SQLite database holding documents with their revisions, brand
kits, templates, images, the autosave journal and the search index.

No Qt and no global state: the caller opens a :class:`Library` on a path (see
:func:`desktop_app.store.paths.library_path`) and passes it on. One connection per
``Library``, guarded by a lock, so ``autosave`` may be called from a worker thread.

Durability: WAL journal, ``synchronous=FULL`` (every commit is on disk before the call
returns), foreign keys on, every write in one ``BEGIN IMMEDIATE`` transaction. A process
killed at any moment leaves the library at its last committed state.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import difflib
import hashlib
import json
import os
import re
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from desktop_app.model import (
    Document,
    DocumentError,
    block_text,
    document_from_json,
    document_to_json,
    runs_text,
)
from desktop_app.model.minutes import Action, Minutes

from .errors import (
    LibraryLockedError,
    LibraryNeedsUpgradeError,
    ReadOnlyDocumentError,
    StoreError,
)
from .normalise import normalise, origin_finder
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "BlockChange",
    "DocumentInfo",
    "Library",
    "Revision",
    "SearchHit",
    "WorkingCopy",
    "index_document",
    "searchable_lines",
]

BUSY_TIMEOUT_S = 5.0
MAX_KEY_LENGTH = 200
MAX_AUTHOR_LENGTH = 200
MAX_NOTE_LENGTH = 2000
MIN_ID_PREFIX = 4
MAX_QUERY_LENGTH = 1000
SNIPPET_BEFORE = 50
SNIPPET_AFTER = 110


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    title: str
    kind: str
    language: str
    status: str
    created: str
    updated: str
    revision: int


@dataclass(frozen=True)
class Revision:
    document_id: str
    number: int
    created: str
    author: str
    note: str
    status: str
    sha256: str


@dataclass(frozen=True)
class BlockChange:
    """One difference between two revisions, block by block (indices into each revision's
    blocks, structured minutes expanded; ``None`` on the side where the block is absent)."""

    change: Literal["added", "removed", "changed"]
    old_index: int | None
    new_index: int | None
    old_text: str
    new_text: str


@dataclass(frozen=True)
class SearchHit:
    document_id: str
    title: str
    score: float  # bm25: lower is better
    snippet: str  # the original text around the first match, matches between the markers


@dataclass(frozen=True)
class WorkingCopy:
    """An autosaved, not yet saved state: ``document_id`` is ``None`` for an untitled one."""

    key: str
    document_id: str | None
    title: str
    sequence: int
    saved: str


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds")


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class _WriterLock:
    """A lock file beside the database, holding the writer's pid.

    The operating system drops the lock when the process ends, however it ends, so a lock
    left by a killed window is simply taken over; its pid is only there for the message.
    """

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._file: Any = None

    def acquire(self) -> None:
        try:
            file = open(self.path, "a+b")  # noqa: SIM115 - held until release()
        except OSError as err:
            raise StoreError(
                f"cannot open the library for writing ({_reason(err)})", source=str(self.path)
            ) from None
        try:
            _lock_file(file)
        except OSError:
            try:
                file.seek(0)
                holder = file.read(32).decode("ascii", "replace").strip() or "unknown"
            except OSError:
                holder = "unknown"
            file.close()
            library = self.path.with_name(self.path.name.removesuffix(".lock"))
            raise LibraryLockedError(
                f"library {library} is open for writing in another window (pid {holder})"
            ) from None
        file.seek(0)
        file.truncate()
        file.write(str(os.getpid()).encode("ascii"))
        file.flush()
        self._file = file

    def release(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.seek(0)
                self._file.truncate()
                _unlock_file(self._file)
            self._file.close()
            self._file = None


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Windows locks byte ranges, and a locked range cannot be read by others: lock a byte
    # far past the pid so that the second window can still read it.
    _LOCKED_BYTE = 1 << 20

    def _lock_file(file: Any) -> None:
        file.seek(_LOCKED_BYTE)
        msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(file: Any) -> None:
        file.seek(_LOCKED_BYTE)
        msvcrt.locking(file.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_file(file: Any) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(file: Any) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_UN)


def _reason(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, FileNotFoundError):
        return "folder not found"
    if isinstance(err, NotADirectoryError):
        return "a file stands where a folder should be"
    if isinstance(err, IsADirectoryError):
        return "is a folder, not a file"
    return err.strerror or str(err)


def _sqlite_reason(err: sqlite3.Error) -> str:
    name = getattr(err, "sqlite_errorname", "") or ""
    text = str(err)
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return "the disk is full"
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return "the library is read-only"
    if name.startswith("SQLITE_BUSY") or "locked" in text:
        return "the library is busy in another window; try again"
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "not a database" in text:
        return "the file is damaged or is not a Taqrir library"
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return "cannot open the database file"
    return text


class Library:
    """An open library. Use :meth:`open`; close it (or use ``with``) when done."""

    def __init__(self, path: Path, db: sqlite3.Connection, writer: bool, lock: Any) -> None:
        self.path = path
        self.writer = writer
        self._db = db
        self._lock = threading.RLock()
        self._writer_lock = lock

    # ------------------------------------------------------------ opening

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        writer: bool = True,
        busy_timeout: float = BUSY_TIMEOUT_S,
    ) -> Library:
        """Open (and for a writer, create or migrate) the library at ``path``.

        A writer holds the library's lock file until :meth:`close`; a second writer gets
        :class:`LibraryLockedError`. A reader opens the database read-only.
        """
        path = Path(path).expanduser().absolute()
        source = str(path)
        if path.is_dir():
            raise StoreError("is a folder, not a library file", source=source)
        if not writer and not path.exists():
            raise StoreError("library not found", source=source)
        lock = None
        if writer:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise StoreError(
                    f"cannot create the library's folder ({_reason(err)})", source=source
                ) from None
            lock = _WriterLock(path)
            lock.acquire()
        try:
            mode = "rwc" if writer else "ro"
            db = sqlite3.connect(
                f"{path.as_uri()}?mode={mode}",
                uri=True,
                timeout=busy_timeout,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as err:
            if lock is not None:
                lock.release()
            raise StoreError(f"cannot open ({_sqlite_reason(err)})", source=source) from None
        library = cls(path, db, writer, lock)
        try:
            library._prepare(busy_timeout)
        except BaseException:
            library.close()
            raise
        return library

    def _prepare(self, busy_timeout: float) -> None:
        db = self._db
        try:
            db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            db.execute("PRAGMA foreign_keys = ON")
            if self.writer:
                mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if mode.lower() != "wal":
                    raise StoreError(
                        f"cannot use a write-ahead log here (journal mode {mode})",
                        source=str(self.path),
                    )
            db.execute("PRAGMA synchronous = FULL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            application = db.execute("PRAGMA application_id").fetchone()[0]
            tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.Error as err:
            raise StoreError(
                f"cannot open ({_sqlite_reason(err)})", source=str(self.path)
            ) from None
        if application not in (0, APPLICATION_ID) or (version == 0 and tables):
            raise StoreError("not a Taqrir library", source=str(self.path))
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"library schema version {version} is newer than this version of Taqrir "
                f"supports ({SCHEMA_VERSION}); update Taqrir",
                source=str(self.path),
            )
        if version < SCHEMA_VERSION:
            if not self.writer:
                raise LibraryNeedsUpgradeError(
                    f"library schema version {version} needs upgrading to {SCHEMA_VERSION}; "
                    "open it for writing once",
                    source=str(self.path),
                )
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._transaction(f"cannot upgrade the library to version {target}") as db:
                MIGRATIONS[target](db)
                db.execute(f"PRAGMA user_version = {target}")
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    @property
    def schema_version(self) -> int:
        with self._lock:
            return self._db.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                with contextlib.suppress(sqlite3.Error):
                    if self.writer:
                        self._db.execute("PRAGMA optimize")
                self._db.close()
                self._db = None  # type: ignore[assignment]
            if self._writer_lock is not None:
                self._writer_lock.release()
                self._writer_lock = None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def integrity_check(self) -> str:
        with self._lock:
            return self._db.execute("PRAGMA integrity_check").fetchone()[0]

    # ------------------------------------------------------------ plumbing

    def _error(self, message: str, path: str = "") -> StoreError:
        return StoreError(message, path, str(self.path))

    @contextlib.contextmanager
    def _transaction(self, doing: str) -> Iterator[sqlite3.Connection]:
        if not self.writer:
            raise self._error(f"{doing}: the library is open read-only")
        with self._lock:
            if self._db is None:
                raise self._error(f"{doing}: the library is closed")
            db = self._db
            try:
                db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as err:
                raise self._error(f"{doing} ({_sqlite_reason(err)})") from None
            try:
                yield db
                db.execute("COMMIT")
            except BaseException as err:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
                if isinstance(err, sqlite3.Error):
                    raise self._error(
                        f"{doing} ({_sqlite_reason(err)}); nothing was changed"
                    ) from None
                raise

    @contextlib.contextmanager
    def _reading(self, doing: str) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._db is None:
                raise self._error(f"{doing}: the library is closed")
            try:
                yield self._db
            except sqlite3.Error as err:
                raise self._error(f"{doing} ({_sqlite_reason(err)})") from None

    def _row(self, db: sqlite3.Connection, reference: str) -> tuple[int, str, str, int]:
        """(num, id, status, current revision) of a document given its id or an id prefix."""
        if not isinstance(reference, str) or not reference.strip():
            raise self._error("no document given", "document")
        reference = reference.strip()
        row = db.execute(
            "SELECT num, id, status, current_revision FROM documents WHERE id = ?", (reference,)
        ).fetchone()
        if (
            row is None
            and len(reference) >= MIN_ID_PREFIX
            and re.fullmatch(r"[0-9a-f-]+", reference)
        ):
            rows = db.execute(
                "SELECT num, id, status, current_revision FROM documents "
                "WHERE id >= ? AND id < ? LIMIT 2",
                (reference, reference + "\uffff"),
            ).fetchall()
            if len(rows) > 1:
                raise self._error(
                    f"'{reference}' names more than one document; give more of the id"
                )
            row = rows[0] if rows else None
        if row is None:
            raise self._error(f"no document '{reference}' in the library")
        return row

    def resolve(self, reference: str) -> str:
        """The full id of the document ``reference`` names (its id, or a unique prefix)."""
        with self._reading("cannot find the document") as db:
            return self._row(db, reference)[1]

    # ------------------------------------------------------------ documents

    def add(
        self,
        document: Document,
        *,
        author: str = "",
        note: str = "",
        images: dict[str, bytes] | None = None,
        working_copy: str | None = None,
        document_id: str | None = None,
        kit: tuple[str, str, dict[str, bytes]] | None = None,
    ) -> str:
        """Put a new document in the library as its revision 1; return its id.

        ``images`` are the bytes of the document's image paths; ``working_copy`` is the
        autosave key (an untitled one) that this first save supersedes; ``kit`` a brand kit
        (name, JSON, files) stored in the same transaction.
        """
        text = self._checked_json(document, "document")
        _check_text(author, "author", MAX_AUTHOR_LENGTH)
        _check_text(note, "note", MAX_NOTE_LENGTH)
        document_id = document_id or uuid.uuid4().hex
        now = _now()
        with self._transaction("cannot add the document") as db:
            if db.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone():
                raise self._error(f"document id {document_id} is already in the library")
            cursor = db.execute(
                "INSERT INTO documents (id, title, kind, language, status, created, updated, "
                "current_revision) VALUES (?, '', ?, ?, 'draft', ?, ?, 0)",
                (document_id, document.kind, document.language, now, now),
            )
            num = cursor.lastrowid
            self._add_revision(db, num, 1, text, document, author, note, now)
            _insert_images(db, num, images or {})
            if working_copy is not None:
                db.execute("DELETE FROM working_copies WHERE key = ?", (working_copy,))
            if kit is not None:
                _insert_kit(db, *kit)
        return document_id

    def save(
        self,
        document_id: str,
        document: Document,
        *,
        author: str = "",
        note: str = "",
        working_copy: str | None = None,
        images: dict[str, bytes] | None = None,
    ) -> Revision:
        """Save ``document`` as the next revision of ``document_id``.

        A final document is read-only (:class:`ReadOnlyDocumentError`) until
        :meth:`reopen`. Saving a document whose ``metadata.status`` is ``final`` finalises it.
        The document's working copy is discarded with the save; ``images`` (path → bytes)
        are stored with it, replacing those of the same path.
        """
        text = self._checked_json(document, "document")
        _check_text(author, "author", MAX_AUTHOR_LENGTH)
        _check_text(note, "note", MAX_NOTE_LENGTH)
        with self._transaction("cannot save the document") as db:
            num, full_id, status, current = self._row(db, document_id)
            if status == "final":
                raise ReadOnlyDocumentError(
                    "the document is final and read-only; reopen it to make a new draft",
                    "metadata.status",
                    f"document {full_id}",
                )
            revision = self._add_revision(db, num, current + 1, text, document, author, note)
            db.execute("DELETE FROM working_copies WHERE key IN (?, ?)", (full_id, working_copy))
            _insert_images(db, num, images or {})
        return revision

    def _add_revision(
        self,
        db: sqlite3.Connection,
        num: int,
        number: int,
        text: str,
        document: Document,
        author: str,
        note: str,
        now: str | None = None,
    ) -> Revision:
        now = now or _now()
        status = document.metadata.status
        digest = _sha256(text)
        db.execute(
            "INSERT INTO revisions (doc, number, created, author, note, status, json, sha256) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (num, number, now, author, note, status, text, digest),
        )
        db.execute(
            "UPDATE documents SET title = ?, kind = ?, language = ?, status = ?, updated = ?, "
            "current_revision = ? WHERE num = ?",
            (
                _title(document),
                document.kind,
                document.language,
                status,
                now,
                number,
                num,
            ),
        )
        index_document(db, num, document)
        document_id = db.execute("SELECT id FROM documents WHERE num = ?", (num,)).fetchone()[0]
        return Revision(document_id, number, now, author, note, status, digest)

    def _checked_json(self, document: Document, what: str) -> str:
        if not isinstance(document, Document):
            raise self._error(f"expected a Document, got {type(document).__name__}", what)
        try:
            text = document_to_json(document)
        except (TypeError, ValueError, AttributeError) as err:
            raise self._error(f"cannot be written ({err})", what) from None
        _parse(text, what)  # never store what could not be read back
        return text

    def load(self, document_id: str, revision: int | None = None) -> Document:
        """The document as saved (its latest revision, or revision number ``revision``)."""
        with self._reading("cannot load the document") as db:
            num, full_id, _status, current = self._row(db, document_id)
            number = current if revision is None else revision
            row = db.execute(
                "SELECT json FROM revisions WHERE doc = ? AND number = ?", (num, number)
            ).fetchone()
        if row is None:
            raise self._error(f"document {full_id} has no revision {number}", "revision")
        return _parse(row[0], f"document {full_id} revision {number}")

    def documents(self) -> list[DocumentInfo]:
        """Every document, most recently updated first."""
        with self._reading("cannot list the documents") as db:
            rows = db.execute(
                "SELECT id, title, kind, language, status, created, updated, current_revision "
                "FROM documents ORDER BY updated DESC, num DESC"
            ).fetchall()
        return [DocumentInfo(*row) for row in rows]

    def info(self, document_id: str) -> DocumentInfo:
        with self._reading("cannot read the document") as db:
            num = self._row(db, document_id)[0]
            row = db.execute(
                "SELECT id, title, kind, language, status, created, updated, current_revision "
                "FROM documents WHERE num = ?",
                (num,),
            ).fetchone()
        return DocumentInfo(*row)

    def images(self, document_id: str) -> dict[str, bytes]:
        """The stored images of a document, by the path its image blocks give."""
        with self._reading("cannot read the images") as db:
            num = self._row(db, document_id)[0]
            rows = db.execute(
                "SELECT path, data FROM images WHERE doc = ? ORDER BY path", (num,)
            ).fetchall()
        return {path: bytes(data) for path, data in rows}

    def put_image(self, document_id: str, path: str, data: bytes) -> None:
        with self._transaction("cannot store the image") as db:
            _insert_images(db, self._row(db, document_id)[0], {path: data})

    # ------------------------------------------------------------ revisions

    def revisions(self, document_id: str) -> list[Revision]:
        """Every revision of a document, oldest first."""
        with self._reading("cannot list the revisions") as db:
            num, full_id, _status, _current = self._row(db, document_id)
            rows = db.execute(
                "SELECT number, created, author, note, status, sha256 FROM revisions "
                "WHERE doc = ? ORDER BY number",
                (num,),
            ).fetchall()
        return [Revision(full_id, *row) for row in rows]

    def compare(self, document_id: str, old: int, new: int) -> list[BlockChange]:
        """Which blocks revision ``new`` added, removed or changed against revision ``old``."""
        from desktop_app.model.minutes import flattened
        from desktop_app.model.serialize import _block_to_data

        before = flattened(self.load(document_id, old)).blocks
        after = flattened(self.load(document_id, new)).blocks

        def key(block: Any) -> str:
            return json.dumps(_block_to_data(block), sort_keys=True, ensure_ascii=False)

        matcher = difflib.SequenceMatcher(
            None, [key(b) for b in before], [key(b) for b in after], autojunk=False
        )
        changes: list[BlockChange] = []
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            paired = min(i2 - i1, j2 - j1)
            for offset in range(paired):
                i, j = i1 + offset, j1 + offset
                changes.append(
                    BlockChange("changed", i, j, block_text(before[i]), block_text(after[j]))
                )
            for i in range(i1 + paired, i2):
                changes.append(BlockChange("removed", i, None, block_text(before[i]), ""))
            for j in range(j1 + paired, j2):
                changes.append(BlockChange("added", None, j, "", block_text(after[j])))
        return changes

    def restore(
        self, document_id: str, revision: int, *, author: str = "", note: str = ""
    ) -> Revision:
        """Make revision ``revision`` the content of a new draft revision (history is kept)."""
        document = self.load(document_id, revision)
        document.metadata.status = "draft"
        return self.save(
            document_id, document, author=author, note=note or f"restored revision {revision}"
        )

    def reopen(self, document_id: str, *, author: str = "", note: str = "") -> Revision:
        """Turn a final document back into a draft, as a new revision."""
        info = self.info(document_id)
        if info.status != "final":
            raise self._error(
                f"document {info.id} is a draft already; only a final document is reopened",
                "metadata.status",
            )
        document = self.load(info.id)
        document.metadata.status = "draft"
        text = self._checked_json(document, "document")
        _check_text(author, "author", MAX_AUTHOR_LENGTH)
        _check_text(note, "note", MAX_NOTE_LENGTH)
        with self._transaction("cannot reopen the document") as db:
            num, full_id, status, current = self._row(db, info.id)
            if status != "final":
                raise self._error(f"document {full_id} was reopened in the meantime")
            return self._add_revision(
                db, num, current + 1, text, document, author, note or "reopened"
            )

    # ------------------------------------------------------------ autosave

    def autosave(self, key: str, document: Document) -> int:
        """Keep ``document`` as the working copy ``key`` (a document id, or an untitled key
        from :meth:`new_untitled_key`); return the working copy's sequence number.

        Durable when it returns (the commit is synced). Safe to call from a worker thread.
        The debounce (how long after a change) is the caller's business.
        """
        _check_text(key, "key", MAX_KEY_LENGTH, required=True)
        if not isinstance(document, Document):
            raise self._error(f"expected a Document, got {type(document).__name__}", "document")
        try:
            text = document_to_json(document)
        except (TypeError, ValueError, AttributeError) as err:
            raise self._error(f"cannot be written ({err})", "document") from None
        with self._transaction("cannot autosave the document") as db:
            row = db.execute("SELECT id, status FROM documents WHERE id = ?", (key,)).fetchone()
            if row is not None and row[1] == "final":
                raise ReadOnlyDocumentError(
                    "the document is final and read-only; reopen it to make a new draft",
                    "metadata.status",
                    f"document {key}",
                )
            previous = db.execute(
                "SELECT sequence FROM working_copies WHERE key = ?", (key,)
            ).fetchone()
            sequence = previous[0] + 1 if previous else 1
            db.execute(
                "INSERT OR REPLACE INTO working_copies (key, doc_id, title, sequence, saved, json) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (key, row[0] if row else None, _title(document), sequence, _now(), text),
            )
        return sequence

    @staticmethod
    def new_untitled_key() -> str:
        return f"untitled-{uuid.uuid4().hex}"

    def working_copies(self) -> list[WorkingCopy]:
        """Every working copy not yet saved (after a crash: what there is to recover)."""
        with self._reading("cannot list the working copies") as db:
            rows = db.execute(
                "SELECT key, doc_id, title, sequence, saved FROM working_copies ORDER BY saved"
            ).fetchall()
        return [WorkingCopy(*row) for row in rows]

    def recover(self, key: str) -> Document:
        """The document of working copy ``key`` (it stays until saved or discarded)."""
        with self._reading("cannot read the working copy") as db:
            row = db.execute("SELECT json FROM working_copies WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise self._error(f"no working copy '{key}'", "key")
        return _parse(row[0], f"working copy {key}")

    def discard(self, key: str) -> None:
        with self._transaction("cannot discard the working copy") as db:
            cursor = db.execute("DELETE FROM working_copies WHERE key = ?", (key,))
            if cursor.rowcount == 0:
                raise self._error(f"no working copy '{key}'", "key")

    # ------------------------------------------------------------ search

    def search(
        self, query: str, *, limit: int = 20, marks: tuple[str, str] = ("[", "]")
    ) -> list[SearchHit]:
        """Documents matching every word of ``query``, best first (bm25, title words count
        five times). Words are normalised as the index is (:mod:`.normalise`); a query
        ending in ``*`` also matches words its last word begins."""
        if not isinstance(query, str):
            raise self._error("expected a string", "query")
        if len(query) > MAX_QUERY_LENGTH:
            raise self._error(
                f"too long ({len(query)} characters; at most {MAX_QUERY_LENGTH})", "query"
            )
        words = re.findall(r"\w+", normalise(query))
        if not words:
            raise self._error("nothing to search for (no letters or digits)", "query")
        terms = [f'"{word}"' for word in words]
        if query.rstrip().endswith("*"):
            terms[-1] += "*"
        with self._reading("cannot search") as db:
            # ORDER BY rank lets FTS5 sort by itself, so highlight() runs only on the rows
            # returned, not on every match.
            rows = db.execute(
                "SELECT rowid, rank, highlight(search, 1, char(1), char(2)) FROM search "
                "WHERE search MATCH ? AND rank MATCH 'bm25(5.0, 1.0)' ORDER BY rank LIMIT ?",
                (" ".join(terms), max(1, int(limit))),
            ).fetchall()
            if not rows:
                return []
            marks_sql = ", ".join("?" * len(rows))
            details = {
                num: (doc_id, title, body)
                for num, doc_id, title, body in db.execute(
                    "SELECT d.num, d.id, d.title, t.body FROM documents d "
                    f"JOIN search_text t ON t.doc = d.num WHERE d.num IN ({marks_sql})",
                    [row[0] for row in rows],
                )
            }
        hits = []
        for num, score, highlighted in rows:
            doc_id, title, body = details[num]
            hits.append(SearchHit(doc_id, title, score, _snippet(body, highlighted, marks)))
        return hits

    # ------------------------------------------------------------ brand kits, templates

    def put_brand_kit(
        self, name: str, kit_json: str, files: dict[str, bytes] | None = None
    ) -> None:
        """Store a brand kit (its JSON and the files it names, such as its logo)."""
        _check_text(name, "name", 200, required=True)
        check_kit_json(kit_json, name)
        with self._transaction("cannot store the brand kit") as db:
            _insert_kit(db, name, kit_json, files or {})

    def brand_kit(self, name: str) -> tuple[str, dict[str, bytes]] | None:
        """The kit's JSON and files, or ``None`` when the library has no kit of that name."""
        with self._reading("cannot read the brand kit") as db:
            row = db.execute("SELECT json FROM brand_kits WHERE name = ?", (name,)).fetchone()
            if row is None:
                return None
            files = db.execute(
                "SELECT name, data FROM brand_kit_files WHERE kit = ? ORDER BY name", (name,)
            ).fetchall()
        return row[0], {file_name: bytes(data) for file_name, data in files}

    def brand_kits(self) -> list[str]:
        with self._reading("cannot list the brand kits") as db:
            return [r[0] for r in db.execute("SELECT name FROM brand_kits ORDER BY name")]

    def put_template(self, name: str, document: Document) -> None:
        _check_text(name, "name", 200, required=True)
        text = self._checked_json(document, "template")
        with self._transaction("cannot store the template") as db:
            db.execute(
                "INSERT OR REPLACE INTO templates (name, json, updated) VALUES (?, ?, ?)",
                (name, text, _now()),
            )

    def template(self, name: str) -> Document:
        with self._reading("cannot read the template") as db:
            row = db.execute("SELECT json FROM templates WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise self._error(f"no template '{name}' in the library", "name")
        return _parse(row[0], f"template {name}")

    def templates(self) -> list[str]:
        with self._reading("cannot list the templates") as db:
            return [r[0] for r in db.execute("SELECT name FROM templates ORDER BY name")]

    # ------------------------------------------------------------ follow-up actions

    def previous_minutes(
        self, body: str, *, before: str = "", exclude: str | None = None
    ) -> str | None:
        """The id of the latest minutes of the meeting body ``body`` (compared normalised),
        held before the date ``before`` (YYYY-MM-DD) when given, other than ``exclude``."""
        key = _body_key(body)
        if not key:
            return None
        sql = "SELECT id FROM documents WHERE kind = 'minutes' AND body = ?"
        parameters: list[Any] = [key]
        if before:
            sql += " AND meeting_date < ?"
            parameters.append(before)
        if exclude:
            sql += " AND id != ?"
            parameters.append(exclude)
        sql += " ORDER BY meeting_date DESC, updated DESC, num DESC LIMIT 1"
        with self._reading("cannot find the previous minutes") as db:
            row = db.execute(sql, parameters).fetchone()
        return row[0] if row else None

    def take_over_actions(
        self, document: Document, *, exclude: str | None = None
    ) -> tuple[Document, str | None]:
        """``document`` with the open follow-up actions (status other than ``done``) of the
        previous minutes of the same body put before its own, each with its status.

        Actions it already has (same text, normalised) are not repeated. Returns the new
        document and the id of the minutes the actions came from (``None``: nothing found).
        """
        minutes = document.minutes
        if document.kind != "minutes" or not isinstance(minutes, Minutes):
            raise self._error(
                'only minutes (kind "minutes" with a "minutes" field) have follow-up actions',
                "minutes",
            )
        source = self.previous_minutes(minutes.body, before=document.metadata.date, exclude=exclude)
        if source is None:
            return document, None
        previous = self.load(source).minutes
        if not isinstance(previous, Minutes):
            return document, source
        present = {normalise(runs_text(a.action)).strip() for a in minutes.actions}
        taken = [
            dataclasses.replace(action, action=list(action.action))
            for action in previous.actions
            if action.status != "done"
            and normalise(runs_text(action.action)).strip() not in present
        ]
        new_minutes = dataclasses.replace(minutes, actions=[*taken, *minutes.actions])
        return dataclasses.replace(document, minutes=new_minutes), source


# ---------------------------------------------------------------- indexing


def _title(document: Document) -> str:
    title = document.metadata.title.strip()
    if not title and isinstance(document.minutes, Minutes) and document.minutes.body:
        title = document.minutes.body
    if not title:
        title = next((block_text(b) for b in document.blocks if block_text(b)), "")
    return " ".join(title.split())[:200]


def _body_key(body: str) -> str:
    return " ".join(normalise(body).split())


def searchable_lines(document: Document) -> list[str]:
    """The text a search looks through, one line per field or block."""
    meta = document.metadata
    lines = [meta.subtitle, meta.subject, " ".join(meta.keywords), meta.institution]
    lines.append(meta.reference)
    minutes = document.minutes
    if isinstance(minutes, Minutes):
        lines += [minutes.body, minutes.session, minutes.place]
        lines += [minutes.chair.name, minutes.rapporteur.name]
        lines += [member.name for member in minutes.members]
        for item in minutes.agenda:
            lines.append(runs_text(item.title))
            lines += [block_text(block) for block in item.deliberations]
    lines += [block_text(block) for block in document.blocks]
    if isinstance(minutes, Minutes):
        lines += [runs_text(decision) for decision in minutes.decisions]
        lines += [_action_line(action) for action in minutes.actions]
        lines.append(runs_text(minutes.closing))
    return [" ".join(line.split()) for line in lines if line and line.strip()]


def _action_line(action: Action) -> str:
    return " ".join(p for p in (runs_text(action.action), action.responsible) if p)


def index_document(db: sqlite3.Connection, num: int, document: Document) -> None:
    """(Re)index document ``num`` for search and follow-up, inside the caller's transaction."""
    title = _title(document)
    body = "\n".join(searchable_lines(document))
    db.execute(
        "INSERT OR REPLACE INTO search_text (doc, title, body) VALUES (?, ?, ?)",
        (num, title, body),
    )
    db.execute("DELETE FROM search WHERE rowid = ?", (num,))
    db.execute(
        "INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)",
        (num, normalise(title), normalise(body)),
    )
    minutes = document.minutes
    body_key = _body_key(minutes.body) if isinstance(minutes, Minutes) else ""
    db.execute(
        "UPDATE documents SET body = ?, meeting_date = ? WHERE num = ?",
        (body_key, document.metadata.date, num),
    )


_HIGHLIGHT = re.compile("\x01([^\x02]*)\x02")


def _snippet(original: str, highlighted: str, marks: tuple[str, str]) -> str:
    """The original text around the first match, matches wrapped in ``marks``.

    ``highlighted`` is the normalised text with \\x01/\\x02 around each match (FTS5's
    ``highlight``); the normaliser's origins map the matches back onto ``original``.
    """
    spans: list[tuple[int, int]] = []
    for count, match in enumerate(_HIGHLIGHT.finditer(highlighted)):
        start = match.start() - 2 * count
        spans.append((start, start + len(match.group(1))))
    position = len(highlighted) - 2 * len(spans)
    flat = original.replace("\n", " ")
    length, origin = origin_finder(original)
    if length != position:  # the index holds other text: show the start instead
        return _clip(flat, 0, 0)
    mapped: list[tuple[int, int]] = []
    for begin, end in spans:
        if begin >= end:
            continue
        first = origin(begin)
        last = origin(end - 1) + 1
        while last < len(original) and not normalise(original[last]):
            last += 1  # keep the harakat of the last letter inside the mark
        mapped.append((first, last))
    if not mapped:
        return _clip(flat, 0, 0)
    window_start = max(0, mapped[0][0] - SNIPPET_BEFORE)
    window_end = min(len(flat), mapped[0][1] + SNIPPET_AFTER)
    if window_start > 0:
        space = flat.find(" ", window_start, mapped[0][0])
        window_start = space + 1 if space >= 0 else window_start
    if window_end < len(flat):
        space = flat.rfind(" ", mapped[0][1], window_end)
        window_end = space if space >= 0 else window_end
    pieces = ["…" if window_start > 0 else ""]
    cursor = window_start
    for first, last in mapped:
        if first < cursor or last > window_end:
            continue
        pieces += [flat[cursor:first], marks[0], flat[first:last], marks[1]]
        cursor = last
    pieces.append(flat[cursor:window_end])
    pieces.append("…" if window_end < len(flat) else "")
    return "".join(pieces)


def _clip(text: str, start: int, _end: int) -> str:
    limit = SNIPPET_BEFORE + SNIPPET_AFTER
    return text[start : start + limit] + ("…" if len(text) > start + limit else "")


def _insert_images(db: sqlite3.Connection, num: int, images: dict[str, bytes]) -> None:
    for path, data in images.items():
        _check_text(path, "images", 1000, required=True)
        if not isinstance(data, bytes | bytearray | memoryview):
            raise StoreError(f"expected bytes, got {type(data).__name__}", "images")
        db.execute(
            "INSERT OR REPLACE INTO images (doc, path, sha256, data) VALUES (?, ?, ?, ?)",
            (num, path, hashlib.sha256(data).hexdigest(), bytes(data)),
        )


def _insert_kit(db: sqlite3.Connection, name: str, kit_json: str, files: dict[str, bytes]) -> None:
    db.execute("DELETE FROM brand_kits WHERE name = ?", (name,))
    db.execute(
        "INSERT INTO brand_kits (name, json, updated) VALUES (?, ?, ?)", (name, kit_json, _now())
    )
    for file_name, data in files.items():
        _check_text(file_name, "files", 200, required=True)
        db.execute(
            "INSERT INTO brand_kit_files (kit, name, data) VALUES (?, ?, ?)",
            (name, file_name, data),
        )


def _parse(text: str, source: str) -> Document:
    try:
        return document_from_json(text, source)
    except DocumentError as err:
        raise StoreError(err.message, err.path, err.source) from None


def _check_text(value: Any, field: str, limit: int, required: bool = False) -> None:
    if not isinstance(value, str):
        raise StoreError(f"expected a string, got {type(value).__name__}", field)
    if required and not value.strip():
        raise StoreError("must not be empty", field)
    if len(value) > limit:
        raise StoreError(f"too long ({len(value)} characters; at most {limit})", field)
    if "\x00" in value:
        raise StoreError("contains a NUL character", field)


def check_kit_json(text: str, name: str) -> None:
    try:
        data = json.loads(text)
    except (TypeError, ValueError) as err:
        raise StoreError(
            f"not a brand kit (invalid JSON: {err})", "", f"brand kit {name}"
        ) from None
    if not isinstance(data, dict) or data.get("format") != "taqrir-brand-kit":
        raise StoreError(
            'not a brand kit (expected "format": "taqrir-brand-kit")', "format", f"brand kit {name}"
        )
