"""Accounts with fresh triggers, scored, in the column layouts ad platforms and CRMs import.

- linkedin: Campaign Manager's company list template (companyname, companywebsite, ...).
- google: Customer Match (Email, Phone, First Name, Last Name, Country, Zip). Google matches
  people, not companies: one row per contact email the watchlist holds for the account.
- hubspot: a company import (Company name, Company Domain Name, ...) with whynow properties.
- salesforce: Data Loader field names for Account, whynow fields as custom fields.
- csv: our own columns.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from watchlists import Account, load_accounts
from watchlists.icp import ICP, Fit
from whynow.store import Store

from .brief import TYPE_LABELS, live_events
from .scoring import TimingModel, combined

AUDIENCE_FORMATS = ("linkedin", "google", "hubspot", "csv")
CRM_FORMATS = ("hubspot", "salesforce", "csv")
LINKEDIN_COLUMNS = ["companyname", "companywebsite", "companyemaildomain",
                    "linkedincompanypageurl", "stocksymbol", "industry", "city", "state",
                    "companycountry", "zipcode"]
GOOGLE_COLUMNS = ["Email", "Phone", "First Name", "Last Name", "Country", "Zip"]
HUBSPOT_COLUMNS = ["Company name", "Company Domain Name", "Industry", "Number of Employees",
                   "Country/Region", "Company owner", "whynow fit score", "whynow timing score",
                   "whynow score", "whynow top trigger", "whynow trigger date",
                   "whynow evidence URL", "whynow disqualified"]
SALESFORCE_COLUMNS = ["Name", "Website", "Industry", "NumberOfEmployees", "BillingCountry",
                      "Whynow_Owner__c", "Whynow_Fit_Score__c", "Whynow_Timing_Score__c",
                      "Whynow_Score__c", "Whynow_Top_Trigger__c", "Whynow_Trigger_Date__c",
                      "Whynow_Evidence_URL__c", "Whynow_Disqualified__c"]
CSV_COLUMNS = ["account_id", "name", "domain", "owner", "fit", "timing", "score",
               "triggers", "top_trigger", "trigger_date", "summary", "evidence_url",
               "disqualified"]


class AudienceError(ValueError):
    pass


@dataclass
class AccountSignal:
    account: Account
    fit: Fit
    timing: float
    events: list[dict[str, Any]] = field(default_factory=list)  # newest first

    @property
    def score(self) -> float:
        return combined(self.fit.score, self.timing)

    @property
    def top(self) -> dict[str, Any] | None:
        return max(self.events, key=lambda e: e["weight"]) if self.events else None


def account_signals(store: Store, as_of: date, icp: ICP | None = None,
                    types: Iterable[str] | None = None, since_days: int | None = None,
                    owner: str | None = None) -> list[AccountSignal]:
    """Every account with its fit and its timing from live triggers (of `types`, published
    within `since_days` when given, else within each type's useful life), best first."""
    icp = icp or ICP()
    timing = TimingModel(icp)
    signals = {a.account_id: AccountSignal(a, icp.fit(a), 0.0)
               for a in load_accounts(store, owner)}
    for account_id, rows in live_events(store, list(signals), as_of, timing, since_days,
                                        types).items():
        signals[account_id].events = [
            {**row, "weight": timing.score(row["type"], row["day"], as_of)} for row in rows]
    for signal in signals.values():
        signal.timing = timing.account_timing([e["weight"] for e in signal.events])
    return sorted(signals.values(), key=lambda s: (-s.score, s.account.name.lower()))


def audience(signals: list[AccountSignal], min_fit: float = 0) -> list[AccountSignal]:
    """Accounts with at least one matching trigger, fit at least `min_fit`, not disqualified."""
    return [s for s in signals if s.events and not s.fit.disqualified and s.fit.score >= min_fit]


def write_audience(signals: list[AccountSignal], fmt: str) -> str:
    if fmt == "linkedin":
        return _csv(LINKEDIN_COLUMNS, [_linkedin(s) for s in signals])
    if fmt == "google":
        rows = [{"Email": email, "Country": _iso_country(s.account.country)}
                for s in signals for email in s.account.contacts]
        if signals and not rows:
            raise AudienceError(
                "Google Customer Match matches people, not companies, and none of these "
                f"{len(signals)} accounts has contact emails; add a 'contacts' column to the"
                " watchlist, or use --format linkedin for a company list")
        return _csv(GOOGLE_COLUMNS, rows)
    if fmt in ("hubspot", "salesforce", "csv"):
        return write_accounts(signals, fmt)
    raise AudienceError(f"unknown format {fmt!r}: use {', '.join(AUDIENCE_FORMATS)}")


def write_accounts(signals: list[AccountSignal], fmt: str) -> str:
    """The CRM layout: every account with fit, timing, top trigger and its evidence link."""
    if fmt == "hubspot":
        return _csv(HUBSPOT_COLUMNS, [dict(zip(HUBSPOT_COLUMNS, _crm_values(s), strict=True))
                                      for s in signals])
    if fmt == "salesforce":
        return _csv(SALESFORCE_COLUMNS, [
            dict(zip(SALESFORCE_COLUMNS, _crm_values(s), strict=True)) for s in signals])
    if fmt == "csv":
        return _csv(CSV_COLUMNS, [_ours(s) for s in signals])
    raise AudienceError(f"unknown format {fmt!r}: use {', '.join(CRM_FORMATS)}")


def _crm_values(signal: AccountSignal) -> list[Any]:
    account, top = signal.account, signal.top
    return [account.name, account.domain or "", account.industry or "",
            account.employees if account.employees is not None else "", account.country or "",
            account.owner or "", signal.fit.score, signal.timing, signal.score,
            _label(top), top["day"].isoformat() if top else "", (top or {}).get("url") or "",
            signal.fit.disqualified or ""]


def _ours(signal: AccountSignal) -> dict[str, Any]:
    account, top = signal.account, signal.top
    return {"account_id": account.account_id, "name": account.name,
            "domain": account.domain or "", "owner": account.owner or "",
            "fit": signal.fit.score, "timing": signal.timing, "score": signal.score,
            "triggers": json.dumps(sorted({e["type"] for e in signal.events})),
            "top_trigger": top["type"] if top else "",
            "trigger_date": top["day"].isoformat() if top else "",
            "summary": top["summary"] if top else "", "evidence_url": (top or {}).get("url") or "",
            "disqualified": signal.fit.disqualified or ""}


def _linkedin(signal: AccountSignal) -> dict[str, str]:
    account = signal.account
    return {"companyname": account.name,
            "companywebsite": f"https://{account.domain}" if account.domain else "",
            "companyemaildomain": account.domain or "", "industry": account.industry or "",
            "companycountry": account.country or ""}


def _label(top: dict[str, Any] | None) -> str:
    return f"{TYPE_LABELS.get(top['type'], top['type'])}: {top['summary']}" if top else ""


def _iso_country(country: str | None) -> str:
    """Customer Match wants a two-letter country code; other spellings are left out."""
    return country.upper() if country and len(country) == 2 else ""


def _csv(columns: list[str], rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({column: _cell(row.get(column, "")) for column in columns})
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    """No spreadsheet formulas from crawled text (=, +, -, @ would run in Excel)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value
