"""Readers: one generator per input format yielding (doc_id, text, meta) or an error.

Errors are yielded in place of items so that a batch can report them and go on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from zitat.errors import ErrorCode, ZitatError
from zitat.text.normalize import decode

Item = tuple[str, Any, dict[str, Any]]


def _open_binary(path: str) -> BinaryIO:
    return sys.stdin.buffer if path == "-" else open(path, "rb")


def read_text(path: str) -> Iterator[Item | ZitatError]:
    doc_id = "stdin" if path == "-" else Path(path).name
    try:
        handle = _open_binary(path)
        try:
            data = handle.read()
        finally:
            if handle is not sys.stdin.buffer:
                handle.close()
    except OSError as exc:
        yield ZitatError(ErrorCode.E007, doc_id, reason=exc.strerror or str(exc))
        return
    try:
        yield doc_id, decode(data, doc_id), {}
    except ZitatError as exc:
        yield exc


def read_jsonl(path: str, text_field: str = "text") -> Iterator[Item | ZitatError]:
    """JSON lines `{"id": ..., "text": ...}`; other fields pass through as metadata."""
    name = "stdin" if path == "-" else Path(path).name
    try:
        handle = _open_binary(path)
    except OSError as exc:
        yield ZitatError(ErrorCode.E007, name, reason=exc.strerror or str(exc))
        return
    try:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            fallback = f"{name}:{number}"
            try:
                record = json.loads(decode(raw, fallback))
            except ZitatError as exc:
                yield exc
                continue
            except ValueError:
                yield ZitatError(ErrorCode.E004, fallback)
                continue
            if not isinstance(record, dict):
                yield ZitatError(ErrorCode.E004, fallback)
                continue
            doc_id = str(record.get("id", fallback))
            text = record.get(text_field)
            if not isinstance(text, str):
                yield ZitatError(ErrorCode.E005, doc_id)
                continue
            meta = {k: v for k, v in record.items() if k not in {"id", text_field}}
            yield doc_id, text, meta
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def read_csv(path: str, text_field: str = "text", id_field: str = "id") -> Iterator[Item | ZitatError]:
    """CSV with a header row; `text_field` holds the text, other columns pass through."""
    import csv
    import io

    name = "stdin" if path == "-" else Path(path).name
    try:
        handle = _open_binary(path)
        data = handle.read()
        if handle is not sys.stdin.buffer:
            handle.close()
        rows = csv.DictReader(io.StringIO(decode(data, name)))
        if rows.fieldnames is None or text_field not in rows.fieldnames:
            yield ZitatError(ErrorCode.E005, name)
            return
        for number, row in enumerate(rows, start=2):
            doc_id = str(row.get(id_field) or f"{name}:{number}")
            text = row.get(text_field)
            if not isinstance(text, str):
                yield ZitatError(ErrorCode.E005, doc_id)
                continue
            yield doc_id, text, {k: v for k, v in row.items() if k not in {id_field, text_field} and k is not None}
    except OSError as exc:
        yield ZitatError(ErrorCode.E007, name, reason=exc.strerror or str(exc))
    except (ZitatError, csv.Error) as exc:
        yield exc if isinstance(exc, ZitatError) else ZitatError(ErrorCode.E004, name)


FORMATS = ("text", "jsonl", "csv")
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}


def detect_format(path: str) -> str:
    """The input format by file extension: JSONL, CSV, else plain text."""
    return _EXTENSIONS.get(Path(path).suffix.lower(), "text")


def read_inputs(
    paths: list[str], fmt: str = "auto", text_field: str = "text", pattern: str = "*"
) -> Iterator[Item | ZitatError]:
    """Items from files, directories (recursive, filtered by `pattern`) and stdin ('-')."""
    for path in paths:
        if path != "-" and Path(path).is_dir():
            files = sorted(p for p in Path(path).rglob(pattern) if p.is_file())
            yield from read_inputs([str(f) for f in files], fmt, text_field)
            continue
        kind = detect_format(path) if fmt == "auto" else fmt
        if kind == "jsonl":
            yield from read_jsonl(path, text_field)
        elif kind == "csv":
            yield from read_csv(path, text_field)
        else:
            yield from read_text(path)
