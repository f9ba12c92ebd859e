"""zitat: who said what in German news.

    import zitat
    nlp = zitat.load()
    doc = nlp(text)
    result = zitat.extract(text)      # a DocumentResult; result.to_dict() for JSON
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from zitat import pipeline as _pipeline  # noqa: F401  (package marker for entry points)
from zitat.model import SCHEMA_VERSION, DocumentResult, Entity, Part, SpeakerRef, Statement
from zitat.pipeline import factories as _factories  # noqa: F401  (registers the factories)
from zitat.pipeline.result import doc_to_result
from zitat.text.normalize import check_text

__version__ = "0.1.0"
__all__ = [
    "SCHEMA_VERSION",
    "DocumentResult",
    "Entity",
    "Part",
    "SpeakerRef",
    "Statement",
    "__version__",
    "annotate",
    "extract",
    "load",
]

PIPELINE = ("zitat_sentences", "zitat_direct_quotes", "zitat_statements", "zitat_sentence_types", "zitat_speakers")


def load(with_model: bool = True) -> Language:
    """A German spaCy pipeline with zitat's components, ready to run on raw text.

    `with_model=False` leaves out the learned sentence-type model (rules only), as its
    training does."""
    nlp = spacy.blank("de")
    nlp.max_length = 60_000_000
    # a closing mark glued to a compound's hyphen is a token of its own: `„Bild“-Zeitung`
    infixes = [*nlp.Defaults.infixes, r"(?<=\w)[“”’\"](?=-\w)"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    for name in PIPELINE:
        if with_model or name != "zitat_sentence_types":
            nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=2)
def _shared(with_model: bool) -> Language:
    return load(with_model)


def segment(text: str) -> Doc:
    """Tokens and sentences exactly as the pipeline makes them, without finding statements
    (for formats that carry tokens and sentences: WikiNews, XMI)."""
    nlp = _shared(True)
    return nlp.get_pipe("zitat_sentences")(nlp.make_doc(text))


# spaCy keeps every word it has seen in the vocabulary for good (about 1.4 kB each): over
# millions of articles that grows by gigabytes. A fresh pipeline past this many entries keeps
# a long run's memory flat at the cost of a second's reload.
VOCAB_LIMIT = 200_000


def extract(
    text: str | bytes, doc_id: str | None = None, meta: dict[str, Any] | None = None, with_model: bool = True
) -> DocumentResult:
    """The statements of one text. Raises ZitatError for empty, binary or oversized input."""
    checked = check_text(text, doc_id)
    nlp = _shared(with_model)
    if len(nlp.vocab) > VOCAB_LIMIT:
        _shared.cache_clear()
        nlp = _shared(with_model)
    return doc_to_result(annotate(nlp, checked, headline(meta)), doc_id, meta)


def annotate(nlp: Language, text: str, title: str | None = None) -> Doc:
    """`nlp(text)` with the article's headline beside it: the resolver reads names from it
    (`Papst Franziskus …` in the headline, `der Papst` in the text), never statements."""
    doc = nlp.make_doc(text)
    doc._.zitat_title = title
    return nlp(doc)


def headline(meta: dict[str, Any] | None) -> str | None:
    """The headline among a document's metadata (`title` or `headline`), if it is text."""
    for key in ("title", "headline"):
        value = (meta or {}).get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:1000]  # a headline, not a second article
    return None
