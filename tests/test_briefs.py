"""The brief: the demo world's accounts, ranked, with evidence; crawled text is only text."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from briefs import build_brief, render
from triggers.events import save_event
from triggers.model import Event, Evidence
from whynow.cli import app
from whynow.store import Store

runner = CliRunner()
# Granite Peak Capital appears, rightly, as Helios's lead investor; its own fund close must not.
DISTRACTORS = ("Fund III", "Solstice", "Arbor", "Bramble", "Zephyr", "Orchard", "Meridian",
               "Kestrel", "Larkspur")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    result = runner.invoke(app, ["demo", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def brief_json(demo, day: str) -> dict:
    return json.loads((demo / f"brief-{day}.json").read_text())


def triggers_by_account(brief: dict) -> dict[str, list[str]]:
    return {account["name"]: sorted(e["type"] for e in account["events"])
            for owner in brief["owners"] for account in owner["accounts"]}


def test_day_one_brief_has_only_the_seed_round(demo):
    assert triggers_by_account(brief_json(demo, "day1")) == {"Quillstone": ["funding"]}


def test_day_two_brief_names_the_spike_the_round_and_the_new_cfo(demo):
    brief = brief_json(demo, "day2")
    assert triggers_by_account(brief) == {
        "Helios Energy Systems": ["funding"],
        "Northwind Analytics": ["hiring_spike"],
        "Bluefin Logistics": ["tech_stack_change"],
        "Cobalt Health": ["leadership_change"],
    }
    owners = {owner["owner"]: [a["name"] for a in owner["accounts"]] for owner in brief["owners"]}
    assert owners == {"ana@example.com": ["Helios Energy Systems", "Northwind Analytics",
                                          "Bluefin Logistics"],
                      "ben@example.com": ["Cobalt Health"]}


def test_bluefins_homepage_moved_from_hubspot_to_marketo(demo):
    bluefin = next(a for o in brief_json(demo, "day2")["owners"] for a in o["accounts"]
                   if a["name"] == "Bluefin Logistics")
    [event] = bluefin["events"]
    assert event["fields"] == {"technology": "Marketo", "previous_technology": "HubSpot",
                               "direction": "migrated", "evidence_kind": "site"}


def test_day_two_leaves_out_what_day_one_showed_and_the_customer(demo):
    ana = brief_json(demo, "day2")["owners"][0]
    assert ana["last_brief"] == "2026-06-01"
    assert ana["unchanged_accounts"] == 1  # Quillstone's seed round, briefed on day one
    assert [(d["name"], d["reason"]) for d in ana["disqualified"]] == [
        ("Tidewater Bank", "Existing customer")]


def test_the_round_reported_twice_is_one_event_with_both_sources(demo):
    helios = next(a for o in brief_json(demo, "day2")["owners"] for a in o["accounts"]
                  if a["name"] == "Helios Energy Systems")
    [event] = helios["events"]
    assert event["fields"]["amount"] == 40_000_000
    assert event["fields"]["lead_investors"] == ["Granite Peak Capital"]
    assert sorted(e["url"].split("/")[2] for e in event["evidence"]) == [
        "heliosenergy.com", "news.example.com"]


def test_the_spike_names_its_department_and_examples(demo):
    northwind = next(a for o in brief_json(demo, "day2")["owners"] for a in o["accounts"]
                     if a["name"] == "Northwind Analytics")
    fields = northwind["events"][0]["fields"]
    assert (fields["department"], fields["new_postings"]) == ("Engineering", 6)
    assert fields["example_titles"][0] == "Security Engineer"  # the newest first


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_no_distractor_appears_in_any_format(demo, fmt):
    text = (demo / f"brief-day2.{fmt}").read_text()
    for name in DISTRACTORS:
        assert name not in text, name


def test_markdown_brief_reads_as_a_brief(demo):
    text = (demo / "brief-day2.md").read_text()
    assert text.startswith("# whynow brief, 2026-06-08")
    assert "### 1. Helios Energy Systems (heliosenergy.com)" in text
    assert "**Why now:** Priya Raman joined as Chief Financial Officer" in text
    assert "**Contact:** Priya Raman, new Chief Financial Officer" in text
    assert "- **NEW** **Funding**, 2026-06-04: Raised $40M (Series B) led by Granite Peak" in text
    # The body's sentence is the evidence, not the headline.
    assert "> BOSTON, June 5, 2026 -- Cobalt Health today announced the appointment" in text


def test_a_rerun_of_detect_adds_nothing_to_the_demo_store(demo):
    db = demo / "demo.duckdb"
    with Store(db) as store:
        before = store.scalar("SELECT count(*) FROM events"), store.scalar(
            "SELECT count(*) FROM event_evidence")
    result = runner.invoke(app, ["detect", "--all", "--as-of", "2026-06-08", "--db", str(db)])
    assert result.exit_code == 0
    with Store(db) as store:
        after = store.scalar("SELECT count(*) FROM events"), store.scalar(
            "SELECT count(*) FROM event_evidence")
    assert after == before


def test_brief_for_one_owner_from_the_command_line(demo):
    result = runner.invoke(app, ["brief", "--as-of", "2026-06-08", "--owner", "BEN@example.com",
                                 "--format", "json", "--db", str(demo / "demo.duckdb")])
    assert result.exit_code == 0
    brief = json.loads(result.stdout)
    assert [o["owner"] for o in brief["owners"]] == ["ben@example.com"]


def hostile_store(db) -> Store:
    store = Store(db)
    store.execute("INSERT INTO accounts (account_id, name, domain, owner, created_at, updated_at)"
                  " VALUES ('evil.example', 'Evil <b>Corp</b>', 'evil.example', 'ana', now(),"
                  " now())")
    save_event(store, Event(
        "e1", "funding", "evil.example", "Evil Corp", 0.9,
        {"round": "seed"}, "Raised <script>alert(1)</script>", date(2026, 6, 1),
        [Evidence("javascript:alert(2)", "Quote with <img src=x onerror=alert(3)> and *stars*",
                  date(2026, 6, 1), "a1")]))
    return store


def test_crawled_markup_is_text_in_the_html_brief(db):
    with hostile_store(db) as store:
        html = render(build_brief(store, date(2026, 6, 2)), "html")
    assert "<script>" not in html and "<img" not in html and "<b>Corp" not in html
    assert "Raised &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="#"' in html and "javascript:" not in html.split("href=")[1][:20]


def test_crawled_markup_is_escaped_in_the_markdown_brief(db):
    with hostile_store(db) as store:
        text = render(build_brief(store, date(2026, 6, 2)), "md")
    assert "\\<script\\>" in text and "\\*stars\\*" in text
    assert "(<#>)" in text


def test_days_limits_how_old_a_trigger_may_be(db):
    with hostile_store(db) as store:
        assert build_brief(store, date(2026, 6, 30), max_age_days=30).account_count == 1
        assert build_brief(store, date(2026, 7, 1), max_age_days=30).account_count == 0
        assert build_brief(store, date(2026, 7, 1)).account_count == 1  # within 90 days
