"""Coded errors. Each code names what went wrong and what to do next."""

from __future__ import annotations

from enum import Enum


class ErrorCode(str, Enum):
    E001 = "The input is empty or contains only whitespace; there is nothing to analyse."
    E002 = "The input looks like binary data, not text; pass a text, HTML or JSONL file."
    E003 = "The input could not be decoded as UTF-8, cp1252 or latin-1; re-encode it as UTF-8."
    E004 = "A JSONL line is not valid JSON; fix or remove that line."
    E005 = "A JSONL record has no string field 'text'; add it or choose another field."
    E006 = "The input is larger than the limit of {limit} characters; split it or raise --max-chars."
    E007 = "The file could not be read: {reason}."
    E008 = "The HTML page has no article text that could be extracted (navigation or boilerplate only)."
    E009 = "The {kind} could not be parsed: {reason}."
    E010 = "The gold directory contains no WikiNews JSON files; pass e.g. ../shared/data/wikinews-quotes/dev."
    E011 = "A gold file is not in the WikiNews format: {reason}."
    E012 = "This needs the optional package {package}: pip install 'zitat[{extra}]'."


class ZitatError(ValueError):
    """An error about one input, carrying a code and the document it concerns."""

    def __init__(self, code: ErrorCode, doc_id: str | None = None, **details: object) -> None:
        self.code = code
        self.doc_id = doc_id
        message = code.value.format(**details) if details else code.value
        where = f"document {doc_id!r}: " if doc_id is not None else ""
        super().__init__(f"[{code.name}] {where}{message}")

    def to_dict(self) -> dict[str, object]:
        return {"id": self.doc_id, "code": self.code.name, "error": str(self)}
