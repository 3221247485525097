"""The two small interfaces detectors implement.

A TextDetector reads one sentence at a time and returns Findings; linking to accounts,
merging and storage are done once for all of them. A HistoryDetector reads the store's
observations over time (job postings) and returns Events directly."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, ClassVar

from whynow.store import Store

from ..linking import AccountIndex
from ..model import Event, Finding, Span
from ..text import leading_name, strip_dateline


class TextDetector:
    type: ClassVar[str]
    # A cheap test a sentence must pass before the detector looks closer.
    cue: ClassVar[re.Pattern[str]]

    def find(self, sentence: str) -> list[Finding]:
        if not self.cue.search(sentence):
            return []
        return self.read(sentence)

    def read(self, sentence: str) -> list[Finding]:
        raise NotImplementedError

    def event_key(self, fields: dict[str, Any]) -> tuple:
        """The fields that make two findings the same real-world event."""
        return ()

    def document_key(self, fields: dict[str, Any]) -> tuple:
        """What tells two events of this type apart within one document (default: nothing,
        so every sentence about the same company's event adds to one event)."""
        return ()

    def summarize(self, fields: dict[str, Any]) -> str:
        raise NotImplementedError

    def enrich(self, finding: Finding, document_sentences: list[str]) -> None:
        """Fill fields that other sentences of the same document state (optional)."""


class HistoryDetector:
    type: ClassVar[str]

    def detect(self, store: Store, accounts: AccountIndex, as_of: date) -> list[Event]:
        raise NotImplementedError


def subject_before(sentence: str, position: int) -> tuple[str | None, Span]:
    """The company a clause is about when its verb stands at `position`: the name the
    clause starts with (after any dateline), and the span of the whole clause."""
    clause, offset = strip_dateline(sentence[:position])
    # Skip an opening phrase such as "On Tuesday," or "In a statement,".
    opener = re.match(r"^(?:On|In|At|Earlier|Today|This|Last|Following|After)\b[^,]{0,40},\s*",
                      clause)
    if opener:
        clause, offset = clause[opener.end():], offset + opener.end()
    region = Span(offset, position)
    found = leading_name(clause)
    if not found:
        return None, region
    return found[0], region
