"""What every command shares: the typer apps, the consoles, common options and helpers."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from whynow.clock import parse_day, today

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


def as_of_day(text: str | None) -> date:
    try:
        return parse_day(text) or today()
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--as-of") from error


def optional_day(text: str | None) -> date | None:
    return as_of_day(text) if text else None


def fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    return typer.Exit(code)


OutputOption = Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")]
BriefFormat = Annotated[str, typer.Option("--format", help="md, html, json or text.")]
TopOption = Annotated[int | None, typer.Option(help="At most this many accounts per owner.")]
DeliverOption = Annotated[list[str] | None, typer.Option(
    "--deliver", help="email, slack or webhook:URL; repeatable. Secrets come from the"
    " environment (README).")]
FingerprintsOption = Annotated[list[Path] | None, typer.Option(
    "--fingerprints", help="A Wappalyzer-format file of your own technologies; repeatable.")]


def use_fingerprints(files: list[Path] | None) -> None:
    """Check the files now, and hand them to the crawl process and detection."""
    if not files:
        return
    from triggers.technologies import Catalogue, CatalogueError

    try:
        Catalogue.load(files)
    except CatalogueError as error:
        raise fail(str(error)) from error
    os.environ["WHYNOW_FINGERPRINTS"] = ",".join(str(f.resolve()) for f in files)


IcpOption = Annotated[Path | None, typer.Option(
    "--icp", envvar="WHYNOW_ICP", help="The ICP file; default: ./whynow.toml when there is one.")]


def load_icp_or_fail(path: Path | None):
    from watchlists.icp import ICPError, load_icp

    try:
        return load_icp(path)
    except ICPError as error:
        raise fail(str(error)) from error


def write_output(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
