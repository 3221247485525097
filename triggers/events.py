"""Events in the store: one row per real-world event, one evidence row per sighting."""

from __future__ import annotations

import json

from whynow.clock import utcnow
from whynow.store import Store

from .model import Event

NEAR_DAYS = 3


def save_event(store: Store, event: Event, replace_evidence: bool = False) -> str:
    """'new', 'updated' (new evidence or changed fields) or 'unchanged'."""
    now = utcnow()
    if event.same_if_near and event.account_id:
        event.event_id = _near(store, event) or event.event_id
    existing = store.rows("SELECT fields FROM events WHERE event_id = ?",
                          [event.event_id])
    fields = json.dumps(event.fields, sort_keys=True)
    with store.transaction():
        if not existing:
            store.execute(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [event.event_id, event.account_id, event.type, event.company, event.confidence,
                 event.summary, fields, event.published, now, now])
            outcome = "new"
        else:
            changed = json.loads(existing[0]["fields"]) != event.fields
            if changed:
                store.execute(
                    "UPDATE events SET fields = ?, summary = ?, confidence = ?, updated_at = ?"
                    " WHERE event_id = ?",
                    [fields, event.summary, event.confidence, now, event.event_id])
            outcome = "updated" if changed else "unchanged"
            # A history event (a spike still going) dates from its newest observation; a
            # reported event from its first report.
            store.execute(
                "UPDATE events SET published_at = " + (
                    "?" if replace_evidence else "least(published_at, ?)") + " WHERE event_id = ?",
                [event.published, event.event_id])
        if replace_evidence:
            store.execute("DELETE FROM event_evidence WHERE event_id = ?", [event.event_id])
        for evidence in event.evidence:
            known = store.scalar(
                "SELECT count(*) FROM event_evidence WHERE event_id = ? AND url = ? AND quote = ?",
                [event.event_id, evidence.url, evidence.quote])
            if known:
                continue
            store.execute("INSERT INTO event_evidence VALUES (?, ?, ?, ?, ?)",
                          [event.event_id, evidence.url, evidence.quote, evidence.published,
                           evidence.observation])
            if outcome == "unchanged" and not replace_evidence:
                outcome = "updated"
                store.execute("UPDATE events SET updated_at = ? WHERE event_id = ?",
                              [now, event.event_id])
    return outcome


def _near(store: Store, event: Event) -> str | None:
    """The stored event of the same account and type reported within NEAR_DAYS, if any."""
    return store.scalar(
        "SELECT event_id FROM events WHERE account_id = ? AND type = ?"
        " AND abs(date_diff('day', published_at::DATE, ?::DATE)) <= ?"
        " ORDER BY event_id = ? DESC, published_at LIMIT 1",
        [event.account_id, event.type, event.published, NEAR_DAYS, event.event_id])
