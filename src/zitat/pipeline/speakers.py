"""Resolve each speaker mention to the entity it names, and that entity's fullest name.

A first resolver: names are runs of capitalised non-nouns; variants of a name share a
surname; a pronoun takes the most recent speaker or named person before it; a role noun
takes the name the article puts beside that noun ("Präsident Lukaschenko").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from zitat.lexicon.cues import lemma
from zitat.lexicon.names import ORG_MARKERS, NameLexicon, name_lexicon
from zitat.lexicon.words import ADVERBS, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, PRONOUNS, TITLES
from zitat.pipeline.annotations import QUOTE, SPEAKER, meta, spans_of

_NAME_JOINERS = {"von", "van", "de", "der", "al", "bin", "el", "zu", "-"}


@dataclass
class EntityBuilder:
    canonical: str
    key: str
    kind: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)


class SpeakerResolver:
    def __init__(self, nlp: Language, name: str, *, max_distance: int) -> None:
        self.name = name
        self.max_distance = max_distance
        self.lexicon: NameLexicon = name_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        names = self.name_runs(doc)
        starts = [n.start for n in names]
        beside = self._names_beside_roles(names)
        by_surname: dict[str, str] = {}
        for run in names:
            key = self.surname_key(run)
            if len(run.text) > len(by_surname.get(key, "")):
                by_surname[key] = run.text
        entities: dict[str, EntityBuilder] = {}
        store = meta(doc)
        speakers = spans_of(doc, SPEAKER)
        quote_start = {sid: min(s.start for s in spans) for sid, spans in spans_of(doc, QUOTE).items()}
        last_entity: EntityBuilder | None = None
        for sid in sorted(speakers, key=lambda s: quote_start.get(s, 0)):
            mention = speakers[sid][0]
            entity = self.resolve(mention, names, starts, beside, by_surname, entities, last_entity)
            if entity is None:
                continue
            if (mention.start_char, mention.end_char) not in entity.mentions:
                entity.mentions.append((mention.start_char, mention.end_char))
            entity.quotes.append(sid)
            store[sid]["canonical"] = entity.canonical
            last_entity = entity
        doc._.zitat_entities = [
            {"canonical": e.canonical, "kind": e.kind, "mentions": e.mentions, "quotes": e.quotes}
            for e in entities.values()
        ]
        return doc

    def resolve(
        self,
        mention: Span,
        names: list[Span],
        starts: list[int],
        beside: dict[str, Span],
        by_surname: dict[str, str],
        entities: dict[str, EntityBuilder],
        last: EntityBuilder | None,
    ) -> EntityBuilder | None:
        lo, hi = bisect_left(starts, mention.start), bisect_left(starts, mention.end)
        inside = [n for n in names[lo:hi] if n.end <= mention.end]
        if inside:
            run = inside[-1]
            key = self.surname_key(run)
            return self._entity(entities, by_surname.get(key, run.text), key, mention)
        if len(mention) == 1 and (mention[0].text in PRONOUNS or mention[0].lower_ in PRONOUNS):
            if last is not None:
                return last
            before = [n for n in names[max(0, lo - 3) : lo] if mention.start - n.end < self.max_distance]
            if before:
                key = self.surname_key(before[-1])
                return self._entity(entities, by_surname.get(key, before[-1].text), key, mention)
            return None
        role = self._role_noun(mention)
        if role is not None:
            name = beside.get(lemma(role.text))
            if name is not None:
                key = self.surname_key(name)
                return self._entity(entities, by_surname.get(key, name.text), key, mention)
        return None

    def _entity(self, entities: dict[str, EntityBuilder], canonical: str, key: str, mention: Span) -> EntityBuilder:
        if key not in entities:
            entities[key] = EntityBuilder(canonical, key, self._kind(canonical, mention))
        return entities[key]

    def _kind(self, canonical: str, mention: Span) -> str:
        words = {w.lower().strip(".") for w in (canonical + " " + mention.text).replace("-", " ").split()}
        if words & ORG_MARKERS:
            return "organisation"
        return "person"

    def _role_noun(self, mention: Span) -> Token | None:
        nouns = [t for t in mention if t.text[:1].isupper() and self.lexicon.is_common_noun(t.text)]
        return nouns[-1] if nouns else None

    def _names_beside_roles(self, names: list[Span]) -> dict[str, Span]:
        """Role-noun lemma -> the longest name the text puts right after it
        (`Präsident Lukaschenko`, `der Sprecher, Hans Meier`)."""
        out: dict[str, Span] = {}
        for n in names:
            doc = n.doc
            k = n.start - 1
            if k >= 0 and doc[k].text == ",":
                k -= 1
            if k < 0 or not doc[k].text[:1].isupper() or not self.lexicon.is_common_noun(doc[k].text):
                continue
            key = lemma(doc[k].text)
            if key not in out or len(n.text) > len(out[key].text):
                out[key] = n
        return out

    def name_runs(self, doc: Doc) -> list[Span]:
        runs: list[Span] = []
        i = 0
        while i < len(doc):
            if not self._name_token(doc[i]):
                i += 1
                continue
            j = i + 1
            while j < len(doc) and (
                self._name_token(doc[j])
                or doc[j - 1].text in self.lexicon.first_names and doc[j].text in self.lexicon.surnames
                or doc[j].lower_ in _NAME_JOINERS and j + 1 < len(doc) and self._name_token(doc[j + 1])
            ):
                j += 1
            runs.append(doc[i:j])
            i = j
        return runs

    def _name_token(self, t: Token) -> bool:
        text = t.text
        if not text[:1].isupper() or not t.is_alpha and "-" not in text or len(text) < 2:
            return False
        low = text.lower()
        if low in DETERMINERS or low in PREPOSITIONS or low in ADVERBS or low in CONJUNCTIONS:
            return False
        if text in PRONOUNS or low in PRONOUNS or low.rstrip(".") in TITLES:
            return False
        if text.isupper() and len(text) > 4:
            return False
        if t.is_sent_start and text not in self.lexicon.first_names and text not in self.lexicon.surnames:
            nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
            if nxt is None or not nxt.text[:1].isupper():
                return False
        if text in self.lexicon.first_names:
            return True
        return not self.lexicon.is_common_noun(text.split("-")[-1])

    def surname_key(self, run: Span) -> str:
        last = run[-1].text
        if last.endswith("s") and len(run) == 1 and last[:-1] in self.lexicon.surnames:
            last = last[:-1]
        return last.lower()
