"""RSS and Atom feeds, parsed with feedparser, fetched with conditional GET."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser
from scrapy.http import Response

from crawlers.items import Article

from .base import SourceError, SourceSpider
from .boards import html_to_text


class FeedSpider(SourceSpider):
    name = "feed"
    kind = "feed"
    handled_statuses = [304]

    def request_headers(self, source: dict[str, Any]) -> dict[str, str]:
        headers = {}
        if source.get("etag"):
            headers["If-None-Match"] = source["etag"]
        if source.get("last_modified"):
            headers["If-Modified-Since"] = source["last_modified"]
        return headers

    def parse_source(self, response: Response, source: dict[str, Any]) -> Iterator[Any]:
        validators = {
            "etag": header(response, "ETag"),
            "last_modified": header(response, "Last-Modified"),
        }
        if response.status == 304:
            yield self.result(source, response.url, "not_modified", **validators)
            return
        feed = feedparser.parse(response.body, response_headers={
            "content-type": header(response, "Content-Type") or "application/xml",
        })
        if not feed.entries and (feed.bozo or not feed.get("version")):
            reason = feed.get("bozo_exception") or "no RSS or Atom content"
            raise SourceError(f"broken feed at {response.url}: {reason}")
        skipped = []
        for number, entry in enumerate(feed.entries, start=1):
            article = self.article(entry, source)
            if isinstance(article, str):
                skipped.append(f"entry #{number} at {response.url}: {article}")
                continue
            yield article
        if feed.bozo:
            skipped.append(f"feed at {response.url} is not well-formed ({feed.bozo_exception});"
                           f" kept the {len(feed.entries)} entries that could be read")
        for reason in skipped:
            self.logger.warning("feed %r: %s", source["value"], reason)
        yield self.result(source, response.url, "ok", skipped=skipped, **validators)

    def article(self, entry: Any, source: dict[str, Any]) -> Article | str:
        """The entry as an Article, or why it cannot be one."""
        link = (entry.get("link") or "").strip()
        title = html_to_text(entry.get("title") or "")
        if not link:
            return "no link"
        if not title:
            return "no title"
        content = entry.get("content") or []
        body = content[0].get("value") if content else entry.get("summary")
        return Article(
            account_id=source["account_id"], feed_url=source["value"], url=link, title=title,
            text=html_to_text(body or ""), published_at=entry_time(entry), kind=self.kind,
        )


def entry_time(entry: Any) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC).replace(tzinfo=None)


def header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
