"""Run the system over gold documents and score it: `zitat evaluate GOLD_DIR`."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from zitat.errors import ErrorCode, ZitatError
from zitat.evaluate.gold import MEDIUM_MAP, ROLES, GoldDocument, Group, read_gold_dir, tokens_covered
from zitat.evaluate.scorer import Score
from zitat.model import TYPES, DocumentResult, Statement

_MEDIA = set(MEDIUM_MAP.values())


@dataclass
class Evaluation:
    overall: Score
    by_type: dict[str, Score]
    documents: int
    seconds: float
    data_hash: str

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "docs_per_second": round(self.docs_per_second, 1),
            "data_sha256": self.data_hash,
            "overall": _rounded(self.overall.summary()),
            "by_type": {t: _rounded(s.summary()) for t, s in self.by_type.items()},
        }


def _rounded(summary: dict) -> dict:
    return {view: {k: [round(x, 4) for x in v] for k, v in parts.items()} for view, parts in summary.items()}


def statement_group(doc: GoldDocument, s: Statement) -> Group:
    def ids(part: object) -> frozenset[int]:
        return tokens_covered(doc.tokens, part.spans) if part is not None else frozenset()

    return Group(
        message=ids(s.quote),
        roles={role: ids(getattr(s, role)) for role in ROLES},
        form=s.type,
        medium=s.medium if s.medium in _MEDIA else None,
    )


def data_hash(directory: str | Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(Path(directory).glob("*.json")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


GoldItem = tuple[str, str, dict[str, str]]  # document name, text, and its headline as metadata
Extract = Callable[[Iterable[GoldItem]], Iterable[DocumentResult]]


def system_output(directory: str | Path) -> Extract:
    """An `extract` that looks results up in WikiNews files by document name instead of running
    zitat; a gold document with no system file scores as one with no statements."""
    from zitat.io.wikinews import from_wikinews

    results = {}
    for path in sorted(Path(directory).glob("*.json")):
        try:
            result, _ = from_wikinews(json.loads(path.read_text(encoding="utf-8")))
        except (KeyError, TypeError, ValueError) as exc:
            raise ZitatError(ErrorCode.E011, path.name, reason=repr(exc)) from exc
        results[result.id] = result

    def extract(items: Iterable[GoldItem]) -> Iterable[DocumentResult]:
        return [results.get(name, DocumentResult(name)) for name, *_ in items]

    return extract


def evaluate(
    gold_dir: str | Path,
    extract: Extract | None = None,
    with_model: bool = True,
) -> Evaluation:
    """Score `extract` (by default zitat's own batch extraction) on a WikiNews gold dir."""
    docs = read_gold_dir(gold_dir)
    if extract is None:
        from zitat.api import extract_batch

        def extract(items: Iterable[GoldItem]) -> Iterable[DocumentResult]:
            # A failed document scores as one with no statements: it keeps its gold.
            results = extract_batch(items, with_model=with_model)
            return (r if isinstance(r, DocumentResult) else DocumentResult(None) for r in results)

    started = time.perf_counter()
    results = list(extract((d.name, d.text, {"title": d.title}) for d in docs))
    seconds = time.perf_counter() - started
    overall = Score()
    by_type = {t: Score() for t in TYPES}
    for doc, result in zip(docs, results):
        pred = [statement_group(doc, s) for s in result.quotes]
        overall.add_document(doc.groups, pred)
        for t, score in by_type.items():
            score.add_document([g for g in doc.groups if g.form == t], [p for p in pred if p.form == t])
    return Evaluation(overall, by_type, len(docs), seconds, data_hash(gold_dir))


def format_report(ev: Evaluation) -> str:
    lines = [f"{ev.documents} documents, {ev.docs_per_second:.1f} documents/s", ""]
    s = ev.overall.summary()
    lines.append(f"{'':12} {'published P/R/F1':>24}   {'token-micro P/R/F1':>24}")
    for name in ("messages", "roles", "joint", *ROLES):
        lines.append(f"{name:12} {_prf(s['published'][name])}   {_prf(s['token_micro'][name])}")
    lines.append(f"{'form':12} {_prf(s['published']['form'])}")
    lines.append(f"{'stwr':12} {_prf(s['published']['stwr'])}")
    lines += ["", "per type (gold and system restricted to the type; published scorer)"]
    lines.append(f"{'type':24} {'message P/R/F1':>24}   {'speaker P/R/F1':>24}   {'joint F1':>8}")
    for t, score in ev.by_type.items():
        ts = score.summary()["published"]
        lines.append(f"{t:24} {_prf(ts['messages'])}   {_prf(ts['speaker'])}   {ts['joint'][2]:8.3f}")
    return "\n".join(lines)


def _prf(v: tuple[float, float, float]) -> str:
    return f"{v[0]:7.3f} {v[1]:7.3f} {v[2]:7.3f}  "
