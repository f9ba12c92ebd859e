"""Rebuild src/zitat/lexicon/data/nouns.tsv.gz from the german-nouns package.

zitat ships this compact extract instead of depending on german-nouns at run time: that
package pins an old lxml (through wiktionary-de-parser) which the HTML, feed and XMI readers
cannot live with, and its 20 MB CSV took a second to parse at every start.

    pip install german-nouns && python scripts/build_noun_lexicon.py

The data is Wiktionary's (CC BY-SA 4.0), so the extract keeps that licence
(src/zitat/lexicon/data/README.md).
"""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

from german_nouns.config import CSV_FILE_PATH

OUT = Path(__file__).resolve().parents[1] / "src" / "zitat" / "lexicon" / "data" / "nouns.tsv.gz"


def kind_of(pos: str) -> str:
    for marker, kind in (("Vorname", "first"), ("Nachname", "surname"), ("Toponym", "place"), ("Eigenname", "")):
        if marker in pos:
            return kind
    return "noun"


def main() -> None:
    rows: dict[tuple[str, str], str] = {}
    with open(CSV_FILE_PATH, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        for row in reader:
            kind = kind_of(row[1])
            if kind:
                rows[(row[0], kind)] = row[2] if kind == "noun" else ""
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        for (word, kind), genus in sorted(rows.items()):
            out.write(f"{word}\t{kind}\t{genus}\n")
    print(f"{len(rows)} entries -> {OUT} ({OUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
