"""Helpers shared by the speaker tests: the canonical name given to a mention."""

from __future__ import annotations

import re

import pytest

import zitat


def _canonical_for(nlp, text, mention):
    doc = nlp(text)
    start = text.index(mention)
    return nlp.get_pipe("zitat_speakers").canonical_for(doc, start, start + len(mention))


@pytest.fixture(scope="session")
def canonical_for():
    return _canonical_for


def _canonical_of_last(nlp, text, mention, title=None):
    """The canonical name of the last whole-word occurrence of `mention` (not the name it takes up)."""
    start = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(mention)}(?!\w)", text)][-1]
    return nlp.get_pipe("zitat_speakers").canonical_for(zitat.annotate(nlp, text, title), start, start + len(mention))


@pytest.fixture(scope="session")
def canonical_of_last():
    return _canonical_of_last


def _canonical_of_direct(text):
    (quote,) = [q for q in zitat.extract(text).quotes if q.type == "direct"]
    return quote.speaker.canonical


@pytest.fixture(scope="session")
def canonical_of_direct():
    return _canonical_of_direct
