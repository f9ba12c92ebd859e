"""Verb forms and cue lemmas (`lexicon/cues.py`)."""

from __future__ import annotations

import pytest

from zitat.lexicon.cues import cue_medium, inflected_verb


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


@pytest.mark.parametrize(
    "word,particle,medium",
    [
        ("sagte", None, "speech"),
        ("schrieb", None, "writing"),
        ("hofft", None, "speech_thought"),
        # `meinte X` and `will wissen, dass` report what someone said, not a thought
        ("meinte", None, "speech"),
        ("wissen", None, "speech"),
        # said or written, the text does not tell: `wurde vorgeworfen`, `meldete`
        ("vorgeworfen", None, "speech_writing"),
        ("warf", "vor", "speech_writing"),
        ("meldete", None, "speech_writing"),
    ],
)
def test_cue_medium(word, particle, medium):
    assert cue_medium(word, particle) == medium
