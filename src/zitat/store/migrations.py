"""Versioned schema migrations, the same code path for SQLite and PostgreSQL.

Each migration runs in its own transaction and records its number; opening a store applies
the ones it has not seen. A new schema change is a new function appended to MIGRATIONS.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator

from sqlalchemy import Connection, Row, Select, inspect, select, text, update
from sqlalchemy.exc import DBAPIError

from zitat.store.people import identity_id
from zitat.store.schema import articles, metadata, schema_version, statements
from zitat.store.search import topic_terms


def _create_tables(conn: Connection) -> None:
    metadata.create_all(conn)


def _statement_dates(conn: Connection) -> None:
    """Copy each article's date onto its statements (archives made before version 3)."""
    columns = {c["name"] for c in inspect(conn).get_columns("statements")}
    if "date" not in columns:
        conn.execute(text("ALTER TABLE statements ADD COLUMN date VARCHAR(32)"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS statements_date_id ON statements (date, id)"))
    conn.execute(
        text("UPDATE statements SET date = (SELECT articles.date FROM articles WHERE articles.id = statements.article_id)")
    )


def _create_search(conn: Connection) -> None:
    _create_word_index(conn, "statement_search", "search_terms", "statements_search_idx")


def _create_word_index(conn: Connection, table: str, column: str, index: str) -> None:
    """A full-text index over a column of statements: an FTS5 table beside them on SQLite,
    a German text-search index on PostgreSQL."""
    if conn.dialect.name == "sqlite":
        conn.execute(
            text(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5("
                f"{column}, tokenize='unicode61 remove_diacritics 2')"
            )
        )
    elif conn.dialect.name == "postgresql":
        conn.execute(
            text(
                f"CREATE INDEX IF NOT EXISTS {index} ON statements "
                f"USING gin (to_tsvector('german', {column}))"
            )
        )


_BATCH = 1000


def _addressee_identities(conn: Connection) -> None:
    """Give each stored statement's addressee its identity (archives made before version 4),
    read from the statement's stored to_dict."""
    columns = {c["name"] for c in inspect(conn).get_columns("statements")}
    if "addressee_id" not in columns:
        conn.execute(text("ALTER TABLE statements ADD COLUMN addressee_id INTEGER REFERENCES persons(id)"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_statements_addressee_id ON statements (addressee_id)"))
    query = select(statements.c.id, statements.c.data).where(statements.c.data.not_like('%"addressee": null%'))
    for row in _in_batches(conn, query):
        addressee = json.loads(row.data).get("addressee") or {}
        if addressee.get("canonical"):
            found = identity_id(conn, addressee["canonical"], addressee.get("kind"))
            conn.execute(update(statements).where(statements.c.id == row.id).values(addressee_id=found))


def _statement_topics(conn: Connection) -> None:
    """Index what each stored statement is about (archives made before version 5): the
    headline and the sentences around it, read from its article, a batch at a time."""
    columns = {c["name"] for c in inspect(conn).get_columns("statements")}
    if "topic_terms" not in columns:
        conn.execute(text("ALTER TABLE statements ADD COLUMN topic_terms TEXT NOT NULL DEFAULT ''"))
    _create_word_index(conn, "statement_topics", "topic_terms", "statements_topic_idx")
    query = select(statements.c.id, statements.c.data, articles.c.text, articles.c.title).join(
        articles, articles.c.id == statements.c.article_id
    )
    for row in _in_batches(conn, query):
        topics = topic_terms(row.text, json.loads(row.data), row.title)
        if conn.dialect.name == "sqlite":  # the FTS5 table holds them, replacing any entry already there
            conn.execute(text("DELETE FROM statement_topics WHERE rowid = :id"), {"id": row.id})
            conn.execute(text("INSERT INTO statement_topics(rowid, topic_terms) VALUES (:id, :topics)"), {"id": row.id, "topics": topics})
        else:
            conn.execute(update(statements).where(statements.c.id == row.id).values(topic_terms=topics))


def _in_batches(conn: Connection, query: Select) -> Iterator[Row]:
    """The rows of a query over statements in id order, fetched a batch at a time so that
    memory stays flat however large the archive."""
    last = 0
    while True:
        rows = conn.execute(query.where(statements.c.id > last).order_by(statements.c.id).limit(_BATCH)).all()
        yield from rows
        if len(rows) < _BATCH:
            return
        last = rows[-1].id


_ATTEMPTS = 8  # a losing racer waits 0.05 s, 0.1 s, … before it looks again

MIGRATIONS: list[tuple[int, Callable[[Connection], None]]] = [
    (1, _create_tables),
    (2, _create_search),
    (3, _statement_dates),
    (4, _addressee_identities),
    (5, _statement_topics),
]


def current_version(conn: Connection) -> int:
    if not conn.dialect.has_table(conn, "schema_version"):
        return 0
    row = conn.execute(select(schema_version.c.version)).first()
    return int(row[0]) if row else 0


def migrate(engine) -> int:
    """Apply pending migrations; return the schema version reached.

    Two processes may open a new archive at once (an ingest and a search): the one that loses
    the race to create the schema finds it made, or its transaction refused, and tries again
    from the version the winner reached."""
    for attempt in range(1, _ATTEMPTS):
        try:
            return _migrate_once(engine)
        except DBAPIError:
            time.sleep(0.05 * attempt)
    return _migrate_once(engine)  # the last try lets its error through


def _migrate_once(engine) -> int:
    with engine.begin() as conn:
        version = current_version(conn)
    for number, step in MIGRATIONS:
        if number <= version:
            continue
        with engine.begin() as conn:
            # Read again inside the step's own transaction: a racer may have applied this step
            # and later ones since, and writing `number` then would put the version back.
            version = current_version(conn)
            if number <= version:
                continue
            step(conn)
            schema_version.create(conn, checkfirst=True)
            conn.execute(schema_version.delete())
            conn.execute(schema_version.insert().values(version=number))
        version = number
    return version
