"""What every whynow spider shares: one request per source, and one SourceResult per source
that says how it went (ok, not_modified, failed or blocked), whatever happened."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar
from urllib.parse import quote

import scrapy
from scrapy.downloadermiddlewares.robotstxt import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawlers.items import SourceResult

BLOCKED_STATUSES = {401, 403}
# Text that challenge pages and bot walls put in front of the content.
BOT_WALL_MARKERS = (
    "cf-browser-verification", "challenge-platform", "cf-chl-", "just a moment...",
    "attention required! | cloudflare", "px-captcha", "captcha-delivery", "g-recaptcha",
    "h-captcha", "access denied</title>", "are you a robot", "verify you are human",
)


class SourceError(ValueError):
    """The response for a source cannot be used at all (malformed, wrong shape)."""


def bot_wall(response: Response) -> bool:
    content_type = response.headers.get("Content-Type", b"").decode("latin-1").lower()
    if "html" not in content_type and response.body.lstrip()[:1] != b"<":
        return False
    head = response.body[:20000].decode("utf-8", "replace").lower()
    return any(marker in head for marker in BOT_WALL_MARKERS)


class SourceSpider(scrapy.Spider):
    """Fetches each of `sources` ({account_id, value, ...}) once.

    Subclasses set `kind` and `url_setting`, and implement `parse_source`, yielding items and
    finally the source's SourceResult."""

    kind: ClassVar[str]
    url_setting: ClassVar[str | None] = None
    handled_statuses: ClassVar[list[int]] = []

    def __init__(self, sources: list[dict[str, Any]] | None = None, **kwargs: Any):
        super().__init__(**kwargs)
        self.sources = sources or []

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for source in self.sources:
            yield self.request_for(source)

    def request_for(self, source: dict[str, Any]) -> scrapy.Request:
        return scrapy.Request(
            self.source_url(source["value"]),
            callback=self.parse_response,
            errback=self.source_failed,
            cb_kwargs={"source": source},
            meta={"handle_httpstatus_list": self.handled_statuses, "source": source},
            headers=self.request_headers(source),
            dont_filter=True,
        )

    def request_headers(self, source: dict[str, Any]) -> dict[str, str]:
        return {}

    def source_url(self, value: str) -> str:
        if value.startswith(("http://", "https://")):
            return value
        template = self.settings.get(self.url_setting)
        board = quote(value, safe="")
        return template.format(board=board) if "{board}" in template else (
            template.rstrip("/") + "/" + board
        )

    def result(self, source: dict[str, Any], url: str, status: str, **fields: Any) -> SourceResult:
        return SourceResult(
            account_id=source["account_id"], kind=self.kind, source=source["value"], url=url,
            status=status, **fields,
        )

    def parse_response(self, response: Response, source: dict[str, Any]) -> Iterator[Any]:
        if bot_wall(response):
            yield self.result(source, response.url, "blocked",
                              message=f"bot wall (HTTP {response.status}) at {response.url}")
            return
        try:
            yield from self.parse_source(response, source)
        except SourceError as err:
            self.logger.warning("%s source %r: %s", self.kind, source["value"], err)
            yield self.result(source, response.url, "failed", message=str(err))

    def parse_source(self, response: Response, source: dict[str, Any]) -> Iterator[Any]:
        raise NotImplementedError

    def source_failed(self, failure: Failure) -> Iterator[SourceResult]:
        request = failure.request
        source = request.meta["source"]
        status, message = describe_failure(failure)
        self.logger.warning("%s source %r %s: %s", self.kind, source["value"], status, message)
        yield self.result(source, request.url, status, message=message)


def describe_failure(failure: Failure) -> tuple[str, str]:
    """('blocked' or 'failed', a message naming what and where)."""
    error = failure.value
    url = failure.request.url
    if isinstance(error, HttpError):
        response = error.response
        retries = failure.request.meta.get("retry_times", 0)
        tries = f" after {retries} retries" if retries else ""
        if response.status in BLOCKED_STATUSES or bot_wall(response):
            return "blocked", f"HTTP {response.status}{tries} at {url} (access refused or bot wall)"
        return "failed", f"HTTP {response.status}{tries} at {url}"
    if isinstance(error, IgnoreRequest) and "robots.txt" in str(error):
        return "blocked", f"robots.txt forbids {url}"
    name = type(error).__name__
    return "failed", f"{name} at {url}: {error}".rstrip(": ")


def load_json(response: Response) -> Any:
    """The response body as JSON, or SourceError naming the URL and what came instead."""
    try:
        return json.loads(response.text)
    except (ValueError, AttributeError) as err:
        start = response.body[:60].decode("utf-8", "replace").strip()
        raise SourceError(f"malformed JSON at {response.url} ({err}); body starts {start!r}") \
            from err
