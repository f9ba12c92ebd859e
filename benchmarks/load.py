"""Load on `zitat serve` over an archive of >= 100,000 statements (run by hand).

python benchmarks/load.py ../shared/data/wikinews-quotes/dev [--statements 100000] [--clients 50] [--seconds 60]

Builds a SQLite archive by storing the dev articles' extractions again and again under new
ids and dates, starts `zitat serve` on loopback, and runs N concurrent clients against each
kind of request for the given time. Prints requests/s, p50/p95/p99 latency and errors.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import httpx

import zitat
from zitat.api import model_version
from zitat.store import open_store

WORDS = ["Regierung", "Polizei", "Präsident", "Wahl", "Krieg", "Gesetz", "Minister", "Schule", "Geld", "Zukunft"]


def build(db: Path, gold_dir: str, target: int) -> dict[str, int]:
    texts = [json.loads(p.read_text(encoding="utf-8"))["originalText"] for p in sorted(Path(gold_dir).glob("*.json"))]
    results = [zitat.extract(t, f"d{i}") for i, t in enumerate(texts)]
    per_round = sum(len(r.quotes) for r in results)
    store = open_store(f"sqlite:///{db}")
    version = model_version()
    rounds = -(-target // per_round)
    started = time.perf_counter()
    for k in range(rounds):
        for i, (text, result) in enumerate(zip(texts, results)):
            date = f"{2005 + k % 19}-{1 + i % 12:02d}-{1 + k % 28:02d}"
            copy = replace(result, id=f"d{i}-r{k}", meta={"date": date, "outlet": f"Outlet {k % 7}", "title": f"Artikel {i}/{k}"})
            store.add(copy, text, version)
    counts = store.counts()
    print(f"archive: {counts} built in {time.perf_counter() - started:.0f} s ({rounds} rounds of {len(texts)} articles)")
    return counts


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def hammer(base: str, make_path, clients: int, seconds: float) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def client(n: int) -> None:
        nonlocal errors
        rng = random.Random(n)
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            while time.perf_counter() < deadline:
                start = time.perf_counter()
                try:
                    response = await http.get(make_path(rng))
                    if response.status_code != 200:
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                latencies.append(time.perf_counter() - start)

    started = time.perf_counter()
    await asyncio.gather(*(client(n) for n in range(clients)))
    elapsed = time.perf_counter() - started
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [latencies[0]] * 99
    return {"requests": len(latencies), "rps": len(latencies) / elapsed, "p50": q[49], "p95": q[94], "p99": q[98], "errors": errors}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold_dir")
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.db"
        counts = build(db, args.gold_dir, args.statements)
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "zitat.cli", "serve", "--db", str(db), "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ},
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(200):
                try:
                    httpx.get(f"{base}/api/speakers?limit=1", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            speakers = [s["id"] for s in httpx.get(f"{base}/api/speakers?limit=200").json()["speakers"]]
            articles = counts["articles"]
            kinds = {
                "search  /api/statements?q=": lambda r: f"/api/statements?q={r.choice(WORDS)}",
                "topic   /api/statements?about=": lambda r: f"/api/statements?about={r.choice(WORDS)}",
                "speaker /api/speakers/{id}": lambda r: f"/api/speakers/{r.choice(speakers)}",
                "article /articles/{id} (HTML)": lambda r: f"/articles/d{r.randrange(150)}-r{r.randrange(articles // 150)}",
            }
            print(f"\n{args.clients} concurrent clients, {args.seconds:.0f} s each, uvicorn (1 process) on loopback, {os.cpu_count()} cores")
            print(f"{'requests':32} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}")
            for name, make in kinds.items():
                r = asyncio.run(hammer(base, make, args.clients, args.seconds))
                print(f"{name:32} {r['rps']:8.1f} {1000 * r['p50']:8.1f} {1000 * r['p95']:8.1f} {1000 * r['p99']:8.1f} {r['errors']:7d}")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
