"""Direct speech: quotations that are statements, with their cue, frame and speaker.

A quotation becomes a statement when its sentence frames it as speech (a cue verb, `so`,
or `Name:`), when it is a whole sentence that continues the previous speaker, or when it
reads like a sentence of its own. Quoted titles, names and scare quotes stay out.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from zitat.lexicon.words import DETERMINERS, PREPOSITIONS
from zitat.pipeline.annotations import StatementAnnotation, add_statement
from zitat.pipeline.frames import Frame, frame_after, frame_before
from zitat.text.quotemarks import QuoteSpan, find_quotes

# A quote continues the last speaker if that speaker's statement ended this many
# sentences ago or fewer.
_CONTINUATION_SENTENCES = 3


class DirectQuotes:
    def __init__(self, nlp: Language, name: str, *, min_words: int, continuation: bool) -> None:
        self.name = name
        self.min_words = min_words
        self.continuation = continuation

    def __call__(self, doc: Doc) -> Doc:
        last: tuple[int, StatementAnnotation] | None = None  # (sentence end, statement)
        sent_index = {s.start: n for n, s in enumerate(doc.sents)}
        for q in find_quotes(doc.text):
            if q.depth:
                continue
            tokens = [doc.char_span(s, e, alignment_mode="expand") for s, e in q.spans]
            if any(t is None or not len(t) for t in tokens):
                continue
            first, final = tokens[0], tokens[-1]
            s_start, s_end = first[0].sent.start, final[-1].sent.end
            frame = frame_after(doc, final.end, s_end) or frame_before(doc, s_start, first.start)
            annotation = self._decide(doc, q, tokens, frame, s_start, s_end, last, sent_index)
            if annotation is None:
                continue
            add_statement(doc, annotation)
            if annotation.speaker is not None:
                last = (sent_index[final[-1].sent.start], annotation)
        return doc

    def _decide(
        self,
        doc: Doc,
        q: QuoteSpan,
        tokens: list[Span],
        frame: Frame | None,
        s_start: int,
        s_end: int,
        last: tuple[int, StatementAnnotation] | None,
        sent_index: dict[int, int],
    ) -> StatementAnnotation | None:
        quote = [(t.start, t.end) for t in tokens]
        words = sum(1 for t in tokens for tok in t if tok.is_alpha)
        if frame is not None and (frame.pattern != "colon" or words >= 2):
            if words >= self.min_words or frame.cue:
                conf = 0.9 if frame.cue else 0.75
                return StatementAnnotation("direct", quote, frame.cue, frame.speaker, frame.frame, frame.medium, conf)
        whole = _is_whole_sentence(doc, tokens, s_start, s_end)
        if self.continuation and whole and last is not None:
            here = sent_index[tokens[0][0].sent.start]
            previous = last[1]
            if 0 < here - last[0] <= _CONTINUATION_SENTENCES and previous.speaker is not None:
                return StatementAnnotation("direct", quote, [], previous.speaker, None, previous.medium, 0.7)
        if words >= 4 and (whole or _reads_like_sentence(doc, tokens)) and not _title_before(doc, tokens[0].start):
            return StatementAnnotation("direct", quote, [], None, None, "speech", 0.5)
        return None


def _is_whole_sentence(doc: Doc, tokens: list[Span], s_start: int, s_end: int) -> bool:
    before = [t for t in doc[s_start : tokens[0].start] if not t.is_space]
    after = [t for t in doc[tokens[-1].end : s_end] if not (t.is_space or t.is_punct)]
    return not before and not after


def _reads_like_sentence(doc: Doc, tokens: list[Span]) -> bool:
    inner = tokens[-1].text.rstrip("“”\"«»'’ ")
    return inner.endswith((".", "!", "?", "…"))


def _title_before(doc: Doc, start: int) -> bool:
    if start == 0:
        return False
    prev = doc[start - 1]
    return prev.lower_ in DETERMINERS or prev.lower_ in PREPOSITIONS
