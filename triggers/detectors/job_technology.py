"""tech_stack_change from job postings: a technology of the catalogue that newly appears
across an account's postings ("experience with Snowflake", "migrating to Salesforce").

New means: named in a posting published in the last WINDOW_DAYS, and in none of the
account's earlier postings, of which there must be enough to know its stack."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from whynow.ids import stable_id
from whynow.store import Store

from ..linking import AccountIndex
from ..model import Event, Evidence
from ..technologies import Catalogue
from .base import HistoryDetector

WINDOW_DAYS = 30
MIN_EARLIER_POSTINGS = 3
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")


class JobTechnologyDetector(HistoryDetector):
    type = "tech_stack_change"

    def __init__(self, catalogue: Catalogue | None = None):
        self.catalogue = catalogue

    def detect(self, store: Store, accounts: AccountIndex, as_of: date) -> list[Event]:
        catalogue = self.catalogue or Catalogue.load()
        window_start = as_of - timedelta(days=WINDOW_DAYS)
        by_account: dict[str, list[dict[str, Any]]] = {}
        for row in store.rows(
                "SELECT account_id, external_id, title, url, source_url, description,"
                " coalesce(published_at, first_seen)::DATE AS posted FROM job_postings"
                " WHERE first_seen::DATE <= ? AND coalesce(published_at, first_seen)::DATE <= ?"
                " ORDER BY posted, external_id", [as_of, as_of]):
            if row["account_id"] in accounts.accounts:
                by_account.setdefault(row["account_id"], []).append(row)
        events = []
        for account_id, postings in by_account.items():
            earlier = [p for p in postings if p["posted"] <= window_start]
            if len(earlier) < MIN_EARLIER_POSTINGS:
                continue
            known = set()
            for posting in earlier:
                known |= catalogue.in_text(_text(posting)).keys()
            first_named: dict[str, tuple[dict[str, Any], str]] = {}
            for posting in (p for p in postings if p["posted"] > window_start):
                for name, words in catalogue.in_text(_text(posting)).items():
                    if name not in known:
                        first_named.setdefault(name, (posting, words))
            events += [self.event(accounts, account_id, name, posting, words)
                       for name, (posting, words) in sorted(first_named.items())]
        return events

    def event(self, accounts: AccountIndex, account_id: str, technology: str,
              posting: dict[str, Any], words: str) -> Event:
        quote = _sentence_with(_text(posting), words)
        return Event(
            event_id=stable_id(account_id, self.type, "jobs", technology),
            type=self.type, account_id=account_id, company=accounts.name_of(account_id),
            confidence=0.6,
            fields={"technology": technology, "direction": "adopted", "evidence_kind": "jobs"},
            summary=f"{technology} newly named in its job postings ({posting['title']})",
            published=posting["posted"],
            evidence=[Evidence(posting["url"] or posting["source_url"], quote, posting["posted"],
                               f"{account_id}/posting/{posting['external_id']}")])


def _text(posting: dict[str, Any]) -> str:
    return f"{posting['title']}\n{posting['description'] or ''}"


def _sentence_with(text: str, words: str) -> str:
    for sentence in _SENTENCE_END.split(text):
        if words in sentence:
            return " ".join(sentence.split())[:300]
    return words
