"""The Konjunktiv I that marks reported speech (`lexicon/mood.py`)."""

from __future__ import annotations

import pytest
import spacy

from zitat.lexicon.mood import is_subjunctive

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
