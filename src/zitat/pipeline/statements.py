"""Statements without quotation marks: indirect, reported and free indirect speech.

Rules over clause structure, read off the training data's most frequent shapes:
- a source phrase: `laut X`, `X zufolge`, `nach Angaben X`, `wie X mitteilte` + the claim;
- a cue verb with a complement clause: `X räumte ein, dass …`, `X sagte, er habe …`;
- the clause first, the frame after: `Die Lage sei ernst, sagte X.`;
- a sentence in Konjunktiv I right after a statement continues its speaker
  (`indirect_free_indirect`); `soll … haben` reports hearsay (`free_indirect`);
- a cue verb with a plain object reports an act of speech (`reported`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from zitat.lexicon.cues import INFINITIVE_ENDINGS, PARTICLES, PUBLISHING, THOUGHT, lemma, verb_form
from zitat.lexicon.mood import CONDITIONAL, HEARSAY, is_reported, is_subjunctive
from zitat.lexicon.names import name_lexicon
from zitat.lexicon.words import (
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    COMPLEMENTIZERS,
    DETERMINERS,
    FOREIGN_WORDS,
    ISSUED,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SOURCE_NOUNS,
    SUBORDINATORS,
)
from zitat.pipeline.addressees import addressee_in
from zitat.pipeline.annotations import (
    CUE,
    QUOTE,
    RUNS,
    SILENT_SPEAKER,
    SPEAKER,
    StatementAnnotation,
    add_role,
    add_statement,
    drop_role,
    goes_on,
    in_byline,
    meta,
    spans_of,
    through,
)
from zitat.pipeline.direct import named_by_kind
from zitat.pipeline.frames import cue_at, final_participle, source_after
from zitat.pipeline.phrases import (
    CLOSING_MARKS,
    OPENING_MARKS,
    WERDEN,
    article_before_noun,
    clause_subject,
    compound_part,
    finite_verb,
    named_subject_before,
    np_after,
    relative_clause,
    speaker_of_verb,
    speaks,
    subject_of,
    v2_verb,
    web_address,
)

_LEND_REACH = 40  # tokens between a statement and a later unframed quotation in the same paragraph
_REPORTED_ONLY = {
    "fordern", "warnen", "loben", "beklagen", "verlangen", "ankündigen", "dementieren",
    "sprechen", "nennen", "bezeichnen", "berichten", "verweisen", "erwarten", "schätzen", "werten",
    "einstufen", "vorwerfen", "auffordern", "begründen", "befürchten", "vermuten",
    "raten", "empfehlen", "begrüßen",
    "plädieren", "ausgehen", "appellieren", "bitten", "drohen", "versprechen", "zusagen",
    "ausschließen", "aufrufen", "protestieren", "bemängeln", "erhoffen", "beurteilen",
    "bezichtigen", "ausrufen", "vorschlagen", "vorhersagen", "voraussagen",
    "anprangern", "beschuldigen", "mahnen", "anmahnen", "einfordern", "zurücknehmen", "bestätigen",
}
# Acts of speech the annotated data seldom marks as statements (on train 11 of 119 such were): they
# still say who speaks in the Konjunktiv sentences after them (`X äußerte Zweifel. Die Zahlen seien …`).
_UNMARKED_ACTS = {
    "melden", "veröffentlichen", "würdigen", "äußern", "zustimmen", "ablehnen",
    "aussprechen", "bekanntgeben", "bestreiten", "zurückweisen", "kritisieren", "verurteilen",
}
_SPEECH_ACTS = _REPORTED_ONLY | _UNMARKED_ACTS
_REPORT_PARTICLES = {"aus", "an", "auf", "zu", "vor", "bekannt", "ab", "ein", "zurück"}
# Bare verbs that report speech only with their particle: `sagte zu`, not `sagte`.
_PARTICLE_BASES = {"sagen", "geben", "rufen", "schlagen", "stimmen", "lehnen", "nehmen", "schließen"}
_CONTINUE_SENTENCES = 2
_SOURCE_ADVERBS = {"demnach", "danach", "wonach"}
_PHRASE_STARTS = {"und", "den", "dem", "der", "die", "eigenen", "ersten", "jüngsten", "neuesten", "auch", "jedoch"}
_NOT_VERBS = {"so", "ohne", "statt", "anstatt", "außer", "damit", "sodass", "davon", "darauf", "dafür", "daran"}


@dataclass
class _Found:
    type: str
    quote: list[tuple[int, int]]
    cue: list[tuple[int, int]]
    speaker: tuple[int, int] | None
    frame: tuple[int, int] | None
    medium: str | None
    confidence: float
    silent: bool = False  # an act the data marks no statement, whose speaker the sentences after continue


Quotation = list[tuple[int, int]]  # the token ranges of one quotation


@dataclass
class _Reading:
    """What the statement layer keeps while it reads one document: which tokens statements
    cover, and which statements have a speaker, a cue (kept as they change, not read back
    from all spans for every statement, which made long articles quadratic)."""

    covered: dict[int, str]
    roles: dict[str, set[str]]


class Statements:
    def __init__(self, nlp: Language, name: str, *, free_indirect: bool) -> None:
        self.name = name
        self.free_indirect = free_indirect

    def __call__(self, doc: Doc) -> Doc:
        direct = spans_of(doc, QUOTE)
        covered: dict[int, str] = {}
        sentences: set[int] = set()  # tokens of quotes that are sentences of their own
        for sid, spans in direct.items():
            words = [t for span in spans for t in span if any(c.isalpha() for c in t.text)]
            own = bool(words) and words[0].text[0].isupper()
            for span in spans:
                for i in range(span.start, span.end):
                    covered[i] = sid
                    if own:
                        sentences.add(i)
        reading = _Reading(covered, {SPEAKER: set(spans_of(doc, SPEAKER)), CUE: set(spans_of(doc, CUE))})
        last: tuple[int, _Found] | None = None
        quotations = sorted(doc._.zitat_quotations or [], key=lambda q: q[0][0])
        first = 0  # the first quotation not before the current sentence: one pass over them all
        sents = list(doc.sents)
        framed_by_next: _Found | None = None  # this sentence's statement, framed by the next (`Dies bestätigte X.`)
        # A run of sentences that go on in someone's Konjunktiv, or in hearsay, is one statement,
        # as the data marks it: held here (with its quotations and last sentence) until it ends.
        running: tuple[_Found, list[Quotation], int] | None = None
        for n, sent in enumerate(sents):
            if running is not None and running[2] < n - 1:
                self._emit(doc, running[0], reading, running[1])
                running = None
            start, end = _trim(sent)
            while first < len(quotations) and quotations[first][0][0] < start:
                first += 1
            here = quotations[first : bisect_left(quotations, end, lo=first, key=lambda q: q[0][0])]
            if framed_by_next is not None:
                framed_by_next = None
                continue  # the frame of the sentence before, no statement of its own
            if end - start < 3 or in_byline(doc, start, end):
                continue
            inside = sum(1 for i in range(start, end) if i in sentences)
            if inside * 2 > end - start:
                continue  # a direct quotation already is this sentence's statement; quoted words are not
            recent = last[1] if last is not None and n - last[0] <= _CONTINUE_SENTENCES else None
            if recent is None and n > 0 and _konjunktiv_one(doc, start, end, covered):
                named = named_subject_before(doc, sent, None)  # `Wulff nahm Stellung. Jeder Pädagoge könne …`
                recent = _Found("reported", [], [], named, None, "speech", 0.4) if named is not None else None
            framed_by_next = _framed_by_next(doc, start, end, sents[n + 1]) if n + 1 < len(sents) else None
            statements = [framed_by_next] if framed_by_next is not None else self._clause_statements(doc, start, end, covered, recent)
            for found in statements:
                if found.speaker is not None or found.type == "indirect_free_indirect":
                    last = (n, found)
                if found.silent:
                    if found.speaker is not None:
                        doc.spans.setdefault(SILENT_SPEAKER, []).append(doc[found.speaker[0] : found.speaker[1]])
                    continue
                if running is not None and goes_on(running[0], found):
                    merged = _Found(found.type, through(running[0].quote, found.quote), [], found.speaker, None, found.medium, found.confidence)
                    running = (merged, running[1] + here, n)
                    continue
                if running is not None:
                    self._emit(doc, running[0], reading, running[1])
                    running = None
                if found.type in RUNS:
                    running = (found, here, n)
                    continue
                self._emit(doc, found, reading, here)
        if running is not None:
            self._emit(doc, running[0], reading, running[1])
        self._lend_speakers(doc)
        return doc

    def _emit(self, doc: Doc, found: _Found, reading: _Reading, quotations: list[Quotation]) -> None:
        annotation = StatementAnnotation(
            found.type, found.quote, found.cue, found.speaker, found.frame, found.medium, found.confidence,
            addressee_in(doc, found.frame, found.speaker, found.cue),
        )
        sid = _add_statement(doc, annotation, reading.roles)
        self._nest(doc, sid, found, reading, quotations)

    def _lend_speakers(self, doc: Doc) -> None:
        """A direct quotation that is a sentence of its own, without a frame, is the words of
        someone named as the subject of the sentence right before it, else continues the
        speaker of the last statement before it: in the sentence or paragraph right before,
        or a few sentences back in the same paragraph."""
        speakers = spans_of(doc, SPEAKER)
        quotes = sorted(spans_of(doc, QUOTE).items(), key=lambda item: item[1][0].start)
        previous: Span | None = None  # the sentence and speaker of the last statement with one
        speaker: Span | None = None
        for sid, spans in quotes:
            sent = doc[spans[0].start].sent
            if sid in speakers:
                previous, speaker = sent, speakers[sid][0]
                continue
            if spans[0].label_ != "direct":
                continue
            whole = spans[0].start <= _trim(sent)[0] and spans[-1].end >= _trim(sent)[1] - 1
            named = named_subject_before(doc, sent, previous) if whole else None
            if named is not None:
                add_role(doc, SPEAKER, sid, named)
                previous, speaker = sent, doc[named[0] : named[1]]
                continue
            if previous is None or speaker is None:
                continue
            between = doc[previous.end : sent.start]
            follows = all(t.is_space for t in between) or (  # the next sentence or paragraph, or later in this paragraph
                len(between) <= _LEND_REACH and not any("\n" in t.text for t in between if t.is_space)
            )
            if whole and follows:
                add_role(doc, SPEAKER, sid, (speaker.start, speaker.end))

    def find(
        self, doc: Doc, start: int, end: int, covered: dict[int, str], recent: _Found | None
    ) -> list[_Found]:
        """The statements of one sentence: framed ones, else a continuation, else a report."""
        body_end = end - 1 if doc[end - 1].is_punct else end
        found = list(_cue_then_clause(doc, start, body_end, covered))
        framed = _source_phrase(doc, start, body_end) or _wie_clause(doc, start, body_end) or _wie_clause_after(doc, start, body_end)
        if framed is not None and found and framed.frame is not None and _inside(framed.frame, found):
            framed = None  # `X sagte, dass nach technischer Analyse …`: the source is part of the claim
        if framed is not None and not (found and framed.speaker is None):
            return [framed]  # `Demnach erwartet Russland, dass …`: the verb's subject speaks
        if found:
            before = _clause_then_cue(doc, start, body_end, covered) if found[0].cue and found[0].cue[0][0] > start + 2 else None
            if before is not None and before.quote[-1][1] <= found[0].cue[0][0]:
                # `Er trete nicht zurück, sagte der Minister, er habe nichts falsch gemacht.`: a claim on each side of
                # one frame; `Die Lage sei ernst, sagte der Minister und fügte hinzu, …`: on each side of two
                return [replace(before, frame=(before.frame[0], found[0].quote[0][0])), *found]
            return found
        single = (
            _clause_then_cue(doc, start, body_end, covered)
            or _wonach(doc, start, body_end)
            or _with_words(doc, start, body_end, covered)
            or (self._continuation(doc, start, end, recent, covered) if self.free_indirect else None)
            or _reported(doc, start, end, covered)
        )
        return [single] if single is not None else []

    def _clause_statements(self, doc: Doc, start: int, end: int, covered: dict[int, str], recent: _Found | None) -> list[_Found]:
        """The statements of a sentence, of each side of a semicolon where one side has its own
        cue (`…; nach Polizeiangaben waren es 1.000`); a run of speech across one stays whole."""
        parts = _clauses(doc, start, end)
        if len(parts) > 1:
            found = [statement for part in parts for statement in self.find(doc, *part, covered, recent)]
            if any(statement.cue for statement in found):
                return found
        return self.find(doc, start, end, covered, recent)

    def _continuation(self, doc: Doc, start: int, end: int, recent: _Found | None, covered: dict[int, str]) -> _Found | None:
        head = [k for k in range(start, min(end, start + 8)) if k not in covered]  # not `„Ich bleibe“, sagte er`
        if any(doc[k].lower_ in HEARSAY for k in head) and doc[end - 2].lower_ in {"haben", "sein", "worden"}:
            speaker = recent.speaker if recent is not None else None
            return _Found("free_indirect", [(start, end)], [], speaker, None, "speech_writing", 0.4)
        if recent is not None and any(is_subjunctive(doc[k]) for k in head):
            # the speaker's next act, told in the indicative, is no part of the claim: `Er halte das für vertretbar und bezeichnete …`
            claim_end = _clause_end(doc, start, end)
            return _Found("indirect_free_indirect", [(start, claim_end)], [], recent.speaker, None, recent.medium, 0.5)
        return None

    def _nest(self, doc: Doc, sid: str, found: _Found, reading: _Reading, quotations: list[Quotation]) -> None:
        """Direct quotations inside this statement are nested in it and share its speaker;
        `quotations` are those of its sentence."""
        store, covered, roles = meta(doc), reading.covered, reading.roles
        inner = {covered[i] for s, e in found.quote for i in range(s, e) if i in covered}
        if found.speaker is not None:
            self._quoted_words(doc, sid, found, reading, quotations)
        for quote_id in inner:
            store[quote_id]["nested_in"] = sid
            if found.speaker is None:
                continue
            if quote_id not in roles[CUE]:
                store[quote_id]["medium"] = found.medium or store[quote_id]["medium"]  # the statement's words, written or said
                for rng in found.cue:
                    add_role(doc, CUE, quote_id, rng)  # `nach Auffassung des X sei es „…“`: the statement's cue
                    roles[CUE].add(quote_id)
            if store[quote_id].pop("subject_speaker", False) or quote_id in roles[SPEAKER] and _cue_of(doc, quote_id) == found.cue:
                # `Daten seien „…“`: the clause's subject only stood in; `Medien, in denen es
                # heißt, … „Papiertiger“`: the statement knows better who speaks by that cue
                drop_role(doc, SPEAKER, quote_id)
            elif quote_id in roles[SPEAKER]:
                continue
            add_role(doc, SPEAKER, quote_id, found.speaker)
            roles[SPEAKER].add(quote_id)

    def _quoted_words(self, doc: Doc, sid: str, found: _Found, reading: _Reading, quotations: list[Quotation]) -> None:
        """Words of the speaker's own in quotation marks inside the statement (`das habe nichts
        mit „Sanktionen zu tun oder militärischen Aktionen“`) are a direct quote nested in it,
        though alone they did not read as someone's words."""
        inside = {i for s, e in found.quote for i in range(s, e)}
        for quotation in quotations:
            tokens = [i for s, e in quotation for i in range(s, e)]
            if not tokens or any(i in reading.covered or i not in inside for i in tokens) or not _own_words(doc, quotation):
                continue
            if named_by_kind(doc, quotation[0][0]) or compound_part(doc, quotation[-1][1]):
                continue  # `laut einem Test des Magazines „auto, motor und sport“`: a name; `eine „Eins zu Eins“-Begegnung`: a term
            annotation = StatementAnnotation("direct", quotation, found.cue, found.speaker, None, found.medium, 0.4, nested_in=sid)
            _add_statement(doc, annotation, reading.roles)
            for i in tokens:
                reading.covered[i] = sid


def _add_statement(doc: Doc, annotation: StatementAnnotation, roles: dict[str, set[str]]) -> str:
    sid = add_statement(doc, annotation)
    if annotation.speaker is not None:
        roles[SPEAKER].add(sid)
    if any(end > start for start, end in annotation.cue):
        roles[CUE].add(sid)
    return sid


def _clauses(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence split at its semicolons, and before a second main clause with a verb of saying,
    each side a clause of its own with its own statement: `Die Veranstalter schätzten 2.000
    Teilnehmer; nach Polizeiangaben waren es 1.000.`"""
    parts, first = [], start
    for k in range(start + 3, end - 3):
        if (doc[k].text == ";" or _main_clause_with_cue(doc, k, end)) and k - first >= 3:
            parts.append((first, k + 1))
            first = k + 1
    return [*parts, (first, end)]


def _main_clause_with_cue(doc: Doc, comma: int, end: int) -> bool:
    """`…, die Polizei spricht von 4.000`: after a comma, a subject and its own verb of saying
    begin a second main clause; the words after the verb tell it from a relative clause, which
    ends with its verb."""
    if doc[comma].text != "," or doc[comma + 1].lower_ not in {"der", "die", "das"} or relative_clause(doc, comma + 1, end):
        return False
    verb = _cue_after_subject(doc, comma + 1, end)
    continues = verb is not None and verb + 1 < end and not doc[verb + 1].is_punct  # not `…, der der Regierung vorwarf, …`
    return continues and doc[verb].is_alpha and doc[verb].text[0].islower()


def _cue_after_subject(doc: Doc, k: int, end: int) -> int | None:
    """The verb of saying right after a noun phrase that begins at k: `die Polizei spricht`."""
    phrase = np_after(doc, k, end)
    if phrase is None or phrase[0] != k or phrase[1] >= end:
        return None
    return phrase[1] if cue_at(doc, phrase[1], end) is not None else None


def _konjunktiv_one(doc: Doc, start: int, end: int, covered: dict[int, str]) -> bool:
    """A sentence whose first words hold a verb in the Konjunktiv I proper (`sei`, `habe`,
    `könne`), which only reported speech uses; not the Konjunktiv II of conditions (`wäre`),
    nor a quotation's first person (`„Ich bleibe“`)."""
    return any(
        is_subjunctive(doc[k]) and doc[k].lower_ not in CONDITIONAL and k not in covered for k in range(start, min(end, start + 8))
    )


def _own_words(doc: Doc, quotation: list[tuple[int, int]]) -> bool:
    """Quoted words that are someone's wording, not a name or title: a phrase of two words or
    more that starts lower-case (`„völlig unrealistisch“`) or joins common nouns with lower-case
    words (`„Probleme[n] mit der Elektrizität“`). A word alone may be a name or label
    (`„Deutschlandfunk“`, `„Täter“`), as may a phrase with a name (`„Second Life“`)."""
    words = [t for s, e in quotation for t in doc[s:e] if t.is_alpha]
    if len(words) < 2 or len(words) > 12 or words[0].lower_ in FOREIGN_WORDS:  # `„gens du voyage“`: a term
        return False
    lexicon = name_lexicon()
    if not all(t.text[0].islower() or lexicon.is_noun_or_compound(t.text) for t in words):
        return False
    return words[0].text[0].islower() or any(t.text[0].islower() and t.lower_ not in DETERMINERS for t in words[1:])


def _trim(sent: Span) -> tuple[int, int]:
    start, end = sent.start, sent.end
    while start < end and sent.doc[start].is_space:
        start += 1
    while end > start and sent.doc[end - 1].is_space:
        end -= 1
    return start, end


def _clause_end(doc: Doc, k: int, end: int) -> int:
    """Where a claim that begins at k ends: before an inserted `, sagte er`, before the
    speaker's next verb in the indicative (`er sei unschuldig, erkannte … nicht an`), before
    `und` and the speaker's next cue (`Europa brauche die Engländer, und fügte hinzu`), or at `end`."""
    for j in range(k, end - 1):
        if doc[j].text == "," and (cue_at(doc, j + 1, end) is not None or _indicative_past(doc[j + 1]) or _contrasting_cue(doc, j + 1, end)):
            return j
        if doc[j].lower_ == "und" and _indicative_past(doc[j + 1]) and cue_at(doc, j + 1, end) is not None:
            return j - (doc[j - 1].text == ",")
    return end


def _contrasting_cue(doc: Doc, k: int, end: int) -> bool:
    """`…, doch UN-Pressesprecher Nicholas Birnback erklärte, …`: someone else's statement set against the claim."""
    return doc[k].lower_ in {"doch", "aber", "während"} and _cue_after_subject(doc, k + 1, end) is not None


def _indicative_past(token: Token) -> bool:
    """A finite verb in the past indicative opening a clause: `erkannte`, `wurde`, `hatte`."""
    word = token.lower_
    if word in {"hatte", "hatten", "war", "waren", "wurde", "wurden"}:
        return True
    return word.endswith(("te", "ten")) and token.is_alpha and token.text[0].islower() and lemma(word) != word and lemma(word).endswith("en") and not is_subjunctive(token)


def _source_phrase(doc: Doc, start: int, end: int) -> _Found | None:
    """`Laut X …`, `… hat nach Angaben der Polizei …`, `X zufolge …`, `Demnach …`.

    The claim is the sentence around the source phrase, in up to two spans."""
    temporal = (
        doc[start].lower_ == "danach"
        and not any(is_subjunctive(doc[k]) or doc[k].lower_ in HEARSAY for k in range(start, end))
        and not _text_just_named(doc, start)
    )
    if doc[start].lower_ in _SOURCE_ADVERBS and end - start > 3 and not temporal:  # `Danach wurde er Minister`: afterwards
        # `Demnach …`: the adverb stands for the source it points back to, as the data annotates it
        here = (start, start + 1)
        return _Found("indirect", [(start + 1, end)], [here], here, here, "speech_writing", 0.5)
    for k in range(start, end - 1):
        low = doc[k].lower_
        if low in {"laut", "gemäß"} or low == "nach" and _source_noun_follows(doc, k, end):
            phrase = _quoted_name(doc, k + 1, end) or np_after(doc, k + 1, end)
            if phrase is None or phrase[0] != k + 1:
                continue
            first = k - 1 if k > start and doc[k - 1].lower_ == "je" else k  # `Je nach Quellenlage`
            if first == start:
                phrase = (phrase[0], _prefield_place(doc, phrase[1], end))
            return _around(doc, start, end, (first, phrase[1]), [(k, k + 1)], phrase)
        if low == "nach" and k > start and doc[k - 1].lower_.endswith(SOURCE_NOUNS):
            phrase = _np_ending_at(doc, start, k)  # `Seiner Meinung nach`, `Dem Vernehmen nach`
            if phrase is not None:
                return _around(doc, start, end, (phrase[0], k + 1), [(k, k + 1)], phrase)
        if low == "zufolge" and k > start:
            phrase = _np_ending_at(doc, start, k)
            if phrase is not None:
                return _around(doc, start, end, (phrase[0], k + 1), [(k, k + 1)], phrase)
    return None


def _prefield_place(doc: Doc, k: int, end: int) -> int:
    """Where a source that opens the sentence sits: `Nach Angaben des Kraftfahrt-Bundesamtes in
    Flensburg sei …`. All before the finite verb is one phrase, so the place is the source's,
    not the claim's; k itself where no place and verb follow."""
    if k >= end or doc[k].lower_ not in {"in", "im", "aus", "bei"}:
        return k
    j = k + 1
    while j < min(end, k + 4) and doc[j].text[:1].isupper() and doc[j].is_alpha:
        j += 1
    # a verb written small, plural forms too (`fahren`), which look like the infinitive
    verb = j < end and j > k + 1 and doc[j].is_lower and (doc[j].lower_ in AUXILIARIES or is_subjunctive(doc[j]) or verb_form(doc[j].text))
    return j if verb else k


def _text_just_named(doc: Doc, start: int) -> bool:
    """`Die UBS veröffentlichte heute neue Quartalszahlen. Danach verzeichnet …`: a text or figures
    published in the sentence before are what `Danach` points back to, not a time."""
    if start == 0:
        return False
    before = doc[start - 1].sent
    published = any(lemma(t.text) in PUBLISHING for t in before)  # not `Nach Aussagen von X …`, `das Urteil sprechen`
    return published and any(t.lower_.endswith((*_TEXTS, "zahlen")) and t.text[:1].isupper() for t in before)


def _cue_of(doc: Doc, sid: str) -> list[tuple[int, int]]:
    return [(span.start, span.end) for span in doc.spans.get(CUE, []) if span.id_ == sid]


def _inside(phrase: tuple[int, int], found: list[_Found]) -> bool:
    return any(a <= phrase[0] and phrase[1] <= b for statement in found for a, b in statement.quote)


def _quoted_name(doc: Doc, i: int, end: int) -> tuple[int, int] | None:
    """A source named in quotation marks or as a web address: `laut „Welt“`, `laut ndr.de`."""
    if doc[i].text in OPENING_MARKS:
        close = next((j for j in range(i + 1, min(end, i + 8)) if doc[j].text in CLOSING_MARKS), None)
        return (i, close + 1) if close is not None else None
    if web_address(doc[i]):
        return (i, i + 1)
    return None


def _source_noun_follows(doc: Doc, k: int, end: int) -> bool:
    return any(doc[i].lower_.endswith(SOURCE_NOUNS) for i in range(k + 1, min(end, k + 4)))


def _phrase_boundary(token: Token) -> bool:
    """Whether a noun phrase may begin right after this token (it cannot extend further left)."""
    if token.text in {",", "(", "–", ":"} or token.lower_ in _PHRASE_STARTS:
        return True
    if token.is_punct or token.lower_ in DETERMINERS or token.text[:1].isupper():
        return False
    return not token.lower_.endswith(("e", "en", "er", "es", "em"))  # not an adjective


def _wonach(doc: Doc, start: int, end: int) -> _Found | None:
    """`Ein Bericht der Agentur „Interfax“, wonach der Oppositionsführer festgenommen worden sein
    soll, wurde dementiert`: a source and, after `wonach`, what it says."""
    for k in range(start + 2, end - 2):
        if doc[k].lower_ != "wonach" or doc[k - 1].text != ",":
            continue
        source = _np_ending_at(doc, start, k - 1)
        if source is None or not doc[source[1] - 1].lower_.endswith(_TEXTS) and not speaks(doc, source):
            return None  # `Es gibt Gerüchte, wonach …` names no one, though the data marks the rumour
        claim_end = _clause_end(doc, k + 1, end)
        return _Found("indirect", [(k + 1, claim_end)], [(k, k + 1)], source, (source[0], k + 1), "speech_writing", 0.6)
    return None


def _np_ending_at(doc: Doc, start: int, k: int) -> tuple[int, int] | None:
    """The noun phrase that ends right before token k (`Polizeiangaben zufolge`)."""
    for i in range(max(start, k - 14), k):
        prev = doc[i - 1]
        # A lower-case word before the phrase that follows no article is a verb, not an adjective:
        # `dürfte ersten Annahmen zufolge`, `waren dem Bericht zufolge`.
        verb_before = prev.text[:1].islower() and prev.lower_ not in DETERMINERS and (
            i - 2 < start or doc[i - 2].lower_ not in DETERMINERS
        )
        # an article begins a phrase even after a name: `hob Sarkozy dem „Figaro“ zufolge … hervor`
        if i > start and not _phrase_boundary(prev) and not verb_before and (doc[i].lower_ not in ARTICLES or prev.lower_ in PREPOSITIONS):
            continue
        phrase = np_after(doc, i, k)
        if phrase == (i, k):
            return phrase
    return None


def _around(
    doc: Doc, start: int, end: int, source: tuple[int, int], cue: list[tuple[int, int]], speaker: tuple[int, int]
) -> _Found | None:
    """A statement whose claim is the sentence minus its source phrase."""
    parts = [_strip_commas(doc, start, source[0]), _strip_commas(doc, source[1], end)]
    quote = [p for p in parts if p[1] - p[0] > 0]
    if sum(e - s for s, e in quote) < 3:
        return None
    return _Found("indirect", quote, cue, speaker, source, "speech_writing", 0.7)


def _strip_commas(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and doc[start].text == ",":
        start += 1
    while end > start and doc[end - 1].text == ",":
        end -= 1
    return start, end


def _cue_then_clause(doc: Doc, start: int, end: int, covered: dict[int, str]) -> Iterator[_Found]:
    """`X räumte ein, dass …` / `X sagte, er habe …`; several in one sentence."""
    k = previous_end = start
    while k < end:
        found = None if k in covered else cue_at(doc, k, end) or _opinion_cue(doc, k, end)
        guessed = found is None and k not in covered and k + 2 < end and doc[k + 1].text == "," and doc[k + 2].lower_ in {"dass", "ob"}
        if guessed:
            found = _verb_before_that(doc, k)
        if found is None:
            k += 1
            continue
        cue, medium = found
        split = len(cue) > 1 and doc[cue[-1][0]].lower_ in PARTICLES
        after = cue[-1][1] if split else k + 1  # past a particle split off: `gab der Leiter, Andreas Huber, bekannt, dass`
        comma = _comma_after(doc, after, end)  # also `sagte: Die Lage sei ernst`
        if comma is None or comma + 1 >= end or doc[comma].text == ":" and not _reported_after_colon(doc, comma, end, covered):
            k += 1
            continue
        if any(doc[j - 1].lower_ in {"und", "aber"} and cue_at(doc, j, end) for j in range(k + 2, comma)):
            k += 1  # `bezeichnete das als Erfolg und erklärte, …`: the second verb introduces the claim
            continue
        if np_after(doc, cue[-1][1], comma) == (cue[-1][1], comma):
            comma = _past_apposition(doc, comma, end)  # the subject after the verb has an apposition
        comma = _past_aside(doc, comma, end)
        nxt = doc[comma + 1]
        if nxt.lower_ in SUBORDINATORS and any(cue_at(doc, j, end) for j in range(comma + 2, min(end, comma + 6))):
            k += 1  # `bestritt das, indem er sagte, …`: the subordinate clause's own cue frames the claim
            continue
        clause_end = _clause_end(doc, comma + 1, end)
        subjunctive = any(is_reported(doc[j]) for j in range(comma + 1, clause_end)) or _indicative_claim(doc, cue, comma, clause_end)
        # `bezeichnet die Maßnahme als einen Versuch, … zu hindern`: the infinitive is the noun's, no claim
        judged = any(doc[s].lower_ == "als" for s, _ in cue)
        infinitive = not judged and _infinitive(doc, comma + 1, clause_end)
        if nxt.lower_ not in COMPLEMENTIZERS and not subjunctive and not infinitive or cue_at(doc, comma + 1, end):
            k += 1  # `X, der das verteidigt hatte, sagte: „…“`: the next clause has its own cue
            continue
        # Only a second statement in the sentence, or one in a causal or concessive clause
        # (`…, zumal X betont hatte, …`), needs its own clause for a subject.
        own = _clause_start(doc, start, k)
        clause_start = own if k > start and previous_end > start or doc[own].lower_ in {"zumal", "weil", "obwohl", "da"} else start
        finite = finite_verb(doc, clause_start, cue[0][0])  # the verb, not the noun before the comma
        # `Er sagte, …, und fügte hinzu, …`: a verb right after `und` has the sentence's subject
        subject_from = start if finite == clause_start > start and doc[clause_start - 1].lower_ == "und" else clause_start
        speaker = _written_in(doc, clause_start, finite) or speaker_of_verb(doc, subject_from, finite, comma)
        if speaker is None and lemma(doc[k].text) == "heißen":  # `Nun heißt es im Abschlussbericht, …`
            speaker = source_after(doc, k + 2, comma)
        if speaker is not None and any(s <= speaker[0] < e for s, e in cue):
            speaker = None  # `herrschte die Meinung vor`: the cue's own noun speaks for no one
        if (guessed or doc[comma].text == ":") and speaker is None:
            k += 1  # `Es bleibt unklar, ob …`, `hatte sich herausgestellt, dass …`: a verb outside the lexicon and no one speaking
            continue  # nor a colon after a cue no one speaks: a list's heading
        yield _Found("indirect", [(comma + 1, clause_end)], cue, speaker, (clause_start, comma + 1), medium, 0.7)
        k = previous_end = clause_end + 1


_VOICING = {"vertreten", "äußern", "wiederholen", "bekräftigen", "aufstellen"}
_ASKINGS = {"aufforderung", "forderung", "appell", "aufruf", "bitte", "anfrage", "angebot", "versprechen", "zusage"}
_SAYINGS = {
    "argument", "wort", "worte", "hinweis", "begründung", "aussage", "behauptung", "these", "warnung", "erklärung", "botschaft", "nachricht",
} | _ASKINGS


def _with_words(doc: Doc, start: int, end: int, covered: dict[int, str]) -> _Found | None:
    """`Die BVG begegnet der Kritik mit dem Argument, die Züge seien unterirdisch`, `trat dem Vorwurf
    mit den Worten entgegen, das Gericht sei …`, `legte den Schwerpunkt auf die Aussage, es sei …`:
    a noun of saying, then a comma and a clause in the Konjunktiv. Who speaks `mit` the words, or
    voices them (`hatte die These vertreten, …`), is the sentence's subject; otherwise the noun
    names the saying, not whose it is (`wandte sich gegen die Behauptung, …`), unless a genitive
    says whose (`Dem Appell der Polizei, sich zu stellen, …`)."""
    for k in range(start + 1, end - 3):
        if doc[k - 1].lower_ not in DETERMINERS or k in covered:
            continue
        noun = lemma(doc[k].text)
        if noun not in _SAYINGS:
            continue
        owner = np_after(doc, k + 1, end) if doc[k + 1].lower_ in {"der", "des"} else None  # `Dem Appell der Polizei, …`
        after = owner[1] if owner is not None and owner[0] == k + 1 else k + 1
        comma = next((j for j in range(after, min(end, after + 3)) if doc[j].text == ","), None)
        if comma is None or comma + 2 >= end or not all(doc[j].is_lower for j in range(after, comma)):
            continue
        clause_end = _clause_end(doc, comma + 1, end)
        first = comma + 2 if doc[comma + 1].lower_ in PREPOSITIONS else comma + 1  # also `…, in deren Haus …`
        if relative_clause(doc, first, clause_end):
            continue  # `die Aussage, die er machte`: a relative clause
        asking = noun in _ASKINGS and _infinitive(doc, comma + 1, clause_end)  # `der Appell, sich zu stellen`
        # `Mit der Begründung, dass …`; but `die Nachricht, dass …` is news, not someone's words
        that = doc[comma + 1].lower_ in {"dass", "ob"} and noun != "nachricht"
        if not asking and not that and not any(is_reported(doc[j]) for j in range(comma + 1, clause_end)):
            continue
        cue = [(k - 1, comma)]
        own = doc[k - 2].lower_ == "mit" or any(lemma(doc[j].text) in _VOICING for j in range(k + 1, comma))  # `die These vertreten`
        speaker = clause_subject(doc, start, comma, set()) if own else None
        if owner is not None and after > k + 1 and speaks(doc, owner):
            speaker = owner  # `die Forderung des CSU-Vorsitzenden Edmund Stoiber, …`: whose words
        return _Found("indirect", [(comma + 1, clause_end)], cue, speaker, (start, comma + 1), "speech", 0.6)
    return None


def _comma_after(doc: Doc, k: int, end: int) -> int | None:
    """The first comma or colon within ten words after a cue, a name in quotation marks or
    brackets counting as one (`berichtete im Fachmagazin „Public Library of Science“ („PLoS
    Biology“), es sei …`)."""
    words = 0
    while k < end and words < 10:
        text = doc[k].text
        if text in {",", ":"}:
            return k
        if text == "(" or text in OPENING_MARKS:
            closing = {")"} if text == "(" else CLOSING_MARKS
            k = next((j for j in range(k + 1, min(end, k + 8)) if doc[j].text in closing), k)
        k += 1
        words += 1
    return None


def _past_aside(doc: Doc, comma: int, end: int) -> int:
    """`erklärte der „Oberste Rat …“, wie sich die Militärjunta selbst nennt, die Situation sei …`,
    `schrieb X in der „Correio da Manhã“, einem Boulevardblatt, die Gesellschaft sei …`: the comma
    after an inserted `wie` clause or a dative apposition, not the one before it, opens the clause said."""
    if comma + 1 >= end or doc[comma + 1].lower_ not in {"wie", "einem", "dem"}:
        return comma
    stop = next((j for j in range(comma + 2, min(end, comma + 10)) if doc[j].text == ","), None)
    if stop is None or stop + 1 >= end:
        return comma
    if doc[comma + 1].lower_ != "wie":  # an apposition follows a noun, not the cue: `gab X an, dem … sei`
        noun_before = doc[comma - 1].text[:1].isupper() or doc[comma - 1].text in CLOSING_MARKS
        return stop if noun_before and np_after(doc, comma + 1, stop) == (comma + 1, stop) else comma
    if not doc[stop - 1].is_lower or doc[stop - 1].lower_ in AUXILIARIES:
        return comma  # not `…, wie es war, …`: an aside ends with its verb
    return stop


def _reported_after_colon(doc: Doc, colon: int, end: int, covered: dict[int, str]) -> bool:
    """`Der Minister sagte: Die Lage sei ernst.`: a clause in the Konjunktiv I after a cue and a
    colon is reported speech; a quotation there is the direct quote's, and an indicative clause
    may be the speaker's own words without their marks."""
    clause_end = _clause_end(doc, colon + 1, end)
    if doc[colon + 1].text in OPENING_MARKS or any(j in covered for j in range(colon + 1, clause_end)):
        return False
    return any(is_reported(doc[j]) for j in range(colon + 1, clause_end))


def _past_apposition(doc: Doc, comma: int, end: int) -> int:
    """`sagte der Koordinator, Deftalgne Tessema, gegenüber der BBC, dass …`: the comma after
    the subject's apposition (a name or someone who speaks, between commas) and after an
    audience, not the one before them, opens the clause said."""
    stop = next((j for j in range(comma + 1, min(end, comma + 10)) if doc[j].text == ","), None)
    if stop is None or stop + 1 >= end:
        return comma
    part = (comma + 1, stop)
    if np_after(doc, *part) == part and speaks(doc, part) and not cue_at(doc, comma + 1, stop):
        comma = stop
        stop = next((j for j in range(comma + 1, min(end, comma + 8)) if doc[j].text == ","), None)
        if stop is not None and stop + 1 < end and doc[comma + 1].lower_ == "gegenüber" and np_after(doc, comma + 2, stop) == (comma + 2, stop):
            comma = stop
    return comma


_DECLARING = {
    "sagen", "feststellen", "erklären", "mitteilen", "berichten", "betonen", "bekanntgeben", "bestätigen", "melden", "schreiben",
    "versichern", "unterstreichen", "ergänzen", "hinzufügen",
    "ankündigen", "einräumen", "zugeben", "verkünden", "ausführen", "hervorheben", "präzisieren", "bekräftigen", "beteuern",
    "behaupten", "erzählen", "antworten", "entgegnen", "erwidern", "erläutern", "verraten", "angeben",
}
_NOT_MAIN_CLAUSE = {"dem", "den", "deren", "dessen", "welche", "welcher", "welches", "wo", "was", "wie", "als", "um", "ohne", "statt", "anstatt", "und", "oder", "aber", "sondern"}


_CLAUSE_END_PARTICLES = PARTICLES | {"ab", "bei", "nach", "um"}


def _opinion_cue(doc: Doc, k: int, end: int) -> tuple[list[tuple[int, int]], str] | None:
    """`ist der Meinung, dass …`, `vertritt die Ansicht, …`, `sind der gegenteiligen
    Auffassung`: an opinion held, the verb and its noun as the cue, as the data marks it."""
    if lemma(doc[k].text) not in _HOLDING or k + 2 >= end:
        return None
    j = k + 1
    while j < min(end, k + 8) and doc[j].lower_ not in _OPINIONS:
        if doc[j].is_punct:
            return None
        j += 1
    if j >= min(end, k + 8) or doc[j - 1].lower_ not in {"der", "die"} and not doc[j - 1].text[:1].islower():
        return None
    last = j + 1 if j + 1 < end and doc[j + 1].lower_ == "vor" else j  # `herrschte die Meinung vor`
    if last + 1 >= end or doc[last + 1].text != ",":
        return None
    article = next(i for i in range(j, k, -1) if doc[i].lower_ in {"der", "die"} or i == k + 1)
    cue = [(k, j + 1)] if article == k + 1 else [(k, k + 1), (article, j + 1)]  # `vertritt ebenso wie X die Ansicht`
    return cue + ([(last, last + 1)] if last > j else []), THOUGHT


_TEXTS = (*SOURCE_NOUNS, *ISSUED, "brief", "resolution", "papier", "gutachten", "artikel", "kommentar")  # a text may speak
_HOLDING = {"sein", "vertreten", "teilen", "herrschen"}
_OPINIONS = {"meinung", "ansicht", "auffassung", "überzeugung"}


def _written_in(doc: Doc, start: int, finite: int) -> tuple[int, int] | None:
    """`eine Erklärung, in der es heißt, …`, `Medien, in denen es auch heißt, …`: what says it
    is the text the relative clause is about."""
    comma = next((k for k in range(finite - 1, start, -1) if doc[k].text == ","), None)
    if comma is None or comma + 3 > finite or lemma(doc[finite].text) not in {"heißen", "stehen"}:
        return None
    if doc[comma + 1].lower_ not in {"in", "auf"} or doc[comma + 2].lower_ not in {"der", "dem", "denen", "welcher", "welchem"}:
        return None
    if doc[comma - 1].lower_ in _CLAUSE_END_PARTICLES:
        comma -= 1  # `griff den Tenor der Medien auf, in denen …`
    return _np_ending_at(doc, start, comma)


def _declared(doc: Doc, cue: list[tuple[int, int]]) -> bool:
    """Whether a cue (verb, particle) is a verb that declares something: `sagte`, `teilte … mit`."""
    words = [doc[k] for a, b in cue for k in range(a, b)]
    if [t.lower_ for t in words] == ["so"]:
        return True  # `…, so ein Sprecher des CERN`: the frame attributes what stands before it
    verb = next((t for t in words if t.text[:1].islower() and t.lower_ not in PARTICLES and t.lower_ not in AUXILIARIES), None)
    particle = next((t.lower_ for t in words if t.lower_ in PARTICLES and t is not verb), "")
    return verb is not None and particle + lemma(verb.text) in _DECLARING


def _indicative_claim(doc: Doc, cue: list[tuple[int, int]], comma: int, clause_end: int) -> bool:
    """`Das Unternehmen teilte mit, der Umsatz wird 278 Millionen betragen.`: a main clause in
    the indicative right after a verb that declares something is what was declared."""
    if cue[-1][1] != comma or doc[comma - 1].lower_ in AUXILIARIES or not _declared(doc, cue):
        return False  # the comma right after the verb or its particle: `teilte mit, …`, `sagte, …`
    first = doc[comma + 1]
    if first.lower_ in _NOT_MAIN_CLAUSE or first.lower_ in {"der", "die", "das"} and not article_before_noun(doc, comma + 1, clause_end):
        return False  # a relative or adverbial clause, not a claim
    verb = v2_verb(doc, comma + 1, clause_end)
    return verb is not None and verb - comma <= 8


def _clause_start(doc: Doc, start: int, k: int) -> int:
    """The start of the clause holding token k: after the last comma or `und` before it."""
    for j in range(k - 1, start, -1):
        if doc[j].text in {",", ";", ":"} or doc[j].lower_ in {"und", "aber", "sondern"}:
            return j + 1
    return start


_CAUSING = {"führen", "bestehen", "beitragen", "bedeuten", "sorgen", "liegen", "hängen", "resultieren"}


def _verb_before_that(doc: Doc, k: int) -> tuple[list[tuple[int, int]], str] | None:
    """A verb outside the cue lexicon that takes a `dass` clause: `bemängelte er, dass …`."""
    for j in range(k, max(k - 4, -1), -1):
        t = doc[j]
        if not t.is_alpha or not t.text[0].islower() or t.lower_ in _NOT_VERBS:
            continue
        if _zu_infinitive(t.lower_):
            return None  # `…, sicherzustellen, dass …`: an infinitive, not who says it
        base = lemma(t.text)
        if base in _CAUSING or doc[k].lower_ + base in _CAUSING:  # also `trug dazu bei`
            return None  # `führte dazu, dass …`, `besteht darin, dass …`: a consequence, no one's words
        if any(doc[m].lower_ in {"so", "derart", "dermaßen"} for m in range(max(0, j - 3), k + 1)):
            return None  # `erlitt so schwere Verletzungen, dass …`, `wächst derart, dass …`: a result, no one's words
        inflected = base != t.lower_ or t.lower_.endswith(("t", "te", "ten"))
        if base.endswith(INFINITIVE_ENDINGS) and inflected:
            closing = j < k and doc[k].lower_ in PARTICLES | {"klar", "deutlich"}  # `geht … hervor`, `machte deutlich`, `stellte klar`
            return ([(j, j + 1), (k, k + 1)] if closing else [(j, j + 1)]), "speech"
    return None


def _zu_infinitive(word: str) -> bool:
    """`anzusprechen`, `sicherzustellen`: a particle, `zu` and an infinitive written as one word."""
    if _ZU_INFIX.match(word):
        return True
    at = word.find("zu", 3)
    rest = word[:at] + word[at + 2 :] if at > 0 else ""
    return len(rest) > 6 and rest.endswith(INFINITIVE_ENDINGS) and lemma(rest) == rest


def _infinitive(doc: Doc, start: int, end: int) -> bool:
    """A `zu` infinitive clause: `…, das Land zu verlassen`, `…, dagegen vorzugehen`, also
    before a relative clause on its object (`…, die Maut für den Verkehr zu erheben, der …`)."""
    if doc[start].lower_ in {"um", "ohne", "statt", "anstatt"}:
        return False  # a purpose, not what was said: `forderten den Rücktritt, um den Weg freizumachen`
    comma = next((k for k in range(start + 1, end) if doc[k].text == ","), None)
    if comma is not None and comma + 1 < end and doc[comma + 1].lower_ in RELATIVE_PRONOUNS | {"wo", "was"} and _infinitive(doc, start, comma):
        return True
    last = doc[end - 1]
    if not last.is_alpha or last.text[0].isupper() or not (last.lower_.endswith(INFINITIVE_ENDINGS) or last.lower_ in {"sein", "tun"}):
        return False  # also `zu verändern`, `zu sein`
    if _zu_infinitive(last.lower_):
        return True  # `…, diese Problematik anzusprechen`
    return doc[end - 2].lower_ == "zu" if end - 2 >= start else "zu" in last.lower_[2:-3]


def _wie_clause(doc: Doc, start: int, end: int) -> _Found | None:
    """`Wie der Sprecher mitteilte, sind die Gespräche gescheitert.`"""
    if doc[start].lower_ != "wie":
        return None
    for comma in range(start + 2, min(end - 1, start + 30)):
        if doc[comma].text != ",":
            continue
        verb = comma - 1
        while verb > start and doc[verb].lower_ in {"hat", "hatte", "habe", "worden", "wurde", "ist", "war"}:
            verb -= 1
        found = cue_at(doc, verb, comma)
        if found is None:
            continue  # a comma inside the wie-clause: `Wie die Sprecherin, Anna Meier, mitteilte`
        cue, medium = found
        speaker = subject_of(doc, start, finite_verb(doc, start, verb), verb)
        first = np_after(doc, start + 1, verb)
        if speaker is None and first is not None and first[0] == start + 1 and speaks(doc, first):
            speaker = first  # `Wie Norman Paech, der … anwesend war, dazu feststellt,`
        if speaker is None and doc[start + 1].lower_ in PREPOSITIONS:
            speaker = np_after(doc, start + 2, verb)  # `Wie aus Unternehmenskreisen verlautete`
        if speaker is None and doc[start + 1].lower_ == "es" and start + 3 < verb and doc[start + 2].lower_ in PREPOSITIONS:
            speaker = np_after(doc, start + 3, verb)  # `Wie es in dem Bericht heißt`
        cue = [(start, start + 1), *cue]
        return _Found("indirect", [(comma + 1, end)], cue, speaker, (start, comma + 1), medium, 0.7)
    return _wie_clause_unmarked(doc, start, end)


def _wie_clause_after(doc: Doc, start: int, end: int) -> _Found | None:
    """`Der Boss wurde verhaftet, wie die Agentur ANSA berichtete.`, `Er wurde, wie die Polizei
    mitteilte, verhaftet.`: a wie-clause with a cue after the claim or inside it."""
    for comma in range(start + 3, end - 2):
        if doc[comma].text != "," or doc[comma + 1].lower_ != "wie":
            continue
        named = np_after(doc, comma + 2, end)  # past an apposition: `wie Burt Rutan, Chef der Firma, mitteilte`
        after = named[1] if named is not None and named[0] == comma + 2 else comma + 2
        close = next((k for k in range(after + 1, end) if doc[k].text == ","), end)
        verb = close - 1
        while verb > comma + 2 and doc[verb].lower_ in AUXILIARIES | {"worden"}:
            verb -= 1
        found = cue_at(doc, verb, close)
        if found is None or any(doc[k].lower_ in WERDEN for k in range(verb + 1, close)):
            continue  # `so schnell, wie es ging`: no one's words; `wie sie gefordert würde`: a passive's subject says nothing
        speaker = np_after(doc, comma + 2, verb)
        if speaker is None or speaker[0] != comma + 2 or not speaks(doc, speaker):
            continue
        cue, medium = found
        quote = [(start, comma)] + ([(close + 1, end)] if close + 1 < end else [])
        return _Found("indirect", quote, [(comma + 1, comma + 2), *cue], speaker, (comma, min(close + 1, end)), medium, 0.7)
    return None


def _wie_clause_unmarked(doc: Doc, start: int, end: int) -> _Found | None:
    """`Wie die Fernsehsender berichten sind zwei Polizisten ums Leben gekommen.`: the comma
    left out, the cue verb right before the main clause's auxiliary."""
    for verb in range(start + 2, min(end - 2, start + 15)):
        if doc[verb].is_punct:
            return None
        if doc[verb + 1].lower_ not in AUXILIARIES:
            continue
        found = cue_at(doc, verb, verb + 1)
        if found is None:
            continue
        cue, medium = found
        speaker = np_after(doc, start + 1, verb)
        if speaker is None or speaker[0] != start + 1 or not speaks(doc, speaker):
            return None
        return _Found("indirect", [(verb + 1, end)], [(start, start + 1), *cue], speaker, (start, verb + 1), medium, 0.6)
    return None


# A particle verb's `zu` infinitive: `anzusprechen`, `vorzugehen`, `zurückzutreten`.
_ZU_INFIX = re.compile(
    r"^(ab|an|auf|aus|bei|bekannt|bereit|dar|durch|ein|entgegen|fest|fort|frei|her|herab|heran|heraus|herunter|hervor|hin|hinaus|hinein|"
    r"hinzu|hoch|kund|los|mit|nach|nieder|preis|statt|teil|um|voran|voraus|vor|vorbei|weg|weiter|wieder|zu|zurecht|zurück|zusammen)"
    r"zu[a-zäöüß]{3,}(en|ern|eln)$"
)
_DEMONSTRATIVES = {"dies", "das", "dieses"}


def _framed_by_next(doc: Doc, start: int, end: int, following: Span) -> _Found | None:
    """`X werde nicht Minister. Dies bestätigte X heute.`: a sentence whose words the next one
    attributes with a demonstrative, a cue verb and its subject."""
    f_start, f_end = _trim(following)
    if f_end - f_start < 3 or doc[f_start].lower_ not in _DEMONSTRATIVES or doc[start].text in OPENING_MARKS:
        return None
    found = cue_at(doc, f_start + 1, f_end)
    if found is None or lemma(doc[f_start + 1].text) in {"heißen", "bedeuten", "zeigen"}:
        return None  # `Das heißt …`, `Das bedeutet …`: no one's words
    speaker = np_after(doc, f_start + 2, f_end)
    if speaker is None or not speaks(doc, speaker):
        return None
    cue, medium = found
    body_end = end - 1 if doc[end - 1].is_punct else end
    return _Found("indirect", [(start, body_end)], cue, speaker, (f_start, f_end), medium, 0.6)


_DASHES = {"–", "—"}
_INSERTION_MARKS = {",", *_DASHES}  # what sets off a frame inside its claim


def _clause_then_cue(doc: Doc, start: int, end: int, covered: dict[int, str]) -> _Found | None:
    """`Die Lage sei ernst, sagte der Minister.` / `…, so eine Sprecherin.` /
    `Die Lage, sagte er, sei ernst.` (the frame inserted, the claim in two spans)."""
    for j in range(start + 1, end - 1):
        if doc[j].text not in _INSERTION_MARKS or j in covered or j == start + 1 and doc[j + 1].lower_ != "so":
            continue  # `Dennoch, so Nacke, habe …`, `… – so Canny –, trotzdem …`
        if doc[j + 1].lower_ == "so":
            cue, medium = [(j + 1, j + 2)], "speech"
            speaker = np_after(doc, j + 2, end)
            if speaker is None or speaker[0] != j + 2:
                continue
        else:
            participle = final_participle(doc, j + 1, end)  # `…, hatte sie gesagt`
            found = cue_at(doc, j + 1 if participle is None else participle, end)
            if found is None:
                continue
            cue, medium = found
            speaker = np_after(doc, cue[0][1], end) if participle is None else np_after(doc, j + 2, participle)
            if speaker is None and doc[cue[-1][1] - 1].lower_ == "es":
                speaker = source_after(doc, cue[-1][1], end)  # `…, hieß es aus dem Ministerium`
        rest = max(speaker[1] if speaker is not None else 0, cue[-1][1])
        while rest + 1 < end and doc[rest].lower_ in ADVERBS:
            rest += 1  # `Sein Rivale, so Obama weiter, würde …`
        if rest + 1 < end and doc[rest].text == "," and relative_clause(doc, rest + 1, end):
            # the speaker's relative clause: `…, so X, der … ermittelt, seien …`, `…, sagte X, dessen Behörde … ist.`
            rest = next((k for k in range(rest + 2, end) if doc[k].text == ","), end)
        if rest + 2 < end and doc[rest].text in _DASHES and doc[rest + 1].text == ",":
            rest += 1  # `– so Canny –, trotzdem …`
        inserted = rest + 1 < end and doc[rest].text in _INSERTION_MARKS
        if not inserted and np_after(doc, start, end) == (start, j):
            return None  # `Halima Jouini, Vorstandsmitglied der Liga, sagte dazu: „…“`: the subject, no claim
        claim = range(start, end) if inserted else range(start, j)
        # `Die Gespräche sind gescheitert, sagte ein Sprecher.`: after a declaring verb and
        # someone who speaks, the claim may stand in the indicative
        declared = speaker is not None and speaks(doc, speaker) and _declared(doc, cue) and not any(i in covered for i in claim)
        if not declared and not any(is_reported(doc[i]) for i in claim if i not in range(j, rest)):
            return None
        if all(i in covered or not doc[i].is_alpha for i in claim if i not in range(j, rest)):
            return None  # `„Wir hätten mehr erwartet“, meinte Meier.`: the direct quotation is the statement
        quote = [(start, j), (rest + 1, end)] if inserted else [(start, j)]
        return _Found("indirect", quote, cue, speaker, (j, rest + 1 if inserted else end), medium, 0.7)
    return None


def _topic_follows(doc: Doc, k: int, end: int) -> bool:
    """`sprach von einem Erfolg`, `sprach sich für … aus`: speaking about something."""
    return any(doc[j].lower_ in {"von", "über", "sich"} for j in range(k + 1, min(end, k + 4)))


def _reporting_lemma(doc: Doc, k: int, end: int) -> str | None:
    """The lemma of a verb that reports an act of speech, with its split particle glued on
    (`sagte … zu` -> `zusagen`), or None."""
    base = lemma(doc[k].text)
    for j in range(k + 1, min(end, k + 12)):
        if doc[j].is_punct:
            if doc[j - 1].lower_ in _REPORT_PARTICLES and j - 1 > k and doc[j - 1].lower_ + base in _SPEECH_ACTS:
                return doc[j - 1].lower_ + base
            break
    if end - 1 > k and doc[end - 1].lower_ in _REPORT_PARTICLES and doc[end - 1].lower_ + base in _SPEECH_ACTS:
        return doc[end - 1].lower_ + base
    return base if base in _SPEECH_ACTS and base not in _PARTICLE_BASES else None


def _reported(doc: Doc, start: int, end: int, covered: dict[int, str]) -> _Found | None:
    """`X forderte eine schnellere Entscheidung.`: an act of speech without its words."""
    for k in range(start + 1, min(end, start + 12)):
        if k in covered or not doc[k].is_alpha or doc[k].text[0].isupper():
            continue
        base = _reporting_lemma(doc, k, end)
        if base is None or base == "sprechen" and not _topic_follows(doc, k, end):
            continue
        if base == "drohen" and not any(doc[j].lower_ in {"mit", "damit"} for j in range(k + 1, end)):
            continue  # `Ihm droht eine Haftstrafe`, `Jetzt droht ein Streik`: it looms, no one threatens
        found = cue_at(doc, k, end)
        medium = found[1] if found is not None else "speech"
        speaker = subject_of(doc, start, finite_verb(doc, start, k), end)
        if speaker is None or any(i in covered for i in range(*speaker)):
            return None  # `„…“, versprach X`: the quotation is the verb's object, its frame's statement
        if not speaks(doc, speaker) and not doc[speaker[1] - 1].lower_.endswith(_TEXTS):
            speaker = None  # `Ein DNA-Test bestätigte …`, `Von einer Brandgefahr wird berichtet`: no one who speaks; a report may
        # The annotated data gives reported speech a speaker but no cue or frame: the act
        # of speaking is the statement itself.
        return _Found("reported", [(start, end)], [], speaker, None, medium, 0.4, silent=base in _UNMARKED_ACTS)
    return None
