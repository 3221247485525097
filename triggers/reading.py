"""Reading one document: every detector over every sentence, then linking and merging."""

from __future__ import annotations

import re
from dataclasses import replace

from whynow.ids import stable_id

from .detectors import TextDetector
from .linking import AccountIndex
from .model import Document, Event, Evidence, Finding, Span
from .money import home_currency
from .names import (
    defined_names,
    full_names,
    is_a_common_word,
    is_a_person,
    is_a_phrase,
    legal_names,
    owners_of_products,
    primary_company,
)
from .text import (
    normalize_company,
    sentences,
    strip_dateline,
    without_descriptor,
    without_legal_form,
)
from .typing import SentenceTyper

# News is announced in the lead; what comes later is background, boilerplate and history.
LEAD_SENTENCES = 12


def read_document(document: Document, detectors: list[TextDetector],
                  accounts: AccountIndex, typer: SentenceTyper | None = None) -> list[Event]:
    """The events a document reports, each about one company, with its evidence. Events of
    a watchlist account carry its account_id; others carry only the company name. With a
    typer, the embedding model must agree that a candidate sentence reports its event."""
    lines = lead(document)
    return events_from(document, lines, find_candidates(lines, detectors), accounts, typer)


Candidate = tuple[TextDetector, Finding]


def lead(document: Document) -> list[str]:
    """The headline and the lead sentences: where a release announces its news."""
    body = sentences(document.text)[:LEAD_SENTENCES]
    return [document.title, *body] if document.title else body


# Crypto token sales and listings are not how a B2B account buys (TRIGGERS.md): a sentence
# about one reports no event, whatever its verbs say.
TOKEN_SALE = re.compile(r"\b(?:pre-?sale|token\s+(?:sale|generation\s+event|listing)|"
                        r"(?:token|coin)\s+(?:debuts|lists|is\s+listed|goes\s+live)\s+on|"
                        r"initial\s+coin\s+offering|meme\s?coins?|airdrops?)\b|\b(?:ICO|TGE)\b",
                        re.IGNORECASE)
# A token launched is one sold: "Launches $THREE Token", "the launch of its native token",
# "Wrapped Dog ($wDOG) Launches", "BANKSY Token Launches", "token is set to Launch" (read
# only where "token" or "$" is)
TOKEN_LAUNCH = re.compile(r"\b(?:launch|introduc|unveil|debut)\w*\s+(?:of\s+)?(?:(?:its|the|an?)\s+)?"
                          r"(?:[\w-]+\s+){0,3}?(?:\$[a-z]\w*|tokens?\b(?!-|\s+launchpad))|"
                          r"(?:\$[a-z]\w*\)?|\btokens?)\s+(?:token\s+)?"
                          # "Gaming token is set to Launch on Top Exchanges"
                          r"(?:(?:is|are)\s+)?(?:(?:set|about|ready|poised)\s+)?(?:to\s+|will\s+)?"
                          r"(?:launch(?!pad)|introduc|unveil|debut)", re.IGNORECASE)


# Hearsay is not the company's news: "According to sources, Acme plans to acquire Globex".
HEARSAY = re.compile(r"\b(?:according\s+to\s+(?:sources|people\s+familiar|media\s+reports)|"
                     r"reportedly|rumou?r(?:s|ed)|sources\s+(?:say|said|close\s+to))\b",
                     re.IGNORECASE)


def reports_no_event(line: str, lowered: str) -> bool:
    """A token sale or launch, or hearsay: whatever its verbs say, no event."""
    return bool(TOKEN_SALE.search(line) or HEARSAY.search(line) or (
        ("token" in lowered or "$" in line) and TOKEN_LAUNCH.search(line)))


def find_candidates(lines: list[str], detectors: list[TextDetector]) -> list[Candidate]:
    """What the detectors' cues and patterns find in a document's `lead` lines."""
    return [(detector, finding) for position, line in enumerate(lines)
            for lowered in (line.lower(),)
            if not reports_no_event(line, lowered)
            for detector in detectors if position <= detector.lead_sentences
            for finding in detector.find(line, lowered)]


def needs_model(document: Document, detector: TextDetector, finding: Finding) -> bool:
    """Must the model confirm this candidate? Not when its cue names the event outright,
    nor in the headline (it is the news)."""
    return not (detector.names_outright(finding) or (detector.specific_in_headline
                                                     and finding.sentence == document.title))


def to_confirm(document: Document, candidates: list[Candidate]) -> list[str]:
    """The candidate clauses the model must read."""
    return list(dict.fromkeys(clause_of(finding) for detector, finding in candidates
                              if needs_model(document, detector, finding)))


def clause_of(finding: Finding) -> str:
    """What the model reads: the sentence, or the clause reported after "announced that" or
    opened by "Globex, which" (the announcer's words around it are not the event)."""
    span = finding.subject_span
    reported = span and (re.search(r"\b(?:that|how)\s+$", finding.sentence[:span.start])
                         or re.search(r",\s+(?:which|who)\s", finding.sentence[span.start:span.end]))
    return finding.sentence[span.start:] if reported else finding.sentence


# "In 2014, Jane Roe left the Navy to ...": a sentence that opens in an earlier year recalls
# history, which is no news (TRIGGERS.md).
_EARLIER_YEAR = re.compile(r"(?:In|Back\s+in|By|Since)\s+(?:(?:early|late|mid-?)\s*)?"
                           r"(?:[A-Z][a-z]+\s+(?:\d{1,2},\s+)?)?(?P<year>(?:19|20)\d\d)\b")


# "Last year, Bitget announced ...": the same, said without the year
_EARLIER_PERIOD = re.compile(r"(?:Last|Earlier\s+last)\s+(?:year|month|quarter|spring|summer|fall|"
                             r"autumn|winter)\b|(?:Previously|In\s+the\s+past|Prior\s+to)\b|"
                             # a career told: "During Sam's decade-long tenure, Globex raised"
                             r"(?:During|Throughout)\s+(?:his|her|their|\S+['’]s)\s+(?:[\w-]+\s+)?"
                             r"(?:tenure|time|career)\b")


def looks_back(document: Document, sentence: str) -> bool:
    opening_text = strip_dateline(sentence)[0].lstrip()
    if _EARLIER_PERIOD.match(opening_text):
        return True
    opening = _EARLIER_YEAR.match(opening_text)
    return bool(opening and document.published
                and int(opening.group("year")) < document.published.year)


def events_from(document: Document, lines: list[str], candidates: list[Candidate],
                accounts: AccountIndex, typer: SentenceTyper | None = None) -> list[Event]:
    """Confirm, link and merge a document's candidates (found in its `lead` lines) into
    events."""
    candidates = [candidate for candidate in candidates
                  if not looks_back(document, candidate[1].sentence)]
    if typer is not None and candidates:
        unique = to_confirm(document, candidates)
        similarity = dict(zip(unique, typer.similarities(unique), strict=True))
        candidates = [(detector, finding) for detector, finding in candidates
                      if not needs_model(document, detector, finding)
                      or typer.confirms(finding.reads_as or finding.type,
                                        similarity[clause_of(finding)])]
    if not candidates:
        return []
    candidates = [split for candidate in candidates for split in each_party(document, candidate)]
    merged: dict[tuple, tuple[TextDetector, Finding, str | None, str, float]] = {}
    own_company = primary_company(document, lines)
    context = " ".join((document.url, document.title, document.text))
    # Whose event a sentence that names no company reports, when another sentence names the
    # company for the same person: "Jane Roe has joined the Bank as" after "Acme Hires Jane Roe".
    named = {(finding.type, key): without_descriptor(finding.subject)
             for detector, finding in candidates
             if finding.subject and (key := detector.document_key(finding.fields))
             and not is_a_person(document, finding.subject)}
    resolved = []
    for detector, finding in candidates:
        finding = _with_subject(document, finding, own_company,
                                named.get((finding.type, detector.document_key(finding.fields))))
        person = finding.fields.get("person")
        if person and (person == finding.subject or is_a_phrase(document, person)):
            continue  # a person is not the company they join, nor words of a headline
        linked = link(finding, accounts, context)
        if linked is not None:
            resolved.append((detector, finding, *linked))
    if products := owners_of_products(document, lines):
        for finding in (finding for _, finding, *_ in resolved):
            if finding.fields.get("counterparty") in products:
                finding.fields["counterparty"] = products[finding.fields["counterparty"]]
        resolved = [(detector, finding, account_id,
                     company if account_id else products.get(company, company), confidence)
                    for detector, finding, account_id, company, confidence in resolved]
    unlinked = [company for *_, account_id, company, _ in resolved if not account_id]
    full = full_names(unlinked, defined_names(document) if unlinked else {},
                      legal_names(document, own_company) if unlinked else [])
    for detector, finding, account_id, company, confidence in resolved:
        company = company if account_id else _name_shown(document, full[company])
        if counterparty := finding.fields.get("counterparty"):
            counterparty = without_descriptor(counterparty)  # the name it goes by, in full
            finding.fields["counterparty"] = _name_shown(document, full.get(counterparty,
                                                                             counterparty))
        if normalize_company(finding.fields.get("counterparty") or "") == normalize_company(company):
            continue  # a company is never its own partner or buyer
        detector.enrich(finding, lines)
        if finding.fields.get("currency") == "USD" and (
                home := home_currency(" ".join(lines[:3]), finding.sentence)):
            finding.fields["currency"] = home
        # "River Logic" and "RiverLogic" in one release are one company
        company_key = account_id or normalize_company(company).replace(" ", "")
        key = (finding.type, company_key if detector.company_tells_apart else "",
               detector.document_key(finding.fields))
        if key not in merged:
            merged[key] = (detector, finding, account_id, company, confidence)
            continue
        _, first, *linked = merged[key]
        if first.sentence == document.title:
            # The body states it in full: its sentence and fields win over the headline's,
            # which fills what the body leaves out; the headline's company stays.
            fields = {**first.fields, **finding.fields, **_headline_total(first.fields,
                                                                          finding.fields)}
            merged[key] = (detector, replace(finding, fields=fields), *linked)
        else:
            for name, value in finding.fields.items():
                first.fields.setdefault(name, value)
    merged = _one_owner_per_amount(document, _fold_unnamed(_no_partner_bought(merged)))
    return [_event(document, *entry) for entry in merged.values()]


def _name_shown(document: Document, name: str) -> str:
    """The name a company goes by, without its legal form, and as the body writes it: an
    all-caps headline's 'EXIT FACTOR' is 'Exit Factor' (a name the company itself writes in
    capitals, 'NAVEX', stays)."""
    name = without_legal_form(name)
    if not name.isupper() or len(name) < 5:
        return name
    for match in re.finditer(rf"(?<![\w./@-]){re.escape(name)}(?![\w-])", document.text,
                             re.IGNORECASE):
        written = match.group(0)
        if not written.isupper() and not written.islower():  # not "www.roonyx.com" either
            return written
    return name


def _no_partner_bought(merged: dict[tuple, tuple]) -> dict[tuple, tuple]:
    """A company that acquires another in the release is not also its partner there ('has
    partnered with and acquired WerksGroup')."""
    def pair(entry: tuple) -> frozenset[str]:
        return frozenset((normalize_company(entry[3]),
                          normalize_company(entry[1].fields.get("counterparty") or "")))
    bought = {pair(entry) for key, entry in merged.items() if key[0] == "acquisition"}
    return {key: entry for key, entry in merged.items()
            if key[0] != "partnership" or pair(entry) not in bought}


def _headline_total(headline: dict, body: dict) -> dict:
    """The headline's round where the body names none, and its amount where the body's is
    another sum in the same currency: 'secures A$22 million' over the body's 'A$15 million
    debt facility' (a part) or its investor's '$70 billion' size. A body amount close to the
    headline's is the same, said exactly."""
    amount, other = headline.get("amount"), body.get("amount")
    # a round the headline names stays when the body names none ("strategic" is only what a
    # bare "investment" is taken for)
    kept = {"round": headline["round"]} if body.get("round") == "undisclosed" \
        and headline.get("round") not in (None, "undisclosed", "strategic") else {}
    if amount and other and headline.get("currency") == body.get("currency") \
            and abs(amount - other) > 0.1 * amount:
        kept["amount"] = amount
    return kept


def each_party(document: Document, candidate: Candidate) -> list[Candidate]:
    """'partners with Globex Labs and Initech', 'Acme and Globex Launch Harbor': one finding
    per party, where the release names each of them on its own too (so 'Procter and Gamble'
    stays one)."""
    detector, finding = candidate
    for field, name in (("counterparty", finding.fields.get("counterparty")),
                        ("subject", finding.subject if "counterparty" in finding.fields
                         or _act_together(finding) else None)):
        parts = _listed(document, name)
        if parts:
            return [(detector, replace(finding, fields={**finding.fields, "counterparty": part})
                     if field == "counterparty" else replace(finding, subject=part,
                                                              subject_span=None))
                    for part in parts]
    return [candidate]


def _act_together(finding: Finding) -> bool:
    """'Acme and Globex Announce', 'Acme and Globex to Open': two parties; 'Finn and Form
    Launches', 'Curves and Combatboots, LLC announces': one firm's name."""
    at = finding.sentence.find(finding.subject) if finding.subject else -1
    return at >= 0 and bool(_PLURAL_VERB.match(finding.sentence, at + len(finding.subject)))


# a verb after the parties, not one of a single party ("Launches", "has")
_PLURAL_VERB = re.compile(r"\s+(?:today\s+)?(?:to|(?!\w*s\b)(?!(?:of|for|in)\b)[A-Za-z]+)\b")


def _listed(document: Document, name: str | None) -> list[str]:
    parts = re.split(r"\s+and\s+", name or "")  # "X & Y" is most often one firm
    if len(parts) != 2 or parts[0] == parts[1] or not all(p[:1].isupper() for p in parts):
        return []
    rest = f"{document.title} {document.text}".replace(name or "", " ")
    return parts if all(re.search(rf"\b{re.escape(part)}\b", rest) for part in parts) else []


def _fold_unnamed(merged: dict[tuple, tuple]) -> dict[tuple, tuple]:
    """'Acme acquires Globex' and 'the acquisition' are one event: a finding that names no
    counterparty (or person) joins its company's event that does."""
    for key in [key for key in merged if not any(key[2])]:
        named = next((other for other in merged
                      if other[:2] == key[:2] and other != key and any(other[2])), None)
        if named is not None:
            for name, value in merged.pop(key)[1].fields.items():
                merged[named][1].fields.setdefault(name, value)
    return merged


def _one_owner_per_amount(document: Document, merged: dict[tuple, tuple]) -> dict[tuple, tuple]:
    """'YouMatch raised $1.5M' and 'This makes YouMatch the first Telegram App which announced
    investment': where one amount has two companies, it is the watchlist account's, else the
    one the release names most."""
    owners: dict[tuple, list[tuple]] = {}
    for key, (detector, finding, *_) in merged.items():
        if detector.amount_has_one_owner and finding.fields.get("amount"):
            owners.setdefault((key[0], finding.fields["amount"]), []).append(key)
    text = f"{document.title} {document.text}".lower()
    for keys in (keys for keys in owners.values() if len(keys) > 1):
        winner = max(keys, key=lambda key: (merged[key][2] is not None,
                                            text.count(merged[key][3].lower())))
        for key in keys:
            if key != winner:
                for name, value in merged.pop(key)[1].fields.items():
                    merged[winner][1].fields.setdefault(name, value)
    return merged


def _with_subject(document: Document, finding: Finding, own_company: str | None,
                  named_elsewhere: str | None) -> Finding:
    """The finding with the company it is about, where the sentence alone does not say."""
    counterparty = finding.fields.get("counterparty")
    if counterparty and is_a_person(document, counterparty):
        # "Jane Roe, CEO of Acme, said 'we are delighted to partner with Globex'": Acme's
        fields = {name: value for name, value in finding.fields.items() if name != "counterparty"}
        finding = replace(finding, fields={**fields, **(
            {"counterparty": own_company} if own_company else {})})
    if finding.subject and is_a_person(document, finding.subject):
        # "Roe introduced Sam Lee as CFO": the speaker is the company's executive; a surname
        # alone ("Roe said ... raising $24 million") is never the company.
        return replace(finding, subject=own_company, subject_span=None, refers_back=False,
                       confidence=finding.confidence * 0.9)
    if finding.subject and finding.sentence != document.title \
            and is_a_common_word(document, finding.subject):
        return replace(finding, subject=None, subject_span=None)  # "Users can now ..."
    if finding.subject:
        return replace(finding, subject=without_descriptor(finding.subject.strip("‘’'\"“” ")))
    if named_elsewhere:
        return replace(finding, subject=named_elsewhere, subject_span=None)
    if finding.refers_back and own_company:
        return replace(finding, subject=own_company, subject_span=None,
                       confidence=finding.confidence * 0.9)
    if finding.sentence == document.title and own_company:
        # A headline that names no company is the release's own news.
        return replace(finding, subject=own_company, confidence=finding.confidence * 0.9)
    return finding


def link(finding: Finding, accounts: AccountIndex,
         context: str = "") -> tuple[str | None, str, float] | None:
    """(account_id or None, company name, confidence), or None when no company is named.
    `context` (the document) tells apart accounts that share a name."""
    account_id, sureness = accounts.resolve(finding.subject, context)
    confidence = finding.confidence * (sureness if account_id else 1.0)
    if account_id is None and accounts and finding.subject_span is not None:
        region = finding.subject_span
        # "Acme" inside the subject "Acme Pay" is another company's name, not a mention.
        inside = _span_of(finding.sentence, finding.subject, region)
        candidates = [
            m for m in accounts.mentions(finding.sentence)
            if region.start <= m.span.start and m.span.end <= region.end
            and not any(m.span.overlaps(e) for e in finding.excluded)
            and not (inside and m.span.overlaps(inside) and m.span.end - m.span.start
                     < inside.end - inside.start)
        ]
        if candidates:
            account_id, sureness = accounts.resolve(candidates[0].text, context)
            if account_id:
                confidence *= 0.9 * sureness
    if account_id is not None:
        return account_id, accounts.name_of(account_id), confidence
    if finding.subject:
        return None, finding.subject, confidence * 0.8
    return None


def _span_of(sentence: str, name: str | None, region: Span) -> Span | None:
    if not name:
        return None
    start = sentence.find(name, region.start, region.end)
    return Span(start, start + len(name)) if start >= 0 else None


def _event(document: Document, detector: TextDetector, finding: Finding,
           account_id: str | None, company: str, confidence: float) -> Event:
    subject = account_id or normalize_company(company)
    key = detector.event_key(finding.fields)
    by_date = not any(part is not None and part != "undisclosed" for part in key)
    if by_date:
        key = (document.url or document.id,)  # the store matches it by account, type and date
    published = document.published
    return Event(
        same_if_near=by_date,
        event_id=stable_id(subject, finding.type, *key),
        type=finding.type, account_id=account_id, company=company, confidence=confidence,
        fields=finding.fields, summary=detector.summarize(finding.fields),
        published=published,
        evidence=[Evidence(url=document.url, quote=finding.sentence, published=published,
                           observation=document.id)],
    )
