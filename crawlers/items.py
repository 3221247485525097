"""What spiders yield: observations, and one result per source fetched."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class JobPosting:
    account_id: str
    kind: str
    board: str
    external_id: str
    title: str
    department: str | None
    team: str | None
    location: str | None
    url: str | None
    description: str
    published_at: datetime | None
    source_url: str


@dataclass
class Article:
    account_id: str  # '' for a watchlist-wide feed
    feed_url: str
    url: str
    title: str
    text: str
    published_at: datetime | None
    kind: str = "feed"  # the source kind that carried it (a feed, or a news/social search)


@dataclass
class PageSnapshot:
    """A company page as fetched, with what was read from it."""

    account_id: str
    kind: str
    source: str
    url: str  # fetched, after redirects
    content_hash: str
    headers: dict[str, str]
    technologies: list[dict] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)


@dataclass
class SourceResult:
    """How fetching one source went; the pipeline turns it into a crawl_stats row."""

    account_id: str
    kind: str
    source: str
    url: str
    status: str  # ok | not_modified | failed | blocked
    message: str = ""
    listed_ids: list[str] | None = None  # every posting a complete board lists
    skipped: list[str] = field(default_factory=list)  # why each bad entry was left out
    etag: str | None = None
    last_modified: str | None = None
