"""contract_win: the company signs a named new customer or wins a contract or tender.

Two forms: the vendor announces the win ("Acme wins a $5M contract"), or the customer
announces its choice ("Globex selects Acme's platform"): then the win is the vendor's, and
the customer's side is a tech_stack_change."""

from __future__ import annotations

import re

from ..model import Finding
from .base import AS_PARTNER, VerbDetector, name_after, subject_before

# The customer's verbs; the vendor is named right after them.
_CHOSEN = re.compile(
    r"\b(?:select(?:s|ed)|chooses|chose|implement(?:s|ed)|integrat(?:es|ed)|leverag(?:es|ed)|"
    r"deploy(?:s|ed)|tap(?:s|ped))\b(?!\s+by)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s)\b.*$")


class ContractWinDetector(VerbDetector):
    type = "contract_win"
    keywords = ("contract", "tender", "order", "agreement", "selected", "chosen", "select",
                "chose", "choose", "implement", "integrat", "leverag", "deploy", "tap")
    headline = "Won a contract or customer"
    verb = re.compile(
        r"\b(?:(?:wins?|won|(?:has\s+been\s+|was\s+)?awarded|secure[sd]?|land(?:s|ed)?|"
        r"sign(?:s|ed)?)\s+(?:a|an)?\s*(?:new\s+)?(?:[$€£][\d.,]+\s*(?:million|billion|[mbk])?"
        r"\s+)?(?:multi-year\s+|\w+-year\s+|major\s+|federal\s+|government\s+|first\s+|"
        r"initial\s+)*(?:contract|tender|purchase\s+order|supply\s+agreement|order)|"
        r"(?:has\s+been\s+|was\s+)?(?:selected|chosen)\s+by)\b", re.IGNORECASE)

    cue = re.compile(f"{verb.pattern}|{_CHOSEN.pattern}", re.IGNORECASE)  # type: ignore[assignment]

    def read(self, sentence: str) -> list[Finding]:
        if self.verb.search(sentence):
            return super().read(sentence)
        chosen = _CHOSEN.search(sentence)
        if chosen is None or AS_PARTNER.search(sentence, chosen.end()):
            return []
        customer, region = subject_before(sentence, chosen.start())
        vendor = name_after(sentence, chosen.end())
        if customer is None or vendor is None:
            return []
        name = _POSSESSIVE.sub("", vendor[0]).strip()
        if not name or name.lower() == customer.lower():
            return []
        span = vendor[1]
        return [Finding(type=self.type, sentence=sentence, subject=name,
                        subject_span=type(span)(span.start, span.start + len(name)),
                        fields={"counterparty": customer}, confidence=0.6, excluded=[region],
                        reads_as="tech_stack_change")]
