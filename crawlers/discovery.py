"""Source discovery: from a company's website, find its news feeds, its careers page and the
job board behind it, and its team page. Each find says where it was found.

A handful of polite requests (robots.txt obeyed, our user agent, a timeout, a size cap), so
it runs in the command's own process rather than as a crawl."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import parse_qs, urljoin, urlsplit

from bs4 import BeautifulSoup

from watchlists.importer import board_from_url

from .settings import USER_AGENT
from .spiders.careers import job_postings_in
from .spiders.team import extract_people

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
FEED_PATHS = ("feed", "rss", "rss.xml", "feed.xml", "atom.xml", "news/feed", "blog/feed",
              "press/feed", "news/rss.xml", "blog/rss.xml")
CAREERS_LINK = re.compile(r"career|jobs?\b|join[- ]us|work[- ](?:with|for)[- ]us|open[- ]positions|"
                          r"hiring", re.IGNORECASE)
TEAM_LINK = re.compile(r"\bteam\b|leadership|management|our[- ]people|who[- ]we[- ]are|"
                       r"about(?:[- ]us)?\b|executives?", re.IGNORECASE)
MAX_BYTES = 2_000_000
MIN_TEAM_PEOPLE = 2


@dataclass
class Found:
    kind: str  # a watchlist source kind
    value: str
    found_on: str  # the page that pointed to it


@dataclass
class Discovery:
    site: str
    found: list[Found] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def add(self, kind: str, value: str, found_on: str) -> None:
        if not any(f.kind == kind and f.value == value for f in self.found):
            self.found.append(Found(kind, value, found_on))


class _Fetcher:
    def __init__(self, timeout: float):
        self.timeout = timeout
        self.robots: dict[str, urllib.robotparser.RobotFileParser] = {}

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self.robots:
            parser = urllib.robotparser.RobotFileParser()
            try:
                with self._open(origin + "/robots.txt") as response:
                    parser.parse(response.read(MAX_BYTES).decode("utf-8", "replace").splitlines())
            except (urllib.error.URLError, OSError, ValueError):
                parser.parse([])  # no robots.txt (or none readable): nothing is forbidden
            self.robots[origin] = parser
        return self.robots[origin].can_fetch(USER_AGENT, url)

    def get(self, url: str) -> tuple[str, Message, str]:
        """(final URL, response headers, text); OSError or ValueError naming the URL."""
        if not self.allowed(url):
            raise ValueError(f"robots.txt forbids {url}")
        with self._open(url) as response:
            body = response.read(MAX_BYTES)
            return response.geturl(), response.headers, body.decode("utf-8", "replace")

    def _open(self, url: str):
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        return urllib.request.urlopen(request, timeout=self.timeout)


def fetch_page(url: str, timeout: float = 15.0):
    """One page with its headers and cookies, for fingerprinting (robots.txt obeyed)."""
    from triggers.technologies import Page, cookies_set

    final, headers, body = _Fetcher(timeout).get(url)
    return Page(final, body, {k.lower(): v for k, v in headers.items()},
                cookies_set(headers.get_all("Set-Cookie") or []))


def discover(site: str, timeout: float = 15.0, probe_feeds: bool = True) -> Discovery:
    """What the site at `site` (a domain or a URL) links to: feeds, job boards, careers
    and team pages. Nothing is stored here."""
    home = site if site.startswith(("http://", "https://")) else f"https://{site}/"
    result = Discovery(home)
    fetcher = _Fetcher(timeout)
    try:
        home, _, html = fetcher.get(home)
    except (OSError, ValueError) as error:
        result.problems.append(f"{home}: {_reason(error)}")
        return result
    result.add("site", home, home)
    soup = BeautifulSoup(html, "lxml")
    _feeds(soup, home, result)
    _boards(soup, home, result)
    careers = _links(soup, home, CAREERS_LINK)
    for url in careers[:3]:
        _read_careers(fetcher, url, result)
    for url in _links(soup, home, TEAM_LINK)[:4]:
        if _read_team(fetcher, url, result):
            break
    if probe_feeds and not any(f.kind == "feed" for f in result.found):
        _probe_feeds(fetcher, home, result)
    return result


def _feeds(soup: BeautifulSoup, page: str, result: Discovery) -> None:
    for link in soup.find_all("link", href=True):
        rel = " ".join(link.get("rel") or []).lower()
        if "alternate" in rel and (link.get("type") or "").lower() in FEED_TYPES:
            result.add("feed", urljoin(page, link["href"]), page)


def _boards(soup: BeautifulSoup, page: str, result: Discovery) -> None:
    """Links and embeds to a job board we can read."""
    for tag in soup.find_all(["a", "iframe", "script"]):
        url = tag.get("href") or tag.get("src")
        if not url:
            continue
        url = urljoin(page, url)
        board = _greenhouse_embed(url) or board_from_url(url)
        if board:
            result.add(*board, page)


def _greenhouse_embed(url: str) -> tuple[str, str] | None:
    """boards.greenhouse.io/embed/job_board/js?for=acme names its board in the query."""
    parts = urlsplit(url)
    if "greenhouse.io" in (parts.hostname or "") and parts.path.startswith("/embed/"):
        board = parse_qs(parts.query).get("for", [""])[0]
        return ("greenhouse", board) if board else None
    return None


def _links(soup: BeautifulSoup, page: str, pattern: re.Pattern[str]) -> list[str]:
    """Same-site links whose text or path matches, in page order."""
    host = urlsplit(page).hostname
    found = []
    for anchor in soup.find_all("a", href=True):
        url = urljoin(page, anchor["href"]).split("#")[0]
        if urlsplit(url).hostname != host or url.rstrip("/") == page.rstrip("/"):
            continue
        text = anchor.get_text(" ", strip=True)
        if (pattern.search(text) or pattern.search(urlsplit(url).path)) and url not in found:
            found.append(url)
    return found


def _read_careers(fetcher: _Fetcher, url: str, result: Discovery) -> None:
    try:
        final, _, html = fetcher.get(url)
    except (OSError, ValueError) as error:
        result.problems.append(f"{url}: {_reason(error)}")
        return
    before = len(result.found)
    _boards(BeautifulSoup(html, "lxml"), final, result)
    if any(True for _ in job_postings_in(html)):
        result.add("careers", final, final)
    elif len(result.found) == before:
        result.problems.append(f"{final}: a careers page without a job board we can read")


def _read_team(fetcher: _Fetcher, url: str, result: Discovery) -> bool:
    try:
        final, _, html = fetcher.get(url)
    except (OSError, ValueError) as error:
        result.problems.append(f"{url}: {_reason(error)}")
        return False
    if len(extract_people(html)) >= MIN_TEAM_PEOPLE:
        result.add("team", final, final)
        return True
    return False


def _probe_feeds(fetcher: _Fetcher, home: str, result: Discovery) -> None:
    for path in FEED_PATHS:
        url = urljoin(home, "/" + path)
        try:
            final, _, text = fetcher.get(url)
        except (OSError, ValueError):
            continue
        if re.search(r"<(?:rss|feed)\b", text[:2000]):  # a feed, not an HTML page at that path
            result.add("feed", final, f"{home} (probed {url})")
            return


def _reason(error: Exception) -> str:
    if isinstance(error, urllib.error.HTTPError):
        return f"HTTP {error.code}"
    if isinstance(error, urllib.error.URLError):
        return f"cannot reach it ({error.reason})"
    return str(error)
