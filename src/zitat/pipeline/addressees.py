"""Whom a statement is addressed to, from its frame: a dative object (`sagte der Zeitung`),
an audience (`vor Journalisten`, `gegenüber der Presse`), `zu` someone, a letter's
recipient, the object of a telling verb (`forderte die Regierung auf`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from zitat.lexicon.cues import lemma_cased
from zitat.lexicon.names import name_lexicon, person_noun
from zitat.lexicon.words import ABBREVIATION, CALENDAR, DETERMINERS, PREPOSITIONS, TIMES
from zitat.pipeline.frames import OBJECT_PRONOUNS, cue_lemma
from zitat.pipeline.phrases import (
    MEDIA_WORDS,
    NOT_SPEAKERS,
    OPENING_MARKS,
    PASSIVE,
    is_abstract,
    np_after,
    place_name,
    speaks_as_object,
    token_before,
)


def addressee_in(
    doc: Doc, frame: tuple[int, int] | None, speaker: tuple[int, int] | None, cue: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """To whom it was said: `gegenüber der Zeitung`, `vor Journalisten`, `in einem Interview mit
    der New York Times`, `in einem Schreiben an die Mitarbeiter`, `sagte dem Spiegel`,
    `warf dem Iran vor`."""
    if frame is None:
        return None
    start, end = frame
    taken = set(range(*speaker)) if speaker else set()

    def phrase_at(k: int) -> tuple[int, int] | None:
        found = np_after(doc, k, end)
        return found if found is not None and found[0] == k and not taken & set(range(*found)) else None

    for k in range(start, end - 1):
        low = doc[k].lower_
        if low == "gegenüber" and k > start and doc[k - 1].lower_ in {"ihm", "ihr", "ihnen"} and (k - 1) not in taken:
            return (k - 1, k)  # `Ihr gegenüber hat er angegeben`: after whom it stands
        if low == "gegenüber" and not is_abstract(doc, (k - 1, k)) or low == "vor" and doc[k + 1].lower_ in _AUDIENCES:
            found = phrase_at(k + 1)  # not `Deren Haltung gegenüber der PKK`, `vor dem Konklave`
            if found is not None and (low == "gegenüber" or _audience(doc, found)):
                comma = next((j for j in range(*found) if doc[j].text == ","), None)
                audience = comma is not None and doc[comma - 1].lower_ in _AUDIENCE_NOUNS
                return (found[0], comma) if audience else found  # `vor der Presse, Benedikt XVI. „ist …“`: no apposition
        if low == "mit" and k >= 1 and doc[k - 1].lower_ in _CONVERSATIONS:
            found = phrase_at(k + 1)  # `in einem Interview mit der „Welt“`
            if found is not None:
                return found
        if low == "an":
            # `in einem Brief an die Mitarbeiter`, `An die Regierung appellierte sie`, `an die Gewerkschaften gewandt`
            found = phrase_at(k + 1)
            turned = found is not None and found[1] < end and doc[found[1]].lower_ == "gewandt"
            if found is not None and (_letter_to(doc, k) or turned or k == start and cue_lemma(doc, cue) == "appellieren"):
                return found
    if not cue:
        return None
    verb = cue_lemma(doc, cue)
    told = verb in _ADDRESSING_VERBS | _TELLING_VERBS
    aux = next((k for k in range(start, cue[0][0] + 1) if doc[k].lower_ in PASSIVE), None)
    if told and aux is not None and speaker is None:
        # `Ihm wird vorgeworfen`, `Israel wurde aufgefordert`, `Alle Beamten wurden am Samstag aufgefordert`
        if aux == cue[0][0]:
            return _passive_addressee(doc, start, cue, phrase_at)
        fronted = phrase_at(start)  # the auxiliary apart from the cue: only a phrase that ends at it
        return fronted if fronted is not None and fronted[1] == aux and speaks_as_object(doc, fronted) else None
    if told and aux is not None and speaker is not None and aux < speaker[0] - 1 and doc[speaker[0] - 1].lower_ in {"von", "vom"}:
        # `wurde die Bundesregierung vom LSVD aufgefordert`: the passive's subject, up to its agent's `von`
        found = np_after(doc, aux + 1, speaker[0] - 1)
        if found == (aux + 1, speaker[0] - 1) and speaks_as_object(doc, found):
            return found
    if told:
        found = _object_before(doc, start, cue, verb in _ADDRESSING_VERBS, speaker, phrase_at)
        if found is not None:
            return found
    after = cue[0][1]
    if speaker is not None and speaker[0] == after:
        after = speaker[1]  # `sagte er dem Spiegel`
    if verb == "sagen" and after + 4 < end and doc[after].lower_ == "nach" and doc[after + 1].lower_ in {"dem", "der"} and doc[after + 3].lower_ in {"zur", "zum"}:
        after += 3  # `sagte der Sportchef nach dem Spiel zur Sportschau`
    if verb == "sagen" and after + 1 < end and doc[after].lower_ in {"zu", "zur", "zum"}:
        found = phrase_at(after + 1)  # `sagte er zur Sportschau`, `sagte Merkel zu Macron`; not `zur Begründung`, `zu den Vorwürfen`
        if found is None or not _audience(doc, found):
            return None
        head = doc[found[1] - 1].text
        someone = person_noun(head) or not name_lexicon().is_common_noun(head)  # not `zu der … Forderung`
        return found if doc[after].lower_ != "zu" or someone else None
    after = _past_place_or_time(doc, after, end)
    if after < end and doc[after].lower_ in _DATIVE_ARTICLES and doc[after].i not in taken:
        found = phrase_at(after)
        if found is not None and _dative(doc, found):
            return found  # `teilte dem Fernsehsender CNN mit`, `warf dem Iran vor`; not `hatte den Plan mitgeteilt`
    while after + 1 < end and doc[after].lower_ in _BETWEEN:
        after += 1  # `beschuldigte seinerseits Thaksin`
    if verb in _ADDRESSING_VERBS and after < end and doc[after].lower_ not in {"es", "sich"}:
        found = phrase_at(after)  # `forderte die Bürger auf`, `würdigte Ligeti`, `appellierte an die Regierung`
        source = doc[after].lower_ in {"von", "vom"}  # `forderte er vom Bundesausschuss`: whom one demands it from
        if found is None and doc[after].lower_ == "an" or source:
            found = phrase_at(after + 1)
        # Whom one appeals to is always addressed (`appellierte an die Lehrkräfte`); what one
        # demands or praises may be a thing (`forderte die Freilassung`).
        if found is not None and (speaks_as_object(doc, found) or (source or verb not in _THING_OBJECTS) and not is_abstract(doc, found)):
            return found
    if verb in _TELLING_VERBS:
        found = _dative_inside(doc, cue, after, taken, phrase_at) or _name_told(doc, cue, after, speaker, phrase_at)
        if found is not None:
            return found
    return _audience_plural(doc, after, end, taken)


def _past_place_or_time(doc: Doc, k: int, end: int) -> int:
    """Past a place or time right after the verb, where a dative may follow: `sagte in Juba
    der Presse`, `sagte am Montag dem Sender`; not past `in der Sitzung`, whose next phrase
    may be its genitive."""
    if k + 1 < end and doc[k].lower_ in {"in", "am"} and doc[k + 1].text[:1].isupper():
        place = doc[k].lower_ == "in" and place_name(name_lexicon(), doc[k + 1].text)
        time = doc[k].lower_ == "am" and doc[k + 1].lower_ in CALENDAR
        if place or time:
            return k + 2
    if k < end and doc[k].lower_ in {"heute", "gestern", "damals", "zuletzt"}:
        return k + 1
    return k


def _object_before(
    doc: Doc,
    start: int,
    cue: list[tuple[int, int]],
    addressing: bool,
    speaker: tuple[int, int] | None,
    phrase_at: Callable[[int], tuple[int, int] | None],
) -> tuple[int, int] | None:
    """Whom one calls on (`addressing`: any object) or tells (a dative), written before the
    verb: fronted when the subject follows the verb (`Die Bürger forderte er auf`), between
    the verb's parts (`werfen Obama vor`), or right before a verb at its clause's end (`der
    der US-Regierung vorwarf`, `hat die Hersteller dazu aufgefordert`, `dass der DFB
    aufgefordert wurde`)."""
    verb, last = cue[0][0], cue[-1][0]
    passive = speaker is None and any(doc[k].lower_ in PASSIVE for k in range(max(start, last - 1), min(len(doc), last + 2)))
    if speaker is not None and speaker[0] > verb and start < verb:
        fronted = phrase_at(start)
        if fronted is not None and fronted[1] == verb and doc[start].lower_ not in NOT_SPEAKERS and speaks_as_object(doc, fronted):
            return fronted
    final = last + 1 >= len(doc) or doc[last + 1].is_punct or doc[last + 1].lower_ in PASSIVE
    if not final or (speaker is None and not passive):
        return None
    end = last
    while end > start and doc[end - 1].lower_ in {"dazu", "darum", "auf", "zu"}:
        end -= 1  # `dazu aufgefordert`, `darum gebeten`
    lowest = max(start, speaker[1] if speaker is not None and speaker[1] <= end else start, end - 8)
    if len(cue) > 1 and verb < end:
        lowest = max(lowest, cue[0][1])  # between a verb's parts: `werfen Obama vor`
    for k in range(lowest, end):
        before = token_before(doc, k)
        starts = (doc[k].lower_ in DETERMINERS or doc[k].text[:1].isupper()) and (before is None or before.lower_ not in PREPOSITIONS)
        found = phrase_at(k) if starts else None  # not `am Montag mitgeteilt`, `vor Gericht erklärt`
        # right before the verb, or before when it happened: `die EU im Januar 2006 darum gebeten`
        stops = found is not None and (found[1] == end or _when_only(doc, found[1], end))
        if not stops or doc[k].lower_ in NOT_SPEAKERS or doc[found[1] - 1].lower_ in TIMES:
            continue  # nor `hatte letzten September kritisiert`
        if not speaks_as_object(doc, found):
            continue
        between = len(cue) > 1 and verb < k and doc[k].lower_ not in DETERMINERS  # `werfen Obama vor`
        if addressing or between or doc[k].lower_ in _DATIVE_ARTICLES and _dative(doc, found):
            return found  # one tells someone in the dative: `das Unternehmen mitgeteilt` is no addressee
    return None


def _when_only(doc: Doc, start: int, end: int) -> bool:
    """Only when it happened between a phrase and the verb: `im Januar 2006`, `gestern`, `erneut`."""
    words = [t for t in doc[start:end] if not t.is_space]
    return bool(words) and len(words) <= 4 and all(
        t.lower_ in _BETWEEN or t.lower_ in {"im", "am", "vom", "seit"} or t.lower_ in TIMES or t.like_num for t in words
    ) and any(t.lower_ in _BETWEEN or t.lower_ in TIMES for t in words)


def _audience_plural(doc: Doc, after: int, end: int, taken: set[int]) -> tuple[int, int] | None:
    """People told something in the dative plural, without an article, after the verb:
    `sagte Reportern`, `erklärte er Reportern dann`, `empfahl in einer Warnung US-Bürgern`."""
    for k in range(after, end):
        t = doc[k]
        if t.text in {",", ":", ";"} or t.text in OPENING_MARKS:
            return None
        if k in taken or not t.text[:1].isupper() or not t.text.endswith("n") or doc[k - 1].lower_ in PREPOSITIONS:
            continue
        if k + 1 < len(doc) and doc[k + 1].lower_ == "zufolge":
            return None  # `einigen Teilnehmern zufolge`: a source
        base = lemma_cased(t.text)
        if base != t.text and base[:1].isupper() and person_noun(base) and doc[k - 1].lower_ not in DETERMINERS or (
            base != t.text and doc[k - 1].lower_ in _QUANTIFIERS
        ):
            return (k, k + 1)
    return None


def _letter_to(doc: Doc, k: int) -> bool:
    """`in einem Brief an …`: `an` at k after a word for a letter or speech."""
    return k >= 1 and doc[k - 1].lower_ in _LETTERS


def _passive_addressee(
    doc: Doc, start: int, cue: list[tuple[int, int]], phrase_at: Callable[[int], tuple[int, int] | None]
) -> tuple[int, int] | None:
    """Whom a passive tells or calls on: the phrase before its auxiliary (`Kony wird
    vorgeworfen`) or, after an adverb, right after it (`Außerdem wird ihm vorgeworfen`)."""
    aux = cue[0][0]
    first = phrase_at(start) if start < aux else None
    apposed = first is not None and first[1] == aux - 1 and doc[aux - 1].text == "," and any(doc[k].text == "," for k in range(*first))
    if first is not None and (first[1] == aux or apposed) and doc[start].lower_ not in NOT_SPEAKERS:
        return first  # also `Dem Berater X, einem ehemaligen Ministerpräsidenten, wird vorgeworfen`
    if aux + 1 < cue[-1][0] and doc[aux + 1].lower_ in OBJECT_PRONOUNS:
        return (aux + 1, aux + 2)
    if aux + 1 < cue[-1][0] and doc[aux + 1].lower_ not in NOT_SPEAKERS:
        found = phrase_at(aux + 1)
        if found is not None and found[1] <= cue[-1][0] and speaks_as_object(doc, found):
            return found
    return None


def _dative_inside(
    doc: Doc, cue: list[tuple[int, int]], after: int, taken: set[int], phrase_at: Callable[[int], tuple[int, int] | None]
) -> tuple[int, int] | None:
    """A dative between a verb's parts or right after it: `hat in einem Brief den Abgeordneten
    mitgeteilt`, `versicherte ihm`; not a preposition's (`in einem Brief`)."""
    first, last = cue[0][0], max(cue[-1][0], after + 1)
    for k in range(first + 1, min(last, len(doc) - 1)):
        word = doc[k].lower_
        if k in taken or doc[k - 1].lower_ in PREPOSITIONS or doc[k].is_punct:
            continue
        if word in {"ihm", "ihnen"} or word == "ihr" and not doc[k + 1].text[:1].isupper():
            return (k, k + 1)
        if word in {"dem", "einem", "den"} or word in _POSSESSIVE_DATIVES and k == after:
            found = phrase_at(k)  # also `sagte seiner Frau`; not `sagte er seiner Ansicht nach`
            if found is not None and speaks_as_object(doc, found) and _dative(doc, found):
                return found
    return None


def _name_told(
    doc: Doc, cue: list[tuple[int, int]], after: int, speaker: tuple[int, int] | None, phrase: Callable[[int], tuple[int, int] | None]
) -> tuple[int, int] | None:
    """`Ein Sprecher sagte SPIEGEL ONLINE, …`: a name right after a verb of telling whose
    subject stands before it, up to the comma that opens what was said, is who was told."""
    if speaker is None or speaker[1] > cue[0][0] or after != cue[0][1]:
        return None
    found = phrase(after)
    if found is None or found[1] >= len(doc) or doc[found[1]].text != ",":
        return None
    words = doc[found[0] : found[1]]
    names = all(t.text[:1].isupper() and t.lower_ not in DETERMINERS and t.lower_ not in _WHEN for t in words)
    return found if names and len(words) <= 4 and not is_abstract(doc, found) else None  # not `erklärte Ende Mai`


def _dative(doc: Doc, phrase: tuple[int, int]) -> bool:
    """Whether a phrase after an article that may be a dative is one: `den Rebellen`, `den USA`
    (a plural noun, inflected, or a plural abbreviation), not `den Vorwurf`, `den Plan`, whose
    noun keeps its lemma; `der` before a feminine (`der Zeitung`), not a masculine (`der Versuch`)."""
    head = doc[phrase[1] - 1]
    article = doc[phrase[0]].lower_
    if article == "der":
        return name_lexicon().genus(head.text) != "m"
    if article != "den":
        return True
    return head.text.endswith("n") and lemma_cased(head.text) != head.text or bool(ABBREVIATION.match(head.text))


def _audience(doc: Doc, phrase: tuple[int, int]) -> bool:
    """Whether a phrase after `vor` or `zur` is someone listening (`vor der Presse`, `vor
    Journalisten`, `zur Sportschau`), not an occasion (`vor dem Konklave`, `zur Begründung`)."""
    head = doc[phrase[1] - 1].lower_
    return head in _AUDIENCE_NOUNS or head.endswith(MEDIA_WORDS) or speaks_as_object(doc, phrase)


_CONVERSATIONS = {"interview", "gespräch", "telefonat", "telefongespräch", "unterredung", "chat"}
_LETTERS = {"brief", "schreiben", "appell", "aufruf", "botschaft", "mail", "e-mail", "nachricht", "ansprache", "rede"}
_DATIVE_ARTICLES = {"dem", "einem", "der", "einer", "den"}
_POSSESSIVE_DATIVES = {"seinem", "seiner", "ihrem", "ihrer", "seinen", "ihren"}
_THING_OBJECTS = {"fordern", "kritisieren", "loben", "würdigen", "mahnen", "warnen"}  # `forderte die Freilassung`
# Verbs that tell someone something, in the dative: `hat den Abgeordneten mitgeteilt`.
_TELLING_VERBS = {
    "mitteilen", "sagen", "erklären", "versichern", "versprechen", "zusichern", "vorwerfen", "vorhalten", "nachsagen",
    "beschuldigen", "raten", "empfehlen", "vorschlagen", "berichten", "schreiben", "erzählen", "drohen", "antworten",
    "entgegnen", "zusagen", "bestätigen", "verraten", "danken",
}
# Verbs whose object is the one spoken to: `forderte die Bürger auf`, `würdigte Ligeti`.
_ADDRESSING_VERBS = {
    "auffordern", "aufrufen", "warnen", "kritisieren", "loben", "würdigen", "attackieren", "bitten", "ermahnen",
    "beschuldigen", "appellieren", "fordern", "drängen", "beglückwünschen", "danken", "mahnen",
}
_WHEN = TIMES | {"anfang", "mitte", "ende"}
# Adverbs between a verb and whom it addresses: `beschuldigte seinerseits Thaksin`.
_BETWEEN = {"seinerseits", "ihrerseits", "erneut", "gestern", "heute", "bereits", "ebenfalls", "auch", "zudem", "außerdem", "nochmals", "wiederholt", "mehrfach"}
_AUDIENCES = {"journalisten", "reportern", "der", "dem", "den"}
_QUANTIFIERS = {"allen", "vielen", "einigen", "mehreren"}
_AUDIENCE_NOUNS = {
    "presse", "journalisten", "reportern", "medienvertretern", "medien", "kameras", "publikum", "zuschauern",
    "abgeordneten", "delegierten", "anhängern", "demonstranten", "studenten", "soldaten", "gästen", "mitgliedern",
}
