from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zitat.text.quotemarks import find_quotes, paragraphs


def texts(text: str) -> list[str]:
    return [" | ".join(text[s:e] for s, e in q.spans) for q in find_quotes(text) if q.depth == 0]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("„Das ist gut“, sagte er.", ["„Das ist gut“"]),
        ("Er sagte: »Nein.« Dann ging er.", ["»Nein.«"]),
        ("Er sagte: «Nein.» Dann ging er.", ["«Nein.»"]),
        ("Sie sagte: ‚Ja‘.", ["‚Ja‘"]),
        ('He said "no way" today.', ['"no way"']),
        ("Er sagte: “Nein” und ging.", ["“Nein”"]),
        ("Er sagte: „Nein\" und ging.", ["„Nein\""]),
        ("Es ist Michael's Auto und geht's gut.", []),
    ],
)
def test_quotemarks_all_mark_styles(text, expected):
    assert texts(text) == expected


def test_quotemarks_nested_quote_does_not_close_outer():
    text = "Er sagte: „Das Buch ‚Faust‘ ist gut.“ Ende."
    quotes = find_quotes(text)
    outer = [q for q in quotes if q.depth == 0]
    inner = [q for q in quotes if q.depth == 1]
    assert [text[q.start : q.end] for q in outer] == ["„Das Buch ‚Faust‘ ist gut.“"]
    assert [text[q.start : q.end] for q in inner] == ["‚Faust‘"]


def test_quotemarks_unclosed_quote_ends_at_paragraph():
    text = "Sie sagte: „Wir gehen jetzt.\n\nDanach war Ruhe."
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == "„Wir gehen jetzt."
    assert q.open_end


@pytest.mark.parametrize(
    "text,quote",
    [
        ("„Wir werden gewinnen, sagte der Trainer.\n\nDanach war Ruhe.", "„Wir werden gewinnen"),
        ("Er kam spät. „Wir werden gewinnen, so der Trainer.", "„Wir werden gewinnen"),
        # `so` + an adjective is the quote's own words, no frame
        ("„Es ist kalt, so kalt wie nie.\n\nDanach war Ruhe.", "„Es ist kalt, so kalt wie nie."),
    ],
)
def test_quotemarks_unclosed_quote_ends_before_the_frame_that_follows_it(text, quote):
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == quote


def test_quotemarks_unclosed_quote_running_on_keeps_its_frame_inside():
    # reopened in the next paragraph: one quote over both, the frame inside it left alone
    text = "„Wir haben viel erreicht, sagte er, und machen weiter.\n\n„Zweitens.“ Dann ging er."
    (q,) = find_quotes(text)
    assert [text[s:e] for s, e in q.spans] == ["„Wir haben viel erreicht, sagte er, und machen weiter.", "„Zweitens.“"]


def test_quotemarks_multi_paragraph_quote_is_one_statement():
    text = "Er sagte: „Erstens.\n\n„Zweitens.\n\n„Drittens.“ Dann ging er."
    (q,) = find_quotes(text)
    assert [text[s:e] for s, e in q.spans] == ["„Erstens.", "„Zweitens.", "„Drittens.“"]
    assert not q.open_end


def test_quotemarks_closing_mark_without_opening_continues_previous_paragraph():
    text = "Er sagte: „Erstens.\n\nZweitens.“ Dann ging er."
    (q,) = find_quotes(text)
    assert [text[s:e] for s, e in q.spans] == ["„Erstens.", "Zweitens.“"]


def test_quotemarks_closing_mark_without_opening_is_own_quote():
    text = "Am Morgen.\n\nWir kommen wieder.“ So sprach sie."
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == "Wir kommen wieder.“"
    assert q.open_start


def test_quotemarks_paragraphs_use_single_newlines_without_blank_lines():
    assert paragraphs("a\nb") == [(0, 1), (2, 3)]
    assert paragraphs("a\nb\n\nc") == [(0, 3), (5, 6)]


def _best_of_three(text: str) -> float:
    """The fastest of three runs: a busy machine slows single runs, never the fastest one much."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        find_quotes(text)
        times.append(time.perf_counter() - start)
    return min(times)


def test_quotemarks_linear_time_on_stray_marks():
    # Ten times the input: about ten times the time when linear, a hundred when quadratic.
    small, big = "„“»«\"'‚" * 2_000, "„“»«\"'‚" * 20_000
    assert _best_of_three(big) < 30 * max(_best_of_three(small), 1e-3)


MARKS = st.sampled_from(list("„“”»«‚‘’\"'"))
CHUNK = st.one_of(MARKS, st.text(alphabet="ab .,:\n", min_size=1, max_size=5))


@settings(max_examples=300, deadline=None)
@given(st.lists(CHUNK, max_size=60).map("".join))
def test_quotemarks_spans_are_valid_and_outer_quotes_do_not_overlap(text):
    quotes = find_quotes(text)
    for q in quotes:
        for start, end in q.spans:
            assert 0 <= start < end <= len(text)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(q.spans))
    outer = sorted((q for q in quotes if q.depth == 0), key=lambda q: q.start)
    for a, b in itertools.pairwise(outer):
        assert a.end <= b.start


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abc xyz.,", min_size=1, max_size=30))
def test_quotemarks_balanced_german_quote_is_found_exactly(inner):
    inner = inner.strip() or "a"
    text = f"Er sagte: „{inner}“ und ging."
    assert texts(text) == [f"„{inner}“"]
