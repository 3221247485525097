"""Lever postings API: GET /v0/postings/{site}?mode=json, a bare array, dates in epoch ms."""

from __future__ import annotations

from typing import Any

from scrapy.http import Response

from crawlers.items import JobPosting
from whynow.clock import parse_timestamp

from .boards import BoardSpider, html_to_text, text_or_none


class LeverSpider(BoardSpider):
    name = "lever"
    kind = "lever"
    url_setting = "WHYNOW_LEVER_URL"

    def jobs(self, data: Any) -> Any:
        return data

    def posting(self, job: dict[str, Any], source: dict[str, Any], response: Response) -> JobPosting:
        categories = job.get("categories") if isinstance(job.get("categories"), dict) else {}
        description = job.get("descriptionPlain") or html_to_text(job.get("description"))
        lists = " ".join(
            html_to_text(f"<h3>{part.get('text', '')}</h3>{part.get('content', '')}")
            for part in job.get("lists") or [] if isinstance(part, dict)
        )
        return self.make_posting(
            source, response,
            external_id=job["id"],
            title=job.get("text"),
            department=text_or_none(categories.get("department"))
            or text_or_none(categories.get("team")),
            team=text_or_none(categories.get("team")),
            location=text_or_none(categories.get("location")),
            url=text_or_none(job.get("hostedUrl")),
            description="\n".join(part for part in (description, lists) if part),
            published_at=parse_timestamp(job.get("createdAt")),
        )
