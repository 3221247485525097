"""The brief: per owner, the accounts ranked by fit x timing, each with why now, its
triggers and their evidence, who to contact and an opening line. What an owner's earlier
brief showed is not shown again unless it changed."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from watchlists import load_accounts
from watchlists.icp import ICP, Fit
from whynow.ids import content_hash
from whynow.store import Store

from .outreach import event_values, opener, persona
from .scoring import TimingModel, combined

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
    score: float  # this trigger's decayed weight, 0-1
    fields: dict[str, Any]
    evidence: list[dict[str, Any]]
    contact: str
    opener: str
    status: str = "new"  # new | updated (since the owner's last brief) | seen (--all only)
    fingerprint: str = ""

    @property
    def label(self) -> str:
        return TYPE_LABELS.get(self.type, self.type.replace("_", " ").capitalize())


@dataclass
class BriefAccount:
    account_id: str
    name: str
    domain: str | None
    owner: str
    fit: Fit
    timing: float
    score: float
    events: list[BriefEvent] = field(default_factory=list)

    @property
    def why_now(self) -> str:
        top = self.events[0]
        more = len(self.events) - 1
        return top.summary + (f" (+{more} more trigger{'s' if more > 1 else ''})" if more else "")

    @property
    def contact(self) -> str:
        return self.events[0].contact

    @property
    def opener(self) -> str:
        return self.events[0].opener


@dataclass
class Disqualified:
    account_id: str
    name: str
    reason: str
    triggers: int  # fresh triggers left out because of it


@dataclass
class OwnerBrief:
    owner: str
    accounts: list[BriefAccount] = field(default_factory=list)
    disqualified: list[Disqualified] = field(default_factory=list)
    last_brief: date | None = None
    unchanged: int = 0  # accounts whose fresh triggers were all in an earlier brief


@dataclass
class Brief:
    as_of: date
    icp: str
    owners: dict[str, OwnerBrief]

    @property
    def account_count(self) -> int:
        return sum(len(o.accounts) for o in self.owners.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(), "icp": self.icp,
            "owners": [_owner_dict(owner) for owner in self.owners.values()],
        }


def build_brief(store: Store, as_of: date, owner: str | None = None, top: int | None = None,
                icp: ICP | None = None, max_age_days: int | None = None,
                show_all: bool = False) -> Brief:
    """Accounts with live triggers (within each type's useful life, or `max_age_days`),
    per owner, ranked by fit x timing. Triggers an earlier brief of the owner showed
    unchanged are left out (listed with status 'seen' when `show_all`)."""
    icp = icp or ICP()
    timing = TimingModel(icp)
    accounts = load_accounts(store, owner)
    events = live_events(store, [a.account_id for a in accounts], as_of, timing, max_age_days)
    owners: dict[str, OwnerBrief] = {}
    briefed: dict[str, dict[str, str]] = {}
    for account in accounts:
        key = (account.owner or UNASSIGNED).lower()
        if key not in owners:
            owners[key] = OwnerBrief(key, last_brief=_last_brief(store, key, as_of))
            briefed[key] = _briefed(store, key, as_of)
        section, rows = owners[key], events.get(account.account_id, [])
        fit = icp.fit(account)
        if fit.disqualified:
            section.disqualified.append(
                Disqualified(account.account_id, account.name, fit.disqualified, len(rows)))
            continue
        brief_events = [_brief_event(store, row, icp, timing, as_of, briefed[key])
                        for row in rows]
        shown = [e for e in brief_events if show_all or e.status != "seen"]
        if not shown:
            section.unchanged += bool(brief_events)
            continue
        shown.sort(key=lambda e: (e.status == "seen", -e.score, e.type))
        timing_score = timing.account_timing([e.score for e in brief_events])
        section.accounts.append(BriefAccount(
            account.account_id, account.name, account.domain, key, fit, timing_score,
            combined(fit.score, timing_score), shown))
    for section in owners.values():
        section.accounts.sort(key=lambda a: (-a.score, a.name.lower()))
        del section.accounts[top or len(section.accounts):]
    return Brief(as_of, icp.name, dict(sorted(owners.items())))


def record_brief(store: Store, brief: Brief) -> int:
    """Remember what each owner's brief showed, so the next one shows only what is new or
    changed. Recording the same day again replaces that day's record."""
    rows = [(owner, event.event_id, event.fingerprint, brief.as_of)
            for owner, section in brief.owners.items()
            for account in section.accounts for event in account.events
            if event.status != "seen"]
    with store.transaction():
        for owner in brief.owners:
            store.execute("DELETE FROM brief_log WHERE owner = ? AND briefed_on = ?",
                          [owner, brief.as_of])
        store.executemany("INSERT INTO brief_log VALUES (?, ?, ?, ?)", rows)
    return len(rows)


def wrong_event_ids(store: Store) -> set[str]:
    """Events whose latest feedback says wrong: they leave every future brief."""
    rows = store.rows(
        "SELECT event_id FROM feedback QUALIFY row_number() OVER (PARTITION BY event_id"
        " ORDER BY given_at DESC, rowid DESC) = 1 AND verdict = 'wrong'")
    return {row["event_id"] for row in rows}


def live_events(store: Store, account_ids: list[str], as_of: date, timing: TimingModel,
                max_age_days: int | None = None, types: Iterable[str] | None = None,
                ) -> dict[str, list[dict[str, Any]]]:
    """Per account, newest first, its events within their useful life (and `max_age_days`),
    of `types` when given, not marked wrong; each row with its `day` and first evidence
    `url`."""
    if not account_ids:
        return {}
    wanted = set(types or [])
    wrong = wrong_event_ids(store)
    rows = store.rows(
        "SELECT e.*, e.published_at::DATE AS day, (SELECT min(url) FROM event_evidence v"
        " WHERE v.event_id = e.event_id) AS url FROM events e"
        " WHERE e.account_id IN (SELECT unnest(?)) AND e.published_at::DATE <= ?"
        " ORDER BY e.published_at DESC, e.event_id", [account_ids, as_of])
    live: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if (row["event_id"] in wrong or (wanted and row["type"] not in wanted)
                or not timing.alive(row["type"], row["day"], as_of)
                or (max_age_days is not None and timing.age(row["day"], as_of) >= max_age_days)):
            continue
        live[row["account_id"]].append(row)
    return live


def _brief_event(store: Store, row: dict[str, Any], icp: ICP, timing: TimingModel, as_of: date,
                 briefed: dict[str, str]) -> BriefEvent:
    fields = json.loads(row["fields"])
    published = row["published_at"].date()
    values = event_values(fields, row["summary"], published)
    fingerprint = content_hash(json.dumps([row["type"], fields, row["summary"]],
                                          sort_keys=True))
    before = briefed.get(row["event_id"])
    status = "new" if before is None else ("seen" if before == fingerprint else "updated")
    return BriefEvent(
        row["event_id"], row["type"], row["summary"], published,
        timing.score(row["type"], published, as_of), fields, _evidence(store, row["event_id"]),
        persona(row["type"], icp.trigger(row["type"]).persona, values), opener(row["type"], values),
        status, fingerprint)


def _briefed(store: Store, owner: str, as_of: date) -> dict[str, str]:
    """What the owner's earlier briefs showed: event id -> the fingerprint last shown."""
    rows = store.rows(
        "SELECT event_id, fingerprint FROM brief_log WHERE owner = ? AND briefed_on < ?"
        " QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY briefed_on DESC) = 1",
        [owner, as_of])
    return {row["event_id"]: row["fingerprint"] for row in rows}


def _last_brief(store: Store, owner: str, as_of: date) -> date | None:
    return store.scalar("SELECT max(briefed_on) FROM brief_log WHERE owner = ? AND briefed_on < ?",
                        [owner, as_of])


def _evidence(store: Store, event_id: str) -> list[dict[str, Any]]:
    rows = store.rows(
        "SELECT url, quote, published_at::DATE AS published FROM event_evidence"
        " WHERE event_id = ? ORDER BY published_at, url", [event_id])
    return [{"url": r["url"], "quote": r["quote"],
             "published": r["published"].isoformat() if r["published"] else None} for r in rows]


def _owner_dict(section: OwnerBrief) -> dict[str, Any]:
    return {
        "owner": section.owner,
        "last_brief": section.last_brief.isoformat() if section.last_brief else None,
        "accounts": [_account_dict(a) for a in section.accounts],
        "unchanged_accounts": section.unchanged,
        "disqualified": [asdict(d) for d in section.disqualified],
    }


def _account_dict(account: BriefAccount) -> dict[str, Any]:
    return {
        "account_id": account.account_id, "name": account.name, "domain": account.domain,
        "score": account.score, "fit": account.fit.score, "timing": account.timing,
        "fit_rules_matched": account.fit.matched, "fit_rules_unknown": account.fit.unknown,
        "why_now": account.why_now, "contact": account.contact, "opener": account.opener,
        "events": [{
            "event_id": e.event_id, "type": e.type, "status": e.status, "summary": e.summary,
            "published": e.published.isoformat(), "score": round(e.score, 3),
            "contact": e.contact, "opener": e.opener, "fields": e.fields,
            "evidence": e.evidence,
        } for e in account.events],
    }
