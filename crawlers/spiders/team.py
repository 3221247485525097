"""A company's team / leadership / about page: the people on it and their titles.

Read from schema.org Person (JSON-LD or microdata), from card markup (a container whose
class says member, person, leader, profile or bio, holding a name and a title), and from
headings that name a person followed by their title. Only a person's public business role
is kept."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup, Tag
from scrapy.http import TextResponse

from crawlers.items import PageSnapshot

from .pages import PageSpider

_NAME = re.compile(r"^(?:Dr\.?\s+)?[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:[A-ZÀ-Ý][\w'’.-]+|van|von|de|da|del|"
                   r"der|di|le|la|bin)){1,3}$")
_TITLE_WORDS = re.compile(
    r"\b(?:chief|officer|founder|president|vice|head|director|manager|partner|chair\w*|"
    r"board|lead|principal|counsel|secretary|treasurer|[SE]?VP|C[EFOTMRPIDHS]O|CISO|CHRO|"
    r"engineer|scientist|designer|architect|analyst|specialist|executive|controller)\b",
    re.IGNORECASE)
_CARD_CLASS = re.compile(r"team|member|person|people|leader|staff|profile|bio|executive|card",
                         re.IGNORECASE)
_NAME_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6", "strong", "b"]


class TeamSpider(PageSpider):
    name = "team"
    kind = "team"
    url_setting = "WHYNOW_TEAM_URL"

    def read_page(self, response: TextResponse, snapshot: PageSnapshot) -> Iterator[Any]:
        snapshot.people = extract_people(response.text)
        return iter(())


def extract_people(html: str) -> list[dict[str, str]]:
    """[{name, title}] in page order, each person once (the first title found wins)."""
    soup = BeautifulSoup(html, "lxml")
    found: dict[str, str] = {}
    for name, title in [*_json_ld(soup), *_microdata(soup), *_headings(soup)]:
        name, title = " ".join(name.split()), " ".join(title.split())
        if _NAME.match(name) and title and _TITLE_WORDS.search(title) and name not in found:
            found[name] = title
    return [{"name": name, "title": title} for name, title in found.items()]


def _json_ld(soup: BeautifulSoup) -> Iterator[tuple[str, str]]:
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        for node in _walk(data):
            if _is_type(node, "Person") and isinstance(node.get("name"), str):
                yield node["name"], str(node.get("jobTitle") or "")


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _walk(value)
    elif isinstance(data, list):
        for value in data:
            yield from _walk(value)


def _is_type(node: dict[str, Any], name: str) -> bool:
    kind = node.get("@type")
    return name in kind if isinstance(kind, list) else kind == name


def _microdata(soup: BeautifulSoup) -> Iterator[tuple[str, str]]:
    for person in soup.find_all(itemtype=re.compile(r"schema\.org/Person$")):
        name = person.find(itemprop="name")
        title = person.find(itemprop="jobTitle")
        if name:
            yield name.get_text(" ", strip=True), title.get_text(" ", strip=True) if title else ""


def _headings(soup: BeautifulSoup) -> Iterator[tuple[str, str]]:
    """A heading (or bold text) that is a name, and the first text after it in its card."""
    for tag in soup.find_all(_NAME_TAGS):
        name = tag.get_text(" ", strip=True)
        if not _NAME.match(name):
            continue
        title = _title_after(tag)
        if title:
            yield name, title


def _title_after(tag: Tag) -> str | None:
    for sibling in tag.find_next_siblings(limit=3):
        text = sibling.get_text(" ", strip=True)
        if text:
            return text if len(text) <= 90 and _TITLE_WORDS.search(text) else None
    card = tag.find_parent(class_=_CARD_CLASS)
    if card is not None:
        for element in card.find_all(class_=re.compile(r"title|role|position|job", re.I)):
            text = element.get_text(" ", strip=True)
            if text and text != tag.get_text(" ", strip=True) and len(text) <= 90:
                return text
    return None
