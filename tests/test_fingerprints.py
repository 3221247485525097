"""Technology fingerprints: each saved page gives these technologies, each with the evidence
it rests on (golden files); user catalogues in Wappalyzer's shape extend ours."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from triggers.technologies import Catalogue, CatalogueError, Page

from .conftest import FIXTURES

PAGES = FIXTURES / "pages"


def analyze(name: str, catalogue: Catalogue | None = None) -> dict[str, list[str]]:
    headers_file = PAGES / f"{name}.headers.json"
    headers = json.loads(headers_file.read_text()) if headers_file.exists() else {}
    page = Page(f"https://{name}.example/", (PAGES / f"{name}.html").read_text(), headers)
    return {d.name: d.evidence for d in (catalogue or Catalogue.load()).analyze(page)}


@pytest.mark.parametrize("name", sorted(p.stem for p in PAGES.glob("*.html")))
def test_a_saved_page_gives_these_technologies_with_their_evidence(name):
    actual = analyze(name)
    golden = PAGES / f"{name}.expected.json"
    if os.environ.get("WHYNOW_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(actual, indent=1) + "\n")
    assert actual == json.loads(golden.read_text())


def test_a_tag_manager_page_is_not_taken_for_the_tools_it_mentions():
    found = analyze("tag-manager-only")
    assert set(found) == {"Google Tag Manager"}


def test_the_catalogue_covers_what_b2b_sellers_ask_about():
    catalogue = Catalogue.load()
    assert len(catalogue) >= 150
    categories = {c for tech in catalogue.technologies.values() for c in tech.categories}
    for wanted in ("CRM", "Marketing automation", "Analytics", "Tag managers",
                   "Live chat and support", "Customer data platforms", "Cookie consent",
                   "A/B testing and personalisation", "Session replay", "Payments", "E-commerce",
                   "CMS", "Scheduling", "Data stack"):
        assert wanted in categories, wanted


def test_versions_come_from_the_version_tag():
    page = Page("https://x.example/", '<meta name="generator" content="WordPress 6.5.2">')
    [wordpress] = [d for d in Catalogue.load().analyze(page) if d.name == "WordPress"]
    assert wordpress.version == "6.5.2"


def test_a_user_catalogue_in_wappalyzer_shape_adds_technologies(tmp_path: Path):
    extra = tmp_path / "ours.json"
    extra.write_text(json.dumps({
        "categories": {"90": {"name": "Internal tools", "priority": 9}},
        "technologies": {"Acme Widget": {
            "cats": [90], "website": "https://widget.example",
            "scriptSrc": "cdn\\.acmewidget\\.example/v(\\d+)/\\;version:\\1\\;confidence:80",
            "cookies": {"acmew_": ""}, "implies": "Stripe"}}}))
    catalogue = Catalogue.load([extra])
    page = Page("https://x.example/",
                '<script src="https://cdn.acmewidget.example/v3/w.js"></script>',
                cookies={"acmew_session": "1"})
    found = {d.name: d for d in catalogue.analyze(page)}
    widget = found["Acme Widget"]
    assert (widget.categories, widget.version, widget.confidence) == (["Internal tools"], "3", 100)
    assert widget.evidence == ["scriptSrc: https://cdn.acmewidget.example/v3/w.js",
                               "cookies: acmew_session"]
    assert found["Stripe"].evidence == ["implied by Acme Widget"]


def test_a_broken_user_catalogue_names_the_file_and_the_technology(tmp_path: Path):
    extra = tmp_path / "broken.json"
    extra.write_text(json.dumps({"technologies": {"Bad": {"cats": [1], "html": "(unclosed"}}}))
    with pytest.raises(CatalogueError, match=r"broken\.json: technology 'Bad'"):
        Catalogue.load([extra])


def test_job_text_names_technologies_by_their_jobs_pattern():
    found = Catalogue.load().in_text(
        "You will own our Salesforce instance and help us move reporting to Snowflake and dbt."
        " Our front end is a snowflake of legacy code.")
    assert set(found) == {"Salesforce", "Snowflake", "dbt"}


def test_the_cheap_literal_test_never_hides_a_match():
    from dataclasses import replace

    catalogue = Catalogue.load()
    plain = Catalogue({name: replace(
        tech, jobs=replace(tech.jobs, literals=None) if tech.jobs else None,
        patterns={key: ({k: [replace(p, literals=None) for p in v] for k, v in value.items()}
                        if isinstance(value, dict) else [replace(p, literals=None) for p in value])
                  for key, value in tech.patterns.items()})
        for name, tech in catalogue.technologies.items()})
    for path in [*PAGES.glob("*.html"), *(FIXTURES / "sites").rglob("*.html")]:
        page = Page("https://x.example/", path.read_text())
        assert [d.to_dict() for d in catalogue.analyze(page)] == [
            d.to_dict() for d in plain.analyze(page)], path.name
        assert catalogue.in_text(page.html) == plain.in_text(page.html), path.name


@pytest.mark.parametrize(("regex", "literals"), [
    (r"js\.hs-scripts\.com/", ("js.hs-scripts.com/",)),
    (r"(?:job-)?boards\.greenhouse\.io/[a-z0-9_-]+", ("boards.greenhouse.io/",)),
    (r"\bPower ?BI\b", ("power",)),
    (r"\b(?:Pardot|Account Engagement)\b", ("pardot", "account engagement")),
    (r"\bGoogle Analytics\b|\bGA4\b", ("google analytics", "ga4")),
    (r"(?:G|UA)-\d+", None),
])
def test_the_literal_a_pattern_needs(regex, literals):
    from triggers.technologies.fingerprint import required_literals

    assert required_literals(regex) == literals


def user_catalogue(tmp_path: Path) -> Path:
    path = tmp_path / "ours.json"
    path.write_text(json.dumps({"technologies": {"Forklift Chat": {
        "cats": [6], "website": "https://forkliftchat.example",
        "scriptSrc": "widget\\.forkliftchat\\.example/"}}}))
    return path


def test_the_fingerprint_command_reads_saved_pages_and_urls(tmp_path, site, monkeypatch):
    monkeypatch.setenv("WHYNOW_FINGERPRINTS", "")  # the command sets it; undone after the test
    from typer.testing import CliRunner

    from whynow.cli import app

    page = tmp_path / "home.html"
    page.write_text('<script src="https://widget.forkliftchat.example/w.js"></script>'
                    '<script src="https://js.stripe.com/v3/"></script>')
    result = CliRunner().invoke(app, ["fingerprint", str(page), "--fingerprints",
                                      str(user_catalogue(tmp_path)), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["name"] for line in result.stdout.splitlines()] == [
        "Forklift Chat", "Stripe"]
    result = CliRunner().invoke(app, ["fingerprint", site.url("pages/shop.html"), "--format",
                                      "jsonl"])
    assert "Shopify" in {json.loads(line)["name"] for line in result.stdout.splitlines()}


def test_a_crawl_with_fingerprints_of_your_own_finds_them_on_the_homepage(tmp_path, db, site,
                                                                         monkeypatch):
    monkeypatch.setenv("WHYNOW_FINGERPRINTS", "")
    from typer.testing import CliRunner

    from whynow.cli import app

    from .helpers import rows, watch

    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text(
        '<html><script src="https://widget.forkliftchat.example/w.js"></script></html>')
    site.root = tmp_path / "site"
    watch(db, "Acme Robotics", "acmerobotics.example", site=[site.url("/")])
    result = CliRunner().invoke(app, ["crawl", "--fingerprints", str(user_catalogue(tmp_path)),
                                      "--set", "DOWNLOAD_DELAY=0", "--db", str(db)])
    assert result.exit_code == 0, result.output
    [snapshot] = rows(db, "SELECT technologies FROM page_snapshots")
    assert [t["name"] for t in json.loads(snapshot["technologies"])] == ["Forklift Chat"]
