"""Recruitee's careers-site API: GET https://{company}.recruitee.com/api/offers/ lists every
published offer. Its dates are not ISO 8601: "2026-05-04 09:30:00 UTC"."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from scrapy.http import Response

from crawlers.items import JobPosting
from whynow.clock import parse_timestamp, to_naive_utc

from .boards import BoardSpider, html_to_text, text_or_none

_RECRUITEE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) UTC$")


class RecruiteeSpider(BoardSpider):
    name = "recruitee"
    kind = "recruitee"
    url_setting = "WHYNOW_RECRUITEE_URL"

    def jobs(self, data: Any) -> Any:
        return data.get("offers") if isinstance(data, dict) else None

    def posting(
        self, job: dict[str, Any], source: dict[str, Any], response: Response
    ) -> JobPosting | None:
        if job.get("status", "published") != "published":
            return None
        description = "\n".join(filter(None, (html_to_text(job.get("description")),
                                              html_to_text(job.get("requirements")))))
        return self.make_posting(
            source, response,
            external_id=job["id"],
            title=job.get("title"),
            department=text_or_none(job.get("department")),
            team=None,
            location=text_or_none(job.get("location")) or _place(job),
            url=text_or_none(job.get("careers_url")),
            description=description,
            published_at=recruitee_time(job.get("published_at") or job.get("created_at")),
        )


def recruitee_time(value: Any) -> datetime | None:
    """'2026-05-04 09:30:00 UTC' (Recruitee's form), or anything parse_timestamp reads."""
    if isinstance(value, str):
        match = _RECRUITEE_TIME.match(value.strip())
        if match:
            return to_naive_utc(datetime.fromisoformat(f"{match[1]}T{match[2]}+00:00"))
    return parse_timestamp(value)


def _place(job: dict[str, Any]) -> str | None:
    parts = [text_or_none(job.get(key)) for key in ("city", "country")]
    return ", ".join(p for p in parts if p) or None
