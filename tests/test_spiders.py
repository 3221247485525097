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
                   "careers": "sites/acme-v1/careers"}
SOURCES = list(SOURCE_FIXTURES)
NEW_FROM_FIXTURE = {"site": 1, "team": 1}  # one snapshot; every other fixture has 2 postings
MALFORMED = {"personio": ("boards/malformed.xml", "not a Personio feed at"),
             "site": ("boards/malformed.json", "not an HTML page at"),
             "team": ("boards/malformed.json", "not an HTML page at"),
             "careers": ("boards/malformed.json", "not an HTML page at")}
POSTING_COLUMNS = ("external_id", "title", "department", "team", "location", "url",
                   "published_at", "description")


def stored_postings(db: Path) -> list[dict]:
    found = rows(db, f"SELECT {', '.join(POSTING_COLUMNS)} FROM job_postings"
                     " ORDER BY external_id")
    for row in found:
        row["published_at"] = row["published_at"].isoformat() if row["published_at"] else None
    return found


def check_golden(name: str, actual: dict) -> None:
    path = GOLDEN / f"{name}.json"
    if os.environ.get("WHYNOW_UPDATE_GOLDEN"):
        path.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n")
    assert actual == json.loads(path.read_text())


@pytest.mark.parametrize("kind", BOARDS)
def test_board_spider_parses_its_fixture_into_these_postings(kind, db, site):
    watch(db, "Acme Robotics", "acmerobotics.example", **{kind: [site.url(BOARD_FIXTURES[kind])]})
    stats = only(crawl_all(db))
    postings = json.loads(json.dumps(stored_postings(db)).replace(site.base_url, "{site}"))
    actual = {
        "postings": postings,
        "stats": {key: stats[key] for key in ("status", "fetched", "new", "failed")},
        "message": stats["message"].replace(site.base_url, "{site}"),
    }
    check_golden(f"{kind}-acme", actual)


@pytest.mark.parametrize("kind", BOARDS)
def test_board_token_is_put_into_the_configured_url_template(kind, db, site):
    watch(db, "Acme Robotics", "acmerobotics.example", **{kind: ["Acme Robotics"]})
    setting = f"WHYNOW_{kind.upper()}_URL"
    summary = crawl_all(db, settings={setting: site.url("boards/" + kind + "-{board}.json")})
    stats = only(summary)
    # The token is URL-quoted into the template; the server finds "<kind>-Acme Robotics.json"
    # only if the space travelled as %20, so this 404 shows the quoting and the failure message.
    assert stats["status"] == "failed"
    assert stats["message"].startswith(
        f"HTTP 404 at {site.url(f'boards/{kind}-Acme%20Robotics.json')}")


def test_the_user_agent_names_whynow_and_a_contact_url(db, site):
    watch(db, "Acme Robotics", "acmerobotics.example",
          greenhouse=[site.url("boards/greenhouse-acme.json")])
    crawl_all(db)
    agent = site.hits("boards/greenhouse-acme.json")[0]["user-agent"]
    assert agent.startswith("whynow/") and "+https://" in agent


@pytest.mark.parametrize("kind", SOURCES)
def test_a_malformed_response_fails_that_source_and_keeps_the_others(kind, db, site):
    bad, message = MALFORMED.get(kind, ("boards/malformed.json", "malformed JSON at"))
    watch(db, "Acme Robotics", "acmerobotics.example",
          **{kind: [site.url(bad), site.url(SOURCE_FIXTURES[kind])]})
    summary = crawl_all(db)
    by_source = {row["source"]: row for row in summary.sources}
    broken = by_source[site.url(bad)]
    assert broken["status"] == "failed"
    assert broken["message"].startswith(f"{message} {site.url(bad)}")
    assert by_source[site.url(SOURCE_FIXTURES[kind])]["new"] == NEW_FROM_FIXTURE.get(kind, 2)
    assert not summary.ok


@pytest.mark.parametrize("kind", SOURCES)
def test_a_429_with_retry_after_is_retried_and_then_succeeds(kind, db, site):
    path = SOURCE_FIXTURES[kind]
    site.script(path, (429, {"Retry-After": "1"}, "slow down"))
    watch(db, "Acme Robotics", "acmerobotics.example", **{kind: [site.url(path)]})
    stats = only(crawl_all(db))
    assert (stats["status"], stats["new"]) == ("ok", NEW_FROM_FIXTURE.get(kind, 2))
    assert len(site.hits(path)) == 2


@pytest.mark.parametrize("kind", SOURCES)
def test_a_429_that_never_clears_is_a_failure_after_the_retries(kind, db, site):
    path = SOURCE_FIXTURES[kind]
    site.script(path, *[(429, {"Retry-After": "0"}, "")] * 4)
    watch(db, "Acme Robotics", "acmerobotics.example", **{kind: [site.url(path)]})
    stats = only(crawl_all(db, settings={"RETRY_TIMES": 3}))
    assert stats["status"] == "failed"
    assert stats["message"].startswith("HTTP 429 after 3 retries at ")
    assert len(site.hits(path)) == 4


@pytest.mark.parametrize("kind", SOURCES)
def test_a_403_is_blocked_not_failed(kind, db, site):
    path = SOURCE_FIXTURES[kind]
    site.script(path, (403, {"Content-Type": "text/plain"}, "Forbidden"))
    watch(db, "Acme Robotics", "acmerobotics.example", **{kind: [site.url(path)]})
    stats = only(crawl_all(db))
    assert stats["status"] == "blocked"
    assert "HTTP 403" in stats["message"]


@pytest.mark.parametrize("kind", SOURCES)
def test_a_bot_wall_page_served_with_200_is_blocked(kind, db, site):
    watch(db, "Acme Robotics", "acmerobotics.example", **{kind: [site.url("boards/botwall.html")]})
    stats = only(crawl_all(db))
    assert stats["status"] == "blocked"
    assert stats["message"].startswith("bot wall (HTTP 200)")


@pytest.mark.parametrize("kind", SOURCES)
def test_robots_txt_that_disallows_us_is_obeyed(kind, db, site):
    path = SOURCE_FIXTURES[kind]
    site.script("/robots.txt", (200, {"Content-Type": "text/plain"},
                                f"User-agent: whynow\nDisallow: /{path.split('/')[0]}/\n"))
    watch(db, "Acme Robotics", "acmerobotics.example", **{kind: [site.url(path)]})
    stats = only(crawl_all(db))
    assert stats["status"] == "blocked"
    assert stats["message"].startswith("robots.txt forbids")
    assert site.hits(path) == []


@pytest.mark.parametrize("kind", SOURCES)
def test_a_server_too_slow_to_answer_is_a_timeout_failure(kind, db, site):
    path = SOURCE_FIXTURES[kind]
    site.stall(path, 3)
    watch(db, "Acme Robotics", "acmerobotics.example", **{kind: [site.url(path)]})
    stats = only(crawl_all(db, settings={"DOWNLOAD_TIMEOUT": 1, "RETRY_TIMES": 0}))
    assert stats["status"] == "failed"
    assert stats["message"].startswith("DownloadTimeoutError at " + site.url(path))
    assert "took longer than 1.0 seconds" in stats["message"]


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
