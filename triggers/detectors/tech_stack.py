"""tech_stack_change (from news): the company adopts, migrates to, replaces or drops a
technology for its own use. Vendors announcing their own product are product launches."""

from __future__ import annotations

import re

from .base import AS_PARTNER, VerbDetector, name_after, names_a_person


class TechStackNewsDetector(VerbDetector):
    type = "tech_stack_change"
    keywords = ("select", "implement", "deploy", "adopt", "migrat", "switch", "standardi",
                "live", "choose", "chose", "rolled", "integrat", "leverag", "move", "transition")
    verb = re.compile(
        r"\b(?:select(?:s|ed)|implement(?:s|ed)|deploy(?:s|ed)|adopt(?:s|ed)|"
        r"migrat(?:es|ed)\s+to|switch(?:es|ed)\s+to|standardi[sz](?:es|ed)\s+on|"
        r"go(?:es)?\s+live\s+(?:on|with)|went\s+live\s+(?:on|with)|chooses|chose|"
        r"(?:has\s+)?rolled\s+out|integrat(?:es|ed)|leverag(?:es|ed)|"
        # "announces its strategic migration to Arbitrum"
        r"(?:announce[sd]?|complete[sd]?|begins?)\s+(?:its\s+|the\s+|a\s+)?(?:strategic\s+|planned\s+|"
        r"full\s+)?(?:migration|move|transition|switch)\s+to)\b(?!\s+(?:by|with))",
        re.IGNORECASE)
    _migrate = re.compile(r"\bfrom\s+(?P<old>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2})")

    def fields(self, sentence: str, match: re.Match[str]) -> dict | None:
        technology = name_after(sentence, match.end())
        if technology is None or AS_PARTNER.search(sentence, match.end()) \
                or names_a_person(sentence, technology[1].end):
            return None  # "selects Initech as its exclusive partner" is a partnership
        name = re.sub(r"(?<=\w)(?:'s|’s)\b", "", technology[0])  # "Initech’s API" -> "Initech API"
        fields = {"technology": name, "direction": "adopted", "evidence_kind": "news"}
        previous = self._migrate.search(sentence, match.end())
        if previous and re.search(r"migrat|switch|replac|move", match.group(0), re.IGNORECASE):
            fields.update(previous_technology=previous.group("old").rstrip("."), direction="migrated")
        return fields

    def summarize(self, fields: dict) -> str:
        if fields.get("direction") == "migrated":
            return f"Moved from {fields['previous_technology']} to {fields['technology']}"
        return f"Adopted {fields['technology']}"
