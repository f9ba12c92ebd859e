"""Pronoun resolution on the train tuning set (tests/evaluate/data/speaker_tune_train.json).

For tuning only; the held-out measure is `zitat evaluate DEV --speakers`.
python benchmarks/speaker_tune.py ../shared/data/wikinews-quotes/train [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import zitat
from zitat.evaluate.gold import read_gold_dir
from zitat.evaluate.speakers import _same as same_name

TUNE = Path(__file__).resolve().parents[1] / "tests" / "evaluate" / "data" / "speaker_tune_train.json"


def same(predicted: str | None, wanted: str | None) -> bool:
    """The wanted surname is one of the predicted name's words (`thaksin` in Thaksin Shinawatra)."""
    if predicted is None or wanted is None:
        return predicted is wanted
    return wanted in [w.lower() for w in predicted.replace("-", " - ").split()] + [predicted.split()[-1].lower()]


def main(train_dir: str, verbose: bool = False) -> None:
    annotations = json.loads(TUNE.read_text(encoding="utf-8"))["annotations"]
    wanted = {a["document"] for a in annotations}
    nlp = zitat.load()
    resolver = nlp.get_pipe("zitat_speakers")
    docs = {d.name: zitat.annotate(nlp, d.text, d.title) for d in read_gold_dir(train_dir) if d.name in wanted}
    right = 0
    for a in annotations:
        predicted = resolver.canonical_for(docs[a["document"]], a["start"], a["end"])
        ok = same_name(predicted, a["canonical"]) if "canonical" in a else same(predicted, a["surname"])
        right += ok
        if verbose and not ok:
            print(f"{a['document'][:40]:40} {a['start']:>6} want {a['canonical'] if 'canonical' in a else a['surname']!r:20} got {predicted!r}")
    print(f"{right}/{len(annotations)} = {right / len(annotations):.3f}")


if __name__ == "__main__":
    main(sys.argv[1], "-v" in sys.argv)
