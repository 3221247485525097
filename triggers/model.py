"""What detection reads and what it produces."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass
class Document:
    """A text to read: a stored article, or a line of `whynow detect` input."""

    id: str
    title: str
    text: str
    url: str = ""
    published: date | None = None


@dataclass
class Span:
    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class Finding:
    """One event a detector read in one sentence, before it is linked to an account."""

    type: str
    sentence: str
    subject: str | None  # the company the event is about, as written
    subject_span: Span | None  # where `subject` stands in `sentence`
    fields: dict[str, Any]
    confidence: float
    excluded: list[Span] = field(default_factory=list)  # investors, previous employers: never
    # the subject even when they are watchlist accounts
    refers_back: bool = False  # "The company raised ...": about the document's own company
    # The type the sentence itself reads as, when the event is inferred from another one:
    # "Globex selects Acme" reads as Globex's tech_stack_change and implies Acme's win.
    reads_as: str | None = None


@dataclass
class Evidence:
    url: str
    quote: str
    published: date | None
    observation: str

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "quote": self.quote,
                "published": self.published.isoformat() if self.published else None}


@dataclass
class Event:
    event_id: str
    type: str
    account_id: str | None
    company: str
    confidence: float
    fields: dict[str, Any]
    summary: str
    published: date | None  # None only for a `whynow detect` document without a date
    evidence: list[Evidence]
    # Nothing in its fields tells this event apart: another report of the same account and
    # type within a few days is taken to be the same event.
    same_if_near: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id, "type": self.type, "company": self.company,
            "account_id": self.account_id, "confidence": round(self.confidence, 3),
            "fields": self.fields, "summary": self.summary,
            "published": self.published.isoformat() if self.published else None,
            "evidence": [e.to_dict() for e in self.evidence],
        }
