"""A long run over ever new words does not grow without bound: the pipeline is renewed."""

from __future__ import annotations

import zitat


def test_pipeline_is_renewed_when_its_vocabulary_outgrows_the_limit(monkeypatch):
    monkeypatch.setattr(zitat, "VOCAB_LIMIT", len(zitat._shared(True).vocab) + 500)
    first = zitat._shared(True)
    results = []
    for n in range(60):
        words = " ".join(f"Wq{n}x{k}" for k in range(10))
        results.append(zitat.extract(f"„Wir bauen neue Schulen“, sagte Anna Berg. Dazu kamen {words}.", f"d{n}"))
    renewed = zitat._shared(True)
    assert renewed is not first and len(renewed.vocab) < zitat.VOCAB_LIMIT
    assert all(r.quotes[0].speaker.canonical == "Anna Berg" for r in results)  # same output across renewals
