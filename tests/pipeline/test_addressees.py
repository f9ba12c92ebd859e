"""Whom a statement is addressed to, read from its frame (`pipeline/addressees.py`)."""

from __future__ import annotations

import pytest

import zitat


@pytest.mark.parametrize(
    "text,addressee",
    [
        ("Die Botschaft teilte dem Fernsehsender CNN mit, dass die Lage ruhig sei.", "dem Fernsehsender CNN"),
        ("In einem Interview mit der New York Times sagte er, er werde kandidieren.", "der New York Times"),
        ("Die IAEA wirft dem Iran vor, Auflagen zu verletzen.", "dem Iran"),
        ("In einem Schreiben an die Mitarbeiter hieß es, der Umzug komme.", "die Mitarbeiter"),
        ("Der Sprecher sagte gegenüber der Presse, man prüfe alles.", "der Presse"),
        ("Er forderte die Bürger auf, wählen zu gehen.", "die Bürger"),
        # an organisation by its abbreviation, though the noun list holds it
        ("Er forderte die SPD im Bundestag auf, stärker auf Einsparungen zu setzen.", "die SPD"),
        # a party in brackets does not end the clause before the verb's particle
        ("Sie warf dem Minister Wolfgang Schäuble (CDU) vor, „die Daten zu missbrauchen“.", "dem Minister Wolfgang Schäuble (CDU)"),
        # whom one appeals to, even a group the lexicon does not know as people
        ("Er appellierte an die Lehrkräfte, nicht auf diesem Anspruch zu bestehen.", "die Lehrkräfte"),
        # a dative between the verb's parts or right after it
        ("Der Präsident hat in einem Brief den Abgeordneten mitgeteilt, dass er zurücktrete.", "den Abgeordneten"),
        ("Er versicherte ihm, er werde helfen.", "ihm"),
        # `den` with a plural noun is a dative
        ("Er warf den Rebellen vor, Zivilisten als Schutzschilde zu missbrauchen.", "den Rebellen"),
        ("Er warf den USA vor, das Dokument verwässert zu haben.", "den USA"),
        # a call with its particle split off
        ("Er rief die libysche Armee auf, ihr eigenes Volk zu unterstützen.", "die libysche Armee"),
        # whom a passive tells or calls on
        ("Kony wird unter anderem vorgeworfen, dass seine Armee Kinder entführt habe.", "Kony"),
        ("Außerdem wird ihm vorgeworfen, Geld veruntreut zu haben.", "ihm"),
        ("Israel wurde aufgefordert, die Grenzübergänge zu öffnen.", "Israel"),
        # `sagte zur Sportschau`: the medium spoken to, as the data marks it
        ("„Ein guter Start“, sagte er zur Sportschau.", "Sportschau"),
        ("„Wir brauchen mehr Zeit“, sagte Merkel zu Macron.", "Macron"),
        # a possessive dative; a full name takes no genitive, so what follows it is whom he told
        ("Der Landwirt Thomas Merkel sagte seiner Frau Sabine Merkel: „Die Ernte war gut.“", "seiner Frau Sabine Merkel"),
        ("„Die Ernte war gut“, sagte der Landwirt Thomas Merkel der Zeitung.", "der Zeitung"),
        ("„Das ist fragwürdig“, sagte die 39-Jährige der Deutschen Presse-Agentur.", "der Deutschen Presse-Agentur"),
        ("Er sei überrascht worden, sagte Petković der Zeitung.", "der Zeitung"),
        ("René Préval sagte vor der Presse, Annabi sei tot.", "der Presse"),
        ("Merkel sagte vor der Presse, Benedikt XVI. „ist und bleibt einer der bedeutendsten Denker“.", "der Presse"),
        # `an` first: an appeal's addressee, or whom one turned to
        ("An die Regierung Myanmars appellierte sie, den Helfern mehr Zugang zu geben.", "die Regierung Myanmars"),
        ("An die Gewerkschaften gewandt sagte Köhler, sie müssten ihre Zurückhaltung aufgeben.", "die Gewerkschaften"),
        # whom one demands something from, though the phrase reader keeps `vom` with its noun
        ("Der Katalog müsse überprüft werden, forderte er vom Gemeinsamen Bundesausschuss.", "Gemeinsamen Bundesausschuss"),
        # a name right after a verb of telling whose subject stands before it
        ("Ein Sprecher des Übergangsrates sagte SPIEGEL ONLINE, sie hätten erst spät davon erfahren.", "SPIEGEL ONLINE"),
        # `gegenüber` after a pronoun
        ("Die Mutter hatte Kontakt zu ihrem Sohn. Ihr gegenüber hat er angegeben, er sei wütend gewesen.", "Ihr"),
        # after a party or abbreviation in brackets, the press told, not a genitive of the speaker
        ("Wie Philip Aguer, ein Sprecher der Befreiungsarmee (SPLA) der Presse mitteilte, seien Dörfer bombardiert worden.", "der Presse"),
        # a relative pronoun and a dative before the verb: the pronoun speaks, the dative is told
        ("Es gibt jedoch Stimmen, die dem früheren Kardinal vorwerfen, geschwiegen zu haben.", "dem früheren Kardinal"),
        # a plural subject and a plural object without articles
        ("Außerdem fordern die Organisationen Bürger dazu auf, die Abgeordneten zu bitten.", "Bürger"),
        # when it happened between whom one asks and the verb; an adverb after the verb
        ("Die Vereinten Nationen hatten die Europäische Union im Januar 2006 darum gebeten, Soldaten zu schicken.", "die Europäische Union"),
        ("Er beschuldigte seinerseits Thaksin, den Minister fallen gelassen zu haben.", "Thaksin"),
        # a passive's subject, with its agent after `vom`
        ("Zudem wurde die Bundesregierung vom LSVD aufgefordert, dafür Sorge zu tragen.", "die Bundesregierung"),
        # agencies and channels written in small letters
        ("Der Minister sagte der dpa, die Lage sei ernst.", "der dpa"),
        ("„Die Lage ist wirklich ernst“, sagte der Minister dem Sender n-tv.", "dem Sender n-tv"),
        # or before its auxiliary, with its agent after `von`
        ("Die Regierung wurde von der Opposition aufgefordert, zurückzutreten.", "Die Regierung"),
        # a passive's dative with its apposition
        (
            "Dem Berater Prem Tinsulanonda, einem ehemaligen Ministerpräsidenten, wird vorgeworfen, den Putsch unterstützt zu haben.",
            "Dem Berater Prem Tinsulanonda, einem ehemaligen Ministerpräsidenten",
        ),
    ],
)
def test_addressee_in_frame(text, addressee):
    found = [q.addressee.text for q in zitat.extract(text).quotes if q.addressee is not None]
    assert found and found[0] == addressee


@pytest.mark.parametrize(
    "text",
    [
        "Er hatte den Plan mitgeteilt, dass er gehe.",  # `den` + a singular noun: what was told
        "Er forderte die Freilassung der Gefangenen, sie seien unschuldig.",  # a thing demanded
        "Der Sprecher hat in einem Brief mitgeteilt, dass die Firma schließe.",  # a preposition's dative
        "Es wird erwartet, dass er kommt.",  # a passive that addresses no one
        "An der Grenze sagte er, die Lage sei ruhig.",  # a place, not an appeal
        "„Alles, was er angepackt hat, ist gut“, sagte Jagland zur Begründung.",  # why, not to whom
        "„Das stimmt nicht“, sagte Müller zu den Vorwürfen.",  # what it was about
        "Ein Sprecher sagte zu der von der Europäischen Union vorgebrachten Forderung: „Wir prüfen das.“",
        "Am Rande der Sitzung sagte er seiner Ansicht nach: „Das ist falsch.“",  # `Am` is a first name too
        "Vor dem Konklave meinte der Preisträger noch, dass er dazugehöre.",  # when, not before whom
        "Deren Haltung gegenüber der PKK bezeichnete er als „verlogen“.",  # an attitude towards
        "Nach einem Treffen mit Romney sagte er, die Republikaner müssten zusammenstehen.",
        "Im März war der Versuch für gescheitert erklärt worden, die Werke zu verkaufen.",  # `der` + masculine
        "Der Minister erklärte Ende Mai, er komme.",  # when, not whom he told
        "Gestern sagte Merkel, dass sie komme.",  # the name after the verb is its subject
    ],
)
def test_no_addressee_in_frame(text):
    assert {q.addressee for q in zitat.extract(text).quotes} == {None}


@pytest.mark.parametrize(
    "text,addressee",
    [
        ("Der Informationsminister sagte in Juba der Presse, die Armee werde nicht vergelten.", "der Presse"),
        ("Der Minister sagte am Montag dem Sender, man werde nicht nachgeben.", "dem Sender"),
        ("„Wir haben verdient gewonnen“, sagte der Sportchef nach dem Spiel zur Sportschau.", "Sportschau"),
        # after the time, no `zu`: no one told
        ("Der Minister sagte nach der Geiselnahme: „Die Forderungen erschienen uns unerfüllbar.“", None),
        # a place phrase with a common noun may be followed by its genitive
        ("Der Minister sagte in der Sitzung der Fraktion, man werde nicht nachgeben.", None),
    ],
)
def test_addressee_after_a_place_or_time(text, addressee):
    (quote,) = zitat.extract(text).quotes
    assert (quote.addressee.text if quote.addressee else None) == addressee


@pytest.mark.parametrize(
    "text,addressee",
    [
        # people in the dative plural without an article
        ("Der ehemalige US-Präsident Jimmy Carter sagte Reportern, dass alles friedlich verlaufen sei.", "Reportern"),
        ("Auf Nachfragen erklärte er Reportern dann, dass es Betrug gegeben habe.", "Reportern"),
        ("Die Botschaft empfahl in einer Warnung am 3. Januar US-Bürgern, das Land zu verlassen.", "US-Bürgern"),
        ("In der Fraktion sagte die Kanzlerin einigen Teilnehmern zufolge, sie sei zuversichtlich.", None),
        # fronted before the verb, the subject after it
        ("Die Bürgerinnen und Bürger forderte er anschließend auf, von ihrem Wahlrecht Gebrauch zu machen.", "Die Bürgerinnen und Bürger"),
        # right before a verb at the end of its clause
        ("Anwesend war Ramsey Clark, der der US-Regierung vorwarf, Aktivisten frei zu lassen.", "der US-Regierung"),
        ("Angela Merkel hat am Samstag die einheimischen Autohersteller dazu aufgefordert, sparsamer zu bauen.", "die einheimischen Autohersteller"),
        ("Kritiker werfen Obama vor, er habe die Entscheidung nur aus Kalkül getroffen.", "Obama"),
        ("Es spitzte sich zu, so dass der Deutsche Fußball-Bund aufgefordert wurde, sich an den Kosten zu beteiligen.", "der Deutsche Fußball-Bund"),
        ("Alle US-Beamten wurden am Samstag in einer Anweisung aufgefordert, die Stadt zu verlassen.", "Alle US-Beamten"),
        # a time, a preposition's phrase, or what one tells is nobody spoken to
        ("Der Minister teilte am Montag mit, man werde verzichten.", None),
        ("Der Sprecher hatte letzten September kritisiert, dass sie zu unkritisch sei.", None),
        ("Wie das Ministerium am Montag der Zeitung mitteilte, sei alles in Ordnung.", "der Zeitung"),
        ("Wie das Ministerium das Ergebnis mitteilte, sei alles in Ordnung.", None),
    ],
)
def test_addressee_of_reported_acts(text, addressee):
    quotes = zitat.extract(text).quotes
    assert [q.addressee.text if q.addressee else None for q in quotes][:1] == [addressee]
