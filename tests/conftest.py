from __future__ import annotations

import os
from pathlib import Path

import pytest

import zitat

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "data" / "wikinews-quotes" / "dev"
TRAIN = SHARED / "data" / "wikinews-quotes" / "train"


@pytest.fixture(scope="session")
def nlp():
    return zitat.load()


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    if not DEV.is_dir():
        pytest.skip(f"shared data not found at {DEV}: the gold tests need ../shared/data beside the checkout")
    return DEV


@pytest.fixture(scope="session")
def train_dir() -> Path:
    if not TRAIN.is_dir():
        pytest.skip(f"shared data not found at {TRAIN}: the held-out speaker set needs ../shared/data beside the checkout")
    return TRAIN


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty archive database: a SQLite file, or the PostgreSQL server named by
    ZITAT_TEST_POSTGRES_URL (.ci/run starts one); PostgreSQL cases skip without it."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'archive.db'}"
    url = os.environ.get("ZITAT_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("ZITAT_TEST_POSTGRES_URL is not set: no PostgreSQL server for the archive tests")
    from sqlalchemy import create_engine, text

    engine = create_engine("postgresql+pg8000://" + url.split("://", 1)[1])
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url
