"""The shape shared by ATS job-board APIs: one response lists every open posting."""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup
from scrapy.http import Response

from crawlers.items import JobPosting

from .base import SourceError, SourceSpider, load_json


class BoardSpider(SourceSpider):
    """Subclasses say how one job reads (`posting`) and, when the response is not
    JSON {"jobs": [...]}, how to read it (`read`) and where the list of jobs is (`jobs`)."""

    def read(self, response: Response) -> Any:
        return load_json(response)

    def jobs(self, data: Any) -> Any:
        return data.get("jobs") if isinstance(data, dict) else None

    def posting(self, job: dict[str, Any], source: dict[str, Any], response: Response) -> JobPosting:
        raise NotImplementedError

    def parse_source(self, response: Response, source: dict[str, Any]) -> Iterator[Any]:
        listed: list[str] = []
        skipped: list[str] = []
        yield from self.postings(self.jobs(self.read(response)), source, response, listed, skipped)
        yield self.result(source, response.url, "ok", listed_ids=listed, skipped=skipped)

    def postings(self, jobs: Any, source: dict[str, Any], response: Response, listed: list[str],
                 skipped: list[str], first_number: int = 1) -> Iterator[JobPosting]:
        """Each good job as a posting (once per id); each bad one named in `skipped`."""
        if not isinstance(jobs, list):
            raise SourceError(f"unexpected response shape at {response.url}: no list of jobs")
        for number, job in enumerate(jobs, start=first_number):
            try:
                if not isinstance(job, dict):
                    raise SourceError(f"is {type(job).__name__}, not an object")
                item = self.posting(job, source, response)
            except (KeyError, TypeError, ValueError) as err:
                reason = f"job #{number} at {response.url}: {describe_bad_field(err)}"
                self.logger.warning("%s board %r: skipped %s", self.kind, source["value"], reason)
                skipped.append(reason)
                continue
            if item is None:
                continue
            if item.external_id in listed:
                continue
            listed.append(item.external_id)
            yield item

    def make_posting(self, source: dict[str, Any], response: Response, **fields: Any) -> JobPosting:
        external_id = fields.pop("external_id")
        title = (fields.pop("title") or "").strip() if isinstance(fields.get("title"), str) else ""
        if external_id in (None, ""):
            raise ValueError("no id")
        if not title:
            raise ValueError("no title")
        return JobPosting(
            account_id=source["account_id"], kind=self.kind, board=source["value"],
            external_id=str(external_id), title=title, source_url=response.url, **fields,
        )


def describe_bad_field(err: Exception) -> str:
    if isinstance(err, KeyError):
        return f"missing field {err.args[0]!r}"
    return str(err)


BLOCK_TAGS = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol",
              "section", "article", "blockquote", "pre", "table"]


def html_to_text(markup: str | None, escaped: bool = False) -> str:
    """Plain text of an HTML fragment; `escaped` for HTML that arrives HTML-escaped."""
    if not markup:
        return ""
    if escaped:
        markup = html.unescape(markup)
    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup.find_all(BLOCK_TAGS):
        tag.append("\n")  # block elements end a line; inline ones (<b>, <a>) do not
    lines = (" ".join(line.split()) for line in soup.get_text().splitlines())
    return "\n".join(line for line in lines if line)


def text_or_none(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
