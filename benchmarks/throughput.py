"""Throughput of `zitat extract --jsonl` on the dev texts, 1 and 2 processes.

Run by hand: python benchmarks/throughput.py ../shared/data/wikinews-quotes/dev [REPEAT]
Prints a table: documents, characters, seconds, documents/s, characters/s, and the time
spaCy's bare German tokenizer takes over the same texts (the floor no pipeline can beat).
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy


def main(gold_dir: str, repeat: int = 3) -> None:
    texts = [json.loads(p.read_text(encoding="utf-8"))["originalText"] for p in sorted(Path(gold_dir).glob("*.json"))]
    texts = texts * repeat
    chars = sum(map(len, texts))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("\n".join(json.dumps({"id": str(i), "text": t}) for i, t in enumerate(texts)), encoding="utf-8")
        rows = []
        blank = spacy.blank("de")
        start = time.perf_counter()
        for t in texts:
            blank.make_doc(t)
        rows.append(("spaCy tokenizer only (in-process)", time.perf_counter() - start))
        for workers in (1, 2):
            out = Path(tmp) / f"out{workers}.jsonl"
            cmd = [sys.executable, "-m", "zitat.cli", "extract", "--jsonl", str(src), "-o", str(out), "--workers", str(workers)]
            start = time.perf_counter()
            subprocess.run(cmd, check=True)
            rows.append((f"zitat extract --jsonl, {workers} process(es), incl. start-up", time.perf_counter() - start))
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{len(texts)} documents ({repeat} x dev), {chars:,} characters\n")
    print(f"{'run':52} {'seconds':>8} {'docs/s':>8} {'chars/s':>11}")
    for name, seconds in rows:
        print(f"{name:52} {seconds:8.2f} {len(texts) / seconds:8.1f} {chars / seconds:11,.0f}")
    print(f"\npeak memory of the largest zitat process: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)
