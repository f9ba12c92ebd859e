"""Cue words that introduce speech, thought or writing, with the medium they imply.

Verbs are listed by lemma (simplemma's), particle verbs with the particle glued on front,
as the lemmatiser gives them when they are not split ("mitteilen"); the rule that finds a
split particle ("teilte … mit") glues it back before looking up.
"""

from __future__ import annotations

from functools import lru_cache

import simplemma

SPEECH = "speech"
# News reports thinking as a stance someone voiced: the annotated data marks "hofft",
# "geht davon aus" as speech+thought, almost never as pure thought.
THOUGHT = "speech_thought"
WRITING = "writing"
# Said or written, the text does not tell: the annotated train data marks these verbs so in
# at least 70% of at least ten statements (`vorgeworfen` 11 of 15, `meldete` 7 of 10).
SPEECH_WRITING = "speech_writing"

_SPEECH_VERBS = """
sagen erklären betonen meinen sprechen antworten erwidern entgegnen ergänzen hinzufügen
fügen unterstreichen bekräftigen versichern behaupten berichten erzählen mitteilen teilen
ankündigen kündigen warnen fordern verlangen kritisieren loben rufen ausrufen fragen
zitieren bestätigen dementieren bestreiten einräumen räumen zugeben gestehen verkünden
verkündigen äußern bezeichnen nennen beschreiben klagen beklagen beschweren mahnen
anmerken merken hinweisen weisen verweisen argumentieren appellieren bitten drohen
versprechen zusagen werfen beteuern feststellen stellen resümieren kommentieren
schildern verraten wiederholen begründen rechtfertigen verteidigen präzisieren widersprechen
zurückweisen zustimmen sprechen reden formulieren urteilen bilanzieren folgern lauten
jubeln scherzen schimpfen spotten seufzen stöhnen flüstern schreien brüllen murmeln
insistieren ankündigen vermelden informieren empfehlen raten auffordern beharren
anfügen darlegen ausführen erinnern werten charakterisieren skandieren einstufen
titulieren ablehnen zurückweisen beschwören besagen beschuldigen vorschlagen schlagen
bekanntgeben geben angeben einwenden prophezeien vorhersagen zusichern einschätzen anbieten
vereinbaren beschließen planen zweifeln begrüßen verurteilen würdigen plädieren aussprechen
hervorheben herausstreichen herausstellen verlautenlassen anprangern aufrufen
nachsagen drängen ersuchen ermahnen erläutern verdeutlichen konstatieren monieren bemängeln verlauten
leugnen rügen tadeln beanstanden wissen
"""
# Not `meinen` and `wissen`: news writes `meinte X` and `will wissen, dass` for what someone
# said (speech in 11 of 12 train statements with `meinen`, never thought with either).
_THOUGHT_VERBS = """
glauben denken finden vermuten hoffen befürchten fürchten überzeugen zweifeln
bezweifeln annehmen schätzen erwarten ahnen überlegen ausgehen rechnen
"""
_SPEECH_WRITING_VERBS = "vorwerfen melden"
_WRITING_VERBS = """
schreiben veröffentlichen twittern posten notieren heißen berichten besagen
"""

# Lemma -> medium. Where a verb fits two media, the list order above decides.
CUE_VERBS: dict[str, str] = {}
for _medium, _words in ((SPEECH_WRITING, _SPEECH_WRITING_VERBS), (WRITING, _WRITING_VERBS), (THOUGHT, _THOUGHT_VERBS), (SPEECH, _SPEECH_VERBS)):
    for _w in _words.split():
        CUE_VERBS.setdefault(_w, _medium)

# Verbs that only cue in their particle form: "räumte … ein", "wies … hin".
PARTICLE_ONLY = {
    "räumen", "weisen", "stellen", "teilen", "fügen", "werfen", "kündigen", "merken", "schlagen", "geben",
    "heben", "streichen", "lassen",
}
PARTICLES = {
    "ein", "hin", "mit", "fest", "an", "zu", "vor", "hinzu", "dar", "aus", "zurück", "fort", "bekannt", "heraus", "hervor",
    "verlauten", "statt", "teil", "auf",
}

# "…", so der Minister.
SO_CUES = {"so"}
# Verbs by which a text or figures are made public: `veröffentlichte neue Quartalszahlen`.
PUBLISHING = {"veröffentlichen", "vorstellen", "vorlegen", "präsentieren", "herausgeben", "publizieren"}


@lru_cache(maxsize=65536)
def lemma_cased(word: str) -> str:
    """The lemma with its case: function words and adjectives come back lower-cased,
    nouns and names keep their capital."""
    return simplemma.lemmatize(word, lang="de") if word else ""


def lemma(word: str) -> str:
    return lemma_cased(word).lower()


INFINITIVE_ENDINGS = ("en", "ern", "eln")  # how a German verb's lemma ends


def verb_form(word: str) -> bool:
    """A form of a verb, the infinitive and the plural that looks like it included (`fahren`)."""
    return lemma(word).endswith(INFINITIVE_ENDINGS)


def inflected_verb(word: str) -> bool:
    """A form of a verb other than its infinitive: `sagte`, `kündigten` (lemma in -en, -ern, -eln)."""
    base = lemma(word)
    return base != word.lower() and base.endswith(INFINITIVE_ENDINGS)


def cue_medium(word: str, particle: str | None = None) -> str | None:
    """The medium a verb form cues, or None. `particle` is a split-off verb particle."""
    base = lemma(word)
    if word.lower() in CUE_VERBS and base not in CUE_VERBS:
        base = word.lower()  # `meinen` is no form of `mein` here
    if particle:
        glued = particle.lower() + base
        if glued in CUE_VERBS:
            return CUE_VERBS[glued]
    if base in PARTICLE_ONLY:
        return None
    return CUE_VERBS.get(base)
