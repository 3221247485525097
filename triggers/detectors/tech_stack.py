"""tech_stack_change (from news): the company adopts, migrates to, replaces or drops a
technology for its own use. Vendors announcing their own product are product launches."""

from __future__ import annotations

import re

from ..model import Finding
from ..text import leading_name, strip_dateline
from .base import (
    ADOPTION_VERBS,
    AS_AWARD,
    AS_PARTNER,
    NOT_A_TECHNOLOGY,
    OWN_PRODUCT_AFTER,
    SERVES_CUSTOMER,
    VerbDetector,
    deployed_on,
    integrates_with_another,
    is_generic,
    name_after,
    names_a_person,
    vendor_and_customer,
)

# What a vendor's product is called when the release does not name it: "Shopwise's claims
# management platform", "its claims software".
_PRODUCT = (r"((?:[a-z][\w-]*\s+){0,3}?(?:platform|software|solution|system|suite|app|"
            r"application|tool|technology|engine|portal|cloud|network|API))s?\b")
_OWNED_PRODUCT = re.compile(r"['’]s\s+" + _PRODUCT)
_ITS_PRODUCT = re.compile(r"\s+(?:its|their)\s+" + _PRODUCT)
# "Shopwise announced that Glowpath has gone live with its platform": "its" is the speaker's.
_REPORTED = re.compile(r"\b(?:announce[sd]?|said|says|reported)\s+(?:today\s+)?that\b")


class TechStackNewsDetector(VerbDetector):
    type = "tech_stack_change"
    keywords = ("select", "implement", "deploy", "adopt", "migrat", "switch", "standardi",
                "live", "choose", "chose", "rolled", "integrat", "leverag", "move", "transition",
                "transform", "moderni", "digiti", "automat", "streamlin")
    verb = re.compile(
        rf"\b(?:{ADOPTION_VERBS}|adopt(?:s|ed)|"
        # "migrated its tokens from the Tron mainnet to the Gala mainnet"
        r"migrat(?:es|ed)\s+(?:(?:its|their|our|the|all)\s+)?(?:[\w$-]+\s+){0,3}?"
        r"(?:from\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,2}?\s+)?to|switch(?:es|ed)\s+to|standardi[sz](?:es|ed)\s+on|"
        r"(?:go(?:es)?|went|(?:has\s+|have\s+)?gone)\s+live\s+(?:on|with)|"
        r"(?:has\s+)?rolled\s+out|"
        # "announces its strategic migration to Arbitrum"
        r"(?:announce[sd]?|complete[sd]?|begins?)\s+(?:its\s+|the\s+|a\s+)?(?:strategic\s+|planned\s+|"
        r"full\s+)?(?:migration|move|transition|switch)\s+to)\b(?!\s+(?:by|with))",
        re.IGNORECASE)
    _migrate = re.compile(r"\bfrom\s+(?:the\s+)?(?P<old>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2})")

    cue = re.compile(f"{verb.pattern}|{SERVES_CUSTOMER.pattern}",  # type: ignore[assignment]
                     re.IGNORECASE)

    def read(self, sentence: str) -> list[Finding]:
        findings = super().read(sentence)
        story = None if findings else vendor_and_customer(sentence)
        if story:
            vendor, _, customer, span = story
            findings = [Finding(type=self.type, sentence=sentence, subject=customer,
                                subject_span=span, confidence=self.confidence, fields={
                                    "technology": vendor, "direction": "adopted",
                                    "evidence_kind": "news"})]
        return findings

    def fields(self, sentence: str, match: re.Match[str]) -> dict | None:
        name = _technology(sentence, deployed_on(sentence, match))
        if name is None or is_generic(name) or NOT_A_TECHNOLOGY.search(name) \
                or _A_FINANCIAL_FIRM.search(name) or _REBRAND.search(sentence) \
                or AS_PARTNER.search(sentence, match.end()) or AS_AWARD.search(sentence, match.end()) \
                or integrates_with_another(sentence, match):
            return None  # a partnership, an award, or "integrates its platform with PayPal"
        fields = {"technology": name, "direction": "adopted", "evidence_kind": "news"}
        previous = self._migrate.search(sentence, match.start())
        if previous and re.search(r"migrat|switch|replac|move", match.group(0), re.IGNORECASE):
            fields.update(previous_technology=previous.group("old").rstrip("."), direction="migrated")
        return fields

    def summarize(self, fields: dict) -> str:
        if fields.get("direction") == "migrated":
            return f"Moved from {fields['previous_technology']} to {fields['technology']}"
        return f"Adopted {fields['technology']}"


# "Adro selects Stearns Bank as sponsor bank": a bank is chosen, not a technology
_A_FINANCIAL_FIRM = re.compile(r"\b(?:Bank|Bancorp|Banking|Credit\s+Union|Insurance)$")
_REBRAND = re.compile(r"\brebrand", re.IGNORECASE)  # "Transition to Aquarius: a Rebranding"
_A_PERSONS_TITLE = re.compile(r"(?:CEO|CFO|CTO|COO|Chief|President|Founder|Dr\.)\b")


def _technology(sentence: str, position: int) -> str | None:
    """What is adopted: the name after the verb with the product it owns ("Shopwise claims
    management platform"), or the speaker's product ("its platform")."""
    named = name_after(sentence, position)
    if named is None:
        speaker = leading_name(strip_dateline(sentence)[0])
        product = _ITS_PRODUCT.match(sentence, position)
        if speaker and product and _REPORTED.search(sentence, 0, position):
            return f"{speaker[0]} {product.group(1)}"
        return None
    name, span = named
    if names_a_person(sentence, span.end) or _A_PERSONS_TITLE.match(name) \
            or OWN_PRODUCT_AFTER.match(sentence, position):
        return None
    name = re.sub(r"(?<=\w)(?:'s|’s)\b", "", name)  # "Initech’s API" -> "Initech API"
    product = _OWNED_PRODUCT.match(sentence, span.end)
    return f"{name} {product.group(1)}" if product else name
