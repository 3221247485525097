"""The daily job and its stages: `whynow crawl`, `detect`, `run`, `demo`, `runs`."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from whynow.store import DEFAULT_DB, Store

from .common import (
    AsOfOption,
    BriefFormat,
    DbOption,
    DeliverOption,
    FingerprintsOption,
    IcpOption,
    OutputOption,
    TopOption,
    app,
    as_of_day,
    err,
    fail,
    load_icp_or_fail,
    optional_day,
    out,
    use_fingerprints,
)

SourceOption = Annotated[list[str] | None, typer.Option(
    "--source", help="Only this source kind (greenhouse, lever, ashby, feed); repeatable.")]
AccountOption = Annotated[list[str] | None, typer.Option(
    "--account", help="Only this account (id, domain or name); repeatable.")]
SetOption = Annotated[list[str] | None, typer.Option(
    "--set", help="A crawl setting, KEY=VALUE (e.g. WHYNOW_ASHBY_URL=http://mirror/{board}).")]


@app.command()
def crawl(
    account: AccountOption = None,
    source: SourceOption = None,
    as_of: AsOfOption = None,
    setting: SetOption = None,
    fingerprints: FingerprintsOption = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Fetch every source of the watchlist into the store, politely, and print per-source stats.

    Exits 1 when a source failed or was blocked (everything else is still stored).

    Examples:

      whynow crawl

      whynow crawl --source ashby --set WHYNOW_ASHBY_URL=http://127.0.0.1:8000/{board}.json

      whynow crawl --source site --fingerprints our-tools.json
    """
    use_fingerprints(fingerprints)
    overrides = dict(_parse_setting(item) for item in setting or [])
    summary = _crawl(db, account, source, optional_day(as_of), overrides)
    if not summary.ok:
        raise typer.Exit(1)


def _crawl(db: Path, accounts: list[str] | None, kinds: list[str] | None, as_of: date | None,
           overrides: dict[str, str]):
    from crawlers import crawl as run_crawl
    from watchlists import SOURCE_KINDS, find_account_id

    unknown = sorted(set(kinds or []) - set(SOURCE_KINDS))
    if unknown:
        raise fail(f"unknown source kind {', '.join(unknown)}: use {', '.join(SOURCE_KINDS)}")
    account_ids = None
    if accounts:
        with Store(db) as store:
            account_ids = [find_account_id(store, key) for key in accounts]
        missing = [key for key, found in zip(accounts, account_ids, strict=True) if not found]
        if missing:
            raise fail(f"not on the watchlist: {', '.join(missing)}")
    with Progress(TextColumn("crawling"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.description}"), console=err, transient=True) as progress:
        task = progress.add_task("", total=None)

        def done(line: dict) -> None:
            progress.update(task, advance=1, description=f"{line['kind']} {line['source']}")

        summary, planned = run_crawl(db, account_ids, kinds, as_of, overrides, done)
    _print_crawl(summary, planned)
    return summary


def _parse_setting(item: str) -> tuple[str, str]:
    key, sep, value = item.partition("=")
    if not sep or not key.strip():
        raise fail(f"--set takes KEY=VALUE, got {item!r}")
    return key.strip(), value


def _print_crawl(summary, planned: int) -> None:
    if not planned:
        err.print("no sources to crawl: add some with `whynow watchlist add` or `import`")
        return
    counts = ("fetched", "new", "changed", "unchanged", "closed", "failed")
    table = Table("kind", "account", "status", *counts, title=f"crawl {summary.run_id}")
    problems = [row for row in summary.sources if row["message"]]
    # A long crawl lists only the sources that need a look; the totals cover the rest.
    shown = problems if len(summary.sources) > 40 else summary.sources
    for row in shown:
        colour = {"ok": "green", "not_modified": "green", "blocked": "magenta"}.get(
            row["status"], "red")
        table.add_row(row["kind"], row["account_id"] or "(watchlist)",
                      f"[{colour}]{row['status']}[/{colour}]", *(str(row[c]) for c in counts))
    if shown:
        err.print(table)
    for row in problems:
        err.print(f"[yellow]{row['kind']} {escape(row['source'])}[/yellow] ({row['status']}):"
                  f" {escape(row['message'])}", highlight=False)
    totals = summary.totals
    err.print(
        f"{len(summary.sources)}/{planned} sources: {totals['ok']} ok, "
        f"{totals['not_modified']} not modified, {totals['failed']} failed, "
        f"{totals['blocked']} blocked; {totals['fetched']} fetched, {totals['new']} new, "
        f"{totals['changed']} changed, {totals['unchanged']} unchanged, "
        f"{totals['closed']} closed")
    if summary.error:
        err.print(f"[red]{escape(summary.error)}[/red]")


@app.command()
def detect(
    documents: Annotated[Path | None, typer.Argument(
        help="JSON lines (id, title, text, url, published); '-' for stdin. Without it: the"
        " store's new articles and postings.")] = None,
    watchlist: Annotated[Path | None, typer.Option(
        help="Link companies to the accounts of this CSV/YAML instead of the store's.")] = None,
    as_of: AsOfOption = None,
    reread: Annotated[bool, typer.Option("--all", help="Read every stored article again.")] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Turn observations into trigger events linked to accounts.

    Examples:

      whynow detect                          # the store: new articles, posting history

      whynow detect docs.jsonl > events.jsonl

      cat docs.jsonl | whynow detect - --watchlist accounts.csv
    """
    if documents is not None:
        _detect_documents(documents, watchlist, db)
        return
    from triggers import detect_store

    day = as_of_day(as_of)
    with Store(db) as store, err.status("detecting triggers"):
        summary = detect_store(store, day, reread=reread)
    _print_detect(summary)


def _print_detect(summary) -> None:
    types = ", ".join(f"{n} {t}" for t, n in sorted(summary.by_type.items())) or "none"
    err.print(f"{summary.articles} articles read; events: {summary.events['new']} new"
              f" ({types}), {summary.events['updated']} updated,"
              f" {summary.events['unchanged']} unchanged")
    for note in summary.notes:
        err.print(f"[yellow]note:[/yellow] {escape(note)}", highlight=False)


def _detect_documents(path: Path, watchlist: Path | None, db: Path) -> None:
    from triggers import account_index, detect_documents, sentence_typer
    from triggers import document_from_json as parse

    index = _watchlist_index(watchlist, db)
    stream = sys.stdin if str(path) == "-" else path.open(encoding="utf-8")
    bad = 0

    def documents():
        nonlocal bad
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                yield parse(json.loads(line))
            except ValueError as error:
                bad += 1
                err.print(f"[yellow]{path}:{number}:[/yellow] {escape(str(error))}")

    if index is None:
        with Store(db) as store:
            index = account_index(store)
    for document, events in detect_documents(documents(), index, sentence_typer()):
        payload = [{
            "type": e.type, "company": e.company, "account_id": e.account_id,
            "confidence": round(e.confidence, 3), "fields": e.fields,
            "evidence": {"url": document.url, "quote": e.evidence[0].quote,
                         "published": document.published.isoformat()
                         if document.published else None},
        } for e in events]
        sys.stdout.write(json.dumps({"id": document.id, "events": payload}) + "\n")
    if bad:
        raise typer.Exit(1)


def _watchlist_index(watchlist: Path | None, db: Path):
    """An account index from a watchlist file, read into a throwaway in-memory store."""
    if watchlist is None:
        return None
    from triggers import account_index
    from watchlists import import_file

    with Store(":memory:") as scratch:
        report = import_file(scratch, watchlist)
        for line, reason in report.errors:
            err.print(f"[yellow]{watchlist}:{line}:[/yellow] {escape(reason)}")
        return account_index(scratch)


@app.command()
def run(
    as_of: AsOfOption = None,
    owner: Annotated[str | None, typer.Option(help="Brief only this owner's accounts.")] = None,
    fmt: BriefFormat = "md",
    top: TopOption = None,
    deliver: DeliverOption = None,
    output: OutputOption = None,
    setting: SetOption = None,
    fingerprints: FingerprintsOption = None,
    icp: IcpOption = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """The daily job: crawl, detect, brief (and deliver). Exits 1 if a source failed or a
    delivery did not go out (the brief is still written).

    Examples:

      whynow run --owner ana@example.com --format html -o today.html

      whynow run --deliver email
    """
    from triggers import detect_store

    from .briefs import make_brief

    day = as_of_day(as_of)
    load_icp_or_fail(icp)  # a broken ICP fails before the crawl, not after it
    use_fingerprints(fingerprints)
    overrides = dict(_parse_setting(item) for item in setting or [])
    summary = _crawl(db, None, None, optional_day(as_of), overrides)
    with Store(db) as store, err.status("detecting triggers"):
        detected = detect_store(store, day)
    _print_detect(detected)
    make_brief(db, day, owner, fmt, top, None, False, icp, deliver or [], output)
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def demo(
    out_dir: Annotated[Path, typer.Option("--out", help="Where the briefs go.")] = Path("demo-out"),
    db: Annotated[Path | None, typer.Option("--db", help="Default: OUT/demo.duckdb, fresh.")] = None,
) -> None:
    """The whole loop offline: serve the bundled demo world on 127.0.0.1, crawl it with the
    real spiders over two days, detect, and write the day-two brief.

    Example:  whynow demo --out demo-out
    """
    from whynow.demo import run_demo

    run_demo(out_dir, db, crawl=_crawl, detect_printer=_print_detect, console=err, output=out)


@app.command()
def runs(
    limit: Annotated[int, typer.Option(help="How many of the latest runs.")] = 10,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Past crawl runs with their totals.

    Example:  whynow runs --limit 3
    """
    with Store(db) as store:
        rows = store.rows("SELECT * FROM runs ORDER BY started_at DESC LIMIT ?", [limit])
    table = Table("run", "as of", "started", "status", "totals")
    for row in rows:
        totals = json.loads(row["summary"] or "{}")
        table.add_row(row["run_id"], str(row["as_of"] or ""), str(row["started_at"]),
                      row["status"], " ".join(f"{k}={v}" for k, v in totals.items() if v))
    out.print(table)


@app.command()
def fingerprint(
    pages: Annotated[list[str], typer.Argument(help="Saved HTML files or http(s) URLs.")],
    fingerprints: FingerprintsOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
) -> None:
    """The technologies each page shows, with the evidence each rests on: the catalogue a
    `site` crawl uses, on pages you saved or fetch now (our user agent, robots.txt obeyed).

    Examples:

      whynow fingerprint saved/acme-home.html

      whynow fingerprint https://acme.example/ --format jsonl | jq .name
    """
    from triggers.technologies import Catalogue

    if fmt not in ("table", "jsonl"):
        raise fail(f"unknown format {fmt!r}: use table or jsonl")
    use_fingerprints(fingerprints)
    catalogue = Catalogue.load()
    table = Table("page", "technology", "categories", "version", "evidence")
    failed = False
    for location in pages:
        try:
            page = _page(location)
        except (OSError, ValueError) as error:
            err.print(f"[red]{escape(location)}:[/red] {escape(str(error))}", highlight=False)
            failed = True
            continue
        for found in catalogue.analyze(page):
            if fmt == "jsonl":
                sys.stdout.write(json.dumps({"page": location, **found.to_dict()}) + "\n")
            table.add_row(location, found.name, ", ".join(found.categories), found.version or "",
                          "\n".join(found.evidence))
    if fmt == "table":
        out.print(table)
    if failed:
        raise typer.Exit(1)


def _page(location: str):
    """A saved file, or a URL fetched once (headers and cookies included)."""
    from crawlers.discovery import fetch_page
    from triggers.technologies import Page

    if location.startswith(("http://", "https://")):
        return fetch_page(location)
    return Page(Path(location).resolve().as_uri(), Path(location).read_text("utf-8", "replace"))
