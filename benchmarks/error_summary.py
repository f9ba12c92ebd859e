"""Count misses, false alarms and speaker outcomes per type on a gold split (for tuning).

python benchmarks/error_summary.py GOLD_DIR
"""

from __future__ import annotations

import collections
import sys

import zitat
from zitat.evaluate.gold import read_gold_dir
from zitat.evaluate.run import statement_group
from zitat.evaluate.scorer import pair_groups


def main(gold_dir: str) -> None:
    total, miss, false = collections.Counter(), collections.Counter(), collections.Counter()
    speaker: collections.Counter = collections.Counter()
    for doc in read_gold_dir(gold_dir):
        pred = [statement_group(doc, q) for q in zitat.extract(doc.text, doc.name).quotes]
        for g, p in pair_groups(doc.groups, pred):
            if g.form is None:
                false[p.form] += 1
                continue
            total[g.form] += 1
            if not g.message & p.message:
                miss[g.form] += 1
                continue
            gs, ps = g.roles["speaker"], p.roles["speaker"]
            outcome = "gold-empty" if not gs else "pred-empty" if not ps else "exact" if gs == ps else "overlap" if gs & ps else "wrong"
            speaker[g.form, outcome] += 1
    print(f"{'type':24} {'gold':>6} {'missed':>7} {'false':>6}   speaker: exact overlap wrong pred-empty gold-empty")
    for form in total:
        row = [speaker[form, o] for o in ("exact", "overlap", "wrong", "pred-empty", "gold-empty")]
        print(f"{form:24} {total[form]:6} {miss[form]:7} {false[form]:6}   " + " ".join(f"{v:7}" for v in row))


if __name__ == "__main__":
    main(sys.argv[1])
