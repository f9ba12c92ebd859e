from __future__ import annotations

import numpy

import zitat
from zitat.pipeline.sentence_features import LABELS, SentenceContext, features, hashed
from zitat.pipeline.sentence_types import load_model, predict_proba


def test_sentence_types_shipped_model_loads_with_its_card():
    weights, meta = load_model()
    assert weights.shape == (meta["dim"], len(LABELS))
    assert meta["labels"] == list(LABELS)
    assert numpy.isfinite(weights).all()


def test_sentence_types_probabilities_are_a_distribution():
    weights, meta = load_model()
    probs = predict_proba(weights, hashed(["bias", "subj=1", "w=sagen"], meta["dim"]))
    assert probs.shape == (len(LABELS),)
    assert abs(float(probs.sum()) - 1.0) < 1e-5


def test_sentence_types_features_see_mood_and_rule_context(nlp):
    doc = nlp("Der Minister sagte, er komme morgen. Die Lage sei aber ernst.")
    sents = list(doc.sents)
    context = SentenceContext.of(doc, sents)
    second = features(doc, sents[1], 1, context)
    assert "prev1=indirect" in second
    assert "subj_early" in second and "recent_speaker" in second


def test_sentence_types_unframed_subjunctive_sentence_continues_speaker():
    text = (
        "Der Minister sagte am Montag, die Regierung werde die Steuern senken. "
        "Das Geld sei vorhanden und die Bürger müssten entlastet werden."
    )
    quotes = zitat.extract(text).quotes
    assert [q.type for q in quotes] == ["indirect", "indirect_free_indirect"]
    assert quotes[1].speaker.text == "Der Minister"


def test_sentence_types_can_be_left_out():
    nlp = zitat.load(with_model=False)
    assert "zitat_sentence_types" not in nlp.pipe_names
