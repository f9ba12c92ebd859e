"""Schema migrations: a new archive opened by several processes at once."""

from __future__ import annotations

import multiprocessing

from zitat.store.db import open_store
from zitat.store.migrations import MIGRATIONS


def _open(path: str) -> int:
    from zitat.store.migrations import current_version

    store = open_store(path)
    with store.engine.connect() as conn:
        return current_version(conn)


def test_migrations_survive_processes_creating_one_archive_at_once(tmp_path):
    """An ingest and a search that open a new archive together both get the whole schema:
    the loser of the race to create it waits and finds it made."""
    latest = MIGRATIONS[-1][0]
    context = multiprocessing.get_context("spawn")
    with context.Pool(4) as pool:
        for round_ in range(5):
            path = str(tmp_path / f"race{round_}.db")
            # a worker that cannot start fails the test instead of hanging it
            assert pool.map_async(_open, [path] * 4).get(timeout=120) == [latest] * 4
