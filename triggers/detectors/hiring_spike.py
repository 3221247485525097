"""hiring_spike: an account's new job postings in a department grow markedly faster than its
own baseline. Read from posting history, never from one text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from whynow.ids import stable_id
from whynow.store import Store

from ..linking import AccountIndex
from ..model import Event, Evidence
from .base import HistoryDetector

ALL_DEPARTMENTS = "All departments"

# A posting counts from its ATS publish date; without one, from when we first saw it, except
# on the first crawl of its board (everything is "first seen" then, so it says nothing).
POSTINGS_SQL = """
WITH boards AS (
    SELECT account_id, kind, board, min(first_seen)::DATE AS first_crawl
    FROM job_postings GROUP BY ALL
)
SELECT p.account_id, coalesce(nullif(trim(p.department), ''), 'Other') AS department,
       p.title, p.url, p.source_url,
       coalesce(p.published_at, p.first_seen)::DATE AS posted
FROM job_postings p JOIN boards b USING (account_id, kind, board)
WHERE p.first_seen::DATE <= ?
  AND (p.published_at IS NOT NULL OR p.first_seen::DATE > b.first_crawl)
  AND coalesce(p.published_at, p.first_seen)::DATE > ?
  AND coalesce(p.published_at, p.first_seen)::DATE <= ?
"""


@dataclass
class SpikeRule:
    window_days: int = 14
    baseline_windows: int = 6
    min_new: int = 4
    min_ratio: float = 3.0
    # Across departments small steady boards add up, so the whole-account view asks for more.
    min_new_all_departments: int = 8


class HiringSpikeDetector(HistoryDetector):
    type = "hiring_spike"

    def __init__(self, rule: SpikeRule | None = None):
        self.rule = rule or SpikeRule()

    def detect(self, store: Store, accounts: AccountIndex, as_of: date) -> list[Event]:
        rule = self.rule
        window_start = as_of - timedelta(days=rule.window_days)
        history_start = window_start - timedelta(days=rule.window_days * rule.baseline_windows)
        groups: dict[tuple[str, str], dict[str, list[dict[str, Any]]]] = {}
        for row in store.rows(POSTINGS_SQL, [as_of, history_start, as_of]):
            if row["account_id"] not in accounts.accounts:
                continue
            period = "new" if row["posted"] > window_start else "baseline"
            for department in (row["department"], ALL_DEPARTMENTS):
                group = groups.setdefault((row["account_id"], department),
                                          {"new": [], "baseline": []})
                group[period].append(row)
        spiking = [(key, group) for key, group in sorted(groups.items())
                   if self.spikes(group, all_departments=key[1] == ALL_DEPARTMENTS)]
        by_department = {account for (account, dept), _ in spiking if dept != ALL_DEPARTMENTS}
        return [
            self.event(store, accounts, account_id, department, group, as_of)
            for (account_id, department), group in spiking
            # The whole-account view only speaks when no single department does.
            if department != ALL_DEPARTMENTS or account_id not in by_department
        ]

    def spikes(self, group: dict[str, list[dict[str, Any]]], all_departments: bool) -> bool:
        new, baseline = len(group["new"]), self.baseline(group)
        floor = self.rule.min_new_all_departments if all_departments else self.rule.min_new
        return new >= floor and new >= self.rule.min_ratio * max(baseline, 1.0)

    def baseline(self, group: dict[str, list[dict[str, Any]]]) -> float:
        return len(group["baseline"]) / self.rule.baseline_windows

    def event(self, store: Store, accounts: AccountIndex, account_id: str, department: str,
              group: dict[str, list[dict[str, Any]]], as_of: date) -> Event:
        new = sorted(group["new"], key=lambda r: (r["posted"], r["title"]), reverse=True)
        baseline = self.baseline(group)
        titles = list(dict.fromkeys(row["title"] for row in new))
        fields = {
            "department": department,
            "new_postings": len(new),
            "window_days": self.rule.window_days,
            "baseline_per_window": round(baseline, 2),
            "ratio": round(len(new) / max(baseline, 1.0), 2),
            "example_titles": titles[:5],
        }
        latest = new[0]["posted"]
        quote = (f"{len(new)} new {postings_of(department)} in the {self.rule.window_days} days to "
                 f"{as_of.isoformat()}, against {baseline:.1f} per {self.rule.window_days} days"
                 f" before: " + "; ".join(titles[:5]))
        return Event(
            event_id=self.open_spike(store, account_id, department, as_of)
            or stable_id(account_id, self.type, department, latest.isoformat()),
            type=self.type, account_id=account_id, company=accounts.name_of(account_id),
            confidence=0.9, fields=fields, summary=summarize(fields), published=latest,
            evidence=[Evidence(url=new[0]["url"] or new[0]["source_url"], quote=quote, published=latest,
                               observation=f"{account_id}/{department}")],
        )

    def open_spike(self, store: Store, account_id: str, department: str,
                   as_of: date) -> str | None:
        """A spike already reported within the window is the same spike, still going."""
        return store.scalar(
            "SELECT event_id FROM events WHERE account_id = ? AND type = ?"
            " AND json_extract_string(fields, '$.department') = ?"
            " AND published_at::DATE > ? ORDER BY published_at DESC LIMIT 1",
            [account_id, self.type, department,
             as_of - timedelta(days=2 * self.rule.window_days)])


def postings_of(department: str) -> str:
    if department == ALL_DEPARTMENTS:
        return "postings across departments"
    return f"{department} postings"


def summarize(fields: dict[str, Any]) -> str:
    return (f"{fields['new_postings']} new {postings_of(fields['department'])}"
            f" in {fields['window_days']} days ({fields['ratio']:g}x its usual pace)")
