"""`whynow demo`: the daily loop over two days of a bundled world, served on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from importlib import resources
from pathlib import Path

from rich.console import Console

from .localserver import LocalSite
from .store import Store

WORLD = Path(str(resources.files("whynow").joinpath("demo_world")))


def demo_settings(base_url: str) -> dict[str, object]:
    """Point every spider at the local server, and drop the politeness delays that only
    make sense against other people's servers."""
    return {
        "WHYNOW_GREENHOUSE_URL": base_url + "/greenhouse/v1/boards/{board}/jobs",
        "WHYNOW_LEVER_URL": base_url + "/lever/v0/postings/{board}",
        "WHYNOW_ASHBY_URL": base_url + "/ashby/posting-api/job-board/{board}",
        "AUTOTHROTTLE_START_DELAY": 0.05,
        "DOWNLOAD_DELAY": 0,
    }


def run_demo(out_dir: Path, db: Path | None, crawl: Callable, detect_printer: Callable,
             console: Console, output: Console) -> Path:
    """Crawl day one and day two, detect after each, write both briefs (scored against the
    demo ICP, the second showing only what is new); returns the day-two Markdown brief."""
    from briefs import build_brief, record_brief, render
    from triggers import detect_store
    from watchlists import import_file
    from watchlists.icp import load_icp

    out_dir.mkdir(parents=True, exist_ok=True)
    db = db or out_dir / "demo.duckdb"
    for stale in (db, db.with_name(db.name + ".wal")):
        stale.unlink(missing_ok=True)
    days = {label: date.fromisoformat(day)
            for label, day in json.loads((WORLD / "world.json").read_text()).items()}
    icp = load_icp(WORLD / "whynow.toml")
    with LocalSite(WORLD / "day1") as site:
        console.print(f"[bold]demo world[/bold] served at {site.base_url}")
        watchlist = out_dir / "watchlist.yaml"
        watchlist.write_text((WORLD / "watchlist.yaml").read_text().replace(
            "{demo}", site.base_url))
        with Store(db) as store:
            report = import_file(store, watchlist)
        console.print(f"watchlist: {report.new} accounts, {report.feeds} news feeds")
        settings = demo_settings(site.base_url)
        for label, day in days.items():
            site.root = WORLD / label
            console.rule(f"{label}: {day.isoformat()}")
            crawl(db, None, None, day, settings)
            with Store(db) as store:
                detect_printer(detect_store(store, day))
            with Store(db) as store:
                brief = build_brief(store, day, icp=icp)
                record_brief(store, brief)
            for fmt in ("md", "html", "json"):
                (out_dir / f"brief-{label}.{fmt}").write_text(render(brief, fmt))
    final = out_dir / f"brief-{label}.md"
    output.print(final.read_text(), markup=False)
    console.print(f"briefs written to {out_dir}/ (md, html, json); store: {db}")
    return final
