"""Writers: stream results to JSONL (one document per line), CSV or Parquet (one statement per
row), or a directory of WikiNews JSON or INCEpTION XMI files (one per document)."""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path
from typing import Any, TextIO

from zitat.errors import ErrorCode, ZitatError
from zitat.model import DocumentResult

# One statement per row, for CSV, Parquet and Dask; spans are lists of [start, end].
ROW_COLUMNS = {
    "document": "string",
    "statement": "string",
    "type": "string",
    "medium": "string",
    "quote": "string",
    "quote_spans": "spans",
    "speaker": "string",
    "speaker_spans": "spans",
    "speaker_canonical": "string",
    "speaker_kind": "string",
    "cue": "string",
    "cue_spans": "spans",
    "addressee": "string",
    "addressee_canonical": "string",
    "nested_in": "string",
    "confidence": "float",
    "title": "string",
    "date": "string",
    "outlet": "string",
    "url": "string",
}
CSV_COLUMNS = list(ROW_COLUMNS)


def statement_rows(result: DocumentResult) -> list[dict[str, Any]]:
    def spans(part: Any) -> list[list[int]]:
        return [list(s) for s in part.spans] if part is not None else []

    meta = {
        k: (str(result.meta[k]) if result.meta.get(k) is not None else None) for k in ("title", "date", "outlet", "url")
    }
    return [
        {
            "document": str(result.id),
            "statement": s.id,
            "type": s.type,
            "medium": s.medium,
            "quote": s.quote.text,
            "quote_spans": spans(s.quote),
            "speaker": s.speaker.text if s.speaker else None,
            "speaker_spans": spans(s.speaker),
            "speaker_canonical": s.speaker.canonical if s.speaker else None,
            "speaker_kind": s.speaker.kind if s.speaker else None,
            "cue": s.cue.text if s.cue else None,
            "cue_spans": spans(s.cue),
            "addressee": s.addressee.text if s.addressee else None,
            "addressee_canonical": s.addressee.canonical if s.addressee else None,
            "nested_in": s.nested_in,
            "confidence": round(s.confidence, 4),
            **meta,
        }
        for s in result.quotes
    ]


# Every writer has write(result, text) and close(); the text is there for the formats that
# carry it (WikiNews, XMI).


class _StreamWriter:
    """A writer on an open text stream, which it closes unless it is stdout."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def close(self) -> None:
        if self.out is not sys.stdout:
            self.out.close()


class JsonlWriter(_StreamWriter):
    def __init__(self, out: TextIO, indent: int | None = None) -> None:
        super().__init__(out)
        self.indent = indent

    def write(self, result: DocumentResult, text: str | None = None) -> None:
        self.out.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=self.indent) + "\n")
        self.out.flush()


class CsvWriter(_StreamWriter):
    def __init__(self, out: TextIO, header: bool = True) -> None:
        super().__init__(out)
        self.rows = csv.writer(out)
        if header:
            self.rows.writerow(CSV_COLUMNS)

    def write(self, result: DocumentResult, text: str | None = None) -> None:
        for row in statement_rows(result):
            self.rows.writerow([_csv_cell(row[c]) for c in CSV_COLUMNS])
        self.out.flush()


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return json.dumps(value)
    return f"{value:.4f}" if isinstance(value, float) else str(value)


def parquet_schema() -> Any:
    import pyarrow as pa

    kinds = {"string": pa.string(), "float": pa.float64(), "spans": pa.list_(pa.list_(pa.int64()))}
    return pa.schema([(name, kinds[kind]) for name, kind in ROW_COLUMNS.items()])


def rows_table(rows: list[dict[str, Any]]) -> Any:
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=parquet_schema())


class ParquetWriter:
    """Statements as Parquet rows, written in row groups as results arrive."""

    def __init__(self, path: str, row_group: int = 5000) -> None:
        try:
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise ZitatError(ErrorCode.E012, package="pyarrow", extra="parquet") from exc
        self.writer = pq.ParquetWriter(path, parquet_schema(), compression="zstd")
        self.pending: list[dict[str, Any]] = []
        self.row_group = row_group

    def write(self, result: DocumentResult, text: str | None = None) -> None:
        self.pending.extend(statement_rows(result))
        if len(self.pending) >= self.row_group:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.writer.write_table(rows_table(self.pending))
            self.pending = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


class DirectoryWriter:
    """One file per document in `directory`: WikiNews JSON or INCEpTION XMI."""

    def __init__(self, directory: str, fmt: str) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.fmt = fmt
        self.used: set[str] = set()

    def write(self, result: DocumentResult, text: str) -> None:
        stem = self._stem(str(result.id))
        if self.fmt == "xmi":
            from zitat.io.xmi import write_xmi

            write_xmi(result, text, self.directory / f"{stem}.xmi")
            return
        from zitat.io.wikinews import to_wikinews

        data = json.dumps(to_wikinews(result, text), ensure_ascii=False, indent=1)
        (self.directory / f"{stem}.json").write_text(data, encoding="utf-8")

    def close(self) -> None:
        pass  # each file is written whole

    def _stem(self, doc_id: str) -> str:
        """A file name from a document id (URLs too), unique within the run."""
        stem = re.sub(r"[^\w.() -]+", "_", doc_id).strip(" ._")[:150] or "document"
        unique, n = stem, 1
        while unique in self.used:
            n += 1
            unique = f"{stem}-{n}"
        self.used.add(unique)
        return unique


def done_ids(path: str, fmt: str) -> set[str]:
    """Document ids an earlier run already wrote to `path` (for --resume); a torn last line is ignored."""
    if path == "-" or not Path(path).exists():
        return set()
    ids: set[str] = set()
    with open(path, encoding="utf-8", newline="") as handle:
        if fmt == "csv":
            for row in csv.DictReader(handle):
                ids.add(row.get("document") or "")
        else:
            for line in handle:
                try:
                    ids.add(str(json.loads(line)["id"]))
                except (ValueError, KeyError, TypeError):
                    continue
    return ids


def drop_torn_line(path: str) -> None:
    """Cut a last line left half-written by a killed run, so appending starts on a fresh line."""
    file = Path(path)
    if path == "-" or not file.exists():
        return
    data = file.read_bytes()
    if data and not data.endswith(b"\n"):
        file.write_bytes(data[: data.rfind(b"\n") + 1])
