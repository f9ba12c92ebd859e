"""Registered spaCy factories. Each typed keyword-only signature is the component's config.

They are exposed through the `spacy_factories` entry point group, so `spacy.blank("de")`
followed by `nlp.add_pipe("zitat_direct_quotes")` works wherever zitat is installed.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from zitat.pipeline.direct import DirectQuotes
from zitat.pipeline.sentence_types import SentenceTypes
from zitat.pipeline.sentences import set_sentence_starts
from zitat.pipeline.speakers import SpeakerResolver
from zitat.pipeline.statements import Statements


@Language.factory(
    "zitat_sentences",
    assigns=["token.is_sent_start"],
    default_config={},
)
def make_sentences(nlp: Language, name: str) -> object:
    def component(doc: Doc) -> Doc:
        return set_sentence_starts(doc)

    return component


@Language.factory(
    "zitat_direct_quotes",
    requires=["token.is_sent_start"],
    assigns=["doc.spans", "doc._.zitat_meta"],
    default_config={"min_words": 4, "continuation": True},
)
def make_direct_quotes(nlp: Language, name: str, *, min_words: int, continuation: bool) -> DirectQuotes:
    return DirectQuotes(nlp, name, min_words=min_words, continuation=continuation)


@Language.factory(
    "zitat_statements",
    requires=["token.is_sent_start", "doc.spans"],
    assigns=["doc.spans", "doc._.zitat_meta"],
    default_config={"free_indirect": True},
)
def make_statements(nlp: Language, name: str, *, free_indirect: bool) -> Statements:
    return Statements(nlp, name, free_indirect=free_indirect)


@Language.factory(
    "zitat_sentence_types",
    requires=["token.is_sent_start", "doc.spans"],
    assigns=["doc.spans", "doc._.zitat_meta"],
    default_config={"threshold": 0.0, "model_path": None},
)
def make_sentence_types(nlp: Language, name: str, *, threshold: float, model_path: str | None) -> SentenceTypes:
    return SentenceTypes(nlp, name, threshold=threshold, model_path=model_path)


@Language.factory(
    "zitat_speakers",
    requires=["doc.spans", "doc._.zitat_meta"],
    assigns=["doc._.zitat_entities", "doc._.zitat_meta"],
    default_config={"max_distance": 400},
)
def make_speakers(nlp: Language, name: str, *, max_distance: int) -> SpeakerResolver:
    return SpeakerResolver(nlp, name, max_distance=max_distance)
