"""Company pages: one fetch per source, kept as a snapshot when its content changed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from scrapy.http import Response, TextResponse

from crawlers.items import PageSnapshot
from whynow.ids import content_hash

from .base import SourceError, SourceSpider

# Tokens that change on every request and say nothing about the page.
_VOLATILE = re.compile(
    r"""\snonce=["'][^"']*["']|name=["'](?:csrf[^"']*|_token|authenticity_token)["'][^>]*"""
    r"""|\b(?:csrf|request|trace)[_-]?(?:token|id)["']?\s*[:=]\s*["'][^"']+["']""",
    re.IGNORECASE)


def page_hash(html: str) -> str:
    return content_hash(_VOLATILE.sub("", html))


class PageSpider(SourceSpider):
    """Subclasses say what to read from the page (`read_page`): technologies, people."""

    def parse_source(self, response: Response, source: dict[str, Any]) -> Iterator[Any]:
        if not isinstance(response, TextResponse) or b"<" not in response.body[:2000]:
            kind = response.headers.get("Content-Type", b"?").decode("latin-1")
            raise SourceError(f"not an HTML page at {response.url} ({kind})")
        snapshot = PageSnapshot(
            account_id=source["account_id"], kind=self.kind, source=source["value"],
            url=response.url, content_hash=page_hash(response.text),
            headers={k.decode("latin-1").lower(): v[0].decode("latin-1")
                     for k, v in response.headers.items() if v})
        yield from self.read_page(response, snapshot)
        yield snapshot
        yield self.result(source, response.url, "ok")

    def read_page(self, response: TextResponse, snapshot: PageSnapshot) -> Iterator[Any]:
        """Fill the snapshot; may yield other items (postings) first."""
        return iter(())
