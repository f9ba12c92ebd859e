"""Find the cue and speaker around a quotation, in the words of its sentence.

No German parser installs here, so the rules read German clause structure from closed word
classes: V2 order puts the subject either before the finite verb (`Der Minister sagte: …`)
or right after it when an adverbial fills the first position (`Dazu sagte der Minister: …`,
`„…“, sagte er.`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from zitat.lexicon.cues import CUE_VERBS, PARTICLES, SO_CUES, cue_medium, lemma, lemma_cased
from zitat.lexicon.mood import is_subjunctive
from zitat.lexicon.names import NameLexicon, institution_noun, name_lexicon, person_noun
from zitat.lexicon.words import (
    ABBREVIATION,
    ADVERBS,
    ANAPHORS,
    ARTICLES,
    AUXILIARIES,
    COMPLEMENTIZERS,
    CONJUNCTIONS,
    DETERMINERS,
    NUMBER_WORDS,
    OBJECT_DETERMINERS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    SOURCE_NOUNS,
    SUBORDINATORS,
    TIMES,
)

_MAX_NP = 12
AGE_NOUN = re.compile(r"^\d+-[jJ]ährige[rn]?$")  # `der 81-Jährige`
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.(de|com|org|net|at|ch|eu|info|fr|uk)$")
_NOT_SPEAKERS = {"es", "man"}
PASSIVE = {"wird", "wurde", "werden", "wurden"}
_PRONOMINAL_ADVERBS = {"darüber", "dazu", "davon", "daran", "darauf", "dafür", "dagegen", "damit", "darum", "dabei", "hierzu"}
_KEEP = {")", "“", "«", "”", '"'}
_CORRELATES = {"darauf", "davor", "dazu", "darüber", "daran", "daraufhin", "davon", "dafür"}
OPENING_MARKS = {"„", "»", "“", '"'}
CLOSING_MARKS = {"“", "«", "”", '"'}
_RELATIVE = {"der", "die", "das", "welcher", "welche", "welches", "dem", "den", "dessen", "deren"}
_GENITIVE = {"des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer", "dieses", "dieser", "unseres"}
_OBJECT_PRONOUNS = {"ihn", "ihm", "ihnen", "sich", "uns", "mich", "mir", "dich", "dir", "euch"}
_SUBJECT_PRONOUNS = {"er", "sie", "wir", "ich", "Sie"}
_NOW = {"heute", "gestern", "jetzt", "nun", "damals", "zuletzt", "bereits", "außerdem"}
_PLACE_ATTRIBUTES = {"aus", "im", "in"}
_NP_INNER = {"von", "vom", "und", "-", "&", "der", "des", "de", "van", "al", "bin", "el", "du", "of", "la", "del"}
# Focus particles bind to the phrase after them: `Auch die Ministerin sagte`.
_FOCUS = {"auch", "selbst", "sogar", "nur", "gerade", "besonders", "ebenfalls", "erst"}
# Heads of abstract nouns, which do not speak: `Die Anwendung … stellte der Vorsitzende in Frage`.
# Abstract by their ending, yet groups of people: `die Hausverwaltung`, `die Militärführung`.
_LEADERSHIPS = ("verwaltung", "führung", "leitung", "mission", "resolution")
_ABSTRACT = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "ion", "ionen", "tät", "täten", "nis", "nisse", "ismus",
    "sicht", "weise",
)


@dataclass
class Frame:
    """What the sentence around a quote says about it: token index ranges into the doc."""

    cue: list[tuple[int, int]]
    speaker: tuple[int, int] | None
    frame: tuple[int, int] | None
    medium: str | None
    pattern: str


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
    if first.lower_ in _NOT_SPEAKERS:
        return None  # `heißt es`, `man sagt`: the speaker is elsewhere or nobody
    nxt = doc[i + 1] if i + 1 < end else None
    article = first.lower_ in DETERMINERS and nxt is not None and (nxt.text[:1].isupper() or _adjective_like(nxt))
    if (first.text in PRONOUNS or first.lower_ in {"er", "sie"}) and not article:
        return (i, i + 1)  # but `dieser Einschätzung` is a noun phrase
    if first.lower_ in PRONOUNS and (nxt is None or nxt.text[:1].islower() or nxt.is_punct):
        return (i, i + 1)  # a demonstrative on its own: `Dieser behaupte`, `Diese besagt`
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
            continue
        named = seen_noun or all(doc[k].lower_ in ARTICLES for k in range(i, j))  # `die „Computerwoche“`
        if t.text in OPENING_MARKS and named and j + 1 < end and doc[j + 1].text[:1].isupper():
            close = next((k for k in range(j + 1, min(end, j + 8)) if doc[k].text in CLOSING_MARKS), None)
            if close is None:
                break
            if not seen_noun:
                return (i, close + 1)  # `die „Computerwoche“`
            j = close + 1  # a quoted name: `die Organisation „Obraz“`
            continue
        if t.lower_ in {"und", "sowie"} and j + 1 < end and doc[j + 1].text[:1].islower() and (
            doc[j + 1].lower_ in AUXILIARIES or lemma(doc[j + 1].text) != doc[j + 1].lower_ and lemma(doc[j + 1].text).endswith(("en", "ern", "eln"))
        ):
            break  # a second verb of the subject: `schrieben die Hacker und kündigten … an`
        if t.text == "/" and seen_noun and j + 1 < end and doc[j + 1].text[:1].isupper():
            j += 2  # `Bündnis 90/Die Grünen`
            continue
        if t.is_punct and t.text not in {"-", "&"}:
            break
        if AGE_NOUN.match(t.text):
            seen_noun = True  # `der 81-Jährige`
            j += 1
            continue
        if t.like_num or t.lower_ in NUMBER_WORDS:
            inside_name = t.text.isdigit() and j + 1 < end and all(
                w.text[:1].isupper() and not name_lexicon().is_noun_or_compound(w.text) for w in (doc[j - 1], doc[j + 1])
            )  # `Bayer 04 Leverkusen`, not `Angaben 62 Personen`
            if seen_noun and doc[j - 1].lower_ not in _GENITIVE and not (j + 1 < end and doc[j + 1].text == "/") and not inside_name:
                break  # but `Einer der 13 beteiligten Feuerwehrmänner` and `Bündnis 90/Die Grünen` go on
            j += 1
            continue
        # `für` inside a name of an office: `Chef der Bundesagentur für Arbeit`, `Fachstelle für Suchtvorbeugung`
        if t.lower_ == "für" and seen_noun and j + 1 < end and doc[j + 1].text[:1].isupper():
            j += 1
            continue
        if seen_noun and t.lower_ in _PLACE_ATTRIBUTES:
            stop = _place_attribute(doc, j, end)
            if stop is not None:
                j = stop
                continue
        if t.is_space or t.lower_ in PREPOSITIONS and t.lower_ not in {"von", "vom"}:
            break
        if seen_noun and t.text[:1].isupper() and t.lower_.endswith("es") and lemma_cased(t.text)[:1].islower():
            break  # an adjective made a noun is an object: `hatte Steinbrück Positives zu vermelden`
        if seen_noun and t.lower_ in DETERMINERS and (t.lower_ not in _GENITIVE or _name_ends(doc, j)):
            break  # a new phrase (an object) begins: `der Präsident seine Position`, `des BMI der Verbesserung`
        lowered = not _capital(t.text)
        if lowered and t.lower_ not in DETERMINERS and t.lower_ not in _GENITIVE and t.lower_ not in _NP_INNER:  # `Angaben seines Impresarios`
            after_article = j > i and (
                doc[j - 1].lower_ in DETERMINERS
                or doc[j - 1].lower_ in {"von", "vom"}
                or doc[j - 1].text[0].islower()
                or doc[j - 1].like_num
            )
            genitive = t.lower_.endswith("er") and j + 1 < end and doc[j + 1].text[:1].isupper()
            if not _adjective(t) or seen_noun and not after_article and not genitive:
                break  # `Berichten verschiedener Medien` continues; `der Präsident sagte` does not
        seen_noun = seen_noun or not lowered
        j += 1
    while j > i and (doc[j - 1].lower_ in _NP_INNER or doc[j - 1].lower_ in DETERMINERS):
        j -= 1
    if j == i or not any(_capital(doc[k].text) for k in range(i, j)):
        return None
    return (i, _apposition(doc, j, end))


def _name_ends(doc: Doc, j: int) -> bool:
    """A name before j takes no genitive after it: an abbreviation (`des BMI der Verbesserung`)
    or a first name and surname (`sagte Thomas Merkel der Zeitung`: whom he told)."""
    before = doc[j - 1].text
    if before.isupper() and len(before) > 1:
        return True
    first = doc[j - 2] if j >= 2 else None
    return (
        first is not None
        and first.text in name_lexicon().first_names
        and first.lower_ not in PREPOSITIONS
        and first.lower_ not in DETERMINERS  # `Am Rande der Sitzung`: `Am` is a first name too
        and before[:1].isupper()
        and before.isalpha()
    )


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


def _place_attribute(doc: Doc, j: int, end: int) -> int | None:
    """Where a person is from or serves belongs to the phrase: `ein Reporter des Senders Sky
    News aus Leicestershire`, and `im Irak` or `im Bundestag` before the name in apposition
    (`die Sprecherin der Unionsfraktion im Bundestag, Annette Widmann-Mauz`); `sagte der
    Minister in Berlin` is where he said it."""
    lexicon = name_lexicon()
    if doc[j].lower_ == "aus":
        k = j + 1
        while k < min(end, j + 4) and doc[k].text[:1].isupper() and _place_name(lexicon, doc[k].text):
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


def _place_name(lexicon: NameLexicon, word: str) -> bool:
    """`Khartum`, `Leicestershire`, but not `Sicherheitsgründen`."""
    return lexicon.is_place(word) or not lexicon.is_common_noun(word) and not (word.endswith("en") and lexicon.is_noun_or_compound(word))


def _capital(word: str) -> bool:
    """A capitalised word, or a compound whose last part is: `documenta-Homepage`."""
    return word[:1].isupper() or "-" in word and word.rsplit("-", 1)[-1][:1].isupper()


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
    stop = inner[1]
    if stop >= end:  # the phrase runs up to the bound: closed, unless a quotation opens there
        return j if end < len(doc) and doc[end].text in OPENING_MARKS else stop
    if doc[stop].text in {",", ".", ":", ";", "–"}:
        return stop
    if doc[stop].lower_ in PREPOSITIONS:  # `Senator Dodd, Vorsitzender des Bankenausschusses im Senat, …`
        close = next((k for k in range(stop + 1, min(end, stop + 7)) if doc[k].text in {",", ":"}), None)
        if close is not None and all(t.text[:1].isupper() or t.lower_ in DETERMINERS or t.lower_ in PREPOSITIONS for t in doc[stop + 1 : close]):
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
        and (nxt.text[:1].isupper() or _adjective_like(nxt))
    )


def _adjective_like(t: Token) -> bool:
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
        if any(lemma(doc[k].text) == "zitieren" for k in range(finite + 1, min(end, finite + 15))):
            quoted = subject_before(doc, start, finite) or np_after(doc, finite + 1, end)
            if quoted is not None and speaks(doc, quoted):
                return quoted  # `In der Meldung wird Musk wie folgt zitiert`: the one quoted speaks
        return _agent(doc, start, end, finite) or _source_first(doc, start, finite)
    before = subject_before(doc, start, finite)
    behind = np_after(doc, after, end)
    if lemma(doc[finite].text) == "zitieren" and before is not None and behind is not None and speaks(doc, behind):
        return behind  # `Ein Fernsehsender zitierte Papandreou mit den Worten`: the quoted one speaks
    if before is not None and behind is not None and _abstract(doc, before) and speaks(doc, behind):
        return behind  # `Die Anwendung … stellte der SPD-Vorsitzende in Frage`
    if before is not None and behind is not None and _oblique(doc, before) and speaks(doc, behind):
        return behind  # `Der englisch-sprachigen Zeitung sagte Filep Karma`: a dative first
    if before is not None and behind is not None and _thing_first(doc, before, behind):
        return behind  # `Die niedrigste Strafe erhielt der Deutschtürke Atilla Selek`
    before, behind = (None if p is None or _mute(doc, p) else p for p in (before, behind))
    return before or behind or _source_first(doc, start, finite)  # `bezeichnet ihre Investition als`: no speaker


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


def quoting_parties(
    doc: Doc, cue: list[tuple[int, int]], speaker: tuple[int, int], start: int, end: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(medium, quoted) when a cue is `zitieren` and the frame names both, one of them `speaker`:
    `Der Spiegel zitiert den Prediger`, `zitiert die „Computerwoche“ Lynch`, `wird von der
    „Netzeitung“ zitiert`, `wird im Fachblatt X zitiert`. News reports the medium's statement,
    which holds the quoted one's."""
    verb = next((k for a, b in cue for k in range(a, b) if lemma(doc[k].text) == "zitieren"), None)
    if verb is None:
        return None
    other = _quoting_medium(doc, verb, speaker, start, end)
    if other is None:
        return None
    if speaker[1] <= verb < other[0] and doc[other[0] - 1].lower_ not in {"von", "vom", "in", "im"}:
        return speaker, other  # `Der Spiegel zitiert den Prediger`: the subject quotes the object
    return other, speaker


def _quoting_medium(doc: Doc, verb: int, speaker: tuple[int, int], start: int, end: int) -> tuple[int, int] | None:
    """The other party of `zitieren` than `speaker`: a `von`/`in` phrase, the phrase right after
    the verb, or the subject before it, if it can speak or is a quoted name."""

    def other(phrase: tuple[int, int] | None, texts: bool = False) -> tuple[int, int] | None:
        if phrase is None or phrase[0] < speaker[1] and speaker[0] < phrase[1]:
            return None
        quoted = any(doc[k].text in OPENING_MARKS for k in range(*phrase))  # `die „Computerwoche“`
        issued = texts and any(doc[k].lower_.endswith(_QUOTING_TEXTS) for k in range(*phrase) if doc[k].text[:1].isupper())
        return phrase if quoted or issued or speaks_as_object(doc, phrase) else None

    def placed(texts: bool) -> tuple[int, int] | None:
        for k in range(start, end):  # the passive's agent or the place it was quoted in
            if doc[k].lower_ in {"von", "vom", "in", "im"} and k not in range(*speaker):
                found = other(np_after(doc, k + 1, end), texts)
                if found is not None and found[0] == k + 1:
                    return found
        return None

    found = placed(texts=False)
    if found is not None:
        return found
    after = np_after(doc, verb + 1, end)
    if after is not None and after[0] == verb + 1 and other(after) is not None:
        return after  # `zitiert die „Computerwoche“ Lynch`
    if verb > start:
        found = other(subject_before(doc, start, verb))  # `Ein Fernsehsender zitierte Papandreou`
        if found is not None:
            return found
    return placed(texts=True)  # no medium named: the text it is quoted in, `in einer Presseerklärung der Gewerkschaft`


# Texts a speaker is quoted in, which the data counts as quoting him: `wird in einer
# Presseerklärung der Gewerkschaft mit den Worten zitiert`.
_QUOTING_TEXTS = ("presseerklärung", "pressemitteilung", "erklärung", "mitteilung", "stellungnahme", "interview", "artikel", "bericht", "meldung", "seite")


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
    if finite > s_start and doc[finite - 1].text == "," and not _appositive_prefield(doc, s_start, finite - 1):
        behind = np_after(doc, finite + 1, end)
        if behind is not None and behind[0] == finite + 1 and speaks(doc, behind):
            return behind  # the verb opens its clause, so its subject follows it
    if finite - 1 > s_start and doc[finite - 1].lower_ == "und":
        first = clause_subject(doc, s_start, finite - 1, set())
        if first is not None:
            return first  # a second verb of the same subject
    relative = _relative_subject(doc, s_start, finite)
    if relative is not None:
        return relative
    return subject_of(doc, _clause_start(doc, s_start, finite), finite, end)


def _appositive_prefield(doc: Doc, start: int, comma: int) -> bool:
    """`Der türkische Verkehrsminister, Binali Yildirim,` before the verb: a noun phrase and its
    apposition, each whole, so the comma closes the apposition, not a clause."""
    commas = [k for k in range(start, comma) if doc[k].text == ","]
    if len(commas) != 1:
        return False
    parts = ((start, commas[0]), (commas[0] + 1, comma))
    return all((phrase := np_after(doc, a, b)) is not None and phrase == (a, b) for a, b in parts)


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
    would need a main clause after it)."""
    if not article_before_noun(doc, comma + 1, finite) or v2_verb(doc, s_start, comma) is not None:
        return False
    name = np_after(doc, s_start, comma)
    if name is None or name != (s_start, comma) or not all(t.text[:1].isupper() for t in doc[s_start:comma]):
        return False
    after = finite + 1
    while after < len(doc) and doc[after].text not in {",", ":", ".", "„"} and not doc[after].is_space:
        after += 1
    return after < len(doc) and doc[after].text in {":", "„", "."}


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


def _abstract(doc: Doc, span: tuple[int, int]) -> bool:
    heads = [
        t
        for t in doc[span[0] : span[1]]
        if t.text[:1].isupper() and t.is_alpha and t.lower_ not in DETERMINERS and lemma_cased(t.text)[:1].isupper()
    ]  # `Jegliche Mitverantwortung`: the noun, not the capitalised first word
    head = heads[0] if heads and span[0] + 3 >= heads[0].i else None
    return head is not None and head.lower_.endswith(_ABSTRACT) and not person_noun(head.text)


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
    if not _abstract(doc, span):
        return False
    head = next(t for t in doc[span[0] : span[1]] if t.text[:1].isupper() and t.lower_ not in DETERMINERS)
    low = head.lower_.removesuffix("en")
    return (
        name_lexicon().is_noun_or_compound(head.text)  # not a name like `Leung`
        and not low.endswith(_LEADERSHIPS)
        and not person_noun(low)
        and not head.lower_.endswith(SOURCE_NOUNS)
    )


def _agent(doc: Doc, start: int, end: int, finite: int) -> tuple[int, int] | None:
    """In a passive clause the speaker is the `von` phrase, if any: the subject is what was said
    or whom it was said to (`Dem Minister wurde vorgeworfen`); not an attribute of the subject
    before the verb (`Die Speicherung von Fingerabdrücken war begründet worden`)."""
    for k in range(start, end - 1):
        if doc[k].lower_ in {"von", "vom"} and not (start < k < finite and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha):
            phrase = np_after(doc, k + 1, end)
            if phrase is not None and phrase[0] == k + 1:
                return phrase
    return None


def _source_first(doc: Doc, start: int, finite: int) -> tuple[int, int] | None:
    """A clause without a subject names its source first: `Von den Behörden wird angenommen`,
    `In einer Pressemitteilung heißt es`, `In dem Bericht steht`."""
    if doc[start].lower_ not in {"von", "vom", "in", "im", "aus", "auf", "bei", "beim"}:
        return None
    phrase = np_after(doc, start + 1, finite)
    head = next((doc[k] for k in range(*phrase) if doc[k].text[:1].isupper()), None) if phrase is not None else None
    if phrase is None or phrase[1] != finite or head is not None and head.lower_ in TIMES:
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
    if verb - start == 1 and _adverb(first) or _adverbial_word(first):
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
    if not token.text[:1].isupper() or token.text in name_lexicon().surnames or name_lexicon().is_common_noun(token.text):
        return False
    return low.endswith(("end", "lich", "ell", "weise", "mals", "falls")) or low in {"erstens", "zweitens", "drittens"}


def _name_particle(doc: Doc, start: int, verb: int) -> bool:
    """`Von der Leyen sagte`: a name that begins with a preposition-like particle."""
    words = [t.text for t in doc[start:verb]]
    if not 2 <= len(words) <= 4 or words[0] not in {"Von", "Van", "De", "Zu"} or not words[-1][:1].isupper():
        return False
    return words[1][:1].isupper() or words[1] in {"der", "den"}  # `Zu Guttenberg`, `Von der Leyen`, not `Zu dem Skandal`


def _adverb(token: Token) -> bool:
    """A capitalised sentence-initial word that is an adverb, not a name: `Damit`, `Derzeit`.
    The lemmatiser lower-cases function words and keeps names and nouns capitalised."""
    low = token.lower_
    if token.text in PRONOUNS or low in PRONOUNS or low in DETERMINERS:
        return False
    base = lemma_cased(token.text)
    return base[:1].islower() and (base == low or not base.endswith("en"))  # `Gall` is no form of `gallen` here


def _particle_after(doc: Doc, verb: int, end: int) -> int | None:
    """A split verb particle closing the clause: `teilte … mit:`, `fügte er hinzu.`, also right
    after a quoted word in the clause (`wies die Vorwürfe als „haltlos“ zurück`)."""
    for k in range(verb + 1, min(end, verb + 12)):
        t = doc[k]
        if not t.is_punct:
            continue
        if t.text == "(" and _party_bracket(doc, k, end) or t.text == ")" and _party_bracket(doc, k - 2, end):
            continue  # `warf dem Minister Schäuble (CDU) vor`
        prev = doc[k - 1]
        if prev.lower_ in PARTICLES and prev.i > verb and not _article_before_quote(doc, prev.i):
            return prev.i
        if t.text in OPENING_MARKS:
            close = next((j for j in range(k + 1, min(end, k + 6)) if doc[j].text in CLOSING_MARKS), None)
            closing = close is not None and close + 2 < end and doc[close + 2].is_punct  # not `zitiert „BBC“ aus ihrer …`
            if closing and doc[close + 1].lower_ in PARTICLES:
                return close + 1
        return None
    last = doc[end - 1] if end > verb + 1 else None
    return last.i if last is not None and last.lower_ in PARTICLES and not _article_before_quote(doc, last.i) else None


def _party_bracket(doc: Doc, k: int, end: int) -> bool:
    """Whether token k opens a bracket holding one abbreviation: `(CDU)`, `(SPD)`."""
    return k >= 0 and k + 2 < end and doc[k].text == "(" and doc[k + 2].text == ")" and bool(ABBREVIATION.match(doc[k + 1].text))


def _article_before_quote(doc: Doc, k: int) -> bool:
    """`bezeichnete ihn als ein „…“`: `ein` is the quotation's article, not the verb's particle."""
    return doc[k].lower_ == "ein" and k + 1 < len(doc) and doc[k + 1].text in OPENING_MARKS


_VERB_CHANGING = {"statt", "heraus", "teil", "fest", "ab", "auf", "vor", "zurück"}  # particles that make another verb of a cue


def cue_at(doc: Doc, k: int, end: int) -> tuple[list[tuple[int, int]], str] | None:
    """Whether token k is a cue verb (with its particle), as token ranges and medium."""
    token = doc[k]
    if not token.is_alpha or token.text[0].isupper():
        return None
    particle = _particle_after(doc, k, end)
    if particle is not None:
        if doc[particle].lower_ + lemma(token.text) not in CUE_VERBS and doc[particle].lower_ in _VERB_CHANGING:
            return None  # `fand … statt`, `fand … heraus`: another verb than the cue `finden`
        medium = cue_medium(token.text, doc[particle].text)
        if medium and _turned_out(doc, k, doc[particle]):
            return None  # `Es hatte sich herausgestellt, dass …`: it turned out, no one said it
        if medium:
            return _whole_cue(doc, k, end, [(k, k + 1), (particle, particle + 1)]), medium
    medium = cue_medium(token.text)
    if medium and _turned_out(doc, k, None):
        return None  # `hatte sich herausgestellt`
    return (_whole_cue(doc, k, end, [(k, k + 1)]), medium) if medium else None


def _turned_out(doc: Doc, verb: int, particle: Token | None) -> bool:
    """`stellte sich heraus`, `hatte sich herausgestellt`: the reflexive `herausstellen` (its
    particle split off or not) says what turned out."""
    if (particle.lower_ if particle is not None else "") + lemma(doc[verb].text) != "herausstellen":
        return False
    end = particle.i if particle is not None else verb
    return any(doc[j].lower_ == "sich" for j in range(max(doc[verb].sent.start, verb - 4), end))


def _whole_cue(doc: Doc, k: int, end: int, cue: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cue as the data marks it: with its auxiliary (`hat angekündigt`), `es` after
    `heißt`, and the correlate or preposition the verb governs (`wies darauf hin`,
    `bezeichnete … als`, `appellierte an`)."""
    tokens = {i for s, e in cue for i in range(s, e)}
    sent_start = doc[k].sent.start
    for j in range(k - 1, max(sent_start - 1, k - 8), -1):
        if doc[j].is_punct or _preterite(doc[k]):
            break
        if doc[j].lower_ in AUXILIARIES:
            tokens.add(j)
            break
    base = lemma(doc[k].text)
    if base == "zitieren" and k >= 3 and [t.lower_ for t in doc[k - 3 : k]] == ["mit", "den", "worten"]:
        tokens.update(range(k - 3, k))  # `wird mit den Worten zitiert`
    for j in range(k + 1, min(end, k + 8)):
        if doc[j].is_punct:
            break
        if _governed(doc, k, j, base):
            tokens.add(j)
    return _ranges(sorted(tokens))


def _governed(doc: Doc, k: int, j: int, base: str) -> bool:
    """Whether token j belongs to the cue verb at k as the data marks it: `heißt es`, `äußerte
    sich`, `wies darauf hin`, `bezeichnete … als`, `sprach von`, `warnte vor`, `appellierte
    an`, and the auxiliary after a participle (`betont hatte`)."""
    word = doc[j].lower_
    right_after = j == k + 1
    if right_after and word in AUXILIARIES and not _preterite(doc[k]) and doc[k].lower_ != base:
        return True
    if right_after and (word == "es" and base in {"heißen", "geben"} or word == "sich" and base in {"äußern", "zeigen", "freuen"}):
        return True
    if right_after and word == "an" and base == "appellieren":
        return True
    if word in _CORRELATES:
        return base != "sagen"  # `sagte dazu`: the data leaves `dazu` out
    return word == "als" and base in {"bezeichnen", "werten", "nennen", "würdigen"} or word == "von" and base == "sprechen" or word == "vor" and base == "warnen"


def _ranges(indices: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for i in indices:
        if out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return out


def frame_after(doc: Doc, q_end: int, s_end: int) -> Frame | None:
    """`„…“, sagte X.` / `„…“, so X.` / `„…“ sagte X.`"""
    i = q_end
    while i < s_end and (doc[i].text in {",", "–", "—"} or doc[i].is_space):  # `„…“ – so der Minister.`
        i += 1
    if i + 1 < s_end and doc[i].lower_ in {"und", "oder"} and doc[i + 1].text in OPENING_MARKS:
        close = next((k for k in range(i + 2, s_end) if doc[k].text in CLOSING_MARKS), None)
        if close is not None:
            return frame_after(doc, close + 1, s_end)  # `„…“ und „…“, zitiert CNN.`: one frame for both
    if i >= s_end:
        return None
    frame_end = s_end
    while frame_end > i and doc[frame_end - 1].is_space:
        frame_end -= 1
    if doc[i].lower_ in SO_CUES:
        after_so = i + 1
        if after_so < s_end and doc[after_so].text[:1].islower() and doc[after_so].lower_ not in DETERMINERS | ANAPHORS:
            if not cue_medium(doc[after_so].text) or lemma(doc[after_so].text) in {"heißen", "lauten"}:
                return None  # `„Wikiasari“, so heißt ein Projekt`: a name, not a statement
            after_so += 1  # `„…“, so urteilte Romney`
            if after_so < s_end and doc[after_so].lower_ in _OBJECT_PRONOUNS:
                after_so += 1  # `„…“, so charakterisierte ihn der Gewerkschafter X`
        speaker = np_after(doc, after_so, s_end)
        if speaker is None:
            return None
        return Frame([(i, i + 1)], speaker, (q_end, frame_end), "speech", "so")
    if i + 4 < s_end and _with_words_at(doc, i):
        speaker = np_after(doc, i + 4, s_end) if doc[i + 3].text[:1].islower() else None
        if speaker is not None and speaker[0] == i + 4:  # `„…“, mit diesen Worten meldete er sich zurück`
            return Frame([(i, i + 3)], speaker, (q_end, frame_end), "speech", "after")
    reach = 3
    participle = final_participle(doc, i, s_end)
    if participle is not None:  # `„…“, hatte die Kanzlerin am Montag gesagt`
        reach = participle - i + 1
    elif doc[i].lower_ in {"wird", "wurde"}:  # `„…“ wird der Franzose im Fachblatt X zitiert`
        reach = next((k - i + 1 for k in range(i + 1, min(i + 15, s_end)) if lemma(doc[k].text) == "zitieren"), reach)
    elif lemma(doc[i].text) == "wollen":  # `„Wo ist meine Stimme?“, wollen die Demonstranten … wissen`
        reach = next((k - i + 1 for k in range(i + 1, min(i + 15, s_end)) if doc[k].lower_ == "wissen"), reach)
    for k in range(i, min(i + reach, s_end)):
        found = cue_at(doc, k, s_end)
        if found is None and k + 1 < s_end and doc[k + 1].lower_ == "sich" and lemma(doc[k].text) in {"zeigen", "freuen"}:
            found = [(k, k + 2)], "speech"  # `„…“, zeigte sich der Trainer zufrieden`, `„…“, freute sich X`
        if found is None:
            continue
        cue, medium = found
        start = k + 1
        if k == i and start < s_end and doc[start].lower_ == "worden":
            return None  # `… als „…“ bezeichnet worden`: a passive whose agent or source the whole sentence names
        if start < s_end and doc[start].lower_ in AUXILIARIES:
            start += 1
        if start < s_end and doc[start].lower_ == "man" and lemma(doc[k].text) == "zitieren":
            start += 1  # `„…“, zitierte man Yolanda Alvarez`
        speaker = np_after(doc, start, s_end)
        if speaker is not None and lemma(doc[k].text) == "zitieren":
            quoted = np_after(doc, speaker[1], s_end)
            if quoted is not None and quoted[0] == speaker[1] and speaks_as_object(doc, quoted):
                speaker = quoted  # `„…“, zitiert die „Computerwoche“ Lynch`: the one quoted speaks
        if k > i and (doc[i].lower_ in AUXILIARIES or lemma(doc[i].text) == "wollen"):
            speaker = np_after(doc, i + 1, k) or speaker  # `„…“, wird Panetta zitiert.`, `„…“, wollen X wissen`
            cue = _ranges(sorted({i} | {t for a, b in cue for t in range(a, b)}))
        elif speaker is None and start < s_end and doc[start].lower_ == "es":
            speaker = _source_after(doc, start + 1, s_end)  # `„…“, hieß es vom Abgeordneten X.`
        return Frame(cue, speaker, (q_end, frame_end), medium, "after")
    return None


_PERFECT = {"hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten", "ist", "war", "wird", "wurde", "werden", "wurden"}


def final_participle(doc: Doc, aux: int, end: int) -> int | None:
    """The cue participle that closes a clause opened by an auxiliary, with a subject between
    (`hatte Koch-Mehrin damals gesagt`, `wird der Franzose im Fachblatt zitiert`), or None."""
    if doc[aux].lower_ not in _PERFECT:
        return None
    k = aux + 2
    while k < min(end, aux + 15) and not doc[k].is_punct:
        k += 1
    last = k - 1
    if last <= aux + 1 or k < end and doc[k].text not in {",", ".", ";", ":", "!", "?"}:
        return None
    return last if cue_at(doc, last, end) is not None and np_after(doc, aux + 1, last) is not None else None


def _impersonal(doc: Doc, k: int, end: int) -> bool:
    """`heißt es`: a cue whose subject is no speaker; the source follows, if anywhere."""
    return lemma(doc[k].text) == "heißen" and k + 1 < end and doc[k + 1].lower_ == "es"


def _source_after(doc: Doc, k: int, end: int) -> tuple[int, int] | None:
    """`von X`, `aus X`, `in X`: where an impersonal `heißt es` says its words come from."""
    if k >= end or doc[k].lower_ not in {"von", "vom", "aus", "in", "im", "bei", "beim", "auf"}:
        return None
    phrase = np_after(doc, k + 1, end)
    if phrase is None or phrase[0] != k + 1:
        return None
    return (k, phrase[1]) if doc[k].lower_ in {"von", "vom"} else phrase  # `vom Abgeordneten X`, `der Webseite`


def frame_in_sentence(doc: Doc, s_start: int, s_end: int, skip: set[int]) -> Frame | None:
    """The first cue verb anywhere in the sentence (outside the quote) and its subject."""
    for k in range(s_start, s_end):
        if k in skip:
            continue
        found = cue_at(doc, k, s_end)
        if found is None:
            continue
        cue, medium = found
        if _impersonal(doc, k, s_end):
            speaker = _source_after(doc, k + 2, s_end)  # `…, so heißt es in einer Erklärung`
        else:
            speaker = speaker_of_verb(doc, s_start, finite_verb(doc, s_start, min(k, cue[0][0]) if cue else k), s_end)
        if speaker is not None and any(t in skip for t in range(*speaker)):
            speaker = None
        return Frame(cue, speaker, None, medium, "sentence")
    return None


def frame_before(doc: Doc, s_start: int, q_start: int) -> Frame | None:
    """`X sagte: „…“` / `Dazu sagte X: „…“` / `X: „…“`"""
    end = q_start
    while end > s_start and doc[end - 1].is_space:
        end -= 1
    if end == s_start:
        return None
    for k in range(end - 1, max(s_start - 1, end - 25), -1):
        found = cue_at(doc, k, end)
        if found is None:
            continue
        cue, medium = found
        finite = finite_verb(doc, s_start, min(k, cue[0][0]) if cue else k)
        speaker = speaker_of_verb(doc, s_start, finite, end)
        if speaker is None and _impersonal(doc, k, end):
            speaker = _source_after(doc, k + 2, end)  # `So heißt es in der Meldung wörtlich: „…“`
        return Frame(cue, speaker, (s_start, end), medium, "before")
    if doc[end - 1].text == ":" and end - 2 >= s_start and doc[end - 2].lower_.endswith(("name", "namen", "titel", "motto")):
        return None  # `(Codenamen: „Maelstrom“)`: a name follows, not words
    if doc[end - 1].text == ":":
        so = next((k for k in range(end - 2, max(s_start, end - 10), -1) if doc[k].lower_ in SO_CUES and doc[k - 1].text == ","), None)
        speaker = np_after(doc, so + 1, end - 1) if so is not None else None
        if speaker is not None and speaker[0] == so + 1:
            return Frame([(so, so + 1)], speaker, (s_start, end), "speech", "before")  # `…, so Elshorst weiter: „…“`
        # `X reagierte aus dem Exil: „…“`, `Hier sparte der Präsident nicht mit Kritik: „…“`:
        # a colon after a clause with a subject frames speech even when its verb is no cue.
        verb = v2_verb(doc, s_start, end - 1)
        if verb is not None and is_subjunctive(doc[verb]):
            verb = None  # `Die Pflichten seien klar festgelegt: „…“` reports someone else's view
        speaker = subject_of(doc, s_start, verb, end - 1) if verb is not None else None
        if speaker is not None:
            speaker = _whose_words(doc, speaker, end - 1) or speaker  # `Das Fazit von X: „…“` is X's
        if verb is not None and speaker is not None and speaks(doc, speaker):
            return Frame([(verb, verb + 1)], speaker, (s_start, end), "speech", "before")
    if doc[end - 1].text == ":" and end - s_start <= 8 and doc[s_start].lower_ in POSSESSIVES | {"das", "die", "der"}:
        opinion = np_after(doc, s_start, end - 1)
        if opinion is not None and opinion[0] == s_start and doc[opinion[1] - 1].lower_.endswith(_OPINIONS):
            return Frame([], opinion, (s_start, end), "speech", "colon")  # `Seine Meinung zu Kirchhoff: „…“`
    if doc[end - 1].text == ":" and end - s_start <= 12:
        speaker = (s_start, end - 1)
        if all(doc[t].text[0].isupper() or doc[t].lower_ in _NP_INNER or doc[t].text == "," for t in range(*speaker)) and not (
            end - 1 - s_start == 1 and (doc[s_start].lower_ in CONJUNCTIONS or _adverb(doc[s_start]))
        ):  # but not `Und: „…“`
            return Frame([], speaker, (s_start, end), None, "colon")  # `Erkki Tuomioja, Präsident des Rats:`
        # `Punklady Nina Hagen zur neuen Heimat:`: a name, then what it is about, no verb
        phrase = np_after(doc, s_start, end - 1)
        if (
            phrase is not None
            and phrase[0] == s_start
            and doc[phrase[1]].lower_ in PREPOSITIONS
            and not any(doc[t].text[0].islower() and doc[t].lower_ not in PREPOSITIONS | DETERMINERS and not _adjective_like(doc[t]) for t in range(phrase[1], end - 1))
            and speaks(doc, phrase)
        ):
            return Frame([], phrase, (s_start, end), None, "colon")
    return None


_OPINIONS = ("meinung", "fazit", "kommentar", "urteil", "antwort", "reaktion", "einschätzung", "bilanz", "credo", "devise")
_STANDS = {"steht", "stand", "standen", "stehen", "prangt", "prangte", "prangten"}
_WRITTEN_ON = {"auf", "in", "im", "am", "an"}
_THEREON = {"darauf", "darin", "daran"}


def with_words(doc: Doc, s_start: int, q_start: int, q_end: int, s_end: int) -> Frame | None:
    """`Mit den Worten „…“, richtete er den Blick auf …`: the words are the subject's,
    whatever the verb."""
    words = q_start - 3
    if words < s_start or not _with_words_at(doc, words):
        return None
    if words == s_start or doc[words - 1].text == ":":  # the verb follows the quotation, its subject after it
        i = q_end
        while i < s_end and doc[i].text in {",", "–"}:
            i += 1
        speaker = np_after(doc, i + 1, s_end) if i < s_end and doc[i].text[:1].islower() else None
    else:
        verb = v2_verb(doc, s_start, words)
        speaker = subject_of(doc, s_start, verb, words) if verb is not None else None
    return Frame([(words, q_start)], speaker, None, "speech", "words")


def _with_words_at(doc: Doc, k: int) -> bool:
    """`mit den Worten`, `mit diesen Worten` at k."""
    return k + 2 < len(doc) and doc[k].lower_ == "mit" and doc[k + 1].lower_ in {"den", "diesen"} and doc[k + 2].lower_ == "worten"


def written_on(doc: Doc, s_start: int, s_end: int, quote: tuple[int, int]) -> Frame | None:
    """What words stand written on speaks them: `Auf dem Plakat stand: „…“`, `Darauf waren die
    Worte zu lesen: „…“`, `ein Zettel, auf dem geschrieben stand: „…“`, `Derzeit steht in dem
    Gesetzentwurf der Passus: „…“`, `Auf dem Transparent war die Parole „…“ zu lesen`."""
    outside = [k for k in range(s_start, s_end) if not quote[0] <= k < quote[1]]
    read = next((k for k in outside if doc[k].lower_ == "lesen" and doc[k - 1].lower_ == "zu"), None)
    stands = next((k for k in outside if k < quote[0] and doc[k].lower_ in _STANDS), None)
    colon = quote[0] > s_start and doc[quote[0] - 1].text == ":"
    if read is not None:
        cue = [(read - 1, read + 1)]
    elif stands is not None and (colon or doc[stands - 1].lower_ == "geschrieben"):
        cue = [(stands - 1, stands + 1)] if doc[stands - 1].lower_ == "geschrieben" else [(stands, stands + 1)]
    else:
        return None
    for k in range(quote[0] - 1, s_start - 1, -1):  # the nearest place before the words
        word = doc[k].lower_
        if word in _THEREON:
            return Frame(cue, _writing_before(doc, s_start) or (k, k + 1), (s_start, quote[0]), "writing", "before")
        if word not in _WRITTEN_ON:
            continue
        if k > s_start and doc[k - 1].text == "," and doc[k + 1].lower_ in {"dem", "der", "denen"}:
            article = next((j for j in range(k - 2, max(s_start - 1, k - 6), -1) if doc[j].lower_ in DETERMINERS), None)
            antecedent = np_after(doc, article, k - 1) if article is not None else None
            if antecedent is not None and antecedent[0] == article:  # `ein Zettel kleben, auf dem geschrieben stand`
                return Frame(cue, antecedent, (s_start, quote[0]), "writing", "before")
            continue
        phrase = np_after(doc, k + 1, quote[0])
        if phrase is not None and phrase[0] == k + 1 and name_lexicon().is_noun_or_compound(doc[phrase[1] - 1].text):
            return Frame(cue, phrase, (s_start, quote[0]), "writing", "before")
    return None


_WRITINGS = (*_QUOTING_TEXTS, "brief", "schreiben", "petition", "resolution", "dokument", "papier", "entwurf", "urteil", "flugblatt")


def _writing_before(doc: Doc, s_start: int) -> tuple[int, int] | None:
    """`… gab eine Stellungnahme ab. Darin steht: „…“`: the text the sentence before named."""
    if s_start == 0:
        return None
    sent = doc[s_start - 1].sent
    for k in range(s_start - 1, sent.start - 1, -1):
        if doc[k].text[:1].isupper() and doc[k].lower_.endswith(_WRITINGS) and k > sent.start and doc[k - 1].lower_ in DETERMINERS:
            return (k - 1, k + 1)
    return None


def _whose_words(doc: Doc, phrase: tuple[int, int], end: int) -> tuple[int, int] | None:
    """`Das Fazit von Sandra Boser … überrascht nicht: „…“`: the one whose words a noun of
    saying names (`von X` after it), or None."""
    head = next((t for t in doc[phrase[0] : phrase[1]] if t.text[:1].isupper() and t.lower_ not in DETERMINERS), None)
    if head is None or head.lower_ not in _SAYING_NOUNS:
        return None
    k = head.i + 1
    if k < end and doc[k].lower_ in {"von", "vom"}:
        owner = np_after(doc, k + 1, end)
        return owner if owner is not None and owner[0] == k + 1 else None
    return None


def v2_verb(doc: Doc, start: int, end: int) -> int | None:
    """The finite verb of a main clause: the word after its first constituent (an adverb, a
    prepositional phrase or a noun phrase), if that word looks like a verb."""
    while start < end and (doc[start].lower_ in CONJUNCTIONS or doc[start].is_punct or doc[start].is_space):
        start += 1
    if start >= end:
        return None
    first = doc[start]
    if first.lower_ in SUBORDINATORS:
        return None
    if first.lower_ in _FOCUS and start + 1 < end and doc[start + 1].lower_ in PREPOSITIONS:
        start += 1  # `Erst im Januar schied er …`: the particle belongs to the phrase
        first = doc[start]
    focus = first.lower_ in _FOCUS and start + 1 < end and doc[start + 1].lower_ in DETERMINERS
    counted = np_after(doc, start, end) if first.like_num and not _YEAR.match(first.text) else None
    if counted is not None:
        verb = counted[1]  # `300 ehemalige Abgeordnete einigten sich`
    elif first.like_num and start + 1 < end and doc[start + 1].is_alpha:
        verb = start + 1  # a year first: `1997 wurde er …`
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
        _adverb(first) and first.lower_ not in _FOCUS and not (start + 1 < end and doc[start + 1].text[:1].isupper())
    )):  # an adverb first, but `Jegliche Mitverantwortung …` and `Auch der Minister …` begin a noun phrase
        verb = start + 1
    else:
        phrase = np_after(doc, start + 1 if first.lower_ in _FOCUS else start, end)
        verb = phrase[1] if phrase is not None else None
    if verb is not None and verb < end and doc[verb].text in OPENING_MARKS:
        close = next((k for k in range(verb + 1, end) if doc[k].text in CLOSING_MARKS), None)
        verb = close + 1 if close is not None else None  # `Mit den Worten „…“ kommentierte er`
    if verb is not None and verb + 1 < end and doc[verb].lower_ in _PRONOMINAL_ADVERBS:
        verb += 1  # `Die Verbitterung darüber kann …`
    for _ in range(2):  # an attached phrase: `Die Entwicklung im Iran verglich …`, `Erstmals seit 2001 sei …`
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
    if first.lower_ in _NOT_SPEAKERS or first.lower_ in OBJECT_DETERMINERS or _abstract(doc, span):
        return False
    if span[1] - span[0] == 1 and first.lower_ in {"er", "sie"}:
        return True
    lexicon = name_lexicon()
    for t in doc[span[0] : span[1]]:
        if web_address(t):
            return True  # `zitiert ndr.de den Polizeisprecher`
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
        if person_noun(t.text):
            return True
    return False


def named_subject_before(doc: Doc, sent: Span, since: Span | None) -> tuple[int, int] | None:
    """The subject of the sentence right before `sent` when it is someone named and that
    sentence quotes nothing and comes after `since` (the last statement's sentence): an
    unframed quotation after `Sadiq Khan, eines der Parlamentsmitglieder, verurteilte die
    Haltung der Regierung.` is his, not the speaker of some earlier statement."""
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
    if subject is None or not speaks(doc, subject) or not any(_personal_name(t) for t in doc[subject[0] : subject[1]]):
        return None
    return subject


def _personal_name(t: Token) -> bool:
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


def clause_subject(doc: Doc, s_start: int, s_end: int, skip: set[int]) -> tuple[int, int] | None:
    """The subject of the main clause of a sentence, if it can speak and lies outside `skip`."""
    verb = v2_verb(doc, s_start, s_end)
    if verb is None or verb in skip:
        return None
    subject = subject_of(doc, s_start, verb, s_end)
    if subject is None or any(k in skip for k in range(*subject)) or not speaks(doc, subject):
        return None
    return subject


def finite_verb(doc: Doc, start: int, cue: int) -> int:
    start = next((k for k in range(cue - 1, start, -1) if doc[k].text in {",", ";"}), start)  # the cue's own clause
    if _preterite(doc[cue]) and cue > start and doc[cue - 1].lower_ in AUXILIARIES:
        return cue  # `Nachdem … eröffnet worden war sagte er`: the comma is missing, the cue is finite
    for k in range(start + 1, cue):
        if doc[k].lower_ in AUXILIARIES and doc[k + 1].text != ",":
            return k  # an auxiliary before a comma ends a subordinate clause: `Im Brief, den X geschickt hat, erklärt er`
    return cue


def _preterite(token: Token) -> bool:
    """`sagte`, `erklärten`: a finite past form, which takes no auxiliary (`hat gesagt`)."""
    return token.lower_.endswith(("te", "ten")) and not token.lower_.startswith("ge")


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
        if low == "gegenüber" and not _abstract(doc, (k - 1, k)) or low == "vor" and doc[k + 1].lower_ in _AUDIENCES:
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
    if speaker is None and doc[cue[0][0]].lower_ in PASSIVE and verb in _ADDRESSING_VERBS | _TELLING_VERBS:
        return _passive_addressee(doc, start, cue, phrase_at)  # `Ihm wird vorgeworfen`, `Israel wurde aufgefordert`
    after = cue[0][1]
    if speaker is not None and speaker[0] == after:
        after = speaker[1]  # `sagte er dem Spiegel`
    if verb == "sagen" and after + 1 < end and doc[after].lower_ in {"zu", "zur", "zum"}:
        found = phrase_at(after + 1)  # `sagte er zur Sportschau`, `sagte Merkel zu Macron`; not `zur Begründung`, `zu den Vorwürfen`
        if found is None or not _audience(doc, found):
            return None
        head = doc[found[1] - 1].text
        someone = person_noun(head) or not name_lexicon().is_common_noun(head)  # not `zu der … Forderung`
        return found if doc[after].lower_ != "zu" or someone else None
    if after < end and doc[after].lower_ in _DATIVE_ARTICLES and doc[after].i not in taken:
        found = phrase_at(after)
        if found is not None and _dative(doc, found):
            return found  # `teilte dem Fernsehsender CNN mit`, `warf dem Iran vor`; not `hatte den Plan mitgeteilt`
    if verb in _ADDRESSING_VERBS and after < end and doc[after].lower_ not in {"es", "sich"}:
        found = phrase_at(after)  # `forderte die Bürger auf`, `würdigte Ligeti`, `appellierte an die Regierung`
        if found is None and doc[after].lower_ in {"an", "von", "vom"}:
            found = phrase_at(after + 1)
        # Whom one appeals to is always addressed (`appellierte an die Lehrkräfte`); what one
        # demands or praises may be a thing (`forderte die Freilassung`).
        if found is not None and (speaks(doc, found) or verb not in _THING_OBJECTS and not _abstract(doc, found)):
            return found
    if verb in _TELLING_VERBS:
        return _dative_inside(doc, cue, after, taken, phrase_at)
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
    if first is not None and first[1] == aux and doc[start].lower_ not in _NOT_SPEAKERS:
        return first
    if aux + 1 < cue[-1][0] and doc[aux + 1].lower_ in _OBJECT_PRONOUNS:
        return (aux + 1, aux + 2)
    if aux + 1 < cue[-1][0] and doc[aux + 1].lower_ not in _NOT_SPEAKERS:
        found = phrase_at(aux + 1)
        if found is not None and found[1] <= cue[-1][0] and speaks_as_object(doc, found):
            return found
    return None


def cue_lemma(doc: Doc, cue: list[tuple[int, int]]) -> str:
    """The cue's verb as the lexicon lists it, its particle glued on: `warf … vor` -> `vorwerfen`."""
    words = [doc[k] for s, e in cue for k in range(s, e)]
    verbs = [t for t in words if t.lower_ not in AUXILIARIES and t.lower_ not in PARTICLES]
    if not verbs:
        return ""
    base = lemma(verbs[0].text)
    particle = next((t.lower_ for t in words if t.i > verbs[0].i and t.lower_ in PARTICLES), "")
    return particle + base if particle + base in CUE_VERBS else base


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
    return head in _AUDIENCE_NOUNS or head.endswith(_MEDIA_WORDS) or speaks_as_object(doc, phrase)


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
_SAYING_NOUNS = {"fazit", "meinung", "antwort", "urteil", "kommentar", "forderung", "bilanz", "reaktion", "botschaft", "worte", "appell"}
_AUDIENCES = {"journalisten", "reportern", "der", "dem", "den"}
_AUDIENCE_NOUNS = {
    "presse", "journalisten", "reportern", "medienvertretern", "medien", "kameras", "publikum", "zuschauern",
    "abgeordneten", "delegierten", "anhängern", "demonstranten", "studenten", "soldaten", "gästen", "mitgliedern",
}
_MEDIA_WORDS = ("zeitung", "agentur", "sender", "magazin", "blatt", "schau", "radio", "fernsehen", "presse")
