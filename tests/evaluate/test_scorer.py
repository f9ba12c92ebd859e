from __future__ import annotations

import pytest

from zitat.evaluate.gold import Group, tokens_covered
from zitat.evaluate.scorer import Score, pair_groups


def g(message, speaker=(), cue=(), form="direct", medium="speech") -> Group:
    roles = {"speaker": frozenset(speaker), "cue": frozenset(cue), "frame": frozenset(), "addressee": frozenset()}
    return Group(frozenset(message), roles, form, medium)


def test_scorer_perfect_prediction_scores_one():
    score = Score()
    gold = [g([1, 2, 3], [0], [4])]
    score.add_document(gold, gold)
    s = score.summary()
    assert s["published"]["joint"] == pytest.approx((1.0, 1.0, 1.0))
    assert s["token_micro"]["joint"] == pytest.approx((1.0, 1.0, 1.0))
    assert s["published"]["form"] == pytest.approx((1.0, 1.0, 1.0))


def test_scorer_macro_and_micro_differ_on_long_spans():
    # Pair 1: a long message fully found; pair 2: a short message fully missed.
    score = Score()
    score.add_document([g(range(10)), g([20])], [g(range(10))])
    published = score.summary()["published"]["messages"]
    micro = score.summary()["token_micro"]["messages"]
    assert published[1] == pytest.approx(0.5)  # mean of recalls 1.0 and 0.0
    assert micro[1] == pytest.approx(10 / 11)
    assert published[0] == pytest.approx(1.0)  # the unpaired gold has no precision


def test_scorer_pairs_by_overlap_then_form():
    gold = [g([1, 2], form="direct"), g([5, 6], form="indirect")]
    pred = [g([5, 6], form="indirect"), g([1, 2], form="direct")]
    pairs = pair_groups(gold, pred)
    assert all(a.message == b.message for a, b in pairs)


def test_scorer_pairs_non_overlapping_groups_and_counts_their_roles():
    score = Score()
    score.add_document([g([1], speaker=[7])], [g([3], speaker=[7])])
    s = score.summary()["published"]
    assert s["messages"] == pytest.approx((0.0, 0.0, 0.0))
    assert s["speaker"] == pytest.approx((1.0, 1.0, 1.0))


def test_scorer_empty_role_on_both_sides_is_left_out():
    score = Score()
    score.add_document([g([1], speaker=[])], [g([1], speaker=[])])
    assert score.summary()["published"]["roles"] == pytest.approx((0.0, 0.0, 0.0))
    assert score.summary()["published"]["messages"] == pytest.approx((1.0, 1.0, 1.0))


def test_scorer_form_and_medium_are_micro_counts():
    score = Score()
    score.add_document([g([1], form="direct", medium="speech")], [g([1], form="indirect", medium="speech")])
    s = score.summary()["published"]
    assert s["form"] == pytest.approx((0.0, 0.0, 0.0))
    assert s["stwr"] == pytest.approx((1.0, 1.0, 1.0))


def test_scorer_token_belongs_to_span_when_half_covered():
    tokens = [(0, 4), (5, 9), (10, 12)]
    assert tokens_covered(tokens, [(0, 7)]) == {0, 1}
    assert tokens_covered(tokens, [(0, 6)]) == {0}
    assert tokens_covered(tokens, [(11, 12)]) == {2}
