"""Tables of the archive, one definition for SQLite and PostgreSQL (SQLAlchemy Core)."""

from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text, UniqueConstraint

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("title", Text),
    Column("date", String(32), index=True),
    Column("outlet", String(200), index=True),
    Column("url", Text),
    Column("author", Text),
    Column("text", Text, nullable=False),
    Column("model_version", String(64), nullable=False),
    Column("ingested_at", String(32), nullable=False),
)

persons = Table(
    "persons",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("surname_key", String(200), nullable=False, index=True),
    Column("first_key", String(200), nullable=False, default=""),
    Column("kind", String(20), nullable=False, default="person"),
)

statements = Table(
    "statements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("local_id", String(20), nullable=False),
    Column("type", String(30), nullable=False, index=True),
    Column("medium", String(30)),
    Column("quote_text", Text, nullable=False),
    Column("speaker_text", Text),
    Column("canonical", Text),
    Column("person_id", Integer, ForeignKey("persons.id"), index=True),
    Column("addressee_id", Integer, ForeignKey("persons.id"), index=True),  # whom the statement was made to
    Column("cue_text", Text),
    Column("confidence", Float, nullable=False),
    Column("search_terms", Text, nullable=False, default=""),
    # The headline and the sentences around the statement, to search by topic (PostgreSQL's index
    # reads them here; SQLite keeps them in its FTS5 table statement_topics only, rows stay small).
    Column("topic_terms", Text, nullable=False, default=""),
    Column("data", Text, nullable=False),  # the statement's to_dict() as JSON: offsets of every part
    # The article's date, copied so that searches sort without touching the articles table.
    Column("date", String(32)),
    UniqueConstraint("article_id", "local_id"),
    Index("statements_date_id", "date", "id"),
)

schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))
