"""Resolve each speaker mention to the entity it names, and that entity's fullest name.

Within one article, without a coreference model:
- a mention that contains a name takes the fullest spelling of that name in the article
  ("Merkel" -> "Angela Merkel"); an organisation named with an article is its own name
  ("die Deutsche Bank"), and an abbreviation takes the name written before it in
  brackets ("Der BGH" -> "Bundesgerichtshof (BGH)");
- a role noun takes the name the article writes beside the same noun, and the same
  adjective where the mention has one ("der brasilianische Präsident" -> the name after
  "Der brasilianische Präsident" or "Brasiliens Präsident");
- a pronoun (or possessive: "seiner Meinung nach") takes the most salient agreeing entity
  of the last sentences: the last resolved speaker, else the last person named in a
  subject position; a relative pronoun takes the name before its comma.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from zitat.lexicon.cues import lemma, lemma_cased
from zitat.lexicon.names import (
    FEMALE_TITLES,
    ORG_MARKERS,
    NameLexicon,
    first_name_gender,
    institution_noun,
    name_lexicon,
    person_noun,
)
from zitat.lexicon.words import (
    ABBREVIATION,
    ADVERBS,
    CALENDAR,
    COMPLEMENTIZERS,
    CONJUNCTIONS,
    DETERMINERS,
    INDEFINITE_ARTICLES,
    NUMBER_WORDS,
    OBJECT_DETERMINERS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    SUBORDINATORS,
    TIMES,
    TITLES,
)
from zitat.pipeline.annotations import ADDRESSEE, QUOTE, SPEAKER, meta, spans_of
from zitat.pipeline.frames import (
    AGE_NOUN,
    CLOSING_MARKS,
    OPENING_MARKS,
    PASSIVE,
    attribute_participle,
    np_after,
    subject_of,
    v2_verb,
)
from zitat.text.quotemarks import QUOTE_MARKS

_NAME_JOINERS = {"von", "van", "de", "der", "al", "bin", "el", "zu", "-", "da"}
_MALE = {"er", "ihm", "ihn", "sein", "seine", "seiner", "seinen", "seinem", "seines"}
_FEMALE = {"sie", "ihr", "ihre", "ihrer", "ihren", "ihrem", "ihres"}
_RELATIVE = {"der", "die", "welcher", "welche"}
_TOLD = {"ihm", "ihn", "ihr", "ihnen"}  # object pronouns for whom a statement is made to
_ISSUED = (  # texts and words someone issues: `einer Mitteilung der Polizei`, `nach Einschätzung des Ministers`
    "verlautbarung", "erklärung", "mitteilung", "meldung", "stellungnahme", "bericht", "berichten", "angaben", "schreiben",
    "website", "homepage", "internetseite", "ankündigung", "aussage", "aussagen", "äußerung", "einschätzung", "auffassung",
    "ansicht", "darstellung", "auskunft", "informationen", "schätzung", "schätzungen", "worten", "recherchen",
    "haftbefehl", "urteil", "beschluss", "studie", "umfrage", "analyse", "nachrichten", "worte",
)
_VOICES = ("sprecher", "sprecherin", "verantwortlichen", "vertreter", "vertreterin")  # who speak for an organisation
_RANKS = {"General", "Commander", "Captain", "Colonel", "Lieutenant", "Sergeant", "Admiral", "Corporal", "Private"}  # ranks before a name
_ISSUING = {  # verbs by which someone issues a text: `gab eine Stellungnahme ab`, `veröffentlichte einen Bericht`
    "geben", "veröffentlichen", "verbreiten", "legen", "vorlegen", "herausgeben", "verfassen", "schreiben", "stellen",
    "vorstellen", "präsentieren", "schicken", "verschicken", "senden", "verlesen", "publizieren", "verabschieden", "erlassen",
}
_RUNNERS = ("betreiber", "herausgeber", "macher")  # who run a site or paper speak as it
_SPEAKING_FOR = _ISSUED + _RUNNERS  # nouns whose genitive or `von` phrase is who speaks
_NAME_LINKS = {"für", "of", "for", "ohne", "de", "du", "la"}  # small words inside an organisation's name
_LOWERCASE_MEDIA = {"taz", "heise"}  # media whose names are written in lower case
# How the names of public institutions begin: `Bundesverfassungsgericht`, `Landgericht`, `Oberlandesgericht`, `Amtsgericht`.
_OFFICIAL = ("bundes", "landes", "land", "ober", "amts", "verfassungs", "verwaltungs", "staats", "sozial", "arbeits", "finanz")
_TIME_ZONES = {"MEZ", "MESZ", "UTC", "GMT", "CET", "CEST", "EST", "EDT", "PST", "PDT"}  # `um 15:36 Uhr MEZ`: no organisation
# Nouns for a group or company that its name follows: `Die Gruppe Turkey Blocks`, `der Softwarehersteller Microsoft`.
_GROUP_NOUNS = ("gruppe", "initiative", "bewegung", "plattform", "kampagne", "netzwerk", "bündnis", "vereinigung", "hersteller", "anbieter", "betreiber")
_AGENCIES = {"dpa", "ddp", "epd", "kna", "sid", "apa", "afp", "ap", "reuters"}  # news agencies, as written in compounds
_PARTIES_BY_ADJECTIVE = {"Grünen": "Die Grünen", "Linke": "Die Linke", "Linken": "Die Linke"}
_COMMUNITIES = {"Stadt", "Gemeinde", "Land", "Bundesland", "Freistaat", "Kanton", "Landkreis", "Kreis", "Bezirk", "Provinz", "Staat"}
# Determiners that never stand before a person's name: `ein`, `kein`, `dieser`, `jener`, `jeder`, inflected.
_NOT_BEFORE_NAMES = INDEFINITE_ARTICLES | {"kein"} | {f"{stem}{end}" for stem in ("dies", "jen", "jed", "kein") for end in ("e", "er", "es", "em", "en")}
_MONARCHS = {"Fürst", "Fürstin", "König", "Königin", "Kaiser", "Kaiserin", "Papst", "Prinz", "Prinzessin", "Zar", "Sultan", "Emir", "Großherzog"}
_DEMONSTRATIVES = {"dieser": "m", "diese": "f", "jener": "m", "jene": "f"}
_WORKS = {"roman", "buch", "film", "lied", "song", "album", "serie", "stück", "gedicht", "oper", "titel"}
# Last words of newspaper and broadcaster names, which an adjective or place starts:
# `Süddeutsche Zeitung`, `Berliner Morgenpost`, `Deutsche Welle`.
_MEDIA_NAMES = {"zeitung", "rundschau", "morgenpost", "allgemeine", "post", "welle", "nachrichten", "presse", "kurier", "tagblatt", "anzeiger"}
# Heads of newspaper, broadcaster and agency names: `die „Netzeitung“`, `die Zeitung The Guardian`.
# Papers, programmes and groups whose names the lexicon reads as common nouns.
_COMMON_NOUN_NAMES = {"Spiegel", "Stern", "Focus", "Standard", "Kurier", "Tagesschau", "Tagesthemen", "Taliban"}
_MEDIA_HEADS = ("zeitung", "agentur", "sender", "magazin", "blatt", "dienst", "portal", "woche")
# Nouns for an organisation by its kind, which news use for one just named.
_ORGANISATION_NOUNS = ("organisation", "partei", "konzern", "unternehmen", "firma", "agentur", "verband", "gewerkschaft", "stiftung", "bank")
_ORGANISATION_SENTENCES = 2
_KIND_SENTENCES = 6  # how far back an organisation whose name holds the noun (`Entwicklungsbank`) is taken up
_LEGAL_FORMS = {"ag", "gmbh", "se", "kg", "kgaa", "ohg", "e.v", "inc", "ltd", "llc", "plc", "corp", "s.a", "s.p.a"}
_CAMEL_CASE = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")  # no German noun has a capital inside
_NOT_VERBS = DETERMINERS | PREPOSITIONS | ADVERBS | CONJUNCTIONS | {"ihnen", "denen", "deren", "eigenen", "allen", "einen", "selben", "seinen", "ihren", "unseren"}
_RELATIONS = (  # nouns for someone close to a person, by their stem (`Vertrauter`, `Anwältin`)
    "vertraut", "freund", "anwalt", "anwält", "sohn", "tochter", "bruder", "schwester", "vater", "mutter", "ehefrau",
    "ehemann", "berater", "kolleg", "nachbar", "verwandt", "bekannt", "cousin", "neffe", "nichte", "enkel",
)
# Words that open a subordinate clause, whose subject pronoun takes up the main clause's subject.
_CLAUSE_LINKS = {"dass", "wie", "ob", "woraufhin", "wodurch", "wobei", "womit", "weshalb", "weswegen", "sodass"}
_NAME_QUOTES = {*QUOTE_MARKS, "''"}  # also doubled single marks: `''Koalition für Einheit''`
_ASSOCIATIONS = {"verband", "bund", "verein", "vereinigung", "zentralrat", "bundesverband", "gewerkschaft", "arbeitskreis"}
# Institutions a country or union has one of, which news names by their common noun.
_INSTITUTION_HEADS = (
    "regierung", "ministerium", "rat", "tag", "gericht", "gerichtshof", "amt", "anwaltschaft", "agentur", "bank",
    "wehr", "polizei", "kommission", "versammlung", "parlament", "behörde", "sicherheitsrat", "präsidium",
)
_UNIQUE_INSTITUTIONS = {
    "verfassungsschutz", "auswärtiges amt", "auswärtige amt", "weißes haus", "weiße haus", "kreml", "pentagon",
    "vatikan", "europäische kommission", "europäische zentralbank", "europäische parlament", "europäisches parlament",
    "bundeskanzleramt", "uno", "nato", "kanzleramt",
}
# Adjectives in institutions' names: `Deutscher Wetterdienst`, `Auswärtiges Amt`, `Europäische Kommission`, `Münstersche Zeitung`, `Rotes Kreuz`, `Oberster Gerichtshof`.
_PROPER_ADJECTIVE = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]*(?:sch|ig|al|lich|iv(?!er$))|Rot|Weiß|Oberst)(e|en|er|es|em)$")  # not `Oliver`
_INFLECTED_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ]\w*(?:lich|isch)(?:e|en|er|es|em)$")
_ADJECTIVAL_ENDING = re.compile(r"^([A-ZÄÖÜ]\w+?)(e|en|er|em)$")
# English words that end names of places: `Lake District`, `Orange County`, `Rocky Mountains`.
_PLACE_WORDS = {"District", "County", "Lake", "River", "Island", "Islands", "Valley", "Mountains", "Bay", "Beach", "Canyon"}
_RELATIVE_PRONOUNS = {"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welcher", "welche", "welchem"}
_GENERIC = {"jeder", "jede", "jemand", "niemand", "keiner"}  # whom no name stands for
_ARABIC_ARTICLE = re.compile(r"^(al|el|ad|as|ar)-[A-ZÄÖÜ]")  # `al-Dschasira`
# Offices news names by several nouns: a head of government is `Premierminister`, `Regierungschef`, `Ministerpräsident`.
_HEADS_OF_GOVERNMENT = ("ministerpräsident", "premierminister", "regierungschef", "premier")
_SAME_OFFICE = {
    **{noun: _HEADS_OF_GOVERNMENT for noun in _HEADS_OF_GOVERNMENT},
    **{noun: ("präsident", "staatschef", "staatsoberhaupt") for noun in ("präsident", "staatschef", "staatsoberhaupt")},
    **{noun: ("chef", "direktor", "leiter") for noun in ("chef", "direktor", "leiter")},
}
# Last words of company names, which make the word before them a name though it is a noun too.
_COMPANY_WORDS = {"motors", "inc.", "inc", "corp.", "corporation", "ltd.", "llc", "airlines", "airways", "holdings"}
_INITIAL = re.compile(r"^(?:[A-ZÄÖÜ]\.){1,3}$")  # `W.`, and several glued: `C.Y. Leung`
_SHORTENED = re.compile(r"^[A-ZÄÖÜ][a-zäöü]?\.$")  # a surname cut short after a first name: `Albert G.`, `Steve St.`
_ELIDED_PARTICLE = re.compile(r"^d['’][A-ZÄÖÜ]\w+$")
_DOMAIN = re.compile(r"^\w[\w-]*(\.[\w-]+)*\.(com|org|net|de|at|ch|eu|info|fr|it|uk|ru|es|nl|tv)$", re.IGNORECASE)
_MIXED_ABBREVIATION = re.compile(r"^[A-ZÄÖÜ][a-zäöü]?[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,7}$")  # `SdK`, `IStGH`, in brackets after the name
_REGNAL = re.compile(r"^[IVX]{1,4}\.$")
_KOREAN_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # `Ki-moon`, `Jong-un`: a Korean given name after the family name
_DEMONYMS = {
    "franzose", "französ", "brite", "brit", "amerikaner", "russe", "russ", "italiener", "spanier", "österreicher",
    "schweizer", "niederländer", "belgier", "pole", "pol", "tscheche", "tschech", "ungar", "grieche", "griech", "türke",
    "türk", "chinese", "chines", "japaner", "inder", "brasilianer", "argentinier", "kanadier", "australier", "schwede",
    "schwed", "norweger", "däne", "dän", "finne", "finn", "ire", "ir", "schotte", "schott", "portugiese", "portugies",
    "iraner", "ukrainer", "mexikaner", "ägypter", "kroate", "kroat", "serbe", "serb", "rumäne", "rumän", "bulgare",
    "bulgar", "kenianer", "kolumbianer", "venezolaner", "peruaner", "chilene", "chilen", "iraker", "afghane", "afghan",
}
_SUBJECT_SENTENCES = 2  # how far back a pronoun subject looks for the subject it continues
_CHAIN_SENTENCES = 6  # and how far across sentences whose subject is a pronoun again


@dataclass
class EntityBuilder:
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


class SpeakerResolver:
    def __init__(self, nlp: Language, name: str, *, max_distance: int) -> None:
        self.name = name
        self.max_distance = max_distance
        self.lexicon: NameLexicon = name_lexicon()
        self.tokenizer = nlp.tokenizer

    def __call__(self, doc: Doc) -> Doc:
        index = self.index(doc)
        entities: dict[str, EntityBuilder] = {}
        store = meta(doc)
        speakers = spans_of(doc, SPEAKER)
        quote_start = {sid: min(s.start for s in spans) for sid, spans in spans_of(doc, QUOTE).items()}
        last: EntityBuilder | None = None
        said_by: dict[str, str] = {}  # statement id -> its speaker's entity key
        for sid in sorted(speakers, key=lambda s: quote_start.get(s, 0)):
            mention = speakers[sid][0]
            reporter = store[sid].get("reporter", False)  # a medium quoting someone is not whom the article is about
            entity = self.resolve(mention, index, entities, None if reporter else last)
            if entity is None:
                store[sid]["kind"] = "unresolved"  # `Experten`, `man`, `ein Sprecher`: nobody the article names
                continue
            if (mention.start_char, mention.end_char) not in entity.mentions:
                entity.mentions.append((mention.start_char, mention.end_char))
            entity.quotes.append(sid)
            store[sid]["canonical"] = entity.canonical
            store[sid]["kind"] = entity.kind
            said_by[sid] = entity.key
            if not reporter:
                last = entity
        for sid, spans in spans_of(doc, ADDRESSEE).items():  # `sagte er dem „Spiegel“`, `forderte Merkel auf`
            mention = spans[0]
            entity = self.resolve(mention, index, entities, None)
            if entity is not None and entity.key == said_by.get(sid) and mention.text.lower() in _TOLD:
                # `Er versicherte ihm`: whom one tells is someone else (oneself would be `sich`)
                entity = self._nearest_person(mention, _pronoun_gender(mention[0].lower_), index, entities, None, avoid=entity.key)
            store[sid]["addressee_canonical"] = entity.canonical if entity is not None else None
            store[sid]["addressee_kind"] = entity.kind if entity is not None else "unresolved"
            if entity is not None and entity.quotes and (mention.start_char, mention.end_char) not in entity.mentions:
                entity.mentions.append((mention.start_char, mention.end_char))
        doc._.zitat_entities = [
            {"canonical": e.canonical, "kind": e.kind, "mentions": e.mentions, "quotes": e.quotes}
            for e in entities.values()
            if e.quotes  # not a name only looked at while resolving someone else
        ]
        return doc

    def canonical_for(self, doc: Doc, start_char: int, end_char: int) -> str | None:
        """The canonical name of any mention in a processed doc (used to evaluate resolution).

        A mention that is a statement's speaker keeps the name given to it; any other is
        resolved with the last resolved speaker before it as the salient entity."""
        mention = doc.char_span(start_char, end_char, alignment_mode="expand")
        if mention is None:
            return None
        store = meta(doc)
        for sid, spans in spans_of(doc, SPEAKER).items():
            if (spans[0].start_char, spans[0].end_char) == (mention.start_char, mention.end_char):
                return store[sid]["canonical"]
        last: EntityBuilder | None = None
        last_end = -1
        for e in doc._.zitat_entities or []:
            for _, end in e["mentions"]:
                if last_end < end <= start_char:
                    last_end, last = end, EntityBuilder(e["canonical"], e["canonical"].lower(), e["kind"])
        found = self.resolve(mention, self.index(doc), {}, last)
        return found.canonical if found is not None else None

    # -- the document's names ---------------------------------------------------------

    def index(self, doc: Doc) -> NameIndex:
        heading = self.name_runs(self.tokenizer(doc._.zitat_title)) if doc._.zitat_title else []
        names = self.name_runs(doc, {run[-1].text for run in heading if run[-1].text in self.lexicon.surnames})
        positions: dict[str, list[int]] = {}
        for t in doc:
            if t.text[:1].isupper():
                positions.setdefault(t.text, []).append(t.i)
                if "-" in t.text:
                    positions.setdefault("-" + t.text.rsplit("-", 1)[1], []).append(t.i)
        capitalised = {word.lower() for word in positions if not word.startswith("-")}
        by_surname: dict[str, str] = {}
        firsts: dict[str, set[str]] = {}
        leads: dict[str, set[str]] = {}
        for run in names + heading:  # `Horst Köhler` in the headline, `Köhler` in the text
            key = surname_key(run, capitalised)
            if len(run) == 2 and run[0].is_alpha and not self._first_name(run[0].text) and self._run_kind(run) != "organisation":
                leads.setdefault(run[0].lower_, set()).add(key)
            if len(run) >= 2 and self._first_name(run[0].text) and not (len(run) == 2 and run[0].lower_ in _NAME_JOINERS):
                firsts.setdefault(key, set()).add(run[0].text)  # not `El Khalifi`: a particle, not a first name
            shown = run.text[:-1] if run[-1].lower_ == key + "s" else run.text  # `Hassemers` -> `Hassemer`
            if len(shown) > len(by_surname.get(key, "")):
                by_surname[key] = shown
        beside = self._names_beside_roles(names, capitalised)
        sentences = list(doc.sents)
        sentence_speakers: dict[int, Span] = {}
        store = meta(doc)
        speakers = spans_of(doc, SPEAKER)
        for sid, spans in speakers.items():
            if not store[sid].get("reporter"):  # the one quoted, not the medium quoting
                sentence_speakers.setdefault(doc[spans[0].start].sent.start, spans[0])
        quote_speakers = sorted(
            (span.start, span.end, speakers[sid][0])
            for sid, spans in spans_of(doc, QUOTE).items()
            if sid in speakers and not store[sid].get("reporter")
            for span in spans
            if span.label_ == "direct"
        )
        return NameIndex(
            names,
            [n.start for n in names],
            beside,
            by_surname,
            {  # `(IADB)` after `der Interamerikanischen Entwicklungsbank`, not `(CDU)` after `Christian Wulff`
                short: self._nominative(full)
                for short, full in _abbreviations(doc).items()
                if not any(self._first_name(w) and not self.lexicon.is_noun_or_compound(w) and not self.lexicon.is_place(w) for w in full.split())
            },
            capitalised,
            sentences,
            [sent.start for sent in sentences],
            sentence_speakers,
            [(span.start, span.end) for span in doc.spans.get(QUOTE, []) if span.label_ == "direct"],
            positions,
            self._names_beside_roles(heading, capitalised),
            {key for key, given in firsts.items() if len(given) > 1},
            quote_speakers,
            _given_alone(leads, by_surname),
        )

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
            company = i + 1 < len(doc) and doc[i + 1].lower_ in _COMPANY_WORDS  # `Tesla Motors`
            korean = i + 1 < len(doc) and texts[i].isalpha() and _KOREAN_GIVEN.match(texts[i + 1])  # `Ban Ki-moon`
            initials = i + 1 < len(doc) and _INITIAL.match(texts[i]) and self._name_token(doc[i + 1])  # `C.Y. Leung`
            if not self._name_token(doc[i]) and not self._given_before_name(doc, i) and not company and not korean and not initials:
                i += 1
                continue
            j = i + 1
            while j < len(doc) and (
                self._name_token(doc[j])
                and not (_abbreviation(texts[j - 1]) and self._first_name(texts[j]))  # `der CDU Frank Mindermann`
                or (self._first_name(doc[j - 1].text) or _INITIAL.match(doc[j - 1].text)) and doc[j].text[:1].isupper() and doc[j].is_alpha
                or self._foreign_surname(doc, j)
                or doc[j].lower_ in _NAME_JOINERS
                and j + 1 < len(doc)
                and self._name_token(doc[j + 1])
                and (doc[j].lower_ not in {"von", "zu"} or j - i >= 2 or self._first_name(doc[j - 1].text))  # not `Vertrauter von Scaduto`
                and not (doc[j].lower_ in {"von", "vom"} and _abbreviation(texts[j + 1]))  # `Joe Stork von HRW`: where he works
                or _INITIAL.match(doc[j].text) and j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha  # `Matthias W. Beckmann`
                or doc[j].text in {"’", "'"} and len(doc[j - 1].text) == 1 and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()  # `O’Keefe`
                or self._particle_pair(doc, j)  # `Ursula von der Leyen`, `Frans van den Berg`
                or _ELIDED_PARTICLE.match(texts[j])  # `Banca d'Italia`, `Valéry Giscard d’Estaing`
                or doc[j].lower_ in _COMPANY_WORDS  # `British Broadcasting Corporation`
                or texts[j - 1] == "IG" and texts[j][:1].isupper() and doc[j].is_alpha  # `IG Metall`: a union by its trade
                or texts[j] in {"d'", "d’"} and j + 1 < len(doc) and self._name_token(doc[j + 1])
                or _ARABIC_ARTICLE.match(texts[j]) and self._name_token(doc[j - 1])  # `Ahmed al-Assadi`
                or j == i + 1 and texts[j] in self.lexicon.surnames and not _abbreviation(texts[i]) and not self.lexicon.is_place(texts[i])  # `Yona Metzger`
            ):
                j += 1
            if j < len(doc) and self._first_name(texts[j - 1]) and (_SHORTENED.match(texts[j]) or j - i == 1 and len(texts[j]) == 1 and texts[j].isupper()):
                j += 1  # `Albert G.`, `Steve St.`, `Christopher Paul N.`: a surname the article shortens
            if j < len(doc) and _REGNAL.match(doc[j].text) and (self._first_name(doc[j - 1].text) or i > 0 and texts[i - 1] in _MONARCHS):
                j += 1  # `Elisabeth II.`, `Benedikt XVI.`, `Fürst Rainier III.`
            if j + 1 < len(doc) and doc[j].lower_ in {"zu", "von"} and self._first_name(doc[j - 1].text) and doc[j + 1].text[:1].isupper():
                j += 2  # `Karl-Theodor zu Guttenberg`, though `Guttenberg` is a place too
            glued = next((k for k in range(i + 1, j - 1) if len(texts[k]) > 2 and _INITIAL.match(texts[k])), None)
            if glued is not None and not self._first_name(texts[glued - 1]):
                i = glued  # `Chief Executive C.Y. Leung`: the initials start the name, not the title before
            if j - i >= 3 and self._company_before_person(doc, i):
                runs.append(doc[i : i + 1])  # `der Personeneisenbahngesellschaft Amtrak George D. Warrington`
                i += 1
            if j - i >= 2 and texts[i] in _RANKS or j - i >= 3 and person_noun(texts[i]) and texts[i] in self.lexicon.nouns and self._first_name(texts[i + 1]):
                i += 1  # `Major Valeri Trojanow`: a rank that is also a first name; `General Sonthi Boonyaratglin`
            if j - i == 1 and i > 0 and texts[i - 1].lower() in _NOT_BEFORE_NAMES and (texts[i] in self.lexicon.nouns or _adjectival(texts[i])):
                i = j  # `dieser Art`, `eine Rose`: the noun, not the first name; `einem Unbekannten`: an adjective's noun
                continue
            runs.append(doc[i:j])
            i = j
        return self._surnames_alone(doc, runs, surnames or set())

    def _company_before_person(self, doc: Doc, i: int) -> bool:
        """A company's name after its noun, then a person's given name: `der
        Personeneisenbahngesellschaft Amtrak George …` (but not `San Francisco`, a place)."""
        word, given = doc[i].text, doc[i + 1].text
        return (
            i > 0
            and doc[i - 1].lower_ not in DETERMINERS
            and self.lexicon.is_noun_or_compound(doc[i - 1].text)
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
            and not _abbreviation(doc[j + 2].text)  # `Patrick Georg von der IG Metall`
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
                inflected = low.endswith(("er", "es", "em")) or low.endswith(("e", "en")) and not lemma(before).endswith(("en", "ern", "eln"))
                attributive = low in DETERMINERS or before[:1].islower() and len(before) > 3 and inflected  # `der geistliche Führer`, not `sagte Köhler`
                attributive = attributive or resident  # `um 07:57 Moskauer Zeit`
                bare[text] = -99 if attributive else bare.get(text, 0) + 1
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
        particle = after.lower_ in _NAME_JOINERS and i + 2 < len(doc) and doc[i + 2].text[:1].isupper()  # `Amine El Khalifi`
        return (
            (
                particle and (after.text[:1].isupper() or after.lower_ in {"al", "el", "bin", "da", "de", "van"})  # `Hussein al Huthi`, not `Einer der Täter`
                or after.text[:1].isupper()
                and after.is_alpha
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
            and not _abbreviation(doc[j - 1].text)
            and t.text[:1].isupper()
            and t.is_alpha
            and t.text not in self.lexicon.nouns
            and t.text not in self.lexicon.places
            and t.lower_ not in DETERMINERS
            and lemma_cased(t.text)[:1].isupper()
            and not (  # `der Pilot Charles Riggs Probleme`: a plural after a full name
                j >= 2 and self._first_name(doc[j - 2].text) and t.text.endswith(("e", "en", "n", "s")) and lemma_cased(t.text) in self.lexicon.nouns
            )
        )

    def _name_token(self, t: Token) -> bool:
        text = t.text
        alpha = t.is_alpha or text.replace("'", "").replace("’", "").isalpha()  # `Moody's`, `O’Neill`
        if not text[:1].isupper() or not alpha and "-" not in text or len(text) < 2:
            return False
        low = text.lower()
        if low in DETERMINERS or low in PREPOSITIONS or low in ADVERBS or low in CONJUNCTIONS:
            return False
        if text in PRONOUNS or low in PRONOUNS or low.rstrip(".") in TITLES or text in _TIME_ZONES:
            return False
        head, _, tail = text.partition("-")
        if _CAMEL_CASE.search(text) and self._glued(text):
            return False
        camel = _CAMEL_CASE.search(text) and not (tail and len(head) <= 4 and self.lexicon.is_noun_or_compound(tail))
        if text in self.lexicon.first_names or _abbreviation(text) or camel:  # not `GdP-Vorsitzende`, but `McCain-Lager`
            return True  # `NASA`, `ISNA`: abbreviations name organisations even where the lexicon lists them; `ThyssenKrupp`
        if self.lexicon.is_place(text):
            return False
        if text.endswith("-") or any(ch.isdigit() for ch in text):
            return False
        base = lemma_cased(text)
        if text not in self.lexicon.surnames and (
            base[:1].islower() and not _abbreviation(text)  # a function word or adjective: `Dabei`, `Anders`, `Britischen`
            or text.endswith("er") and self.lexicon.is_noun_or_compound(text[:-1])  # `ein Vertrauter` (`der Vertraute`), inflected
            or text.endswith("en") and base != text and self.lexicon.is_common_noun(base)  # `von Bewaffneten`
            or _adjectival(text)  # `Herkömmliche Kartoffeln` at the start of a sentence
            or _INFLECTED_ADJECTIVE.match(text)  # `Schwulenfeindliche Gruppen`, which the lemmatiser does not know
            or text.endswith("in") and len(text) > 6 and self.lexicon.is_noun_or_compound(text[:-2])  # `Lokalmatadorin`, a feminine
        ):
            return False
        return not self.lexicon.is_noun_or_compound(text.split("-")[-1])

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
                for key in _role_keys(doc, k):  # but `Der Bruder des Papstes, Georg Ratzinger` is the brother
                    put(key, n)
            if comma:
                office = self._office_before_attribute(doc, k)
                if office is not None:  # `der Ministerpräsident des Landes Niedersachsen, Christian Wulff`
                    for key in _role_keys(doc, office):
                        put(key, n)
            after = n.end + 1 if n.end < len(doc) and doc[n.end].text == "," else None
            relative = after is not None and after + 1 < len(doc) and doc[after].lower_ in _RELATIVE and doc[after + 1].lower_ in DETERMINERS
            if after is not None and not relative:  # `Atilla Selek, der die Zünder schmuggelte`: a relative clause
                for j in range(after, min(len(doc), after + 4)):
                    if doc[j].is_punct or doc[j].lower_ in PREPOSITIONS:
                        break  # not `Dorothea Henzler, mit der Bitte`
                    if j + 1 < len(doc) and doc[j].text.endswith("s") and doc[j + 1].text[:1].isupper():
                        continue  # a genitive before the noun: `Winfried Hassemer, Papiers Stellvertreter`
                    if doc[j].text[:1].isupper() and self._noun(doc[j].text):
                        for key in _role_keys(doc, j):
                            put(key, n)
                        break
        return out

    def _office_before_attribute(self, doc: Doc, k: int) -> int | None:
        """The person noun before a genitive or prepositional attribute that ends at k: `der
        Generalanwalt des Europäischen Gerichtshofes`, `Vize-Außenminister für internationale
        Beziehungen`."""
        for j in range(k - 1, max(-1, k - 6), -1):
            t = doc[j]
            if t.is_punct:
                return None
            if t.lower_ in {"des", "der", "für", "von", "vom"} and j > 0:
                office = doc[j - 2] if doc[j - 1].is_space and j > 1 else doc[j - 1]  # also `EU-Kommissar  für Kultur`
                base = office.text.removesuffix("s")  # `des Generalanwalts`
                if office.text[:1].isupper() and person_noun(base) and not institution_noun(base) and self._noun(base):
                    return office.i
        return None

    # -- resolution -------------------------------------------------------------------

    def resolve(
        self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder], last: EntityBuilder | None
    ) -> EntityBuilder | None:
        issuer = _issuer(mention) or _issued_before(mention)
        if issuer is None and _issued_text(mention) and not _source(mention):  # `der Meldung zufolge` reports on its subject
            issuer = _giver(mention)  # `Die Staatsanwaltschaft gab eine Stellungnahme ab.`
        if issuer is not None:  # `einer Verlautbarung der Internationalen Sicherheitsunterstützungstruppe`, `der Ankündigung der Ministerin`
            return self.resolve(issuer, index, entities, last)
        if any(t.lower_ in {"und", "sowie"} and t.i + 1 < mention.end and t.nbor(1).lower_ in DETERMINERS for t in mention):
            return None  # `Die IADB und der MIF`: two who speak together, whom no one name stands for
        found = self._named(mention, index, entities)
        if found is not None:
            return found
        words = [t for t in mention if not t.is_punct]
        if len(words) == 1 and words[0].lower_ in _RELATIVE | {"das", "welches"} and mention.start > 1 and mention.doc[mention.start - 1].text == ",":
            return self._before_comma(mention, index, entities)
        head = words[0].lower_ if words else ""
        if len(words) == 1 and head in {"ich", "wir"}:  # `„… und wir hoffen …“`: whoever says it
            speaker = next((sp for s, e, sp in index.quote_speakers if s <= mention.start < e and not sp.start <= mention.start < sp.end), None)
            if speaker is None or speaker.text.lower() in {"ich", "wir"}:
                return None  # no one said it, or only `ich` again: no name (and no going round in circles)
            return self.resolve(speaker, index, entities, last)
        if len(words) == 1 and (words[0].text in PRONOUNS or head in PRONOUNS) or head in _MALE | _FEMALE:
            return self._pronoun(mention, head, index, entities, last)
        role = self._role_noun(mention)
        several = (
            role is not None
            and mention[0].lower_ in {"die", "den"}
            and (role.lower_ != lemma(role.text).lower() and role.lower_.endswith("n") or _plural_verb_after(mention))
        )  # `die Organisationen`, `Die Außenminister Frankreichs, Italiens und Österreichs erklärten`
        if role is not None and not several and mention[0].lower_ not in INDEFINITE_ARTICLES:  # not `Drei Organisationen, X, Y und Z … die Organisationen`, not `ein Sprecher`
            personal = person_noun(role.text) and not institution_noun(role.text)  # `der Student` is no `BWL-Student` named before
            named_before = None if personal else self._institution_before(mention, role, index)
            if named_before is not None:  # `Flughafen Bremen … Der Flughafen`
                return self._organisation(entities, named_before, mention)
            institution = institution_noun(role.text)  # `die Staatsanwaltschaft` is no person named beside it
            for key in _role_keys(mention.doc, role.i, mention.start):
                name = index.beside.get(key)
                if name is not None and not mention.start <= name.start < mention.end:
                    if institution and self._personal(name, index):
                        break
                    return self._person(name, index, entities, mention)  # but not `Die Anwältin Samanis` itself
            nouns = (_office_noun(role.text), *_SAME_OFFICE.get(lemma(role.text), ()))
            own = _role_keys(mention.doc, role.i, mention.start)
            wider = {
                n.start: n
                for key, n in index.beside.items()
                if key.split()[-1].endswith(nouns)
                and n.start < mention.start
                and not (institution and self._personal(n, index))
                and not _other_attribute(key, own)  # `der französische Präsident` is not `der brasilianische`
            }
            if len(wider) == 1:  # `Bundeskanzlerin Angela Merkel … die Kanzlerin`, `Regierungschef Zapatero … Der Ministerpräsident`
                return self._person(next(iter(wider.values())), index, entities, mention)
            if wider and len({n[-1].text for n in wider.values()}) == 1:  # one person named twice with that office
                return self._person(wider[max(wider)], index, entities, mention)
            holder = _holder_just_before(mention, nouns, index) if wider else None
            if holder is not None:
                return self._person(holder, index, entities, mention)  # of several, the holder named just before
            for key in [*_role_keys(mention.doc, role.i, mention.start), *([] if wider else [nouns[0]])]:
                # also the bare office when the text names no one else with it: `Der deutsche
                # Bundespräsident` under the headline `Bundespräsident Köhler …`
                name = index.headline.get(key)
                if name is not None and not (institution and self._personal(name, index)):
                    return self._person(name, index, entities, mention)
            predicate = self._predicate_name(mention, index, entities)
            if predicate is not None:
                return predicate  # `Der Verkäufer war die Firma Cargolifter AG`
        core = [t for t in self._unlocated(words) if t.lower_ not in DETERMINERS]  # `des amerikanischen Fernsehsenders`
        if (
            role is not None
            and words[0].lower_ in DETERMINERS
            and core[-1] == role
            and all(t.text[:1].islower() and t.lower_.rstrip("nrs").endswith("ische") for t in core[:-1])  # not `das neue Unternehmen`
            and lemma(role.text).lower().endswith(_ORGANISATION_NOUNS + _MEDIA_HEADS)
            and not several  # `die Organisationen`: several, which no one name stands for
            and self._phrase_gender(mention) != "p"
        ):
            doc = mention.doc
            titled = mention.end < len(doc) and doc[mention.end].text in OPENING_MARKS and lemma(role.text).lower().endswith(_MEDIA_HEADS)
            after = _quoted_name(doc[mention.end : min(len(doc), mention.end + 8)]) if titled else None
            if after is not None:  # `mit der Zeitung „Neues Deutschland“`
                return self._organisation(entities, after, mention)
            return self._organisation_before(mention, role, index, entities)  # `Amnesty International … Die Organisation (in Bonn)`
        resident = len(words) == 2 and role is not None and self._resident(role.text)  # `der Berliner`, not `die Berliner Polizei`
        if head in {"der", "die"} and (any(AGE_NOUN.match(t.text) for t in mention) or role is not None and _demonym(role.text) or resident):
            return self._named_subject_before(mention, index, entities)  # `der 23-jährige Sportler`, `der Franzose`
        return None

    def _organisation_before(self, mention: Span, role: Token, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """`Auch Vertreter von Amnesty International verurteilten … Die Organisation verlangte`:
        an organisation called by its kind (`role`) takes up the nearest one named in the two
        sentences before it, if that is none of the people or places named there."""
        noun = lemma(role.text).lower()
        here = bisect_left(index.sentence_starts, mention.sent.start)
        since = index.sentence_starts[max(0, here - _ORGANISATION_SENTENCES)]
        doc = mention.doc
        for k in range(mention.start - 1, since - 1, -1):  # `der Hilfsorganisation Ärzte ohne Grenzen … Die Hilfsorganisation`
            if doc[k].text[:1].isupper() and lemma(doc[k].text).lower() == noun and k + 1 < mention.start:
                j = k + 1
                while j < mention.start and (
                    doc[j].text[:1].isupper() and doc[j].is_alpha or doc[j].lower_ in {"ohne", "für"} and doc[j + 1].text[:1].isupper()
                ):
                    j += 1
                name = self._institution_called(list(doc[k:j])) if j > k + 1 else None
                if name is not None:
                    return self._organisation(entities, name, mention)
        since = index.sentence_starts[max(0, here - _KIND_SENTENCES)]
        for run in reversed(index.names[bisect_left(index.starts, since) : bisect_left(index.starts, mention.start)]):
            # `der Interamerikanischen Entwicklungsbank (IADB) … der MIF … Die Bank`: its kind in its name
            if index.abbreviations.get(run.text, run.text).lower().endswith(noun) and not any(s <= run.start < e for s, e in index.quoted):
                named = self._named(run, index, entities)
                if named is not None:
                    named.kind = "organisation"
                    return named
        for k in range(mention.start - 1, since - 1, -1):  # `der „Münsterschen Zeitung“ … In der Zeitung`: a quoted name of that kind
            if doc[k].text in OPENING_MARKS:
                quoted = _quoted_name(doc[k : min(mention.start, k + 8)])
                if quoted is not None and quoted.lower().endswith(noun) and len(quoted.split()) > 1:
                    name = self._nominative(quoted)
                    return self._organisation(entities, name, mention)
        since = index.sentence_starts[max(0, here - _ORGANISATION_SENTENCES)]
        for run in reversed(index.names[bisect_left(index.starts, since) : bisect_left(index.starts, mention.start)]):
            kind = self._run_kind(run)
            quoted_word = len(run) == 1 and run.start > 0 and doc[run.start - 1].text in OPENING_MARKS and self.lexicon.is_noun_or_compound(run.text)
            if any(s <= run.start < e for s, e in index.quoted) or quoted_word or kind in {"person", "place"} or kind != "organisation" and self._personal(run, index):
                continue  # also not a quoted word (`eine „Verschränkung“`)
            named = self._named(run, index, entities)
            if named is not None:
                named.kind = "organisation"
                return named
        return None

    def _resident(self, word: str) -> bool:
        """`Berliner`, `Kölnerin`, `Bremer`, `Münchner`: someone (or something) from a place the
        lexicon knows."""
        stem = word.removesuffix("in")
        return stem.endswith("er") and any(self.lexicon.is_place(place) for place in (stem[:-2], stem[:-2] + "en", stem[:-3] + "en"))

    def _named_subject_before(self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """`Klien wies die Anzeige zurück. Der 23-jährige Sportler gab bekannt`: a description by
        age or nationality (`der Franzose`) takes up the person named as the subject just before,
        not one only described there."""
        gender = self._phrase_gender(mention)
        for run in index.names[bisect_left(index.starts, mention.sent.start) : bisect_left(index.starts, mention.start)]:
            if _subject_position(run) and not any(s <= run.start < e for s, e in index.quoted):
                # `Teamchef Jean Todt stellt sich vor ihn: „…“ wird der Franzose zitiert`: the subject before the quote
                named = self._named(run, index, entities)
                if named is not None and named.kind == "person" and _agrees(_entity_gender(named), named.kind, gender):
                    return named
                break
        here = bisect_left(index.sentence_starts, mention.sent.start)
        for sent in reversed(index.sentences[max(0, here - _SUBJECT_SENTENCES) : here]):
            subject = self._subject_of(sent, index)
            if subject is None or len(subject) == 1 and subject[0].lower_ in {"es", "das", "dies", "man"}:
                continue  # `Bis vor zwei Jahren sei es der „Normalfall“ gewesen`: nobody
            if any(s <= subject.start < e for s, e in index.quoted):
                continue  # someone's words, not the article's: `„… Wer behauptet, dass …, der versteht wenig …“`
            named = self._named(subject, index, entities) or self._bare_name(subject, index, entities)
            if named is None or named.kind != "person" or not _agrees(_entity_gender(named), named.kind, gender):
                return None
            return named
        return None

    def _institution_before(self, mention: Span, role: Token, index: NameIndex) -> str | None:
        """The institution an article named with this noun and a place before: `die Universität
        Heidelberg … Die Universität`; the nearest within 400 tokens."""
        doc = mention.doc
        near = []
        for key in (role.text, "-" + role.text):
            found = index.positions.get(key, [])
            near += found[bisect_left(found, mention.start - 399) : bisect_left(found, mention.start)]
        if institution_noun(role.text):  # `Das Bundesverfassungsgericht … Das Gericht`: a compound of the same kind
            tail = role.lower_
            for word, found in index.positions.items():
                low = word.lower()
                if "-" not in word and low.startswith(_OFFICIAL) and low.removesuffix("s").removesuffix("e").endswith(tail) and len(low) > len(tail) + 3:
                    near += found[: bisect_left(found, mention.start)]  # a court the report is about stays its court
        for k in sorted(near, reverse=True):
            t = doc[k]
            if t.text != role.text and "-" in t.text:  # `UN-Sicherheitsrat … Der Sicherheitsrat`, not `UN-Resolution … die Resolution`, `Zaiditen-Regierung`
                return t.text if institution_noun(role.text) and _abbreviation(t.text.split("-")[0]) else None
            if t.text != role.text:
                return self._official_name(doc, k)
            if k + 1 >= len(doc):
                continue
            following = doc[k + 1 : k + 5].text
            spelled = next((name for name in index.abbreviations.values() if following.startswith(name + " ")), None)
            if spelled is not None:
                return spelled  # `die Menschenrechtsorganisation amnesty international (ai) … Die Menschenrechtsorganisation`
            named = self._proper_adjective(doc[k - 1].text, t.text) if k > 0 else None
            if named is not None:
                return named  # `Das Auswärtige Amt … das Amt`
            inside = doc[k + 1].lower_ == "in" and k + 2 < len(doc) and institution_noun(t.text)
            place = doc[k + 2] if inside else doc[k + 1]  # also `die Staatsanwaltschaft in Kaiserslautern`
            if place.lower_ == "of" and k + 2 < len(doc) and doc[k + 2].text[:1].isupper():
                return f"{t.text} of {doc[k + 2].text}"  # `Die Bank of England … Die Bank`
            if place.text[:1].isupper() and all(self.lexicon.is_place(part) for part in place.text.split("-")):
                return f"{t.text} {place.text}"
        return None

    def _official_name(self, doc: Doc, k: int) -> str:
        """`des Oberlandesgerichts in Düsseldorf` -> `Oberlandesgericht Düsseldorf`: a public
        institution's compound at k in the nominative, with its place unless it is federal."""
        base = lemma_cased(doc[k].text)
        base = base if base[:1].isupper() else doc[k].text
        after = k + 2 if k + 2 < len(doc) and doc[k + 1].lower_ == "in" else k + 1
        place = doc[after] if after < len(doc) and not base.lower().startswith("bundes") else None  # not `Bundeskartellamt in Deutschland`
        if place is not None and place.text[:1].isupper() and self.lexicon.is_place(place.text):
            return f"{base} {place.text}"  # `Das Landgericht Hamburg … Das Gericht`
        return base

    def _named(self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """A mention that names its entity: a name inside it, or an organisation's own name."""
        quoted = _quoted_name(mention)
        lo, hi = bisect_left(index.starts, mention.start), bisect_left(index.starts, mention.end)
        inside = [n for n in index.names[lo:hi] if n.end <= mention.end]
        person_first = bool(inside) and inside[0].start == mention.start and self._first_name(inside[0][0].text)
        if quoted is not None and self._quoted_org(mention, quoted) and not person_first:
            return self._organisation(entities, quoted, mention)  # `der „Arbeitskreis Vorratsdatenspeicherung“`, not `Johanna Moser vom „…“`
        apposed = _apposed_organisation(mention)
        if apposed is not None:  # `Die Regierungspartei Palästinas, die Hamas`
            return self._organisation(entities, apposed, mention)
        small = _small_name_after(mention, index)
        if small is not None:  # `der Menschenrechtsorganisation` + `amnesty international (ai)`, cut off by the phrase finder
            return self._organisation(entities, small, mention)
        expanded = self._bracketed_expansion(mention, index)
        if expanded is not None and not person_first:  # `Die Weltgesundheitsorganisation (WHO) in Genf`
            return self._organisation(entities, expanded, mention)
        words = [t for t in mention if t.lower_ not in DETERMINERS and not t.is_punct]  # the mention without its article
        if len(words) == 1 and "-" in words[0].text:
            source, _, text = words[0].text.partition("-")
            if (_abbreviation(source) or source.lower() in _AGENCIES or source in index.abbreviations) and text.lower().endswith(_ISSUED):
                name = index.abbreviations.get(source, source)  # `laut einer dpa-Meldung`, `dem LSVD-Schreiben`
                return self._organisation(entities, name, mention)
        if len(words) == 1 and words[0].text in _PARTIES_BY_ADJECTIVE and mention[0].lower_ in {"die", "der", "den"}:
            party = _PARTIES_BY_ADJECTIVE[words[0].text]  # `Die Grünen`, `der Linken`
            return self._organisation(entities, party, mention)
        abbreviated = self._abbreviation_named(words)
        if abbreviated is not None:  # `der AK Vorratsdatenspeicherung`, `der BUND Naturschutz`
            return self._organisation(entities, abbreviated, mention)
        lead = next((k for k, t in enumerate(words) if not (t.is_alpha and t.text[:1].islower())), len(words))
        called = words[lead:]  # without the adjectives before the name
        indefinite = mention[0].lower_ in INDEFINITE_ARTICLES  # `Eine Ultranationalistische Organisation`
        own = self._unlocated(words)  # without a place or owner after the name
        place_org = (
            self._office_of_place(words)
            or _national_institution(own)
            or self._institution_called(called, set(index.abbreviations.values()))  # also `Der arabische Fernsehsender al-Dschasira`
            or (None if indefinite else self._institution_name(self._unlocated(called)))
        )
        if place_org is not None:  # `die Staatsanwaltschaft Darmstadt`, `die Bundesregierung`
            place_org = self._nominative(place_org)  # `des Auswärtigen Amtes` is `Auswärtiges Amt`
            return self._organisation(entities, place_org, mention)
        aside = [
            n
            for n in inside
            if _bracketed(n) or self._owner(n, index, mention) or _located(n, mention) or indefinite and _relative_of(n)
        ]
        inside = [n for n in inside if n not in aside]
        if inside:  # the name of a person over longer ones: `New Yorks Bürgermeister Michael Bloomberg`
            return self._person(max(inside, key=lambda n: (self._first_name(n[0].text), len(n))), index, entities, mention)
        party, _, office = words[0].text.partition("-") if words else ("", "", "")
        if (
            len(words) >= 2
            and _abbreviation(party)
            and person_noun(office)
            and not institution_noun(office)
            and all(t.text[:1].isupper() and t.is_alpha for t in words[1:])
            and not self.lexicon.is_common_noun(words[-1].text)
        ):
            return self._person(mention.doc[words[1].i : words[-1].i + 1], index, entities, mention)  # `SPD-Innenexperte Wiefelspütz`
        skip = {t.i for n in aside for t in n}
        for t in mention:
            if t.i in skip:
                continue
            key = t.lower_[:-1] if t.lower_.endswith("s") and t.lower_[:-1] in index.by_surname else t.lower_
            if key != t.lower_ and self._owner(mention.doc[t.i : t.i + 1], index, mention):
                continue  # `Die Anwältin Samanis`: whose lawyer, not who speaks
            # A noun that is also a surname the article wrote after a first name is that person
            # when it stands bare, as a name does: `Hans-Jürgen Papier … schreibt Papier`.
            bare = len(mention) == 1 and " " in index.by_surname.get(key, "")
            if key in index.by_surname and t.text[:1].isupper() and (bare or not self.lexicon.is_common_noun(t.text)):
                return self._person(mention.doc[t.i : t.i + 1], index, entities, mention)
        association = self._association(words)
        if association is not None:  # `der Verband kommunaler Unternehmen`
            return self._organisation(entities, association, mention)
        domain = next(
            (t.text for t in words if (_DOMAIN.match(t.text) or t.text in _LOWERCASE_MEDIA) and not (t.i > mention.start and mention.doc[t.i - 1].lower_ in {"laut", "nach", "von"})),
            None,
        )
        if domain is not None:  # `Der Website worldreferee.com`, `das Onlineangebot CNN.com`, `die taz`
            return self._organisation(entities, domain, mention)
        if len(called) == 1 and 0 < lead == len(words) - 1 and not indefinite and self.lexicon.is_place(called[0].text):
            place = called[0].text  # `das finanziell angeschlagene Venezuela`
            return self._organisation(entities, place, mention)
        if len(own) == 1 < len(words) and own[0].lower_.endswith(_MEDIA_HEADS) and not self.lexicon.is_common_noun(own[0].text):
            return self._organisation(entities, own[0].text, mention)  # `die Ärztezeitung in ihrer Onlineausgabe`
        if len(words) == 3 and words[1].lower_ == "ohne" and words[0].text[:1].isupper() and words[2].text[:1].isupper() and not indefinite:
            return self._organisation(entities, " ".join(t.text for t in words), mention)  # `Ärzte ohne Grenzen teilte mit`
        if not words or indefinite or not all(t.text[:1].isupper() for t in words):
            return None
        bare = words[0].text.removesuffix("s") if len(words) == 1 else ""  # `des Spiegels`
        if bare in _COMMON_NOUN_NAMES and mention[0].lower_ in DETERMINERS:
            return self._organisation(entities, bare, mention)  # `Der Spiegel zitiert …`
        if len(words) == 1 and lemma_cased(words[0].text)[:1].islower() and not _abbreviation(words[0].text):
            return None  # `Demnach`, `Danach`: an adverb standing for a source, not a name
        if len(words) == 2 and self._inflected_noun(words[1].text) and (lemma_cased(words[0].text)[:1].islower() or _INFLECTED_ADJECTIVE.match(words[0].text)):
            return None  # `Anderen Aussagen zufolge`: an adjective capitalised to open the sentence, and a plural noun
        media = len(words) > 1 and words[-1].lower_ in _MEDIA_NAMES  # `Berliner Zeitung`, `Süddeutsche Zeitung`
        if len(words) > 1 and self.lexicon.is_noun_or_compound(words[0].text) and not media and any(t.lower_ in {"des", "der"} for t in mention[1:]):
            return None  # `Der Hauptgeschäftsführer des BPI`, `Der Auswertung der Studien`: described, not named
        if len(words) > 1 and self.lexicon.is_common_noun(words[0].text) and not media:
            if words[0].lower_.endswith(_MEDIA_HEADS):
                name = " ".join(t.text for t in words[1:])  # `die Zeitung The Guardian`
                return self._organisation(entities, name, mention)
            return None  # `Der Vertreter Libyens`: a role described, not a name
        text = " ".join(t.text for t in words)
        if text in index.abbreviations:  # `NASA`, `SdK`
            text = index.abbreviations[text]
        elif len(words) == 1 and "-" in words[0].text and self._role_compound(words[0].text):
            first = words[0].text.split("-")[0]
            if _abbreviation(first) and words[0].lower_.endswith(_VOICES):
                return self._organisation(entities, first, mention)  # `die NASA-Sprecherin`, `die NASA-Verantwortlichen` speak for NASA
            return None  # `Der Distrikt-Gouverneur`, `der EU-Außenminister`: a role, or a group
        elif (
            len(words) == 1
            and self.lexicon.is_noun_or_compound(words[0].text)
            and not self.lexicon.is_place(words[0].text)
            and (self.lexicon.is_common_noun(words[0].text) or not words[0].lower_.endswith(_MEDIA_HEADS))
            and not self._compound_alone(mention)
        ):
            return None  # `die Polizei`, `die Tonbandstimme`: a role, not a name; `der Netzzeitung` is one
        organisation = len(words) > 1 or _abbreviation(words[0].text) or self.lexicon.is_place(text) or text.lower().endswith(_MEDIA_HEADS)
        kind = "organisation" if organisation else self._kind(text, mention)
        key = text.lower()
        if key not in entities:
            entities[key] = EntityBuilder(text, key, kind)
        return entities[key]

    def _abbreviation_named(self, words: list[Token]) -> str | None:
        """An organisation's abbreviation and the nouns that finish its name, as one name
        (`AK Vorratsdatenspeicherung`, `BUND Naturschutz`); not a person after a party (`CDU
        Frank Mindermann`), an office (`SPD Vorsitzender`) or a plural object (`die IADB Überweisungen`)."""
        if len(words) < 2 or not (_abbreviation(words[0].text) and words[0].text.isupper()) or words[-1].i - words[0].i != len(words) - 1:
            return None
        rest = words[1:]
        if all(t.is_alpha and t.text[:1].isupper() and self._noun(t.text) and lemma_cased(t.text) == t.text and not person_noun(t.text) for t in rest):
            return " ".join(t.text for t in words)
        return None

    def _compound_alone(self, mention: Span) -> bool:
        """A word the lexicon reads only as a compound, in the singular, without an article or a
        preposition but `laut`: a name (`laut Macromedia`), not a role (`laut Regierungssprecher`)
        nor a plural (`laut Polizeiangaben`)."""
        word = mention[0].text
        if len(mention) != 1 or self.lexicon.is_common_noun(word) or lemma_cased(word) != word:
            return False
        before = mention.doc[mention.start - 1].lower_ if mention.start else ""
        if before in PREPOSITIONS and before != "laut":
            return False  # `Im Tagesverlauf`, `Von Gewerkschaftsseite`: a noun whose article the preposition holds
        tail = next((word[k:].capitalize() for k in range(1, len(word) - 2) if self.lexicon.is_common_noun(word[k:].capitalize())), word)
        if lemma_cased(tail) != tail:
            return False  # `Bahnangaben`, `Geheimdienstkreisen`: plural by their last noun
        return not (person_noun(word) or institution_noun(word) or _female_role(word, self.lexicon))

    def _organisation(self, entities: dict[str, EntityBuilder], name: str, mention: Span) -> EntityBuilder:
        return self._entity(entities, name, name.lower(), mention, "organisation")

    def _bracketed_expansion(self, mention: Span, index: NameIndex) -> str | None:
        """The full name before an abbreviation in brackets inside the mention: `die Interessengemeinschaft
        Deponiesicherheit Region Basel (IGDRB)`; None where the brackets hold someone's party (`Merkel (CDU)`)."""
        doc = mention.doc
        for t in mention[1:-1]:
            if doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")" and t.text in index.abbreviations:
                full = index.abbreviations[t.text]
                first = full.split()[0]
                start = next((w.i for w in doc[mention.start : t.i - 1] if w.text == first or lemma_cased(w.text) == first), None)
                if start is not None and not any(w.text[:1].isupper() and w.lower_ not in DETERMINERS for w in doc[mention.start : start]):
                    return full  # not `Beamte des Bundeskriminalamtes (BKA)`: the head comes before the name
        return None

    def _role_compound(self, word: str) -> bool:
        """`Distrikt-Gouverneur`, `EU-Außenminister`, `EU-Staaten`: a role or group, not a name;
        `McCain-Lager` and `UN-Sicherheitsrat` (one body) are names."""
        first, last = word.split("-")[0], word.rsplit("-", 1)[-1]
        if not self.lexicon.is_noun_or_compound(last):
            return False
        return not _abbreviation(first) or person_noun(last) and not institution_noun(last) or lemma(last).lower() != last.lower()

    def _association(self, words: list[Token]) -> str | None:
        """An association named by its head and whom it joins: `Verband kommunaler Unternehmen`,
        `Bund der Steuerzahler`, `Zentralrat der Juden`; its words, or None."""
        if len(words) < 2 or words[0].lower_ not in _ASSOCIATIONS:
            return None
        doc = words[0].doc
        k = words[0].i + 1
        if doc[k].lower_ == "der":
            k += 1  # `Bund der Steuerzahler`
        elif not (doc[k].text[:1].islower() and doc[k].lower_.endswith("er")):
            return None  # `kommunaler`, `Deutscher`: a genitive plural adjective
        else:
            k += 1
        if k >= len(doc) or not doc[k].text[:1].isupper() or k > words[-1].i:
            return None
        return doc[words[0].i : words[-1].i + 1].text

    def _quoted_org(self, mention: Span, quoted: str) -> bool:
        """A quoted name in a mention names an organisation or medium when an article or noun
        introduces it, it is more than one common noun, and no work's title is meant (`Roman`)."""
        first = mention[0]
        if first.text in OPENING_MARKS:
            return False  # the mention is only the quote: `„Kapitalismuskritik“`
        if any(t.lower_ in _WORKS for t in mention):
            return False  # `Roman „Atemschaukel“`
        words = quoted.split()
        mark = next((t for t in mention if t.text in OPENING_MARKS), None)
        if mark is not None and mark.i == mention.start + 1 and first.lower_ in DETERMINERS and mention[-1].text in CLOSING_MARKS:
            return True  # `dem „Spiegel“`: nothing but an article and a quoted name
        uninflected = (  # `die Online-Ausgabe des „Spiegel“`: a noun would be `des Spiegels`
            mark is not None
            and mark.i > mention.start
            and mark.doc[mark.i - 1].lower_ == "des"
            and not words[0].endswith("s")
            and self.lexicon.genus(words[0]) in {"m", "n"}
        )
        return len(words) > 1 or uninflected or not self.lexicon.is_noun_or_compound(words[0]) or words[0].lower().endswith(_MEDIA_HEADS)

    def _owner(self, run: Span, index: NameIndex, mention: Span) -> bool:
        """`Die Anwältin Samanis`: a genitive name after a role noun of the mention names whose
        role it is, not the speaker."""
        if run.start <= mention.start:
            return False
        before = run.doc[run.start - 1]
        if before.lower_ in {"des", "der", "von"} and run.start - 2 >= mention.start and person_noun(run.doc[run.start - 2].text):
            return True  # `Der Hauptgeschäftsführer des BPI`, `Der Bürgermeister von Orleans`: theirs, but someone unnamed
        if len(run) != 1 or not run.text.endswith("s"):
            return False
        stem = run.text[:-1].lower()
        return before.text[:1].isupper() and self.lexicon.is_common_noun(before.text) and (
            stem in index.by_surname or stem in index.capitalised
        )

    def _institution_name(self, words: list[Token]) -> str | None:
        """An institution's own name made of an adjective or names and its kind: `der Deutsche
        Wetterdienst` (as `Deutscher Wetterdienst`, whatever its case), `das Robert-Koch-Institut`."""
        if len(words) > 1 and words[-1].i > 0 and words[-1].doc[words[-1].i - 1].text == "(":
            words = words[:-1]  # `die Deutsche Presse-Agentur (dpa)`
        if len(words) == 1 and "-" in words[0].text:
            *first, kind = words[0].text.split("-")
            if institution_noun(kind) and kind[:1].isupper() and any(p[:1].isupper() and not self.lexicon.is_common_noun(p) for p in first):
                return words[0].text
            return None
        country = len(words) == 3 and words[1].lower_ == "partei" and words[2].text.endswith("s") and self.lexicon.is_place(words[2].text[:-1])
        if country and _PROPER_ADJECTIVE.match(words[0].text):  # `der Konservativen Partei Kanadas`
            return f"{self._proper_adjective(words[0].text, words[1].text)} {words[2].text}"
        # A plural after a capitalised adjective is a name only after an article, where only a name
        # capitalises the adjective (`Die Iranischen Revolutionsgarden`; not `Schwulenfeindliche Gruppen`).
        first = words[0].i if words else 0
        bare = first == 0 or words[0].doc[first - 1].lower_ not in DETERMINERS
        plural = len(words) == 2 and bare and words[1].text.endswith("n") and lemma_cased(words[1].text) != words[1].text
        institution = len(words) == 2 and not plural and (institution_noun(words[1].text) or self._noun(words[1].text) and not person_noun(words[1].text))
        if institution and _PROPER_ADJECTIVE.match(words[0].text):  # also `dem Europäischen Parlament`
            return self._proper_adjective(words[0].text, words[1].text)
        if len(words) == 2 and self._resident(words[0].text) and "-" in words[1].text and _abbreviation(words[1].text.split("-")[0]):
            return words[1].text  # `das Washingtoner SITE-Institut`: named by itself
        if len(words) == 2 and self._resident(words[0].text) and self._noun(words[1].text) and not person_noun(words[1].text):
            return f"{words[0].text} {words[1].text}"  # `die Hamburger Stadtreinigung`, `die Wiener Linien`: a city's
        return None

    def _proper_adjective(self, adjective: str, noun: str) -> str | None:
        """`Deutschen` + `Wetterdienst` -> `Deutscher Wetterdienst`: a capitalised adjective in a
        name, put in the nominative of the noun's gender; None if `adjective` is no adjective."""
        match = _PROPER_ADJECTIVE.match(adjective)
        if match is None:
            return None
        ending = {"m": "er", "f": "e", "n": "es"}.get(self._compound_genus(noun), match.group(2))
        return f"{match.group(1)}{ending} {noun}"

    def _nominative(self, name: str) -> str:
        """`Europäische Parlament` -> `Europäisches Parlament`: an adjective and a noun put in the
        nominative; other names as they are."""
        words = name.split()
        if len(words) == 2 and _PROPER_ADJECTIVE.match(words[0]):
            noun = words[1]
            if noun.endswith("s") and lemma_cased(noun) in {noun[:-1], noun[:-2]}:
                noun = lemma_cased(noun)  # `des Bayrischen Rundfunks`, `des Auswärtigen Amtes`
            return self._proper_adjective(words[0], noun) or name
        if len(words) == 1 and name.endswith("s") and self.lexicon.is_noun_or_compound(name) and lemma_cased(name) in {name[:-1], name[:-2]}:
            return lemma_cased(name)  # `des Bundeskriminalamtes (BKA)`
        return name

    def _compound_genus(self, noun: str) -> str:
        """The gender of a noun or of the longest known noun it ends in (`Wetterdienst`: `Dienst`)."""
        noun = noun.rsplit("-", 1)[-1]  # `Fußball-Bund`: `Bund`
        for k in range(len(noun) - 2):
            genus = self.lexicon.genus(noun[k:].capitalize())
            if genus:
                return genus
        return ""

    def _institution_called(self, words: list[Token], known: set[str] | frozenset[str] = frozenset()) -> str | None:
        """An institution's kind, then its name: `Die Betreiberfirma Vattenfall Europe`, `die
        Gewerkschaft ver.di`, or a name in `known` in any case; the name."""
        head = words[0].lower_ if words else ""
        if len(words) < 2 or not (institution_noun(words[0].text) or head.endswith(_GROUP_NOUNS + _MEDIA_HEADS)) or not self.lexicon.is_noun_or_compound(words[0].text):
            return None
        rest = words[1:]
        for last in reversed(rest):
            named = rest[0].doc[rest[0].i : last.i + 1].text
            if named in known:
                return named  # `die Menschenrechtsorganisation amnesty international (ai)`: in small letters
        if len(rest) == 1 and self._inflected_noun(rest[0].text):
            return None  # an object after the subject: `verzeichnet das Geldinstitut Verluste`
        joined = [t for t in rest[1:-1] if t.lower_ in _NAME_JOINERS | {"ohne", "für"}]  # `Reporter ohne Grenzen`
        if all(t.text[:1].isupper() or "." in t.text or _ARABIC_ARTICLE.match(t.text) or t in joined for t in rest) and not self.lexicon.is_place(
            rest[0].text
        ):  # `Radio Vatikan`, but not `die Regierung Frankreich`
            return rest[0].doc[rest[0].i : rest[-1].i + 1].text
        return None

    def _unlocated(self, words: list[Token]) -> list[Token]:
        """The words before `in`/`im` + place, a genitive or a place's genitive: `Das
        Bundeskartellamt in Deutschland`, `Das Auswärtige Amt der Bundesrepublik`, `Das Rote
        Kreuz Haitis` (but a party's country is its name: `Konservative Partei Kanadas`); not an attribute phrase right after the article (`der in West Richland
        ansässigen Firma`), which would leave no noun before it."""
        doc = words[0].doc if words else None
        for k, t in enumerate(words):
            if k and (
                t.lower_ in {"in", "im"} and words[k - 1].lower_ not in DETERMINERS
                or doc[t.i - 1].lower_ in {"der", "des"} and words[k - 1].i == t.i - 2 and words[k - 1].text[:1].isupper()
                or k == len(words) - 1 and t.text.endswith("s") and self.lexicon.is_place(t.text[:-1]) and words[k - 1].lower_ != "partei"
            ):
                return words[:k]
        return words

    def _office_of_place(self, words: list[Token]) -> str | None:
        """An institution named by its place: `Staatsanwaltschaft Darmstadt`, `Polizei Bremen`,
        `die Stadt Düsseldorf`."""
        if len(words) == 2 and (institution_noun(words[0].text) or words[0].text in _COMMUNITIES) and all(self.lexicon.is_place(part) for part in words[1].text.split("-")):
            return f"{words[0].text} {words[1].text}"  # also `Staatsanwaltschaft Nürnberg-Fürth`
        return None

    def _pronoun(
        self, mention: Span, head: str, index: NameIndex, entities: dict[str, EntityBuilder], last: EntityBuilder | None
    ) -> EntityBuilder | None:
        gender = _pronoun_gender(head)
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
        if found is not None and head in _MALE | _FEMALE and self._says_it(mention, found, index):
            # `Jagland sagte: „Alles, was er angepackt hat …“`: who speaks says `ich`, not `er`
            found = self._nearest_person(mention, gender, index, entities, None, avoid=found.key)
        if head == "es" and found is not None and found.kind == "person":
            return None  # `Hier stellte es fest`: the court, never Kachelmann
        return found

    def _party_before(self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """A party named by its adjective (`Die Grünen`) as the subject of a sentence just before."""
        here = bisect_left(index.sentence_starts, mention.sent.start)
        for subject in self._subjects_before(index, here):
            words = [t for t in subject if not t.is_punct] if subject is not None else []
            if len(words) == 2 and words[0].lower_ == "die" and words[1].text in _PARTIES_BY_ADJECTIVE:
                return self._organisation(entities, _PARTIES_BY_ADJECTIVE[words[1].text], mention)
        return None

    def _says_it(self, mention: Span, entity: EntityBuilder, index: NameIndex) -> bool:
        """Whether the pronoun stands in a quotation that `entity` speaks."""
        speaker = next((sp for s, e, sp in index.quote_speakers if s <= mention.start < e), None)
        if speaker is None or any(s <= speaker.start < e for s, e in index.quoted):
            return False
        said_by = self.resolve(speaker, index, {}, None)
        return said_by is not None and said_by.key == entity.key

    def _last_named(self, mention: Span, gender: str, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """The person named last before a mention, of its gender, within its sentence and the one before."""
        here = bisect_left(index.sentence_starts, mention.sent.start)
        since = index.sentence_starts[max(0, here - 1)]
        for run in reversed(index.names[bisect_left(index.starts, since) : bisect_left(index.starts, mention.start)]):
            kind = self._run_kind(run)
            if any(s <= run.start < e for s, e in index.quoted) or kind not in {"person", "unknown"}:
                continue
            if kind == "unknown" and not self._looks_personal(run, index, entities):
                continue
            if not _agrees(self._gender(run), "person", gender):
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
            if own is not None and own.end <= mention.start:  # `Beobachter gehen davon aus, sie trauen …`, `X hisste …; außerdem zeigte sie`
                candidates.insert(0, own)
        fronted = _fronted_clause_subject(mention, index)
        if fronted is not None:  # `Als Mladić den Saal betrat, streckte er …`
            candidates.insert(0, fronted)
        if subordinate:
            inner = _clause_subject_before(mention)
            if inner is not None and (not candidates or candidates[0] is None or inner.start != candidates[0].start):
                candidates.insert(0, inner)  # `…, dass Ertel Fahrten abgerechnet hat, obwohl er …`: the clause it hangs on
        speaker = index.sentence_speakers.get(sent.start)
        source = speaker is not None and speaker.end <= mention.start and _source(speaker) and self._named(speaker, index, entities) is not None
        if speaker is not None and (speaker.start > mention.end and not _source(speaker) or source):
            # `Sie sei „geschockt“, sagte die britische Königin`, `…, würden laut Finanzminister X nicht
            # ausgeglichen, ließ er verlautbaren`: who this sentence quotes
            candidates.insert(0, speaker)
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
            words = [t for t in subject if not t.is_punct]
            if len(words) == 1 and words[0].lower_ in _MALE | _FEMALE:
                named = self._apposed_name(subject, index, entities)
                if named is not None:
                    return named, True  # `sehe er, Köhler, keine Alternative`
                continue  # a pronoun again: its referent lies further back
            if words and words[0].lower_ in OBJECT_DETERMINERS:
                continue  # an object taken for a speaker: `sie hat einen großen Symbolcharakter – das meint X`
            if not _agrees(_agent_gender(words), "", gender):
                continue  # `muss von der Generalversammlung bestätigt werden, … soll er`: a passive's agent of the other gender
            phrase_gender = self._phrase_gender(subject)
            no_one = phrase_gender == "p" or gender and not _agrees(phrase_gender, "", gender) or lemma_cased(subject[0].text)[:1].islower()
            agent = self._passive_agent(subject, index) if no_one else None
            if agent is not None and _agrees(self._gender(agent), "person", gender):
                return self._person(agent, index, entities, mention), True  # `Angeführt werden die Rebellen von Hussein al Huthi. Er …`
            if not _agrees(phrase_gender, "", gender):
                continue
            if phrase_gender == "p" and not named_last or any(t.lower_ in {"und", "sowie"} for t in subject):
                if gender == "m":
                    continue
                return None, True  # a group: `Die Mediatoren X und Y … Sie konnten`
            role = self._role_noun(subject)
            if subject[0].lower_ in {"der", "die"} and len(words) == 2 and role is not None and _demonym(role.text):
                named = self._named_subject_before(subject, index, entities)  # `Robbie McEwen … Der Australier gewann … Er fährt`
                if named is not None:
                    return named, True
            if subject[0].lower_ in {"der", "die"} and any(AGE_NOUN.match(t.text) for t in subject):
                # `Lothar Tietge … Der 74-Jährige …`: the person the article just named, unless
                # named right there (`Die 24-jährige Thailänderin Prapawadee Jaroenrattanatarakoon`)
                named = self._named(subject, index, entities)
                return named or self._nearest_person(subject, gender, index, entities, None), True
            named = self._named(subject, index, entities) or self._bare_name(subject, index, entities) or self._predicate_name(subject, index, entities)
            if named is not None and (not _agrees(_entity_gender(named), named.kind, gender) or self.lexicon.is_place(named.canonical)):
                continue  # `Merkel` for `er`: the first name tells; `Australien` is no `sie`
            if named is not None and named.kind != "person" and gender == "m":
                continue  # `Das Bundeskriminalamt bestätigte dem Abgeordneten Montag … Er forderte`
            if named is not None:
                return named, True
            role = self._role_noun(subject)
            if role is not None:
                for key in _role_keys(doc, role.i, subject.start):
                    name = index.beside.get(key) or index.headline.get(key)  # also `Komponist György Ligeti` above
                    if name is not None and not (institution_noun(role.text) and self._personal(name, index)):
                        return self._person(name, index, entities, subject), True  # `das Gericht` is no `Kachelmanns`
            if role is not None and subject[0].lower_ == {"m": "der", "f": "die"}.get(gender) and self._thing(role, gender):
                return None, True  # `Der Frachter … Er kam aus Gladstone`, `Die Raumfähre … soll sie`: no one
            if role is not None and subject[0].lower_ in POSSESSIVES and self.lexicon.genus(role.text) == gender and self.lexicon.inanimate(role.text):
                continue  # `Delmare hatte … Sein letzter Drehtag war … An diesem Tag wurde er`: its owner is still meant
            if any(person_noun(t.text) or AGE_NOUN.match(t.text) for t in words if t.text[:1].isupper()):
                if subject[0].lower_ in {"der", "die"}:
                    if self._introduced_since_name(subject, index):
                        return None, True  # `von einem Unbekannten besucht. Der Mann lässt …`: the one introduced, unnamed
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
            if doc[k].lower_ in INDEFINITE_ARTICLES and word[:1].isupper() and not genitive:
                base = lemma_cased(word)
                if person_noun(base) or not self.lexicon.is_common_noun(base) and word.endswith(("en", "er", "e")):
                    return True
        return False

    def _thing(self, noun: Token, gender: str) -> bool:
        """A thing of the pronoun's gender, in the singular, that no one is: `Der Frachter … er`."""
        word = noun.text
        if self.lexicon.genus(word) != gender or institution_noun(word) or lemma(word).lower() != word.lower():
            return False  # a plural (`die Dreharbeiten`) is no `sie` of one thing
        return not _demonym(word) and not self._resident(word) and self.lexicon.inanimate(word)

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
        if self.lexicon.is_noun_or_compound(word.text) and word.text not in self.lexicon.surnames and word.lower_ not in index.by_surname:
            return None  # `Kritik …`: a noun, unless the article names someone so (`Horst Köhler … Köhler`)
        key = word.lower_
        return self._entity(entities, index.by_surname.get(key, word.text), key, subject)

    def _subject_of(self, sent: Span, index: NameIndex) -> Span | None:
        """The subject of a sentence's main clause: the speaker of a statement in it, else the
        phrase before or right after its finite verb."""
        doc = sent.doc
        speaker = index.sentence_speakers.get(sent.start)
        pronoun = speaker is not None and len(speaker) == 1 and speaker[0].lower_ in _MALE | _FEMALE
        if speaker is not None and not _source(speaker) and not pronoun:
            return speaker
        start = sent.start
        if doc[start].text in OPENING_MARKS:
            return None  # a quotation: its frame, if any, gave a speaker above
        verb = v2_verb(doc, start, sent.end)
        if verb is None:
            return _relative_fronted(sent)
        found = subject_of(doc, start, verb, sent.end, grammatical=True)
        if found is not None and speaker is not None and speaker.start <= found[0] < speaker.end and _source(speaker):
            # `Einer Quelle zufolge ist Ali Barkah … getötet worden`: the subject after the verb
            finite = speaker.end + (speaker.end < sent.end and doc[speaker.end].lower_ == "zufolge")
            behind = np_after(doc, finite + 1, sent.end) if finite + 1 < sent.end and doc[finite].text.islower() else None
            if behind is not None and behind[0] == finite + 1 and doc[finite + 1].text[:1].isupper():
                return doc[behind[0] : behind[1]]
        if found is None or speaker is not None and speaker.start <= found[0] < speaker.end:
            return speaker  # `Dem „Figaro“ zufolge hob Sarkozy … hervor`: the subject, not the source
        if pronoun and found[1] - found[0] == 1 and doc[found[0]].lower_ in _MALE | _FEMALE:
            return speaker  # a pronoun either way: the statement's
        return doc[found[0] : found[1]]

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
        words = [t for t in phrase if t.text[:1].isupper() and t.lower_ not in DETERMINERS]
        if any(t.lower_ in FEMALE_TITLES or _female_role(t.text, self.lexicon) for t in words):
            return "f"
        bare = first not in DETERMINERS  # `Müller` alone is a name, not the miller
        nouns = [t for t in words if self.lexicon.is_common_noun(t.text) and not (bare and t.text in self.lexicon.surnames)]
        head = next((t for t in nouns if not _adjectival(t.text)), nouns[0] if nouns else None)  # `Konservative Partei`: `Partei`
        if first in POSSESSIVES and first.endswith("e"):
            first = "die"  # `seine Partei`, `ihre Anhänger`
        if first in {"der", "ein", "dieser", "jener", "kein"} or head is not None and self.lexicon.genus(head.text) == "m" and first not in {"die", "eine"}:
            return "m"
        if first in {"die", "eine"} and head is not None:
            return "f" if self.lexicon.genus(head.text) == "f" or first == "eine" else "p"
        if first == "das":
            return "n"
        return self._gender(phrase) if any(t.text[:1].isupper() for t in phrase) else ""

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
            and not any(s <= n.start < e for s, e in index.quoted)
            and not _quoted_title(n)  # a title or a role: `„Le Grand Macabre“`, `als „Opa Friedrich“`
            and (avoid is None or surname_key(n, index.capitalised) != avoid)
        ]
        if last is not None and last.mentions:
            since = max(end for _, end in last.mentions)
            window = [n for n in window if n.start_char >= since]
        kinds = {n.start: self._run_kind(n) for n in window}
        genders = {n.start: self._gender(n) for n in window}
        agreeing = [n for n in window if _agrees(genders[n.start], kinds[n.start], gender)]
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
        if last is not None and _agrees(last.gender, last.kind, gender) and not marked:
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
            if end == mention.start - 1 or _agrees(self._gender(run), self._run_kind(run), "m" if mention[0].lower_ == "der" else ""):
                return self._person(run, index, entities, mention)
        place = doc[mention.start - 2]
        if mention[0].lower_ in {"das", "welches"} and place.text[:1].isupper() and self.lexicon.is_place(place.text):
            return self._organisation(entities, place.text, mention)  # `von Ägypten, das vorschlug`
        return None

    def _person(self, run: Span, index: NameIndex, entities: dict[str, EntityBuilder], mention: Span) -> EntityBuilder:
        if run.text in index.abbreviations:  # `Die PAD` after `„People's Alliance for Democracy“ (PAD)`
            return self._entity(entities, index.abbreviations[run.text], run.text.lower(), mention, "organisation")
        key = surname_key(run, index.capitalised)
        if len(run) == 1 and key in index.given_alone:
            key = index.given_alone[key]
        canonical = index.by_surname.get(key, run.text)
        own = self._context_gender(run) if len(run) == 1 and " " in canonical else ""
        if own and self._name_gender(canonical, index) not in ("", own):
            canonical, key = run.text, f"{key}:{own}"  # `Verteidigungsminister Guttenberg` is not `Stephanie zu Guttenberg`
        elif key in index.namesakes:  # `Maria Riesch` and `Susanne Riesch` are two people
            full = run if len(run) >= 2 and self._first_name(run[0].text) else self._full_name_before(run.start, key, index)
            if full is not None:
                canonical = full.text[:-1] if full[-1].lower_ == key + "s" else full.text
                key = canonical.lower()
        entity = self._entity(entities, canonical, key, mention)
        entity.gender = entity.gender or self._gender(run)
        return entity

    def _full_name_before(self, start: int, key: str, index: NameIndex) -> Span | None:
        """The nearest first name + surname written before `start` for a surname several people share."""
        for run in reversed(index.names[: bisect_left(index.starts, start)]):
            if len(run) >= 2 and self._first_name(run[0].text) and surname_key(run, index.capitalised) == key:
                return run
        return None

    def _entity(
        self, entities: dict[str, EntityBuilder], canonical: str, key: str, mention: Span, kind: str | None = None
    ) -> EntityBuilder:
        if key not in entities:
            entities[key] = EntityBuilder(canonical, key, kind or self._kind(canonical, mention))
        return entities[key]

    def _kind(self, canonical: str, mention: Span) -> str:
        words = {w.lower().strip(".") for w in (canonical + " " + mention.text).replace("-", " ").split()}
        if words & ORG_MARKERS or words & _COMPANY_WORDS or _abbreviation(canonical):
            return "organisation"
        return "person"

    def _run_kind(self, run: Span) -> str:
        if len(run) >= 2 and (run[-1].lower_.rstrip(".") in _LEGAL_FORMS or run[-1].lower_ in _COMPANY_WORDS):
            return "organisation"  # `Beate Uhse AG`, though it starts with a first name; `Continental Airlines`
        if any(t.text in self.lexicon.first_names for t in run) or len(run) >= 2 and run[0].text in self.lexicon.given_names:
            return "person"
        if _abbreviation(run.text) or {t.lower_ for t in run} & ORG_MARKERS:
            return "organisation"
        if self.lexicon.is_place(run[-1].text) or run[-1].text in _PLACE_WORDS or all(self.lexicon.is_place(p) for p in run[-1].text.split("-")):
            return "place"  # also `Nürnberg-Fürth`
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
        return self._run_kind(run) == "person" or first in self.lexicon.first_names or person_noun(first) and not institution_noun(first)

    def _gender(self, run: Span) -> str:
        found = self._context_gender(run)
        if found:
            return found
        if len(run) >= 2 and run[0].is_alpha:
            return first_name_gender(run[0].text)
        if run.text in self.lexicon.first_names and run.text not in self.lexicon.surnames and run.text.lower() not in CALENDAR:
            return first_name_gender(run.text)  # a child named by the first name alone: `Kevin`
        return ""

    def _name_gender(self, name: str, index: NameIndex) -> str:
        """The gender the text gives a full name: by the words before it or before its first name
        alone (`seiner Frau Stephanie`), else by the first-name list."""
        first = name.split()[0]
        for run in index.names:
            if run.text in (name, first):
                found = self._context_gender(run)
                if found:
                    return found
        return first_name_gender(first)

    def _context_gender(self, run: Span) -> str:
        """The gender the words right before a name give it: `Sprecherin`, `Frau`, `Minister`."""
        doc = run.doc
        for k in range(run.start - 1, max(-1, run.start - 3), -1):
            word = doc[k]
            if word.lower_ in FEMALE_TITLES or word.text[:1].isupper() and _female_role(word.text, self.lexicon):
                return "f"  # also compounds the lexicon lacks: `Bildungsbürgermeisterin`
            if word.text[:1].isupper() and self.lexicon.genus(word.text) == "m" and not self.lexicon.inanimate(word.text):
                return "m"  # `Sprecher X`, not `im Landtag Gudrun Pieper`
            if not word.text[:1].isupper():
                break
        return ""

    def _role_noun(self, mention: Span) -> Token | None:
        head = _attribute_end(mention)
        words = mention if head is None else mention.doc[head : mention.end]  # not `Ort` in `der im Ort X geborene Astronaut`
        nouns = [t for t in words if t.text[:1].isupper() and t.lower_ not in DETERMINERS and self._noun(t.text)]
        return nouns[0] if nouns else None

    def _noun(self, word: str) -> bool:
        """A common noun, also a compound (`Untersuchungsrichter`, `Vize-Außenminister`)."""
        return self.lexicon.is_noun_or_compound(word) or "-" in word and self.lexicon.is_noun_or_compound(word.rsplit("-", 1)[1])


_COPULAS = {"ist", "war", "sei"}


def _female_role(word: str, lexicon: NameLexicon) -> bool:
    """`Bundeskanzlerin`, `Ministerin`: a feminine role noun, also when only its masculine
    form (`Bundeskanzler`) is in the lexicon."""
    if not word.endswith("in") or len(word) < 6:
        return False
    return lexicon.genus(word) == "f" or lexicon.genus(word[:-2]) == "m" or word[:-2].endswith(("er", "ent", "ist", "eur", "or"))


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
        if alone and word not in by_surname.get(key, "").lower().split()[1:]:
            found[word] = key
    return found


def _after_attribute(phrase: Span) -> int:
    """Where the head of a noun phrase may begin: after an attribute phrase between article and
    participle (`Der auf der Konferenz für nukleare Sicherheit anwesende Außenminister`)."""
    doc = phrase.doc
    if len(phrase) < 3 or phrase[1].lower_ not in PREPOSITIONS:
        return phrase.start + 1
    return next((t.i for t in phrase[2:-1] if attribute_participle(doc, t.i)), phrase.start + 1)


def _in_relative_clause(mention: Span) -> bool:
    """`Williams hatte eine Anekdote erzählt, in der er …`: a pronoun right after a relative
    pronoun (and its preposition), which as subject of the relative clause is not its antecedent."""
    doc, k = mention.doc, mention.start
    if k < 2 or doc[k - 1].lower_ not in _RELATIVE_PRONOUNS:
        return False
    return doc[k - 2].text == "," or k >= 3 and doc[k - 2].lower_ in PREPOSITIONS and doc[k - 3].text == ","


def _generic(mention: Span, index: NameIndex) -> bool:
    """A pronoun in a quotation that anyone, everyone, no one or an indefinite someone before
    it in the quotation stands for (outside quotations, `jemand` and the like in its sentence):
    it names no one."""
    quote = next(((s, e) for s, e in index.quoted if s <= mention.start < e), None)
    if quote is None:  # `wie lange jemand sie hält, sondern ob er …`: anyone, in the sentence too
        return mention[0].lower_ == "er" and any(t.lower_ in {"jemand", "niemand"} for t in mention.doc[mention.sent.start : mention.start])
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
    if comma is None or doc[comma + 1].lower_ in SUBORDINATORS | COMPLEMENTIZERS | _RELATIVE_PRONOUNS:
        return False
    clause_verb = v2_verb(doc, comma + 1, sent.end)
    # `…, damals war er 85`; not a verb right after the comma, which frames what precedes (`„…“, richtete er`)
    return clause_verb is not None and clause_verb > comma + 1 and mention.start == clause_verb + 1


def _national_institution(words: list[Token]) -> str | None:
    """An institution there is one of, named by its common noun: `die Bundesregierung`, `der
    Verfassungsschutz`, `das Auswärtige Amt`, `die EU-Kommission`. Its words without the article."""
    if len(words) > 1 and words[0].lower_ in {"deutsche", "deutschen"}:
        words = words[1:]  # `die deutsche Bundesregierung`
    ministry = len(words) > 2 and words[0].lower_.startswith(("bundes", "landes")) and words[1].lower_ == "für"
    if ministry and all(t.text[:1].isupper() or t.lower_ in {"und", ","} for t in words[2:]):
        return words[0].doc[words[0].i : words[-1].i + 1].text  # `das Bundesministerium für Bildung und Forschung`
    if not words or not all(t.text[:1].isupper() for t in words):
        return None
    text = " ".join(t.text for t in words)
    low = text.lower()
    if (
        low in _UNIQUE_INSTITUTIONS
        or low.startswith(("bundes", "eu-", "un-", "uno-")) and low.endswith(_INSTITUTION_HEADS)
        or low.startswith("welt") and low.endswith(("organisation", "bank"))  # `die Weltgesundheitsorganisation`
    ):
        return text
    return None


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


def _apposed_organisation(mention: Span) -> str | None:
    """`Die Regierungspartei Palästinas, die Hamas`: an organisation's kind, then its name after a
    comma and an article; the name."""
    words = [t for t in mention if not t.is_space]
    if len(words) < 5 or words[-3].text != "," or words[-2].lower_ not in DETERMINERS or not words[-1].text[:1].isupper():
        return None
    head = next((t for t in words[: len(words) - 3] if t.text[:1].isupper() and t.lower_ not in DETERMINERS), None)
    if head is None or not (institution_noun(head.text) or head.lower_.endswith(_ORGANISATION_NOUNS)):
        return None
    return words[-1].text


def _issuer(mention: Span) -> Span | None:
    """The genitive after a text that someone issued: `einer Mitteilung der Polizei Bremen`,
    `Die ersten Worte Armstrongs`; or after whoever runs a site or paper: `der Betreiber von
    Abgeordnetenwatch`."""
    doc = mention.doc
    for t in mention[:4]:
        if t.text[:1].isupper() and t.lower_ not in DETERMINERS and t.i + 1 < mention.end:
            if not t.lower_.endswith(_SPEAKING_FOR):
                return None
            after = doc[t.i + 1]
            if after.lower_ in {"der", "des"} and t.i + 2 < mention.end:
                return doc[t.i + 1 : mention.end]
            if after.lower_ in {"von", "vom"} and t.i + 2 < mention.end and doc[mention.end - 1].lower_ not in TIMES:
                return doc[t.i + 2 : mention.end]  # `einem Bericht von ndr.de`, not `Informationen vom späten Abend`
            if t.i + 2 == mention.end and after.text[:1].isupper() and after.text.endswith("s") and after.is_alpha:
                return doc[t.i + 1 : mention.end]  # a name in the genitive
            return None
    return None


def _holder_just_before(mention: Span, nouns: tuple[str, ...], index: NameIndex) -> Span | None:
    """The name written right after an office ending in one of `nouns`, in this sentence or
    the two before: `Innenminister Schäuble … zitiert Welt-Online den Minister`."""
    doc = mention.doc
    here = bisect_left(index.sentence_starts, mention.start + 1) - 1
    since = index.sentence_starts[max(0, here - 2)]
    for run in reversed(index.names[bisect_left(index.starts, since) : bisect_left(index.starts, mention.start)]):
        k = run.start - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k >= 0 and doc[k].text[:1].isupper() and doc[k].lower_.endswith(nouns):
            return run
    return None


def _issued_text(mention: Span) -> bool:
    """`eine Stellungnahme`, `das Schreiben`: a text someone issued, its issuer not named in it."""
    words = [t for t in mention if not t.is_punct]
    return 2 <= len(words) <= 3 and words[0].lower_ in DETERMINERS and words[-1].lower_.endswith(_ISSUED) and "-" not in words[-1].text


def _giver(mention: Span) -> Span | None:
    """Who issues a text in the sentence that names it: the subject of its main clause."""
    doc, sent = mention.doc, mention.doc[mention.start].sent
    verb = v2_verb(doc, sent.start, sent.end)
    if verb is None or lemma(doc[verb].text) not in _ISSUING:
        return None  # not `X wies die Darstellung zurück`: whoever rejects a text did not issue it
    found = subject_of(doc, sent.start, verb, sent.end)
    if found is None or found[0] <= mention.start < found[1] or _issued_text(doc[found[0] : found[1]]):
        return None
    return doc[found[0] : found[1]]


def _small_name_after(mention: Span, index: NameIndex) -> str | None:
    """A name in small letters right after an institution noun that ends the mention."""
    doc = mention.doc
    if not institution_noun(doc[mention.end - 1].text) or mention.end >= len(doc) or not doc[mention.end].text.islower():
        return None
    following = doc[mention.end : mention.end + 4].text
    return next((name for short, name in index.abbreviations.items() if short.islower() and following.startswith(name)), None)


def _issued_before(mention: Span) -> Span | None:
    """`Laut einem Bericht der Organisation X … Dem Bericht zufolge`: a text named alone that
    the sentences before gave with its issuer; that issuer."""
    words = [t for t in mention if not t.is_punct]
    if len(words) != 2 or words[0].lower_ not in {"der", "die", "das", "dem", "den", "des"} or not _issued_text(mention):
        return None
    doc = mention.doc
    noun = lemma(words[1].text)
    sent = doc[mention.start].sent
    start = sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    for t in reversed(doc[start : mention.start]):
        if t.text[:1].isupper() and lemma(t.text) == noun and t.i + 2 < mention.start and doc[t.i + 1].lower_ in {"der", "des"}:
            phrase = np_after(doc, t.i + 1, t.sent.end)
            if phrase is None or phrase[0] != t.i + 1:
                return None
            end = next((k for k in range(*phrase) if doc[k].text == "("), phrase[1])  # not `(AI)`
            return doc[phrase[0] : end]
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
    if after[0] in _RELATIVE | {"das", "dessen", "deren"} or after[0] in PREPOSITIONS and after[1] in _RELATIVE | {"dem", "denen", "das"}:
        return doc[sent.start : comma]
    return None


def _adjectival(word: str) -> bool:
    """`Unbekannten`, `Verletzten`: a noun made of an adjective or participle, inflected."""
    low = word.lower()
    base = lemma_cased(low)
    return "-" not in low and low.endswith(("e", "en", "er", "em", "es")) and base != low and base[:1].islower()


def _demonym(word: str) -> bool:
    """`Franzose`, `Britin`, `US-Amerikaner`: a noun for someone of a nation."""
    low = word.lower().rsplit("-", 1)[-1].removesuffix("in")
    return low in _DEMONYMS or low.removesuffix("e") in _DEMONYMS


def _located(run: Span, mention: Span) -> bool:
    """`die Provinzregierung in Helmand`: a name after a preposition inside a mention says where;
    so does one in an attribute before the head (`der in dem Ort Wapakoneta geborene Astronaut`)."""
    doc = run.doc
    if run.start > mention.start and doc[run.start - 1].lower_ in {"in", "im", "aus", "bei"}:
        return True
    head = _attribute_end(mention)
    return head is not None and run.end <= head


def _attribute_end(mention: Span) -> int | None:
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


def _source(speaker: Span) -> bool:
    """A speaker named as a source (`laut X`, `X zufolge`, `nach Angaben von X`), not as the
    sentence's subject."""
    doc = speaker.doc
    before = doc[speaker.start - 1].lower_ if speaker.start > 0 else ""
    after = doc[speaker.end].lower_ if speaker.end < len(doc) else ""
    return before in {"laut", "nach", "gemäß", "von", "vom"} or after == "zufolge"


def _subject_position(run: Span) -> bool:
    """First in its clause, after at most an article, adjective or title."""
    doc = run.doc
    start = run.sent.start
    for k in range(run.start - 1, max(start - 1, run.start - 4), -1):
        if doc[k].text in {",", ":", ";"}:
            return k >= run.start - 3
    return run.start - start <= 3


def surname_key(run: Span, capitalised: set[str]) -> str:
    """The lower-cased surname of a name run; a genitive (`Merkels`, `Herta Müllers`) loses its
    `s` when the bare form also occurs in the document."""
    if len(run) >= 2 and run[-1].lower_ in _COMPANY_WORDS:
        return run[0].lower_  # `Tesla Motors` is `Tesla` for short
    if len(run) >= 2 and _KOREAN_GIVEN.match(run[-1].text):
        return run[-2].lower_  # `Ban Ki-moon` is `Ban`: the family name comes first
    last = run[-1].text
    if last.endswith("s") and len(last) > 4 and (last[:-1].lower() in capitalised or _after_noun(run)):
        last = last[:-1]
    return last.lower()


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


def _entity_gender(entity: EntityBuilder) -> str:
    words = entity.canonical.split()
    return entity.gender or (first_name_gender(words[0]) if len(words) >= 2 and entity.kind == "person" else "")


def _agrees(entity_gender: str, kind: str, pronoun_gender: str) -> bool:
    if kind == "place":
        return False
    if pronoun_gender == "m":
        return entity_gender != "f" and kind != "organisation"
    if pronoun_gender == "f":
        return entity_gender != "m"
    return True


def _office_noun(word: str) -> str:
    """One form for every case of a noun made of an adjective or participle, which declines
    like one (`der Angeklagte`, `dem Angeklagten`, `ein Angeklagter`: `angeklagte`); else its lemma."""
    match = _ADJECTIVAL_ENDING.match(word)
    if match is not None:
        stem = match.group(1)
        lexicon = name_lexicon()
        if stem + "e" in lexicon.nouns and stem + "er" in lexicon.nouns:
            return (stem + "e").lower()
    return lemma(word)


def _role_keys(doc: Doc, k: int, start: int | None = None) -> list[str]:
    """`präsident`, and with the adjective or country genitive before it, `brasilian präsident`."""
    noun = _office_noun(doc[k].text)
    lexicon = name_lexicon()
    if noun.endswith("s") and not lexicon.is_common_noun(doc[k].text) and lexicon.is_noun_or_compound(doc[k].text[:-1]):
        noun = noun[:-1]  # the genitive `des Generalanwalts`
    keys = []
    j = k - 1
    lower = max(start if start is not None else 0, k - 3)
    while j >= lower and (_attributive(doc[j]) or doc[j].text.endswith("s") and doc[j].text[:1].isupper()):
        keys.append(f"{_stem(doc[j].text)} {noun}")
        j -= 1
    return [*keys, noun] if not keys else keys


def _relative_of(run: Span) -> bool:
    """`Ein anderer Vertrauter von Scaduto`, `eine Freundin von X`: whose confidant, friend or
    lawyer is meant, not who speaks (a company's spokesman, though, speaks for it)."""
    doc = run.doc
    if run.start < 2 or doc[run.start - 1].lower_ != "von":
        return False
    return doc[run.start - 2].lower_.startswith(_RELATIONS)


def _plural_verb_beside(mention: Span) -> bool:
    """Whether the finite verb next to a `sie` is plural (`sie haben`, `forderten sie`, `sie
    seien`): German third-person plurals end in `-en`, singulars never do (`hat`, `forderte`).
    In a subordinate clause the finite verb comes last: `falls sie den Ort bekannt geben`."""
    doc = mention.doc
    last = None
    if any(doc[k].lower_ in SUBORDINATORS | COMPLEMENTIZERS | _RELATIVE | {"wie"} for k in range(max(0, mention.start - 2), mention.start)):
        end = next((k for k in range(mention.end, min(len(doc), mention.end + 20)) if doc[k].is_punct), None)
        last = end - 1 if end is not None and end - 1 >= mention.end else None
    return any(k is not None and 0 <= k < len(doc) and _plural_verb(doc[k]) for k in (mention.end, mention.start - 1, last))


def _plural_verb_after(mention: Span) -> bool:
    """`Die Außenminister … erklärten`: a plural finite verb right after the mention, not an
    adjective before a noun (`die Kanzlerin einigen Teilnehmern zufolge`)."""
    doc = mention.doc
    k = mention.end
    return k < len(doc) and not (k + 1 < len(doc) and doc[k + 1].text[:1].isupper()) and _plural_verb(doc[k])


def _plural_verb(word: Token) -> bool:
    return word.is_alpha and word.text[:1].islower() and (word.lower_ == "sind" or word.lower_.endswith("en")) and word.lower_ not in _NOT_VERBS


def _other_attribute(key: str, own: list[str]) -> bool:
    """Whether a role key's attribute differs from all of a mention's (`französisch präsident`
    against `brasilian präsident`); `venezolanisch` and `Venezuelas` agree by their first letters."""
    if " " not in key or " " not in own[0]:
        return False
    attribute = key.split()[0]
    return not any(k.split()[0][:4] == attribute[:4] for k in own)


def _attributive(t: Token) -> bool:
    """An adjective before a noun, which is always inflected (`brasilianische`, `ehemaligen`),
    unlike the prepositions, adverbs and verbs that may stand there (`vom`, `nun`, `hat`)."""
    return (
        t.is_alpha
        and t.text[:1].islower()
        and t.lower_.endswith(("e", "en", "er", "em", "es"))
        and t.lower_ not in DETERMINERS | PREPOSITIONS | ADVERBS | CONJUNCTIONS | POSSESSIVES
    )


def _stem(word: str) -> str:
    """A rough stem shared by `brasilianische`, `brasilianischen` and `Brasiliens`."""
    return word.lower()[:6]


def _quoted_name(mention: Span) -> str | None:
    """The name in quotation marks inside a mention: `der „Arbeitskreis Vorratsdatenspeicherung“`."""
    text = mention.text
    for opening, closing in (("„", "“"), ("»", "«"), ("\"", "\"")):
        start = text.find(opening)
        end = text.find(closing, start + 1)
        if start >= 0 and end > start + 1 and text[start + 1 : end][:1].isupper():
            return text[start + 1 : end].strip()
    return None


def _pronoun_gender(word: str) -> str:
    return "m" if word in _MALE else "f" if word in _FEMALE else ""


def _quoted_title(run: Span) -> bool:
    """A name that a quotation mark opens or, three words at most after one, closes."""
    doc = run.doc
    if run.start > 0 and doc[run.start - 1].text in OPENING_MARKS:
        return True
    closed = run.end < len(doc) and doc[run.end].text in CLOSING_MARKS
    return closed and any(doc[k].text in OPENING_MARKS for k in range(max(0, run.start - 3), run.start))


def _bracketed(run: Span) -> bool:
    """A name in brackets, a place's name included: `(BGH)`, `Bayonne (New Jersey)`."""
    doc = run.doc
    return run.start > 0 and doc[run.start - 1].text == "(" and any(t.text == ")" for t in doc[run.end : run.end + 3])


def _abbreviation(text: str) -> bool:
    return bool(ABBREVIATION.match(text))


_LOWER_ABBREVIATION = re.compile(r"^[a-zäöü]{2,4}$")
_INITIAL_LINKS = {"und", "für", "in", "im", "der", "des", "von", "zur", "zum", "gegen", "über", "of", "for", "and", "the", "de", "du", "la"}


def _spelled_out(doc: Doc, bracket: int, abbreviation: str) -> str | None:
    """The words before a bracket whose capitals spell the abbreviation, small words between
    them, the first word maybe giving several letters: `Organisation für Sicherheit und
    Zusammenarbeit in Europa (OSZE)`, `Bundesamt für Migration und Flüchtlinge (BAMF)`."""
    letters = [c for c in abbreviation if c.isupper()]
    if len(letters) < 2:
        return None
    left = len(letters)  # letters not yet spelled, from the front
    for j in range(bracket - 1, max(-1, bracket - 16), -1):
        word = doc[j].text
        if not (word[:1].isupper() and (doc[j].is_alpha or "-" in word)) or doc[j].lower_ in DETERMINERS:
            if doc[j].lower_ not in _INITIAL_LINKS or word[:1].isupper():
                return None
            continue
        if word[0] == letters[0] and _spelled_in(letters[1:left], word[1:].lower()):
            return doc[j:bracket].text
        if left < 2 or word[0] != letters[left - 1]:
            return None
        left -= 1
    return None


def _spelled_in(letters: list[str], word: str) -> bool:
    k = 0
    for c in word:
        if k < len(letters) and c == letters[k].lower():
            k += 1
    return k == len(letters)


def _abbreviations(doc: Doc) -> dict[str, str]:
    """`Bundesgerichtshof (BGH)` -> {"BGH": "Bundesgerichtshof"}."""
    out: dict[str, str] = {}
    for t in doc:
        if t.text == "(" and t.i + 2 < len(doc) and doc[t.i + 2].text == ")" and (_abbreviation(doc[t.i + 1].text) or _MIXED_ABBREVIATION.match(doc[t.i + 1].text)):
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
                or words and doc[j].lower_ == "und" and j > 0 and doc[j - 1].text.endswith("-")  # `Lesben- und Schwulenverband`
                # `Schutzgemeinschaft der Kapitalanleger (SdK)`, not `Chef der Vereinten Nationen (UN)`
                or words
                and doc[j].lower_ in {"der", "des"}
                and j > 0
                and doc[j - 1].text[:1] == doc[t.i + 1].text[:1] != words[0][:1]
            ):
                words.insert(0, doc[j].text)  # also `Aufsichtsbehörde für Zivilluftfahrt (DGAC)`
                j -= 1
            if words:
                out.setdefault(doc[t.i + 1].text, " ".join(words))
        elif t.text == "(" and t.i + 2 < len(doc) and doc[t.i + 2].text == ")" and _LOWER_ABBREVIATION.match(doc[t.i + 1].text):
            short = doc[t.i + 1].text  # `amnesty international (ai)`: a name written in small letters
            words = doc[max(0, t.i - len(short)) : t.i]
            if len(words) == len(short) and all(w.is_alpha and w.text[0] == c for w, c in zip(words, short)):
                out.setdefault(short, words.text)
    return out
