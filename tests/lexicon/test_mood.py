"""The Konjunktiv I that marks reported speech (`lexicon/mood.py`)."""

from __future__ import annotations

import pytest
import spacy

from zitat.lexicon.mood import is_reported, is_subjunctive

_NLP = spacy.blank("de")


def _word(text: str):
    return _NLP.make_doc(text)[0]


@pytest.mark.parametrize(
    "word,subjunctive,reported",
    [
        ("sei", True, True),
        ("habe", True, True),
        ("gehe", True, True),
        ("plane", True, True),
        # verbs in -eln and -ern keep their e before the ending: `handeln` -> `handele`
        ("handele", True, True),
        ("ändere", True, True),
        ("verbessere", True, True),
        # a strong verb's Konjunktiv II has a stem of its own: reported speech, but not the
        # Konjunktiv I the sentence-type model was trained on
        ("befände", False, True),
        ("käme", False, True),
        ("ginge", False, True),
        ("bliebe", False, True),
        # indicatives, the past indicative, words that only end like a Konjunktiv
        ("handelt", False, False),
        ("ändert", False, False),
        ("geht", False, False),
        ("machte", False, False),
        ("wurde", False, False),
        ("diese", False, False),
        ("schöne", False, False),
        ("Rede", False, False),
        ("Nähe", False, False),
    ],
)
def test_konjunktiv_of_reported_speech(word, subjunctive, reported):
    assert is_subjunctive(_word(word)) is subjunctive
    assert is_reported(_word(word)) is reported
