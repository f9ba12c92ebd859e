"""Writers: stream results to JSONL (one document per line) or CSV (one statement per row)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import TextIO

from zitat.model import DocumentResult

CSV_COLUMNS = [
    "document",
    "statement",
    "type",
    "medium",
    "quote",
    "quote_spans",
    "speaker",
    "speaker_canonical",
    "cue",
    "addressee",
    "nested_in",
    "confidence",
]


class JsonlWriter:
    def __init__(self, out: TextIO, indent: int | None = None) -> None:
        self.out, self.indent = out, indent

    def write(self, result: DocumentResult) -> None:
        self.out.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=self.indent) + "\n")
        self.out.flush()


class CsvWriter:
    def __init__(self, out: TextIO, header: bool = True) -> None:
        self.out = out
        self.rows = csv.writer(out)
        if header:
            self.rows.writerow(CSV_COLUMNS)

    def write(self, result: DocumentResult) -> None:
        for s in result.quotes:
            self.rows.writerow(
                [
                    result.id,
                    s.id,
                    s.type,
                    s.medium or "",
                    s.quote.text,
                    json.dumps([list(p) for p in s.quote.spans]),
                    s.speaker.text if s.speaker else "",
                    (s.speaker.canonical or "") if s.speaker else "",
                    s.cue.text if s.cue else "",
                    s.addressee.text if s.addressee else "",
                    s.nested_in or "",
                    f"{s.confidence:.4f}",
                ]
            )
        self.out.flush()


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
