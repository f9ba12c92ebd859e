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
