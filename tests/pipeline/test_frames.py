"""Which phrase of a framing clause is the speaker: V2 order, fronted objects, subordinate clauses."""

from __future__ import annotations

import pytest

import zitat


def direct_speaker(text: str) -> str | None:
    """The speaker of the one direct quote; where a medium quotes someone, the one quoted."""
    quotes = [q for q in zitat.extract(text).quotes if q.type == "direct"]
    (quote,) = quotes if len(quotes) == 1 else [q for q in quotes if q.nested_in]
    return quote.speaker.text if quote.speaker else None


@pytest.mark.parametrize(
    "text,speaker",
    [
        # a prepositional phrase first, a reflexive before the subject
        ("In einem Interview äußerte sich der Außenbeauftragte Javier Solana zuversichtlich: „Es gelingt.“", "der Außenbeauftragte Javier Solana"),
        # `als` + noun is no subordinate clause
        ("Als Begründung sagte ein Wissenschaftler: „Das ist ein sehr breites Feld.“", "ein Wissenschaftler"),
        # a focus particle belongs to the subject after it
        ("Auch die Familienministerin Renate Schmidt sagte: „Ich gehe davon aus.“", "die Familienministerin Renate Schmidt"),
        # a fronted abstract object, the subject after the verb
        ("Die Anwendung der Richtlinie stellte der SPD-Vorsitzende Franz Müntefering in Frage: „Das ist nicht lebenswirklich.“", "der SPD-Vorsitzende Franz Müntefering"),
        # but an organisation first is the subject
        ("Die Opposition kritisierte die Änderungen scharf: „Das ist ein Skandal.“", "Die Opposition"),
        # a leading subordinate clause: the main clause's subject follows its verb
        ("Als ein Fluggast zu Hilfe eilte, biss der Randalierer den Fluggast und rief: „Lasst mich raus!“", "der Randalierer"),
        # a colon after a clause whose verb is no cue, led by an adverb
        ("Hier sparte der Bundespräsident auch nicht mit Kritik: „Jeder sollte das wissen.“", "der Bundespräsident"),
        # the person quoted by a medium speaks, not the medium
        ("Ein Fernsehsender zitierte Papandreou mit den Worten: „Ich klebe nicht an meinem Stuhl.“", "Papandreou"),
        # a passive frame, an impersonal frame with its source, `so` with a verb
        ("„Ich bemerkte heute Kommentare“, wird Panetta zitiert.", "Panetta"),
        ("„Alles deutet auf einen Anschlag hin“, hieß es vom Abgeordneten Viktor Oserow.", "vom Abgeordneten Viktor Oserow"),
        ("„Ein außerordentlicher Sieg“, so urteilte Romney selbst.", "Romney"),
        # a name, then the topic, then a colon
        ("Punklady Nina Hagen zur neuen Heimat: „Die meisten Sachen sind schon umgezogen.“", "Punklady Nina Hagen"),
        # an initial is no sentence end; a relative clause is not part of the speaker, an apposition is
        ("„Wir wollen Wachstum“, erklärte der BDI-Präsident Jürgen R. Thumann.", "der BDI-Präsident Jürgen R. Thumann"),
        ("Miroslav Klose, der wegen Fouls Gelb-Rot sah, sagte: „Das war überzogen.“", "Miroslav Klose"),
        ("Tegaye Mununhe, der Polizeichef der Region, sagte: „Wir suchen weiter.“", "Tegaye Mununhe, der Polizeichef der Region"),
        # colon frames after an apposition, a name with its office, a fronted abstract object
        ("Der Leiter der Studie, Paulo Sérgio Pinheiro, sieht die Verantwortung beim Staat: „Es gilt, ein Signal zu setzen.“", "Der Leiter der Studie, Paulo Sérgio Pinheiro"),
        ("Erkki Tuomioja, Präsident des Rats der Europäischen Union: „Die Verabschiedung ist falsch.“", "Erkki Tuomioja, Präsident des Rats der Europäischen Union"),
        ("Jegliche Mitverantwortung für die Finanzaffäre weist Hartmann von sich: „Verantwortlich ist der Vorsitzende.“", "Hartmann"),
        ("Die Firma empfindet die Kritik als ungerecht: „Wir müssen die Ware lagern.“", "Die Firma"),
        # offices with `für`, appositions that start with an article, `heißt es` sources
        ("„Die Entwicklung setzt sich fort“, äußerte sich der Chef der Bundesagentur für Arbeit, Frank-Jürgen Weise, in Nürnberg.", "der Chef der Bundesagentur für Arbeit, Frank-Jürgen Weise"),
        ("„Maßvoll“, so Ursula Castrup, die Leiterin der Fachstelle für Suchtvorbeugung.", "Ursula Castrup, die Leiterin der Fachstelle für Suchtvorbeugung"),
        ("„Wir fordern Schutz“, heißt es in dem Schreiben des Verbandes.", "dem Schreiben des Verbandes"),
        # a sentence-initial adverb is no name
        ("Relativierend fügt Gall hinzu: „Allerdings darf man das nicht vergessen.“", "Gall"),
        # an apposition inside a `wie` clause is not the end of a subordinate clause
        ("Wie der Direktor des Amtes, Smith Dharmmasaroj, mitteilte: „Wir testen weiter.“", "der Direktor des Amtes, Smith Dharmmasaroj"),
        # a number inside a partitive subject; an auxiliary of a relative clause is not the main verb
        ("Einer der 13 beteiligten Feuerwehrmänner sagte: „Ich habe so etwas nie gesehen.“", "Einer der 13 beteiligten Feuerwehrmänner"),
        ("Im Brief, den Teziç an Chirac geschickt hat, erklärt er: „Sehr geehrter Herr Präsident.“", "er"),
        # the one quoted speaks, not the medium quoting; a quoted medium after its article
        ("„Das wird das größte Update“, zitiert die „Computerwoche“ Lynch in einem Bericht.", "Lynch"),
        ("In der Meldung auf der Seite wird Musk wie folgt zitiert: „I would hope so.“", "Musk"),
        ("„Wir sind unwillkommene Zeugen“, zitierte man Yolanda Alvarez.", "Yolanda Alvarez"),
        ("„Die Betonung von Video beweist das“, schreibt die „Computerwoche“.", "die „Computerwoche“"),
        # `so X` before a colon; a surname that is also a verb form; split particles `heraus`, `hervor`
        ("Das habe Methode, so Elshorst weiter: „Das ist auch in anderen Firmen üblich.“", "Elshorst"),
        ("Gall schreibt: „Der Dauerbetrieb verzeichnete eine Trefferquote von 0,03 Prozent.“", "Gall"),
        ("„Ich trete an als ein konservativer Republikaner“, strich Romney in Arbutus heraus.", "Romney"),
        ("„Die Koalition widerspricht den Wahlversprechen“, meinen die beiden Mitglieder Jan Giesel und David Perteck.", "die beiden Mitglieder Jan Giesel und David Perteck"),
        ("„Der IWF unterstützt Griechenland dabei“, ließ ein IWF-Sprecher aus Washington kurz verlauten.", "ein IWF-Sprecher aus Washington"),
        ("„Wir haben jetzt vier Punkte“, zeigte sich Milovan Rajevac zufrieden.", "Milovan Rajevac"),
        # an attribute phrase inside the speaker; a relative clause between subject and verb
        ("„Jetzt ist es noch außergewöhnlicher“, schrieb die in New York City geborene Lopez.", "die in New York City geborene Lopez"),
        ("Der Ermittler, der als wichtiger Zeuge gilt, will aufhören: „Was Größeres kommt nicht nach!“", "Der Ermittler"),
        # a noun of saying before a colon is its owner's; number words inside phrases; a role without a verb
        ("Das Fazit von Sandra Boser nach fünf Jahren überrascht nicht: „Die Qualität stimmt.“", "Sandra Boser"),
        ("„Das ist gut“, sagten die beiden Minister.", "die beiden Minister"),
        ("Jandová war im Käfig, Meierhenrich stand davor. „Das Elend geht weiter.“, so letztere.", "letztere"),
        ("Ein Hauptkommissar nach der Festnahme: „Raschkow ist dort, wo er hingehört.“", "Ein Hauptkommissar"),
        # a sentence joining clauses: the cue's own clause has the speaker
        ("Die Ministerin wies das zurück, die Sprecherin der Fraktion, Sandra Boser, erklärte: „Das schadet allen.“", "die Sprecherin der Fraktion, Sandra Boser"),
        ("Sie sei „vollkommen geschockt“ über das Geschehen, sagte die britische Königin.", "die britische Königin"),
        ("Auch die EU-Kommission kritisierte das scharf: So sagte Olli Rehn, EU-Erweiterungskommissar: „Das geht nicht.“", "Olli Rehn, EU-Erweiterungskommissar"),
        # a sentence adverb is no subject
        ("Zwar würde sie ihm „persönlich durchaus“ eine Bewährung zubilligen.", "sie"),
        ("In seiner Stellungnahme befand der Premierminister Benjamin Netanyahu den Angriff als gerecht und nannte den Auftrag „schnell und entschieden“.", "der Premierminister Benjamin Netanyahu"),
        # `sie` after the verb is the object when a masculine subject stands first
        ("Der Hauptgeschäftsführer des BPI nannte sie „fahrlässig“ und verwies auf Studien.", "Der Hauptgeschäftsführer des BPI"),
        # a partial quote without a cue: the clause's subject, or whom something is so for
        ("Der Hauptgeschäftsführer des Verbandes nannte die Studie „fahrlässig“ und verwies auf andere Arbeiten.", "Der Hauptgeschäftsführer des Verbandes"),
        # a focus particle before the subject; an adverb or a prepositional phrase with its own attachment first
        ("Auch der Außenminister Donald Rumsfeld attackierte den Iran als den „führenden Förderer von Terrorismus“.", "der Außenminister Donald Rumsfeld"),
        ("Erstmals seit 2001 sei die Bundesregierung in der Lage, die Kriterien „aller Voraussicht nach“ einzuhalten.", "die Bundesregierung"),
        # whom something is so for holds the view
        ("Für den Theologen Hans Küng sei der Rücktritt „aus vielen Gründen verständlich“.", "den Theologen Hans Küng"),
        ("In dem Verfahren vor dem Europäischen Gerichtshof sieht Osterloh einen Widerspruch zur „sozialen Marktwirtschaft“.", "Osterloh"),
        # the source of the sentence outranks the clause subject guessed for a partial quote
        ("Die Bauern seien laut dem Minister „besonders betroffen“.", "dem Minister"),
        # `heißt es` with its source first, a compound whose last part is capitalised
        ("Auf der documenta-Homepage heißt es zur Begründung: „Die Zählstriche wurden gewählt.“", "der documenta-Homepage"),
        ("Einspareffekte sollen „durch mehr Effizienz“ erreicht werden, so heißt es in einer Erklärung der Betriebsräte.", "einer Erklärung der Betriebsräte"),
        # a party name with a slash in an apposition; a colon after reported speech keeps its speaker
        ("Die Politikerin von Bündnis 90/Die Grünen, Anja Hajduk, kritisierte die Pläne. Die Mittel seien „völlig unrealistisch“.", "Die Politikerin von Bündnis 90/Die Grünen, Anja Hajduk"),
        ("Figeľ bekräftigte das Engagement der Kommission. Die Pflichten der Union seien im Vertrag klar festgelegt: „Daraus ergibt sich das.“", "Figeľ"),
        # a name right before a quote in brackets; a source noun with `nach` right before the quote
        ("Gratuliert haben viele, so der Leiter der IAEA, Mohammed ElBaradei („Mir fällt niemand ein.“), und andere.", "Mohammed ElBaradei"),
        ("Es sei Missionierung, die nach Bewertung von Polizei und Staatsanwaltschaft „keinen Anlass für Maßnahmen“ gebe.", "Bewertung von Polizei und Staatsanwaltschaft"),
        # an apposition belongs to the speaker, a relative clause after it does not
        ("Günther Platter, der Verteidigungsminister Österreichs, der zur Zeit den Vorsitz hat, sagte: „Wir hatten Gespräche.“", "Günther Platter, der Verteidigungsminister Österreichs"),
        ("Günther Platter, der Minister, der den Vorsitz hat, sagte: „Wir hatten Gespräche.“", "Günther Platter, der Minister"),
        # a subordinate clause closed without a comma before a finite cue
        ("Nachdem ein Haftbefehl eröffnet worden war sagte er: „Ich habe mein Land verteidigt.“", "er"),
        # a second verb after `und` ends the subject
        ("„Gar nicht mehr so privat?“ schrieben die Hacker und kündigten weitere Aktionen an.", "die Hacker"),
        # `wollen … wissen` after a question
        ("„Wo ist meine Stimme?“, wollen die Demonstranten in der Hauptstadt seit der Wahl wissen.", "die Demonstranten"),
        # a relative pronoun as the subject of the cue, as the data annotates it
        ("Am Samstag demonstrierten Tausende, die unter anderem skandierten: „Hole unsere Stimmen zurück!“", "die"),
        # an infinitive clause after the first noun phrase, a relative clause inside a `wie` clause
        ("Das ägyptische Angebot, palästinensische Verwundete kostenlos in ägyptischen Krankenhäusern behandeln zu lassen, lehnt er jedoch ab: „Ägypten sollte alle einreisen lassen.“", "er"),
        ("Wie Norman Paech, der als Beobachter anwesend war, dazu feststellt, verlangt „der Tatbestand das Mitwissen.“", "Norman Paech"),
        # an apposition that runs into the object before the quote ends at its comma
        ("Dann nannte Reinhard Jung, Geschäftsführer des Bauernbundes, die Kartoffel Amflora „überflüssig wie ein Kropf“.", "Reinhard Jung, Geschäftsführer des Bauernbundes"),
        # `freute sich` after a quote; foreign particles inside a name in an apposition
        ("„Wir haben jetzt vier Punkte“, freute sich Milovan Rajevac, der Trainer Ghanas.", "Milovan Rajevac, der Trainer Ghanas"),
        ("„Wir kehren nicht zurück“, sagte Houcine Abassi, der Chef der Union Générale Tunisienne du Travail.", "Houcine Abassi, der Chef der Union Générale Tunisienne du Travail"),
        # an apposition with a place phrase up to its comma
        ("Nach Ansicht von Senator Dodd, Vorsitzender des Ausschusses im Senat, hat die Fed „auf ganzer Linie versagt“.", "Ansicht von Senator Dodd, Vorsitzender des Ausschusses im Senat"),
        # a relative clause whose pronoun is the object: its subject speaks
        ("Unterschritten ist die Marke, die Gerhard Schröder zum Erfolgskriterium erklärt hatte: „Ich rechne damit.“", "Gerhard Schröder"),
        # a source right before a partial quote is nearer than a cue further back
        (
            "Nachdem die Befruchtung ihren Weg in die Praxis gefunden hat und man damit laut Klinikdirektor Matthias Beckmann „jetzt Paaren helfen kann“, suchen die Forscher weiter.",
            "Klinikdirektor Matthias Beckmann",
        ),
        ("Das Speichern oder, wie sich Tauss ausdrückte, „das prophylaktische Scannen“ sei nicht erlaubt.", "Tauss"),
        # `heißt es` before a colon: the source after it
        ("So heißt es in der Meldung wörtlich: „Ziel der Strategie ist eine optimale Vernetzung.“", "der Meldung"),
        ("„Das ist ein Bärendienst am Staat“, heißt es dazu in einer Pressemitteilung des CCC.", "einer Pressemitteilung des CCC"),
        # a noun phrase and its apposition before the verb: the comma closes the apposition
        (
            "Der türkische Verkehrsminister, Binali Yildirim, charakterisierte das Opfer als ein „Beispiel taktlosen Verhaltens“.",
            "Der türkische Verkehrsminister, Binali Yildirim",
        ),
        # the last of several named before a colon
        ("Es gratulierten Berlusconi und der norwegische Ministerpräsident Jens Stoltenberg: „Der Preis kommt nicht zu früh.“", "der norwegische Ministerpräsident Jens Stoltenberg"),
        # or two appositions
        (
            "Der Chef der Gewerkschaft IG Metall, Nachfolgerin der IG Druck, Jörg Hofmann, würdigte Kluncker als „eine bedeutende Persönlichkeit“.",
            "Der Chef der Gewerkschaft IG Metall, Nachfolgerin der IG Druck, Jörg Hofmann",
        ),
        (
            "Der Vorsitzende der Gewerkschaft ver.di, Nachfolgerin der ÖTV, Frank Bsirske, würdigte Kluncker als „eine bedeutende Persönlichkeit“.",
            "Der Vorsitzende der Gewerkschaft ver.di, Nachfolgerin der ÖTV, Frank Bsirske",
        ),
        # `der` with an adjective in `-en` is a dative: the subject follows the verb
        ("Der englisch-sprachigen Zeitung sagte Filep Karma: „Ich werde im Gefängnis gehalten.“", "Filep Karma"),
        # `so` and the verb, then an object pronoun before the subject
        ("„Er ist die eiserne Hand im eisernen Handschuh“, so charakterisierte ihn der Gewerkschafter Bernard Aubin.", "der Gewerkschafter Bernard Aubin"),
        # a second main clause after `und` has its own subject, however long its attribute
        (
            (
                "Die Menge skandierte Parolen gegen die Regierung und der sich selbst als Gegner Thaksins "
                "inszenierende Medienunternehmer Sondhi Limthongkul rief aus: „Thaksin muss gehen!“"
            ),
            "der sich selbst als Gegner Thaksins inszenierende Medienunternehmer Sondhi Limthongkul",
        ),
        ("Merkel und der französische Präsident Macron sagten: „Wir stehen zusammen.“", "Merkel und der französische Präsident Macron"),
        # a participle opening the sentence, though the lemmatiser reads it as a noun
        ("Lachend fügt Gall hinzu: „Das darf man nicht.“", "Gall"),
        # a plural before a singular verb is its object; the subject follows the verb
        ("Die tibetischen Mönche beschrieb die Nachrichtenagentur als „aggressiv“.", "die Nachrichtenagentur"),
        # in the passive, the agent after a noun's own `von` attribute
        ("In Norddeutschland wird die Gefahr von Waldbränden vom Deutschen Wetterdienst als „sehr hoch“ eingestuft.", "Deutschen Wetterdienst"),
    ],
)
def test_frame_speaker_in_clause_order(text, speaker):
    assert direct_speaker(text) == speaker


@pytest.mark.parametrize(
    "text,speaker",
    [
        # where someone is from belongs to the phrase
        ("„Es war wie ein Güterzug“, beschreibt ein Reporter des Senders Sky News aus Leicestershire das Ereignis.", "ein Reporter des Senders Sky News aus Leicestershire"),
        ("„Es war wie ein Güterzug“, sagte ein Sprecher aus Berlin.", "ein Sprecher aus Berlin"),
        # … but not why he said it, nor where he said it
        ("„Es war wie ein Güterzug“, sagte der Minister aus Sicherheitsgründen.", "der Minister"),
        ("„Es war wie ein Güterzug“, sagte der Minister in Berlin.", "der Minister"),
        # a place before a name in apposition, the frame's adverb after the name
        (
            "„Die Lage bleibt ernst“, sagte der Oberkommandierende der US-Streitkräfte im Irak, General George Casey heute.",
            "der Oberkommandierende der US-Streitkräfte im Irak, General George Casey",
        ),
        ("„Die Lage bleibt ernst“, sagte der Minister im Irak, dass er zurücktrete.", "der Minister"),
        # a name in capitals takes no genitive after it: the dative object begins
        ("Das Zentrum dient laut einer Pressemitteilung des BMI der Verbesserung des „Informationsaustauschs und der Koordinierung von Schutzmaßnahmen“.", "einer Pressemitteilung des BMI"),
        # nor does a full name: what follows is whom he told; an adjective made a noun is an object
        ("„Die Ernte war gut“, sagte der Landwirt Thomas Merkel der Zeitung.", "der Landwirt Thomas Merkel"),
        ("„Das ist fragwürdig“, sagte die 39-Jährige der Deutschen Presse-Agentur.", "die 39-Jährige"),  # nor an age
        ("„Die Mannschaft hat Charakter“, sagte Petković der „Weserzeitung“.", "Petković"),  # nor a surname alone after the verb
        ("An die Adresse der Stabilitätswächter hatte Steinbrück Positives zu vermelden: „Wir halten die Kriterien ein.“", "Steinbrück"),
    ],
)
def test_where_the_speaker_phrase_ends(text, speaker):
    assert direct_speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Die vorgesehenen Mittel seien „völlig unrealistisch“ gewesen, hieß es.",  # no one who speaks
        "Relativierend kam dann der Satz „nichts ist sicher“ ins Spiel.",  # an adverb, not a name
        "So gewonnene Daten seien „in besonderem Maße heikel“.",  # data, not people
        "Die Aufforderung, vorgetragen durch den „preußischen“ Beamten, das Beste anzunehmen, liest sich wie ein Mahnwort.",
        # a month no source, an attribute no agent (a passive's source: see the passive frame test)
        "Im März war der Versuch für „endgültig gescheitert“ erklärt worden.",
        "Die Speicherung von Fingerabdrücken war bisher damit begründet worden, dass sie „die Identität sichere“.",
    ],
)
def test_partial_quote_subject_must_be_someone(text):
    assert direct_speaker(text) is None


def test_abstract_object_is_not_the_speaker():
    text = "Ein nicht genannter Vertreter der „con energy ag“ bezeichnet ihre Investition von 5,57 Prozent als „strategisch“."
    quotes = zitat.extract(text).quotes
    (quote,) = [q for q in quotes if q.quote.text == "„strategisch“"]
    assert quote.speaker.text != "ihre Investition"


def test_so_heisst_names_something():
    assert [q for q in zitat.extract("„Wikiasari“, so heißt ein geplantes Projekt von Jimmy Wales.").quotes if q.type == "direct"] == []


def test_reported_speech_quote_is_said_by_the_subject_before_it():
    text = "Im Landtag nahm auch der Ministerpräsident Christian Wulff zu der Frage Stellung. Jeder Pädagoge könne „das Konto jetzt einlösen“."
    assert direct_speaker(text) == "der Ministerpräsident Christian Wulff"


def test_apposition_ends_where_the_verb_follows_without_a_comma():
    text = "Theo Zwanziger, Präsident des Verbands (DFB) nannte die Bewerbung „sehr respektabel“ und stellte fest, dass „Europa dran ist“."
    assert {q.speaker.text for q in zitat.extract(text).quotes if q.type == "direct"} == {"Theo Zwanziger, Präsident des Verbands (DFB)"}


def test_a_later_quote_in_the_sentence_shares_its_speaker():
    text = "„In absehbarer Zeit“, so Finanzvorstand Hans Dieter Pötsch, wird VW „auch ein Fahrzeug für Indien entwickeln“."
    assert [q.speaker.text for q in zitat.extract(text).quotes if q.type == "direct"] == ["Finanzvorstand Hans Dieter Pötsch"] * 2


def test_two_quotes_share_the_frame_after_them():
    text = "„Ich zähle auf meine Anhänger“ und „Die Menschen sollen es wissen“, zitiert CNN."
    assert [q.speaker.text for q in zitat.extract(text).quotes if q.type == "direct"] == ["CNN", "CNN"]


def test_each_clause_its_own_speaker():
    text = "Klose nannte seinen Platzverweis „überzogen“, Bundestrainer Joachim Löw bezeichnete die Karten als „übertrieben“."
    assert [q.speaker.text for q in zitat.extract(text).quotes if q.type == "direct"] == ["Klose", "Bundestrainer Joachim Löw"]


@pytest.mark.parametrize("going_on", ["Und", "Und weiter", "Weiter"])
def test_conjunction_before_a_colon_continues_the_speaker(going_on):
    text = f"Er äußerte sich mit den Worten: „Die Nachricht ist einfach.“ {going_on}: „Die Gefahren sind real.“"
    assert [q.speaker.text for q in zitat.extract(text).quotes if q.type == "direct"] == ["Er", "Er"]


def test_quoted_medium_as_speaker():
    assert direct_speaker("„Er ist der kreative Kopf“, schrieb „Die Zeit“ in einem Nachruf.") == "„Die Zeit“"


@pytest.mark.parametrize(
    "text,cue",
    [
        ("Der Minister äußerte sich zufrieden: „Das ist gut.“", "äußerte sich"),
        ("„Das ist gut“, sagte er dazu.", "sagte"),
        ("Er sprach von einem „Skandal ohne Beispiel“.", "sprach von"),
        ("Die Experten warnten vor einer „Katastrophe für die Region“.", "warnten vor"),
        ("Der Präsident würdigte ihn als „großen Staatsmann der Republik“.", "würdigte als"),
        ("Die Ministerin geht davon aus, dass es „schwierig wird“.", "geht davon aus"),
        ("Die Grünen prangerten an, dass es „Datenschnüffelei in den Schulen“ gebe.", "prangerten an"),
        ("Der Fraktionschef wird von der Zeitung mit den Worten zitiert: „Er ist angeschlagen.“", "wird mit den Worten zitiert"),
        ("Er bezeichnete den Besuch als ein „wichtiges Zeichen für die Truppe“.", "bezeichnete als"),  # `ein` is the quotation's
    ],
)
def test_cue_words_as_the_data_marks_them(text, cue):
    quotes = zitat.extract(text).quotes
    assert cue in [" ".join(text[s:e] for s, e in q.cue.spans) for q in quotes if q.cue]


@pytest.mark.parametrize(
    "text,speaker,cue",
    [
        # `mit den Worten` first: the subject after the verb, whatever the verb
        ("Lawrow reagierte gelassen: Mit den Worten „Jetzt wird alles in der G20 diskutiert“, richtete er seinen Blick nach vorn.", "er", "Mit den Worten"),
        ("Mit den Worten „Ich bin genauso voller Leidenschaft wie jeder andere“ entschuldigte sich der Stürmer.", "der Stürmer", "Mit den Worten"),
        # inside the clause: its subject
        ("Im Kongress warb Obama für das Gesetz mit den Worten „Und das bedeutet den Bau neuer Atommeiler.“", "Obama", "mit den Worten"),
    ],
)
def test_with_the_words(text, speaker, cue):
    (quote,) = zitat.extract(text).quotes
    assert (quote.speaker.text, quote.cue.text) == (speaker, cue)


def test_a_relative_pronoun_before_a_feminine_dative_is_the_subject():
    text = "Anwesend war auch der ehemalige Justizminister Ramsey Clark, der der US-Regierung vorwarf, Aktivisten frei zu lassen."
    (quote,) = zitat.extract(text).quotes
    assert (quote.speaker.text, quote.speaker.canonical) == ("der", "Ramsey Clark")


@pytest.mark.parametrize(
    "text,speaker",
    [
        # a name, a comma, an article and a noun up to the verb: an apposition whose comma is left out
        (
            "Houcine Abassi, der Generalsekretär des Gewerkschaftsverbandes UGIT sagte gegenüber der Nachrichtenagentur dpa: „Wir werden nicht zurückkehren.“",
            "Houcine Abassi, der Generalsekretär des Gewerkschaftsverbandes UGIT",
        ),
        # where someone serves, before the name in apposition
        (
            "Den Unmut brachte die Sprecherin der Unionsfraktion im Bundestag, Annette Widmann-Mauz, zum Ausdruck: „Es gibt keinen Grund.“",
            "die Sprecherin der Unionsfraktion im Bundestag, Annette Widmann-Mauz",
        ),
    ],
)
def test_appositions_around_the_speaker(text, speaker):
    assert direct_speaker(text) == speaker


@pytest.mark.parametrize(
    "text,speaker",
    [
        # a passive's agent or the source it names first, however far the participle is from the auxiliary
        ("Von der Presse war der Auftrag als „Geschäft des Jahrhunderts“ bezeichnet worden.", "der Presse"),
        ("In den Medien war der Großauftrag aus dem Pentagon überschwenglich schon als „Geschäft des Jahrhunderts“ bezeichnet worden.", "den Medien"),
    ],
)
def test_a_passive_frame_after_the_quote_names_its_agent_or_source(text, speaker):
    assert direct_speaker(text) == speaker


@pytest.mark.parametrize(
    "text,speaker,cue",
    [
        # `mit diesen Worten` after the quotation: the verb's subject
        ("Er war Trainer in München. „Guten Tag, ich schon wieder da“, mit diesen Worten meldete er sich zurück.", "er", "mit diesen Worten"),
        # someone's opinion before a colon speaks for him
        ("Köhler hielt sich zurück. Seine Meinung zu Kirchhoff: „Ich dachte, es darf doch nicht wahr sein.“", "Seine Meinung", None),
    ],
)
def test_words_and_opinions_around_a_quote(text, speaker, cue):
    (quote,) = zitat.extract(text).quotes
    assert (quote.speaker.text, quote.cue.text if quote.cue else None) == (speaker, cue)


@pytest.mark.parametrize(
    "text,speaker,addressee",
    [
        # after a verb of telling, a medium in the dative is whom it was told
        ("„Die Lage ist ernst“, sagte der Minister der „Süddeutschen Zeitung“.", "der Minister", "der „Süddeutschen Zeitung“"),
        ("„Die Lage ist ernst“, sagte der Minister der dpa.", "der Minister", "der dpa"),
        # the paper's own people and a company are genitives
        ("„Die Lage ist ernst“, sagte der Chefredakteur der „Zeit“.", "der Chefredakteur der „Zeit“", None),
        ("„Die Lage ist ernst“, sagte der Präsident der Deutschen Bank.", "der Präsident der Deutschen Bank", None),
    ],
)
def test_a_medium_told_after_the_speaker_is_no_genitive(text, speaker, addressee):
    (quote,) = zitat.extract(text).quotes
    assert (quote.speaker.text, quote.addressee.text if quote.addressee else None) == (speaker, addressee)
