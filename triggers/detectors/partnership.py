"""partnership: a commercial partnership, integration or reseller agreement with a named
partner."""

from __future__ import annotations

import re

from .base import TwoPartyDetector


class PartnershipDetector(TwoPartyDetector):
    type = "partnership"
    keywords = ("partner", "team", "forces", "collaborat", "alliance", "agreement", "integrat")
    verb = re.compile(
        r"\b(?:partner(?:s|ed)?\s+with|team(?:s|ed)?\s+up\s+with|join(?:s|ed)?\s+forces\s+with|"
        r"(?:announce[sd]?|form(?:s|ed)?|enter(?:s|ed)?\s+into|sign(?:s|ed)?|launch(?:es|ed)?|"
        r"expand(?:s|ed)?)\s+(?:a|an|its|their)?\s*(?:new\s+|strategic\s+|global\s+|"
        r"multi-year\s+|exclusive\s+)*(?:partnership|collaboration|alliance|reseller\s+"
        r"agreement|distribution\s+agreement|integration)(?:\s+with)?|collaborat(?:es|ed|ing)"
        r"\s+with|integrat(?:es|ed)\s+with)\b", re.IGNORECASE)

    def object_follows(self, match: re.Match[str]) -> bool:
        return match.group(0).lower().endswith("with")
