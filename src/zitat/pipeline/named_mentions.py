"""Mentions that carry their own name: a person (`Merkel`, `Kanzlerin Merkel`), an
organisation by its name or abbreviation (`die Deutsche Bank`, `Der BGH`), or one called by
its kind that the text has named before (`Flughafen Bremen … Der Flughafen`), and the
organisations behind texts and voices (`einer Mitteilung der Polizei`, `ein Sprecher des
Ministeriums`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from zitat.lexicon.cues import inflected_verb, lemma, lemma_cased
from zitat.lexicon.names import (
    ORGANISATION_NAMES,
    NameLexicon,
    demonym,
    institution_noun,
    person_noun,
)
from zitat.lexicon.words import (
    ADVERBS,
    CONJUNCTIONS,
    DEFINITE_ARTICLES,
    DETERMINERS,
    INDEFINITE_ARTICLES,
    ISSUED,
    NEWS_AGENCIES,
    PREPOSITIONS,
    QUANTIFIERS,
)
from zitat.pipeline.name_index import (
    ARABIC_ARTICLE,
    CAMPS,
    CLUB_WORDS,
    COMPANY_NOUNS,
    INFLECTED_ADJECTIVE,
    LEGAL_FORMS,
    NAME_JOINERS,
    PROPER_ADJECTIVE,
    EntityBuilder,
    NameIndex,
    adjectival,
    article_before,
    attribute_end,
    female_role,
    genitive_base,
    hyphen_adjective,
    is_abbreviation,
    legal_form,
    name_key,
    plural_form,
    surname_key,
)
from zitat.pipeline.phrases import (
    AGE_NOUN,
    CLOSING_MARKS,
    OPENING_MARKS,
    WEB_PAGES,
    compound_part,
    fronted_infinitive,
    small_camel_name,
)

_VOICES = ("sprecher", "sprecherin", "verantwortlichen", "vertreter", "vertreterin")  # who speak for an organisation
_LOWERCASE_MEDIA = {"taz", "heise"}  # media whose names are written in lower case
# How the names of public institutions begin: `Bundesverfassungsgericht`, `Landgericht`, `Oberlandesgericht`, `Amtsgericht`.
_OFFICIAL = ("bundes", "landes", "land", "ober", "amts", "verfassungs", "verwaltungs", "staats", "sozial", "arbeits", "finanz")
# Nouns for a group or company that its name follows: `Die Gruppe Turkey Blocks`, `der Softwarehersteller Microsoft`.
_GROUP_NOUNS = (
    "gruppe", "initiative", "bewegung", "plattform", "kampagne", "netzwerk", "bündnis", "vereinigung", "hersteller", "anbieter", "betreiber",
    "autobauer", "flugzeugbauer", "maschinenbauer", "anlagenbauer", "fahrzeugbauer",  # makers, not farmers (`Bauer`)
    "zulieferer", "lieferant", "versorger",  # and who supply them
    "kette",  # `Die Bäckereikette Kornhaus`
    "start-up",  # `Das Berliner E-Bike-Start-up Radwerk Mobility`
    "büro",  # `des UN-Nothilfebüros OCHA … Das Büro`
)
COUNTRY_CODES = {"US", "USA", "UN", "UNO", "EU", "UK", "GB", "BRD", "DDR"}  # before a kind: `US-Konzern`
_PARTIES_BY_ADJECTIVE = {"Grünen": "Die Grünen", "Linke": "Die Linke", "Linken": "Die Linke", "Freiheitlichen": "FPÖ"}  # `die Freiheitlichen`: Austria's FPÖ
_RESEARCHERS = ("forscher", "wissenschaftler")  # who together are their institute
_INSTITUTES = ("institut", "zentrum", "universität", "hochschule", "forschungsstelle")  # what a research body's name holds
_FIGHTERS = {"rebellen", "guerilleros", "milizionäre", "aufständischen"}  # who together are an armed group
_ARMED_GROUPS = ("guerilla", "rebellen", "miliz", "aufständische")  # what its kind holds: `Guerillaorganisation`, `Rebellengruppe`
# A party's members together, and the parties they can be (the one the text names decides).
_PARTIES_BY_MEMBERS = {"sozialdemokraten": ("SPD", "SPÖ", "SP"), "christdemokraten": ("CDU", "CVP"), "christsozialen": ("CSU",), "liberalen": ("FDP",)}
# bodies whose genitive owner is part of their name: `der Sicherheitsrat der Vereinten Nationen`, `Der Bund der Steuerzahler`
_BODIES_OF = ("ministerium", "sicherheitsrat", "bund", "verband", "verein", "institut", "gewerkschaft")
_COURT_NUMBERS = {"I", "II", "III", "IV"}  # `Landgericht München II`: one of a city's courts or prosecutors
_REGIONAL = ("kreis", "bezirks", "landes", "orts")  # kinds whose name is their region's: `Kreisverband Steinburg`
_DIRECTIONS = {"Nord", "Süd", "Ost", "West", "Mitte", "Nordost", "Nordwest", "Südost", "Südwest"}  # `Polizeipräsidium Oberbayern Nord`
# Bodies that a region's name completes, whatever the region: `Kreissparkasse Albtal`.
_LOCAL_BODIES = ("sparkasse", "volksbank", "polizeidirektion", "polizeipräsidium", "polizeiinspektion", "staatsanwaltschaft",
                 "verbraucherzentrale", "landratsamt", "gericht", "stadtwerke", "stadtwerk", "verwaltung", "hauptmannschaft")
_TOWNS = ("Stadt", "Hansestadt", "Landeshauptstadt", "Kreisstadt", "Gemeinde", "Marktgemeinde", "Stadtgemeinde", "Samtgemeinde", "Verbandsgemeinde")
_COMMUNITIES = {*_TOWNS, "Land", "Bundesland", "Freistaat", "Kanton", "Landkreis", "Kreis", "Bezirk", "Provinz", "Staat"}
# a community's administration, and what the article names the community: `Der Landkreis Cloppenburg … teilte der Kreis mit`
_ADMINISTERED = {
    **dict.fromkeys(("Kreis", "Kreisverwaltung"), ("Landkreis", "Kreis")),
    **dict.fromkeys(("Stadtverwaltung", "Gemeindeverwaltung", "Rathaus"), _TOWNS),
}
_WORKS = {"roman", "buch", "film", "lied", "song", "album", "serie", "stück", "gedicht", "oper", "titel"}
# Last words of newspaper and broadcaster names, which an adjective or place starts:
# `Süddeutsche Zeitung`, `Berliner Morgenpost`, `Deutsche Welle`.
_MEDIA_NAMES = {"zeitung", "rundschau", "morgenpost", "allgemeine", "post", "welle", "nachrichten", "presse", "kurier", "tagblatt", "anzeiger"}
# Heads of newspaper, broadcaster and agency names: `die „Netzeitung“`, `die Zeitung The Guardian`.
# Papers, programmes and groups whose names the lexicon reads as common nouns.
_COMMON_NOUN_NAMES = {"Spiegel", "Stern", "Focus", "Standard", "Kurier", "Tagesschau", "Tagesthemen", "Taliban"}
_SOME = QUANTIFIERS | {"anderen", "weitere", "zahlreiche"}  # first in a mention: some of a group
_MEDIA_COMPOUNDS = ("spiegel", "funk", "radio", "kurier", "bote", "merkur")  # `Tagesspiegel`, `Deutschlandfunk`, `Südkurier`
MEDIA_HEADS = ("zeitung", "agentur", "sender", "magazin", "blatt", "dienst", "portal", "woche")
# Nouns for an organisation by its kind, which news use for one just named.
ORGANISATION_NOUNS = (
    "organisation", "partei", "konzern", "unternehmen", "firma", "agentur", "verband", "gewerkschaft", "stiftung", "bank", "fonds", "hilfswerk",
    "behörde", "club", "klub", "miliz", "bündnis", "fluggesellschaft", "institut", "verein", "liga",
    "krankenhaus", "klinik", "klinikum", "sparkasse", "ligist", "rekordmeister", "versorger", "airline", "verlag", "kammer", "gremium", "denkfabrik", "büro",
    "hochschule", "universität", "kreditinstitut", "museum", "start-up", "fluglinie", "wetteramt", "initiative",
)
_VENUES = {"museum", "theater", "festival", "zoo", "tierpark", "kunsthalle", "konzerthaus"}  # houses of culture, which carry names
# a kind that other kinds in a name stand for: a central bank, an authority
_SAME_KIND = {
    "notenbank": ("bank", "notenbank"),
    "behörde": ("behörde", "amt", "agentur", "anstalt", "anwaltschaft", "stelle", "wetterdienst", "bezirksregierung", "kommission", "präsidium", "sekretariat", "hauptmannschaft", "rechnungshof", "direktion"),
    "krankenhaus": ("krankenhaus", "klinikum", "klinik"),
    "verband": ("verband", "bund", "vereinigung"),
    "gremium": ("gremium", "rat", "ausschuss", "komitee"),
    "sender": ("sender", "rundfunk", "fernsehen", "funk"),
    "hilfsorganisation": ("hilfsorganisation", "hilfswerk", "kreuz", "halbmond", "hilfe"),
    "hochschule": ("hochschule", "universität"),
    "kreditinstitut": ("bank", "sparkasse", "kreditinstitut"),
    "kammer": ("kammer", "gericht"),  # a court's chamber: `das Landgericht Verden … Die Kammer`
    "fluglinie": ("fluglinie", "fluggesellschaft", "airline"),
    "wetteramt": ("wetteramt", "wetterdienst"),
    "haus": ("krankenhaus", "klinikum", "klinik", "spital", "theater", "museum", "oper", "verlag", "ministerium"),  # `Das Kreisklinikum Sömmerda … Angaben des Hauses`
}
_AUTHORITIES = (*_SAME_KIND["behörde"], "institut", "ministerium", "polizei", "aufsicht")  # what an authority's name holds
_NOT_SEATED = ("gewerkschaft", "partei", "organisation", "konzern", "unternehmen", "firma", "verein", "verband", "stiftung", "bündnis")
_CLUBS = {"verein", "klub", "club"}
_OF_EVERY_STATE = ("regierung", "parlament")  # bodies every state has, which its place describes and does not name
_ASSOCIATION_HEADS = (*_SAME_KIND["verband"], "verein")  # an association's kinds, a society's too (not a club's: `Der Verein FC Homburg`)
_MUNICIPAL_COMPANIES = ("holding", "stadtwerk", "stadtwerke")  # a town's companies, by kinds that are no company's noun
_COMPANIES = COMPANY_NOUNS + _MUNICIPAL_COMPANIES
# kinds that begin the names of their bodies: `Stiftung Warentest`, `Klinikum Mittelmosel`, `Kulturraum Oberlausitz-Niederschlesien`,
# `Bürgerinitiative Hasenburger Feld`
_NAMED_WITH_KIND = {"stiftung", "klinikum", "krankenhaus", "spital", "theater", "museum", "kulturraum", "bürgerinitiative", "bürgerbewegung"}
_COMPANY_KINDS = {"Konzern", "Konzerns", "Unternehmen", "Unternehmens", "Gruppe"}  # after a company's name in a compound
ONE_IN_PLURAL = ("stadtwerke", "verkehrsbetriebe", "kliniken")  # bodies named in the plural
_ENGLISH_JOINERS = {"of", "and", "the", "for"}
# the English words for kinds, in the names of bodies news write in English
_ENGLISH_KINDS = {
    "kommission": ("commission",), "organisation": ("organization", "organisation"), "partei": ("party",), "gericht": ("court",),
    "behörde": ("authority", "agency"), "gewerkschaft": ("union",), "gremium": ("council", "committee"), "rat": ("council",),
    **{noun: ("airlines", "airways") for noun in ("fluglinie", "fluggesellschaft", "airline")},
}
_PLACE_NOUNS = ("stadtteil", "ortsteil", "weiler", "viertel", "dorf", "stadt", "provinz", "region", "bezirk", "gemeinde", "kanton")  # nouns a place's name follows (not `-ort`: `Sport`, `Export`)
_FUNCTION_WORDS = DETERMINERS | PREPOSITIONS | ADVERBS | CONJUNCTIONS
_DESCRIBING_KINDS = ("gruppe", "organisation")  # kinds that describe a body named by itself: `Die Umweltgruppe Grüne Liga`
_INNER_WORDS = {"ohne", "für", "&", "of", "do"}  # small words inside a body's name: `Reporter ohne Grenzen`, `Haus & Grund`, `Authority of Nepal`, `Banco Central do Brasil`
_OWNER_WORD = re.compile(r"^(?:[A-ZÄÖÜ][\w-]+|[a-zäöüß]+(?:e|en|er|es|em))$")  # a name's word or a small adjective: `bayerischen Bäckerhandwerks`
_NAME_MARKS = {"/", "–", "-", "&", ","}  # marks a body's name is written with
_OWNER_LINKS = {"der", "des", "den", "dem", "in", "im", "und", "für"}  # small words inside whom a body belongs to: `der Kindertageseinrichtungen in NRW`
_GENUS_OF_ARTICLE = {"der": "m", "das": "n", "die": "f"}  # before a weak adjective's `-e`, in the nominative singular
_ORGANISATION_SENTENCES = 2
_SPELLED_BACK = 400  # tokens before an abbreviation where a compound spelling it is looked for
_KIND_SENTENCES = 6  # how far back an organisation whose name holds the noun (`Entwicklungsbank`) is taken up
_RELATIONS = (  # nouns for someone close to a person, by their stem (`Vertrauter`, `Anwältin`)
    "vertraut", "freund", "anwalt", "anwält", "sohn", "tochter", "bruder", "schwester", "vater", "mutter", "ehefrau",
    "ehemann", "berater", "kolleg", "nachbar", "verwandt", "bekannt", "cousin", "neffe", "nichte", "enkel",
)
# someone's too after a possessive, besides the relations: `Seine Frau`, `Ihr Mandant`
_POSSESSED = (*_RELATIONS, "frau", "mann", "mandant", "partner", "kind", "familie")
_ASSOCIATIONS = {"verband", "bund", "verein", "vereinigung", "zentralrat", "bundesverband", "gewerkschaft", "arbeitskreis"}
# Institutions a country or union has one of, which news names by their common noun.
_INSTITUTION_HEADS = (
    "regierung", "ministerium", "rat", "tag", "gericht", "gerichtshof", "amt", "anwaltschaft", "agentur", "bank",
    "wehr", "polizei", "kommission", "versammlung", "parlament", "behörde", "sicherheitsrat", "präsidium",
    "rechnungshof", "direktion",  # `der Bundesrechnungshof`, `die Generalzolldirektion`
)
# a country's one court or council of its kind, named by it (unlike its many ministries, which are described)
_ONE_PER_COUNTRY = {"rechnungshof", "verfassungsrat", "verfassungsgericht", "verfassungsgerichtshof", "fiskalrat", "presserat"}
# what each state (or canton, or Land) has one of, named by its adjective: `Der Tiroler Landtag`, `der Thüringer Rechnungshof`
_ONE_PER_STATE = {"rechnungshof", "landesrechnungshof", "landtag", "verfassungsgerichtshof", "verfassungsschutz"}
_STATE_ADJECTIVE = re.compile(r"^([A-ZÄÖÜ]\w+isch)(?:e|en|er|es|em)?$")
# the capitalised adjective of a country in German news, which begins the name of its one body of a kind
_COUNTRY_IN_NAME = re.compile(r"^(Schweizer|Deutsch|Österreichisch)(?:e|er|en|es|em)?$")
# a federal body of a kind there are many of, which a name says which it is (`Bundesamt für Umwelt`)
_ANY_FEDERAL = {"bundesamt", "bundesministerium", "bundesagentur", "bundesbehörde", "bundesanstalt"}
_UNIQUE_INSTITUTIONS = {
    "verfassungsschutz", "auswärtiges amt", "auswärtige amt", "weißes haus", "weiße haus", "kreml", "pentagon",
    "vatikan", "europäische kommission", "europäische zentralbank", "europäische parlament", "europäisches parlament",
    "bundeskanzleramt", "uno", "nato", "kanzleramt", "volksanwaltschaft",
}
_DOMAIN = re.compile(r"^\w[\w-]*(\.[\w-]+)*\.(com|org|net|de|at|ch|eu|info|fr|it|uk|ru|es|nl|tv)$", re.IGNORECASE)


class NamedMentions:
    """The part of `SpeakerResolver` that resolves mentions carrying a name or an
    organisation's kind; it makes entities through the resolver's `_person` and `_entity`."""

    lexicon: NameLexicon

    def _organisation_before(self, mention: Span, role: Token | str, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """`Auch Vertreter von Amnesty International verurteilten … Die Organisation verlangte`:
        an organisation called by its kind (`role`, or the kind's lemma) takes up the nearest one
        named in the two sentences before it, if that is none of the people or places named there."""
        noun = role if isinstance(role, str) else lemma(role.text).lower()
        here = bisect_left(index.sentence_starts, mention.sent.start)
        since = index.sentence_starts[max(0, here - _ORGANISATION_SENTENCES)]
        doc = mention.doc
        kind_from = index.sentence_starts[max(0, here - _KIND_SENTENCES)]
        # the article's capitalised words before the mention, with their lemmas: where it writes a kind
        written = [(word, found, lemma(word)) for word, found in index.positions.items() if found[0] < mention.start]

        def of_kind(base: str) -> bool:  # the noun, or for a company any company's kind (`Der Autozulieferer X … Der Konzern`)
            # and for a club a league's team (`Der Handball-Erstligist TuS Bergheide … Der Verein`)
            return (
                base.endswith(noun)
                or noun in _SAME_KIND and base.endswith(_SAME_KIND[noun])  # `Der staatliche Wetterdienst PAGASA … des Wetteramts`
                or noun == "verband" and base.endswith(_ASSOCIATION_HEADS)  # `Der Verein Hamburger Spediteure … der Verband`
                or noun.endswith(COMPANY_NOUNS) and base.endswith(_COMPANIES)  # also `Die Holding Graz … das städtische Unternehmen`
                or noun in _CLUBS and base.endswith("ligist")
                or noun == "gremium" and base.endswith(_SAME_KIND[noun]) and institution_noun(base)  # `Der UN-Sicherheitsrat … das Gremium`, not a `Landrat`
            )

        near = sorted(
            (
                k
                for word, found, base in written
                if not word.startswith("-") and of_kind(base)
                for k in found
                if kind_from <= k < mention.start
            ),
            reverse=True,
        )
        for k in near:  # `der Hilfsorganisation Ärzte ohne Grenzen … Die Hilfsorganisation`, nearest first, up to six sentences back
            # also `Der Energieversorger X … Der Versorger`; a company by any company's kind (`Der Autozulieferer X … Der Konzern`)
            name = _spelled_at(doc, k, index) or self._called_at(doc, k, mention.start) or self._joined_to_kind(doc, k, mention.start, noun, index)
            if name is None and noun.endswith(COMPANY_NOUNS) and doc[k].lower_.endswith(_MUNICIPAL_COMPANIES):
                name = self._office_at(doc, k, mention.start, index)  # `Die Holding Graz … das städtische Unternehmen`: a town's, by its town
            # also `Das Ilmtal-Klinikum … des Klinikums`, `die Industriegewerkschaft Bergbau, Chemie, Energie (IG BCE) … Die Gewerkschaft`
            if name is None and doc[k].lower_.endswith("ligist"):  # `Der Handball-Erstligist TuS Bergheide`: the club's name after it
                name = next((run.text for run in index.names[bisect_left(index.starts, k + 1) :][:1] if run.start == k + 1), None)
            country = doc[k].text.split("-")[0]
            if name is None and noun == "gremium" and country != doc[k].text and is_abbreviation(country):
                name = doc[k].text  # `Der UN-Sicherheitsrat`: one council, by its compound
            if name is None and k > 0:
                name = _one_per_country(doc[k - 1 : k + 1])  # `Der mosambikanische Verfassungsrat … Angaben des Gremiums`
            if name is not None:
                return self._organisation(entities, _with_truncated(doc, k, name), mention)
        if noun.endswith(COMPANY_NOUNS):  # `des Optikspezialisten Hellwig Optronics AG … Das Unternehmen`: the one company named with its legal form
            formed = {run.text for run in index.names[bisect_left(index.starts, kind_from) : bisect_left(index.starts, mention.start)] if legal_form(run[-1])}
            if len(formed) == 1:
                return self._organisation(entities, formed.pop(), mention)
        if noun.endswith("partei"):  # `Die Grünen fordern ein Tempolimit. Die Partei erklärte`
            party = next((k for k in range(mention.start - 1, since, -1) if doc[k].text in _PARTIES_BY_ADJECTIVE and doc[k - 1].lower_ in {"die", "der", "den"}), None)
            if party is not None:
                return self._organisation(entities, _PARTIES_BY_ADJECTIVE[doc[party].text], mention)
        since = kind_from
        holding = [  # `der Interamerikanischen Entwicklungsbank (IADB) … der MIF … Die Bank`: its kind in its name
            run
            for run in index.names[: bisect_left(index.starts, mention.start)]
            if (_holds_kind(index.abbreviations.get(run.text, run.text), noun) or noun in _CLUBS and run[0].lower_ in CLUB_WORDS and len(run) > 1)
            and not index.in_quotation(run.start)  # a club by its name's club word: `VfB Stuttgart … des Vereins`
        ]
        near_runs = [run for run in holding if run.start >= since]
        # the nearest of them; further back, only the one body the article names so (`das Robert Koch-Institut (RKI) … des Instituts`),
        # its name's end aside (`Electoral Commission` of the `Malawi Electoral Commission (MEC)`)
        bodies = {index.abbreviations.get(r.text, r.text) for r in holding}
        only = (
            not near_runs
            and len({b for b in bodies if not any(b != other and other.endswith(" " + b) for other in bodies)}) == 1
            and not any(  # `von der FIFA beschlossen, wie der Verband`: the body just named
                self._run_kind(run) == "organisation" for run in index.names[bisect_left(index.starts, mention.sent.start) : bisect_left(index.starts, mention.start)]
            )
        )
        for run in reversed(near_runs or (holding if only else [])):
            named = self._named(run, index, entities)
            if named is not None:
                named.kind = "organisation"
                return named
        far = {  # or the one body it named with that kind before its name further back (`der Hilfsorganisation Ärzte ohne Grenzen`)
            name
            for word, found, base in written
            if found[0] < since and of_kind(base)
            for k in found
            if k < since and (name := self._called_at(doc, k, mention.start) or self._joined_to_kind(doc, k, mention.start, noun, index)) is not None
        }
        if len(far) == 1:
            return self._organisation(entities, far.pop(), mention)
        for k in range(mention.start - 1, since - 1, -1):  # `der „Münsterschen Zeitung“ … In der Zeitung`: a quoted name of that kind
            if doc[k].text in OPENING_MARKS:
                quoted = quoted_name(doc[k : min(mention.start, k + 8)])
                if quoted is not None and (quoted.lower().endswith(noun) and len(quoted.split()) > 1 or _quoted_after_kind(doc, k, noun)):
                    return self._organisation(entities, quoted, mention)
        since = index.sentence_starts[max(0, here - _ORGANISATION_SENTENCES)]
        for run in reversed(index.names[bisect_left(index.starts, since) : bisect_left(index.starts, mention.start)]):
            kind = self._run_kind(run)
            quoted_word = len(run) == 1 and run.start > 0 and doc[run.start - 1].text in OPENING_MARKS and self.lexicon.is_noun_or_compound(run.text)
            counted = run.start > 0 and doc[run.start - 1].lower_ in INDEFINITE_ARTICLES  # `eine Vervierfachung`: a noun the lexicon lacks
            office = doc[run.start - 1].text if run.start > 0 else ""
            titled = kind != "organisation" and office[:1].isupper() and person_noun(office) and not institution_noun(office)  # `des Vizepräsidenten Riek Machar`
            if index.in_quotation(run.start) or quoted_word or counted or kind in {"person", "place"} or kind != "organisation" and self._personal(run, index) or titled:
                continue  # also not a quoted word (`eine „Verschränkung“`)
            if kind != "organisation" and _where(run):
                continue  # `In Cuenca und Machala`: places the lexicon lacks
            if len(run) == 1 and run.end < mention.start and doc[run.end].lower_ == "für" and institution_noun(genitive_base(run.text) or run.text):
                run = doc[run.start : _purpose_end(doc, run.start, mention.start)]  # `des Sekretariats für Risikomanagement`: with what it is for
            elif (is_abbreviation(run.text) or run.text in ORGANISATION_NAMES) and run.end < mention.start and doc[run.end].text[:1].isupper() and self._place_name(doc[run.end].text):
                run = doc[run.start : run.end + 1]  # `Die SVP Winterthur`: a party's or body's branch, named by its place
            named = self._named(run, index, entities)
            if named is not None and not (named.kind == "person" and " " in named.canonical and self._first_name(named.canonical.split()[0])):  # not `Füller` for `Christian Füller`
                called = doc[run.start - 1].lower_ if run.start > 0 else ""  # `die Finanzaufsicht Bafin`
                if noun == "behörde" and not is_authority(named.canonical, called):
                    continue  # `die Behörde` is no `Islamischer Staat`: only a body whose name or kind says it is one
                if named.canonical.lower() in NEWS_AGENCIES and not noun.endswith("agentur"):
                    continue  # `sagte der APA … der Kammer`: the agency told, no body of that kind
                seated = self._office_of_place([doc[run.start - 1], *run], index) if called and institution_noun(called) else None
                if seated is not None:  # `das Landratsamt Rottal-Inn … die Behörde`: the body of that place, not the place
                    return self._organisation(entities, seated, mention)
                named.kind = "organisation"
                return named
        # the kinds of its head for a compound (`die Wettbewerbsbehörde`: any authority)
        kinds = _SAME_KIND.get(noun) or next((same for head, same in _SAME_KIND.items() if noun.endswith(head)), noun)
        for k in range(mention.start - 1, since - 1, -1):  # `Der Autobauer Volkswagen … Das Unternehmen`: a name the lexicon reads as a noun
            name = self._called_at(doc, k, mention.start) if doc[k].text[:1].isupper() and not index.in_quotation(k) else None
            if name is not None and noun == "behörde" and not is_authority(name, doc[k].lower_):
                name = None  # not `des Solarparkbetreibers Solvento Energie AG`
            if name is None and k + 2 < mention.start and institution_noun(doc[k].text) and doc[k + 1].lower_ == "für" and doc[k + 2].text[:1].isupper():
                # `der Bundesagentur für Arbeit … Die Behörde`, with a region's adjective: `Thüringer Amt für Verfassungsschutz`
                lead = k - 1 if k - 1 > since and (PROPER_ADJECTIVE.match(doc[k - 1].text) or self._resident(doc[k - 1].text)) else k
                named = self._named(doc[lead : _purpose_end(doc, k, mention.start)], index, entities)
                name = named.canonical if named is not None and named.kind == "organisation" else None
            if name is None:
                name = self._office_of_kind(doc, k, mention.start, kinds, index)  # `das Landratsamt Ostallgäu … die Behörde`
            if name is None:
                name = self._joined_to_kind(doc, k, mention.start, kinds, index)  # `Das Ilmtal-Klinikum … das Krankenhaus`
            if name is None and doc[k].text.islower() and doc[k].text in index.abbreviations:
                name = index.abbreviations[doc[k].text]  # `von ai … die Organisation`: written small, so no name run
            truncated = k - 3 > since and doc[k - 1].lower_ == "und" and doc[k - 2].text.endswith("-")  # `Der Deutsche Städte- und Gemeindebund`
            first = k - 3 if truncated else k - 1
            definite = first > since and doc[first - 1].lower_ in {"der", "die", "das", "des", "dem", "den", "vom", "beim", "im", "zum", "zur"}
            if name is None and definite and institution_noun(doc[k].text) and doc[first].lower_ not in DETERMINERS and not index.in_quotation(k):
                name = self._institution_name(list(doc[first : k + 1]))  # `dem Statistischen Bundesamt … Die Wiesbadener Behörde`
            if name is None and kinds != noun:
                name = self._named_by_adjectives(doc, k, kinds, index)  # `Das Ecuadorianische Rote Kreuz … Die Hilfsorganisation`
            national = _national_institution([doc[k]]) if name is None and doc[k].text[:1].isupper() else None
            if national is not None and national.lower().endswith(kinds):
                name = national  # `nach Einschätzung der Bundesbank … die Notenbank`
            if name is not None:
                return self._organisation(entities, _with_truncated(doc, k, name), mention)
        # further back, a body of that kind named with its seat (`Die Staatsanwaltschaft Nürnberg-Fürth ermittelt. … Die Behörde
        # prüft`, `Die Universität Kassel … der Hochschule`), or one its kind stands for, named by its adjectives (`Das Ecuadorianische Rote Kreuz`)
        for k in range(since - 1, kind_from - 1, -1):
            far = self._office_of_kind(doc, k, mention.start, kinds, index) or self._joined_to_kind(doc, k, mention.start, kinds, index)
            if far is None and kinds != noun:
                far = self._named_by_adjectives(doc, k, kinds, index)
            if far is not None and not index.in_quotation(k):
                return self._organisation(entities, far, mention)
        return None

    def _joined_to_kind(self, doc: Doc, k: int, end: int, kinds: str | tuple[str, ...], index: NameIndex) -> str | None:
        """A body of one of `kinds` whose name is joined to its kind at k, before `end`, with what
        it is for: `Das Ilmtal-Klinikum` for `das Krankenhaus`, as specific as a body named with
        its seat; `das Max-Planck-Institut für Astronomie`; not `der US-Notenbank`, a country's."""
        first = doc[k].text.split("-")[0]
        if "-" not in doc[k].text or not lemma(doc[k].text).lower().endswith(kinds) or first in COUNTRY_CODES or self.lexicon.is_place(first) or index.in_quotation(k):
            return None
        name = self._institution_name([doc[k]])
        if name is not None and k > 1 and doc[k - 2].lower_ in DETERMINERS | {"dem", "den"}:
            name = self._proper_adjective(doc[k - 1].text, name) or name  # `dem Bernischen Kantonal-Musikverband`
        return f"{name} {_purpose(doc, k, end)}".strip() if name is not None else None

    def _named_by_adjectives(self, doc: Doc, k: int, kinds: tuple[str, ...], index: NameIndex) -> str | None:
        """A body of one of `kinds` named at k by the capitalised adjectives before its noun: `Das
        Ecuadorianische Rote Kreuz` (as `Ecuadorianisches Rotes Kreuz`) for `Die Hilfsorganisation`."""
        if doc[k].text[:1].isupper() and doc[k].lower_.endswith(kinds) and not index.in_quotation(k):
            return self._adjectives_before(doc, k, doc[k].text)
        return None

    def _office_of_kind(self, doc: Doc, k: int, end: int, kinds: str | tuple[str, ...], index: NameIndex) -> str | None:
        """The institution of one of `kinds` named with its place at k, before `end`: `das
        Landratsamt Ostallgäu`, `die Staatsanwaltschaft Nürnberg-Fürth` for `die Behörde`."""
        if k + 1 < end and doc[k].text[:1].isupper() and lemma(doc[k].text).lower().endswith(kinds):
            return self._office_at(doc, k, end, index)
        return None

    def _called_at(self, doc: Doc, k: int, end: int) -> str | None:
        """The name after an institution's kind at k, before `end`: `der Hilfsorganisation Ärzte
        ohne Grenzen`, `Der Autobauer Volkswagen`."""
        j = k + 1
        if j + 1 < end and doc[j].lower_ in {"der", "des"} and doc[k].lower_.endswith(_BODIES_OF):
            j += 1  # `Der Bund der Steuerzahler`
        while j < end and (
            doc[j].text[:1].isupper() and doc[j].text.replace("-", "").isalpha()  # also `Nordrhein-Westfalen`
            or doc[j].lower_ in _INNER_WORDS and doc[j + 1].text[:1].isupper()
            or _abbreviated_pair(doc, j)
            or j == k + 1 and self._named_in_small_letters(doc[k].lower_, doc[j])  # `Die Gewerkschaft vida`
        ):
            j += 1
        if doc[j - 1].lower_ in {"der", "des"}:
            j -= 1  # no name after the article: `des Landesinnungsverbands des bayerischen Bäckerhandwerks`
        return self._institution_called(list(doc[k:j])) if j > k + 1 else None

    def _spelled_at(self, doc: Doc, k: int, index: NameIndex) -> str | None:
        """The whole name of a body the article spells out with its abbreviation in brackets, where
        word k begins or ends it; also a name that ends in the compound: `Verbraucherzentrale
        Bundesverband (vzbv) … Der Verband`."""
        if k + 2 < len(doc) and doc[k + 1].text == "(" and doc[k + 2].text in index.abbreviations:
            return index.abbreviations[doc[k + 2].text]  # in the nominative: `des Deutschen Leichtathletik-Verbands (DLV)`
        following = doc[k : k + 10].text
        return next(
            (name for name in index.abbreviations.values() if following.startswith(name + " ") or doc[max(0, k - name.count(" ")) : k + 1].text == name),
            None,
        )

    def _institution_before(self, mention: Span, role: Token | str, index: NameIndex) -> str | None:
        """The institution an article named with this noun and a place before: `die Universität
        Heidelberg … Die Universität`; the nearest within 400 tokens, or where none is, the noun
        itself anywhere before (a long report's `Zentrale Wahlkommission … der Wahlkommission`)."""
        doc = mention.doc
        kind = role if isinstance(role, str) else role.text  # a noun standing alone, or one inside a compound (`Polizeiangaben`)
        noun = genitive_base(kind) or kind  # `einer Umfrage des Flughafens`
        if person_noun(noun) and not institution_noun(noun):
            return None  # `des künstlerischen Leiters`: a person, whom no place names
        if noun in _ADMINISTERED:  # the community the article named last before
            named = sorted(k for word in _ADMINISTERED[noun] for k in index.positions.get(word, []) if k < mention.start)
            return next((name for k in reversed(named) if (name := self._office_at(doc, k, mention.start, index)) is not None), None)
        near = []
        genitives = {noun + "s", noun + "es"}  # `des Deutschen Wetterdienstes (DWD) … Der Wetterdienst`
        for key in (noun, "-" + noun, *genitives):
            found = index.positions.get(key, [])
            near += found[bisect_left(found, mention.start - 399) : bisect_left(found, mention.start)]
        if not near:
            found = index.positions.get(noun, [])
            near = found[: bisect_left(found, mention.start)]
        if noun in {"Polizei", "Feuerwehr"}:  # `Das Polizeipräsidium Südhessen … Die Polizei`: the police body the article names
            bodies = [
                k
                for word, found in index.positions.items()
                if word != noun
                and (institution_noun(genitive_base(word) or word) or word.endswith("inspektion"))  # `Landespolizeiinspektion Gera`
                and (word.startswith(noun) or noun.lower() in word.lower())  # `Berufsfeuerwehr`, `Kantonspolizei`
                for k in found
                if institution_noun(word) and (word.startswith(noun) or noun == "Feuerwehr" and word.endswith("feuerwehr"))
                or k + 1 < len(doc) and doc[k + 1].text[:1].isupper()  # in the genitive, or inside a compound, only with its place: `des Polizeipräsidiums Oberfranken`, `Kreispolizeibehörde Kleve`
            ]
            before = [k for k in bodies if mention.start - 399 <= k < mention.start]
            # or, where it names none before, the one it names next: `nach Angaben der Polizei … teilte das Polizeipräsidium Unterfranken mit`
            after = sorted(k for k in bodies if mention.end <= k < mention.end + 399 and k + 1 < len(doc) and self.lexicon.is_place(doc[k + 1].text))
            near += before or ([] if near else after[:1])
        if institution_noun(noun):  # `Das Bundesverfassungsgericht … Das Gericht`: a compound of the same kind, also `des Gerichts`
            tail = noun.lower()
            for word, found in index.positions.items():
                low = word.lower()
                stem = low.removesuffix("s").removesuffix("e")
                if "-" in word or len(low) <= len(tail) + 3 or not stem.endswith((tail, tail + "shof")):
                    continue
                if low.startswith(_OFFICIAL):
                    near += found[: bisect_left(found, mention.start)]  # a court the report is about stays its court
                elif not tail.endswith(ORGANISATION_NOUNS):  # any other with its adjective: `Der Internationale Strafgerichtshof … Das Gericht`
                    near += [k for k in found[: bisect_left(found, mention.start)] if k > 0 and self._proper_adjective(doc[k - 1].text, word) is not None]
        by_city = None
        for k in sorted(near, reverse=True):
            t = doc[k]
            if t.text in genitives:
                resident = f"{doc[k - 1].text} {noun}" if k > 0 and self._resident(doc[k - 1].text) else None  # `des Thüringer Instituts für Waldökologie`
                named = self._adjectives_before(doc, k, noun) or resident
                purpose = _purpose(doc, k, mention.start)
                if named is not None or purpose:  # `des Niedersächsischen Ministeriums für Inneres und Sport … dem Ministerium`
                    return f"{named or noun} {purpose}".strip()  # also `des kantonalen Amts für Wald und Naturgefahren … Das Amt`
                continue
            if t.text != noun and "-" in t.text:  # `UN-Sicherheitsrat … Der Sicherheitsrat`, not `UN-Resolution … die Resolution`, `Zaiditen-Regierung`
                spelled = self._spelled_at(doc, k, index)
                if spelled is not None and institution_noun(noun):
                    return spelled  # `Deutschen Leichtathletik-Verband (DLV) … des Verbands`
                prefix = t.text.split("-")[0]
                named = is_abbreviation(prefix) or prefix.isalpha() and len(prefix) <= 4 and not self.lexicon.is_noun_or_compound(prefix)  # `Das Ifo-Institut`
                # a house of culture is named after someone or something: `das Linden-Museum`, `des Rautenstrauch-Joest-Museums`
                named = named or noun.lower() in _VENUES and all(part[:1].isupper() for part in t.text.split("-")[:-1])
                return t.text if (institution_noun(kind) or noun.lower() in _VENUES) and named else None
            if t.text != noun:  # `Das Bundesamt für Migration und Flüchtlinge (BAMF) … Das Amt`: its whole name where the article spells it
                spelled = self._spelled_at(doc, k, index)
                purpose = _purpose(doc, k, mention.start)  # `Das Sächsische Staatsministerium für Wissenschaft, Kultur und Tourismus … dem Ministerium`
                base = _noun_base(t.text)
                adjective = self._adjectives_before(doc, k, base)
                if not spelled and (purpose or adjective):
                    return f"{adjective or base} {purpose}".strip()
                # `Der Bundesverband Deutsche Startups … der Verband`: a name after the kind
                named = self._association(list(doc[k : k + 3])) or self._called_at(doc, k, mention.start) or self._official_name(doc, k)
                return spelled or _with_truncated(doc, k, named)
            if k + 1 >= len(doc):
                continue
            following = doc[k + 1 : k + 5].text
            whole = doc[k : k + 6].text if doc[k + 1].text[:1].islower() else ""  # a name that begins with the noun and its genitive
            spelled = next((name for name in index.abbreviations.values() if following.startswith(name + " ") or whole.startswith(name + " ")), None)
            spelled = spelled or _inside_spelled(doc, k, index)  # `der Nationalen Anti Doping Agentur Deutschland (NADA) … der Agentur`
            if spelled is not None:  # also `die Gewerkschaft der Polizei (GdP) … der Gewerkschaft`
                return spelled  # `die Menschenrechtsorganisation amnesty international (ai) … Die Menschenrechtsorganisation`
            named = self._adjectives_before(doc, k, t.text)
            if named is not None:  # `Das Auswärtige Amt … das Amt`, with its place: `die Freiwillige Feuerwehr Kasendorf … laut Feuerwehr`
                place = doc[k + 1].text if doc[k + 1].text[:1].isupper() and self._place_name(doc[k + 1].text) else ""
                return f"{named} {_purpose(doc, k, mention.start) or place}".strip()  # also `Nationale Behörde für Katastrophenschutz`
            purpose = _purpose(doc, k, mention.start) if institution_noun(noun) and (k == 0 or doc[k - 1].lower_ in DETERMINERS | PREPOSITIONS) else ""
            if purpose:  # `Das Amt für Jagd und Fischerei … Das Amt`, `Das Bundesamt für Strahlenschutz … des Bundesamtes`
                return f"{t.text} {purpose}"
            if k > 0 and self._resident(doc[k - 1].text) and noun not in {"Polizei", "Feuerwehr"}:
                # `Das Berliner Kammergericht … Das Kammergericht`, `vom Thüringer Institut für Waldökologie`; a city's police is no name
                by_city = by_city or f"{doc[k - 1].text} {t.text} {_purpose(doc, k, mention.start)}".strip()
            if doc[k + 1].lower_ == "of" and k + 2 < len(doc) and doc[k + 2].text[:1].isupper():
                return f"{t.text} of {doc[k + 2].text}"  # `Die Bank of England … Die Bank`
            seated = self._seated(doc, k, t.text)
            if seated is not None:
                return seated
            called = self._called_at(doc, k, mention.start)
            if called is not None and not all(map(self.lexicon.is_common_noun, called.split())) and not self._first_name(called.split()[0]):
                return called  # `die Athletenvertretung Athleten Deutschland … der Athletenvertretung`, not `die Polizei Wasserwerfer auffuhr`, `die Regierung Kurt Ertel`
        if by_city is not None:  # only where the article names it no other way (`Flughafen Bremen`)
            return by_city
        if institution_noun(kind):  # named only after: `Die Staatsanwaltschaft … der Bezirks-Staatsanwaltschaft von Manhattan`
            after = sorted(k for key in (noun, "-" + noun) for k in index.positions.get(key, []) if mention.end <= k < mention.end + 400)
            # also by its adjective: `Der Übergangsrat … der Nationale Übergangsrat`
            return next((name for k in after if (name := self._seated(doc, k, noun) or self._proper_adjective(doc[k - 1].text, doc[k].text)) is not None), None)
        return None

    def _adjectives_before(self, doc: Doc, k: int, noun: str) -> str | None:
        """The noun at k with the capitalised adjectives right before it, in the nominative:
        `der Kenianischen Nationalen Menschenrechtskommission` -> `Kenianische Nationale
        Menschenrechtskommission`; None where no such adjective stands before it."""
        named = self._proper_adjective(doc[k - 1].text, noun) if k > 0 else None
        while named is not None and k > 1 and (more := self._proper_adjective(doc[k - 2].text, noun)) is not None:
            named, k = f"{more.rsplit(' ', 1)[0]} {named}", k - 1
        return named

    def _seated(self, doc: Doc, k: int, noun: str) -> str | None:
        """The institution at k named with its place: `die Staatsanwaltschaft Darmstadt`, `die
        Staatsanwaltschaft in Kaiserslautern` (`Staatsanwaltschaft Kaiserslautern`), `der
        Staatsanwaltschaft von Manhattan`."""
        if k + 1 >= len(doc):
            return None
        # `in` + place names a public body by its seat, not a union or party (`ein Sprecher der Gewerkschaft in Gera`)
        joined = doc[k + 1].lower_ in {"in", "von"} and k + 2 < len(doc) and institution_noun(noun) and not noun.lower().endswith(_NOT_SEATED)
        place = doc[k + 2] if joined else doc[k + 1]
        if not (place.text[:1].isupper() and self._place_name(place.text)):
            return None
        return f"{noun} von {place.text}" if joined and doc[k + 1].lower_ == "von" else f"{noun} {place.text}"

    def _place_name(self, word: str) -> bool:
        """A place, or places joined by hyphens: `Darmstadt`, `Nürnberg-Fürth`, `Garmisch-Partenkirchen`;
        also a place joined to a region the lexicon lacks: `Breisgau-Hochschwarzwald`, `Winterthur/Unterland`."""
        if self.lexicon.is_place(word) or all(self.lexicon.is_place(part) for part in word.split("-")):
            return True
        first, *rest = re.split(r"[-/]", word)
        return bool(rest) and self.lexicon.is_place(first) and all(p[:1].isupper() and p.isalpha() and not self.lexicon.is_common_noun(p) for p in rest)

    def _spelled_by_compound(self, mention: Span, index: NameIndex) -> str | None:
        """`des Landeskriminalamts Nordrhein-Westfalen … Das LKA`, `des Deutschen Wetterdienstes …
        Der DWD`: an abbreviation the article never bracketed, spelled by the nouns of an
        institution's compound before it and the adjectives before that; the institution's name."""
        short = next((t.text for t in mention if is_abbreviation(t.text)), "")
        if len(short) < 2 or not short.isalpha() or short in index.abbreviations:
            return None
        doc = mention.doc
        for k in range(mention.start - 1, max(-1, mention.start - _SPELLED_BACK), -1):
            base = _noun_base(doc[k].text) if doc[k].text[:1].isupper() else ""
            if not (base[:1].isupper() and base.isalpha() and institution_noun(base)):
                continue
            named = self._adjectives_before(doc, k, base)
            initials = "".join(w[0] for w in named.split()[:-1]) if named is not None else ""
            for spelled in self._compound_initials(base.lower()):
                if (initials + spelled).upper() == short and initials:
                    return named
                if spelled.upper() == short:
                    return self._official_name(doc, k)
        return None

    def _compound_initials(self, word: str) -> set[str]:
        """The letters a compound's nouns begin with, its last noun's always among them:
        `landeskriminalamt` -> `lka`, `la`; `wetterdienst` -> `wd`; none for a single noun."""
        starts = [i for i in range(3, len(word) - 2) if self.lexicon.is_common_noun(word[i:].capitalize())]
        if not starts:
            return set()
        *inner, last = starts
        between = {""}
        for i in inner:  # each noun before the last may give its letter, in order
            between |= {b + word[i] for b in between}
        return {word[0] + b + word[last] for b in between}

    def _official_name(self, doc: Doc, k: int) -> str:
        """`des Oberlandesgerichts in Düsseldorf` -> `Oberlandesgericht Düsseldorf`: a public
        institution's compound at k in the nominative, with its place unless it is federal."""
        base = _noun_base(doc[k].text)
        after = k + 2 if k + 2 < len(doc) and doc[k + 1].lower_ == "in" else k + 1
        place = doc[after] if after < len(doc) and not base.lower().startswith("bundes") else None  # not `Bundeskartellamt in Deutschland`
        if place is not None and place.text[:1].isupper() and self.lexicon.is_place(place.text):
            if after + 2 < len(doc) and doc[after + 1].text == "/" and self.lexicon.is_place(doc[after + 2].text):
                return f"{base} {place.text}/{doc[after + 2].text}"  # `Polizeiinspektion Cloppenburg/Vechta`: two seats
            part, _ = _place_part(doc, after + 1, len(doc))
            return f"{base} {place.text} {part}".strip()  # `Das Landgericht Hamburg … Das Gericht`, `Polizeipräsidium Oberbayern Süd`, `Staatsanwaltschaft München I`
        return base

    def _named(self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """A mention that names its entity: a name inside it, or an organisation's own name."""
        if mention[0].lower_ in _SOME and len(mention) > 1:
            return None  # `Andere Redner`, `Mehrere Zeugen`: some of a group, capitalised first in the sentence
        quoted = quoted_name(mention)
        inside = index.within(mention.start, mention.end)
        person_first = bool(inside) and inside[0].start == mention.start and self._first_name(inside[0][0].text)
        if self._unnamed_member(mention) and not any(self._first_name(n[0].text) for n in inside):
            return None  # `Ein Vertreter des Mutterkonzerns, EADS`, `Anhänger der Organisation „Obraz“`: someone of theirs, unnamed
        if quoted is not None and self._quoted_org(mention, quoted) and not person_first and not _someone_of(mention):
            return self._organisation(entities, quoted, mention)  # `der „Arbeitskreis Vorratsdatenspeicherung“`, not `Johanna Moser vom „…“`
        source = _quoted_source(mention)
        if source is not None:  # `laut „Tagesspiegel“`, `Wie „heise online“ berichtet`
            return self._organisation(entities, source, mention)
        apposed = _apposed_organisation(mention)
        if apposed is not None:  # `Die Regierungspartei Palästinas, die Hamas`
            return self._organisation(entities, apposed, mention)
        small = _small_name_after(mention, index)
        if small is not None:  # `der Menschenrechtsorganisation` + `amnesty international (ai)`, cut off by the phrase finder
            return self._organisation(entities, small, mention)
        agency = self._agency_of(mention) or self._of_its_owner(mention)
        if agency is not None:  # `Das Büro der Vereinten Nationen für die Koordinierung humanitärer Angelegenheiten`, `Die Gemeindeammänner-Vereinigung des Kantons Aargau`
            return self._organisation(entities, agency, mention)
        expanded = self._bracketed_expansion(mention, index)
        if expanded is not None and not person_first:  # `Die Weltgesundheitsorganisation (WHO) in Genf`
            return self._organisation(entities, expanded, mention)
        words = [t for t in mention if t.lower_ not in DETERMINERS and not t.is_punct]  # the mention without its article
        if words and words[0].i == mention.start and words[0].lower_ in PREPOSITIONS and words[0].text[:1].isupper():
            words = words[1:]  # `In einer Presseerklärung`: a sentence's first word, capitalised, but no name
        spelled = self._spelled_by_compound(mention, index) if len(words) == 1 else None
        if spelled is not None:  # `des Landeskriminalamts Nordrhein-Westfalen … Das LKA`
            return self._organisation(entities, spelled, mention)
        if len(words) == 1 and words[0].text.islower() and (words[0].text in index.abbreviations or words[0].text in NEWS_AGENCIES):
            return self._organisation(entities, index.abbreviations.get(words[0].text, words[0].text), mention)  # `nach Ansicht von ai`, `der dpa`
        if len(words) == 1 and "-" in words[0].text:
            owner, _, camp = words[0].text.rpartition("-")
            if camp.lower() in CAMPS and " " in index.by_surname.get(name_key(owner), ""):  # `das McCain-Lager`: whose camp, after `John McCain`
                return self._entity(entities, index.by_surname[name_key(owner)], name_key(owner), mention, "person")
            source, _, text = words[0].text.partition("-")
            site = text.lower().endswith(WEB_PAGES) and source[:1].isalpha() and not self.lexicon.is_noun_or_compound(source)  # `der documenta-Homepage`
            if (site or is_abbreviation(source) or source.lower() in NEWS_AGENCIES or source in index.abbreviations) and text.lower().endswith(ISSUED):
                name = index.abbreviations.get(source, source)  # `laut einer dpa-Meldung`, `dem LSVD-Schreiben`
                return self._organisation(entities, name, mention)
        country, _, kind = words[0].text.partition("-") if len(words) == 1 else ("", "", "")
        if country in COUNTRY_CODES and kind[:1].isupper() and lemma(genitive_base(kind) or kind).lower().endswith(ORGANISATION_NOUNS + _GROUP_NOUNS):
            return None  # `Der US-Konzern`, `die UN-Organisation`: a kind and its country, no name (but `die US-Regierung`)
        if len(words) == 1 and mention[0].lower_ in DETERMINERS and demonym(words[0].text):
            return None  # `Die Schwäbin`: someone of a region or nation, no name
        if len(words) == 1 and words[0].text in _PARTIES_BY_ADJECTIVE and mention[0].lower_ in {"die", "der", "den"}:
            party = _PARTIES_BY_ADJECTIVE[words[0].text]  # `Die Grünen`, `der Linken`
            return self._organisation(entities, party, mention)
        abbreviated = self._abbreviation_named(words)
        if abbreviated is not None:  # `der AK Vorratsdatenspeicherung`, `der BUND Naturschutz`
            return self._organisation(entities, abbreviated, mention)
        lead = _after_adjectives(words)
        called = words[lead:]  # without the adjectives before the name
        indefinite = mention[0].lower_ in INDEFINITE_ARTICLES  # `Eine Ultranationalistische Organisation`
        own = self._unlocated(words)  # without a place or owner after the name
        place_org = (
            self._office_of_place(words, index)
            or _ministry_of(mention)
            or _national_institution(own)
            or _state_body_of(own, mention)
            or (None if indefinite else self._institution_called(called, set(index.abbreviations.values())))  # also `Der arabische Fernsehsender al-Dschasira`
            or self._institution_called(_before_place(called))  # `das Nachrichtenmagazin Der Spiegel in einem Vorabbericht`
            or (None if indefinite else self._owned_by_body(self._unlocated(called), mention))
            or (None if indefinite else self._institution_of(words))
        )
        if place_org is not None:  # `die Staatsanwaltschaft Darmstadt`, `die Bundesregierung`
            return self._organisation(entities, place_org, mention)
        if len(words) >= 3 and any(t.lower_ == "of" for t in words[1:-1]) and all(t.text[:1].isupper() or t.lower_ in _ENGLISH_JOINERS for t in words):
            return self._organisation(entities, " ".join(t.text for t in words), mention)  # `der Reserve Bank of Malawi`: an English name
        if len(words) == 1 and mention[0].lower_ in DETERMINERS and not is_abbreviation(words[0].text):  # not `die SPD` for the `SPD-Führung`
            first = words[0].text + "-"
            compound = next((w for w, found in index.positions.items() if w.startswith(first) and found[0] < mention.start and institution_noun(w[len(first) :])), None)
            if compound is not None:  # `Das Ifo-Institut … das Ifo`: the institution the article named so
                return self._organisation(entities, compound, mention)
        aside = [
            n
            for n in inside
            if _bracketed(n) or self._owner(n, index, mention) or _located(n, mention) or indefinite and _relative_of(n) or self._of_town(n, mention)
            or len(n) == 1 and self._article_noun(n[0], index)  # `Die Routinière`: a noun the lexicon lacks, always after an article
        ]
        inside = [n for n in inside if n not in aside]
        if aside and aside[0].start == mention.start and not inside and _before_role(aside[0], mention):
            return None  # `Lukaschenkos Sprecherin`: someone of theirs, whom the text does not name
        owned = len(inside) > 1 and _owner_body_after(mention.doc, inside[0].end, mention.end)  # `der Diözese St. Pölten`: a name inside the owner's
        widened = self._organisation_around(inside[0], mention) if len(inside) == 1 or owned else None
        if widened is not None:  # `Spiegel Online`, `die Financial Times Deutschland`
            return self._organisation(entities, widened, mention)
        if inside:  # the name of a person over longer ones: `New Yorks Bürgermeister Michael Bloomberg`
            # the name after an office over an organisation's words before it: `Human Rights Watch-Sprecher Malinowski`
            return self._person(max(inside, key=lambda n: (self._first_name(n[0].text), _after_office(n, mention), len(n))), index, entities, mention)
        party, _, office = words[0].text.partition("-") if words else ("", "", "")
        if (
            len(words) >= 2
            and is_abbreviation(party)
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
            word = name_key(t.text)
            key = word[:-1] if word.endswith("s") and word[:-1] in index.by_surname else word
            if key != word and self._owner(mention.doc[t.i : t.i + 1], index, mention):
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
        owned = len(own) == 1 < len(words) and mention.doc[own[0].i + 1].lower_ in {"des", "der"}  # `der Pressedienst des Ministeriums`: theirs
        if len(own) == 1 < len(words) and own[0].lower_.endswith(MEDIA_HEADS) and not self.lexicon.is_common_noun(own[0].text) and not owned:
            return self._organisation(entities, own[0].text, mention)  # `die Ärztezeitung in ihrer Onlineausgabe`
        if len(words) == 3 and words[1].lower_ == "ohne" and words[0].text[:1].isupper() and words[2].text[:1].isupper() and not indefinite:
            return self._organisation(entities, " ".join(t.text for t in words), mention)  # `Ärzte ohne Grenzen teilte mit`
        bare = called[0].text.removesuffix("s") if len(called) == 1 else ""  # `des Spiegels`, `des österreichischen Standards`
        if bare in _COMMON_NOUN_NAMES and mention[0].lower_ in DETERMINERS:
            return self._organisation(entities, bare, mention)  # `Der Spiegel zitiert …`
        if not words or indefinite or not all(t.text[:1].isupper() or small_camel_name(t.text) for t in words):
            return None
        if len(words) == 2 and _before_role(mention.doc[words[0].i : words[0].i + 1], mention):
            return None  # `Bayerns Trainer`: a place's or club's, and no name
        if len(words) == 2 and self._of_town(mention.doc[words[0].i : words[0].i + 1], mention):
            return None  # `der Soester Bürgermeister`: an office of a place, its holder unnamed here
        if len(words) == 2 and self._described(words):
            return None  # `Islands Regierung`, `Verschiedene Länderparlamente`, `Anderen Aussagen zufolge`
        if len(words) == 1 and lemma_cased(words[0].text)[:1].islower() and not is_abbreviation(words[0].text) and not small_camel_name(words[0].text):
            return None  # `Demnach`, `Danach`: an adverb standing for a source, not a name
        media = len(words) > 1 and (words[-1].lower_ in _MEDIA_NAMES or words[-1].lower_.endswith("blatt") or words[0].text == "Radio")  # `Berliner Zeitung`, `Hamburger Abendblatt`, `Radio Bremen`
        if len(words) > 1 and self.lexicon.is_noun_or_compound(words[0].text) and not media and any(t.lower_ in {"des", "der"} for t in mention[1:]):
            return None  # `Der Hauptgeschäftsführer des BPI`, `Der Auswertung der Studien`: described, not named
        if len(words) > 1 and self.lexicon.is_common_noun(words[0].text) and not media:
            if words[0].lower_.endswith(MEDIA_HEADS):
                name = " ".join(t.text for t in words[1:])  # `die Zeitung The Guardian`
                return self._organisation(entities, name, mention)
            return None  # `Der Vertreter Libyens`: a role described, not a name
        if len(words) == 1 < len(mention) and mention[0].i == words[0].i - 1 and self.occupation_after_article(words[0]):
            return None  # `der Bodenkundler`, `die Ökotoxikologin`: what someone does, which the lexicon lacks
        if len(words) == 1 < len(mention) and mention[0].lower_ in DETERMINERS and self._article_noun(words[0], index):
            return None  # `ging die Sonne nicht auf`: a noun the lexicon lacks, never written without its article
        kept = {t.i for t in words}  # with the marks inside a name: `Theaterholding Graz/Steiermark`, `Ökolöwe – Umweltbund Leipzig`
        text = "".join(t.text_with_ws for t in mention.doc[words[0].i : words[-1].i + 1] if t.i in kept or t.text in _NAME_MARKS).strip()
        if len(words) == 1 and text.endswith(".") and text[:-1] in index.abbreviations:
            text = text[:-1]  # `warnte das IfW.`: the sentence's full stop, which the tokenizer left on an abbreviation
        if text in index.abbreviations:  # `NASA`, `SdK`
            text = index.abbreviations[text]
        elif len(words) == 1 and "-" in words[0].text and self._role_compound(words[0].text):
            first = words[0].text.split("-")[0]
            if is_abbreviation(first) and words[0].lower_.endswith(_VOICES):
                return self._organisation(entities, first, mention)  # `die NASA-Sprecherin`, `die NASA-Verantwortlichen` speak for NASA
            return None  # `Der Distrikt-Gouverneur`, `der EU-Außenminister`: a role, or a group
        elif (
            len(words) == 1
            and self.lexicon.is_noun_or_compound(words[0].text)
            and not self.lexicon.is_place(words[0].text)
            and (self.lexicon.is_common_noun(words[0].text) or not words[0].lower_.endswith(MEDIA_HEADS))
            and not self._compound_alone(mention)
            and not one_of_a_kind(words[0].lower_)
            and words[0].text not in ORGANISATION_NAMES  # `die Welthungerhilfe`
        ):
            return None  # `die Polizei`, `die Tonbandstimme`: a role, not a name; `der Netzzeitung` is one
        place = self.lexicon.is_place(text) or len(words) == 1 and self.place_genitive(text)  # also `Auffassung Österreichs`
        if len(words) == 1 and mention[0].lower_ in DEFINITE_ARTICLES and text.lower().endswith(MEDIA_HEADS) and self.lexicon.is_noun_or_compound(text):
            fuller = self._institution_before(mention, words[0], index)  # `Der Deutsche Wetterdienst (DWD) … Der Wetterdienst`
            if fuller is not None:
                return self._organisation(entities, fuller, mention)
        if len(words) > 1 and institution_noun(words[-1].text) and plural_form(words[-1].text) and not words[-1].lower_.endswith(ONE_IN_PLURAL):
            return None  # `Die New Yorker Gesundheitsbehörden`: several bodies, which no name stands for
        if len(words) > 1 or is_abbreviation(words[0].text) or place or text.lower().endswith(MEDIA_HEADS):
            return self._organisation(entities, text, mention)
        if one_of_a_kind(text.lower()) and genitive_base(text):
            return self._organisation(entities, genitive_base(text), mention)  # `des Umweltbundesamtes`
        if text not in self.lexicon.surnames and self._inflected_noun(text):
            return None  # `Die Alliierten`: a noun's inflected form the lexicon lists only as `Alliierte`
        return self._entity(entities, text, text.lower(), mention)

    def _of_town(self, run: Span, mention: Span) -> bool:
        """`der Soester Bürgermeister`: a place's adjective before an office, no name."""
        doc = run.doc
        office = doc[run.end].text if run.end < mention.end else ""
        return len(run) == 1 and self._resident(run.text) and office[:1].isupper() and (self.lexicon.has_feminine(office) or female_role(office, self.lexicon))

    def _unnamed_member(self, mention: Span) -> bool:
        """A person noun with an indefinite article (`Ein Vertreter des Konzerns`) or, bare, before
        a genitive (`Anhänger der Organisation`): someone of an organisation, not the organisation;
        not an office before a name (`Präsident Obama`)."""
        indefinite = mention[0].lower_ in INDEFINITE_ARTICLES
        head = mention[1] if indefinite and len(mention) > 1 else mention[0]
        if indefinite and mention[-1].text.startswith("-"):
            head = mention[-1]  # `einer „Reuters“-Reporterin`: the noun after a quoted name
        noun = head.text.removeprefix("-")
        if not (person_noun(noun) and not institution_noun(noun) and noun[:1].isupper()):
            return False
        return indefinite or head.i + 1 < mention.end and mention.doc[head.i + 1].lower_ in {"der", "des"}

    def _described(self, words: list[Token]) -> bool:
        """A common noun after a place's genitive (`Islands Regierung`) or, in the plural, after an
        adjective capitalised only to open the sentence (`Anderen Aussagen zufolge`, `Verschiedene
        Länderparlamente`): described, not named."""
        first, noun = words
        if self._inflected_noun(noun.text) and (lemma_cased(first.text)[:1].islower() or INFLECTED_ADJECTIVE.match(first.text)):
            return True
        opening = first.i == first.sent.start and INFLECTED_ADJECTIVE.match(first.text)
        if opening and person_noun(noun.text) and not institution_noun(noun.text):
            return True  # `Politische Beobachter`: people of a kind, the adjective capitalised to open the sentence
        if not self.lexicon.is_noun_or_compound(noun.text):
            return False
        if self.place_genitive(first.text):
            return True
        adjective = lemma_cased(first.lower_)  # `verschiedene` -> `verschieden`
        return first.i == first.sent.start and plural_form(noun.text) and adjective != first.lower_ and adjective[:1].islower() and not PROPER_ADJECTIVE.match(first.text)

    def _organisation_around(self, run: Span, mention: Span) -> str | None:
        """The name a run without a first name is part of: a paper's noun before it (`Spiegel
        Online`, which the index reads as a role and a surname) or a place or unknown word right
        after it (`Financial Times Deutschland`, `Human Rights Investigation`); None if neither."""
        if self._first_name(run[0].text):
            return None
        doc = mention.doc
        start = run.start - 1 if run.start > mention.start and doc[run.start - 1].text in _COMMON_NOUN_NAMES else run.start
        national = run.start - 1 > mention.start and doc[run.start - 1].text in {"Deutsche", "Deutschen"} and doc[run.start - 2].lower_ in DETERMINERS
        if national and not self._someones_surname(doc, run[-1].text):
            start = run.start - 1  # `Die Deutsche Telekom`: the nation's adjective, capitalised, begins the name (not `Der Deutsche Ziemendorff`)
        end = run.end
        while end < mention.end and doc[end].text[:1].isupper() and (
            doc[end].is_alpha and (self.lexicon.is_place(doc[end].text) or not self._noun(doc[end].text))
            or "-" in doc[end].text and self._place_name(doc[end].text)  # `Die IG Metall Baden-Württemberg`
        ):
            end += 1
        if end == run.end and start == run.start == mention.start + 1 and _owner_body_after(doc, end, mention.end):
            end = mention.end  # `Die Caritas der Diözese St. Pölten`, `Die Autobahn GmbH des Bundes`: one body of another, by both names
        if (start, end) == (run.start, run.end):
            return None
        return self._nominative(doc[start:end].text) if doc[start].text == "Deutschen" else doc[start:end].text

    def _abbreviation_named(self, words: list[Token]) -> str | None:
        """An organisation's abbreviation and the nouns that finish its name, as one name
        (`AK Vorratsdatenspeicherung`, `BUND Naturschutz`); not a person after a party (`CDU
        Frank Mindermann`), an office (`SPD Vorsitzender`) or a plural object (`die IADB Überweisungen`)."""
        if len(words) < 2 or not (is_abbreviation(words[0].text) and words[0].text.isupper()) or words[-1].i - words[0].i != len(words) - 1:
            return None
        rest = words[1:]
        if all(t.is_alpha and t.text[:1].isupper() and self._noun(t.text) and lemma_cased(t.text) == t.text and not person_noun(t.text) for t in rest):
            return " ".join(t.text for t in words)
        return None

    def _article_noun(self, word: Token, index: NameIndex) -> bool:
        """A word the lexicon does not know that the text writes only after an article, as German
        writes common nouns and only few names: `die Sonne`, but not `die Hamas`, `die NASA`."""
        text = word.text
        if is_abbreviation(text) or text in ORGANISATION_NAMES or text in _COMMON_NOUN_NAMES or self.lexicon.is_noun_or_compound(text):
            return False
        if self._first_name(text) or text in self.lexicon.surnames or self.lexicon.is_place(text) or not text.isalpha() or not text[1:].islower():
            return False  # also not `VfB`, `ZDFs`
        if text.endswith(("a", "i", "o", "u", "y")) and not any(self.lexicon.is_common_noun(text[:k]) for k in range(4, len(text) - 2)):
            return False  # `die Üstra`: German's common nouns the lexicon lacks end otherwise or are compounds (`die Militärjunta`)
        doc = word.doc
        if word.i > 1 and doc[word.i - 2].lower_ in NAME_JOINERS:
            return False  # `Von der Leyen`: a name's particle
        issued = word.i > 1 and doc[word.i - 1].lower_ == "der" and doc[word.i - 2].lower_ in ISSUED and not text.endswith("s")
        if issued and not any(self.lexicon.is_common_noun(text[:k]) for k in range(4, len(text) - 2)):  # not a compound: `Angaben der Militärjunta`
            return False  # `Zählungen der Asfinag`: who issued them, by name
        return all(article_before(doc, k) for k in index.positions.get(text, [word.i]))  # also `einen festen Lerntag`

    def _compound_alone(self, mention: Span) -> bool:
        """A word the lexicon reads only as a compound, in the singular, without an article or a
        preposition but `laut`: a name (`laut Macromedia`), not a role (`laut Regierungssprecher`)
        nor a plural (`laut Polizeiangaben`)."""
        word = mention[0].text
        if len(mention) != 1 or self.lexicon.is_common_noun(word) or lemma_cased(word) != word:
            return False
        if fronted_infinitive(mention[0]):
            return False  # `Aufhören will sie nicht`: a verb made a noun, first in its sentence
        before = mention.doc[mention.start - 1].lower_ if mention.start else ""
        if before in PREPOSITIONS and before != "laut":
            return False  # `Im Tagesverlauf`, `Von Gewerkschaftsseite`: a noun whose article the preposition holds
        tail = next((word[k:].capitalize() for k in range(1, len(word) - 2) if self.lexicon.is_common_noun(word[k:].capitalize())), word)
        if lemma_cased(tail) != tail:
            return False  # `Bahnangaben`, `Geheimdienstkreisen`: plural by their last noun
        return not (person_noun(word) or institution_noun(word) or female_role(word, self.lexicon))

    def _organisation(self, entities: dict[str, EntityBuilder], name: str, mention: Span) -> EntityBuilder:
        # an article before the name's weak adjective tells its noun's gender: `der Zoologische Stadtgarten`, `Das Nationale Inspektorat`
        first = mention[1] if len(mention) > 1 and mention[0].lower_ in _GENUS_OF_ARTICLE else mention[0]
        article = mention.doc[first.i - 1].lower_ if first.i > 0 else ""
        told = (
            article in _GENUS_OF_ARTICLE
            and first.text.endswith("e")
            and f"{mention.doc[first.i : mention.end].text} ".startswith(f"{name} ")
            and self._name_adjective(first.text)
            and not _compound_noun(first.text, self.lexicon)
        )
        genus = _GENUS_OF_ARTICLE[article] if told else ""
        name = self._nominative(name, genus)  # one entity for `der Vereinten Nationen` and `Die Vereinten Nationen`
        return self._entity(entities, name, name.lower(), mention, "organisation")

    def _bracketed_expansion(self, mention: Span, index: NameIndex) -> str | None:
        """The full name before an abbreviation in brackets inside the mention or right after it: `die
        Interessengemeinschaft Deponiesicherheit Region Basel (IGDRB)`, `des Robert Koch-Instituts (RKI)`
        (whose words alone read as a first name and a noun); None where the brackets hold someone's
        party (`Merkel (CDU)`)."""
        doc = mention.doc
        after = [doc[mention.end + 1]] if mention.end + 2 < len(doc) and doc[mention.end].text == "(" and doc[mention.end + 2].text == ")" else []
        for t in [*mention[1:-1], *after]:
            if doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")" and t.text in index.abbreviations:
                full = index.abbreviations[t.text]
                start = next((k for k in range(mention.start, t.i - 1) if self._nominative(doc[k : t.i - 1].text.strip("'\"„“»«")) == full), None)
                if start is None:
                    continue
                apposed = start - 2 >= mention.start and doc[start - 1].lower_ in DETERMINERS and doc[start - 2].text == ","
                if apposed or not any(w.text[:1].isupper() and w.lower_ not in DETERMINERS for w in doc[mention.start : start]):
                    return full  # not `Beamte des Bundeskriminalamtes (BKA)`: the head comes before the name; but after an apposition's comma
        return None

    def _role_compound(self, word: str) -> bool:
        """`Distrikt-Gouverneur`, `EU-Außenminister`, `EU-Staaten`: a role or group, not a name;
        `McCain-Lager` and `UN-Sicherheitsrat` (one body) are names."""
        first, last = word.split("-")[0], word.rsplit("-", 1)[-1]
        if not self.lexicon.is_noun_or_compound(last):
            return False
        if word.count("-") >= 2 and first[:1].isupper() and not person_noun(last) and lemma(last).lower() == last.lower():
            return False  # `Johanniter-Unfall-Hilfe`: a name of three words joined
        return not is_abbreviation(first) or person_noun(last) and not institution_noun(last) or lemma(last).lower() != last.lower()

    def _association(self, words: list[Token]) -> str | None:
        """An association named by its head and whom it joins: `Verband kommunaler Unternehmen`,
        `Bund der Steuerzahler`, `Zentralrat der Juden`; its words, or None."""
        if len(words) < 2 or not words[0].lower_.endswith(tuple(_ASSOCIATIONS)):  # also `Bundesverband deutscher Banken`
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
        if mark is not None and mark.i == mention.start + 1 and first.lower_ in DETERMINERS:
            close = next((t for t in mention[2:] if t.text in CLOSING_MARKS), None)
            kind = close is not None and compound_part(mention.doc, close.i + 1, mention.end) and mention.doc[close.i + 1].lower_.endswith(MEDIA_HEADS)
            if close is not None and (close.i == mention.end - 1 or kind):  # also `die „Bild“-Zeitung in der Ausgabe vom …`
                return True  # `dem „Spiegel“`: nothing but an article and a quoted name (and its kind)
        uninflected = (  # `die Online-Ausgabe des „Spiegel“`: a noun would be `des Spiegels`
            mark is not None
            and mark.i > mention.start
            and mark.doc[mark.i - 1].lower_ == "des"
            and not words[0].endswith("s")
            and self.lexicon.genus(words[0]) in {"m", "n"}
        )
        return len(words) > 1 or uninflected or not self.lexicon.is_noun_or_compound(words[0]) or words[0].lower().endswith(MEDIA_HEADS)

    def _owner(self, run: Span, index: NameIndex, mention: Span) -> bool:
        """`Die Anwältin Samanis`: a genitive name after a role noun of the mention names whose
        role it is, not the speaker."""
        if _before_role(run, mention):
            return True  # `Lukaschenkos Sprecherin`, `Merkels Sprecher`: someone of theirs, not them
        if run.start <= mention.start:
            return False
        doc = run.doc
        k = run.start - 1
        after = bisect_left(index.starts, run.end)
        named_after = any(n.end <= mention.end for n in index.names[after : after + 1])
        while named_after and k - 1 > mention.start and doc[k].text[:1].isupper() and person_noun(genitive_base(doc[k].text) or doc[k].text) and doc[k - 1].lower_ in {"des", "der", "von"}:
            k -= 1  # an office before the name, another name after: `Der Sprecher von Bundeskanzler Gerhard Schröder, Béla Anda`
        if k - 2 > mention.start and doc[k].lower_.endswith("partei") and self._run_kind(run) != "person":
            k -= 1  # the party someone leads or belongs to: `Die Vorsitzende der Partei Fratelli d’Italia`
        while k - 2 > mention.start and doc[k].is_lower and adjectival(doc[k].text):
            k -= 1  # `Der Politiker der konservativen Nea Dimokratia`
        before = doc[k]
        if (
            before.lower_ in {"des", "der", "von"}
            and k - 1 >= mention.start
            and person_noun(doc[k - 1].text)
            and not (institution_noun(doc[k - 1].text) and self._run_kind(run) == "organisation")  # `Die Vereinsleitung von Borussia Dortmund`: the club
            and not self._particle(run, mention, index)
        ):
            # `Der Hauptgeschäftsführer des BPI`, `Der Bürgermeister von Orleans`: theirs, but someone
            # unnamed; but `Aufsichtsratschef von Pierer` after `Heinrich von Pierer` is him
            return True
        if len(run) != 1 or not run.text.endswith("s"):
            return False
        stem = run.text[:-1].lower()
        return before.text[:1].isupper() and self.lexicon.is_common_noun(before.text) and (
            name_key(stem) in index.by_surname or stem in index.capitalised
        )

    def _particle(self, run: Span, mention: Span, index: NameIndex) -> bool:
        """`von` before a surname ending the mention that the article wrote with a first name:
        `Aufsichtsratschef von Pierer` after `Heinrich von Pierer`."""
        if run.doc[run.start - 1].lower_ != "von" or run.end != mention.end:
            return False
        full = index.by_surname.get(surname_key(run, index.capitalised), "")
        return full.endswith(f" von {run.text}") and self._first_name(full.split()[0])

    def _of_its_owner(self, mention: Span) -> str | None:
        """A body named by its own kind and, in the genitive to the mention's end, whom it belongs
        to, where that one has a name: `Der Landesinnungsverband des bayerischen Bäckerhandwerks`,
        `Das Geophysikalische Institut der Nationalen Polytechnischen Hochschule`. The kind is a
        compound the lexicon does not list as a word, or has an adjective of its name before it;
        not a kind every body has (`Die Regierung des Landes`), nor someone (`Der Sprecher der
        Polizei`), nor an owner without a name (`der Länder`, `der Schule`). `_owned_by_body` adds
        an owning body to an institution's own name (`Das Nationale Inspektorat der Polizei`)."""
        doc = mention.doc
        if mention[0].lower_ not in {"der", "die", "das"}:
            return None
        k = mention.start + 1
        while k < mention.end and PROPER_ADJECTIVE.match(doc[k].text):
            k += 1  # `Das Geophysikalische Institut`
        if k + 2 >= mention.end or doc[k + 1].text not in {"des", "der"}:
            return None  # not `Das Nachrichtenmagazin Der Spiegel`
        kind = doc[k].text
        if not (kind[:1].isupper() and institution_noun(kind) and (k > mention.start + 1 or not self.lexicon.is_common_noun(kind))):
            return None
        if doc[mention.start + 1 : k + 1].text.lower() in _UNIQUE_INSTITUTIONS:
            return None  # `Das Auswärtige Amt der Bundesrepublik Deutschland`: named by itself, its country aside
        tail = doc[k + 2 : mention.end]
        if not all(_OWNER_WORD.match(t.text) or t.lower_ in _OWNER_LINKS for t in tail):
            return None  # a phrase going on, a number, a bracket
        if any(t.text[:1].isupper() and person_noun(t.text) and not institution_noun(t.text) for t in tail):
            return None  # `des Präsidenten`: someone's
        named = any(  # whom it belongs to has a name: `des Kantons Aargau`, `der Nationalen Polytechnischen Hochschule`, `des bayerischen Bäckerhandwerks`
            t.text[:1].isupper() and not self.lexicon.is_common_noun(t.text) and t.lower_ not in _OWNER_LINKS
            or t.text.islower() and t.text.rstrip("nrms").endswith("ische")
            for t in tail
        )
        return doc[mention.start + 1 : mention.end].text if named else None  # not `Der Elternrat der Schule`, `die Wahlkommission des Landes`

    def _owned_by_body(self, words: list[Token], mention: Span) -> str | None:
        """An institution's own name, with the body it belongs to where the mention goes on with
        it in the genitive: `Das Nationale Inspektorat der Polizei`."""
        name = self._institution_name(words)
        if name is not None and words and _owner_body_after(mention.doc, words[-1].i + 1, mention.end):
            return f"{name} {mention.doc[words[-1].i + 1 : mention.end].text}"
        return name

    def _institution_name(self, words: list[Token]) -> str | None:
        """An institution's own name made of an adjective or names and its kind: `der Deutsche
        Wetterdienst` (as `Deutscher Wetterdienst`, whatever its case), `das Robert-Koch-Institut`."""
        if len(words) > 1 and words[-1].i > 0 and words[-1].doc[words[-1].i - 1].text == "(":
            words = words[:-1]  # `die Deutsche Presse-Agentur (dpa)`
        if len(words) == 4 and words[1].text.endswith("-") and words[2].lower_ == "und" and institution_noun(words[3].text):
            named = self._proper_adjective(words[0].text, words[3].text)  # `Der Deutsche Sparkassen- und Giroverband`
            return named.replace(" ", f" {words[1].text} und ", 1) if named is not None else None
        if len(words) == 1 and "-" in words[0].text:
            *first, kind = words[0].text.split("-")
            if len(first) == 1 and kind in _COMPANY_KINDS and first[0][:1].isupper() and not self.lexicon.is_common_noun(first[0]):
                return first[0]  # `Der RWE-Konzern`, `der Siemens-Konzern`: the company by its name
            if institution_noun(kind) and kind[:1].isupper() and any(p[:1].isupper() and not self.lexicon.is_common_noun(p) for p in first):
                return words[0].text
            if kind.lower().startswith(("bundes", "landes")) and institution_noun(lemma_cased(kind)):
                return words[0].text  # `des Kraftfahrt-Bundesamtes`: a federal or state office is one of a kind
            return None
        country = len(words) == 3 and words[1].lower_ == "partei" and self.place_genitive(words[2].text)
        if country and PROPER_ADJECTIVE.match(words[0].text):  # `der Konservativen Partei Kanadas`
            return f"{self._proper_adjective(words[0].text, words[1].text)} {words[2].text}"
        # A plural after a capitalised adjective is a name only after an article, where only a name
        # capitalises the adjective (`Die Iranischen Revolutionsgarden`; not `Schwulenfeindliche Gruppen`).
        first = words[0].i if words else 0
        bare = first == 0 or words[0].doc[first - 1].lower_ not in DETERMINERS
        plural = len(words) == 2 and bare and words[1].text.endswith("n") and lemma_cased(words[1].text) != words[1].text
        institution = len(words) == 2 and not plural and (institution_noun(words[1].text) or self._noun(words[1].text) and not person_noun(words[1].text))
        if institution and PROPER_ADJECTIVE.match(words[0].text) and not self.lexicon.has_feminine(words[0].text):  # also `dem Europäischen Parlament`, not `Die Verteidiger Strauss-Kahns`
            return self._proper_adjective(words[0].text, words[1].text)
        if len(words) == 3 and not bare and (institution_noun(words[2].text) or self._noun(words[2].text) and not person_noun(words[2].text)):
            named = self._adjectives_before(words[2].doc, words[2].i, words[2].text)  # `Das Philippinische Rote Kreuz`: two adjectives
            return named if named is not None and named.count(" ") == 2 else None
        first = words[1].text.split("-")[0] if len(words) == 2 and "-" in words[1].text else ""
        if first and self._resident(words[0].text) and (is_abbreviation(first) or first[:1].isupper() and not self.lexicon.is_common_noun(first)):
            return words[1].text  # `das Washingtoner SITE-Institut`, `Das Münchner Ifo-Institut`: named by itself
        association = len(words) == 2 and (genitive_base(words[1].text) or words[1].text).lower().endswith((*_SAME_KIND["verband"], "verein"))
        if len(words) == 2 and self._resident(words[0].text) and self._noun(words[1].text) and (association or not person_noun(words[1].text)):
            # `die Hamburger Stadtreinigung`, `die Wiener Linien`: a city's; `Der Tiroler Bergsportführerverband`: a region's association
            return f"{words[0].text} {words[1].text}"
        return None

    def _institution_called(self, words: list[Token], known: set[str] | frozenset[str] = frozenset()) -> str | None:
        """An institution's kind, then its name: `Die Betreiberfirma Vattenfall Europe`, `die
        Gewerkschaft ver.di`, or a name in `known` in any case; the name."""
        kind = (genitive_base(words[0].text) or words[0].text) if words else ""  # also `des Nachrichtensenders N24`
        head = kind.lower()
        country, _, noun = words[0].text.partition("-") if words else ("", "", "")
        noun = noun if country in COUNTRY_CODES else words[0].text if words else ""  # `des US-Nachrichtensenders Fox News Channel`
        with_kind = _named_with_kind(kind)
        if len(words) < 2 or not (institution_noun(kind) or head.endswith(_GROUP_NOUNS + MEDIA_HEADS) or with_kind):
            return None
        if not (self.lexicon.is_noun_or_compound(noun) or with_kind or self._ends_in_hyphened_noun(noun)):  # also `das Gerhart-Hauptmann-Theater Görlitz-Zittau`
            return None
        rest = words[1:]
        doc = words[0].doc
        if len(rest) == 1 and PROPER_ADJECTIVE.match(words[0].text) and institution_noun(rest[0].text):
            return None  # `Die Zentrale Wahlkommission`: an adjective before the kind, not a headquarters' name
        if head.endswith("rat") and self._first_name(rest[0].text):
            return None  # `Landrat Georg Haslinger`, `Betriebsrat Uwe Kern`: a councillor, not the council
        if doc[words[0].i + 1].text in {"der", "des"} and head.endswith(_BODIES_OF) and all(t.text[:1].isupper() for t in rest if t.lower_ not in {"der", "des"}):
            # a body of a state named in the genitive: `das Verteidigungsministerium der Vereinigten Staaten`, `Der Sicherheitsrat der Vereinten Nationen`
            return f"{kind} {doc[words[0].i + 1 : rest[-1].i + 1].text}"
        if "-" in rest[0].text and all(map(self.lexicon.is_common_noun, rest[0].text.split("-"))) and (len(rest) == 1 or is_abbreviation(rest[1].text)):
            return f"{kind} {rest[0].text}"  # `Gewerkschaft Nahrung-Genuss-Gaststätten (NGG)`: a name of common nouns needs its kind
        for last in reversed(rest):
            named = doc[rest[0].i : last.i + 1].text
            if named in known:
                return named  # `die Menschenrechtsorganisation amnesty international (ai)`: in small letters
        if len(rest) == 1 and (self._inflected_noun(rest[0].text) or legal_form(rest[0])):
            return None  # an object after the subject (`verzeichnet das Geldinstitut Verluste`), or a name's end (`Nordhafen Bank AG`)
        if len(rest) > 1 and rest[-1].text in _DIRECTIONS and all(t.text[:1].isupper() and self.lexicon.is_common_noun(t.text) for t in rest):
            return f"{kind} {doc[rest[0].i : rest[-1].i + 1].text}"  # `der Arbeitgeberverband Ernährung Nord`: a region's branch, named by common nouns
        bracket = rest[-1].i + 1
        if bracket + 1 < len(doc) and doc[bracket].text == "(" and is_abbreviation(doc[bracket + 1].text) and doc[bracket + 1].text[0] == kind[0] != rest[0].text[0]:
            return f"{kind} {doc[rest[0].i : bracket].text}"  # `Gewerkschaft Erziehung und Wissenschaft (GEW)`: its letters spell the kind too
        if len(rest) == 1 and head.endswith(("verband", "bund")) and self._place_name(rest[0].text):
            adjective = doc[words[0].i - 1].text if words[0].i > 0 else ""  # `des Kommunalen Arbeitgeberverbands Bayern`
            return f"{self._proper_adjective(adjective, kind) or kind} {rest[0].text}"  # `Der Handelsverband Sachsen`: an association of a region
        if len(rest) == 1 and self._named_in_small_letters(head, rest[0]):
            return rest[0].text  # `die Musikergewerkschaft unisono`: a union's name in small letters, as `ver.di` is
        joined = [t for t in rest[1:-1] if t.lower_ in NAME_JOINERS | _INNER_WORDS or _abbreviated_pair(doc, t.i)]
        if all(t.text[:1].isupper() or small_camel_name(t.text) or "." in t.text or ARABIC_ARTICLE.match(t.text) or t in joined for t in rest) and not (
            self._place_name(rest[0].text) and (len(rest) == 1 or rest[-1].text in _DIRECTIONS | _COURT_NUMBERS or self.lexicon.is_place(rest[-1].text))
            or rest[0].text == "Bad"
        ):  # `Radio Vatikan`, but not `die Regierung Frankreich`, `das Kreisklinikum Bad Lindenau`
            local = head.endswith(_LOCAL_BODIES) and not self._someones_surname(doc, rest[0].text)  # not `warf die Staatsanwaltschaft Ertel vor`
            if with_kind or len(rest) == 1 and (head.startswith(_REGIONAL) or local):
                # `die Stiftung Lesewelt Lüneburg`: a foundation's kind is its name's first word, as a
                # district's body's is before its district (`des Kreisfeuerwehrverbands Steinburg`) and
                # a local body's before a place the lexicon lacks (`die Stadtsparkasse Wendelstein`)
                return f"{kind} {doc[rest[0].i : rest[-1].i + 1].text}"
            if self._association_named(head, rest) or len(rest) == 2 and adjectival(rest[0].text) and self.lexicon.is_common_noun(rest[1].text) and not head.endswith(_DESCRIBING_KINDS):
                between = doc[words[0].i + 1 : rest[0].i].text  # `der` in `Bundesvereinigung der Deutschen Arbeitgeberverbände`
                return " ".join(filter(None, (kind, between, doc[rest[0].i : rest[-1].i + 1].text)))  # `Bundesverband Erneuerbare Energie`: its kind is part of the name
            return doc[rest[0].i : rest[-1].i + 1].text
        return None

    def _named_in_small_letters(self, kind: str, word: Token) -> bool:
        """Whether `word`, after a union's or an association's kind (in lower case), is its name written small:
        `Die Gewerkschaft vida`, `die Musikergewerkschaft unisono`, `Der Krankenversichererverband
        santésuisse` (not `fordert`, `selbst`)."""
        return kind.endswith(("gewerkschaft", "verband")) and word.is_alpha and word.is_lower and self._unknown_word(word.text)

    def _unknown_word(self, word: str) -> bool:
        """A word in small letters that German does not know: no function word, verb form or
        noun (`vida`, not `fordert`, `selbst`)."""
        return (
            word not in _FUNCTION_WORDS
            and lemma(word) == word
            and not inflected_verb(word)
            and not self.lexicon.is_noun_or_compound(word.capitalize())
        )

    def _ends_in_hyphened_noun(self, word: str) -> bool:
        """`Das Berliner E-Bike-Start-up`: a compound ending in a noun written with a hyphen."""
        return any(ch == "-" and self.lexicon.is_common_noun(word[k + 1 :]) for k, ch in enumerate(word))

    def _association_named(self, head: str, rest: list[Token]) -> bool:
        """Whether an association's kind begins its name, as where the name after it says whom it
        gathers with an adjective (`Der Stadtverband Dresdner Gartenfreunde`, `Der Bundesverband
        Deutsche Startups`); not before a name of its own (`Der Branchenverband Bitkom`, `Der
        Fahrgastverband Pro Bahn`)."""
        first = rest[0].text
        # also a town's adjective the lexicon knows only as its people's noun: `Verband Zürcher Kulturschaffender`
        town = len(rest) > 1 and first.endswith("er") and self.lexicon.has_feminine(first) and not self._first_name(first)
        return head.endswith(_ASSOCIATION_HEADS) and (adjectival(first) or self._resident(first) or town) and not any(is_abbreviation(t.text) for t in rest)

    def _someones_surname(self, doc: Doc, word: str) -> bool:
        """Whether the text writes `word` after a first name somewhere (`Kurt Ertel`)."""
        return any(t.text == word and t.i > 0 and self._first_name(doc[t.i - 1].text) for t in doc)

    def _unlocated(self, words: list[Token]) -> list[Token]:
        """The words before `in`/`im` + place, a genitive or a place's genitive: `Das
        Bundeskartellamt in Deutschland`, `Das Auswärtige Amt der Bundesrepublik`, `Das Rote
        Kreuz Haitis` (but a party's country is its name: `Konservative Partei Kanadas`); not an attribute phrase right after the article (`der in West Richland
        ansässigen Firma`), which would leave no noun before it."""
        doc = words[0].doc if words else None
        for k, t in enumerate(words):
            if k and (
                t.lower_ in {"in", "im", "aus"} and words[k - 1].lower_ not in DETERMINERS and not _within_continent(words, k)
                or doc[t.i - 1].text in {"der", "des"} and words[k - 1].i == t.i - 2 and words[k - 1].text[:1].isupper()  # not `Der Spiegel` inside
                or k == len(words) - 1 and self.place_genitive(t.text) and words[k - 1].lower_ != "partei"
            ):
                return words[:k]
        return words

    def _institution_of(self, words: list[Token]) -> str | None:
        """An institution's own name with what it is of after `vom`: `Das Internationale Komitee
        vom Roten Kreuz` (as `Internationales Komitee vom Roten Kreuz`)."""
        at = next((k for k, t in enumerate(words) if t.lower_ == "vom"), len(words))
        if not 2 <= at < len(words) - 1 or not all(t.text[:1].isupper() and t.is_alpha for t in words[at + 1 :]):
            return None
        head = self._institution_name(words[:at])
        return f"{head} vom {' '.join(t.text for t in words[at + 1 :])}" if head is not None else None

    def _office_at(self, doc: Doc, k: int, end: int, index: NameIndex) -> str | None:
        """The institution named with its place at k, before `end`, with a spa town's `Bad` or
        a number or direction after the place (`Staatsanwaltschaft München I`); None at the text's end."""
        if k + 1 >= len(doc):
            return None
        _, part = _place_part(doc, k + 2, end)
        river = k + 3 < end and doc[k + 2].lower_ == "am" and self._river(doc[k + 3].text)  # `Frankfurt am Main`, not `am Mittwoch`
        return self._office_of_place(list(doc[k : k + 2 + (doc[k + 1].text == "Bad" or part > 0) + 2 * (river or part == 3)]), index)

    def _river(self, word: str) -> bool:
        """`Main`, `Rhein`: a river a town is named by, a place or no common noun (not `Mittwoch`)."""
        return word[:1].isupper() and (self.lexicon.is_place(word) or not self.lexicon.is_noun_or_compound(word))

    def _office_of_place(self, words: list[Token], index: NameIndex) -> str | None:
        """An institution named by its place: `Staatsanwaltschaft Darmstadt`, `Polizei Bremen`,
        `die Stadt Düsseldorf`, also numbered (`Staatsanwaltschaft München I`)."""
        if len(words) > 3 and words[0].text.endswith("-") and words[1].lower_ in {"und", "oder"}:
            body = self._office_of_place(words[2:], index)  # `Industrie- und Handelskammer Reutlingen`
            return f"{words[0].text} {words[1].text} {body}" if body is not None else None
        if len(words) == 3 and words[1].text == "Bad" and words[2].text[:1].isupper() and institution_noun(words[0].text):
            return f"{genitive_base(words[0].text) or words[0].text} Bad {words[2].text}"  # `das Kreisklinikum Bad Lindenau`: a spa town
        # also `Polizeipräsidium Oberbayern Nord`, `Polizeipräsidium Schwaben Süd/West`: a number or direction ends the name
        part, taken = _place_part(words[0].doc, words[2].i, words[-1].i + 1) if len(words) >= 3 else ("", 0)
        numbered = taken > 0 and words[2].i + taken == words[-1].i + 1
        if numbered or len(words) == 4 and words[2].lower_ == "am" and self._river(words[3].text):  # `Staatsanwaltschaft Frankfurt am Main`: a town by its river
            place = self._office_of_place(words[:2], index)
            return f"{place} {part or ' '.join(t.text for t in words[2:])}" if place is not None else None
        of = words[-1].doc[words[-2].i + 1 : words[-1].i].text if len(words) > 1 else ""  # `der` in `Wahlkommission der Mongolei`
        if len(words) == 3 and self._name_adjective(words[0].text) and (self._place_name(words[2].text) or words[2].text == index.dateline):
            kind = genitive_base(words[1].text) or words[1].text
            if institution_noun(kind):  # `der Kassenärztlichen Vereinigung Brandenburg`, `die Allgemeine Wahlkommission der Mongolei`
                return " ".join(filter(None, (self._proper_adjective(words[0].text, kind), of, words[2].text)))
        kind = (genitive_base(words[0].text) or words[0].text) if words else ""  # also `des Polizeipräsidiums Oberbayern`
        if len(words) == 3 and words[1].lower_ == "von" and institution_noun(kind) and self._place_name(words[2].text) and not kind.lower().endswith(_OF_EVERY_STATE):
            return f"{kind} von {words[2].text}"  # `Der Landeselternbeirat von Hessen`, but `Die Regierung von Ruanda` is described
        if len(words) != 2 or self.place_genitive(words[1].text) or of:  # `Die Regierung Guatemalas`, `der Mongolei`: described, not named
            return None
        where = words[1].text
        if (institution_noun(kind) or kind in _COMMUNITIES or _named_with_kind(kind)) and (self._place_name(where) or where in _DIRECTIONS or where == index.dateline):
            return f"{kind} {where}"  # also `Staatsanwaltschaft Nürnberg-Fürth`, `Polizeidirektion Süd`
        if (institution_noun(kind) or kind.lower().endswith("abteilung")) and where.isdigit():
            return f"{kind} {where}"  # `Die Magistratsabteilung 42`: a numbered office
        if (
            (kind.lower().endswith(_LOCAL_BODIES) and not self._first_name(where) or kind in _TOWNS)  # `die Stadt Biel`, though `Biel` is a first name too
            and where[:1].isupper()
            and not self.lexicon.is_common_noun(where)
            and not self._written_after_first_name(where, index)  # not `warf die Staatsanwaltschaft Ertel vor`
        ):
            return f"{kind} {where}"  # `die Kreissparkasse Albtal`: a body of a region the lexicon lacks
        return None

    def _written_after_first_name(self, word: str, index: NameIndex) -> bool:
        """Whether the article writes `word` as someone's surname after a first name (`Kurt Ertel`),
        by the index's fullest spelling (`_someones_surname` asks the same of the text where no
        index is at hand)."""
        full = index.by_surname.get(name_key(word), "").split()
        return len(full) > 1 and self._first_name(full[0])

    def _body_of_members(self, mention: Span, role: Token, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """`Die SPD hat ihren Parteitag beendet. Die Sozialdemokraten beschlossen`: a party's
        members together are the party, the one of theirs the text named last before them; so
        are fighters their armed group (`Die Rebellen`) and researchers their institute (`Die Forscher`)."""
        if role.lower_ in _FIGHTERS:
            return self._armed_group_before(mention, index, entities)
        if role.lower_.endswith(_RESEARCHERS) and mention[0].lower_ in {"die", "der", "den"}:
            return self._institute_before(mention, index, entities)
        parties = _PARTIES_BY_MEMBERS.get(role.lower_)
        if parties is None:
            return None  # not a party's members: no need to read the names
        return next(
            (self._organisation(entities, run.text, mention) for run in reversed(index.names[: bisect_left(index.starts, mention.start)]) if run.text in parties),
            None,
        )

    def _institute_before(self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """`Das Helmholtz-Zentrum für Umweltforschung … Die Forscher`: researchers together are the
        research body named last in the sentences before, by a name that says what it is."""
        here = bisect_left(index.sentence_starts, mention.sent.start)
        since = index.sentence_starts[max(0, here - _KIND_SENTENCES)]
        for run in reversed(index.names[bisect_left(index.starts, since) : bisect_left(index.starts, mention.start)]):
            name = index.abbreviations.get(run.text, run.text).lower()
            if any(kind in name for kind in _INSTITUTES) and not index.in_quotation(run.start):
                named = self._named(run, index, entities)
                if named is not None:
                    named.kind = "organisation"
                    return named
        return None

    def _armed_group_before(self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """`Die kolumbianische Guerillaorganisation ELN … Die Rebellen`: fighters together are the
        armed group the article named last by such a kind."""
        doc = mention.doc
        for k in range(mention.start - 1, -1, -1):
            if doc[k].text[:1].isupper() and any(stem in doc[k].lower_ for stem in _ARMED_GROUPS) and not index.in_quotation(k):
                name = self._called_at(doc, k, mention.start)
                if name is not None:
                    return self._organisation(entities, index.abbreviations.get(name, name), mention)
        return None

    def _party_before(self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """A party named by its adjective (`Die Grünen`) as the subject of a sentence just before."""
        here = bisect_left(index.sentence_starts, mention.sent.start)
        for subject in self._subjects_before(index, here):
            words = [t for t in subject if not t.is_punct] if subject is not None else []
            if len(words) == 2 and words[0].lower_ == "die" and words[1].text in _PARTIES_BY_ADJECTIVE:
                return self._organisation(entities, _PARTIES_BY_ADJECTIVE[words[1].text], mention)
        return None


def _noun_base(word: str) -> str:
    """A capitalised noun's lemma (`Staatsministeriums` -> `Staatsministerium`), or the word
    where the lemmatiser makes it no noun."""
    base = lemma_cased(word)
    return base if base[:1].isupper() else word


def _named_with_kind(kind: str) -> bool:
    """A kind that begins its body's name, also ending a name itself: `Klinikum`, `Gerhart-Hauptmann-Theater`."""
    return kind.lower().rpartition("-")[2] in _NAMED_WITH_KIND


def is_authority(name: str, kind: str) -> bool:
    """Whether a body's name or the kind it was named with says it is an authority."""
    return any(stem in name.lower() or stem in kind for stem in _AUTHORITIES)


def _purpose_end(doc: Doc, k: int, end: int) -> int:
    """The end of what the body at k is for, before `end`: `des Bundesamts für Migration und
    Flüchtlinge`, `Staatsministerium für Wissenschaft, Kultur und Tourismus`; k + 1 where no
    capitalised word follows `für`."""
    if not (k + 2 < end and doc[k + 1].lower_ == "für" and doc[k + 2].text[:1].isupper()):
        return k + 1
    j = k + 3
    while j < end and doc[j].text[:1].isupper() and PROPER_ADJECTIVE.match(doc[j - 1].text):
        j += 1  # `für Allgemeine Sicherheit`: an adjective, then its noun
    while j + 1 < end and doc[j + 1].text[:1].isupper() and (doc[j].text == "und" or doc[j].text == "," and _listed_on(doc, j, end)):
        j += 2
    return j


def _listed_on(doc: Doc, comma: int, end: int) -> bool:
    """Whether a comma in a für-phrase lists another field, an `und` ending the list:
    `für Wissenschaft, Kultur und Tourismus`, not `für Arbeit, die Zahlen …`."""
    k = comma + 1
    while k + 1 < end and doc[k].text[:1].isupper() and doc[k + 1].text == ",":
        k += 2
    return k + 2 < end and doc[k].text[:1].isupper() and doc[k + 1].lower_ == "und" and doc[k + 2].text[:1].isupper()


def _quoted_after_kind(doc: Doc, k: int, noun: str) -> bool:
    """Whether the quotation mark at k opens a group's name that a noun of its kind stands right
    before, or with `mit dem Namen`: `der Bürgerinitiative „Grün bleibt Grün“`, `Eine
    Bürgerinitiative mit dem Namen „Rettet unser Bad“` (not a federation's, which its letters
    name more often: `vom brasilianischen Fußballverband „Confederação Brasileira de Futebol“`)."""
    named = k >= 4 and doc[k - 3 : k].text.lower() == "mit dem namen"
    before = k - 4 if named else k - 1
    return noun.endswith(_GROUP_NOUNS) and before >= 0 and lemma(doc[before].text).lower().endswith(noun)


_CONTINENTS = {"Europa", "Afrika", "Asien", "Amerika", "Lateinamerika", "Nahost"}


def _within_continent(words: list[Token], k: int) -> bool:
    """`Organisation für Sicherheit und Zusammenarbeit in Europa`: a continent after what a body
    is for is part of its name, not where it sits (`Bundesamt für Umwelt in Bern`)."""
    return k + 1 < len(words) and words[k].lower_ == "in" and words[k + 1].text in _CONTINENTS and any(t.lower_ == "für" for t in words[:k])


def _inside_spelled(doc: Doc, k: int, index: NameIndex) -> str | None:
    """The name an abbreviation spells that the word at k stands inside, as the text writes it
    there: `Agentur` in `Nationale Anti Doping Agentur Deutschland (NADA)`."""
    for name in index.abbreviations.values():
        words = name.split()
        if doc[k].text in words[1:]:
            start = k - words.index(doc[k].text)
            if start >= 0 and doc[start : start + len(words)].text == name:
                return name
    return None


def _spelled_at(doc: Doc, k: int, index: NameIndex) -> str | None:
    """The full name that begins at k and an abbreviation in brackets spells: `die
    Industriegewerkschaft Bergbau, Chemie, Energie (IG BCE)`, whose commas end no name run."""
    following = doc[k : k + 12].text
    return next((name for name in index.abbreviations.values() if following.startswith(name + " (")), None)


def _purpose(doc: Doc, k: int, end: int) -> str:
    """`für Wissenschaft, Kultur und Tourismus` after the body's noun at k, or nothing."""
    return doc[k + 1 : _purpose_end(doc, k, end)].text if k + 1 < end and doc[k + 1].lower_ == "für" else ""


def _abbreviated_pair(doc: Doc, j: int) -> bool:
    """`und` in `Gewerkschaft Erziehung und Wissenschaft (GEW)`: between two capitalised words of a
    name its abbreviation follows in brackets."""
    return doc[j].lower_ == "und" and 0 < j and j + 2 < len(doc) and doc[j - 1].text[:1].isupper() and doc[j + 1].text[:1].isupper() and doc[j + 2].text == "("


def _holds_kind(name: str, noun: str) -> bool:
    """Whether an organisation's name ends in its kind or another word for it, also in the
    genitive, or its head does before what it is for: `Entwicklungsbank`, `Deutscher
    Fußball-Bund` for `verband`, `Max-Planck-Institut für Astronomie` for `institut`, and
    before its legal form (`Nordhafen Bank AG`)."""
    low, _, last = name.lower().rpartition(" ")
    if low and noun == "gesellschaft" and last in {"gmbh", "ag", "kg", "se"}:
        return True  # `Die DFB Schiri GmbH … Die Gesellschaft`: a company, by its legal form
    low = low if low and last.rstrip(".") in LEGAL_FORMS else name.lower()
    head = re.split(" für | der | of ", low)[0]  # also `Bundesvereinigung der Deutschen Arbeitgeberverbände` for `verband`
    kinds = _SAME_KIND.get(noun, (noun,)) + _ENGLISH_KINDS.get(noun, ())  # and `Malawi Electoral Commission` for `kommission`
    return low.endswith(kinds) or low.removesuffix("es").endswith(kinds) or head != low and head.removesuffix("s").endswith(kinds)


def one_of_a_kind(word: str) -> bool:
    """A compound that names one body though its parts are common nouns: a federal office for
    something (`Umweltbundesamt`) or a paper or broadcaster (`Tagesspiegel`, `Deutschlandfunk`)."""
    word = word.removesuffix("es") if word.endswith(("amtes", "funkes")) else word.removesuffix("s")  # also in the genitive: `des Umweltbundesamtes`
    federal = word.find("bundes")
    if federal > 0 and word.endswith(("amt", "anstalt", "agentur", "institut")):
        return True
    return word.endswith(_MEDIA_COMPOUNDS) and not word.endswith(("rundfunk", "hörfunk", "rückspiegel")) and len(word) > 8


def _national_institution(words: list[Token]) -> str | None:
    """An institution there is one of, named by its common noun: `die Bundesregierung`, `der
    Verfassungsschutz`, `das Auswärtige Amt`, `die EU-Kommission`. Its words without the article."""
    if len(words) > 1 and words[0].text in {"deutsche", "deutschen"}:
        words = words[1:]  # `die deutsche Bundesregierung`, but `Die Deutsche Bundesbank` is its name
    bracket = next((k for k, t in enumerate(words) if k and t.i > 0 and t.doc[t.i - 1].text == "("), len(words))
    words = words[:bracket]  # not its letters in brackets: `Die Bundesanstalt für Finanzdienstleistungsaufsicht (Bafin)`
    named = words[_after_adjectives(words) :]  # after `türkischen`
    if len(named) > 3 and named[0].text.endswith("er") and named[1].lower_.startswith("bundes") and named[2].lower_ == "für":
        named = named[1:]  # `des Schweizer Bundesamts für Umwelt`: a country's federal office, by the country's adjective
    # `das Hessische Ministerium für …`, `das Thüringer Amt für Verfassungsschutz`
    state = int(len(named) > 3 and (PROPER_ADJECTIVE.match(named[0].text) is not None or named[0].text.endswith("er")) and named[2].lower_ == "für")
    head = named[state:]
    ministry = len(head) > 2 and (head[0].lower_.startswith(("bundes", "landes")) or institution_noun(genitive_base(head[0].text) or head[0].text)) and head[1].lower_ == "für"
    if ministry and all(t.text[:1].isupper() or t.lower_ in {"und", ","} or _within_continent(head, k + 2) for k, t in enumerate(head[2:])):
        # `das Bundesministerium für Bildung und Forschung`, `der türkischen Behörde für Informations- und Kommunikationstechnologie`
        return named[0].doc[named[0].i : named[-1].i + 1].text
    court = _one_per_country(words[-2:]) if (len(named) == 1 or len(words) == 2) and len(words) > 1 else None
    if court is not None:
        return court  # `Der österreichische Rechnungshof`, `des mosambikanischen Verfassungsrates`, `Der Schweizer Presserat`
    text = " ".join(t.text for t in words)
    low = text.lower()
    if low in _UNIQUE_INSTITUTIONS:
        return " ".join(w[:1].upper() + w[1:] for w in text.split())  # also written small: `Das auswärtige Amt`
    if not words or not all(t.text[:1].isupper() for t in words):
        return None
    doc, end = words[0].doc, words[-1].i + 1
    ending = next((e for e in ("es", "s") if low.endswith(e) and low[: -len(e)].endswith(_INSTITUTION_HEADS)), "") if len(words) == 1 else ""
    if ending and not (end < len(doc) and doc[end].lower_ in {"des", "der"}):
        text, low = text[: -len(ending)], low[: -len(ending)]  # `der Richter des Bundesverwaltungsgerichtes`, not `des Bundesministeriums des Innern`
    if low in _ANY_FEDERAL:
        return None  # `dem Bundesamt`: one of many, which the article names in full elsewhere
    if (
        low.startswith(("bundes", "eu-", "un-", "uno-", "generalzoll")) and low.endswith(_INSTITUTION_HEADS)
        or low.startswith("welt") and low.endswith(("organisation", "bank"))  # `die Weltgesundheitsorganisation`
        or low.startswith("landes") and low.endswith("rat") and institution_noun(low) and len(low) > 10  # `Der Landeselternrat`, one in its state
    ):
        return text
    return None


def _one_per_country(words: Span | list[Token]) -> str | None:
    """A country's one court or council of its kind after the country's adjective, in the nominative:
    `österreichische Rechnungshof`, `mosambikanischen Verfassungsrates` (not `der Rechnungshof` of
    a state named before, or `das Verfassungsgericht` for the federal one); after a capitalised
    adjective the adjective begins its name (`Schweizer Presserat`, `Deutscher Presserat`)."""
    adjective, word = words[0].text, words[-1].text
    base = genitive_base(word) or word
    if base.lower() in _ONE_PER_STATE and adjective[:1].isupper() and adjective.lower() not in DETERMINERS and _COUNTRY_IN_NAME.match(adjective) is None:
        state = _STATE_ADJECTIVE.match(adjective)  # `Der Thüringer Rechnungshof`, `des Bayerischen Landtags`: a state's own, all masculine
        return f"{state.group(1)}er {base}" if state else f"{adjective} {base}" if adjective.endswith("er") and adjective.isalpha() else None
    if base.lower() not in _ONE_PER_COUNTRY:
        return None
    if adjective.islower() and adjective.rstrip("nrs").endswith("ische"):
        return base
    named = _COUNTRY_IN_NAME.match(adjective)  # `Der Schweizer Presserat`, `des Deutschen Presserats`: the country's by name
    if named is None:
        return None
    ending = "" if named.group(1) == "Schweizer" else "es" if base.endswith("gericht") else "er"
    return f"{named.group(1)}{ending} {base}"


def _state_body_of(words: list[Token], mention: Span) -> str | None:
    """A body each state has one of, named with its state in the genitive: `Der Rechnungshof der
    Freien Hansestadt Bremen` (not the state alone)."""
    doc, k = mention.doc, words[0].i + 1 if len(words) == 1 else 0
    if not k or not _genitive_name(doc, k, mention.end):
        return None
    base = genitive_base(words[0].text) or words[0].text
    return f"{base} {doc[k : mention.end].text}" if base.lower() in _ONE_PER_STATE else None


def _ministry_of(mention: Span) -> str | None:
    """`Das Bundesministerium der Finanzen`, `des Bundesministeriums des Innern`: a federal or
    state ministry named by what it is for in the genitive, which is part of its name."""
    words = list(mention[1:] if mention[0].lower_ in DETERMINERS else mention)
    named = words[_after_adjectives(words) :]
    ministry = genitive_base(named[0].text) or named[0].text if len(named) == 3 else ""
    if ministry.lower().startswith(("bundes", "landes")) and ministry.endswith("ministerium") and named[1].lower_ in {"der", "des"} and named[2].text[:1].isupper():
        return f"{ministry} {named[1].text} {named[2].text}"
    return None


def _after_adjectives(words: list[Token]) -> int:
    """Where a mention's words begin after the adjectives written small or made on a name
    before them (`der türkischen Behörde`, `der SPD-nahen Stiftung`)."""
    return next((k for k, t in enumerate(words) if not (t.is_alpha and t.text[:1].islower() or hyphen_adjective(t.text))), len(words))


def _apposed_organisation(mention: Span) -> str | None:
    """`Die Regierungspartei Palästinas, die Hamas`: an organisation's kind, then its name after a
    comma and an article; the name."""
    words = [t for t in mention if not t.is_space]
    if len(words) >= 4 and words[-2].text == "," and is_abbreviation(words[-1].text) and words[0].lower_ in DETERMINERS:
        return words[-1].text  # `der Betreiber des Flughafens Brüssel National, BIAC`: only an organisation goes by letters
    if len(words) < 5 or words[-3].text != "," or words[-2].lower_ not in DETERMINERS or not words[-1].text[:1].isupper():
        return None
    head = next((t for t in words[: len(words) - 3] if t.text[:1].isupper() and t.lower_ not in DETERMINERS), None)
    if head is None or not (institution_noun(head.text) or head.lower_.endswith(ORGANISATION_NOUNS)):
        return None
    return words[-1].text


def _small_name_after(mention: Span, index: NameIndex) -> str | None:
    """A name in small letters right after an institution noun that ends the mention."""
    doc = mention.doc
    if not institution_noun(doc[mention.end - 1].text) or mention.end >= len(doc) or not doc[mention.end].text.islower():
        return None
    following = doc[mention.end : mention.end + 4].text
    return next((name for short, name in index.abbreviations.items() if short.islower() and following.startswith(name)), None)


def _located(run: Span, mention: Span) -> bool:
    """`die Provinzregierung in Helmand`: a name after a preposition inside a mention says where;
    so does one in an attribute before the head (`der in dem Ort Wapakoneta geborene Astronaut`)."""
    doc = run.doc
    k = run.start - 1
    if k - 1 > mention.start and doc[k].lower_.endswith(_PLACE_NOUNS) and doc[k - 1].lower_ in DETERMINERS:
        k -= 2  # `aus dem Stadtteil Kibera`: a place the lexicon lacks, by its noun
    while k > mention.start and doc[k].is_alpha and doc[k].text[:1].islower() and doc[k].lower_ not in PREPOSITIONS:
        k -= 1  # also `im indischen Dharamshala`
    if run.start > mention.start and doc[k].lower_ in {"in", "im", "aus", "bei"}:
        return True
    if run.start > mention.start + 1 and doc[k].lower_ in {"vom", "von"} and AGE_NOUN.match(doc[mention.start + 1].text):
        return True  # `Die 26-Jährige vom LAZ Rhein-Main`: someone of a club, not the club
    head = attribute_end(mention)
    return head is not None and run.end <= head


def _before_role(run: Span, mention: Span) -> bool:
    """A name in the genitive right before the person noun that ends the mention: `Merkels Sprecher`."""
    if len(run) != 1 or not run.text.endswith("s") or run.end != mention.end - 1:
        return False
    role = run.doc[run.end].text
    return person_noun(role) and not institution_noun(role)


def _place_part(doc: Doc, i: int, end: int) -> tuple[str, int]:
    """The number or direction after a place at i, before `end`, and how many tokens it takes:
    `München I`, `Oberbayern Süd`, `Schwaben Süd/West`; ("", 0) where none."""
    if i >= end or doc[i].text not in _DIRECTIONS | _COURT_NUMBERS:
        return "", 0
    if i + 2 < end and doc[i + 1].text == "/" and doc[i + 2].text in _DIRECTIONS:
        return f"{doc[i].text}/{doc[i + 2].text}", 3
    return doc[i].text, 1


def _where(run: Span) -> bool:
    """A name after `in`, `aus`, `nach`, `um` or `nahe`, or listed with one: `In Cuenca und Machala`, `Lager um Goma`."""
    doc, k = run.doc, run.start - 1
    while k > 1 and doc[k].lower_ in {"und", ","} and doc[k - 1].text[:1].isupper():
        k -= 2  # back over the names listed before it
    return k >= 0 and doc[k].lower_ in {"in", "aus", "nach", "um", "nahe"}


def _with_truncated(doc: Doc, k: int, name: str) -> str:
    """The name beginning at k with the truncated compound joined to it by `und`: `Sparkassen-
    und Giroverband Hessen-Thüringen`, not `Giroverband Hessen-Thüringen`."""
    if k >= 2 and doc[k - 1].lower_ == "und" and doc[k - 2].text.endswith("-") and doc[k].text.startswith(name.split()[0]):
        return f"{doc[k - 2].text} und {name}"
    return name


def _someone_of(mention: Span) -> bool:
    """A person's noun first, then whose: `der Leiter der griechischen Sektion von „Ärzte ohne
    Grenzen“`: someone of theirs, unnamed, not the organisation."""
    head = next((t for t in mention if t.lower_ not in DETERMINERS), None)
    if head is None or head.i + 1 >= mention.end or not head.text[:1].isupper() or institution_noun(head.text):
        return False
    return person_noun(head.text) and mention.doc[head.i + 1].lower_ in {"der", "des", "von", "vom"}


def _before_place(words: list[Token]) -> list[Token]:
    """The words before `in`/`im` where nothing but capitalised words stand between them (`Der
    Spiegel`), not a genitive (`Die Sonderkommission der Kriminalpolizei in Anklam`); none otherwise."""
    cut = next((k for k, t in enumerate(words) if k and t.lower_ in {"in", "im"}), 0)
    if not cut or any(t.text[:1].islower() for t in words[0].doc[words[0].i : words[cut - 1].i + 1]):
        return []
    return words[:cut]


def _after_office(run: Span, mention: Span) -> bool:
    """A name inside a mention right after a person's office, also in a compound: `Watch-Sprecher Malinowski`."""
    if run.start <= mention.start:
        return False
    office = run.doc[run.start - 1].text.rpartition("-")[2]
    return office[:1].isupper() and person_noun(office) and not institution_noun(office)


def relation_noun(word: str) -> bool:
    """`Frau`, `Sohn`, `Anwalt`, `Mandantin`: someone close to a person, whom `seine`/`ihre` before
    it makes someone other than that person; also at a compound's end (`Gartennachbar`)."""
    low = word.lower()
    return any(low.startswith(_POSSESSED, k) for k in range(len(low) - 2))


def _relative_of(run: Span) -> bool:
    """`Ein anderer Vertrauter von Scaduto`, `eine Freundin von X`: whose confidant, friend or
    lawyer is meant, not who speaks (a company's spokesman, though, speaks for it)."""
    doc = run.doc
    if run.start < 2 or doc[run.start - 1].lower_ != "von":
        return False
    return doc[run.start - 2].lower_.startswith(_RELATIONS)


def quoted_name(mention: Span) -> str | None:
    """The name in quotation marks inside a mention: `der „Arbeitskreis Vorratsdatenspeicherung“`."""
    text = mention.text
    for opening, closing in (("„", "“"), ("»", "«"), ("\"", "\"")):
        start = text.find(opening)
        end = text.find(closing, start + 1)
        if start >= 0 and end > start + 1 and text[start + 1 : end][:1].isupper():
            return text[start + 1 : end].strip()
    return None


def _quoted_source(mention: Span) -> str | None:
    """A mention that is nothing but a quoted name after `laut` or `wie`, where a source stands:
    a medium, even one written small (`laut „Tagesspiegel“`, `Wie „heise online“ berichtet`)."""
    doc = mention.doc
    if len(mention) < 3 or mention[0].text not in OPENING_MARKS or mention[-1].text not in CLOSING_MARKS or mention.start == 0:
        return None
    inner = mention[1:-1]
    if doc[mention.start - 1].lower_ not in {"laut", "wie"} or any(t.text in OPENING_MARKS or t.is_punct for t in inner):
        return None
    return inner.text


def _bracketed(run: Span) -> bool:
    """A name in brackets, a place's name included: `(BGH)`, `Bayonne (New Jersey)`."""
    doc = run.doc
    return run.start > 0 and doc[run.start - 1].text == "(" and any(t.text == ")" for t in doc[run.end : run.end + 3])


def _compound_noun(word: str, lexicon: NameLexicon) -> bool:
    """`Landeswarnzentrale`: a noun ending in a noun of six letters or more (`Zentrale`), which
    ends as an adjective does; not `Zoologische`, whose end only a short noun spells (`Ische`)."""
    return any(word[cut:].capitalize() in lexicon.nouns for cut in range(3, len(word) - 5))


def _owner_body_after(doc: Doc, k: int, end: int) -> bool:
    """Whether tokens [k, end) are a genitive naming the body a name belongs to: `der Diözese St.
    Pölten`, `des Bundes`; not a place's or a person's (`der Stadt Wien`, `des Ministers`)."""
    head = doc[k + 1].text if k + 1 < end else ""
    return _genitive_name(doc, k, end) and institution_noun(genitive_base(head) or head)


def _genitive_name(doc: Doc, k: int, end: int) -> bool:
    """Whether tokens [k, end) are `des` or `der` and a name: `der Freien Hansestadt Bremen`."""
    return end - k >= 2 and doc[k].lower_ in {"des", "der"} and all(t.text[:1].isupper() or t.is_punct for t in doc[k + 1 : end])
