"""A company's homepage: the technologies its source shows, with the evidence of each."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import TextResponse

from crawlers.items import PageSnapshot
from triggers.technologies import Catalogue, Page

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
        cookies = {}
        for header in response.headers.getlist("Set-Cookie"):
            name, _, value = header.decode("latin-1").split(";", 1)[0].partition("=")
            cookies[name.strip()] = value.strip()
        page = Page(response.url, response.text, snapshot.headers, cookies)
        snapshot.technologies = [d.to_dict() for d in self.catalogue.analyze(page)]
        return iter(())
