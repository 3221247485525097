"""Hacker News via the Algolia search API, per account:
GET /api/v1/search_by_date?query=QUERY&tags=story -> {"hits": [{objectID, title, url,
story_text, created_at}]}. A hit is a candidate article, not a link to the account."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Response

from crawlers.items import Article
from whynow.clock import parse_timestamp

from .base import SourceError, SourceSpider, load_json
from .boards import html_to_text

ITEM_URL = "https://news.ycombinator.com/item?id={id}"


class HackerNewsSpider(SourceSpider):
    name = "hackernews"
    kind = "hackernews"
    url_setting = "WHYNOW_HACKERNEWS_URL"

    def parse_source(self, response: Response, source: dict[str, Any]) -> Iterator[Any]:
        data = load_json(response)
        hits = data.get("hits") if isinstance(data, dict) else None
        if not isinstance(hits, list):
            raise SourceError(f"unexpected response shape at {response.url}: no list of hits")
        skipped = []
        for number, hit in enumerate(hits, start=1):
            title = hit.get("title") if isinstance(hit, dict) else None
            if not title or not hit.get("objectID"):
                skipped.append(f"hit #{number} at {response.url}: no title or objectID")
                continue
            discussion = ITEM_URL.format(id=hit["objectID"])
            yield Article(
                account_id=source["account_id"], feed_url=source["value"],
                url=hit.get("url") or discussion, title=html_to_text(title),
                text=html_to_text(hit.get("story_text") or "") or html_to_text(title),
                published_at=parse_timestamp(hit.get("created_at") or hit.get("created_at_i")),
                kind=self.kind)
        yield self.result(source, response.url, "ok", skipped=skipped)
