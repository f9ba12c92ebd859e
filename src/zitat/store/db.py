"""The archive's one entry point: open a database, store articles with their statements,
and query them. SQLite by default (a file), PostgreSQL when given a postgresql:// URL.

Storing is idempotent by content hash: the same text with the same model version is skipped;
with a newer model its statements are replaced in one transaction. Each article is written
in its own transaction, so a crash loses nothing committed and leaves no half article.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Engine,
    and_,
    create_engine,
    delete,
    event,
    func,
    insert,
    literal_column,
    or_,
    select,
    text,
    true,
    update,
)
from sqlalchemy.exc import DBAPIError, OperationalError

from zitat.identity.names import identity_key, organisation_key
from zitat.model import DocumentResult
from zitat.store import schema
from zitat.store.migrations import migrate
from zitat.store.people import identity_id
from zitat.store.search import fts_query, search_terms, topic_terms

DEFAULT_URL = "sqlite:///zitat.db"
MAX_LIMIT = 200
QUERY_SECONDS = 5.0  # a search that runs longer is stopped
_DATE_SCAN_FROM = 200  # matches from which walking the date index beats sorting them


@dataclass(frozen=True)
class _WordIndex:
    """The queries on one SQLite FTS5 table of statement terms: the matching statements, the
    same walking the date index (the unary + keeps SQLite from fetching every match by id),
    and their count."""

    ids: Any
    ids_by_date: Any
    count: Any

    @classmethod
    def of(cls, table: str, param: str) -> _WordIndex:
        ids = f"statements.id IN (SELECT rowid FROM {table} WHERE {table} MATCH :{param})"
        return cls(text(ids), text("+" + ids), text(f"SELECT count(*) FROM {table} WHERE {table} MATCH :{param}"))


_WORDS = _WordIndex.of("statement_search", "match")  # words in the quote or the speaker's name
_TOPICS = _WordIndex.of("statement_topics", "topic")  # words in the quote, its sentences or the headline
_GERMAN_WORDS = text("to_tsvector('german', statements.search_terms) @@ plainto_tsquery('german', :plain)")
_GERMAN_TOPIC = text("to_tsvector('german', statements.topic_terms) @@ plainto_tsquery('german', :topic_plain)")


class QueryTimeout(RuntimeError):
    """A search ran longer than the store's time limit and was stopped."""


@contextmanager
def time_limit(conn: Any, seconds: float) -> Iterator[None]:
    """Stop any statement on `conn` that runs longer than `seconds`."""
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"SET LOCAL statement_timeout = {max(1, int(seconds * 1000))}"))  # 0 would mean none
        try:
            yield
        except DBAPIError as exc:
            if "57014" in str(exc) or "statement timeout" in str(exc):
                raise QueryTimeout(f"the query ran longer than {seconds} s") from exc
            raise
        return
    raw = conn.connection.driver_connection
    deadline = time.monotonic() + seconds
    raw.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10_000)
    try:
        yield
    except OperationalError as exc:
        if "interrupted" in str(exc).lower():
            raise QueryTimeout(f"the query ran longer than {seconds} s") from exc
        raise
    finally:
        raw.set_progress_handler(None, 0)
ARTICLE_FIELDS = ("title", "date", "outlet", "url", "author")


def content_hash(text_: str) -> str:
    return hashlib.sha256(text_.encode("utf-8")).hexdigest()


def open_store(url: str | None = None) -> Store:
    """Open (and create or migrate) the archive at `url` (default: ./zitat.db)."""
    url = url or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    elif url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+pg8000://" + url.split("://", 1)[1]  # pure-Python, BSD-licensed driver
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    migrate(engine)
    return Store(engine)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


@dataclass
class Store:
    engine: Engine
    query_seconds: float = QUERY_SECONDS

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # -- writing ----------------------------------------------------------------------

    def add(self, result: DocumentResult, text_: str, model_version: str) -> str:
        """Store one article and its statements: 'added', 'replaced' or 'unchanged'."""
        doc_id = str(result.id)
        digest = content_hash(text_)
        meta = {k: (str(v) if v is not None else None) for k, v in result.meta.items() if k in ARTICLE_FIELDS}
        with self.engine.begin() as conn:
            row = conn.execute(
                select(schema.articles.c.content_hash, schema.articles.c.model_version).where(
                    schema.articles.c.id == doc_id
                )
            ).first()
            if row is not None and row.content_hash == digest and row.model_version == model_version:
                return "unchanged"
            if row is not None:
                self._delete_statements(conn, doc_id)
                conn.execute(
                    update(schema.articles)
                    .where(schema.articles.c.id == doc_id)
                    .values(content_hash=digest, text=text_, model_version=model_version, ingested_at=_now(), **meta)
                )
            else:
                conn.execute(
                    insert(schema.articles).values(
                        id=doc_id,
                        content_hash=digest,
                        text=text_,
                        model_version=model_version,
                        ingested_at=_now(),
                        **meta,
                    )
                )
            for statement in result.quotes:
                self._insert_statement(conn, doc_id, statement, text_, meta)
        return "replaced" if row is not None else "added"

    def _delete_statements(self, conn, doc_id: str) -> None:
        ids = [
            r.id for r in conn.execute(select(schema.statements.c.id).where(schema.statements.c.article_id == doc_id))
        ]
        if ids and self.dialect == "sqlite":
            for table in ("statement_search", "statement_topics"):
                conn.execute(text(f"DELETE FROM {table} WHERE rowid IN ({','.join(map(str, ids))})"))
        conn.execute(delete(schema.statements).where(schema.statements.c.article_id == doc_id))

    def _insert_statement(self, conn, doc_id: str, statement, text_: str, meta: dict[str, str | None]) -> None:
        speaker, addressee = statement.speaker, statement.addressee
        canonical = speaker.canonical if speaker is not None else None
        person_id = identity_id(conn, canonical, speaker.kind) if canonical else None
        addressed = addressee.canonical if addressee is not None else None
        addressee_id = identity_id(conn, addressed, addressee.kind) if addressed else None
        data = statement.to_dict()
        topics = topic_terms(text_, data, meta.get("title"))
        terms = search_terms(
            " ".join(filter(None, [statement.quote.text, canonical, speaker.text if speaker else None]))
        )
        result = conn.execute(
            insert(schema.statements).values(
                article_id=doc_id,
                local_id=statement.id,
                type=statement.type,
                medium=statement.medium,
                quote_text=statement.quote.text,
                speaker_text=speaker.text if speaker is not None else None,
                canonical=canonical,
                person_id=person_id,
                addressee_id=addressee_id,
                cue_text=statement.cue.text if statement.cue is not None else None,
                confidence=statement.confidence,
                date=meta.get("date"),
                search_terms=terms,
                topic_terms="" if self.dialect == "sqlite" else topics,  # SQLite keeps them in statement_topics only
                data=json.dumps(data, ensure_ascii=False),
            )
        )
        if self.dialect == "sqlite":
            row = {"id": result.inserted_primary_key[0], "terms": terms, "topics": topics}
            conn.execute(text("INSERT INTO statement_search(rowid, search_terms) VALUES (:id, :terms)"), row)
            conn.execute(text("INSERT INTO statement_topics(rowid, topic_terms) VALUES (:id, :topics)"), row)

    # -- reading ----------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                for name, table in (
                    ("articles", schema.articles),
                    ("statements", schema.statements),
                    ("persons", schema.persons),
                )
            }

    def search(
        self,
        q: str | None = None,
        speaker: str | None = None,
        addressee: str | None = None,
        type_: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 20,
        offset: int = 0,
        about: str | None = None,
    ) -> dict[str, Any]:
        """Statements matching every given filter, newest first. `q`: words in the quote or the
        speaker's name; `about`: words in the quote, the sentences around it or the headline.
        `speaker` and `addressee` are a person id or a name, matched through the stored
        identities."""
        s, a = schema.statements, schema.articles
        match = fts_query(q) if q else None
        topic = fts_query(about) if about else None
        filters = []
        if self.dialect != "sqlite":
            filters += [c for c, wanted in ((_GERMAN_WORDS, match), (_GERMAN_TOPIC, topic)) if wanted]
        elif match and topic:
            filters.append(_TOPICS.ids)  # the quote's words lead, the topic narrows
        if speaker:
            filters.append(_identity_condition(s.c.person_id, speaker))
        if addressee:
            filters.append(_identity_condition(s.c.addressee_id, addressee))
        if type_:
            filters.append(s.c.type == type_)
        if outlet:
            filters.append(func.lower(a.c.outlet) == outlet.lower())
        if since:
            filters.append(s.c.date >= since)
        if until:
            filters.append(s.c.date <= until)
        limit, offset = max(1, min(int(limit), MAX_LIMIT)), max(0, int(offset))
        params = {"match": match, "plain": q, "topic": topic, "topic_plain": about}
        index = (_WORDS if match else _TOPICS if topic else None) if self.dialect == "sqlite" else None
        with self.engine.connect() as conn, time_limit(conn, self.query_seconds):
            words = None
            matches = None
            if index is not None:
                matches = int(conn.execute(index.count, params).scalar_one())
                # Many matches: walk the date index newest first and stop at the end of the page.
                words = index.ids_by_date if matches >= _DATE_SCAN_FROM else index.ids
            conditions = [c for c in (words, *filters) if c is not None]
            query = _STATEMENTS.where(and_(true(), *conditions))
            if matches is not None and not filters:
                total = matches  # the word index alone says how many statements match
            else:
                total = conn.execute(select(func.count()).select_from(query.subquery()), params).scalar_one()
            ordered = query.order_by(s.c.date.desc(), s.c.id.desc()).limit(limit).offset(offset)
            rows = conn.execute(ordered, params).all()
        return {"total": int(total), "limit": limit, "offset": offset, "statements": [_statement(r) for r in rows]}

    def statement(self, statement_id: int) -> dict[str, Any] | None:
        found = self.search_by_ids([statement_id])
        return found[0] if found else None

    def search_by_ids(self, ids: list[int]) -> list[dict[str, Any]]:
        query = _STATEMENTS.where(schema.statements.c.id.in_(ids))
        with self.engine.connect() as conn:
            return [_statement(r) for r in conn.execute(query).all()]

    def article(self, article_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.articles).where(schema.articles.c.id == article_id)).first()
            if row is None:
                return None
            ids = [
                r.id
                for r in conn.execute(
                    select(schema.statements.c.id).where(schema.statements.c.article_id == article_id)
                )
            ]
        article = {
            k: getattr(row, k) for k in ("id", "title", "date", "outlet", "url", "author", "text", "model_version")
        }
        article["statements"] = (
            sorted(self.search_by_ids(ids), key=lambda st: st["quote"]["spans"][0][0]) if ids else []
        )
        return article

    def person(self, person_id: int) -> dict[str, Any] | None:
        """An identity and how many statements were addressed to it (what it said: `search`)."""
        s, p = schema.statements, schema.persons
        with self.engine.connect() as conn:
            row = conn.execute(select(p.c.id, p.c.name, p.c.kind).where(p.c.id == person_id)).first()
            if row is None:
                return None
            addressed = conn.execute(select(func.count()).where(s.c.addressee_id == person_id)).scalar_one()
        return {"id": row.id, "name": row.name, "kind": row.kind, "addressed": int(addressed)}

    def person_statements(self, person_id: int, limit: int = 20, offset: int = 0) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """An identity and a page of what it said; None where it neither spoke nor was spoken to."""
        person = self.person(person_id)
        if person is None:
            return None
        found = self.search(speaker=str(person_id), limit=limit, offset=offset)
        return (person, found) if found["total"] or person["addressed"] else None

    def months(self, person_id: int) -> dict[str, int]:
        """How many statements a person made per month (YYYY-MM)."""
        s = schema.statements
        month = func.substr(s.c.date, literal_column("1"), literal_column("7"))  # literals: PostgreSQL groups by the same expression
        query = select(month, func.count()).where(s.c.person_id == person_id).group_by(month).order_by(month)
        with self.engine.connect() as conn:
            return {(m or "unknown"): int(n) for m, n in conn.execute(query)}

    def outlets(self, person_id: int) -> list[str]:
        """The outlets that quoted a person."""
        s, a = schema.statements, schema.articles
        query = (
            select(a.c.outlet).join(s, s.c.article_id == a.c.id).where(s.c.person_id == person_id, a.c.outlet.is_not(None))
        )
        with self.engine.connect() as conn:
            return sorted({row.outlet for row in conn.execute(query.distinct())})

    def speakers(self, q: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        s, p = schema.statements, schema.persons
        query = select(p.c.id, p.c.name, p.c.kind, func.count(s.c.id).label("statements")).join(
            s, s.c.person_id == p.c.id
        )
        if q:
            query = query.where(func.lower(p.c.name).contains(q.lower()))
        query = (
            query.group_by(p.c.id, p.c.name, p.c.kind)
            .order_by(func.count(s.c.id).desc(), p.c.name)
            .limit(min(limit, MAX_LIMIT))
        )
        with self.engine.connect() as conn:
            return [
                {"id": r.id, "name": r.name, "kind": r.kind, "statements": int(r.statements)} for r in conn.execute(query)
            ]


def _identity_condition(column: Any, name: str) -> Any:
    """`column` holds the identity of `name`: a person id, a person's name (a surname alone
    matches every first name), or an organisation's name (`Reuters`)."""
    p = schema.persons
    if name.isdigit():
        return column == int(name)
    surname, first = identity_key(name)
    people = select(p.c.id).where(p.c.surname_key == surname)
    if first:
        people = people.where(or_(p.c.first_key == first, p.c.first_key == ""))
    organisations = select(p.c.id).where(p.c.kind == "organisation", p.c.surname_key == organisation_key(name)[0])
    return or_(column.in_(people), column.in_(organisations))


def _statements_query() -> Any:
    """Statements with their article and the names of their speaker's and addressee's identities
    (built once: aliases set up their columns anew each time, a third of an article page's time)."""
    s, a = schema.statements, schema.articles
    speaker, addressee = schema.persons.alias("speaker"), schema.persons.alias("addressee")
    return (
        select(
            s,
            a.c.title,
            a.c.date.label("article_date"),
            a.c.outlet,
            speaker.c.name.label("person_name"),
            addressee.c.name.label("addressee_name"),
        )
        .join(a, a.c.id == s.c.article_id)
        .outerjoin(speaker, speaker.c.id == s.c.person_id)
        .outerjoin(addressee, addressee.c.id == s.c.addressee_id)
    )


_STATEMENTS = _statements_query()


def _statement(row: Any) -> dict[str, Any]:
    data = json.loads(row.data)
    return {
        **data,
        "db_id": row.id,
        "article": {"id": row.article_id, "title": row.title, "date": row.article_date, "outlet": row.outlet},
        "person": {"id": row.person_id, "name": row.person_name} if row.person_id else None,
        "addressee_person": {"id": row.addressee_id, "name": row.addressee_name} if row.addressee_id else None,
    }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
