"""What a pronoun or a description refers to when the mention names no one: the salient
agreeing entity of the sentences before (the last speaker, a subject chain, the person named
as subject), the name before a relative pronoun's comma, and the person a description by age
or origin takes up (`der 23-Jährige`, `der Franzose`).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from zitat.lexicon.cues import inflected_verb, lemma, lemma_cased
from zitat.lexicon.names import (
    NameLexicon,
    demonym,
    described_loosely,
    first_name_gender,
    institution_noun,
    person_noun,
)
from zitat.lexicon.words import (
    ADVERBS,
    CALENDAR,
    COMPLEMENTIZERS,
    CONJUNCTIONS,
    DETERMINERS,
    INDEFINITE_ARTICLES,
    OBJECT_DETERMINERS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    TITLES,
)
from zitat.pipeline.frames import cue_at
from zitat.pipeline.name_index import (
    RELATIVE,
    EntityBuilder,
    NameIndex,
    adjectival,
    female_role,
    name_key,
    role_keys,
    surname_key,
    the_one,
)
from zitat.pipeline.named_mentions import MEDIA_HEADS, ORGANISATION_NOUNS, relation_noun
from zitat.pipeline.phrases import (
    AGE_NOUN,
    CLOSING_MARKS,
    OPENING_MARKS,
    PASSIVE,
    attribute_participle,
    finite_form,
    np_after,
    subject_of,
    v2_verb,
)

MALE = {"er", "ihm", "ihn", "sein", "seine", "seiner", "seinen", "seinem", "seines"}
FEMALE = {"sie", "ihr", "ihre", "ihrer", "ihren", "ihrem", "ihres"}
_DEMONSTRATIVES = {"dieser": "m", "diese": "f", "jener": "m", "jene": "f"}
_NOT_VERBS = DETERMINERS | PREPOSITIONS | ADVERBS | CONJUNCTIONS | {"ihnen", "denen", "deren", "eigenen", "allen", "einen", "selben", "seinen", "ihren", "unseren"}
# Words that open a subordinate clause, whose subject pronoun takes up the main clause's subject.
_CLAUSE_LINKS = {"dass", "wie", "ob", "woraufhin", "wodurch", "wobei", "womit", "weshalb", "weswegen", "sodass"}
_GENERIC = {"jeder", "jede", "jemand", "niemand", "keiner"}  # whom no name stands for
_SUBJECT_SENTENCES = 2  # how far back a pronoun subject looks for the subject it continues
_CHAIN_SENTENCES = 6  # and how far across sentences whose subject is a pronoun again
_COPULAS = {"ist", "war", "sei"}
_SINGULAR_VERBS = {"hat", "ist", "war", "wird", "will", "sei", "habe", "soll", "kann", "muss", "sagt", "erklärt", "fordert", "betont"}  # beside one `sie`
_GOING_ON = {"weiter", "weiterhin", "außerdem", "zudem", "ferner", "hinzu"}  # words of someone speaking on
_GOING_ON_SENTENCES = 2


class Referents:
    """The part of `SpeakerResolver` that finds the referents of pronouns and descriptions;
    a referent found by its own words goes back through the resolver's `resolve`."""

    lexicon: NameLexicon
    max_distance: int

    def _of_age(self, mention: Span, gender: str, index: NameIndex) -> Span | None:
        """`Der 61-jährige Josef Kainz … der 61-Jährige`, `Josef Kainz (61) … der 61-Jährige`: the
        one person the article gave that age before, by name, if of the description's gender."""
        age = next((t.text.split("-")[0] for t in mention if AGE_NOUN.match(t.text)), None)
        if age is None:
            return None
        doc = mention.doc
        people = {}
        given = index.ages.get(age, [])
        for k in given[: bisect_left(given, mention.start)]:
            if doc[k].text == "(":  # after the name, in brackets
                run = next((n for n in index.within(k - 4, k) if n.end == k), None)
            else:  # before it, an office perhaps between
                run = next((n for n in index.within(k + 1, k + 4) if n.start <= k + 2), None)
            if run is not None and self._run_kind(run) == "person" and self._gender(run) in {gender, ""}:
                people[name_key(run[-1].text)] = run
        return next(iter(people.values())) if len(people) == 1 else None

    def _named_subject_before(self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """`Klien wies die Anzeige zurück. Der 23-jährige Sportler gab bekannt`: a description by
        age or nationality (`der Franzose`) takes up the person named as the subject just before,
        not one only described there."""
        gender = self._phrase_gender(mention)
        if gender == "p" and not mention[-1].lower_.endswith("e"):  # but `Die Parteivorsitzende` may be one woman
            return None  # `Das Team um Anita Zaidi … fordern die Wissenschaftler`: several, not one of them
        for run in index.names[bisect_left(index.starts, mention.sent.start) : bisect_left(index.starts, mention.start)]:
            if _subject_position(run) and not index.in_quotation(run.start) and not (len(run) == 1 and self._article_noun(run[0], index)):
                # `Teamchef Jean Todt stellt sich vor ihn: „…“ wird der Franzose zitiert`: the subject before the quote
                named = self._named(run, index, entities)
                if named is not None and named.kind == "person" and agrees(_entity_gender(named), named.kind, gender):
                    return named
                break
        here = bisect_left(index.sentence_starts, mention.sent.start)
        for sent in reversed(index.sentences[max(0, here - _SUBJECT_SENTENCES) : here]):
            subject = _subject_after_clause(sent) or self._subject_of(sent, index)
            pronoun = subject is not None and len(subject) == 1 and subject[0].lower_ in MALE | FEMALE
            resolved = self.resolve(subject, index, entities, None) if pronoun else None  # `Sie rief … auf`: whom the pronoun names
            said = resolved if resolved is not None and agrees(_entity_gender(resolved), resolved.kind, pronoun_gender(subject[0].lower_)) else None
            if pronoun and resolved is None or subject is None or len(subject) == 1 and subject[0].lower_ == "es":
                # `Weniger gut lief es für Gabriel Bortoleto … Der Brasilianer`: whom the sentence is about;
                # also `Er ist das Gesicht der Abwehr: Marco Friedl hat verlängert`
                people = (
                    n
                    for n in index.within(sent.start, sent.end)
                    # also `Rosenthal, 64, lebt …` after `Daniel Rosenthal`: a surname alone that is a town too
                    if (self._run_kind(n) == "person" or len(n) == 1 and self._written_after_first_name(surname_key(n, index.capitalised), index))
                    and not index.in_quotation(n.start)
                )
                subject = the_one(people) or subject
            if subject is None or len(subject) == 1 and subject[0].lower_ in {"es", "das", "dies", "man"}:
                continue  # `Bis vor zwei Jahren sei es der „Normalfall“ gewesen`: nobody
            if index.in_quotation(subject.start) or index.goes_on_reporting(subject.start) and sent.start not in index.sentence_speakers:
                # someone's words, not the article's: `„… Wer behauptet, dass …, der versteht wenig …“`,
                # `sagte Bernd Kessler. Ohne den Umbau sei die Zukunft gefährdet. Der Manager …`
                continue
            # `Hauptangeschuldigter ist der frühere Vorstandschef Heiko Strassner`: the name the copula gives first
            apposed = self._named_in_apposition(subject, index)  # `Die Sprecherin der Grünen-Fraktion, Lea Franzmann, warf … vor`
            named = said or (self._person(apposed, index, entities, subject) if apposed is not None else None)
            named = named or self._predicate_name(subject, index, entities) or self._named(subject, index, entities) or self._bare_name(subject, index, entities)
            if named is None and subject[0].lower_ in {"der", "die"}:  # `Der Minister sagte … Der CDU-Politiker fügte hinzu`: the office's holder
                named = self.resolve(subject, index, entities, None)
            if named is not None and named.kind == "organisation":
                continue  # `Marco Friedl hat verlängert. Das teilte der Bundesligist mit. „…“, sagte der 27-Jährige`: past the club
            if named is None and not self._someone(subject):
                continue  # `Danach ist Schluss.`, `Die Menschen im Land wüssten …`: no one the description can be
            if named is None or named.kind != "person" or not agrees(_entity_gender(named), named.kind, gender):
                return None
            return named
        return None

    def _someone(self, phrase: Span) -> bool:
        """Whether a phrase can stand for one person: a pronoun, or a singular noun for people."""
        if len(phrase) == 1 and phrase[0].lower_ in MALE | FEMALE:
            return not (phrase[0].lower_ == "sie" and _plural_verb_beside(phrase))  # not `In einigen Regionen gäben sie …`
        role = self._role_noun(phrase)
        return role is not None and person_noun(role.text) and self._phrase_gender(phrase) != "p"

    def _named_next(self, mention: Span, index: NameIndex) -> Span | None:
        """`„Wir schaffen das“, sagte die Kanzlerin. Angela Merkel war …`: a person described
        before the article has named anyone is whom the next sentence names as its subject, if of
        the description's gender."""
        gender = self._phrase_gender(mention)
        if gender == "p" or any(t.lower_ == "und" for t in mention) or any(self._run_kind(n) == "person" for n in index.names[: bisect_left(index.starts, mention.start)]):
            return None  # not `die Hacker`, `der Künstler und Netzaktivist padeluun`
        here = bisect_left(index.sentence_starts, mention.sent.start)
        subject = self._subject_of(index.sentences[here + 1], index) if here + 1 < len(index.sentences) else None
        runs = index.within(subject.start, subject.end) if subject is not None else []
        if len(runs) != 1 or len(runs[0]) < 2 or self._run_kind(runs[0]) != "person":
            return None
        return runs[0] if agrees(self._gender(runs[0]), "person", gender) else None

    def _speaker_going_on(self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder], after_words: bool) -> EntityBuilder | None:
        """`„…“, sagte Chen Qigang. Der Musikverantwortliche meinte weiter, …`: a description that
        goes on speaking (`weiter`, `außerdem`, `fügte hinzu`) is the person named as the speaker
        of the sentence or two before, if of its gender. One that only follows the words it
        said (`after_words`: `Gesamtbetriebsratschef Kemal Aydın reagierte … „…“, sagte der
        Arbeitnehmervertreter`) takes up the person named as the subject before; opening a
        sentence (`Der Richter sagte zu Mair`), it is mostly someone new."""
        sent = mention.sent
        speaker = index.sentence_speakers.get(sent.start)
        if speaker is None or speaker.start != mention.start:
            return None
        opening = sent[: min(len(sent), mention.end - sent.start + 3)]  # up to the words right after the speaker
        here = bisect_left(index.sentence_starts, sent.start)
        gender = self._phrase_gender(mention)
        if not any(t.lower_ in _GOING_ON or lemma(t.text) in {"hinzufügen", "ergänzen"} for t in opening):
            if not after_words or here == 0:
                return None
            alike = self._people_of(gender, index, index.sentences[here - 1].start, sent.start)
            return self._named_subject_before(mention, index, entities) if len(alike) < 2 else None  # not `Merkel traf Hidalgo`: which woman?
        for before in reversed(index.sentences[max(0, here - _GOING_ON_SENTENCES) : here]):
            speaker = index.sentence_speakers.get(before.start)
            if speaker is None:
                continue
            named = self._named(speaker, index, entities)
            if named is None or named.kind != "person" or not agrees(_entity_gender(named), named.kind, gender):
                return None
            return named
        return None

    def _speaker_just_before(self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """`„…“, sagte die Regisseurin Signe Holm. Die Jurypräsidentin hob hervor`: a description
        first in its sentence is the person named as the speaker of the sentence before (or of
        the one before that, its words going on) with what they are, if of its gender and the
        only one of it named there; after a bare name it is mostly someone new (`Juan Chavez
        bestätigte den Brand. Der Hausbesitzer …`)."""
        here = bisect_left(index.sentence_starts, mention.sent.start)
        gender = self._phrase_gender(mention)
        speaker = None
        for before in reversed(index.sentences[max(0, here - _GOING_ON_SENTENCES) : here]):
            speaker = index.sentence_speakers.get(before.start)
            if speaker is not None or any(self._personal(n, index) for n in index.within(before.start, before.end)):
                break  # the speaker's words going on without one (`Vor Gericht müssten die Kunden …`), but no one else named
        if speaker is None or gender not in {"m", "f"}:
            return None
        # `er`, or a description that takes the person up (`sagte der 54-Jährige`) with no one unnamed since
        pronoun = len(speaker) == 1 and speaker[0].lower_ in {"er", "sie"}
        taken_up = pronoun or speaker[0].lower_ in {"der", "die"} and not self._unnamed_before(mention, index)
        named = self.resolve(speaker, index, entities, None) if taken_up else self._named(speaker, index, entities)
        if named is None or named.kind != "person" or _entity_gender(named) != gender:
            return None
        # with what they are anywhere before: `Betriebsratschef Klaus Deuring … sagte Deuring. … Der Betriebsratsvorsitzende`
        if not any(run.start < before.end and name_key(run[-1].text) == named.key for run in index.beside.values()):
            return None  # named bare, with no role beside
        alike = self._people_of(gender, index, before.start, mention.start)
        return named if len(alike) < 2 and not _named_again(mention, named.key, index) else None

    def _introduced_just_before(
        self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder], with_role: bool = False
    ) -> EntityBuilder | None:
        """`Das Gericht bestellte den Rechtsanwalt Tobias Wendt zum Sachwalter. Der
        Sanierungsexperte sagte`: a new description first in its sentence is the one person the
        sentence before introduces with a first name, if of its gender; `with_role`, only one
        introduced with what they are (`Oberbürgermeisterin Petra Broistedt`, `Ursula
        Brandenstein, Leiterin der Sektion`), not any name (`Juan Chavez bestätigte den Brand. Der
        Hausbesitzer …`)."""
        here = bisect_left(index.sentence_starts, mention.sent.start)
        gender = self._phrase_gender(mention)
        if here == 0 or gender not in {"m", "f"}:
            return None
        before = index.sentences[here - 1]
        people = [n for n in index.within(before.start, before.end) if self._run_kind(n) == "person"]
        if len(people) != 1 or len(people[0]) < 2 or not self._first_name(people[0][0].text) or self._gender(people[0]) != gender:
            return None
        key = name_key(people[0][-1].text)
        if any(name_key(n[-1].text) == key for n in index.names[: bisect_left(index.starts, before.start)]):
            return None  # named before: not introduced here
        if with_role and (not self._with_role(people[0]) or _named_again(mention, key, index)):
            return None  # also not `Der Angeklagte Tim Roloff schwieg. Der Richter sagte zu Roloff`
        return self._person(people[0], index, entities, mention)

    def _with_role(self, run: Span) -> bool:
        """Whether a name comes with what its bearer is: an office before it (`Präsident Urs
        Keller`) or an apposition or relative clause after it (`Ursula Brandenstein, Leiterin …`)."""
        doc = run.doc
        after = doc[run.end + 1] if run.end + 1 < len(doc) and doc[run.end].text == "," else None
        apposed = after is not None and (after.lower_ in RELATIVE_PRONOUNS or after.text[:1].isupper() and person_noun(after.text))
        return run.start > 0 and self._office_before(doc, run.start) or apposed

    def _people_of(self, gender: str, index: NameIndex, start: int, end: int) -> set[str]:
        """The surnames of the people of a gender named between two tokens."""
        return {n[-1].text for n in index.within(start, end) if self._run_kind(n) == "person" and self._gender(n) == gender}

    def _pronoun(
        self, mention: Span, head: str, index: NameIndex, entities: dict[str, EntityBuilder], last: EntityBuilder | None
    ) -> EntityBuilder | None:
        gender = pronoun_gender(head)
        if head in {"sie", "diese"} and _plural_verb_beside(mention):
            # `Sie haben angekündigt`, `Auch sie forderten`: a group, which no name stands for,
            # unless a party named by its adjective was the subject before (`Die Grünen … drängen sie`)
            return self._party_before(mention, index, entities)
        if head in _DEMONSTRATIVES:  # `Für Shakira, so schrieb diese`: the one named last, not the subject
            return self._last_named(mention, _DEMONSTRATIVES[head], index, entities)
        apposed = self._apposed_name(mention, index, entities)
        if apposed is not None:
            return apposed
        if _generic(mention, index):
            return None  # `„Jeder sollte wissen: … desto mehr Schritte muss er machen.“`
        found, decided = self._salient_subject(mention, gender, index, entities)
        if not decided:
            found = self._nearest_person(mention, gender, index, entities, last)
        if found is not None and head in MALE | FEMALE and self._says_it(mention, found, index):
            # `Jagland sagte: „Alles, was er angepackt hat …“`: who speaks says `ich`, not `er`
            found = self._nearest_person(mention, gender, index, entities, None, avoid=found.key)
        if head == "es" and found is not None and found.kind == "person":
            return None  # `Hier stellte es fest`: the court, never Kachelmann
        return found

    def _says_it(self, mention: Span, entity: EntityBuilder, index: NameIndex) -> bool:
        """Whether the pronoun stands in a quotation that `entity` speaks."""
        speaker = next((sp for s, e, sp in index.quote_speakers if s <= mention.start < e), None)
        if speaker is None or index.in_quotation(speaker.start):
            return False
        said_by = self.resolve(speaker, index, {}, None)
        return said_by is not None and said_by.key == entity.key

    def _last_named(self, mention: Span, gender: str, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """The person named last before a mention, of its gender, within its sentence and the one before."""
        here = bisect_left(index.sentence_starts, mention.sent.start)
        since = index.sentence_starts[max(0, here - 1)]
        for run in reversed(index.names[bisect_left(index.starts, since) : bisect_left(index.starts, mention.start)]):
            kind = self._run_kind(run)
            if index.in_quotation(run.start) or kind not in {"person", "unknown"}:
                continue
            if kind == "unknown" and not self._looks_personal(run, index, entities):
                continue
            if not agrees(self._gender(run), "person", gender):
                continue
            doc = mention.doc
            after = run.end
            if doc[after].text == ",":  # `Ahmed al-Assadi, einem Sprecher der PMF, …`: the name's apposition
                after = next((k + 1 for k in range(after + 1, mention.start) if doc[k].text == ","), after)
            if any(doc[k].lower_ in DETERMINERS and person_noun(lemma_cased(doc[k + 1].text)) for k in range(after, mention.start - 1)):
                return None  # `des Täters …, weil dieser`: someone described after the name
            return self._person(run, index, entities, mention)
        return None

    def _apposed_name(self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """`sehe er, Köhler, keine Alternative`: a name in apposition to a pronoun, even one the
        lexicon also knows as a noun, since it comes without an article."""
        doc = mention.doc
        after = mention.end
        if after + 2 >= len(doc) or doc[after].text != ",":
            return None
        close = next((k for k in range(after + 2, min(len(doc), after + 5)) if doc[k].text == ","), None)
        words = doc[after + 1 : close] if close is not None else None
        if words is not None and all(t.text[:1].isupper() and t.is_alpha and t.lower_ not in DETERMINERS for t in words):
            return self._person(words, index, entities, mention)
        return None

    def _named_in_apposition(self, subject: Span, index: NameIndex) -> Span | None:
        """The person's name that ends an apposition between commas right after a description
        (`Die Leiterin der Mission, die frühere Außenministerin Elena Mora,`)."""
        doc = subject.doc
        if subject.end >= len(doc) or doc[subject.end].text != "," or not any(person_noun(t.text) for t in subject if t.text[:1].isupper()):
            return None
        close = next((k for k in range(subject.end + 1, min(len(doc), subject.end + 12)) if doc[k].text in {",", "."}), None)
        if close is None or doc[close].text != ",":
            return None
        return next((n for n in index.within(subject.end + 1, close) if n.end == close and self._run_kind(n) == "person"), None)

    def _unnamed_speaker_before(self, speaker: Span | None, gender: str, index: NameIndex) -> bool:
        """Whether the speaker of the sentence before is someone unnamed of the pronoun's gender:
        `ein Sprecher des Ministeriums`, `eine Anwohnerin`; not one named in apposition (`Ein
        Sprecher des Flughafens Pokhara, Ram Bahadur Thapa,`)."""
        if speaker is None or len(speaker) < 2 or speaker[0].lower_ not in {"ein", "eine"} or gender not in {"m", "f"}:
            return False
        doc = speaker.doc
        if any(self._run_kind(n) != "organisation" for n in index.within(speaker.start, min(len(doc), speaker.end + 6))):
            return False
        noun = speaker[1]
        return noun.text[:1].isupper() and person_noun(noun.text) and not institution_noun(noun.text) and self._phrase_gender(speaker[:2]) == gender

    def _salient_subject(
        self, mention: Span, gender: str, index: NameIndex, entities: dict[str, EntityBuilder]
    ) -> tuple[EntityBuilder | None, bool]:
        """A pronoun that is a subject continues the subject of the sentences before it:
        `Der Direktor X sagte … Er fügte hinzu` (X), `Ein 45-jähriger Mann … Er rief` (nobody
        named). Walks back over agreeing pronoun subjects; (entity, True) once a subject decides
        it, (None, False) when none does, so the nearer-name rules may try."""
        doc = mention.doc
        sent = mention.sent
        subordinate = (
            mention.start - 2 >= sent.start
            and doc[mention.start - 1].lower_ in SUBORDINATORS | _CLAUSE_LINKS
            and doc[mention.start - 2].text == ","
        ) or _in_relative_clause(mention)  # `Sarkozy bestritt das, indem er sagte`, `eine Anekdote, in der er`
        if mention.start > sent.start and not subordinate and not _is_subject(doc, mention):
            return None, False  # an object: not this rule
        here = bisect_left(index.sentence_starts, sent.start)
        candidates = self._subjects_before(index, here)
        if mention.start > sent.start and (subordinate or any(t.text in {",", ";"} for t in doc[sent.start : mention.start])):
            own = self._subject_of(sent, index)
            inverted = mention.start - 2 >= sent.start and doc[mention.start - 2].text == "," and cue_at(doc, mention.start - 1, sent.end) is not None
            # not the subject of what `, fügte sie hinzu` reports: `Strafmildernd habe die Kammer berücksichtigt, …, fügte sie hinzu`
            if own is not None and own.end <= mention.start and (subordinate or not _quoted(own, mention, index) and not inverted):  # `Beobachter gehen davon aus, sie trauen …`, `X hisste …; außerdem zeigte sie`
                candidates.insert(0, own)
        fronted = _fronted_clause_subject(mention, index)
        if fronted is not None:  # `Als Mladić den Saal betrat, streckte er …`
            candidates.insert(0, fronted)
        if subordinate:
            inner = _clause_subject_before(mention)
            if inner is not None and (not candidates or candidates[0] is None or inner.start != candidates[0].start):
                candidates.insert(0, inner)  # `…, dass Ertel Fahrten abgerechnet hat, obwohl er …`: the clause it hangs on
        speaker = index.sentence_speakers.get(sent.start)
        source = speaker is not None and speaker.end <= mention.start and named_as_source(speaker) and self._named(speaker, index, entities) is not None
        if speaker is not None and (speaker.start > mention.end and not named_as_source(speaker) or source):
            # `Sie sei „geschockt“, sagte die britische Königin`, `…, würden laut Finanzminister X nicht
            # ausgeglichen, ließ er verlautbaren`: who this sentence quotes
            candidates.insert(0, speaker)
        if here > 0 and mention.start > sent.start and self._unnamed_speaker_before(index.sentence_speakers.get(index.sentences[here - 1].start), gender, index):
            return None, True  # `…, wie ein Sprecher des Ministeriums bestätigte. … kündigte er an`: the one unnamed who spoke
        for subject in candidates:
            if subject is None:
                continue
            cut = next(
                (
                    t.i
                    for t in doc[_after_attribute(subject) : subject.end]
                    if t.lower_ in PREPOSITIONS
                    and t.lower_ not in {"von", "vom", "zu"}
                    and not (t.lower_ in {"ohne", "für"} and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper())  # `Reporter ohne Grenzen`
                    and doc[t.i - 1].text[:1].isupper()
                    and doc[t.i - 1].lower_ not in DETERMINERS
                ),
                None,
            )  # after the head noun, not in an attribute before it: `Der für Manchester United stürmende …`
            named_last = cut is not None and any(cut < n.start and n.end == subject.end for n in index.names)
            if cut is not None and not named_last:  # but `die Abgeordnete im Landtag Gudrun Pieper`
                subject = doc[subject.start : cut]  # `Moslems im Vereinigten Königreich`: not the kingdom
            kin = next((t.i for t in subject if t.text == "," and t.i + 1 < subject.end and relation_noun(doc[t.i + 1].text)), None)
            if kin is not None:
                subject = doc[subject.start : kin]  # `der 58-Jährige, Sohn des früheren Präsidenten Jaime Paz Zamora`: not the father
            apposed = self._named_in_apposition(subject, index)
            if apposed is not None and agrees(self._gender(apposed), "person", gender):
                return self._person(apposed, index, entities, mention), True  # `Die Leiterin der Mission, die frühere Außenministerin Elena Mora, rief …`
            words = [t for t in subject if not t.is_punct]
            if len(words) == 1 and words[0].lower_ in MALE | FEMALE:
                named = self._apposed_name(subject, index, entities)
                if named is not None:
                    return named, True  # `sehe er, Köhler, keine Alternative`
                continue  # a pronoun again: its referent lies further back
            if words and words[0].lower_ in OBJECT_DETERMINERS:
                continue  # an object taken for a speaker: `sie hat einen großen Symbolcharakter – das meint X`
            if len(words) > 1 and words[0].lower_ in MALE | FEMALE and relation_noun(words[-1].text):
                continue  # `Sein Mandant sei unschuldig, sagte er`: whose client, not the client
            if not agrees(_agent_gender(words), "", gender):
                continue  # `muss von der Generalversammlung bestätigt werden, … soll er`: a passive's agent of the other gender
            phrase_gender = self._phrase_gender(subject)
            if gender and any(t.lower_ in {"und", "sowie"} for t in subject):
                alike = [n for n in index.within(subject.start, subject.end) if self._gender(n) == gender]
                if len(alike) == 1:  # `Angela Merkel und Nicolas Sarkozy trafen sich. … Er stimmte zu`: the one man of them
                    return self._person(alike[0], index, entities, mention), True
            no_one = phrase_gender == "p" or gender and not agrees(phrase_gender, "", gender) or lemma_cased(subject[0].text)[:1].islower()
            agent = self._passive_agent(subject, index) if no_one else None
            if agent is not None and agrees(self._gender(agent), "person", gender):
                return self._person(agent, index, entities, mention), True  # `Angeführt werden die Rebellen von Hussein al Huthi. Er …`
            if not agrees(phrase_gender, "", gender):
                continue
            if phrase_gender == "p" and not named_last or any(t.lower_ in {"und", "sowie"} for t in subject):
                if gender == "m" or _singular_verb_beside(mention):
                    continue  # `Seither seien die Abläufe verbessert worden. Sie räumte jedoch ein`: not the group
                return None, True  # a group: `Die Mediatoren X und Y … Sie konnten`
            role = self._role_noun(subject)
            if subject[0].lower_ in {"der", "die"} and len(words) == 2 and role is not None and described_loosely(role.text):
                named = self._named_subject_before(subject, index, entities)  # `Robbie McEwen … Der Australier gewann … Er fährt`
                if named is not None:
                    return named, True
            if subject[0].lower_ in {"der", "die"} and any(AGE_NOUN.match(t.text) for t in subject):
                # `Lothar Tietge … Der 74-Jährige …`: the person the article just named, unless
                # named right there (`Die 24-jährige Thailänderin Prapawadee Jaroenrattanatarakoon`)
                named = self._named(subject, index, entities)
                if named is None and self._introduced_since_name(subject, index):
                    return None, True  # `eine Nachbarin. Die 58-Jährige berichtete, sie habe …`: the one introduced, unnamed
                named = named or self._named_subject_before(subject, index, entities)  # as the description is resolved itself
                return named or self._nearest_person(subject, gender, index, entities, None), True
            named = self._named(subject, index, entities) or self._bare_name(subject, index, entities) or self._predicate_name(subject, index, entities)
            if named is not None and (not agrees(_entity_gender(named), named.kind, gender) or self.lexicon.is_place(named.canonical)):
                continue  # `Merkel` for `er`: the first name tells; `Australien` is no `sie`
            if named is not None and named.kind != "person" and gender == "m":
                continue  # `Das Bundeskriminalamt bestätigte dem Abgeordneten Montag … Er forderte`
            if named is not None and named.canonical == subject.text and not index.within(subject.start, subject.end) and self.lexicon.is_noun_or_compound(subject.text) and subject.text not in self.lexicon.surnames:
                continue  # `Rohkaffee habe sich verteuert … sagte er`: a noun alone, in no name run nor a name's part, is no one (but `Köhler` may be)
            if named is not None:
                return named, True
            role = self._role_noun(subject)
            if role is not None:
                for key in role_keys(doc, role.i, subject.start):
                    name = index.beside.get(key) or index.headline.get(key)  # also `Komponist György Ligeti` above
                    if name is not None and not (institution_noun(role.text) and self._personal(name, index)):
                        return self._person(name, index, entities, subject), True  # `das Gericht` is no `Kachelmanns`
            if role is not None and subject[0].lower_ == {"m": "der", "f": "die"}.get(gender) and self._thing(role, gender):
                return None, True  # `Der Frachter … Er kam aus Gladstone`, `Die Raumfähre … soll sie`: no one
            if role is not None and subject[0].lower_ in POSSESSIVES and self.lexicon.genus(role.text) == gender and self.lexicon.inanimate(role.text):
                continue  # `Delmare hatte … Sein letzter Drehtag war … An diesem Tag wurde er`: its owner is still meant
            if role is not None and subject[0].lower_ in {"der", "die", "das"} and lemma(role.text).lower().endswith(ORGANISATION_NOUNS + MEDIA_HEADS):
                # `Die Hisbollah … Die Miliz sei nicht beteiligt, teilte sie mit`: the organisation it takes up
                return self._organisation_before(subject, role, index, entities), True
            if gender == "m" and role is not None and subject[0].lower_ in {"das", "ein"} and institution_noun(role.text):
                # no body is `er`: the one man its sentence names (`Das Amtsgericht bestellte … Kai Ostermann … Er`), or further back
                men = {name_key(n[-1].text): n for n in index.within(subject.end, subject.sent.end) if self._run_kind(n) == "person" and self._gender(n) in {"m", ""}}
                if len(men) == 1:
                    return self._person(next(iter(men.values())), index, entities, mention), True
                continue
            if any(person_noun(t.text) or AGE_NOUN.match(t.text) for t in words if t.text[:1].isupper()):
                if subject[0].lower_ in {"der", "die"}:
                    described = self.resolve(subject, index, entities, None)  # as the description is resolved itself: `Der Behördenchef`
                    if described is not None and described.kind == "person":
                        return described, True
                    if self._introduced_since_name(subject, index):
                        return None, True  # `von einem Unbekannten besucht. Der Mann lässt …`: the one introduced, unnamed
                    head = self._role_noun(subject)
                    genitive = head is not None and head.i + 1 < subject.end and (
                        doc[head.i + 1].lower_ == "des" or doc[head.i + 1].lower_ == "der" and subject.start == subject.sent.start
                    )  # not the one told after a cue: `sagte die Autorin der „Leipziger Volkszeitung“`
                    if genitive:
                        return None, True  # `Der Sohn des Getöteten`, `Der Inhaber der Tischlerei`: someone's, whom no name gave
                    # a definite description mostly takes up someone just named
                    return self._nearest_person(subject, gender, index, entities, None), True
                return None, True  # someone new and not named: `ein 39-jähriger Landwirt`
        return None, False

    def _passive_agent(self, subject: Span, index: NameIndex) -> Span | None:
        """The person a passive sentence names as its agent after its subject (`Angeführt werden
        die Rebellen von Hussein al Huthi`), who acts in it rather than the subject."""
        doc, sent = subject.doc, subject.sent
        if not any(t.lower_ in PASSIVE for t in sent):
            return None
        for k in range(subject.end, sent.end - 1):
            at = bisect_left(index.starts, k + 1)
            if doc[k].lower_ == "von" and at < len(index.starts) and index.starts[at] == k + 1 and self._run_kind(index.names[at]) == "person":
                return index.names[at]
        return None

    def _introduced_since_name(self, subject: Span, index: NameIndex) -> bool:
        """Whether someone unnamed was introduced (`einem Unbekannten`, `ein Mann`) after the last
        name before a definite description and at most a sentence before it."""
        doc = subject.doc
        lo = bisect_left(index.starts, subject.start)
        here = bisect_left(index.sentence_starts, subject.sent.start)
        start = max(index.names[lo - 1].end if lo else 0, index.sentence_starts[max(0, here - 1)])
        for k in range(start, subject.start - 1):
            word = doc[k + 1].text
            genitive = doc[k].lower_ in {"eines", "einer"} and k > 0 and doc[k - 1].text[:1].isupper()  # `das Amt eines Bürgermeisters`
            if doc[k].lower_ in INDEFINITE_ARTICLES and word[:1].isupper() and not genitive and not _denied(doc[k].sent):
                base = lemma_cased(word)
                if person_noun(base) or female_role(base, self.lexicon) or not self.lexicon.is_common_noun(base) and word.endswith(("en", "er", "e")):
                    return True
        return False

    def _unnamed_before(self, mention: Span, index: NameIndex) -> bool:
        """Whether someone unnamed is described in the two sentences before a mention or in its own
        before it (`Ein Anleger aus Hannover …`, `einem Hobbyhalter aus Thurnau`, `Der
        Hausbesitzer`), a noun for people after an article and before no name."""
        doc = mention.doc
        gender = self._phrase_gender(mention)
        here = bisect_left(index.sentence_starts, mention.sent.start)
        for k in range(index.sentence_starts[max(0, here - 2)] + 1, mention.start):
            word = doc[k].text
            someone = person_noun(word) or doc[k - 1].lower_ in INDEFINITE_ARTICLES and adjectival(word)  # also `von einem Unbekannten`
            if doc[k - 1].lower_ in DETERMINERS | INDEFINITE_ARTICLES and word[:1].isupper() and someone and not institution_noun(word):
                described = self._phrase_gender(doc[k - 1 : k + 1])
                if described == "p" and doc[k - 1].lower_ == "die" or gender in {"m", "f"} and described in {"m", "f"} and described != gender:
                    continue  # `Die Demonstranten werfen … vor`, `Eine Anwohnerin`: a group, or someone of the other gender, is not the one meant
                if _denied(doc[k].sent):
                    continue  # `Eine Gegenkandidatin gab es nicht`: no one
                if doc[k - 1].lower_ in {"der", "die"} and k - 1 == doc[k].sent.start and self._named_in_sentence_before(doc[k].sent, described, index):
                    continue  # `… Shirin Tavakoli hat gewonnen. Die Regisseurin konnte …`: the one just named, taken up
                at = bisect_left(index.starts, k + 1)
                if not (at < len(index.starts) and index.starts[at] == k + 1):  # not `des Abgeordneten Jonas Weidlich`
                    return True
        return False

    def _named_in_sentence_before(self, sent: Span, gender: str, index: NameIndex) -> bool:
        """Whether the sentence before names someone of this gender by a name of two words or more."""
        here = bisect_left(index.sentence_starts, sent.start)
        if here == 0:
            return False
        start = index.sentence_starts[here - 1]
        runs = index.names[bisect_left(index.starts, start) : bisect_left(index.starts, sent.start)]
        return any(len(run) > 1 and self._run_kind(run) != "organisation" and self._gender(run) == gender for run in runs)

    def _thing(self, noun: Token, gender: str) -> bool:
        """A thing of the pronoun's gender, in the singular, that no one is: `Der Frachter … er`."""
        word = noun.text
        if self.lexicon.genus(word) != gender or institution_noun(word) or lemma(word).lower() != word.lower():
            return False  # a plural (`die Dreharbeiten`) is no `sie` of one thing
        return not demonym(word) and not self._resident(word) and self.lexicon.inanimate(word)

    def _subjects_before(self, index: NameIndex, here: int) -> list[Span | None]:
        """The subjects of the sentences before sentence `here`, nearest first: two sentences,
        and further back across a chain of pronoun subjects (`1993 wurde er … 1997 wurde er …`)."""
        found: list[Span | None] = []
        others = 0
        for n in range(here - 1, max(-1, here - 1 - _CHAIN_SENTENCES), -1):
            subject = self._subject_of(index.sentences[n], index)
            found.append(subject)
            chain = subject is not None and len(subject) == 1 and subject[0].lower_ in {"er", "sie"}
            others += not chain
            if others >= _SUBJECT_SENTENCES:
                break
        return found

    def _predicate_name(self, subject: Span, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """`Ein anderer Richter ist der Kurde Raed Dschuhi`: a description said to be someone named."""
        doc = subject.doc
        copula = subject.end
        if copula < len(doc) and doc[copula].lower_ not in _COPULAS:
            copula = v2_verb(doc, subject.sent.start, subject.sent.end) or subject.start  # `Bester Werfer im Spiel war X`
        if copula < subject.end or copula + 1 >= len(doc) or doc[copula].lower_ not in _COPULAS:
            return None
        if subject.start > 0 and doc[subject.start - 1].lower_ in PREPOSITIONS | {"seiten", "und"}:
            return None  # `Von Seiten der Delegation war den USA vorgeworfen worden`, `zwischen X und der Armee ist`: no subject
        if subject.start > 0 and subject[0].lower_ in {"der", "des"} and doc[subject.start - 1].is_alpha and doc[subject.start - 1].text[:1].isupper():
            return None  # `Nach den Ermittlungen des Richters war Demjanjuk …`: a genitive on a noun, no subject
        predicate = np_after(doc, copula + 1, subject.sent.end)
        if predicate is None or doc[predicate[0]].lower_ in OBJECT_DETERMINERS | {"des"}:
            return None
        if any(t.lower_ in CALENDAR for t in doc[predicate[0] : predicate[1]]):
            return None  # `ist Mitte August … aufgeflammt`: when, not who
        return self._named(doc[predicate[0] : predicate[1]], index, entities)

    def _bare_name(self, subject: Span, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """A subject of one capitalised word without an article is a name even when it is also
        a noun (`Wagner war …`, `Montag forderte …`): German nouns in the singular take one."""
        words = [t for t in subject if not t.is_punct]
        if len(words) != 1 or not words[0].text[:1].isupper() or not words[0].is_alpha:
            return None
        word = words[0]
        if word.lower_ in DETERMINERS or word.text in PRONOUNS or self.lexicon.is_place(word.text):
            return None
        if lemma_cased(word.text)[:1].islower():
            return None  # `Demnach`, `Dieser`: function words, capitalised at the start of a sentence
        doc = subject.doc
        if subject.start > 0 and doc[subject.start - 1].lower_ in {"vom", "zum", "beim", "im", "am", "von", "des", "der"}:
            return None  # `vom Sprecher`: the article is there, contracted
        verb = doc[subject.end] if subject.end < len(doc) else None
        if verb is not None and verb.is_alpha and verb.text[0].islower() and (verb.lower_.endswith("en") or verb.lower_ == "sind"):
            return None  # `Beobachter gehen davon aus`: a plural verb, so a plural noun
        if word.text not in self.lexicon.surnames and lemma(word.text).lower() != word.lower_:
            return None  # `Namen`, `Experten`: a plural, not a name
        key = name_key(word.text)
        if self.lexicon.is_noun_or_compound(word.text) and word.text not in self.lexicon.surnames and key not in index.by_surname:
            return None  # `Kritik …`: a noun, unless the article names someone so (`Horst Köhler … Köhler`)
        return self._entity(entities, index.by_surname.get(key, word.text), key, subject)

    def _subject_of(self, sent: Span, index: NameIndex) -> Span | None:
        """The subject of a sentence's main clause: the speaker of a statement in it, else the
        phrase before or right after its finite verb."""
        doc = sent.doc
        apposed = self._apposed_subject(sent, index)
        if apposed is not None:
            return apposed  # `Die Sprecherin der Fraktion, Lea Franzmann, warf … vor`: the description its name stands beside
        speaker = index.sentence_speakers.get(sent.start)
        pronoun = speaker is not None and len(speaker) == 1 and speaker[0].lower_ in MALE | FEMALE
        if speaker is not None and not named_as_source(speaker) and not pronoun:
            return speaker
        start = sent.start
        if doc[start].text in OPENING_MARKS:
            return speaker if pronoun else None  # a quotation: its frame, if any, gave a speaker above (`„…“, sagte er`)
        verb = v2_verb(doc, start, sent.end)
        if verb is None:
            return _relative_fronted(sent)
        found = subject_of(doc, start, verb, sent.end, grammatical=True)
        if found is not None and speaker is not None and speaker.start <= found[0] < speaker.end and named_as_source(speaker):
            # `Einer Quelle zufolge ist Ali Barkah … getötet worden`: the subject after the verb
            finite = speaker.end + (speaker.end < sent.end and doc[speaker.end].lower_ == "zufolge")
            behind = np_after(doc, finite + 1, sent.end) if finite + 1 < sent.end and doc[finite].text.islower() else None
            if behind is not None and behind[0] == finite + 1 and doc[finite + 1].text[:1].isupper():
                return doc[behind[0] : behind[1]]
        if found is None or speaker is not None and speaker.start <= found[0] < speaker.end:
            return speaker  # `Dem „Figaro“ zufolge hob Sarkozy … hervor`: the subject, not the source
        if pronoun and found[1] - found[0] == 1 and doc[found[0]].lower_ in MALE | FEMALE:
            return speaker  # a pronoun either way: the statement's
        return doc[found[0] : found[1]]

    def _apposed_subject(self, sent: Span, index: NameIndex) -> Span | None:
        """A sentence that opens with a description and a person's name between commas, then its
        verb: `Die Sprecherin der Grünen-Fraktion, Lea Franzmann, warf der Regierung … vor`; the
        description (which `_named_in_apposition` names)."""
        doc = sent.doc
        if doc[sent.start].lower_ not in {"der", "die"}:
            return None
        comma = next((k for k in range(sent.start + 2, min(sent.end, sent.start + 8)) if doc[k].text == ","), None)
        run = next((n for n in index.within(comma + 1, sent.end) if n.start == comma + 1), None) if comma is not None else None
        if run is None or run.end + 1 >= sent.end or doc[run.end].text != "," or self._run_kind(run) != "person":
            return None
        verb = doc[run.end + 1]
        return doc[sent.start : comma] if verb.text.islower() and verb.is_alpha and finite_form(verb) else None

    def _nearest_person(
        self, mention: Span, gender: str, index: NameIndex, entities: dict[str, EntityBuilder], last: EntityBuilder | None, avoid: str | None = None
    ) -> EntityBuilder | None:
        """The most salient agreeing person before the pronoun: a name in subject position
        since the last speaker's mention, else the last speaker, else the nearest name."""
        lo = bisect_left(index.starts, mention.start)
        window = [
            n
            for n in index.names[max(0, lo - 8) : lo]
            if mention.start - n.end < self.max_distance
            and not index.in_quotation(n.start)
            and not _quoted_title(n)  # a title or a role: `„Le Grand Macabre“`, `als „Opa Friedrich“`
            and (avoid is None or surname_key(n, index.capitalised) != avoid)
        ]
        if last is not None and last.mentions:
            since = max(end for _, end in last.mentions)
            window = [n for n in window if n.start_char >= since]
        kinds = {n.start: self._run_kind(n) for n in window}
        genders = {n.start: self._gender(n) for n in window}
        agreeing = [n for n in window if agrees(genders[n.start], kinds[n.start], gender)]
        marked = [n for n in agreeing if gender and genders[n.start] == gender]
        people = [
            n
            for n in agreeing
            if kinds[n.start] == "person" or kinds[n.start] == "unknown" and self._looks_personal(n, index, entities)
        ]
        persons = marked or [n for n in people if kinds[n.start] == "person"] or people
        subjects = [n for n in persons if _subject_position(n)]
        if subjects:
            return self._person(subjects[-1], index, entities, mention)
        if last is not None and agrees(last.gender, last.kind, gender) and not marked:
            return last
        return self._person(persons[-1], index, entities, mention) if persons else None

    def _looks_personal(self, run: Span, index: NameIndex, entities: dict[str, EntityBuilder]) -> bool:
        """Evidence that a name of unknown kind names a person: first and last name, a known
        surname, someone who already spoke, or a role noun or title right before it."""
        words = [t for t in run if t.is_alpha]
        if len(words) >= 2 or run.text in self.lexicon.surnames:
            return True
        if surname_key(run, index.capitalised) in entities:
            return True
        before = run.doc[run.start - 1] if run.start > 0 else None
        return before is not None and before.text[:1].isupper() and (person_noun(before.text) or before.lower_.rstrip(".") in TITLES)

    def _before_comma(self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        doc = mention.doc
        end = mention.start - 1
        if doc[end - 1].is_alpha and doc[end - 1].text[:1].islower() and doc[end - 1].lower_ not in _NOT_VERBS:
            end -= 1  # `war auch Ramsey Clark anwesend, der …`: a word that ends the clause
        lo = bisect_left(index.starts, end)
        if lo and index.names[lo - 1].end == end:
            run = index.names[lo - 1]
            if end == mention.start - 1 or agrees(self._gender(run), self._run_kind(run), "m" if mention[0].lower_ == "der" else ""):
                return self._person(run, index, entities, mention)
        place = doc[mention.start - 2]
        if mention[0].lower_ in {"das", "welches"} and place.text[:1].isupper() and self.lexicon.is_place(place.text):
            return self._organisation(entities, place.text, mention)  # `von Ägypten, das vorschlug`
        return None


def _after_attribute(phrase: Span) -> int:
    """Where the head of a noun phrase may begin: after an attribute phrase between article and
    participle (`Der auf der Konferenz für nukleare Sicherheit anwesende Außenminister`)."""
    doc = phrase.doc
    if len(phrase) < 3 or phrase[1].lower_ not in PREPOSITIONS:
        return phrase.start + 1
    return next((t.i for t in phrase[2:-1] if attribute_participle(doc, t.i)), phrase.start + 1)


def _named_again(mention: Span, key: str, index: NameIndex) -> bool:
    """Whether the rest of the mention's sentence names that one again: then the mention is
    someone else, speaking to or of them (`Der Richter sagte zu Mair`)."""
    return any(name_key(n[-1].text) == key for n in index.within(mention.end, mention.sent.end))


def _in_relative_clause(mention: Span) -> bool:
    """`Williams hatte eine Anekdote erzählt, in der er …`: a pronoun right after a relative
    pronoun (and its preposition), which as subject of the relative clause is not its antecedent."""
    doc, k = mention.doc, mention.start
    if k < 2 or doc[k - 1].lower_ not in RELATIVE_PRONOUNS:
        return False
    return doc[k - 2].text == "," or k >= 3 and doc[k - 2].lower_ in PREPOSITIONS and doc[k - 3].text == ","


def _denied(sent: Span) -> bool:
    """A sentence that ends denying what it says: `Eine Gegenkandidatin gab es nicht.`"""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return bool(words) and words[-1].lower_ == "nicht"


def _subject_after_clause(sent: Span) -> Span | None:
    """The subject right after the main verb of a sentence that opens with a subordinate clause:
    `Dass kein Mitglied entlassen werden musste, zählt er zu den Dingen …` (`er`)."""
    doc, start = sent.doc, sent.start
    if doc[start].lower_ not in SUBORDINATORS | COMPLEMENTIZERS:
        return None
    comma = next((k for k in range(start + 1, sent.end - 2) if doc[k].text == ","), None)
    if comma is not None and (doc[comma + 1].lower_ in RELATIVE_PRONOUNS or doc[comma + 1].text[:1].isupper()):
        return None  # `Als Hauptgründe nannte er …, welche …`: no clause before the verb, a relative clause after the comma
    behind = np_after(doc, comma + 2, sent.end) if comma is not None else None
    return doc[behind[0] : behind[1]] if behind is not None and behind[0] == comma + 2 else None


def _generic(mention: Span, index: NameIndex) -> bool:
    """A pronoun in a quotation that anyone, everyone, no one or an indefinite someone before
    it in the quotation stands for (outside quotations, `jemand` and the like in its sentence):
    it names no one."""
    quote = next(((s, e) for s, e in index.quoted if s <= mention.start < e), None)
    if quote is None:  # `wie lange jemand sie hält, sondern ob er …`: anyone, in the sentence too
        # not one in a quotation before it: `„Niemand wird allein gelassen“, schrieb der Staatschef auf der Plattform X. Er`
        return mention[0].lower_ == "er" and any(t.lower_ in {"jemand", "niemand"} and not index.in_quotation(t.i) for t in mention.doc[mention.sent.start : mention.start])
    before = mention.doc[quote[0] : mention.start]
    article = {"er": "ein", "sie": "eine"}.get(mention[0].lower_)
    # `„Wenn ein Papst zur Erkenntnis kommt, dass er …“`: anyone who is a pope
    return any(t.lower_ in _GENERIC or t.lower_ == article and t.i + 1 < mention.start and t.nbor(1).text[:1].isupper() for t in before)


def _agent_gender(words: list[Token]) -> str:
    """The gender a passive's agent shows by its dative article (`vom Sprecher`, `von der
    Versammlung`); "" for any other phrase."""
    if not words or words[0].lower_ not in {"von", "vom"}:
        return ""
    if words[0].lower_ == "vom" or len(words) > 1 and words[1].lower_ in {"dem", "einem"}:
        return "m"
    return "f" if len(words) > 1 and words[1].lower_ in {"der", "einer"} else ""


def _is_subject(doc: Doc, mention: Span) -> bool:
    """A pronoun that is a main clause's subject: first in the sentence, right after the finite
    verb, or in a clause after a comma (`…, forderte er`, `…, sie trauen`)."""
    sent = mention.sent
    verb = v2_verb(doc, sent.start, sent.end)
    if mention.start == sent.start or verb is not None and mention.start == verb + 1:
        return True
    before = doc[mention.start - 1]
    if before.text == ",":
        return mention.end < len(doc) and doc[mention.end].is_alpha and doc[mention.end].text[0].islower()
    if (
        before.is_alpha
        and before.text[0].islower()
        and before.lower_ not in DETERMINERS | PREPOSITIONS | CONJUNCTIONS | ADVERBS
        and not any(t.text == "," for t in doc[sent.start : mention.start])
    ):
        return True  # after a long first phrase: `Die Arbeit der Koalition … lobte er`
    if (
        mention.start >= sent.start + 2
        and doc[mention.start - 2].text == ","
        and before.is_alpha
        and before.text[0].islower()
        and before.lower_ not in DETERMINERS
    ):
        return True
    comma = next((k for k in range(mention.start - 1, sent.start, -1) if doc[k].text in {",", ";"}), None)
    if comma is None or doc[comma + 1].lower_ in SUBORDINATORS | COMPLEMENTIZERS | RELATIVE_PRONOUNS:
        return False
    clause_verb = v2_verb(doc, comma + 1, sent.end)
    # `…, damals war er 85`; not a verb right after the comma, which frames what precedes (`„…“, richtete er`)
    return clause_verb is not None and clause_verb > comma + 1 and mention.start == clause_verb + 1


def _fronted_clause_subject(mention: Span, index: NameIndex) -> Span | None:
    """The subject of a subordinate clause that opens the sentence, for a pronoun right after
    the main verb behind it: `Als Mladić den Saal betrat, streckte er …`, with the name after
    a place (`Nachdem die Abgeordnete im Landtag Gudrun Pieper …`)."""
    doc, sent = mention.doc, mention.sent
    if doc[sent.start].lower_ not in SUBORDINATORS or mention.start - 2 <= sent.start or doc[mention.start - 2].text != ",":
        return None
    phrase = np_after(doc, sent.start + 1, mention.start)
    if phrase is None or phrase[0] != sent.start + 1:
        return None
    end = phrase[1]
    if end + 1 < mention.start - 2 and doc[end].text.islower() and inflected_verb(doc[end].text):
        return None  # `Als Zeuge schilderte der Gemeindechef, wie er …`: `als` before a main clause's verb, no clause of its own
    if end < mention.start and doc[end].lower_ in {"im", "in", "aus"}:
        name = next((n for n in index.names if end < n.start <= end + 4), None)
        if name is not None and not any(t.is_punct or t.pos_ == "VERB" for t in doc[end : name.start]):
            end = name.end
    return doc[phrase[0] : end]


def _clause_subject_before(mention: Span) -> Span | None:
    """The subject of a `dass` clause right before the comma that opens the pronoun's clause."""
    doc = mention.doc
    comma = mention.start - 2
    for k in range(comma - 1, max(mention.sent.start, comma - 25) - 1, -1):
        if doc[k].text == ",":
            return None
        if doc[k].lower_ == "dass":
            found = np_after(doc, k + 1, comma)
            return doc[found[0] : found[1]] if found is not None and found[0] == k + 1 else None
    return None


def _relative_fronted(sent: Span) -> Span | None:
    """`Die neue Kartoffelsorte, für die BASF eine Genehmigung möchte, trägt …`: a first noun
    phrase with a relative clause after it, which the verb-second parse does not see past."""
    doc = sent.doc
    if doc[sent.start].lower_ not in DETERMINERS:
        return None
    comma = next((k for k in range(sent.start + 1, min(sent.end, sent.start + 8)) if doc[k].text == ","), None)
    if comma is None or comma + 2 >= sent.end:
        return None
    after = doc[comma + 1].lower_, doc[comma + 2].lower_
    if after[0] in RELATIVE | {"das", "dessen", "deren"} or after[0] in PREPOSITIONS and after[1] in RELATIVE | {"dem", "denen", "das"}:
        return doc[sent.start : comma]
    return None




def named_as_source(speaker: Span) -> bool:
    """A speaker named as a source (`laut X`, `X zufolge`, `nach Angaben von X`, `wie X
    mitteilte`), not as the sentence's subject."""
    doc = speaker.doc
    before = doc[speaker.start - 1].lower_ if speaker.start > 0 else ""
    after = doc[speaker.end].lower_ if speaker.end < len(doc) else ""
    return before in {"laut", "nach", "gemäß", "von", "vom", "wie"} or after == "zufolge"


def _subject_position(run: Span) -> bool:
    """First in its clause, after at most an article, adjective or title."""
    doc = run.doc
    start = run.sent.start
    for k in range(run.start - 1, max(start - 1, run.start - 4), -1):
        if doc[k].text in {",", ":", ";"}:
            return k >= run.start - 3
    return run.start - start <= 3


def _entity_gender(entity: EntityBuilder) -> str:
    words = entity.canonical.split()
    return entity.gender or (first_name_gender(words[0]) if len(words) >= 2 and entity.kind == "person" else "")


def agrees(entity_gender: str, kind: str, pronoun_gender: str) -> bool:
    if kind == "place":
        return False
    if pronoun_gender == "m":
        return entity_gender != "f" and kind != "organisation"
    if pronoun_gender == "f":
        return entity_gender != "m"
    return True


def _quoted(subject: Span, mention: Span, index: NameIndex) -> bool:
    """Whether a subject lies in the words the mention's own statement reports before it: `Der
    Freistaat werde helfen, sagte er` (the claim's subject, not whom `er` stands for)."""
    return any(start <= subject.start < end <= mention.start for start, end in index.reported.get(mention.start, ()))


def _plural_verb_beside(mention: Span) -> bool:
    """Whether the finite verb next to a `sie` is plural (`sie haben`, `forderten sie`, `sie
    seien`): German third-person plurals end in `-en`, singulars never do (`hat`, `forderte`).
    In a subordinate clause the finite verb comes last: `falls sie den Ort bekannt geben`."""
    doc = mention.doc
    last = None
    if any(doc[k].lower_ in SUBORDINATORS | COMPLEMENTIZERS | RELATIVE | {"wie"} for k in range(max(0, mention.start - 2), mention.start)):
        end = next((k for k in range(mention.end, min(len(doc), mention.end + 20)) if doc[k].is_punct), None)
        last = end - 1 if end is not None and end - 1 >= mention.end else None
    sent = mention.sent
    before = mention.start - 1
    # `Die Morddrohungen gegen sie zwingen sie`: the plural before the main verb is its subject, the `sie` after it an object
    plural_first = sent[0].lower_ == "die" and len(sent) > 1 and sent[1].text[:1].isupper() and lemma(sent[1].text).lower() != sent[1].lower_
    if plural_first and v2_verb(doc, sent.start, sent.end) == before:
        before = None
    return any(k is not None and 0 <= k < len(doc) and plural_verb(doc[k]) for k in (mention.end, before, last))


def _singular_verb_beside(mention: Span) -> bool:
    """Whether a `sie` that opens its sentence, or follows the verb after its content, has a
    singular finite verb next to it (`Sie räumte ein`, `sagte sie`): one woman, not a group."""
    doc = mention.doc
    sent = mention.sent
    if mention.start == sent.start:
        verb = doc[mention.end] if mention.end < len(doc) else None
    else:
        verb = doc[mention.start - 1]
        if not (mention.start - 1 == sent.start or doc[mention.start - 2].text == ","):  # after a fronted object: `Einen Abbau schloss sie aus`
            return sent[0].lower_ in OBJECT_DETERMINERS and verb.is_alpha and verb.text[:1].islower() and not verb.lower_.endswith("n") and verb.lower_ not in _NOT_VERBS | SUBORDINATORS
    return verb is not None and verb.is_alpha and verb.text[:1].islower() and (verb.lower_.endswith("te") or verb.lower_ in _SINGULAR_VERBS)


def plural_verb(word: Token) -> bool:
    return word.is_alpha and word.text[:1].islower() and (word.lower_ == "sind" or word.lower_.endswith("en")) and word.lower_ not in _NOT_VERBS


def pronoun_gender(word: str) -> str:
    return "m" if word in MALE else "f" if word in FEMALE else ""


def _quoted_title(run: Span) -> bool:
    """A name that a quotation mark opens or, three words at most after one, closes."""
    doc = run.doc
    if run.start > 0 and doc[run.start - 1].text in OPENING_MARKS:
        return True
    closed = run.end < len(doc) and doc[run.end].text in CLOSING_MARKS
    return closed and any(doc[k].text in OPENING_MARKS for k in range(max(0, run.start - 3), run.start))
