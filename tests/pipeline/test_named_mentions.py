"""Mentions that carry a name or an organisation's kind (`pipeline/named_mentions.py`)."""

from __future__ import annotations

import pytest

import zitat


def test_named_mentions_institutions_by_their_own_names(nlp, canonical_for):
    assert canonical_for(nlp, "Die NASA befürchtete, dass sich ein Stück lösen könnte.", "Die NASA") == "NASA"
    text = "Darüber hinaus wirft der „Arbeitskreis Vorratsdatenspeicherung“ der Polizei vor, Absprachen gebrochen zu haben."
    assert canonical_for(nlp, text, "der „Arbeitskreis Vorratsdatenspeicherung“") == "Arbeitskreis Vorratsdatenspeicherung"
    text = "Die Entscheidung falle bald, wie die Staatsanwaltschaft Darmstadt mitteilte."
    assert canonical_for(nlp, text, "die Staatsanwaltschaft Darmstadt") == "Staatsanwaltschaft Darmstadt"


@pytest.mark.parametrize(
    "mention,canonical",
    [
        ("der AK Vorratsdatenspeicherung", "AK Vorratsdatenspeicherung"),  # was `AK`, taken for a person
        ("der BUND Naturschutz", "BUND Naturschutz"),  # was `Naturschutz`: `Bund` is a noun too
        ("des TÜV Nord", "TÜV Nord"),
        ("die IADB", "IADB"),
    ],
)
def test_named_mentions_an_abbreviation_and_the_nouns_that_finish_its_name(nlp, mention, canonical, canonical_for):
    text = f"Die Klauseln seien gefährlich, heißt es in einer Mitteilung {mention} auf der Website."
    assert canonical_for(nlp, text, mention) == canonical


def test_named_mentions_owners_and_descriptions_are_no_names_but_newspapers_are(nlp, canonical_for):
    text = "Ali Samani soll CDs verteilt haben. Die Anwältin Samanis bestritt jedoch, dass er Mitglied gewesen sei."
    assert canonical_for(nlp, text, "Die Anwältin Samanis") is None
    text = "Laut der Berliner Zeitung werden Bürger per SMS angeschrieben. Die Süddeutsche Zeitung berichtet anders."
    assert canonical_for(nlp, text, "der Berliner Zeitung") == "Berliner Zeitung"
    assert canonical_for(nlp, text, "Die Süddeutsche Zeitung") == "Süddeutsche Zeitung"
    assert canonical_for(nlp, "Laut der Tonbandstimme sei das Ziel erreicht.", "der Tonbandstimme") is None


def test_named_mentions_foreign_surnames_and_genitive_names(nlp, canonical_for):
    text = "Am Dienstag hat sich der Untersuchungsrichter Stefano Palazzi geäußert. Er fordert den Zwangsabstieg."
    assert canonical_for(nlp, text, "Er") == "Stefano Palazzi"
    text = "Nach der Rede Hassemers gab es Kritik. Hassemer sagte dazu nichts."
    assert canonical_for(nlp, text, "Hassemers") == "Hassemer"  # the genitive is not the name


@pytest.mark.parametrize(
    "text,mention,canonical",
    [
        # a party's country is part of its name, its adjective put in the nominative
        ("Bei der Wahl hatte die Konservative Partei Kanadas 125 Sitze errungen.", "die Konservative Partei Kanadas", "Konservative Partei Kanadas"),
        ("Das sagte ein Sprecher der Kommunistischen Partei Chinas.", "der Kommunistischen Partei Chinas", "Kommunistische Partei Chinas"),
        ("Das sagte das Rote Kreuz Haitis.", "das Rote Kreuz Haitis", "Rotes Kreuz"),
        # `Oliver` is no adjective in -iv
        ("Das erklärte Buchmessedirektor Oliver Zille.", "Buchmessedirektor Oliver Zille", "Oliver Zille"),
        # a compound after a preposition that holds its article is a thing
        ("Im Tagesverlauf wird eine Anhebung der Pegel erwartet.", "Tagesverlauf", None),
    ],
)
def test_named_mentions_names_of_parties_and_people(nlp, text, mention, canonical, canonical_for):
    assert canonical_for(nlp, text, mention) == canonical


@pytest.mark.parametrize(
    "mention,canonical",
    [
        ("Macromedia", "Macromedia"),  # the lexicon reads it as a compound only: a name without an article
        ("Regierungssprecher", None),  # a role, its article dropped
        ("Bahnangaben", None),  # a plural by its last noun
        ("Geheimdienstkreisen", None),
    ],
)
def test_named_mentions_a_compound_alone_after_laut_is_a_name(nlp, mention, canonical, canonical_for):
    assert canonical_for(nlp, f"Die Auswahl des Players sei laut {mention} künftig überflüssig.", mention) == canonical


@pytest.mark.parametrize(
    "text,mention,canonical",
    [
        # a passive's agent acts in it: the pronoun after it is the agent, not the plural subject
        ("Joe Stork von HRW sagte, die Lage sei schlimm. Angeführt werden die Rebellen von Hussein al Huthi. Er ist 1997 zurückgetreten.", "Er", "Hussein al Huthi"),
        ("Merkel wurde von Obama empfangen. Sie sagte, es sei schön.", "Sie", "Merkel"),  # the subject, where it agrees
        ("Joe Stork von HRW sagte, die Lage sei schlimm.", "Joe Stork von HRW", "Joe Stork"),  # where he works is no part of his name
    ],
)
def test_named_mentions_passive_agents_and_names_with_particles(nlp, text, mention, canonical, canonical_of_last):
    assert canonical_of_last(nlp, text, mention) == canonical


@pytest.mark.parametrize(
    "mention,canonical",
    [
        ("der ai-Bericht", "amnesty international"),
        ("ai", "amnesty international"),  # the abbreviation alone, written small
        ("Die Menschenrechtsorganisation", "amnesty international"),
        ("der Menschenrechtsorganisation amnesty international (ai)", "amnesty international"),
    ],
)
def test_named_mentions_a_name_in_small_letters_spelled_by_its_abbreviation(nlp, mention, canonical, canonical_of_last):
    text = f"Laut einem Bericht der Menschenrechtsorganisation amnesty international (ai) nehmen die Morde zu. Das sagt {mention}."
    assert canonical_of_last(nlp, text, mention) == canonical


def test_named_mentions_a_report_taken_up_names_the_issuer_in_small_letters():
    text = "Laut einem Bericht der Menschenrechtsorganisation amnesty international (ai) nehmen die Morde zu. Dem Bericht zufolge wurden viele getötet."
    assert [q.speaker.canonical for q in zitat.extract(text).quotes] == ["amnesty international", "amnesty international"]


@pytest.mark.parametrize(
    "text,mention,canonical",
    [
        # -- organisations by kind and abbreviation
        # institutions a country has one of, by their common noun
        ("Die Bundesregierung zeigte sich bestürzt über den Vorfall.", "Die Bundesregierung", "Bundesregierung"),
        ("Der Verfassungsschutz hält die Liste für unbedenklich.", "Der Verfassungsschutz", "Verfassungsschutz"),
        # an institution named with its place, then by its noun alone
        (
            "Die Staatsanwaltschaft Nürnberg-Fürth hat Anklage erhoben. Der Mann sei laut der Staatsanwaltschaft autoritär.",
            "der Staatsanwaltschaft",
            "Staatsanwaltschaft Nürnberg-Fürth",
        ),
        ("Der Flughafen Bremen wächst. Nun nennt der Flughafen die Billigflieger als Grund.", "der Flughafen", "Flughafen Bremen"),
        # media by their kind and name, associations by head and members
        ("Das meint die Zeitung The Guardian.", "die Zeitung The Guardian", "The Guardian"),
        ("Der Unfall kostete gemäß der Netzzeitung 40 Menschen das Leben.", "der Netzzeitung", "Netzzeitung"),
        ("Für die Stadtwerke bedauerte der Verband kommunaler Unternehmen die Entscheidung.", "der Verband kommunaler Unternehmen", "Verband kommunaler Unternehmen"),
        # a role noun the article wrote as part of a longer office
        ("Bundeskanzlerin Angela Merkel bedauert den Rücktritt. In der Fraktion sagte die Kanzlerin, er sei ein Staatsmann.", "die Kanzlerin", "Angela Merkel"),
        # whose officer, where the government sits: nobody named
        ("Kritik kam vom Bundesverband (BPI). Der Hauptgeschäftsführer des BPI nannte sie fahrlässig.", "Der Hauptgeschäftsführer des BPI", None),
        ("Wie die Provinzregierung in Helmand mitteilte, wurden alle Opfer gefunden.", "die Provinzregierung in Helmand", None),
        ("Der Distrikt-Gouverneur teilte mit, dass Musik spielte.", "Der Distrikt-Gouverneur", None),
        # an institution's kind, then its name; a compound's tail for the whole; a medium's quoted name
        ("Die Betreiberfirma Vattenfall Europe teilte mit, dass das Werk läuft.", "Die Betreiberfirma Vattenfall Europe", "Vattenfall Europe"),
        ("Die Gewerkschaft ver.di geht davon aus, dass es Streiks gibt.", "Die Gewerkschaft ver.di", "ver.di"),
        ("Der UN-Sicherheitsrat beschloss Sanktionen. Der Sicherheitsrat rief zur Ruhe auf.", "Der Sicherheitsrat", "UN-Sicherheitsrat"),
        ("„Das wird groß“, schreibt die „Computerwoche“.", "die „Computerwoche“", "Computerwoche"),
        # a person's role and a country's genitive: someone unnamed
        ("Der Vertreter Libyens nannte die Sanktionen eine Unterstützung.", "Der Vertreter Libyens", None),
        # a name with an apostrophe, taken up by its kind
        ("Die amerikanische Ratingagentur Moody's hob das Rating an. Nun begründet die Ratingagentur das.", "die Ratingagentur", "Moody's"),
        # names of an adjective and a kind, in the nominative whatever their case; names joined by hyphens
        ("Laut dem Deutschen Wetterdienst regnet es morgen.", "dem Deutschen Wetterdienst", "Deutscher Wetterdienst"),
        ("Das Robert-Koch-Institut teilte mit, dass es keine Fälle gebe.", "Das Robert-Koch-Institut", "Robert-Koch-Institut"),
        ("Die deutsche Bundesregierung teilte mit, dass sie helfe.", "Die deutsche Bundesregierung", "Bundesregierung"),
        ("Die Weltgesundheitsorganisation teilte mit, dass es Fälle gebe.", "Die Weltgesundheitsorganisation", "Weltgesundheitsorganisation"),
        # adjectives before a kind and its name, a bracketed abbreviation after it, a place in it
        ("Der arabische Fernsehsender al-Dschasira berichtete, dass es brenne.", "Der arabische Fernsehsender al-Dschasira", "al-Dschasira"),
        ("Die nationalistische Ataka-Partei teilte mit, dass es brenne.", "Die nationalistische Ataka-Partei", "Ataka-Partei"),
        ("Dies berichtete die Deutsche Presse-Agentur (dpa).", "die Deutsche Presse-Agentur (dpa)", "Deutsche Presse-Agentur"),
        ("Das Bundeskartellamt in Deutschland teilte mit, dass es prüfe.", "Das Bundeskartellamt in Deutschland", "Bundeskartellamt"),
        # an institution named with an adjective or `of` before, then by its noun alone
        ("Das Auswärtige Amt empfiehlt Mückenschutz. Außerdem weist das Amt auf Fälle hin.", "das Amt", "Auswärtiges Amt"),
        ("Eine Liste veröffentlichte die Bank of England. Die Bank beruft sich auf die Polizei.", "Die Bank", "Bank of England"),
        # compound offices beside a name; an office with an attribute before the comma and the name
        ("Der Untersuchungsrichter Stefano Palazzi fordert Strafen. Dazu sagte der Untersuchungsrichter, es sei nötig.", "der Untersuchungsrichter", "Stefano Palazzi"),
        ("Dabei war der Vize-Außenminister für Beziehungen, Abbas Araghchi. Der Vize-Außenminister sagte, es sei falsch.", "Der Vize-Außenminister", "Abbas Araghchi"),
        ("Dazu sprach der Ministerpräsident des Landes Niedersachsen, Christian Wulff. Der Ministerpräsident sagte, es gehe.", "Der Ministerpräsident", "Christian Wulff"),
        ("Das meint der Generalanwalt des Gerichtshofes, Damazo Colomer. Der Generalanwalt sagte, es sei falsch.", "Der Generalanwalt", "Damazo Colomer"),
        # another noun for the same office
        ("Spaniens Regierungschef José Zapatero kritisierte Deutschland. Der Ministerpräsident sagte, es sei falsch.", "Der Ministerpräsident", "José Zapatero"),
        # a description by age takes up the person named as the subject before, not one only described
        ("Christian Klien hat die Anzeige zurückgewiesen. Der 23-jährige Sportler sagte, er sei unschuldig.", "Der 23-jährige Sportler", "Christian Klien"),
        ("Juan Chavez bestätigte den Brand. Der Hausbesitzer machte widersprüchliche Aussagen. Am Montag sagte der 81-jährige Mann, die Maus sei tot.", "der 81-jährige Mann", None),
        # a noun that is a surname written after a first name, bare; not the genitive before an apposition's noun
        ("Papier schrieb, es gehe. Hans-Jürgen Papier ist Präsident, Winfried Hassemer, Papiers Stellvertreter, schwieg.", "Papier", "Hans-Jürgen Papier"),
        # a company named with its kind of business, then by its first word
        ("Tesla Motors will expandieren. Tesla teilte mit, dass die Märkte wachsen.", "Tesla", "Tesla Motors"),
        # a middle initial, a regnal number, an apostrophe inside a name
        ("Beckmann sagte, das sei gut. Es sprach Klinikdirektor Matthias W. Beckmann.", "Beckmann", "Matthias W. Beckmann"),
        ("Die britische Königin Elisabeth II. sagte, sie sei geschockt.", "Die britische Königin Elisabeth II.", "Elisabeth II."),
        ("Mark O’Keefe, der Sprecher der „EVAC-Ambulanz“, sagte, es gebe Verletzte.", "Mark O’Keefe, der Sprecher der „EVAC-Ambulanz“", "Mark O’Keefe"),
        # a person's name first, over an organisation or place named after it
        ("Johanna Moser vom „Queer Beograd Kollektiv“ sagte, es gebe Veränderungen.", "Johanna Moser vom „Queer Beograd Kollektiv“", "Johanna Moser"),
        ("New Yorks Bürgermeister Michael Bloomberg sagte, es gebe Veränderungen.", "New Yorks Bürgermeister Michael Bloomberg", "Michael Bloomberg"),
        # `von der` between first name and surname; `von` after a noun joins no name
        ("Später sagte von der Leyen, es sei gut. Zuvor hatte Ursula von der Leyen geschwiegen.", "von der Leyen", "Ursula von der Leyen"),
        # an indefinite article names nobody, however capitalised the words after it
        ("Eine Ultranationalistische Organisation feierte die Absage als Erfolg.", "Eine Ultranationalistische Organisation", None),
        # an institution is never the person named beside its noun
        ("Im Jahr 2007 erklärte die Regierung Kurt Ertel zum Terroristen. Die Regierung sagte, er sei gefährlich.", "Die Regierung", None),
    ],
)
def test_named_mentions_institutions_and_roles(nlp, text, mention, canonical, canonical_for):
    assert canonical_for(nlp, text, mention) == canonical


@pytest.mark.parametrize(
    "text,mention",
    [
        ("Ein BWL-Student verlor die Kontrolle über den Golf. Der Student verbrachte die Nacht in Gewahrsam.", "Der Student"),
        ("Dänische Forscher pflanzten Bäume. In zehn Jahren, so schätzen die Forscher, sei die Arbeit getan.", "die Forscher"),
    ],
)
def test_named_mentions_a_person_noun_names_no_compound_or_phrase_before_it(nlp, text, mention, canonical_for):
    # `Sicherheitsrat` may stand for `UN-Sicherheitsrat`, but a student is not called `BWL-Student`
    assert canonical_for(nlp, text, mention) is None


def test_named_mentions_institutions_with_an_adjective_in_the_nominative(nlp, canonical_for):
    assert canonical_for(nlp, "Das Europäische Parlament teilte mit, es sei dagegen.", "Das Europäische Parlament") == "Europäisches Parlament"
    text = "Die Hilfsorganisation Ärzte ohne Grenzen teilte mit, die Lage sei ernst."
    assert canonical_for(nlp, text, "Die Hilfsorganisation Ärzte ohne Grenzen") == "Ärzte ohne Grenzen"
    assert canonical_for(nlp, "Laut einem Sprecher des Auswärtigen Amtes sei das falsch.", "des Auswärtigen Amtes") == "Auswärtiges Amt"
    text = "Das auswärtige Amt rät von Reisen ab und warnt, die Lage sei ernst."  # its adjective written small
    assert canonical_for(nlp, text, "Das auswärtige Amt") == "Auswärtiges Amt"


@pytest.mark.parametrize(
    "text,mention,canonical",
    [
        # every adjective before the noun, put in the nominative of the noun's gender or number
        ("Die Vereinten Nationen erklärten, die Lage sei ernst.", "Die Vereinten Nationen", "Vereinte Nationen"),
        ("Nach Angaben der Westdeutschen Allgemeinen Zeitung (WAZ) sei das falsch.", "Angaben der Westdeutschen Allgemeinen Zeitung (WAZ)", "Westdeutsche Allgemeine Zeitung"),
        ("Nach Angaben der Neuen Zürcher Zeitung sei das falsch.", "Angaben der Neuen Zürcher Zeitung", "Neue Zürcher Zeitung"),
        ("Nach Angaben des Berliner Verfassungsschutzes sei das falsch.", "Angaben des Berliner Verfassungsschutzes", "Berliner Verfassungsschutz"),
        # the noun's genitive, also before an attribute that stays as it is
        ("Nach Angaben des Bundesamts für Umwelt sei das falsch.", "Angaben des Bundesamts für Umwelt", "Bundesamt für Umwelt"),
        # a federal office in a compound, in the genitive
        ("Nach Angaben des Kraftfahrt-Bundesamtes sei die Zahl gestiegen.", "Angaben des Kraftfahrt-Bundesamtes", "Kraftfahrt-Bundesamt"),
        # a head noun in the genitive before its own genitive attribute; a strong adjective is no genitive
        ("Einer Erklärung des Verbandes Deutscher Realschullehrer (VDR) zufolge nahmen 3000 Lehrer teil.", "Einer Erklärung des Verbandes Deutscher Realschullehrer (VDR)", "Verband Deutscher Realschullehrer"),
        ("Das Rote Kreuz teilte mit, die Lage sei ernst.", "Das Rote Kreuz", "Rotes Kreuz"),
        # a country in the genitive
        ("Nach Auffassung Österreichs sei die Lage ernst.", "Auffassung Österreichs", "Österreich"),
        # described, not named: a place's government, a plural after an adjective that opens the sentence
        ("Islands Regierung erklärte, die Reform sei falsch.", "Islands Regierung", None),
        ("Die Regierung Guatemalas erklärte, die Reform sei falsch.", "Die Regierung Guatemalas", None),
        ("Verschiedene Länderparlamente kritisierten, die Reform sei falsch.", "Verschiedene Länderparlamente", None),
        ("Offiziellen Angaben zufolge wurden drei Menschen getötet.", "Offiziellen Angaben", None),
        ("Europäische Union erklärte, die Reform sei falsch.", "Europäische Union", "Europäische Union"),
        # people of a kind whose plural is their singular, the adjective capitalised to open the sentence (a name until stop 28)
        ("Politische Berater sagen, dass die Wahl knapp werde.", "Politische Berater", None),
    ],
)
def test_named_mentions_organisation_names_in_the_nominative_and_descriptions_without_one(nlp, text, mention, canonical, canonical_for):
    assert canonical_for(nlp, text, mention) == canonical


@pytest.mark.parametrize(
    "text,mention,canonical",
    [
        # the index reads `Spiegel` as a role and `Online` as a surname
        ("„Wir sind bereit“, schrieb Spiegel Online am Montag.", "Spiegel Online", "Spiegel Online"),
        # a place ends the paper's name here, not the paper's seat
        ("Wie die Financial Times Deutschland berichtet, sei die Lage ernst.", "die Financial Times Deutschland", "Financial Times Deutschland"),
        # a broadcaster called `Radio` and its place or name
        ("Nach Angaben von Radio Bremen sei die Lage ernst.", "Angaben von Radio Bremen", "Radio Bremen"),
        # a company by its name before its kind
        ("Der RWE-Konzern teilte mit, die Reform sei falsch.", "Der RWE-Konzern", "RWE"),
        # an office before the name is no part of it
        ("Wie Bundesinnenminister Schily sagte, sei die Lage ernst.", "Bundesinnenminister Schily", "Schily"),
    ],
)
def test_named_mentions_an_organisation_name_around_or_inside_a_name(nlp, text, mention, canonical, canonical_for):
    assert canonical_for(nlp, text, mention) == canonical


@pytest.mark.parametrize(
    "text,mention,canonical",
    [
        # a preposition opening the sentence is capitalised but no name
        ("In einer Presseerklärung, die am Mittwoch veröffentlicht wurde, wurde verkündet, dass alle helfen.", "In einer Presseerklärung", None),
        # an adjective on a name is none: the name after it issued the study
        ("Das sagt eine Studie der SPD-nahen Friedrich-Ebert-Stiftung, die heute vorgestellt wurde.", "eine Studie der SPD-nahen Friedrich-Ebert-Stiftung", "Friedrich-Ebert-Stiftung"),
        # a place after `im` and its adjective says where
        ("Das tibetische Exilparlament im indischen Dharamshala erklärte, viele seien getötet worden.", "Das tibetische Exilparlament im indischen Dharamshala", None),
        # an abbreviation in apposition names what the mention describes
        ("Jetzt hat der Betreiber des Flughafens Brüssel National, BIAC, erklärt, dort werde nicht geraucht.", "der Betreiber des Flughafens Brüssel National, BIAC", "BIAC"),
        # investigations, plans, documents and opinions are someone's
        ("Die Ermittlungen der Staatsanwaltschaft München gehen davon aus, dass Geld fehlt.", "Die Ermittlungen der Staatsanwaltschaft München", "Staatsanwaltschaft München"),
        ("Nach einem Plan der Europäischen Union (EU) vom Sommer 2011 solle es schließen.", "einem Plan der Europäischen Union (EU) vom Sommer 2011", "Europäische Union"),
        ("Die Europäische Union (EU) zahlt. Laut einem EU-Dokument solle es schließen.", "einem EU-Dokument", "Europäische Union"),
        ("Nach Meinung Russlands sei die Lage ernst.", "Meinung Russlands", "Russland"),
        # two people no one name stands for
        ("Die Politiker Peter Danckert und Max Straubinger klagen. Nach Angaben der beiden Politiker sei das falsch.", "Angaben der beiden Politiker", None),
        # a quoted name alone where a source stands is a medium, even written small
        ("Es handelt sich laut „Tagesspiegel“ um Jugendliche.", "„Tagesspiegel“", "Tagesspiegel"),
        ("Wie „heise online“ berichtet, sperrten die Behörden den Zugang.", "„heise online“", "heise online"),
        # a bracketed abbreviation's name after an apposition's comma, in doubled single marks
        (
            "Eine der größten Oppositionsgruppen des Landes, die ''Koalition für Einheit und Entwicklung'' (CUD), behauptete, es sei Betrug.",
            "Eine der größten Oppositionsgruppen des Landes, die ''Koalition für Einheit und Entwicklung'' (CUD)",
            "Koalition für Einheit und Entwicklung",
        ),
        # the web page of a name written small
        ("Auf der documenta-Homepage heißt es, die Schau sei offen.", "Auf der documenta-Homepage", "documenta"),
        # a text's issuer without the relative clause on it; a news agency written small
        ("Dies geht aus einer Meldung der dpa, die von der Basler Zeitung verbreitet wurde, hervor.", "einer Meldung der dpa, die von der Basler Zeitung verbreitet wurde", "dpa"),
        ("Der Betreiber des Kraftwerks, der Energieversorger TEPCO, teilte mit, es sei sicher.", "Der Betreiber des Kraftwerks, der Energieversorger TEPCO", "TEPCO"),
        # a medium whose name is a common noun, after an adjective, in the genitive
        ("Laut einem Bericht des österreichischen Standards sieht die NATO ihre Ziele erfüllt.", "einem Bericht des österreichischen Standards", "Standard"),
        # a ministry or council of a state named in the genitive is named with it; the medium `Der Spiegel` is no genitive
        ("Das Verteidigungsministerium der Vereinigten Staaten bestätigte, es sei ein Angriff gewesen.", "Das Verteidigungsministerium der Vereinigten Staaten", "Verteidigungsministerium der Vereinigten Staaten"),
        ("Der Sicherheitsrat der Vereinten Nationen erklärte, er sei besorgt.", "Der Sicherheitsrat der Vereinten Nationen", "Sicherheitsrat der Vereinten Nationen"),
        ("Das berichtet das Nachrichtenmagazin Der Spiegel in seiner neuen Ausgabe.", "das Nachrichtenmagazin Der Spiegel", "Spiegel"),
        # an institution's kind with an adjective and a noun after it is all one name
        ("Die Entscheidung wurde vom Bundesverband Erneuerbare Energie als rückschrittlich kritisiert.", "vom Bundesverband Erneuerbare Energie", "Bundesverband Erneuerbare Energie"),
        # the English letters of the United Nations, where the article writes the German name too
        ("Die Vereinten Nationen helfen. Nach Angaben der UN sind viele geflohen.", "Angaben der UN", "Vereinte Nationen"),
        ("Die Helfer kamen. Nach Angaben der UN sind viele geflohen.", "Angaben der UN", "UN"),
        # an institution `für` what it does is named so, also after an adjective
        ("Man zitiert eine Erklärung der türkischen Behörde für Informations- und Kommunikationstechnologie, in der es heißt, die Sperre gelte.", "eine Erklärung der türkischen Behörde für Informations- und Kommunikationstechnologie", "Behörde für Informations- und Kommunikationstechnologie"),
        ("Der Präsidentenrat für Menschenrechte erklärte, das Gesetz sei falsch.", "Der Präsidentenrat für Menschenrechte", "Präsidentenrat für Menschenrechte"),
        # a text issued by whom the passive relative clause on it names
        (
            "Das ist die zentrale Aussage einer Studie, die von der Friedrich-Ebert-Stiftung in Auftrag gegeben worden war und heute vorgestellt wurde.",
            "die zentrale Aussage einer Studie, die von der Friedrich-Ebert-Stiftung in Auftrag gegeben worden war",
            "Friedrich-Ebert-Stiftung",
        ),
        # a noun's plural the lexicon lists only in the singular is no name
        ("Die Alliierten hatten Einspruch erhoben, weil Berlin einen Sonderstatus habe.", "Die Alliierten", None),
        # someone of a quoted medium, unnamed
        ("Nach einer „Reuters“-Reporterin waren viele Wagen zu sehen.", "einer „Reuters“-Reporterin", None),
        # a compound on a short noun after a known one is a noun, no name: the council named before
        ("Der Nationale Übergangsrat tagte. Gaddafi wurde gefasst. Der Übergangsrat kündigte an, es zu prüfen.", "Der Übergangsrat", "Nationaler Übergangsrat"),
        # a medium's kind in the genitive before its name
        ("Laut Eilmeldung des Nachrichtensenders N24 ist ein Mann festgenommen worden.", "Eilmeldung des Nachrichtensenders N24", "N24"),
    ],
)
def test_named_mentions_what_a_description_around_a_name_names(nlp, text, mention, canonical, canonical_for):
    assert canonical_for(nlp, text, mention) == canonical


@pytest.mark.parametrize(
    "text,speaker,canonical",
    [
        # a quoted paper before its kind, which the tokenizer splits from the closing mark
        ("Die „Bild“-Zeitung berichtete, die Lage sei ernst.", "Die „Bild“-Zeitung", "Bild"),
        ("Wie die „Bild“-Zeitung berichtete, sei die Lage ernst.", "die „Bild“-Zeitung", "Bild"),
        # a name written small with a capital inside
        ("eBay teilte mit, die Lage sei ernst.", "eBay", "eBay"),  # was no speaker: a word written small read as an adverb
        ("Das Unternehmen eBay teilte mit, die Lage sei ernst.", "Das Unternehmen eBay", "eBay"),  # was `Das Unternehmen`
        ("Laut eBay sei die Lage ernst.", "eBay", "eBay"),
    ],
)
def test_named_mentions_the_speaker_phrase_and_its_name(text, speaker, canonical):
    (quote,) = zitat.extract(text).quotes
    assert (quote.speaker.text, quote.speaker.canonical) == (speaker, canonical)


def test_named_mentions_a_quoted_paper_before_its_kind_and_issue(nlp, canonical_for):
    text = "Wie die „Bild“-Zeitung in der Ausgabe vom 17.12.2005 berichtete, sei er krank."
    assert canonical_for(nlp, text, "die „Bild“-Zeitung in der Ausgabe vom 17.12.2005") == "Bild"


def test_named_mentions_one_entity_for_a_name_in_two_cases(nlp):
    text = "Die Vereinten Nationen erklärten, die Lage sei ernst. Nach Angaben der Vereinten Nationen sei die Hilfe unterwegs."
    (entity,) = [e for e in zitat.extract(text).speakers if e.canonical == "Vereinte Nationen"]
    assert len(entity.quotes) == 2


def test_named_mentions_a_quoted_name_of_the_kind_not_a_quoted_word(nlp, canonical_of_last):
    text = (
        "In der Montagsausgabe der „Münsterschen Zeitung“ war vieles neu: eine „Verschränkung“ mit multimedialen Inhalten. "
        "In der Zeitung fand sich dazu eine Feststellung."
    )
    assert canonical_of_last(nlp, text, "der Zeitung") == "Münstersche Zeitung"


def test_named_mentions_a_source_with_an_attribute_phrase_after_its_article_resolves_without_error():
    text = (
        "Bereits im Januar kündigte der amerikanische Sportwagenhersteller Shelby SuperCars (SSC) den Bau des schnellsten Elektroautos der Welt an. "
        "Nach Angaben der in West Richland, Washington, ansässigen Firma soll der SSC Ultimate Aero EV ein über 400 km/h schnelles Auto werden."
    )
    speakers = [q.speaker.text for q in zitat.extract(text).quotes if q.type == "indirect"]
    assert speakers == ["Angaben der in West Richland, Washington, ansässigen Firma"]


@pytest.mark.parametrize(
    "text,mention,canonical",
    [
        # someone unnamed of an organisation is not the organisation
        ("Ein Vertreter des Mutterkonzerns von Airbus, EADS, sagte, die Lage sei ernst.", "Ein Vertreter des Mutterkonzerns von Airbus, EADS", None),
        ("Anhänger der Organisation „Obraz“ riefen, die Lage sei ernst.", "Anhänger der Organisation „Obraz“", None),
        # but one named is that person, and an office before a name is no member
        ("Ein Sprecher des Konzerns, Hans Müller, sagte, die Lage sei ernst.", "Ein Sprecher des Konzerns, Hans Müller", "Hans Müller"),
        ("Wie Präsident Obama sagte, sei die Lage ernst.", "Präsident Obama", "Obama"),
        # `des Innern` is no one's name but part of the ministry's; a paper speaks for who issued it
        ("Laut einem Positionspapier des Bundesministeriums des Innern sei die Lage ernst.", "einem Positionspapier des Bundesministeriums des Innern", "Bundesministerium des Innern"),
    ],
)
def test_named_mentions_members_of_an_organisation(nlp, text, mention, canonical, canonical_for):
    assert canonical_for(nlp, text, mention) == canonical


def test_named_mentions_an_institution_named_only_after_it(nlp, canonical_for):
    text = (
        "Die Staatsanwaltschaft begründete ihren Antrag mit der Fluchtgefahr. "
        "Später einigte sich die Verteidigung mit der Bezirks-Staatsanwaltschaft von Manhattan."
    )
    assert canonical_for(nlp, text, "Die Staatsanwaltschaft") == "Staatsanwaltschaft von Manhattan"
    text = "Die Feuerwehr wurde um 2 Uhr alarmiert. Die Feuerwehr Olpe rückte mit sechzig Männern an."
    assert canonical_for(nlp, text, "Die Feuerwehr") == "Feuerwehr Olpe"
    # and none where the article names no such institution
    assert canonical_for(nlp, "Die Staatsanwaltschaft erhob Anklage. Der Prozess beginnt im Mai.", "Die Staatsanwaltschaft") is None


def test_named_mentions_an_institution_named_before_taken_up_in_the_genitive(nlp, canonical_for):
    text = "Der Flughafen Bremen meldet mehr Gäste. Laut einer Umfrage des Flughafens seien die Gäste zufrieden."
    assert canonical_for(nlp, text, "einer Umfrage des Flughafens") == "Flughafen Bremen"
    text = "Künstlerischer Leiter ist Roger Buergel. Nach Angaben des künstlerischen Leiters kommen viele Gäste."
    assert canonical_for(nlp, text, "Angaben des künstlerischen Leiters") != "Künstlerischer Leiter"  # a person, not an institution


@pytest.mark.parametrize(
    "text,mention,canonical",
    [
        # an abbreviation whose name the article spells out without a bracket: the fullest name
        ("Die Europäische Union will Zölle senken. Die EU teilte mit, das sei gut.", "Die EU", "Europäische Union"),
        ("Der Hersteller Build Your Dreams baut Autos. BYD sagte, das sei gut.", "BYD", "Build Your Dreams"),
        # not words that hold the abbreviation itself
        ("Der DFB und Bundestrainer Löw einigten sich. Der DFB sagte, das sei gut.", "Der DFB", "DFB"),
        ("Geiseln waren auch US-amerikanische Staatsbürger. Die US Botschaft in Riad sagte, das sei gut.", "Die US Botschaft in Riad", "US"),
        # an ordinal in a name, in the nominative
        ("Nach Angaben des Zweiten Deutschen Fernsehens sei es gut.", "Angaben des Zweiten Deutschen Fernsehens", "Zweites Deutsches Fernsehen"),
        # an abbreviation of two words in a bracket, and one of syllables
        (
            "Der Kommunale Arbeitgeberverband Nordrhein-Westfalen (KAV NW) reagierte. Laut KAV NW würde das Paket die Kommunen belasten.",
            "KAV NW",
            "Kommunaler Arbeitgeberverband Nordrhein-Westfalen",
        ),
        ("Die Ständige Impfkommission (Stiko) tagte. Die Quoten seien zu niedrig, sagte die Stiko.", "die Stiko", "Ständige Impfkommission"),
        ("Der Naturschutzbund Deutschland (Nabu) klagt. Laut Nabu fehlen Brutplätze.", "Nabu", "Naturschutzbund Deutschland"),
        # also a single institution's word that the syllables shorten
        ("Der Naturschutzbund (Nabu) klagt. Laut Nabu fehlen Brutplätze.", "Nabu", "Naturschutzbund"),
        ("Der Naturschutzbund (Nabu) sieht darin den richtigen Weg.", "Der Naturschutzbund", "Naturschutzbund"),
        # but not a place in a bracket
        ("Die Freie Universität (Berlin) forscht. Laut Berlin sei das gut.", "Berlin", "Berlin"),
    ],
)
def test_named_mentions_an_abbreviation_spelled_out_anywhere(nlp, text, mention, canonical, canonical_for):
    assert canonical_for(nlp, text, mention) == canonical


@pytest.mark.parametrize("office", ["Landrat", "Betriebsrat"])
def test_named_mentions_councillor_with_a_first_name_is_a_person(nlp, canonical_of_last, office):
    text = f"„Wir tun, was wir können“, sagte {office} Georg Haslinger (CSU) dem Sender. Der 58-Jährige bat um Ruhe."
    assert canonical_of_last(nlp, text, "Der 58-Jährige") == "Georg Haslinger"


def test_named_mentions_a_person_named_after_a_body_is_no_part_of_its_name(nlp, canonical_of_last):
    text = "Gegen Kurt Ertel wird ermittelt. Außerdem warf die Staatsanwaltschaft Ertel vor, Aufträge verschoben zu haben."
    assert canonical_of_last(nlp, text, "die Staatsanwaltschaft Ertel") != "Staatsanwaltschaft Ertel"


def test_named_mentions_feminine_office_with_an_umlaut_is_no_part_of_the_name(nlp, canonical_of_last):
    text = "Finanzvorständin Katja Wiemers verteidigte die Pläne. Wiemers sagte, der Verein sei solide."
    assert canonical_of_last(nlp, text, "Wiemers") == "Katja Wiemers"


def test_named_mentions_broadcaster_addressed_is_an_organisation():
    (q,) = zitat.extract("„Wir haben keine Wahl“, sagte Anna Berg dem Deutschlandfunk.").quotes
    assert (q.addressee.canonical, q.addressee.kind) == ("Deutschlandfunk", "organisation")


@pytest.mark.parametrize(
    "text, mention, canonical",
    [
        # a club named by its town, which spells no words near it
        (
            (
                "Nach langer Versammlung hat der Hamburger SV sein Präsidium entlastet. Wie der Verein mitteilte, "
                "stimmte eine knappe Mehrheit zu. Ohne Geld sei die Sanierung des Volksparkstadions nicht zu stemmen."
            ),
            "der Verein",
            "Hamburger SV",
        ),
        # a company with its legal form, which spells no words near it
        ("Die Ruhrmetall AG kündigte an, Einspruch einzulegen.", "Die Ruhrmetall AG", "Ruhrmetall AG"),
        ("Die Deutsche Bank AG kündigte an, Einspruch einzulegen.", "Die Deutsche Bank AG", "Deutsche Bank AG"),
        ("Die Westfalia Baustahl GmbH teilte mit, sie prüfe den Fall.", "Die Westfalia Baustahl GmbH", "Westfalia Baustahl GmbH"),
        (
            "Preise und die Aufteilung von Großkunden sprachen sie ab. Die Ruhrmetall AG kündigte an, Einspruch einzulegen.",
            "Die Ruhrmetall AG",
            "Ruhrmetall AG",
        ),
        # a company by its name and trade
        ("Kessler Chemie beschäftigt eigenen Angaben zufolge rund 34.000 Menschen.", "eigenen Angaben", "Kessler Chemie"),
        ("Der Suhrkamp Verlag kündigte eine weitere Auflage an. Der Verlag hat nach eigenen Angaben 25.000 Exemplare verkauft.", "Der Verlag", "Suhrkamp Verlag"),
        # a body completed by its region
        ("Die Verbraucherzentrale Hamburg rät zum Wechsel des Anbieters.", "Die Verbraucherzentrale Hamburg", "Verbraucherzentrale Hamburg"),
        ("Das kritisierte die Verbraucherzentrale Rheinland-Pfalz scharf.", "die Verbraucherzentrale Rheinland-Pfalz", "Verbraucherzentrale Rheinland-Pfalz"),
        ("Die Senatsverwaltung für Bildung teilte mit, das Geld reiche.", "Die Senatsverwaltung für Bildung", "Senatsverwaltung für Bildung"),
        ("Die Kreissparkasse Nordtal kündigte an, das Urteil zu prüfen.", "Die Kreissparkasse Nordtal", "Kreissparkasse Nordtal"),
        ("Nach Angaben der Polizeiinspektion Nord wurde niemand verletzt.", "Angaben der Polizeiinspektion Nord", "Polizeiinspektion Nord"),
        (
            "Nach Angaben der Kassenärztlichen Vereinigung Sachsen fehlen 300 Ärzte.",
            "Angaben der Kassenärztlichen Vereinigung Sachsen",
            "Kassenärztliche Vereinigung Sachsen",
        ),
        # names that read as words, and groups that name no one
        ("Der Tagesspiegel schrieb, der Film sei stark.", "Der Tagesspiegel", "Tagesspiegel"),
        ("Der Deutschlandfunk berichtete, der Preis gehe an Wendt.", "Der Deutschlandfunk", "Deutschlandfunk"),
        ("Das Umweltbundesamt warnte vor den Folgen.", "Das Umweltbundesamt", "Umweltbundesamt"),
        ("Andere Kritiker lobten dagegen den Film.", "Andere Kritiker", None),
        ("Mehrere Zeugen sagten, der Fahrer sei zu schnell gewesen.", "Mehrere Zeugen", None),
        (
            "Nach Angaben der Kassenärztlichen Vereinigung Sachsen (KVS) fehlen 300 Ärzte. Die KVS fordert mehr Geld.",
            "Die KVS",
            "Kassenärztliche Vereinigung Sachsen",
        ),
        # a kind takes up a body of that kind
        (
            "Nach dem Ausbruch hat das Landratsamt Unterallgäu eine Stallpflicht angeordnet. Alle Tiere müssen in Ställe, wie die Behörde mitteilte.",
            "die Behörde",
            "Landratsamt Unterallgäu",
        ),
        (
            "Das Bundeskartellamt hat Bußgelder verhängt. Die Firmen hätten Preise abgesprochen, teilte die Bonner Behörde mit.",
            "die Bonner Behörde",
            "Bundeskartellamt",
        ),
        (
            "Die Staatsanwaltschaft Itzehoe ermittelt. Auch die Bundesstelle für Eisenbahnunfalluntersuchung (BEU) schickte Ermittler. Die Behörde teilte mit, das dauere.",
            "Die Behörde",
            "Bundesstelle für Eisenbahnunfalluntersuchung",
        ),
        ("Die Bezirksregierung Düsseldorf lässt Gemüse prüfen. Bis dahin rät die Behörde davon ab, es zu essen.", "die Behörde", "Bezirksregierung Düsseldorf"),
        # the one body the article names with that kind, however far back, over another body named nearer
        (
            "Wie das Robert Koch-Institut (RKI) mitteilte, steigen die Fälle. "
            + "Die Ärzte sind besorgt. " * 8
            + "Die Ständige Impfkommission (Stiko) empfiehlt eine Impfung. Nach Schätzungen des Instituts ließen sich Fälle vermeiden.",
            "Schätzungen des Instituts",
            "Robert Koch-Institut",
        ),
        # a federation is an association, an agency an authority, however far back
        ("Der Deutsche Fußball-Bund (DFB) sperrte den Spieler. " + "Das Spiel war hart. " * 7 + "Der Verband teilte mit, die Strafe sei gerecht.", "Der Verband", "Deutscher Fußball-Bund"),
        ("Das teilte die Bundesagentur für Arbeit (BA) mit. " + "Die Zahl stieg. " * 7 + "Die Nürnberger Behörde rechnet mit mehr.", "Die Nürnberger Behörde", "Bundesagentur für Arbeit"),
        # names joined by `&`
        ("Der Eigentümerverband Haus & Grund kritisierte das Urteil. Der Verband sprach von einem Fehler.", "Der Verband", "Haus & Grund"),
        ("Der Konzern Procter & Gamble wächst. Laut Procter & Gamble sei das gut.", "Procter & Gamble", "Procter & Gamble"),
        # a kind at the head of a name before what the body is for
        (
            "Ein Team des Max-Planck-Instituts für Astronomie (MPIA) fand Wasser. Die Studie erschien in Nature Astronomy. Wie das Institut mitteilte, sei das selten.",
            "das Institut",
            "Max-Planck-Institut für Astronomie",
        ),
        # not a place named after a place's kind (`der Stadt Al-Faschir`), which the lexicon lacks
        ("Das Welternährungsprogramm (WFP) warnt. In der Stadt Al-Faschir hungerten Tausende, teilte die Organisation mit.", "die Organisation", "Welternährungsprogramm"),
        ("Die Lufthansa strich 1300 Flüge. „Wir bedauern das“, sagte eine Sprecherin. Die Airline riet Passagieren zur Vorsicht.", "Die Airline", "Lufthansa"),
        # and its whole name
        ("Der Bundesverband deutscher Banken begrüßte den Schritt. Der Verband rechnet mit mehr Krediten.", "Der Verband", "Bundesverband deutscher Banken"),
        ("Die Stadtwerke Kiel erhöhen die Preise. Die Stadtwerke begründeten den Schritt mit höheren Kosten.", "Die Stadtwerke", "Stadtwerke Kiel"),
        (
            "Das Kreisklinikum Bad Sonnberg schließt seine Geburtsstation. Das Krankenhaus teilte mit, es fehle an Ärzten.",
            "Das Krankenhaus",
            "Kreisklinikum Bad Sonnberg",
        ),
    ],
)
def test_named_mentions_organisations_by_their_full_names(nlp, canonical_of_last, text, mention, canonical):
    """Organisations by their full names and by their kinds, each group with what it shows."""
    assert canonical_of_last(nlp, text, mention) == canonical
