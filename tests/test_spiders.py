"""Each spider against a local server serving fixtures in its source's real shape."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from .conftest import FIXTURES
from .helpers import crawl_all, only, rows, watch

GOLDEN = FIXTURES / "golden"
# Each job board kind and its fixture, in the shape of its real API.
BOARD_FIXTURES = {
    "greenhouse": "boards/greenhouse-acme.json",
    "lever": "boards/lever-acme.json",
    "ashby": "boards/ashby-acme.json",
    "workable": "boards/workable-acme.json",
    "smartrecruiters": "boards/smartrecruiters-acme/postings",
    "recruitee": "boards/recruitee-acme.json",
    "personio": "boards/personio-acme.xml",
}
BOARDS = list(BOARD_FIXTURES)
# Company pages: the same bad-input suite as the boards.
SOURCE_FIXTURES = {**BOARD_FIXTURES, "site": "sites/acme-v1/", "team": "sites/acme-v1/about/team",
                   "careers": "sites/acme-v1/careers",
                   "google_news": "listening/google-news.xml",
                   "hackernews": "listening/hackernews.json", "reddit": "listening/reddit.atom"}
SOURCES = list(SOURCE_FIXTURES)
NEW_FROM_FIXTURE = {"site": 1, "team": 1}  # one snapshot; every other fixture has 2 postings
MALFORMED = {"personio": ("boards/malformed.xml", "not a Personio feed at"),
             "site": ("boards/malformed.json", "not an HTML page at"),
             "team": ("boards/malformed.json", "not an HTML page at"),
             "careers": ("boards/malformed.json", "not an HTML page at"),
             "google_news": ("boards/malformed.json", "broken feed at"),
             "reddit": ("boards/malformed.json", "broken feed at")}
POSTING_COLUMNS = ("external_id", "title", "department", "team", "location", "url",
                   "published_at", "description")


def stored_postings(db: Path, kind: str | None = None) -> list[dict]:
    found = rows(db, f"SELECT {', '.join(POSTING_COLUMNS)} FROM job_postings"
                     " WHERE kind = coalesce(?, kind) ORDER BY external_id", [kind])
    for row in found:
        row["published_at"] = row["published_at"].isoformat() if row["published_at"] else None
    return found


def check_golden(name: str, actual: dict) -> None:
    path = GOLDEN / f"{name}.json"
    if os.environ.get("WHYNOW_UPDATE_GOLDEN"):
        path.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n")
    assert actual == json.loads(path.read_text())


def crawl_every_kind(db: Path, site, paths: dict[str, list[str]], **kwargs) -> dict[str, list]:
    """One account with a source of every kind, crawled once: each kind's stats rows."""
    watch(db, "Acme Robotics", "acmerobotics.example",
          **{kind: [site.url(path) for path in kind_paths] for kind, kind_paths in paths.items()})
    summary = crawl_all(db, **kwargs)
    by_kind: dict[str, list] = {}
    for row in summary.sources:
        by_kind.setdefault(row["kind"], []).append(row)
    assert sorted(by_kind) == sorted(paths)
    return by_kind


@pytest.fixture(scope="module")
def every_board(tmp_path_factory):
    """Every board fixture crawled once; the golden test reads each kind's part."""
    from whynow.localserver import LocalSite

    db = tmp_path_factory.mktemp("boards") / "whynow.duckdb"
    with LocalSite(FIXTURES) as site:
        stats = crawl_every_kind(db, site, {k: [p] for k, p in BOARD_FIXTURES.items()})
        yield db, site.base_url, stats


@pytest.mark.parametrize("kind", BOARDS)
def test_board_spider_parses_its_fixture_into_these_postings(kind, every_board):
    db, base_url, stats = every_board
    [kind_stats] = stats[kind]
    postings = json.loads(json.dumps(stored_postings(db, kind)).replace(base_url, "{site}"))
    actual = {
        "postings": postings,
        "stats": {key: kind_stats[key] for key in ("status", "fetched", "new", "failed")},
        "message": kind_stats["message"].replace(base_url, "{site}"),
    }
    check_golden(f"{kind}-acme", actual)


def test_board_tokens_are_put_into_the_configured_url_templates(db, site):
    watch(db, "Acme Robotics", "acmerobotics.example", **{kind: ["Acme Robotics"] for kind in BOARDS})
    summary = crawl_all(db, settings={
        f"WHYNOW_{kind.upper()}_URL": site.url("boards/" + kind + "-{board}.json") for kind in BOARDS})
    # The token is URL-quoted into the template; the server finds "<kind>-Acme Robotics.json"
    # only if the space travelled as %20, so this 404 shows the quoting and the failure message.
    for row in summary.sources:
        expected = site.url(f"boards/{row['kind']}-Acme%20Robotics.json")
        assert row["status"] == "failed"
        assert row["message"].startswith(f"HTTP 404 at {expected}")
    assert len(summary.sources) == len(BOARDS)


def test_the_user_agent_names_whynow_and_a_contact_url(db, site):
    watch(db, "Acme Robotics", "acmerobotics.example",
          greenhouse=[site.url("boards/greenhouse-acme.json")])
    crawl_all(db)
    agent = site.hits("boards/greenhouse-acme.json")[0]["user-agent"]
    assert agent.startswith("whynow/") and "+https://" in agent


# The bad-input suite: each test crawls one source of every kind at once and checks each.

def test_a_malformed_response_fails_that_source_and_keeps_the_others(db, site):
    bad = {kind: MALFORMED.get(kind, ("boards/malformed.json", "malformed JSON at"))
           for kind in SOURCES}
    stats = crawl_every_kind(db, site, {k: [bad[k][0], SOURCE_FIXTURES[k]] for k in SOURCES})
    for kind, (path, message) in bad.items():
        by_source = {row["source"]: row for row in stats[kind]}
        broken = by_source[site.url(path)]
        assert broken["status"] == "failed", kind
        assert broken["message"].startswith(f"{message} {site.url(path)}"), kind
        good = by_source[site.url(SOURCE_FIXTURES[kind])]
        assert (good["status"], good["new"]) == ("ok", NEW_FROM_FIXTURE.get(kind, 2)), kind


def test_a_429_with_retry_after_is_retried_and_then_succeeds(db, site):
    for path in SOURCE_FIXTURES.values():
        site.script(path, (429, {"Retry-After": "1"}, "slow down"))
    stats = crawl_every_kind(db, site, {k: [p] for k, p in SOURCE_FIXTURES.items()})
    for kind, path in SOURCE_FIXTURES.items():
        [row] = stats[kind]
        assert (row["status"], row["new"]) == ("ok", NEW_FROM_FIXTURE.get(kind, 2)), kind
        assert len(site.hits(path)) == 2, kind


def test_a_429_that_never_clears_is_a_failure_after_the_retries(db, site):
    for path in SOURCE_FIXTURES.values():
        site.script(path, *[(429, {"Retry-After": "0"}, "")] * 4)
    stats = crawl_every_kind(db, site, {k: [p] for k, p in SOURCE_FIXTURES.items()},
                             settings={"RETRY_TIMES": 3})
    for kind, path in SOURCE_FIXTURES.items():
        [row] = stats[kind]
        assert row["status"] == "failed", kind
        assert row["message"].startswith("HTTP 429 after 3 retries at "), kind
        assert len(site.hits(path)) == 4, kind


def test_a_403_is_blocked_not_failed(db, site):
    for path in SOURCE_FIXTURES.values():
        site.script(path, (403, {"Content-Type": "text/plain"}, "Forbidden"))
    stats = crawl_every_kind(db, site, {k: [p] for k, p in SOURCE_FIXTURES.items()})
    for kind in SOURCES:
        [row] = stats[kind]
        assert row["status"] == "blocked" and "HTTP 403" in row["message"], kind


def test_a_bot_wall_page_served_with_200_is_blocked(db, site):
    stats = crawl_every_kind(db, site, {k: ["boards/botwall.html"] for k in SOURCES})
    for kind in SOURCES:
        [row] = stats[kind]
        assert row["status"] == "blocked", kind
        assert row["message"].startswith("bot wall (HTTP 200)"), kind


def test_robots_txt_that_disallows_us_is_obeyed(db, site):
    robots = "User-agent: whynow\nDisallow: /boards/\nDisallow: /sites/\nDisallow: /listening/\n"
    # Each spider (one per kind) asks for robots.txt itself.
    site.script("/robots.txt", *[(200, {"Content-Type": "text/plain"}, robots)] * len(SOURCES))
    stats = crawl_every_kind(db, site, {k: [p] for k, p in SOURCE_FIXTURES.items()})
    for kind, path in SOURCE_FIXTURES.items():
        [row] = stats[kind]
        assert row["status"] == "blocked", kind
        assert row["message"].startswith("robots.txt forbids"), kind
        assert site.hits(path) == [], kind


def test_a_server_too_slow_to_answer_is_a_timeout_failure(db, site):
    for path in SOURCE_FIXTURES.values():
        site.stall(path, 3)
    stats = crawl_every_kind(db, site, {k: [p] for k, p in SOURCE_FIXTURES.items()},
                             settings={"DOWNLOAD_TIMEOUT": 1, "RETRY_TIMES": 0})
    for kind, path in SOURCE_FIXTURES.items():
        [row] = stats[kind]
        assert row["status"] == "failed", (kind, row)
        assert row["message"].startswith("DownloadTimeoutError at " + site.url(path)), (kind, row)
        # Twisted words it by phase: waiting for the answer, or (rarely) for the connection.
        assert ("took longer than 1.0 seconds" in row["message"]
                or "User timeout caused connection failure" in row["message"]), (kind, row)


def test_an_unreachable_server_is_a_failure_naming_the_url(db):
    watch(db, "Acme Robotics", "acmerobotics.example",
          lever=["http://127.0.0.1:9/v0/postings/acme"])
    stats = only(crawl_all(db, settings={"RETRY_TIMES": 0}))
    assert stats["status"] == "failed"
    assert "http://127.0.0.1:9/v0/postings/acme" in stats["message"]


def test_feed_entries_become_articles_and_a_bad_entry_is_reported(db, site):
    watch(db, "Acme Robotics", "acmerobotics.example", feed=[site.url("feeds/acme-news.rss")])
    stats = only(crawl_all(db))
    assert (stats["status"], stats["new"], stats["failed"]) == ("ok", 2, 1)
    assert "entry #3" in stats["message"] and "no link" in stats["message"]
    articles = rows(db, "SELECT canonical_url, title, text, published_at FROM articles"
                        " ORDER BY published_at")
    assert [a["canonical_url"] for a in articles] == [
        "https://acmerobotics.example/news/series-b", "https://acmerobotics.example/news/coo"]
    assert articles[0]["text"].startswith("PITTSBURGH, March 2, 2026 -- Acme Robotics")
    assert articles[0]["published_at"].isoformat() == "2026-03-02T13:00:00"


def test_a_feed_is_fetched_with_conditional_get_the_second_time(db, site):
    watch(db, "Acme Robotics", "acmerobotics.example", feed=[site.url("feeds/industry.atom")])
    first = only(crawl_all(db))
    second = only(crawl_all(db))
    assert (first["status"], first["new"]) == ("ok", 2)
    assert (second["status"], second["new"], second["fetched"]) == ("not_modified", 0, 0)
    assert site.hits("feeds/industry.atom")[1]["if-none-match"].startswith('"')


def test_a_broken_feed_fails_with_a_message(db, site):
    watch(db, "Acme Robotics", "acmerobotics.example", feed=[site.url("feeds/broken.xml")])
    stats = only(crawl_all(db))
    assert stats["status"] == "failed"
    assert stats["message"].startswith(f"broken feed at {site.url('feeds/broken.xml')}")


def test_every_source_kind_a_watchlist_accepts_has_a_spider():
    from crawlers.spiders import spider_classes
    from watchlists import SOURCE_KINDS

    assert sorted(spider_classes()) == sorted(SOURCE_KINDS)


def test_smartrecruiters_pages_through_the_list_then_reads_each_posting(db, site):
    path = "boards/smartrecruiters-acme/postings"
    listing = json.loads((FIXTURES / (path + ".json")).read_text())
    first, second = ({**listing, "totalFound": 2, "offset": offset,
                      "content": [listing["content"][offset]]} for offset in (0, 1))
    site.script(path, (200, {"Content-Type": "application/json"}, json.dumps(first)),
                (200, {"Content-Type": "application/json"}, json.dumps(second)))
    watch(db, "Acme Robotics", "acmerobotics.example", smartrecruiters=[site.url(path)])
    stats = only(crawl_all(db))
    assert (stats["status"], stats["new"]) == ("ok", 2)
    assert len(site.hits(path)) == 2
    assert [p["external_id"] for p in stored_postings(db)] == ["744000104563210",
                                                               "744000104563999"]
    assert len(site.hits(path + "/744000104563210")) == 1


@pytest.mark.parametrize(("url", "source"), [
    ("https://apply.workable.com/acme-robotics/", ("workable", "acme-robotics")),
    ("https://jobs.smartrecruiters.com/AcmeRobotics/744000104563210-field-robotics-technician",
     ("smartrecruiters", "AcmeRobotics")),
    ("https://acme.recruitee.com/", ("recruitee", "acme")),
    ("https://acme.jobs.personio.de/?language=en", ("personio", "acme")),
    ("https://www.recruitee.com/pricing", None),
])
def test_a_board_url_in_a_watchlist_becomes_its_source(url, source):
    from watchlists.importer import board_from_url

    assert board_from_url(url) == source
