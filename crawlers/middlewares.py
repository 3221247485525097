"""Downloader middleware: retries that back off and honour Retry-After."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request, Response
from scrapy.settings import BaseSettings
from scrapy.utils.response import response_status_message


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, waiting between tries: Retry-After when the server gives one (capped at
    RETRY_AFTER_MAX seconds), otherwise RETRY_BACKOFF_BASE * 2**(try - 1) up to RETRY_BACKOFF_MAX.
    The wait holds back only this request; other sources go on downloading."""

    def __init__(self, settings: BaseSettings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 30.0)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 120.0)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        delay = self.delay(response, retry.meta.get("retry_times", 1))
        if delay > 0:
            await asyncio.sleep(delay)
        return retry

    def delay(self, response: Response, attempt: int) -> float:
        retry_after = retry_after_seconds(response.headers.get("Retry-After"))
        if retry_after is not None:
            return min(retry_after, self.retry_after_max)
        return min(self.backoff_base * 2 ** (attempt - 1), self.backoff_max)


def retry_after_seconds(value: bytes | str | None) -> float | None:
    """Retry-After is either delta-seconds or an HTTP date."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
