"""The noun and name lexicon: compounds, and a bounded memory of its answers."""

from __future__ import annotations

from zitat.lexicon import names


def test_compounds_of_known_nouns_are_nouns_names_are_not():
    lexicon = names.NameLexicon(nouns={"Rechnung": "f"}, first_names=frozenset({"Angela"}), surnames=frozenset())
    assert lexicon.is_noun_or_compound("Rechnung")
    assert lexicon.is_noun_or_compound("Gesamtrechnung")
    assert not lexicon.is_noun_or_compound("Angela")


def test_noun_answers_are_remembered_within_a_bound(monkeypatch):
    lexicon = names.NameLexicon(nouns={"Rechnung": "f"}, first_names=frozenset(), surnames=frozenset())
    monkeypatch.setattr(names, "_CACHE_LIMIT", 3)
    assert lexicon.is_noun_or_compound("Gesamtrechnung")
    for word in ("Abcdefgh", "Ijklmnop", "Qrstuvwx", "Yzabcdef"):
        assert not lexicon.is_noun_or_compound(word)
        assert len(lexicon._nounish) <= 3
    assert lexicon.is_noun_or_compound("Gesamtrechnung")
