"""ipo: the company lists its shares or files to go public (token listings are not)."""

from __future__ import annotations

import re

from ..money import format_amount, parse_amount
from .base import VerbDetector

# Where shares list: "the Nasdaq", "the London Stock Exchange", "AIM".
EXCHANGE = (r"(?:Nasdaq|NYSE|(?:[A-Z][a-z]+\s+){1,2}Stock\s+Exchange|LSE|TSXV?|TSX\s+Venture|ASX|"
            r"Euronext|AIM|CSE|OTCQX|OTCQB)"
            # a billboard: "celebrates a debut on the Nasdaq Big Screen"
            r"(?!\s+(?:Big\s+)?(?:Screen|Tower|Billboard|MarketSite))")


class IpoDetector(VerbDetector):
    type = "ipo"
    keywords = ("public", "ipo", "trading", "debut", "launch", "listing", "s-1", "f-1",
                "registration", "uplist", "lists", "cross list", "cross-list", "dual list",
                "dual-list")
    headline = "Going public"
    verb = re.compile(
        r"\b(?:(?:announce[sd]?|prices?|priced|complete[sd]?|launch(?:es|ed)?|file[sd]?\s+for)"
        r"\s+(?:the\s+pricing\s+of\s+)?(?:its|an|the)?\s*(?:(?:US)?[$€£]?[\d.,]+\s*(?:[MB]n?|"
        r"million|billion)?\s+)?(?:proposed\s+)?(?:initial\s+public\s+"
        r"offering|IPO)|go(?:es|ing)?\s+public|"
        # "announced the closing of its underwritten IPO", "Secures $4.2M in Initial Public Offering"
        r"(?:closing|pricing|completion)\s+of\s+(?:its|an|the)\s+(?:underwritten\s+|upsized\s+|"
        r"proposed\s+)*(?:initial\s+public\s+offering|IPO)|"
        r"(?:raise[sd]?|secure[sd]?)\s+(?:[^.]|\.(?=\d)){1,40}?\s+in\s+(?:its\s+|an?\s+)?"
        r"(?:initial\s+public\s+offering|IPO)|(?:began|begins?|will\s+begin)\s+trading\s+on\s+"
        rf"(?:the\s+)?{EXCHANGE}|(?:debut(?:s|ed)?|launch(?:es|ed)?)\s+on\s+(?:the\s+)?{EXCHANGE}|"
        r"(?:announce[sd]?|complete[sd]?|plans?)\s+(?:its\s+|a\s+|the\s+)?(?:direct\s+|dual\s+|"
        r"cross[\s-]?|secondary\s+)?listing\s+(?:of\s+its\s+(?:common\s+)?shares\s+)?on\s+"
        rf"(?:the\s+)?{EXCHANGE}|"
        # "its common shares ... are now cross listed and traded on the Frankfurt Stock Exchange"
        r"(?:dual|cross)[\s-]?listed\s+(?:and\s+traded\s+)?on\s+"
        rf"(?:the\s+)?{EXCHANGE}|"
        r"plans?\s+(?:an?\s+)?"
        r"(?:Nasdaq|NYSE|LSE|TSX|ASX|AIM)\s+listing|SPAC\s+IPO|"
        # the filing and the listing themselves
        r"(?:publicly\s+)?file[sd]?\s+(?:an?\s+|its\s+)?(?:Form\s+)?(?:S-1|F-1|registration\s+statement)|"
        r"submit(?:s|ted)?\s+(?:a\s+)?(?:confidential\s+)?draft\s+registration\s+statement|"
        r"(?:uplist(?:s|ed|ing)?\s+to|lists\s+(?:its\s+(?:common\s+)?shares\s+)?on)\s+(?:the\s+)?"
        rf"{EXCHANGE})\b",
        re.IGNORECASE)
    _token = re.compile(r"\b(?:token|coin|presale|ICO|crypto)\b", re.IGNORECASE)

    def summarize(self, fields: dict) -> str:
        if fields.get("amount"):
            return f"Going public, raising {format_amount(fields['amount'], fields.get('currency'))}"
        return self.headline

    def fields(self, sentence: str, match: re.Match[str]) -> dict | None:
        """The offering's size when the sentence states it ('aims to raise A$8 million')."""
        if self._token.search(sentence):
            return None
        amount = parse_amount(sentence[match.start():])
        return {"amount": amount[0], "currency": amount[1]} if amount else {}
