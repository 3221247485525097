"""Import accounts from CSV (our columns, HubSpot and Salesforce exports) or YAML."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from whynow.store import Store

from .accounts import WATCHLIST_WIDE, Account, add_sources, save_account
from .domains import normalize_domain

# Our column name first, then the names CRM exports use (compared case- and space-insensitively).
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "company", "company name", "account name", "account", "organization",
             "organisation"),
    "domain": ("domain", "company domain name", "website", "website url", "company website",
               "url"),
    "owner": ("owner", "account owner", "company owner", "contact owner", "hubspot owner",
              "owner email", "account owner email"),
    "industry": ("industry",),
    "employees": ("employees", "number of employees", "employee count", "headcount"),
    "country": ("country", "country/region", "billing country", "billingcountry"),
    "tier": ("tier", "account tier", "priority"),
    "aliases": ("aliases", "alias", "also known as"),
    "description": ("description", "about", "company description"),
    "technologies": ("technologies", "technology", "tech stack", "technologies used"),
    "contacts": ("contacts", "contact emails", "contact email", "emails"),
}
SOURCE_KINDS = ("greenhouse", "lever", "ashby", "workable", "smartrecruiters", "recruitee",
                "personio", "feed", "site", "team", "careers", "google_news", "hackernews",
                "reddit")
LISTENING_KINDS = ("google_news", "hackernews", "reddit")
_SOURCE_COLUMNS = {kind: (kind, kind + "s", kind + " board") for kind in SOURCE_KINDS}
_LIST_SEPARATORS = re.compile(r"\s*[;|\n]\s*")

# Board URLs recognised in a website column: the row's source, not its domain.
ATS_HOSTS = {
    "boards.greenhouse.io": "greenhouse",
    "job-boards.greenhouse.io": "greenhouse",
    "jobs.lever.co": "lever",
    "jobs.ashbyhq.com": "ashby",
    "apply.workable.com": "workable",
    "jobs.smartrecruiters.com": "smartrecruiters",
    "careers.smartrecruiters.com": "smartrecruiters",
}
# ATS that give each company a host of its own: acme.recruitee.com, acme.jobs.personio.de
ATS_DOMAINS = {".recruitee.com": "recruitee", ".jobs.personio.de": "personio",
               ".jobs.personio.com": "personio"}
_VENDOR_SUBDOMAINS = {"www", "api", "app", "blog", "help", "support", "docs", "status"}


@dataclass
class ImportReport:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    feeds: int = 0  # watchlist-wide feeds added
    errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class RowError(ValueError):
    pass


def import_file(store: Store, path: Path, origin: str = "import") -> ImportReport:
    """Import every good row; report each bad one with its line number and why."""
    report = ImportReport()
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        feeds, rows = _yaml_rows(path)
        report.feeds = add_sources(store, WATCHLIST_WIDE, {"feed": feeds}, origin)
    else:
        rows = list(_csv_rows(path))
    for line, record in rows:
        try:
            account = account_from_record(record)
        except RowError as err:
            report.errors.append((line, str(err)))
            continue
        outcome = save_account(store, account, origin)
        setattr(report, outcome, getattr(report, outcome) + 1)
    return report


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise ValueError(f"{path}: no header row")
    start = 2
    for record in reader:
        yield start, record
        start = reader.line_num + 1


class _Lines(list):
    """A YAML list that knows the line each of its items starts on."""

    lines: list[int]


class _LineLoader(yaml.SafeLoader):
    """Records where list items start, so a bad account can be reported by its line."""

    def construct_yaml_seq(self, node):
        items = _Lines()
        items.lines = [child.start_mark.line + 1 for child in node.value]
        yield items
        items.extend(self.construct_sequence(node))


_LineLoader.add_constructor("tag:yaml.org,2002:seq", _LineLoader.construct_yaml_seq)


def _yaml_rows(path: Path) -> tuple[list[str], list[tuple[int, dict[str, Any]]]]:
    """(watchlist-wide feeds, accounts with their line numbers)."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506
    except yaml.YAMLError as err:
        raise ValueError(f"{path}: not valid YAML: {err}") from err
    feeds: list[str] = []
    if isinstance(data, dict):
        feeds = [str(url) for url in data.get("feeds") or []]
        data = data.get("accounts") or []
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of accounts or a mapping with 'accounts'")
    lines = getattr(data, "lines", [0] * len(data))
    rows = []
    for line, item in zip(lines, data, strict=True):
        if isinstance(item, dict):
            rows.append((line, item))
        else:
            rows.append((line, {"__error__": f"an account must be a mapping, got {item!r}"}))
    return feeds, rows


def _normalise_header(name: str) -> str:
    return re.sub(r"\s+", " ", str(name).strip().lower())


def _lookup(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    wanted = set(names)
    for key, value in record.items():
        if key is not None and _normalise_header(key) in wanted and value not in (None, ""):
            return value
    return None


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v for v in _LIST_SEPARATORS.split(str(value).strip()) if v]


def account_from_record(record: dict[str, Any]) -> Account:
    """One CSV row or YAML mapping to an Account; RowError says what is wrong."""
    if "__error__" in record:
        raise RowError(record["__error__"])
    if None in record:
        raise RowError(f"more values than columns: {record[None]!r}")
    name = _lookup(record, COLUMN_ALIASES["name"])
    if not name or not str(name).strip():
        raise RowError("no company name (columns: name, Company name, Account Name)")
    sources = _sources(record)
    domain = None
    website = _lookup(record, COLUMN_ALIASES["domain"])
    if website:
        board = board_from_url(str(website))
        if board:
            sources.setdefault(board[0], []).append(board[1])
        else:
            try:
                domain = normalize_domain(str(website))
            except ValueError as err:
                raise RowError(str(err)) from err
    return Account(
        name=str(name).strip(),
        domain=domain,
        aliases=_as_list(_lookup(record, COLUMN_ALIASES["aliases"])),
        owner=_text(_lookup(record, COLUMN_ALIASES["owner"])),
        industry=_text(_lookup(record, COLUMN_ALIASES["industry"])),
        employees=_employees(_lookup(record, COLUMN_ALIASES["employees"])),
        country=_text(_lookup(record, COLUMN_ALIASES["country"])),
        tier=_text(_lookup(record, COLUMN_ALIASES["tier"])),
        description=_text(_lookup(record, COLUMN_ALIASES["description"])),
        technologies=_as_list(_lookup(record, COLUMN_ALIASES["technologies"])),
        contacts=_as_list(_lookup(record, COLUMN_ALIASES["contacts"])),
        sources=sources,
    )


def _text(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None


def _employees(value: Any) -> int | None:
    if value is None:
        return None
    text = str(value).strip().replace(",", "").replace("_", "")
    if re.fullmatch(r"\d+(\.0+)?", text):
        return int(float(text))
    raise RowError(f"employees is not a whole number: {value!r}")


def _sources(record: dict[str, Any]) -> dict[str, list[str]]:
    nested = record.get("sources") if isinstance(record.get("sources"), dict) else {}
    sources: dict[str, list[str]] = {}
    for kind, columns in _SOURCE_COLUMNS.items():
        values = _as_list(_lookup(record, columns)) + _as_list(nested.get(kind) or
                                                                nested.get(kind + "s"))
        for value in values:
            check_source(kind, value)
        if values:
            sources[kind] = list(dict.fromkeys(values))
    return sources


def check_source(kind: str, value: str) -> None:
    if kind == "feed" and not value.startswith(("http://", "https://")):
        raise RowError(f"feed is not an http(s) URL: {value!r}")
    if not value.strip():
        raise RowError(f"empty {kind} source")


def board_from_url(url: str) -> tuple[str, str] | None:
    """('ashby', 'acme') for https://jobs.ashbyhq.com/acme, None for any other URL."""
    parts = urlsplit(url if "://" in url else "https://" + url)
    host = (parts.hostname or "").lower()
    for suffix, kind in ATS_DOMAINS.items():
        company = host[: -len(suffix)] if host.endswith(suffix) else ""
        if company and "." not in company and company not in _VENDOR_SUBDOMAINS:
            return kind, company
    kind = ATS_HOSTS.get(host)
    board = parts.path.strip("/").split("/")[0] if parts.path else ""
    return (kind, board) if kind and board else None
