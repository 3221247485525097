"""Google News search as RSS, per account: GET /rss/search?q=QUERY. A hit is a candidate
article; detection still decides which company it is about."""

from __future__ import annotations

from .feeds import FeedSpider


class GoogleNewsSpider(FeedSpider):
    name = "google_news"
    kind = "google_news"
    url_setting = "WHYNOW_GOOGLE_NEWS_URL"
    handled_statuses: list[int] = []
