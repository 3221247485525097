"""Reddit search as RSS (Atom), per account: GET /search.rss?q=QUERY&sort=new. A hit is a
candidate article; detection still decides which company it is about."""

from __future__ import annotations

from .feeds import FeedSpider


class RedditSpider(FeedSpider):
    name = "reddit"
    kind = "reddit"
    url_setting = "WHYNOW_REDDIT_URL"
    handled_statuses: list[int] = []
