from __future__ import annotations

from pathlib import Path

import pytest

import zitat

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "data" / "wikinews-quotes" / "dev"


@pytest.fixture(scope="session")
def nlp():
    return zitat.load()


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    if not DEV.is_dir():
        pytest.skip(f"shared data not found at {DEV}: the gold tests need ../shared/data beside the checkout")
    return DEV
