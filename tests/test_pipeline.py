"""The store pipeline end to end: observations land once, re-runs add nothing, changes and
closures are recorded."""

from __future__ import annotations

from datetime import date

import pytest

from triggers import detect_store
from whynow.store import Store

from .conftest import FIXTURES
from .helpers import crawl_all, rows, watch

LEVER_BOARD = (FIXTURES / "boards" / "lever-acme.json").read_text()


def count(db, table: str) -> int:
    return rows(db, f"SELECT count(*) AS n FROM {table}")[0]["n"]


def test_crawling_and_detecting_twice_adds_no_rows_and_no_events(db, site):
    watch(db, "Acme Robotics", "acmerobotics.example",
          greenhouse=[site.url("boards/greenhouse-acme.json")],
          lever=[site.url("boards/lever-acme.json")],
          ashby=[site.url("boards/ashby-acme.json")],
          feed=[site.url("feeds/acme-news.rss"), site.url("feeds/industry.atom")])
    tables = ("job_postings", "articles", "events", "event_evidence")
    day = date(2026, 3, 5)
    first = crawl_all(db, as_of=day)
    with Store(db) as store:
        detect_store(store, day)
    after_first = {table: count(db, table) for table in tables}
    second = crawl_all(db, as_of=day)
    with Store(db) as store:
        summary = detect_store(store, day, reread=True)
    assert {table: count(db, table) for table in tables} == after_first
    assert after_first["job_postings"] == 6
    assert after_first["events"] == 2  # the Series B and the new COO
    assert first.totals["new"] == 6 + 3
    assert second.totals["new"] == 0
    assert summary.events["new"] == 0


def test_the_same_article_in_two_feeds_is_stored_once(db, site):
    watch(db, "Acme Robotics", "acmerobotics.example",
          feed=[site.url("feeds/acme-news.rss"), site.url("feeds/industry.atom")])
    crawl_all(db)
    series_b = rows(db, "SELECT url, text FROM articles WHERE canonical_url ="
                        " 'https://acmerobotics.example/news/series-b'")
    assert len(series_b) == 1
    # The newsroom's full text is kept, not the industry feed's one-line summary.
    assert "led by Ridgeline Ventures" in series_b[0]["text"]


@pytest.fixture
def board(db, site, tmp_path):
    """A Lever board whose next answer the test writes, crawled once already."""
    path = tmp_path / "board.json"
    path.write_text(LEVER_BOARD)
    site.root = tmp_path
    watch(db, "Acme Robotics", "acmerobotics.example", lever=[site.url("board.json")])
    crawl_all(db)
    return path


def test_a_posting_no_longer_listed_is_closed_and_one_listed_again_reopens(db, board):
    full = LEVER_BOARD
    board.write_text(full.replace('"id": "9a8b7c6d', '"id": "gone-9a8b7c6d'))
    second = crawl_all(db).sources[0]
    closed = rows(db, "SELECT external_id FROM job_postings WHERE closed_at IS NOT NULL")
    assert (second["new"], second["closed"]) == (1, 1)
    assert closed == [{"external_id": "9a8b7c6d-1111-4222-8333-444455556666"}]
    board.write_text(full)
    crawl_all(db)
    reopened = rows(db, "SELECT closed_at FROM job_postings"
                        " WHERE external_id = '9a8b7c6d-1111-4222-8333-444455556666'")
    assert reopened == [{"closed_at": None}]


def test_a_failed_board_closes_nothing(db, board):
    board.write_text("<html>oops</html>")
    assert crawl_all(db).sources[0]["status"] == "failed"
    assert rows(db, "SELECT count(*) AS n FROM job_postings WHERE closed_at IS NULL") == [{"n": 2}]


def test_a_changed_posting_is_updated_in_place(db, board):
    board.write_text(LEVER_BOARD.replace('"text": "Senior Accountant"', '"text": "Lead Accountant"'))
    stats = crawl_all(db).sources[0]
    assert (stats["new"], stats["changed"], stats["unchanged"]) == (0, 1, 1)
    titles = [r["title"] for r in rows(db, "SELECT title FROM job_postings ORDER BY title")]
    assert titles == ["Deployment Lead", "Lead Accountant"]


def test_crawl_stats_are_stored_per_source_and_run(db, site):
    watch(db, "Acme Robotics", "acmerobotics.example",
          greenhouse=[site.url("boards/greenhouse-acme.json")])
    crawl_all(db)
    crawl_all(db)
    runs = rows(db, "SELECT status, summary FROM runs ORDER BY started_at")
    stats = rows(db, "SELECT new, unchanged FROM crawl_stats ORDER BY run_id")
    assert [r["status"] for r in runs] == ["ok", "ok"]
    assert stats == [{"new": 2, "unchanged": 0}, {"new": 0, "unchanged": 2}]


def test_two_reports_of_one_launch_a_day_apart_are_one_event_with_two_sources(store):
    from triggers.events import save_event
    from triggers.model import Event, Evidence

    store.execute("INSERT INTO accounts (account_id, name, created_at, updated_at)"
                  " VALUES ('acme.example', 'Acme', now(), now())")
    for number, day in ((1, date(2026, 3, 2)), (2, date(2026, 3, 3)), (3, date(2026, 3, 20))):
        save_event(store, Event(
            f"id-{number}", "product_launch", "acme.example", "Acme", 0.7, {}, "Launched",
            day, [Evidence(f"https://news.example/{number}", f"Acme launched X ({number}).", day,
                           f"a{number}")], same_if_near=True))
    events = store.rows("SELECT event_id, published_at::DATE AS day FROM events ORDER BY 2")
    assert [e["event_id"] for e in events] == ["id-1", "id-3"]
    assert store.scalar("SELECT count(*) FROM event_evidence WHERE event_id = 'id-1'") == 2


def test_a_later_report_with_more_fields_keeps_the_first_report_s_date(store):
    from triggers.events import save_event
    from triggers.model import Event, Evidence

    store.execute("INSERT INTO accounts (account_id, name, created_at, updated_at)"
                  " VALUES ('acme.example', 'Acme', now(), now())")
    for number, day, fields in ((1, date(2026, 3, 5), {"round": "seed"}),
                                (2, date(2026, 3, 7), {"round": "seed", "investors": ["Oak"]})):
        outcome = save_event(store, Event(
            "round-1", "funding", "acme.example", "Acme", 0.9, fields, "Raised", day,
            [Evidence(f"https://news.example/{number}", "Acme raised a seed round.", day,
                      f"a{number}")]))
    assert outcome == "updated"
    row = store.rows("SELECT published_at::DATE AS day, fields FROM events")[0]
    assert row["day"] == date(2026, 3, 5)
    assert "Oak" in row["fields"]
