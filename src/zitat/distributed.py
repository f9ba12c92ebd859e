"""Extraction on a Dask cluster (`pip install 'zitat[dask]'`).

- `extract_bag(bag)`: a bag of texts (strings, (id, text) pairs or {"id", "text", ...} records)
  becomes a bag of result dicts, the same `to_dict()` a single process gives.
- `extract_dataframe(ddf)`: a dataframe with id and text columns becomes a dataframe of
  statement rows (the Parquet/CSV columns); `write_parquet(rows, path)` writes its partitions.
- `extract_files_to_parquet(...)`, behind `zitat extract --scheduler ADDRESS`: the workers read
  the input files themselves and each partition writes its own Parquet file, so nothing but a
  summary passes through the client.

Each worker process loads the pipeline once and keeps it (zitat caches it per process).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from zitat.errors import ErrorCode, ZitatError

Record = str | tuple[str, str] | dict[str, Any]


def _dask() -> Any:
    try:
        import dask.bag
        import dask.dataframe
    except ImportError as exc:
        raise ZitatError(ErrorCode.E012, package="dask[distributed,dataframe]", extra="dask") from exc
    return dask


def _items(records: Iterable[Record], text_field: str = "text") -> Iterator[tuple[str, str, dict[str, Any]]]:
    from zitat.io.readers import content_id, record_item

    for record in records:
        if isinstance(record, str):
            yield content_id(record), record, {}
        elif isinstance(record, dict):
            yield record_item(record, text_field)
        else:
            yield str(record[0]), record[1], {}


def _results(records: Iterable[Record], with_model: bool, text_field: str = "text") -> list[dict[str, Any]]:
    """One partition: result dicts, and for a failed record its error dict (with "code")."""
    from zitat.api import extract_batch

    return [r.to_dict() for r in extract_batch(_items(records, text_field), with_model=with_model)]


def extract_bag(bag: Any, with_model: bool = True, text_field: str = "text") -> Any:
    """Map extraction over a Dask bag; failed records come out as {"id", "code", "error"}."""
    _dask()
    return bag.map_partitions(_results, with_model, text_field)


def extract_dataframe(ddf: Any, text_column: str = "text", id_column: str = "id", with_model: bool = True) -> Any:
    """Map extraction over a Dask dataframe: one row per statement (the Parquet columns), and
    for a document that failed one row with its id and `error`, so nothing is dropped unseen."""
    import pandas as pd

    from zitat.api import extract_batch

    _dask()
    columns = [c for c in ddf.columns if c not in (id_column, text_column)]

    def partition(frame: pd.DataFrame) -> pd.DataFrame:
        records = [
            {"id": row[id_column], "text": row[text_column], **{c: row[c] for c in columns}}
            for row in frame.to_dict("records")
        ]
        rows, errors, _ = _rows(extract_batch(_items(records), with_model=with_model))
        rows += [{"document": e["id"], "error": e["error"]} for e in errors]
        return pd.DataFrame(rows, columns=list(_empty_rows().columns)) if rows else _empty_rows()

    return ddf.map_partitions(partition, meta=_empty_rows())


def write_parquet(rows: Any, path: str | Path) -> None:
    """Write `extract_dataframe` rows as partitioned Parquet with typed span columns."""
    import pyarrow as pa

    from zitat.io.writers import parquet_schema

    rows.to_parquet(str(path), schema=parquet_schema().append(pa.field("error", pa.string())), write_index=False)


def _empty_rows() -> Any:
    import pandas as pd

    from zitat.io.writers import ROW_COLUMNS

    kinds = {"string": "object", "float": "float64", "spans": "object"}
    frame = {name: pd.Series(dtype=kinds[kind]) for name, kind in ROW_COLUMNS.items()}
    return pd.DataFrame({**frame, "error": pd.Series(dtype="object")})


def _rows(results: Iterable[Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """Statement rows of the good results, the error dicts, and how many documents succeeded."""
    from zitat.io.writers import statement_rows

    rows, errors, done = [], [], 0
    for result in results:
        if isinstance(result, ZitatError):
            errors.append(result.to_dict())
            continue
        done += 1
        rows.extend(statement_rows(result))
    return rows, errors, done


# Formats with many records per file are read by the client and sent in batches; one-document
# files (text, HTML) are read by the workers, so only their paths travel.
_RECORD_FORMATS = ("jsonl", "csv", "feed", "warc")


def _partition(
    number: int, kind: str, batch: list[Any], out_dir: str, fmt: str, text_field: str, with_model: bool
) -> dict[str, Any]:
    """On a worker: extract one batch (records, or paths to read) and write part-NNNNN.parquet."""
    import pyarrow.parquet as pq

    from zitat.api import extract_batch
    from zitat.io.readers import read_inputs
    from zitat.io.writers import rows_table

    errors: list[dict[str, Any]] = []
    items = batch
    if kind == "paths":
        items = []
        for item in read_inputs(batch, fmt, text_field):
            if isinstance(item, ZitatError):
                errors.append(item.to_dict())
            else:
                items.append(item)
    rows, failed, done = _rows(extract_batch(items, with_model=with_model))
    pq.write_table(rows_table(rows), Path(out_dir) / f"part-{number:05d}.parquet", compression="zstd")
    return {"documents": done, "statements": len(rows), "errors": errors + failed}


def _batches(
    inputs: list[str], fmt: str, text_field: str, pattern: str, size: int, errors: list[dict[str, Any]]
) -> Iterator[tuple[str, list[Any]]]:
    from zitat.io.readers import detect_format, read_inputs

    files = []
    for path in inputs:
        found = sorted(p for p in Path(path).rglob(pattern) if p.is_file()) if Path(path).is_dir() else [Path(path)]
        files.extend(str(f) for f in found)
    paths: list[str] = []
    for file in files:
        kind = detect_format(file) if fmt == "auto" else fmt
        if kind not in _RECORD_FORMATS:
            paths.append(file)
            if len(paths) == size:
                yield "paths", paths
                paths = []
            continue
        records: list[Any] = []
        for item in read_inputs([file], kind, text_field):
            if isinstance(item, ZitatError):
                errors.append(item.to_dict())
                continue
            records.append(item)
            if len(records) == size:
                yield "records", records
                records = []
        if records:
            yield "records", records
    if paths:
        yield "paths", paths


def extract_files_to_parquet(
    inputs: list[str],
    out_dir: str,
    scheduler: str | None = None,
    fmt: str = "auto",
    text_field: str = "text",
    pattern: str = "*",
    with_model: bool = True,
    workers: int = 2,
    batch_size: int = 256,
) -> dict[str, Any]:
    """Extract files and directories on the cluster at `scheduler` ("local": one of `workers`
    processes on this machine) into
    partitioned Parquet in `out_dir`. At most a few batches per worker are in flight, so the
    client's memory stays flat however large the input. Returns counts and the failed records."""
    _dask()
    from distributed import Client, as_completed

    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    errors: list[dict[str, Any]] = []
    summary = {"documents": 0, "statements": 0, "partitions": 0}

    def collect(summaries: Iterable[dict[str, Any]]) -> None:
        for s in summaries:
            summary["documents"] += s["documents"]
            summary["statements"] += s["statements"]
            summary["partitions"] += 1
            errors.extend(s["errors"])

    local = scheduler in (None, "local")
    connect = {"n_workers": workers, "threads_per_worker": 1, "processes": True} if local else {"address": scheduler}
    with Client(**connect) as client:
        limit = 3 * max(1, len(client.nthreads()))
        running = as_completed()
        batches = _batches(inputs, fmt, text_field, pattern, batch_size, errors)
        for number, (kind, batch) in enumerate(batches):
            running.add(
                client.submit(
                    _partition, number, kind, batch, str(target.resolve()), fmt, text_field, with_model, pure=False
                )
            )
            while running.count() >= limit:
                collect([next(running).result()])
        collect(future.result() for future in running)
    return {**summary, "errors": errors}
