"""Who a release is about: its own company, the full, defined and legal names it writes, the
people it introduces by title and the products it names as its company's."""

from __future__ import annotations

import re

from .detectors.base import OPENING_PHRASE, is_company_like
from .model import Document
from .text import (
    COMPANY_NAME,
    LEGAL_FORM,
    WHERE_FROM,
    leading_name,
    normalize_company,
    strip_dateline,
    without_descriptor,
    without_title,
)


def is_a_common_word(document: Document, name: str) -> bool:
    """Is this one-word subject a word the document also writes in lower case ('Expenses in
    Q3 rose', 'Classic car owners')? A name is not written so."""
    return bool(re.fullmatch(r"[A-Z][a-z]+", name)) and re.search(
        rf"(?<![\w./@-]){name.lower()}(?![\w@/-]|\.\w)", document.text) is not None


def is_a_phrase(document: Document, name: str) -> bool:
    """Does the document write every word of this supposed name in lower case too
    ('Lowering Store Costs', 'Thank Retiring')? A person's name is not written so."""
    return all(re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", document.text)
               for word in name.split() if not re.fullmatch(r"[A-Z]\.", word))


# ("Executive chairman Harry Roe": a title is one in lower case too, one person's)
_TITLES = (r"(?:CEO|CFO|COO|CTO|[Pp]resident|[Ff]ounder|[Cc]o-[Ff]ounder|[Cc]hairman|[Cc]hairwoman|"
           r"[Cc]hair|[Dd]irector|[Oo]fficer|Dr\.|Mr\.|Ms\.|Mrs\.|entrepreneur)(?![a-z])")


# "Licensed Cosmetologist Jane Roe opens ...": a trade before a first and last name
_OCCUPATION = re.compile(r"(?:Licensed\s+|Certified\s+|Master\s+)?(?:Cosmetologist|Stylist|"
                         r"Hairstylist|Beautician|Barber|Esthetician|Therapist|Attorney|Coach|"
                         r"Chef|Artist|Photographer|Realtor|Nurse|Dentist|Author|Actor|Actress|Singer|"
                         r"Songwriter|Musician|Rapper|Writer|Novelist|Poet|Comedian|Filmmaker)"
                         r"\s+[A-Z][a-z]+\s+[A-Z]")


_PREPOSITION = (r"(?:Before|After|At|For|With|About|From|Since|Until|In|On|By|Joining|Leaving|"
                r"Like|Unlike|Across|Within|Inside|Outside|Beyond|Under|Over|Through|Prior)")


def is_a_person(document: Document, name: str) -> bool:
    """Is this subject someone the document introduces by title ('CEO Nora Biel', 'Nora
    Biel, the founder', 'Dr. Nora Biel'), or the surname of such a person?"""
    if re.match(r"(?i:Dr|Mr|Ms|Mrs)\.\s", name) or _OCCUPATION.match(name):
        return True
    if len(name.split()) > 3 or _CORPORATE_END.search(name):  # "CEO Acme Group" names a firm
        return False
    text = f"{document.title} | {document.text}"
    # Each mention of the name is looked at with fixed patterns: a pattern built around the
    # name would be compiled afresh for every name of every document.
    introduced = spoken_of = False
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if " " in name:
            opening = start
        else:  # a surname after a first name, not a preposition ("Before Acme, Roe served")
            first = _FIRST_NAME_BEFORE.search(text, max(0, start - 40), start)
            bounded = end == len(text) or not (text[end].isalnum() or text[end] == "_")
            opening = first.start() if first and bounded else None
            # "Tenorio recently opened her new shop", of the Carla Tenorio it introduced
            introduced = introduced or opening is not None
            spoken_of = spoken_of or bool(bounded and _PRONOUN_AFTER.match(text, end))
        titled = opening is not None and _TITLE_BEFORE.search(text, max(0, opening - 60), opening)
        # "said Tammy Livers, President World Electric": the title of someone named before it
        if (titled and not _SOMEONES_TITLE_BEFORE.search(text, max(0, opening - 80), opening)) \
                or (opening is not None and _TITLE_AFTER.match(text, end)):
            return True
        start = text.find(name, start + 1)
    return introduced and spoken_of


# a pronoun soon after, past lower-case words that are no title ("Acme founder and his" is
# the company's)
_PRONOUN_AFTER = re.compile(r"\s+(?:(?!founder|co-founder|chairman|president|owner|director|"
                            r"head|ceo)[a-z]+\s+){0,3}(?:her|his|she|he)\b")
_TITLE_BEFORE = re.compile(rf"{_TITLES}\s+(?:Dr\.?\s+)?$")
# (not "Acme, with Globex co-founder Jane Roe as its CEO", nor "Prior to joining Acme, Mr. Hall
# worked": a clause, no apposition)
_TITLE_AFTER = re.compile(rf",\s+(?!(?:with|and|as|while|whose|where|when)\s|(?:Dr|Mr|Ms|Mrs)\.)"
                          rf"(?:the\s+|its\s+|our\s+)?(?:[\w'’-]+\s+){{0,3}}?{_TITLES}")
_SOMEONES_TITLE_BEFORE = re.compile(rf"[A-Z][a-z]+\s+[A-Z][a-z'’-]+(?:,\s*|[ \t]{{2,}})"
                                    rf"(?:[\w-]+\s+(?:and|&)\s+)?{_TITLES}\s+$")
_FIRST_NAME_BEFORE = re.compile(rf"(?!{_PREPOSITION}\b)[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?$")


# "Northlight Media, the operator of the comics platform Inkpot", "Northlight ... in its new
# reader platform, Inkpot": a product the release's own company runs.
_PRODUCT_OF = re.compile(
    r"\b(?:operator|maker|creator|developer|owner|publisher|parent(?:\s+company)?)\s+of\s+"
    r"(?:the\s+)?(?:(?!for\b|to\b|with\b|in\b|on\b|by\b)[\w-]+\s+){0,5}?"
    r"(?P<a>[A-Z][\w.&-]+(?:\s[A-Z][\w.&-]+){0,2})"
    r"|\b(?:its|their)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:platform|app|brand|game|marketplace|"
    r"service|product|protocol|network),?\s+(?P<b>[A-Z][\w.&-]+(?:\s[A-Z][\w.&-]+){0,2})")


_SUBJECT_FOLLOWS = re.compile(rf"[®™]?(?:,?\s+{LEGAL_FORM}\.?)?(?:,\s+(?:the|a|an)\s|"
                              r"\s+(?:is|are|has|have|today|announced|announces)\b)")


def owners_of_products(document: Document, lines: list[str]) -> dict[str, str]:
    """Names the release's first sentence gives as products of its own company, each with
    that company: an event the headline gives to the product is the company's."""
    body = lines[1:] if document.title else lines
    first = next((line for line in body[:3] if len(line.split()) > 8), None)
    if first is None or not _PRODUCT_OF.search(first):
        return {}
    clause = strip_dateline(first)[0]
    found = leading_name(clause)
    # the company is what the sentence is about: "Northlight Media, the operator of ...",
    # "Northlight Media Limited is thrilled to ..."
    if not found or not _SUBJECT_FOLLOWS.match(clause, found[1] + len(found[0])):
        return {}
    company = without_title(without_descriptor(found[0]))
    return {product: company for match in _PRODUCT_OF.finditer(first)
            if (product := (match.group("a") or match.group("b")).rstrip(".")) != company}


_DEFINED = re.compile(r"(?P<long>" + COMPANY_NAME.pattern + rf"(?:,?\s+{LEGAL_FORM}\.?)*),?\s+"
                      r"\((?:the\s+)?[“\"']?"
                      r"(?P<short>[A-Z][\w&.+-]{1,20}(?:\s[A-Z][\w&.+-]{1,20}){0,2})[”\"']?"
                      r"(?:\s+or\s+[^)]{0,40})?\)")


def defined_names(document: Document) -> dict[str, str]:
    """Short names a document defines: 'The Lakeview Network (LNOC)' -> {'LNOC': ...},
    'Framework Technology Quantum (Framework Tech)' -> {'Framework Tech': ...}."""
    return {match.group("short"): _HEADING_RUN_ON.sub(r"\1", re.sub(
                r"^(?:The|About)\s+", "", WHERE_FROM.sub("", match.group("long"))))
            for match in _DEFINED.finditer(document.text[:5000])
            if len(match.group("long")) > len(match.group("short"))
            and _could_stand_for(match.group("short"), match.group("long"))}


def _could_stand_for(short: str, long: str) -> bool:
    """'GEMA' may stand for 'Global Entertainment Marketing Academy' and 'Huayi' for 'Shenzhen
    Huayi Cinemas'; 'CSD' does not for 'Deaf', all that was read of 'Communication Service for
    the Deaf'."""
    return short[0].lower() in {word[0].lower() for word in long.split()}


# "About AcmeAcme (ACM) is", "About Acme Pay Acme Pay (AP) is": a heading run into the
# sentence it heads
_HEADING_RUN_ON = re.compile(r"^([A-Z]\w{2,}(?:\s[A-Z]\w*)*)\s?\1$")


def legal_names(document: Document, own_company: str | None) -> list[str]:
    """Names that can complete a short one: those the document writes with a legal suffix
    ('Harbor Roller Technologies Inc.'), and the release's own name when what it adds is
    corporate ('Polaris' -> 'Polaris Minerals', never 'Ridge Materials Executive')."""
    own = [own_company] if own_company and _CORPORATE_END.search(own_company) else []
    return own + [name for match in _LEGAL_NAME.finditer(document.text[:5000])
                  if ". " not in (name := match.group("name")) and len(name.split()) <= 5]


_LEGAL_NAME = re.compile(r"(?P<name>" + COMPANY_NAME.pattern + rf"),?\s+{LEGAL_FORM}\b")
_CORPORATE_END = re.compile(r"\s(?:Resources|Technolog(?:y|ies)|Holdings|Group|Labs|Systems|"
                            r"Solutions|Industries|International|Mining|Energy|Therapeutics|"
                            r"Pharmaceuticals|Software|Networks|Capital|Ventures|Enterprises|"
                            r"Company|Inc|Ltd|Limited|Corp|Corporation|LLC|plc|AG|GmbH|SA)\.?$")


def full_names(names: list[str], defined: dict[str, str] | None = None,
               others: list[str] = ()) -> dict[str, str]:
    """Each name, or the longest name of the document it is the start of: a headline's
    'Polaris' is the body's 'Polaris Minerals Ltd', and a short name the document
    defines ('LNOC') is the name it stands for."""
    expanded = {name: (defined or {}).get(name, name) for name in names}
    candidates = list(dict.fromkeys([*expanded.values(), *others]))
    words = {name: normalize_company(name).split() for name in candidates}

    # a short name the document defines counts too: "MOSTe and GEMA" after "... Academy (GEMA)"
    named = {" ".join(normalize_company(name).split()) for name in [*candidates, *names]}

    def joined_with_another(name: str, other: str) -> bool:
        """'Acme Hotels and Globex' (or 'Acme & Co. and Globex') is two parties when Globex
        is named on its own too."""
        rest = words[other][len(words[name]):]
        return any(word in ("and", "&") and " ".join(rest[at + 1:]) in named
                   for at, word in enumerate(rest))

    def longest(name: str) -> str:
        return max((other for other in candidates
                    if words[name] and words[other][:len(words[name])] == words[name]
                    and not re.search(r"['’]s\b", other)  # "Acme's Labs" is not Acme
                    and not joined_with_another(name, other)),
                   key=lambda other: len(words[other]), default=name)

    return {name: longest(expanded[name]) for name in names}


_LEGAL_SUFFIX = re.compile(rf",?\s+{LEGAL_FORM}\b")


def primary_company(document: Document, lines: list[str]) -> str | None:
    """The company a press release is by: the name its first sentence opens with (after the
    dateline), else the name its headline opens with."""
    body = lines[1:] if document.title else lines
    # A short line without a full stop is the headline running on, not the first sentence.
    first = next((line for line in body[:3] if len(line.split()) > 8 or line.endswith(".")),
                 None)
    names = [name for text in (first, document.title) if (name := _opening_company(document, text))
             and not _a_common_opening(document, text, name)]
    # "Renowned Wellness Endeavor, Onsite Group, has added": a description opens the sentence
    # and the headline's company stands in it
    if len(names) == 2 and names[0] not in document.title and f", {names[1]}," in (first or ""):
        return names[1]
    return names[0] if names else None


def _a_common_opening(document: Document, line: str, name: str) -> bool:
    """'Equipment will expand capacity at Lena', 'Travel agents are out of style': a body line
    opened by a word the document writes in lower case at least as often ('stay tuned to
    tanggula!' once is a brand's style)."""
    if line == document.title or not re.fullmatch(r"[A-Z][a-z]+", name):
        return False
    in_lower_case = re.findall(rf"(?<![\w./@-]){name.lower()}(?![\w@/-]|\.\w)", document.text)
    return len(in_lower_case) >= document.text.count(name)


def _opening_company(document: Document, text: str | None) -> str | None:
    clause, _ = strip_dateline(text or "")
    opening = OPENING_PHRASE.match(clause)  # "Even as 2026 winds down, Acme is"
    clause = clause[opening.end():] if opening else clause
    found = leading_name(clause)
    # "New Harbor Helium, Inc." is a company whatever its first word
    if found and (is_company_like(found[0])
                  or _LEGAL_SUFFIX.match(clause, found[1] + len(found[0]))) \
            and not is_a_person(document, found[0]):
        # "Acme Labs’ Director", "Acme Labs & CEO Jane Roe"
        name = without_title(without_descriptor(found[0])).rstrip("'’")
        return re.sub(r"(?:\s(?:and|&))+$", "", name)
    return None
