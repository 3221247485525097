"""funding: the company receives new capital."""

from __future__ import annotations

import re
from typing import Any

from ..model import Finding, Span
from ..money import MONEY, format_amount, parse_amount
from ..text import leading_name, strip_dateline, without_descriptor, without_legal_form
from .base import TextDetector, is_company_like, name_after, refers_back, subject_before

# "shares of our Series A Preferred Stock": a class of shares, not a round
_SHARE_CLASS = r"(?!\s+(?:convertible\s+)?(?:preferred|common)\s+(?:stock|shares)\b)"
ROUNDS = [
    ("pre_seed", r"pre-?seed"),
    ("seed", r"seed"),
    *[(f"series_{letter}", rf"series\s+{letter}(?:\d|\+|-?\s?extension)?{_SHARE_CLASS}")
      for letter in "abcdef"],
    ("growth", r"growth(?:\s+equity|\s+round|\s+funding|\s+investment|\s+financing|\s+capital)"),
    ("debt", r"venture\s+debt|debt\s+(?:financing|facility)|(?:revolving\s+)?credit\s+facility|"
             r"loan\s+facility|line\s+of\s+credit|term\s+loan|convertible\s+notes?"),
    ("grant", r"grant"),
    ("public_offering", r"initial\s+public\s+offering|public\s+offering|(?-i:(?<!-)IPO)|"
                        r"(?:registered\s+)?direct\s+offerings?|reg(?:ulation)?\s+a\+?\s+offering"),
    ("private_placement", r"(?:private|institutional|share)\s+placement|securities\s+purchase\s+"
                          r"agreement|(?:non-)?brokered\s+(?:private\s+)?offering"),
    ("strategic", r"strategic\s+(?:investment|funding|round)"),
]
# "Gross proceeds will total an estimated $7.3 million": what an offering raises.
_PROCEEDS = re.compile(r"\b(?:gross|aggregate|net)\s+proceeds\b", re.IGNORECASE)
_PRICED = {"pre_seed", "seed", *(f"series_{letter}" for letter in "abcdef"), "growth"}
# No company announces a round smaller than this, or a grant smaller than that; a smaller sum
# is a price or a prize.
_SMALLEST_ROUND = 10_000
_SMALLEST_GRANT = 1000


def _a_price(amount: tuple[float, str] | None, round_: str) -> bool:
    """Is the money too little to be a round: a price or a rate, not capital raised?"""
    return bool(amount) and amount[0] < (_SMALLEST_GRANT if round_ == "grant" else _SMALLEST_ROUND)


# "in ceτi AI": a lower-case word before a capitalised one, not "in the last 12 months"
_UNREAD_NAME = re.compile(r"(?!(?:the|a|an|its|their|our|this|that|each|every)\b)\S+\s+[A-Z]")
# Who is given money, not who gives it: "announced 100 businesses will receive grants"
_RECIPIENTS = re.compile(r"\b(?:announc\w*|name[sd]|select(?:s|ed))\s+(?:the\s+)?"
                         r"(?:\d+|several|dozens\s+of)?\s*(?:[\w-]+\s+){0,2}?"
                         r"(?:businesses|companies|startups|nonprofits|organi[sz]ations|"
                         r"recipients|winners|entrepreneurs|students|schools|families)\b",
                         re.IGNORECASE)
# "Grant to Fund Development of": what money is for, in a title-case headline
_PURPOSE = r"(?:Fund|Support|Develop|Help|Advance|Create|Build|Expand|Accelerate|Launch|Enable)\b"
# Money called an investment, with no round named: a strategic investment (TRIGGERS.md).
_AN_INVESTMENT = re.compile(r"\binvestment\b(?!\s+(?:round|firm|fund|bank))", re.IGNORECASE)
_ROUND = re.compile(r"\b(?:" + "|".join(f"(?P<{key}>{rx})" for key, rx in ROUNDS) + r")\b",
                    re.IGNORECASE)
_VERB = re.compile(
    r"\b(?:raise[sd]?|raising|secure[sd]?|securing|close[sd]?|closing|land(?:s|ed)?|"
    r"receive[sd]?|receiving|announce[sd]?|announcing|complete[sd]?|completing|nab(?:s|bed)|"
    r"bag(?:s|ged)|obtain(?:s|ed)?|get[s]?|got|attract(?:s|ed)?|wins?|won|award(?:s|ed)|"
    # a round made bigger is more new capital: "boosts capital raise to $100 million"
    r"(?:boost|upsize|increase|expand|extend)(?:s|d|ed)?(?=\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:capital\s+raise|placement|round|credit\s+facility|financing|offering)\b))\b",
    re.IGNORECASE)
_NOUN = re.compile(
    # "alternative-investment processes" name no investment made
    # nor "Harbour Investment Partners", a firm's name
    r"\b(?:funding|financing|(?<!-)investment(?!\s+(?:competition|contest|challenge|summit|"
    r"conference|forum|webinar|education|club|course|advice|partners|group|management|bank|"
    r"banking|firm|advis[eo]rs|holdings|trust|corp(?:oration)?|company|managers|"
    # nor a tool for investors ("a cutting-edge investment system")
    r"system|platform|tools?|apps?|software|decisions?|insights|experience)\b)|"
    r"(?<!-)investments(?!\s+(?-i:[A-Z])|\s+(?:&|and)\s+(?-i:[A-Z]))|"  # "Investments & Wealth"
    r"rounds?(?!\s+of\s+(?!funding|financing|investment|capital))|seed|"
    r"series\s+[a-f]" + _SHARE_CLASS + r"|grants?|credit\s+facility|"
    r"venture\s+debt|(?:private|institutional|share)\s+placements?|capital\s+raise|"
    r"securities\s+purchase\s+agreements?|growth\s+capital|growth\s+equity|"
    r"(?:registered\s+)?direct\s+offerings?|public\s+offerings?|reg(?:ulation)?\s+a\+?\s+offerings?|"
    # "closes non-brokered offering", "increases offering to $650,000"
    r"(?:non-)?brokered\s+(?:private\s+)?offerings?|offering\s+to\s+" + MONEY + r")\b",
    re.IGNORECASE)
# An investor closing its own fund, or the company spending money, is not funding.
_FUND_CLOSE = re.compile(
    r"\bfund\s+(?:[IVX]+|\d+)\b|\b(?:new|flagship|debut|venture|inaugural|investment)\s+fund\b|"
    r"\bfund\s+close\b|\bfund\s+to\s+(?:invest|back|support)\b|\bdonat|\bpledge|"
    r"\blending\s+(?:division|arm|program|platform)\b|\binvestment\s+opportunit|"
    # a law firm's settlement or verdict for a client is not capital
    r"\bsettlement\b|\bverdict\b|\bjudgment\b|\binvestment[\s-]+grade\b|"
    # an investment product or climate, not capital received
    r"\binvestment\s+(?:plans?|products?|strateg\w+|environment|options|advice|portfolios?)\b|"
    # giving a grant: "Blue Faery Awards Research Grant", "announces grant for students"
    r"\bawards\b|\b(?:has|have|had)\s+awarded\s+(?:the\s+)?(?-i:[A-Z])|"
    r"(?<!was\s)(?<!been\s)(?<!were\s)(?<!is\s)(?<!are\s)\bawarded\s+(?:[^.]{0,60}?\s)?"
    r"grants?\b(?!\s+(?:from|by)\b)|\bannounce[sd]?\s+(?:a\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,3}?grants?\s+"
    r"(?:program\s+)?(?:to|for)\b|"
    # a grant programme the company runs: "launch of Harbor Quest, an ecosystem grant program"
    r"\b(?:launch\w*|unveil\w*|introduc\w*|announc\w*\s+(?-i:[A-Z]))[^.]{0,80}?\bgrants?\s+"
    r"(?:(?:&|and)\s+)?(?:[\w-]+\s+)?(?:program(?:me)?|scheme)\b|"
    # an adviser hired to find money, and interest in money maybe to come
    r"\bengage[sd]?\s+[^.]{0,80}?\b(?:to\s+(?:raise|arrange|secure)|for\s+the\s+purpose\s+of)\b|"
    r"\b(?:attract|receiv|generat)(?:e?s|e?d|ing)?\s+(?:\w+\s+)?interest\b|"
    # money paid out or a price put up: "Raises Dividend", "raises awareness"
    r"\braise[sd]?\s+(?:its\s+)?(?:quarterly\s+|annual\s+)?(?:dividends?|prices?|rates?|"
    r"guidance|outlook|forecasts?|awareness)\b|"
    # investments the company makes: "Announces Strategic Investments in AI"
    r"\b(?:announce[sd]?|make[sd]?|made|complete[sd]?)\s+(?:new\s+|strategic\s+|further\s+)*"
    r"investments\s+in\b|"
    # an investor's news with no investee named: "The Harbor Bank Fund announces new investment"
    r"\b(?-i:Fund|Capital|Ventures|VC|Investments|Partners)\s+announce[sd]?\s+"
    r"(?:(?:a|an|its|new|strategic)\s+)*investment\b(?!\s+(?:in|into|from|by)\b)|"
    r"\bpotential\s+(?:[\w-]+\s+){0,3}?(?:investments?|funding|financing)\b|"
    # money the company has put into others: "the funding of over 150 businesses"
    r"\bfund(?:ing|ed)\s+(?:of\s+)?(?:over\s+|more\s+than\s+|nearly\s+)?\d[\d,]*\+?\s+"
    r"(?:[\w-]+\s+)?(?:businesses|companies|startups|founders|projects|entrepreneurs|ventures)\b",
    re.IGNORECASE)
_SPENDING = re.compile(r"\binvest(?:s|ed|ing)?\s+(?:[^.]{0,40}?\s)?in\b|\binvestment\s+in\b|"
                       r"\bacquir", re.IGNORECASE)
# Money hoped for ("aims to raise") or raised before ("closed a round earlier this year") is
# not news of new capital.
_INTENT = re.compile(r"\b(?:aims?|aiming|plans?|planning|seeks?|seeking|looks?|looking|intends?|"
                     r"hopes?|targets?|targeting|intend(?:ed|ing)|expects?)\s+to\s+"
                     r"(?:raise|secure|close|negotiate|obtain|arrange|attract)\b|"
                     r"\bwill\s+(?:\w+\s+)?(?:raise|secure|close)\b|\bin\s+securing\b|"
                     r"\bwill\s+(?:be\s+)?announc\w*\b|"  # "We will be announcing ... financing"
                     r"\bis\s+(?:raising|seeking)\b|\bexpected\s+to\b|"
                     r"\b(?:gearing\s+up|preparing|poised|working)\s+to\s+(?:raise|secure|close)\b|"
                     r"\bfocus(?:ed|ing)?\s+on\s+securing\b|"
                     # "a strategic move by Acme to secure funding" ("was able to raise" is done)
                     r"(?<!able\s)(?<!managed\s)\bto\s+(?:raise|secure|obtain|arrange)\s*$",
                     re.IGNORECASE)
_HISTORY = re.compile(r"\b(?:earlier\s+this\s+year|last\s+year|previously|recently\s+announced|"
                      r"(?:its|a)\s+(?:previous|prior)\s+(?:round|raise)|in\s+total(?!\s+(?:gross|net))|"
                      r"has\s+now\s+raised|has\s+raised\s+(?:a\s+total\s+of|more\s+than|over)|"
                      r"(?:over|during|in)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|\w+\s+)?years)\b",
                      re.IGNORECASE)
_INVESTORS = re.compile(
    r"\b(?P<kind>led\s+by|co-led\s+by|with\s+(?:\w+\s+)?participation\s+(?:from|by|of)|"
    r"participation\s+(?:from|of)|"
    r"from\s+(?:new\s+and\s+existing\s+)?investors?\s+(?:including|such\s+as)|backed\s+by|"
    # (not "from IPO", "from its public offering": how, not who)
    r"from(?!\s+(?:its\s+|the\s+|an?\s+)?(?:IPO|(?:initial\s+)?public\s+offering)))\s+"
    r"(?P<names>(?:(?!\b(?:with\s+(?:\w+\s+)?participation|participation\s+from|led\s+by|"
    r"co-led)\b)"
    r"(?:(?-i:\b[A-Z]\.)|[^.;]))+)", re.IGNORECASE)  # "W.A. de Vigier Foundation" is one name
_INVESTOR_STOP = re.compile(
    r"\s+(?:to|will|which|who|that|bringing|as|in\s+a|for|across|with\s+participation|"
    r"and\s+existing|along\s+with|among\s+others|"
    # "from FZF Ventures in the first half of 2024"
    r"in\s+(?:the\s+)?(?:first|second|third|fourth|last|past|early|late|mid|H[12]|Q[1-4]|"
    r"(?:19|20)\d\d))\b.*$|,\s*(?:bringing|which|who|as)\b.*$",
    re.IGNORECASE)


# "Lumen Capital invests $4M in Acme", "makes a strategic investment in Acme".
_INVESTS_IN = re.compile(
    rf"\b(?:invest(?:s|ed)|(?:make[sd]?|made|allocate[sd]?|announce[sd]?|complete[sd]?|lead(?:s)?|"
    rf"led|commit(?:s|ted)?\s+to)\s+(?:an?\s+|its\s+)?(?:{MONEY}\s+)?"
    rf"(?:strategic\s+|minority\s+|equity\s+|seed\s+)*investment)\s+"
    rf"(?:(?:of\s+)?{MONEY}\s+)?in(?:to)?\s|"
    # "Gate Ventures led the seed round for Bitlight Labs": the lead investor's sentence
    r"\b(?:led|leads|co-led|spearhead(?:s|ed)|anchor(?:s|ed))\s+(?:(?:an?|the|its)\s+)?"
    r"(?:[\w$.,-]+\s+){0,4}?(?:round|raise)\s+(?:for|in(?:to)?)\s", re.IGNORECASE)
# "Bitlight Labs' Seed Round Led by Gate Ventures": the round is the name's own.
_ROUND_LED_BY = re.compile(rf"['’]s?\s+(?:{MONEY}\s+)?(?:[\w-]+\s+){{0,2}}?(?:Round|Raise)\s+"
                           r"(?:Co-)?Led\s+[Bb]y\b")
_JOINS_ROUND = re.compile(r"\b(?:Join|Back|Lead|Co-Lead)s?\s+(?=[A-Z])")  # "VCs Join EYWA's Round"
# "Acme Expands into Asia with $6M Funding Round", "Launches Exchange Backed by $6.5M Funding".
_WITH_ROUND = re.compile(
    rf"\b(?:with|backed\s+by)\s+(?:a\s+|an\s+|its\s+|new\s+)*{MONEY}\s+(?:in\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:round|funding|financing|investment|raise)\b", re.IGNORECASE)
# "Acme Announces $1.5M Raised": the amount before a passive verb.
_AMOUNT_RAISED = re.compile(rf"{MONEY}\s+raised\b", re.IGNORECASE)
# "Acme Raises $5M to Expand": a raise with an amount needs no word for funding, unless the
# money is revenue, a contract or an order.
_RAISE_AMOUNT = re.compile(
    rf"\b(?:raise[sd]?|raising|secure[sd]?|securing|land(?:s|ed)?|close[sd]?|nab(?:s|bed))\s+"
    rf"(?:an?\s+|its\s+)?{MONEY}(?![.,]?\d)"
    # (nor a loan the company refinances for a borrower: "closed a $6.5M refinance of a building")
    r"(?!\s*(?:in\s+)?(?:[\w-]+\s+){0,2}(?:contracts?|orders?|deal|tender|revenue|sales|award|"
    r"worth|purchase|refinanc\w*))", re.IGNORECASE)


class FundingDetector(TextDetector):
    type = "funding"
    keywords = ("fund", "financ", "invest", "round", "seed", "series", "grant", "credit", "debt",
                "rais", "secur", "land", "clos", "nab",
                "placement", "capital", "equity", "offering")
    amount_has_one_owner = True
    cue = re.compile("|".join((_NOUN.pattern, _RAISE_AMOUNT.pattern, _INVESTS_IN.pattern)),
                     re.IGNORECASE)

    def read(self, sentence: str) -> list[Finding]:
        verb = next((m for m in _VERB.finditer(sentence)
                     if (noun := _NOUN.search(sentence, m.end(), m.end() + _reach(m)))
                     and ": " not in sentence[m.end():noun.start()]), None) or \
            _RAISE_AMOUNT.search(sentence) or _AMOUNT_RAISED.search(sentence) or \
            _WITH_ROUND.search(sentence) or _INVESTS_IN.search(sentence) or \
            _ROUND_LED_BY.search(sentence)
        # an intent ends at the verb ("working to secure") or stands before the money ("said
        # that it intended to negotiate interim financing")
        if verb is None or _FUND_CLOSE.search(sentence[: verb.end() + 160]) \
                or _INTENT.search(sentence, 0, verb.end()) \
                or _INTENT.search(sentence, 0, _money_named(sentence, verb)) \
                or _HISTORY.search(sentence):
            return []
        if verb.re is _INVESTS_IN or _SPENDING.search(sentence[: verb.end()]):
            return self._investee(sentence)
        if _RECIPIENTS.search(sentence):
            return []  # "announced the 100 businesses that will receive grants": given away
        subject, region = subject_before(sentence, verb.start())
        joins = verb.re is _ROUND_LED_BY and _JOINS_ROUND.search(sentence, 0, verb.start())
        if joins and is_company_like(sentence[joins.end():verb.start()]):
            subject, region = sentence[joins.end():verb.start()], Span(joins.end(), verb.start())
        if verb.re is _WITH_ROUND:  # "Acme expands into Asia with $6M": the clause's subject
            opening = leading_name(strip_dateline(sentence[:verb.start()])[0])
            subject = without_descriptor(opening[0]) if opening else subject
        if region.end - region.start < 2:
            return []
        back = subject is None and refers_back(sentence, region)
        tail = sentence[verb.start():]
        # "Acme Secures $10M Investment in Lumen": the money goes to Lumen
        into = re.search(rf"\binvestment\s+in\s+|\bgrant\s+to\s+(?=(?-i:[A-Z]))(?!{_PURPOSE})",
                         tail[:100], re.IGNORECASE)
        investee = name_after(tail, into.end()) if into else None
        if into and investee is None and _UNREAD_NAME.match(tail, into.end()):
            return []  # the money goes to a company we cannot read as one ("in ceτi AI")
        if investee and investee[0] != subject:
            subject, back = investee[0], False
            region = Span(verb.start() + investee[1].start, verb.start() + investee[1].end)
        fields: dict[str, Any] = {"round": round_name(tail) or round_name(sentence) or "undisclosed"}
        amount = parse_amount(tail)
        if _a_price(amount, fields["round"]):
            return []  # "With a $1,500 investment, this plan pays $16 a day"
        if amount:
            fields["amount"], fields["currency"] = amount
        investors, leads, spans = investors_in(sentence)
        if investors:
            fields["investors"] = investors
        if leads:
            fields["lead_investors"] = leads
        has_money = bool(amount) or fields["round"] != "undisclosed"
        return [Finding(
            type=self.type, sentence=sentence, subject=subject, subject_span=region,
            fields=fields, confidence=0.9 if has_money else 0.6, excluded=spans,
            refers_back=back,
        )]

    def _investee(self, sentence: str) -> list[Finding]:
        """'Lumen Capital invests $4M in Acme': Acme's funding, Lumen its investor."""
        invests = _INVESTS_IN.search(sentence)
        investee = name_after(sentence, invests.end()) if invests else None
        if invests is None or investee is None:
            return []
        investor, region = subject_before(sentence, invests.start())
        name, span = investee
        fields: dict[str, Any] = {"round": round_name(sentence) or (
            "strategic" if re.search(r"\bstrategic\b", invests.group(0), re.I) else "undisclosed")}
        amount = parse_amount(sentence)
        if amount:
            fields["amount"], fields["currency"] = amount
        investors = split_names(investor) if investor else []
        if investors:  # "Varys Capital and ThreePointZero Ventures lead $1M investment in"
            fields["investors"] = investors
        if investors and re.match(r"(?:co-)?lead|led|spearhead|anchor", invests.group(0), re.I):
            fields["lead_investors"] = investors
        return [Finding(type=self.type, sentence=sentence, subject=name, subject_span=span,
                        fields=fields, confidence=0.7, excluded=[region])]

    def event_key(self, fields: dict[str, Any]) -> tuple:
        return (fields.get("round"), fields.get("amount"))

    def summarize(self, fields: dict[str, Any]) -> str:
        round_ = fields.get("round", "undisclosed")
        what = "a round" if round_ == "undisclosed" else round_.replace("_", " ").title()
        text = f"Raised {format_amount(fields.get('amount'), fields.get('currency'))} ({what})"
        leads = fields.get("lead_investors") or fields.get("investors")
        return text + (f" led by {', '.join(leads[:3])}" if leads else "")

    def enrich(self, finding: Finding, document_sentences: list[str]) -> None:
        """Investors, leads and an undisclosed round's name from the document's other
        sentences about the money."""
        for sentence in document_sentences:
            if not re.search(r"\b(?:round|funding|financing|investment|raise[sd]?|fundrais\w*|"
                             r"proceeds|placement|brokered\s+offering)\b", sentence, re.I) \
                    or _FUND_CLOSE.search(sentence) or _HISTORY.search(sentence) \
                    or _USE_OF_PROCEEDS.search(sentence):
                continue
            found = round_name(sentence)
            amount = parse_amount(sentence)
            if _a_price(amount, found or finding.fields["round"]):
                amount = None  # "for every grant dollar, we have lent $12", "at $10 per share"
            if "amount" not in finding.fields and _PROCEEDS.search(sentence) and amount:
                finding.fields["amount"], finding.fields["currency"] = amount
            # a strategic investment may be the investor's part of a priced round
            if found and (finding.fields.get("round") == "undisclosed" or (
                    finding.fields.get("round") == "strategic" and found in _PRICED)):
                finding.fields["round"] = found
                if amount and "amount" not in finding.fields:
                    finding.fields["amount"], finding.fields["currency"] = amount
            investors, leads, _ = investors_in(sentence)
            if investors and "investors" not in finding.fields:
                finding.fields["investors"] = investors
            if leads and "lead_investors" not in finding.fields:
                finding.fields["lead_investors"] = leads
        if leads := finding.fields.get("lead_investors"):  # each lead is an investor
            finding.fields["investors"] = list(dict.fromkeys(
                [*finding.fields.get("investors", []), *leads]))
        if finding.fields.get("round") == "undisclosed" and _AN_INVESTMENT.search(
                finding.sentence):
            finding.fields["round"] = "strategic"  # "secures major investment from SNZ"


# "The raised funds will be used to close out a Term Loan": a debt repaid is no round
_USE_OF_PROCEEDS = re.compile(r"\b(?:repay\w*|close\s+out|pay\s+(?:down|off)|refinanc\w*)\b",
                              re.IGNORECASE)


def _money_named(sentence: str, verb: re.Match[str]) -> int:
    """Where the money is named: at the funding noun a verb reaches ("announced that it
    intended to negotiate interim financing"), else at the verb's end."""
    noun = _NOUN.search(sentence, verb.end(), verb.end() + _reach(verb)) \
        if verb.re is _VERB else None
    return noun.start() if noun else verb.end()


def _reach(verb: re.Match[str]) -> int:
    """How far after its verb the money may be named: 'raised, together with ..., $5M in
    funding' reaches far; 'announces' is said of everything, so its noun must be near."""
    return 60 if re.match(r"announc|complet", verb.group(0), re.IGNORECASE) else 160


def round_name(text: str) -> str | None:
    match = _ROUND.search(text)
    if not match:
        return None
    return next(key for key, value in match.groupdict().items() if value)


# "Harbor Capital led the Series B round": a lead named before its verb
_CAPITAL_WORD = r"[A-Z][\w.&'’-]*"
_LED_THE_ROUND = re.compile(
    rf"^(?!(?:He|She|It|They|We|This|That|Which|Who)\s)(?P<names>(?:{_CAPITAL_WORD}\s+)*?{_CAPITAL_WORD}"
    rf"(?:,?\s+and\s+{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD})*)?)\s+(?:co-)?led\s+the\s+"
    r"(?:[\w$.,-]+\s+){0,3}?(?:round|raise)\b")


def investors_in(sentence: str) -> tuple[list[str], list[str], list[Span]]:
    """(all investors, lead investors, where they stand) from 'led by X with participation
    from Y and Z' or 'X led the round with participation from Y'."""
    investors: list[str] = []
    leads: list[str] = []
    spans: list[Span] = []
    if led := _LED_THE_ROUND.match(sentence):
        leads.extend(split_names(led.group("names")))
        investors.extend(leads)
        spans.append(Span(0, led.end("names")))
    for match in _INVESTORS.finditer(sentence):
        # "Acme, a startup backed by Globex, raised": backers of before, not of this round
        if match.group("kind").lower() in ("from", "backed by") and not re.search(
                r"\b(?:round|funding|financing|investment|raise[sd]?)\b",
                sentence[max(0, match.start() - 80):match.start()], re.IGNORECASE):
            continue
        names = _INVESTOR_STOP.sub("", match.group("names"))
        parsed = split_names(names)
        spans.append(Span(match.start("names"), match.start("names") + len(names)))
        if "led" in match.group("kind").lower():
            leads.extend(parsed)
        investors.extend(parsed)
    return list(dict.fromkeys(investors)), list(dict.fromkeys(leads)), spans


def split_names(text: str) -> list[str]:
    text = _APPOSITION.sub("", text)
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*(?=[A-Z][a-z]+\s+[A-Z])", text)
    names = []
    for part in parts:
        part = re.sub(r"^(?:existing\s+investors?|investors?|the|its|new\s+investor)\s+", "",
                      part.strip(), flags=re.IGNORECASE).strip(" .")
        part = _WHAT_INVESTORS_ARE.sub("", part)
        part = _INVESTOR_TITLE.sub("", part)  # "CEO Matty Betss" invests as Matty Betss
        if _TITLE_OF.match(part):
            continue  # "Ira J. Perlmuter, Chief Investment Officer of IJP": his title
        if part and part[0].isupper() and len(part) <= 60 and not _NO_NAME.fullmatch(part):
            # "Stablecoin Leader Tether International Limited" -> "Tether International"
            names.append(without_descriptor(without_legal_form(part)))
    return names


# "Jane Roe, a Board member at Pinterest and Coinbase,", "Harbor Capital, the largest fund in
# Boston and Denver,": what an investor is, names and all
_APPOSITION = re.compile(r",\s+(?:an?|the(?=\s+[a-z]))\s+[^,]*")
# "renowned blockchain investment firms Folius Ventures", "angel investors including Jane Roe":
# what they are, then who
_WHAT_INVESTORS_ARE = re.compile(r"^(?:[a-z][\w-]*\s+){0,5}?(?:firms?|funds?|investors?|capitalists?|"
                                 r"backers?|angels?|VCs?|non-profit|including|such\s+as|"
                                 r"participated\s+by)\s+(?=[A-Z])")
_INVESTOR_TITLE = re.compile(r"^(?:(?:its\s+)?(?:new\s+)?(?:CEO|CFO|Founder|Co-Founder|Chairman|"
                             r"President)\s+)+(?=[A-Z])")
# an honorific alone, or the "and More" closing a headline's list
_NO_NAME = re.compile(r"(?:Dr|Mr|Ms|Mrs|Prof)\.?|(?i:(?:many\s+|several\s+)?(?:more|others))")
_TITLE_OF = re.compile(r"(?:(?:Chief|Managing|General|Founding)\s+(?:\w+\s+){0,2}?(?:Officer|Partner|"
                       r"Director)|CEO|CFO|CIO|Founder|Co-Founder|Chair(?:man|woman)?|President|"
                       r"Partner)\s+(?:of|at)\s")
