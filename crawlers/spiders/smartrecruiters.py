"""SmartRecruiters' public Posting API: GET /v1/companies/{company}/postings?limit=&offset=
pages through the list ({"totalFound", "content": [...]}); GET .../postings/{id} gives one
posting's job ad (its description). A posting whose detail fails is kept without one."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from crawlers.items import JobPosting
from whynow.clock import parse_timestamp

from .base import SourceError, describe_failure, load_json
from .boards import BoardSpider, html_to_text, text_or_none

PAGE_SIZE = 100
MAX_PAGES = 50  # 5,000 postings: past this a board is not one company's


@dataclass
class _Board:
    """One source's crawl across its pages and detail requests."""

    source: dict[str, Any]
    list_url: str
    listed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    postings: dict[str, JobPosting] = field(default_factory=dict)
    waiting: int = 0
    missing_details: list[str] = field(default_factory=list)


class SmartRecruitersSpider(BoardSpider):
    name = "smartrecruiters"
    kind = "smartrecruiters"
    url_setting = "WHYNOW_SMARTRECRUITERS_URL"

    def source_url(self, value: str) -> str:
        return _with_page(super().source_url(value), 0)

    def jobs(self, data: Any) -> Any:
        return data.get("content") if isinstance(data, dict) else None

    def parse_source(self, response: Response, source: dict[str, Any]) -> Iterator[Any]:
        board = response.meta.get("board") or _Board(source, _without_query(response.url))
        data = load_json(response)
        offset = len(board.listed) + len(board.skipped)
        for posting in self.postings(self.jobs(data), source, response, board.listed,
                                     board.skipped, first_number=offset + 1):
            board.postings[posting.external_id] = posting
        total = data.get("totalFound") if isinstance(data, dict) else None
        seen = len(board.listed) + len(board.skipped)
        page = seen // PAGE_SIZE
        if isinstance(total, int) and seen < total and self.jobs(data) and page < MAX_PAGES:
            request = self.request_for(source)
            yield request.replace(url=_with_page(board.list_url, seen), meta={
                **request.meta, "board": board})
            return
        yield from self._fetch_details(board)

    def posting(self, job: dict[str, Any], source: dict[str, Any], response: Response) -> JobPosting:
        location = job.get("location") if isinstance(job.get("location"), dict) else {}
        return self.make_posting(
            source, response,
            external_id=job["id"],
            title=job.get("name"),
            department=_label(job.get("department")),
            team=_label(job.get("function")),
            location=text_or_none(location.get("fullLocation")) or _place(location),
            url=None,
            description="",
            published_at=parse_timestamp(job.get("releasedDate")),
        )

    def _fetch_details(self, board: _Board) -> Iterator[Any]:
        if not board.postings:
            yield from self._finish(board)
            return
        board.waiting = len(board.postings)
        for external_id in board.postings:
            yield scrapy.Request(
                f"{board.list_url.rstrip('/')}/{external_id}", callback=self.parse_detail,
                errback=self.detail_failed, cb_kwargs={"board": board, "external_id": external_id},
                meta={"source": board.source}, dont_filter=True)

    def parse_detail(self, response: Response, board: _Board, external_id: str) -> Iterator[Any]:
        posting = board.postings[external_id]
        try:
            detail = load_json(response)
            sections = ((detail.get("jobAd") or {}).get("sections") or {}).values()
            texts = (html_to_text(s.get("text")) for s in sections if isinstance(s, dict))
            posting.description = "\n".join(text for text in texts if text)
            posting.url = text_or_none(detail.get("postingUrl"))
        except (SourceError, AttributeError) as err:
            board.missing_details.append(f"{external_id}: {err}")
        yield from self._detail_done(board)

    def detail_failed(self, failure: Failure) -> Iterator[Any]:
        board, external_id = failure.request.cb_kwargs["board"], failure.request.cb_kwargs[
            "external_id"]
        board.missing_details.append(f"{external_id}: {describe_failure(failure)[1]}")
        yield from self._detail_done(board)

    def _detail_done(self, board: _Board) -> Iterator[Any]:
        board.waiting -= 1
        if board.waiting == 0:
            yield from self._finish(board)

    def _finish(self, board: _Board) -> Iterator[Any]:
        yield from board.postings.values()
        message = ""
        if board.missing_details:
            count = len(board.missing_details)
            message = (f"{count} posting{'s' * (count != 1)} kept without a description: "
                       + "; ".join(board.missing_details[:3]))
        yield self.result(board.source, board.list_url, "ok", listed_ids=board.listed,
                          skipped=board.skipped, message=message)


def _label(value: Any) -> str | None:
    return text_or_none(value.get("label")) if isinstance(value, dict) else None


def _place(location: dict[str, Any]) -> str | None:
    if location.get("remote") and not location.get("city"):
        return "Remote"
    parts = [text_or_none(location.get(key)) for key in ("city", "region", "country")]
    return ", ".join(p for p in parts if p) or None


def _without_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def _with_page(url: str, offset: int) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path,
                       urlencode({"limit": PAGE_SIZE, "offset": offset}), ""))
