"""Triggers: detectors over stored observations, linking to accounts, events in the store.

Public face: `detect_store()` for the daily loop and `detect_documents()` for the
`whynow detect` JSON-lines contract."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from whynow.store import Store

from .detectors import history_detectors, text_detectors
from .embedding import Embedder
from .events import save_event
from .linking import AccountIndex, AccountRef
from .model import Document, Event, Evidence
from .reading import events_from, find_candidates, lead, read_document, to_confirm
from .typing import SentenceTyper

__all__ = ["AccountIndex", "AccountRef", "DetectSummary", "Document", "Event", "Evidence",
           "SentenceTyper", "account_index", "detect_documents", "detect_store", "read_document",
           "sentence_typer"]


BATCH_DOCUMENTS = 64


@dataclass
class DetectSummary:
    articles: int = 0
    events: Counter = field(default_factory=Counter)  # outcome -> count
    by_type: Counter = field(default_factory=Counter)  # type -> new events
    notes: list[str] = field(default_factory=list)  # what a detector chose not to report


def account_index(store: Store) -> AccountIndex:
    return AccountIndex([
        AccountRef(row["account_id"], row["name"], row["domain"], list(row["aliases"] or []),
                   " ".join(filter(None, (row["industry"], row["description"]))))
        for row in store.rows(
            "SELECT account_id, name, domain, aliases, industry, description FROM accounts")
    ])


def detect_documents(documents: Iterable[Document], accounts: AccountIndex,
                     typer: SentenceTyper | None = None) -> Iterator[tuple[Document, list[Event]]]:
    """Each document with the events it reports (the `whynow detect` contract). The
    candidate sentences of a batch of documents go to the model together: it is faster on
    one batch than on each document's few sentences."""
    detectors = text_detectors()
    stream = iter(documents)
    while batch := list(itertools.islice(stream, BATCH_DOCUMENTS)):
        leads = [lead(document) for document in batch]
        found = [find_candidates(lines, detectors) for lines in leads]
        if typer is not None:
            typer.embedder.encode(list(dict.fromkeys(
                sentence for document, candidates in zip(batch, found, strict=True)
                for sentence in to_confirm(document, candidates))))
        for document, lines, candidates in zip(batch, leads, found, strict=True):
            yield document, events_from(document, lines, candidates, accounts, typer)


def sentence_typer(store: Store | None = None) -> SentenceTyper:
    """The embedding check with the default (or WHYNOW_MODEL) model, cached in `store`."""
    return SentenceTyper(Embedder(store=store))


def detect_store(store: Store, as_of: date, reread: bool = False) -> DetectSummary:
    """Read the articles not read against this watchlist yet (all with `reread`), recompute
    posting-history triggers as of `as_of`, and store the linked events."""
    from watchlists import watchlist_fingerprint

    summary = DetectSummary()
    accounts = account_index(store)
    fingerprint = watchlist_fingerprint(store)
    cutoff = datetime.combine(as_of + timedelta(days=1), datetime.min.time())
    articles = store.rows(
        "SELECT a.article_id, a.title, a.text, a.url, coalesce(a.published_at, a.first_seen)"
        " AS published FROM articles a LEFT JOIN articles_detected d USING (article_id)"
        " WHERE a.first_seen < ? AND (? OR d.article_id IS NULL OR d.watchlist <> ?)"
        " ORDER BY a.first_seen, a.article_id", [cutoff, reread, fingerprint])
    documents = (Document(row["article_id"], row["title"], row["text"], row["url"],
                          row["published"].date()) for row in articles)
    for document, events in detect_documents(documents, accounts, sentence_typer(store)):
        for event in events:
            if event.account_id:
                _record(summary, event, save_event(store, event))
        store.execute("INSERT OR REPLACE INTO articles_detected VALUES (?, ?, now())",
                      [document.id, fingerprint])
        summary.articles += 1
    for detector in history_detectors():
        for event in detector.detect(store, accounts, as_of):
            _record(summary, event, save_event(store, event, replace_evidence=True))
        summary.notes += getattr(detector, "notes", [])
    return summary


def _record(summary: DetectSummary, event: Event, outcome: str) -> None:
    summary.events[outcome] += 1
    if outcome == "new":
        summary.by_type[event.type] += 1


def document_from_json(record: dict[str, Any]) -> Document:
    """A `whynow detect` input line; ValueError names what is missing."""
    if not isinstance(record, dict):
        raise ValueError("a document must be a JSON object")
    missing = [key for key in ("id", "text") if record.get(key) in (None, "")]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    published = record.get("published")
    day = None
    if published:
        try:
            day = date.fromisoformat(str(published)[:10])
        except ValueError as err:
            raise ValueError(f"published is not a date: {published!r}") from err
    return Document(str(record["id"]), str(record.get("title") or ""), str(record["text"]),
                    str(record.get("url") or ""), day)
