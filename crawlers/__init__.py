"""Crawlers: one Scrapy spider per source kind, run in a process of their own.

Public face: `crawl()` fetches the sources of the watchlist into the store and returns the
per-source stats of the run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from whynow.clock import observation_time, utcnow
from whynow.store import Store

STAT_COLUMNS = ("fetched", "new", "changed", "unchanged", "closed", "failed")


@dataclass
class CrawlSummary:
    run_id: str
    sources: list[dict[str, Any]] = field(default_factory=list)  # crawl_stats rows
    error: str | None = None  # the crawl process itself failed

    @property
    def totals(self) -> dict[str, int]:
        totals = {column: sum(row[column] for row in self.sources) for column in STAT_COLUMNS}
        for status in ("ok", "not_modified", "failed", "blocked"):
            totals[status] = sum(row["status"] == status for row in self.sources)
        return totals

    @property
    def ok(self) -> bool:
        return self.error is None and all(
            row["status"] in ("ok", "not_modified") for row in self.sources)


def planned_sources(store: Store, account_ids: list[str] | None = None,
                    kinds: list[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """The sources to fetch, per kind; feeds carry their ETag / Last-Modified."""
    sql = ("SELECT s.account_id, s.kind, s.value, f.etag, f.last_modified FROM sources s"
           " LEFT JOIN feed_state f ON s.kind = 'feed' AND f.url = s.value WHERE 1=1")
    params: list[Any] = []
    if account_ids:
        sql += " AND s.account_id IN (SELECT unnest(?::VARCHAR[]))"
        params.append(account_ids)
    if kinds:
        sql += " AND s.kind IN (SELECT unnest(?::VARCHAR[]))"
        params.append(kinds)
    planned: dict[str, list[dict[str, Any]]] = {}
    for row in store.rows(sql + " ORDER BY s.kind, s.account_id, s.value", params):
        planned.setdefault(row.pop("kind"), []).append(row)
    return planned


def crawl(
    db_path: Path,
    account_ids: list[str] | None = None,
    kinds: list[str] | None = None,
    as_of: date | None = None,
    settings: dict[str, Any] | None = None,
    on_source_done: Callable[[dict[str, Any]], None] | None = None,
) -> tuple[CrawlSummary, int]:
    """Fetch the planned sources into the store. Returns the summary and how many sources
    were planned; `on_source_done` is called as each source finishes."""
    run_id = utcnow().strftime("%Y%m%dT%H%M%S-") + uuid.uuid4().hex[:6]
    with Store(db_path) as store:
        planned = planned_sources(store, account_ids, kinds)
        store.execute("INSERT INTO runs VALUES (?, 'crawl', ?, ?, NULL, 'running', NULL)",
                      [run_id, as_of, utcnow()])
    total = sum(len(sources) for sources in planned.values())
    summary = CrawlSummary(run_id)
    if total:
        summary.error = _run_crawl_process({
            "db": str(db_path), "run_id": run_id, "sources": planned,
            "observed_at": observation_time(as_of).isoformat() if as_of else None,
            "settings": settings or {},
        }, on_source_done)
    with Store(db_path) as store:
        summary.sources = store.rows(
            "SELECT * FROM crawl_stats WHERE run_id = ? ORDER BY kind, account_id, source",
            [run_id])
        store.execute(
            "UPDATE runs SET finished_at = ?, status = ?, summary = ? WHERE run_id = ?",
            [utcnow(), "ok" if summary.ok else "failed",
             json.dumps({**summary.totals, "error": summary.error}), run_id])
    return summary, total


def _run_crawl_process(spec: dict[str, Any],
                       on_source_done: Callable[[dict[str, Any]], None] | None) -> str | None:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(spec, handle, default=str)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    errors: list[str] = []
    # The log goes to a file: a pipe nobody reads would stall a chatty crawl.
    with tempfile.TemporaryFile("w+") as log:
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", "crawlers.run", handle.name],
                stdout=subprocess.PIPE, stderr=log, text=True, env=env)
            assert process.stdout
            for line in process.stdout:
                if not line.startswith("{"):
                    continue
                message = json.loads(line)
                if "error" in message:
                    errors.append(message["error"])
                elif on_source_done:
                    on_source_done(message)
            code = process.wait()
        finally:
            os.unlink(handle.name)
        log.seek(0)
        stderr = log.read()
    if errors:
        return "; ".join(errors)
    if code != 0:
        tail = "\n".join(stderr.strip().splitlines()[-5:])
        return f"crawl process exited with {code}: {tail}"
    return None
