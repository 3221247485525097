"""The brief: per owner, the accounts with fresh triggers, ranked, with their evidence."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from whynow.store import Store

from .scoring import TimingModel

TYPE_LABELS = {
    "funding": "Funding", "leadership_change": "Leadership change",
    "hiring_spike": "Hiring spike", "tech_stack_change": "Tech stack change",
    "hiring_plan": "Hiring plan", "expansion": "Expansion", "acquisition": "Acquisition",
    "partnership": "Partnership", "product_launch": "Product launch", "layoffs": "Layoffs",
    "contract_win": "Contract win", "ipo": "IPO",
}
UNASSIGNED = "unassigned"


@dataclass
class BriefEvent:
    event_id: str
    type: str
    summary: str
    published: date
    score: float
    fields: dict[str, Any]
    evidence: list[dict[str, Any]]

    @property
    def label(self) -> str:
        return TYPE_LABELS.get(self.type, self.type.replace("_", " ").capitalize())


@dataclass
class BriefAccount:
    account_id: str
    name: str
    domain: str | None
    owner: str
    score: float
    events: list[BriefEvent] = field(default_factory=list)

    @property
    def why_now(self) -> str:
        top = self.events[0]
        more = len(self.events) - 1
        return top.summary + (f" (+{more} more trigger{'s' if more > 1 else ''})" if more else "")


@dataclass
class Brief:
    as_of: date
    window_days: int
    owners: dict[str, list[BriefAccount]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(), "window_days": self.window_days,
            "owners": [
                {"owner": owner, "accounts": [_account_dict(a) for a in accounts]}
                for owner, accounts in self.owners.items()
            ],
        }


def build_brief(store: Store, as_of: date, owner: str | None = None, window_days: int = 30,
                top: int | None = None, timing: TimingModel | None = None) -> Brief:
    """Accounts with events published in the `window_days` up to `as_of`, per owner, ranked
    by their stacked, decayed trigger scores."""
    timing = timing or TimingModel()
    since = as_of - timedelta(days=window_days - 1)
    sql = ("SELECT e.*, a.name AS account_name, a.domain, coalesce(a.owner, ?) AS owner"
           " FROM events e JOIN accounts a USING (account_id)"
           " WHERE e.published_at::DATE BETWEEN ? AND ?")
    params: list[Any] = [UNASSIGNED, since, as_of]
    if owner:
        sql += " AND lower(coalesce(a.owner, ?)) = lower(?)"
        params += [UNASSIGNED, owner]
    accounts: dict[str, BriefAccount] = {}
    for row in store.rows(sql + " ORDER BY e.published_at DESC, e.event_id", params):
        account = accounts.setdefault(row["account_id"], BriefAccount(
            row["account_id"], row["account_name"], row["domain"], row["owner"], 0.0))
        published = row["published_at"].date()
        account.events.append(BriefEvent(
            row["event_id"], row["type"], row["summary"], published,
            timing.score(row["type"], published, as_of), json.loads(row["fields"]),
            _evidence(store, row["event_id"])))
    owners: dict[str, list[BriefAccount]] = {}
    for account in accounts.values():
        account.events.sort(key=lambda e: (-e.score, e.type))
        account.score = timing.account_score([e.score for e in account.events])
        owners.setdefault(account.owner, []).append(account)
    for owner_accounts in owners.values():
        owner_accounts.sort(key=lambda a: (-a.score, a.name.lower()))
        del owner_accounts[top or len(owner_accounts):]
    return Brief(as_of, window_days, dict(sorted(owners.items())))


def _evidence(store: Store, event_id: str) -> list[dict[str, Any]]:
    rows = store.rows(
        "SELECT url, quote, published_at::DATE AS published FROM event_evidence"
        " WHERE event_id = ? ORDER BY published_at, url", [event_id])
    return [{"url": r["url"], "quote": r["quote"],
             "published": r["published"].isoformat() if r["published"] else None} for r in rows]


def _account_dict(account: BriefAccount) -> dict[str, Any]:
    return {
        "account_id": account.account_id, "name": account.name, "domain": account.domain,
        "score": account.score, "why_now": account.why_now,
        "events": [{
            "event_id": e.event_id, "type": e.type, "summary": e.summary,
            "published": e.published.isoformat(), "score": round(e.score, 3),
            "fields": e.fields, "evidence": e.evidence,
        } for e in account.events],
    }
