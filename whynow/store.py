"""The DuckDB store: one file, a versioned schema, and a few query helpers.

Every stage reads what the previous one stored; the schema below is documented in the README
so users can query the file themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb

DEFAULT_DB = Path("whynow.duckdb")

# Each migration is applied once, in order; never edit one that has shipped, add another.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE accounts (
        account_id   VARCHAR PRIMARY KEY,   -- normalised domain, or name:<slug> without one
        name         VARCHAR NOT NULL,
        domain       VARCHAR,
        aliases      VARCHAR[] DEFAULT [],
        owner        VARCHAR,
        industry     VARCHAR,
        employees    INTEGER,
        country      VARCHAR,
        tier         VARCHAR,
        description  VARCHAR,
        created_at   TIMESTAMP NOT NULL,
        updated_at   TIMESTAMP NOT NULL
    );
    CREATE TABLE sources (
        account_id   VARCHAR NOT NULL,      -- '' for watchlist-wide news feeds
        kind         VARCHAR NOT NULL,      -- greenhouse | lever | ashby | feed
        value        VARCHAR NOT NULL,      -- board token / site / name, or a full URL
        origin       VARCHAR NOT NULL,      -- manual | import
        added_at     TIMESTAMP NOT NULL,
        PRIMARY KEY (account_id, kind, value)
    );
    CREATE TABLE runs (
        run_id       VARCHAR PRIMARY KEY,
        command      VARCHAR NOT NULL,
        as_of        DATE,
        started_at   TIMESTAMP NOT NULL,
        finished_at  TIMESTAMP,
        status       VARCHAR NOT NULL,      -- running | ok | failed
        summary      JSON
    );
    CREATE TABLE crawl_stats (
        run_id       VARCHAR NOT NULL,
        account_id   VARCHAR NOT NULL,
        kind         VARCHAR NOT NULL,
        source       VARCHAR NOT NULL,
        url          VARCHAR,
        status       VARCHAR NOT NULL,      -- ok | not_modified | failed | blocked
        fetched      INTEGER NOT NULL DEFAULT 0,
        new          INTEGER NOT NULL DEFAULT 0,
        changed      INTEGER NOT NULL DEFAULT 0,
        unchanged    INTEGER NOT NULL DEFAULT 0,
        closed       INTEGER NOT NULL DEFAULT 0,
        failed       INTEGER NOT NULL DEFAULT 0,
        message      VARCHAR,
        PRIMARY KEY (run_id, account_id, kind, source)
    );
    CREATE TABLE job_postings (
        account_id   VARCHAR NOT NULL,
        kind         VARCHAR NOT NULL,
        board        VARCHAR NOT NULL,
        external_id  VARCHAR NOT NULL,
        title        VARCHAR NOT NULL,
        department   VARCHAR,
        team         VARCHAR,
        location     VARCHAR,
        url          VARCHAR,
        description  VARCHAR,
        published_at TIMESTAMP,             -- as the ATS states it, when it does
        first_seen   TIMESTAMP NOT NULL,
        last_seen    TIMESTAMP NOT NULL,
        closed_at    TIMESTAMP,             -- set when a complete board no longer lists it
        content_hash VARCHAR NOT NULL,
        source_url   VARCHAR NOT NULL,
        fetched_at   TIMESTAMP NOT NULL,
        PRIMARY KEY (account_id, kind, board, external_id)
    );
    CREATE TABLE articles (
        article_id    VARCHAR PRIMARY KEY,  -- hash of the canonical URL
        canonical_url VARCHAR NOT NULL UNIQUE,
        url           VARCHAR NOT NULL,
        title         VARCHAR NOT NULL,
        text          VARCHAR NOT NULL,
        published_at  TIMESTAMP,
        account_id    VARCHAR,              -- the account whose feed carried it, if any
        feed_url      VARCHAR NOT NULL,
        content_hash  VARCHAR NOT NULL,
        first_seen    TIMESTAMP NOT NULL,
        fetched_at    TIMESTAMP NOT NULL
    );
    CREATE INDEX articles_content_hash ON articles (content_hash);
    CREATE TABLE feed_state (
        url           VARCHAR PRIMARY KEY,
        etag          VARCHAR,
        last_modified VARCHAR,
        checked_at    TIMESTAMP NOT NULL
    );
    CREATE TABLE events (
        event_id      VARCHAR PRIMARY KEY,
        account_id    VARCHAR NOT NULL,
        type          VARCHAR NOT NULL,
        company       VARCHAR NOT NULL,
        confidence    DOUBLE NOT NULL,
        summary       VARCHAR NOT NULL,
        fields        JSON NOT NULL,
        published_at  TIMESTAMP NOT NULL,
        detected_at   TIMESTAMP NOT NULL,
        updated_at    TIMESTAMP NOT NULL
    );
    CREATE TABLE event_evidence (
        event_id      VARCHAR NOT NULL,
        url           VARCHAR NOT NULL,
        quote         VARCHAR NOT NULL,
        published_at  TIMESTAMP,
        observation   VARCHAR NOT NULL,     -- article id, or account/department for postings
        PRIMARY KEY (event_id, url, quote)
    );
    CREATE TABLE detect_state (
        name          VARCHAR PRIMARY KEY,  -- which cursor
        value         VARCHAR NOT NULL,
        updated_at    TIMESTAMP NOT NULL
    );
    CREATE TABLE articles_detected (
        article_id    VARCHAR PRIMARY KEY,
        watchlist     VARCHAR NOT NULL,     -- fingerprint of the watchlist it was linked against
        detected_at   TIMESTAMP NOT NULL
    );
    """,
    """
    CREATE TABLE embeddings (
        content_hash  VARCHAR NOT NULL,     -- of the embedded text
        model         VARCHAR NOT NULL,
        vector        FLOAT[] NOT NULL,
        PRIMARY KEY (content_hash, model)
    );
    """,
    """
    ALTER TABLE accounts ADD COLUMN technologies VARCHAR[] DEFAULT [];
    ALTER TABLE accounts ADD COLUMN contacts VARCHAR[] DEFAULT [];  -- emails RevOps supplied
    CREATE TABLE brief_log (
        owner         VARCHAR NOT NULL,
        event_id      VARCHAR NOT NULL,
        fingerprint   VARCHAR NOT NULL,     -- of what the brief showed; a change shows it again
        briefed_on    DATE NOT NULL,        -- the brief's --as-of day
        PRIMARY KEY (owner, event_id, briefed_on)
    );
    CREATE TABLE feedback (
        event_id      VARCHAR NOT NULL,
        verdict       VARCHAR NOT NULL,     -- useful | wrong
        note          VARCHAR,
        given_by      VARCHAR,
        given_at      TIMESTAMP NOT NULL
    );
    CREATE TABLE deliveries (
        delivered_at  TIMESTAMP NOT NULL,
        as_of         DATE NOT NULL,
        channel       VARCHAR NOT NULL,     -- email | slack | webhook
        target        VARCHAR NOT NULL,     -- recipient or URL (never a secret)
        status        VARCHAR NOT NULL,     -- sent | failed
        attempts      INTEGER NOT NULL,
        message       VARCHAR
    );
    """,
    """
    CREATE TABLE page_snapshots (
        account_id    VARCHAR NOT NULL,
        kind          VARCHAR NOT NULL,     -- site | team | careers
        source        VARCHAR NOT NULL,     -- the source's value (a domain or a URL)
        content_hash  VARCHAR NOT NULL,     -- of the page, volatile tokens removed
        first_seen    TIMESTAMP NOT NULL,   -- first fetched with this content
        last_seen     TIMESTAMP NOT NULL,
        url           VARCHAR NOT NULL,     -- fetched, after redirects
        headers       JSON NOT NULL,
        technologies  JSON NOT NULL,        -- [{name, categories, confidence, version, evidence}]
        people        JSON NOT NULL,        -- [{name, title}] on team pages
        PRIMARY KEY (account_id, kind, source, content_hash)
    );
    ALTER TABLE sources ADD COLUMN found_on VARCHAR;  -- the page discovery found it on
    """,
]


class Store:
    """A DuckDB connection with the schema migrated to the newest version."""

    def __init__(self, path: Path | str = DEFAULT_DB, read_only: bool = False):
        self.path = Path(path)
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = duckdb.connect(str(self.path), read_only=read_only)
        if not read_only:
            self.migrate()

    def migrate(self) -> int:
        self.conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = self.conn.execute("SELECT max(version) FROM schema_version").fetchone()
        current = row[0] or 0
        for version, sql in enumerate(MIGRATIONS[current:], start=current + 1):
            with self.transaction():
                self.conn.execute(sql)
                self.conn.execute("INSERT INTO schema_version VALUES (?)", [version])
        return len(MIGRATIONS)

    def transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> duckdb.DuckDBPyConnection:
        return self.conn.execute(sql, params or [])

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            self.conn.executemany(sql, rows)

    def rows(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        row = self.conn.execute(sql, params or []).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Transaction:
    def __init__(self, conn: duckdb.DuckDBPyConnection):
        self.conn = conn

    def __enter__(self) -> duckdb.DuckDBPyConnection:
        self.conn.execute("BEGIN TRANSACTION")
        return self.conn

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
