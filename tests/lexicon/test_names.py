"""The noun and name lexicon: compounds, and a bounded memory of its answers."""

from __future__ import annotations

import pytest

from zitat.lexicon import names


def test_compounds_of_known_nouns_are_nouns_names_are_not():
    lexicon = names.NameLexicon(nouns={"Rechnung": "f"}, first_names=frozenset({"Angela"}), surnames=frozenset())
    assert lexicon.is_noun_or_compound("Rechnung")
    assert lexicon.is_noun_or_compound("Gesamtrechnung")
    assert not lexicon.is_noun_or_compound("Angela")


def test_organisations_the_extract_lists_as_nouns_are_names():
    """Wiktionary lists `Hamas` and `Siemens` as nouns (a unit, a car); news use them as names."""
    lexicon = names.name_lexicon()
    for word in ("Hamas", "Hisbollah", "Siemens", "Volkswagen", "Bundeswehr"):
        assert word in lexicon.nouns
        assert not lexicon.is_common_noun(word)
    assert lexicon.is_common_noun("Allianz")  # a word too: not listed


def test_a_compound_on_a_short_noun_needs_a_known_noun_before_it():
    lexicon = names.NameLexicon(nouns={"Rat": "m", "Übergang": "m", "Brand": "m"}, first_names=frozenset(), surnames=frozenset())
    assert lexicon.is_noun_or_compound("Übergangsrat")  # with the linking `s`
    assert lexicon.is_noun_or_compound("Kreisbrandrat")  # after a compound that ends in a known noun
    assert not lexicon.is_noun_or_compound("Karaburat")  # a name ending like the noun


def test_a_compound_on_a_short_noun_after_a_plural():
    assert names.name_lexicon().is_noun_or_compound("Städtetag")  # `Städte`, the plural of a known noun


def test_a_compound_ending_in_i_needs_two_known_nouns():
    lexicon = names.name_lexicon()
    assert lexicon.is_noun_or_compound("Basketballprofi")
    assert not lexicon.is_noun_or_compound("Rafsandschani")  # names often end in a bare -i
    assert not lexicon.is_noun_or_compound("Berlusconi")


def test_noun_answers_are_remembered_within_a_bound(monkeypatch):
    lexicon = names.NameLexicon(nouns={"Rechnung": "f"}, first_names=frozenset(), surnames=frozenset())
    monkeypatch.setattr(names, "_CACHE_LIMIT", 3)
    assert lexicon.is_noun_or_compound("Gesamtrechnung")
    for word in ("Abcdefgh", "Ijklmnop", "Qrstuvwx", "Yzabcdef"):
        assert not lexicon.is_noun_or_compound(word)
        assert len(lexicon._nounish) <= 3
    assert lexicon.is_noun_or_compound("Gesamtrechnung")


def test_inanimate_nouns_have_no_feminine_in_in():
    lexicon = names.name_lexicon()
    assert [w for w in ("Frachter", "Komet", "Raumfähre", "Bericht") if lexicon.inanimate(w)] == ["Frachter", "Komet", "Raumfähre", "Bericht"]
    # people: a feminine in -in, also with an umlaut or as a compound's tail; and the few without one; a compound listed without its feminine whose tail has one (`Firmen|chef`)
    people = ("Astronaut", "Anwalt", "Franzose", "Regierungssprecher", "Experten", "Mann", "Mutter", "Vorsitzende", "Sprecherin", "Firmenchef")
    assert [w for w in people if lexicon.inanimate(w)] == []


def test_first_name_gender_from_the_list_then_by_ending():
    from zitat.lexicon.names import first_name_gender

    # names the first-name list knows, and exceptions to the endings
    assert [first_name_gender(n) for n in ("Angela", "Halima", "Franz", "Olaf", "Wayne", "Uwe", "Luca")] == [
        "f", "f", "m", "m", "m", "m", "m",
    ]
    # names it does not know: by their ending, or not at all
    assert [first_name_gender(n) for n in ("Xylomina", "Qwertonius", "Blorf")] == ["f", "m", ""]
    # names it knows for both: no guess by the ending
    assert [first_name_gender(n) for n in ("Robbie", "Kim")] == ["", ""]
    # but in -a a woman's, as German news writes them, save the men's the list gives both
    assert [first_name_gender(n) for n in ("Lena", "Christina", "Emma", "Osama", "Nikola")] == ["f", "f", "f", "m", "m"]


@pytest.mark.parametrize("word", ["Pilot", "Piloten", "Mönche", "Menschen", "Nobelkomitee", "Gremium", "Gerichtshof", "Rundfunk", "Armeeleitung", "Vereinsführung",
     "Musikverantwortliche", "Überlebenden", "Handelsblatt", "Nachrichtenmagazin", "Onlineportal", "Nachbar", "Freundin"])
def test_people_and_bodies_that_speak(word):
    assert names.person_noun(word)


@pytest.mark.parametrize("word", ["Objekt", "Test", "Details", "Cholera", "Fenster"])
def test_things_do_not_speak(word):
    assert not names.person_noun(word)


def test_a_double_first_name_has_its_first_names_gender():
    assert names.first_name_gender("Hans-Jürgen") == "m"
    assert names.first_name_gender("Jan-Ole") != "f"  # not a woman's by its ending
    assert names.first_name_gender("Anna-Lena") == "f"


@pytest.mark.parametrize("word", ["Sozialdemokratin", "Christsoziale", "Freisinnige", "Freisinniger", "Grünliberale", "Franzose", "US-Amerikaner"])
def test_someone_of_a_party_or_nation(word):
    assert names.demonym(word)


@pytest.mark.parametrize("word", ["Freizeit", "Sinnige", "Minister"])
def test_no_one_of_a_party_or_nation(word):
    assert not names.demonym(word)
