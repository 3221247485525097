"""`whynow watchlist ...`: accounts and their sources."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from whynow.store import DEFAULT_DB, Store

from .common import DbOption, OutputOption, err, fail, out, watchlist_app, write_output


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
    technology: Annotated[list[str] | None, typer.Option(
        help="A technology it is known to use (for ICP fit rules); repeatable.")] = None,
    contact: Annotated[list[str] | None, typer.Option(
        help="A contact's business email (for Google audiences); repeatable.")] = None,
    greenhouse: Annotated[list[str] | None, typer.Option(help="Greenhouse board token or URL.")] = None,
    lever: Annotated[list[str] | None, typer.Option(help="Lever site name or URL.")] = None,
    ashby: Annotated[list[str] | None, typer.Option(help="Ashby job board name or URL.")] = None,
    feed: Annotated[list[str] | None, typer.Option(help="RSS/Atom feed URL (newsroom).")] = None,
    source: Annotated[list[str] | None, typer.Option(
        help="Any source: KIND=VALUE (workable=acme, personio=acme) or a job board's URL"
        " (https://apply.workable.com/acme); repeatable.")] = None,
    discover: Annotated[bool, typer.Option(
        "--discover", help="Then find its feeds, job board, careers and team pages.")] = False,
    listen: Annotated[bool, typer.Option(
        "--listen", help='Search Google News, Hacker News and Reddit for "NAME".')] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Add an account, or add to one already there: options given change it, sources and
    list values are added, nothing else is replaced.

    Example:

      whynow watchlist add "Acme Robotics" --domain acme.io --owner ana@example.com \\
        --greenhouse acme --feed https://acme.io/news/rss.xml

      whynow watchlist add "Acme Robotics" --source https://acme.recruitee.com --source
        smartrecruiters=AcmeRobotics
    """
    from watchlists import (
        Account,
        RowError,
        check_source,
        load_accounts,
        normalize_domain,
        save_account,
    )

    sources = {kind: values for kind, values in
               (("greenhouse", greenhouse), ("lever", lever), ("ashby", ashby), ("feed", feed))
               if values}
    try:
        for item in source or []:
            kind, value = parse_source_option(item)
            sources.setdefault(kind, []).append(value)
        if listen:
            from watchlists.importer import LISTENING_KINDS

            for kind in LISTENING_KINDS:
                sources.setdefault(kind, []).append(f'"{name.strip()}"')
        for kind, values in sources.items():
            for value in values:
                check_source(kind, value)
        account = Account(name=name.strip(), domain=normalize_domain(domain) if domain else None,
                          aliases=alias or [], owner=owner, industry=industry,
                          employees=employees, country=country, tier=tier,
                          technologies=technology or [], contacts=contact or [], sources=sources)
    except (ValueError, RowError) as error:
        raise fail(str(error)) from error
    with Store(db) as store:
        existing = load_accounts(store, account_ids=[account.account_id])
        if existing:
            account = _merged(existing[0], account)
        outcome = save_account(store, account, origin="manual")
    err.print(f"{account.name} ({account.account_id}): {outcome}")
    if discover:
        if not account.domain:
            raise fail("--discover needs --domain: discovery starts from the website")
        _discover(db, [account.account_id], None)


def parse_source_option(item: str) -> tuple[str, str]:
    """'workable=acme' or a board URL -> (kind, value)."""
    from watchlists import SOURCE_KINDS, RowError
    from watchlists.importer import board_from_url

    kind, sep, value = item.partition("=")
    if sep and kind.strip() in SOURCE_KINDS:
        return kind.strip(), value.strip()
    board = board_from_url(item) if item.startswith(("http://", "https://")) else None
    if board:
        return board
    raise RowError(f"--source {item!r}: use KIND=VALUE ({', '.join(SOURCE_KINDS)}) or the URL"
                   " of a job board")


def _merged(old, new):
    """The stored account with what the command line gave: values set, list entries added."""
    for column in ("owner", "industry", "employees", "country", "tier", "description"):
        if getattr(new, column) is None:
            setattr(new, column, getattr(old, column))
    for column in ("aliases", "technologies", "contacts"):
        setattr(new, column, list(dict.fromkeys(getattr(old, column) + getattr(new, column))))
    return new


@watchlist_app.command("discover")
def watchlist_discover(
    account: Annotated[list[str] | None, typer.Argument(
        help="Account ids, domains or names; default: every account with a domain.")] = None,
    url: Annotated[str | None, typer.Option(
        help="Read the site from this URL instead of https://DOMAIN/ (a mirror); one account.")]
    = None,
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
    db: DbOption = DEFAULT_DB,
) -> None:
    """From each account's website, find its news feeds, the job board behind its careers
    page (Greenhouse, Lever, Ashby, Workable, SmartRecruiters, Recruitee, Personio), a careers
    page with JobPosting data, and its team page; store each with where it was found. A kind
    of source RevOps set by hand is never replaced. Exits 1 if a site could not be read.

    Examples:

      whynow watchlist discover acme.io

      whynow watchlist discover "Acme Robotics" --url http://127.0.0.1:8000/ --format jsonl
    """
    from watchlists import find_account_id

    if fmt not in ("table", "jsonl"):
        raise fail(f"unknown format {fmt!r}: use table or jsonl")
    with Store(db) as store:
        if account:
            ids = [find_account_id(store, key) for key in account]
            missing = [key for key, found in zip(account, ids, strict=True) if not found]
            if missing:
                raise fail(f"not on the watchlist: {', '.join(missing)}")
        else:
            ids = [row["account_id"] for row in store.rows(
                "SELECT account_id FROM accounts WHERE domain IS NOT NULL ORDER BY account_id")]
    if url and len(ids) != 1:
        raise fail("--url reads one site: name one account")
    if not _discover(db, ids, url, fmt):
        raise typer.Exit(1)


def _discover(db: Path, account_ids: list[str], url: str | None, fmt: str = "table") -> bool:
    """Discover and store; prints what was found and from where. False if a site failed."""
    from crawlers.discovery import discover
    from watchlists import add_sources, hand_set_kinds

    columns = ("account", "kind", "source", "found_on", "stored")
    table = Table(*columns)
    ok = True
    for account_id in account_ids:
        with Store(db) as store:
            domain = store.scalar("SELECT domain FROM accounts WHERE account_id = ?", [account_id])
        with err.status(f"discovering {account_id}"):
            result = discover(url or domain or account_id)
        with Store(db) as store:
            hand_set = hand_set_kinds(store, account_id)
            for found in result.found:
                kept = found.kind in hand_set
                stored = "kept the hand-set one" if kept else (
                    "new" if add_sources(store, account_id, {found.kind: [found.value]},
                                         "discovered", found_on={(found.kind, found.value):
                                                                 found.found_on}) else "known")
                row = (account_id, found.kind, found.value, found.found_on, stored)
                if fmt == "jsonl":
                    sys.stdout.write(json.dumps(dict(zip(columns, row, strict=True))) + "\n")
                table.add_row(*row)
        for problem in result.problems:
            err.print(f"[yellow]{escape(account_id)}:[/yellow] {escape(problem)}", highlight=False)
        ok &= bool(result.found)
    if fmt == "table":
        out.print(table)
    return ok


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
    write_output(writers[fmt](), output)


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

