"""Sentences and names in press-release prose."""

from __future__ import annotations

import re

ABBREVIATIONS = ("Inc", "Ltd", "Corp", "Co", "Mr", "Ms", "Mrs", "Dr", "St", "Jr", "Sr", "No",
                 "vs", "e.g", "i.e", "U.S", "U.K", "L.P", "S.A", "N.V", "Bros", "Ph.D", "Prof",
                 "Mt", "Ave", "approx", "est", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
                 "Sep", "Sept", "Oct", "Nov", "Dec",
                 "ST", "Ft")  # a dateline's "ST. LOUIS", "Ft. Worth"
# ... unless a sentence plainly opens after one: "expand in the U.S. Additionally, Acme has"
_OPENS_A_SENTENCE = (r"(?:The|This|These|It|Its|We|Our|He|She|They|His|Her|Their|Additionally|"
                     r"Also|However|Moreover|Furthermore|Meanwhile|Today|In\s+addition)\b")
_PROTECT = re.compile(r"\b(" + "|".join(re.escape(a) for a in ABBREVIATIONS) + r")\."
                      rf"(?!\s+{_OPENS_A_SENTENCE})")
# a bullet opens a sentence: "●", or "*", "-" or "·" at the start of a line
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”')\]]*\s+(?=[\"“(\[]?[A-Z0-9])"
                       r"|(?:^|\n+)[ \t]*[*·–—-][ \t]+|\n+|\s*[●•▪]\s*")
_DOT = "\u2024"  # one-dot leader stands in for a protected dot while splitting

LEGAL_SUFFIXES = ("inc", "incorporated", "ltd", "limited", "llc", "l.l.c", "corp",
                  "corporation", "co", "company", "gmbh", "ag", "sa", "s.a", "sas", "bv", "nv",
                  "plc", "pty", "pte", "ab", "as", "oy", "srl", "spa", "kk", "lp", "llp", "se",
                  "holdings", "group", "companies", "pvt", "private")
# The legal forms that follow a company's name in running text ("Acme, Inc.", "Hiber B.V.").
LEGAL_FORM = r"(?:Inc|Ltd|LLC|Corp|Co|plc|AG|GmbH|SA|NV|BV|Limited|Corporation)"
_SUFFIX = re.compile(r"[\s,]+(" + "|".join(re.escape(s) for s in LEGAL_SUFFIXES) + r")\.?$",
                     re.IGNORECASE)


_MARKUP = re.compile(r"!\[[^\]]*\]\([^)]*\)|^\s*--[A-Za-z .]{2,40}--\s*$", re.MULTILINE)
_LINK = re.compile(r"\[([^\]]*)\]\([^)\s]*\)")  # a Markdown link reads as its text


def sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping abbreviations such as 'Inc.' inside them. Wire
    banners ('--News Direct--') and Markdown images are not sentences; a link is its text."""
    text = _LINK.sub(r"\1", _MARKUP.sub("", text))
    protected = _PROTECT.sub(lambda m: m.group(1) + _DOT, text)
    protected = re.sub(r"\b([A-Z])\.(?=[A-Z]\.)", r"\1" + _DOT, protected)  # U.S.A.
    # initials before a name: "an agreement with G.S. Long for"
    protected = re.sub(rf"\b([A-Z][.{_DOT}][A-Z])\.(?= (?!{_OPENS_A_SENTENCE})[A-Z][a-z]+ [a-z])",
                       r"\1" + _DOT, protected)
    # initials opening a name after a dateline or a comma: "-- M.A.S. Construction Ltd."
    protected = _INITIALS_OPEN_A_NAME.sub(r"\1" + _DOT, protected)
    # A middle initial: "Andrew S. Klein".
    protected = re.sub(r"(\b[A-Z][a-z]+ [A-Z])\.(?= [A-Z][a-z])", r"\1" + _DOT, protected)
    # or one after a word in lower case: "its high-purity K. Hill project"
    protected = re.sub(rf"(\b[a-z][\w-]* [A-Z])\.(?= (?!{_OPENS_A_SENTENCE})[A-Z][a-z]+ [a-z])",
                       r"\1" + _DOT, protected)
    parts = _BOUNDARY.split(protected)
    out = []
    for part in parts:
        sentence = " ".join(part.replace(_DOT, ".").split())
        if sentence:
            out.append(sentence)
    return out


_INITIALS_OPEN_A_NAME = re.compile(
    rf"(?=[A-Z]{_DOT})(?:(?<=^)|(?<=--\s)|(?<=,\s)|(?<=\())((?:[A-Z]{_DOT})+[A-Z])\.(?=\s(?!{_OPENS_A_SENTENCE}|"
    r"(?:In|As|A|An|At|On|For|With|By|To)\b)[A-Z])", re.MULTILINE)


_TRAILING_LEGAL_FORM = re.compile(
    rf"(?:(?<!\s&)(?<!\sand),?\s+(?:{LEGAL_FORM}|Incorporated|LP|LLP|PLC|Pty|Pte|S\.A|N\.V|B\.V|"
    rf"S\.p\.A)\.?)+$")


def without_legal_form(name: str) -> str:
    """'Koito Manufacturing Co., Ltd.' -> 'Koito Manufacturing': the name a company goes by
    ('Glowpath & Co.' keeps its 'Co.')."""
    short = _TRAILING_LEGAL_FORM.sub("", name)
    return short if short.strip() else name


def normalize_company(name: str) -> str:
    """'Acme Robotics, Inc.' -> 'acme robotics': case, punctuation and legal suffixes dropped."""
    text = re.sub(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\b)", "", name.strip())  # B.V. -> BV.
    text = text.strip(".,;:")
    previous = None
    while previous != text:
        previous = text
        text = _SUFFIX.sub("", text).strip().strip(",")
    text = re.sub(r"[^\w&+ ]+", " ", text.lower())
    text = re.sub(r"\s&\s", " and ", f" {text} ")  # "Finn & Form" is "Finn and Form"
    return " ".join(text.split())


_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .,'/-]{1,60}?,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"\s*(?:/[^/]{2,40}/)?\s*(?:--|—|–|-)\s*")
_WIRE_PREFIX = re.compile(r"^.{0,80}?/\s?[A-Za-z][A-Za-z .]{1,30}/\s*(?:--|—|–|-)?\s*")


# An opening with a year in it, closed by a dash after the date and time: 'Brandon, Florida
# (Newsworthy.ai) Thursday Dec 28, 2023 @ 7:00 AM Eastern — TMS ...'.
_DATED_OPENING = re.compile(r"^[^!?]{0,160}?\b(?:19|20)\d\d\b(?:[,.]?\s*(?![a-z])[^\s!?]+){0,8}?"
                            r"\s(?:--|—|–|-)\s+")
# "(July 31, 2024)— Acme ..."
_BRACKETED_DATE = re.compile(r"^\([A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\)\s*(?:--|—|–|-)\s*")
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
         r"December)")
# "London, April 30th – X10 ...": a place and a day without the year
_DAY_OPENING = re.compile(rf"^(?:[A-Z][A-Za-z .]{{1,40}},\s+)?{MONTH}\s+\d{{1,2}}"
                          r"(?:st|nd|rd|th)?\s*(?:--|—|–|-)\s*")
# A wire's brand before a headline: "InvestorNewsBreaks – Acme Corp (NASDAQ: ACME) Expands"
_WIRE_BRAND = re.compile(r"^[A-Z]\w*NewsBreaks?\s+[–—-]\s+")
# What may still stand before the text once the date is gone: 'Orlando, FL — '.
_PLACE = re.compile(r"[A-Z][A-Za-z .]{1,30},\s*[A-Z][A-Za-z.]{1,15}\s*(?:--|—|–|-)\s+")


def strip_dateline(sentence: str) -> tuple[str, int]:
    """'BOSTON, March 3, 2026 /PRNewswire/ -- Acme ...' -> ('Acme ...', offset of 'Acme')."""
    for pattern in (_DATELINE, _WIRE_PREFIX, _DATED_OPENING, _BRACKETED_DATE, _DAY_OPENING,
                    _WIRE_BRAND):
        match = pattern.match(sentence)
        if match:
            place = _PLACE.match(sentence, match.end())
            end = place.end() if place else match.end()
            return sentence[end:], end
    return sentence, 0


_NAME_TOKEN = (r"(?:[A-Z][\w'’.&-]*\+?|\d{2,4}(?=\s[A-Z][A-Za-z])"
               r"|(?<=[a-z]\s)\d{1,4}(?=\s(?:and|&)\s[A-Z])"  # "Element 25 and Veolia partner"
               # "Rare Whisky 101, a spirits exchange", "Motel 6 brands" (not a year: four digits)
               r"|(?<=[A-Za-z]\s)\d{1,3}(?![\w.,/%-]*\d)(?=[,;:)]|\.\s|\.?$|\s[a-z])"
               r"|[0-9][\w.&-]*[A-Za-z][\w.&-]*"
               r"|(?<![\w'’.-])(?:[a-z]{1,3}-?|[a-z]{4,10})[A-Z][\w.&-]*"  # "eBay", "edgeX"
               r"|[a-z][\w-]*\.(?:com|ai|io|co|net|org)\b"
               r"|(?<=[A-Za-z]\s)\d{1,2}/\d{1,2}(?=\s[A-Z][a-z]))")  # "Action 24/7 Sportsbook"
# "acquire Bengal Mining Pty Ltd. Bengal, through its subsidiary": a legal form with its stop
# ends the name in running text, not before another legal form ("Acme Co. Ltd.", "Acme Co. AKA
# Globex") or in a title-case headline ("Acme Supply Co. To Globex Industries")
_NAME_JOINER = (r"(?:\s(?:&|and|of|of\sthe|de|der|for|for\sthe)\s|\s(?!And\s)"
                r"(?:(?<!\.\s)|(?<=\.\s)(?<!\bInc\.\s)(?<!\bLtd\.\s)(?<!\bCorp\.\s)(?<!\bCo\.\s)|"
                r"(?:(?<=\bInc\.\s)|(?<=\bLtd\.\s)|(?<=\bCorp\.\s)|(?<=\bCo\.\s))"
                rf"(?=(?:{LEGAL_FORM}|AKA|aka|DBA|dba|d/b/a)\b|[A-Z][\w'’.&-]*\s+[A-Z]))|-)")
COMPANY_NAME = re.compile(rf"{_NAME_TOKEN}(?:{_NAME_JOINER}{_NAME_TOKEN})*")
# "Today, Acme ...", "Two of Acme's business units ..."
_LEADING_NOISE = re.compile(r"^(?:Today,?\s|Now,?\s|Recently,?\s|The\s(?=[A-Z])|(?:One|Two|Three|Four|Five|"
                            r"Some|Several|Many|Most|Each|Both)\s+of\s+(?:the\s+)?(?=[A-Z]))")


# In a title-case headline the verb is capitalised too: a name ends where one starts.
_HEADLINE_VERB = re.compile(
    # an adverb before the verb: "Acme Proudly Announces"
    r"\s(?:(?:Proudly|Officially|Successfully|Formally|Innovatively|Quietly|Strategically|Newly)"
    r"(?=\s+[A-Z]|$)|(?:Aiming|Looking|Seeking|Poised|Intends|Plans|Aims|Seeks|Hopes|Expects)"
    r"(?=\s+[Tt]o\b)|Steps(?=\s+Down\b)|"
    r"Announces?|Announced|Celebrates|Launch(?:es|ed)?|Unveils|Releases|Introduces|"
    # "Partners" ends a name ("Fenwick Capital Partners today said") unless "with" follows
    r"Partners?(?=\s+(?i:with|to|on|in)\b)|Secures|Raises|Acquires|Appoints|Names|Expands|Opens|"
    r"Signs|Wins|Completes|Rebrands|Renames|Transforms|"
    r"Reports|Joins|Debuts|Files|Enters|Receives|Selects|Takes|Begins|Sets?|Buys|To|Is|Are|Will|"
    r"Has|Have|Adds|Hires|Welcomes|Closes|Achieves|Marks|Offers|Teams|Collaborates|"
    r"Introduce|Rolls|Brings|Deploys|Goes|Lands|Named|Appointed|Promoted|Honored|Recognized|"
    r"Beats|Posts|Passes|Surpasses|Reaches|Tops|Exceeds|Crosses|Continues|Sees|Makes|Gets|Inks|"
    r"Forges|Strikes|Grand\s+(?:Re-?)?Opening|Showcases|Executes|"
    # "Comcast Awards $50,000 to ...", not "Comcast Awards Gala"
    r"(?:Awards|Donates|Invests|Pledges|Commits)(?=\s+(?:[$€£\d]|[Aa]n?\s|[Tt]he\s))|"
    r"Doubles|Triples|Breaks|Moves|Relocates|Appoint|Bolsters|Strengthens|Leads|Tapped|Taps|"
    r"Elected|Grows|Accelerates|Participates|Established|Advances|Hosts|Highlights|"
    r"Provides|Nears|Eyes|Reveals|Gears|Powered|Backed|Owned|Supported|"
    r"Boosts|Enhances|Improves|Empowers|Unlocks|Elevates|Upgrades|Targets|Supercharges|"
    # "Acme Simplifies Billing", "Acme Revolutionizes Payroll"
    r"[A-Z][a-z]+(?:izes|ises|ifies)(?=\s+[A-Z])|"
    # "JumpTech Reimagines and Launches": any verb joined to a launch
    r"[A-Z][a-z]{3,}s(?=\s+and(?:\s*$|\s+(?:Launches|Unveils|Introduces|Announces|Expands|"
    r"Acquires)\b)))"
    r"\b.*$")


def cut_at_headline_verb(name: str, following: str = "") -> str:
    """'BitMart Celebrates Blast TGE' -> 'BitMart'. `following` is the text after the name,
    which tells the verb "Partners with" from the name "Capital Partners"."""
    text = name + following[:8]
    # an all-caps headline ("DEEPTECH ANNOUNCES OPENING") is read in title case, same length
    verb = _HEADLINE_VERB.search(text.title() if text.isupper() else text)
    return name[:verb.start()] if verb and 0 < verb.start() < len(name) else name


def headline_subject(clause: str) -> str | None:
    """The name a title-case headline clause opens with, when a capitalised verb ends it:
    'Acme Group Expands in Arlington with' -> 'Acme Group' (not 'Arlington')."""
    match = COMPANY_NAME.match(clause)
    if not match:
        return None
    cut = cut_at_headline_verb(match.group(0), clause[match.end():])
    # "Bitdeer (NASDAQ: BTDR) Secures ...": the verb follows the ticker
    ticker = _TICKER_AFTER.match(clause, match.end())
    if cut == match.group(0) and ticker:
        # "Mullen (NASDAQ: MULN) Subsidiary Secures": the subsidiary is the company's
        rest = re.sub(r"^(?:Subsidiary|Unit|Division)\b", "", clause[ticker.end():].strip())
        if rest and not _HEADLINE_VERB.match(" " + rest.lstrip()):
            return None
        return re.sub(r"^The\s+", "", match.group(0))  # a name with a ticker is a company's
    if cut == match.group(0) and (by := _BY_A_NAME.match(clause, match.end())):
        # "Braids by So So Pretty LLC Now Open", "Massage by Lilly Opens at": one shop's name
        return None if clause[by.end():].strip() else cut_at_headline_verb(clause[:by.end()].rstrip())
    return cut if cut != match.group(0) else None


_BY_A_NAME = re.compile(r"\s+by\s+(?:" + COMPANY_NAME.pattern + r")\s*")


# A ticker in brackets after a name: "(NASDAQ: BTDR)", "(GMGI)"
TICKER = r"\s*\((?:[A-Z]+:\s*)?[A-Z][A-Z\d.]{0,5}\)"  # "(FRA: GDT0)"
_TICKER_AFTER = re.compile(rf"(?:{TICKER})+")


def leading_name(clause: str) -> tuple[str, int] | None:
    """The company-like name a clause starts with, and where it starts."""
    offset = 0
    noise = _LEADING_NOISE.match(clause)
    if noise:
        offset = noise.end()
    match = COMPANY_NAME.match(clause, offset)
    if not match:
        return None
    name = cut_at_headline_verb(match.group(0).rstrip("."), clause[match.end():])
    name = re.sub(r"(?:\s(?:and|of|&))+$", "", name).rstrip("'’")  # "Acme Brands’ units"
    if name == match.group(0) and (by := _BY_A_NAME_DESCRIBED.match(clause, match.end())):
        name += by.group(1)  # "Hormones by Design, a Forum Health provider, has": one name
    return name, match.start()


_BY_A_NAME_DESCRIBED = re.compile(rf"(\s+by\s+{COMPANY_NAME.pattern})(?=,\s+(?:a|an|the)\s)")


# Where a company is from or who backs it, opening its name: "Dallas-based Quillon"
WHERE_FROM = re.compile(r"^\S+-(?i:based|backed)\s+(?=[A-Z0-9])")


# Words that describe a company before its name: "MN tech startup Roy", "Fintech Leader Acme".
_DESCRIPTOR = re.compile(
    r"^(?:.*\s)?(?:start-?up|company|firm|provider|maker|builder|developer|leader|pioneer|innovator|"
    r"platform|unicorn|scale-?up|subsidiary|brand|manufacturer|retailer|operator|chain|agency|"
    r"specialist|supplier|distributor|producer|explorer|lender|insurer|giant|manager|CRO|CDMO|"
    r"team|club|site|"
    r"(?:gold|silver|platinum|premier|elite|certified|preferred)\s+partner|"
    r"[\w]+-(?:based|backed|powered|driven))\s+"
    r"(?=[A-Z0-9]|(?-i:[a-z]{1,2}[A-Z]))", re.IGNORECASE)  # or "iCoreConnect"


# (not "CRO": in "Clinical CRO A2 Healthcare" it is a contract research organisation)
_TITLE = re.compile(r"\s+(?:CEO|CFO|COO|CTO|CMO|Chairman|Chair|President|Founder|Co-Founder|"
                    r"Chief\s+\w+(?:\s+\w+)?\s+Officer|Vice\s+President|[ES]?VP|"
                    r"Managing\s+Director|Head\s+of|Director\s+of|General\s+Manager|"
                    r"(?:Co-)?Owner(?=\s+[A-Z][a-z]+\s+[A-Z]))\b.*$")


def without_title(name: str) -> str:
    """'Acme Robotics CEO Jane Roe' -> 'Acme Robotics'."""
    return _TITLE.sub("", name) or name


def owner(name: str) -> str:
    """'Globex's Banking Program' -> 'Globex': a possessive names who owns the rest."""
    return re.sub(r"['’]s\b.*$", "", name).strip()


# "Dear Ivy Holding Co. AKA Ivy Global": the name a company trades under follows its legal one
_ALSO_KNOWN_AS = re.compile(r"^.+?\s+(?:AKA|aka|a/k/a|d/b/a|dba|DBA)\s+(?=[A-Z0-9])")


def trade_name(name: str) -> str:
    """'Dear Ivy Holding Co. AKA Ivy Global' -> 'Ivy Global'."""
    return _ALSO_KNOWN_AS.sub("", name)


# "Exit Factor franchise", "Silex Holdings Division": a unit of the company the name says
_UNIT_AFTER = re.compile(r"(?<=\w)\s+(?i:franchise|division)$")


def without_descriptor(name: str) -> str:
    """'MN Tech Startup Roy' -> 'Roy'; a name with no descriptor word is left as it is, and
    so is one whose descriptor is part of it ('Solano Law Firm LLC'). A legal name before
    'AKA' or 'd/b/a' gives way to the trade name after it, and a unit after the name
    ('Exit Factor franchise') gives way to the name."""
    name = _UNIT_AFTER.sub("", trade_name(name))
    stripped = _DESCRIPTOR.sub("", name)
    # a descriptor that opens the name alone is part of it ("Brand Engagement Network"),
    # unless it says what the company is ("Startup Roy")
    prefix = name[: len(name) - len(stripped)].strip()
    if re.search(r"['’]s\s", prefix):
        return name  # "Tally's Solar-Powered Farms" are Tally's
    alone = " " not in prefix
    powered = re.match(r"\w+-(?:powered|driven)\s", name, re.IGNORECASE)  # "AI-Driven Tally"
    if alone and not (powered or WHERE_FROM.match(name)
                      or re.match(r"(?i)start-?up|unicorn|scale-?up|subsidiary", name)):
        return name
    # what is left must start like a name, a capital or a number ("Brand 40 Tons" is 40 Tons)
    starts_a_name = stripped[:1].isupper() or stripped[:1].isdigit() \
        or bool(re.match(r"[a-z]{1,2}[A-Z]", stripped))
    if stripped == name or not starts_a_name or is_legal_form(stripped):
        return name
    return re.sub(r"(?<=\w)\s+(?:App|Platform)$", "", stripped) if powered else stripped


def is_legal_form(word: str) -> bool:
    """'LLC', 'Ltd.': a legal form alone, no name."""
    return word.lower().strip(".,") in LEGAL_SUFFIXES


_LOWERCASE_TAIL = re.compile(r"(?:\s+(?:[a-z][a-z'’-]*|\([^)]*\)))+\s*$")


_ENDS_ON_A_CONJUNCTION = re.compile(r"\s(?:While|Whilst|As|After|Before|Since|Until|When|Upon)$")


def trailing_name(clause: str) -> tuple[str, int] | None:
    """The company-like name a clause ends with once its lower-case tail is dropped:
    'Fintech leader Acme Pay is pleased to' -> 'Acme Pay'; and where it starts."""
    clause = clause.rstrip(" ,")
    tail = _LOWERCASE_TAIL.search(clause)
    clause = clause[: tail.start()] if tail else clause
    best = None
    for match in COMPANY_NAME.finditer(clause):
        if match.end() >= len(clause.rstrip(".")) - 1:
            best = match
    # "... services throughout Texas and will": a name after a preposition is an object, and
    # so is one the company owns ("is expanding its national Microsoft Dynamics practice by")
    if best is None or re.search(r"\b(?:in|at|throughout|across|to|from|for|with|into|on|by|"
                                 r"near|around|within)\s+(?:the\s+)?$|\b(?:its|their)\s+"
                                 r"(?:[a-z][\w-]*\s+){0,2}$", clause[:best.start()]):
        return None
    name, start = best.group(0), best.start()
    if _ENDS_ON_A_CONJUNCTION.search(name):
        return None  # "Completing Its Sensor Technology While Uplisting": the headline's own
    # "The Harbor Hub today announced"; in a title-case headline "The Perfect Grinder" is no name
    noise = _LEADING_NOISE.match(name)
    if noise and (tail or noise.group(0).startswith("Recently")):  # "Recently Acme completed"
        name, start = name[noise.end():], start + noise.end()
    return cut_at_headline_verb(name.rstrip("."), clause[best.end():]), start
