"""Sentence boundaries that respect quotations.

spaCy's rule sentencizer splits `„…!“, rief er` after the exclamation mark; a statement's
frame lives in the same sentence as its quote, so we never split inside a quotation and
only split after one when the next word starts a new sentence.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from zitat.lexicon.words import ADVERBS, DETERMINERS, PREPOSITIONS, PRONOUNS
from zitat.text.quotemarks import find_quotes

_ENDS = (".", "!", "?", "…")
_ABBREVIATIONS = {
    "dr.", "prof.", "st.", "nr.", "bzw.", "z.b.", "u.a.", "ca.", "vgl.", "inkl.", "evtl.", "hr.", "fr.",
    "mio.", "mrd.", "jh.", "sog.", "gen.", "abs.", "art.", "bspw.", "str.", "dipl.", "ing.", "mag.",
}
_ORDINAL = re.compile(r"^\d{1,2}\.$")
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
# Words an ordinal never stands before (it precedes a noun or adjective): after `3.` they begin a sentence.
_NO_NOUN = {"der", "die", "das", "ein", "eine", "einer", "er", "sie", "es", "wir", "ich", "man", "dies", "diese", "dieser", "auch", "doch", "aber"}
_CLOSERS = set("“”«»\"'‘’")
# Words written small inside a sentence: capitalised after a paragraph's first words they open
# the paragraph's first sentence, and the words before it are a heading (`Müllentsorgung Auch …`).
_OPENERS = (ADVERBS | DETERMINERS | PREPOSITIONS | {p for p in PRONOUNS if p.islower()}) - {"den"}  # not `in Den Haag`
_HEADING_WORDS = 6


def inside_mask(doc: Doc) -> list[bool]:
    """For each token, whether it lies strictly inside an outermost quotation."""
    mask = [False] * len(doc)
    for q in find_quotes(doc.text):
        if q.depth:
            continue
        for start, end in q.spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start + 1, span.end - 1):
                mask[i] = True
    return mask


def set_sentence_starts(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    inside = inside_mask(doc)
    # One array write: setting token.is_sent_start one by one re-checks the whole doc each time.
    starts = numpy.array(
        [[1 if i == 0 or _starts_sentence(doc, i, inside) else -1] for i in range(len(doc))], dtype="int64"
    ).astype("uint64")
    return doc.from_array([SENT_START], starts)


def _starts_sentence(doc: Doc, i: int, inside: list[bool]) -> bool:
    prev, token = doc[i - 1], doc[i]
    if "\n" in prev.text or "\n" in prev.whitespace_:
        return True
    if inside[i] or token.is_space:
        return False
    first = token.text[0]
    if not (first.isupper() or first.isdigit() or first in "„»«\"“‚("):
        return False
    if first in "„»«\"“‚" and i + 1 < len(doc) and doc[i + 1].text[:1].islower():
        return False  # `sagte Merkel, Benedikt XVI. „ist und bleibt …“`: a quotation that goes on the sentence
    ordinal = _ORDINAL.match(prev.text) and token.lower_ not in _NO_NOUN  # `des Modells 3. Ein Sprecher …` ends one
    if ordinal or prev.lower_ in _ABBREVIATIONS or _INITIAL.match(prev.text):
        return False  # `am 9. Juni`, `die 3. Liga`, `Dr. Meier`, `Jürgen R. Thumann`: not a sentence end
    if prev.text.endswith(_ENDS) and not inside[i - 1]:
        return True
    if prev.text in _CLOSERS and i >= 2 and doc[i - 2].text.endswith(_ENDS):
        return True  # „Wir gehen.“ Dann ging er.
    return token.lower_ in _OPENERS and _after_heading(doc, i)


def _after_heading(doc: Doc, i: int) -> bool:
    """Whether the words before token i are a heading run into its paragraph: a few words, the
    first capitalised, none written small but articles and prepositions (`Engagement Deutschlands
    Bereits im Dezember hatte …`, `Vorschlag an den Bundestag Der Bundesrat …`)."""
    k = i - 1
    while k > 0 and i - k < _HEADING_WORDS and "\n" not in doc[k - 1].text + doc[k - 1].whitespace_:
        k -= 1
    if k > 0 and "\n" not in doc[k - 1].text + doc[k - 1].whitespace_:
        return False  # no paragraph starts within a heading's length
    words = doc[k:i]
    if not words[0].text[:1].isupper() or any(not t.text.replace("-", "").isalpha() for t in words):
        return False
    return all(t.text[:1].isupper() or t.lower_ in DETERMINERS or t.lower_ in PREPOSITIONS for t in words)
