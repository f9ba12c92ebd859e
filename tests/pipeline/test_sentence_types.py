from __future__ import annotations

import numpy
import pytest

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


def test_sentence_types_a_statement_covers_every_sentence_it_runs_through(nlp):
    doc = nlp("Der Minister sagte, die Lage sei ernst. Man werde handeln. Es gebe keinen Grund zur Panik. Das Wetter bleibt schön.")
    sents = list(doc.sents)
    context = SentenceContext.of(doc, sents)
    assert context.types.get(1) == ["indirect_free_indirect"] and context.types.get(2) == ["indirect_free_indirect"]
    assert 3 not in context.types


def test_sentence_types_adjacent_statements_of_a_run_are_one():
    text = (
        "Der Fluss tritt über die Ufer. Gestern soll der Wasserstand des Flusses stündlich um sieben Zentimeter "
        "gestiegen sein. Die Wasserstände sollen aber niedriger als letztes Jahr sein. Die Stadt bereitet sich vor."
    )
    (quote,) = zitat.extract(text).quotes
    assert quote.type == "free_indirect"
    assert quote.quote.text.startswith("Gestern soll") and quote.quote.text.endswith("niedriger als letztes Jahr sein.")


def test_sentence_types_konjunktiv_after_a_sentence_without_a_cue_takes_its_subject():
    text = (
        "Das Gericht wies die Klage ab. Berlins Regierender Bürgermeister Klaus Wowereit bedauerte die Entscheidung. "
        "Anfang der neunziger Jahre seien offenbar juristische Fehler gemacht worden."
    )
    (quote,) = zitat.extract(text).quotes
    assert (quote.type, quote.speaker.canonical) == ("indirect_free_indirect", "Klaus Wowereit")


def test_sentence_types_a_verb_outside_the_cue_lexicon_before_a_konjunktiv_clause_has_its_subject_speak():
    (quote,) = zitat.extract("Das Bundesverfassungsgericht entschied, das Gesetz sei verfassungswidrig.").quotes
    assert quote.speaker.text == "Das Bundesverfassungsgericht"
    # but a relative clause after the comma says nothing of the subject's view
    (quote,) = zitat.extract("In allen Bereichen arbeiten Mitarbeiter, die keinen Arbeitsplatz hätten.").quotes
    assert quote.speaker is None


@pytest.mark.parametrize(
    "label,second,speaker",
    [
        # `zu rechnen`, `zu sprechen` are part of what a Konjunktiv run reports: its speaker goes on
        ("indirect_free_indirect", "Bei einer Pandemie sei weltweit mit Millionen von Toten zu rechnen.", "Klaus Stöhr"),
        ("indirect_free_indirect", "Wäre dies nicht so, hätte Müntefering keinen Anlass gehabt, über die Unternehmen zu sprechen.", "Klaus Stöhr"),
        ("indirect_free_indirect", "Ihre Partei werde dagegen klagen.", "Klaus Stöhr"),
        # a verb of saying in the indicative names its own speaker
        ("indirect_free_indirect", "Die WHO erklärte, es gebe noch keine Gefahr.", "Die WHO"),
        ("reported", "Die Aktion wurde von den Veranstaltern als Erfolg gewertet.", "den Veranstaltern"),
    ],
)
def test_sentence_types_a_verb_of_saying_inside_a_sentence_names_its_speaker(nlp, label, second, speaker):
    doc = nlp.make_doc(f"Klaus Stöhr warnte. {second}")
    for name, proc in nlp.pipeline:
        if name == "zitat_sentence_types":
            break
        doc = proc(doc)
    pipe = nlp.get_pipe("zitat_sentence_types")
    sents = list(doc.sents)
    statement = pipe._statement(doc, sents[1], 1, label, 0.9, SentenceContext({}, {0: (0, 2)}))
    assert doc[statement.speaker[0] : statement.speaker[1]].text == speaker
