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
