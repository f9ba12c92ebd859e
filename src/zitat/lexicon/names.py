"""Which capitalised words are names: German nouns, first names and surnames.

German capitalises every noun, so a capital letter does not make a name. data/nouns.tsv.gz,
extracted from the german-nouns package (Wiktionary, CC BY-SA 4.0) by
scripts/build_noun_lexicon.py, lists 92k nouns with their gender and 8k first names, surnames
and places.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from zitat.lexicon.cues import lemma

ORG_MARKERS = {
    "ministerium", "partei", "regierung", "polizei", "gewerkschaft", "verband", "ag", "gmbh",
    "institut", "amt", "behörde", "kommission", "organisation", "rat", "gericht", "konzern",
    "unternehmen", "bank", "agentur", "zeitung", "verein", "bund", "union", "armee", "kreml",
    "staatsanwaltschaft", "stiftung", "sender", "universität", "nachrichtenagentur", "ministry",
}

# Organisations whose names the Wiktionary extract lists as common nouns (a car, a company's
# product, a movement): they are names wherever they stand, and organisations. Only names no
# news text uses as a word too (not `Allianz`, `Post`, `Puma`, `Total`, `Linde`).
ORGANISATION_NAMES = frozenset(
    {
        "Hamas", "Hisbollah", "Mossad", "Interpol", "Bundeswehr", "Siemens", "Volkswagen", "Amazon", "Microsoft",
        "Facebook", "Twitter", "WhatsApp", "Wikipedia", "Telekom", "Tesla", "Nissan", "Diakonie", "Jusos",
        "Bundesheer", "Welthungerhilfe", "Kindernothilfe", "Caritas", "Misereor",  # compounds of common nouns that name one body
    }
)

# Chinese and Vietnamese family names, which stand before the given name (`Hu Jia`, `Li Fei`,
# `Nguyen Tan Dung`) and alone for the person (`Hu sagte`); not those that are German words
# (`Wen`, `Ding`, `Fan`) or begin other names (`Le Monde`, `Kim Basinger`).
FAMILY_FIRST = frozenset(
    {
        "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Ma", "Zhu", "Hu",
        "Guo", "Lin", "Luo", "Zheng", "Liang", "Xie", "Tang", "Deng", "Feng", "Cao", "Peng", "Zeng", "Xiao",
        "Tian", "Dong", "Yuan", "Cai", "Jiang", "Du", "Ye", "Cheng", "Wei", "Su", "Ren", "Lu", "Yao", "Shen",
        "Zhong", "Cui", "Tan", "Liao", "Shi", "Jin", "Jia", "Xia", "Fu", "Fang", "Zou", "Xiong", "Bai", "Meng",
        "Qin", "Qiu", "Hou", "Yin", "Xue", "Yan", "Duan", "Lei", "Tao", "Mao", "Hao", "Gu", "Gong", "Shao",
        "Wan", "Qian", "Dai", "Kong", "Xi", "Nguyen", "Tran", "Pham", "Hoang",
    }
)

_CACHE_LIMIT = 100_000
# Place names of the list that news German uses as common words: `die Medien` (not ancient Media).
_NOT_PLACES = frozenset({"Medien"})
# places news writes by their letters, which the Wiktionary extract lacks
_PLACE_ABBREVIATIONS = frozenset({"NRW", "BRD", "UK"})
_REGION_PREFIXES = ("west", "ost", "nord", "süd", "ober", "unter", "mittel", "nieder")


@dataclass(frozen=True)
class NameLexicon:
    nouns: dict[str, str]  # common noun -> genus ("m", "f", "n" or "")
    first_names: frozenset[str]
    surnames: frozenset[str]
    places: frozenset[str] = frozenset()
    given_names: dict[str, str] = field(default_factory=dict)  # first names of many languages -> "m", "f" or ""
    # is_noun_or_compound's answers: the compound search lemmatises every tail of a word.
    _nounish: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def is_common_noun(self, word: str) -> bool:
        if word in self.first_names or word in self.places or word in ORGANISATION_NAMES:
            return False
        return word in self.nouns or lemma(word).capitalize() in self.nouns

    def is_noun_or_compound(self, word: str) -> bool:
        """A common noun, or a compound ending in one (`Gesamtrechnung`): names are neither."""
        known = self._nounish.get(word)
        if known is None:
            if len(self._nounish) >= _CACHE_LIMIT:
                self._nounish.clear()  # bounded: a corpus of millions of words must not grow it
            known = self._nounish[word] = self.is_common_noun(word) or self._compound(word)
        return known

    def _compound(self, word: str) -> bool:
        """`Gesamtrechnung`, `Marineoberst`: a compound whose last part is a known noun. German
        compounds seldom end in a bare `-i` (`Rafsandschani`, `Palazzi`), names often do: such a
        word is a compound only of two known nouns (`Basketballprofi`)."""
        if len(word) < 8 or "-" in word:
            return False
        if word.endswith("i") and not word.endswith("ei"):
            return any(word[cut:].capitalize() in self.nouns and word[:cut] in self.nouns for cut in range(3, len(word) - 3))
        for cut in range(3, len(word) - 2):
            tail = word[cut:].capitalize()
            if len(tail) >= 4 and (tail in self.nouns or lemma(tail).capitalize() in self.nouns):
                return True
            if len(tail) == 3 and tail in self.nouns:  # a short last part only after a known noun: `Übergangsrat`, not `Karaburat`
                head = word[:cut].removesuffix("s")
                # also after a compound of them: `Kreisbrandrat`
                known = head in self.nouns or head + "e" in self.nouns or any(head[k:].capitalize() in self.nouns for k in range(2, len(head) - 3))
                return known or lemma(head).capitalize() in self.nouns  # also after a plural: `Städtetag`
        return False

    def is_place(self, word: str) -> bool:
        """A place name, or its genitive (`Serbiens`, `Ugandas`), or a region named by a
        direction and a place (`Westpfalz`, `Oberbayern`, `Mittelfranken`)."""
        if word in self.places or word in _PLACE_ABBREVIATIONS or word.endswith("s") and word[:-1] in self.places:
            return True
        low = word.lower()
        prefix = next((p for p in _REGION_PREFIXES if low.startswith(p) and len(low) > len(p) + 2), None)
        return prefix is not None and self.is_place(word[len(prefix)].upper() + word[len(prefix) + 1 :])

    def genus(self, word: str) -> str:
        return self.nouns.get(word) or self.nouns.get(lemma(word).capitalize(), "")

    def has_feminine(self, word: str) -> bool:
        """A noun with a feminine in `-in` (`Verteidiger`/`Verteidigerin`): a person's, never an
        adjective that ends like one (`Ständiger`, `Heiliger`)."""
        stem = lemma(word).capitalize()
        return any(f"{form}in" in self.nouns for form in {stem, _umlauted(stem)})  # also `Landrat`/`Landrätin`

    def inanimate(self, word: str) -> bool:
        """A noun for a thing: German names people by nouns with a feminine in `-in`
        (`Astronaut`/`Astronautin`, `Anwalt`/`Anwältin`, `Regierungssprecher`), things not
        (`Frachter`, `Komet`, `Raumfähre`); a few person nouns have none (`Mann`, `Mutter`)."""
        low = lemma(word).lower()
        if low.endswith(_PERSONS_WITHOUT_FEMININE) or low.endswith("in") or not self.is_common_noun(word):
            return False
        known = False
        for cut in range(max(1, len(low) - 3)):
            tail = low[cut:]
            if not self.is_common_noun(tail.capitalize()):
                continue  # the known nouns the word ends in decide: `Regierungs|sprecher`
            stem = tail.removesuffix("e")
            if any((form + "in").capitalize() in self.nouns for form in {tail, stem, _umlauted(stem)}):
                return False  # also a compound the lexicon lists without its feminine: `Firmen|chef`
            known = True
        return known


_UMLAUTS = {"a": "ä", "o": "ö", "u": "ü"}  # a masculine's last vowel and its mark in the feminine (`Anwalt`, `Anwältin`)


def _umlauted(stem: str) -> str:
    """`anwalt` -> `anwält`: the stem with its last vowel marked, as a feminine in `-in` has it."""
    return re.sub(r"([aou])([^aeiouäöü]*)$", lambda m: _UMLAUTS[m.group(1)] + m.group(2), stem)


def masculine_forms(feminine: str) -> tuple[str, ...]:
    """The masculine a feminine in -in is made from, with its last vowel unmarked where the
    feminine marks it: `Lokalmatadorin` -> `Lokalmatador`, `Finanzvorständin` -> `Finanzvorstand`."""
    stem = feminine[:-2]
    k = max(stem.rfind(v) for v in _UMLAUTS.values())
    unmarked = {marked: plain for plain, marked in _UMLAUTS.items()}
    return (stem, stem[:k] + unmarked[stem[k]] + stem[k + 1 :]) if k >= 0 else (stem,)


# Nouns for people with no feminine in `-in` (or that are feminine themselves).
_PERSONS_WITHOUT_FEMININE = (
    "mann", "mensch", "herr", "junge", "bruder", "sohn", "vater", "onkel", "neffe", "opa", "papst", "gott",
    "frau", "mutter", "tochter", "schwester", "tante", "nichte", "oma", "witwe", "dame", "person", "geisel",
    "leute", "kind", "baby", "mitglied", "opfer", "team", "paar",
    # nouns made of adjectives and participles, which take their gender from the article
    "ende", "ender", "deutsche", "deutscher", "abgeordnete", "abgeordneter", "beauftragte", "beauftragter",
    "angeklagte", "angeklagter", "angestellte", "angestellter", "beamte", "beamter", "verletzte", "verletzter",
    "bekannte", "bekannter", "verwandte", "verwandter", "vertraute", "vertrauter",
)

# adjectives made nouns for people, in -e (`der Vorsitzende`, `die Abgeordnete`)
ADJECTIVE_PEOPLE = (
    "vorsitzende", "abgeordnete", "beauftragte", "angeklagte", "beschuldigte", "angehörige", "sachverständige",
    "angestellte", "delegierte", "verantwortliche", "geistliche", "gefangene", "gesandte",
)
# Nouns for people and institutions by their endings: agents (`Sprecher`, `Präsident`,
# `Demonstranten`, `Ministerin`) and organisations (`Bundesregierung`, `Polizei`).
_PERSON_ENDINGS = (
    "er", "erin", "ern", "or", "orin", "oren", "ist", "istin", "isten", "yst", "ystin", "ysten", "ent", "entin", "enten", "ant", "antin",
    "anten", "eur", "eurin", "oge", "ogin", "ogen", "at", "atin", "aten", "chef", "chefin", "experte", "experten",
    "vertreter", "mann", "männer", "frau", "frauen", "leute", "kanzler", "kanzlerin", "mandatar", "mandatarin",
    # offices and kinship the endings miss, and nominalised participles (`der Vorsitzende`)
    "könig", "königin", "prinz", "prinzessin", "papst", "bischof", "bischöfin", "herzog", "herzogin", "kardinal",
    "arzt", "ärztin", "ärzte", "anwalt", "anwältin", "anwälte", "kollege", "kollegin", "kollegen", "zeuge", "zeugin",
    "zeugen", "witwe", "sohn", *ADJECTIVE_PEOPLE, "vorsitzenden", "abgeordneten", "angeklagten", "angehörigen", "beamte",
    "beamtin", "beamten", "beauftragten", "sachverständigen", "angestellten",
    "kommissar", "kommissarin", "kommissare", "pilot", "pilotin", "piloten", "mönch", "mönche", "mensch", "menschen",
    "verantwortlichen", "überlebende", "überlebenden", "geistlichen", "gefangenen",
    "nachbar", "nachbarin", "nachbarn", "freund", "freundin", "freunde",
    "general", "generalin", "admiral", "admiralin", "oberst", "oberstin",  # ranks: `sagte der General`
    "sekretär", "sekretärin", "sekretäre", "funktionär", "funktionärin", "funktionäre", "aktionär", "aktionärin", "aktionäre",
    "millionär", "milliardär", "milliardärin", "pensionär", "revolutionär", "legionär",  # and people in -är
)
# Further institutions, beside ORG_MARKERS: `Opposition`, `Fraktion`, `Feuerwehr`.
_ORG_ENDINGS = (
    "opposition", "fraktion", "redaktion", "delegation", "administration", "koalition", "botschaft", "mannschaft",
    "nation", "vereinigung", "firma", "versorger", "feuerwehr", "behörden", "wetterdienst", "geheimdienst", "nachrichtendienst",
    "präsidium", "direktion", "verlag", "komitee", "gremium", "gerichtshof", "rundfunk", "medien", "leitung", "führung",
    "magazin", "blatt", "portal", "miliz", "bündnis", "fluggesellschaft", "sparkasse", "krankenhaus", "klinik", "klinikum",
    "stadtwerke", "stadtwerk", "holding", "rechnungshof", "volksanwaltschaft", "zentrale", "verwaltung", "städtetag", "landkreistag", "kammer", "vertretung", "sekretariat",
    "diözese", "bistum", "pfarre", "pfarrei", "landeskirche", "kirchengemeinde", "kirchgemeinde",  # the churches' bodies: `die Diözese Linz`
    "kuratorium", "transparenzstelle", "beratungsstelle", "meldestelle", "koordinierungsstelle", "schlichtungsstelle", "prüfstelle",
    "fachstelle", "zentralstelle",  # offices named `-stelle`, unlike a `Baustelle` or `Haltestelle`
    "polizeidienst",  # `Der Nationale Polizeidienst` in Kenya
)
_NOT_PERSONS = ("wasser", "feuer", "papier", "zimmer", "nummer", "center", "computer", "theater", "fenster", "semester", "liter",
                "meter", "monat", "staat", "senat", "tat", "format", "zertifikat", "resultat", "apparat", "daten",
                "charakter", "parameter", "filter", "container", "cluster", "thriller", "poster", "dokument", "instrument",
                "argument", "element", "moment", "experiment", "segment")
_PERSONS_DESPITE = ("kandidaten", "soldaten")  # `-daten` is data, except for these


_INSTITUTION_ENDINGS = (*sorted(ORG_MARKERS), *_ORG_ENDINGS)
_COUNCILLORS = ("landrat", "landesrat", "studienrat", "regierungsrat", "brandrat")  # people, though they end as a council does (`Gesundheitslandesrat` in Austria)


def institution_noun(word: str) -> bool:
    """A noun naming an institution: `Staatsanwaltschaft`, `Betreiberfirma`, `Gewerkschaft`; not
    an office with a council's ending (`Landrat`)."""
    low = word.lower()
    return low.endswith(_INSTITUTION_ENDINGS) and not low.endswith(_COUNCILLORS)


def without_accents(word: str) -> str:
    """`erdoğan` -> `erdogan`, `chávez` -> `chavez`: one spelling for names written with and
    without their diacritics."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def person_noun(word: str) -> bool:
    """A noun naming someone who can speak: a person, group or institution."""
    low = word.lower()
    if low.endswith(_INSTITUTION_ENDINGS):
        return True
    return low.endswith(_PERSON_ENDINGS) and (not low.endswith(_NOT_PERSONS) or low.endswith(_PERSONS_DESPITE))


# First names ending in -a or -e are mostly women's in German news (Angela, Halima, Heike);
# these common exceptions are men's.
_MALE_IN_A_OR_E = {
    "andrea", "luca", "nikita", "sascha", "jona", "elia", "kosta", "mustafa", "joshua", "bela", "uwe", "arne", "ole",
    "malte", "rene", "jacques", "pierre", "george", "mike", "steve", "dave", "jose", "josé", "dante", "giuseppe",
    "enrique", "vicente", "jorge", "felipe", "philippe", "wayne", "shane", "duane", "dwayne", "eddie",
    "ibrahima", "moussa", "aliou", "yaya", "nicola", "mattia", "kolja", "ilja", "juha", "jukka", "kalle", "janne",
    "horace", "lee", "jesse", "blaise", "jude", "bruce", "jean-pierre",
    "osama", "ossama", "krishna", "chandra", "talha", "huzaifa", "luka", "nikola", "ivica", "saša", "sasha", "sacha", "isa",
    "reda", "baha", "bahaa", "parsa", "zackariya", "yahya", "yahyaa",  # men's names the list gives both genders
}


def first_name_gender(name: str) -> str:
    """m or f for a first name by its ending, "" when the ending does not tell."""
    low = name.lower()
    if low in _MALE_IN_A_OR_E:
        return "m"
    known = name_lexicon().given_names.get(name)
    if known is not None and (known or not low.endswith("a")):
        return known  # "" where the list knows the name for both (`Robbie`, `Kim`), but by its ending for `Lena`, `Christina`
    if "-" in low and len(low.split("-")[0]) >= 3:
        return first_name_gender(name.split("-")[0])  # a double name is its first name's: `Jan-Ole`, `Anna-Lena`
    if len(low) < 3:
        return ""
    if low.endswith(("a", "e", "trud", "run", "hild")) and not low.endswith(("ee", "ue")):
        return "f"
    if low.endswith(("o", "us", "er", "ert", "olf", "ald", "and", "ard", "ich", "ik", "im", "an", "as", "on", "or", "ul", "ut", "ias", "os", "ph", "ck")):
        return "m"
    return ""


FEMALE_TITLES = {"frau", "ministerin", "präsidentin", "sprecherin", "kanzlerin", "bundeskanzlerin"}


LEXICON_FILE = Path(__file__).with_name("data") / "nouns.tsv.gz"
# Nouns of news German that Wiktionary's extract lacks, without which a mention of them names no
# kind: it has `Energieversorger`, not `Versorger` (`Der Versorger`), nor Austria's `Mandatar`, a
# member of parliament (`sagte der FPÖ-Mandatar`).
_NOUNS_MISSING = {
    "Versorger": "m", "Mandatar": "m", "Mandatarin": "f",
    "Kantonsrätin": "f", "Grossrätin": "f", "Großrätin": "f",  # a Swiss canton's members of parliament, not its council (`Kantonsrat`)
}
FIRST_NAMES_FILE = Path(__file__).with_name("data") / "first_names.tsv.gz"


@lru_cache(maxsize=1)
def name_lexicon() -> NameLexicon:
    nouns: dict[str, str] = {}
    kinds: dict[str, set[str]] = {"first": set(), "surname": set(), "place": set()}
    with gzip.open(LEXICON_FILE, "rt", encoding="utf-8") as handle:
        for line in handle:
            word, kind, genus = line.rstrip("\n").split("\t")
            if kind == "noun":
                nouns[word] = genus
            else:
                kinds[kind].add(word)
    with gzip.open(FIRST_NAMES_FILE, "rt", encoding="utf-8") as handle:
        given = dict(line.rstrip("\n").split("\t") for line in handle)
    nouns.update({word: genus for word, genus in _NOUNS_MISSING.items() if word not in nouns})
    places = frozenset(kinds["place"] - _NOT_PLACES)
    return NameLexicon(nouns, frozenset(kinds["first"]), frozenset(kinds["surname"]), places, given)


# Nouns for someone of a nation or region, by their stem (`Franzose`, `Französin`, `Schwäbin`).
_DEMONYMS = {
    "franzose", "französ", "brite", "brit", "amerikaner", "russe", "russ", "italiener", "spanier", "österreicher",
    "schweizer", "niederländer", "belgier", "pole", "pol", "tscheche", "tschech", "ungar", "grieche", "griech", "türke",
    "türk", "chinese", "chines", "japaner", "inder", "brasilianer", "argentinier", "kanadier", "australier", "schwede",
    "schwed", "norweger", "däne", "dän", "finne", "finn", "ire", "ir", "schotte", "schott", "portugiese", "portugies",
    "iraner", "ukrainer", "mexikaner", "ägypter", "kroate", "kroat", "serbe", "serb", "rumäne", "rumän", "bulgare",
    "bulgar", "kenianer", "kolumbianer", "venezolaner", "peruaner", "chilene", "chilen", "iraker", "afghane", "afghan",
    "belarusse", "belaruss", "weißrusse", "weißruss", "israeli", "palästinenser", "syrer", "libanese", "libanes", "slowake",
    "slowak", "slowene", "slowen", "litauer", "lette", "lett", "georgier", "armenier", "pakistaner", "indonesier", "vietnamese",
    "vietnames", "koreaner", "thailänder", "marokkaner", "algerier", "tunesier", "libyer", "äthiopier", "nigerianer",
    "südafrikaner", "kubaner", "bolivianer", "ecuadorianer", "neuseeländer", "engländer", "kurde", "kurd", "tibeter",
    "deutsche", "deutsch", "schwabe", "schwäb", "sachse", "sächs", "hesse", "hess", "franke", "fränk", "westfale", "westfäl",
    "friese", "fries", "pfälzer", "rheinländer", "thüringer",
    "este", "est", "isländer", "luxemburger", "albaner", "bosnier", "mazedonier", "moldauer", "mongole", "mongol", "kasache",
    "kasach", "usbeke", "usbek", "jordanier", "jemenit", "nepalese", "nepales", "sudanese", "sudanes", "somalier", "eritreer",
    "ghanaer", "senegalese", "senegales", "kongolese", "kongoles", "ruander", "ugander", "tansanier", "simbabwer",
    "haitianer", "guatemalteke", "guatemaltek", "uruguayer", "paraguayer", "malier", "zypriot", "philippiner", "malaysier",
}


def demonym(word: str) -> bool:
    """`Franzose`, `Britin`, `US-Amerikaner`: a noun for someone of a nation; also for someone of
    a party (`Der SPD-Politiker`, `die Sozialdemokratin`), which describes the person as loosely."""
    low = word.lower().rsplit("-", 1)[-1].removesuffix("in")
    if "-" in word and low == "politiker" or low in _PARTY_MEMBERS or low.removesuffix("r").removesuffix("e") in _PARTY_MEMBERS:
        return True  # also an adjective's noun: `Der Freisinnige`, `ein Christsozialer`
    return low in _DEMONYMS or low.removesuffix("e") in _DEMONYMS


_PARTY_MEMBERS = {
    "sozialdemokrat", "christdemokrat", "christsozial", "liberal", "grün", "linke", "gewerkschafter", "republikaner", "demokrat",
    "freisinnig", "grünliberal",  # Switzerland's FDP and GLP
    "freiheitlich", "konservativ", "sozialist",  # Austria's FPÖ: `Der Freiheitliche`
}


def described_loosely(word: str) -> bool:
    """A noun that describes someone named before as loosely as a nationality does: what they
    do (`Der Mediziner`, `die Musikerin`, `Der Banker`) or lead in a party (`Der CDU-Chef`, `Die
    Parteivorsitzende`); not an office, which someone else may hold (`Der Polizeichef`)."""
    low = word.lower()
    head, _, tail = low.rpartition("-")
    if tail in PARTY_OFFICES and (head.upper() in PARTIES or head in {"grünen", "linken"}) or low.startswith("partei") and low[6:] in PARTY_OFFICES:
        return True
    return demonym(word) or tail.endswith(_OCCUPATIONS) or tail.removesuffix("in").endswith(_OCCUPATIONS)  # also `die Musikerin`, `Der Kommunalpolitiker`


PARTIES = {"CDU", "CSU", "SPD", "FDP", "AFD", "ÖVP", "SPÖ", "FPÖ", "SVP", "BSW"}
PARTY_OFFICES = {"chef", "chefin", "vorsitzende", "vorsitzender", "vorsitzenden"}
# What someone does, by which news take up a person just named: `Der Virologe Christian Drosten … Der Wissenschaftler`.
_OCCUPATIONS = (
    "mediziner", "wissenschaftler", "forscher", "banker", "manager", "musiker", "sänger", "schauspieler", "regisseur",
    "schriftsteller", "unternehmer", "milliardär", "fußballer", "rapper", "künstler", "physiker", "ökonom", "jurist",
    "politiker", "coach", "weltmeister", "olympiasieger", "historiker", "komiker", "moderator", "aktivist",
    "funktionär", "routinier", "profi", "stürmer", "angreifer", "torhüter", "spieler", "athlet", "pädagog",
    "linksverteidiger", "rechtsverteidiger", "innenverteidiger", "analyst", "experte", "expert", "ologe", "olog", "kundler",
    "intendant", "arzt", "ärzt", "dirigent", "autor", "architekt", "ingenieur", "landwirt", "sportler",
    "diplomat", "student", "kapitän", "retter", "gymnasiast", "schüler", "internist", "chirurg", "ograf", "ograph", "volkswirt", "betriebswirt",
)
