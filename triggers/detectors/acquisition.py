"""acquisition: the company acquires, merges with, or is acquired by another."""

from __future__ import annotations

import re

from ..model import Finding, Span
from .base import TwoPartyDetector, name_after, subject_before

# "Harbor Auto Care Acquired by Ridge Motors": the subject is the target
# "leases, acquired by the company in 2023" is a participle about something else.
_ACQUIRED_BY = re.compile(r"(?<!newly\s)(?<!recently\s)(?<!previously\s)(?<!who\s)"
                          r"(?<!which\s)(?<!,\s)acquired\s+by\b(?!\s+(?:the\s+company|us|it)\b)",
                          re.IGNORECASE)
_RELATIVE_PAST = re.compile(r"\b(?:which|who|that)\s+(?:was|were|had\s+been|has\s+been|is)\s+$",
                            re.IGNORECASE)


# "Initech Acquisition", not "Talent Acquisition" or "Site Acquisition"
# ("Arrowroot Acquisition Corp." is a SPAC's name)
_NAMED_ACQUISITION = (r"(?!(?i:talent|customer|client|patient|user|data|site|land|property|asset|"
                      r"license|rights|royalty|lead|member|audience|stake|share|equipment|"
                      r"management)\b)"
                      # "a Software Company Acquisition" names no company
                      r"(?!(?:[A-Z][\w.&-]*\s+){0,2}(?:Company|Firm|Business|Startup|Agency|"
                      r"Provider|Practice|Brand)\s+[Aa]cquisition)"
                      r"(?-i:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}\s+[Aa]cquisition)\b"
                      r"(?!\s+(?:of|Corp|Company|Co|Ltd|Limited|Inc|Holdings|Partners|Group)\b)")


# An adviser's release: "facilitated the transaction between <seller> and <buyer>"
_SALE = re.compile(r"\b(?:facilitated|advised\s+on|announce[sd]?|complete[sd]?)\s+(?:the\s+|a\s+)?"
                   r"(?:successful\s+)?(?P<noun>sale|transaction|acquisition)\s+(?P<kind>of|between)\s",
                   re.IGNORECASE)
# what may stand between the seller's name and the buyer's: a legal form, a short name
_SELLER_END = r"(?:,?\s+(?:Inc|LLC|L\.L\.C|Ltd|Co|Corp|Company)\.?)?(?:\s+\([^)]{1,40}\))?"
_SOLD_TO = re.compile(_SELLER_END + r"\s+to\s", re.IGNORECASE)
_AND = re.compile(_SELLER_END + r"\s+and\s", re.IGNORECASE)
# "the acquisition of Harbor Roofing, LLC dba Roofmates by Ridge Holdings"
_BOUGHT_BY = re.compile(_SELLER_END + r"(?:\s+d/?b/?a\s+\S+)?\s+by\s", re.IGNORECASE)
# How a company came to be, not news: "established in 2023 through the merger of"
_MADE_BY_A_DEAL = re.compile(r"\b(?:established|formed|created|founded|born)\s+(?:[\w-]+\s+){0,4}?"
                             r"(?:through|via|by|from)\s+(?:the\s+|a\s+)?(?:acquisition|merger|"
                             r"business\s+combination)\b", re.IGNORECASE)
# "management's intention to acquire soccer teams": a strategy, when nobody is named
# ("Executes Indication of Interest (IOI) to Acquire a Leading Fintech Company")
_HOPE_TO_BUY = re.compile(r"\b(?:intends?|intention|plans?|seeks?|seeking|looking|aims?|"
                          r"option|strategy|interest)(?:\s*\([^)]{1,12}\))?\s+to\s+(?:\w+\s+){0,3}?"
                          r"(?:acquire|buy|purchase)\b", re.IGNORECASE)


class AcquisitionDetector(TwoPartyDetector):
    type = "acquisition"
    keywords = ("acqui", "merge", "buy", "bought", "business combination", "stake in", "interest in",
                "transaction", "sale of")
    specific_cue = True
    verb = re.compile(
        # a stake: "acquires a 60% stake in Globex" (a minority stake is no acquisition: read)
        r"\b(?:(?:to\s+)?(?:acqui(?:res?|red|ring)|buys?|bought|takes?|took)\s+(?:an?\s+)?"
        r"(?P<stake>(?:[\w.%-]+\s+){1,2})?"
        r"(?:equity\s+)?(?:stake|interest)\s+in|"
        # a bare "acquire" is a verb after "to" or "will", or a headline's: not "how agents
        # acquire leads"
        r"(?:has\s+|have\s+)?(?<!newly\s)(?<!recently\s)acquired|acquires|to\s+acquire|"
        r"(?<=will\s)acquire|(?-i:Acquire)|"
        + _ACQUIRED_BY.pattern + "|"
        # "Globex and Initech Merge to Form Initex", "... Forge AI-Driven Merger"
        r"(?<=\w\s)merge(?=\s+(?:to\s+form|into|operations)\b|\s*[,:;–—]|\s*$)|"
        r"(?:forge[sd]?|announce[sd]?|complete[sd]?)\s+(?:a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
        r"merger(?!\s+(?:with|of|bid|talks|agreement)\b)|"
        r"agree[sd]?\s+to\s+acquire|"
        r"enter(?:s|ed)?\s+into\s+(?:an?\s+)?(?:definitive\s+)?(?:acquisition\s+)?agreement\s+to\s+"
        r"(?:acquire|purchase)|(?:has\s+)?merged\s+with|merges?\s+with|merging\s+with|"
        r"(?:to|intention\s+to|intends\s+to|plans?\s+to|agreement\s+to)\s+merge\s+with|"
        r"acquiring|(?<!best\s)buys|bought(?!\s+deal|\s+in\b)|"  # "received four Best Buys"
        # a SPAC merger: "closed on its previously announced business combination with"
        r"(?:complete[sd]?|close[sd]?(?:\s+on)?|announce[sd]?|enter(?:s|ed)?\s+into)\s+(?:its\s+|the\s+|a\s+)?"
        r"(?:previously\s+announced\s+|proposed\s+|definitive\s+)*(?:business\s+combination|merger)\s+"
        r"(?:agreement\s+)?with|"
        # the noun: "Acme's acquisition of", "Expands with Acquisition of", "Completes
        # Acquisition of"
        r"(?:'s|’s|with|through|via|following|complete[sd]?|completion\s+of|announce[sd]?|"
        r"finali[sz]e[sd]?|close[sd]?(?:\s+on)?)\s+(?:the\s+|its\s+|an?\s+)?(?:proposed\s+|pending\s+|"
        r"planned\s+|strategic\s+|key\s+|major\s+|landmark\s+|transformative\s+)*acquisitions?\s+of|"
        # the target before the noun: "With All-Stock Initech Acquisition"
        r"(?:with|following|complete[sd]?|close[sd]?|announce[sd]?|finali[sz]e[sd]?)\s+(?:the\s+|its\s+|"
        r"an?\s+)?(?:all-stock\s+|all-cash\s+|strategic\s+|proposed\s+|pending\s+|planned\s+)*"
        rf"(?={_NAMED_ACQUISITION}))\b(?!\s+by\b)", re.IGNORECASE)
    cue = re.compile(f"{verb.pattern}|{_SALE.pattern}", re.IGNORECASE)

    def read(self, sentence: str) -> list[Finding]:
        if _MADE_BY_A_DEAL.search(sentence):
            return []  # "Lisata, established 18 months ago through the acquisition of": history
        if sold := self._sold(sentence):
            return sold
        passive = _ACQUIRED_BY.search(sentence)
        match = self.verb.search(sentence)
        if match and sentence.count("(", 0, match.start()) > sentence.count(")", 0, match.start()):
            return []  # "left the now-defunct (merged with United) company": an aside
        if passive and (match is None or passive.start() <= match.start()):
            return self._acquired_by(sentence, passive)
        if match and _AN_ASSET.match(sentence, match.end()) and not _BUSINESS_ASSETS.match(
                sentence, match.end()):
            return []  # "will acquire the facility": property changes hands, not a company
        if match and _HOLDERS_WHO.search(sentence, 0, match.end()):
            return []  # "on behalf of investors who acquired between April 22 and ...": a class
        if match and _SECURITIES.match(sentence, match.end()):
            return []  # "purchased or otherwise acquired Globex securities": an investor's
        # "to acquire a significant ownership stake in": the stake follows the verb matched
        stake = match and _STAKE.search(sentence, match.start(), match.end() + 60)
        if stake and stake.start() < match.end() \
                and not _CONTROLLING.search(stake.group("size") or ""):
            return []  # a minority stake is an investment, not an acquisition
        if match and match.group(0).lower() == "acquiring" and name_after(sentence, match.end()) is None:
            return []  # "will focus on acquiring and renovating": a strategy, nobody bought
        # A mine, a plant or a building bought by name: only the buyer has an event; a hope
        # to buy someone unnamed is a strategy, not a deal.
        findings = super().read(sentence)
        assets = [finding for finding in findings
                  if finding.fields.get("role") == "target" and finding.subject_span
                  and _ASSET.match(sentence, finding.subject_span.start)]
        hoped = _HOPE_TO_BUY.search(sentence)
        return [finding for finding in findings if finding not in assets
                and not (hoped and (assets or "counterparty" not in finding.fields))]

    def _sold(self, sentence: str) -> list[Finding]:
        """An adviser's 'facilitated the sale of Harbor Roofing to Ridge Holdings', 'the
        transaction between Harbor Roofing, Inc. and Ridge Holdings' or 'the acquisition of
        Harbor Roofing by Ridge Holdings': the seller, the adviser's client, is named first."""
        sale = _SALE.search(sentence)
        target = sale and name_after(sentence, sale.end() - 1)
        if not target or _ASSET.match(sentence, target[1].start):
            return []
        joiner = _AND if sale.group("kind").lower() == "between" else \
            _BOUGHT_BY if sale.group("noun").lower() == "acquisition" else _SOLD_TO
        after = joiner.match(sentence, target[1].end)
        buyer = after and name_after(sentence, after.end() - 1)
        if not buyer:
            return []
        return [Finding(type=self.type, sentence=sentence, subject=name, subject_span=span,
                        fields={"role": role, "counterparty": other}, confidence=self.confidence)
                for (name, span), role, other in ((target, "target", buyer[0]),
                                                  (buyer, "acquirer", target[0]))]

    def _acquired_by(self, sentence: str, passive: re.Match[str]) -> list[Finding]:
        """'Harbor Auto Care Acquired by Ridge Motors': the subject is the target."""
        if _RELATIVE_PAST.search(sentence, 0, passive.start()):
            return []  # "Globex, which was acquired by Initech in 2019, ...": background
        target, region = subject_before(sentence, passive.start())
        if target is None:
            return []
        buyer = name_after(sentence, passive.end())
        target_fields = {"role": "target", **({"counterparty": buyer[0]} if buyer else {})}
        findings = [Finding(type=self.type, sentence=sentence, subject=target,
                            subject_span=region, fields=target_fields,
                            confidence=self.confidence)]
        if buyer:
            findings.append(Finding(type=self.type, sentence=sentence, subject=buyer[0],
                                    subject_span=buyer[1],
                                    fields={"role": "acquirer", "counterparty": target},
                                    confidence=self.confidence))
        return findings

    def other_party(self, sentence: str, match: re.Match[str]) -> tuple[str, Span] | None:
        named = super().other_party(sentence, match)
        name = named and re.sub(r"\s[Aa]cquisition$", "", named[0])  # "Initech Acquisition"
        if not named or name == named[0]:
            return named
        return name, Span(named[1].start, named[1].start + len(name))

    def roles(self) -> tuple[dict[str, str], dict[str, str]]:
        return {"role": "acquirer"}, {"role": "target"}

    def summarize(self, fields: dict) -> str:
        other = fields.get("counterparty", "another company")
        return f"Acquired by {other}" if fields.get("role") == "target" else f"Acquired {other}"


# "acquires the assets of Harbor Interiors": the business, bought as its assets
_BUSINESS_ASSETS = re.compile(r"\s+(?:substantially\s+)?(?:all\s+(?:of\s+)?)?the\s+assets\s+of\s+"
                              r"[A-Z]", re.IGNORECASE)
_SECURITIES = re.compile(r"\s+(?:(?:[A-Z][\w.&-]*|the|its|their)\s+){0,4}(?:common\s+|"
                         r"ordinary\s+|preferred\s+)?(?:securities|shares|stock|ADSs?|warrants|"
                         r"bonds|units)\b")
_HOLDERS_WHO = re.compile(r"\b(?:investors|shareholders|stockholders|holders|persons|entities|"
                          r"purchasers|those)(?:\s+of\s+[^;]{1,60}?)?\s+who\s+"
                          r"(?:purchased\s+(?:or|and)\s+(?:otherwise\s+)?)?acquired$", re.IGNORECASE)
_STAKE = re.compile(r"\b(?:acqui(?:res?|red|ring)|acquisition\s+of|buys?|bought|takes?|took)\s+"
                    r"(?:an?\s+)?"
                    r"(?P<size>(?:[\w.%-]+\s+){1,2})?(?:equity\s+|ownership\s+)?(?:stake|interest)\s+in\b",
                    re.IGNORECASE)
_CONTROLLING = re.compile(r"\b(?:majority|controlling|(?:100|[5-9]\d)(?:\.\d+)?\s*%)", re.IGNORECASE)
_ASSET_NOUNS = (r"(?:Mine|Mines|Property|Properties|Building|Plant|Facility|Portfolio|Claims?|"
                r"Projects?|Permits?|Concessions?|Tenements?|Leases?|Land|Assets|Hotel|Resort|"
                r"Farm|Field|Deposit|Tower|Mall|Collection|Product\s+Lines?|"
                r"Library|Archive|Catalog(?:ue)?|Clients|Customers|Users|Talent)\b")
# "Ridge Mine", "Endeavor Silver, Zinc & Lead Mine", "1974 Porsche 911 Coupe"
# ("a 100% interest in Fulcrum's uranium projects": the projects, not Fulcrum)
_ASSET = re.compile(r"(?:[\w.-]+(?:,?\s+&?\s*)){1,6}?" + _ASSET_NOUNS + r"|(?:19|20)\d\d\s|"
                    r"[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}['’]s\s+(?:[\w-]+\s+){0,3}?(?i:"
                    + _ASSET_NOUNS + ")")
_DETERMINER = r"(?:the|a|an|its|their|two|three|four|five|several|\d+)"
_AN_ASSET = re.compile(rf"\s+{_DETERMINER}\s+(?:[\w-]+\s+){{0,3}}?" + _ASSET_NOUNS.lower()
                       + rf"|\s+{_DETERMINER}\s+(?:[\w-]+\s+){{0,3}}?(?:headquarters|equipment|"
                       r"site|building)\b"
                       # "acquiring new clients" is selling, not buying a company
                       r"|\s+(?:new\s+)?(?:clients|customers|users|talent|members|subscribers|"
                       r"followers|skills|experience|knowledge|expertise|equipment|momentum|"
                       r"traction)\b"
                       # "having acquired the status of the largest exchange"
                       r"|\s+(?:the\s+|a\s+)?(?:status|title|reputation|recognition)\b"
                       # "acquires gold concessions", "acquisition of key ground"
                       r"|(?-i:\s+(?:[a-z][\w-]*\s+){1,2}(?:concessions?|claims|properties|tenements|"
                       r"leases|ground|land|acreage|licen[cs]es|permits))\b"
                       # rights and licences: "acquires rights to develop"
                       r"|\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:rights?|licen[cs]es?|"
                       r"patents?|intellectual\s+property)\b"
                       # "Acquires Strategic Investment from": money received
                       r"|\s+(?:an?\s+)?(?:strategic\s+)?investment\b"
                       # "Acquires Assets From Epic Labor": some of what a company owns
                       r"|\s+(?:certain\s+|select\s+)?assets\s+from\b"
                       # "Acquires USD $9 Million of Limitless' $GEMS": holdings bought by value
                       r"|\s+(?:(?:US|USD|EUR|GBP|CAD|AUD)\s*)?[$€£]\s?\d"
                       # "to acquire 3,000 cargo vans": goods bought by the count
                       r"|\s+(?:up\s+to\s+|over\s+|more\s+than\s+)?\d[\d,.]*\s+(?!%|percent\b)"
                       r"(?!(?:\S+\s+){0,3}?(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|"
                       r"Lane|Way|Parkway|Highway)\b)", re.IGNORECASE)
