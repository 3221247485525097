"""The `whynow` command: a small CLI over the DuckDB store."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from .clock import parse_day, today
from .store import DEFAULT_DB, Store

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

app = typer.Typer(
    help="whynow: which of your target accounts just entered a buying window, and why.\n\n"
    "Quick start:  whynow demo\n\n"
    "Daily:  whynow watchlist import accounts.csv && whynow run --owner ana@example.com",
    no_args_is_help=True, rich_markup_mode="markdown", add_completion=False)
watchlist_app = typer.Typer(help="Keep the watchlist: accounts and their sources.",
                            no_args_is_help=True)
app.add_typer(watchlist_app, name="watchlist")

err = Console(stderr=True, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

DbOption = Annotated[Path, typer.Option("--db", envvar="WHYNOW_DB", help="The DuckDB file.")]
AsOfOption = Annotated[str | None, typer.Option(
    "--as-of", help="Treat this day (YYYY-MM-DD) as today; default: today.")]


def _as_of(text: str | None) -> date:
    try:
        return parse_day(text) or today()
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--as-of") from error


def _optional_day(text: str | None) -> date | None:
    return _as_of(text) if text else None


def fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    return typer.Exit(code)


# --- watchlist -----------------------------------------------------------------------------

@watchlist_app.command("import")
def watchlist_import(
    file: Annotated[Path, typer.Argument(help="CSV (ours, HubSpot or Salesforce columns) or YAML.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Import accounts; a bad row is reported with its line number and the good rows are kept.

    Examples:

      whynow watchlist import accounts.csv

      whynow watchlist import hubspot-companies-export.csv --db team.duckdb
    """
    from watchlists import import_file

    if not file.is_file():
        raise fail(f"no such file: {file}")
    with Store(db) as store:
        try:
            report = import_file(store, file)
        except (ValueError, UnicodeDecodeError) as error:
            raise fail(str(error)) from error
    for line, reason in report.errors:
        err.print(f"[yellow]{file}:{line}:[/yellow] {escape(reason)}", highlight=False)
    feeds = f", {report.feeds} watchlist-wide feeds" if report.feeds else ""
    err.print(f"{report.new} new, {report.changed} changed, {report.unchanged} unchanged,"
              f" {len(report.errors)} rejected{feeds}")
    if not report.ok:
        raise typer.Exit(1)


@watchlist_app.command("add")
def watchlist_add(
    name: Annotated[str, typer.Argument(help="Company name as people write it.")],
    domain: Annotated[str | None, typer.Option(help="Its website; the account's key.")] = None,
    owner: Annotated[str | None, typer.Option(help="Who sells to it (email or name).")] = None,
    alias: Annotated[list[str] | None, typer.Option(help="Another name it goes by.")] = None,
    industry: Annotated[str | None, typer.Option()] = None,
    employees: Annotated[int | None, typer.Option()] = None,
    country: Annotated[str | None, typer.Option()] = None,
    tier: Annotated[str | None, typer.Option()] = None,
    greenhouse: Annotated[list[str] | None, typer.Option(help="Greenhouse board token or URL.")] = None,
    lever: Annotated[list[str] | None, typer.Option(help="Lever site name or URL.")] = None,
    ashby: Annotated[list[str] | None, typer.Option(help="Ashby job board name or URL.")] = None,
    feed: Annotated[list[str] | None, typer.Option(help="RSS/Atom feed URL (newsroom).")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Add an account (or add sources to one already there; nothing set by hand is replaced).

    Example:

      whynow watchlist add "Acme Robotics" --domain acme.io --owner ana@example.com \\
        --greenhouse acme --feed https://acme.io/news/rss.xml
    """
    from watchlists import Account, RowError, check_source, normalize_domain, save_account

    sources = {kind: values for kind, values in
               (("greenhouse", greenhouse), ("lever", lever), ("ashby", ashby), ("feed", feed))
               if values}
    try:
        for kind, values in sources.items():
            for value in values:
                check_source(kind, value)
        account = Account(name=name.strip(), domain=normalize_domain(domain) if domain else None,
                          aliases=alias or [], owner=owner, industry=industry,
                          employees=employees, country=country, tier=tier, sources=sources)
    except (ValueError, RowError) as error:
        raise fail(str(error)) from error
    with Store(db) as store:
        outcome = save_account(store, account, origin="manual")
    err.print(f"{account.name} ({account.account_id}): {outcome}")


@watchlist_app.command("list")
def watchlist_list(
    owner: Annotated[str | None, typer.Option(help="Only this owner's accounts.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or jsonl.")] = "table",
    db: DbOption = DEFAULT_DB,
) -> None:
    """List accounts with their sources.

    Example:  whynow watchlist list --format jsonl | jq .domain
    """
    from watchlists import export_csv, export_jsonl, load_accounts

    with Store(db) as store:
        accounts = load_accounts(store, owner=owner)
    if fmt == "csv":
        sys.stdout.write(export_csv(accounts))
    elif fmt == "jsonl":
        sys.stdout.write(export_jsonl(accounts))
    elif fmt == "table":
        table = Table("account", "name", "owner", "sources")
        for account in accounts:
            sources = ", ".join(f"{k}:{len(v)}" for k, v in sorted(account.sources.items()))
            table.add_row(account.account_id, account.name, account.owner or "", sources)
        out.print(table)
    else:
        raise fail(f"unknown format {fmt!r}: use table, csv or jsonl")


@watchlist_app.command("remove")
def watchlist_remove(
    account: Annotated[str, typer.Argument(help="Account id, domain or exact name.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Remove an account and its sources (what was observed about it stays in the store).

    Example:  whynow watchlist remove acme.io
    """
    from watchlists import find_account_id, remove_account

    with Store(db) as store:
        account_id = find_account_id(store, account)
        if account_id is None:
            raise fail(f"no account {account!r} on the watchlist")
        remove_account(store, account_id)
    err.print(f"removed {account_id}")


@watchlist_app.command("export")
def watchlist_export(
    fmt: Annotated[str, typer.Option("--format", help="csv, yaml or jsonl.")] = "csv",
    output: OutputOption = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write the watchlist in the columns `import` reads (a round trip changes nothing).

    Example:  whynow watchlist export --format yaml -o watchlist.yaml
    """
    from watchlists import export_csv, export_jsonl, export_yaml, load_accounts, watchlist_feeds

    with Store(db) as store:
        accounts = load_accounts(store)
        feeds = watchlist_feeds(store)
    writers = {"csv": lambda: export_csv(accounts), "jsonl": lambda: export_jsonl(accounts),
               "yaml": lambda: export_yaml(accounts, feeds)}
    if fmt not in writers:
        raise fail(f"unknown format {fmt!r}: use csv, yaml or jsonl")
    _write(writers[fmt](), output)


@watchlist_app.command("feeds")
def watchlist_feeds_command(
    add: Annotated[list[str] | None, typer.Option(help="A news feed URL to watch.")] = None,
    remove: Annotated[list[str] | None, typer.Option(help="A news feed URL to drop.")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """News feeds that belong to no single account (industry news, wires); list them, or
    add and remove some. Every article is linked to the accounts it is about.

    Example:  whynow watchlist feeds --add https://news.example.com/rss
    """
    from watchlists import WATCHLIST_WIDE, RowError, add_sources, check_source, remove_source
    from watchlists import watchlist_feeds as feeds_of

    with Store(db) as store:
        try:
            for url in add or []:
                check_source("feed", url)
        except RowError as error:
            raise fail(str(error)) from error
        add_sources(store, WATCHLIST_WIDE, {"feed": add or []}, "manual")
        for url in remove or []:
            if not remove_source(store, WATCHLIST_WIDE, "feed", url):
                err.print(f"[yellow]not a watchlist feed:[/yellow] {url}")
        for url in feeds_of(store):
            out.print(url)


# --- crawl / detect / brief / run ------------------------------------------------------------

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
    db: DbOption = DEFAULT_DB,
) -> None:
    """Fetch every source of the watchlist into the store, politely, and print per-source stats.

    Exits 1 when a source failed or was blocked (everything else is still stored).

    Examples:

      whynow crawl

      whynow crawl --source ashby --set WHYNOW_ASHBY_URL=http://127.0.0.1:8000/{board}.json
    """
    overrides = dict(_parse_setting(item) for item in setting or [])
    summary = _crawl(db, account, source, _optional_day(as_of), overrides)
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

    day = _as_of(as_of)
    with Store(db) as store, err.status("detecting triggers"):
        summary = detect_store(store, day, reread=reread)
    _print_detect(summary)


def _print_detect(summary) -> None:
    types = ", ".join(f"{n} {t}" for t, n in sorted(summary.by_type.items())) or "none"
    err.print(f"{summary.articles} articles read; events: {summary.events['new']} new"
              f" ({types}), {summary.events['updated']} updated,"
              f" {summary.events['unchanged']} unchanged")


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


BriefFormat = Annotated[str, typer.Option("--format", help="md, html or json.")]
DaysOption = Annotated[int, typer.Option(help="How far back a trigger counts as fresh.")]
OutputOption = Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")]


@app.command()
def brief(
    as_of: AsOfOption = None,
    owner: Annotated[str | None, typer.Option(help="Only this owner's accounts.")] = None,
    fmt: BriefFormat = "md",
    days: DaysOption = 30,
    top: Annotated[int | None, typer.Option(help="At most this many accounts per owner.")] = None,
    output: OutputOption = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Per owner, the accounts with fresh triggers, ranked, each with what happened, when,
    and the evidence link and quote.

    Examples:

      whynow brief --owner ana@example.com

      whynow brief --as-of 2026-06-08 --format html -o brief.html
    """
    _brief(db, _as_of(as_of), owner, fmt, days, top, output)


def _brief(db: Path, day: date, owner: str | None, fmt: str, days: int, top: int | None,
           output: Path | None) -> None:
    from briefs import FORMATS, build_brief, render

    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")
    with Store(db) as store:
        result = build_brief(store, day, owner=owner, window_days=days, top=top)
    _write(render(result, fmt), output)
    accounts = sum(len(a) for a in result.owners.values())
    err.print(f"brief for {day.isoformat()}: {accounts} accounts across"
              f" {len(result.owners)} owners" + (f", written to {output}" if output else ""))


@app.command()
def run(
    as_of: AsOfOption = None,
    owner: Annotated[str | None, typer.Option(help="Brief only this owner's accounts.")] = None,
    fmt: BriefFormat = "md",
    days: DaysOption = 30,
    output: OutputOption = None,
    setting: SetOption = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """The daily job: crawl, detect, brief. Exits 1 if a source failed (the brief is still
    written).

    Example:  whynow run --owner ana@example.com --format html -o today.html
    """
    day = _as_of(as_of)
    overrides = dict(_parse_setting(item) for item in setting or [])
    summary = _crawl(db, None, None, _optional_day(as_of), overrides)
    from triggers import detect_store

    with Store(db) as store, err.status("detecting triggers"):
        detected = detect_store(store, day)
    _print_detect(detected)
    _brief(db, day, owner, fmt, days, None, output)
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
    from .demo import run_demo

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


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
