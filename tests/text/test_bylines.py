from __future__ import annotations

import pytest

import zitat
from zitat.text.bylines import find_bylines

BODY = "Der Minister sagte, die Steuern würden nicht erhöht. „Wir halten Wort“, sagte er."


@pytest.mark.parametrize(
    "line",
    [
        "Anna Meier berichtete aus Minsk.",
        "Mitarbeit: Hans Schulz",
        "Hans Schulz hat zu diesem Bericht beigetragen.",
        "Von Anna Meier, Minsk",
        "(dpa/AFP)",
    ],
)
def test_bylines_are_found_and_never_speak(line):
    text = f"{BODY}\n\n{line}"
    assert [text[s:e] for s, e in find_bylines(text)] == [line]
    result = zitat.extract(text)
    assert all(q.quote.start < len(BODY) for q in result.quotes)
    assert len(result.quotes) == 2


def test_bylines_leave_reporting_sentences_in_the_body_alone():
    text = "Die Zeitung berichtete aus Minsk, die Proteste hätten zugenommen, und die Polizei habe 200 Menschen festgenommen."
    assert find_bylines(text) == []
    assert zitat.extract(text).quotes
