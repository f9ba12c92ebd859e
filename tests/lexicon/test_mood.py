"""The Konjunktiv I that marks reported speech (`lexicon/mood.py`)."""

from __future__ import annotations

import pytest
import spacy

from zitat.lexicon.mood import is_reported, is_subjunctive

_NLP = spacy.blank("de")


def _word(text: str):
    return _NLP.make_doc(text)[0]


@pytest.mark.parametrize(
    "word,subjunctive",
    [
        ("sei", True),
        ("habe", True),
        ("gehe", True),
        ("plane", True),
        # verbs in -eln and -ern keep their e before the ending: `handeln` -> `handele`
        ("handele", True),
        ("ändere", True),
        ("verbessere", True),
        # indicatives and words that only end like one
        ("handelt", False),
        ("ändert", False),
        ("geht", False),
        ("diese", False),
        ("Rede", False),
    ],
)
def test_konjunktiv_one(word, subjunctive):
    assert is_subjunctive(_word(word)) is subjunctive


@pytest.mark.parametrize(
    "word,reported",
    [
        ("sei", True),
        # a strong verb's Konjunktiv II has a stem of its own
        ("befände", True),
        ("käme", True),
        ("ginge", True),
        ("bliebe", True),
        # the past indicative, an adjective, a noun
        ("machte", False),
        ("wurde", False),
        ("schöne", False),
        ("Nähe", False),
    ],
)
def test_reported_mood_has_the_konjunktiv_two_of_strong_verbs(word, reported):
    assert is_reported(_word(word)) is reported
    assert not is_subjunctive(_word("befände"))  # the sentence-type model's feature stays as trained
