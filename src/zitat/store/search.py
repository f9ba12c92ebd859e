"""Search terms for German text: folded words and their lemmas, so that a query for
"Gefängnis" finds "Gefängnissen" and "Strasse" finds "Straße"."""

from __future__ import annotations

import re

from zitat.lexicon.cues import lemma

_WORD = re.compile(r"\w+", re.UNICODE)


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
