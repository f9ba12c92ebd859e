from __future__ import annotations

from zitat.evaluate.gold import GoldDocument


def test_gold_document_title_is_the_headline_of_its_name():
    doc = GoldDocument("12324 - Jenaer Feuerteufel gefasst (2005-09-10)", "", [], [])
    assert doc.title == "Jenaer Feuerteufel gefasst"
    assert GoldDocument("Nur ein Titel", "", [], []).title == "Nur ein Titel"
