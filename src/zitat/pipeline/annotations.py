"""How statements live on a Doc: span groups under fixed keys, linked by `span.id_`.

Keys: `zitat_quote`, `zitat_cue`, `zitat_speaker`, `zitat_frame`, `zitat_addressee`; the quote
span's label is the statement type. What is not a span (medium, confidence, nesting, the
canonical speaker) is kept JSON-able in `doc._.zitat_meta[statement_id]`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Span

from zitat.text.bylines import find_bylines

QUOTE, CUE, SPEAKER, FRAME, ADDRESSEE = (
    "zitat_quote",
    "zitat_cue",
    "zitat_speaker",
    "zitat_frame",
    "zitat_addressee",
)
ROLE_KEYS = {"cue": CUE, "speaker": SPEAKER, "frame": FRAME, "addressee": ADDRESSEE}
# Who performs an act of speech the output leaves out (`Die Opposition äußerte Zweifel.`): no
# statement, but the sentences after it may continue its speaker, so the resolver reads it.
SILENT_SPEAKER = "zitat_silent_speaker"

if not Doc.has_extension("zitat_meta"):
    Doc.set_extension("zitat_meta", default=None)
if not Doc.has_extension("zitat_entities"):
    Doc.set_extension("zitat_entities", default=None)
if not Doc.has_extension("zitat_bylines"):
    Doc.set_extension("zitat_bylines", default=None)
if not Doc.has_extension("zitat_quotations"):
    Doc.set_extension("zitat_quotations", default=None)  # token ranges of every quotation outside a byline
if not Doc.has_extension("zitat_title"):
    Doc.set_extension("zitat_title", default=None)  # the article's headline, which may name whom the text calls `der Papst`
if not Doc.has_extension("zitat_after_first_names"):
    Doc.set_extension("zitat_after_first_names", default=None)  # words written right after a first name: surnames

TokenRange = tuple[int, int]


# Types whose adjacent sentences are one statement when they share a speaker: a run of
# sentences in someone's Konjunktiv, or in hearsay (the data joins 135 of 141 such pairs on train).
RUNS = frozenset({"indirect_free_indirect", "free_indirect"})


class _Part(Protocol):
    type: str
    speaker: TokenRange | None


def goes_on(before: _Part, after: _Part) -> bool:
    """Whether `after`, in the sentence right after `before`, continues its run: the same run
    type and the same speaker."""
    return before.type in RUNS and before.type == after.type and before.speaker == after.speaker


def through(before: list[TokenRange], after: list[TokenRange]) -> list[TokenRange]:
    """One quote span from the start of one run's first sentence to the end of its last."""
    return [(before[0][0], after[-1][1])]


@dataclass
class StatementAnnotation:
    type: str
    quote: list[TokenRange]
    cue: list[TokenRange]
    speaker: TokenRange | None
    frame: TokenRange | None
    medium: str | None
    confidence: float
    addressee: TokenRange | None = None
    nested_in: str | None = None


def in_byline(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) lie in a byline or credit line (never a statement)."""
    if doc._.zitat_bylines is None:
        doc._.zitat_bylines = find_bylines(doc.text)
    if not doc._.zitat_bylines or end <= start:
        return False
    first, last = doc[start].idx, doc[end - 1].idx
    return any(s <= first and last < e for s, e in doc._.zitat_bylines)


def meta(doc: Doc) -> dict[str, dict]:
    if doc._.zitat_meta is None:
        doc._.zitat_meta = {}
    return doc._.zitat_meta


def add_statement(doc: Doc, a: StatementAnnotation) -> str:
    store = meta(doc)
    sid = f"q{len(store) + 1}"
    store[sid] = {
        "medium": a.medium,
        "confidence": a.confidence,
        "nested_in": a.nested_in,
        "canonical": None,
    }
    _add(doc, QUOTE, a.quote, sid, a.type)
    _add(doc, CUE, a.cue, sid)
    for key, rng in ((SPEAKER, a.speaker), (FRAME, a.frame), (ADDRESSEE, a.addressee)):
        if rng is not None:
            _add(doc, key, [rng], sid)
    return sid


def _add(doc: Doc, key: str, ranges: list[TokenRange], sid: str, label: str = "") -> None:
    group = doc.spans.get(key)
    if group is None:
        doc.spans[key] = []
        group = doc.spans[key]
    for start, end in ranges:
        if end <= start:
            continue
        span = Span(doc, start, end, label=label)
        span.id_ = sid
        group.append(span)


def spans_of(doc: Doc, key: str) -> dict[str, list[Span]]:
    out: dict[str, list[Span]] = {}
    for span in doc.spans.get(key, []):
        out.setdefault(span.id_, []).append(span)
    return out


def add_role(doc: Doc, key: str, sid: str, rng: TokenRange) -> None:
    """Give statement `sid` a role span it was found without (a speaker learned later)."""
    _add(doc, key, [rng], sid)


def drop_role(doc: Doc, key: str, sid: str) -> None:
    """Take back the role spans of statement `sid` (a guess that a later finding replaces)."""
    doc.spans[key] = [span for span in doc.spans.get(key, []) if span.id_ != sid]
