from __future__ import annotations

import pytest

import zitat
from zitat.identity import IdentityIndex, identity_key, normalize_name


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Präsident Alexander Lukaschenko", "Alexander Lukaschenko"),
        ("Lukaschenkos", "Lukaschenko"),
        ("Dr. Angela Merkel (CDU)", "Angela Merkel"),
        ("Bundeskanzlerin Angela Merkel", "Angela Merkel"),
        ("Hans Strauss", "Hans Strauss"),
    ],
)
def test_names_normalize_titles_genitives_brackets(name, expected):
    assert normalize_name(name) == expected


def test_names_transliteration_variants_share_a_key():
    assert identity_key("Alexander Lukaschenko")[0] == identity_key("Aljaksandr Lukaschenka")[0]
    assert identity_key("Wolodymyr Selenskyj")[0] == identity_key("Volodymyr Selenski")[0]
    assert identity_key("Sergei Lawrow")[0] == identity_key("Sergey Lavrov")[0]


ARTICLES = [
    (
        "Der belarussische Präsident Alexander Lukaschenko trat am Montag vor die Presse. "
        "„Wir werden nicht nachgeben“, sagte er."
    ),
    "„Das Land bleibt stabil“, sagte Lukaschenko am Dienstag in Minsk.",
    "Präsident Aljaksandr Lukaschenka erklärte: „Die Proteste sind vorbei.“",
    "Bundeskanzlerin Angela Merkel sagte: „Wir schaffen das.“",
    "Der Landwirt Thomas Merkel aus Bayern sagte: „Die Ernte war schlecht.“",
]


def test_names_variants_merge_across_articles_and_namesakes_stay_apart():
    index = IdentityIndex()
    ids = {}
    for text in ARTICLES:
        for q in zitat.extract(text).quotes:
            assert q.speaker is not None and q.speaker.canonical is not None, text
            ids.setdefault(q.speaker.canonical, index.assign(q.speaker.canonical).id)
    lukaschenko = {ids[n] for n in ids if "Lukaschenk" in n}
    merkel = {n: ids[n] for n in ids if "Merkel" in n}
    assert len(lukaschenko) == 1
    assert merkel["Angela Merkel"] != merkel["Thomas Merkel"]


def test_names_surname_alone_stays_ambiguous_between_namesakes():
    index = IdentityIndex()
    angela = index.assign("Angela Merkel")
    thomas = index.assign("Thomas Merkel")
    alone = index.assign("Merkel")
    assert angela.id != thomas.id
    assert alone.id not in {angela.id, thomas.id}


def test_names_surname_first_then_full_name_is_one_identity():
    index = IdentityIndex()
    first = index.assign("Lukaschenko")
    full = index.assign("Alexander Lukaschenko")
    assert first.id == full.id
    assert full.name == "Alexander Lukaschenko"


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("Alexander Lukaschenko", "Aljaksandr Lukaschenka", True),
        ("Michael Müller", "Michail Müller", True),
        ("M. Müller", "Michael Müller", True),
        ("Angela Müller", "Andrea Müller", False),
        ("Thomas Merkel", "Tobias Merkel", False),
    ],
)
def test_names_first_names_decide_between_namesakes(a, b, same):
    index = IdentityIndex()
    assert (index.assign(a).id == index.assign(b).id) is same
