"""The WikiNews quotation format (../shared/data/wikinews-quotes): write results so they can be
scored and used as training data, and read such files back into results.

A document is `{"documentName", "originalText", "sentences", "tokens", "annotations"}`; each
annotation has parts quote/speaker/cue/frame/addressee with character and token spans.
"""

from __future__ import annotations

from typing import Any

from zitat import segment
from zitat.evaluate.gold import MEDIUM_MAP, ROLES, TYPE_MAP
from zitat.model import DocumentResult, Part, SpeakerRef, Statement

TYPE_NAMES = {ours: theirs for theirs, ours in TYPE_MAP.items()}
MEDIUM_NAMES = {ours: theirs for theirs, ours in MEDIUM_MAP.items()}


def to_wikinews(result: DocumentResult, text: str) -> dict[str, Any]:
    doc = segment(text)
    tokens = [
        {"charBegin": t.idx, "charEnd": t.idx + len(t.text), "id": t.i, "sentence": n, "text": t.text, "word": w}
        for n, sent in enumerate(doc.sents, start=1)
        for w, t in enumerate(sent, start=1)
    ]
    sentences = [
        {
            "begin": s.start,
            "end": s.end,
            "charBegin": s.start_char,
            "charEnd": s.end_char,
            "id": n,
            "text": s.text_with_ws,
            "tokenIds": list(range(s.start, s.end)),
            "tokens": [t.text for t in s],
        }
        for n, s in enumerate(doc.sents)
    ]
    nested = {s.nested_in for s in result.quotes if s.nested_in}
    annotations = []
    for n, s in enumerate(result.quotes):
        annotation: dict[str, Any] = {
            "id": n,
            "type": TYPE_NAMES.get(s.type, s.type),
            "medium": MEDIUM_NAMES.get(s.medium or "", ""),
            "hasNested": s.id in nested,
            "isNested": s.nested_in is not None,
            "quote": _part(s.quote, tokens),
        }
        for role in ROLES:
            annotation[role] = _part(getattr(s, role), tokens)
        for role, ref in (("speaker", s.speaker), ("addressee", s.addressee)):
            if isinstance(ref, SpeakerRef) and ref.canonical:
                annotation[role]["canonical"] = ref.canonical
            if isinstance(ref, SpeakerRef) and ref.kind:
                annotation[role]["kind"] = ref.kind
        annotations.append(annotation)
    return {
        "documentName": str(result.id),
        "originalText": text,
        "sentences": sentences,
        "tokens": tokens,
        "annotations": annotations,
    }


def _part(part: Part | None, tokens: list[dict[str, Any]]) -> dict[str, Any]:
    if part is None:
        return {"spans": [], "text": "", "tokenIds": []}
    spans, ids = [], []
    for start, end in part.spans:
        inside = [t["id"] for t in tokens if t["charBegin"] < end and t["charEnd"] > start]
        ids.extend(inside)
        begin = inside[0] if inside else 0
        spans.append({"begin": begin, "end": inside[-1] + 1 if inside else begin, "charBegin": start, "charEnd": end})
    return {"spans": spans, "text": part.text, "tokenIds": ids}


def from_wikinews(data: dict[str, Any]) -> tuple[DocumentResult, str]:
    """A result and its text from a WikiNews document (gold, ours, or converted corrections)."""
    text = data["originalText"]

    def part(raw: dict[str, Any] | None) -> Part | None:
        spans = [(s["charBegin"], s["charEnd"]) for s in (raw or {}).get("spans", [])]
        return Part.from_spans(text, spans) if spans else None

    def reference(raw: dict[str, Any] | None) -> SpeakerRef | None:
        found = part(raw)
        return SpeakerRef(found.text, found.spans, raw.get("canonical"), raw.get("kind")) if found is not None and raw else None

    quotes = []
    for n, a in enumerate(data.get("annotations", []), start=1):
        quote = part(a.get("quote"))
        if quote is None:
            continue
        quotes.append(
            Statement(
                id=f"q{n}",
                type=TYPE_MAP.get(a.get("type", ""), "direct"),
                medium=MEDIUM_MAP.get(a.get("medium", "")),
                quote=quote,
                speaker=reference(a.get("speaker")),
                cue=part(a.get("cue")),
                frame=part(a.get("frame")),
                addressee=reference(a.get("addressee")),
            )
        )
    return DocumentResult(data.get("documentName"), quotes=tuple(quotes)), text
