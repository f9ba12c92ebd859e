"""The learned part: which sentences without a rule-found statement still report speech.

A logistic regression over hashed sentence features (`sentence_features.py`), trained by
`zitat train` on the WikiNews train split, labels a sentence as indirect, indirect/free
indirect, free indirect or reported speech. Rules find framed statements precisely; this
model finds the unframed ones they cannot see (see models/sentence_types/MODEL_CARD.md).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span

from zitat.lexicon.mood import is_reported, is_subjunctive
from zitat.lexicon.words import AUXILIARIES, PREPOSITIONS
from zitat.pipeline.annotations import StatementAnnotation, add_statement, goes_on, in_byline, through
from zitat.pipeline.frames import cue_at
from zitat.pipeline.phrases import clause_subject, finite_verb, relative_clause, speaks, subject_of, v2_verb
from zitat.pipeline.sentence_features import LABELS, SentenceContext, features, hashed

MODEL_DIR = "models/sentence_types"


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> tuple[numpy.ndarray, dict]:
    base = Path(path) if path else Path(str(resources.files("zitat").joinpath(MODEL_DIR)))
    with numpy.load(base / "weights.npz") as data:
        weights = data["weights"].astype(numpy.float32)
    meta = json.loads((base / "meta.json").read_text(encoding="utf-8"))
    return weights, meta


def predict_proba(weights: numpy.ndarray, ids: list[int]) -> numpy.ndarray:
    scores = weights[ids].sum(axis=0)
    scores = scores - scores.max()
    exp = numpy.exp(scores)
    return exp / exp.sum()


class SentenceTypes:
    def __init__(self, nlp: Language, name: str, *, threshold: float, model_path: str | None) -> None:
        self.name = name
        self.weights, self.meta = load_model(model_path)
        self.threshold = threshold if threshold > 0 else self.meta.get("threshold", 0.5)
        self.dim = int(self.meta["dim"])

    def __call__(self, doc: Doc) -> Doc:
        sents = list(doc.sents)
        context = SentenceContext.of(doc, sents)
        # Speakers flow on through a run of unframed sentences; the features keep seeing
        # only what the rules found, as in training.
        speakers = SentenceContext(context.types, dict(context.speakers))
        made: list[tuple[int, StatementAnnotation]] = []  # (its last sentence, statement)
        for n, sent in enumerate(sents):
            if n in context.types or not any(t.is_alpha for t in sent) or in_byline(doc, sent.start, sent.end):
                continue
            probs = predict_proba(self.weights, hashed(features(doc, sent, n, context), self.dim))
            best = int(probs.argmax())
            if LABELS[best] == "none" or probs[best] < self.threshold:
                continue
            statement = self._statement(doc, sent, n, LABELS[best], float(probs[best]), speakers)
            if statement.speaker is None and statement.type == "indirect_free_indirect" and n > 0:
                # `Wowereit bedauerte die Entscheidung. Es seien Fehler gemacht worden.`: the
                # Konjunktiv goes on with the subject of the sentence before, though its verb is no cue
                statement.speaker = clause_subject(doc, sents[n - 1].start, sents[n - 1].end, set())
            if statement.speaker is None and statement.type in {"indirect", "indirect_free_indirect"}:
                # `Das Bundesverfassungsgericht entschied, das Gesetz sei verfassungswidrig.`: a verb outside
                # the cue lexicon, its subject still the one whose view the Konjunktiv reports
                statement.speaker = _reporting_subject(doc, sent)
            if statement.speaker is not None:
                speakers.speakers[n] = statement.speaker
            before = made[-1][1] if made and made[-1][0] == n - 1 else None
            if before is not None and goes_on(before, statement):
                before.quote = through(before.quote, statement.quote)  # the run goes on: one statement
                made[-1] = (n, before)
                continue
            made.append((n, statement))
        for _, statement in made:
            add_statement(doc, statement)
        return doc

    def _statement(
        self, doc: Doc, sent, n: int, label: str, confidence: float, context: SentenceContext
    ) -> StatementAnnotation:
        start, end = sent.start, sent.end
        while end > start and doc[end - 1].is_space:
            end -= 1
        speaker = context.recent_speaker(n)
        medium = "speech"
        for k in range(start, end):
            found = cue_at(doc, k, end)
            if found is not None:
                medium = found[1]
                # A sentence with its own speech verb names its own speaker; in a Konjunktiv run
                # only when the verb says who speaks, not what is reported (`Bei einer Pandemie
                # sei mit Millionen Toten zu rechnen`, `Ihre Partei werde dagegen klagen`)
                finite = finite_verb(doc, start, k)
                own = subject_of(doc, start, finite, end)
                if label != "indirect_free_indirect":
                    speaker = own or speaker
                elif own is not None and speaks(doc, own) and not any(is_reported(doc[j]) for j in range(start, k + 1)):
                    speaker = own
                break
        if label == "indirect" and end > start and doc[end - 1].is_punct:
            end -= 1
        # Unframed statements have no cue in the annotated data: the speaker is known from context.
        return StatementAnnotation(label, [(start, end)], [], speaker, None, medium, round(confidence, 3))


def _reporting_subject(doc: Doc, sent: Span) -> tuple[int, int] | None:
    """The subject opening a sentence whose verb, in the indicative, is followed by a comma and a
    clause in the Konjunktiv."""
    verb = v2_verb(doc, sent.start, sent.end)
    if verb is None or is_subjunctive(doc[verb]) or doc[verb].lower_ in AUXILIARIES:
        return None  # `Er war ein Schritt für die Pläne, laut denen …`: no one's view
    comma = next((k for k in range(verb + 1, sent.end) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= sent.end or relative_clause(doc, comma + 1, sent.end) or doc[comma + 1].lower_ in PREPOSITIONS:
        return None  # `arbeiten Mitarbeiter, die … hätten`: a relative clause
    if not any(is_subjunctive(doc[k]) for k in range(comma + 1, sent.end)):
        return None
    subject = clause_subject(doc, sent.start, comma, set())
    return subject if subject is not None and subject[0] == sent.start and subject[1] == verb else None
