"""Personio's XML job feed: GET https://{company}.jobs.personio.de/xml?language=en.

<workzag-jobs><position><id/><name/><department/><office/><createdAt/>
<jobDescriptions><jobDescription><name/><value/></jobDescription></jobDescriptions>
</position></workzag-jobs>. A job description has its own <name>: the title is the
position's direct child only."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from parsel import Selector
from scrapy.http import Response

from crawlers.items import JobPosting
from whynow.clock import parse_timestamp

from .base import SourceError
from .boards import BoardSpider, html_to_text, text_or_none


class PersonioSpider(BoardSpider):
    name = "personio"
    kind = "personio"
    url_setting = "WHYNOW_PERSONIO_URL"

    def read(self, response: Response) -> Any:
        """Each <position> as a dict of its direct children; lxml resolves no entities."""
        try:
            root = Selector(text=response.text, type="xml")
        except (ValueError, AttributeError) as err:
            raise SourceError(f"malformed XML at {response.url}: {err}") from err
        if not root.xpath("/workzag-jobs"):
            start = response.body[:60].decode("utf-8", "replace").strip()
            raise SourceError(f"not a Personio feed at {response.url}; body starts {start!r}")
        return [_position(node) for node in root.xpath("/workzag-jobs/position")]

    def jobs(self, data: Any) -> Any:
        return data

    def posting(self, job: dict[str, Any], source: dict[str, Any], response: Response) -> JobPosting:
        if "id" not in job:
            raise KeyError("id")
        sections = [f"{name}\n{html_to_text(value)}" if name else html_to_text(value)
                    for name, value in job["descriptions"]]
        return self.make_posting(
            source, response,
            external_id=job["id"],
            title=job.get("name"),
            department=text_or_none(job.get("department")),
            team=text_or_none(job.get("subcompany")),
            location=text_or_none(job.get("office")),
            url=urljoin(response.url, f"/job/{job['id']}"),
            description="\n".join(s for s in sections if s.strip()),
            published_at=parse_timestamp(job.get("createdAt")),
        )


def _position(node: Selector) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for child in node.xpath("./*[not(*)]"):
        text = child.xpath("string()").get("").strip()
        if text:
            fields[child.xpath("name()").get()] = text
    fields["descriptions"] = [
        (d.xpath("string(./name)").get("").strip(), d.xpath("string(./value)").get(""))
        for d in node.xpath("./jobDescriptions/jobDescription")]
    return fields
