"""acquisition: the company acquires, merges with, or is acquired by another."""

from __future__ import annotations

import re

from .base import TwoPartyDetector


class AcquisitionDetector(TwoPartyDetector):
    type = "acquisition"
    keywords = ("acqui", "merge", "buy", "bought")
    specific_cue = True
    verb = re.compile(
        r"\b(?:(?:has\s+|have\s+)?acquired|acquires?|to\s+acquire|agree[sd]?\s+to\s+acquire|"
        r"(?:complete[sd]?|announce[sd]?|finali[sz]e[sd]?|close[sd]?)\s+(?:the\s+|its\s+)?"
        r"(?:strategic\s+)?acquisition\s+of|"
        r"enter(?:s|ed)?\s+into\s+an?\s+(?:definitive\s+)?(?:acquisition\s+)?agreement\s+to\s+"
        r"(?:acquire|purchase)|(?:has\s+)?merged\s+with|merges?\s+with|to\s+merge\s+with|"
        r"buys|bought)\b(?!\s+by)", re.IGNORECASE)

    def roles(self) -> tuple[dict[str, str], dict[str, str]]:
        return {"role": "acquirer"}, {"role": "target"}

    def summarize(self, fields: dict) -> str:
        other = fields.get("counterparty", "another company")
        return f"Acquired by {other}" if fields.get("role") == "target" else f"Acquired {other}"
