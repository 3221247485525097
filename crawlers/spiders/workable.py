"""Workable's public widget API: GET /api/v1/widget/accounts/{account}?details=true lists
every published job, with its description when details=true."""

from __future__ import annotations

from typing import Any

from scrapy.http import Response

from crawlers.items import JobPosting
from whynow.clock import parse_timestamp

from .boards import BoardSpider, html_to_text, text_or_none


class WorkableSpider(BoardSpider):
    name = "workable"
    kind = "workable"
    url_setting = "WHYNOW_WORKABLE_URL"

    def posting(self, job: dict[str, Any], source: dict[str, Any], response: Response) -> JobPosting:
        return self.make_posting(
            source, response,
            external_id=job["shortcode"],
            title=job.get("title"),
            department=text_or_none(job.get("department")),
            team=text_or_none(job.get("function")),
            location=_location(job),
            url=text_or_none(job.get("url") or job.get("shortlink")),
            description=html_to_text(job.get("description")),
            published_at=parse_timestamp(job.get("published_on") or job.get("created_at")),
        )


def _location(job: dict[str, Any]) -> str | None:
    """'City, State, Country' from the job, else its first listed location; 'Remote' when it
    is telecommuting and says nothing else."""
    places = [job] + [p for p in job.get("locations") or [] if isinstance(p, dict)]
    for place in places:
        parts = [text_or_none(place.get(key)) for key in ("city", "state", "region", "country")]
        parts = list(dict.fromkeys(p for p in parts if p))
        if parts:
            return ", ".join(parts)
    return "Remote" if job.get("telecommuting") else None
