"""Greenhouse job board API: GET /v1/boards/{token}/jobs?content=true."""

from __future__ import annotations

from typing import Any

from scrapy.http import Response

from crawlers.items import JobPosting
from whynow.clock import parse_timestamp

from .boards import BoardSpider, html_to_text, text_or_none


class GreenhouseSpider(BoardSpider):
    name = "greenhouse"
    kind = "greenhouse"
    url_setting = "WHYNOW_GREENHOUSE_URL"

    def posting(self, job: dict[str, Any], source: dict[str, Any], response: Response) -> JobPosting:
        departments = [d.get("name") for d in job.get("departments") or [] if isinstance(d, dict)]
        location = job.get("location") if isinstance(job.get("location"), dict) else {}
        return self.make_posting(
            source, response,
            external_id=job["id"],
            title=job.get("title"),
            department=text_or_none(departments[0]) if departments else None,
            team=text_or_none(departments[1]) if len(departments) > 1 else None,
            location=text_or_none(location.get("name")),
            url=text_or_none(job.get("absolute_url")),
            # Greenhouse sends the description HTML-escaped ("&lt;p&gt;").
            description=html_to_text(job.get("content"), escaped=True),
            published_at=parse_timestamp(job.get("first_published") or job.get("updated_at")),
        )
