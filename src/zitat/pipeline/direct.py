"""Direct speech: quotations that are statements, with their cue, frame and speaker.

A quotation becomes a statement when its sentence frames it as speech (a cue verb, `so`,
or `Name:`), when it is a whole sentence that continues the previous speaker, or when it
reads like a sentence of its own. Quoted titles, names and scare quotes stay out.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from zitat.lexicon.cues import SPEECH_WRITING, cue_medium, lemma
from zitat.lexicon.mood import is_subjunctive
from zitat.lexicon.names import institution_noun, name_lexicon
from zitat.lexicon.words import (
    ADVERBS,
    CONJUNCTIONS,
    DETERMINERS,
    FOREIGN_WORDS,
    INDEFINITE_ARTICLES,
    POSSESSIVES,
    PREPOSITIONS,
    SOURCE_NOUNS,
    SUBORDINATORS,
)
from zitat.pipeline.addressees import addressee_in
from zitat.pipeline.annotations import StatementAnnotation, add_statement, in_byline, meta
from zitat.pipeline.frames import (
    Frame,
    cue_lemma,
    frame_after,
    frame_before,
    frame_in_sentence,
    quoting_parties,
    quoting_text,
    with_words,
    written_on,
)
from zitat.pipeline.phrases import (
    CLOSING_MARKS,
    OPENING_MARKS,
    clause_subject,
    compound_part,
    named_subject_before,
    np_after,
    passive_finite,
    speaker_of_verb,
    speaks,
    speaks_as_object,
    token_before,
)
from zitat.text.quotemarks import find_quotes

# A quote continues the last speaker if that speaker's statement ended this many
# sentences ago or fewer.
_CONTINUATION_SENTENCES = 3
_SENTENCE_WORDS = 6  # a capitalised quotation this long with a finite verb is a sentence, not a title
_FINITE = {
    "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden", "wurde", "wurden", "kann",
    "können", "muss", "müssen", "soll", "sollen", "will", "wollen", "darf", "dürfen", "habe", "bin", "gibt",
}
_CONTEXT = 80  # tokens of frame looked at on either side of a quotation

_NAMING_WORDS = {"auch", "genannt", "namens", "sogenannte", "sogenannten", "kurz", "titel", "motto", "selbst"}
# `(übersetzt etwa: „…“`, `[auf Deutsch: „…“`: a translation of a name, nobody's words
_TRANSLATION_WORDS = {"übersetzt", "deutsch", "englisch", "französisch", "wörtlich"}
_DEFINITE = {"der", "die", "das", "des", "dem", "den"}
_SLOGANS = {"parole", "parolen", "aufschrift", "slogan", "slogans", "spruch", "sprüche", "sprechchöre", "rufe", "schlachtruf"}
_SPEECH_NOUNS = (
    "feststellung", "behauptung", "aussage", "äußerung", "erklärung", "forderung", "warnung", "mahnung", "appell",
    "aufruf", "worten", "satz", "frage", "antwort", "zusage", "versprechen", "vorwurf", "bekenntnis", "losung",
)
_FOR_EXAMPLE = {"zum", "beispiel", "beispielsweise", "etwa", "unter", "anderem", "u.", "a."}
# Verbs that judge something `als „…“`: the quoted word is the speaker's verdict.
_JUDGING = {
    "bezeichnen", "zurückweisen", "werten", "kritisieren", "charakterisieren", "einstufen", "titulieren",
    "verurteilen", "beschreiben", "ablehnen", "bewerten", "anprangern",
}
# Kinds whose name may be written in small letters (`Die Firma „con energy ag“`, `des Magazins
# „auto, motor und sport“`); a prize may be followed by its citation (`den Preis „for his analysis …“`).
_NAMED_KINDS = ("firma", "stamm", "prädikat", "marke", "modell", "konzern", "zeitung", "magazin", "sender", "blatt", "agentur")
_TITLE_NOUNS = (
    *_NAMED_KINDS, "film", "buch", "motto", "titel", "name", "album", "programm", "projekt", "schiff", "operation",
    "aktion", "kampagne", "roman", "lied", "song", "serie", "sendung", "show", "gruppe", "bewegung", "verein",
    "festival", "preis",
)


class DirectQuotes:
    def __init__(self, nlp: Language, name: str, *, min_words: int, continuation: bool) -> None:
        self.name = name
        self.min_words = min_words
        self.continuation = continuation

    def __call__(self, doc: Doc) -> Doc:
        last: tuple[int, StatementAnnotation] | None = None  # (sentence end, statement)
        sent_index = {s.start: n for n, s in enumerate(doc.sents)}
        quotations = doc._.zitat_quotations = []  # for statements, whose words they may quote
        quoted: set[int] = set()  # the words of the quotations so far, where no cue of a later one lies
        for q in find_quotes(doc.text):
            if q.depth:
                continue
            tokens = [doc.char_span(s, e, alignment_mode="expand") for s, e in q.spans]
            if any(t is None or not len(t) for t in tokens) or in_byline(doc, tokens[0].start, tokens[-1].end):
                continue
            quotations.append([(t.start, t.end) for t in tokens])
            first, final = tokens[0], tokens[-1]
            # Bounded context: a run of stray marks can glue a whole text into one "sentence".
            s_start = max(first[0].sent.start, first.start - _CONTEXT)
            s_end = min(final[-1].sent.end, final.end + _CONTEXT)
            here = sent_index[first[0].sent.start]
            recent = last[1] if last is not None and 0 < here - last[0] <= _CONTINUATION_SENTENCES else None
            inside = {i for t in tokens for i in range(t.start, t.end)}
            whole = _is_whole_sentence(doc, tokens, s_start, s_end)
            annotation = self._decide(doc, tokens, s_start, s_end, recent, inside, whole, quoted)
            quoted |= inside
            if annotation is None:
                continue
            guessed = False
            source = _source_before(doc, first[0].sent.start, first.start)
            if source is not None and all(end <= source[0][0] for _, end in annotation.cue):
                annotation.speaker, annotation.cue = source  # `laut Klinikdirektor X „…“`: nearer than any cue
            passive = passive_finite(doc, s_start, annotation.cue[-1][0], s_end, first.start) if annotation.speaker is None and annotation.cue else None
            if passive is not None:  # `… und wurden im „Standard“ als „…“ bezeichnet`: the agent or medium, never the subject
                agent = speaker_of_verb(doc, s_start, passive, s_end)
                annotation.speaker = agent if agent is not None and not any(k in inside for k in range(*agent)) else None
            elif annotation.speaker is None and annotation.cue and annotation.cue[0][0] >= final.end:
                annotation.speaker = _subordinate_subject(doc, s_start, first.start)  # `…, weil die Regierung X als „…“ bezeichnet hat`
            if annotation.speaker is None and passive is None:
                same_sentence = last[1] if last is not None and last[0] == here else None
                annotation.speaker, guessed = _speaker_around(
                    doc, first, (s_start, s_end), inside, whole, annotation.frame is not None, recent, same_sentence
                )
            annotation.addressee = addressee_in(doc, annotation.frame, annotation.speaker, annotation.cue)
            reporter = _reporter(doc, annotation, first[0].sent)
            if reporter is not None:  # the medium's statement holds the quoted one's
                annotation.nested_in = add_statement(doc, reporter)
                meta(doc)[annotation.nested_in]["reporter"] = True  # not whom the article is about
            sid = add_statement(doc, annotation)
            if guessed:
                meta(doc)[sid]["subject_speaker"] = True  # a statement around it knows better
            if annotation.speaker is not None:
                last = (sent_index[final[-1].sent.start], annotation)
        return doc

    def _decide(
        self,
        doc: Doc,
        tokens: list[Span],
        s_start: int,
        s_end: int,
        recent: StatementAnnotation | None,
        inside: set[int],
        whole: bool,
        quoted: set[int],
    ) -> StatementAnnotation | None:
        """Whether a quotation is a statement, and what its own sentence says about it."""
        quote = [(t.start, t.end) for t in tokens]
        alpha = [tok for t in tokens for tok in t if tok.is_alpha]
        if not alpha:
            return None
        if _name_is(doc, tokens[0].start) or _source_before_colon(doc, tokens) or compound_part(doc, tokens[-1].end):
            return None  # also the first part of a compound, a term: `eine „Eins zu Eins“-Begegnung`
        words = len(alpha)
        frame = frame_after(doc, tokens[-1].end, s_end) or frame_before(doc, s_start, tokens[0].start, quoted)
        frame = frame or with_words(doc, s_start, tokens[0].start, tokens[-1].end, s_end)
        if frame is None or frame.speaker is None:  # `ein Zettel, auf dem geschrieben stand: „…“`
            frame = written_on(doc, s_start, s_end, (tokens[0].start, tokens[-1].end)) or frame
        titled = _title_before(doc, tokens[0].start)

        def framed(by: Frame | None, confidence: float) -> StatementAnnotation:
            if by is None:
                return StatementAnnotation("direct", quote, [], None, None, "speech", confidence)
            return StatementAnnotation("direct", quote, by.cue, by.speaker, by.frame, by.medium, confidence)

        named = _names_something(doc, tokens, alpha) or _named_after(doc, tokens, alpha)
        if frame is not None and words >= self.min_words and not (named and not _adjacent(doc, tokens, frame)):
            # `meldete die Nachrichtensite „Golem“`, `die sich selbst „Rat …“ nennt`: a name in quotes
            return framed(frame, 0.9 if frame.cue else 0.75)
        # a short sentence of its own in quotation marks is said, not named: `„Das ist gut.“`
        enough = words >= self.min_words or whole and words >= 2 and alpha[0].text[0].isupper() and _ends_sentence(tokens)
        if whole and frame is None and enough:
            after = _frame_next(doc, tokens[-1].end) or _act_before(doc, tokens[0].start)
            if after is not None:  # `„Ja, es gibt Zumutungen“. Das musste X einräumen.`, `Sie fügte hinzu. „…“`
                return framed(after, 0.7)
        if self.continuation and whole and recent is not None:
            named = named_subject_before(doc, tokens[0][0].sent, doc[recent.quote[-1][1] - 1].sent)
            if named is not None:  # someone named in between: `…, sagte der Papst. Sein Bruder Georg war eingeweiht. „…“`
                return StatementAnnotation("direct", quote, [], named, None, "speech", 0.6)
            return StatementAnnotation("direct", quote, recent.cue, recent.speaker, None, recent.medium, 0.7)
        if (enough if whole else words >= self.min_words and _reads_like_sentence(tokens)) and not titled:
            return framed(None, 0.5)
        if frame is not None and _adjacent(doc, tokens, frame) and not titled:
            return framed(frame, 0.6)
        if _speech_sentence(doc, s_start, s_end, inside) and not named:
            return framed(frame or frame_in_sentence(doc, s_start, s_end, inside), 0.5)
        if words >= 3 and _speech_noun_before(doc, tokens[0].start) and not _names_something(doc, tokens, alpha):
            return framed(frame or frame_in_sentence(doc, s_start, s_end, inside), 0.5)  # `die Feststellung „…“`
        judge = _judged_as(doc, tokens[0].start, s_start, s_end, inside)
        if judge is not None:
            return framed(judge, 0.5)  # `wies alle Vorwürfe als „haltlos“ zurück`
        if _slogan_before(doc, tokens[0].start):
            return framed(frame or frame_in_sentence(doc, s_start, s_end, inside), 0.5)  # `mit der Parole „Wir erwarten euch“`
        phrase = words >= 3 and any(t.text[0].islower() for t in alpha[1:]) and not institution_noun(alpha[0].text)  # not `„Stiftung für …“`
        if phrase and _indefinite_before(doc, tokens[0].start) and not named:
            return framed(frame or frame_in_sentence(doc, s_start, s_end, inside), 0.4)  # `eine „Kluft zwischen Arm und Reich“`
        # A lower-case quote of several words is someone's wording even after an article:
        # `eine „offene architektonische Frage“`, `für „böse und gefährlich“`.
        article_noun = words == 2 and alpha[0].lower_ in DETERMINERS  # `„den Westen“`, `„der Dicke“`: a label
        after_subjunctive = (prev := token_before(doc, tokens[0].start)) is not None and is_subjunctive(prev)  # `seien „alamierend“`
        if _first_word(tokens)[0].islower() and (not titled or words >= 2 and not named_by_kind(doc, tokens[0].start)) and (words >= 2 or frame is not None or after_subjunctive) and not article_noun:
            return framed(frame, 0.6 if frame is not None else 0.4)
        return None


def _reporter(doc: Doc, annotation: StatementAnnotation, sent: Span) -> StatementAnnotation | None:
    """The statement of a medium that quotes the speaker (`Der Spiegel zitiert den Prediger
    mit den Worten „…“`): the same words, the medium as their speaker. The annotation keeps the
    one quoted as its speaker, whichever of the two its frame gave it."""
    if annotation.speaker is None or not annotation.cue:
        return None
    start, end = annotation.frame or (sent.start, sent.end)
    parties = quoting_parties(doc, annotation.cue, annotation.speaker, start, end)
    if parties is None:
        return None
    medium, annotation.speaker = parties
    annotation.addressee = None  # the one quoted is no addressee
    if quoting_text(doc, medium):  # quoted in a press release or report: said or written, the text does not tell
        annotation.medium = SPEECH_WRITING
    # A medium quotes in writing, mostly: print and online outlets, agencies.
    return StatementAnnotation("direct", annotation.quote, annotation.cue, medium, annotation.frame, "writing", annotation.confidence)


def _subordinate_subject(doc: Doc, s_start: int, quote: int) -> tuple[int, int] | None:
    """The subject of the subordinate clause a quotation stands in, whose cue ends the clause."""
    comma = next((k for k in range(quote - 1, s_start, -1) if doc[k].text == ","), None)
    if comma is None or comma + 2 >= quote or doc[comma + 1].lower_ not in SUBORDINATORS:
        return None
    subject = np_after(doc, comma + 2, quote)
    return subject if subject is not None and subject[0] == comma + 2 and speaks(doc, subject) else None


def _speaker_around(
    doc: Doc,
    first: Span,
    context: tuple[int, int],
    inside: set[int],
    whole: bool,
    framed: bool,
    recent: StatementAnnotation | None,
    same_sentence: StatementAnnotation | None,
) -> tuple[tuple[int, int] | None, bool]:
    """The speaker of a quotation its frame does not name, from the text around it, and whether
    it is only the clause subject's guess (a statement around the quote may know better)."""
    sent = first[0].sent
    if recent is not None and _possessive_colon(doc, sent.start, first.start):
        return recent.speaker, False  # `X sagte: „…“ Seine Zuversicht gründet sich darauf: „…“`
    if same_sentence is not None and not framed:
        return same_sentence.speaker, False  # `„In absehbarer Zeit“, so X, wird VW „…“`: the sentence's speaker
    if whole:
        return None, False
    # A quote inside an unframed sentence is what its subject says: `Der Geschäftsführer nannte
    # sie „fahrlässig“`; in reported speech (Konjunktiv I) it is what the subject of the sentences
    # before says: `X kritisierte die Pläne. Die Mittel seien „völlig unrealistisch“.`
    speaker = _opinion_holder(doc, sent, inside) or _reporting_subject(doc, sent, inside) or clause_subject(doc, *context, inside)
    return speaker, speaker is not None


def _frame_next(doc: Doc, q_end: int) -> Frame | None:
    """A sentence right after a quotation that takes it up with `das` or `dies` and says who said
    it: `„Ja, es gibt Zumutungen“. Das musste der Minister einräumen.`"""
    k = q_end
    while k < len(doc) and (doc[k].is_punct or doc[k].is_space):
        if doc[k].text in OPENING_MARKS:
            return None
        k += 1
    if k >= len(doc) or doc[k].lower_ not in {"das", "dies"} or k + 1 >= len(doc) or not doc[k + 1].text[:1].islower():
        return None  # `Das Gericht …` is someone else
    sent = doc[k].sent
    frame = frame_in_sentence(doc, k, sent.end, set())
    if frame is None or frame.speaker is None or not frame.cue or frame.speaker[0] == k:
        return None
    return frame


def _act_before(doc: Doc, q_start: int) -> Frame | None:
    """A sentence right before a quotation that is nothing but someone's act of speech (and an
    adverb), its colon written as a full stop: `Sie fügte hinzu. „Wir werden …“`."""
    k = q_start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 1 or doc[k].text != "." or doc[k - 1].text in CLOSING_MARKS:
        return None
    sent = doc[k - 1].sent
    if k - sent.start > 6:
        return None
    frame = frame_in_sentence(doc, sent.start, k, set())
    if frame is None or frame.speaker is None or not frame.cue:
        return None
    said = {i for a, b in [frame.speaker, *frame.cue] for i in range(a, b)}
    return frame if all(i in said or doc[i].lower_ in ADVERBS for i in range(sent.start, k)) else None  # also `sagte weiter`


def _source_before(doc: Doc, s_start: int, quote: int) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """Whose words a quotation is, said right before it, and the word that says so: `laut X
    „…“`, `wie sich X ausdrückte, „…“`."""
    before = [t for t in doc[max(s_start, quote - 10) : quote] if not t.is_space]
    if len(before) >= 2 and before[-1].text == "(":
        phrase = _phrase_ending_at(doc, s_start, before[-2].i + 1)
        if phrase is not None and speaks(doc, phrase):
            return phrase, []  # `…, Mohammed ElBaradei („Mir fällt niemand ein …“)`
    for k in range(len(before) - 2, -1, -1):
        word = before[k]
        if word.lower_ == "nach" and before[k + 1].lower_.endswith(SOURCE_NOUNS):
            phrase = np_after(doc, word.i + 1, quote)
            if phrase is not None and phrase[1] < quote and doc[phrase[1]].lower_ in {"und", "sowie"}:
                more = np_after(doc, phrase[1] + 1, quote)  # `nach Bewertung von Polizei und Staatsanwaltschaft`
                phrase = (phrase[0], more[1]) if more is not None and more[0] == phrase[1] + 1 else phrase
            if phrase is None or phrase[1] <= before[-1].i:
                return None  # not right before the quote: `nach Auffassung des X sei es „…“`
            return phrase, [(word.i, word.i + 1)]
        if word.lower_ == "laut":
            phrase = np_after(doc, word.i + 1, quote)
            if phrase is None or phrase[0] != word.i + 1 or phrase[1] <= before[-1].i:
                return None
            return phrase, [(word.i, word.i + 1)]
        if word.lower_ == "wie" and before[-1].text == "," and before[-2].is_alpha and before[-2].text[0].islower():
            start = word.i + 2 if doc[word.i + 1].lower_ == "sich" else word.i + 1
            phrase = np_after(doc, start, before[-2].i)
            if phrase is None or phrase[0] != start or not speaks(doc, phrase):
                return None
            return phrase, [(before[-2].i, before[-2].i + 1)]
        if word.is_punct:
            return None
    return None


def _phrase_ending_at(doc: Doc, s_start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that ends right before `end`, starting after a comma, `und` or the
    sentence start: the name itself in `der Leiter der IAEA, Mohammed ElBaradei („…“)`, where
    statements' `_np_ending_at` would take the whole apposition."""
    for k in range(max(s_start, end - 8), end):
        if k == s_start or doc[k - 1].text in {",", ";", ":"} or doc[k - 1].lower_ in {"und", "sowie"}:
            phrase = np_after(doc, k, end)
            if phrase is not None and phrase[0] == k and phrase[1] == end:
                return phrase
    return None


def _possessive_colon(doc: Doc, start: int, quote: int) -> bool:
    """A sentence that opens with a possessive and ends in a colon before the quotation: it says
    whose words follow, and its possessor is the speaker just quoted."""
    before = [t for t in doc[start:quote] if not t.is_space]
    return len(before) >= 3 and before[0].lower_ in POSSESSIVES and before[-1].text == ":"


def _opinion_holder(doc: Doc, sent: Span, inside: set[int]) -> tuple[int, int] | None:
    """`Für den Theologen Hans Küng sei der Rücktritt „verständlich“`, `Was für die Ministerin
    eine „flexiblere Handhabe“ ist`: whom something is so for holds the view."""
    for k in range(sent.start, min(sent.end - 1, sent.start + 3)):
        if doc[k].lower_ != "für" or k in inside:
            continue
        holder = np_after(doc, k + 1, sent.end)
        if holder is None or holder[0] != k + 1 or any(i in inside for i in range(*holder)):
            return None
        if not speaks_as_object(doc, holder):  # `für den Theologen`
            return None
        verbs = {lemma(t.text) for t in doc[holder[1] : sent.end] if t.i not in inside}
        return holder if verbs & {"sein", "halten", "gelten", "bleiben", "stehen"} else None
    return None


_RUN_SENTENCES = 5  # how far back a run of unframed reported speech is followed to the sentence that frames it


def _reporting_subject(doc: Doc, sent: Span, inside: set[int]) -> tuple[int, int] | None:
    """In a sentence of reported speech, who was quoted just before it or the subject of the
    nearest sentence before it that has one who can speak: two such sentences back at most, past
    a run of unframed claims in the Konjunktiv (`_RUN_SENTENCES` at most)."""
    head = [t for t in sent if t.i not in inside][:12]
    if not any(is_subjunctive(t) for t in head):
        return None
    previous = sent
    looked = 0
    for _ in range(_RUN_SENTENCES):
        if previous.start == 0 or looked == 2:
            return None
        previous = doc[previous.start - 1].sent
        quoted = next((f for k in range(previous.start, previous.end) if doc[k].text in CLOSING_MARKS and (f := frame_after(doc, k + 1, previous.end)) is not None), None)
        if quoted is not None and quoted.speaker is not None:
            return quoted.speaker  # `„… lassen“, so Suttner wörtlich. Außerdem hätte der Sender „…“`: who was just quoted
        if any(is_subjunctive(t) for t in previous) and not any(t.is_lower and cue_medium(t.text) for t in previous):
            continue  # unframed reported speech of the same run: its subject is what is talked about (`Die Lage sei ernst.`)
        looked += 1
        subject = clause_subject(doc, previous.start, previous.end, set())
        if subject is not None:
            return subject
    return None


def _speech_sentence(doc: Doc, s_start: int, s_end: int, inside: set[int]) -> bool:
    """Whether the sentence around a quotation reports speech: a cue word outside the quote."""
    return any(
        k not in inside and doc[k].is_alpha and doc[k].text[0].islower() and cue_medium(doc[k].text)
        for k in range(s_start, s_end)
    )


def _names_something(doc: Doc, tokens: list[Span], alpha: list) -> bool:
    """A title or proper name in quotation marks: `der Film „Retirement“`, `„Channel 10“`."""
    start = tokens[0].start
    prev = token_before(doc, start)
    if prev is not None and (prev.lower_ in _NAMING_WORDS or _title_noun(prev)):
        return True
    if any(t is not None and t.lower_ in _TRANSLATION_WORDS for t in (token_before(doc, start, 2), token_before(doc, start, 3))):
        return True
    if any(t.lower_ in FOREIGN_WORDS for t in alpha):
        return True
    capitals = [t for t in alpha if t.text[0].isupper()]
    if len(alpha) == 1:
        word = alpha[0].text
        return word[0].isupper() and not name_lexicon().is_common_noun(word)
    return len(capitals) == len(alpha) and not alpha[0].text[0].islower()


def _name_is(doc: Doc, start: int) -> bool:
    """`Der wissenschaftliche Name lautet „Tiktaalik roseae“`, `der Name lautet also „…“`: what a
    name or title is, not words (unlike `Der Text lautete: „…“`)."""
    back = 1
    while (word := token_before(doc, start, back)) is not None and back <= 2 and word.lower_ in {"also", "nun", "jetzt"}:
        back += 1
    verb = token_before(doc, start, back)
    if verb is None or verb.lower_ not in {"lautet", "lauten", "lautete", "lauteten"}:
        return False
    return any((t := token_before(doc, start, k)) is not None and _title_noun(t, ("name", "titel")) for k in (back + 1, back + 2))


def _source_before_colon(doc: Doc, tokens: list[Span]) -> bool:
    """`heißt es in der Meldung von „con energy“ wörtlich: „…“`: a name in a genitive or after
    `von` that ends a source before the quotation its colon opens."""
    prev, end = token_before(doc, tokens[0].start), tokens[-1].end
    while end < min(len(doc), tokens[-1].end + 2) and doc[end].is_alpha and doc[end].text.islower():
        end += 1  # an adverb: `wörtlich`, `weiter`
    return prev is not None and prev.lower_ in {"von", "der", "des"} and end + 1 < len(doc) and doc[end].text == ":" and doc[end + 1].text in OPENING_MARKS


def _first_word(tokens: list[Span]) -> str:
    """The quote's first word, hyphenated ones included (`Sacharow-Preis` is not alphabetic)."""
    return next((t.text for span in tokens for t in span if any(c.isalpha() for c in t.text)), " ")


def _named_after(doc: Doc, tokens: list[Span], alpha: list) -> bool:
    """A capitalised quote after a definite article or a noun names something: `der „Spiegel“`,
    `die Internet-Nachrichtensite „Golem“`; after `ein`/`als` it is a word someone used."""
    if not _first_word(tokens)[0].isupper() or _reads_like_sentence(tokens):
        return False
    start = tokens[0].start
    prev = token_before(doc, start)
    if prev is None:
        return False
    if prev.text[0].islower() and prev.lower_.endswith(("e", "en")) and (token_before(doc, start, 2) or prev).lower_ in _DEFINITE:
        return True  # `der neue „Oberste Rat zur Wiederherstellung der Demokratie“`
    return prev.lower_ in _DEFINITE or prev.text[0].isupper() and prev.text[-1].isalpha() and not prev.is_sent_start


def _adjacent(doc: Doc, tokens: list[Span], frame: Frame) -> bool:
    """Whether the frame touches the quote: `…: „…“` or `„…“, sagte …`."""
    start, end = tokens[0].start, tokens[-1].end
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    if frame.pattern in ("after", "so"):
        dash = after in {"–", "—"} and frame.speaker is not None  # `„…“ – so der Minister`, not `„…“ – findet statt`
        bare = frame.pattern == "so" and frame.speaker is not None and bool(frame.cue) and frame.cue[0][0] == end  # `„…“ so der Trainer`, its comma left out
        return bool(frame.cue) and (after == "," or dash or bare)
    return before == ":"


def _is_whole_sentence(doc: Doc, tokens: list[Span], s_start: int, s_end: int) -> bool:
    before = [t for t in doc[s_start : tokens[0].start] if not t.is_space]
    after = [t for t in doc[tokens[-1].end : s_end] if not (t.is_space or t.is_punct)]
    if 2 <= len(before) <= 4 and before[-1].text == ":" and all(t.lower_ in CONJUNCTIONS or t.lower_ in ADVERBS for t in before[:-1]):
        before = []  # `Und: „…“`, `Weiter: „…“`, `Und weiter: „…“`: the quote goes on
    return not before and not after


def _ends_sentence(tokens: list[Span]) -> bool:
    return tokens[-1].text.rstrip("“”\"«»'’ ").endswith((".", "!", "?", "…"))


def _reads_like_sentence(tokens: list[Span]) -> bool:
    if _ends_sentence(tokens):
        return True
    words = [t for span in tokens for t in span if t.is_alpha]
    return len(words) >= _SENTENCE_WORDS and words[0].text[:1].isupper() and any(t.lower_ in _FINITE for t in words)


def _slogan_before(doc: Doc, start: int) -> bool:
    """`die Parole „…“`, `Parolen wie „…“`: what people chant or write on banners."""
    back = 1
    while back <= 3 and (word := token_before(doc, start, back)) is not None and word.lower_ in _FOR_EXAMPLE:
        back += 1  # `Parolen wie zum Beispiel „…“`
    prev = token_before(doc, start, back)
    if prev is not None and prev.lower_ == "wie":
        prev = token_before(doc, start, back + 1)
    return prev is not None and prev.lower_ in _SLOGANS


def _speech_noun_before(doc: Doc, start: int) -> bool:
    """`die Feststellung „…“`, `mit der Warnung „…“`: a noun for something said, right before
    the words said (unlike `die Studie „…“`, which names a title)."""
    prev = token_before(doc, start)
    return prev is not None and prev.text[:1].isupper() and prev.lower_.endswith(_SPEECH_NOUNS)


def _judged_as(doc: Doc, start: int, s_start: int, s_end: int, inside: set[int]) -> Frame | None:
    """`bezeichnete das Schriftstück als „Unsensibilität“`: a speaker's verdict on something,
    unlike `gilt als „Störfall“` or `ist als „Poe Toaster“ bekannt`, which name it."""
    prev = token_before(doc, start)
    if prev is None or prev.lower_ != "als":
        return None
    frame = frame_in_sentence(doc, s_start, s_end, inside)
    if frame is None or frame.speaker is None:
        return None
    return frame if cue_lemma(doc, frame.cue) in _JUDGING else None


def _indefinite_before(doc: Doc, start: int) -> bool:
    """An indefinite article, maybe with an adjective, before a quotation: a phrase someone used,
    since names and titles take the definite one (`einen „Angriff gegen die Belegschaft“`)."""
    prev = token_before(doc, start)
    adjective = prev is not None and prev.is_alpha and prev.text[0].islower() and prev.lower_.endswith(("e", "en", "er", "es"))
    if adjective and prev.lower_ not in INDEFINITE_ARTICLES:
        prev = token_before(doc, start, 2)  # `eine wachsende „Kluft …“`
    return prev is not None and prev.lower_ in INDEFINITE_ARTICLES


def _title_before(doc: Doc, start: int) -> bool:
    """Whether the word before a quotation introduces a name or title, not a statement."""
    prev = token_before(doc, start)
    if prev is None:
        return False
    low = prev.lower_
    if low in DETERMINERS or low in PREPOSITIONS or low in _NAMING_WORDS:
        return True
    return _title_noun(prev)


def named_by_kind(doc: Doc, start: int) -> bool:
    """Whether the word before a quotation is a kind whose names may be written in small letters:
    `Die Firma „con energy ag“`, `des Magazines „auto, motor und sport“`."""
    prev = token_before(doc, start)
    return prev is not None and _title_noun(prev, _NAMED_KINDS)


def _title_noun(token: Token, nouns: tuple[str, ...] = _TITLE_NOUNS) -> bool:
    """A noun for something named, also in the genitive: `der Film`, `des Magazines`, `des Stamms`."""
    low = token.lower_
    return token.text[:1].isupper() and any(form.endswith(nouns) for form in (low, low.removesuffix("s"), low.removesuffix("es")))
