"""Search terms for German text: folded words and their lemmas, so that a query for
"Gefängnis" finds "Gefängnissen" and "Strasse" finds "Straße"; and what a statement is about,
for searching by topic: the sentences it stands in and its article's headline."""

from __future__ import annotations

import re

from zitat.lexicon.cues import lemma

_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…][\"'“”»«‘’]*\s|\n")
_CONTEXT_CHARS = 400  # at most this much of the text either side of a statement


def fold(word: str) -> str:
    return word.casefold().replace("ß", "ss")


def search_terms(text: str) -> str:
    """The index terms of a text: each word folded, and its lemma where that differs."""
    terms: list[str] = []
    for word in _WORD.findall(text):
        folded = fold(word)
        terms.append(folded)
        base = fold(lemma(word))
        if base and base != folded:
            terms.append(base)
    return " ".join(terms)


def query_terms(query: str) -> list[set[str]]:
    """For each query word, the forms that may stand for it: the word folded and its lemma.
    Every word must occur in one of its forms."""
    return [{fold(word), fold(lemma(word)) or fold(word)} for word in _WORD.findall(query)]


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for a user query, built from words only (no FTS syntax from
    the user gets through), or None when the query has no words."""
    groups = query_terms(query)
    if not groups:
        return None
    return " AND ".join("(" + " OR ".join(f'"{t}"' for t in sorted(forms)) + ")" for forms in groups)


def statement_spans(statement: dict) -> list[tuple[int, int]]:
    """Every character span of a statement's parts (quote, speaker, cue, frame, addressee), from
    its to_dict()."""
    return [
        (int(start), int(end))
        for part in ("quote", "speaker", "cue", "frame", "addressee")
        for start, end in (statement.get(part) or {}).get("spans") or []
    ]


def statement_context(text: str, spans: list[tuple[int, int]]) -> str:
    """The sentences a statement stands in and the one before, which often names its topic
    (`Die Krise in Griechenland hält an. „Wir helfen“, sagte Merkel.`), at most 400 characters
    either side of the statement."""
    if not spans:
        return ""
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    low = max(0, start - _CONTEXT_CHARS)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, low, start)]
    begin = ends[-2] if len(ends) >= 2 else low
    after = _SENTENCE_END.search(text, end, min(len(text), end + _CONTEXT_CHARS))
    stop = after.start() + 1 if after else min(len(text), end + _CONTEXT_CHARS)
    return text[begin:stop]


def topic_terms(text: str, statement: dict, title: str | None) -> str:
    """The index terms of what a statement is about: its article's headline and its sentences."""
    return search_terms(" ".join(filter(None, [title, statement_context(text, statement_spans(statement))])))
