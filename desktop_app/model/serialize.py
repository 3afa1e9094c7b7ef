"""Reading, validating and writing Taqrir documents (docs/document-format.md, schema 1)."""

from __future__ import annotations

import contextlib
import datetime
import errno
import json
import math
import os
import re
import secrets
import stat
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .document import (
    ALIGNS,
    DIRECTIONS,
    KINDS,
    LANGUAGES,
    MAX_SIGNERS,
    STATUSES,
    Block,
    Document,
    Heading,
    Image,
    Language,
    ListBlock,
    Metadata,
    PageBreak,
    Paragraph,
    Quote,
    Run,
    Signatures,
    Signer,
    Table,
)
from .errors import DocumentError

FORMAT_NAME = "taqrir-document"
SCHEMA_VERSION = 2
# Version 2 added brand_kit and confidential; a version 1 document reads unchanged.
READABLE_SCHEMA_VERSIONS = (1, 2)

Reader = Callable[[Any, str], Any]

_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


# ---------------------------------------------------------------- writing


def document_to_json(doc: Document) -> str:
    data = {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "kind": doc.kind,
        "language": doc.language,
        "direction": doc.direction,
        "metadata": _metadata_to_data(doc.metadata),
        "brand_kit": doc.brand_kit,
        "confidential": doc.confidential,
        "percent_style": doc.percent_style,
        "columns": doc.columns,
        "blocks": [_block_to_data(block) for block in doc.blocks],
    }
    if doc.minutes is not None:
        data["minutes"] = minutes_to_data(doc.minutes, _block_to_data, _runs_to_data)
    if doc.nameplate is not None:
        data["nameplate"] = nameplate_to_data(doc.nameplate)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _metadata_to_data(metadata: Metadata) -> dict[str, Any]:
    return {
        "title": metadata.title,
        "subtitle": metadata.subtitle,
        "author": metadata.author,
        "subject": metadata.subject,
        "keywords": list(metadata.keywords),
        "institution": metadata.institution,
        "reference": metadata.reference,
        "date": metadata.date,
        "status": metadata.status,
    }


def _run_to_data(run: Run) -> str | dict[str, Any]:
    if run.is_plain():
        return run.text
    data: dict[str, Any] = {"text": run.text}
    for flag in ("bold", "italic", "underline"):
        if getattr(run, flag):
            data[flag] = True
    if run.color is not None:
        data["color"] = run.color
    if run.lang is not None:
        data["lang"] = run.lang
    return data


def _runs_to_data(runs: list[Run]) -> list[str | dict[str, Any]]:
    return [_run_to_data(run) for run in runs]


def _number_to_data(number: float) -> float | int:
    if isinstance(number, float) and number.is_integer() and abs(number) < 1e15:
        return int(number)
    return number


def _block_to_data(block: Block) -> dict[str, Any]:
    if isinstance(block, Heading):
        return {
            "type": "heading",
            "level": block.level,
            "align": block.align,
            "direction": block.direction,
            "runs": _runs_to_data(block.runs),
        }
    if isinstance(block, Paragraph):
        return {
            "type": "paragraph",
            "align": block.align,
            "direction": block.direction,
            "runs": _runs_to_data(block.runs),
        }
    if isinstance(block, ListBlock):
        return {
            "type": "list",
            "ordered": block.ordered,
            "align": block.align,
            "direction": block.direction,
            "items": [_runs_to_data(item) for item in block.items],
        }
    if isinstance(block, Table):
        data: dict[str, Any] = {"type": "table", "header_rows": block.header_rows}
        if block.column_widths is not None:
            data["column_widths"] = [_number_to_data(width) for width in block.column_widths]
        if block.min_row_height_mm is not None:
            data["min_row_height_mm"] = _number_to_data(block.min_row_height_mm)
        data["align"] = block.align
        data["direction"] = block.direction
        data["rows"] = [[_runs_to_data(cell) for cell in row] for row in block.rows]
        return data
    if isinstance(block, Quote):
        return {
            "type": "quote",
            "align": block.align,
            "direction": block.direction,
            "runs": _runs_to_data(block.runs),
            "attribution": _runs_to_data(block.attribution),
        }
    if isinstance(block, Image):
        data = {"type": "image", "path": block.path}
        if block.width_mm is not None:
            data["width_mm"] = _number_to_data(block.width_mm)
        data["caption"] = _runs_to_data(block.caption)
        return data
    if isinstance(block, PageBreak):
        return {"type": "page_break"}
    if isinstance(block, Signatures):
        return {
            "type": "signatures",
            "direction": block.direction,
            "signers": [
                {"title": _runs_to_data(s.title), "name": _runs_to_data(s.name)}
                for s in block.signers
            ],
        }
    if isinstance(block, ChartSpec):
        return {"type": "chart", **chart_to_dict(block)}
    if isinstance(block, IndicatorRow):
        return {"type": "indicators", **indicator_row_to_dict(block)}
    raise TypeError(f"not a document block: {block!r}")


def save_document(doc: Document, path: str | os.PathLike[str]) -> None:
    """Write ``doc`` to ``path`` atomically: the old file stays intact if anything fails.

    The document is validated first, so a file that could not be read back is never written.
    """
    source = os.fspath(path)
    text = document_to_json(doc)
    document_from_json(text, source)
    try:
        _write_atomically(os.path.realpath(path), text.encode("utf-8"))
    except OSError as err:
        reason = _os_error_reason(err, missing="folder not found")
        raise DocumentError(f"cannot save ({reason})", source=source) from err


def _write_atomically(target: str, data: bytes) -> None:
    if os.path.isfile(target) and not os.access(target, os.W_OK):
        raise PermissionError(errno.EACCES, "permission denied", target)
    folder, name = os.path.split(target)
    descriptor, temporary = _create_temporary_file(folder, name)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        _copy_permissions(target, temporary)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(folder)


def _create_temporary_file(folder: str, name: str) -> tuple[int, str]:
    # Opened with mode 0o666 so the user's umask applies, as for any new file.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        temporary = os.path.join(folder, f".{name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", folder)


def _copy_permissions(source: str, destination: str) -> None:
    try:
        mode = stat.S_IMODE(os.stat(source).st_mode)
    except FileNotFoundError:
        return
    os.chmod(destination, mode)


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable (POSIX only; Windows cannot open folders)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _os_error_reason(err: OSError, missing: str) -> str:
    if isinstance(err, FileNotFoundError):
        return missing
    if isinstance(err, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(err, PermissionError):
        return "permission denied"
    return err.strerror or str(err)


# ---------------------------------------------------------------- reading


def load_document(path: str | os.PathLike[str]) -> Document:
    source = os.fspath(path)
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        reason = _os_error_reason(err, missing="file not found")
        raise DocumentError(f"cannot open ({reason})", source=source) from err
    try:
        text = _decode_utf8(data)
    except DocumentError as err:
        raise err.with_source(source) from None
    return document_from_json(text, source)


def _decode_utf8(data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        byte = data[err.start]
        raise DocumentError(
            f"not a text file (byte 0x{byte:02x} at offset {err.start} is not UTF-8)"
        ) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DocumentError(f"not a text file (NUL byte at offset {nul})")
    return text


def document_from_json(text: str, source: str = "<document>") -> Document:
    """Parse and validate a document; every problem raises a one-line ``DocumentError``."""
    try:
        return _document_from_data(_parse_json(text))
    except DocumentError as err:
        raise err.with_source(source) from None


class _JsonObject(dict):
    """A JSON object that remembers keys given more than once (``json`` keeps the last)."""

    duplicate_keys: list[str]

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, Any]]) -> _JsonObject:
        obj = cls()
        obj.duplicate_keys = []
        for key, value in pairs:
            if key in obj:
                obj.duplicate_keys.append(key)
            obj[key] = value
        return obj


def _parse_json(text: str) -> Any:
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise DocumentError("empty file")
    try:
        return json.loads(text, object_pairs_hook=_JsonObject.from_pairs)
    except json.JSONDecodeError as err:
        raise DocumentError(
            f"invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}"
        ) from None
    except RecursionError:
        raise DocumentError("invalid JSON: nested too deeply") from None
    except ValueError as err:  # e.g. an integer longer than Python's digit limit
        raise DocumentError(f"invalid JSON: {str(err).split(';')[0]}") from None


# Describing values in messages.


def _show(value: Any) -> str:
    """A short, single-line rendering of a JSON scalar for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:39] + "…")
    shown = repr(value)
    return shown if len(shown) <= 20 else shown[:19] + "…"


def _describe(value: Any) -> str:
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return _show(value)


def _key_path(path: str, key: str) -> str:
    if not key.isidentifier():
        return f"{path}[{json.dumps(key, ensure_ascii=False)}]"
    return f"{path}.{key}" if path else key


def _index_path(path: str, index: int) -> str:
    return f"{path}[{index}]"


# Readers: each takes a JSON value and its path, and returns the model value.


def _string(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise DocumentError(f"expected a string, got {_describe(value)}", path)
    surrogate = _SURROGATE.search(value)
    if surrogate:
        code = ord(surrogate.group())
        raise DocumentError(f"damaged text (unpaired surrogate U+{code:04X})", path)
    return value


def _boolean(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise DocumentError(f"expected true or false, got {_describe(value)}", path)
    return value


def _integer(value: Any, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DocumentError(f"expected an integer, got {_describe(value)}", path)
    return value


def _positive_number(value: Any, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DocumentError(f"expected a number, got {_describe(value)}", path)
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not (math.isfinite(number) and number > 0):
        raise DocumentError(f"{_show(value)} is not a positive number", path)
    return number


def _list(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise DocumentError(f"expected a list, got {_describe(value)}", path)
    return value


def _list_of(reader: Reader) -> Reader:
    def read(value: Any, path: str) -> list[Any]:
        items = _list(value, path)
        return [reader(item, _index_path(path, index)) for index, item in enumerate(items)]

    return read


def _one_of(choices: tuple[str, ...], what: str = "value") -> Reader:
    def read(value: Any, path: str) -> str:
        text = _string(value, path)
        if text not in choices:
            expected = ", ".join(choices)
            raise DocumentError(f"unknown {what} {_show(text)}; expected one of {expected}", path)
        return text

    return read


def _nullable(reader: Reader) -> Reader:
    def read(value: Any, path: str) -> Any:
        return None if value is None else reader(value, path)

    return read


def _object(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise DocumentError(f"expected an object, got {_describe(value)}", path)
    duplicates = getattr(value, "duplicate_keys", ())
    if duplicates:
        raise DocumentError("field given twice", _key_path(path, duplicates[0]))
    return value


def _reject_unknown_fields(
    obj: dict[str, Any], path: str, allowed: tuple[str, ...], where: str
) -> None:
    for key in obj:
        if key not in allowed:
            expected = ", ".join(allowed)
            raise DocumentError(
                f"unknown field {where}; expected one of {expected}", _key_path(path, key)
            )


def _read_fields(
    obj: dict[str, Any], path: str, readers: dict[str, Reader], required: tuple[str, ...]
) -> dict[str, Any]:
    """Read the fields present in ``obj``; absent optional ones keep the dataclass default."""
    for key in required:
        if key not in obj:
            raise DocumentError("missing required field", _key_path(path, key))
    return {
        key: reader(obj[key], _key_path(path, key)) for key, reader in readers.items() if key in obj
    }


def _colour(value: Any, path: str) -> str:
    text = _string(value, path)
    if not _COLOUR.fullmatch(text):
        raise DocumentError(f"{_show(text)} is not a colour; use #RRGGBB", path)
    return text


def _date(value: Any, path: str) -> str:
    text = _string(value, path)
    if text and not (_ISO_DATE.fullmatch(text) and _is_calendar_date(text)):
        raise DocumentError(f"{_show(text)} is not a date; use YYYY-MM-DD", path)
    return text


def _is_calendar_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _run_text(value: Any, path: str) -> str:
    text = _string(value, path)
    for character in text:
        if character in _LINE_BREAKS:
            raise DocumentError(
                f"line break (U+{ord(character):04X}) inside run text; start a new block instead",
                path,
            )
    return text


_RUN_READERS: dict[str, Reader] = {
    "text": _run_text,
    "bold": _boolean,
    "italic": _boolean,
    "underline": _boolean,
    "color": _nullable(_colour),
    "lang": _nullable(_one_of(LANGUAGES, "language")),
}


def _run(value: Any, path: str) -> Run:
    if isinstance(value, str):
        return Run(_run_text(value, path))
    if not isinstance(value, dict):
        raise DocumentError(f"expected a string or an object, got {_describe(value)}", path)
    obj = _object(value, path)
    _reject_unknown_fields(obj, path, tuple(_RUN_READERS), "in a run")
    return Run(**_read_fields(obj, path, _RUN_READERS, required=("text",)))


_runs = _list_of(_run)


def _heading_level(value: Any, path: str) -> int:
    level = _integer(value, path)
    if not 1 <= level <= 3:
        raise DocumentError(f"{level} is not a heading level; use 1, 2 or 3", path)
    return level


def _column_count(value: Any, path: str) -> int:
    count = _integer(value, path)
    if count not in (1, 2):
        raise DocumentError(f"{count} columns; use 1 or 2", path)
    return count


def _header_rows(value: Any, path: str) -> int:
    count = _integer(value, path)
    if count < 0:
        raise DocumentError(f"{count} is negative; use 0 or more", path)
    return count


def _image_path(value: Any, path: str) -> str:
    text = _string(value, path)
    if not text.strip():
        raise DocumentError("empty image path", path)
    return text


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _check_table(table: Table, path: str) -> None:
    rows_path = _key_path(path, "rows")
    if not table.rows:
        raise DocumentError("a table needs at least one row", rows_path)
    columns = len(table.rows[0])
    if columns == 0:
        raise DocumentError("a row needs at least one cell", _index_path(rows_path, 0))
    for index, row in enumerate(table.rows):
        if len(row) != columns:
            raise DocumentError(
                f"{_plural(len(row), 'cell')}, expected {columns} like row 0",
                _index_path(rows_path, index),
            )
    if table.header_rows > len(table.rows):
        raise DocumentError(
            f"{_plural(table.header_rows, 'header row')} but the table has "
            f"{_plural(len(table.rows), 'row')}",
            _key_path(path, "header_rows"),
        )
    widths = table.column_widths
    if widths is not None and len(widths) != columns:
        raise DocumentError(
            f"{_plural(len(widths), 'width')} for {_plural(columns, 'column')}",
            _key_path(path, "column_widths"),
        )


def _signer(value: Any, path: str) -> Signer:
    obj = _object(value, path)
    readers: dict[str, Reader] = {"title": _runs, "name": _runs}
    _reject_unknown_fields(obj, path, tuple(readers), "in a signer")
    return Signer(**_read_fields(obj, path, readers, required=()))


def _check_signatures(block: Signatures, path: str) -> None:
    count = len(block.signers)
    if not 1 <= count <= MAX_SIGNERS:
        raise DocumentError(
            f"{_plural(count, 'signer')}; a signature line holds 1 to {MAX_SIGNERS}",
            _key_path(path, "signers"),
        )


@dataclass(frozen=True)
class _BlockSpec:
    model: Callable[..., Any]
    readers: dict[str, Reader]
    required: tuple[str, ...] = ()
    check: Callable[[Any, str], None] | None = None


# Charts read their fields with the helpers above: imported here, after them.
from .charts import (  # noqa: E402
    CHART_READERS,
    CHART_REQUIRED,
    INDICATOR_ROW_READERS,
    INDICATOR_ROW_REQUIRED,
    ChartSpec,
    IndicatorRow,
    _one_line,
    chart_from_fields,
    chart_to_dict,
    check_chart,
    indicator_row_to_dict,
)
from .minutes import (  # noqa: E402
    ACTION_STATUSES,
    ATTENDANCES,
    Action,
    AgendaItem,
    Member,
    Minutes,
    Person,
    minutes_to_data,
)
from .nameplate import NAMEPLATE_FIELDS, Nameplate, nameplate_to_data  # noqa: E402

_TEXT_BLOCK_READERS: dict[str, Reader] = {
    "align": _one_of(ALIGNS, "alignment"),
    "direction": _one_of(DIRECTIONS, "direction"),
}

_BLOCK_SPECS: dict[str, _BlockSpec] = {
    "heading": _BlockSpec(
        Heading, {"level": _heading_level, "runs": _runs, **_TEXT_BLOCK_READERS}, ("runs",)
    ),
    "paragraph": _BlockSpec(Paragraph, {"runs": _runs, **_TEXT_BLOCK_READERS}, ("runs",)),
    "list": _BlockSpec(
        ListBlock,
        {"ordered": _boolean, "items": _list_of(_runs), **_TEXT_BLOCK_READERS},
        ("items",),
    ),
    "table": _BlockSpec(
        Table,
        {
            "header_rows": _header_rows,
            "column_widths": _nullable(_list_of(_positive_number)),
            "min_row_height_mm": _nullable(_positive_number),
            "rows": _list_of(_list_of(_runs)),
            **_TEXT_BLOCK_READERS,
        },
        ("rows",),
        _check_table,
    ),
    "quote": _BlockSpec(
        Quote, {"runs": _runs, "attribution": _runs, **_TEXT_BLOCK_READERS}, ("runs",)
    ),
    "image": _BlockSpec(
        Image,
        {"path": _image_path, "width_mm": _nullable(_positive_number), "caption": _runs},
        ("path",),
    ),
    "page_break": _BlockSpec(PageBreak, {}),
    "chart": _BlockSpec(chart_from_fields, CHART_READERS, CHART_REQUIRED, check_chart),
    "indicators": _BlockSpec(IndicatorRow, INDICATOR_ROW_READERS, INDICATOR_ROW_REQUIRED),
    "signatures": _BlockSpec(
        Signatures,
        {
            "signers": _list_of(_signer),
            "direction": _one_of(DIRECTIONS, "direction"),
        },
        ("signers",),
        _check_signatures,
    ),
}

BLOCK_TYPES: tuple[str, ...] = tuple(_BLOCK_SPECS)


def _block(value: Any, path: str) -> Block:
    obj = _object(value, path)
    if "type" not in obj:
        raise DocumentError("missing required field", _key_path(path, "type"))
    type_path = _key_path(path, "type")
    block_type = _string(obj["type"], type_path)
    spec = _BLOCK_SPECS.get(block_type)
    if spec is None:
        raise DocumentError(
            f"unknown block type {_show(block_type)}; expected one of {', '.join(BLOCK_TYPES)}",
            type_path,
        )
    allowed = ("type", *spec.readers)
    _reject_unknown_fields(obj, path, allowed, f"in a {block_type} block")
    block = spec.model(**_read_fields(obj, path, spec.readers, spec.required))
    if spec.check is not None:
        spec.check(block, path)
    return block


def _clock(value: Any, path: str) -> str:
    text = _string(value, path)
    if text and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", text):
        raise DocumentError(f"{_show(text)} is not a time; use HH:MM", path)
    return text


def _reader(model: type, readers: dict[str, Reader], what: str) -> Reader:
    def read(value: Any, path: str) -> Any:
        obj = _object(value, path)
        _reject_unknown_fields(obj, path, tuple(readers), what)
        return model(**_read_fields(obj, path, readers, required=()))

    return read


def _signers(value: Any, path: str) -> list[Signer]:
    signers = _list_of(_signer)(value, path)
    if len(signers) > MAX_SIGNERS:
        raise DocumentError(
            f"{_plural(len(signers), 'signer')}; a signature line holds up to {MAX_SIGNERS}",
            path,
        )
    return signers


_PERSON_READERS: dict[str, Reader] = {"name": _string, "role": _string, "institution": _string}
_MINUTES_READERS: dict[str, Reader] = {
    "body": _string,
    "session": _string,
    "hijri_date": _string,
    "place": _string,
    "start_time": _clock,
    "end_time": _clock,
    "chair": _reader(Person, _PERSON_READERS, "in a person"),
    "rapporteur": _reader(Person, _PERSON_READERS, "in a person"),
    "members": _list_of(
        _reader(
            Member,
            {**_PERSON_READERS, "attendance": _one_of(ATTENDANCES, "attendance")},
            "in a member",
        )
    ),
    "quorum": _runs,
    "agenda": _list_of(
        _reader(
            AgendaItem, {"title": _runs, "deliberations": _list_of(_block)}, "in an agenda item"
        )
    ),
    "decisions": _list_of(_runs),
    "actions": _list_of(
        _reader(
            Action,
            {
                "action": _runs,
                "responsible": _string,
                "deadline": _string,
                "status": _one_of(ACTION_STATUSES, "status"),
            },
            "in an action",
        )
    ),
    "closing": _runs,
    "attendance_annex": _boolean,
    "signers": _signers,
}


_NAMEPLATE_READERS: dict[str, Reader] = {
    **dict.fromkeys(NAMEPLATE_FIELDS, _one_line),
    "contents": _boolean,
}

_METADATA_READERS: dict[str, Reader] = {
    "title": _string,
    "subtitle": _string,
    "author": _string,
    "subject": _string,
    "keywords": _list_of(_string),
    "institution": _string,
    "reference": _string,
    "date": _date,
    "status": _one_of(STATUSES, "status"),
}


def _metadata(value: Any, path: str) -> Metadata:
    obj = _object(value, path)
    _reject_unknown_fields(obj, path, tuple(_METADATA_READERS), "in metadata")
    return Metadata(**_read_fields(obj, path, _METADATA_READERS, required=()))


_DOCUMENT_READERS: dict[str, Reader] = {
    "kind": _one_of(KINDS, "kind"),
    "language": _one_of(LANGUAGES, "language"),
    "direction": _one_of(DIRECTIONS, "direction"),
    "metadata": _metadata,
    "brand_kit": _string,
    "confidential": _boolean,
    "percent_style": _one_of(("symbol", "words"), "percent style"),
    "columns": _column_count,
    "minutes": _nullable(_reader(Minutes, _MINUTES_READERS, "in minutes")),
    "nameplate": _nullable(_reader(Nameplate, _NAMEPLATE_READERS, "in a nameplate")),
    "blocks": _list_of(_block),
}


def _document_from_data(data: Any) -> Document:
    if not isinstance(data, dict):
        raise DocumentError(
            f"not a Taqrir document (expected a JSON object, got {_describe(data)})"
        )
    _check_format(data)
    _check_schema_version(data)
    obj = _object(data, "")
    allowed = ("format", "schema_version", *_DOCUMENT_READERS)
    _reject_unknown_fields(obj, "", allowed, "at the top level")
    return Document(**_read_fields(obj, "", _DOCUMENT_READERS, required=("blocks",)))


def _check_format(data: dict[str, Any]) -> None:
    if "format" not in data:
        raise DocumentError(
            f'missing required field; not a Taqrir document (expected "{FORMAT_NAME}")', "format"
        )
    name = _string(data["format"], "format")
    if name != FORMAT_NAME:
        raise DocumentError(
            f'{_show(name)} is not a Taqrir document (expected "{FORMAT_NAME}")', "format"
        )


def _check_schema_version(data: dict[str, Any]) -> None:
    if "schema_version" not in data:
        raise DocumentError("missing required field", "schema_version")
    version = _integer(data["schema_version"], "schema_version")
    if version > SCHEMA_VERSION:
        raise DocumentError(
            f"schema version {_show(version)} is newer than this version of Taqrir "
            f"supports ({SCHEMA_VERSION})"
        )
    if version not in READABLE_SCHEMA_VERSIONS:
        raise DocumentError(
            f"schema version {_show(version)} is unknown; this version of Taqrir "
            f"reads schema versions {', '.join(map(str, READABLE_SCHEMA_VERSIONS))}"
        )


# ---------------------------------------------------------------- plain text


def document_from_plain_text(text: str, language_hint: Language | None = None) -> Document:
    """Turn plain text into a document: a title heading, then one paragraph per text block.

    The first non-empty line is the title. Blank lines separate paragraphs; the lines of a
    paragraph are joined with a space. The language is Arabic when the first strong
    character is right-to-left; otherwise ``language_hint`` when it is "fr" or "en", else
    "fr". Without any strong character the hint (or "fr") is used.
    """
    if language_hint is not None and language_hint not in LANGUAGES:
        raise ValueError(f"unknown language {language_hint!r}; expected one of {LANGUAGES}")
    text = text.removeprefix("\ufeff")
    language = _detect_language(text, language_hint)
    lines = [line.strip() for line in text.splitlines()]
    title_index = next((index for index, line in enumerate(lines) if line), None)
    if title_index is None:
        return Document(language=language)
    title = lines[title_index]
    blocks: list[Block] = [Heading([Run(title)], level=1)]
    blocks += [Paragraph([Run(paragraph)]) for paragraph in _paragraphs(lines[title_index + 1 :])]
    return Document(language=language, metadata=Metadata(title=title), blocks=blocks)


def _paragraphs(lines: list[str]) -> list[str]:
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return [" ".join(paragraph) for paragraph in paragraphs if paragraph]


def _detect_language(text: str, hint: Language | None) -> Language:
    for character in text:
        bidi_class = unicodedata.bidirectional(character)
        if bidi_class in ("R", "AL"):
            return "ar"
        if bidi_class == "L":
            return hint if hint in ("fr", "en") else "fr"
    return hint or "fr"
