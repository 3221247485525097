"""The two small interfaces detectors implement.

A TextDetector reads one sentence at a time and returns Findings; linking to accounts,
merging and storage are done once for all of them. A HistoryDetector reads the store's
observations over time (job postings) and returns Events directly."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, ClassVar

from whynow.store import Store

from ..linking import AccountIndex
from ..model import Event, Finding, Span
from ..text import (
    COMPANY_NAME,
    LEGAL_FORM,
    MONTH,
    TICKER,
    WHERE_FROM,
    cut_at_headline_verb,
    headline_subject,
    is_legal_form,
    leading_name,
    normalize_company,
    owner,
    strip_dateline,
    trailing_name,
    without_descriptor,
    without_title,
)


class TextDetector:
    type: ClassVar[str]
    # Cheap tests a sentence must pass before the detector looks closer: one of `keywords`
    # (lower case; every match of `cue` contains one) appears, then `cue` matches.
    keywords: ClassVar[tuple[str, ...]] = ()
    cue: ClassVar[re.Pattern[str]]
    # How many sentences after the headline may announce this event (inverted pyramid).
    lead_sentences: ClassVar[int] = 12
    # A cue that names the event outright ("acquires", "merges with") needs no second
    # opinion from the embedding model; ambiguous ones ("launches", "selects") do.
    specific_cue: ClassVar[bool] = False
    # A headline is the release's news: a cue there needs no second opinion either. Body
    # sentences use the same verbs for background, products and history; they get one.
    specific_in_headline: ClassVar[bool] = True
    # Whether findings with one `document_key` but different companies are different events.
    # A person appointed is one event however many names the release gives the company.
    company_tells_apart: ClassVar[bool] = True
    # Whether a stated amount belongs to one company only: "$1.5M" raised is one company's
    # round however many names the release's sentences put before the verb.
    amount_has_one_owner: ClassVar[bool] = False

    def names_outright(self, finding: Finding) -> bool:
        """Does this finding's sentence name the event beyond doubt (no model needed)?"""
        return self.specific_cue

    def find(self, sentence: str, lowered: str | None = None) -> list[Finding]:
        lowered = lowered if lowered is not None else sentence.lower()
        if self.keywords and not any(word in lowered for word in self.keywords):
            return []
        if not self.cue.search(sentence):
            return []
        return self.read(sentence)

    def read(self, sentence: str) -> list[Finding]:
        raise NotImplementedError

    def event_key(self, fields: dict[str, Any]) -> tuple:
        """The fields that make two findings the same real-world event."""
        return ()

    def document_key(self, fields: dict[str, Any]) -> tuple:
        """What tells two events of this type apart within one document (default: nothing,
        so every sentence about the same company's event adds to one event)."""
        return ()

    def summarize(self, fields: dict[str, Any]) -> str:
        raise NotImplementedError

    def enrich(self, finding: Finding, document_sentences: list[str]) -> None:
        """Fill fields that other sentences of the same document state (optional)."""


class HistoryDetector:
    type: ClassVar[str]

    def detect(self, store: Store, accounts: AccountIndex, as_of: date) -> list[Event]:
        raise NotImplementedError


class SnapshotDetector(HistoryDetector):
    """Events from the difference between consecutive snapshots of one company page.
    Subclasses say which pages (`page_kind`) and what a difference means (`changes`)."""

    page_kind: ClassVar[str]

    def detect(self, store: Store, accounts: AccountIndex, as_of: date) -> list[Event]:
        pages: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for row in store.rows(
                "SELECT account_id, source, url, content_hash, first_seen, technologies, people"
                " FROM page_snapshots WHERE kind = ? AND first_seen::DATE <= ?"
                " ORDER BY account_id, source, first_seen", [self.page_kind, as_of]):
            if row["account_id"] in accounts.accounts:
                pages.setdefault((row["account_id"], row["source"]), []).append(row)
        events = []
        for (account_id, _), rows in pages.items():
            for before, after in zip(rows, rows[1:], strict=False):
                events += self.changes(accounts, account_id, before, after)
        return events

    def changes(self, accounts: AccountIndex, account_id: str, before: dict[str, Any],
                after: dict[str, Any]) -> list[Event]:
        raise NotImplementedError


REFERS_BACK = re.compile(r"^(?:the\s+(?:company|firm|startup|group|business|organi[sz]ation|"
                         r"platform)|it|we"
                         # "This facility will create 200 jobs": the company's own project
                         r"|(?:this|the)\s+(?:new\s+)?(?:[\w-]+\s+)?(?:facility|plant|factory|"
                         r"project|expansion|shift|move|initiative))\b", re.IGNORECASE)


def refers_back(sentence: str, region: Span) -> bool:
    """Does the clause open with 'The company' / 'It' / 'We' instead of a name?"""
    return bool(REFERS_BACK.match(sentence[region.start:region.end]))


# a name and its appositive, all that stands before the verb
_NAME_ALONE = re.compile(rf"{COMPANY_NAME.pattern}(?:\s*\([^)]*\))?(?:,[^,]+,)?\s*")


# "Web3 innovator GetBlock, proudly announced": a described name, then a comma and the verb
_STRAY_COMMA = re.compile(r"(?<=\s)(?<!\bto\s)(?!(?:for|in|at|with|to|by|of|from|on|and|the)\s)"
                          r"(?P<noun>[a-z]+(?<!s)(?<!ed))\s+(?P<name>[A-Z][\w.&'’-]*"
                          r"(?:\s+[A-Z][\w.&'’-]*)*),(?=(?:\s+[a-z]+ly)?\s*$)")


def subject_before(sentence: str, position: int) -> tuple[str | None, Span]:
    """The company a clause is about when its verb stands at `position`: the name the
    clause starts with (after any dateline), and the span of the whole clause."""
    # "Acme Pay (https://acmepay.example/) has unveiled": the link, blanked in place, is
    # neither a wire's dateline nor a kicker's colon
    clause, offset = strip_dateline(_LINK_IN_BRACKETS.sub(lambda link: " " * len(link.group(0)),
                                                          sentence[:position]))
    opener = OPENING_PHRASE.match(clause)
    if opener:
        clause, offset = clause[opener.end():], offset + opener.end()
    # "New Holding Enters the Rental Market: Alikson Group Acquires": a kicker before a colon
    # ("Merger Completion: On August 15, Silexion completed": a label, then an opening phrase)
    kicker = _kicker_end(clause)
    opening = kicker and OPENING_PHRASE.match(clause, kicker)
    kicker = opening.end() if opening else kicker
    # ("Scalable Support: As Acme grows, the expanded team": a label, whoever follows it)
    if kicker and (opening or len(clause[kicker:].split()) <= 8
                   and (named := leading_name(clause[kicker:])) and is_company_like(named[0])):
        clause, offset = clause[kicker:], offset + kicker
    # "Acme CEO Jane Roe told a reporter that Globex has won": the verb's own clause starts
    # after "that" when a name opens it; "... that it has won" is about Acme.
    reported = list(re.finditer(r"\b(?:that|how)\s+(?=[A-Za-z])", clause)) or [
        # "Excitement fills the air as Paragon Network, a pioneer in X, announces"
        as_ for as_ in re.finditer(r"\bas\s+(?=[A-Z])", clause)
        if _NAME_ALONE.fullmatch(clause, as_.end())]
    after_that = clause[reported[-1].end():] if reported else ""
    if reported and (named := leading_name(after_that)) and (
            is_company_like(named[0]) or _NATIONALITY.match(named[0])):
        # "Bloomberg reported that Chinese battery giant CATL has shut down": CATL's
        clause, offset = after_that, offset + reported[-1].end()
    elif reported and re.match(r"the\s+[a-z]", after_that) and not REFERS_BACK.match(after_that):
        # "... is pleased to announce that the management team at Globex has acquired"
        return None, Span(offset + reported[-1].end(), position)
    # "one of its customers, Globex, which has implemented ...": the relative clause's name
    relative = _RELATIVE.search(clause)
    if relative and is_company_like(relative.group("name")):
        return without_title(relative.group("name")), Span(offset + relative.start("name"),
                                                          position)
    clause = _TRAILING_MONEY.sub("", clause)  # "Harbor e-Trucks $640 Million SPAC IPO"
    clause = _GLAD_TO.sub("", clause)  # "Punyam Academy is Thrilled to Launch"
    region = Span(offset, position)
    # "UNICE - The First AI Doctor Leverages": the name, then what it is after a dash
    dashed = _DASHED_DESCRIPTION.match(clause)
    if dashed and is_company_like(dashed.group("name")):
        return dashed.group("name"), region
    # Without an appositive ("Acme, a leader in X, ...") the company stands right before the
    # verb: "Fintech leader Acme Pay has raised", "The board of Acme Pay appointed".
    headline = headline_subject(clause)
    speaker_first = bool(REFERS_BACK.match(after_that))  # "... to announce that it has"
    unsuffixed = _LEGAL_COMMA.sub("", clause)  # "Acme, Inc." is no appositive
    if unsuffixed.count(",") == 1:
        unsuffixed = _STRAY_COMMA.sub(r"\g<noun> \g<name> ", unsuffixed)
    found = ((headline, 0) if headline else None) or (
        trailing_name(unsuffixed) if "," not in unsuffixed and not speaker_first else None
    ) or leading_name(clause)
    # "New Harbor Helium, Inc." is a company whatever its first word, and so is "New Online
    # Casino Instant Casino" past what it is
    if not found or not (is_company_like(found[0]) or _LEGAL_COMMA.match(
            clause, found[1] + len(found[0])) or is_company_like(without_descriptor(found[0]))):
        return None, region
    # "Acme subsidiary Lumen Labs revealed that it ...": the subsidiary speaks; "Chinese
    # battery giant Harbin Cells has": a nationality describes the name that follows.
    after = clause[found[1] + len(found[0]):]
    owned = re.match(r"\s+(?:subsidiary|unit|division|brand)\s+(" + COMPANY_NAME.pattern + ")",
                     after)
    if _NATIONALITY.match(found[0]) and re.match(r"\s+[a-z]", after):
        described = re.match(r"(?:\s+[a-z][\w-]*){1,4}\s+(" + COMPANY_NAME.pattern + ")", after)
        if not described:
            return None, region  # "Ukrainian messaging service secures funding"
    else:
        described = None
    name = (owned or described).group(1) if owned or described else found[0]
    # "Boston's Ridge Book Shop acquires": the shop; "Ohio's startups raised": nobody
    possessive = re.match(r"^(.+?)['’][sS](?:\s+(?P<rest>[A-Z].*))?$", name)
    legal_form = _LEGAL_COMMA.match(clause, found[1] + len(found[0])) if name == found[0] else None
    if possessive and (" of " in possessive.group(1) or is_a_venue_name(name)
                       or _OWNERS_LEGAL_NAME.fullmatch(name + (legal_form[0] if legal_form else ""))):
        # "The General Federation of Women's Clubs", "Logan's Roadhouse", "Stan's Recycling Ltd"
        possessive = None
    if possessive and not possessive.group("rest"):
        return None, region
    if possessive:  # "Glowpath's Route Platform expands": the owner of a product or the CEO
        rest = possessive.group("rest")
        name = possessive.group(1) if _A_PRODUCT.search(rest) or _AN_OFFICER.fullmatch(rest) \
            or _PRAISED.match(rest) else rest
    # "Spectra Systems CEO Announces", "Two of Ridge Brands’ units"
    return without_title(name.rstrip(".'’")), region


_DASHED_DESCRIPTION = re.compile(rf"(?P<name>{COMPANY_NAME.pattern})\s+[-–—]\s+(?:The|A|An)\s+"
                                 r"[^,:;]{0,60}$")


def _kicker_end(clause: str) -> int | None:
    """Where the clause goes on after a headline's last colon (or question) outside brackets."""
    colons = [match for match in re.finditer(r"[:?]\s+(?=[A-Z])", clause)
              if clause.count("(", 0, match.start()) == clause.count(")", 0, match.start())]
    return colons[-1].end() if colons else None


_AN_OFFICER = re.compile(r"(?:CEO|CFO|COO|CTO|President|Founder|Co-Founder|Chairman|Chair|"
                         r"Chief\s+\w+\s+Officer|Management|Board|Team|Leadership)")
_A_PRODUCT = re.compile(r"\b(?:Platform|App|Application|Product|Service|Tool|Solution|Software|"
                        r"Protocol|Wallet|Game|Marketplace|Card|Engine|Suite)s?$")
# "Activate's Cutting-Edge Gaming": praise opens a description of what the owner offers
_PRAISED = re.compile(r"(?i:cutting-edge|innovative|groundbreaking|revolutionary|award-winning|"
                      r"flagship|signature|iconic|immersive|acclaimed)\b")


_RELATIVE = re.compile(r"(?:^|\s)(?P<name>" + COMPANY_NAME.pattern + r"),\s+(?:which|who)\s+"
                       r"(?:(?:has|have|had|recently|also|now|today|just|successfully)\s+)*$")
_TRAILING_MONEY = re.compile(r"\s*(?:US|A|C)?[$€£]\s?\d[\d.,]*\s*(?:[KkMmBb]n?|(?i:million|billion))?"
                             r"\s*$")
# An opening phrase such as "On Tuesday," or "In a statement,", up to its comma ("After
# Crossing 100,000 Users," and "On May 2, 2026," have more)
# (a colon ends a kicker, not an opening phrase: "Empowering Miners: The Launch of X Brings")
_UNTIL_COMMA = r"(?:[^,:]|(?<=\d),(?=\d{3})|,(?=\s(?:19|20)\d\d\b))"  # or a date's
OPENING_PHRASE = re.compile(
    rf"(?:(?:On|In|At|Earlier|Today|This|Last|Following|After|Given|With|Through|Thanks\s+to|"
    rf"Due\s+to|Despite|Amid|Under|For|Next\s+(?:week|month|year|quarter|spring|summer|fall|"
    rf"autumn|winter))\b{_UNTIL_COMMA}{{0,80}}"
    rf"|[A-Z][a-z]+ing\b{_UNTIL_COMMA}{{0,120}}"  # or "Helping clinics X,"
    rf"|[A-Z][a-z]+ed\s+(?:with|by)\b{_UNTIL_COMMA}{{0,80}}"  # or "Faced with X,"
    rf"|Known\s+(?:for|as)\b{_UNTIL_COMMA}{{0,80}}"  # or "Known for its innovation,"
    rf"|(?:If|When|Once|Upon|Subject\s+to|As|To|Even\s+(?:as|though|if|when))\b"
    rf"{_UNTIL_COMMA}{{0,80}}"
    # a reason may run long: "Given Globex's experience with ... and its ...,"
    rf"|(?:Given|Thanks\s+to|Due\s+to|Despite|Because\s+of|In\s+order\s+to|"
    rf"In\s+an?\s+(?:[\w-]+\s+)?(?:move|effort|bid|push|step)\s+(?:set\s+|designed\s+|aimed\s+)?to|"
    # "In an era where the democratization of technology becomes crucial to ...,"
    rf"In\s+(?:an?|the|today['’]s)\s+(?:[\w-]+\s+)?(?:era|age|world|time|landscape)\s+"
    rf"(?:where|when|of))\b{_UNTIL_COMMA}{{0,200}}"
    r"|[A-Z][a-z]+ly|However|Meanwhile|Additionally|Furthermore|Moreover|"
    r"Separately|Together|Now),\s*")  # or "Specifically,"
_LINK_IN_BRACKETS = re.compile(r"\((?:https?://|www\.)[^)\s]*\)")
_LEGAL_COMMA = re.compile(rf",\s*(?:{LEGAL_FORM}|LP|LLP|PLC|S\.A|N\.V|B\.V)\b\.?")


# "Partners with Contractors", "Acquisition of Warehouse Software Companies": a kind of
# business in the plural is not one company.
# ("North Capital Partners" and "Cornerstone Building Brands" are firms, "Channel Partners"
# and "Leading Brands" kinds of them)
_PLURAL_KIND = re.compile(r"\b(?:Companies|Firms|Startups|Businesses|Developers|"
                          r"Contractors|(?:^|\b(?:Channel|Strategic|Technology|Tech|Key|New|Business|"
                          r"Trusted|Global|Local|Community|Industry|Implementation|Integration|"
                          r"Solution|Preferred|Certified|Retail|Distribution|Reseller|Referral|"
                          r"Media|Marketing|Founding|Launch|Official|Ecosystem|Delivery|Service|"
                          r"Healthcare|Academic|Research|Financial|Banking|Insurance|Carrier|Brand|"
                          r"Content|Data|Cloud|Platform|Major|Leading|Top|Select|Multiple|"
                          r"Several|Various|Two|Three|Four|Five|Its|Their|Our|Consumer|Luxury|"
                          r"Fashion|Beauty|Food|Iconic|Popular|Premium|Other|Partner|Famous|"
                          r"Favorite|Household|Big|Emerging|Independent|Established|Well-Known|"
                          r"Name)\s+)(?:Partners|Brands)|"
                          r"Providers|Customers|Clients|Investors|Banks|Retailers|Manufacturers|"
                          r"Suppliers|Agencies|Sectors?|Owners|Homeowners|Consumers|Residents|"
                          r"Patients|Students|Families|SMEs|Nonprofits|Organi[sz]ations)$")


# "Tokenization Pioneer Inks Deal With International Partner", "Parent Coaching Institute
# Graduate Launches": what a party is, not its name ("Life Coach Opens Salon": an occupation)
_DESCRIBED_ONLY = re.compile(r"(?:[A-Z][\w-]*\s+){1,4}(?i:Partner|Pioneer|Innovator|Leader|Giant|"
                             r"Veteran|Coach|Stylist|Expert|Specialist|Consultant|Entrepreneur|"
                             r"Graduate|Student)")


# "Veteran Real Estate Executive Mike Daly Joins Acme to Launch", "Author Steve C. Lesko
# Releases": a person, described
_OCCUPATION_THEN_PERSON = re.compile(r"\b(?:Executive|Exec|Entrepreneur|Veteran|Expert|Coach|"
                                     r"Author|Attorney|Lawyer|Investor|Banker|Physician|Surgeon|"
                                     r"Chef|Designer|Artist|Student-Athlete|Graduate)\s+"
                                     r"(?!Officer\b)[A-Z](?:[a-z]+|\.)?(?:\s+[A-Z][a-z]+)?\s+"
                                     r"[A-Z][a-z'’-]+$")


# "Asia-Based Private Equity Group Acquires ...": words that only say what kind of business.
_KIND_WORDS = {"private", "equity", "group", "capital", "firm", "fund", "investment", "investor",
               "investors", "venture", "holding", "holdings", "company", "partners", "global",
               "international", "asset", "management", "consortium", "buyer", "acquirer",
               "strategic", "financial", "sponsor", "family", "office", "the", "a", "an",
               "grant", "recipient",  # "Grant Recipient: awarded a grant from Pyth"
               # "a Major Contract with Central Bank": a kind of customer, not its name
               "central", "federal", "national", "major", "leading", "large", "regional", "local",
               "bank", "agency", "government", "customer", "client", "distributor", "retailer",
               "utility", "hospital", "university", "ministry", "operator", "oem",
               "manufacturer"}


def is_company_like(name: str) -> bool:
    name = WHERE_FROM.sub("", name)  # "Dallas-based Quillon" is Quillon
    words = [word.lower() for word in re.split(r"[\s-]+", name) if word]
    first = re.sub(r"['’]s$", "", name.split()[0].lower())
    if CORPORATE_WORD.search(name) and (first in _OPENS_NAMES_TOO or first == "the" and len(
            words) > 2 and words[1] not in NOT_COMPANIES - _OPENS_NAMES_TOO):
        first = ""  # "Revenue Management Solutions", "The New Brain Institute"
    return not (first in NOT_COMPANIES or name.lower() in _TECHNOLOGIES or _SUPERLATIVE.match(name)
                or _AMOUNT_LIKE.match(name) or _ADDRESS.match(name) or _A_DATE.fullmatch(name)
                or is_legal_form(name.split()[0])  # "Ltd. Since establishing"
                or _NATIONALITY.match(name)  # "Ukrainian" alone names no company
                or _REGION_ALONE.fullmatch(name)  # "West Africa receives investment"
                or _PLURAL_KIND.search(name) or _DESCRIBED_ONLY.fullmatch(name)
                or _OCCUPATION_THEN_PERSON.search(name) and not CORPORATE_WORD.search(name)
                or "based" in words or "owned" in words or _PERSON_WITH_INITIAL.fullmatch(name)
                or _A_HAPPENING_OF.match(name)
                or all(word in _KIND_WORDS for word in words))


# "Launch of The Endgame Masterclass Empowers", "Future of Trading": what happens, no company
_A_HAPPENING_OF = re.compile(r"(?:Launch|Release|Introduction|Unveiling|Future|Rise|Dawn)\s+of\s")
# "Karen T. Lockridge Unveils 'Distant Lands'": a person's name with a middle initial
_PERSON_WITH_INITIAL = re.compile(r"[A-Z][a-z]+\s+(?:[A-Z]\.\s+)+[A-Z][a-z'’-]+")


# A technology alone is no party: "Integrates AI with Blockchain" ("Cloud DX" is a company)
_TECHNOLOGIES = {"ai", "blockchain", "crypto", "bitcoin", "web3", "defi", "nft", "nfts", "cloud"}


# "the World’s Largest Retailer" and "First Ever AI Audio Detection" describe, not name ("World
# Fuel" and "First Solar" name one)
_SUPERLATIVE = re.compile(r"(?i)(?:the\s+)?(?:(?:world|nation|country|industry)['’]s\s|"
                          r"first[\s-]ever\b)")


# "investors who acquired between April 22, 2024, and": a date, never a company
_A_DATE = re.compile(rf"{MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?")


# "Acme Raises $5M to Expand": "5M" is money, never the company.
_AMOUNT_LIKE = re.compile(r"^\d[\d.,]*\s*(?:[KkMmBb]n?|(?i:million|billion))?$|"
                          r"^\d+(?:st|nd|rd|th)$|"  # "the acquisition of its 100th shop"
                          r"^\d[\d.,]*\s+(?i:million|billion|thousand)\b")  # "10 Million Investment"


# "302 Culver Street" is a building bought, not a company
_ADDRESS = re.compile(r"^\d+\s+(?:[A-Z][\w.]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|"
                      r"Blvd|Drive|Lane|Way|Place|Court|Parkway|Highway)\.?$")


# Words of NOT_COMPANIES that also open names, which then end in a corporate word.
_OPENS_NAMES_TOO = {"new", "revenue", "sales", "key", "strategic", "institutional", "enhanced",
                    "ready", "growing", "executive"}
CORPORATE_WORD = re.compile(r"\s(?:Solutions|Institute|Group|Holdings|Technolog(?:y|ies)|"
                            r"Systems|Labs|Partners|Capital|Ventures|Bank|Corp(?:oration)?|"
                            r"Inc|Ltd|LLC|Company|Industries|Resources|Energy|Mining|Helium|"
                            r"Therapeutics|Software|Networks|Media|Health)\.?$")


# Capitalised words that open a clause without naming a company.
NOT_COMPANIES = {"the", "it", "we", "our", "this", "these", "they", "them", "us", "him", "he",
                 "she", "its", "their",
                 "in", "on", "at", "as", "with", "for", "by", "from", "today", "now", "company",
                 "a", "an", "after", "following", "according", "under", "while", "once", "when",
                 "i", "you", "all", "both", "if", "upon", "each", "every", "more", "new",
                 "there", "here", "we're", "we’re", "it's", "it’s", "that", "those", "such",
                 "many", "most", "given", "understanding", "recognizing", "recognising",
                 "knowing", "noting", "seeing", "believing", "realizing", "realising",
                 # openers that are prepositions, adverbs or questions, not names
                 "of", "over", "between", "during", "since", "before", "within", "across",
                 "among", "privately", "publicly", "throughout", "although", "though",
                 "because", "unless", "until", "whether", "even",
                 # what a party does, said of one unnamed ("a Fintech Company Focused on")
                 "focused", "dedicated", "specializing", "specialising", "committed",
                 "also", "then", "originally", "altogether", "effective", "did", "does", "do",
                 "what", "what's", "what’s", "how", "why", "who", "where", "which", "finally",
                 "no", "users", "customers", "clients", "members", "expenses", "revenue",
                 "revenues", "sales", "millions", "billions", "investors", "his", "her",
                 "scheduled", "slated", "set", "located", "situated", "designed", "built", "i’m", "i'm",
                 "largest", "biggest", "fastest", "fastest-growing",  # "Largest ... Now Open"
                 # participles that open a clause ("Helping teams ..., Acme raised ...")
                 "helping", "saving", "building", "using", "bringing", "leveraging", "enabling",
                 "including", "featuring", "combining", "making", "creating", "offering",
                 "providing",
                 "delivering", "supporting", "expanding", "announcing", "introducing",
                 "launching", "partnering", "working", "driving", "powering", "transforming",
                 "empowering", "known", "enhancing", "revolutionizing", "revolutionising",
                 "redefining", "accelerating", "boosting", "strengthening", "bolstering", "marking", "paving",
                 "unlocking", "elevating", "advancing", "reshaping", "bridging", "blending",
                 "solidifying", "cementing", "targeting", "fueling", "fuelling", "improving",
                 "streamlining", "simplifying", "positioning", "ushering", "signaling",
                 "signalling", "ensuring", "allowing",
                 "backed", "based", "founded", "headquartered", "growing", "recent",
                 # adverbs and adjectives that open a sentence
                 "already", "just", "ready", "enhanced", "institutional", "key", "strategic",
                 # titles open a sentence about a person ("Chairman Jane Roe said")
                 "chairman", "chairwoman", "chair", "president", "ceo", "founder", "director",
                 "executive",  # "Executive chairman Jane Roe"
                 # and so do occupations ("Actor, talk show host ... Ricki Lake launches")
                 "actor", "actress", "author", "singer", "songwriter", "rapper", "musician",
                 "poet", "novelist", "comedian", "filmmaker", "soldier", "athlete", "veteran",
                 "entrepreneur", "serial",
                 # adjectives that describe parties unnamed ("Leading Dealer Group")
                 "leading", "major", "several", "various", "multiple", "prominent",
                 "qualified", "eligible", "award-winning", "top-tier",
                 # and words that describe a person ("Renowned Artist Jeff Robb Unveils")
                 "renowned", "acclaimed", "celebrated", "legendary", "seasoned",
                 "former",
                 # a company's own bodies ("The Board unanimously appointed")
                 "board", "ceos", "executives", "management",
                 # who takes part, and an offering itself ("The IPO, which raised $4.5M")
                 "competitors", "applicants", "participants", "entrants", "finalists", "ipo",
                 "prior",
                 # a headline's label before its colon ("Product Launch: ...")
                 "product", "announcement", "breaking", "highlights"}


# The verbs a customer takes up a product with. "Integrated" and "selected" only as verbs:
# not "an Integrated Solution", not "Acme selected as a finalist".
ADOPTION_VERBS = (r"select(?:s|ed(?!\s+(?:as|by|for|to)\b))|chooses|chose|implement(?:s|ed)|"
                  r"integrates|(?:(?<=has\s)|(?<=have\s)|(?<=had\s)|(?<=was\s))integrated|"
                  r"(?-i:(?<!an\s)(?<!the\s)integrated(?=\s+(?:[A-Z]|its\s|their\s|the\s)))|"
                  # "Leveraged Bet" and "leveraged buyout" are no verb
                  r"leverag(?:es|ed(?!\s+(?:bets?|buyouts?|loans?|financ\w+|positions?|ETFs?|"
                  r"exposure|trading|tokens?|products?|funds?|returns?)\b))|deploy(?:s|ed)")


# What a company takes up that is no technology: money, plans, its own features, a deal made
# ("Leverages Kelly's Education Buy")
NOT_A_TECHNOLOGY = re.compile(r"\b(?:Financing|Funding|Equity|Strategy|Model|Roadmap|Features?|"
                              r"Bet|Buy|Acquisition|Purchase|Deal|Merger)\b")
# "Liquid Biosciences leverages its EMERGE AI platform": its own product, not a purchase
OWN_PRODUCT_AFTER = re.compile(r"\s+(?:its|their|our)\s+(?:own\s+)?(?:[a-z][\w-]*\s+){0,3}?[A-Z]")


def deployed_on(sentence: str, verb: re.Match[str]) -> int:
    """Where what is taken up is named: after 'on' in 'Deploys Its Prediction Markets on Lisk
    Protocol' (the platform deployed on is adopted, the product is the company's own)."""
    product = name_after(sentence, verb.end()) if verb.group(0).lower().startswith("deploy") \
        else None
    on = product and _DEPLOYED_ON.match(sentence, product[1].end)
    return on.end() - 1 if on else verb.end()


_DEPLOYED_ON = re.compile(r"[™®]?\s+on\s+(?:the\s+)?(?=[A-Z])")


def integrates_with_another(sentence: str, verb: re.Match[str]) -> bool:
    """'DoJiggy Integrates Its Platform with PayPal', 'integrates the Minecraft universe with
    the Solana blockchain': two things joined, nothing bought."""
    return verb.group(0).lower().startswith("integrat") and bool(
        re.match(r"\s+(?:\S+\s+){0,4}?with\s+(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+)?[A-Z]",
                 sentence[verb.end():]))


# "Newsweek Selects Acme as One of the Best": an award, not a purchase.
AS_AWARD = re.compile(r"\bas\s+(?:(?:one|some)\s+of\s+(?:the\s+)?|the\s+|an?\s+)?(?:world['’]s\s+)?"
                      r"(?:best|top|most|winners?|finalists?|leaders?|leading|recipients?|"
                      r"honorees?)\b"
                      # "selected Acme as its Innovation of the Year Award winner"
                      r"|\bas\s+(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,5}?(?:award|prize)\b"
                      # "as the “Best in Show” winner", "as its “Advisers’ Choice”"
                      r"|\bas\s+(?:its|their|the|an?)\s+[“\"‘][^”\"]{0,40}?\b(?:best|choice|winner|"
                      r"award|prize|of\s+the\s+year)\b",
                      re.IGNORECASE)

# "selects Initech as its exclusive partner": a partnership, not a purchase.
AS_PARTNER = re.compile(r"\bas\s+(?:its|their|an?|the)\s+(?:[\w-]+\s+){0,4}?"
                        r"(?:partner|provider\s+of\s+choice|sponsor|ambassador)\b"
                        # "names Workhouse as Agency of Record": an agency, not a technology
                        r"|\bas\s+(?:its\s+|their\s+|an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                        r"agency\s+of\s+record\b"
                        # a person taken on for an event: "Taps Historian Neil Howe As Panelist"
                        r"|\bas\s+(?:its\s+|their\s+|an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:panelist|"
                        r"speaker|keynote|host|moderator|emcee|judge|spokesperson)\b", re.I)

# A vendor's customer story: "Lumen Planning Transforms Acme's Supply Chain". The customer has
# taken up the vendor's technology; the vendor has won the customer.
SERVES_CUSTOMER = re.compile(r"\b(?:transforms|moderni[sz]es|digiti[sz]es|automates|"
                             r"streamlines)\s", re.IGNORECASE)
_CUSTOMER_OWNS = re.compile(r"(?P<customer>" + COMPANY_NAME.pattern + r")['’]s\s+(?i:[a-z])")


# "Acme Transforms Healthcare's Future": an industry or a place is not a customer.
_SECTORS = {"healthcare", "retail", "banking", "insurance", "education", "manufacturing",
            "finance", "logistics", "energy", "government", "hospitality", "commerce", "media",
            "marketing", "travel", "business", "industry", "agriculture", "construction",
            "telecom", "pharma", "fintech", "gaming", "legal", "america", "europe", "africa",
            "asia", "world", "earth", "tomorrow"}


def vendor_and_customer(sentence: str) -> tuple[str, Span, str, Span] | None:
    """The vendor and the customer of a customer story, each with its span."""
    verb = SERVES_CUSTOMER.search(sentence)
    story = verb and _CUSTOMER_OWNS.match(sentence, verb.end())
    if not story:
        return None
    vendor, region = subject_before(sentence, verb.start())
    customer = owner(story.group("customer"))
    if vendor is None or not is_company_like(customer) or customer.lower() in _SECTORS:
        return None
    start = story.start("customer")
    return vendor, region, customer, Span(start, start + len(customer))


# A few lower-case words may describe the other party first: "acquires analytics startup
# Initech", "acquires a majority stake in Initech".
_NAME_AFTER = re.compile(
    r"\s*(?:the\s+)?(?:(?:a\s+)?(?:majority\s+|minority\s+|controlling\s+)?(?:stake|interest)\s+in\s+"
    r"|(?i:(?:(?:all|\d+(?:\.\d+)?\s?%)\s+(?:of\s+)?(?:the\s+)?)?(?:issued\s+and\s+)?"
    r"(?:outstanding\s+)?(?:shares|(?:capital\s+)?stock|assets|business|equity)\s+(?:of|in)\s+)"
    r"|(?:(?!(?:in|at|on|near|for|from|to|into|across|with|land|property|assets)\b)[a-z][\w-]*\s+)"
    r"{0,3}?)(?P<name>" + COMPANY_NAME.pattern + ")")


# What a company takes up without naming a vendor or a product: "integrates AI", "leverages
# Advanced Security Protocols", "integrates USDT", "launches Inverse ETFs", "selects Finalists".
GENERIC = re.compile(
    r"(?:Advanced|Specialized|Specialised|Innovative|Enhanced|Cutting-Edge|Generative)\b|"
    r"(?:AI|A\.I\.|Artificial\s+Intelligence|Machine\s+Learning|Blockchain|Cloud|IoT|GenAI|"
    r"Bitcoin|Ethereum|USDT|USDC|Rollups?|Web[23](?:\s+[A-Z][a-z]+)?|(?:[A-Z][a-z]+\s+)?ETFs?|"
    r"Subsidiary|Finalists|"
    r"Winners|Nominees)$")


def is_generic(name: str) -> bool:
    """Is every part of this name ('AI and Blockchain') a generic technology?"""
    return all(GENERIC.match(part) for part in re.split(r"\s+and\s+|\s*&\s*", name))


_PLACE_BASED = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s?-\s?|\s+)(?i:based)\s+(?=[A-Z])")
_DESCRIBED_NAME = re.compile(r"\s+(?:company|firm|start-?up|provider|maker|developer|specialist|"
                             r"platform|leader|brand|ecosystem|protocol|exchange|giant|subsidiary|"
                             r"juggernaut)\s+(?=[A-Z])")


def name_after(sentence: str, position: int) -> tuple[str, Span] | None:
    """The company-like name that starts right after `position` ('acquires Globex Inc.')."""
    match = _NAME_AFTER.match(sentence, position)
    if not match:
        return None
    name = re.sub(r"['’]s$", "", cut_at_headline_verb(
        match.group("name").rstrip("."), sentence[match.end("name"):]))
    # "Partners with Lakeside Hospital for Phase II Trial": the name stops at "for" / "to".
    name = re.split(r"\s(?:for|to|For|To|FOR|TO|FROM|From|WITH|With|BY|By|IN|In|AT|At|ON|On|Through|Via|"
                    r"Amid|After|Following)(?:\s|$)", name, maxsplit=1)[0]
    name = re.sub(r"(?:\s(?:and|of|&))+$", "", name)
    end = match.start("name") + len(name)
    # "partner with Laconia, N.H.-based Rogue Space", "acquiring Colorado based Telmar": the
    # name follows where it is based
    if placed := _PLACE_BASED.match(sentence, end):
        return name_after(sentence, placed.end() - 1)
    # "acquires Georgia-Based PEO, Teamwork Services": the name follows the description
    if WHERE_FROM.match(name) and sentence.startswith(", ", end) and sentence[end + 2:][:1].isupper():
        return name_after(sentence, end + 1)
    # "acquires Route Planning company Initech": the field describes the name after it
    described = _DESCRIBED_NAME.match(sentence, end)
    if described and name == match.group("name").rstrip("."):
        return name_after(sentence, described.end() - 1)
    short = without_descriptor(name)  # "Retail Analytics Platform Shopwise" -> "Shopwise"
    # "The Harbor Foundation" is a name with its article; "The company" is not
    named = re.sub(r"^The\s+(?=[A-Z])", "", short)
    if not is_company_like(named) or _describes_a_noun(sentence, short, match.start("name")):
        return None
    start = end - len(short)
    return short, Span(start, start + len(short))


# Countries, regions and places a release names companies after ("South Africa's AgriLogiq").
PLACE_NAME = (r"(?:U\.?S\.?A?|U\.?K\.?|EU|UAE|GCC|APAC|EMEA|LATAM|"
              r"(?:North|South|Latin|Central)\s+America|Europe|Asia|Africa|Middle\s+East|Oceania|"
              r"Southeast\s+Asia|Gulf|Nordics|Caribbean|South\s+Africa|"
              r"Canada|Mexico|Brazil|Argentina|Chile|Colombia|Peru|Germany|France|Spain|Italy|"
              r"Portugal|Netherlands|Belgium|Switzerland|Austria|Poland|Sweden|Norway|Denmark|"
              r"Finland|Ireland|Greece|Turkey|Israel|Egypt|Nigeria|Kenya|Ghana|Morocco|India|"
              r"Pakistan|Bangladesh|China|Japan|Korea|South\s+Korea|Taiwan|Hong\s+Kong|Singapore|"
              r"Malaysia|Indonesia|Thailand|Vietnam|Philippines|Australia|New\s+Zealand|"
              r"Saudi\s+Arabia|Qatar|Dubai|Abu\s+Dhabi|"
              # American states and regions
              r"Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
              r"Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|"
              r"Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|"
              r"Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|"
              r"North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|"
              r"South\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|"
              r"Wisconsin|Wyoming|New\s+England|Midwest|Pacific\s+Northwest|Southeast|Northeast|"
              r"Southwest|West\s+Coast|East\s+Coast)")
# a region alone names no company
_REGION_ALONE = re.compile(rf"(?:(?:North|South|East|West|Central)(?:ern)?\s+)?{PLACE_NAME}|"
                           r"Downtown|Uptown|Midtown")


# "Logan's Roadhouse", "Mel's Massage Studio": an owner's name and a venue are one business
_VENUE_NAME = re.compile(
    r"[A-Z][a-z]+['’]s\s+(?:[A-Z][\w&-]*\s+)?(?:Roadhouse|Caf[eé]|Kitchen|Grill|Bar|Pub|"
    r"Diner|Bakery|Pizza|Pizzeria|Deli|Restaurant|Steakhouse|Tavern|Salon|Studio|Spa|Boutique|"
    r"Shop|Store|Market|Garage|Cleaning|Plumbing|Roofing|Landscaping|Repair|Clinic|Dental|"
    r"Pharmacy|Jewelers|Furniture|Barbershop|Lounge|Bistro|Brewery|Winery|Creamery|Hospital|"
    r"Cent(?:er|re)s?|Trucks?|Auto|Motors|Foundation|Academy|School|Hardware|Farms?|Dealership|"
    r"Club)")


# "Happy Stan's Recycling Services Ltd" is one legal name; "South Korea's SpeedFloor Co" and
# "RJD Green Inc.'s Silex Holdings Inc" are not
_OWNERS_LEGAL_NAME = re.compile(rf"(?!{PLACE_NAME}['’])[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s"
                                rf"(?:\s(?!The\s)[A-Z][\w&-]*)+,?\s{LEGAL_FORM}\.?")


def is_a_venue_name(name: str) -> bool:
    return bool(_VENUE_NAME.fullmatch(name))


def party(name: str) -> str:
    """'Globex's Banking Program' -> 'Globex'; but 'South Africa's AgriLogiq' -> 'AgriLogiq'
    and 'AmeriLife's Saybrus Partners' -> 'Saybrus Partners' (a firm of its own)."""
    possessive = re.match(rf"(?P<place>{PLACE_NAME})?.*?['’]s\s+(?=[A-Z])", name)
    if possessive and (possessive.group("place") or CORPORATE_WORD.search(name)):
        return name[possessive.end():]
    # "Lucile Packard Children’s Hospital", "Bergey’s Truck Centers": one place of business
    return name if _VENUE_NAME.search(name) else owner(name)


# A nationality before a noun describes the other party, it does not name it: "partners
# with Mexican rock band EL TRI".
_NATIONALITY = re.compile(
    r"^(?:American|Canadian|Mexican|Brazilian|Argentine|Chilean|Colombian|British|English|"
    r"Scottish|Irish|French|German|Dutch|Belgian|Swiss|Austrian|Italian|Spanish|Portuguese|"
    r"Swedish|Norwegian|Danish|Finnish|Polish|Czech|Greek|Turkish|Israeli|Saudi|Emirati|"
    r"Egyptian|Nigerian|Kenyan|South|African|Indian|Pakistani|Chinese|Japanese|Korean|"
    r"Vietnamese|Thai|Indonesian|Malaysian|Singaporean|Filipino|Australian|European|Asian|"
    r"Nordic|Latin|Arab|Middle|Eastern|Western|Northern|Southern|Global|Local|Regional|"
    r"Ukrainian|Russian|Romanian|Hungarian|Bulgarian|Serbian|Croatian|Slovak|Estonian|Latvian|"
    r"Lithuanian|Peruvian|Venezuelan|Cuban|Ghanaian|Ethiopian|Moroccan|Qatari|Kuwaiti|Jordanian|"
    r"Lebanese|Iranian|Iraqi|Bangladeshi|Taiwanese|Kazakh|Georgian|Armenian|Ecuadorian)$")


def _describes_a_noun(sentence: str, name: str, start: int) -> bool:
    following = re.match(r"\s+[a-z]", sentence[start + len(name):])
    return bool(_NATIONALITY.match(name) and following)


# "selected Jane Roe, M.D. to serve as": the one chosen is a person, not a vendor.
_PERSON_FOLLOWS = re.compile(
    r"\s*,?\s*(?:M\.D\.|Ph\.D\.|Jr\.|Esq\.)|\s+to\s+(?:serve|lead|join|head)\b|\s+as\s+"
    r"(?:its\s+|the\s+|our\s+)?(?:new\s+|next\s+|interim\s+)?(?:chief|president|ceo|cfo|coo|cto|"
    r"head|director|vice|chair|general\s+manager|managing)", re.IGNORECASE)


def names_a_person(sentence: str, end: int) -> bool:
    return bool(_PERSON_FOLLOWS.match(sentence, end))


_GOES_ON = re.compile(r"\s(?:and|with)\s+(?:the\s+|its\s+)?$", re.IGNORECASE)


class VerbDetector(TextDetector):
    """An event announced by its subject with one verb phrase: the company before `verb`
    is the subject. Subclasses give `verb` (its match is the cue) and, optionally, fields."""

    verb: ClassVar[re.Pattern[str]]
    confidence: ClassVar[float] = 0.7
    # A launch, an office or a partnership is the news itself: it leads the release. Later
    # sentences that mention one are mostly about the company's past or its products.
    lead_sentences: ClassVar[int] = 3
    headline: ClassVar[str | None] = None  # what the brief says happened, when it is fixed

    @property
    def cue(self) -> re.Pattern[str]:  # type: ignore[override]
        return self.verb

    def read(self, sentence: str) -> list[Finding]:
        matches = self.verb.finditer(sentence)
        match = next(matches, None)
        if match is None:
            return []
        subject, region = self.subject_of(sentence, match)
        back = subject is None and refers_back(sentence, region)
        if subject is None and not back:
            return []
        fields = self.fields(sentence, match)
        # "Unveils Expansion With Launch of Tally": when what the verb takes is no event, a
        # verb the same subject goes on with may still report one
        while fields is None:
            match = next((later for later in matches if _GOES_ON.search(
                sentence, 0, later.start()) or later.group(0).lower().startswith("with ")), None)
            if match is None:
                return []
            fields = self.fields(sentence, match)
        return [Finding(type=self.type, sentence=sentence, subject=subject, subject_span=region,
                        fields=fields, confidence=self.confidence, refers_back=back)]

    def subject_of(self, sentence: str, match: re.Match[str]) -> tuple[str | None, Span]:
        """The company the verb phrase is said of, and the span of its clause."""
        return subject_before(sentence, match.start())

    def fields(self, sentence: str, match: re.Match[str]) -> dict[str, Any] | None:
        """The event's fields, or None when the sentence turns out not to report one."""
        return {}

    def summarize(self, fields: dict[str, Any]) -> str:
        if self.headline:
            return self.headline
        label = self.type.replace("_", " ").capitalize()
        counterparty = fields.get("counterparty")
        return f"{label} with {counterparty}" if counterparty else label


# "Globex (NASDAQ: GLBX), Initech and Umbrella Labs partner to ...": parties named in a row
_TICKER = rf"(?:{TICKER})?"
_PARTY_LIST = re.compile(rf"(?:{COMPANY_NAME.pattern}){_TICKER}(?:(?:\s*,\s*|,?\s+(?:[Aa]nd|&)\s+)"
                         rf"(?:{COMPANY_NAME.pattern}){_TICKER})*")
_NOT_A_SECOND_PARTY = re.compile(r"(?:Co|Company|Sons|Associates|Partners)\.?$")
# How a release is glad to say its news: "is proud to announce"
GLAD = r"(?:proud|pleased|excited|thrilled|delighted|happy|honou?red)"
# a headline's "Is Thrilled to", whose capital would read as a name
_GLAD_TO = re.compile(rf"\s+(?i:is|are)\s+(?:(?i:so|very)\s+)?(?=[A-Z])(?i:{GLAD})\s+(?i:to)\s*$")
# between the parties and their verb: "Globex and Initech are proud to announce"
_BEFORE_THE_VERB = re.compile(r"[\s,]*(?:today|have|are|will|jointly|officially)?\s*"
                              rf"(?:{GLAD}\s+to\s*)?")


def shared_subject(sentence: str, finding: Finding, verb: re.Match[str]) -> list[tuple[str, Span]]:
    """The parties that stand together before a verb ("Globex and Initech merge", "Globex,
    Initech and Umbrella partner to"). "A & B" splits only before a plural verb: "Procter &
    Gamble partners with" is one firm."""
    plural = not re.match(r"\w+s\b", verb.group(0))
    # a list takes a plural verb: "Globex, Initech and Umbrella partner"; "Globex and Initech
    # Announces" is one slip, "Growth, Proactively Expands" no list at all
    separator = r"\s*,\s*(?:[Aa]nd\s+)?|\s+[Aa]nd\s+" if plural else r"\s+[Aa]nd\s+"
    region = finding.subject_span.start if finding.subject_span else 0
    for start in dict.fromkeys((region, sentence.find(finding.subject or "", region))):
        listed = _PARTY_LIST.match(sentence, max(start, 0), verb.start())
        if listed is None or not _BEFORE_THE_VERB.fullmatch(sentence, listed.end(), verb.start()):
            continue
        # "Cell Biotech Co., Ltd.": a legal form after a comma is no further party
        text = re.sub(rf",\s*{LEGAL_FORM}\b\.?", lambda form: " " * len(form.group(0)),
                      listed.group(0))
        # "Investments & Wealth Institute and CEG Worldwide": "&" joins within a name
        ampersand = plural and not re.search(separator, text)
        parties = []
        for at, part in _split_at(text, separator + (r"|\s+&\s+" if ampersand else "")):
            name = re.sub(_TICKER + "$", "", part.strip()).rstrip(".")
            if not is_company_like(name) or cut_at_headline_verb(name) != name \
                    or (parties and _NOT_A_SECOND_PARTY.match(name)):
                break  # "Acme Launches X, Find Your Partner" is no list of parties
            begin = listed.start() + at + len(part) - len(part.lstrip())
            parties.append((name, Span(begin, begin + len(name))))
        else:
            return parties
    return []


def _split_at(text: str, separator: str) -> list[tuple[int, str]]:
    """The parts of `text` between matches of `separator`, each with where it starts."""
    cuts = [position for match in re.finditer(separator, text)
            for position in (match.start(), match.end())]
    bounds = [0, *cuts, len(text)]
    return [(bounds[index], text[bounds[index]:bounds[index + 1]])
            for index in range(0, len(bounds), 2)]


class TwoPartyDetector(VerbDetector):
    """Events labelled for both sides (partnership, acquisition): one finding for the
    subject and one for the other party, each the other's counterparty. The other party is
    named right after the verb ("acquires Initech", "partners with Initech"), or shares the
    subject ("Globex and Initech announce a partnership")."""

    # A partnership is news only with a named partner; an acquisition is news for the buyer
    # even when the target goes unnamed ("acquires a regional rival").
    needs_counterparty: ClassVar[bool] = False

    def read(self, sentence: str) -> list[Finding]:
        findings = super().read(sentence)
        match = self.verb.search(sentence)
        if not findings and match and not self.needs_counterparty:
            return self._other_side_only(sentence, match)
        if not findings or match is None:
            return findings
        first = findings[0]
        other = self.other_party(sentence, match)
        if first.subject is None:  # "The company partners with Initech": whose, the release says
            if other is None:
                return [] if self.needs_counterparty else findings
            first.fields = {**first.fields, "counterparty": party(other[0]), **self.roles()[0]}
            return findings
        if other is None:
            parties = shared_subject(sentence, first, match)
            if len(parties) < 2:
                return [] if self.needs_counterparty else findings
            (first.subject, first.subject_span), *others = parties
        else:
            others = [other]
        for index, (name, span) in enumerate(others):
            name = party(name)  # "Globex's Banking Program" is Globex's
            if index == 0:
                first.fields = {**first.fields, "counterparty": name, **self.roles()[0]}
            findings.append(Finding(type=self.type, sentence=sentence, subject=name,
                                    subject_span=Span(span.start, span.start + len(name)),
                                    fields={"counterparty": without_descriptor(first.subject),
                                            **self.roles()[1]},
                                    confidence=first.confidence))
        return findings

    def object_follows(self, match: re.Match[str]) -> bool:
        """Does the other party's name follow the verb phrase directly?"""
        return True

    def other_party(self, sentence: str, match: re.Match[str]) -> tuple[str, Span] | None:
        """The other party's name and where it stands, when it follows the verb phrase."""
        return name_after(sentence, match.end()) if self.object_follows(match) else None

    def _other_side_only(self, sentence: str, match: re.Match[str]) -> list[Finding]:
        """'Asia-Based Private Equity Group Acquires Lumen Systems': a buyer described, not
        named, still makes the news for the company it bought."""
        other = self.other_party(sentence, match)
        buyer = strip_dateline(sentence[:match.start()])[0].strip()
        if other is None or not buyer or len(buyer.split()) > 8 \
                or not all(word[0].isupper() or word in ("of", "and", "&") for word in buyer.split()):
            return []  # a description in title case, not "* Globex is expanding through"
        name, span = other
        fields = {"counterparty": buyer, **self.roles()[1]}
        return [Finding(type=self.type, sentence=sentence, subject=name, subject_span=span,
                        fields=fields, confidence=0.6)]

    def roles(self) -> tuple[dict[str, str], dict[str, str]]:
        return {}, {}

    # "Koito Manufacturing Co." in one release, "Koito Manufacturing" in another: one party
    def document_key(self, fields: dict[str, Any]) -> tuple:
        return (normalize_company(str(fields.get("counterparty", ""))),)

    def event_key(self, fields: dict[str, Any]) -> tuple:
        return (normalize_company(str(fields.get("counterparty", ""))), fields.get("role"))
