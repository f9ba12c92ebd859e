"""The Dask backend on a real local cluster of 2 worker processes equals the single-process run."""

from __future__ import annotations

import json
import subprocess
import sys

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster

import zitat
from zitat.distributed import extract_bag, extract_dataframe, write_parquet
from zitat.io.writers import statement_rows

TEXTS = [
    "„Wir bauen neue Schulen“, sagte Bildungsministerin Anna Berg. Sie räumte ein, dass es teuer werde.",
    "Der Bürgermeister Karl Huber sagte: „Die Brücke bleibt gesperrt.“ Laut Polizei gab es keine Verletzten.",
    "Heute regnet es in Bremen.",
    "Kanzler Olaf Scholz sagte, die Regierung werde handeln. „Wir lassen niemanden allein“, fügte er hinzu.",
] * 5
RECORDS = [{"id": f"d{n}", "text": t, "outlet": "taz"} for n, t in enumerate(TEXTS)] + [{"id": "bad", "text": " "}]


@pytest.fixture(scope="module")
def cluster():
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local,
        Client(local) as client,
    ):
        yield client


def single_process() -> list[dict]:
    out = []
    for r in RECORDS:
        try:
            out.append(zitat.extract(r["text"], r["id"], {"outlet": r["outlet"]} if "outlet" in r else None).to_dict())
        except zitat.errors.ZitatError as exc:
            out.append(exc.to_dict())
    return out


def test_bag_on_two_workers_equals_single_process(cluster):
    assert len(cluster.nthreads()) == 2
    results = extract_bag(db.from_sequence(RECORDS, npartitions=4)).compute()
    assert results == single_process()
    assert results[-1]["code"] == "E001" and results[0]["quotes"][0]["speaker"]["canonical"] == "Anna Berg"


def test_dataframe_gives_statement_rows_and_partitioned_parquet(cluster, tmp_path):
    frame = dd.from_pandas(pd.DataFrame(RECORDS).fillna({"outlet": ""}), npartitions=3)
    rows = extract_dataframe(frame)
    write_parquet(rows, tmp_path / "rows")
    table = pd.read_parquet(tmp_path / "rows")
    assert len(list((tmp_path / "rows").glob("*.parquet"))) == 3
    expected = [r for d in single_process() if "quotes" in d for r in statement_rows(zitat.DocumentResult.from_dict(d))]
    got = table[table["error"].isna()]
    assert list(got["quote"]) == [r["quote"] for r in expected]
    assert [list(map(list, s)) for s in got["quote_spans"]] == [r["quote_spans"] for r in expected]
    assert set(got["outlet"]) == {"taz"}
    (failed,) = table[table["error"].notna()].to_dict("records")
    assert failed["document"] == "bad" and "E001" in failed["error"]


def test_cli_scheduler_writes_parquet_equal_to_single_process(cluster, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS), encoding="utf-8")
    (tmp_path / "pages").mkdir()
    for n, text in enumerate(TEXTS[:3]):
        (tmp_path / "pages" / f"p{n}.txt").write_text(text, encoding="utf-8")
    address = cluster.scheduler.address
    run = [sys.executable, "-m", "zitat.cli", "extract", str(source), str(tmp_path / "pages"), "--scheduler", address]
    done = subprocess.run([*run, "-o", str(tmp_path / "parts")], capture_output=True, timeout=300, check=False)
    assert done.returncode == 1 and b"E001" in done.stderr  # the blank record, reported
    assert json.loads(done.stdout)["documents"] == len(TEXTS) + 3
    alone = subprocess.run(
        [
            sys.executable,
            "-m",
            "zitat.cli",
            "extract",
            str(source),
            str(tmp_path / "pages"),
            "-o",
            str(tmp_path / "one.parquet"),
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert alone.returncode == 1

    def key(row: dict) -> tuple:
        return row["document"], row["statement"]

    distributed = sorted(pq.read_table(tmp_path / "parts").to_pylist(), key=key)
    single = sorted(pq.read_table(tmp_path / "one.parquet").to_pylist(), key=key)
    assert distributed == single and len(single) > 20
