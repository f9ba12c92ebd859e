from __future__ import annotations

import pytest


def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Er kam am 9. Juni 2005. Dann ging er.", ["Er kam am 9. Juni 2005.", "Dann ging er."]),
        ("„Wir gehen!“, rief er. Dann ging er.", ["„Wir gehen!“, rief er.", "Dann ging er."]),
        ("„Wir gehen.“ Dann ging er.", ["„Wir gehen.“", "Dann ging er."]),
        ("Er sagte: „Eins. Zwei. Drei.“ Dann ging er.", ["Er sagte: „Eins. Zwei. Drei.“", "Dann ging er."]),
        ("Die 3. Liga spielt. Dr. Meier lacht.", ["Die 3. Liga spielt.", "Dr. Meier lacht."]),
        # no noun follows the number, so it ends the sentence
        ("Es geht um die Auslieferung des Modells 3. Ein Sprecher teilte mit, es gebe keine Probleme.", ["Es geht um die Auslieferung des Modells 3.", "Ein Sprecher teilte mit, es gebe keine Probleme."]),
        # a quotation that begins in small letters goes on the sentence before it
        ("Merkel sagte, Benedikt XVI. „ist und bleibt ein Denker“. Dann ging sie.", ["Merkel sagte, Benedikt XVI. „ist und bleibt ein Denker“.", "Dann ging sie."]),
    ],
)
def test_sentences_respect_quotes_and_ordinals(nlp, text, expected):
    assert sentences(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a heading run into its paragraph: a word written small in a sentence opens the first one
        ("Vorab.\n\nEngagement Deutschlands Bereits im Dezember hatte Merkel verkündet, sie sei dafür.", ["Vorab.", "Engagement Deutschlands", "Bereits im Dezember hatte Merkel verkündet, sie sei dafür."]),
        ("Müllentsorgung Auch die Stadt Halle plant eine Gebühr.", ["Müllentsorgung", "Auch die Stadt Halle plant eine Gebühr."]),
        ("Vorschlag an den Bundestag Der Bundesrat schlug dem Bundestag vor, das Gesetz zu ändern.", ["Vorschlag an den Bundestag", "Der Bundesrat schlug dem Bundestag vor, das Gesetz zu ändern."]),
        # not where a verb or an adjective stands before it, nor in `Den Haag`
        ("Taylor kommt in Den Haag an.", ["Taylor kommt in Den Haag an."]),
        ("Außer in Den Haag gab es keine Proteste.", ["Außer in Den Haag gab es keine Proteste."]),
        ("Für eine detaillierte Statistik klicken Sie hier.", ["Für eine detaillierte Statistik klicken Sie hier."]),
        ("Die Sprecherin sagte am Montag, Der Spiegel habe recht.", ["Die Sprecherin sagte am Montag, Der Spiegel habe recht."]),
    ],
)
def test_a_heading_run_into_its_paragraph_is_no_part_of_its_first_sentence(nlp, text, expected):
    assert sentences(nlp, text) == expected
