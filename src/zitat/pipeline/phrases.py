"""German clause structure without a parser: noun phrases, finite verbs and subjects.

No German parser installs here, so the rules read clause structure from closed word
classes: V2 order puts the subject either before the finite verb (`Der Minister sagte: …`)
or right after it when an adverbial fills the first position (`Dazu sagte der Minister: …`,
`„…“, sagte er.`). `speaks` tells whether a phrase names someone who can speak.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from zitat.lexicon.cues import cue_medium, inflected_verb, lemma, lemma_cased, verb_form
from zitat.lexicon.names import FAMILY_FIRST, NameLexicon, institution_noun, name_lexicon, person_noun
from zitat.lexicon.words import (
    ABBREVIATION,
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    COMPLEMENTIZERS,
    CONJUNCTIONS,
    DETERMINERS,
    ISSUED,
    NUMBER_WORDS,
    OBJECT_DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    SOURCE_NOUNS,
    SUBORDINATORS,
    TIMES,
)

_MAX_NP = 12
AGE_NOUN = re.compile(r"^\d+-[jJ]ährige[rn]?$")  # `der 81-Jährige`
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.(de|com|org|net|at|ch|eu|info|fr|uk)$")
NOT_SPEAKERS = {"es", "man"}
PASSIVE = {"wird", "wurde", "werden", "wurden"}
WERDEN = PASSIVE | {"werde", "würde", "würden", "worden"}  # every form of the passive's auxiliary
_PRONOMINAL_ADVERBS = {"darüber", "dazu", "davon", "daran", "darauf", "dafür", "dagegen", "damit", "darum", "dabei", "hierzu"}
_KEEP = {")", "“", "«", "”", '"'}
OPENING_MARKS = {"„", "»", "“", '"'}
CLOSING_MARKS = {"“", "«", "”", '"'}
_RELATIVE = {"der", "die", "das", "welcher", "welche", "welches", "dem", "den", "dessen", "deren"}
_GENITIVE = {"des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer", "dieses", "dieser", "unseres"}
_SUBJECT_PRONOUNS = {"er", "sie", "wir", "ich", "Sie"}
_NOW = {"heute", "gestern", "jetzt", "nun", "damals", "zuletzt", "bereits", "außerdem"}
_PLACE_ATTRIBUTES = {"aus", "im", "in"}
NP_INNER = {"von", "vom", "und", "-", "&", "der", "des", "de", "van", "al", "bin", "el", "du", "of", "la", "del"}
# Quantifiers that stand alone for people: `Einige vertreten die Auffassung`.
# Focus particles bind to the phrase after them: `Auch die Ministerin sagte`.
_FOCUS = {"auch", "selbst", "sogar", "nur", "gerade", "besonders", "ebenfalls", "erst"}
# Heads of abstract nouns, which do not speak: `Die Anwendung … stellte der Vorsitzende in Frage`.
# Abstract by their ending, yet groups of people: `die Hausverwaltung`, `die Militärführung`.
_LEADERSHIPS = ("verwaltung", "führung", "leitung", "mission", "resolution")
_ABSTRACT = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "ion", "ionen", "tät", "täten", "nis", "nisse", "ismus",
    "sicht", "weise",
)


def np_after(doc: Doc, i: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that starts at or just after token i, within [i, end)."""
    while i < end and (
        doc[i].lower_ in ADVERBS and doc[i].text not in PRONOUNS
        or doc[i].lower_ == "sich"
        or doc[i].lower_ == "all" and i + 1 < end and doc[i + 1].lower_ in DETERMINERS
    ):
        i += 1  # `äußerte sich jedoch der Minister`, `für all diese Angelegenheiten`
    if i >= end:
        return None
    first = doc[i]
    if first.lower_ in NOT_SPEAKERS:
        return None  # `heißt es`, `man sagt`: the speaker is elsewhere or nobody
    nxt = doc[i + 1] if i + 1 < end else None
    article = first.lower_ in DETERMINERS and nxt is not None and (nxt.text[:1].isupper() or adjective_like(nxt))
    if (first.text in PRONOUNS or first.lower_ in {"er", "sie"}) and not article:
        return (i, i + 1)  # but `dieser Einschätzung` is a noun phrase
    if first.lower_ in PRONOUNS and (nxt is None or nxt.text[:1].islower() or nxt.is_punct):
        return (i, i + 1)  # a demonstrative on its own: `Dieser behaupte`, `Diese besagt`
    if first.lower_ in QUANTIFIERS and (
        nxt is None or nxt.is_punct or nxt.text[:1].islower() and nxt.lower_ not in DETERMINERS and not _adjective(nxt)
    ):  # not `einige der Tatverdächtigen`, `einige kleinere Parteien`
        return (i, i + 1)  # a quantifier on its own: `Einige vertreten die Auffassung`, `sagten viele`
    if web_address(first):
        return (i, i + 1)  # `wie t-online.de berichtet`
    if first.text in OPENING_MARKS and i + 1 < end and doc[i + 1].text[:1].isupper():
        close = next((k for k in range(i + 2, min(end, i + 8)) if doc[k].text in CLOSING_MARKS), None)
        if close is not None:
            return (i, close + 1)  # a quoted name: `schrieb „Die Zeit“`
    if first.lower_ in DETERMINERS and i + 1 < end and (doc[i + 1].lower_ in PREPOSITIONS or doc[i + 1].lower_ == "als"):
        # an attribute phrase: `die in New York geborene Lopez`, `der als gemäßigt geltende Präsident`
        k = i + 2
        while k < min(end - 1, i + 20):
            if doc[k].text == "(":  # `die in Bayonne (New Jersey) geborene …`
                close = next((c for c in range(k + 1, min(end, k + 6)) if doc[c].text == ")"), None)
                if close is None:
                    break
                k = close + 1
                continue
            if doc[k].is_punct:
                break
            if attribute_participle(doc, k):
                rest = np_after(doc, k, end)
                return (i, rest[1]) if rest is not None and rest[0] == k else None
            k += 1
    j = i
    seen_noun = False
    while j < end and j - i < _MAX_NP:
        t = doc[j]
        if t.text == "(":
            close = next((k for k in range(j + 1, min(end, j + 6)) if doc[k].text == ")"), None)
            if close is None or not seen_noun:
                break
            j = close + 1
            if j + 1 < end and doc[j].lower_ in DETERMINERS and doc[j + 1].lower_.endswith(_TOLD):
                break  # `ein Sprecher der SPLA (SPLA) der Presse mitteilte`: whom he told, not a genitive
            continue
        if t.text in OPENING_MARKS and j + 1 < end and _quoted_name_in_phrase(doc, i, j, seen_noun):
            close = next((k for k in range(j + 1, min(end, j + 8)) if doc[k].text in CLOSING_MARKS), None)
            if close is None:
                break
            close += compound_part(doc, close + 1, end)  # `„Bild“-Zeitung`
            if not seen_noun:
                return (i, close + 1)  # `die „Computerwoche“`
            j = close + 1  # a quoted name: `die Organisation „Obraz“`
            continue
        if t.lower_ in {"und", "sowie"} and j + 1 < end and doc[j + 1].text[:1].islower() and (
            finite_form(doc[j + 1])
        ):
            break  # a second verb of the subject: `schrieben die Hacker und kündigten … an`
        if t.text == "/" and seen_noun and j + 1 < end and doc[j + 1].text[:1].isupper():
            j += 2  # `Bündnis 90/Die Grünen`
            continue
        if t.lower_ == "amnesty" and j + 1 < end and doc[j + 1].lower_ == "international":
            j += 2  # a name its owners write small
            seen_noun = True
            continue
        if elided_name(doc, j) or t.lower_ == "so" and j > i and j + 1 < end and doc[j + 1].lower_.startswith("genannt"):
            j += 1  # `O’Leary`, `der so genannten „EVAC-Ambulanz“`
            continue
        if t.is_punct and t.text not in {"-", "&"}:
            break
        if t.lower_ in _ABOUT and not seen_noun and j + 1 < end and doc[j + 1].like_num:
            j += 1  # `den rund 60 Zuhörern`: a number's approximation
            continue
        if AGE_NOUN.match(t.text):
            seen_noun = True  # `der 81-Jährige`
            j += 1
            continue
        if t.like_num or t.lower_ in NUMBER_WORDS:
            club = len(t.text) == 2 and t.text.startswith("0")  # `Bayer 04 Leverkusen`, `Mainz 05`: a club's year
            inside_name = t.text.isdigit() and j + 1 < end and all(
                w.text[:1].isupper() and (club or not name_lexicon().is_noun_or_compound(w.text)) for w in (doc[j - 1], doc[j + 1])
            )  # not `Angaben 62 Personen`
            year_of = doc[j - 1].lower_ == "von" and _YEAR.match(t.text) is not None  # `die Siegerin von 2019`
            if seen_noun and doc[j - 1].lower_ not in _GENITIVE and not (j + 1 < end and doc[j + 1].text == "/") and not inside_name and not year_of:
                break  # but `Einer der 13 beteiligten Feuerwehrmänner` and `Bündnis 90/Die Grünen` go on
            j += 1
            continue
        # `für` inside a name of an office: `Chef der Bundesagentur für Arbeit`, `Fachstelle für Suchtvorbeugung`
        if seen_noun and j + 1 < end and (t.lower_ == "für" or t.lower_ == "ohne" and doc[j + 1].lower_ == "grenzen") and doc[j + 1].text[:1].isupper():
            j += 1
            continue
        if seen_noun and t.lower_ in _PLACE_ATTRIBUTES:
            stop = _place_attribute(doc, j, end)
            if stop is not None:
                j = stop
                continue
        site = _site_of(doc, j, end) if seen_noun and t.lower_ == "auf" else None
        if site is not None:
            j = site  # `der Meldung auf der Homepage von „con energy“`: where a text stands
            continue
        if t.is_space or t.lower_ in PREPOSITIONS and t.lower_ not in {"von", "vom"}:
            break
        until = next((k for k in range(j + 2, min(end, j + 6)) if doc[k].lower_ == "bis"), None)
        if t.lower_ in {"von", "vom"} and until is not None and all(w.text[:1].isupper() for w in doc[j + 1 : until]):
            break  # `zogen die Demonstranten vom Hauptbahnhof bis zur Paulskirche`: where from, not who
        if seen_noun and t.text[:1].isupper() and t.lower_.endswith("es") and lemma_cased(t.text)[:1].islower() and doc[j - 1].text not in name_lexicon().first_names:
            break  # an adjective made a noun is an object: `hatte Steinbrück Positives zu vermelden`; but `Olaf Lies`
        if seen_noun and _plural_then_noun(doc, j):
            break  # `fordern die Organisationen Bürger dazu auf`: a plural takes no name after it, the noun is an object
        # `Die Regierung und die Rebellen erklärten`; but after a singular verb the `und` begins a
        # new clause: `sagte der Trainer und die Mannschaft jubelte`
        coordinated = doc[j - 1].lower_ in {"und", "sowie"} and not (i > 0 and doc[i - 1].is_lower and not doc[i - 1].lower_.endswith("n"))
        if seen_noun and t.lower_ in DETERMINERS and (t.lower_ not in _GENITIVE or _name_ends(doc, j)) and not coordinated:
            break  # a new phrase (an object) begins: `der Präsident seine Position`, `des BMI der Verbesserung`
        lowered = not _capital(t.text)
        if lowered and t.lower_ not in DETERMINERS and t.lower_ not in _GENITIVE and t.lower_ not in NP_INNER:  # `Angaben seines Impresarios`
            after_article = j > i and (
                doc[j - 1].lower_ in DETERMINERS
                or doc[j - 1].lower_ in {"von", "vom"}
                or doc[j - 1].text[0].islower()
                or doc[j - 1].like_num
            )
            genitive = t.lower_.endswith("er") and j + 1 < end and doc[j + 1].text[:1].isupper()
            # `Ein nicht genannter Vertreter`, `Die staatlich kontrollierten Medien`: a word that grades the adjective after it
            graded = t.is_alpha and j > i and doc[j - 1].lower_ in DETERMINERS and j + 1 < end and _adjective(doc[j + 1]) and doc[j + 1].lower_ not in DETERMINERS
            if not graded and (not _adjective(t) or seen_noun and not after_article and not genitive):
                break  # `Berichten verschiedener Medien` continues; `der Präsident sagte` does not
        seen_noun = seen_noun or not lowered
        j += 1
    while j > i and (doc[j - 1].lower_ in NP_INNER or doc[j - 1].lower_ in DETERMINERS):
        j -= 1
    if j == i or not any(_capital(doc[k].text) or AGE_NOUN.match(doc[k].text) for k in range(i, j)):
        return None  # but `der 81-jährige`, its capital left out, is a noun
    return (i, _apposition(doc, j, end))


_ABOUT = {"rund", "etwa", "knapp", "fast", "circa", "ca.", "nahezu", "annähernd", "gut"}  # before a number: `rund 60`
# Words for the press and broadcasters, whom one tells something: `der Zeitung`, `zur Sportschau`.
MEDIA_WORDS = ("zeitung", "agentur", "sender", "magazin", "blatt", "schau", "radio", "fernsehen", "presse")
_TOLD = (*MEDIA_WORDS, "medien", "journalisten", "reportern")


def _plural_then_noun(doc: Doc, j: int) -> bool:
    """A common noun at j right after an inflected plural (`Organisationen Bürger`), which
    names no one after it the way `die Organisation Ärzte ohne Grenzen` does."""
    before, word = doc[j - 1].text, doc[j].text
    lexicon = name_lexicon()
    base = lemma_cased(before)  # not an adjective made a noun: `der Deutschen Presse Agentur`, `des Roten Kreuzes`
    plural = before[:1].isupper() and before.endswith("en") and base[:1].isupper() and base != before and not base.endswith(("e", "er", "es"))
    counted = j >= 2 and (doc[j - 2].like_num or doc[j - 2].lower_ in NUMBER_WORDS)  # `nach fünf Jahren Gemeinschaftsschule`
    return plural and not counted and lexicon.is_common_noun(before) and word[:1].isupper() and lexicon.is_noun_or_compound(word)  # also `Demonstranten Stoffbänder`


def _name_ends(doc: Doc, j: int) -> bool:
    """A name before j takes no genitive after it: an abbreviation (`des BMI der Verbesserung`),
    a first name and surname (`sagte Thomas Merkel der Zeitung`: whom he told) or an age."""
    before = doc[j - 1].text
    if before.isupper() and len(before) > 1 or AGE_NOUN.match(before):
        return True  # also `sagte die 39-Jährige der Deutschen Presse-Agentur`: someone by age is no one's
    first = doc[j - 2] if j >= 2 else None
    if first is not None and first.text.islower() and first.lower_ not in PREPOSITIONS | DETERMINERS and _lone_name(before):
        return True  # `sagte Petković der „Deister- und Weserzeitung“`: a name alone after the verb
    return (
        first is not None
        and first.text in name_lexicon().first_names
        and first.lower_ not in PREPOSITIONS
        and first.lower_ not in DETERMINERS  # `Am Rande der Sitzung`: `Am` is a first name too
        and before[:1].isupper()
        and before.isalpha()
    )


def _lone_name(word: str) -> bool:
    """A capitalised word no noun: a surname standing alone (`Petković`)."""
    return word[:1].isupper() and word.isalpha() and not name_lexicon().is_noun_or_compound(word)


def attribute_participle(doc: Doc, k: int) -> bool:
    """The participle that ends an attribute phrase before its noun (`die in New York geborene
    Lopez`, `der auf der Konferenz für nukleare Sicherheit anwesende Außenminister`): not an
    adjective right after an article or a preposition inside the phrase (`in dem kleinen Ort`,
    `für nukleare Sicherheit`)."""
    before = doc[k - 1].lower_
    return (
        before not in DETERMINERS
        and before not in PREPOSITIONS
        and doc[k].text[:1].islower()
        and doc[k].lower_.endswith(("e", "en"))
        and k + 1 < len(doc)
        and doc[k + 1].text[:1].isupper()
    )


def _quoted_name_in_phrase(doc: Doc, i: int, j: int, seen_noun: bool) -> bool:
    """Whether the quotation opening at j is a name inside the phrase begun at i: after its noun
    (`die Organisation „Obraz“`) or after the article and adjectives (`die „Computerwoche“`, `der
    neue „Oberste Rat …“`); a name in small letters after a genitive or a paper's noun (`Ein
    Vertreter der „con energy ag“`, `von „con energy“`, `des Magazins „auto, motor und sport“`)."""
    if not (seen_noun or all(doc[k].lower_ in ARTICLES or k > i and adjective_like(doc[k]) for k in range(i, j))):
        return False
    if doc[j + 1].text[:1].isupper():
        return True
    before = doc[j - 1].lower_
    return seen_noun and (before in {"der", "des", "von"} or before.removesuffix("s").removesuffix("e").endswith(MEDIA_WORDS))


WEB_PAGES = ("homepage", "website", "webseite", "internetseite", "seite")


def _site_of(doc: Doc, j: int, end: int) -> int | None:
    """Where `auf` + a web page after a text ends (`einer Erklärung auf ihrer Website`)."""
    if not doc[j - 1].lower_.endswith(ISSUED):
        return None
    site = np_after(doc, j + 1, end)
    if site is None or site[0] != j + 1 or not any(doc[k].lower_.endswith(WEB_PAGES) for k in range(*site)):
        return None
    return site[1]


def _place_attribute(doc: Doc, j: int, end: int) -> int | None:
    """Where a person is from or serves belongs to the phrase: `ein Reporter des Senders Sky
    News aus Leicestershire`, and `im Irak` or `im Bundestag` before the name in apposition
    (`die Sprecherin der Unionsfraktion im Bundestag, Annette Widmann-Mauz`); `sagte der
    Minister in Berlin` is where he said it."""
    lexicon = name_lexicon()
    if doc[j].lower_ == "aus":
        k = j + 1
        while k < min(end, j + 4) and doc[k].text[:1].isupper() and place_name(lexicon, doc[k].text):
            k += 1
        return None if k == j + 1 or k < end and doc[k].text[:1].isupper() else k
    k = j + 1
    if k < end and doc[j].lower_ == "in" and doc[k].lower_ in {"der", "dem", "den"}:
        k += 1
    start = k
    while k < min(end, start + 3) and doc[k].text[:1].isupper():
        k += 1
    if k == start or k + 1 >= end or doc[k].text != ",":
        return None
    name = np_after(doc, k + 1, end)
    if name is not None and any(doc[m].text in lexicon.given_names for m in range(*name)):
        return k
    return None


def token_before(doc: Doc, start: int, back: int = 1) -> Token | None:
    """The `back`-th token before `start` that is not whitespace (double spaces make tokens)."""
    k = start - 1
    while k >= 0:
        if not doc[k].is_space:
            back -= 1
            if back == 0:
                return doc[k]
        k -= 1
    return None


def place_name(lexicon: NameLexicon, word: str) -> bool:
    """`Khartum`, `Leicestershire`, but not `Sicherheitsgründen`."""
    return lexicon.is_place(word) or not lexicon.is_common_noun(word) and not (word.endswith("en") and lexicon.is_noun_or_compound(word))


def elided_name(doc: Doc, j: int) -> bool:
    """The apostrophe inside `O’Leary`, `D’Alema`."""
    return doc[j].text in {"’", "'"} and len(doc[j - 1].text) == 1 and doc[j - 1].text.isupper() and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()


def _capital(word: str) -> bool:
    """A capitalised word, or a compound whose last part is: `documenta-Homepage`; also after
    an elided article (`Banca d'Italia`, `Valéry Giscard d'Estaing`), and the agencies and
    channels written in small letters (`der dpa`, `dem Sender n-tv`) and `ver.di`."""
    return (
        word[:1].isupper()
        or "-" in word and word.rsplit("-", 1)[-1][:1].isupper()
        or word[:2] in {"d'", "l'"} and word[2:3].isupper()
        or word in LOWERCASE_MEDIA
        or word == "ver.di"
        or small_camel_name(word)
    )


def compound_part(doc: Doc, k: int, end: int | None = None) -> bool:
    """Whether the token at k (before `end`) finishes a compound whose first part precedes it:
    `-Zeitung` in `die „Bild“-Zeitung`, `-Begegnung` in `eine „Eins zu Eins“-Begegnung`."""
    return k < (len(doc) if end is None else end) and doc[k].text[:1] == "-" and doc[k].text[1:2].isalpha()


def small_camel_name(word: str) -> bool:
    """`eBay`, `iPhone`, `easyJet`: a name written small, with a capital inside, as no German word is."""
    return _SMALL_CAMEL.match(word) is not None


_SMALL_CAMEL = re.compile(r"^[a-z]{1,4}[A-Z][a-zA-Z]+$")
LOWERCASE_MEDIA = {"dpa", "ddp", "epd", "kna", "dapd", "n-tv", "taz", "sid"}


def web_address(token: Token) -> bool:
    """`ndr.de`, `t-online.de`: a source named by its web address."""
    return bool(_DOMAIN.match(token.text))


def _apposition(doc: Doc, j: int, end: int) -> int:
    """Extend a noun phrase ending at j over an apposition: `Hans Meier, Sprecher der Bahn,`."""
    if j + 1 >= end or doc[j].text != ",":
        return j
    if doc[j + 1].lower_ in _RELATIVE and not article_before_noun(doc, j + 1, end):
        return j  # a relative clause: `Klose, der Gelb-Rot sah`
    inner = np_after(doc, j + 1, end)
    if inner is None or inner[0] != j + 1:
        return j
    if doc[j + 1].lower_ in {"den", "einen"} and not any(person_noun(t.text) for t in doc[j + 2 : inner[1]] if t.text[:1].isupper()):
        return j  # an object, not an apposition: `verteidigte der Vorsitzende, Sebastian Edathy, den Gesetzentwurf`
    stop = inner[1]
    if stop >= end:  # the phrase runs up to the bound: closed, unless a quotation opens there
        return j if end < len(doc) and doc[end].text in OPENING_MARKS else stop
    if doc[stop].text in {",", ".", ":", ";", "–"} or doc[stop - 1].text == ")" and doc[stop].lower_ in DETERMINERS:
        return stop  # also `X, ein Sprecher der SPLA (SPLA) der Presse mitteilte`: a bracket closes it
    if doc[stop].lower_ in PREPOSITIONS:  # `Senator Dodd, Vorsitzender des Bankenausschusses im Senat, …`
        close = next((k for k in range(stop + 1, min(end, stop + 7)) if doc[k].text in {",", ":"}), None)
        words = doc[stop + 1 : close] if close is not None else []  # also `Professor am California Institute of Technology`
        if close is not None and all(t.text[:1].isupper() or t.lower_ in DETERMINERS or t.lower_ in PREPOSITIONS or t.lower_ in NP_INNER for t in words):
            return close
    if doc[stop].text[:1].islower() and (cue_medium(doc[stop].text) or doc[stop].lower_ in AUXILIARIES):
        return stop  # the verb follows without the closing comma: `Theo Zwanziger, Präsident des DFB nannte`
    if doc[stop].lower_ in _NOW and (stop + 1 == end or doc[stop + 1].is_punct or doc[stop + 1].lower_ in PREPOSITIONS):
        return stop  # the frame's adverb after it: `sagte der General, George Casey heute.`
    return j


def article_before_noun(doc: Doc, k: int, end: int) -> bool:
    """`der`/`die` at k is an article (`die Leiterin der Fachstelle`), not a relative pronoun
    (`die im Gazastreifen regiert`): a noun or an adjective follows it."""
    if k + 1 >= end:
        return False
    word = doc[k + 1]
    return word.text[:1].isupper() or _adjective(word) and word.lower_ not in PREPOSITIONS and word.lower_ not in DETERMINERS


def _adjective(t: Token) -> bool:
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    return (
        t.lower_.endswith(("e", "en", "er", "es", "em"))
        and t.lower_ not in CONJUNCTIONS
        and t.lower_ not in AUXILIARIES
        and nxt is not None
        and (nxt.text[:1].isupper() or adjective_like(nxt) or nxt.text in OPENING_MARKS)  # `der neue „Oberste Rat“`
    )


def adjective_like(t: Token) -> bool:
    return t.lower_ not in DETERMINERS and t.is_alpha and t.text[0].islower() and t.lower_.endswith(("e", "en"))


def subject_of(doc: Doc, start: int, finite: int, end: int, grammatical: bool = False) -> tuple[int, int] | None:
    """The subject of a clause [start, end) whose finite verb is at `finite`: who acts, so in
    the passive its agent (`von X`), unless `grammatical` asks for the subject a later pronoun
    continues (`Calipari wurde erschossen, als er …`).

    A personal pronoun right after the verb is the subject even when a noun phrase stands
    first (`Die Bürger forderte er auf`): German fronts objects, not subject pronouns."""
    after = finite + 1
    if after < end and doc[after].text in _SUBJECT_PRONOUNS:
        if doc[after].lower_ == "sie" and doc[start].lower_ in {"der", "ein"}:
            before = subject_before(doc, start, finite)
            if before is not None and speaks(doc, before):
                return before  # `Der Geschäftsführer nannte sie „fahrlässig“`: `sie` is the object
        return (after, after + 1)
    if doc[start].lower_ in SUBORDINATORS or doc[start].lower_ == "wie":
        main = _main_clause_verb(doc, start, finite)
        if main is not None:
            return np_after(doc, main + 1, end)  # `Als er eintraf, biss der Mann zu und rief:`
        if not _prepositional_als(doc, start, finite, end):
            return np_after(doc, start + 1, finite)  # verb-final clause: `Nachdem die Anwältin … mitgeteilt hatte`
        return np_after(doc, after, end)  # `Als Begründung sagte ein Wissenschaftler`
    if _passive(doc, finite, end) and not _future(doc, finite, end) and not grammatical:
        if _quoting(doc, finite, end):
            quoted = subject_before(doc, start, finite) or np_after(doc, finite + 1, end)
            if quoted is not None and speaks(doc, quoted):
                return quoted  # `In der Meldung wird Musk wie folgt zitiert`: the one quoted speaks
        return _agent(doc, start, end, finite) or _source_first(doc, start, finite)
    before = subject_before(doc, start, finite)
    behind = np_after(doc, after, end)
    if behind is None and after + 1 < end and doc[after].lower_ in ADVERBS | {"dagegen"}:
        behind = np_after(doc, after + 1, end)  # `Im Parlament verteidigte dagegen die Abgeordnete …`
    if lemma(doc[finite].text) == "zitieren" and before is not None and behind is not None and speaks(doc, behind):
        return behind  # `Ein Fernsehsender zitierte Papandreou mit den Worten`: the quoted one speaks
    if before is not None and behind is not None and (is_abstract(doc, before) or before[1] - before[0] == 1 and fronted_infinitive(doc[before[0]])) and speaks(doc, behind):
        return behind  # `Die Anwendung … stellte der SPD-Vorsitzende in Frage`, `Aufhören will Wolter nicht`
    if before is not None and behind is not None and _oblique(doc, before) and speaks(doc, behind):
        return behind  # `Der englisch-sprachigen Zeitung sagte Filep Karma`: a dative first
    if before is not None and behind is not None and _thing_first(doc, before, behind):
        return behind  # `Die niedrigste Strafe erhielt der Deutschtürke Atilla Selek`
    if before is not None and behind is not None and _plural_before_singular(doc, before, finite, behind):
        return behind  # `Die tibetischen Mönche … beschrieb die Nachrichtenagentur als „aggressiv“`
    before, behind = (None if p is None or _mute(doc, p) or _time_span(doc, p) else p for p in (before, behind))
    return before or behind or _source_first(doc, start, finite)  # `bezeichnet ihre Investition als`: no speaker


def _quoting(doc: Doc, finite: int, end: int) -> bool:
    """`wird … zitiert`: the passive of quoting, whose subject is the one quoted."""
    return any(lemma(doc[k].text) == "zitieren" for k in range(finite + 1, min(end, finite + 15)))


def _passive(doc: Doc, finite: int, end: int) -> bool:
    """`wurde … bezeichnet`, `war … bezeichnet worden`: the grammatical subject is no speaker."""
    if doc[finite].lower_ in PASSIVE:
        return True
    return doc[finite].lower_ in {"ist", "sind", "war", "waren"} and any(doc[k].lower_ == "worden" for k in range(finite + 1, min(end, finite + 25)))


def _oblique(doc: Doc, phrase: tuple[int, int]) -> bool:
    """`der englisch-sprachigen Zeitung`: `der` with an adjective in `-en` is no nominative
    singular (that would be `der englisch-sprachige`), so the phrase is no subject."""
    words = doc[phrase[0] : phrase[1]]
    return (
        len(words) >= 3
        and words[0].lower_ == "der"
        and all(t.text[:1].islower() and t.lower_.endswith("en") for t in words[1:-1])
        and words[-1].text[:1].isupper()
    )


def _future(doc: Doc, finite: int, end: int) -> bool:
    """`Ban wird seinen Vorgänger ablösen`: `werden` with an infinitive at the end of its clause
    is the future, not the passive (`wird … abgelöst`)."""
    stop = next((k for k in range(finite + 1, end) if doc[k].is_punct), end)
    last = next((doc[k] for k in range(stop - 1, finite, -1) if doc[k].is_alpha), None)
    return last is not None and last.text[0].islower() and last.lower_.endswith("en") and lemma(last.text) == last.lower_


def speaker_of_verb(doc: Doc, s_start: int, finite: int, end: int) -> tuple[int, int] | None:
    """The subject of the finite verb at `finite` in a sentence that may join several clauses:
    `…, sagte die Königin`, `X wies das zurück, die Sprecherin Y erklärte:`, `X befand … und
    nannte …`, `X kritisierte das scharf: So sagte Y: …`."""
    colon = next((k for k in range(finite - 1, s_start, -1) if doc[k].text == ":"), None)
    if colon is not None and colon + 1 < finite:
        s_start = colon + 1  # a new clause begins after a colon
    und = next((k for k in range(finite - 2, s_start, -1) if doc[k].lower_ == "und" and doc[k + 1].lower_ in DETERMINERS), None)
    if und is not None and v2_verb(doc, s_start, und) is not None:
        second = np_after(doc, und + 1, finite)
        if second is None and finite - und <= _MAX_NP + 4 and personal_name(doc[finite - 1]):
            second = (und + 1, finite)  # an attribute the phrase reader does not follow: `der sich selbst … inszenierende Unternehmer Y`
        if second == (und + 1, finite) and speaks(doc, second):
            return second  # `X skandierte Parolen und der Unternehmer Y rief aus:`: a second clause, its own subject
    if (
        finite > s_start
        and doc[finite - 1].text == ","
        and not _appositive_prefield(doc, s_start, finite - 1)
        and not _relative_prefield(doc, s_start, finite - 1)
    ):
        behind = np_after(doc, finite + 1, end)
        if behind is not None and behind[0] == finite + 1 and speaks(doc, behind):
            return behind  # the verb opens its clause, so its subject follows it
    clause = next((k + 1 for k in range(finite - 1, s_start, -1) if doc[k].text in {",", ";"}), None)  # where the verb's clause begins
    if finite - 1 > s_start and doc[finite - 1].lower_ == "und":
        if _passive(doc, finite, end) and not _quoting(doc, finite, end):
            return _agent(doc, finite + 1, end, finite) or _quoted_medium(doc, finite + 1, end)  # `… und wurden im „Standard“ als „…“ bezeichnet`
        if clause is not None and clause < finite - 1 and cue_medium(doc[clause].text) is not None:
            behind = np_after(doc, clause + 1, finite - 1)  # `Die Lage sei ernst, sagte der Minister und fügte hinzu, …`
            if behind is not None and behind[0] == clause + 1 and speaks(doc, behind):
                return behind
        first = clause_subject(doc, s_start, finite - 1, set())
        if first is not None:
            return first  # a second verb of the same subject
    relative = _relative_subject(doc, s_start, finite)
    if relative is not None:
        return relative
    passive = any(doc[k].lower_ in WERDEN for k in range(finite + 1, min(end, finite + 3)))
    if clause is not None and clause < finite and doc[clause].lower_ in {"dass", "ob", "indem"} and not passive:
        inner = np_after(doc, clause + 1, finite)  # not `dass der DFB aufgefordert wurde`: the one asked
        if inner is not None and inner[0] == clause + 1 and speaks(doc, inner):
            return inner  # `Der NDR will wissen, dass Mindermann sie gefragt habe`: the clause's own subject
    return subject_of(doc, _clause_start(doc, s_start, finite), finite, end)


def _appositive_prefield(doc: Doc, start: int, comma: int) -> bool:
    """`Der türkische Verkehrsminister, Binali Yildirim,` before the verb: a noun phrase and its
    apposition (or two: `Der Vorsitzende von Verdi, Nachfolgerin der ÖTV, Frank Bsirske,`),
    each whole, so the comma closes the apposition, not a clause."""
    commas = [k for k in range(start, comma) if doc[k].text == ","]
    if not 1 <= len(commas) <= 2:
        return False
    bounds = [start - 1, *commas, comma]
    return all((phrase := np_after(doc, a + 1, b)) is not None and phrase == (a + 1, b) for a, b in pairwise(bounds))


def _relative_prefield(doc: Doc, start: int, comma: int) -> bool:
    """`Jimmy Carter, der als Wahlbeobachter im Land war, sagte Reportern`: a noun phrase and
    a relative clause on it before the verb, so the comma closes the relative clause and the
    verb stands second, after its subject, not first."""
    first = next((k for k in range(start, comma) if doc[k].text == ","), None)
    if first is None or first + 2 >= comma or any(doc[k].text in {",", ";", ":"} for k in range(first + 1, comma)):
        return False
    opener = first + 1
    if doc[opener].lower_ in PREPOSITIONS:
        opener += 1  # `X, mit dem sie gesprochen hatte,`
    closing = doc[comma - 1]
    return (
        doc[opener].lower_ in _RELATIVE
        and closing.is_alpha
        and closing.text[0].islower()  # a relative clause ends in its verb
        and np_after(doc, start, first) == (start, first)
        and speaks(doc, (start, first))
    )


def _relative_subject(doc: Doc, s_start: int, finite: int) -> tuple[int, int] | None:
    """`…, die Gerhard Schröder zum Kriterium erklärt hatte: „…“`: in a relative clause whose
    pronoun is the object, the subject after the pronoun speaks; where nothing but adverbs
    stands between pronoun and verb, the pronoun is the subject."""
    comma = next((k for k in range(finite - 1, s_start, -1) if doc[k].text in {",", ";", ":"}), None)
    if comma is None or comma + 2 > finite or doc[comma + 1].lower_ not in _RELATIVE | {"wie"} - {"dessen", "deren"}:
        return None
    if _unclosed_apposition(doc, s_start, comma, finite):
        return None  # `Houcine Abassi, der Generalsekretär des Verbandes sagte:`: an apposition, its comma left out
    subject = np_after(doc, comma + 2, finite) if comma + 2 < finite else None
    if subject is not None and subject[0] == comma + 2 and doc[comma + 2].lower_ in {"dem", "einem"} and doc[comma + 1].lower_ in {"der", "die"}:
        return (comma + 1, comma + 2)  # `Stimmen, die dem Kardinal vorwerfen`: a dative object, the pronoun is the subject
    if subject is not None and subject[0] == comma + 2 and speaks(doc, subject):
        if not _feminine_dative(doc, subject):
            return subject
        if doc[comma + 1].lower_ == "der":
            return (comma + 1, comma + 2)  # `Clark, der der US-Regierung vorwarf`: the pronoun is the subject
    between = doc[comma + 2 : finite]
    if doc[comma + 1].lower_ in {"der", "die"} and all(t.text[:1].islower() for t in between) and not any(t.lower_ in DETERMINERS for t in between):
        return (comma + 1, comma + 2)  # `Demonstranten, die unter anderem skandierten: „…“`: the pronoun is the subject
    return None


def _unclosed_apposition(doc: Doc, s_start: int, comma: int, finite: int) -> bool:
    """A name, a comma, then an article and a noun up to the verb, which ends the sentence's
    first position: `Houcine Abassi, der Generalsekretär der UGIT sagte: …` (a relative clause
    would need a main clause after it), `Dolkun Isa, der Sekretär des Kongresses sagte gegenüber
    der Presse, …` (a relative clause would end in its verb)."""
    if not article_before_noun(doc, comma + 1, finite) or v2_verb(doc, s_start, comma) is not None:
        return False
    name = np_after(doc, s_start, comma)
    if name is None or name != (s_start, comma) or not all(t.text[:1].isupper() for t in doc[s_start:comma]):
        return False
    after = finite + 1
    while after < len(doc) and doc[after].text not in {",", ":", ".", "„"} and not doc[after].is_space:
        after += 1
    return after < len(doc) and (doc[after].text in {":", "„", "."} or doc[after].text == "," and after > finite + 1)


def _clause_start(doc: Doc, s_start: int, finite: int) -> int:
    """Where the main clause of `finite` begins: after the last comma or `und` before it, when
    that opens a subject that speaks and what precedes is a clause of its own; else `s_start`."""
    found = s_start
    for boundary in range(finite - 2, s_start, -1):  # the widest subject wins: `die Sprecherin X, Sandra Boser, erklärte`
        if not (doc[boundary].text in {",", ";"} or doc[boundary].lower_ in {"und", "aber"}):
            continue
        start = boundary + 1
        first = doc[start]
        if first.lower_ in SUBORDINATORS or first.lower_ in COMPLEMENTIZERS:
            continue
        if first.lower_ in _RELATIVE and not article_before_noun(doc, start, finite):
            continue
        subject = subject_before(doc, start, finite)
        if subject is None or subject[0] != start or subject[1] < finite - 1 or not speaks(doc, subject):
            continue
        if v2_verb(doc, s_start, boundary) is not None:
            found = start
    return found


def _main_clause_verb(doc: Doc, start: int, finite: int) -> int | None:
    """After a leading subordinate clause the main clause starts with its finite verb:
    `Als ein Fluggast half, biss der Randalierer …`; that verb, or None."""
    comma = next((k for k in range(finite - 1, start, -1) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= finite + 1:
        return None
    closing = doc[comma - 1]  # a verb-final subordinate clause ends in its verb: `…, Smith Dharmmasaroj, mitteilte` does not
    if not (closing.is_alpha and closing.text[0].islower() and closing.lower_ not in DETERMINERS):
        return None
    verb = doc[comma + 1]
    if verb.text[:1].islower() and verb.is_alpha and verb.lower_ not in DETERMINERS and verb.lower_ not in _RELATIVE:
        return comma + 1
    return None


def _prepositional_als(doc: Doc, start: int, finite: int, end: int) -> bool:
    """`Als Begründung sagte X`: `als` + a noun phrase right before the finite verb, which is
    followed by more of the clause, not by a comma closing a subordinate clause."""
    if doc[start].lower_ != "als" or finite + 1 >= end or doc[finite + 1].is_punct:
        return False
    phrase = np_after(doc, start + 1, finite)
    return phrase is not None and phrase[0] == start + 1 and phrase[1] >= finite - 3


def fronted_infinitive(t: Token) -> bool:
    """An infinitive capitalised as its sentence's first word: `Aufhören will sie nicht`; not
    a surname that reads as one (`Petersen forderte`)."""
    return bool(t.is_sent_start) and lemma_cased(t.lower_) == t.lower_ and verb_form(t.lower_) and t.text not in name_lexicon().surnames


def is_abstract(doc: Doc, span: tuple[int, int]) -> bool:
    heads = [
        t
        for t in doc[span[0] : span[1]]
        if t.text[:1].isupper() and t.is_alpha and t.lower_ not in DETERMINERS and lemma_cased(t.text)[:1].isupper()
    ]  # `Jegliche Mitverantwortung`: the noun, not the capitalised first word
    head = heads[0] if heads and span[0] + 3 >= heads[0].i else None
    return head is not None and head.lower_.endswith(_ABSTRACT) and not person_noun(head.text) and head.text not in _after_first_names(doc)


def _thing_first(doc: Doc, before: tuple[int, int], behind: tuple[int, int]) -> bool:
    """A thing fronted as the object, a man named after the verb with `der` (a nominative
    there, since the dative and genitive `der` are feminine): `Die Strafe erhielt der Deutschtürke X`."""
    lexicon = name_lexicon()
    if doc[before[0]].lower_ not in DETERMINERS or doc[behind[0]].lower_ != "der":
        return False
    head = next((t for t in doc[before[0] : before[1]] if t.text[:1].isupper() and t.lower_ not in DETERMINERS and lexicon.is_common_noun(t.text)), None)
    if head is None or institution_noun(head.text) or not lexicon.inanimate(head.text):
        return False
    return not _feminine_dative(doc, behind) and speaks(doc, behind)


def _plural_before_singular(doc: Doc, before: tuple[int, int], finite: int, behind: tuple[int, int]) -> bool:
    """A plural first and a singular verb: the plural is the object, the singular phrase after
    the verb its subject (`Die Mönche beschrieb die Agentur als …`)."""
    verb = doc[finite]
    singular_verb = verb.is_alpha and verb.text[0].islower() and not verb.lower_.endswith("en") and verb.lower_ != "sind"
    if not singular_verb or doc[behind[0]].lower_ not in {"der", "das", "ein", "eine", "die"}:
        return False
    return _plural_die(doc, before) and speaks_as_object(doc, behind) and not _plural_die(doc, behind)


def _plural_die(doc: Doc, phrase: tuple[int, int]) -> bool:
    """`die` with a masculine or neuter noun: a plural (`die tibetischen Mönche`)."""
    head = doc[phrase[1] - 1]
    lexicon = name_lexicon()
    return doc[phrase[0]].lower_ == "die" and lexicon.is_common_noun(head.text) and lexicon.genus(head.text) in {"m", "n"}


def _feminine_dative(doc: Doc, phrase: tuple[int, int]) -> bool:
    """`der Bundesregierung`, `der Ministerin`: `der` before a feminine noun is its dative (or
    genitive), never a subject."""
    if doc[phrase[0]].lower_ != "der":
        return False
    noun = next((t for t in doc[phrase[0] + 1 : phrase[1]] if t.text[:1].isupper()), None)
    if noun is None:
        return True
    last = noun.text.rsplit("-", 1)[-1]
    return last.lower().endswith("in") or name_lexicon().genus(last) == "f"


def _mute(doc: Doc, span: tuple[int, int]) -> bool:
    """An abstract noun that is no source either: `die Aufforderung`, not `die Erklärung`."""
    if not is_abstract(doc, span):
        return False
    head = next(t for t in doc[span[0] : span[1]] if t.text[:1].isupper() and t.lower_ not in DETERMINERS)
    low = head.lower_.removesuffix("en")
    return (
        name_lexicon().is_noun_or_compound(head.text)  # not a name like `Leung`
        and not low.endswith(_LEADERSHIPS)
        and not person_noun(low)
        and not head.lower_.endswith(SOURCE_NOUNS)
    )


_TIME_SPANS = {"sekunden", "minuten", "stunden", "tage", "wochen", "monate", "jahre", "jahrzehnte"}


def _time_span(doc: Doc, span: tuple[int, int]) -> bool:
    """`Wenige Stunden nach dem Putsch erklärte …`: when, not who."""
    head = next((t for t in doc[span[0] : span[1]] if t.text[:1].isupper() and t.lower_ not in DETERMINERS and t.lower_ not in QUANTIFIERS), None)
    return head is not None and head.lower_ in _TIME_SPANS


def _agent(doc: Doc, start: int, end: int, finite: int) -> tuple[int, int] | None:
    """In a passive clause the speaker is the `von` phrase, if any: the subject is what was said
    or whom it was said to (`Dem Minister wurde vorgeworfen`); not an attribute of the subject
    before the verb (`Die Speicherung von Fingerabdrücken war begründet worden`)."""
    found = []
    for k in range(start, end - 1):
        if doc[k].lower_ in {"von", "vom"} and not (start < k < finite and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha):
            phrase = np_after(doc, k + 1, end)
            if phrase is not None and phrase[0] == k + 1:
                found.append((k, phrase))
    for k, phrase in found:
        after_noun = doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and k - 1 > finite
        inner = next((p for j, p in found if phrase[0] < j < phrase[1]), None)
        if after_noun and inner is not None:
            return inner  # `wird die Gefahr von Waldbränden vom Wetterdienst eingestuft`: the noun's attribute, then the agent
    return found[0][1] if found else None


def passive_finite(doc: Doc, s_start: int, verb: int, s_end: int, quote_start: int) -> int | None:
    """The finite verb of a passive cue at `verb` (`wurde … als „…“ bezeichnet`), whose subject is
    what was said or whom it was said of; None if the cue is active or `zitieren` (`wird …
    zitiert` names the one quoted). A quotation before the participle is inside the clause."""
    finite = finite_verb(doc, s_start, min(verb, quote_start))
    return finite if lemma(doc[verb].text) != "zitieren" and _passive(doc, finite, s_end) else None


def _quoted_medium(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A paper named in quotation marks after `im` or `in der`: `im „Standard“`."""
    for k in range(start, end - 2):
        if doc[k].lower_ not in {"im", "in"}:
            continue
        mark = k + 2 if doc[k].lower_ == "in" and doc[k + 1].lower_ == "der" else k + 1
        if doc[mark].text in OPENING_MARKS:
            close = next((j for j in range(mark + 1, min(end, mark + 6)) if doc[j].text in CLOSING_MARKS), None)
            if close is not None and doc[mark + 1].text[:1].isupper():
                return (mark, close + 1)
    return None


def _source_first(doc: Doc, start: int, finite: int) -> tuple[int, int] | None:
    """A clause without a subject names its source first: `Von den Behörden wird angenommen`,
    `In einer Pressemitteilung heißt es`, `In dem Bericht steht`, also with a relative clause on
    it (`In der Resolution, die der Sicherheitsrat annahm, heißt es`)."""
    if doc[start].lower_ not in {"von", "vom", "in", "im", "aus", "auf", "bei", "beim"}:
        return None
    phrase = np_after(doc, start + 1, finite)
    head = next((doc[k] for k in range(*phrase) if doc[k].text[:1].isupper()), None) if phrase is not None else None
    related = phrase is not None and doc[phrase[1]].text == "," and relative_clause(doc, phrase[1] + 1, finite)
    if phrase is None or phrase[1] != finite and not related or head is not None and head.lower_ in TIMES:
        return None  # not `Im März war … erklärt worden`
    return phrase


def subject_before(doc: Doc, start: int, verb: int) -> tuple[int, int] | None:
    """The prefield [start, verb) if it is a subject, else None (an adverbial is there)."""
    while start < verb and (doc[start].lower_ in CONJUNCTIONS or doc[start].is_punct and doc[start].text not in OPENING_MARKS):
        start += 1  # but a quoted name keeps its marks: `„Muslix64“ erwähnte`
    if start >= verb:
        return None
    if verb - start >= 2 and doc[start].lower_ == "des" and doc[start + 1].lower_ == "weiteren":
        return None  # `Des Weiteren verwies Steinbrück darauf`
    if doc[start].lower_ in _FOCUS and start + 1 < verb and not doc[start + 1].is_punct:
        start += 1  # `Auch die Ministerin sagte`
    first = doc[start]
    if first.lower_ in SUBORDINATORS or first.lower_ in OBJECT_DETERMINERS:
        return None
    if first.lower_ in PREPOSITIONS:
        return (start, verb) if _name_particle(doc, start, verb) else None  # `Von der Leyen sagte`
    if first.lower_ in ADVERBS and first.text not in PRONOUNS:
        return None
    if verb - start == 1 and is_adverb(first) or _adverbial_word(first):
        return None
    timed = first.lower_ in _TIME_POINTS and start + 1 < verb and doc[start + 1].lower_ in TIMES
    if timed and (verb - start == 2 or verb - start == 3 and doc[start + 2].like_num):
        return None  # `Ende Januar verkündete der Verband`: when, the subject follows the verb
    colon = next((k for k in range(start, min(verb, start + 4)) if doc[k].text == ":"), None)
    if colon is not None:
        start = colon + 1  # a heading: `Arbeitswelt: Die SPD fordert …`
    end = verb
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in _KEEP or doc[end - 1].is_space):
        end -= 1
    if any(doc[k].lower_ in {"dass", "ob", "weil", "wenn", "nachdem"} for k in range(start, end)):
        return None
    if doc[verb - 1].text == "," and end - start <= _MAX_NP + 6:
        for comma in (k for k in range(start, verb - 1) if doc[k].text == ","):
            if comma + 2 < verb and doc[comma + 1].lower_ in _RELATIVE and not article_before_noun(doc, comma + 1, verb):
                return (start, comma)  # `Klose, der Gelb-Rot sah, nannte`; `Meier, der Sprecher, sagte` stays whole
        return (start, end)  # apposition: `Der Innenminister Frankreichs, Nicolas Sarkozy, sagte`
    phrase = np_after(doc, start, end)
    if phrase is not None and phrase[1] < end and doc[phrase[1]].lower_ in PREPOSITIONS:
        rest = np_after(doc, phrase[1] + 1, end)
        if rest is not None and rest[1] == end:
            return (phrase[0], end)  # the whole first position: `Die Sonderkommission in Anklam`
    return phrase


_TIME_POINTS = {"anfang", "mitte", "ende"}  # of a month: `Ende Januar`


def _adverbial_word(token: Token) -> bool:
    """`Relativierend`, `Letztlich`, `Aktuell`, `Passend zu …`: a capitalised adverb or
    participle opening a sentence, which German writes in the same place as a subject."""
    low = token.lower_
    lexicon = name_lexicon()
    if not token.text[:1].isupper() or token.text in lexicon.surnames:
        return False
    if low.endswith("end") and token.text not in lexicon.nouns:
        return True  # `Lachend`, though the lemmatiser makes it the noun `Lachen`; not `Abend`, `Jugend`
    if lexicon.is_common_noun(token.text):
        return False
    return low.endswith(("lich", "ell", "weise", "mals", "falls")) or low in {"erstens", "zweitens", "drittens"}


def _name_particle(doc: Doc, start: int, verb: int) -> bool:
    """`Von der Leyen sagte`: a name that begins with a preposition-like particle."""
    words = [t.text for t in doc[start:verb]]
    if not 2 <= len(words) <= 4 or words[0] not in {"Von", "Van", "De", "Zu"} or not words[-1][:1].isupper():
        return False
    return words[1][:1].isupper() or words[1] in {"der", "den"}  # `Zu Guttenberg`, `Von der Leyen`, not `Zu dem Skandal`


def finite_form(token: Token) -> bool:
    """A finite verb by its form: an auxiliary (`ist`, `werden`) or an inflected form (`leitet`, `hatte`)."""
    return token.lower_ in AUXILIARIES or inflected_verb(token.text)


def is_adverb(token: Token) -> bool:
    """A capitalised sentence-initial word that is an adverb, not a name: `Damit`, `Derzeit`.
    The lemmatiser lower-cases function words and keeps names and nouns capitalised."""
    low = token.lower_
    if token.text in PRONOUNS or low in PRONOUNS or low in DETERMINERS or token.text in FAMILY_FIRST or small_camel_name(token.text):
        return False  # `Hu sagte`, `eBay teilte mit`, though the lemmatiser writes `hu` small
    base = lemma_cased(token.text)
    return base[:1].islower() and (base == low or not base.endswith("en"))  # `Gall` is no form of `gallen` here


_ASKING = ("welche", "wem", "wen", "was")  # after a preposition, an indirect question: `Um welches …`, `Mit wem …`


def _participle_first(doc: Doc, k: int, end: int) -> bool:
    """Whether word k, after an adverb, is a participle with it (`Sichtlich bewegt`), a finite
    verb and a capitalised subject following: `Sichtlich bewegt nahm Kapanadze den Preis`."""
    return (
        k + 2 < end
        and doc[k].is_lower
        and doc[k].lower_.endswith(("t", "en"))
        and doc[k + 1].is_lower
        and inflected_verb(doc[k + 1].text)
        and doc[k + 2].text[:1].isupper()
        and doc[k + 2].is_alpha
    )


def v2_verb(doc: Doc, start: int, end: int) -> int | None:
    """The finite verb of a main clause: the word after its first constituent (an adverb, a
    prepositional phrase or a noun phrase), if that word looks like a verb."""
    while start < end and (doc[start].lower_ in CONJUNCTIONS or doc[start].is_punct or doc[start].is_space):
        start += 1
    if start + 2 < end and doc[start + 1].text == ":" and doc[start].is_alpha and doc[start].text[0].isupper():
        start += 2  # a heading run into its paragraph: `Europapolitik: Die SPD will …`
    if start >= end:
        return None
    first = doc[start]
    if first.lower_ in SUBORDINATORS:
        return None
    if first.lower_ in _FOCUS and start + 1 < end and doc[start + 1].lower_ in PREPOSITIONS:
        start += 1  # `Erst im Januar schied er …`: the particle belongs to the phrase
        first = doc[start]
    focus = first.lower_ in _FOCUS and start + 1 < end and (
        doc[start + 1].lower_ in DETERMINERS or start + 2 < end and _adjective(doc[start + 1]) and doc[start + 2].text[:1].isupper()
    )  # `Auch die Ministerin`, `Auch weitere Staatsrepräsentanten`
    counted = np_after(doc, start, end) if first.like_num and not _YEAR.match(first.text) else None
    if counted is not None:
        verb = counted[1]  # `300 ehemalige Abgeordnete einigten sich`
    elif first.like_num and start + 1 < end and doc[start + 1].is_alpha:
        verb = start + 1  # a year first: `1997 wurde er …`
    elif first.lower_ in PREPOSITIONS and start + 1 < end and doc[start + 1].lower_.startswith(_ASKING):
        comma = next((k for k in range(start + 2, min(end - 1, start + 15)) if doc[k].text == ","), None)
        verb = comma + 1 if comma is not None else None  # `Um welches Unternehmen es sich handelt, wollte Mundt nicht sagen`: a question first
    elif first.lower_ in PREPOSITIONS:
        phrase = np_after(doc, start + 1, end)
        opens = start + 2 if start + 1 < end and doc[start + 1].lower_ == "all" else start + 1  # `Für all diese …`
        verb = phrase[1] if phrase is not None and phrase[0] == opens else None
        if start + 2 < end and doc[start + 1].like_num and (phrase is None or doc[start + 2].text[:1].islower()):
            verb = start + 2  # `Ab 1980 war er …`
            if verb + 1 < end and doc[verb].lower_ in {"und", "bis"} and doc[verb + 1].like_num:
                verb += 2  # `Zwischen 1973 und 1976 studierte sie …`
        if verb is not None and verb + 1 < end and doc[verb].like_num:
            verb += 1  # `Im März 2002 trat er …`
    elif not focus and (first.lower_ in ADVERBS and first.text not in PRONOUNS or (
        is_adverb(first) and first.lower_ not in _FOCUS and not (start + 1 < end and doc[start + 1].text[:1].isupper())
    )):  # an adverb first, but `Jegliche Mitverantwortung …` and `Auch der Minister …` begin a noun phrase
        verb = start + 1
        if _participle_first(doc, verb, end):
            verb += 1  # `Sichtlich bewegt nahm Kapanadze …`: the adverb's participle is part of the first position
    else:
        phrase = np_after(doc, start + 1 if first.lower_ in _FOCUS else start, end)
        verb = phrase[1] if phrase is not None else None
    if verb is not None and verb < end and doc[verb].text in OPENING_MARKS:
        close = next((k for k in range(verb + 1, end) if doc[k].text in CLOSING_MARKS), None)
        verb = close + 1 if close is not None else None  # `Mit den Worten „…“ kommentierte er`
    if verb is not None and verb + 1 < end and doc[verb].lower_ in _PRONOMINAL_ADVERBS:
        verb += 1  # `Die Verbitterung darüber kann …`
    for _ in range(3):  # an attached phrase: `Die Entwicklung im Iran verglich …`, `Erstmals seit 2001 sei …`
        if verb is not None and verb + 1 < end and doc[verb].lower_ in {"zusammen", "gemeinsam"} and doc[verb + 1].lower_ == "mit":
            verb += 1  # `Nach dem Flug zusammen mit seinen Kollegen lenkte er …`
        if verb is None or verb >= end or doc[verb].lower_ not in PREPOSITIONS and doc[verb].lower_ != "als":
            break  # also `Nach seiner Zeit als Militärflieger wurde er …`
        attached = np_after(doc, verb + 1, end)
        if attached is None and verb + 2 < end and doc[verb + 1].like_num:
            span = 3 if verb + 4 < end and doc[verb + 2].lower_ in {"und", "bis"} and doc[verb + 3].like_num else 1
            attached = (verb + 1, verb + 1 + span)  # `seit 2001`, `zwischen 1997 und 2005`
        verb = _apposition(doc, attached[1], end) if attached is not None and attached[0] == verb + 1 else None
        if verb is not None and verb + 1 < end and doc[verb].like_num:
            verb += 1  # `Erst im Januar 2009 schied er …`
    if verb is not None and verb + 1 < end and doc[verb].text == "," and doc[verb + 1].lower_ in _RELATIVE and not article_before_noun(doc, verb + 1, end):
        close = next((k for k in range(verb + 2, min(end, verb + 20)) if doc[k].text == ","), None)
        verb = close + 1 if close is not None and close + 1 < end else None  # `Der Ermittler, der als Zeuge gilt, will …`
    elif verb is not None and verb + 1 < end and doc[verb].text == "," and doc[verb - 1].text != ",":
        close = _infinitive_clause(doc, verb, end)
        verb = close + 1 if close is not None else verb + 1  # after an apposition: `Der Leiter der Studie, Paulo Pinheiro, sieht …`
    if verb is None or verb >= end:
        return None
    word = doc[verb]
    if not word.is_alpha or not word.text[0].islower() or word.lower_ in DETERMINERS or word.lower_ in PREPOSITIONS or word.lower_ in {"und", "sowie", "oder"}:
        return None
    return verb


def _infinitive_clause(doc: Doc, comma: int, end: int) -> int | None:
    """The closing comma of an infinitive clause that opens at `comma`: `Das Angebot, Verwundete
    behandeln zu lassen, lehnt er ab`, `…, einzureisen, …`."""
    close = next((k for k in range(comma + 2, min(end - 1, comma + 20)) if doc[k].text == ","), None)
    if close is None:
        return None
    last = doc[close - 1].lower_
    return close if doc[close - 2].lower_ == "zu" or "zu" in last[2:-2] and last.endswith("en") else None


def speaks(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether a phrase names someone who can speak: a personal pronoun, a name, or a person
    or institution noun (`der Verfasser`, `die Bundesregierung`), not `es`, `man`, an
    abstract noun or an object leading the clause."""
    first = doc[span[0]]
    if first.lower_ in NOT_SPEAKERS or first.lower_ in OBJECT_DETERMINERS or is_abstract(doc, span):
        return False
    if span[1] - span[0] == 1 and first.lower_ in {"er", "sie"}:
        return True
    lexicon = name_lexicon()
    for t in doc[span[0] : span[1]]:
        if web_address(t) or AGE_NOUN.match(t.text):
            return True  # `zitiert ndr.de den Polizeisprecher`, `Die 36-Jährige`
        hyphenated = "-" in t.text and t.text.replace("-", "").isalpha()  # `Welt-Online`, by its last part
        if not (t.is_alpha or hyphenated) or not t.text[:1].isupper() or t.lower_ in DETERMINERS:
            continue
        if hyphenated:
            last = t.text.rsplit("-", 1)[-1]
            if last[:1].isupper() and (not lexicon.is_noun_or_compound(last) or person_noun(last)) and not lexicon.is_place(last):
                return True
            continue
        if t.i == span[0] == t.sent.start and (lemma_cased(t.text)[:1].islower() or t.lower_.endswith("end")):
            continue  # `Relativierend fügt …`: a sentence-initial adverb or participle, not a name
        if lexicon.is_place(t.text):
            continue
        if ABBREVIATION.match(t.text):
            return True  # `die SPD`, though the noun list holds it
        if t.text in lexicon.first_names or t.text in lexicon.surnames or not lexicon.is_noun_or_compound(t.text):
            return True
        if person_noun(t.text) or _proper_adjective(doc, t, span):
            return True
    return False


def _after_first_names(doc: Doc) -> set[str]:
    """The words a text writes right after a first name (`Frank-Jürgen Weise`): surnames, even
    where they are words too (`Weise sagte`); found once per text."""
    if doc._.zitat_after_first_names is None:
        first_names = name_lexicon().first_names
        texts = [t.text for t in doc]
        doc._.zitat_after_first_names = {
            word for before, word in pairwise(texts) if before[:1].isupper() and all(part in first_names for part in before.split("-"))
        }
    return doc._.zitat_after_first_names


def _proper_adjective(doc: Doc, t: Token, span: tuple[int, int]) -> bool:
    """A capitalised adjective between an article and a noun, which only a name has: `Die
    Deutsche Welle`, `die Neue Zürcher Zeitung`, `das Rote Kreuz`."""
    inside = span[0] < t.i and t.i + 1 < span[1]
    return inside and doc[t.i - 1].lower_ in DETERMINERS and doc[t.i + 1].text[:1].isupper() and t.lower_.endswith(("e", "en"))


def named_subject_before(doc: Doc, sent: Span, since: Span | None) -> tuple[int, int] | None:
    """The subject of the sentence right before `sent` when it is someone named (or described:
    `der Trainer`), that sentence quotes nothing and it comes after `since` (the last
    statement's sentence): an unframed quotation after `Sadiq Khan, eines der
    Parlamentsmitglieder, verurteilte die Haltung der Regierung.` is his, not the speaker of
    some earlier statement."""
    k = sent.start - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    if k < 0:
        return None
    before = doc[k].sent
    if since is not None and before.start <= since.start:
        return None
    if any(t.text in OPENING_MARKS or t.text in CLOSING_MARKS for t in before):
        return None
    verb = v2_verb(doc, before.start, before.end)
    subject = subject_of(doc, before.start, verb, before.end) if verb is not None else None
    if subject is None or not speaks(doc, subject):
        return None
    head = doc[subject[1] - 1].text
    described = doc[subject[0]].lower_ in {"der", "die"} and person_noun(head) and not institution_noun(head)  # `Der Trainer war zufrieden.`
    # an organisation's short name counts, though the noun lexicon lists it like a word: `Die SPD`
    named = any(personal_name(t) or ABBREVIATION.match(t.text) and not name_lexicon().is_place(t.text) for t in doc[subject[0] : subject[1]])
    if not described and not named:
        return None
    return subject


def personal_name(t: Token) -> bool:
    """A name in the lexicon's lists, or a capitalised word it knows as no noun, place or
    inflected adjective (`Sadiq`, `Khan`)."""
    if not t.is_alpha or not t.text[:1].isupper() or t.lower_ in DETERMINERS:
        return False
    lexicon = name_lexicon()
    if t.text in lexicon.surnames or t.text in lexicon.first_names:
        return True
    return not lexicon.is_noun_or_compound(t.text) and not lexicon.is_place(t.text) and lemma_cased(t.text)[:1].isupper()


def speaks_as_object(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether an object phrase names someone who can speak: its article does not keep it from
    being a person (`zitierte den Minister`, `für den Theologen`), as it would in `speaks`."""
    start = span[0] + 1 if doc[span[0]].lower_ in DETERMINERS and span[1] - span[0] > 1 else span[0]
    return speaks(doc, (start, span[1]))


def clause_subject(doc: Doc, s_start: int, s_end: int, skip: set[int], said: bool = False) -> tuple[int, int] | None:
    """The subject of the main clause of a sentence, if it can speak and lies outside `skip`;
    where the sentence `said` it speaks (`nach eigenen Angaben`), any subject but `es` and `man`
    (`Der Landkreis Holzminden`, `Die Eisbären`)."""
    verb = v2_verb(doc, s_start, s_end)
    if verb is None or verb in skip:
        return None
    subject = subject_of(doc, s_start, verb, s_end)
    if subject is None or any(k in skip for k in range(*subject)):
        return None
    if said and doc[subject[0]].lower_ not in NOT_SPEAKERS or speaks(doc, subject):
        return subject
    return None


def finite_verb(doc: Doc, start: int, cue: int) -> int:
    start = next((k for k in range(cue - 1, start, -1) if doc[k].text in {",", ";"}), start)  # the cue's own clause
    if preterite(doc[cue]) and cue > start and doc[cue - 1].lower_ in AUXILIARIES:
        return cue  # `Nachdem … eröffnet worden war sagte er`: the comma is missing, the cue is finite
    for k in range(start + 1, cue):
        if doc[k].lower_ in AUXILIARIES and doc[k + 1].text != ",":
            return k  # an auxiliary before a comma ends a subordinate clause: `Im Brief, den X geschickt hat, erklärt er`
    return cue


def preterite(token: Token) -> bool:
    """`sagte`, `erklärten`: a finite past form, which takes no auxiliary (`hat gesagt`)."""
    return token.lower_.endswith(("te", "ten")) and not token.lower_.startswith("ge")


def relative_clause(doc: Doc, k: int, end: int) -> bool:
    """Whether a relative clause begins at k: `dessen Behörde …`, `der im Ort lebt`."""
    word = doc[k].lower_
    return word in {"dessen", "deren", "welche", "welcher", "welches", "wo"} or word in {"der", "die", "das"} and not article_before_noun(doc, k, end)

