"""The names of one article, found once before any mention is resolved.

`DocumentNames.index` reads the text (and headline) into a `NameIndex`: the runs of words
that are names, each surname's fullest spelling, the names written beside role nouns
(`Außenministerin Annalena Baerbock`), bracketed abbreviations, and whose words each direct
quotation is. The same part tells whether a run is a person or an organisation and, from
first names, titles and nouns around it, which grammatical gender it has.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from zitat.lexicon.cues import INFINITIVE_ENDINGS, inflected_verb, lemma, lemma_cased, verb_form
from zitat.lexicon.names import (
    ADJECTIVE_PEOPLE,
    FAMILY_FIRST,
    FEMALE_TITLES,
    ORG_MARKERS,
    ORGANISATION_NAMES,
    NameLexicon,
    described_loosely,
    first_name_gender,
    institution_noun,
    masculine_forms,
    name_lexicon,
    person_noun,
    without_accents,
)
from zitat.lexicon.words import (
    ABBREVIATION,
    ACADEMIC_TITLES,
    ADVERBS,
    CALENDAR,
    CONJUNCTIONS,
    DETERMINERS,
    INDEFINITE_ARTICLES,
    NEWS_AGENCIES,
    NUMBER_WORDS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    TITLES,
)
from zitat.pipeline.annotations import QUOTE, SILENT_SPEAKER, SPEAKER, meta, spans_of
from zitat.pipeline.phrases import AGE_NOUN, elided_name
from zitat.text.quotemarks import QUOTE_MARKS

_ROMANCE_ARTICLES = {"El", "La", "Los", "Las", "Le", "Les"}  # opening a place's name: `El Alto`, `Las Palmas`
_ROMANCE_LINKS = {"de", "du", "do", "dos", "del", "della"}  # in people's and bodies' names alike: `Lula da Silva`, `Banco Central do Brasil`
NAME_JOINERS = {"von", "van", "der", "al", "bin", "el", "zu", "-", "da", *_ROMANCE_LINKS}
RELATIVE = {"der", "die", "welcher", "welche"}
_RANKS = {"General", "Commander", "Captain", "Colonel", "Lieutenant", "Sergeant", "Admiral", "Corporal", "Private"}  # ranks before a name
_NAME_LINKS = {"für", "of", "for", "ohne", "la", "los", "las", *_ROMANCE_LINKS}  # small words inside an organisation's name
_PLACE_KINDS = {"Bad", "Stadt", "Hauptstadt", "Region", "Provinz", "Dorf", "Ortschaft", "Bundesstaat"}  # before a place the lexicon lacks
_TIME_ZONES = {"MEZ", "MESZ", "UTC", "GMT", "CET", "CEST", "EST", "EDT", "PST", "PDT"}  # `um 15:36 Uhr MEZ`: no organisation
# the words of Burmese names, which have no surname: a run of two or more of them is a name
_BURMESE = {
    "Aung", "Min", "Zaw", "Tun", "Htun", "Kyaw", "Naing", "Thein", "Myint", "Hlaing", "Win", "Soe", "Maung", "Thant", "Khin", "Nyunt",
    "Oo", "Than", "Shwe", "Myo", "Nay", "Lwin", "Swe", "Thura", "Phyo", "Khaing", "Hla", "Suu", "Kyi", "Thet", "Yan", "Zin", "Moe",
    "Htay", "Sein", "Thu", "Mya", "Htoo", "Nwe", "Aye", "Thida", "Thin", "Ye",
}
# stock indexes and trading venues, named like companies but never speaking: `Das im SDax notierte Papier`
_MARKETS = {"DAX", "Dax", "MDAX", "MDax", "SDAX", "SDax", "TecDAX", "TecDax", "Nikkei", "Stoxx", "SMI", "ATX", "Xetra"}
# Determiners that never stand before a person's name: `ein`, `kein`, `dieser`, `jener`, `jeder`, inflected.
_NOT_BEFORE_NAMES = INDEFINITE_ARTICLES | {"kein"} | {f"{stem}{end}" for stem in ("dies", "jen", "jed", "kein") for end in ("e", "er", "es", "em", "en")}
_CLERICS = {"Imam", "Scheich", "Mufti", "Rabbi", "Pastor", "Pater"}  # offices that the first-name lists hold as names too
_MONARCHS = {"Fürst", "Fürstin", "König", "Königin", "Kaiser", "Kaiserin", "Papst", "Prinz", "Prinzessin", "Zar", "Sultan", "Emir", "Großherzog"}
LEGAL_FORMS = {"ag", "gmbh", "eg", "se", "kg", "kgaa", "ohg", "e.v", "inc", "ltd", "llc", "plc", "corp", "s.a", "s.p.a"}
_NOMINALISED = {"Innern", "Äußern"}  # `Bundesministerium des Innern`: adjectives made nouns the lemmatiser misses
_CAMEL_CASE = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")  # no German noun has a capital inside
_NAME_QUOTES = {*QUOTE_MARKS, "''"}  # also doubled single marks: `''Koalition für Einheit''`
# Adjectives in institutions' names: `Deutscher Wetterdienst`, `Auswärtiges Amt`, `Europäische Kommission`, `Münstersche Zeitung`, `Rotes Kreuz`, `Oberster Gerichtshof`,
# `Reformierte Kirchgemeinde`.
PROPER_ADJECTIVE = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]*(?:sch|ig|al|lich|iv(?!er$)|iert)|Rot|Weiß|Oberst|Allgemein)(e|en|er|es|em)$")  # not `Oliver`
INFLECTED_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ]\w*(?:lich|isch)(?:e|en|er|es|em)$")
_ADJECTIVAL_ENDING = re.compile(r"^([A-ZÄÖÜ]\w+?)(e|en|er|em)$")
_AGENCY_KINDS = ("programm", "hilfswerk", "kommissariat", "büro", "mission", "fonds")  # bodies of the UN that `institution_noun` does not know as such
_UNIONS = {"Vereinten Nationen", "Europäischen Union", "Afrikanischen Union"}  # in the genitive, after the kind of one of their bodies
_SPELLED_ABBREVIATIONS = 50  # abbreviations per text looked for spelled out without a bracket
# Abbreviations of another language's name for a body German news names in German; taken only
# where the article writes the German name too.
_TRANSLATED = {name: ("Vereinte Nationen", "Vereinten Nationen") for name in ("UN", "UNO")}
_SPELLED_WINDOW = 400  # tokens before and after an abbreviation's first use where its name is looked for
_ORDINAL = re.compile(r"^(Erst|Zweit|Dritt|Viert|Fünft)(e|en|er|es|em)$")
_TRUNCATED_PAIR = re.compile(r"\b[A-ZÄÖÜ]\w*- (?:und|oder) [A-ZÄÖÜ]\w+")
_JOINT = "\u2060"  # holds `Ski- und Snowboardverband` together as one word while it is declined
_JOINED_NOUN = re.compile(f"^(.+[-{_JOINT}])([A-ZÄÖÜ]\\w+)$")
_ADJECTIVE_STEM = re.compile(r"^([A-ZÄÖÜ]\w+?)(e|en|er|es|em)$")
# English words that end names of places: `Lake District`, `Orange County`, `Rocky Mountains`.
_PLACE_WORDS = {"District", "County", "Lake", "River", "Island", "Islands", "Valley", "Mountains", "Bay", "Beach", "Canyon"}
ARABIC_ARTICLE = re.compile(r"^(al|el|ad|as|ar)-[A-ZÄÖÜ]")  # `al-Dschasira`
# Last words of company names, which make the word before them a name though it is a noun too.
COMPANY_WORDS = {"motors", "inc.", "inc", "corp.", "corporation", "ltd.", "llc", "airlines", "airways", "holdings", "systems", "technologies", "solutions", "group", "industries", "services"}
# Trades that end a company's name after the name itself: `Kessler Chemie`, `Kronberg Stahlhandel`.
_TRADES = {"chemie", "energie", "stahl", "stahlhandel", "logistik", "pharma", "bau", "maschinenbau", "elektronik", "immobilien", "versicherung", "versicherungen", "verlag"}
_SMALL_ATTRIBUTE = re.compile(r"^[a-zäöüß]+(?:isch|lich|ig|al|iv|ell)(?:e|en|er|es|em)$")  # `amerikanischen`, `ehemalige`
CAMPS = {"lager", "kampagne", "team", "umfeld", "wahlkampfteam"}  # a person's followers, who speak for them: `das McCain-Lager`
COMPANY_NOUNS = ("firma", "konzern", "hersteller", "bauer", "unternehmen", "anbieter", "händler", "zulieferer", "reederei", "fluggesellschaft", "airline", "versorger", "kette", "start-up")  # a company's kind before its name
_COMPANY_ENDS = COMPANY_WORDS | _TRADES  # the last word of a company's name, which its first word stands for
# Words of sports clubs' names, which end in their town: `Borussia Dortmund`, `SC Freiburg`, `Werder Bremen`.
CLUB_WORDS = {
    "fc", "sc", "sv", "vfb", "vfl", "tsv", "tsg", "bsc", "borussia", "eintracht", "werder", "fortuna", "hertha", "dynamo", "rapid", "austria",
    "hsg", "tus", "sg", "spvgg", "fsv", "vfr", "ssv", "esv", "mtv", "hc", "ehc", "erc",  # also `HSG Weserbergland`, `TuS Bergheide`
    "kickers",  # `Kickers Offenbach`, whose first word German knows as a noun
}
# Nouns of two genders whose sense in an organisation's name is not the one the lexicon keeps:
# `der Bund` (a federation: `Deutscher Gewerkschaftsbund`), not `das Bund` (a bundle).
_GENUS_IN_NAMES = {"Bund": "m"}
_INITIAL = re.compile(r"^(?:[A-ZÄÖÜ]\.){1,3}$")  # `W.`, and several glued: `C.Y. Leung`
# a country or a year a body's own name ends in: `GeoSphere Austria`, `Global 2000`
_NAME_ENDINGS = re.compile(r"^(Deutschland|Österreich|Schweiz|Austria|Germany|Switzerland|Suisse|Europa|Europe|\d\d|\d{4})$")
_SHORTENED = re.compile(r"^[A-ZÄÖÜ][a-zäöü]?\.$")  # a surname cut short after a first name: `Albert G.`, `Steve St.`
_ELIDED_PARTICLE = re.compile(r"^d['’][A-ZÄÖÜ]\w+$")
_MIXED_ABBREVIATION = re.compile(r"^[A-ZÄÖÜ][a-zäöü]?[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,7}$")  # `SdK`, `IStGH`, in brackets after the name
_REGNAL = re.compile(r"^[IVX]{1,4}\.$")
_KOREAN_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # `Ki-moon`, `Jong-un`: a Korean given name after the family name
_LOWER_ABBREVIATION = re.compile(r"^[a-zäöü]{2,4}$")
_SMALL_ADJECTIVE = re.compile(r"^[a-zäöüß]{3,}(?:e|en|er|es|em)$")  # an adjective inside a name, which no capital spells
_ALIAS_NOUNS = {"kampfnamen", "spitznamen", "künstlernamen", "decknamen", "beinamen", "kriegsnamen", "rufnamen"}  # `unter seinem Kampfnamen X`
_INITIAL_LINKS = {"und", "für", "ohne", "in", "im", "der", "des", "von", "zur", "zum", "gegen", "über", "of", "for", "and", "the", "de", "du", "la", "del", "della", "dos", "los", "las"}


@dataclass
class EntityBuilder:
    """Someone or something the article's mentions resolve to, gathered while resolving:
    its canonical name, the key that merges its mentions, person or organisation, the
    character spans of its mentions, the statements it speaks and its gender where known."""

    canonical: str
    key: str
    kind: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    gender: str = ""


@dataclass
class NameIndex:
    """The names of one document: runs in text order, their starts, the names written beside
    role nouns (by noun lemma, and by adjective + noun), the fullest spelling of each
    surname, and expansions of bracketed abbreviations."""

    names: list[Span]
    starts: list[int]
    beside: dict[str, Span]
    by_surname: dict[str, str]
    abbreviations: dict[str, str]
    capitalised: set[str]  # every capitalised word of the document, lower-cased
    sentences: list[Span]
    sentence_starts: list[int]
    sentence_speakers: dict[int, Span]  # sentence start -> the first statement speaker in it
    quoted: list[tuple[int, int]]  # direct quotations, whose names are what someone talks about
    # where each capitalised word stands, and each hyphenated one under `-` + its last part
    # (`UN-Sicherheitsrat` under `-Sicherheitsrat`), in text order
    positions: dict[str, list[int]]
    # role noun -> the name beside it in the headline, which the text may never repeat
    # (`Papst Franziskus …` above, only `der Papst` below)
    headline: dict[str, Span] = field(default_factory=dict)
    # surnames the article writes with two different first names (`Maria Riesch`, `Susanne Riesch`)
    namesakes: set[str] = field(default_factory=set)
    # each direct quotation's span with its speaker, whom its `ich` and `wir` stand for
    quote_speakers: list[tuple[int, int, Span]] = field(default_factory=list)
    # a word written alone that is the unknown first word of one full name -> that name's surname
    # key: `General Sonthi Boonyaratglin … Sonthi`, as Thai news calls people by their given names
    given_alone: dict[str, str] = field(default_factory=dict)
    # a speaker's first token -> the spans of the words its statements report
    reported: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    # an age -> where the text gives it to someone: `61-jährige` before a name, `(61)` after one
    ages: dict[str, list[int]] = field(default_factory=dict)
    # how many mentions are being resolved one inside another: a description takes up the subject
    # before it, which may be a description again, and so on back through a long text
    depth: int = 0
    # the town the article opens with, where it was written, which the lexicon may not know as one
    # (`Langenthal BE (sda) –`): bodies are named by it (`Die Reformierte Kirchgemeinde Langenthal`)
    dateline: str = ""

    def within(self, start: int, end: int) -> list[Span]:
        """The names that lie inside tokens [start, end)."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [n for n in self.names[lo:hi] if n.end <= end]

    def in_quotation(self, k: int) -> bool:
        """Whether token k stands inside a direct quotation: someone's words, not the article's."""
        return any(s <= k < e for s, e in self.quoted)

    def goes_on_reporting(self, k: int) -> bool:
        """Whether token k stands inside the words a statement reports whose speaker was named
        before them: `sagte Bernd Kessler. Ohne den Umbau sei die Zukunft gefährdet.`"""
        return any(speaker < s <= k < e for speaker, spans in self.reported.items() for s, e in spans)


class DocumentNames:
    """The part of `SpeakerResolver` that finds a document's names and tells their kind and
    gender; mixed into the resolver, whose lexicon and tokenizer it uses."""

    lexicon: NameLexicon
    tokenizer: Tokenizer

    def index(self, doc: Doc) -> NameIndex:
        heading = self.name_runs(self._headline(doc._.zitat_title)) if doc._.zitat_title else []
        names = self.name_runs(doc, {run[-1].text for run in heading if run[-1].text in self.lexicon.surnames})
        positions: dict[str, list[int]] = {}
        ages: dict[str, list[int]] = {}
        for t in doc:
            if t.text[:1].isupper():
                positions.setdefault(t.text, []).append(t.i)
                if "-" in t.text:
                    positions.setdefault("-" + t.text.rsplit("-", 1)[1], []).append(t.i)
            elif "-jährig" in t.text:
                ages.setdefault(t.text.split("-")[0], []).append(t.i)
            elif t.text.isdigit() and 0 < t.i < len(doc) - 1 and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")":
                ages.setdefault(t.text, []).append(t.i - 1)
        capitalised = {word.lower() for word in positions if not word.startswith("-")}
        by_surname: dict[str, str] = {}
        firsts: dict[str, set[str]] = {}
        leads: dict[str, set[str]] = {}
        middles: dict[str, set[str]] = {}  # words inside a long name: who one may be known as
        people: set[str] = set()  # surnames by which people named with a first name are known
        companies: set[str] = set()  # and first words by which companies are (`Brunner Transporte AG`)
        for run in names + heading:  # `Horst Köhler` in the headline, `Köhler` in the text
            key = surname_key(run, capitalised)
            given = len(run) >= 2 and self._first_name(run[0].text)
            # also a first name, where the surname after it is no common noun (`Prabowo Subianto`, not `hatte Rita Kurs auf Texas genommen`)
            if len(run) in (2, 3) and run[0].is_alpha and not (given and self.lexicon.is_common_noun(run[-1].text)) and self._run_kind(run) != "organisation":
                leads.setdefault(name_key(run[0].text), set()).add(key)
            if 4 <= len(run) <= 5 and (given or any(t.lower_ in NAME_JOINERS for t in run)):  # `Luiz Inácio Lula da Silva`, known as `Lula`
                for word in run[1:-1]:
                    if word.is_alpha and word.text[:1].isupper():
                        middles.setdefault(name_key(word.text), set()).add(key)
            if given and not (len(run) == 2 and run[0].lower_ in NAME_JOINERS):
                firsts.setdefault(key, set()).add(run[0].text)  # not `El Khalifi`: a particle, not a first name
            shown = run.text[:-1] if name_key(run[-1].text) == key + "s" else run.text  # `Hassemers` -> `Hassemer`
            company = known_by_first_word(run)  # `Brunner Transporte AG`
            if company and key in people:
                continue  # `Geschäftsführer Daniel Brunner … versicherte Brunner`: the person, not the family's company
            person = key in firsts and not company and run[0].text in firsts[key]
            if len(shown) > len(by_surname.get(key, "")) or person and key in companies:
                by_surname[key] = shown
                if company:
                    companies.add(key)
                elif person:
                    people.add(key)
        for run in names:  # `Álvaro Uribe Vélez … Uribe`: a first of two surnames, where no one else has it as the last
            middle = run[1] if len(run) == 3 else None
            if (
                middle is not None
                and self._first_name(run[0].text)
                and middle.is_alpha
                and middle.text[:1].isupper()
                and not self._first_name(middle.text)
                and not self.lexicon.is_common_noun(middle.text)
                and " " not in by_surname.get(name_key(middle.text), "")
            ):
                by_surname[name_key(middle.text)] = run.text
            traded = known_by_first_word(run) and len(run) >= 3 and self.lexicon.is_noun_or_compound(run[0].text)  # `die Steinwerk Kallmeyer GmbH … Kallmeyer`
            if traded and run[1].is_alpha and not self.lexicon.is_noun_or_compound(run[1].text) and " " not in by_surname.get(name_key(run[1].text), ""):
                by_surname[name_key(run[1].text)] = run.text  # its name after its trade
        for k, run in enumerate(names):  # `Dahal, der unter seinem Kampfnamen Prachanda bekannt ist`: one person by both names
            owner = names[k - 1] if k and run.start > 0 and doc[run.start - 1].lower_ in _ALIAS_NOUNS else None
            if owner is not None and len(run) == 1 and owner.sent == run.sent and self._run_kind(owner) != "organisation":
                by_surname[name_key(run.text)] = by_surname.get(surname_key(owner, capitalised), owner.text)
        beside = self._names_beside_roles(names, capitalised)
        abbreviations = {  # `(IADB)` after `der Interamerikanischen Entwicklungsbank`, not `(CDU)` after `Christian Wulff`
            short: self._nominative(full)
            for short, full in _abbreviations(doc).items()
            if not self.lexicon.is_place(full)  # `Steyr (APA) –`: a dateline's agency, not the town's letters
            and not any(self._first_name(w) and not self.lexicon.is_common_noun(w) and not self.lexicon.is_place(w) for w in full.split())
            or institution_noun(full.split()[-1].removesuffix("s"))  # but `Robert Koch-Instituts (RKI)`
        }
        unions = any(name.split()[0] in positions for name in _UNIONS)  # only their texts are looked through for brackets
        bracketed = [  # each abbreviation in brackets, where its bracket opens: `(UNICEF)`
            (short, k - 1)
            for short, found in (positions.items() if unions else ())
            if is_abbreviation(short)
            for k in found
            if 0 < k < len(doc) - 1 and doc[k - 1].text == "(" and doc[k + 1].text == ")"
        ]
        for short, bracket in bracketed:  # `Das Kinderhilfswerk der Vereinten Nationen (UNICEF)`: the body, not the union
            union = next((k for k in range(bracket - 2, max(1, bracket - 16), -1) if doc[k - 1].lower_ == "der" and doc[k : k + 2].text in _UNIONS), None)
            agency = self._agency_of(doc[union - 2 : bracket]) if union is not None else None
            if agency is not None:
                abbreviations[short] = agency
        clubs: dict[str, set[str]] = {}
        for run in names:  # `Der VfB Stuttgart … Der VfB`: a club's letters stand for the one club of the article they begin
            if len(run) >= 2 and run[0].lower_ in CLUB_WORDS and not run[0].text.istitle() and self.lexicon.is_place(run[-1].text):
                clubs.setdefault(run[0].text, set()).add(run.text)
        abbreviations |= {short: full.pop() for short, full in clubs.items() if len(full) == 1 and short not in abbreviations}
        sentences = list(doc.sents)
        sentence_speakers: dict[int, Span] = {}
        store = meta(doc)
        speakers = spans_of(doc, SPEAKER)
        for sid, spans in speakers.items():
            if not store[sid].get("reporter"):  # the one quoted, not the medium quoting
                sentence_speakers.setdefault(doc[spans[0].start].sent.start, spans[0])
        for span in doc.spans.get(SILENT_SPEAKER, []):
            sentence_speakers.setdefault(span.sent.start, span)
        quotes = spans_of(doc, QUOTE)
        quote_speakers = sorted(
            (span.start, span.end, speakers[sid][0])
            for sid, spans in quotes.items()
            if sid in speakers and not store[sid].get("reporter")
            for span in spans
            if span.label_ == "direct"
        )
        reported: dict[int, list[tuple[int, int]]] = {}
        for sid, spans in quotes.items():
            if sid in speakers:
                reported.setdefault(speakers[sid][0].start, []).extend((span.start, span.end) for span in spans)
        return NameIndex(
            names,
            [n.start for n in names],
            beside,
            by_surname,
            abbreviations,
            capitalised,
            sentences,
            [sent.start for sent in sentences],
            sentence_speakers,
            [(span.start, span.end) for span in doc.spans.get(QUOTE, []) if span.label_ == "direct"],
            positions,
            self._names_beside_roles(heading, capitalised),
            {key for key, given in firsts.items() if len(given) > 1},
            quote_speakers,
            _given_alone(leads, by_surname) | _known_as(middles, by_surname),
            reported,
            ages,
            dateline=_dateline_town([t.text for t in doc[:8]]),
        )

    def _headline(self, title: str) -> Doc:
        """The headline, tokenised, as one sentence: its names are read as the text's are, and
        what is read of them asks for their sentence (`Kreistag Rottal-Inn fordert …`)."""
        heading = self.tokenizer(title)
        for t in heading:
            t.is_sent_start = t.i == 0
        return heading

    def name_runs(self, doc: Doc, surnames: set[str] | None = None) -> list[Span]:
        """The names in a text, in order; `surnames` are nouns already known as someone's name."""
        runs: list[Span] = []
        texts = [t.text for t in doc]  # one Token object per word is what costs here
        i = 0
        while i < len(doc):
            if not texts[i][:1].isupper() or i > 0 and texts[i - 1].rstrip(".").isdigit() and texts[i].lower() in CALENDAR:
                i += 1  # every name starts with a capital; `am 5. August` is a date
                continue
            if texts[i].lower() in CALENDAR and not (i + 1 < len(doc) and self._name_token(doc[i + 1])):
                i += 1  # `im August`: a month alone, not `August Bebel`
                continue
            after = texts[i + 1].lower() if i + 1 < len(doc) else ""
            company = after in COMPANY_WORDS  # `Tesla Motors`
            # `Nordlicht Energie`: a noun and a trade, whose first word the lexicon knows only as a noun
            company = company or after in _TRADES and texts[i].isalpha() and texts[i] in self.lexicon.nouns and not adjectival(texts[i]) and not self._resident(texts[i])
            club = texts[i].lower() in CLUB_WORDS and i + 1 < len(doc) and texts[i + 1][:1].isupper() and texts[i + 1].replace("-", "").isalpha()  # `Borussia Dortmund`
            korean = i + 1 < len(doc) and texts[i].isalpha() and _KOREAN_GIVEN.match(texts[i + 1])  # `Ban Ki-moon`
            korean = korean or i + 1 < len(doc) and _family_first(doc[i : i + 2])  # `Hu Jia`
            initials = i + 1 < len(doc) and _INITIAL.match(texts[i]) and self._name_token(doc[i + 1])  # `C.Y. Leung`
            if not (
                self._name_token(doc[i])
                or self._given_before_name(doc, i)
                or company
                or club
                or korean
                or initials
                or i > 0 and texts[i - 1][:1].isupper() and self._surname_after_office(doc, i)  # `Wirtschaftsminister Brüderle`: `Brüd|erle`
            ):
                i += 1
                continue
            j = i + 1
            while j < len(doc) and (
                self._name_token(doc[j])
                and not (is_abbreviation(texts[j - 1]) and self._first_name(texts[j]))  # `der CDU Frank Mindermann`
                or (self._first_name(doc[j - 1].text) or _INITIAL.match(doc[j - 1].text)) and doc[j].text[:1].isupper() and _alpha_or_double(doc[j].text)
                or j == i + 1 and self._apposed_pair(doc, i)
                or _english_of(doc, texts, j)  # `Civil Aviation Authority of Nepal`
                or self._foreign_surname(doc, j)
                or j == i + 1 and self._noun_after_unknown(doc, j)
                or doc[j].lower_ in NAME_JOINERS
                and j + 1 < len(doc)
                and self._name_token(doc[j + 1])
                and (doc[j].lower_ not in {"von", "zu"} or self._first_name(doc[j - 1].text))  # not `Vertrauter von Scaduto`, `John Sifton von Human Rights Watch`
                and not (doc[j].lower_ in {"von", "vom"} and is_abbreviation(texts[j + 1]))  # `Joe Stork von HRW`: where he works
                or _INITIAL.match(doc[j].text) and j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha  # `Matthias W. Beckmann`
                or elided_name(doc, j)  # `O’Keefe`
                or self._particle_pair(doc, j)  # `Ursula von der Leyen`, `Frans van den Berg`
                or _ELIDED_PARTICLE.match(texts[j])  # `Banca d'Italia`, `Valéry Giscard d’Estaing`
                or doc[j].lower_ in COMPANY_WORDS  # `British Broadcasting Corporation`
                or j == i + 1 and doc[j].lower_ in _TRADES and not self._first_name(texts[i])  # `Kessler Chemie`, `Weserland Energie`
                or club and j - i <= 2 and texts[j][:1].isupper() and texts[j].replace("-", "").isalpha()  # `FC Bayern München`, `SV Blau-Weiß Hameln`
                or texts[j - 1] == "IG" and texts[j][:1].isupper() and doc[j].is_alpha  # `IG Metall`: a union by its trade
                or "&" in (texts[j], texts[j - 1]) and j + 1 < len(doc) and texts[j + (texts[j] == "&")][:1].isupper() and doc[j + (texts[j] == "&")].is_alpha  # `Haus & Grund`
                or texts[j] in {"d'", "d’"} and j + 1 < len(doc) and self._name_token(doc[j + 1])
                or ARABIC_ARTICLE.match(texts[j]) and self._name_token(doc[j - 1])  # `Ahmed al-Assadi`
                or j == i + 1 and texts[j] in self.lexicon.surnames and not is_abbreviation(texts[i]) and not self.lexicon.is_place(texts[i])  # `Yona Metzger`
            ):
                j += 1
            if club and j < len(doc) and len(texts[j]) == 2 and texts[j].isdigit():
                j += 1  # `SV Hemmingen 09`, `FC Schalke 04`: the year the club was founded is part of its name
            if j < len(doc) and texts[j] == "eG":
                j += 1  # `Bürgerenergie Rottal eG`: a cooperative's legal form, written small
            if j == i + 1 < len(doc) and _NAME_ENDINGS.match(texts[j]) and i > 0 and institution_noun(texts[i - 1]) and self._brand(texts[i]):
                # `die Umweltschutzorganisation Global 2000`, `die Behörde GeoSphere Austria`; not `Oxfam 20 Tonnen`
                j += not (texts[j].isdigit() and j + 1 < len(doc) and texts[j + 1][:1].isupper())
            if j < len(doc) and self._first_name(texts[j - 1]) and (_SHORTENED.match(texts[j]) or j - i == 1 and len(texts[j]) == 1 and texts[j].isupper()):
                j += 1  # `Albert G.`, `Steve St.`, `Christopher Paul N.`: a surname the article shortens
            if j < len(doc) and _REGNAL.match(doc[j].text) and (self._first_name(doc[j - 1].text) or i > 0 and texts[i - 1] in _MONARCHS):
                j += 1  # `Elisabeth II.`, `Benedikt XVI.`, `Fürst Rainier III.`
            if (
                j + 1 < len(doc)
                and doc[j].lower_ in {"zu", "von"}
                and self._first_name(doc[j - 1].text)
                and doc[j + 1].text[:1].isupper()
                and not (doc[j].lower_ == "zu" and self.lexicon.is_common_noun(texts[j + 1]))  # not a headline's `Präsident Prabowo zu Staatsbesuch`
            ):
                j += 2  # `Karl-Theodor zu Guttenberg`, though `Guttenberg` is a place too
            glued = next((k for k in range(i + 1, j - 1) if len(texts[k]) > 2 and _INITIAL.match(texts[k])), None)
            if glued is not None and not self._first_name(texts[glued - 1]):
                i = glued  # `Chief Executive C.Y. Leung`: the initials start the name, not the title before
            if j - i >= 3 and self._company_before_person(doc, i):
                runs.append(doc[i : i + 1])  # `der Personeneisenbahngesellschaft Amtrak George D. Warrington`
                i += 1
            if j - i >= 2 and texts[i] in _RANKS and texts[j - 1].lower() not in COMPANY_WORDS or j - i >= 3 and person_noun(texts[i]) and texts[i] in self.lexicon.nouns and self._first_name(texts[i + 1]):
                i += 1  # `Major Valeri Trojanow`: a rank that is also a first name; `General Sonthi Boonyaratglin`
            if j - i >= 3 and i > 0 and (texts[i - 1].lower() in DETERMINERS or _SMALL_ATTRIBUTE.match(texts[i - 1])) and not self._first_name(texts[i]) and not institution_noun(texts[j - 1]):
                # `den amerikanischen Point Guard Marcus Whitfield`: a role the lexicon lacks, then the name (not `Die Amadeu Antonio Stiftung`, named after him)
                i = next((k for k in range(i + 1, j - 1) if self._first_name(texts[k]) and not self.lexicon.is_place(" ".join(texts[i : k + 1]))), i)  # not `New York`
            if j - i >= 2 and self._resident(" ".join(texts[i:j])):
                i = j  # `die New Yorker Gesundheitsbehörden`: the adjective of a place of two words, no name
                continue
            if j - i == 1 and i > 0 and texts[i - 1].lower() in _NOT_BEFORE_NAMES and (texts[i] in self.lexicon.nouns or adjectival(texts[i])):
                i = j  # `dieser Art`, `eine Rose`: the noun, not the first name; `einem Unbekannten`: an adjective's noun
                continue
            thing = j - i == 1 and i > 0 and texts[i] in self.lexicon.nouns and texts[i] in self.lexicon.surnames and texts[i - 1][:1].isupper() and adjectival(texts[i - 1])
            if thing and (i == 1 or texts[i - 2].lower() in DETERMINERS):
                i = j  # `die Goldene Taube`, `der Goldenen Palme`, a headline's `Goldene Taube für …`: a prize with a name of its own, not Taube or Palme
                continue
            if i == 0 and _dateline_after(texts, j):
                i = j  # `Langenthal BE (sda) –`: the town the article was written in, no name
                continue
            first = i - 1 if club and i > 0 and texts[i - 1] == "1." else i  # `1. FC Kaiserslautern`: the first club of its town
            runs.append(doc[first:j])
            i = j
        return self._surnames_alone(doc, runs, surnames or set())

    def _brand(self, word: str) -> bool:
        """A word that names nothing but a body: no first name, surname, place or noun."""
        lex = self.lexicon
        return not (self._first_name(word) or word in lex.surnames or lex.is_place(word) or lex.is_noun_or_compound(word))

    def _surname_after_office(self, doc: Doc, i: int) -> bool:
        """A word the lexicon takes for a compound right after an office and before a verb or
        punctuation: `Wirtschaftsminister Brüderle sagte`; not a plain noun, place or genitive."""
        word = doc[i].text
        if not (self._office_before(doc, i) and word[:1].isupper() and doc[i].is_alpha):
            return False  # not `Der Generalanwalt`, `der Berliner Funkausstellung`
        if self.lexicon.is_common_noun(word) or self.lexicon.is_place(word) or self.place_genitive(word):
            return self._given_after_office(doc, i)
        return _ends_name(doc, i + 1)

    def _given_after_office(self, doc: Doc, i: int) -> bool:
        """`Staatspräsident Rumen Radew sagte`: a word German knows as a thing, between an office
        and a name that ends there, is the name's given name; it is short, as given names are
        (not `Erster Auslandsbesuch Gauck`)."""
        office, given = doc[i - 1], doc[i].text
        if i + 1 >= len(doc) or len(given) > 8 or office.lower_ in PREPOSITIONS or _ORDINAL.match(office.text):
            return False  # not `Gegenüber Spiegel Online`
        if person_noun(given) or self.lexicon.is_place(given) or self.place_genitive(given):
            return False
        surname = doc[i + 1].text
        return (
            surname[:1].isupper()
            and doc[i + 1].is_alpha
            and not self.lexicon.is_common_noun(surname)
            and not self.lexicon.is_place(surname)
            and _ends_name(doc, i + 2)
        )

    def _apposed_pair(self, doc: Doc, i: int) -> bool:
        """`Der Bürgermeister der Gemeinde, Jorgos Kontos, kritisierte`: two capitalised words
        set off by commas, the first unknown to the lexicon, are a name, though the second is a
        noun too (`Kontos`)."""
        return (
            0 < i
            and i + 2 < len(doc)
            and doc[i - 1].text == ","
            and doc[i + 2].text == ","
            and doc[i + 1].is_alpha
            and doc[i + 1].text[:1].isupper()
            and not self.lexicon.is_noun_or_compound(doc[i].text)
            and not self.lexicon.is_place(doc[i].text)
        )

    def _office_before(self, doc: Doc, i: int) -> bool:
        """Whether an office someone holds stands right before word i (`Wirtschaftsminister`)."""
        office = doc[i - 1].text
        return office[:1].isupper() and self._noun(office) and person_noun(office) and not institution_noun(office) and not self._resident(office)

    def _company_before_person(self, doc: Doc, i: int) -> bool:
        """A company's name after its noun, then a person's given name: `der
        Personeneisenbahngesellschaft Amtrak George …` (but not `San Francisco`, a place, nor
        a name after someone's office)."""
        word, given = doc[i].text, doc[i + 1].text
        return (
            i > 0
            and doc[i - 1].lower_ not in DETERMINERS
            and self.lexicon.is_noun_or_compound(doc[i - 1].text)
            and not (person_noun(doc[i - 1].text) and not institution_noun(doc[i - 1].text))  # `Ministerpräsident Pushpa Kamal Dahal`: one person's
            and given in self.lexicon.given_names
            and not self._first_name(word)
            and word not in self.lexicon.given_names
            and word not in self.lexicon.surnames
            and not self.lexicon.is_place(word)
            and not self.lexicon.is_place(f"{word} {given}")
        )

    def _particle_pair(self, doc: Doc, j: int) -> bool:
        """`von der`, `van den`, `de la` between a first name and a surname."""
        return (
            j + 2 < len(doc)
            and doc[j].lower_ in {"von", "van", "de"}
            and doc[j + 1].lower_ in {"der", "den", "la", "le"}
            and self._name_token(doc[j + 2])
            and not is_abbreviation(doc[j + 2].text)  # `Patrick Georg von der IG Metall`
            and self._first_name(doc[j - 1].text)
        )

    def _surnames_alone(self, doc: Doc, runs: list[Span], known: set[str]) -> list[Span]:
        """A surname that is also a noun (`Köhler`, `Montag`, `Wagner`) names the person once
        the article has written it after a first name or an office, or twice and never with
        an article; it then stands alone. So does a first name that is also a noun, written
        after an office or a relation (`seinen Sohn Paolo … Paolo hatte`)."""
        surnames = self.lexicon.surnames
        texts = [t.text for t in doc]
        full = known | {run[-1].text for run in runs if len(run) >= 2 and run[0].text in self.lexicon.first_names}
        bare: dict[str, int] = {}  # a surname written twice and never with an article: `Köhler warb …, sagte Köhler`
        for i, text in enumerate(texts):
            given = text in self.lexicon.given_names
            if text not in surnames and not given:
                continue
            before = texts[i - 1] if i > 0 else ""
            low = before.lower()
            resident = before[:1].isupper() and self._resident(before)  # `Moskauer Zeit`: a town's adjective, no office
            if before[:1].isupper() and low not in DETERMINERS and person_noun(before) and lemma_cased(before)[:1].isupper() and not resident:
                full.add(text)  # `Bundespräsident Köhler`, not `Chinesischer Bauer`, `Moskauer Zeit`; `seinen Sohn Paolo`
            if text.lower() not in CALENDAR and not given:
                inflected = low.endswith(("er", "es", "em")) or low.endswith(("e", "en")) and not verb_form(before)
                attributive = low in DETERMINERS or before[:1].islower() and len(before) > 3 and inflected  # `der geistliche Führer`, not `sagte Köhler`
                attributive = attributive or resident or before[:1].isupper() and adjectival(before)  # `um 07:57 Moskauer Zeit`, `die Goldene Taube`
                after = texts[i + 1] if i + 1 < len(texts) else ""
                inverted = before[:1].islower() and inflected_verb(before) and not after[:1].isupper()  # `räumte Schumacher ein`: the subject, bare
                bare[text] = -99 if attributive else bare.get(text, 0) + (2 if inverted else 1)
        full |= {word for word, count in bare.items() if count >= 2}
        if not full:
            return runs
        taken = {i for run in runs for i in range(run.start, run.end)}
        added = []
        for i, text in enumerate(texts):
            if text.endswith("s") and text[:-1] in full:
                text = text[:-1]  # `Köhlers`
            if text not in full or i in taken or i > 0 and texts[i - 1].lower() in DETERMINERS:
                continue  # `der Köhler`: the noun
            added.append(doc[i : i + 1])
        return sorted(runs + added, key=lambda run: run.start) if added else runs

    def _first_name(self, text: str) -> bool:
        parts = text.split("-")  # `Karl-Theodor`
        return all(part in self.lexicon.first_names or part in self.lexicon.given_names for part in parts)

    def _given_before_name(self, doc: Doc, i: int) -> bool:
        """`Jean Todt`, `Mark Rutte`: a first name that German also knows as a noun starts a name
        when a name follows it."""
        if doc[i].text not in self.lexicon.given_names or doc[i].lower_ in PREPOSITIONS or i + 1 >= len(doc):
            return False  # `Von Unionspolitikern`
        after = doc[i + 1]
        if doc[i].text in _CLERICS and self._first_name(after.text) and i + 2 < len(doc) and self._name_token(doc[i + 2]):
            return False  # `Imam Yusuf Demirel`: a cleric's office before a full name, not a first name (but `Alpha Omar Konaré`)
        particle = after.lower_ in NAME_JOINERS and i + 2 < len(doc) and doc[i + 2].text[:1].isupper()  # `Amine El Khalifi`
        return (
            (
                particle and (after.text[:1].isupper() or after.lower_ in {"al", "el", "bin", "da", "de", "van"})  # `Hussein al Huthi`, not `Einer der Täter`
                or after.text[:1].isupper()
                and (after.is_alpha or after.text.replace("-", "").isalpha())  # `Heidemarie Wieczorek-Zeul`
                and not self.lexicon.is_common_noun(after.text)
                and not self.lexicon.is_common_noun(lemma_cased(after.text))  # `Gabriels Äußerungen`
                and not self.lexicon.is_place(after.text)
            )
            and (i == 0 or doc[i - 1].lower_ not in DETERMINERS)
        )

    def _foreign_surname(self, doc: Doc, j: int) -> bool:
        """`Stefano Palazzi`, `Giovanni Trapattoni`: after a name, a capitalised word that the
        lexicon knows only through a lemma or compound guess is the surname, not a noun."""
        t = doc[j]
        return (
            self._name_token(doc[j - 1])
            and not is_abbreviation(doc[j - 1].text)
            and t.text[:1].isupper()
            and t.is_alpha
            and t.text not in self.lexicon.nouns
            and t.text not in self.lexicon.places
            and t.lower_ not in DETERMINERS
            and not t.lower_.endswith(COMPANY_NOUNS)  # `Beim Leipziger Softwareanbieter Cloudfeld`: a company's kind
            and not (j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and person_noun(t.text) and self._first_name(doc[j + 1].text))  # `Pirkers Vorstandskollegin Daniela Kofler`: an office
            and lemma_cased(t.text)[:1].isupper()
            and not (  # `der Pilot Charles Riggs Probleme`, `die Finanzaufsicht Bafin Ermittlungen`: a plural after a full name or one not a first name
                (j >= 2 and self._first_name(doc[j - 2].text) or not self._first_name(doc[j - 1].text))
                and t.text.endswith(("e", "en", "n", "s"))
                and lemma_cased(t.text) in self.lexicon.nouns
            )
        )

    def _noun_after_unknown(self, doc: Doc, j: int) -> bool:
        """`Nawaf Salam verurteilte`, `des Rückversicherers Swiss Re hervor`: after a word the
        lexicon knows in no way, a noun in the singular is the name's second word, not a thing,
        where a verb or punctuation ends the name or the two stand beside their kind (but not a
        person, `Gazprom Chef`, a plural, `Tesla Aktien`, or a genitive, `McCains Kampagne`)."""
        first, word = doc[j - 1].text, doc[j].text
        return (
            word[:1].isupper()
            and doc[j].is_alpha
            and doc[j - 1].is_alpha
            and word in self.lexicon.nouns
            and not (first.endswith("s") and not first.endswith("ss"))
            and lemma_cased(word) == word
            and not person_noun(word)
            and not institution_noun(word)
            and not is_abbreviation(first)
            and not self.lexicon.is_noun_or_compound(first)
            and not self.lexicon.is_place(first)
            and not self._first_name(first)
            and first not in self.lexicon.surnames
            and lemma_cased(first)[:1].isupper()
            and (_ends_name(doc, j + 1) or self._kind_before(doc, j - 2))
        )

    def _kind_before(self, doc: Doc, k: int) -> bool:
        """Whether word k is the noun a name stands beside: someone's office (`Ministerpräsident`)
        or a noun after its article (`des Rückversicherers`), not a word of an English name
        (`Goddard Space`)."""
        if k < 0 or not doc[k].text[:1].isupper() or not self.lexicon.is_noun_or_compound(doc[k].text):
            return False
        return person_noun(doc[k].text) or k > 0 and doc[k - 1].lower_ in DETERMINERS

    def _name_token(self, t: Token) -> bool:
        text = t.text
        alpha = t.is_alpha or text.replace("'", "").replace("’", "").isalpha()  # `Moody's`, `O’Neill`
        if not text[:1].isupper() or not alpha and "-" not in text or len(text) < 2:
            return False
        low = text.lower()
        if low in DETERMINERS or low in PREPOSITIONS or low in ADVERBS or low in CONJUNCTIONS:
            return False
        if text in _BURMESE and any(0 <= k < len(t.doc) and t.doc[k].text in _BURMESE for k in (t.i - 1, t.i + 1)):
            return True  # `Zaw Min Tun`, `Khaing Min Naing`: Burmese names, whose words German reads as nouns (`Tun`)
        if text in PRONOUNS or low in PRONOUNS or low.rstrip(".") in TITLES or text in _TIME_ZONES or text in _NOMINALISED or text in _MARKETS:
            return False
        if text.endswith("er") and t.i + 1 < len(t.doc) and is_abbreviation(t.doc[t.i + 1].text) and len(t.doc[t.i + 1]) <= 4 and self._resident(text):
            return True  # `der Hamburger SV`, `Karlsruher SC`: a club named by its town
        head, _, tail = text.partition("-")
        if _CAMEL_CASE.search(text) and self._glued(text):
            return False
        office = person_noun(tail) and tail.lower() not in CAMPS  # `BaFin-Präsident`, but `McCain-Lager`
        camel = _CAMEL_CASE.search(text) and not (tail and (len(head) <= 4 or office) and self.lexicon.is_noun_or_compound(tail))
        if text in self.lexicon.first_names and text in self.lexicon.nouns and (_owned_by_name(t) or _article_before_alone(t)):
            return False  # `Wendts Roman`, `Der Roman erzählt`: the novel, not someone called Roman (but `des August Bebel`)
        if text in self.lexicon.first_names or is_abbreviation(text) or camel:  # not `GdP-Vorsitzende`, but `McCain-Lager`
            return True  # `NASA`, `ISNA`: abbreviations name organisations even where the lexicon lists them; `ThyssenKrupp` (but not `BaFin-Präsident`)
        if self.lexicon.is_place(text):
            return _before_legal_form(t)  # `Brenner Automobilwerke AG`: a place's name in a company's
        if text.endswith("-") or any(ch.isdigit() for ch in text) or hyphen_adjective(text):
            return False
        base = lemma_cased(text)
        if text not in self.lexicon.surnames and (
            base[:1].islower() and not is_abbreviation(text) and not _verb_read_in_name(t, base)  # a function word or adjective: `Dabei`, `Anders`, `Britischen`
            or text.endswith("er") and self.lexicon.is_noun_or_compound(text[:-1])  # `ein Vertrauter` (`der Vertraute`), inflected
            or text.endswith("en") and base != text and self.lexicon.is_common_noun(base)  # `von Bewaffneten`
            or adjectival(text)  # `Herkömmliche Kartoffeln` at the start of a sentence
            or INFLECTED_ADJECTIVE.match(text)  # `Schwulenfeindliche Gruppen`, which the lemmatiser does not know
            or text.endswith("in") and len(tail or text) > 6 and any(map(self.lexicon.is_noun_or_compound, masculine_forms(tail or text)))  # `Lokalmatadorin`, `Finanzvorständin`, `ENH-Vorständin`
        ):
            return _before_legal_form(t, noun=True)  # but `Die Deutsche Bank AG`, `die Ruhrmetall AG`: words of a company's name
        if self.lexicon.is_noun_or_compound(text.split("-")[-1]) or "-" in text and self.lexicon.is_common_noun(text):
            return _before_legal_form(t, noun=True)  # also a noun written with a hyphen: `Start-up`, `Know-how`
        return not self.occupation_after_article(t)  # `der Bodenkundler`, which the lexicon lacks

    def occupation_after_article(self, t: Token) -> bool:
        """What someone does, after `der` or `die`, also where the lexicon lacks the word: `der
        Bodenkundler`, `die Ökotoxikologin`; not a surname (`der Müller`)."""
        return t.i > 0 and t.nbor(-1).lower_ in {"der", "die"} and described_loosely(t.text) and t.text not in self.lexicon.surnames

    def _inflected_noun(self, word: str) -> bool:
        """A common noun in another form than its lemma: a plural or an oblique case (`Verluste`,
        `Aussagen`, `Bewaffneten`)."""
        base = lemma_cased(word)
        return base != word and self.lexicon.is_common_noun(base)

    def _glued(self, text: str) -> bool:
        """A word glued to a first name, as scraped pages leave a heading: `LinksJulia`."""
        inner = _CAMEL_CASE.search(text)
        if inner is None or text[inner.start() + 1 :] not in self.lexicon.first_names:
            return False
        head = text[: inner.start() + 1]
        return self.lexicon.is_common_noun(head) or lemma_cased(head)[:1].islower()

    def _names_beside_roles(self, names: list[Span], capitalised: set[str]) -> dict[str, Span]:
        """Role noun (and adjective + role noun) -> the name the text writes beside it:
        `Präsident Lukaschenko`, `der Sprecher, Hans Meier`, `Hans Meier, der Sprecher`."""
        out: dict[str, Span] = {}

        def put(key: str, name: Span) -> None:
            if key not in out or len(name.text) > len(out[key].text):
                out[key] = name

        for n in names:
            doc = n.doc
            k = n.start - 1
            while k >= 0 and doc[k].is_space:
                k -= 1  # `Bundeskanzlerin  Angela Merkel`
            comma = k >= 0 and doc[k].text == ","
            if comma:
                k -= 1
            genitive = comma and k >= 2 and doc[k - 1].lower_ in {"des", "der"} and doc[k - 2].text[:1].isupper()
            owner = not comma and n[-1].text.endswith("s") and n[-1].text[:-1].lower() in capitalised  # `der Anwältin Rahmani Purs`
            plural = k >= 0 and doc[k].lower_.endswith("ern") and lemma(doc[k].text).lower().endswith("er")  # `den Ermittlern Demjanjuk`
            if k >= 0 and doc[k].text[:1].isupper() and self._noun(doc[k].text) and not genitive and not owner and not plural:
                for key in role_keys(doc, k):  # but `Der Bruder des Papstes, Georg Ratzinger` is the brother
                    put(key, n)
            if comma:
                office = self._office_before_attribute(doc, k)
                if office is not None:  # `der Ministerpräsident des Landes Niedersachsen, Christian Wulff`
                    for key in role_keys(doc, office):
                        put(key, n)
            after = n.end + 1 if n.end < len(doc) and doc[n.end].text == "," else None
            relative = after is not None and after + 1 < len(doc) and doc[after].lower_ in RELATIVE and doc[after + 1].lower_ in DETERMINERS
            if after is not None and not relative:  # `Atilla Selek, der die Zünder schmuggelte`: a relative clause
                for j in range(after, min(len(doc), after + 4)):
                    if doc[j].is_punct or doc[j].lower_ in PREPOSITIONS or doc[j].is_alpha and doc[j].text[0].islower() and inflected_verb(doc[j].text):
                        break  # not `Dorothea Henzler, mit der Bitte`, `… Präsidenten Lai Ching-te, sagte die Sprecherin`
                    if j + 1 < len(doc) and doc[j].text.endswith("s") and doc[j + 1].text[:1].isupper():
                        continue  # a genitive before the noun: `Winfried Hassemer, Papiers Stellvertreter`
                    if doc[j].text[:1].isupper() and self._noun(doc[j].text):
                        for key in role_keys(doc, j):
                            put(key, n)
                        break
        return out

    def _office_before_attribute(self, doc: Doc, k: int) -> int | None:
        """The person noun before a genitive or prepositional attribute that ends at k: `der
        Generalanwalt des Europäischen Gerichtshofes`, `Vize-Außenminister für internationale
        Beziehungen`."""
        for j in range(k - 1, max(-1, k - 6), -1):
            t = doc[j]
            if t.is_punct or t.is_alpha and t.text[0].islower() and inflected_verb(t.text):
                return None  # a verb between: `Der Präsident des Staates sagte vor der Presse, Annabi sei tot`
            if t.lower_ in {"des", "der", "für", "von", "vom"} and j > 0:
                office = doc[j - 2] if doc[j - 1].is_space and j > 1 else doc[j - 1]  # also `EU-Kommissar  für Kultur`
                base = office.text.removesuffix("s")  # `des Generalanwalts`
                if office.text[:1].isupper() and person_noun(base) and not institution_noun(base) and self._noun(base):
                    return office.i
        return None

    def _place_adjective(self, t: Token) -> bool:
        """`Schweizer`, `Berliner` before a noun: an adjective of the place, not the noun of its people."""
        after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        return after is not None and after.text[:1].isupper() and self._noun(after.text) and self._resident(t.text)

    def _resident(self, word: str) -> bool:
        """`Berliner`, `Kölnerin`, `Bremer`, `Münchner`, `Karlsruher`: someone (or something) from a
        place the lexicon knows."""
        stem = word.removesuffix("in")
        return stem.endswith("er") and any(self.lexicon.is_place(place) for place in (stem[:-2], stem[:-1], stem[:-2] + "en", stem[:-3] + "en"))

    def _proper_adjective(self, adjective: str, noun: str) -> str | None:
        """`Deutschen` + `Wetterdienst` -> `Deutscher Wetterdienst`: a capitalised adjective in a
        name, put in the nominative of the noun's gender; None if `adjective` is no adjective."""
        match = PROPER_ADJECTIVE.match(adjective)
        if match is None:
            return None
        ending = {"m": "er", "f": "e", "n": "es"}.get(self._compound_genus(noun), match.group(2))
        return f"{match.group(1)}{ending} {noun}"

    def _agency_of(self, mention: Span) -> str | None:
        """A body of the United Nations, the European or the African Union named by its kind, the
        union and what it is for or where it works, in the nominative: `Das Kinderhilfswerk der
        Vereinten Nationen`, `des Büros der Vereinten Nationen für die Koordinierung humanitärer
        Angelegenheiten`, `Die Menschenrechtsbeobachtungsmission der Vereinten Nationen in der
        Ukraine`, `Der Gerichtshof der Europäischen Union`; None for anything else."""
        doc = mention.doc
        start = mention.start + (mention[0].lower_ in DETERMINERS)
        if mention.end - start < 4 or doc[start + 1].lower_ != "der" or doc[start + 2 : start + 4].text not in _UNIONS:
            return None
        kind = genitive_base(doc[start].text) or doc[start].text
        if not (kind.isalpha() and (institution_noun(kind) or kind.lower().endswith(_AGENCY_KINDS))):
            return None  # not `dem Sprecher der Vereinten Nationen`: someone of theirs
        end = start + 4
        placed = end < mention.end and doc[end].lower_ == "in"
        if end < mention.end and doc[end].lower_ in {"für", "in"}:  # what it is for, or where it works
            end = next((k for k in range(end, mention.end) if doc[k].text in {"(", ",", "–"}), mention.end)
        if kind.lower().endswith("mission") and not placed:
            return None  # `Die Wahlbeobachtermission der Europäischen Union`: one of many, named by where it works
        if end != mention.end and doc[end].text != "(":
            return None  # `Das Büro der Vereinten Nationen bestätigte`: a phrase that goes on is no name
        return self._nominative(doc[start:end].text)

    def _nominative(self, name: str, genus: str = "") -> str:
        """An organisation's name in the nominative, as it is listed: `des Auswärtigen Amtes` ->
        `Auswärtiges Amt`, `der Vereinten Nationen` -> `Vereinte Nationen`, `der Westdeutschen
        Allgemeinen Zeitung` -> `Westdeutsche Allgemeine Zeitung`, `des Bundesamts für Umwelt` ->
        `Bundesamt für Umwelt`, `Österreichs` -> `Österreich`. Only the capitalised words before
        the first small one are inflected (`für Umwelt` stays); other names as they are. `genus`
        is the noun's gender where the article before the name told it (`Das Nationale Inspektorat`)."""
        words = _TRUNCATED_PAIR.sub(lambda m: m.group(0).replace(" ", _JOINT), name).split()
        if len(words) < len(name.split()):  # `Ski- und Snowboardverband`: one noun, its gender the last part's
            return self._nominative(" ".join(words), genus).replace(_JOINT, " ")
        cut = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
        if cut == 0:
            return name
        if cut == len(words) == 1 and self.place_genitive(name):
            return name[:-1]  # `nach Auffassung Österreichs`
        if cut >= 3 and self.lexicon.is_place(words[cut - 1]):  # `der Kassenärztlichen Vereinigung Brandenburg`: the name, then its place
            return " ".join([self._nominative(" ".join(words[: cut - 1]), genus), *words[cut - 1 :]])
        head = genitive_base(words[0])
        # no German genitive in an English name or a club's word: `Minerals Council of Australia`, `Kickers Offenbach`
        kept = cut < len(words) and words[cut] in {"of", "for"} or words[0].lower() in CLUB_WORDS
        if head is not None and self.lexicon.is_noun_or_compound(head.rsplit("-", 1)[-1]) and (cut == 1 or not self._name_adjective(words[0])) and not kept:
            return " ".join([head, *words[1:]])  # `des Bundeskriminalamtes (BKA)`, `des Kraftfahrt-Bundesamtes`, `des Verbandes Deutscher Realschullehrer`
        *adjectives, noun = words[:cut]
        base = genitive_base(noun)
        if adjectives and base is not None and institution_noun(base) and not any(self._name_adjective(w) for w in adjectives):
            return " ".join([*adjectives, base, *words[cut:]])  # `des Robert Koch-Instituts`: named after someone
        lead = next((k for k, w in enumerate(adjectives) if not (_invariant(w) or self._name_adjective(w))), len(adjectives))
        adjectives, middle = adjectives[:lead], adjectives[lead:]  # `der Deutschen Eishockey Liga`: a noun before the noun, uninflected
        if not adjectives or any(self._first_name(w) or self.lexicon.is_place(w) for w in middle):
            return name
        genitive = genitive_base(noun)
        noun = genitive or noun
        plural = genitive is None and plural_form(noun)  # `Nationen`, `Staaten`
        ending = "e" if plural else {"m": "er", "f": "e", "n": "es"}.get(genus or self._compound_genus(noun))
        if ending is None or not genus and ending != "e" and genitive is None and noun.endswith(("er", "el", "en")) and adjectives[-1].endswith("e"):
            return name  # `Politische Berater`: a plural that looks like its singular
        declined = [w if _invariant(w) else _declined(w, ending) for w in adjectives]
        return " ".join([*declined, *middle, noun, *words[cut:]])

    def place_genitive(self, word: str) -> bool:
        """`Österreichs`, `Islands`: a place's name in the genitive."""
        return word.endswith("s") and self.lexicon.is_place(word[:-1])

    def _name_adjective(self, word: str) -> bool:
        """`Auswärtigen`, `Vereinten`, `Allgemeinen`, `Neue`: an inflected adjective, which the
        lemmatiser gives as an adjective (`neu`) or as a noun made of one (`Vereinter`)."""
        lead, hyphen, last = word.rpartition("-")
        if hyphen and lead[:1].isupper() and lead.replace("-", "").isalpha() and last[:1].isupper():
            return self._name_adjective(last)  # `Syrisch-Arabische`, `Christlich-Sozialen`: the last part is declined
        match = _ADJECTIVE_STEM.match(word)
        if match is None or self.lexicon.is_place(word) or self._first_name(word):
            return False
        if len(word) > 10 and self.lexicon.is_common_noun(word) and lemma_cased(word) == word:
            return False  # `Verbraucherzentrale`, a noun ending as `Kommunale` does
        if PROPER_ADJECTIVE.match(word) or _ORDINAL.match(word):
            return True  # also `Zweites Deutsches Fernsehen`
        base = lemma_cased(word)
        if base[:1].isupper() and not base.endswith(("e", "er", "es")) or base == word:
            return False  # `Verbandes`: a noun
        stem = base if base[:1].islower() else re.sub(r"(e|er|es)$", "", base)
        return stem.lower() == match.group(1).lower()

    def _compound_genus(self, noun: str) -> str:
        """The gender of a noun or of the longest known noun it ends in (`Wetterdienst`: `Dienst`)."""
        noun = noun.rsplit("-", 1)[-1]  # `Fußball-Bund`: `Bund`
        if noun.endswith(("orat", "iat")) and not self.lexicon.genus(noun):
            return "n"  # `Inspektorat`, `Kommissariat`: a Latin office, not a `Rat`
        for k in range(len(noun) - 2):
            genus = _GENUS_IN_NAMES.get(noun[k:].capitalize()) or self.lexicon.genus(noun[k:].capitalize())
            if genus:
                return genus
        return ""

    def _phrase_gender(self, phrase: Span) -> str:
        """m, f, p (plural) or "" from the article and the head noun of a noun phrase."""
        first = phrase[0].lower_
        if first in {"einige", "viele", "mehrere", "alle", "beide", "zahlreiche", "manche", *NUMBER_WORDS} or phrase[0].like_num and first not in {"1", "eins"}:
            return "p"
        head = phrase[0]
        if (
            len(phrase) == 1
            and self.lexicon.is_common_noun(head.text)
            and lemma(head.text).lower() != head.lower_
            and lemma(head.text).capitalize() not in self.lexicon.given_names  # `Stevens` is no plural of `Steven`
        ):
            return "p"  # `Ausländern`, `Experten`: a noun without article, inflected, is a plural
        if first == "die" and AGE_NOUN.match(phrase[-1].text):
            return "f" if phrase[-1].text.endswith("e") else "p"  # `die 47-Jährige`, `die 30-Jährigen`: no capital, which the lexicon would read
        words = [t for t in phrase if t.text[:1].isupper() and t.lower_ not in DETERMINERS]
        if any(t.lower_ in FEMALE_TITLES or female_role(t.text, self.lexicon) for t in words):
            return "f"
        bare = first not in DETERMINERS  # `Müller` alone is a name, not the miller
        nouns = [t for t in words if self.lexicon.is_common_noun(t.text) and not (bare and t.text in self.lexicon.surnames)]
        # `Konservative Partei`, `Die Schweizer Großbank`: `Partei`, `Großbank`
        head = next((t for t in nouns if not adjectival(t.text) and not self._place_adjective(t)), nouns[0] if nouns else None)
        genus = self.lexicon.genus(head.text) if head is not None else ""
        if head is not None and head.i + 1 < phrase.end and self._place_adjective(head):
            genus = self._compound_genus(head.nbor(1).text)  # `Die Bonner Prüfbehörde`: a compound the lexicon lacks, after its town's adjective
        if first in POSSESSIVES and first.endswith("e"):
            first = "die"  # `seine Partei`, `ihre Anhänger`
        if first in {"der", "ein", "dieser", "jener", "kein"} or genus == "m" and first not in {"die", "eine"}:
            return "m"
        if first in {"die", "eine"} and head is not None:
            return "f" if genus == "f" or first == "eine" else "p"
        if first == "das":
            return "n"
        return self._gender(phrase) if any(t.text[:1].isupper() for t in phrase) else ""

    def _run_kind(self, run: Span) -> str:
        if len(run) >= 2 and (legal_form(run[-1]) or run[-1].lower_ in _COMPANY_ENDS):
            return "organisation"  # `Beate Uhse AG`, though it starts with a first name; `Continental Airlines`
        if len(run) == 1 and self.lexicon.is_place(run.text) and run.text not in self.lexicon.surnames:
            return "place"  # `Sofia`, a first name too, alone: the town
        if len(run) >= 2 and run[0].text in _ROMANCE_ARTICLES and run.start > 0 and run.doc[run.start - 1].lower_ in {"in", "nach", "aus"}:
            return "place"  # `vor Anhängern in El Alto`, which the lexicon lacks; not `Marine Le Pen`
        if any(t.text in self.lexicon.first_names for t in run) or len(run) >= 2 and run[0].text in self.lexicon.given_names:
            return "person"
        if is_abbreviation(run.text) or {t.lower_ for t in run} & (ORG_MARKERS | CLUB_WORDS) or run[-1].text in ORGANISATION_NAMES:
            return "organisation"
        if self.lexicon.is_place(run[-1].text) or run[-1].text in _PLACE_WORDS or all(self.lexicon.is_place(p) for p in run[-1].text.split("-")):
            return "place"  # also `Nürnberg-Fürth`
        if run[0].text == "Bad" and len(run) > 1 or run.start > 0 and run.doc[run.start - 1].text in _PLACE_KINDS:
            return "place"  # `Bad Lindenau`: a spa town the lexicon lacks; `der Stadt Al-Faschir`
        if len(run) >= 2 and self.lexicon.is_place(run.text):
            return "place"  # `New York`, `Puerto Rico`: listed whole, not by their last word
        if len(run) == 1 and run.text in self.lexicon.surnames:
            return "person"  # `Köhler` alone, which the index admits only as a name
        if any(self.lexicon.is_common_noun(t.text) for t in run if t.text[:1].isupper()):
            return "organisation"  # `Demokratische Partei`, `International Airshow`
        return "unknown"

    def _personal(self, run: Span, index: NameIndex) -> bool:
        """Whether a name is a person's: by itself, or by its fullest spelling (`Kachelmann`,
        written `Jörg Kachelmann` before), or by the office before it (`General Soleimani`)."""
        first = index.by_surname.get(surname_key(run, index.capitalised), run.text).split()[0]
        office = run.doc[run.start - 1].text if run.start > 0 else ""  # `Flüchtlingskommissar Mizanur Rahman`, a given name the lexicon lacks
        return self._run_kind(run) == "person" or first in self.lexicon.first_names or any(
            word[:1].isupper() and person_noun(word) and not institution_noun(word) for word in (first, office)
        )

    def _gender(self, run: Span) -> str:
        found = self._context_gender(run)
        if found:
            return found
        if len(run) >= 2 and run[0].is_alpha:
            return first_name_gender(run[1].text if _family_first(run) else run[0].text)  # `Li Fei` is no `Li`
        if run.text in self.lexicon.first_names and run.text not in self.lexicon.surnames and run.text.lower() not in CALENDAR:
            return first_name_gender(run.text)  # a child named by the first name alone: `Kevin`
        return ""

    def _name_gender(self, name: str, index: NameIndex) -> str:
        """The gender the text gives a full name: by the words before it or before its first name
        alone (`seiner Frau Stephanie`), else by the first-name list."""
        return self._told_gender(name, index) or first_name_gender(_first_of(name))

    def _told_gender(self, name: str, index: NameIndex) -> str:
        """The gender the words before a full name or its first name give it anywhere in the text:
        `der Regisseurin Nino Kapanadze`, whose first name is a man's in the list."""
        first = _first_of(name)
        return next((found for run in index.names if run.text in (name, first) and (found := self._context_gender(run))), "")

    def _context_gender(self, run: Span) -> str:
        """The gender the words right before a name give it: `Sprecherin`, `Frau`, `Minister`."""
        doc = run.doc
        start = run.start
        while start > 0 and doc[start - 1].lower_ in ACADEMIC_TITLES:
            start -= 1  # `die Ökologin Prof. Henrike Valentin`: an academic title tells no gender
        for k in range(start - 1, max(-1, start - 3), -1):
            word = doc[k]
            if word.lower_ in FEMALE_TITLES or word.text[:1].isupper() and female_role(word.text, self.lexicon):
                return "f"  # also compounds the lexicon lacks: `Bildungsbürgermeisterin`
            made_noun = word.text not in self.lexicon.nouns and lemma(word.text) == f"{word.lower_}r" or len(run) > 1 and word.lower_.endswith(ADJECTIVE_PEOPLE)  # also those the noun lexicon lists with one genus
            if word.text[:1].isupper() and word.lower_.endswith("e") and made_noun:
                # `Vereinsvorsitzende Monika Hauser`: an adjective's noun in -e is a man's only after
                # `der` (`Der niedersächsische Landtagsabgeordnete Günter Lenz`)
                return "m" if article_before(doc, k) == "der" else "f"
            if word.text[:1].isupper() and word.lower_.endswith("en") and lemma(word.text) == f"{word.lower_[:-1]}r":
                break  # `der CDU-Landtagsabgeordneten Daniela Morsch`: an adjective's noun in -en is a woman's or a man's
            if word.text[:1].isupper() and self.lexicon.genus(word.text) == "m" and not self.lexicon.inanimate(word.text):
                return "m"  # `Sprecher X`, not `im Landtag Gudrun Pieper`
            if word.text[:1].isupper() and not word.lower_.endswith(("in", "e")) and not self.lexicon.genus(word.text) and person_noun(word.text) and self._compound_genus(word.text) == "m":
                return "m"  # a compound office the lexicon lacks: `Zivilschutzsprecher Junie Castillo` (not `Epidemiologin`, `Betriebsratsvorsitzende`)
            if not word.text[:1].isupper() or self.lexicon.genus(word.text) and self.lexicon.inanimate(word.text):
                break  # the thing it names decides: `Die Schweizer Großbank UBS` is no Swiss man
        apposed = self._apposed_gender(run) if run.start > run.sent.start and doc[run.start - 1].text == "," else ""
        first = run.sent[0].lower_
        if not apposed and first in {"der", "die"} and run.start - 1 > run.sent.start and doc[run.start - 1].text == "," and run.end < len(doc) and doc[run.end].text == ",":
            return "m" if first == "der" else "f"  # named in apposition to the sentence's subject: `Der Gesandte der UN für den Sudan, Ramtane Lamamra,`
        return apposed or self._woman_by_apposition(run)

    def _woman_by_apposition(self, run: Span) -> str:
        """`f` for a name followed by a woman's role in apposition (`Nino Tschantladse,
        Fraktionschefin der …`, whose first name the list holds a man's), not by the title of
        someone named next (`, Kanzlerin Merkel`)."""
        doc, k = run.doc, run.end + 1
        if k >= len(doc) or doc[run.end].text != "," or not doc[k].text[:1].isupper() or not female_role(doc[k].text, self.lexicon):
            return ""
        return "" if k + 1 < len(doc) and doc[k + 1].text[:1].isupper() else "f"

    def _apposed_gender(self, run: Span) -> str:
        """The gender of the role a name after a comma stands in apposition to: `gilt der
        Vorsitzende der CPN-UML, Khadga Prasad Sharma Oli` (whose first name ends as women's do)."""
        doc, comma = run.doc, run.start - 1
        for k in range(max(run.sent.start, comma - 10), comma - 1):
            article, noun = doc[k].lower_, doc[k + 1]
            if article in POSSESSIVES:
                article = next((a for ending, a in _ARTICLE_OF_ENDING if article.endswith(ending)), article)  # `ihrem Vorstandsvorsitzenden`
            if article not in {"der", "die", "dem", "den", "des"} or not (noun.text[:1].isupper() and person_noun(noun.text) and not institution_noun(noun.text)):
                continue
            if self._place_adjective(noun):
                continue  # `der Frankfurter Privatbank`: a place's adjective, no one
            if female_role(noun.text, self.lexicon):
                return "f"
            if article == "der" and noun.lower_.endswith("en"):
                return ""  # `der Vorsitzenden`: a woman's dative, or anyone's genitive
            return "f" if article == "die" else "m"
        return ""

    def _role_noun(self, mention: Span) -> Token | None:
        head = attribute_end(mention)
        words = mention if head is None else mention.doc[head : mention.end]  # not `Ort` in `der im Ort X geborene Astronaut`
        nouns = [t for t in words if t.text[:1].isupper() and t.lower_ not in DETERMINERS and (self._noun(t.text) or described_loosely(t.text)) and not self._place_adjective(t)]
        return nouns[0] if nouns else None  # `Das Wolfsburger Unternehmen`: the company, not someone from Wolfsburg

    def _noun(self, word: str) -> bool:
        """A common noun, also a compound (`Untersuchungsrichter`, `Vize-Außenminister`)."""
        return self.lexicon.is_noun_or_compound(word) or "-" in word and self.lexicon.is_noun_or_compound(word.rsplit("-", 1)[1])


def _dateline_town(texts: list[str]) -> str:
    """The town of an article's dateline (`Langenthal` of `Langenthal BE (sda) –`), or empty."""
    end = next((k for k, text in enumerate(texts) if not text[:1].isupper()), len(texts))
    return texts[0] if 0 < end <= 2 and _dateline_after(texts, end) else ""


def _dateline_after(texts: list[str], j: int) -> bool:
    """Whether the words up to `j` open the article as its dateline: `Langenthal BE (sda) –`, `Kufstein –`."""
    if j + 3 < len(texts) and texts[j] == "(" and texts[j + 2] == ")":
        agency = texts[j + 1]
        if not (agency.islower() or agency.lower() in NEWS_AGENCIES or agency.lower().endswith("-sda")):
            return False  # `Gion Casanova (Mitte) –`: a party, after a name
        j += 3
    return j < len(texts) and texts[j] in {"–", "-", "—"}


def female_role(word: str, lexicon: NameLexicon) -> bool:
    """`Bundeskanzlerin`, `Ministerin`: a feminine role noun, also when only its masculine
    form (`Bundeskanzler`) is in the lexicon; a hyphenated one by its last part (`BA-Chefin`)."""
    word = word.rsplit("-", 1)[-1]
    if not word.endswith("in") or len(word) < 6:
        return False
    if lexicon.genus(word) == "f" or lexicon.genus(word[:-2]) == "m" or word[:-2].endswith(("er", "ent", "ist", "eur", "or", "ast", "graf", "graph", "olog", "nom")):  # also `Gymnasiastin`, `Ozeanografin`
        return True
    # a compound the lexicon lacks, by a known feminine at its end: `Kartellrechts|anwältin`
    return not lexicon.genus(word) and any(lexicon.genus(word[k:].capitalize()) == "f" for k in range(1, len(word) - 6))


def _given_alone(leads: dict[str, set[str]], by_surname: dict[str, str]) -> dict[str, str]:
    """Words that begin exactly one two-word name (`leads`: word -> surname keys) and stand
    alone elsewhere, never as a longer name's last word or inside that name after its first:
    `Sonthi` -> `boonyaratglin`."""
    found = {}
    for word, keys in leads.items():
        if len(keys) != 1:
            continue
        (key,) = keys
        alone = word in by_surname and " " not in by_surname[word]
        if alone and word not in [name_key(w) for w in by_surname.get(key, "").split()[1:]]:
            found[word] = key
    return found


def _known_as(middles: dict[str, set[str]], by_surname: dict[str, str]) -> dict[str, str]:
    """Words inside exactly one long name (`middles`: word -> surname keys) that stand alone
    elsewhere: `Lula` -> `silva`, after `Luiz Inácio Lula da Silva`."""
    return {
        word: next(iter(keys))
        for word, keys in middles.items()
        if len(keys) == 1 and word in by_surname and " " not in by_surname[word] and word not in keys
    }


def the_one(runs: Iterable[Span]) -> Span | None:
    """The one name among `runs`, however often the text writes it; None for none or several."""
    found = {run.text: run for run in runs}
    return next(iter(found.values())) if len(found) == 1 else None


def _alpha_or_double(word: str) -> bool:
    """A word, or a double-barrelled surname of capitalised words: `Strack-Zimmermann`, `Hoffmeister-Kraut`."""
    parts = word.split("-")
    return all(p.isalpha() and (p[:1].isupper() or len(parts) == 1) for p in parts) and all(parts)


def genitive_base(word: str) -> str | None:
    """`Amtes` -> `Amt`, `Flughafens` -> `Flughafen`: the word a genitive in -s or -es is of; None for any other word."""
    if not word.endswith("s"):
        return None
    joined = _JOINED_NOUN.match(word)
    if joined:  # `Fußball-Bundes`, `Sparkassen- und Giroverbandes`: the genitive of its last noun
        base = genitive_base(joined.group(2))
        return None if base is None else joined.group(1) + base
    base = lemma_cased(word)
    if base in {word[:-1], word[:-2]}:
        return base
    if base == word and institution_noun(word[:-1]):
        return word[:-1]  # `des Sekretariats`: an institution's noun the lemmatiser lacks
    return _compound_genitive_base(word) if base == word and len(word) >= 10 else None


@lru_cache(maxsize=4096)
def _compound_genitive_base(word: str) -> str | None:
    """A compound the lemmatiser does not know, in the genitive, by its last known noun:
    `Kreisfeuerwehrverbands` -> `Kreisfeuerwehrverband`."""
    for cut in range(3, len(word) - 4):
        tail = word[cut:].capitalize()
        base = lemma_cased(tail)
        if base != tail and base in {tail[:-1], tail[:-2]}:
            return word[:cut] + base.lower()
    return None


def plural_form(word: str) -> bool:
    """`Nationen`, `Länderparlamente`: a noun longer than its lemma, which it begins with."""
    base = lemma_cased(word)
    return len(word) > len(base) and word.startswith(base)


def _invariant(word: str) -> bool:
    """`Zürcher`, `Frankfurter`, `Hamburger`: a place's adjective, the same in every case."""
    return word.endswith("er") and lemma_cased(word) == word


def _declined(adjective: str, ending: str) -> str:
    """`Arabische` + `er` -> `Arabischer`, `Syrisch-Arabische` -> `Syrisch-Arabischer`: its last part's ending replaced."""
    lead, hyphen, last = adjective.rpartition("-")
    return lead + hyphen + _ADJECTIVE_STEM.match(last).group(1) + ending


def hyphen_adjective(word: str) -> bool:
    """`SPD-nahen`, `CDU-geführten`: an adjective made on a name, not a name (but `Ban Ki-moon`)."""
    last = word.rpartition("-")[2]
    return word[:1].isupper() and last[:1].islower() and len(last) > 3 and last.endswith(("e", "en", "er", "es", "em"))


_ARTICLE_OF_ENDING = (("em", "dem"), ("es", "des"), ("en", "den"), ("er", "der"), ("e", "die"))  # `ihrem` as `dem`, `seine` as `die`


def article_before(doc: Doc, k: int) -> str:
    """The article before token k, up to three small words between (`einen festen Lerntag`, `Der
    niedersächsische Landtagsabgeordnete`), or ""."""
    j = k - 1
    while j >= 0 and k - j <= 3 and doc[j].is_alpha and doc[j].text.islower() and doc[j].lower_ not in DETERMINERS:
        j -= 1
    return doc[j].lower_ if j >= 0 and doc[j].lower_ in DETERMINERS else ""


def _first_of(name: str) -> str:
    """A full name's first name: `Nino` of `Nino Kapanadze`, `Fei` of `Li Fei`."""
    words = name.split()
    return words[1] if len(words) == 2 and words[0] in FAMILY_FIRST else words[0]


def adjectival(word: str) -> bool:
    """`Unbekannten`, `Verletzten`: a noun made of an adjective or participle, inflected."""
    low = word.lower()
    base = lemma_cased(low)
    return "-" not in low and low.endswith(("e", "en", "er", "em", "es")) and base != low and base[:1].islower()


def attribute_end(mention: Span) -> int | None:
    """Where the head of `der in dem Ort X geborene Astronaut` begins: after the attribute
    phrase between article and participle, whose nouns and names are not the one meant."""
    if len(mention) < 3 or mention[0].lower_ not in DETERMINERS or mention[1].lower_ not in PREPOSITIONS:
        return None
    doc = mention.doc
    return next(
        (
            t.i
            for t in mention[2:-1]
            if t.text[:1].islower() and t.lower_.endswith(("e", "en")) and doc[t.i - 1].lower_ not in DETERMINERS and doc[t.i + 1].text[:1].isupper()
        ),
        None,
    )


def surname_key(run: Span, capitalised: set[str]) -> str:
    """The lower-cased surname of a name run; a genitive (`Merkels`, `Herta Müllers`) loses its
    `s` when the bare form also occurs in the document."""
    if known_by_first_word(run):
        return run[0].lower_  # `Tesla Motors` is `Tesla` for short, `Kessler Chemie` is `Kessler`, `Quantix Software SE` is `Quantix`
    if len(run) >= 2 and _KOREAN_GIVEN.match(run[-1].text) or _family_first(run):
        return run[-2].lower_  # `Ban Ki-moon` is `Ban`, `Hu Jia` is `Hu`: the family name comes first
    last = run[-1].text
    if last.endswith("s") and len(last) > 4 and (last[:-1].lower() in capitalised or _after_noun(run)):
        last = last[:-1]
    return name_key(last)


def legal_form(token: Token) -> bool:
    """Whether a word is a company's legal form: `AG`, `GmbH`, `Ltd.`."""
    return token.lower_.rstrip(".") in LEGAL_FORMS


def known_by_first_word(run: Span) -> bool:
    """A company's name that ends in a company's word or legal form, which its first word stands for."""
    return len(run) >= 2 and (run[-1].lower_ in _COMPANY_ENDS or legal_form(run[-1]) and run[0].is_alpha)


def _family_first(run: Span) -> bool:
    """`Hu Jia`, `Li Fei`: a Chinese family name, then a given name."""
    return len(run) == 2 and run[0].text in FAMILY_FIRST and run[1].is_alpha and run[1].text[:1].isupper() and run[1].text not in PRONOUNS


def name_key(word: str) -> str:
    """The key a surname is known by in a document, with and without its accents: `Erdogan`
    is the `Recep Tayyip Erdoğan` named before."""
    return without_accents(word.lower())


def _after_noun(run: Span) -> bool:
    """`Das Ausrasten Timothee Atoubas`: a name right after a noun that is no office stands in
    the genitive."""
    doc = run.doc
    if run.start < 2 or doc[run.start - 2].lower_ not in {"der", "die", "das", "den", "dem", "des"}:
        return False
    before = doc[run.start - 1]
    if not before.text[:1].isupper() or not before.is_alpha or person_noun(before.text) or person_noun(lemma_cased(before.text)):
        return False
    lexicon = name_lexicon()  # not `der Pilot Charles Riggs`: a noun for a person is an office
    return lexicon.inanimate(before.text) or not lexicon.is_common_noun(before.text)


def office_noun(word: str) -> str:
    """One form for every case of a noun made of an adjective or participle, which declines
    like one (`der Angeklagte`, `dem Angeklagten`, `ein Angeklagter`: `angeklagte`); else its lemma."""
    match = _ADJECTIVAL_ENDING.match(word)
    if match is not None:
        stem = match.group(1)
        lexicon = name_lexicon()
        if stem + "e" in lexicon.nouns and stem + "er" in lexicon.nouns:
            return (stem + "e").lower()
    return lemma(word)


def role_keys(doc: Doc, k: int, start: int | None = None) -> list[str]:
    """`präsident`, and with the adjective or country genitive before it, `brasilian präsident`."""
    noun = office_noun(doc[k].text)
    lexicon = name_lexicon()
    if noun.endswith("s") and not lexicon.is_common_noun(doc[k].text) and lexicon.is_noun_or_compound(doc[k].text[:-1]):
        noun = noun[:-1]  # the genitive `des Generalanwalts`
    keys = []
    j = k - 1
    lower = max(start if start is not None else 0, k - 3)
    while j >= lower and (_attributive(doc[j]) or doc[j].text.endswith("s") and doc[j].text[:1].isupper()):
        keys.append(f"{attribute_stem(doc[j].text)} {noun}")
        j -= 1
    return [*keys, noun] if not keys else keys


def _attributive(t: Token) -> bool:
    """An adjective before a noun, which is always inflected (`brasilianische`, `ehemaligen`),
    unlike the prepositions, adverbs and verbs that may stand there (`vom`, `nun`, `hat`)."""
    return (
        t.is_alpha
        and t.text[:1].islower()
        and t.lower_.endswith(("e", "en", "er", "em", "es"))
        and t.lower_ not in DETERMINERS | PREPOSITIONS | ADVERBS | CONJUNCTIONS | POSSESSIVES
    )


def attribute_stem(word: str) -> str:
    """A rough stem shared by `brasilianische`, `brasilianischen` and `Brasiliens`."""
    return word.lower()[:6]


def is_abbreviation(text: str) -> bool:
    return bool(ABBREVIATION.match(text))


def _spelled_out(doc: Doc, bracket: int, abbreviation: str) -> str | None:
    """The words before a bracket whose capitals spell the abbreviation, small words between
    them, the first word maybe giving several letters: `Organisation für Sicherheit und
    Zusammenarbeit in Europa (OSZE)`, `Bundesamt für Migration und Flüchtlinge (BAMF)`."""
    letters = [c for c in abbreviation if c.isupper()]
    if len(letters) < 2:
        return None
    left = len(letters)  # letters not yet spelled, from the front
    bracketed = bracket < len(doc) and doc[bracket].text == "("  # only a bracket ties an adjective spelled by no capital into the name
    for j in range(bracket - 1, max(-1, bracket - 16), -1):
        word = doc[j].text
        if not (word[:1].isupper() and (doc[j].is_alpha or "-" in word)) or doc[j].lower_ in DETERMINERS:
            inner_adjective = bracketed and _SMALL_ADJECTIVE.match(word) and j > 0 and doc[j - 1].lower_ in _INITIAL_LINKS  # `Institut der deutschen Wirtschaft (IW)`
            listed = bracketed and word == "," and j > 0 and doc[j - 1].text[:1].isupper()  # `Industriegewerkschaft Bergbau, Chemie, Energie (IG BCE)`
            if (doc[j].lower_ not in _INITIAL_LINKS or word[:1].isupper()) and not inner_adjective and not listed:
                return None
            continue
        initials = [part[0] for part in word.split("-") if part[:1].isupper()]
        if len(initials) > 1 and left > len(initials) and initials == letters[left - len(initials) : left]:
            left -= len(initials)  # `Robert Koch-Instituts (RKI)`: each part of a compound gives its letter
            continue
        if word[0] == letters[0] and _spelled_in(letters[1:left], word[1:].lower()):
            if (
                bracketed
                and j >= 2
                and (PROPER_ADJECTIVE.match(doc[j - 1].text) or _invariant(doc[j - 1].text))
                and doc[j - 2].lower_ in DETERMINERS
                and not (doc[j - 1].lower_.endswith(COMPANY_NOUNS) or institution_noun(doc[j - 1].text))  # not `Der Armaturenhersteller Saalfelder Armaturenwerke (SAW)`
            ):
                j -= 1  # `das Hessische Landeskriminalamt (LKA)`, `des Thüringer Landeskriminalamts (LKA)`: the state's adjective belongs to the name it spells
            return doc[j:bracket].text
        if left >= 2 and word[0] == letters[left - 1]:
            left -= 1
            continue
        # a compound's later nouns give letters too, before a bracket: `Bundesverband` for the `BV` of `(vzbv)`
        several = bracketed and next((n for n in (2, 3) if left - n >= 1 and word[0] == letters[left - n] and _spelled_in(letters[left - n + 1 : left], word[1:].lower())), 0)
        if not several:
            return None
        left -= several
    return None


def _spelled_in(letters: list[str], word: str) -> bool:
    k = 0
    for c in word:
        if k < len(letters) and c == letters[k].lower():
            k += 1
    return k == len(letters)


def _article_before_alone(t: Token) -> bool:
    """An article before t and no capitalised word after it: `Der Roman erzählt`, not `des August Bebel`."""
    doc = t.doc
    return t.i > 0 and doc[t.i - 1].lower_ in DETERMINERS and not (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper())


def _owned_by_name(t: Token) -> bool:
    """Whether a name's genitive stands right before t, the name written elsewhere without its
    `-s`: `Wendts` in `Wendts Roman` after `Tomasz Wendt`."""
    if t.i == 0:
        return False
    before = t.doc[t.i - 1].text
    return len(before) > 2 and before.endswith("s") and before[:1].isupper() and re.search(rf"\b{re.escape(before[:-1])}\b(?!s)", t.doc.text) is not None


def _english_of(doc: Doc, texts: list[str], j: int) -> bool:
    """Whether word j is `of` or the capitalised word after it, which continue an English name
    even where that word is a place: `Civil Aviation Authority of Nepal`, `Voice of America`."""
    after = j + 1 if texts[j] == "of" else j if texts[j - 1] == "of" else len(doc)
    return after < len(doc) and texts[after][:1].isupper() and doc[after].is_alpha


def _ends_name(doc: Doc, k: int) -> bool:
    """Whether a name ends before token k: the text's end, punctuation or a verb."""
    after = doc[k] if k < len(doc) else None
    return after is None or after.is_punct or after.is_lower and inflected_verb(after.text)


def _before_legal_form(t: Token, noun: bool = False) -> bool:
    """Whether a company's legal form follows the capitalised word t, with only capitalised
    words between: `Ruhrmetall` in `die Ruhrmetall AG`; not the company's kind before its name
    (`Die Softwarefirma Quantix Software SE`), nor a common `noun` for people (`des
    Optikspezialisten Hellwig Optronics AG`)."""
    doc = t.doc
    for k in range(t.i + 1, min(t.i + 4, len(doc))):
        word = doc[k]
        if legal_form(word):
            return k == t.i + 1 or not _company_kind(t, noun)  # `Der Autobauer Brenner Automobilwerke AG`: its kind, then its name
        if not word.text[:1].isupper() or word.lower_ in DETERMINERS or word.lower_ in PREPOSITIONS:
            return False
    return False


def _company_kind(t: Token, noun: bool) -> bool:
    """A company's kind (`Softwarefirma`), or a common `noun` for people (`Optikspezialisten`),
    not a surname that reads as one (`Lindmann`, `Kaufmann`)."""
    someone = noun and person_noun(t.text) and not institution_noun(t.text) and not t.lower_.endswith("mann") and t.text not in name_lexicon().surnames
    return t.lower_.endswith(COMPANY_NOUNS) or someone


def _abbreviations(doc: Doc) -> dict[str, str]:
    """`Bundesgerichtshof (BGH)` -> {"BGH": "Bundesgerichtshof"}."""
    out: dict[str, str] = {}
    texts = [t.text for t in doc]
    first_use: dict[str, int] = {}  # abbreviations without a bracket, for `_spelled_near`
    for k, text in enumerate(texts):
        if 2 <= len(text) <= 6 and text.isupper() and text.isalpha() and len(first_use) < _SPELLED_ABBREVIATIONS:
            town = k > 1 and texts[k - 1].istitle() and texts[k - 1].endswith("er") and doc[k - 1].sent.start < k - 1
            if text.lower() in LEGAL_FORMS or town and text not in first_use:
                first_use[text] = -1  # part of a name (`die Ruhrmetall AG`, `der Hamburger SV`), not letters to spell
            first_use.setdefault(text, k)
    for k, text in enumerate(texts):
        if text == "(" and k + 3 < len(texts) and texts[k + 3] == ")" and is_abbreviation(texts[k + 1]) and is_abbreviation(texts[k + 2]):
            short = f"{texts[k + 1]} {texts[k + 2]}"  # `Kommunaler Arbeitgeberverband Nordrhein-Westfalen (KAV NW)`
            spelled = _spelled_out(doc, k, short.replace(" ", ""))
            if spelled is not None:
                out.setdefault(short, spelled)
    for t in (doc[k] for k, text in enumerate(texts) if text == "(" and k + 2 < len(texts) and texts[k + 2] == ")"):  # Tokens only at brackets
        syllabled = _syllables(doc, t.i)
        if syllabled:
            out.setdefault(doc[t.i + 1].text, " ".join(syllabled))
            continue
        if is_abbreviation(doc[t.i + 1].text) or _MIXED_ABBREVIATION.match(doc[t.i + 1].text):
            j = t.i - 1
            close = j
            while close >= 0 and close > j - 2 and doc[close].text in _NAME_QUOTES:
                close -= 1  # also doubled single marks: `''Koalition für Einheit''`
            if close < j:
                k = next((m for m in range(close, max(-1, close - 8), -1) if doc[m].text in _NAME_QUOTES), None)
                if k is not None and k < close:
                    out.setdefault(doc[t.i + 1].text, doc[k + 1 : close + 1].text)
                    continue
            spelled = _spelled_out(doc, t.i, doc[t.i + 1].text)
            if spelled is not None:
                out.setdefault(doc[t.i + 1].text, spelled)
                continue
            words = []
            while j >= 0 and len(words) < 6 and (
                doc[j].text[:1].isupper() and doc[j].lower_ not in DETERMINERS
                or words and doc[j].lower_ in _NAME_LINKS and j > 0 and doc[j - 1].text[:1].isupper()
                or words and doc[j].lower_ == "vom" and j > 0 and institution_noun(doc[j - 1].text)  # `Komitee vom Roten Kreuz (IKRK)`, not `Kühn vom …`
                or words and doc[j].lower_ == "und" and j > 0 and doc[j - 1].text.endswith("-")  # `Lesben- und Schwulenverband`
                or words and doc[j].lower_ in {"zur", "zum"} and j > 0 and doc[j - 1].text[:1].isupper()  # `Netzwerks zur Verteidigung der Menschenrechte (RNDDH)`
                or words and doc[j].lower_ in {"der", "des"} and j > 1 and doc[j - 1].text[:1].isupper() and doc[j - 2].lower_ in {"zur", "zum", "für"}
                # `Bundesverband deutscher Banken (BdB)`: a small word for a small letter
                or words and doc[j].is_alpha and doc[j].text[:1] in _small_letters(doc[t.i + 1].text) and j > 0 and doc[j - 1].text[:1].isupper()
                # `Schutzgemeinschaft der Kapitalanleger (SdK)`, not `Chef der Vereinten Nationen (UN)`
                or words
                and doc[j].lower_ in {"der", "des"}
                and j > 0
                and doc[j - 1].text[:1] == doc[t.i + 1].text[:1] != words[0][:1]
            ):
                words.insert(0, doc[j].text)  # also `Aufsichtsbehörde für Zivilluftfahrt (DGAC)`
                j -= 1
            if len(words) > 1 and words[1][:1].isupper() and words[0][0] != doc[t.i + 1].text[0] and (institution_noun(words[0]) or words[0].lower().endswith(COMPANY_NOUNS)):
                words = words[1:]  # `Die Hilfsorganisation Ärzte ohne Grenzen (MSF)`, `Der Armaturenhersteller Saalfelder Armaturenwerke (SAW)`: its kind, not its name
            if words:
                out.setdefault(doc[t.i + 1].text, " ".join(words))
        elif _LOWER_ABBREVIATION.match(doc[t.i + 1].text):
            short = doc[t.i + 1].text  # `amnesty international (ai)`: a name written in small letters
            words = doc[max(0, t.i - len(short)) : t.i]
            if len(words) == len(short) and all(w.is_alpha and w.text[0] == c for w, c in zip(words, short)):
                out.setdefault(short, words.text)
                continue
            spelled = _spelled_out(doc, t.i, short.upper())  # `der Verbraucherzentrale Bundesverband (vzbv)`
            if spelled is not None:
                out.setdefault(short, spelled)
    for short, at in first_use.items():
        if short not in out and at >= 2 and PROPER_ADJECTIVE.match(texts[at - 2]) and texts[at - 2][0] == short[0] and institution_noun(texts[at - 1]):
            out[short] = f"{texts[at - 2]} {texts[at - 1]}"  # `der Europäischen Weltraumorganisation ESA`: the name, then its letters
            continue
        spelled = _spelled_near(doc, texts, short, at) if short not in out and at >= 0 else None
        if spelled is not None:
            out[short] = spelled
        elif short not in out and short in _TRANSLATED and any(form in doc.text for form in _TRANSLATED[short]):
            out[short] = _TRANSLATED[short][0]  # `die Vereinten Nationen … Angaben der UN`: the English letters of a German name
    return out


def _small_letters(short: str) -> set[str]:
    """The small letters inside an abbreviation in mixed case (`d` of `BdB`); none where all are small."""
    return {c for c in short[1:] if c.islower()} if short[:1].isupper() else set()


def _syllables(doc: Doc, bracket: int) -> list[str]:
    """The capitalised words before a bracket that a word in it shortens by their syllables,
    its letters theirs in order from the first: `Ständige Impfkommission (Stiko)`,
    `Naturschutzbund Deutschland (Nabu)`; none for a place or word in brackets (`(Berlin)`)."""
    short = doc[bracket + 1].text
    if not (3 <= len(short) <= 8 and short.isalpha() and short.istitle()) or name_lexicon().is_noun_or_compound(short) or name_lexicon().is_place(short):
        return []
    words: list[str] = []
    for j in range(bracket - 1, max(-1, bracket - 6), -1):
        truncated = doc[j].lower_ == "und" and j > 0 and doc[j - 1].text.endswith("-")  # `Hotel- und Gaststättenverband (Dehoga)`
        linked = words and doc[j].lower_ == "für" and j > 0 and doc[j - 1].text[:1].isupper()  # `Bundesamt für Umwelt (Bafu)`
        if not (doc[j].text[:1].isupper() or truncated or linked) or doc[j].lower_ in DETERMINERS:
            break
        words.insert(0, doc[j].text)
        spelled = words[0][0] == short[0] and _spelled_in(list(short[1:].upper()), "".join(words)[1:].lower())
        if len(words) == 1 and spelled and len(words[0]) >= 2 * len(short) and (institution_noun(words[0]) or j > 0 and PROPER_ADJECTIVE.match(doc[j - 1].text)):
            # one long word spells it, with the adjectives of its name before it: `Der Naturschutzbund (Nabu)`,
            # `Die Eidgenössische Finanzmarktaufsicht (Finma)`, `Die Eidgenössische Wettbewerbskommission (Weko)`
            return _with_adjectives(doc, j, words)
        if len(words) > 1 and spelled:
            return words
    return []


def _with_adjectives(doc: Doc, j: int, words: list[str]) -> list[str]:
    """The words of a name with the capitalised adjectives right before word j, which begin it:
    `Die Eidgenössische Wettbewerbskommission (Weko)`."""
    while j > 0 and PROPER_ADJECTIVE.match(doc[j - 1].text):
        j -= 1
        words = [doc[j].text, *words]
    return words


def _spelled_near(doc: Doc, texts: list[str], abbreviation: str, at: int) -> str | None:
    """Words of several capitals that spell an abbreviation, with no bracket to tie them, within
    a window around its first use (bounded, so a huge text stays linear): `der Europäischen Union
    … die EU`, `Build Your Dreams … BYD`; the first found."""
    for k in range(max(1, at - _SPELLED_WINDOW), min(len(doc), at + _SPELLED_WINDOW) + 1):
        if texts[k - 1][:1] == abbreviation[-1] and texts[k - 1].isalpha() and (k == len(texts) or texts[k] != "("):  # a name of several words ends in the last letter's
            spelled = _spelled_out(doc, k, abbreviation)
            words = spelled.split() if spelled is not None else []
            truncated = any(w.endswith("-") for w in words) and not institution_noun(words[-1])  # not `Sozialhilfe- und Präventionsverordnung` for `SP`
            if len(words) > 1 and not any(w.isupper() or w.startswith(abbreviation + "-") for w in words) and not truncated:
                return spelled  # not `Der DFB und Bundestrainer`, `US-amerikanischen Staatsbürgern`
    return None


def _verb_read_in_name(t: Token, base: str) -> bool:
    """`Seibert`, which the lemmatiser reads as a form of a verb `seibern`: German writes a verb
    with a capital only at a sentence's start, so inside a sentence it is a name."""
    if not base.endswith(INFINITIVE_ENDINGS) or base == t.lower_ or t.i == 0:
        return False
    before = t.doc[t.i - 1]
    return not (before.is_punct or before.is_space or before.text in {"„", "»", "«", '"'})
