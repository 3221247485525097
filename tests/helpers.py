"""Small helpers the tests share."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crawlers import CrawlSummary, crawl
from watchlists import Account, save_account
from whynow.store import Store

from .conftest import FAST


def watch(db: Path, name: str, domain: str, **sources: list[str]) -> None:
    with Store(db) as store:
        save_account(store, Account(name=name, domain=domain, sources=sources))


def crawl_all(db: Path, **kwargs: Any) -> CrawlSummary:
    settings = {**FAST, **kwargs.pop("settings", {})}
    summary, _ = crawl(db, settings=settings, **kwargs)
    return summary


def rows(db: Path, sql: str, params: list | None = None) -> list[dict]:
    with Store(db) as store:
        return store.rows(sql, params)


def only(summary: CrawlSummary) -> dict:
    assert len(summary.sources) == 1, summary.sources
    return summary.sources[0]
