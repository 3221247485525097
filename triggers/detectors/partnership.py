"""partnership: a commercial partnership, integration or reseller agreement with a named
partner."""

from __future__ import annotations

import re

from ..model import Finding, Span
from ..text import COMPANY_NAME
from .base import CORPORATE_WORD, TwoPartyDetector, is_company_like, subject_before

# "a new strategic", "a game-changing": words before the noun, but not "the end of its"
_QUALITIES = (r"(?:(?!(?:end|termination|exit|dissolution|of|in|with|for|to|on|at|by|from|"
              r"through|via)\b)[\w-]+\s+){0,3}?")

# "Forges Strategic Alliance And Co-Sell Support With Microsoft": the partner may follow more;
# "a joint venture with the formation of Harbor JV Corp" names the venture, no partner
_AND_MORE_WITH = (r"(?:(?:\s+(?:and|&)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+with"
                  r"(?!\s+the\s+(?:formation|creation|establishment|launch)\b))?")


_NAMED_PARTNERSHIP = re.compile(r"(?-i:(?P<partner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}))\s+"
                                r"(?-i:Partnership|Collaboration|Alliance)\b")


class PartnershipDetector(TwoPartyDetector):
    type = "partnership"
    keywords = ("partner", "team", "forces", "collaborat", "alliance", "agreement", "integrat",
                "venture", "memorandum", "mou", "join", "licens", "deal")
    verb = re.compile(
        r"\b(?:partner(?:s|ed|ing)?\s+with|team(?:s|ed|ing)?\s+up\s+with|"
        r"join(?:s|ed|ing)?\s+forces\s+with|"
        # "Acme and Globex Partner to Launch ...": both parties stand before the verb
        # but "Jane Roe, CPA, partner at Harlow LLP" is her job
        r"(?<!,\s)(?<!\ba\s)(?<!managing\s)(?<!senior\s)(?<!equity\s)(?<!founding\s)"
        r"(?:partner|team\s+up|join\s+forces|collaborate|"
        r"(?<=are\s)(?:partnering|teaming\s+up|joining\s+forces|collaborating))"
        r"(?=\s+(?:to|at|on|for|in)\s|\s*[:;–—]|\s*$)|"
        r"(?:announce[sd]?|form(?:s|ed)?|enter(?:s|ed)?\s+into|sign(?:s|ed)?|launch(?:es|ed)?|"
        r"expand(?:s|ed)?|disclose[sd]?|reveal(?:s|ed)?|unveil(?:s|ed)?)\s+(?:a|an|its|their)?\s*"
        + _QUALITIES + r"(?:partnerships?|"
        r"collaborations?|alliances?|reseller\s+"
        r"agreement|distribut(?:ion|orship)\s+agreement|licen(?:sing|[cs]e)\s+agreement|cooperation\s+agreement|"
        r"co-development\s+agreement|joint\s+venture(?:\s+agreement)?|memorandum\s+of\s+"
        r"understanding|MoU|integrations?)" + _AND_MORE_WITH + r"|collaborat(?:es|ed|ing)"
        r"\s+with|integrat(?:es|ed)\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,3}?with|"
        # "Reshaping Crypto: XBO.com’s Strategic Partnership with Muinmos"
        r"(?<=\w)['’]s\s+" + _QUALITIES + r"(?:partnership|collaboration|alliance)\s+with|"
        # "highlighting a new collaboration with Lemonaid Health": new, whatever the verb
        r"(?:a|an|its|their)\s+new\s+(?:strategic\s+)?(?:partnership|collaboration|alliance)\s+with|"
        # "Extends Partnership with Aramco": a partnership renewed is signed again
        r"(?:extend|renew)(?:s|ed)?\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:partnership|collaboration|alliance)\s+with|"
        # "Wolfram and Classiq Integrate Quantum Tools into Mathematica"
        r"(?-i:[Ii]ntegrate)(?=\s+(?:[\w-]+\s+){0,5}?into\b)|"
        # (a supply, sales or OEM deal wins a customer: contract_win's)
        r"(?:ink(?:s|ed)?|sign(?:s|ed)?|strike[sd]?)\s+(?:a\s+|an\s+)?(?:(?!(?:supply|sales?|"
        r"purchase|distribution|multi-year|OEM)\b)[\w-]+\s+){0,2}?(?:agreements?|deals?|"
        r"partnerships?)\s+with|"
        # "Gets Foothold Through $30M Licensing Deal With Stryten Energy"
        r"(?:licensing|distribution|reseller|co-marketing)\s+(?:deal|agreement)\s+with|"
        # "Expands into Retail with Wyvern Creations Partnership", "Through JD.com Partnership":
        # the partner before the noun
        r"(?P<named_before>(?-i:[Ww]ith|[Tt]hrough|[Vv]ia)\s+(?:(?-i:[Aa]n?|[Ii]ts|[Tt]he)\s+)?"
        r"(?:(?-i:[Nn]ew|[Ss]trategic)\s+)*(?=" + _NAMED_PARTNERSHIP.pattern + r"))|"
        r"forge[sd]?\s+(?:a\s+|an\s+)?" + _QUALITIES + r"(?:partnerships?|alliances?)"
        + _AND_MORE_WITH + "|"
        r"select(?:s|ed)?(?=\s+[^.]{2,60}?\bas\s+(?:its|their)\s+(?:[\w-]+\s+){0,4}?partner\b)|"
        # "Acme Joins Globex's Banking Innovation Program": Globex runs it
        r"join(?:s|ed)(?=\s+(?:the\s+)?[A-Z][^\s]*(?:\s[A-Z][^\s]*){0,3}?['’]s\s+(?:[^\s]+\s+){0,5}?"
        r"(?:program|programme|partner\s+network|network|council|alliance|ecosystem|consortium)\b))"
        r"\b", re.IGNORECASE)

    needs_counterparty = True

    def read(self, sentence: str) -> list[Finding]:
        verb = self.verb.search(sentence)
        if verb and verb.group("named_before") and re.search(r"\s(?:and|&)\s", sentence[:verb.start()]):
            # "Acme and Globex Revolutionize Housing with Modular Housing Collaboration": the
            # words before the noun say what about, and where the partners' names end is unclear
            return []
        if _ASSETS_SOLD.search(sentence):
            return []  # "Inks Deal With Mosaic To Sell Clinical-Stage Therapy Assets"
        findings = super().read(sentence)
        # A school, a band or a charity makes community work, not a commercial partnership.
        if any(_COMMUNITY.search(finding.subject or "") for finding in findings):
            return []
        partners = {finding.fields.get("counterparty", "") for finding in findings}
        if any(_names_people(sentence, name) for name in partners if name and name in sentence):
            return []
        return findings

    def subject_of(self, sentence: str, match: re.Match[str]) -> tuple[str | None, Span]:
        """'details of Hivello's new partnership with IoTeX': the partnership is Hivello's (one
        it 'builds on' is old news)."""
        if not match.group(0).startswith(("'s", "’s")):
            return subject_before(sentence, match.start())
        possessor = _POSSESSOR.search(sentence, 0, match.start())
        if possessor is None or _BUILDS_ON.search(sentence, 0, possessor.start()) \
                or not is_company_like(possessor.group(0)):
            return None, Span(match.start(), match.start())
        return possessor.group(0), Span(possessor.start(), possessor.end())

    def names_outright(self, finding: Finding) -> bool:
        """'has partnered with The Harbor Foundation' says it in so many words."""
        return bool(_PARTNERED.search(finding.sentence))

    def object_follows(self, match: re.Match[str]) -> bool:
        return match.group(0).lower().endswith(("with", "select", "selects", "selected", "joins",
                                                "joined"))

    def other_party(self, sentence: str, match: re.Match[str]) -> tuple[str, Span] | None:
        """'with Wyvern Creations Partnership' names Wyvern Creations."""
        if not match.group("named_before"):
            return super().other_party(sentence, match)
        named = _NAMED_PARTNERSHIP.match(sentence, match.end())
        partner = named.group("partner")
        return (partner, Span(named.start("partner"), named.end("partner"))) \
            if is_company_like(partner) else None


_POSSESSOR = re.compile(rf"(?:{COMPANY_NAME.pattern})$")
_ASSETS_SOLD = re.compile(r"\bto\s+(?:sell|divest)\s+(?:[\w-]+\s+){0,6}?assets\b", re.IGNORECASE)
_BUILDS_ON = re.compile(r"\b(?:build(?:s|ing)?|built)\s+on\s+(?:the\s+)?$", re.IGNORECASE)
_PARTNERED = re.compile(r"\b(?:has|have)\s+partnered\s+with\b|\bannounce[sd]?\s+(?:today\s+)?"
                        r"(?:(?:a|an|its|their)\s+)?(?:new\s+|strategic\s+)*partnership\s+with\b",
                        re.IGNORECASE)
# ("Trinity School of Medicine" and "Harbor Business School" are colleges, which buy)
_COMMUNITY = re.compile(
    r"\b(?:Elementary|(?<!Business\s)(?<!Law\s)(?<!Medical\s)School(?!\s+of\s+[A-Z])|Schools|"
    r"Academy|Charity|Charities|Food\s+Bank|Band|Orchestra|Choir|"
    r"Church|Parish|Shelter|Little\s+League|Boys\s+&\s+Girls\s+Clubs?|Scouts|Red\s+Cross|"
    r"Habitat\s+for\s+Humanity|PTA|Booster\s+Club)\b")


def _names_people(sentence: str, partner: str) -> bool:
    """'partnerships with NBA stars Marcus Smart and ...', 'partnered with Darren Hack, Angela
    Turner and Davin Ramage, all of whom ...', 'Hip-hop superstar Tyga', 'Dr. Nicki Waddell':
    people, no company."""
    start = sentence.find(partner)
    end = start + len(partner)
    return bool(_HONORIFIC.search(partner) or _PERSON_BEFORE.search(sentence, 0, start)
                or _PERSON_TITLED.search(partner)
                or _PEOPLE_OF.match(sentence, end) or (
                    _FULL_NAME.fullmatch(partner) and not CORPORATE_WORD.search(partner)
                    and _WHO_ARE_PEOPLE.match(sentence, end)))


_HONORIFIC = re.compile(r"(?:^|\s)(?:Dr|Mr|Ms|Mrs|Prof)\.\s")
_PERSON_BEFORE = re.compile(r"\b(?i:(?:super)?stars?|rapper|singer|songwriter|actor|actress|"
                            r"musician|athlete|influencer|comedian)\s+$")


# "its Partnership with Brand Ambassador Eric Vaughn"
_PERSON_TITLED = re.compile(r"\b(?:Ambassador|Spokesperson|Spokesman|Spokeswoman)\s+[A-Z]")
_PEOPLE_OF = re.compile(r"\s+(?:stars?|players?|athletes?|legends?|influencers?|creators?|"
                        r"artists?|celebrit(?:y|ies)|personalit(?:y|ies))\b")
_FULL_NAME = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z'’-]+")
_WHO_ARE_PEOPLE = re.compile(r"[^.;]{0,80}?,\s+(?:all\s+of\s+whom|both\s+of\s+whom|who)\b")
