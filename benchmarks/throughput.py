"""Throughput of `zitat extract --jsonl` on the dev texts, 1 and 2 processes.

Run by hand: python benchmarks/throughput.py ../shared/data/wikinews-quotes/dev [REPEAT]
Prints a table: seconds, documents/s, tokens/s, characters/s and peak memory (all processes
of the run) for 1 and 2 processes, beside the time spaCy's bare German tokenizer takes over
the same texts in the same run (the floor no pipeline can beat).
"""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import spacy
from rss import run_measured

from zitat.evaluate.gold import read_document


def main(gold_dir: str, repeat: int = 3) -> None:
    docs = [read_document(p) for p in sorted(Path(gold_dir).glob("*.json"))] * repeat
    texts = [d.text for d in docs]
    chars = sum(map(len, texts))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        # with its headline, as news comes: the resolver reads names from it
        records = ({"id": str(i), "text": d.text, "title": d.title} for i, d in enumerate(docs))
        src.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
        rows = []
        blank = spacy.blank("de")
        start = time.perf_counter()
        tokens = sum(len(blank.make_doc(t)) for t in texts)
        rows.append(("spaCy tokenizer only (in-process)", time.perf_counter() - start, None))
        for workers in (1, 2):
            out = Path(tmp) / f"out{workers}.jsonl"
            cmd = [sys.executable, "-m", "zitat.cli", "extract", "--jsonl", str(src), "-o", str(out), "--workers", str(workers)]
            seconds, memory = run_measured(cmd)
            rows.append((f"zitat extract --jsonl, {workers} process(es), incl. start-up", seconds, memory.peak_mb))
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{len(texts)} documents ({repeat} x dev), {tokens:,} tokens, {chars:,} characters\n")
    print(f"{'run':52} {'seconds':>8} {'docs/s':>8} {'tokens/s':>10} {'chars/s':>11} {'peak MB':>8}")
    for name, seconds, peak in rows:
        mb = f"{peak:8.0f}" if peak is not None else f"{'':8}"
        print(f"{name:52} {seconds:8.2f} {len(texts) / seconds:8.1f} {tokens / seconds:10,.0f} {chars / seconds:11,.0f} {mb}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)
