"""The statement archive: articles, statements and speakers in SQLite (default) or PostgreSQL."""

from zitat.store.db import Store, open_store

__all__ = ["Store", "open_store"]
