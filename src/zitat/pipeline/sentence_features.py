"""Features of one sentence for the learned sentence-type model, shared by training and use.

The model sees what the rules already decided (statements in this and the previous
sentences), the verb mood, cue words, and the sentence's lemmas, hashed into a fixed space.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from zitat.lexicon.cues import cue_medium, lemma
from zitat.lexicon.mood import HEARSAY, is_subjunctive
from zitat.pipeline.annotations import QUOTE, SPEAKER, spans_of

LABELS = ("none", "indirect", "indirect_free_indirect", "free_indirect", "reported")


@dataclass
class SentenceContext:
    """Rule statements per sentence index: their types and (token range) speakers."""

    types: dict[int, list[str]]
    speakers: dict[int, tuple[int, int]]

    @classmethod
    def of(cls, doc: Doc, sents: list[Span]) -> SentenceContext:
        starts = [s.start for s in sents]
        types: dict[int, list[str]] = {}
        speakers: dict[int, tuple[int, int]] = {}
        speaker_spans = spans_of(doc, SPEAKER)
        for sid, spans in spans_of(doc, QUOTE).items():
            # every sentence a statement runs through is its, not only the first
            for n in range(_index(starts, spans[0].start), _index(starts, spans[-1].end - 1) + 1):
                types.setdefault(n, []).append(spans[0].label_)
                if sid in speaker_spans:
                    sp = speaker_spans[sid][0]
                    speakers[n] = (sp.start, sp.end)
        return cls(types, speakers)

    def recent_speaker(self, n: int, reach: int = 2) -> tuple[int, int] | None:
        for k in range(n - 1, max(-1, n - 1 - reach), -1):
            if k in self.speakers:
                return self.speakers[k]
        return None


def _index(starts: list[int], token: int) -> int:
    from bisect import bisect_right

    return max(0, bisect_right(starts, token) - 1)


def features(doc: Doc, sent: Span, n: int, context: SentenceContext) -> list[str]:
    words = [t for t in sent if not t.is_space]
    out = [f"len={min(len(words) // 5, 8)}", "bias"]
    if not words:
        return out
    out.append(f"first={lemma(words[0].text)}")
    subj = [i for i, t in enumerate(words) if is_subjunctive(t)]
    out.append(f"subj={min(len(subj), 3)}")
    if subj and subj[0] < 8:
        out.append("subj_early")
    if any(t.lower_ in HEARSAY for t in words[:8]):
        out.append("hearsay")
        if words[-2].lower_ in {"haben", "sein", "worden"} if len(words) > 1 else False:
            out.append("hearsay_perfect")
    for t in words:
        if t.is_alpha:
            base = lemma(t.text)
            out.append(f"w={base}")
            if t.text[0].islower() and cue_medium(t.text):
                out.append(f"cue={base}")
        elif t.text in "„“»«\"":
            out.append("quote_mark")
    here = context.types.get(n, [])
    out += [f"rule={t}" for t in here] or ["rule=none"]
    for back in (1, 2):
        prev = context.types.get(n - back, [])
        out += [f"prev{back}={t}" for t in prev] or [f"prev{back}=none"]
    if context.recent_speaker(n) is not None:
        out.append("recent_speaker")
    return out


def hashed(names: list[str], dim: int) -> list[int]:
    return [zlib.crc32(name.encode("utf-8")) % dim for name in names]
