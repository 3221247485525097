"""Watchlist import, add, list, remove and export, through the `whynow` command."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from watchlists import normalize_domain
from whynow.cli import app

from .conftest import FIXTURES
from .helpers import rows

LISTS = FIXTURES / "watchlists"
runner = CliRunner()


def whynow(db, *args: str):
    return runner.invoke(app, [*args, "--db", str(db)])


@pytest.mark.parametrize("value, domain", [
    ("https://www.AcmeRobotics.example/about?x=1", "acmerobotics.example"),
    ("WWW.acme.example.", "acme.example"),
    ("acme.co.uk/careers", "acme.co.uk"),
    ("http://sub.acme.example:8080", "sub.acme.example"),
])
def test_domains_are_normalised(value, domain):
    assert normalize_domain(value) == domain


@pytest.mark.parametrize("value", ["", "acme", "cobalt..example", "http://", "acme .com"])
def test_a_non_domain_is_refused(value):
    with pytest.raises(ValueError):
        normalize_domain(value)


def test_import_keeps_good_rows_and_reports_each_bad_one_by_line(db):
    result = whynow(db, "watchlist", "import", str(LISTS / "ours.csv"))
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if "ours.csv:" in line]
    assert [e.split("ours.csv:")[1].split(":")[0] for e in errors] == ["4", "5", "6", "8"]
    assert "no company name" in errors[0]
    assert "not a domain: 'cobalt..example'" in errors[1]
    assert "employees is not a whole number: 'about fifty'" in errors[2]
    assert "feed is not an http(s) URL: 'not-a-url'" in errors[3]
    assert "3 new, 0 changed, 0 unchanged, 4 rejected" in result.output
    accounts = rows(db, "SELECT account_id, name, aliases, employees FROM accounts ORDER BY 1")
    assert accounts == [
        {"account_id": "acmerobotics.example", "name": "Acme Robotics",
         "aliases": ["Acme", "AcmeBots"], "employees": 420},
        {"account_id": "bluefin.example", "name": "Bluefin Logistics", "aliases": [],
         "employees": 1250},
        {"account_id": "quillstone.example", "name": "Quillstone, Inc.", "aliases": [],
         "employees": 35},
    ]
    sources = rows(db, "SELECT account_id, kind, value, origin FROM sources ORDER BY 1, 2")
    assert sources == [
        {"account_id": "acmerobotics.example", "kind": "feed",
         "value": "https://acmerobotics.example/news/rss.xml", "origin": "import"},
        {"account_id": "acmerobotics.example", "kind": "greenhouse", "value": "acmerobotics",
         "origin": "import"},
        {"account_id": "bluefin.example", "kind": "lever", "value": "bluefin", "origin": "import"},
        {"account_id": "quillstone.example", "kind": "ashby", "value": "Quillstone",
         "origin": "import"},
    ]


def test_reimporting_the_same_file_changes_nothing(db):
    whynow(db, "watchlist", "import", str(LISTS / "hubspot.csv"))
    before = rows(db, "SELECT * FROM accounts ORDER BY account_id")
    result = whynow(db, "watchlist", "import", str(LISTS / "hubspot.csv"))
    assert result.exit_code == 0
    assert "0 new, 0 changed, 3 unchanged, 0 rejected" in result.output
    assert rows(db, "SELECT * FROM accounts ORDER BY account_id") == before


def test_hubspot_company_export_columns_are_understood(db):
    assert whynow(db, "watchlist", "import", str(LISTS / "hubspot.csv")).exit_code == 0
    assert rows(db, "SELECT account_id, name, owner, industry, employees, country FROM accounts"
                    " ORDER BY name") == [
        {"account_id": "kestrelsec.example", "name": "Kestrel Security", "owner": "Ana Lopez",
         "industry": "Computer & Network Security", "employees": None,
         "country": "United States"},
        {"account_id": "northwind.example", "name": "Northwind Analytics", "owner": "Ana Lopez",
         "industry": "Computer Software", "employees": 250, "country": "United States"},
        {"account_id": "orchardretail.example", "name": "Orchard Retail Group",
         "owner": "Ben Okoro", "industry": "Retail", "employees": 3100,
         "country": "United Kingdom"},
    ]


def test_salesforce_account_export_columns_are_understood(db):
    assert whynow(db, "watchlist", "import", str(LISTS / "salesforce.csv")).exit_code == 0
    assert rows(db, "SELECT account_id, owner, employees, country FROM accounts ORDER BY 1") == [
        {"account_id": "meridianfreight.example", "owner": "Ben Okoro", "employees": 540,
         "country": "United States"},
        {"account_id": "name:zephyr-payments", "owner": "Ben Okoro", "employees": 95,
         "country": "Ireland"},
        {"account_id": "tidewaterbank.example", "owner": "Ana Lopez", "employees": 1800,
         "country": "United States"},
    ]


def test_yaml_watchlists_carry_feeds_sources_and_line_numbers(db):
    result = whynow(db, "watchlist", "import", str(LISTS / "watchlist.yaml"))
    assert result.exit_code == 1
    assert "watchlist.yaml:12: employees is not a whole number: 'many'" in result.output
    assert "watchlist.yaml:15: an account must be a mapping" in result.output
    assert "2 new, 0 changed, 0 unchanged, 2 rejected, 1 watchlist-wide feeds" in result.output
    sources = rows(db, "SELECT account_id, kind, value FROM sources ORDER BY 1, 2, 3")
    assert sources == [
        {"account_id": "", "kind": "feed", "value": "https://news.example/wire.xml"},
        {"account_id": "heliosenergy.example", "kind": "feed",
         "value": "https://heliosenergy.example/newsroom.xml"},
        {"account_id": "heliosenergy.example", "kind": "lever", "value": "helios"},
        # A board URL in the website column is a source, not the account's domain.
        {"account_id": "name:ashby-board-only", "kind": "ashby", "value": "ashby-board-only"},
    ]


def test_add_list_remove_and_a_hand_set_source_is_never_overwritten(db):
    assert whynow(db, "watchlist", "add", "Acme Robotics", "--domain", "www.acmerobotics.example",
                  "--owner", "ana@example.com", "--greenhouse", "acme-hand-set").exit_code == 0
    whynow(db, "watchlist", "import", str(LISTS / "ours.csv"))
    sources = rows(db, "SELECT value, origin FROM sources WHERE kind = 'greenhouse'")
    assert sources == [{"value": "acme-hand-set", "origin": "manual"},
                       {"value": "acmerobotics", "origin": "import"}]
    listed = whynow(db, "watchlist", "list", "--format", "jsonl")
    names = [json.loads(line)["name"] for line in listed.stdout.splitlines()]
    assert names == ["Acme Robotics", "Bluefin Logistics", "Quillstone, Inc."]
    assert whynow(db, "watchlist", "remove", "https://acmerobotics.example").exit_code == 0
    assert whynow(db, "watchlist", "remove", "acmerobotics.example").exit_code == 1
    assert rows(db, "SELECT count(*) AS n FROM sources WHERE account_id ="
                    " 'acmerobotics.example'") == [{"n": 0}]


def test_add_refuses_a_bad_domain_with_a_clear_message(db):
    result = whynow(db, "watchlist", "add", "Acme", "--domain", "not a domain")
    assert result.exit_code == 1
    assert "not a domain" in result.output


def test_export_then_import_into_a_new_store_gives_the_same_watchlist(db, tmp_path):
    whynow(db, "watchlist", "import", str(LISTS / "ours.csv"))
    whynow(db, "watchlist", "import", str(LISTS / "watchlist.yaml"))
    exported = tmp_path / "out.yaml"
    assert whynow(db, "watchlist", "export", "--format", "yaml", "-o", str(exported)).exit_code == 0
    copy = tmp_path / "copy.duckdb"
    assert whynow(copy, "watchlist", "import", str(exported)).exit_code == 0
    query = "SELECT account_id, name, aliases, owner, employees FROM accounts ORDER BY 1"
    assert rows(copy, query) == rows(db, query)
    query = "SELECT account_id, kind, value FROM sources ORDER BY 1, 2, 3"
    assert rows(copy, query) == rows(db, query)


def test_csv_export_has_our_import_columns(db):
    whynow(db, "watchlist", "import", str(LISTS / "salesforce.csv"))
    result = whynow(db, "watchlist", "export", "--format", "csv")
    reader = csv.DictReader(io.StringIO(result.stdout))
    assert reader.fieldnames[:3] == ["name", "domain", "aliases"]
    assert [row["name"] for row in reader] == ["Meridian Freight", "Tidewater Bank",
                                                "Zephyr Payments"]
