"""Shared fixtures: a fresh store, a local HTTP server over tests/fixtures, fast crawls."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from whynow.localserver import LocalSite
from whynow.store import Store

os.environ.setdefault("HF_HUB_OFFLINE", "1")

FIXTURES = Path(__file__).parent / "fixtures"
# Loopback needs no politeness delay; retries back off in tenths of a second.
FAST = {"AUTOTHROTTLE_START_DELAY": 0.01, "DOWNLOAD_DELAY": 0, "RETRY_BACKOFF_BASE": 0.1,
        "DOWNLOAD_TIMEOUT": 5}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "whynow.duckdb"


@pytest.fixture
def site():
    with LocalSite(FIXTURES) as server:
        yield server


@pytest.fixture
def store(db: Path):
    with Store(db) as opened:
        yield opened


@pytest.fixture
def thirty(store):
    from .helpers import load_thirty

    return load_thirty(store)
