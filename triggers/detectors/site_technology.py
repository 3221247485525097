"""tech_stack_change from a company's homepage: a technology whose evidence appears or goes
between two snapshots. One that replaces another of the same category is a migration."""

from __future__ import annotations

import json
from typing import Any

from whynow.ids import stable_id

from ..linking import AccountIndex
from ..model import Event, Evidence
from .base import SnapshotDetector

# Changes here say little about buying: a new web font or captcha is not a stack decision.
QUIET_CATEGORIES = {"Font scripts", "Web servers", "Programming languages", "Security",
                    "JavaScript frameworks", "Web frameworks", "CDN"}


class SiteTechnologyDetector(SnapshotDetector):
    type = "tech_stack_change"
    page_kind = "site"

    def changes(self, accounts: AccountIndex, account_id: str, before: dict[str, Any],
                after: dict[str, Any]) -> list[Event]:
        old, new = _observed(before), _observed(after)
        added = [new[name] for name in new if name not in old]
        removed = [old[name] for name in old if name not in new]
        events = []
        for tech in added:
            previous = next((r for r in removed if set(r["categories"]) & set(tech["categories"])),
                            None)
            if previous is not None:
                removed.remove(previous)
            events.append(self.event(accounts, account_id, after, tech, previous))
        events += [self.event(accounts, account_id, after, None, tech) for tech in removed]
        return events

    def event(self, accounts: AccountIndex, account_id: str, snapshot: dict[str, Any],
              added: dict[str, Any] | None, removed: dict[str, Any] | None) -> Event:
        day = snapshot["first_seen"].date()
        if added and removed:
            fields = {"technology": added["name"], "previous_technology": removed["name"],
                      "direction": "migrated"}
            summary = f"Moved from {removed['name']} to {added['name']} on its website"
        elif added:
            fields = {"technology": added["name"], "direction": "adopted"}
            summary = f"Added {added['name']} to its website"
        else:
            fields = {"technology": removed["name"], "direction": "removed"}
            summary = f"Removed {removed['name']} from its website"
        fields["evidence_kind"] = "site"
        parts = []
        if added:
            parts.append(f"{added['name']} is on the page ({added['evidence'][0]})")
        if removed:
            parts.append(f"{removed['name']} is gone (was: {removed['evidence'][0]})")
        confidence = min(t["confidence"] for t in (added, removed) if t) / 100
        return Event(
            event_id=stable_id(account_id, self.type, "site", fields["technology"],
                               fields["direction"], snapshot["content_hash"]),
            type=self.type, account_id=account_id, company=accounts.name_of(account_id),
            confidence=confidence, fields=fields, summary=summary, published=day,
            evidence=[Evidence(snapshot["url"], "; ".join(parts), day,
                               f"{account_id}/site/{snapshot['content_hash']}")])


def _observed(snapshot: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Technologies the page itself shows evidence of (not only implied by another)."""
    return {
        tech["name"]: tech for tech in json.loads(snapshot["technologies"])
        if any(not e.startswith("implied by ") for e in tech["evidence"])
        and not set(tech["categories"]) <= QUIET_CATEGORIES
    }
