"""Clause structure: the finite verb and subject of a main clause (`pipeline/phrases.py`)."""

from __future__ import annotations

import pytest

from zitat.pipeline.phrases import np_after, subject_of, v2_verb


@pytest.mark.parametrize(
    "text,subject",
    [
        # `werden` with an infinitive is the future: the subject is before it, not a `von` agent
        ("Ban wird seinen Vorgänger am 1. Januar 2007 ablösen.", "Ban"),
        ("Ban wird von der Versammlung gewählt.", "der Versammlung"),
        # a pronominal adverb after the first noun phrase, `all` before an article
        ("Die Verbitterung darüber kann sein Anwalt nicht verhehlen.", "sein Anwalt"),
        ("Für all diese Angelegenheiten hat sich Lierow unermüdlich eingesetzt.", "Lierow"),
        # a year first, a year after the first phrase, a phrase of a number only
        ("1997 wurde er zum Präsidenten berufen.", "er"),
        ("Im März 2002 trat er von diesem Posten zurück.", "er"),
        ("Ab 1980 war er bei New Jersey Transit tätig.", "er"),
        # a place in brackets inside an attribute
        ("Der in Bayonne (New Jersey) geborene Warrington begann seine Laufbahn 1975.", "Der in Bayonne (New Jersey) geborene Warrington"),
        # an attribute with `als`, a span of years, then the apposition with the name
        (
            "Auch der als gemäßigt geltende Präsident Irans zwischen 1997 und 2005, Mohammad Chatami, unterstützte den Protest.",
            "der als gemäßigt geltende Präsident Irans zwischen 1997 und 2005, Mohammad Chatami",
        ),
        # a focus particle before an adjective and its noun
        ("Auch weitere Staatsrepräsentanten gratulierten Obama.", "weitere Staatsrepräsentanten"),
        # phrases attached to the first: two, and one with `zusammen mit`
        ("Nach dem Flug mit Apollo 11 zusammen mit seinen Kollegen Aldrin und Collins lenkte er die Fähre zum Mond.", "er"),
        # a heading run into its paragraph is no first constituent
        ("Europapolitik: Die SPD will am Kurs der EU-Erweiterung festhalten.", "Die SPD"),
        # an indirect question first, after a preposition: the verb after its comma
        ("Um welche Firma es sich handelt, wollte Weber nicht sagen.", "Weber"),
        ("Mit wem er sich traf, ließ der Minister offen.", "der Minister"),
        # an adverb with its participle first, but an adverb before a verb and a pronoun
        ("Sichtlich bewegt nahm Kapanadze den Preis entgegen.", "Kapanadze"),
        ("Gestern sagte er, es reiche.", "er"),
        # a surname that reads as an infinitive is no fronted infinitive
        ("Petersen kritisierte die Bundesregierung scharf.", "Petersen"),
        # the subject after the verb and an adverb (`dagegen`, `jedoch`), the first phrase with an apposition
        ("Im Parlament, dem Dschogorku Kenesch, verteidigte dagegen die Abgeordnete Dinara Ysakowa die Festnahmen.", "die Abgeordnete Dinara Ysakowa"),
        ("Im Landtag verteidigte jedoch die Abgeordnete Eva Roth den Entwurf.", "die Abgeordnete Eva Roth"),
    ],
)
def test_subject_of_a_main_clause(nlp, text, subject):
    doc = nlp(text)
    verb = v2_verb(doc, 0, len(doc))
    found = subject_of(doc, 0, verb, len(doc)) if verb is not None else None
    assert found is not None and doc[found[0] : found[1]].text == subject


@pytest.mark.parametrize(
    "text,phrase",
    [
        # a plural takes no name after it: the noun after it begins the object
        ("die Organisationen Bürger dazu", "die Organisationen"),
        ("einige Demonstranten Stoffbänder mit", "einige Demonstranten"),  # also a compound the lexicon does not list
        # after an apposition's comma, an accusative thing is the object; an accusative person may be another apposition
        ("der Vorsitzende des Ausschusses, Sebastian Edathy (SPD), den Gesetzentwurf.", "der Vorsitzende des Ausschusses, Sebastian Edathy (SPD)"),
        ("Hans Meier, den Sprecher der Bahn.", "Hans Meier, den Sprecher der Bahn"),
        ("die Organisation Human Rights Watch", "die Organisation Human Rights Watch"),
        # a name in small letters in quotation marks after a genitive article
        ("Ein nicht genannter Vertreter der „con energy ag“ bezeichnet", "Ein nicht genannter Vertreter der „con energy ag“"),
        # an adjective made a noun, or a count, goes on with its noun
        ("ein Mitarbeiter des Roten Kreuzes", "ein Mitarbeiter des Roten Kreuzes"),
        ("ein Journalist der Deutschen Presse Agentur", "ein Journalist der Deutschen Presse Agentur"),
        ("die Bilanz nach fünf Jahren Gemeinschaftsschule", "die Bilanz"),
        # after a bracket, the press is whom one told; another genitive still belongs to the phrase
        ("ein Sprecher der Befreiungsarmee (SPLA) der Presse", "ein Sprecher der Befreiungsarmee (SPLA)"),
        ("das Organisationskomitee (OK) der Fußball-Weltmeisterschaft", "das Organisationskomitee (OK) der Fußball-Weltmeisterschaft"),
        # a club's year inside its name; where a march starts is no part of who marches
        ("der Sportchef von Bayer 04 Leverkusen", "der Sportchef von Bayer 04 Leverkusen"),
        ("die Demonstranten vom Frankfurter Hauptbahnhof bis zur Paulskirche", "die Demonstranten"),
        ("Angaben von Kritikern fehlen bis zum Beginn", "Angaben von Kritikern"),
        # two phrases joined by `und` are one subject, unless a singular verb stands before them
        ("Die syrische Regierung und die Rebellen einigten sich", "Die syrische Regierung und die Rebellen"),
        ("sagten der Trainer und die Mannschaft", "der Trainer und die Mannschaft"),
        ("sagte der Trainer und die Mannschaft jubelte", "der Trainer"),
        # a quantifier on its own speaks; before a genitive or adjective it is the phrase's article
        ("Einige sagten", "Einige"),
        ("einige der Tatverdächtigen erhielten", "einige der Tatverdächtigen"),
        ("einige kleinere Parteien haben", "einige kleinere Parteien"),
        # a word that grades the adjective after the article; not an article after it
        ("Die staatlich kontrollierten Medien hatten", "Die staatlich kontrollierten Medien"),
        ("das finanziell angeschlagene Venezuela plädierte", "das finanziell angeschlagene Venezuela"),
        # an apostrophe inside a name; `so genannt` inside a phrase
        ("sagte Konzernchef Michael O’Leary am Montag", "Konzernchef Michael O’Leary"),
        ("die Mitglieder der so genannten „Taskforce“ sagten", "die Mitglieder der so genannten „Taskforce“"),
        # names with `ohne`, written small, or quoted in small letters after a paper's noun
        ("sagte die Hilfsorganisation Ärzte ohne Grenzen am Montag", "die Hilfsorganisation Ärzte ohne Grenzen"),
        ("einem Bericht der Organisation amnesty international zufolge", "einem Bericht der Organisation amnesty international"),
        ("einem Test des Magazins „auto, motor und sport“ zufolge", "einem Test des Magazins „auto, motor und sport“"),
        # an age noun whose capital is left out
        ("sagte der 81-jährige in einem Interview", "der 81-jährige"),
        # `ver.di` is a name in small letters
        ("sagte die Tarifkommission der Gewerkschaft ver.di am Montag", "die Tarifkommission der Gewerkschaft ver.di"),
        # `nicht` before an adjective stays in the phrase
        ("Ein nicht genannter Vertreter der Firma bezeichnet", "Ein nicht genannter Vertreter der Firma"),
    ],
)
def test_noun_phrase_bounds(nlp, text, phrase):
    doc = nlp(text)
    found = np_after(doc, int(doc[0].lower_.startswith("sagte")), len(doc))
    assert found is not None and doc[found[0] : found[1]].text == phrase
