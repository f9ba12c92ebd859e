"""Statements without quotation marks: sources, clauses and their speakers."""

from __future__ import annotations

import pytest

import zitat


@pytest.mark.parametrize(
    "text,speaker",
    [
        # `X zufolge`: the whole phrase before it, with its article or adjective
        ("Der Grund für den Ablass waren dem Bericht zufolge technische Probleme.", "dem Bericht"),
        ("Ursache des Einsturzes dürfte ersten Annahmen zufolge Schnee gewesen sein.", "ersten Annahmen"),
        ("Polizeiangaben zufolge wurde niemand verletzt.", "Polizeiangaben"),
        # source adverbs, demonstratives, web addresses and quoted names as the data annotates them
        ("Demnach steht der Kopilot in der Schusslinie, weil er zu spät aufsetzte.", "Demnach"),
        ("Dieser behaupte, Spector sei ihm mit einer Pistole entgegengekommen.", "Dieser"),
        ("Wie t-online.de berichtet, ist der erste Trailer erschienen.", "t-online.de"),
        ("„Muslix64“ erwähnte auch, dass er weiteren Code veröffentlichen werde.", "„Muslix64“"),
        # adverbials and particles before the verb are not the subject
        ("Des Weiteren verwies Steinbrück darauf, dass der Haushalt ausgeglichen sei.", "Steinbrück"),
        ("Zu dem Korruptionsskandal führte Elshorst aus, dass das System üblich gewesen sei.", "Elshorst"),
        ("Ende Januar 2006 verkündete der Verband, dass man sich bewerben werde.", "der Verband"),
        ("Zu Guttenberg sagte, er habe nicht bewusst abgeschrieben.", "Zu Guttenberg"),
        ("Erst vor zwei Tagen hatte der Investor Larry Silverstein gesagt, er werde bauen.", "der Investor Larry Silverstein"),
        # a second verb of the same subject: `X legte … nieder und sagte, …`
        ("Im Januar 2007 legte er seine Tätigkeit nieder und sagte, er wolle Berater werden.", "er"),
        # a cue in a causal clause: the subject of that clause
        ("Zwar würde sie ihm eine Bewährung geben, zumal Verteidiger Wolfgang Dingfelder betont hatte, der Angeklagte sei friedlich.", "Verteidiger Wolfgang Dingfelder"),
        # a verb outside the cue lexicon: its subject, not a month after a preposition
        ("Seit August 2013 vertritt er die These, dass Pädophilie angelegt sei.", "er"),
        # abstract subjects that are sources or groups of people speak
        ("Die Äußerungen der Richter zeigten, dass die Politik sie ernst nehmen müsse.", "Die Äußerungen der Richter"),
        ("Die Hausverwaltung teilte mit, dass die Gedenktafel noch existiere.", "Die Hausverwaltung"),
        # the frame after the claim with its auxiliary first: `…, hatte X gesagt`
        ("Ihre Arbeit sei fehlerhaft, hatte sie damals gesagt.", "sie"),
        ("Die Lage sei ernst, hat die Bürgermeisterin am Montag in Berlin betont.", "die Bürgermeisterin"),
        # `heißt es` with its source after it, or first and with a relative clause on it
        ("Nun heißt es im Abschlussbericht, bei der Wahl seien Probleme aufgetreten.", "Abschlussbericht"),
        ("In der Resolution, die der Sicherheitsrat annahm, heißt es, dass es Fortschritte gebe.", "der Resolution"),
        ("In einer Presseerklärung, die der Verband gestern verschickte, wurde verkündet, dass die Streiks enden.", "einer Presseerklärung"),
        # an apposition whose closing comma is left out: a relative clause would end in its verb
        (
            "Dolkun Isa, der Sekretär des Weltkongresses der Uiguren sagte gegenüber der Presse, es sei schwierig.",
            "Dolkun Isa, der Sekretär des Weltkongresses der Uiguren",
        ),
    ],
)
def test_speaker_of_a_sentence_statement(text, speaker):
    (quote,) = zitat.extract(text).quotes
    assert quote.speaker.text == speaker


def test_a_clause_with_its_own_cue_is_no_reported_clause():
    text = "Der Minister, der das Gesetz verteidigt hatte, sagte: „Ich bleibe dabei.“"
    assert [q.type for q in zitat.extract(text).quotes] == ["direct"]


def test_a_quote_inside_a_statement_takes_its_speaker_and_cue():
    text = "Nach Auffassung des Fraktionschefs Hartmut Perschau sei es „völlig untragbar, dass das so geht“."
    (quote,) = [q for q in zitat.extract(text).quotes if q.type == "direct"]
    assert quote.speaker.text == "Auffassung des Fraktionschefs Hartmut Perschau"
    assert quote.cue.text == "Nach"


@pytest.mark.parametrize(
    "text,quoted",
    [
        ("Politischer Druck sei notwendig, das habe aber nichts mit „Sanktionen zu tun oder militärischen Aktionen“, sagte sie.", "„Sanktionen zu tun oder militärischen Aktionen“"),
        ("Das Kühlsystem sei wegen „Probleme mit der Elektrizität“ abgeschaltet worden, teilte der Betreiber mit.", "„Probleme mit der Elektrizität“"),
    ],
)
def test_quoted_words_inside_a_statement_are_a_nested_direct_quote(text, quoted):
    statement, direct = sorted(zitat.extract(text).quotes, key=lambda q: q.type != "indirect")
    assert (direct.type, direct.quote.text, direct.nested_in) == ("direct", quoted, statement.id)
    assert direct.speaker.text == statement.speaker.text


def test_a_quote_nested_in_a_statement_without_a_cue_of_its_own_shares_its_medium():
    text = "Der Verband schrieb auf seiner Website, man sei besorgt. Die Klauseln seien „alarmierend“."
    by_type = {q.type: q for q in zitat.extract(text).quotes}
    statement, direct = by_type["indirect_free_indirect"], by_type["direct"]
    assert (direct.quote.text, direct.nested_in, direct.speaker.text) == ("„alarmierend“", statement.id, "Der Verband")
    assert direct.medium == statement.medium == "writing"


def test_a_quoted_name_inside_a_statement_is_no_quote():
    text = "Das sagte er dem „Deutschlandfunk“, teilte der Sender mit, es gebe „Second Life“ noch."
    assert all(q.type != "direct" for q in zitat.extract(text).quotes)


def test_a_frame_with_its_auxiliary_first_frames_the_claim_before_it():
    (quote,) = zitat.extract("Die Lage sei ernst, hatte der Bürgermeister gestern erklärt.").quotes
    assert (quote.type, quote.quote.text, quote.cue.text) == ("indirect", "Die Lage sei ernst", "hatte erklärt")


@pytest.mark.parametrize(
    "text,claim,speaker,cue",
    [
        (
            "Edmund Stoiber wird nicht der neuen Bundesregierung angehören. Dies bestätigte Stoiber heute selbst in München.",
            "Edmund Stoiber wird nicht der neuen Bundesregierung angehören",
            "Stoiber",
            "bestätigte",
        ),
        (
            "Zawahiri hat neue Anschläge angedroht. Dies berichtet das Washingtoner SITE-Institut, das Websites begutachtet.",
            "Zawahiri hat neue Anschläge angedroht",
            "das Washingtoner SITE-Institut",
            "berichtet",
        ),
    ],
)
def test_a_sentence_the_next_one_attributes_with_a_demonstrative(text, claim, speaker, cue):
    (quote,) = zitat.extract(text).quotes
    assert (quote.type, quote.quote.text, quote.speaker.text, quote.cue.text) == ("indirect", claim, speaker, cue)


def test_a_sentence_with_quoted_words_the_next_one_attributes():
    text = "Die Junta will der neuen Regierung „assistieren“. Das erklärte General Winai Phattiyakul am Montag."
    (claim,) = zitat.extract(text).quotes
    assert (claim.type, claim.quote.text, claim.speaker.text, claim.cue.text) == (
        "indirect", "Die Junta will der neuen Regierung „assistieren“", "General Winai Phattiyakul", "erklärte"
    )
    # a quotation that is the sentence is the direct quote's, framed by its own rule
    text = "„Wir werden der Regierung helfen.“ Das erklärte General Winai Phattiyakul am Montag."
    assert [q.type for q in zitat.extract(text).quotes] == ["direct"]


def test_a_demonstrative_with_a_verb_of_meaning_attributes_nothing():
    quotes = zitat.extract("Die Preise steigen weiter. Das bedeutet höhere Kosten für alle Kunden.").quotes
    assert not any(q.speaker for q in quotes)


def test_a_particle_verbs_zu_infinitive_is_the_announced_claim():
    text = "Der Verteidigungsminister Franz Josef Jung kündigte an, diese Problematik bei seinem Besuch in Israel anzusprechen."
    (quote,) = zitat.extract(text).quotes
    assert (quote.type, quote.quote.text, quote.cue.text) == ("indirect", "diese Problematik bei seinem Besuch in Israel anzusprechen", "kündigte an")


@pytest.mark.parametrize(
    "text,claim,speaker",
    [
        # the indicative after a verb that declares, the comma right after it
        ("Das Unternehmen teilte mit, der Umsatz wird 278 Millionen Euro betragen.", "der Umsatz wird 278 Millionen Euro betragen", "Das Unternehmen"),
        ("Der Minister sagte, die Lage ist ernst.", "die Lage ist ernst", "Der Minister"),
        # the frame after the claim: a declaring verb and someone who speaks, the claim in the indicative
        ("Die Gespräche sind gescheitert, sagte ein Sprecher am Montag.", "Die Gespräche sind gescheitert", "ein Sprecher"),
        ("Er starb am Samstag im Alter von 100 Jahren, teilte die Hoover Institution mit.", "Er starb am Samstag im Alter von 100 Jahren", "die Hoover Institution"),
        # the speaker's relative clause is no part of the claim; a possessive genitive is part of the source
        ("Das Gesetz sei nötig, sagte Todor Kolarow, dessen Behörde zuständig ist.", "Das Gesetz sei nötig", "Todor Kolarow"),
        ("Nach Angaben seines Impresarios sei er schwer krank.", "sei er schwer krank", "Angaben seines Impresarios"),
        # plans, calculations, experience and documents are sources too; `Je nach` stays out of the claim
        ("Nach Berechnungen eines US-Forschers sind maximal 300 Jäger eingewandert.", "sind maximal 300 Jäger eingewandert", "Berechnungen eines US-Forschers"),
        ("Nach bisherigem Erkenntnisstand wird als Ursache eine Show vermutet.", "wird als Ursache eine Show vermutet", "bisherigem Erkenntnisstand"),
        ("Nach einem EU-Dokument leben sie in Armut.", "leben sie in Armut", "einem EU-Dokument"),
        ("Je nach Quellenlage sollen bis zu 5.000 Menschen verurteilt worden sein.", "sollen bis zu 5.000 Menschen verurteilt worden sein", "Quellenlage"),
        # a wie-clause whose comma is missing
        ("Wie die lokalen Fernsehsender berichten sind zwei Polizisten ums Leben gekommen.", "sind zwei Polizisten ums Leben gekommen", "die lokalen Fernsehsender"),
    ],
)
def test_claims_in_the_indicative_and_without_a_comma(text, claim, speaker):
    (quote,) = zitat.extract(text).quotes
    assert (quote.type, quote.quote.text, quote.speaker.text) == ("indirect", claim, speaker)


@pytest.mark.parametrize(
    "text,claim,speaker,addressee",
    [
        # a relative clause on the subject before the verb: the verb stands second, the noun after it is told
        (
            "Jimmy Carter, der als einer von 319 Wahlbeobachtern im Land war, sagte Reportern, dass alles friedlich verlaufen sei.",
            "dass alles friedlich verlaufen sei",
            "Jimmy Carter",
            "Reportern",
        ),
        # the subject after the verb with an apposition between commas, then an audience
        (
            "So sagte der Koordinator, Deftalgne Tessema, gegenüber der BBC, dass nur 14 Motorboote im Einsatz seien.",
            "dass nur 14 Motorboote im Einsatz seien",
            "der Koordinator, Deftalgne Tessema",
            "der BBC",
        ),
        ("So sagte Deftalgne Tessema, der Koordinator, dass nur 14 Motorboote im Einsatz seien.", "dass nur 14 Motorboote im Einsatz seien", "Deftalgne Tessema, der Koordinator", None),
        # but a name with an apposition right after the verb is what is said
        ("Er sagte, Peter Müller, der Koordinator, habe versagt.", "Peter Müller, der Koordinator, habe versagt", "Er", None),
    ],
)
def test_who_says_what_to_whom_around_commas(text, claim, speaker, addressee):
    (quote,) = zitat.extract(text).quotes
    told = quote.addressee.text if quote.addressee else None
    assert (quote.quote.text, quote.speaker.text, told) == (claim, speaker, addressee)


@pytest.mark.parametrize(
    "text,claim,cue,addressee",
    [
        # a `zu` infinitive of `sein`, of a verb in `-ern`, of a particle verb: what one is accused of or asked to do
        ("Klien wurde vorgeworfen, an der Schlägerei beteiligt gewesen zu sein.", "an der Schlägerei beteiligt gewesen zu sein", "wurde vorgeworfen", "Klien"),
        ("Die Männer werden beschuldigt, Mitglieder einer Vereinigung zu sein.", "Mitglieder einer Vereinigung zu sein", "werden beschuldigt", "Die Männer"),
        ("Jüttner hatte Lenz gestern aufgefordert, sein Mandat niederzulegen.", "sein Mandat niederzulegen", "hatte aufgefordert", "Lenz"),
        ("Er forderte die Regierung auf, das Gesetz zu verändern.", "das Gesetz zu verändern", "forderte auf", "die Regierung"),
        ("Dem Orden wird nachgesagt, Terroristen nahe zu stehen.", "Terroristen nahe zu stehen", "wird nachgesagt", "Dem Orden"),
        ("Sie forderten den Premierminister auch, seine Bemühungen zu verstärken.", "seine Bemühungen zu verstärken", "forderten", "den Premierminister"),
    ],
)
def test_what_one_is_accused_of_or_asked_to_do(text, claim, cue, addressee):
    (quote,) = zitat.extract(text).quotes
    assert (quote.type, quote.quote.text, quote.cue.text, quote.addressee.text) == ("indirect", claim, cue, addressee)


@pytest.mark.parametrize(
    "text,claim,cue,speaker",
    [
        # a particle split off after the subject's apposition
        (
            "Jetzt gab der Leiter der Dienststelle, Andreas Huber, bekannt, dass sich das Handy eingeloggt hatte.",
            "dass sich das Handy eingeloggt hatte",
            "gab bekannt",
            "der Leiter der Dienststelle, Andreas Huber",
        ),
        # `bekannt gab` written apart at the end of a `wie` clause; a name with an elided article
        ("Wie die Banca d'Italia in Rom bekannt gab, soll Fazio allein entschieden haben.", "soll Fazio allein entschieden haben", "Wie bekannt gab", "die Banca d'Italia"),
        # an infinitive with a relative clause on its object
        ("Zeller schlägt vor, die Maut nur für den Verkehr zu erheben, der die Grenze zweimal passiert.", "die Maut nur für den Verkehr zu erheben, der die Grenze zweimal passiert", "schlägt vor", "Zeller"),
        # `feststellen` declares, so the claim before it may be in the indicative
        ("Die Gefährdung ist bei Frauen höher, stellten die Wissenschaftler fest.", "Die Gefährdung ist bei Frauen höher", "stellten fest", "die Wissenschaftler"),
        # of two verbs joined by `und`, the second introduces the claim
        ("Julia Gillard bezeichnete das als Erfolg und erklärte, ihr Land unterstütze den Nachbarn.", "ihr Land unterstütze den Nachbarn", "erklärte", "Julia Gillard"),
        # an opinion held frames a claim; one that prevails belongs to no one
        ("Günter Metzges von Campact ist der Meinung, dass die Klage nichts verzögern dürfe.", "dass die Klage nichts verzögern dürfe", "ist der Meinung", "Günter Metzges von Campact"),
        ("Sein Verteidiger vertritt ebenso wie sein Mandant die Ansicht, Clarkson habe sich selbst getötet.", "Clarkson habe sich selbst getötet", "vertritt die Ansicht", "Sein Verteidiger"),
        ("37 Prozent sind jedoch der gegenteiligen Auffassung, dass die Demokratie schlecht funktioniert.", "dass die Demokratie schlecht funktioniert", "sind der gegenteiligen Auffassung", "37 Prozent"),
        ("Zur Frage herrschte die Meinung vor, dass Cannabis nicht schadet.", "dass Cannabis nicht schadet", "herrschte die Meinung vor", None),
    ],
)
def test_cue_and_claim_across_a_clause(text, claim, cue, speaker):
    (quote,) = zitat.extract(text).quotes
    assert (quote.quote.text, quote.cue.text, quote.speaker.text if quote.speaker else None) == (claim, cue, speaker)


def test_the_claim_ends_before_the_speakers_next_verb():
    quotes = zitat.extract("Saddam Hussein hatte vor Gericht erklärt, er sei unschuldig, erkannte die Autorität des Gerichts aber nicht an.").quotes
    assert [q.quote.text for q in quotes] == ["er sei unschuldig"]
    # a relative clause or a subjunctive verb after the comma stays in the claim
    (quote,) = zitat.extract("Er sagte, er habe die Zahlen gesehen, die man ihm gezeigt hatte.").quotes
    assert quote.quote.text == "er habe die Zahlen gesehen, die man ihm gezeigt hatte"
    (quote,) = zitat.extract("Er sagte, die Firma sei pleite, habe aber noch Kunden.").quotes
    assert quote.quote.text == "die Firma sei pleite, habe aber noch Kunden"


@pytest.mark.parametrize("comma", [",", ""])
def test_the_claim_ends_before_und_and_the_speakers_next_cue_which_has_the_same_speaker(comma):
    text = f"Der Minister sagte, die Lage sei ernst{comma} und fügte hinzu, man müsse handeln."
    quotes = zitat.extract(text).quotes
    assert [(q.quote.text, q.cue.text, q.speaker.text) for q in quotes] == [
        ("die Lage sei ernst", "sagte", "Der Minister"),
        ("man müsse handeln", "fügte hinzu", "Der Minister"),
    ]


def test_a_so_frame_attributes_a_claim_in_the_indicative_and_around_an_adverb():
    quotes = zitat.extract("Das Kühlsystem war wegen „Problemen mit der Elektrizität“ ausgefallen, so ein Sprecher des CERN.").quotes
    claim = next(q for q in quotes if q.type == "indirect")
    assert (claim.quote.text, claim.speaker.text) == ("Das Kühlsystem war wegen „Problemen mit der Elektrizität“ ausgefallen", "ein Sprecher des CERN")
    assert [q.speaker.text for q in quotes if q.type == "direct"] == ["ein Sprecher des CERN"]
    (quote,) = zitat.extract("Sein Rivale McCain, so Obama weiter, würde von Lobbyisten unterstützt.").quotes
    assert (quote.quote.text, quote.speaker.text) == ("Sein Rivale McCain würde von Lobbyisten unterstützt", "Obama")


def test_a_konjunktiv_sentence_goes_on_with_the_person_named_before_it():
    text = "Am Montag nahm auch der Ministerpräsident, Christian Wulff, zu der Frage Stellung. Jeder Pädagoge könne das Konto jetzt einlösen."
    (quote,) = zitat.extract(text).quotes
    assert (quote.type, quote.speaker.text) == ("indirect_free_indirect", "der Ministerpräsident, Christian Wulff")
    # a quotation's first person (`„Ich bleibe“`) is no Konjunktiv I: the sentence is the quote and its frame
    quotes = zitat.extract("Lukaschenko regiert seit 1994. „Ich bleibe“, sagte der belarussische Präsident.").quotes
    assert [(q.type, q.speaker.text) for q in quotes] == [("direct", "der belarussische Präsident")]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Der Pilot forderte vom Tower per Funk eine sofortige Landeerlaubnis.", "Der Pilot"),
        ("Das Nobelkomitee begründete die Wahl mit Obamas Diplomatie.", "Das Nobelkomitee"),
        ("Der Bericht fordert bessere Zustände in den Gefängnissen.", "Der Bericht"),
        # a capitalised adjective before the noun makes a name: an institution, not a wave or a house
        ("Die Deutsche Welle berichtet von 50 teilnehmenden Nationen.", "Die Deutsche Welle"),
        ("Das Weiße Haus verlangte einen umgehenden Rückzug der Truppen.", "Das Weiße Haus"),
        # a thing that confirms, or what is reported on, speaks for no one
        ("Ein DNA-Test bestätigte die Identität des 73-Jährigen.", None),
        ("Von einer hohen Brandgefahr wird auch aus Bonn berichtet.", None),
    ],
)
def test_a_reported_acts_speaker_is_someone_or_a_text(text, speaker):
    (quote,) = [q for q in zitat.extract(text).quotes if q.type == "reported"]
    assert (quote.speaker.text if quote.speaker else None) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # announcing a finding or publishing a text is no report of speech, as the data marks it
        "Der Pilot meldete dem Tower zuvor per Funk einen Schaden am Fahrwerk.",
        "Die UBS veröffentlichte heute neue Quartalszahlen.",
        "Der Präsident würdigte die Verdienste des Verstorbenen.",
        "Die Opposition äußerte Zweifel an den Zahlen.",
        "Der Rat lehnte den Antrag ab.",
        "Der Sprecher wies die Vorwürfe zurück.",
        "Die Gewerkschaft kritisierte die Pläne der Regierung.",
        "Auch Vertreter von Amnesty International verurteilten den Einsatz der Polizei.",
        # a consequence before `dass` is no one's words either
        "Die Absturzursache führte dazu, dass der Pilot die Kontrolle verlor.",
        "Der Sturm trug dazu bei, dass hunderte Flüge abgesagt wurden.",
    ],
)
def test_reporting_a_finding_or_publishing_is_no_reported_speech(text):
    assert not [q for q in zitat.extract(text).quotes if q.type in {"reported", "indirect"}]


def test_an_act_the_data_marks_no_statement_still_says_who_speaks_after_it():
    (quote,) = zitat.extract("Die Opposition äußerte Zweifel an den Zahlen. Die Regierung habe falsch gerechnet.").quotes
    assert (quote.type, quote.quote.text, quote.speaker.text) == ("indirect_free_indirect", "Die Regierung habe falsch gerechnet.", "Die Opposition")


@pytest.mark.parametrize("act", ["kritisierte in der Zeitung heftig diesen Schritt", "äußerte in der Zeitung heftige Kritik"])
def test_a_pronoun_after_an_act_the_data_marks_no_statement_is_its_speaker(act):
    # the resolver reads the left-out act: `Er` is Koch, whose sentence the parser finds no subject in
    text = (
        "Der bayerische CSU-Vorsitzende, Edmund Stoiber, warf der SPD eine schreckliche Fehlentwicklung vor. "
        f"Auch Hessens Ministerpräsident Roland Koch {act}. "
        "Er forderte einen „offensiven Umgang mit dem Christentum in unserer Gesellschaft“."
    )
    quotes = zitat.extract(text).quotes
    assert not [q for q in quotes if "Koch" in q.quote.text]
    assert {q.speaker.canonical for q in quotes if q.speaker is not None and q.speaker.text == "Er"} == {"Roland Koch"}


def test_an_infinitive_after_a_judgement_with_als_belongs_to_its_noun():
    text = "Der Direktor, Peter Horrocks, bezeichnet diese Maßnahme als einen Versuch der Behörden, die BBC an der Berichterstattung zu hindern."
    (quote,) = zitat.extract(text).quotes
    assert (quote.type, quote.speaker.text) == ("reported", "Der Direktor, Peter Horrocks")
    # without `als` the verb's own infinitive is its claim
    (quote,) = zitat.extract("Der Direktor kündigte an, die Berichterstattung fortzusetzen.").quotes
    assert (quote.type, quote.quote.text) == ("indirect", "die Berichterstattung fortzusetzen")


def test_a_second_main_clause_with_its_own_verb_of_saying_is_a_statement_of_its_own():
    text = "Heute demonstrierten nach Angaben der Veranstalter rund 7.000 Menschen gegen das Treffen, die Polizei spricht von 4.000 Teilnehmern."
    quotes = zitat.extract(text).quotes
    assert [(q.type, q.speaker.text) for q in quotes] == [("indirect", "Angaben der Veranstalter"), ("reported", "die Polizei")]
    assert quotes[0].quote.text == "Heute demonstrierten rund 7.000 Menschen gegen das Treffen"
    text = "Die Gründung wird von ai positiv gesehen, die Organisation bezweifelt aber, dass es zu Verbesserungen kommen wird."
    (quote,) = zitat.extract(text).quotes
    assert (quote.speaker.text, quote.cue.text) == ("die Organisation", "bezweifelt")
    # a relative clause ends with its verb: no second main clause
    text = "Nach Angaben der Polizei wurde der Mann festgenommen, der der Regierung Betrug vorwarf, und später freigelassen."
    assert [q.type for q in zitat.extract(text).quotes] == ["indirect"]


def test_a_subject_with_its_apposition_before_the_cue_is_no_claim():
    text = "Halima Jouini, Vorstandsmitglied der tunesischen Menschenrechtsliga, sagte dazu gegenüber der ARD: „Frauen haben sich gestellt.“"
    (quote,) = zitat.extract(text).quotes
    assert (quote.type, quote.speaker.canonical, quote.addressee.text) == ("direct", "Halima Jouini", "der ARD")


def test_a_claim_ends_before_someone_else_set_against_it():
    text = (
        "Der Präsident sagte vor der Presse, Annabi sei tot, doch UN-Pressesprecher Nicholas Birnback erklärte, "
        "den Tod Annabis bislang nicht bestätigen zu können."
    )
    quotes = zitat.extract(text).quotes
    assert [(q.quote.text, q.speaker.text) for q in quotes] == [
        ("Annabi sei tot", "Der Präsident"),
        ("den Tod Annabis bislang nicht bestätigen zu können", "UN-Pressesprecher Nicholas Birnback"),
    ]


def test_an_infinitive_before_dass_is_no_cue_and_the_running_speaker_goes_on():
    text = (
        "Die Delegationsleiterin Sharon Hayes zeigte sich zufrieden: „Wir haben viel erreicht.“ "
        "Ziel der Delegation sei es gewesen, „sicherzustellen, dass die Inhalte stimmen“."
    )
    quotes = zitat.extract(text).quotes
    assert all(q.cue is None or q.cue.text != "sicherzustellen" for q in quotes)
    assert [q.speaker.text for q in quotes if q.type == "direct"] == ["Die Delegationsleiterin Sharon Hayes"] * 2


def test_a_particle_far_after_its_verb_still_closes_the_cue():
    text = "Den Flüchtlingen sicherte Präsident Gusmão kurz vor dem offiziellen Ablauf der dortigen UN-Mission zu, dass sie zurückkehren könnten."
    (quote,) = zitat.extract(text).quotes
    assert (quote.cue.text, quote.speaker.text, quote.quote.text) == ("sicherte zu", "Präsident Gusmão", "dass sie zurückkehren könnten")


def test_each_side_of_a_semicolon_has_its_own_statement():
    quotes = zitat.extract("Die Veranstalter schätzten etwa 2.000 Teilnehmer; nach Polizeiangaben waren es zirka 1.000.").quotes
    assert sorted((q.type, q.speaker.text) for q in quotes) == [("indirect", "Polizeiangaben"), ("reported", "Die Veranstalter")]
    # where neither side has a cue of its own, the sentence stays one statement
    (quote,) = zitat.extract("Die ablehnenden Stimmen kamen aus der Opposition; diese befürchtet den Missbrauch der Befugnis.").quotes
    assert quote.quote.text.startswith("Die ablehnenden Stimmen")


def test_a_source_and_what_it_says_after_wonach():
    text = "Ein Bericht der Agentur „Interfax“, wonach der Oppositionsführer festgenommen worden sein soll, wurde dementiert."
    (quote,) = zitat.extract(text).quotes
    assert (quote.quote.text, quote.cue.text, quote.speaker.text) == (
        "der Oppositionsführer festgenommen worden sein soll",
        "wonach",
        "Ein Bericht der Agentur „Interfax“",
    )


def test_a_purpose_clause_is_not_what_was_said():
    quotes = zitat.extract("Die Menschen forderten den Rücktritt des Ministers, um den Weg zu Neuwahlen freizumachen.").quotes
    assert all(q.quote.text != "um den Weg zu Neuwahlen freizumachen" for q in quotes)


def test_a_relative_clause_after_a_declaring_verb_is_no_claim():
    assert not [q for q in zitat.extract("Er erklärte die Regeln, die seit Jahren gelten.").quotes if q.type == "indirect"]


def test_an_indicative_clause_before_a_verb_that_declares_nothing_is_no_claim():
    assert not zitat.extract("Das Spiel ist vorbei, begann der Trainer seine Analyse.").quotes


@pytest.mark.parametrize(
    "text",
    [
        "Danach wurde er Budgetdirektor im Weißen Haus und schließlich Finanzminister.",  # afterwards, not according to it
        "Es bleibt unklar, ob die Gespräche weitergehen.",  # no one speaks, no cue
        "Nach dem Test hatte sich herausgestellt, dass die Gurken nicht belastet waren.",
        "Der Luftangriff fand am Flughafen Bagdad statt, wo Soleimani mit dem Flugzeug eintraf.",  # `stattfinden`, not `finden`
    ],
)
def test_no_statement_without_a_source_or_someone_speaking(text):
    assert not [q for q in zitat.extract(text).quotes if q.type == "indirect"]


def test_danach_with_the_konjunktiv_is_a_source():
    (quote,) = zitat.extract("Danach sei der Kopilot für die harte Landung verantwortlich gewesen.").quotes
    assert (quote.type, quote.speaker.text) == ("indirect", "Danach")
    # in the indicative, after a text was published in the sentence before: what it says
    text = "Die UBS veröffentlichte heute neue Quartalszahlen. Danach verzeichnet die Bank Verluste von 12 Milliarden Franken."
    statement = next(q for q in zitat.extract(text).quotes if q.type == "indirect")
    assert (statement.quote.text, statement.speaker.text) == ("verzeichnet die Bank Verluste von 12 Milliarden Franken", "Danach")
    # but not after a text only named, or after what someone did: then `Danach` is a time
    for text in (
        "Nach Aussagen des Bürgermeisters drangen die Täter ein. Danach fingen sie an, die Moschee zu verwüsten.",
        "Der Richter wollte das Urteil später sprechen. Danach konnte der Mann das Gericht verlassen.",
    ):
        assert not any(q.speaker is not None and q.speaker.text == "Danach" for q in zitat.extract(text).quotes)


def test_a_run_of_konjunktiv_sentences_is_one_statement():
    text = (
        "Der Minister sagte am Montag, die Lage sei ernst. Man werde die Grenzen schließen. "
        "Eine Entscheidung sei noch nicht gefallen. Die Opposition kritisierte das."
    )
    quotes = zitat.extract(text).quotes
    assert [(q.type, q.quote.text) for q in quotes if q.type == "indirect_free_indirect"] == [
        ("indirect_free_indirect", "Man werde die Grenzen schließen. Eine Entscheidung sei noch nicht gefallen.")
    ]
    assert {q.speaker.text for q in quotes if q.type != "reported"} == {"Der Minister"}


def test_a_run_of_konjunktiv_sentences_ends_with_another_speaker():
    text = "Der Minister sagte, die Lage sei ernst. Man werde handeln. Die Opposition erklärte, das sei zu spät. Man habe lange gewarnt."
    runs = [(q.quote.text, q.speaker.text) for q in zitat.extract(text).quotes if q.type == "indirect_free_indirect"]
    assert runs == [("Man werde handeln.", "Der Minister"), ("Man habe lange gewarnt.", "Die Opposition")]


def test_a_penalty_that_looms_is_no_threat():
    assert not zitat.extract("Im Falle einer Verurteilung droht dem Angeklagten eine lange Haftstrafe.").quotes


def test_threatening_someone_with_something_is_reported_speech():
    (quote,) = zitat.extract("Die Behörden drohten den Demonstranten mit strafrechtlichen Konsequenzen.").quotes
    assert (quote.type, quote.speaker.text) == ("reported", "Die Behörden")


@pytest.mark.parametrize(
    "text,claim,speaker",
    [
        # `in der es heißt`: the text the relative clause is about says it
        (
            "Man zitiert eine Erklärung der türkischen Behörde, in der es heißt, dass nach technischer Analyse eine Sperre erlassen wurde.",
            "dass nach technischer Analyse eine Sperre erlassen wurde",
            "eine Erklärung der türkischen Behörde",
        ),
        (
            "Er griff damit den Tenor chinesischer Medien auf, in denen es zu den Protesten auch heißt, dass die Opposition ein Papiertiger sei.",
            "dass die Opposition ein Papiertiger sei",
            "den Tenor chinesischer Medien",
        ),
        # a source phrase inside the claim is part of what is said
        ("Der Sprecher sagte, dass nach neuesten Erkenntnissen ein Unbekannter das Kind abgelegt habe.", "dass nach neuesten Erkenntnissen ein Unbekannter das Kind abgelegt habe", "Der Sprecher"),
        # the source's article after a name belongs to the source, not to the claim
        ("Zudem hob Sarkozy dem „Figaro“ zufolge die Wichtigkeit Englands hervor.", "Zudem hob Sarkozy die Wichtigkeit Englands hervor", "dem „Figaro“"),
        # but `nach` after a phrase in a prepositional phrase is no source: `In einer Stellungnahme nach dem Angriff`
        ("In einer Stellungnahme nach dem Angriff sagte der Sprecher, er sei entsetzt.", "er sei entsetzt", "der Sprecher"),
        # a strong verb's Konjunktiv II reports too, and a quantifier alone is who holds the view
        ("Einige vertreten die Auffassung, die Welt befände sich in der Endzeit.", "die Welt befände sich in der Endzeit", "Einige"),
        # a name in quotation marks and brackets after the cue counts as one word before the comma
        (
            "Jody Hey berichtete im Fachmagazin „Public Library of Science“ („PLoS Biology“), es sei nur Genmaterial gefunden worden.",
            "es sei nur Genmaterial gefunden worden",
            "Jody Hey",
        ),
        # an inserted wie clause and a dative apposition come before the claim; a time span is no subject
        (
            "Wenige Stunden nach dem Putsch erklärte der neue „Oberste Rat“, wie sich die Junta selbst nennt, die Lage sei unter Kontrolle.",
            "die Lage sei unter Kontrolle",
            "der neue „Oberste Rat“",
        ),
        (
            "Das schrieb der Journalist Eduardo Dâmaso in der „Correio da Manhã“, einem Boulevardblatt, die Gesellschaft sei gespalten.",
            "die Gesellschaft sei gespalten",
            "der Journalist Eduardo Dâmaso",
        ),
        # a subordinate clause with its own cue frames the claim after it, and its subject says it
        ("Sarkozy bestritt das jedoch, indem er sagte, eine Achse Berlin-Paris sei nicht geplant.", "eine Achse Berlin-Paris sei nicht geplant", "er"),
        # but a dative right after the cue belongs to the claim
        (
            "Die Bangkok Post gab an, dem Generalsekretär der UNCTAD, Supachai Panitchpakdi, sei das Amt angeboten worden.",
            "dem Generalsekretär der UNCTAD, Supachai Panitchpakdi, sei das Amt angeboten worden",
            "Die Bangkok Post",
        ),
        # a source with its apposition is no part of the claim
        (
            "Nach Meinung von Mike Brown, Professor am California Institute of Technology, könnte der Planet größer sein.",
            "könnte der Planet größer sein",
            "Meinung von Mike Brown, Professor am California Institute of Technology",
        ),
        # a source opening the sentence: all before the finite verb is one phrase, the place is the source's
        ("Nach Angaben des Bundesamtes in Flensburg fahren derzeit 25.000 Wagen mit Autogas.", "fahren derzeit 25.000 Wagen mit Autogas", "Angaben des Bundesamtes in Flensburg"),
        ("Laut Polizei in Hamburg wurden zwei Menschen verletzt.", "wurden zwei Menschen verletzt", "Polizei in Hamburg"),
        # no verb after the place: it may be the claim's
        ("Laut Polizei in Hamburg und Bremen wurden zwei Menschen verletzt.", "in Hamburg und Bremen wurden zwei Menschen verletzt", "Polizei"),
    ],
)
def test_who_says_what_a_clause_claims(text, claim, speaker):
    (quote,) = zitat.extract(text).quotes
    assert (quote.quote.text, quote.speaker.text) == (claim, speaker)


def test_a_quote_inside_a_statement_speaks_by_its_cue_with_the_statements_speaker():
    text = "Er griff den Tenor der Medien auf, in denen es heißt, dass die Opposition nur ein „Papiertiger“ sei."
    inner = next(q for q in zitat.extract(text).quotes if q.type == "direct")
    assert (inner.quote.text, inner.cue.text, inner.speaker.text) == ("„Papiertiger“", "heißt", "den Tenor der Medien")


@pytest.mark.parametrize(
    "text,claim,speaker,cue",
    [
        # the Konjunktiv I of a verb in `-eln`
        ("Amato sagte in Rom, es handele sich um einen Racheakt.", "es handele sich um einen Racheakt", "Amato", "sagte"),
        # an indicative claim before a verb that declares it: announced, explained
        ("Die Grenzen werden geschlossen, kündigte die Regierung an.", "Die Grenzen werden geschlossen", "die Regierung", "kündigte an"),
        ("Der Umsatz steigt, erläuterte das Handelsblatt.", "Der Umsatz steigt", "das Handelsblatt", "erläuterte"),
        # a wie-clause with a cue after the claim, or inside it
        ("Der Boss wurde verhaftet, wie die Nachrichtenagentur ANSA berichtete.", "Der Boss wurde verhaftet", "die Nachrichtenagentur ANSA", "wie berichtete"),
        ("Der Boss wurde, wie die Polizei mitteilte, am Morgen verhaftet.", "Der Boss wurde am Morgen verhaftet", "die Polizei", "wie mitteilte"),
        ("Der Boss wurde verhaftet, wie die Agentur berichtet hatte.", "Der Boss wurde verhaftet", "die Agentur", "wie berichtet hatte"),
        # a verb outside the lexicon before `dass` keeps the particle or adjective that makes it a cue
        ("Aus dem Bericht geht hervor, dass die Zahl der Opfer steigt.", "dass die Zahl der Opfer steigt", "dem Bericht", "geht hervor"),
        ("Der Minister machte deutlich, dass die Zahl der Opfer steigt.", "dass die Zahl der Opfer steigt", "Der Minister", "machte deutlich"),
        ("Der Minister stellte klar, dass die Zahl der Opfer steigt.", "dass die Zahl der Opfer steigt", "Der Minister", "stellte klar"),
        # `Wie es in … heißt`, `hieß es aus …`: the text or place the words come from
        ("Wie es in dem Bericht heißt, steigt die Zahl der Opfer.", "steigt die Zahl der Opfer", "dem Bericht", "Wie heißt"),
        ("Die Vorwürfe seien haltlos, hieß es aus dem Ministerium.", "Die Vorwürfe seien haltlos", "dem Ministerium", "hieß es"),
        ("Die Vorwürfe seien haltlos, hieß es in einer Mitteilung des Vereins.", "Die Vorwürfe seien haltlos", "einer Mitteilung des Vereins", "hieß es"),
        # `verlauten` on its own, verbs of reproach
        ("Wie aus Regierungskreisen verlautete, tritt der Minister am Montag zurück.", "tritt der Minister am Montag zurück", "Regierungskreisen", "Wie verlautete"),
        ("Die Kosten seien deutlich gestiegen, rügte der Rechnungshof.", "Die Kosten seien deutlich gestiegen", "der Rechnungshof", "rügte"),
        ("Die Kosten seien deutlich gestiegen, beanstandete der Rechnungshof.", "Die Kosten seien deutlich gestiegen", "der Rechnungshof", "beanstandete"),
        ("Die Kosten seien deutlich gestiegen, tadelte der Rechnungshof.", "Die Kosten seien deutlich gestiegen", "der Rechnungshof", "tadelte"),
        # a wie-clause after the claim whose speaker has an apposition
        (
            "Die Chemikalie stand unter Druck, wie Burt Rutan, Chef der Firma Scaled Composites, mitteilte.",
            "Die Chemikalie stand unter Druck",
            "Burt Rutan, Chef der Firma Scaled Composites",
            "wie mitteilte",
        ),
        # a Konjunktiv I clause after a cue and a colon
        ("Der Minister sagte: Die Lage sei ernst.", "Die Lage sei ernst", "Der Minister", "sagte"),
        ("Der Minister verteidigte die Entscheidung: Sie sei richtig gewesen.", "Sie sei richtig gewesen", "Der Minister", "verteidigte"),
    ],
)
def test_an_indirect_statement_read_from_its_frame(text, claim, speaker, cue):
    (quote,) = zitat.extract(text).quotes
    assert (quote.type, quote.quote.text, quote.speaker.text, quote.cue.text) == ("indirect", claim, speaker, cue)


def test_a_wie_clause_without_a_cue_attributes_nothing():
    assert zitat.extract("Er lief an diesem Tag so schnell, wie er konnte.").quotes == ()


def test_a_passive_wie_clause_is_no_source():
    text = "Das Parlament sieht dies als Umsetzung des Wahlrechts, wie sie von Demonstranten immer gefordert würde."
    assert all(q.cue is None or "wie" not in q.cue.text for q in zitat.extract(text).quotes)


def test_an_expectation_with_its_correlate_is_a_cue():
    (quote,) = zitat.extract("Experten rechnen damit, dass die Preise weiter steigen.").quotes
    assert (quote.type, quote.quote.text, quote.speaker.text, quote.cue.text, quote.medium) == (
        "indirect", "dass die Preise weiter steigen", "Experten", "rechnen damit", "speech_thought"
    )


def test_after_a_colon_a_quotation_stays_the_direct_quote():
    quotes = zitat.extract("Der Minister sagte: „Die Lage sei ernst, hieß es.“").quotes
    assert [q.type for q in quotes if q.cue is not None and q.cue.text == "sagte"] == ["direct"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a claim on each side of one frame
        (
            "Er werde nicht zurücktreten, sagte der Minister am Montag, er habe nichts falsch gemacht.",
            [("Er werde nicht zurücktreten", "der Minister", "sagte"), ("er habe nichts falsch gemacht", "der Minister", "sagte")],
        ),
        # and of two verbs joined by `und`, the particle belonging to the second
        (
            "Die Lage sei ernst, sagte der Minister und fügte hinzu, man werde handeln.",
            [("Die Lage sei ernst", "der Minister", "sagte"), ("man werde handeln", "der Minister", "fügte hinzu")],
        ),
    ],
)
def test_claims_on_both_sides_of_a_frame(text, expected):
    assert [(q.quote.text, q.speaker.text, q.cue.text) for q in zitat.extract(text).quotes] == expected


@pytest.mark.parametrize(
    "text,claim,speaker,cue",
    [
        # who says it `mit` the words, or voices a thesis, is the sentence's subject
        ("Die BVG begegnet der Kritik mit dem Argument, die Züge seien unterirdisch unterwegs.", "die Züge seien unterirdisch unterwegs", "Die BVG", "dem Argument"),
        ("Er trat dem Vorwurf mit den Worten entgegen, das Gericht sei ein irakisches.", "das Gericht sei ein irakisches", "Er", "den Worten entgegen"),
        ("Gysi hatte die These vertreten, die Partei stagniere.", "die Partei stagniere", "Gysi", "die These vertreten"),
        # a saying the subject turns against is not the subject's
        ("Der Experte wandte sich gegen die Behauptung, die Kartoffel werde nicht gegessen.", "die Kartoffel werde nicht gegessen", None, "die Behauptung"),
        # a request or appeal is followed by what it asks for, a zu infinitive
        ("Dem Appell der Polizei, sich zu stellen, folgte er nicht.", "sich zu stellen", "der Polizei", "Dem Appell der Polizei"),
        ("Auf die Bitte, ihm Geld zu zahlen, erfolgte keine Reaktion.", "ihm Geld zu zahlen", None, "die Bitte"),
        # a dass clause after the noun, and a message left behind
        ("Mit der Begründung, dass die Räume vermietet werden sollen, wurde gekündigt.", "dass die Räume vermietet werden sollen", None, "der Begründung"),
        ("Im Jahr 1993 wurde die Botschaft hinterlassen, die Fackel werde weitergereicht.", "die Fackel werde weitergereicht", None, "die Botschaft hinterlassen"),
        ("Er lehnte die Forderung des CSU-Chefs Edmund Stoiber ab, in der Frage auf die SPD zuzugehen.", "in der Frage auf die SPD zuzugehen", "des CSU-Chefs Edmund Stoiber", "die Forderung des CSU-Chefs Edmund Stoiber ab"),
    ],
)
def test_a_noun_of_saying_before_a_konjunktiv_clause(text, claim, speaker, cue):
    (quote,) = zitat.extract(text).quotes
    assert (quote.quote.text, quote.speaker.text if quote.speaker else None, quote.cue.text) == (claim, speaker, cue)


def test_a_noun_of_saying_before_a_relative_clause_says_nothing():
    assert len(zitat.extract("Mit der Nachricht, dass ein Wasserfall nahe liegt, begann der Tag.").quotes) == 0  # news, not words
    assert len(zitat.extract("Eine Aussage der Senatorin Dianne Feinstein, in deren Haus das Treffen stattgefunden habe, fehlt.").quotes) == 0



def test_a_verb_guessed_before_dass_inside_a_quotation_frames_nothing_outside_it():
    text = (
        "Der Minister kritisierte die Regel. Die Rechte der Bürger und ihrer Familien seien im Gesetz und in der Verfassung "
        "des Freistaates Bayern klar festgelegt: „Daraus ergibt sich eindeutig, dass die Regel dem Gesetz nicht widersprechen darf.“"
    )
    quotes = zitat.extract(text).quotes
    assert [(q.type, q.cue, q.speaker.text) for q in quotes] == [
        ("indirect_free_indirect", None, "Der Minister"),
        ("direct", None, "Der Minister"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Der Beifahrer erlitt so schwere Verletzungen, dass er in ein Krankenhaus gebracht werden musste.",
        "Die Sorge wächst derart, dass die Regierung handelt.",
        # an adverb that grades an adjective is no article of a new phrase
        "Die Subvention widerspricht dem Grundsatz, dem gerade die Fischerei, wie sie in Griechenland betrieben wird, dient.",
    ],
)
def test_a_result_clause_after_so_is_no_ones_words(text):
    assert not zitat.extract(text).quotes


@pytest.mark.parametrize(
    "text,claim",
    [
        # `so X` set off after a first adverb, or between dashes
        ("Dennoch, so Nacke, habe Mindermann nicht seiner Vorbildfunktion entsprochen.", "Dennoch habe Mindermann nicht seiner Vorbildfunktion entsprochen"),
        ("Man sei dankbar – so Canny –, trotzdem seien weitere Mittel nötig.", "Man sei dankbar trotzdem seien weitere Mittel nötig"),
    ],
)
def test_a_so_frame_set_off_inside_its_claim(text, claim):
    (quote,) = zitat.extract(text).quotes
    assert (quote.type, quote.quote.text, quote.cue.text) == ("indirect", claim, "so")


def test_statements_a_continued_claim_ends_before_the_speakers_next_act():
    text = "Unterdessen verteidigte Sebastian Edathy den Entwurf. Er halte die Verlängerung für vertretbar und bezeichnete die Erweiterung als „maßvoll“."
    claims = [q.quote.text for q in zitat.extract(text).quotes if q.type == "indirect_free_indirect"]
    assert claims == ["Er halte die Verlängerung für vertretbar"]
