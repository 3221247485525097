"""The HTML brief, opened in headless Chromium: the reader sees the brief's words, crawled
markup shows as text and runs nothing, and links go only to http(s)."""

from __future__ import annotations

import os
from datetime import date

import pytest

from briefs import build_brief, render
from triggers.events import save_event
from triggers.model import Event, Evidence
from watchlists import Account, save_account
from whynow.store import Store

from .browser import file_url, find_chromium, read_page

if find_chromium() is None:
    if os.environ.get("WHYNOW_REQUIRE_BROWSER") == "1":  # `make test` installs chromium
        raise RuntimeError("WHYNOW_REQUIRE_BROWSER=1 but no chromium is installed")
    pytest.skip("no chromium (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    with Store(folder / "whynow.duckdb") as store:
        save_account(store, Account("Evil <b>Corp</b>", domain="evil.example", owner="ana"))
        save_account(store, Account("Acme Robotics", domain="acme.io", owner="ana"))
        save_event(store, Event(
            "e1", "funding", "evil.example", "Evil Corp", 0.9, {"round": "seed"},
            "Raised <script>alert('title')</script>", date(2026, 6, 1),
            [Evidence("javascript:alert('link')", "Quote <img src=x onerror=alert('img')>",
                      date(2026, 6, 1), "a1")]))
        save_event(store, Event(
            "e2", "leadership_change", "acme.io", "Acme Robotics", 0.9,
            {"person": "Dana Kim", "role": "CTO", "change": "joined"},
            "Dana Kim joined as CTO", date(2026, 6, 1),
            [Evidence("https://news.example.com/acme-cto", "Acme Robotics named Dana Kim CTO.",
                      date(2026, 6, 1), "a2")]))
        html = render(build_brief(store, date(2026, 6, 2)), "html")
    path = folder / "brief.html"
    path.write_text(html, encoding="utf-8")
    return read_page(file_url(path))


def test_crawled_markup_is_text_a_reader_sees_and_runs_nothing(page):
    assert "Raised <script>alert('title')</script>" in page.text
    assert "Quote <img src=x onerror=alert('img')>" in page.text
    assert "Evil <b>Corp</b>" in page.text
    assert page.dialogs == []


def test_the_reader_sees_why_now_who_to_contact_and_the_opener(page):
    assert "Why now: Dana Kim joined as CTO" in page.text
    assert "Contact: Dana Kim, new CTO" in page.text
    assert "Opener: Congratulations on the new role, Dana Kim." in page.text
    assert "NEW Leadership change, 2026-06-01: Dana Kim joined as CTO" in page.text
    assert "Acme Robotics named Dana Kim CTO." in page.text


def test_links_go_to_http_sources_only(page):
    assert "https://news.example.com/acme-cto" in page.links
    assert not [link for link in page.links if link.startswith("javascript:")]
