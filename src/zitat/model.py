"""The result model: one statement type, one serialisation path.

Offsets are Python string indices into the input text, start inclusive, end exclusive.
This module imports nothing of ours so every layer (CLI, store, web) can depend on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "1.2"  # 1.1: speaker.kind; 1.2: addressee.canonical and addressee.kind

TYPES = ("direct", "indirect", "free_indirect", "indirect_free_indirect", "reported")

Span = tuple[int, int]


@dataclass(frozen=True)
class Part:
    """A piece of text that may be discontinuous: its text and its character spans."""

    text: str
    spans: tuple[Span, ...]

    @classmethod
    def from_spans(cls, source: str, spans: list[Span] | tuple[Span, ...]) -> Part:
        ordered = tuple(sorted((int(s), int(e)) for s, e in spans))
        return cls(text=" ".join(source[s:e] for s, e in ordered), spans=ordered)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "spans": [list(s) for s in self.spans]}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Part | None:
        if data is None:
            return None
        return cls(text=data["text"], spans=tuple((int(s), int(e)) for s, e in data["spans"]))


@dataclass(frozen=True)
class SpeakerRef(Part):
    """The speaker (or addressee) mention of one quote, with the canonical name it resolves to."""

    canonical: str | None = None
    kind: str | None = None  # "person", "organisation", or "unresolved" (nobody the article names)

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "canonical": self.canonical, "kind": self.kind}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> SpeakerRef | None:
        if data is None:
            return None
        spans = tuple((int(s), int(e)) for s, e in data["spans"])
        return cls(text=data["text"], spans=spans, canonical=data.get("canonical"), kind=data.get("kind"))


@dataclass(frozen=True)
class Statement:
    id: str
    type: str
    quote: Part
    medium: str | None = None
    speaker: SpeakerRef | None = None
    cue: Part | None = None
    frame: Part | None = None
    addressee: SpeakerRef | None = None
    nested_in: str | None = None
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        def opt(part: Part | None) -> dict[str, Any] | None:
            return part.to_dict() if part is not None else None

        return {
            "id": self.id,
            "type": self.type,
            "medium": self.medium,
            "quote": self.quote.to_dict(),
            "speaker": opt(self.speaker),
            "cue": opt(self.cue),
            "frame": opt(self.frame),
            "addressee": opt(self.addressee),
            "nested_in": self.nested_in,
            "confidence": round(self.confidence, 4),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Statement:
        quote = Part.from_dict(data["quote"])
        if quote is None:
            raise ValueError("a statement needs a quote")
        return cls(
            id=data["id"],
            type=data["type"],
            medium=data.get("medium"),
            quote=quote,
            speaker=SpeakerRef.from_dict(data.get("speaker")),
            cue=Part.from_dict(data.get("cue")),
            frame=Part.from_dict(data.get("frame")),
            addressee=SpeakerRef.from_dict(data.get("addressee")),
            nested_in=data.get("nested_in"),
            confidence=float(data.get("confidence", 1.0)),
        )


@dataclass(frozen=True)
class Entity:
    """A person or organisation that speaks in a document, listed once."""

    canonical: str
    kind: str  # "person" | "organisation" | "unknown"
    mentions: tuple[Span, ...]
    quotes: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "canonical": self.canonical,
            "kind": self.kind,
            "mentions": [list(s) for s in self.mentions],
            "quotes": list(self.quotes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(
            canonical=data["canonical"],
            kind=data.get("kind", "unknown"),
            mentions=tuple((int(s), int(e)) for s, e in data["mentions"]),
            quotes=tuple(data["quotes"]),
        )


@dataclass(frozen=True)
class DocumentResult:
    id: str | None
    quotes: tuple[Statement, ...] = ()
    speakers: tuple[Entity, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.meta,
            "id": self.id,
            "schema_version": SCHEMA_VERSION,
            "quotes": [q.to_dict() for q in self.quotes],
            "speakers": [s.to_dict() for s in self.speakers],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentResult:
        known = {"id", "schema_version", "quotes", "speakers"}
        return cls(
            id=data.get("id"),
            quotes=tuple(Statement.from_dict(q) for q in data.get("quotes", [])),
            speakers=tuple(Entity.from_dict(s) for s in data.get("speakers", [])),
            meta={k: v for k, v in data.items() if k not in known},
        )
