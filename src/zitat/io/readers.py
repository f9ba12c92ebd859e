"""Readers: one generator per input format yielding (doc_id, text, meta) or an error.

Errors are yielded in place of items so that a batch can report them and go on.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from zitat.errors import ErrorCode, ZitatError
from zitat.text.normalize import decode

Item = tuple[str, Any, dict[str, Any]]


def content_id(text: str) -> str:
    """A stable id for a record that brings none: the hash of its text."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _open_binary(path: str) -> BinaryIO:
    return sys.stdin.buffer if path == "-" else open(path, "rb")


def read_text(path: str) -> Iterator[Item | ZitatError]:
    doc_id = "stdin" if path == "-" else Path(path).name
    data = _read_all(path, doc_id)
    if isinstance(data, ZitatError):
        yield data
        return
    yield from _text_item(doc_id, data)


def _text_item(doc_id: str, data: bytes) -> Iterator[Item | ZitatError]:
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
            text = record.get(text_field)
            if not isinstance(text, str):
                yield ZitatError(ErrorCode.E005, str(record.get("id", fallback)))
                continue
            yield record_item(record, text_field)
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def record_item(record: dict[str, Any], text_field: str = "text") -> Item:
    """A JSON record as (id, text, metadata): its `id`, else the text's hash; the other fields
    pass through."""
    text = record.get(text_field)
    doc_id = str(record["id"]) if record.get("id") is not None else content_id(str(text))
    return doc_id, text, {k: v for k, v in record.items() if k not in {"id", text_field}}


def read_csv(path: str, text_field: str = "text", id_field: str = "id") -> Iterator[Item | ZitatError]:
    """CSV with a header row; `text_field` holds the text, other columns pass through."""
    import csv

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
            text = row.get(text_field)
            if not isinstance(text, str):
                yield ZitatError(ErrorCode.E005, str(row.get(id_field) or f"{name}:{number}"))
                continue
            doc_id = str(row.get(id_field) or content_id(text))
            yield doc_id, text, {k: v for k, v in row.items() if k not in {id_field, text_field} and k is not None}
    except OSError as exc:
        yield ZitatError(ErrorCode.E007, name, reason=exc.strerror or str(exc))
    except (ZitatError, csv.Error) as exc:
        yield exc if isinstance(exc, ZitatError) else ZitatError(ErrorCode.E004, name)


FORMATS = ("text", "jsonl", "csv", "html", "feed", "warc")
_EXTENSIONS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".arc": "warc",
}


def detect_format(path: str, head: bytes = b"") -> str:
    """The input format by file extension, else by the first bytes, else plain text."""
    name = Path(path).name.lower()
    if name.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    by_name = _EXTENSIONS.get(Path(name).suffix)
    if by_name:
        return by_name
    return sniff(head) if head else "text"


def sniff(head: bytes) -> str:
    """The format of data without a telling name (stdin, `.xml`, `.txt`): WARC, feed, HTML or text."""
    start = head.lstrip()[:1024].lower()
    if start.startswith((b"warc/", b"\x1f\x8b")):
        return "warc"  # gzip: news text is never gzipped raw, archives are
    if start.startswith((b"<?xml", b"<rss", b"<feed")):
        return "feed" if (b"<rss" in start or b"<feed" in start or b"<rdf" in start) else "html"
    if start.startswith((b"<!doctype html", b"<html")) or b"<body" in start:
        return "html"
    return "text"


def _read_all(path: str, name: str) -> bytes | ZitatError:
    try:
        handle = _open_binary(path)
        try:
            return handle.read()
        finally:
            if handle is not sys.stdin.buffer:
                handle.close()
    except OSError as exc:
        return ZitatError(ErrorCode.E007, name, reason=exc.strerror or str(exc))


def read_markup(path: str, kind: str, data: bytes | None = None) -> Iterator[Item | ZitatError]:
    """An HTML page, a feed file or a web archive (`data` when the caller has read it already)."""
    name = "stdin" if path == "-" else Path(path).name
    if data is None and kind != "warc":
        got = _read_all(path, name)
        if isinstance(got, ZitatError):
            yield got
            return
        data = got
    if kind == "html":
        from zitat.io.html import html_item

        yield html_item(data or b"", name)
    elif kind == "feed":
        from zitat.io.feeds import feed_items

        yield from feed_items(data or b"", name)
    else:
        from zitat.io.warc import warc_items

        if data is not None:
            yield from warc_items(io.BytesIO(data), name)
            return
        try:
            with open(path, "rb") as handle:
                yield from warc_items(handle, name)
        except OSError as exc:
            yield ZitatError(ErrorCode.E007, name, reason=exc.strerror or str(exc))


def read_inputs(
    paths: list[str], fmt: str = "auto", text_field: str = "text", pattern: str = "*"
) -> Iterator[Item | ZitatError]:
    """Items from files, directories (recursive, filtered by `pattern`) and stdin ('-')."""
    for path in paths:
        if path != "-" and Path(path).is_dir():
            files = sorted(p for p in Path(path).rglob(pattern) if p.is_file())
            yield from read_inputs([str(f) for f in files], fmt, text_field)
            continue
        kind, data = fmt, None
        if fmt == "auto":
            kind = detect_format(path)
            if kind == "text" and path == "-":
                got = _read_all(path, "stdin")
                if isinstance(got, ZitatError):
                    yield got
                    continue
                data, kind = got, sniff(got)
            elif kind == "text":
                kind = detect_format(path, _head(path))
        if kind == "jsonl":
            yield from read_jsonl(path, text_field)
        elif kind == "csv":
            yield from read_csv(path, text_field)
        elif kind in ("html", "feed", "warc"):
            yield from read_markup(path, kind, data)
        elif data is not None:
            yield from _text_item("stdin", data)
        else:
            yield from read_text(path)


def _head(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(1024)
    except OSError:
        return b""  # read_text reports the error
