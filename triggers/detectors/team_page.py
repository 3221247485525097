"""leadership_change from a company's team page: a leader who appears (joined), disappears
(departed) or whose title moves up (promoted) between two snapshots. A change that touches
most of the page is a redesign, reported as one note, not as twenty departures."""

from __future__ import annotations

import json
from typing import Any

from whynow.ids import stable_id

from ..linking import AccountIndex
from ..model import Event, Evidence
from .base import SnapshotDetector
from .leadership import _ADVISORY, ROLE

REDESIGN_SHARE = 0.5  # more than half of the people changed: the page was rebuilt
REDESIGN_MIN_PEOPLE = 4


class TeamPageDetector(SnapshotDetector):
    type = "leadership_change"
    page_kind = "team"

    def __init__(self) -> None:
        self.notes: list[str] = []

    def changes(self, accounts: AccountIndex, account_id: str, before: dict[str, Any],
                after: dict[str, Any]) -> list[Event]:
        old = {p["name"]: p["title"] for p in json.loads(before["people"])}
        new = {p["name"]: p["title"] for p in json.loads(after["people"])}
        everyone = old.keys() | new.keys()
        moved = old.keys() ^ new.keys()
        if old and (not new or (len(everyone) >= REDESIGN_MIN_PEOPLE
                                and len(moved) > REDESIGN_SHARE * len(everyone))):
            self.notes.append(
                f"{accounts.name_of(account_id)}: the team page {after['url']} changed for"
                f" {len(moved)} of {len(everyone)} people on"
                f" {after['first_seen'].date().isoformat()}; read as a redesign, no events")
            return []
        changes = [(name, new[name], "joined") for name in new if name not in old]
        changes += [(name, old[name], "departed") for name in old if name not in new]
        changes += [(name, new[name], "promoted") for name in new
                    if name in old and new[name] != old[name] and _leader(new[name])
                    and not _same_role(old[name], new[name])]
        return [self.event(accounts, account_id, after, *change) for change in changes
                if _leader(change[1])]

    def event(self, accounts: AccountIndex, account_id: str, snapshot: dict[str, Any],
              person: str, title: str, change: str) -> Event:
        day = snapshot["first_seen"].date()
        where = "no longer on" if change == "departed" else "on"
        quote = f"{person}, {title}, is {where} the team page"
        verb = {"joined": "joined as", "departed": "left the role of", "promoted": "promoted to"}
        return Event(
            event_id=stable_id(account_id, self.type, "team", person, change, title),
            type=self.type, account_id=account_id, company=accounts.name_of(account_id),
            confidence=0.7, fields={"person": person, "role": title, "change": change},
            summary=f"{person} {verb[change]} {title} (team page)", published=day,
            evidence=[Evidence(snapshot["url"], quote, day,
                               f"{account_id}/team/{snapshot['content_hash']}")])


def _leader(title: str) -> bool:
    return bool(ROLE.search(title)) and not _ADVISORY.search(title)


def _same_role(old: str, new: str) -> bool:
    return " ".join(old.lower().split()) == " ".join(new.lower().split())
