"""The item pipeline: writes observations into the store and counts what each source gave."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapy.crawler import Crawler

from whynow.clock import utcnow
from whynow.ids import content_hash, stable_id
from whynow.store import Store

from .items import Article, JobPosting, PageSnapshot, SourceResult

TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid", "ocid")


def canonical_url(url: str) -> str:
    """Scheme and host lower-cased, www., fragment, tracking parameters and a trailing slash
    dropped, query sorted: the same article reached two ways gets one key."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = sorted(
        (key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith(TRACKING_PARAMS)
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme,
                       host, path, urlencode(query), ""))


class StorePipeline:
    """Job postings get first-seen / last-seen / closed, a board at a time; articles are kept
    once per canonical URL and once per content. Each source's counts become a crawl_stats row of the run."""

    def __init__(self, db_path: str, run_id: str, observed_at: datetime | None):
        self.db_path = db_path
        self.run_id = run_id
        self.observed_at = observed_at
        self.counts: dict[tuple[str, str, str], Counter] = {}
        self.pending: dict[tuple[str, str, str], list[JobPosting]] = {}
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        settings = crawler.settings
        observed = settings.get("WHYNOW_OBSERVED_AT")
        return cls(
            settings.get("WHYNOW_DB", "whynow.duckdb"),
            settings.get("WHYNOW_RUN_ID", "adhoc"),
            datetime.fromisoformat(observed) if observed else None,
        )

    def open_spider(self) -> None:
        self.store = Store(self.db_path)

    def close_spider(self) -> None:
        if self.store:
            self.store.close()

    def process_item(self, item: Any) -> Any:
        if isinstance(item, JobPosting):
            self.save_posting(item)
        elif isinstance(item, Article):
            self.save_article(item)
        elif isinstance(item, PageSnapshot):
            self.save_snapshot(item)
        elif isinstance(item, SourceResult):
            self.finish_source(item)
        return item

    def _count(self, account_id: str, kind: str, source: str) -> Counter:
        return self.counts.setdefault((account_id, kind, source), Counter())

    def save_posting(self, posting: JobPosting) -> None:
        """Postings wait for their board's SourceResult and are written as one snapshot."""
        self._count(posting.account_id, posting.kind, posting.board)["fetched"] += 1
        self.pending.setdefault((posting.account_id, posting.kind, posting.board), []).append(
            posting)

    def write_board(self, key: tuple[str, str, str], postings: list[JobPosting]) -> None:
        assert self.store
        now, fetched = self.observed_at or utcnow(), utcnow()
        counts = self.counts[key]
        known = dict(self.store.execute(
            "SELECT external_id, content_hash FROM job_postings WHERE account_id = ? AND kind = ?"
            " AND board = ?", list(key)).fetchall())
        inserts, updates, unchanged = [], [], []
        for posting in postings:
            digest = content_hash(posting.title, posting.department, posting.team,
                                  posting.location, posting.description, posting.published_at)
            fields = [posting.title, posting.department, posting.team, posting.location,
                      posting.url, posting.description, posting.published_at]
            if posting.external_id not in known:
                inserts.append([*key, posting.external_id, *fields, now, now, None, digest,
                                posting.source_url, fetched])
            elif known[posting.external_id] != digest:
                updates.append([*fields, digest, posting.source_url, now, fetched, *key,
                                posting.external_id])
            else:
                unchanged.append(posting.external_id)
        with self.store.transaction():
            self.store.executemany(
                "INSERT INTO job_postings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " ?)", inserts)
            self.store.executemany(
                "UPDATE job_postings SET title = ?, department = ?, team = ?, location = ?,"
                " url = ?, description = ?, published_at = ?, content_hash = ?, source_url = ?,"
                " last_seen = greatest(last_seen, ?), closed_at = NULL, fetched_at = ?"
                " WHERE account_id = ? AND kind = ? AND board = ? AND external_id = ?", updates)
            if unchanged:
                self.store.execute(
                    "UPDATE job_postings SET last_seen = greatest(last_seen, ?), closed_at = NULL,"
                    " fetched_at = ? WHERE account_id = ? AND kind = ? AND board = ?"
                    " AND external_id IN (SELECT unnest(?::VARCHAR[]))",
                    [now, fetched, *key, unchanged])
        counts["new"] += len(inserts)
        counts["changed"] += len(updates)
        counts["unchanged"] += len(unchanged)

    def save_article(self, article: Article) -> None:
        assert self.store
        counts = self._count(article.account_id, article.kind, article.feed_url)
        counts["fetched"] += 1
        canonical = canonical_url(article.url)
        digest = content_hash(article.title, article.text)
        known = self.store.rows(
            "SELECT article_id, content_hash, feed_url, length(text) AS length FROM articles"
            " WHERE canonical_url = ? OR content_hash = ? ORDER BY canonical_url = ? DESC LIMIT 1",
            [canonical, digest, canonical])
        if known and (known[0]["content_hash"] == digest or (
                known[0]["feed_url"] != article.feed_url
                and known[0]["length"] >= len(article.text))):
            # The same text, or another feed's shorter copy of an article we have in full.
            counts["unchanged"] += 1
            return
        if known:  # a corrected or fuller text: detection reads it again
            article_id = known[0]["article_id"]
            with self.store.transaction():
                self.store.execute(
                    "UPDATE articles SET title = ?, text = ?, published_at = ?, content_hash = ?,"
                    " fetched_at = ? WHERE article_id = ?",
                    [article.title, article.text, article.published_at, digest, utcnow(),
                     article_id])
                self.store.execute("DELETE FROM articles_detected WHERE article_id = ?",
                                   [article_id])
            counts["changed"] += 1
            return
        self.store.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [stable_id(canonical), canonical, article.url, article.title, article.text,
             article.published_at, article.account_id or None, article.feed_url, digest,
             self.observed_at or utcnow(), utcnow()],
        )
        counts["new"] += 1

    def save_snapshot(self, page: PageSnapshot) -> None:
        """A page whose content hash is the latest one's only gets its last_seen moved."""
        assert self.store
        counts = self._count(page.account_id, page.kind, page.source)
        counts["fetched"] += 1
        now = self.observed_at or utcnow()
        key = [page.account_id, page.kind, page.source]
        latest = self.store.scalar(
            "SELECT content_hash FROM page_snapshots WHERE account_id = ? AND kind = ?"
            " AND source = ? ORDER BY first_seen DESC LIMIT 1", key)
        if latest == page.content_hash:
            self.store.execute(
                "UPDATE page_snapshots SET last_seen = greatest(last_seen, ?) WHERE account_id = ?"
                " AND kind = ? AND source = ? AND content_hash = ?", [now, *key, page.content_hash])
            counts["unchanged"] += 1
            return
        self.store.execute(
            "INSERT OR REPLACE INTO page_snapshots VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [*key, page.content_hash, now, now, page.url, json.dumps(page.headers),
             json.dumps(page.technologies), json.dumps(page.people)])
        counts["changed" if latest else "new"] += 1

    def finish_source(self, result: SourceResult) -> None:
        assert self.store
        key = (result.account_id, result.kind, result.source)
        counts = self._count(*key)
        if key in self.pending:
            self.write_board(key, self.pending.pop(key))
        if result.status == "ok" and result.listed_ids is not None:
            counts["closed"] += self.close_unlisted(result)
        if result.kind == "feed" and result.status in ("ok", "not_modified"):
            self.store.execute(
                "INSERT OR REPLACE INTO feed_state VALUES (?, ?, ?, ?)",
                [result.source, result.etag, result.last_modified, utcnow()])
        counts["failed"] += len(result.skipped) + (result.status == "failed")
        message = "; ".join(filter(None, (result.message, summarise(result.skipped))))
        self.store.execute(
            "INSERT OR REPLACE INTO crawl_stats VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [self.run_id, result.account_id, result.kind, result.source, result.url,
             result.status, counts["fetched"], counts["new"], counts["changed"],
             counts["unchanged"], counts["closed"], counts["failed"], message or None],
        )

    def close_unlisted(self, result: SourceResult) -> int:
        """A complete board that no longer lists a posting means it closed."""
        assert self.store
        params = [result.account_id, result.kind, result.source, result.listed_ids]
        where = ("account_id = ? AND kind = ? AND board = ? AND closed_at IS NULL"
                 " AND external_id NOT IN (SELECT unnest(?::VARCHAR[]))")
        closing = self.store.scalar(f"SELECT count(*) FROM job_postings WHERE {where}", params)
        if closing:
            self.store.execute(
                f"UPDATE job_postings SET closed_at = ? WHERE {where}",
                [self.observed_at or utcnow(), *params])
        return closing


def summarise(reasons: list[str], shown: int = 3) -> str:
    if not reasons:
        return ""
    more = f" (+{len(reasons) - shown} more)" if len(reasons) > shown else ""
    return f"{len(reasons)} skipped: " + "; ".join(reasons[:shown]) + more
