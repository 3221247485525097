"""A company's homepage: the technologies its source shows, with the evidence of each."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import TextResponse

from crawlers.items import PageSnapshot
from triggers.technologies import Catalogue, Page, cookies_set

from .pages import PageSpider


class SiteSpider(PageSpider):
    name = "site"
    kind = "site"
    url_setting = "WHYNOW_SITE_URL"

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._catalogue: Catalogue | None = None

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            self._catalogue = Catalogue.load(self.settings.getlist("WHYNOW_FINGERPRINTS") or None)
        return self._catalogue

    def read_page(self, response: TextResponse, snapshot: PageSnapshot) -> Iterator[Any]:
        cookies = cookies_set(h.decode("latin-1") for h in response.headers.getlist("Set-Cookie"))
        page = Page(response.url, response.text, snapshot.headers, cookies)
        snapshot.technologies = [d.to_dict() for d in self.catalogue.analyze(page)]
        return iter(())
