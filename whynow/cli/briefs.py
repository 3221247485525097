"""Briefs and what comes from them: `whynow brief`, `audience export`, `export accounts`,
`feedback`, `stats`, `icp check`."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from whynow.clock import parse_day
from whynow.store import DEFAULT_DB, Store

from .common import (
    AsOfOption,
    BriefFormat,
    DbOption,
    DeliverOption,
    IcpOption,
    OutputOption,
    TopOption,
    app,
    as_of_day,
    err,
    fail,
    load_icp_or_fail,
    out,
    write_output,
)

audience_app = typer.Typer(help="Campaign audiences of accounts with fresh triggers.",
                           no_args_is_help=True)
export_app = typer.Typer(help="Accounts with fit, timing and top trigger, for a CRM.",
                         no_args_is_help=True)
icp_app = typer.Typer(help="The ICP file: fit rules, disqualifiers, trigger weights.",
                      no_args_is_help=True)
app.add_typer(audience_app, name="audience")
app.add_typer(export_app, name="export")
app.add_typer(icp_app, name="icp")

DELIVERED_DIR = Path("whynow-briefs")


@app.command()
def brief(
    as_of: AsOfOption = None,
    owner: Annotated[str | None, typer.Option(help="Only this owner's accounts.")] = None,
    fmt: BriefFormat = "md",
    top: TopOption = None,
    days: Annotated[int | None, typer.Option(
        help="Only triggers at most this many days old (default: each type's useful life,"
        " from the ICP).")] = None,
    show_all: Annotated[bool, typer.Option(
        "--all", help="Also show triggers an earlier brief already showed.")] = False,
    deliver: DeliverOption = None,
    output: OutputOption = None,
    icp: IcpOption = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Per owner, the accounts ranked by fit x timing: why now, the triggers with their
    source link and quote, who to contact, an opening line. Shows what is new or changed
    since the owner's last brief.

    Examples:

      whynow brief --owner ana@example.com

      whynow brief --as-of 2026-06-08 --format html -o brief.html

      whynow brief --deliver email --deliver webhook:https://hooks.example.com/whynow
    """
    make_brief(db, as_of_day(as_of), owner, fmt, top, days, show_all, icp, deliver or [], output)


def make_brief(db: Path, day: date, owner: str | None, fmt: str, top: int | None,
               days: int | None, show_all: bool, icp_path: Path | None, deliver: list[str],
               output: Path | None) -> None:
    """Build, record, write, then deliver; a failed delivery exits 1 after the brief is
    on disk."""
    from briefs import FORMATS, build_brief, deliver_brief, parse_channel, record_brief, render

    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")
    for spec in deliver:
        try:
            parse_channel(spec)
        except ValueError as error:
            raise fail(str(error)) from error
    icp = load_icp_or_fail(icp_path)
    with Store(db) as store:
        result = build_brief(store, day, owner=owner, top=top, icp=icp, max_age_days=days,
                             show_all=show_all)
        if deliver and output is None:
            output = DELIVERED_DIR / f"brief-{day.isoformat()}.{fmt}"
        write_output(render(result, fmt), output)
        record_brief(store, result)  # once written: an owner never misses what it held
    err.print(f"brief for {day.isoformat()}: {result.account_count} accounts across"
              f" {len(result.owners)} owners" + (f", written to {output}" if output else ""))
    if not deliver:
        return
    with Store(db) as store, err.status("delivering"):
        results = deliver_brief(result, deliver, store)
    for item in results:
        colour = "green" if item.status == "sent" else "red"
        err.print(f"[{colour}]{item.status}[/{colour}] {item.channel} to {escape(item.target)}"
                  f" ({item.attempts} attempt{'s' * (item.attempts != 1)})"
                  + (f": {escape(item.message)}" if item.message else ""), highlight=False)
    if any(item.status != "sent" for item in results):
        raise typer.Exit(1)


def parse_since(text: str, as_of: date) -> int:
    """'30d', '6w', '3m' or a date: how many days back from `as_of`."""
    match = re.fullmatch(r"\s*(\d+)\s*([dwm])\s*", text.lower())
    if match:
        return int(match[1]) * {"d": 1, "w": 7, "m": 30}[match[2]]
    try:
        day = parse_day(text)
    except ValueError:
        day = None
    if day is None or day > as_of:
        raise typer.BadParameter(f"use 30d, 6w, 3m or a past date, not {text!r}",
                                 param_hint="--since")
    return (as_of - day).days + 1


@audience_app.command("export")
def audience_export(
    trigger_type: Annotated[list[str] | None, typer.Option(
        "--type", help="Trigger type, e.g. funding; repeatable. Default: any.")] = None,
    since: Annotated[str, typer.Option(help="Fresh means published within: 30d, 6w, 3m or a"
                                       " date.")] = "30d",
    min_fit: Annotated[float, typer.Option(help="Fit score at least this (0-100).")] = 0,
    fmt: Annotated[str, typer.Option("--format", help="linkedin, google, hubspot or csv.")] = "csv",
    owner: Annotated[str | None, typer.Option(help="Only this owner's accounts.")] = None,
    as_of: AsOfOption = None,
    output: OutputOption = None,
    icp: IcpOption = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Accounts with matching fresh triggers, above a fit score, never disqualified ones, in
    the column layout each platform's upload expects.

    Examples:

      whynow audience export --type funding --since 30d --min-fit 60 --format linkedin -o ads.csv

      whynow audience export --type leadership_change --format hubspot > audience.csv
    """
    from briefs import AUDIENCE_FORMATS, AudienceError, account_signals, audience, write_audience
    from watchlists.icp import TRIGGER_TYPES

    if fmt not in AUDIENCE_FORMATS:
        raise fail(f"unknown format {fmt!r}: use {', '.join(AUDIENCE_FORMATS)}")
    unknown = sorted(set(trigger_type or []) - set(TRIGGER_TYPES))
    if unknown:
        raise fail(f"unknown trigger type {', '.join(unknown)}: use {', '.join(TRIGGER_TYPES)}")
    day = as_of_day(as_of)
    days = parse_since(since, day)
    profile = load_icp_or_fail(icp)
    with Store(db) as store:
        chosen = audience(account_signals(store, day, profile, trigger_type, days, owner), min_fit)
    try:
        text = write_audience(chosen, fmt)
    except AudienceError as error:
        raise fail(str(error)) from error
    write_output(text, output)
    err.print(f"{len(chosen)} accounts with {', '.join(trigger_type or ['any'])} triggers in the"
              f" last {days} days and fit >= {min_fit:g}" + (f", written to {output}"
                                                           if output else ""))


@export_app.command("accounts")
def export_accounts(
    fmt: Annotated[str, typer.Option("--format", help="hubspot, salesforce or csv.")] = "hubspot",
    as_of: AsOfOption = None,
    output: OutputOption = None,
    icp: IcpOption = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Every account with its fit, timing, score, top trigger and evidence link, in the
    columns a CRM import maps (HubSpot property labels, Salesforce field names).

    Example:  whynow export accounts --format salesforce -o accounts.csv
    """
    from briefs import CRM_FORMATS, account_signals, write_accounts

    if fmt not in CRM_FORMATS:
        raise fail(f"unknown format {fmt!r}: use {', '.join(CRM_FORMATS)}")
    profile = load_icp_or_fail(icp)
    with Store(db) as store:
        signals = account_signals(store, as_of_day(as_of), profile)
    write_output(write_accounts(signals, fmt), output)
    err.print(f"{len(signals)} accounts" + (f", written to {output}" if output else ""))


@app.command()
def feedback(
    event_id: Annotated[str, typer.Argument(help="The event's id (in the JSON brief).")],
    verdict: Annotated[str, typer.Argument(help="useful or wrong.")],
    note: Annotated[str | None, typer.Option(help="Why, for whoever tunes detection.")] = None,
    by: Annotated[str | None, typer.Option(help="Who says so.")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Mark a trigger useful or wrong. A wrong one leaves future briefs and audiences.

    Example:  whynow feedback 3f9c2a1b7d wrong --note "investor, not the company"
    """
    from briefs import VERDICTS, UnknownEvent, give_feedback

    if verdict not in VERDICTS:
        raise fail(f"verdict must be useful or wrong, not {verdict!r}")
    with Store(db) as store:
        try:
            event = give_feedback(store, event_id, verdict, note, by)
        except UnknownEvent as error:
            raise fail(str(error)) from error
    err.print(f"{event_id} ({event['type']}, {escape(event['name'] or '?')}: "
              f"{escape(event['summary'])}) marked {verdict}", highlight=False)


@app.command()
def stats(
    days: Annotated[int, typer.Option(help="Events published in this many days.")] = 30,
    as_of: AsOfOption = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Per trigger type: events found, marked useful, marked wrong, and the team's own
    precision from its feedback.

    Example:  whynow stats --days 90
    """
    from briefs import feedback_stats

    day = as_of_day(as_of)
    with Store(db) as store:
        rows = feedback_stats(store, day, days)
    table = Table("type", "events", "useful", "wrong", "precision",
                  title=f"{(day - timedelta(days=days - 1)).isoformat()} to {day.isoformat()}")
    for row in rows:
        precision = "" if row.precision is None else f"{row.precision:.2f}"
        table.add_row(row.type, str(row.events), str(row.useful), str(row.wrong), precision)
    out.print(table)
    judged = sum(r.useful + r.wrong for r in rows)
    err.print(f"{sum(r.events for r in rows)} events, {judged} with feedback")


@icp_app.command("check")
def icp_check(
    icp: Annotated[Path | None, typer.Argument(help="Default: ./whynow.toml.")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Validate the ICP file (every problem, with where it is) and show how the watchlist's
    accounts fit it.

    Example:  whynow icp check whynow.toml
    """
    from watchlists import load_accounts
    from watchlists.icp import find_icp_file

    path = find_icp_file(icp)
    if path is None:
        raise fail("no ICP file: write whynow.toml (see the README) or pass its path")
    profile = load_icp_or_fail(path)
    err.print(f"{path}: ok, {len(profile.fit_rules)} fit rules, {len(profile.disqualifiers)}"
              f" disqualifiers")
    if not db.exists():
        return
    with Store(db) as store:
        accounts = load_accounts(store)
    table = Table("account", "fit", "matched", "disqualified")
    for account in accounts:
        fit = profile.fit(account)
        table.add_row(account.name, f"{fit.score:g}", "; ".join(fit.matched),
                      fit.disqualified or "")
    out.print(table)
