"""The published quotation-attribution scorer and its token-micro variant (METRICS.md).

Per document, gold and predicted groups are paired 1:1 by an optimal assignment on message
overlap F1 (+0.01 same form, +0.001 same medium, both only when the messages overlap);
unpaired groups face an empty group. The published figures are macro over pairs; the
token-micro variant sums token counts over all pairs of all documents.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linear_sum_assignment

from zitat.evaluate.gold import ROLES, Group

PARTS = ("message", *ROLES)
_EMPTY = Group(message=frozenset(), roles={r: frozenset() for r in ROLES})


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def prf(self) -> tuple[float, float, float]:
        return prf(self.tp, self.fp, self.fn)


def prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, harmonic(p, r)


def harmonic(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def token_counts(gold: frozenset[int], pred: frozenset[int]) -> Counts:
    tp = len(gold & pred)
    return Counts(tp, len(pred) - tp, len(gold) - tp)


def _overlap_f1(a: frozenset[int], b: frozenset[int]) -> float:
    tp = len(a & b)
    return 2 * tp / (len(a) + len(b)) if tp else 0.0


def pair_groups(gold: list[Group], pred: list[Group]) -> list[tuple[Group, Group]]:
    """Pair gold and predicted groups; unpaired ones are paired with an empty group."""
    if not gold or not pred:
        return [(g, _EMPTY) for g in gold] + [(_EMPTY, p) for p in pred]
    score = np.zeros((len(gold), len(pred)))
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            f1 = _overlap_f1(g.message, p.message)
            if f1 > 0:
                f1 += 0.01 * (g.form == p.form) + 0.001 * (g.medium == p.medium)
            score[i, j] = f1
    rows, cols = linear_sum_assignment(score, maximize=True)
    pairs = [(gold[i], pred[j]) for i, j in zip(rows, cols)]
    paired_g, paired_p = set(rows.tolist()), set(cols.tolist())
    pairs += [(g, _EMPTY) for i, g in enumerate(gold) if i not in paired_g]
    pairs += [(_EMPTY, p) for j, p in enumerate(pred) if j not in paired_p]
    return pairs


@dataclass
class Score:
    """Accumulates both scorers over documents."""

    macro_p: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    macro_r: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    micro: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    form: Counts = field(default_factory=Counts)
    medium: Counts = field(default_factory=Counts)

    def add_document(self, gold: list[Group], pred: list[Group]) -> None:
        for g, p in pair_groups(gold, pred):
            self.add_pair(g, p)

    def add_pair(self, g: Group, p: Group) -> None:
        for part in PARTS:
            gs = g.message if part == "message" else g.roles.get(part, frozenset())
            ps = p.message if part == "message" else p.roles.get(part, frozenset())
            c = token_counts(gs, ps)
            self.micro[part].add(c)
            if c.tp + c.fp:
                self.macro_p[part].append(c.tp / (c.tp + c.fp))
            if c.tp + c.fn:
                self.macro_r[part].append(c.tp / (c.tp + c.fn))
        _label_counts(self.form, g.form, p.form)
        _label_counts(self.medium, g.medium, p.medium)

    def published(self, parts: tuple[str, ...]) -> tuple[float, float, float]:
        """Macro P/R/F1 over the given parts: the mean of all per-pair values of those parts."""
        ps = [v for part in parts for v in self.macro_p[part]]
        rs = [v for part in parts for v in self.macro_r[part]]
        p = sum(ps) / len(ps) if ps else 0.0
        r = sum(rs) / len(rs) if rs else 0.0
        return p, r, harmonic(p, r)

    def token_micro(self, parts: tuple[str, ...]) -> tuple[float, float, float]:
        total = Counts()
        for part in parts:
            total.add(self.micro[part])
        return total.prf()

    def summary(self) -> dict[str, dict[str, tuple[float, float, float]]]:
        views = {"messages": ("message",), "roles": ROLES, "joint": PARTS}
        views.update({role: (role,) for role in ROLES})
        return {
            "published": {name: self.published(parts) for name, parts in views.items()}
            | {"form": self.form.prf(), "stwr": self.medium.prf()},
            "token_micro": {name: self.token_micro(parts) for name, parts in views.items()},
        }


def _label_counts(counts: Counts, gold: str | None, pred: str | None) -> None:
    if gold is not None and gold == pred:
        counts.tp += 1
        return
    if pred is not None:
        counts.fp += 1
    if gold is not None:
        counts.fn += 1
