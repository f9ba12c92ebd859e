"""Verb forms and cue lemmas (`lexicon/cues.py`)."""

from __future__ import annotations

import pytest

from zitat.lexicon.cues import inflected_verb


@pytest.mark.parametrize(
    "word,verb",
    [
        ("sagte", True),
        ("kündigten", True),
        ("sagen", False),  # the infinitive itself
        ("internationale", False),  # an adjective
        ("Presse", False),
    ],
)
def test_inflected_verb(word, verb):
    assert inflected_verb(word) is verb
