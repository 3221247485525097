"""Small helpers the tests share."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from crawlers import CrawlSummary, crawl
from triggers.events import save_event
from triggers.model import Event, Evidence
from watchlists import Account, find_account_id, import_file, save_account
from whynow.store import Store

from .conftest import FAST, FIXTURES


def watch(db: Path, name: str, domain: str, **sources: list[str]) -> None:
    with Store(db) as store:
        save_account(store, Account(name=name, domain=domain, sources=sources))


def crawl_all(db: Path, **kwargs: Any) -> CrawlSummary:
    settings = {**FAST, **kwargs.pop("settings", {})}
    summary, _ = crawl(db, settings=settings, **kwargs)
    return summary


def rows(db: Path, sql: str, params: list | None = None) -> list[dict]:
    with Store(db) as store:
        return store.rows(sql, params)


def only(summary: CrawlSummary) -> dict:
    assert len(summary.sources) == 1, summary.sources
    return summary.sources[0]


# --- a 30-account watchlist with mixed triggers (briefs, audiences) ---------------------

ICP_FILE = FIXTURES / "icp" / "whynow.toml"
DAY = date(2026, 9, 15)
# account name: the triggers it had, as (type, days before DAY, fields)
TRIGGERS = {
    "Alder Analytics": [("funding", 2, {"amount": 30_000_000, "currency": "USD",
                                        "round": "series_b", "lead_investors": ["Oakfield"]})],
    "Birchway Software": [("funding", 2, {"round": "seed"})],
    "Cedarline Health": [("leadership_change", 10, {"person": "Maya Chen", "role": "CFO",
                                                    "change": "joined"})],
    "Dunmore Cloud": [("hiring_spike", 3, {"department": "Sales", "new_postings": 9,
                                           "window_days": 14, "example_titles": ["AE"]}),
                      ("tech_stack_change", 20, {"technology": "Snowflake",
                                                 "direction": "adopted"})],
    "Elmstead Systems": [("funding", 95, {"round": "series_a"})],  # past its useful life
    "Fernhill Data": [("leadership_change", 60, {"person": "Ravi Iyer", "role": "CTO",
                                                 "change": "departed"})],
    "Gorse Labs": [("funding", 1, {"round": "series_c"})],  # an existing customer
    "Hazelmere Bet": [("hiring_spike", 1, {"department": "Marketing", "new_postings": 8,
                                           "window_days": 14})],  # gambling
    "Juniper Row": [("tech_stack_change", 5, {"technology": "Salesforce",
                                              "previous_technology": "HubSpot",
                                              "direction": "migrated"})],
    "Kelpie Robotics": [("funding", 7, {"round": "series_a"})],
    "Quarry Point": [("funding", 40, {"round": "series_b"}),
                     ("leadership_change", 12, {"person": "Lena Park", "role": "VP Sales",
                                                "change": "joined"})],
    "Yarrow Networks": [("hiring_spike", 0, {"department": "Engineering", "new_postings": 12,
                                             "window_days": 14})],
}


def add_event(store: Store, name: str, kind: str, published: date, fields: dict,
              summary: str | None = None) -> str:
    account_id = find_account_id(store, name)
    event_id = f"{account_id}-{kind}"
    save_event(store, Event(event_id, kind, account_id, name, 0.9, fields,
                            summary or f"{kind} at {name}", published,
                            [Evidence(f"https://news.example.com/{event_id}",
                                      f"{name} reported a {kind}.", published, event_id)]))
    return event_id


def load_thirty(store: Store) -> Store:
    """The 30-account watchlist with TRIGGERS stored as events."""
    report = import_file(store, FIXTURES / "watchlists" / "thirty-accounts.csv")
    assert (report.new, report.errors) == (30, [])
    for name, triggers in TRIGGERS.items():
        for kind, age, fields in triggers:
            add_event(store, name, kind, DAY - timedelta(days=age), fields)
    return store
