"""Ashby posting API: GET /posting-api/job-board/{name}; unlisted jobs are left out."""

from __future__ import annotations

from typing import Any

from scrapy.http import Response

from crawlers.items import JobPosting
from whynow.clock import parse_timestamp

from .boards import BoardSpider, html_to_text, text_or_none


class AshbySpider(BoardSpider):
    name = "ashby"
    kind = "ashby"
    url_setting = "WHYNOW_ASHBY_URL"

    def posting(
        self, job: dict[str, Any], source: dict[str, Any], response: Response
    ) -> JobPosting | None:
        if job.get("isListed") is False:
            return None
        return self.make_posting(
            source, response,
            external_id=job["id"],
            title=job.get("title"),
            department=text_or_none(job.get("department")),
            team=text_or_none(job.get("team")),
            location=text_or_none(job.get("location")),
            url=text_or_none(job.get("jobUrl")),
            description=job.get("descriptionPlain") or html_to_text(job.get("descriptionHtml")),
            published_at=parse_timestamp(job.get("publishedAt")),
        )
