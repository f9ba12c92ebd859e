"""Turn raw input into text the pipeline can read, or fail with a coded error.

The text is not rewritten after decoding: every offset we report must index the user's text.
"""

from __future__ import annotations

from zitat.errors import ErrorCode, ZitatError

DEFAULT_MAX_CHARS = 50_000_000
_ENCODINGS = ("utf-8", "cp1252", "latin-1")


def decode(data: bytes, doc_id: str | None = None) -> str:
    """Decode bytes as UTF-8, falling back to cp1252 and latin-1; reject binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if looks_binary(data):
        raise ZitatError(ErrorCode.E002, doc_id)
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ZitatError(ErrorCode.E003, doc_id)  # pragma: no cover - latin-1 decodes any byte


def looks_binary(data: bytes, sample: int = 8192) -> bool:
    head = data[:sample]
    if b"\x00" in head:
        return True
    if not head:
        return False
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control / len(head) > 0.05


def check_text(text: object, doc_id: str | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Validate a text before analysis: a non-empty string within the size limit."""
    if isinstance(text, bytes):
        text = decode(text, doc_id)
    if not isinstance(text, str):
        raise ZitatError(ErrorCode.E005, doc_id)
    if not text.strip():
        raise ZitatError(ErrorCode.E001, doc_id)
    if len(text) > max_chars:
        raise ZitatError(ErrorCode.E006, doc_id, limit=max_chars)
    if "\x00" in text:
        raise ZitatError(ErrorCode.E002, doc_id)
    return text
