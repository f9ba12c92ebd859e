"""Resolve each speaker mention to the entity it names, and that entity's fullest name.

A first resolver: names are runs of capitalised non-nouns; variants of a name share a
surname; a pronoun takes the most recent speaker or named person before it; a role noun
takes the name the article puts beside that noun ("Präsident Lukaschenko").
"""

from __future__ import annotations

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
            entity = self.resolve(mention, names, by_surname, entities, last_entity)
            if entity is None:
                continue
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
        by_surname: dict[str, str],
        entities: dict[str, EntityBuilder],
        last: EntityBuilder | None,
    ) -> EntityBuilder | None:
        inside = [n for n in names if n.start >= mention.start and n.end <= mention.end]
        if inside:
            run = inside[-1]
            key = self.surname_key(run)
            return self._entity(entities, by_surname.get(key, run.text), key, mention)
        if len(mention) == 1 and mention[0].text in PRONOUNS:
            if last is not None:
                return last
            before = [n for n in names if n.end <= mention.start and mention.start - n.end < self.max_distance]
            if before:
                key = self.surname_key(before[-1])
                return self._entity(entities, by_surname.get(key, before[-1].text), key, mention)
            return None
        role = self._role_noun(mention)
        if role is not None:
            beside = self._name_beside(role, names)
            if beside is not None:
                key = self.surname_key(beside)
                return self._entity(entities, by_surname.get(key, beside.text), key, mention)
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

    def _name_beside(self, role: Token, names: list[Span]) -> Span | None:
        """A name the text puts directly after (or, with a comma, before) the same role noun."""
        doc = role.doc
        target = lemma(role.text)
        best: Span | None = None
        for t in doc:
            if t.text != role.text and (not t.text[:1].isupper() or lemma(t.text) != target):
                continue
            for n in names:
                if n.start == t.i + 1 or (n.start == t.i + 2 and doc[t.i + 1].text == ","):
                    best = n if best is None or len(n.text) > len(best.text) else best
        return best

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
