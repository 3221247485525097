"""contract_win: the company signs a named new customer or wins a contract or tender.

Two forms: the vendor announces the win ("Acme wins a $5M contract"), or the customer
announces its choice ("Globex selects Acme's platform"): then the win is the vendor's, and
the customer's side is a tech_stack_change."""

from __future__ import annotations

import re

from ..model import Finding, Span
from ..money import format_amount, parse_amount
from ..text import owner
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
    refers_back,
    subject_before,
    vendor_and_customer,
)

# "Acme Names Workhouse as Agency of Record": an agency wins the account it is named to
_OF_RECORD = (r"(?:its\s+|their\s+|the\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?"
              r"agency\s+of\s+record\b")
_AGENCY_APPOINTED = re.compile(r"\b(?:names?|named|select(?:s|ed)?|appoint(?:s|ed)?|hire[sd]?|"
                               r"tap(?:s|ped)|retain(?:s|ed)?)\s+(?=[A-Z](?:(?!\bas\b).){0,60}"
                               rf"\bas\s+{_OF_RECORD})", re.IGNORECASE)

# The customer's verbs; the vendor is named right after them.
_CHOSEN = re.compile(rf"\b(?:{ADOPTION_VERBS}|tap(?:s|ped))\b(?!\s+(?:by|as)\b)", re.IGNORECASE)


class ContractWinDetector(VerbDetector):
    type = "contract_win"
    keywords = ("contract", "tender", "order", "agreement", "bpa", "deal", "win", "selected",
                "chosen", "select", "awardee", "chose", "choose", "implement", "integrat",
                "leverag", "deploy", "tap", "transform", "moderni", "digiti", "automat", "streamlin",
                "of record")
    headline = "Won a contract or customer"
    verb = re.compile(
        r"\b(?:(?<!to\s)(?:wins?|won|(?:has\s+been\s+|was\s+)?awarded|secure[sd]?|land(?:s|ed)?|"
        r"sign(?:s|ed)?|ink(?:s|ed)?|receive[sd]?|announce[sd]?|report(?:s|ed)?|expand(?:s|ed)?)"
        r"\s+(?:a|an|its)?\s*"
        r"(?:new\s+)?(?:[$€£][\d.,]+\s*(?:million|billion|[mbk])?\s+)?"
        # the customer may stand before the noun: "Secures Lucid Motors Supply Agreement"
        r"(?:multi-year\s+|\w+-year\s+|major\s+|federal\s+|government\s+|first\s+|potential\s+|"
        r"(?:[\d.]+\s+|multi-)?(?:million|billion)[-\s]dollar\s+|"
        r"initial\s+|commercial\s+|committed\s+|firm\s+|repeat\s+|follow-on\s+|\d[\d,]*\s+|"
        # "has been awarded a purchase contract by Verizon"
        r"(?:purchase|maintenance|construction|design|engineering|consulting|services?|support|"
        r"development|research)\s+|"
        r"(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth)\s+|"
        # "Wins CBP Enterprise Small Business (ESB) Blanket Purchase Agreement"
        r"(?-i:[A-Z][\w&.-]*\s+|\([A-Z]{2,6}\)\s+){1,5}?)*(?:contract|tender|"
        r"purchase\s+order|(?:supply|commercial|service|master\s+services|framework|offtake)\s+"
        r"agreement|order|"
        r"blanket\s+purchase\s+agreement|BPA|(?:[\w-]+\s+)?(?:supply|sales|purchase|distribution)\s+"
        r"deal|multi-year\s+deal|(?-i:Win)(?!-))s?"
        # "announced contract bookings of $10.3 million in the second quarter": a result
        r"(?!\s+(?:bookings|backlog|revenues?|pipeline)\b)|"
        r"(?:has\s+been\s+|was\s+)?(?:selected|chosen)\s+by(?!\s+(?:the\s+)?(?:people|public|"
        r"readers|voters|fans|viewers|members|judges)\b)|"
        # "Selected as Preferred Supplier for PowerBuoy" (not "selected as a top provider")
        r"(?:selected|chosen|appointed)\s+as\s+(?:the\s+|an?\s+|its\s+)?(?:preferred|exclusive|"
        r"official|sole|primary|prime|strategic|lead)\s+(?:[\w-]+\s+){0,2}?(?:supplier|vendor|"
        r"provider|contractor|manufacturer|integrator)|"
        # "Acme is proud to be one of the six awardees of the IRS ... BPA"
        r"(?:is|are|was|were|named)\s+(?:(?:proud|pleased|honored)\s+to\s+be\s+)?(?:an?\s+|one\s+of\s+"
        r"(?:the\s+)?[\w-]+\s+)?awardees?)\b", re.IGNORECASE)

    cue = re.compile(f"{verb.pattern}|{_CHOSEN.pattern}|{SERVES_CUSTOMER.pattern}|"  # type: ignore[assignment]
                     f"{_OF_RECORD}", re.IGNORECASE)

    def read(self, sentence: str) -> list[Finding]:
        if appointed := _AGENCY_APPOINTED.search(sentence):
            return _agency_of_record(sentence, appointed)
        if self.verb.search(sentence):
            return super().read(sentence)
        if story := vendor_and_customer(sentence):
            vendor, region, customer, _ = story
            return [Finding(type=self.type, sentence=sentence, subject=vendor,
                            subject_span=region, fields={"counterparty": customer},
                            confidence=0.6, reads_as="tech_stack_change")]
        chosen = _CHOSEN.search(sentence)
        if chosen is None or AS_PARTNER.search(sentence, chosen.end()) \
                or AS_AWARD.search(sentence, chosen.end()) or integrates_with_another(sentence, chosen) \
                or OWN_PRODUCT_AFTER.match(sentence, chosen.end()):
            return []
        customer, region = subject_before(sentence, chosen.start())
        # "City-Owned Utility Selects Acme": a customer described in title case, not named,
        # still counts
        described = sentence[region.start:region.end].strip(" ,")
        if customer is None and _TITLE_CASE.fullmatch(described):
            customer = described
        if customer is None or refers_back(sentence, region):
            return []
        return [Finding(type=self.type, sentence=sentence, subject=name, subject_span=span,
                        fields={"counterparty": customer}, confidence=0.6, excluded=[region],
                        reads_as="tech_stack_change")
                for name, span in _vendors(sentence, deployed_on(sentence, chosen))
                if name.lower() != customer.lower()]

    def names_outright(self, finding: Finding) -> bool:
        """'one of the six awardees of the IRS ... BPA' and 'names Workhouse as its agency of
        record' say it in so many words."""
        return bool(_AWARDEE.search(finding.sentence) or re.search(_OF_RECORD, finding.sentence,
                                                                   re.IGNORECASE))

    def summarize(self, fields: dict) -> str:
        if fields.get("amount"):
            return f"Won a {format_amount(fields['amount'], fields.get('currency'))} contract"
        if fields.get("counterparty"):
            return f"Won {fields['counterparty']} as a customer"
        return self.headline

    def fields(self, sentence: str, match: re.Match[str]) -> dict | None:
        """The contract's value when the sentence states it ('awarded a $5.8 million
        contract'); None for a sponsorship, which the company pays for."""
        if re.search(r"\bsponsorship\s+(?:contract|agreement|deal)", match.group(0), re.I):
            return None
        amount = parse_amount(sentence[max(0, match.start() - 40):match.end() + 80])
        fields = {"amount": amount[0], "currency": amount[1]} if amount else {}
        if customer := _customer_named(sentence, match) or _customer_after(sentence, match.end()) \
                or _agency_before_the_noun(match):
            fields["counterparty"] = customer
        return fields


# Government buyers a contract is named after: "Secures 10-year USDA STRATUS Cloud Win"
_AGENCY = re.compile(r"\b(?:USDA|CBP|DHS|DoD|DOD|IRS|NASA|NIH|GSA|FAA|DOE|EPA|HHS|CDC|FEMA|"
                     r"NAVSEA|NAVAIR|DLA|DISA|DARPA|USAF|NOAA|SBA|NHS|"
                     r"(?:U\.S\.\s+)?(?:Army|Navy|Air\s+Force|Space\s+Force|Marine\s+Corps))\b")


def _agency_before_the_noun(match: re.Match[str]) -> str | None:
    agency = _AGENCY.search(match.group(0))
    return agency.group(0) if agency else None


def _customer_named(sentence: str, match: re.Match[str]) -> str | None:
    """'selected by SpaceWERX', 'one of the six awardees of the IRS': the verb names who chose."""
    chooser = _CHOOSER.match(sentence, match.end())
    if chooser is None:
        return None
    named = name_after(sentence, chooser.end())
    return named[0] if named and not names_a_person(sentence, named[1].end) else None


def _customer_after(sentence: str, position: int) -> str | None:
    """'Inks Supply Deal With The Indoor Lab', 'an order of 1,400 units from Flex-N-Gate': the
    customer named soon after the contract."""
    for joiner in _CUSTOMER_JOINER.finditer(sentence, position, position + _CUSTOMER_REACH):
        if _CLAUSE_ENDS.search(sentence, position, joiner.start()):
            break
        named = name_after(sentence, joiner.end())
        if named and not names_a_person(sentence, named[1].end):
            return named[0]
    return None


def _agency_of_record(sentence: str, appointed: re.Match[str]) -> list[Finding]:
    """'Acme Names Workhouse as Agency of Record': Workhouse has won Acme's account."""
    customer, region = subject_before(sentence, appointed.start())
    agency = name_after(sentence, appointed.end())
    if customer is None or agency is None or refers_back(sentence, region) \
            or not re.match(rf"\s+as\s+{_OF_RECORD}", sentence[agency[1].end:], re.IGNORECASE):
        return []
    return [Finding(type="contract_win", sentence=sentence, subject=agency[0],
                    subject_span=agency[1], fields={"counterparty": customer}, confidence=0.7,
                    excluded=[region])]


def _vendors(sentence: str, position: int) -> list[tuple[str, Span]]:
    """The vendors named after a customer's verb: 'selects Vident, Brightlight, and Mammoth
    Technology' names three."""
    vendors = []
    while (vendor := name_after(sentence, position)) is not None:
        if names_a_person(sentence, vendor[1].end) or NOT_A_TECHNOLOGY.search(vendor[0]):
            break
        maker = _MADE_BY.match(sentence, vendor[1].end)  # "PriceOn from TraderTools"
        if maker and (by := name_after(sentence, maker.end())):
            vendor = by
        name = owner(vendor[0])
        start = vendor[1].start
        for part in re.split(r"\s+and\s+", name) if name else []:  # "Bahwan and AccelESG"
            offset = sentence.find(part, start)
            if not is_generic(part):
                vendors.append((part, Span(offset, offset + len(part))))
        more = _NEXT_IN_LIST.match(sentence, vendor[1].end)
        if not name or more is None:
            break
        position = more.end()
    return vendors


_CUSTOMER_JOINER = re.compile(r"\s(?:with|from|by)\s+", re.IGNORECASE)
_CUSTOMER_REACH = 100
_CLAUSE_ENDS = re.compile(r"[;:–—]|,\s|\s(?:to|that|after|as)\s")
_AWARDEE = re.compile(r"\bawardees?\s+of\b", re.IGNORECASE)
_CHOOSER = re.compile(r"(?<=\sby)|(?:(?<=awardee)|(?<=awardees))\s+of\b", re.IGNORECASE)
_TITLE_CASE = re.compile(r"[A-Z][\w'’]*(?:[\s-][A-Z][\w'’]*){0,5}")
_MADE_BY = re.compile(r"[™®]?\s+(?:from|by)\s+")
_NEXT_IN_LIST = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=[A-Z])")
