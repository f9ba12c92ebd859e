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

from bisect import bisect_left, bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from zitat.lexicon.cues import PUBLISHING, inflected_verb, lemma
from zitat.lexicon.names import (
    ORG_MARKERS,
    ORGANISATION_NAMES,
    PARTIES,
    PARTY_OFFICES,
    NameLexicon,
    demonym,
    described_loosely,
    institution_noun,
    name_lexicon,
    person_noun,
)
from zitat.lexicon.words import (
    DEFINITE_ARTICLES,
    DETERMINERS,
    INDEFINITE_ARTICLES,
    ISSUED,
    PRONOUNS,
    TIMES,
)
from zitat.pipeline.annotations import ADDRESSEE, CUE, QUOTE, SILENT_SPEAKER, SPEAKER, meta, spans_of
from zitat.pipeline.name_index import (
    CLUB_WORDS,
    COMPANY_NOUNS,
    COMPANY_WORDS,
    RELATIVE,
    DocumentNames,
    EntityBuilder,
    NameIndex,
    attribute_stem,
    female_role,
    genitive_base,
    is_abbreviation,
    name_key,
    office_noun,
    plural_form,
    role_keys,
    surname_key,
    the_one,
)
from zitat.pipeline.named_mentions import (
    COUNTRY_CODES,
    MEDIA_HEADS,
    ONE_IN_PLURAL,
    ORGANISATION_NOUNS,
    NamedMentions,
    is_authority,
    one_of_a_kind,
    quoted_name,
    relation_noun,
)
from zitat.pipeline.phrases import (
    AGE_NOUN,
    OPENING_MARKS,
    WERDEN,
    clause_subject,
    finite_form,
    np_after,
    relative_clause,
    subject_of,
    v2_verb,
)
from zitat.pipeline.referents import (
    FEMALE,
    MALE,
    Referents,
    agrees,
    named_as_source,
    plural_verb,
    pronoun_gender,
)

_TOLD = {"ihm", "ihn", "ihr", "ihnen"}  # object pronouns for whom a statement is made to
_TOLD_BEFORE = {"demnach", "danach", "demzufolge"}  # adverbs for a source: according to what was just told
_ISSUING = PUBLISHING | {  # verbs by which someone issues a text: `gab eine Stellungnahme ab`, `veröffentlichte einen Bericht`
    "geben", "verbreiten", "legen", "verfassen", "schreiben", "stellen", "schicken", "verschicken", "senden", "verlesen",
    "verabschieden", "erlassen",
}
_RUNNERS = ("betreiber", "herausgeber", "macher")  # who run a site or paper speak as it
_SPEAKING_FOR = ISSUED + _RUNNERS  # nouns whose genitive or `von` phrase is who speaks
# Offices news names by several nouns: a head of government is `Premierminister`, `Regierungschef`, `Ministerpräsident`.
_HEADS_OF_GOVERNMENT = ("ministerpräsident", "premierminister", "regierungschef", "premier")
_MAYORS = ("bürgermeister", "rathauschef", "stadtoberhaupt", "ortschef", "gemeindechef", "dorfchef")  # `Bürgermeister Franz Dengg … der Ortschef`
_SAME_OFFICE = {
    **{noun: _HEADS_OF_GOVERNMENT for noun in _HEADS_OF_GOVERNMENT},
    **{noun: ("präsident", "staatschef", "staatsoberhaupt") for noun in ("präsident", "staatschef", "staatsoberhaupt")},
    **{noun: _MAYORS for noun in _MAYORS},
    **{noun: ("chef", "direktor", "leiter") for noun in ("direktor", "leiter")},
    # `der Verdi-Chef` after `Der Vorsitzende der Gewerkschaft, X`, `Der Finanzchef` after `Finanzvorstand X`
    "chef": ("chef", "direktor", "leiter", "vorsitzende", "vorstand", "geschäftsführer"),
    # a seat for the office held there: `Der Kremlchef` after `Russlands Präsident Wladimir Putin`
    "kremlchef": ("präsident",),
    # in court: `Staatsanwalt Henrik Lange … der Ankläger`, `Rechtsanwalt Martin Köhler … der Verteidiger`
    **{noun: ("ankläger", "staatsanwalt", "oberstaatsanwalt") for noun in ("ankläger", "staatsanwalt")},
    **{noun: ("verteidiger", "anwalt", "strafrechtler") for noun in ("verteidiger", "anwalt", "strafrechtler")},
    **{noun: ("verteidigerin", "anwältin", "strafrechtlerin") for noun in ("verteidigerin", "anwältin", "strafrechtlerin")},
}
# bodies named by the first part of a compound for their texts (`Polizeiangaben`, `Unternehmensangaben`), by their kind
_ISSUING_KINDS = {"polizei": "polizei", "unternehmen": "company", "konzern": "company", "firmen": "company", "verlag": "company", "verein": "club", "klub": "club"}
# what news calls some bodies by their task (`die Wettbewerbshüter`), and what the body's name holds
_WATCHDOGS = {
    **dict.fromkeys(("wettbewerbshüter", "kartellwächter"), ("kartellamt",)),
    **dict.fromkeys(("aufseher", "finanzaufseher", "finanzaufsicht"), ("finanzdienstleistungsaufsicht", "bafin")),
    "verbraucherschützer": ("verbraucherzentrale",),
    "währungshüter": ("zentralbank", "bundesbank", "notenbank"),
    # an audit office by what it does: `Der Bundesrechnungshof … die Prüfer`, `Das Kontrollorgan`
    **dict.fromkeys(("prüfer", "rechnungsprüfer", "prüfbehörde", "kontrollbehörde", "finanzkontrolle"), ("rechnungshof",)),
    "kontrollorgan": ("rechnungshof", "volksanwaltschaft"),  # also Austria's ombudsman board
}
# the courts news calls by their seat's judges (`die Karlsruher Richter`), by what their names hold
_COURT_SEATS = {
    "karlsruher": ("bundesgerichtshof", "bundesverfassungsgericht"),
    "leipziger": ("bundesverwaltungsgericht",),
    "erfurter": ("bundesarbeitsgericht",),
    "kasseler": ("bundessozialgericht",),
    "luxemburger": ("gerichtshof der europäischen union", "eugh"),
    "straßburger": ("gerichtshof für menschenrechte",),
}
# the first parts of compounds for who lead a body and speak for it (`die Vereinsführung`, `die Konzernspitze`): the body's kind, less its linking `s`
_LEADERSHIPS = {"vereins", "klub", "club", "konzern", "unternehmens", "partei"}
_COMPANY_CHIEFS = {"firmen", "konzern", "unternehmens"}  # `Der Firmenchef`: the chief of the company, whatever its name (`Kaltenbach-Chef X`)
_ACCUSED = {"angeklagte", "verurteilte", "beschuldigte"}  # who stands trial
_PROSECUTION = {"anklage", "anklagebehörde"}  # the prosecutor's office, by its charge or as the accusing authority
# who else a court report names with a role: not the accused
_IN_COURT = (
    "richter", "richterin", "staatsanwalt", "staatsanwältin", "anwalt", "anwältin", "verteidiger", "verteidigerin", "strafrechtler",
    "ankläger", "anklägerin", "sprecher", "sprecherin", "zeuge", "zeugin", "gutachter", "gutachterin", "sachverständige",
    "geschädigte", "vorsitzende", "ermittler", "ermittlerin",
)
_MAX_CHAIN = 8  # mentions resolved one through another, at most: more than any article's chain of descriptions
_HEADS_OF_BODIES = {"chef", "chefin", "präsident", "präsidentin", "vorsitzende", "vorsitzender", "direktor", "direktorin", "leiter", "leiterin"}
_SEATS = {"kremlchef": "russ"}  # the country a seat's office is of: not `US-Präsident Joe Biden`
_LISTED_OFFICES = {"präsident", "staatschef", "staatsoberhaupt", *_HEADS_OF_GOVERNMENT}  # whom news list with their countries
_NO_COMPANIES = ("verband", "verein", "bund", "partei", "gewerkschaft", "stiftung", "initiative")  # bodies that `das Unternehmen` does not take up
# kinds that take up the body that spoke or acted last, by what it must be
_TAKES_UP_LAST_BODY = {"behörde": "authority", "unternehmen": "company", "konzern": "company", "firma": "company", "organisation": "body", "verband": "body", "gewerkschaft": "body"}
_LAST_BODY_SENTENCES = 6  # how far back a body that spoke or acted is taken up by `die Behörde`, `das Unternehmen`
_ORGANISER_AFTER = 400  # tokens after `der Veranstalter` where the agency is looked for
_POLITICAL = ("konservativ", "liberal", "sozialdemokratisch", "christdemokratisch", "sozialistisch", "kommunistisch", "nationalistisch", "populistisch", "rechtsextrem", "linksgerichtet", "rechtsgerichtet", "regierend")  # adjectives that name a party's camp
_FORMER = {"frühere", "früheren", "ehemalige", "ehemaligen", "einstige", "einstigen"}  # an office someone held: what the article tells of the one it is about
_FORMER_STEM = attribute_stem("frühere")  # the attribute `Ex-` stands for in a role's key


class SpeakerResolver(DocumentNames, NamedMentions, Referents):
    """The spaCy component: resolves each statement's speaker and addressee mention to an
    entity and lists the entities that speak (`doc._.zitat_entities`)."""

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
        order: list[tuple[int, str | None, Span]] = [(quote_start.get(sid, 0), sid, spans[0]) for sid, spans in speakers.items()]
        order += [(span.start, None, span) for span in doc.spans.get(SILENT_SPEAKER, [])]
        for _, sid, mention in sorted(order, key=lambda item: item[0]):
            if sid is None:  # an act the output leaves out (`X kritisierte die Pläne.`): its speaker stays salient
                last = self.resolve(mention, index, entities, last) or last
                continue
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
                entity = self._nearest_person(mention, pronoun_gender(mention[0].lower_), index, entities, None, avoid=entity.key)
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

    def resolve(
        self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder], last: EntityBuilder | None
    ) -> EntityBuilder | None:
        if index.depth >= _MAX_CHAIN:
            return None  # `Der 30-Jährige … Der 31-Jährige …` for hundreds of sentences: a chain that long names no one
        index.depth += 1
        try:
            return self._resolve(mention, index, entities, last)
        finally:
            index.depth -= 1

    def _resolve(
        self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder], last: EntityBuilder | None
    ) -> EntityBuilder | None:
        issuer = _issuer(mention) or _issued_before(mention) or _own_source(mention)
        if issuer is None and _issued_text(mention) and not named_as_source(mention):  # `der Meldung zufolge` reports on its subject
            issuer = _giver(mention)  # `Die Staatsanwaltschaft gab eine Stellungnahme ab.`
        if issuer is not None:  # `einer Verlautbarung der Internationalen Sicherheitsunterstützungstruppe`, `der Ankündigung der Ministerin`
            return self.resolve(issuer, index, entities, last)
        if _issued_text(mention) and len(mention) == 2 and _cited_in(mention):
            return self._body_spoken_before(mention, index, entities)  # `…, teilte das Gericht mit. … hieß es in der Mitteilung`
        if any(
            t.lower_ in {"und", "sowie"} and t.i + 1 < mention.end and (t.nbor(1).lower_ in DETERMINERS or self._first_name(t.nbor(1).text))
            or t.lower_ in {"beide", "beiden", "beider"}
            for t in mention
        ):
            return None  # `Die IADB und der MIF`, `Ricarda Lang und Omid Nouripour`, `der beiden Politiker`: two who speak together, whom no one name stands for
        if len(mention) > 1 and mention[0].lower_ in {"dessen", "deren"} and mention[1].text[:1].isupper():
            return None  # `Dessen Vorsitzender`: someone of theirs, unnamed
        if _unnamed_by_wish(mention):
            return None  # `sagte die Rentnerin, die ihren Namen nicht in der Zeitung lesen wollte`
        if self._unknown_trade(mention, index):
            return self._named_subject_before(mention, index, entities)  # `sagte Josef Ladstätter. Der Kufsteiner Frächter plädierte`
        found = self._named(mention, index, entities)
        if found is not None:
            return found
        words = [t for t in mention if not t.is_punct]
        issuing = _issuing_kind(words[0].lower_) if len(words) == 1 else None
        if issuing == "polizei":
            police = self._institution_before(mention, "Polizei", index)  # `nach Polizeiangaben`: the police body the article names
            return self._organisation(entities, police, mention) if police is not None else None
        if issuing is not None:  # `Nach Unternehmensangaben`, `Laut Vereinsangaben`: the company or club named last
            before = reversed(index.names[: bisect_left(index.starts, mention.start)])
            body = next((run for run in before if self._of_kind(run, issuing)), None)
            if body is None and issuing == "company":  # `Die Bäckereikette Kornhaus … Unternehmensangaben`: a name of common nouns after its kind
                return self._organisation_before(mention, "unternehmen", index, entities)
            return self._named(body, index, entities) if body is not None else None
        issuer = _issuing_body(words[0].lower_) if len(words) == 1 else None
        if issuer is not None:  # `Gewerkschaftsangaben`, `Senderangaben`: the body of that kind named before
            return self._organisation_before(mention, issuer, index, entities)
        owner = _issuer_part(words[0].lower_) if len(words) == 1 else ""
        if owner.endswith("-"):  # `Nach Verdi-Angaben`: the body the article named so before
            name = words[0].text[: len(owner) - 1]
            body = next((run for run in reversed(index.names[: bisect_left(index.starts, mention.start)]) if run[-1].text == name), None)
            return self._named(body, index, entities) if body is not None else None
        if len(words) == 3 and words[0].lower_ in DETERMINERS and words[1].lower_ in _COURT_SEATS and words[2].lower_ in {"richter", "richterinnen"}:
            return self._one_body_named(mention, _COURT_SEATS[words[1].lower_], index, entities)  # `Die Karlsruher Richter`: the court sitting there
        seated = len(words) == 3 and words[1].text[:1].isupper() and words[1].text.endswith("er") and self._resident(words[1].text)  # `Die Bonner Kontrollbehörde`
        if (len(words) == 2 or seated) and words[0].lower_ in DETERMINERS and words[0].text != "Der" and words[-1].lower_ in _WATCHDOGS:  # `Der Verbraucherschützer`: one of them
            return self._one_body_named(mention, _WATCHDOGS[words[-1].lower_], index, entities)  # `Erkenntnissen der Wettbewerbshüter`
        led = _led_kind(words)
        if led is not None:
            return self._organisation_before(mention, led, index, entities)  # `Dies gab die Vereinsführung bekannt`: the club named before
        if len(words) == 1 and words[0].lower_ in RELATIVE | {"das", "welches"} and mention.start > 1 and mention.doc[mention.start - 1].text == ",":
            return self._before_comma(mention, index, entities)
        head = words[0].lower_ if words else ""
        if len(words) == 1 and head in {"ich", "wir"}:  # `„… und wir hoffen …“`: whoever says it
            speaker = next((sp for s, e, sp in index.quote_speakers if s <= mention.start < e and not sp.start <= mention.start < sp.end), None)
            if speaker is None or speaker.text.lower() in {"ich", "wir"}:
                return None  # no one said it, or only `ich` again: no name (and no going round in circles)
            return self.resolve(speaker, index, entities, last)
        if len(words) > 1 and head in MALE | FEMALE and (relation_noun(words[-1].text) or person_noun(words[-1].text) and not institution_noun(words[-1].text)):
            return None  # `Seine Frau`, `Ihr Anwalt`, `Ihr innenpolitischer Sprecher`: someone of theirs, unnamed; not the one `sein` stands for
        if len(words) == 1 and (words[0].text in PRONOUNS or head in PRONOUNS) or head in MALE | FEMALE:
            return self._pronoun(mention, head, index, entities, last)
        if len(words) == 1 and head in _TOLD_BEFORE:
            return self._told_before(mention, index, entities, last)
        if words and words[-1].lower_.removesuffix("n").removesuffix("schrift") in _PROSECUTION and not self._unnamed_member(mention):
            return self._prosecutor(mention, index, entities)  # `Laut Anklage`, `sagte ein Sprecher der Anklagebehörde`
        role = self._role_noun(mention)
        several = (
            role is not None
            and mention[0].lower_ in {"die", "den"}
            and not role.lower_.endswith(ONE_IN_PLURAL)  # `Die Stadtwerke`: one body
            and (role.lower_ != lemma(role.text).lower() and role.lower_.endswith("n") or _plural_verb_after(mention))
        )  # `die Organisationen`, `Die Außenminister Frankreichs, Italiens und Österreichs erklärten`
        if role is not None and not several and mention[0].lower_ not in INDEFINITE_ARTICLES:  # not `Drei Organisationen, X, Y und Z … die Organisationen`, not `ein Sprecher`
            personal = person_noun(role.text) and not institution_noun(role.text)  # `der Student` is no `BWL-Student` named before
            named_before = None if personal else self._institution_before(mention, role, index)
            if named_before is not None:  # `Flughafen Bremen … Der Flughafen`
                return self._organisation(entities, named_before, mention)
            institution = institution_noun(genitive_base(role.text) or role.text)  # `die Staatsanwaltschaft` is no person named beside it
            for key in role_keys(mention.doc, role.i, mention.start):
                name = index.beside.get(key)
                if name is not None and not mention.start <= name.start < mention.end:
                    if institution and self._personal(name, index):
                        break
                    return self._beside(name, institution, index, entities, mention)  # but not `Die Anwältin Samanis` itself
            country, _, office = role.text.rpartition("-")
            ex = country.lower() == "ex"  # `Der Ex-Staatschef`: a former one, of no country
            if not country or not office[:1].isupper() or ex:
                country, office = "", office if ex else role.text
            base = lemma(office)
            # `Der Bankchef`: a chief of what the compound's first part says (`Bank`), named near him
            of = base.removesuffix("chef") if base.endswith("chef") and base not in _SAME_OFFICE and len(base) > 6 else ""
            nouns = (office_noun(office), *(_SAME_OFFICE.get(base) or (_SAME_OFFICE["chef"] if of else ())))  # `Der US-Präsident`: a president
            if of == "behörden":
                nouns = (*nouns, "präsident")  # `Kartellamtspräsident Andreas Mundt … Der Behördenchef`
            own = [f"{_FORMER_STEM} {office_noun(office)}"] if ex else role_keys(mention.doc, role.i, mention.start)
            if country:
                own = [f"{country.lower()} {nouns[0].lower()}"]  # `US-Präsident` is not `Frankreichs Präsident`
            if " " in own[0]:
                nouns = (*nouns, "amtskollege")  # `dessen brasilianischen Amtskollegen Lula … der brasilianische Präsident`
            seat = _SEATS.get(base)
            wider = {
                n.start: n
                for key, n in index.beside.items()
                if key.split()[-1].endswith(nouns)
                and n.start < mention.start
                and not (institution and self._personal(n, index))
                and not _other_attribute(key, own)  # `der französische Präsident` is not `der brasilianische`
                and not _other_country(key, seat)
                and not ("staatsanw" in key and not any("staatsanw" in noun or noun.startswith("ankläger") for noun in nouns))  # a prosecutor is no `Anwältin`
                and (not of or of in _COMPANY_CHIEFS or key.endswith(nouns[0]) or _said_near(of, n) or of == "behörden" and _head_of_authority(key, index))
            }
            if len(wider) == 1:  # `Bundeskanzlerin Angela Merkel … die Kanzlerin`, `Regierungschef Zapatero … Der Ministerpräsident`
                return self._beside(next(iter(wider.values())), institution, index, entities, mention)
            if wider and len({n[-1].text for n in wider.values()}) == 1:  # one person named twice with that office
                return self._person(wider[max(wider)], index, entities, mention)
            holder = _holder_just_before(mention, nouns, index) if wider else None
            if holder is not None:
                return self._person(holder, index, entities, mention)  # of several, the holder named just before
            heads = not wider and country and not self.lexicon.is_place(country) and country not in COUNTRY_CODES and base.lower() in _HEADS_OF_BODIES
            head_of = self._named_with(country, mention, index) if heads else None
            if head_of is not None:  # `Marcel Fratzscher vom Deutschen Institut für Wirtschaftsforschung (DIW) … Der DIW-Präsident`
                return self._person(head_of, index, entities, mention)
            for key in [*role_keys(mention.doc, role.i, mention.start), *([] if wider else [nouns[0]])]:
                # also the bare office when the text names no one else with it: `Der deutsche
                # Bundespräsident` under the headline `Bundespräsident Köhler …`
                name = index.headline.get(key)
                if name is not None and not (institution and self._personal(name, index)):
                    return self._person(name, index, entities, mention)
            accused = self._accused(mention, index) if role.lower_.removesuffix("n").removesuffix("r") in _ACCUSED else None
            if accused is not None:  # `Der 53-jährige Rainer Köhler … sagte der Richter Hartmut Sielaff … Der Angeklagte`
                return self._person(accused, index, entities, mention)
            predicate = self._predicate_name(mention, index, entities)
            if predicate is not None:
                return predicate  # `Der Verkäufer war die Firma Cargolifter AG`
            only = self._only_woman_before(mention, role, index, entities)
            if only is not None:
                return only  # `Angela Merkel reiste nach Paris. … so die Kanzlerin`
            listed = self._listed_by_country(mention, nouns[0], own[0], index) if not wider else None
            if listed is not None:
                return self._person(listed, index, entities, mention)  # `Rafael Correa (Ecuador) … der ecuadorianische Präsident`
            if personal and mention[0].lower_ in {"der", "die"}:
                named_next = self._named_next(mention, index)
                if named_next is not None:  # `„…“, sagte die Kanzlerin. Angela Merkel war …`
                    return self._person(named_next, index, entities, mention)
                apposed = any(n.start > 0 and mention.doc[n.start - 1].text == "," for n in index.within(mention.end, min(len(mention.doc), mention.end + 8)))
                former = any(t.lower_ in _FORMER for t in mention) and self._new_noun(mention, role, index) and not apposed  # not `…, Mohammad Chātamī,`
                named = self._named_subject_before(mention, index, entities) if former else None
                if named is not None:  # `Finanzminister Fernando Haddad äußerte Verständnis. …, fügte der frühere Bürgermeister hinzu`
                    return named
        if len(words) == 2 and head in {"der", "dem", "des"} and lemma(words[1].text).lower() == "veranstalter":
            agency = self._organiser(mention, index)
            if agency is not None:  # `Das Festival wird von der Agentur Nordlicht Events veranstaltet. Der Veranstalter`
                return self._organisation(entities, agency, mention)
        core = [t for t in self._unlocated(words) if t.lower_ not in DETERMINERS]  # `des amerikanischen Fernsehsenders`
        if (
            role is not None
            and words[0].lower_ in DETERMINERS
            and core[-1] == role
            and all(t.text[:1].islower() and (t.lower_.rstrip("nrs").endswith("ische") or _told_of_body(t)) or t.like_num or self._place_adjective(t) for t in core[:-1])  # not `das neue Unternehmen`; `Das Wolfsburger Unternehmen`
            and (lemma(role.text).lower().endswith(ORGANISATION_NOUNS + MEDIA_HEADS) or role.lower_ in {"kommission", "haus", "hauses"} or self._company_by_form(mention, role, index))  # not `die EU-Kommission`
            and not several  # `die Organisationen`: several, which no one name stands for
            and self._phrase_gender(mention) != "p"
        ):
            doc = mention.doc
            titled = mention.end < len(doc) and doc[mention.end].text in OPENING_MARKS and lemma(role.text).lower().endswith(MEDIA_HEADS)
            after = quoted_name(doc[mention.end : min(len(doc), mention.end + 8)]) if titled else None
            if after is not None:  # `mit der Zeitung „Neues Deutschland“`
                return self._organisation(entities, after, mention)
            found = self._organisation_before(mention, role, index, entities)  # `Amnesty International … Die Organisation (in Bonn)`
            kind = lemma(role.text).lower()
            if found is None and kind in _TAKES_UP_LAST_BODY:
                found = self._kind_spoken_before(mention, index, entities, _TAKES_UP_LAST_BODY[kind])
            return found
        members = self._body_of_members(mention, role, index, entities) if several and 2 <= len(words) <= 3 else None
        if members is not None:
            return members  # `Die Sozialdemokraten`, after `Die SPD`; `die Münchner Forscher`, after the Ifo-Institut
        # `der Berliner`, `die gebürtige Neuenburgerin`, not `die Berliner Polizei`
        resident = len(words) >= 2 and role in (None, words[-1]) and all(t.text.islower() for t in words[1:-1]) and self._resident(words[-1].text)
        plural = _plural_verb_after(mention) or mention.start > 0 and plural_verb(mention.doc[mention.start - 1])
        party = role is not None and _of_party(mention, role)  # `Der Politiker der Regierungspartei UDA`: a member, no one else's
        owned = role is not None and not party and any(  # `Der Anwalt der Familie`: someone else's; not `Der Christdemokrat aus der Altmark`
            t.lower_ in {"der", "des"} and t.nbor(-1).lower_ not in {"aus", "von", "in"} for t in mention[role.i - mention.start + 1 :]
        )
        # `Der behandelnde Arzt Lahms`: someone else's by that one's name in the genitive
        owned = owned or role is not None and role.i + 1 < mention.end and self._owner(mention.doc[role.i + 1 : role.i + 2], index, mention)
        loosely = not plural and (  # not `Die Wissenschaftler erklärten`
            role is not None and (described_loosely(role.text) or party and role.lower_ in PARTY_OFFICES) and not owned
            or role is None and len(words) == 2 and demonym(words[1].text)  # also `Die Schwäbin`, which the lexicon lacks
            or role is not None and _parent(mention, role)
            or role is not None and person_noun(role.text) and not institution_noun(role.text) and _from_place(mention, role)
        )
        if head in {"der", "die"} and (any(AGE_NOUN.match(t.text) for t in mention) or _years_old(mention) or loosely or resident):
            national = self._of_nation_before(mention, role, index) if role is not None and demonym(role.text) else None
            if national is not None:  # `seinen polnischen Amtskollegen Radosław Sikorski … Der Pole`
                return self._person(national, index, entities, mention)
            gender = self._phrase_gender(mention)
            aged = self._of_age(mention, gender, index) if gender in {"m", "f"} else None
            if aged is not None:  # `Der 61-jährige Josef Kainz … der 61-Jährige`
                return self._person(aged, index, entities, mention)
            named = self._named_subject_before(mention, index, entities)  # `der 23-jährige Sportler`, `der Franzose`
            if named is None and loosely and role is not None and _first_in_clause(mention, index) and self._new_noun(mention, role, index):
                named = self._introduced_just_before(mention, index, entities)  # `Das Gericht bestellte den Anwalt Tobias Wendt … Der Sanierungsexperte sagte`
            if named is None and AGE_NOUN.match(core[-1].text) and gender in {"m", "f"} and not self._introduced_since_name(mention, index):
                # `wählten die Delegierten … Lena Hartwig … Die 44-Jährige`: the person just named, subject or not, if of its gender
                nearest = self._nearest_person(mention, gender, index, entities, None)
                return nearest if nearest is not None and nearest.gender == gender and not self._unnamed_before(mention, index) else None
            return named
        if head in {"der", "die"} and role is not None and (person_noun(role.text) or female_role(role.text, self.lexicon)) and not institution_noun(role.text) and not several:
            # `…, sagte die Bibliothekarin`: right after its cue, which follows what was said, and
            # not a noun the article has used before for someone it did not name (`Der Papst`)
            last = core[-1] == role if core else False  # also before where the person is from: `der Abgeordnete aus Halle`
            after_words = (
                last
                and any(cue.end == mention.start and cue.start > 0 and cue.doc[cue.start - 1].text == "," for cue in mention.doc.spans.get(CUE, []))
                and self._new_noun(mention, role, index)
            )
            going_on = self._speaker_going_on(mention, index, entities, after_words)  # `Weiter sagte der Journalist`
            if going_on is None and last and _first_in_clause(mention, index) and self._new_noun(mention, role, index):
                # `…, sagte Signe Holm. Die Jurypräsidentin hob hervor`; or, opening its sentence, the one the sentence before
                # introduces with what they are: `Oberbürgermeisterin Petra Broistedt nannte … Die Rathauschefin kündigte an`
                before = self._speaker_just_before(mention, index, entities)
                if before is not None or mention.start != mention.sent.start or self._unnamed_before(mention, index):
                    return before  # not `Darin wird der Ex-Minister aufgefordert` after someone else's name
                return self._introduced_just_before(mention, index, entities, with_role=True)
            return going_on
        return None

    def _company_by_form(self, mention: Span, role: Token, index: NameIndex) -> bool:
        """`Die Gesellschaft` after a company named with its legal form (`DFB Schiri GmbH`); not
        society, nor a society named by what it is for (`Gesellschaft für bedrohte Völker`)."""
        if role.lower_ != "gesellschaft" or role.i + 1 < mention.end:
            return False
        return any(run[-1].lower_ in {"gmbh", "ag"} for run in index.names[: bisect_left(index.starts, mention.start)])

    def _unknown_trade(self, mention: Span, index: NameIndex) -> bool:
        """`Der Kufsteiner Frächter`, `Der gebürtige Thuner`: after an article and an adjective, a
        word read as a name that no list knows, that ends as a person's noun does and that the
        article never writes with a first name: someone's trade or town, not a surname."""
        words = [t for t in mention if not t.is_punct]
        if len(words) != 3 or words[0].lower_ not in {"der", "die"}:
            return False
        adjective, last = words[1], words[2]
        described = adjective.text[:1].islower() and adjective.lower_.endswith("e") or adjective.text[:1].isupper() and adjective.lower_.endswith("er")
        return (
            described
            and any(run.start == last.i for run in index.within(last.i, last.i + 1))  # read as a name
            and last.is_alpha
            and last.text[:1].isupper()
            and last.lower_.removesuffix("in").endswith(("er", "ist"))
            and last.text not in self.lexicon.surnames
            and last.text not in self.lexicon.given_names
            and " " not in index.by_surname.get(name_key(last.text), "")
        )

    def _organiser(self, mention: Span, index: NameIndex) -> str | None:
        """The agency an article names near `der Veranstalter`, the nearest before it, else the
        first within 400 tokens after (`wie der Veranstalter mitteilte. Die Berliner Agentur Hochton Events`)."""
        doc = mention.doc
        found = sorted(k for word, at in index.positions.items() if word.lower().endswith("agentur") for k in at)
        before = [k for k in found if k < mention.start][::-1]
        after = [k for k in found if mention.end <= k < mention.end + _ORGANISER_AFTER]
        return next((name for k in before + after if (name := self._called_at(doc, k, len(doc))) is not None), None)

    def _body_spoken_before(
        self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder], reach: int = 3, acting: bool = False
    ) -> EntityBuilder | None:
        """A text named alone whose issuer neither it nor its sentence names (`heißt es in dem
        Bericht`) is the organisation that spoke last, within `reach` sentences; none where a
        person did. `acting`: the organisation that spoke or was the subject last, past people
        who spoke since (`Das teilte das Nationale Institut für Katastrophenmanagement mit … sagte
        sie. Die Behörde`)."""
        here = bisect_left(index.sentence_starts, mention.sent.start)
        for before in reversed(index.sentences[max(0, here - reach) : here]):
            speaker = index.sentence_speakers.get(before.start) or (self._subject_of(before, index) if acting else None)
            named = self.resolve(speaker, index, entities, None) if speaker is not None else None
            if named is not None and named.kind == "organisation":
                return named
            if speaker is not None and not acting:
                return None
        return None

    def _kind_spoken_before(self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder], kind: str) -> EntityBuilder | None:
        """The body that `die Behörde`, `das Unternehmen`, `die Organisation` take up where no kind
        before names one: the one that spoke or acted last within six sentences, if its name fits
        the `kind`: an authority's (`Die Behörde`); no authority's, nor an association's, party's or
        union's for a company (`Die Bayerischen Staatsforsten … das Unternehmen`); no authority's
        for any other body (`Pro Asyl hat … kritisiert … Die Organisation`)."""
        named = self._body_spoken_before(mention, index, entities, reach=_LAST_BODY_SENTENCES, acting=True)
        if named is None:
            return None
        authority = is_authority(named.canonical, "")
        associated = any(word in named.canonical.lower() for word in _NO_COMPANIES)  # `Kreisfeuerwehrverband Steinburg`
        fits = authority if kind == "authority" else not authority and (kind != "company" or not associated)
        return named if fits else None

    def _beside(self, name: Span, institution: bool, index: NameIndex, entities: dict[str, EntityBuilder], mention: Span) -> EntityBuilder:
        """The one the article named beside the role noun: a person, or for an institution's noun
        the institution of that place, as the text names it there (`Das Landratsamt Rottal-Inn …
        des Landratsamts`, `Der Kommunale Arbeitgeberverband NRW … Der Verband`)."""
        doc = name.doc
        first = name.start - 1 - (name.start >= 2 and self._name_adjective(doc[name.start - 2].text))
        seated = self._office_of_place(list(doc[first : name.end]), index) if institution and name.start > 0 else None
        return self._organisation(entities, seated, mention) if seated is not None else self._person(name, index, entities, mention)

    def _new_noun(self, mention: Span, role: Token, index: NameIndex) -> bool:
        """Whether the article has not used the role noun before, for someone it did not name
        (`Der Papst … sagte der Papst`)."""
        base = lemma(role.text)
        doc = mention.doc
        # a bare plural before is a group, not someone (`Das bestätigten Diplomaten … sagte der algerische Diplomat`)
        return not any(
            k < mention.start and (word == role.text or k > 0 and doc[k - 1].lower_ in DETERMINERS)
            for word, found in index.positions.items()
            if lemma(word) == base
            for k in found
        )

    def _of_kind(self, run: Span, kind: str) -> bool:
        """Whether a name run is a company's (`Kessler Chemie AG`, `der Chiphersteller Norvik
        Semiconductor`) or a club's (`SV Blau-Weiß Hameln`, `der Drittligist X`), by its words or
        the kind written before it."""
        doc = run.doc
        before = doc[run.start - 1].lower_ if run.start > 0 else ""
        if kind == "club":
            return bool({t.lower_ for t in run} & CLUB_WORDS) or before.endswith(("verein", "klub", "club", "ligist"))
        return self._run_kind(run) == "organisation" and _organisation_words(run.text) or before.endswith(COMPANY_NOUNS)

    def _one_body_named(self, mention: Span, stems: tuple[str, ...], index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """The one body the article names whose name holds one of `stems`: `die Wettbewerbshüter`
        for the `Bundeskartellamt`, `die Verbraucherschützer` for the `Verbraucherzentrale Bremen`;
        none where it names none or several."""
        doc = mention.doc
        names = {name for name in index.abbreviations.values() if any(stem in name.lower() for stem in stems)}
        if not names:
            for word, found in index.positions.items():
                if word[:1].isupper() and any(stem in word.lower() for stem in stems) and institution_noun(word.removesuffix("s")):  # not `Kartellamtspräsident`
                    names |= {self._office_at(doc, k, len(doc), index) or self._official_name(doc, k) for k in found}
        names = {name for name in names if not any(other.startswith(f"{name} ") for other in names)}  # `Verbraucherzentrale` is `Verbraucherzentrale Hamburg`
        return self._organisation(entities, names.pop(), mention) if len(names) == 1 else None

    def _named_with(self, organisation: str, mention: Span, index: NameIndex) -> Span | None:
        """The one person of the description's gender named within a few words of an
        organisation's name or abbreviation before it (`des Ifo-Instituts`): whom the text ties to it."""
        doc = mention.doc
        gender = self._phrase_gender(mention)
        return the_one(
            run
            for run in index.names[: bisect_left(index.starts, mention.start)]
            if len(run) > 1
            and self._run_kind(run) == "person"
            and (gender not in {"m", "f"} or self._gender(run) in {gender, ""})  # `Dem Bundesbank-Chef`: `dem` tells no gender
            and any(doc[k].text == organisation or doc[k].text.startswith(f"{organisation}-") for k in range(max(0, run.start - 8), min(mention.start, run.end + 10)))
        )

    def _prosecutor(self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """The prosecutor's office the article names, for the charge it brings: `Die Staatsanwaltschaft
        Kiel wirft ihr Betrug vor. Laut Anklage …`; none where it names several or none."""
        doc = mention.doc
        offices = {self._office_at(doc, k, len(doc), index) for k in index.positions.get("Staatsanwaltschaft", [])} - {None}
        return self._organisation(entities, offices.pop(), mention) if len(offices) == 1 else None

    def _accused(self, mention: Span, index: NameIndex) -> Span | None:
        """The one person of the description's gender a court report names before it without a
        role beside the name (the judge, prosecutor and lawyers have theirs): the accused."""
        gender = self._phrase_gender(mention)
        officials = {surname_key(n, index.capitalised) for key, n in index.beside.items() if key.split()[-1].endswith(_IN_COURT)}
        people = {
            key: n
            for n in index.names[: bisect_left(index.starts, mention.start)]
            if (key := surname_key(n, index.capitalised)) not in officials
            and not index.in_quotation(n.start)
            and self._run_kind(n) == "person"
            and agrees(self._gender(n), "person", gender)
        }
        return next(iter(people.values())) if len(people) == 1 else None

    def _told_before(
        self, mention: Span, index: NameIndex, entities: dict[str, EntityBuilder], last: EntityBuilder | None
    ) -> EntityBuilder | None:
        """`Wie die NATO mitteilte, … Demnach wurden …`: whoever told just before, a source earlier
        in the sentence (`Laut Presseberichten …; demnach …`), the speaker of the sentence before or
        its subject where it issued something (`Das Bundeskartellamt hat den Bericht vorgelegt.
        Demnach …`); no one after a sentence that tells nothing (`X erreichte 2 Prozent. Demnach …`)."""
        here = bisect_right(index.sentence_starts, mention.start) - 1
        own = index.sentence_speakers.get(index.sentence_starts[here])
        source = own if own is not None and own.end <= mention.start else None
        if source is None and here >= 1:
            before = index.sentences[here - 1]
            source = index.sentence_speakers.get(before.start) or _issuer_of(before)
        return self.resolve(source, index, entities, last) if source is not None else None

    def _of_nation_before(self, mention: Span, role: Token, index: NameIndex) -> Span | None:
        """The one person named in the sentences just before with the adjective of the nation
        a noun like `Pole` or `Französin` is of: `seinen polnischen Amtskollegen Radosław Sikorski`."""
        nation = role.text.lower().removesuffix("in").removesuffix("e").removesuffix("er")[:4]  # `polnisch` for `Pole`
        if len(nation) < 3:
            return None
        here = bisect_left(index.sentence_starts, mention.sent.start)
        since = index.sentence_starts[max(0, here - 2)]
        doc = mention.doc
        return the_one(
            run
            for run in index.names[bisect_left(index.starts, since) : bisect_left(index.starts, mention.start)]
            if len(run) > 1
            and self._run_kind(run) == "person"
            and any(doc[k].text.islower() and doc[k].lower_.startswith(nation) for k in range(max(since, run.start - 3), run.start))
        )

    def _listed_by_country(self, mention: Span, office: str, own: str, index: NameIndex) -> Span | None:
        """The one person named before with a bracketed country that the office's adjective is
        of, for a head of state or government: `Michelle Bachelet (Chile), Rafael Correa (Ecuador)
        … der ecuadorianische Präsident`."""
        if " " not in own or office not in _LISTED_OFFICES:
            return None
        attribute = own.split()[0]
        doc = mention.doc
        return the_one(
            run
            for run in index.names[: bisect_left(index.starts, mention.start)]
            if run.end + 2 < len(doc) and doc[run.end].text == "(" and doc[run.end + 2].text == ")"
            and _same_country(doc[run.end + 1].text, attribute) and len(run) > 1
        )

    def _only_woman_before(self, mention: Span, role: Token, index: NameIndex, entities: dict[str, EntityBuilder]) -> EntityBuilder | None:
        """A woman's office (`die Kanzlerin`, `die Ministerin`) where the article has named one
        woman before it and no other: her. A man’s office is not read so: men are named too often
        as bystanders."""
        if mention[0].lower_ != "die" or role.i != mention.end - 1 or not office_noun(role.text).endswith("in") or not person_noun(role.text):
            return None  # not `die Sprecherin der Polizei`, who is someone else
        women = {}
        before = index.names[: bisect_left(index.starts, mention.start)]
        surnames = {run[-1].text for run in before}
        for run in before:
            kind = self._run_kind(run)  # also a first name no list knows: `Die Menschenrechtsbeauftragte Ketewan Tschatschawa`
            genitive = kind == "unknown" and run[-1].text[:-1] in surnames and run[-1].text.endswith("s")  # `der Anwältin Rahmani Purs`
            if kind in {"person", "unknown"} and not genitive and self._gender(run) == "f" and not index.in_quotation(run.start):
                women[run[-1].text] = run
        if len(women) != 1:
            return None
        return self._person(next(iter(women.values())), index, entities, mention)

    def _person(self, run: Span, index: NameIndex, entities: dict[str, EntityBuilder], mention: Span) -> EntityBuilder:
        if run.text in index.abbreviations:  # `Die PAD` after `„People's Alliance for Democracy“ (PAD)`
            return self._entity(entities, index.abbreviations[run.text], run.text.lower(), mention, "organisation")
        key = surname_key(run, index.capitalised)
        if len(run) == 1 and key in index.given_alone:
            key = index.given_alone[key]
        canonical = index.by_surname.get(key, run.text)
        if len(run) > 1 and self._kind(canonical, mention) == "organisation":
            canonical = self._nominative(canonical)  # `Angaben des Robert Koch-Instituts`: `Robert Koch-Institut`
        own = self._context_gender(run) if len(run) == 1 and " " in canonical else ""
        if own and self._name_gender(canonical, index) not in ("", own):
            canonical, key = run.text, f"{key}:{own}"  # `Verteidigungsminister Guttenberg` is not `Stephanie zu Guttenberg`
        elif key in index.namesakes:  # `Maria Riesch` and `Susanne Riesch` are two people
            full = run if len(run) >= 2 and self._first_name(run[0].text) else self._full_name_before(run.start, key, index)
            if full is not None:
                canonical = full.text[:-1] if name_key(full[-1].text) == key + "s" else full.text
                key = canonical.lower()
        entity = self._entity(entities, canonical, key, mention)
        entity.gender = entity.gender or self._gender(run) or (self._told_gender(canonical, index) if " " in canonical else "")
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
        if _organisation_words(canonical) or is_abbreviation(canonical):
            return "organisation"
        names = canonical.split()
        if "-" in names[-1] and institution_noun(genitive_base(names[-1]) or names[-1]):
            return "organisation"  # `Robert Koch-Instituts`: named after someone, not someone
        if len(names) >= 2 and self._first_name(names[0]):
            return "person"  # `Patrick Kamanda von der Umweltbehörde Ugandas`: where he works is no part of him
        named_at = next((t.i for t in mention[1:] if t.text == names[0]), None)
        if len(names) >= 2 and named_at is not None and self._office_before(mention.doc, named_at):
            return "person"  # `die Abgeordnete Dinara Ysakowa von der Partei …`, a first name no list knows
        return "organisation" if _organisation_words(mention.text) else "person"


def _organisation_words(text: str) -> bool:
    """Whether a name or mention holds a word only organisations have: `Partei`, `AG`, `Airlines`."""
    words = {w.lower().strip(".") for w in text.replace("-", " ").split()}
    return bool(words & ORG_MARKERS or words & COMPANY_WORDS or words & CLUB_WORDS) or text in ORGANISATION_NAMES or any(map(one_of_a_kind, words))


def _unnamed_by_wish(mention: Span) -> bool:
    """Whether the relative clause right after a description says the person is not to be
    named: `ein Mitarbeiter, der namentlich nicht genannt werden wollte`, `die Rentnerin, die
    ihren Namen nicht in der Zeitung lesen wollte`, `der anonym bleiben möchte`."""
    doc = mention.doc
    if mention.end + 1 >= len(doc) or doc[mention.end].text != "," or doc[mention.end + 1].lower_ not in RELATIVE:
        return False
    clause = doc[mention.end + 2 : min(mention.sent.end, mention.end + 14)]
    words = {t.lower_ for t in clause[: next((k for k, t in enumerate(clause) if t.text in {",", "."}), len(clause))]}
    return "anonym" in words or bool(words & {"namentlich", "namen"}) and bool(words & {"nicht", "keinen"})


def _first_in_clause(mention: Span, index: NameIndex) -> bool:
    """Whether a description is the first phrase of its sentence, or right after its verb or
    `so`, with no name or quotation before it (`Zugleich warnte der Funktionär`, `so der
    Manager`), and no apposition after it names it (`der Eigentümer, das Medienhaus`)."""
    doc, start = mention.doc, mention.sent.start
    before = doc[mention.start - 1] if mention.start > start else None
    if not (before is None or before.lower_ == "so" or before.is_lower and inflected_verb(before.text)):
        return False
    if index.within(start, mention.start) or any(t.text in OPENING_MARKS for t in doc[start : mention.start]):
        return False
    return not (mention.end + 1 < len(doc) and doc[mention.end].text == "," and doc[mention.end + 1].lower_ in DETERMINERS and _apposed_noun(doc, mention.end + 2))


def _apposed_noun(doc: Doc, k: int) -> bool:
    """Whether the words from token k, after a comma and an article, are a noun phrase in
    apposition (`der Eigentümer, das … verlegende Medienhaus`), not a relative clause, which
    ends in its verb (`Der Informatiker, der zuvor bei einem Autobauer gearbeitet hatte`)."""
    end = next((j for j in range(k, min(len(doc), k + 40)) if doc[j].text in {",", ".", ";", ":", "?", "!"}), None)
    if end is None or end == k:
        return True
    last = doc[end - 1]
    return not (last.is_lower and finite_form(last))


def _issuer_part(word: str) -> str:
    """`polizei` of `polizeiangaben`: the first part of a compound of a text someone issued;
    empty for any other word."""
    suffix = next((end for end in ISSUED if word.endswith(end) and len(word) > len(end)), "")
    return word[: -len(suffix)] if suffix else ""


def _issuing_kind(word: str) -> str | None:
    """`polizeiangaben` -> `polizei`, `unternehmensangaben` -> `company`, `vereinsangaben` ->
    `club`: the kind of body a compound of a text says issued it; None for any other word."""
    issuer = _issuer_part(word)
    return _ISSUING_KINDS.get(issuer.removesuffix("s"), _ISSUING_KINDS.get(issuer)) if issuer else None


def _issuing_body(word: str) -> str | None:
    """`gewerkschaftsangaben` -> `gewerkschaft`, `senderangaben` -> `sender`: the kind of
    institution a compound of a text says issued it; None for any other word."""
    issuer = _issuer_part(word)
    if not issuer:
        return None
    kind = issuer.removesuffix("s") if issuer.endswith("s") and not institution_noun(issuer) else issuer  # `Gewerkschafts-`
    if kind == "sender":
        return kind
    if kind == "medien" or kind.endswith(MEDIA_HEADS) or plural_form(kind.capitalize()):
        return None  # `Behördenangaben`, `Zeitungsberichten`, `Agenturmeldungen`: any of several
    return kind if institution_noun(kind) else None


def _head_of_authority(key: str, index: NameIndex) -> bool:
    """`kartellamtspräsident`, `bafin-präsident`: an office whose first part is an authority (an
    institution's noun or an abbreviation the article spells out), not a country (`us-präsident`)."""
    office = key.split()[-1]
    body = next((office.removesuffix(end) for end in ("präsident", "chef", "leiter") if office.endswith(end)), "").rstrip("-")
    return bool(body) and body != "bundes" and (institution_noun(body.removesuffix("s")) or body in {short.lower() for short in index.abbreviations})


def _led_kind(words: list[Token]) -> str | None:
    """`die Vereinsführung` -> `verein`, `Die Konzernspitze` -> `konzern`: the kind of body whose
    leadership a mention names; None for any other mention."""
    head = words[1].lower_ if len(words) == 2 and words[0].lower_ in DETERMINERS else ""
    lead = next((end for end in ("führung", "leitung", "spitze") if head.endswith(end)), None)
    body = head.removesuffix(lead) if lead else ""
    return body.removesuffix("s") if body in _LEADERSHIPS else None


def _issuer(mention: Span) -> Span | None:
    """The genitive after a text that someone issued: `einer Mitteilung der Polizei Bremen`,
    `Die ersten Worte Armstrongs`; or after whoever runs a site or paper: `der Betreiber von
    Abgeordnetenwatch`."""
    doc = mention.doc
    end = next((k for k in range(mention.start + 1, mention.end - 1) if doc[k].text == "," and relative_clause(doc, k + 1, mention.end)), mention.end)
    for t in mention[:4]:
        if t.text[:1].isupper() and t.lower_ not in DETERMINERS and t.i + 1 < end:
            if not (t.lower_.endswith(_SPEAKING_FOR) or t.lower_ == "richter" and mention[0].lower_ == "die"):
                return None  # but `Die Richter des Bundesverwaltungsgerichts`: the court speaks through its judges
            after = doc[t.i + 1]
            if after.lower_ in {"der", "des"} and t.i + 2 < end:
                return doc[t.i + 1 : end]  # not its relative clause: `einer Meldung der dpa, die von der Basler Zeitung verbreitet wurde`
            if after.lower_ in {"von", "vom"} and t.i + 2 < end and doc[end - 1].lower_ not in TIMES:
                return doc[t.i + 2 : end]  # `einem Bericht von ndr.de`, not `Informationen vom späten Abend`
            if t.i + 2 == mention.end and after.text[:1].isupper() and after.text.endswith("s") and after.is_alpha:
                return doc[t.i + 1 : mention.end]  # a name in the genitive
            return _made_by(doc, end, mention.end) if end < mention.end else None
    return None


def _made_by(doc: Doc, comma: int, end: int) -> Span | None:
    """`einer Studie, die von der Friedrich-Ebert-Stiftung in Auftrag gegeben worden war`: the
    `von` phrase of the passive relative clause on a text is who issued it."""
    by = next((k for k in range(comma + 2, min(end, comma + 4)) if doc[k].lower_ in {"von", "vom"}), None)
    phrase = np_after(doc, by + 1, end) if by is not None and by + 1 < end else None
    if phrase is None or phrase[0] != by + 1 or not any(doc[k].lower_ in WERDEN for k in range(phrase[1], end)):
        return None
    return doc[phrase[0] : phrase[1]]


def _own_source(mention: Span) -> Span | None:
    """`nach eigenen Angaben`: the owner is the subject of the clause it stands in (`Nach eigenen
    Angaben will das Unternehmen …`, `Tesla hat nach eigenen Angaben …`), in a relative clause
    what the relative pronoun stands for."""
    words = [t for t in mention if not t.is_punct]
    if len(words) != 2 or not words[0].lower_.startswith("eigene") or not words[1].lower_.endswith(ISSUED):
        return None
    sent, doc = mention.sent, mention.doc
    comma = next((k for k in range(mention.start - 1, sent.start, -1) if doc[k].text == ","), None)
    if comma is not None and comma + 1 < mention.start and doc[comma + 1].lower_ in RELATIVE | {"das"}:
        return doc[comma + 1 : comma + 2]  # `die Förderbank NBank, die nach eigenen Angaben … prüft`: what the relative pronoun stands for
    if comma is not None and comma == mention.start - 2 and doc[comma + 1].lower_ in {"nach", "laut"}:
        opening = np_after(doc, sent.start, comma)
        if opening == (sent.start, comma):  # `Die Donau-Alpen Versicherung, nach eigenen Angaben der drittgrößte …,`: whom the aside is about
            return doc[sent.start : comma]
    subject = clause_subject(doc, sent.start, sent.end, set(range(mention.start, mention.end)), said=True)
    return doc[subject[0] : subject[1]] if subject is not None else None


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
    return 2 <= len(words) <= 3 and words[0].lower_ in DETERMINERS and words[-1].lower_.endswith(ISSUED) and "-" not in words[-1].text


def _parent(mention: Span, role: Token) -> bool:
    """`Der Vater zweier Kinder`, `die Mutter von fünf Kindern`: someone described by their
    children, as loosely as by their age."""
    return role.lower_ in {"vater", "mutter"} and any(t.lower_.startswith(("kind", "tochter", "töchter", "sohn", "söhne")) for t in mention[role.i - mention.start + 1 :])


def _cited_in(mention: Span) -> bool:
    """`in dem Bericht`, `Der Mitteilung zufolge`: a definite text cited as a source, not a
    subject (`Der Bericht endet mit …`)."""
    doc = mention.doc
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    after = doc[mention.end].lower_ if mention.end < len(doc) else ""
    return mention[0].lower_ in {"der", "dem"} and (before in {"in", "laut", "nach"} or after == "zufolge")


def _giver(mention: Span) -> Span | None:
    """Who issues a text in the sentence that names it: the subject of its main clause."""
    found = _issuer_of(mention.doc[mention.start].sent)
    if found is None or found.start <= mention.start < found.end or _issued_text(found):
        return None
    return found


def _issuer_of(sent: Span) -> Span | None:
    """The subject of a sentence that issues a text: `Das Bundeskartellamt hat den Bericht
    vorgelegt`, `Die Staatsanwaltschaft gab eine Stellungnahme ab`; not `X wies die Darstellung
    zurück` (whoever rejects a text did not issue it)."""
    doc = sent.doc
    verb = v2_verb(doc, sent.start, sent.end)
    if verb is None or not any(t.is_alpha and t.text[:1].islower() and lemma(t.text) in _ISSUING for t in doc[verb : sent.end]):
        return None
    found = subject_of(doc, sent.start, verb, sent.end)
    return doc[found[0] : found[1]] if found is not None else None


def _issued_before(mention: Span) -> Span | None:
    """`Laut einem Bericht der Organisation X … Dem Bericht zufolge`: a text named alone that
    the sentences before gave with its issuer; that issuer."""
    words = [t for t in mention if not t.is_punct]
    if len(words) != 2 or words[0].lower_ not in DEFINITE_ARTICLES or not _issued_text(mention):
        return None
    doc = mention.doc
    noun = lemma(words[1].text)
    sent = doc[mention.start].sent
    start = sent.start
    for _ in range(3 if _cited_in(mention) else 2):  # a text cited as a source (`heißt es in dem Bericht`) a sentence further back
        if start > 0:
            start = doc[start - 1].sent.start

    def same_text(word: str) -> bool:  # also a report for a study: `eine Studie des Helmholtz-Zentrums … Dem Bericht zufolge`
        base = lemma(word)
        return base == noun or noun.lower() in _REPORTS and base.lower().endswith(_REPORTS)

    for t in reversed(doc[start : mention.start]):
        if t.text[:1].isupper() and same_text(t.text) and t.i + 2 < mention.start and doc[t.i + 1].lower_ in {"der", "des"}:
            phrase = np_after(doc, t.i + 1, t.sent.end)
            if phrase is None or phrase[0] != t.i + 1:
                return None
            end = next((k for k in range(*phrase) if doc[k].text == "("), phrase[1])  # not `(AI)`
            return doc[phrase[0] : end]
    return None


_REPORTS = ("bericht", "studie", "untersuchung", "analyse", "report", "gutachten", "auswertung", "erhebung")  # texts that report findings, one taken up as another
_OWNERS = ("kommunal", "städtisch", "staatlich", "privat", "öffentlich", "gemeinnützig", "kantonal", "kirchlich", "landeseigen", "bundeseigen")
_OWNED = frozenset(owner + ending for owner in _OWNERS for ending in ("e", "en", "er", "es", "em"))  # their inflected forms


def _told_of_body(adjective: Token) -> bool:
    """`das kommunale Krankenhaus`, `Der 1911 gegründete Verlag`: who owns a body or when it was
    founded, which describes the one named before (unlike `das neue Unternehmen`)."""
    low = adjective.lower_
    if low.rstrip("n").endswith(("gegründete", "ansässige", "traditionsreiche")):
        return True  # `Der 1911 gegründete Verlag`, `das traditionsreiche Unternehmen`: what the article told of it
    return low in _OWNED


def _years_old(mention: Span) -> bool:
    """`Die 58 Jahre alte Hebamme`: an age written out, which describes as `die 58-Jährige` does."""
    return any(t.like_num and t.i + 2 < mention.end and t.nbor(1).lower_ == "jahre" and t.nbor(2).lower_ in {"alte", "alter", "alten"} for t in mention)


def _from_place(mention: Span, role: Token) -> bool:
    """`Der Abgeordnete aus dem Emsland`: a role with where its holder comes from, which
    describes someone named before as loosely as a town's noun does."""
    after = mention[role.i - mention.start + 1 :]
    return len(after) >= 2 and after[0].lower_ == "aus" and after[-1].text[:1].isupper()


def _of_party(mention: Span, role: Token) -> bool:
    """Whether a party follows the role noun in the genitive: `Die Vorsitzende der Partei Fratelli
    d’Italia`, `der Politiker der Regierungspartei UDA`, `Der Politiker der konservativen Nea
    Dimokratia` (a political adjective before a name), `der Abgeordnete der SPD`."""
    doc, k = mention.doc, role.i + 1
    if k >= mention.end or doc[k].lower_ not in {"der", "des"}:
        return False
    k += 1
    political = False
    while k < mention.end and doc[k].is_lower:
        political = political or doc[k].lower_.rstrip("nm").removesuffix("e").endswith(_POLITICAL)
        k += 1
    if k >= mention.end:
        return False
    word = doc[k].text
    return word.lower().endswith("partei") or word.upper() in PARTIES or political and word[:1].isupper()


def _plural_verb_after(mention: Span) -> bool:
    """`Die Außenminister … erklärten`: a plural finite verb right after the mention, not an
    adjective before a noun (`die Kanzlerin einigen Teilnehmern zufolge`)."""
    doc = mention.doc
    k = mention.end
    return k < len(doc) and not (k + 1 < len(doc) and doc[k + 1].text[:1].isupper()) and plural_verb(doc[k])


def _said_near(word: str, name: Span) -> bool:
    """Whether `word` is part of a word in the eight words before a name: `bank` in `Der
    Vorstandschef der Deutschen Bank, Josef Ackermann`."""
    doc = name.doc
    return any(word in doc[k].lower_ for k in range(max(0, name.start - 8), name.start))


def _other_country(key: str, seat: str | None) -> bool:
    """Whether a role key names a country other than the seat's (`us-präsident` for `Kremlchef`)."""
    if seat is None:
        return False
    attribute = key.split()[0] if " " in key else key.split("-")[0] if "-" in key else ""
    return bool(attribute) and not attribute.startswith(seat)


def _other_attribute(key: str, own: list[str]) -> bool:
    """Whether a role key's attribute differs from all of a mention's (`französisch präsident`
    against `brasilian präsident`)."""
    if " " not in key or " " not in own[0]:
        return False
    attribute = key.split()[0]
    return not any(_same_country(k.split()[0], attribute) for k in own)


def _same_country(word: str, other: str) -> bool:
    """`venezolanisch`, `Venezuelas`, `Venezuela`: words of one country agree by their first letters."""
    return word[:4].lower() == other[:4].lower()
