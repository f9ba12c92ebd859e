from __future__ import annotations

import zitat


def test_speakers_pronoun_gets_name_of_earlier_person():
    text = "Der belarussische Präsident Alexander Lukaschenko trat am Montag auf. „Wir werden nicht nachgeben“, sagte er."
    (q,) = zitat.extract(text).quotes
    assert q.speaker.text == "er"
    assert q.speaker.canonical == "Alexander Lukaschenko"


def test_speakers_role_noun_gets_name_the_article_ties_to_it():
    text = (
        "Präsident Alexander Lukaschenko sprach in Minsk. "
        "Dazu sagte der Präsident: „Das ist unser Land und wir bleiben.“"
    )
    (q,) = zitat.extract(text).quotes
    assert q.speaker.canonical == "Alexander Lukaschenko"


def test_speakers_surname_gets_fullest_name_and_one_entity():
    text = (
        "Angela Merkel sagte: „Wir schaffen das schon gemeinsam.“ "
        "Später fügte Merkel hinzu: „Es wird nicht leicht werden.“"
    )
    result = zitat.extract(text)
    assert [q.speaker.canonical for q in result.quotes] == ["Angela Merkel", "Angela Merkel"]
    (entity,) = result.speakers
    assert entity.quotes == ("q1", "q2")
    assert entity.kind == "person"


def test_speakers_organisation_kind():
    text = "Das Innenministerium teilte mit: „Die Lage ist unter Kontrolle.“"
    result = zitat.extract(text)
    assert result.quotes[0].speaker.text == "Das Innenministerium"
