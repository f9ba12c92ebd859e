from __future__ import annotations

import json

import pytest

from zitat.model import SCHEMA_VERSION, DocumentResult, Entity, Part, SpeakerRef, Statement


def _result() -> DocumentResult:
    text = "„Wir bleiben“, sagte er dem „Spiegel“."
    quote = Part.from_spans(text, [(0, 13)])
    speaker = SpeakerRef("er", ((21, 23),), "Angela Merkel")
    addressee = SpeakerRef("dem „Spiegel“", ((24, 37),), "Spiegel", "organisation")
    statement = Statement("q1", "direct", quote, "speech", speaker, Part.from_spans(text, [(15, 20)]), addressee=addressee)
    return DocumentResult("doc-1", (statement,), (Entity("Angela Merkel", "person", ((21, 23),), ("q1",)),), {"outlet": "x"})


def test_model_round_trip_through_json():
    result = _result()
    data = json.loads(json.dumps(result.to_dict()))
    assert DocumentResult.from_dict(data) == result
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["outlet"] == "x"
    assert data["quotes"][0]["addressee"] == {"text": "dem „Spiegel“", "spans": [[24, 37]], "canonical": "Spiegel", "kind": "organisation"}


def test_model_part_text_follows_spans():
    text = "„Das“, sagte sie, „ist gut.“"
    part = Part.from_spans(text, [(18, 28), (0, 5)])
    assert part.spans == ((0, 5), (18, 28))
    assert part.text == "„Das“ „ist gut.“"


@pytest.mark.parametrize("field", ["id", "type", "medium", "quote", "speaker", "cue", "frame", "addressee", "nested_in", "confidence"])
def test_model_statement_has_every_schema_field(field):
    assert field in _result().quotes[0].to_dict()
