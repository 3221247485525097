"""A careers page with schema.org JobPosting JSON-LD: its postings count like a job board's,
for accounts on no ATS we know."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup
from scrapy.http import Response, TextResponse

from crawlers.items import JobPosting
from whynow.clock import parse_timestamp
from whynow.ids import stable_id

from .base import SourceError
from .boards import BoardSpider, html_to_text, text_or_none


class CareersSpider(BoardSpider):
    name = "careers"
    kind = "careers"
    url_setting = "WHYNOW_CAREERS_URL"

    def read(self, response: Response) -> Any:
        if not isinstance(response, TextResponse) or b"<" not in response.body[:2000]:
            raise SourceError(f"not an HTML page at {response.url}")
        return list(job_postings_in(response.text))

    def jobs(self, data: Any) -> Any:
        return data

    def posting(self, job: dict[str, Any], source: dict[str, Any], response: Response) -> JobPosting:
        title = job.get("title") or job.get("name")
        location = _location(job.get("jobLocation"))
        return self.make_posting(
            source, response,
            external_id=_identifier(job.get("identifier")) or job.get("url")
            or stable_id(str(title), str(location)),
            title=title if isinstance(title, str) else None,
            department=text_or_none(job.get("occupationalCategory")
                                    if isinstance(job.get("occupationalCategory"), str) else None),
            team=None,
            location=location or ("Remote" if job.get("jobLocationType") == "TELECOMMUTE" else None),
            url=text_or_none(job.get("url")) or response.url,
            description=html_to_text(job.get("description"))
            if isinstance(job.get("description"), str) else "",
            published_at=parse_timestamp(job.get("datePosted")),
        )


def job_postings_in(html: str) -> Iterator[dict[str, Any]]:
    """Every JobPosting object in the page's JSON-LD (top level, lists, @graph, ItemList)."""
    soup = BeautifulSoup(html, "lxml")
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "", strict=False)
        except ValueError:
            continue
        yield from _find(data)


def _find(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _find(item)
    elif isinstance(data, dict):
        kind = data.get("@type")
        if kind == "JobPosting" or (isinstance(kind, list) and "JobPosting" in kind):
            yield data
            return
        for key in ("@graph", "itemListElement", "item", "mainEntity"):
            if key in data:
                yield from _find(data[key])


def _identifier(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("value") or value.get("name")
    return str(value) if value not in (None, "") else None


def _location(value: Any) -> str | None:
    places = value if isinstance(value, list) else [value]
    for place in places:
        address = place.get("address") if isinstance(place, dict) else None
        if isinstance(address, dict):
            parts = [address.get(k) for k in ("addressLocality", "addressRegion", "addressCountry")]
            parts = [p.get("name") if isinstance(p, dict) else p for p in parts]
            text = ", ".join(str(p) for p in parts if p)
            if text:
                return text
    return None
