"""Feedback on events: an SDR marks a trigger useful or wrong; wrong ones leave future briefs
and audiences; `stats` shows a team its own precision per trigger type."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from whynow.clock import utcnow
from whynow.store import Store

VERDICTS = ("useful", "wrong")


class UnknownEvent(LookupError):
    pass


def give_feedback(store: Store, event_id: str, verdict: str, note: str | None = None,
                  given_by: str | None = None) -> dict:
    """Record a verdict; the latest verdict on an event is the one that counts."""
    if verdict not in VERDICTS:
        raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}")
    event = store.rows("SELECT e.event_id, e.type, e.summary, a.name FROM events e"
                       " LEFT JOIN accounts a USING (account_id) WHERE e.event_id = ?", [event_id])
    if not event:
        raise UnknownEvent(f"no event with id {event_id!r} (ids are in `whynow brief --format"
                           " json` and in the events table)")
    store.execute("INSERT INTO feedback VALUES (?, ?, ?, ?, ?)",
                  [event_id, verdict, note, given_by, utcnow()])
    return event[0]


@dataclass
class TypeStats:
    type: str
    events: int
    useful: int
    wrong: int

    @property
    def precision(self) -> float | None:
        judged = self.useful + self.wrong
        return round(self.useful / judged, 3) if judged else None


def feedback_stats(store: Store, as_of: date, days: int) -> list[TypeStats]:
    """Per trigger type, over events published in the `days` up to `as_of`: how many there
    were and how many were judged useful or wrong (each event's latest verdict)."""
    since = as_of - timedelta(days=days - 1)
    rows = store.rows(
        """
        WITH latest AS (
            SELECT event_id, verdict FROM feedback QUALIFY row_number() OVER
                (PARTITION BY event_id ORDER BY given_at DESC, rowid DESC) = 1)
        SELECT e.type, count(*) AS events,
               count(*) FILTER (WHERE l.verdict = 'useful') AS useful,
               count(*) FILTER (WHERE l.verdict = 'wrong') AS wrong
        FROM events e LEFT JOIN latest l USING (event_id)
        WHERE e.published_at::DATE BETWEEN ? AND ?
        GROUP BY e.type ORDER BY e.type
        """, [since, as_of])
    return [TypeStats(**row) for row in rows]
