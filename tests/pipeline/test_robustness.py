"""The pipeline never crashes on word salad made of the tokens its rules look at."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import zitat
from zitat.errors import ZitatError

TOKENS = [
    "„", "“", "»", "«", '"', "'", ",", ":", ".", "(", ")", "-", "–", "\n\n", "er", "sie", "Er", "Sie", "der", "die",
    "den", "dem", "ein", "Als", "Wie", "als", "so", "sagte", "hieß", "es", "vom", "zitiert", "wird", "Minister",
    "Ministerin", "Angela", "Merkel", "NASA", "Der", "74-Jährige", "Staatsanwaltschaft", "Darmstadt", "und", "dass",
    "laut", "zufolge", "Relativierend", "Auch", "sich", "R.", "Anwältin", "Samanis", "Hans", "Meier", "Polizei",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=60))
def test_extract_never_crashes(tokens):
    text = " ".join(tokens)
    try:
        result = zitat.extract(text)
    except ZitatError:
        return  # empty after all: a coded error is the answer
    for quote in result.quotes:
        for start, end in quote.quote.spans:
            assert 0 <= start < end <= len(text)
        if quote.speaker is not None:
            assert all(0 <= s < e <= len(text) for s, e in quote.speaker.spans)


def test_a_long_chain_of_descriptions_does_not_overflow_the_stack():
    """Each `Der 31-Jährige` takes up the subject before it, itself a description: seven hundred
    of them had resolved one inside another until Python's recursion limit (a RecursionError)."""
    text = "Hans Meier kam an. " + " ".join(f"Der {20 + i % 50}-Jährige sagte, es gehe ihm gut." for i in range(700))
    result = zitat.extract(text)
    assert len(result.quotes) == 700
    assert result.quotes[0].speaker.canonical == "Hans Meier"
