"""Read the annotations of a processed Doc into the result model."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span

from zitat.model import DocumentResult, Entity, Part, SpeakerRef, Statement
from zitat.pipeline.annotations import QUOTE, ROLE_KEYS, meta, spans_of


def _char_spans(spans: list[Span]) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in spans]


def _part(text: str, spans: list[Span] | None) -> Part | None:
    return Part.from_spans(text, _char_spans(spans)) if spans else None


def doc_to_result(doc: Doc, doc_id: str | None = None, extra: dict[str, Any] | None = None) -> DocumentResult:
    text = doc.text
    store = meta(doc)
    roles = {role: spans_of(doc, key) for role, key in ROLE_KEYS.items()}
    statements = []
    for sid, quote_spans in spans_of(doc, QUOTE).items():
        info = store.get(sid, {})

        parts = {role: _part(text, found.get(sid)) for role, found in roles.items()}
        speaker, addressee = parts["speaker"], parts["addressee"]
        statements.append(
            Statement(
                id=sid,
                type=quote_spans[0].label_,
                medium=info.get("medium"),
                quote=Part.from_spans(text, _char_spans(quote_spans)),
                speaker=SpeakerRef(speaker.text, speaker.spans, info.get("canonical"), info.get("kind")) if speaker else None,
                cue=parts["cue"],
                frame=parts["frame"],
                addressee=(
                    SpeakerRef(addressee.text, addressee.spans, info.get("addressee_canonical"), info.get("addressee_kind")) if addressee else None
                ),
                nested_in=info.get("nested_in"),
                confidence=float(info.get("confidence", 1.0)),
            )
        )
    statements.sort(key=lambda s: (s.quote.start, s.quote.end))
    # Components number statements as they find them; readers expect q1, q2, … in text order.
    new_id = {s.id: f"q{n}" for n, s in enumerate(statements, start=1)}
    statements = [
        replace(s, id=new_id[s.id], nested_in=new_id.get(s.nested_in) if s.nested_in else None) for s in statements
    ]
    entities = tuple(
        Entity(e["canonical"], e["kind"], tuple(map(tuple, e["mentions"])), tuple(sorted((new_id[q] for q in e["quotes"]), key=_number)))
        for e in (doc._.zitat_entities or [])
    )
    return DocumentResult(id=doc_id, quotes=tuple(statements), speakers=entities, meta=dict(extra or {}))


def _number(statement_id: str) -> int:
    return int(statement_id[1:])
