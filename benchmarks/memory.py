"""Memory over a long run: `zitat extract` with 2 processes over N replicated dev texts.

Run by hand: python benchmarks/memory.py ../shared/data/wikinews-quotes/dev [N=100000] [WORKERS=2] [NEW=10]
Prints the resident memory of all the run's processes at every tenth of the documents; flat
memory means the last rows are no higher than the first ones after warm-up. Replicated texts
alone would hide the growth of the vocabulary, so each document also brings NEW words never
seen before (10 per document: a million over the run, as many as real news of that size has).
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rss import TreeMemory


def main(gold_dir: str, total: int = 100_000, workers: int = 2, new_words: int = 10) -> None:
    texts = [json.loads(p.read_text(encoding="utf-8"))["originalText"] for p in sorted(Path(gold_dir).glob("*.json"))]
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        with open(src, "w", encoding="utf-8") as handle:
            handle.writelines(
                json.dumps({"id": f"d{n}", "text": texts[n % len(texts)] + novel(n, new_words)}, ensure_ascii=False) + "\n"
                for n in range(total)
            )
        cmd = [sys.executable, "-m", "zitat.cli", "extract", str(src), "-o", str(out), "--workers", str(workers)]
        start = time.perf_counter()
        process = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
        memory = TreeMemory(process, every=1.0)
        marks, done, offset, step = [], 0, 0, total // 10
        while process.poll() is None:
            time.sleep(2)
            if out.exists():
                with open(out, "rb") as handle:
                    handle.seek(offset)
                    chunk = handle.read()
                done += chunk.count(b"\n")
                offset += len(chunk)
            while done >= (len(marks) + 1) * step and memory.samples:
                marks.append((done, time.perf_counter() - start, memory.samples[-1][1]))
        seconds = time.perf_counter() - start
        written = out.read_bytes().count(b"\n")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{total:,} documents, {new_words} new words each, {workers} processes, {seconds:.0f} s, {total / seconds:.1f} docs/s, {written:,} written\n")
    print(f"{'documents':>10} {'seconds':>8} {'RSS MB':>8}")
    for docs, at, mb in marks:
        print(f"{docs:>10,} {at:8.0f} {mb:8.0f}")
    print(f"\npeak {memory.peak_mb:.0f} MB")


def novel(n: int, count: int) -> str:
    return f"\n\nDazu äußerten sich {' '.join(f'Wq{n}x{k}' for k in range(count))}." if count else ""


if __name__ == "__main__":
    main(sys.argv[1], *(int(a) for a in sys.argv[2:5]))
