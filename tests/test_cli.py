"""The command line: the detect contract, the daily run, exit codes and help."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from whynow.cli import app

from .conftest import FAST, FIXTURES
from .helpers import rows, watch

runner = CliRunner()
FAST_SETTINGS = [arg for key, value in FAST.items() for arg in ("--set", f"{key}={value}")]

DOCUMENTS = [
    {"id": "d1", "title": "Acme Robotics Raises $25 Million Series B",
     "text": "Acme Robotics today announced it has raised $25 million in Series B funding led "
             "by Ridgeline Ventures.", "url": "https://news.example/d1", "published": "2026-03-02"},
    {"id": "d2", "title": "Warehouse robots: a market overview",
     "text": "Analysts expect steady growth in warehouse automation.", "url": "", "published": None},
    {"id": "d3", "title": "Globex names Ana Ruiz Chief Revenue Officer",
     "text": "Globex has appointed Ana Ruiz as Chief Revenue Officer.",
     "url": "https://news.example/d3", "published": "2026-03-04"},
]


def test_detect_writes_one_json_line_per_document_in_the_contract_shape(tmp_path, db):
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps(d) + "\n" for d in DOCUMENTS))
    result = runner.invoke(app, ["detect", str(docs), "--watchlist",
                                 str(FIXTURES / "watchlists" / "ours.csv"), "--db", str(db)])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["d1", "d2", "d3"]
    [funding] = lines[0]["events"]
    assert set(funding) == {"type", "company", "account_id", "confidence", "fields", "evidence"}
    assert (funding["type"], funding["company"], funding["account_id"]) == (
        "funding", "Acme Robotics", "acmerobotics.example")
    assert funding["evidence"]["url"] == "https://news.example/d1"
    assert funding["evidence"]["published"] == "2026-03-02"
    assert lines[1]["events"] == []
    [leader] = lines[2]["events"]
    assert (leader["company"], leader["account_id"]) == ("Globex", None)
    # The watchlist file had bad rows: they are reported, detection still ran.
    assert "ours.csv:4:" in result.output


def test_detect_reports_a_bad_line_by_number_and_keeps_the_rest(tmp_path, db):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps(DOCUMENTS[0]) + "\n{not json\n" + json.dumps({"id": "x"}) + "\n"
                    + json.dumps(DOCUMENTS[2]) + "\n")
    result = runner.invoke(app, ["detect", str(docs), "--db", str(db)])
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["d1", "d3"]
    assert "docs.jsonl:2:" in result.output and "docs.jsonl:3: missing text" in result.output


def test_run_crawls_detects_and_briefs_in_one_go(db, site, tmp_path):
    watch(db, "Acme Robotics", "acmerobotics.example",
          lever=[site.url("boards/lever-acme.json")], feed=[site.url("feeds/acme-news.rss")])
    brief = tmp_path / "brief.json"
    result = runner.invoke(app, ["run", "--as-of", "2026-03-05", "--format", "json", "-o",
                                 str(brief), "--db", str(db), *FAST_SETTINGS])
    assert result.exit_code == 0, result.output
    assert "2/2 sources: 2 ok" in result.output
    assert "events: 2 new (1 funding, 1 leadership_change)" in result.output
    [owner] = json.loads(brief.read_text())["owners"]
    [account] = owner["accounts"]
    assert account["name"] == "Acme Robotics"
    assert account["why_now"].startswith("Raised $25M (Series B) led by Ridgeline Ventures")


def test_crawl_exits_non_zero_when_a_source_fails_and_keeps_the_rest(db, site):
    watch(db, "Acme Robotics", "acmerobotics.example",
          lever=[site.url("boards/lever-acme.json"), site.url("boards/malformed.json")])
    result = runner.invoke(app, ["crawl", "--db", str(db), *FAST_SETTINGS])
    assert result.exit_code == 1
    assert "1 ok, 0 not modified, 1 failed" in result.output
    assert "malformed JSON at" in result.output
    assert rows(db, "SELECT count(*) AS n FROM job_postings") == [{"n": 2}]


def test_crawl_of_one_account_and_one_kind(db, site):
    watch(db, "Acme Robotics", "acmerobotics.example",
          lever=[site.url("boards/lever-acme.json")], feed=[site.url("feeds/acme-news.rss")])
    watch(db, "Other", "other.example", lever=[site.url("boards/ashby-acme.json")])
    result = runner.invoke(app, ["crawl", "--account", "Acme Robotics", "--source", "lever",
                                 "--db", str(db), *FAST_SETTINGS])
    assert result.exit_code == 0, result.output
    assert "1/1 sources: 1 ok" in result.output


def test_unknown_source_kind_and_bad_date_are_refused(db):
    assert runner.invoke(app, ["crawl", "--source", "myspace", "--db", str(db)]).exit_code == 1
    result = runner.invoke(app, ["brief", "--as-of", "June 8", "--db", str(db)])
    assert result.exit_code == 2 and "not a date" in result.output


@pytest.mark.parametrize("command", [["--help"], ["crawl", "--help"], ["detect", "--help"],
                                     ["brief", "--help"], ["run", "--help"],
                                     ["watchlist", "import", "--help"], ["demo", "--help"]])
def test_every_command_has_help_with_an_example(command):
    result = runner.invoke(app, command)
    assert result.exit_code == 0
    assert "whynow" in result.output and ("Example" in result.output
                                           or "Quick start" in result.output)
