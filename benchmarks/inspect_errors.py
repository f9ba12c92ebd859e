"""Print misses, false alarms and wrong speakers of one statement type on a gold split.

For tuning on train/dev: python benchmarks/inspect_errors.py GOLD_DIR [direct|indirect|...] [all|miss|fp|speaker]
"""

from __future__ import annotations

import sys

import zitat
from zitat.evaluate.gold import read_gold_dir
from zitat.evaluate.run import statement_group


def show(doc, ids):
    return " ".join(doc.text[doc.tokens[i][0] : doc.tokens[i][1]] for i in sorted(ids))


def main(gold_dir: str, form: str = "direct", kind: str = "all") -> None:
    for doc in read_gold_dir(gold_dir):
        gold = [g for g in doc.groups if g.form == form]
        result = zitat.extract(doc.text, doc.name)
        pred = [(q, statement_group(doc, q)) for q in result.quotes if q.type == form]
        for g in gold:
            match = [(q, p) for q, p in pred if p.message & g.message]
            if not match and kind in ("all", "miss"):
                s = doc.tokens[min(g.message)][0]
                print(f"MISS {doc.name[:20]} | {doc.text[max(0, s - 120):s]!r} || {show(doc, g.message)[:150]}")
            for q, p in match:
                if p.roles["speaker"] != g.roles["speaker"] and kind in ("all", "speaker"):
                    print(f"SPK  {doc.name[:20]} | gold={show(doc, g.roles['speaker'])!r} pred={show(doc, p.roles['speaker'])!r} | {q.quote.text[:60]!r} frame={q.frame.text[:80] if q.frame else None!r}")
        for q, p in pred:
            if not any(p.message & g.message for g in gold) and kind in ("all", "fp"):
                s = q.quote.start
                print(f"FP   {doc.name[:20]} | {doc.text[max(0, s - 80):s]!r} || {q.quote.text[:100]!r} conf={q.confidence}")


if __name__ == "__main__":
    main(*sys.argv[1:])
