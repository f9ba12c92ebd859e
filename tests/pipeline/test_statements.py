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
