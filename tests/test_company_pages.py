"""Company pages: the homepage's technologies, the team page's leaders and the careers page's
postings, snapshot by snapshot; what changed between two snapshots becomes events."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from typer.testing import CliRunner

from crawlers.spiders.pages import page_hash
from crawlers.spiders.team import extract_people
from triggers import detect_store
from whynow.cli import app
from whynow.localserver import LocalSite
from whynow.store import Store

from .conftest import FIXTURES
from .helpers import crawl_all, rows, watch

runner = CliRunner()
SITES = FIXTURES / "sites"
DAY1, DAY2, DAY3 = date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)


@pytest.fixture
def acme(db):
    """Acme's site on day one; switch `root` to acme-v2 / acme-v3 for later days."""
    with LocalSite(SITES / "acme-v1") as server:
        watch(db, "Acme Robotics", "acmerobotics.example", site=[server.url("/")],
              team=[server.url("about/team")], careers=[server.url("careers")])
        yield server


def crawl_and_detect(db, day: date):
    summary = crawl_all(db, as_of=day)
    with Store(db) as store:
        detected = detect_store(store, day)
    return summary, detected


def events(db, kind: str) -> list[dict]:
    found = rows(db, "SELECT type, fields, summary, published_at::DATE AS day FROM events"
                     " WHERE type = ? ORDER BY summary", [kind])
    return [{**row, "fields": json.loads(row["fields"])} for row in found]


def test_hubspot_replaced_by_marketo_is_one_migration_with_both_names(db, acme):
    crawl_and_detect(db, DAY1)
    assert events(db, "tech_stack_change") == []  # one snapshot: nothing to compare yet
    acme.root = SITES / "acme-v2"
    crawl_and_detect(db, DAY2)
    [event] = events(db, "tech_stack_change")
    assert event["fields"] == {"technology": "Marketo", "previous_technology": "HubSpot",
                               "direction": "migrated", "evidence_kind": "site"}
    assert event["day"] == DAY2
    [evidence] = rows(db, "SELECT quote FROM event_evidence JOIN events USING (event_id)"
                        " WHERE type = 'tech_stack_change'")
    assert evidence["quote"] == (
        "Marketo is on the page (scriptSrc: //munchkin.marketo.net/munchkin.js); HubSpot is gone"
        " (was: scriptSrc: //js.hs-scripts.com/21987345.js)")


def test_each_detection_names_the_evidence_it_rests_on(db, acme):
    crawl_all(db, as_of=DAY1)
    [snapshot] = rows(db, "SELECT technologies FROM page_snapshots WHERE kind = 'site'")
    found = {t["name"]: t["evidence"] for t in json.loads(snapshot["technologies"])}
    assert found["HubSpot"] == ["scriptSrc: //js.hs-scripts.com/21987345.js"]
    assert found["Google Analytics"] == [
        "scriptSrc: https://www.googletagmanager.com/gtag/js?id=G-4XJ2B8CQ1D"]
    assert found["PHP"] == ["implied by WordPress"]
    # The tag manager's container is evidence of the tag manager, and of nothing it loads.
    assert found["Google Tag Manager"][0].startswith("html: ")
    assert "Marketo" not in found and "Salesforce" not in found


def test_an_unchanged_page_stores_no_new_snapshot(db, acme):
    crawl_all(db, as_of=DAY1)
    summary = crawl_all(db, as_of=DAY2)
    site = next(r for r in summary.sources if r["kind"] == "site")
    assert (site["new"], site["changed"], site["unchanged"]) == (0, 0, 1)
    assert rows(db, "SELECT count(*) AS n FROM page_snapshots WHERE kind = 'site'") == [{"n": 1}]


def test_tokens_that_change_on_every_request_do_not_change_the_hash():
    page = (SITES / "acme-v1" / "index.html").read_text()
    again = page.replace("r4nd0m1", "zz99").replace('value="a81c2f"', 'value="b00b00"')
    assert page_hash(page) == page_hash(again)
    assert page_hash(page) != page_hash(page.replace("Forklifts", "Trucks"))


def test_the_team_page_gives_joined_departed_and_promoted_leaders(db, acme):
    crawl_and_detect(db, DAY1)
    acme.root = SITES / "acme-v2"
    crawl_and_detect(db, DAY2)
    found = [(e["fields"]["person"], e["fields"]["role"], e["fields"]["change"])
             for e in events(db, "leadership_change")]
    # Ola Nowak is not a leader; Helen Ward is an advisor; nobody else moved.
    assert sorted(found) == [("Lucy Chen", "Chief People Officer", "promoted"),
                             ("Samir Haddad", "VP of Sales", "departed"),
                             ("Tunde Adeyemi", "Chief Financial Officer", "joined")]


def test_a_redesign_that_reshuffles_the_page_is_a_note_not_departures(db, acme):
    crawl_and_detect(db, DAY1)
    acme.root = SITES / "acme-v3"
    _, detected = crawl_and_detect(db, DAY3)
    assert events(db, "leadership_change") == []
    [note] = detected.notes
    assert "changed for 10 of 11 people" in note and "redesign" in note


def test_people_are_read_from_cards_headings_and_schema_org():
    people = extract_people((SITES / "acme-v3" / "about" / "team.html").read_text())
    assert people[:2] == [{"name": "Ana Ruiz", "title": "Chief Operating Officer"},
                          {"name": "Kofi Mensah", "title": "VP Engineering"}]
    v1 = extract_people((SITES / "acme-v1" / "about" / "team.html").read_text())
    assert v1[0] == {"name": "Maria Okafor", "title": "Co-Founder and CEO"}  # JSON-LD
    assert {"name": "Helen Ward", "title": "Advisor, former COO of Palletworks"} in v1
    assert not any(p["name"] in ("Our", "Leadership", "Advisors") for p in v1)


def test_careers_page_json_ld_postings_count_as_postings(db, acme):
    summary = crawl_all(db, as_of=DAY1)
    careers = next(r for r in summary.sources if r["kind"] == "careers")
    assert (careers["status"], careers["new"]) == ("ok", 2)
    found = rows(db, "SELECT external_id, title, department, location, published_at::DATE AS day"
                     " FROM job_postings WHERE kind = 'careers' ORDER BY title")
    assert found == [
        {"external_id": "FSE-2026-04", "title": "Field Service Engineer",
         "department": "Operations", "location": "Leeds, West Yorkshire, GB",
         "day": date(2026, 2, 20)},
        {"external_id": "https://acmerobotics.example/careers/sales-engineer",
         "title": "Sales Engineer", "department": None, "location": "Remote",
         "day": date(2026, 3, 1)}]


def add_posting(store: Store, account_id: str, number: int, posted: date, text: str) -> None:
    store.execute(
        "INSERT INTO job_postings VALUES (?, 'greenhouse', 'acme', ?, ?, 'Engineering', NULL,"
        " NULL, ?, ?, ?, ?, ?, NULL, ?, 'https://boards.example/acme', ?)",
        [account_id, str(number), f"Engineer {number}", f"https://jobs.example/{number}", text,
         posted, posted, posted, f"hash{number}", posted])


def test_a_technology_new_to_an_accounts_postings_is_a_jobs_tech_change(db):
    watch(db, "Acme Robotics", "acmerobotics.example")
    watch(db, "Tiny Co", "tiny.example")
    day = date(2026, 4, 30)
    with Store(db) as store:
        for number, age in enumerate((90, 75, 60, 45), start=1):
            add_posting(store, "acmerobotics.example", number, day - timedelta(days=age),
                        "You know Salesforce and Python. You like forklifts.")
        add_posting(store, "acmerobotics.example", 9, day - timedelta(days=5),
                    "Keep Salesforce tidy. You will help us move reporting to Snowflake. Bonus: dbt.")
        add_posting(store, "tiny.example", 20, day - timedelta(days=60), "Python.")
        add_posting(store, "tiny.example", 21, day - timedelta(days=2),
                    "Our stack: Snowflake.")  # too little history to call it new
        detect_store(store, day)
    found = events(db, "tech_stack_change")
    assert [(e["fields"]["technology"], e["fields"]["direction"], e["fields"]["evidence_kind"])
            for e in found] == [("Snowflake", "adopted", "jobs"), ("dbt", "adopted", "jobs")]
    quotes = {r["quote"] for r in rows(db, "SELECT quote FROM event_evidence")}
    assert "You will help us move reporting to Snowflake." in quotes


def discover(db, server, *extra: str):
    return runner.invoke(app, ["watchlist", "discover", "northwind-analytics.com", "--url",
                               server.url("/"), "--format", "jsonl", "--db", str(db), *extra])


@pytest.fixture
def northwind(db):
    with LocalSite(SITES / "northwind") as server:
        watch(db, "Northwind Analytics", "northwind-analytics.com")
        yield server


def sources(db) -> list[tuple]:
    return [tuple(r.values()) for r in rows(
        db, "SELECT kind, value, origin, found_on FROM sources ORDER BY kind, value")]


def test_discovery_on_a_mirror_finds_the_greenhouse_board_the_feed_and_the_team(db, northwind):
    result = discover(db, northwind)
    assert result.exit_code == 0, result.output
    home = northwind.url("/")
    assert sources(db) == [
        ("feed", northwind.url("newsroom/rss.xml"), "discovered", home),
        ("greenhouse", "northwindanalytics", "discovered", northwind.url("careers/")),
        ("site", home, "discovered", home),
        ("team", northwind.url("company/leadership"), "discovered",
         northwind.url("company/leadership"))]
    again = discover(db, northwind)
    assert again.exit_code == 0 and len(sources(db)) == 4


def test_discovery_never_replaces_a_source_set_by_hand(db, northwind):
    runner.invoke(app, ["watchlist", "add", "Northwind Analytics", "--domain",
                        "northwind-analytics.com", "--greenhouse", "northwind", "--db", str(db)])
    result = discover(db, northwind)
    stored = {json.loads(line)["kind"]: json.loads(line)["stored"]
              for line in result.stdout.splitlines()}
    assert stored["greenhouse"] == "kept the hand-set one"
    assert [s[:3] for s in sources(db) if s[0] == "greenhouse"] == [
        ("greenhouse", "northwind", "manual")]


def test_discovery_obeys_robots_txt_and_says_what_it_could_not_read(db, northwind):
    northwind.script("/robots.txt", (200, {"Content-Type": "text/plain"},
                                     "User-agent: *\nDisallow: /\n"))
    result = discover(db, northwind)
    assert result.exit_code == 1
    assert "robots.txt forbids" in result.stderr
    assert sources(db) == []


def test_listening_hits_are_articles_of_the_queried_account_and_detection_decides(db, site):
    result = runner.invoke(app, ["watchlist", "add", "Acme Robotics", "--domain",
                                 "acmerobotics.example", "--listen", "--db", str(db)])
    assert result.exit_code == 0, result.output
    templates = {"WHYNOW_GOOGLE_NEWS_URL": "listening/google-news.xml?q={board}",
                 "WHYNOW_HACKERNEWS_URL": "listening/hackernews.json?query={board}",
                 "WHYNOW_REDDIT_URL": "listening/reddit.atom?q={board}"}
    summary = crawl_all(db, as_of=DAY2, settings={k: site.url(v) for k, v in templates.items()})
    assert {(r["kind"], r["status"], r["new"]) for r in summary.sources} == {
        ("google_news", "ok", 2), ("hackernews", "ok", 2), ("reddit", "ok", 2)}
    assert all("%22Acme%20Robotics%22" in r["url"] for r in summary.sources)
    stored = rows(db, "SELECT DISTINCT account_id FROM articles")
    assert stored == [{"account_id": "acmerobotics.example"}]
    with Store(db) as store:
        detect_store(store, DAY2)
    found = rows(db, "SELECT type, account_id FROM events ORDER BY type")
    # The round is Acme's; the simulator that "works with Acme Robotics lifts" is nobody's event.
    assert {"type": "funding", "account_id": "acmerobotics.example"} in found
    assert not [e for e in found if e["type"] in ("product_launch", "partnership")]
