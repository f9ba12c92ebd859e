"""Train the sentence-type model: multinomial logistic regression, L2, L-BFGS.

Labels come from the gold statements: a sentence takes the type of the non-direct gold
statement that covers most of it (at least half its words), else "none". Features come
from running the rule pipeline, exactly as at prediction time.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import numpy
from scipy import sparse
from scipy.optimize import minimize

from zitat.evaluate.gold import read_gold_dir
from zitat.pipeline.sentence_features import LABELS, SentenceContext, features, hashed

DIM = 1 << 16


def _label(sent, gold_doc) -> str:
    words = [t for t in sent if not t.is_space and not t.is_punct]
    if not words:
        return "none"
    best, best_cover = "none", 0.0
    for g in gold_doc.groups:
        if g.form in (None, "direct"):
            continue
        spans = [gold_doc.tokens[i] for i in g.message]
        covered = sum(1 for t in words if any(b <= t.idx < e for b, e in spans))
        cover = covered / len(words)
        if cover > best_cover:
            best, best_cover = g.form, cover
    return best if best_cover >= 0.5 else "none"


def build(gold_dir: str | Path) -> tuple[sparse.csr_matrix, numpy.ndarray]:
    import zitat

    nlp = zitat.load(with_model=False)
    rows, cols, labels = [], [], []
    for doc_gold in read_gold_dir(gold_dir):
        doc = nlp(doc_gold.text)
        sents = list(doc.sents)
        context = SentenceContext.of(doc, sents)
        for n, sent in enumerate(sents):
            if n in context.types or not any(t.is_alpha for t in sent):
                continue  # the model only ever sees sentences the rules left alone
            ids = hashed(features(doc, sent, n, context), DIM)
            rows.extend([len(labels)] * len(ids))
            cols.extend(ids)
            labels.append(LABELS.index(_label(sent, doc_gold)))
    x = sparse.csr_matrix((numpy.ones(len(rows)), (rows, cols)), shape=(len(labels), DIM))
    return x, numpy.array(labels)


def fit(x: sparse.csr_matrix, y: numpy.ndarray, l2: float = 1.0, max_iter: int = 300) -> numpy.ndarray:
    k = len(LABELS)
    onehot = numpy.eye(k)[y]

    def loss(flat: numpy.ndarray) -> tuple[float, numpy.ndarray]:
        w = flat.reshape(DIM, k)
        scores = x @ w
        scores -= scores.max(axis=1, keepdims=True)
        logp = scores - numpy.log(numpy.exp(scores).sum(axis=1, keepdims=True))
        value = -(onehot * logp).sum() + 0.5 * l2 * (w * w).sum()
        grad = x.T @ (numpy.exp(logp) - onehot) + l2 * w
        return value, numpy.asarray(grad).ravel()

    result = minimize(loss, numpy.zeros(DIM * k), jac=True, method="L-BFGS-B", options={"maxiter": max_iter})
    return result.x.reshape(DIM, k).astype(numpy.float32)


def train(train_dir: str | Path, out_dir: str | Path, l2: float = 1.0, threshold: float = 0.5) -> dict:
    started = time.perf_counter()
    x, y = build(train_dir)
    weights = fit(x, y, l2)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    numpy.savez_compressed(out / "weights.npz", weights=weights.astype(numpy.float16))
    meta = {
        "labels": list(LABELS),
        "dim": DIM,
        "l2": l2,
        "threshold": threshold,
        "sentences": len(y),
        "label_counts": {label: int((y == i).sum()) for i, label in enumerate(LABELS)},
        "train_sha256": hashlib.sha256(b"".join(p.read_bytes() for p in sorted(Path(train_dir).glob("*.json")))).hexdigest(),
        "seconds": round(time.perf_counter() - started, 1),
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    return meta
