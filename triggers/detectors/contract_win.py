"""contract_win: the company signs a named new customer or wins a contract or tender."""

from __future__ import annotations

import re

from .base import VerbDetector


class ContractWinDetector(VerbDetector):
    type = "contract_win"
    keywords = ("contract", "tender", "order", "agreement", "selected", "chosen")
    headline = "Won a contract or customer"
    verb = re.compile(
        r"\b(?:(?:wins?|won|(?:has\s+been\s+|was\s+)?awarded|secure[sd]?|land(?:s|ed)?|"
        r"sign(?:s|ed)?)\s+(?:a|an)?\s*(?:new\s+)?(?:[$€£][\d.,]+\s*(?:million|billion|[mbk])?"
        r"\s+)?(?:multi-year\s+|\w+-year\s+|major\s+|federal\s+|government\s+)*(?:contract|"
        r"tender|purchase\s+order|supply\s+agreement|order)|(?:has\s+been\s+|was\s+)?"
        r"(?:selected|chosen)\s+by)\b", re.IGNORECASE)
