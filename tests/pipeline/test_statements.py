"""Statements without quotation marks: sources, clauses and their speakers."""

from __future__ import annotations

import pytest

import zitat


@pytest.mark.parametrize(
    "text,source",
    [
        ("Der Grund für den Ablass waren dem Bericht zufolge technische Probleme.", "dem Bericht"),
        ("Ursache des Einsturzes dürfte ersten Annahmen zufolge Schnee gewesen sein.", "ersten Annahmen"),
        ("Polizeiangaben zufolge wurde niemand verletzt.", "Polizeiangaben"),
    ],
)
def test_zufolge_source_is_the_whole_phrase_before_it(text, source):
    (quote,) = zitat.extract(text).quotes
    assert quote.speaker.text == source


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Demnach steht der Kopilot in der Schusslinie, weil er zu spät aufsetzte.", "Demnach"),
        ("Dieser behaupte, Spector sei ihm mit einer Pistole entgegengekommen.", "Dieser"),
        ("Wie t-online.de berichtet, ist der erste Trailer erschienen.", "t-online.de"),
        ("„Muslix64“ erwähnte auch, dass er weiteren Code veröffentlichen werde.", "„Muslix64“"),
        ("Des Weiteren verwies Steinbrück darauf, dass der Haushalt ausgeglichen sei.", "Steinbrück"),
        ("Zu dem Korruptionsskandal führte Elshorst aus, dass das System üblich gewesen sei.", "Elshorst"),
        ("Zu Guttenberg sagte, er habe nicht bewusst abgeschrieben.", "Zu Guttenberg"),
    ],
)
def test_source_adverbs_demonstratives_and_web_addresses_as_speakers(text, speaker):
    (quote,) = zitat.extract(text).quotes
    assert quote.speaker.text == speaker
