"""Read WikiNews quotation annotations into scorer groups on the gold tokens."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from zitat.errors import ErrorCode, ZitatError

ROLES = ("speaker", "cue", "frame", "addressee")

# Gold labels -> our schema's labels.
TYPE_MAP = {
    "Direct": "direct",
    "Indirect": "indirect",
    "FreeIndirect": "free_indirect",
    "IndirectFreeIndirect": "indirect_free_indirect",
    "Reported": "reported",
}
MEDIUM_MAP = {
    "Speech": "speech",
    "Thought": "thought",
    "Writing": "writing",
    "ST": "speech_thought",
    "SW": "speech_writing",
    "TW": "thought_writing",
}


@dataclass
class Group:
    """One statement as the scorer sees it: token id sets per part, form and medium."""

    message: frozenset[int]
    roles: dict[str, frozenset[int]] = field(default_factory=dict)
    form: str | None = None
    medium: str | None = None


@dataclass
class GoldDocument:
    name: str
    text: str
    tokens: list[tuple[int, int]]  # char begin, end per token id
    groups: list[Group]

    @property
    def title(self) -> str:
        """The headline, as WikiNews names its documents: `12324 - Jenaer Feuerteufel gefasst (2005-09-10)`."""
        return _TITLE.sub("", self.name).strip()


_TITLE = re.compile(r"^\d+ - |\s*\(\d{4}-\d\d-\d\d\)$")


def _ids(part: dict | None) -> frozenset[int]:
    return frozenset((part or {}).get("tokenIds") or [])


def read_document(path: Path) -> GoldDocument:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        tokens = sorted(data["tokens"], key=lambda t: t["id"])
        groups = [
            Group(
                message=_ids(a.get("quote")),
                roles={role: _ids(a.get(role)) for role in ROLES},
                form=TYPE_MAP.get(a.get("type", "")),
                medium=MEDIUM_MAP.get(a.get("medium", "")),
            )
            for a in data.get("annotations", [])
        ]
        return GoldDocument(
            name=data.get("documentName") or path.stem,
            text=data["originalText"],
            tokens=[(t["charBegin"], t["charEnd"]) for t in tokens],
            groups=groups,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ZitatError(ErrorCode.E011, path.name, reason=repr(exc)) from exc


def read_gold_dir(directory: str | Path) -> list[GoldDocument]:
    files = sorted(Path(directory).glob("*.json"))
    if not files:
        raise ZitatError(ErrorCode.E010, str(directory))
    return [read_document(f) for f in files]


def tokens_covered(tokens: list[tuple[int, int]], spans: list[tuple[int, int]] | tuple) -> frozenset[int]:
    """Gold token ids at least half of whose characters fall inside the given char spans."""
    out: set[int] = set()
    for start, end in spans:
        for tid, (b, e) in enumerate(tokens):
            if e <= start or b >= end:
                continue
            covered = min(e, end) - max(b, start)
            if covered * 2 >= (e - b):
                out.add(tid)
    return frozenset(out)
