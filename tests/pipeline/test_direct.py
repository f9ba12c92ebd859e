from __future__ import annotations

import pytest

import zitat


def statements(text):
    return [(q.quote.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in zitat.extract(text).quotes]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("„Wir werden nicht nachgeben“, sagte der Minister.", [("„Wir werden nicht nachgeben“", "der Minister", "sagte")]),
        ("Der Minister sagte: „Wir werden nicht nachgeben.“", [("„Wir werden nicht nachgeben.“", "Der Minister", "sagte")]),
        ("„Wir werden nicht nachgeben“, so Merkel.", [("„Wir werden nicht nachgeben“", "Merkel", "so")]),
        ("Dazu sagte Angela Merkel: „Das schaffen wir.“", [("„Das schaffen wir.“", "Angela Merkel", "sagte")]),
        ("Merkel: „Das schaffen wir schon irgendwie.“", [("„Das schaffen wir schon irgendwie.“", "Merkel", None)]),
        (
            "Die Ministerin räumte ein: „Wir haben Fehler gemacht.“",
            [("„Wir haben Fehler gemacht.“", "Die Ministerin", "räumte ein")],
        ),
        ("„Das bleibt so“, fügte er hinzu.", [("„Das bleibt so“", "er", "fügte hinzu")]),
        # the frame after a dash; the auxiliary first, the participle closing the frame
        ("„Wir bleiben wachsam“ – so der Minister.", [("„Wir bleiben wachsam“", "der Minister", "so")]),
        ("„Wir bleiben wachsam“ – sagte der Minister.", [("„Wir bleiben wachsam“", "der Minister", "sagte")]),
        (
            "„Meine Arbeit ist fehlerhaft“, hatte Koch-Mehrin damals gesagt.",
            [("„Meine Arbeit ist fehlerhaft“", "Koch-Mehrin", "hatte gesagt")],
        ),
        (
            "„Meine Arbeit ist fehlerhaft“, hat die Politikerin am Montag in Berlin betont.",
            [("„Meine Arbeit ist fehlerhaft“", "die Politikerin", "hat betont")],
        ),
        # the quotation is the verb's object, not a reported statement with itself as speaker
        ("„Wir bleiben wachsam“, versprach de Maizière den Bürgern.", [("„Wir bleiben wachsam“", "de Maizière", "versprach")]),
    ],
)
def test_direct_speaker_patterns(text, expected):
    assert statements(text) == expected


@pytest.mark.parametrize(
    "text,speaker,cue",
    [
        ("Auf dem Plakat stand: „Wir wollen keine Atomkraft mehr in diesem Land.“", "dem Plakat", "stand"),
        ("Auf dem Fronttransparent war die Parole „Autonome in Bewegung. G8 angreifen“ zu lesen.", "dem Fronttransparent", "zu lesen"),
        ("Darauf waren die Worte zu lesen: „Paris unterstützt die Menschenrechte auf der ganzen Welt.“", "Darauf", "zu lesen"),
        ("Derzeit steht in dem Gesetzentwurf noch der Passus: „Die Fingerabdrücke sind sofort zu löschen.“", "dem Gesetzentwurf", "steht"),
        (
            "An jedem Radio musste ein Zettel kleben, auf dem geschrieben stand: „Das Abhören ausländischer Sender ist ein Verbrechen.“",
            "ein Zettel",
            "geschrieben stand",
        ),
        # `darin`: the text the sentence before named
        ("Die Staatsanwaltschaft gab eine Stellungnahme ab. Darin steht: „Besonders betroffen sind wir alle.“", "eine Stellungnahme", "steht"),
    ],
)
def test_direct_words_written_on_something_are_its_words(text, speaker, cue):
    quote = zitat.extract(text).quotes[-1]
    assert (quote.speaker.text, quote.cue.text, quote.medium) == (speaker, cue, "writing")


def test_direct_a_place_name_before_stands_is_no_writing():
    (quote,) = zitat.extract("In Berlin steht die Regierung unter Druck: „Wir müssen jetzt handeln.“").quotes
    assert quote.speaker.text == "die Regierung"


def test_direct_following_quote_paragraph_continues_speaker():
    text = "Der Minister sagte: „Wir bleiben hart.“\n\n„Niemand wird uns aufhalten.“\n\nDas Wetter war schön."
    result = statements(text)
    assert [r[1] for r in result] == ["Der Minister", "Der Minister"]


def test_direct_following_quote_paragraph_repeats_the_cue():
    text = "Der Minister sagte: „Wir bleiben hart.“\n\n„Niemand wird uns aufhalten.“"
    first, second = zitat.extract(text).quotes
    assert second.cue == first.cue and second.cue.text == "sagte"


def test_direct_possessive_before_a_colon_continues_the_last_speaker():
    text = (
        "Der Außenbeauftragte Javier Solana äußerte sich zuversichtlich: „Ich gehe von einer Einigung aus.“ "
        "Seine Zuversicht gründet sich auf Erfahrungen: „Entscheidungen fallen immer erst in letzter Minute.“"
    )
    assert [q.speaker.text for q in zitat.extract(text).quotes if q.type == "direct"] == ["Der Außenbeauftragte Javier Solana"] * 2


def test_direct_quote_later_in_the_paragraph_continues_the_last_statement():
    text = (
        "Die Ministerin Anna Berger kritisierte die Pläne scharf. Die Kosten seien nicht gedeckt. "
        "Das Parlament tagt am Montag. „Wir werden das nicht hinnehmen.“\n\nDas Wetter war schön."
    )
    (quote,) = [q for q in zitat.extract(text).quotes if q.type == "direct"]
    assert quote.speaker is not None and quote.speaker.canonical == "Anna Berger"


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            (
                "Sadiq Khan, eines der Parlamentsmitglieder, unterschrieb den Brief an den Premierminister. "
                "„Diese Regierung hat einige große Erfolge zu verzeichnen.“"
            ),
            "Sadiq Khan",
        ),
        # someone named between the last statement and the quotation takes it over
        (
            (
                "„Ich trete zurück“, sagte der Papst. Der ältere Bruder des Papstes, Georg Ratzinger, war seit langem "
                "eingeweiht. „Mein Bruder wünscht sich im Alter mehr Ruhe.“"
            ),
            "Georg Ratzinger",
        ),
        # an organisation by its acronym, after a heading run into the paragraph
        ("Europapolitik: Die SPD will am Kurs der EU-Erweiterung festhalten. „Wir wollen ein verlässliches Europa.“", "SPD"),
    ],
)
def test_direct_unframed_quote_after_a_named_subject_is_theirs(text, speaker):
    quote = [q for q in zitat.extract(text).quotes if q.type == "direct"][-1]
    assert quote.speaker is not None and quote.speaker.canonical == speaker


@pytest.mark.parametrize(
    "text,speaker",
    [
        # a common noun or a pronoun in between leaves the last speaker
        ("„Wir bleiben hart“, sagte Merkel. Die Regierung tagt am Montag. „Niemand wird uns aufhalten.“", "Merkel"),
        ("„Wir bleiben hart“, sagte Angela Merkel. Sie lächelte. „Niemand wird uns aufhalten.“", "Angela Merkel"),
    ],
)
def test_direct_unframed_quote_keeps_the_last_speaker_past_unnamed_subjects(text, speaker):
    quote = [q for q in zitat.extract(text).quotes if q.type == "direct"][-1]
    assert quote.speaker is not None and quote.speaker.canonical == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Das Raumschiff „Shenzhou 6“ ist gelandet.",
        "Er sah den Film „Retirement“ im Kino.",
        "Die Zeitung „Neues Deutschland“ erscheint täglich.",
        "Das war wirklich „toll“.",
        # names in small letters after the kind they name, also in the genitive
        "Die Firma „con energy ag“, ein Energieunternehmen aus Essen, investiert in Windparks.",
        "Die Kidnapper wollen die Freilassung von Angehörigen des Stamms „al-Abdullah bin Dahha“, die im Gefängnis sitzen, erpressen.",
        "Ihm war der Doktortitel mit dem Prädikat „summa cum laude“ verliehen worden.",
        # what a name or title is
        "Der wissenschaftliche Name lautet „Tiktaalik roseae“ und soll an den Fundort erinnern.",
        "Der Artname wird von der Mine abgeleitet, der Name lautet also „riesige Boa von Cerrejón“.",
    ],
)
def test_direct_titles_names_and_scare_quotes_are_not_statements(text):
    assert statements(text) == []


def test_direct_what_a_text_reads_is_a_statement():
    (quote,) = zitat.extract("Das Fazit des Berichts lautete: „Die Wahlen boten den Bürgern eine echte Wahl.“").quotes
    assert quote.type == "direct" and quote.quote.text.startswith("„Die Wahlen")


def test_direct_a_name_inside_a_statement_is_no_quote_of_its_own():
    quotes = zitat.extract("Laut einem Test des Magazines „auto, motor und sport“ gibt es 113 sparsame Modelle.").quotes
    assert [q.type for q in quotes] == ["indirect"]


def test_direct_a_name_in_the_source_before_a_colon_is_no_quote_of_its_own():
    text = "So heißt es in der Meldung auf der Homepage von „con energy“ wörtlich: „Ziel ist eine optimale Vernetzung.“"
    (quote,) = zitat.extract(text).quotes
    assert quote.quote.text == "„Ziel ist eine optimale Vernetzung.“"
    assert quote.speaker.text == "der Meldung auf der Homepage von „con energy“"


def test_direct_inverted_and_multi_paragraph_quote():
    text = "Am Montag sagte die Sprecherin: „Erstens gilt das.\n\n„Zweitens gilt jenes.“"
    (q,) = zitat.extract(text).quotes
    assert len(q.quote.spans) == 2
    assert q.speaker.text == "die Sprecherin"


def test_direct_pipeline_declares_what_it_needs(nlp):
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values())


@pytest.mark.parametrize(
    "text,quote",
    [
        # someone's wording inside a sentence, even after an article or preposition
        ("Eine Sprecherin nannte das eine „offene architektonische Frage“ der Stadt.", "„offene architektonische Frage“"),
        ("Der Staatsanwalt hält ihn für „böse und gefährlich“ und fordert Haft.", "„böse und gefährlich“"),
        ("Er bezeichnete die Pläne als „Wortbruch“.", "„Wortbruch“"),
        # a predicate after the Konjunktiv: the reported speaker's word, however short
        ("Die Geheimklauseln aus dem Dokument seien „alamierend“. Das sagte Steinhardt.", "„alamierend“"),
        # a verdict `als „…“`, even in a word no lexicon knows, with the verb's particle after it
        ("Er bezeichnete das Schriftstück ferner als „Unsensibilität“ und ging.", "„Unsensibilität“"),
        ("Der Geschäftsführer wies alle Vorwürfe als „haltlos“ zurück.", "„haltlos“"),
        # a capitalised phrase of several words after an indefinite article: names take the definite one
        ("Köhler sieht eine wachsende „Kluft zwischen Arm und Reich“ im Land.", "„Kluft zwischen Arm und Reich“"),
        ("Osterloh sieht darin einen „Angriff gegen die Belegschaft“.", "„Angriff gegen die Belegschaft“"),
        # slogans on banners and in chants
        ("Die Demonstranten skandierten Parolen wie „Stoppt den Überwachungswahn“ und zogen weiter.", "„Stoppt den Überwachungswahn“"),
        ("Auf dem Transparent stand die Parole „Autonome in Bewegung“ zu lesen.", "„Autonome in Bewegung“"),
        ("Sie skandierten Parolen wie zum Beispiel „Stoppt den Überwachungswahn“ und zogen weiter.", "„Stoppt den Überwachungswahn“"),
        # the words after a noun for something said, though capitalised like a name
        (
            "In der Zeitung fand sich dazu die Feststellung „Mit diesem Ziel stellt die Zeitung ihre Arbeit neu auf“. Das ist neu.",
            "„Mit diesem Ziel stellt die Zeitung ihre Arbeit neu auf“",
        ),
        # a long capitalised sentence with a finite verb, though no cue frames it and no full stop ends it
        ("Nach dem Spiel war die Lage klar. „Wir haben jetzt vier Punkte und brauchen nur noch ein Unentschieden“, freute sich Rajevac.", "„Wir haben jetzt vier Punkte und brauchen nur noch ein Unentschieden“"),
    ],
)
def test_direct_partial_quotes_are_statements(text, quote):
    assert quote in [q[0] for q in statements(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Das meldete die Internet-Nachrichtensite „Golem“ am Morgen.",  # a name after a noun
        "Er schrieb in der „BILD am Sonntag“ über die Partei.",  # a newspaper after a definite article
        "Dem Bürgerrechtler wurde der „Sacharow-Preis für geistige Freiheit“ verliehen.",  # a hyphenated title
        "Daran wird eine Warnung an „den Westen“ angeschlossen.",  # article + noun: a label
        "Nach dem Putsch erklärte der neue „Oberste Rat zur Wiederherstellung der Demokratie“ die Verfassung für ungültig.",
        "Die Junta, die sich selbst „Rat für Demokratische Reform“ nennt, sagte, sie werde bleiben.",
        "Das Bündnis „United Front“ (übersetzt etwa: „Vereinigte Front“) sagte, es protestiere weiter.",
        "Unter dem diesjährigen Motto  „Tabak: Tödlich in jeder Form“ informierten Ärzte.",  # a double space before it
        "Er arbeitet für eine „Stiftung für Arbeit und Umwelt“.",  # an institution's name, even after `eine`
        "Die Studie „Die Mitte im Umbruch“ erschien im Juni.",  # a report's title: no noun for something said
        "Der Mann ist nur als „Poe Toaster“ bekannt.",  # `als` without a verdict: what he is called
        "Der Unfall wurde mit INES 1 bewertet und gilt damit nicht als „Störfall“.",
        "Auf der Konferenz in San Francisco 2005 hat der Architekt Kevin Lynch die Version 8 (Codenamen: „Maelstrom“) gezeigt.",
    ],
)
def test_direct_names_and_labels_are_not_statements(text):
    assert [q for q in zitat.extract(text).quotes if q.type == "direct"] == []


def test_direct_a_verdict_takes_its_speaker_and_the_particle_after_the_quote():
    text = "In einem Gespräch wies der Geschäftsführer alle Vorwürfe als „haltlos“ zurück."
    assert statements(text) == [("„haltlos“", "der Geschäftsführer", "wies zurück")]


def test_quoted_words_do_not_hide_the_indirect_statement_around_them():
    text = "Die „unter Druck stehenden Soldaten“ hätten „unschuldige Zivilisten“ getötet, sagte Murtha."
    types = {q.type for q in zitat.extract(text).quotes}
    assert "indirect" in types and "direct" in types


@pytest.mark.parametrize(
    "text,medium,quoted,said",
    [
        ("Der Spiegel zitiert den Prediger mit den Worten: „Wir warnen das Abendland.“", "Der Spiegel", "den Prediger", "speech"),
        ("„Das wird das größte Update“, zitiert die „Computerwoche“ Lynch in einem Bericht.", "die „Computerwoche“", "Lynch", "speech"),
        ("Der Fraktionschef Volker Ratzmann wird von der „Netzeitung“ mit den Worten zitiert: „Wowereit ist angeschlagen.“", "der „Netzeitung“", "Der Fraktionschef Volker Ratzmann", "speech"),
        ("„Die Schuld liegt bei uns“ wird der Franzose im Fachblatt „La Gazetta dello Sport“ zitiert.", "Fachblatt „La Gazetta dello Sport“", "der Franzose", "speech"),
        # no medium named: the text someone is quoted in
        (
            "Der GdP-Vorsitzende Konrad Freiberg wird in einer Presseerklärung der Gewerkschaft mit den Worten zitiert: „Was wir brauchen, ist Personal.“",
            "einer Presseerklärung der Gewerkschaft",
            "Der GdP-Vorsitzende Konrad Freiberg",
            "speech_writing",  # said or written: a press release does not tell
        ),
        # where the text stands belongs to it, as the data marks it
        ("In der Meldung auf der firmeneigenen Seite wird Musk wie folgt zitiert: „I would hope that the next launch occurs soon.“", "der Meldung auf der firmeneigenen Seite", "Musk", "speech_writing"),
        # a medium by its web address or a hyphenated name
        ("„Das ist eine Größenordnung, die die Szene sonst nicht auf die Beine stellt\", zitiert ndr.de Polizeisprecher Ralf Meyer.", "ndr.de", "Polizeisprecher Ralf Meyer", "speech"),
        ("„Die Regelung im BKA-Gesetz kommt rasch“, zitiert Welt-Online den Minister.", "Welt-Online", "den Minister", "speech"),
    ],
)
def test_direct_a_medium_quoting_someone_makes_two_statements(text, medium, quoted, said):
    outer, inner = zitat.extract(text).quotes
    assert (outer.speaker.text, outer.medium, outer.nested_in) == (medium, "writing", None)
    assert (inner.speaker.text, inner.medium, inner.nested_in) == (quoted, said, outer.id)
    assert inner.quote == outer.quote


def test_direct_sentence_after_the_quote_that_takes_it_up_names_the_speaker():
    text = "Die Debatte begann. „Ja, es gibt Zumutungen.“ Das musste Finanzminister Peer Steinbrück einräumen. Er rechnet mit mehr Geld."
    assert statements(text)[0] == ("„Ja, es gibt Zumutungen.“", "Finanzminister Peer Steinbrück", "musste einräumen")
    # `Das Gericht …` begins a sentence about someone else, not one taking up the quote
    text = "Die Debatte begann. „Ja, es gibt Zumutungen.“ Das Gericht sagte, es werde prüfen."
    assert statements(text)[0][1] is None
    # a sentence of three words in quotation marks is said too
    assert statements("„Das ist gut.“ Das sagte der Minister am Montag.") == [("„Das ist gut.“", "der Minister", "sagte")]


def test_direct_a_gloss_in_brackets_after_a_colon_is_no_statement():
    text = (
        "300 ehemalige TRT-Parlamentsabgeordnete sowie künftige Kandidaten einigten sich darauf, sich einer kleinen Partei "
        "anzuschließen, der „Palang Prachachon“ (etwa: „Partei der Volksmacht“, engl. „People's Power Party“)."
    )
    assert [q for q in zitat.extract(text).quotes if q.type == "direct"] == []


def test_direct_no_cue_inside_an_earlier_quotation():
    # `gefunden“` ends Meier's words about Undiano: no verb of the later quotes
    text = (
        "Urs Meier kritisierte, Undiano habe „nicht die richtige Linie gefunden“, "
        "und für Knut Kircher war der Spanier „ein Kartenspieler ohne Persönlichkeit“."
    )
    assert [(q, s) for q, s, _ in statements(text) if q.startswith("„")] == [
        ("„nicht die richtige Linie gefunden“", "Urs Meier"),
        ("„ein Kartenspieler ohne Persönlichkeit“", "Urs Meier"),
    ]


@pytest.mark.parametrize(
    "text,speaker",
    [
        # a verb of asking inside a `dass` clause has the clause's subject, not the main clause's
        ("Der NDR berichtet, dass Mindermann das Mädchen gefragt habe, was sie „anhabe“.", "Mindermann"),
        ("Der NDR berichtet, Mindermann habe das Mädchen gefragt, was sie „anhabe“.", "Mindermann"),
        # in the passive the clause's subject is the one asked
        ("Der NDR berichtet, dass Mindermann gefragt wurde, was sie „anhabe“.", "Der NDR"),
    ],
)
def test_direct_cue_in_a_complement_clause_has_that_clause_s_subject(text, speaker):
    assert [s for q, s, _ in statements(text) if q == "„anhabe“"] == [speaker]


@pytest.mark.parametrize(
    "text,speaker,cue",
    [
        # a reflexive verb in the past right after the quotation, whatever the lexicon knows of it
        ("„Das ist ein echter Skandal“, empörte sich die Opposition.", "die Opposition", "empörte sich"),
        ("„Das ist ein echter Skandal“, wunderte sich der Trainer.", "der Trainer", "wunderte sich"),
    ],
)
def test_direct_a_reflexive_verb_after_the_quote_frames_it(text, speaker, cue):
    assert statements(text) == [("„Das ist ein echter Skandal“", speaker, cue)]


def test_direct_quote_before_its_frame_is_not_also_an_indirect_statement():
    # `hätten` reads as reported speech, but the quotation itself is the statement
    assert [q.type for q in zitat.extract("„Wir hätten mehr erwartet“, meinte Meier nach dem Spiel.").quotes] == ["direct"]


def test_direct_quote_after_a_sentence_about_someone_described_is_theirs():
    text = "Der Trainer war nach dem Spiel zufrieden. „Wir haben gut gespielt. Die Mannschaft hat gekämpft.“"
    assert statements(text)[0][1] == "Der Trainer"


@pytest.mark.parametrize(
    "text,speaker",
    [
        # a passive after `und`: its agent or the paper it appeared in speaks, not the subject
        ("Die Firma gilt als solide und wurde von Analysten als „ein Vorbild für die Branche, nämlich für alle“ bezeichnet.", "Analysten"),
        (
            "Die Wiener Linien gelten als nah und wurden gestern im „Standard“ als „eine bedeutende Organisation innerhalb der Gemeinde, nämlich der Stadt“ bezeichnet.",
            "„Standard“",
        ),
        ("Die Firma wurde als „ein Vorbild für die ganze Branche, nämlich für alle“ bezeichnet.", None),
        # a cue ending a subordinate clause: that clause's subject
        ("Der Bericht ist brisant, weil die Regierung das Land im Mai als „junge couragierte Demokratie“ bezeichnet hat.", "die Regierung"),
    ],
)
def test_direct_a_cue_after_the_quote_speaks_by_its_own_clause(text, speaker):
    quote = zitat.extract(text).quotes[-1]
    assert (quote.speaker.text if quote.speaker else None) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Beide Präsidenten planen eine „Eins zu Eins“-Begegnung im Sommer, sagte der Sprecher.",
        "Die Techniker prüften die sogenannten „engine cutoff“-Sensoren am Tank.",
    ],
)
def test_direct_a_quotation_that_opens_a_compound_is_a_term(text):
    assert [q.quote.text for q in zitat.extract(text).quotes if q.type == "direct"] == []


@pytest.mark.parametrize(
    "text,quote",
    [
        (
            (
                "Er bezeichnete die Pläne als „Wortbruch“. Bisher habe die Bundesregierung eine zentrale Datei ausgeschlossen. "
                "Auf dem Weg einer „Vernetzung der 5.300 Register“ komme die Bundesregierung nun aber zum selben Ergebnis."
            ),
            "„Vernetzung der 5.300 Register“",
        ),
        # a run of several claims, one with its verb after a long first phrase, back to the sentence that frames them
        (
            (
                "Der Kandidat analysierte die Lage. Die Bestrebungen der Regierung, ihre Macht durch Manipulation zu erhalten, "
                "bezeichnete er als einen „Akt des Verbrechertums“. Der Versuch des amtierenden Präsidenten, sich durch "
                "Repression und die Anwendung staatlicher Gewalt an der Macht zu halten, werfe einen dunklen Schatten über "
                "Simbabwe. Die Entscheidung des Gerichts über die Veröffentlichung des Wahlergebnisse sei auf Druck der "
                "Regierung verschoben worden, Armeeeinheiten seien zusammen gezogen worden, Räumlichkeiten der MDC seien "
                "überfallen worden. Das Schicksal des Landes stehe „auf Messers Schneide“."
            ),
            "„auf Messers Schneide“",
        ),
    ],
)
def test_direct_a_quote_in_reported_speech_is_the_run_speakers_not_a_claims_subject(text, quote):
    speakers = {q.quote.text: q.speaker.text if q.speaker else None for q in zitat.extract(text).quotes if q.type == "direct"}
    assert speakers[quote].lower() == "er"


def test_direct_a_quote_in_reported_speech_is_whoever_was_quoted_just_before():
    text = (
        "Bundesbildungsministerin Annette Schavan (CDU) hat dagegen Studiengebühren gegen neu aufkommende Kritik verteidigt. "
        "„Ich halte Studiengebühren für richtig“, äußerte sich Schavan gegenüber dem „Hamburger Abendblatt“. Die Beiträge "
        "zum Studium stärkten die Weiterentwicklung der Hochschulen, und so würden sie auch von den meisten Studierenden "
        "wahrgenommen. Die Studie zeige in Wahrheit, „dass die Gebühren kaum vom Studium abschrecken“."
    )
    quote = next(q for q in zitat.extract(text).quotes if q.quote.text.startswith("„dass"))
    assert quote.speaker.spans[0][0] == text.index("Schavan gegenüber")


@pytest.mark.parametrize(
    "act,framed",
    [
        ("Sie fügte hinzu.", True),  # its colon written as a full stop
        ("Der Minister sagte weiter.", True),
        ("Sie fügte hinzu, dass es regne.", False),  # a statement of its own, not a frame
    ],
)
def test_direct_a_sentence_of_nothing_but_an_act_of_speech_frames_the_quote_after_it(act, framed):
    text = f"Die Sprecherin bestätigte den Angriff. Sie sagte, es sei ernst. {act} „Wir werden einige Gebiete einnehmen, von denen Raketen kommen.“"
    quote = next(q for q in zitat.extract(text).quotes if q.quote.text.startswith("„Wir"))
    start = text.index(act)
    assert (quote.speaker.spans[0][0] == start and quote.cue is not None and quote.cue.spans[0][0] > start) == framed


@pytest.mark.parametrize("text", ['"Wir werden gewinnen" so der Trainer.', "„Wir werden gewinnen“ so der Trainer.", "„Wir werden gewinnen“, so der Trainer."])
def test_direct_a_short_quote_with_so_after_it_comma_or_not(text):
    (quote,) = zitat.extract(text).quotes
    assert (quote.type, quote.speaker.text, quote.cue.text) == ("direct", "der Trainer", "so")
