"""product_launch: the company launches or releases a new product, feature line or
service."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Finding, Span
from ..text import owner
from .base import PLACE_NAME, VerbDetector, is_company_like, name_after, names_a_person
from .ipo import EXCHANGE

# The noun in a headline: "Announcing the Acme Pay Launch", "Spearheads Launch of".
_LAUNCH_NOUN = re.compile(r"announc(?:es|ed|ing)\s+the\s+(?:[\w-]+\s+){1,5}?launch\s*$|"
                          r"spearhead(?:s|ed)?\s+(?:the\s+)?launch\s+of\b", re.IGNORECASE)


class ProductLaunchDetector(VerbDetector):
    type = "product_launch"
    keywords = ("launch", "unveil", "introduc", "debut", "roll", "releas", "availab", "present",
                "product line", "commerciali", "version", *(f"{verb} {det}new" for verb in (
                    "announces", "announced", "announce") for det in ("", "a ", "its ")))
    headline = "Launched a new product"
    lead_sentences = 2  # launch verbs are everywhere in release prose; the news is up top
    verb = re.compile(
        # bare "launch" is a verb only after "to", "will" or "we": "its summer launch" is not
        r"\b(?:launches|(?<!newly\s)launched|(?:(?<=\bto\s)|(?<=will\s)|(?<=\bwe\s))(?:launch|debut)|"
        r"(?:(?<=\bis\s)|(?<=\bare\s))(?:launching|unveiling|introducing)|"  # "X is launching Y"
        rf"{_LAUNCH_NOUN.pattern}|"
        r"unveil(?:s|ed)?|(?:re)?introduc(?:es|ed)|debut(?:s|ed)|roll(?:s|ed)?\s+out|"
        r"(?<!new\s)(?<!latest\s)(?<!press\s)releas(?:es|ed)|"  # not "the top new releases"
        r"present(?:s|ed)\s+(?:its\s+|a\s+|the\s+)?new|expand(?:s|ed)?\s+(?:its\s+)?product\s+lines?|"
        r"announce[sd]?\s+(?:the\s+)?(?:(?:official|formal|public|global|commercial|beta)\s+)?"
        r"(?:launch|relaunch|release|commerciali[sz]ation|general\s+availability|availability)\s+"
        r"(?:of|for)|announce[sd]?\s+(?:its|the)\s+(?:public\s+)?beta\s+launch|^Introducing|"
        # "Announces Partnership Extension and Launch of Harbor Solver"
        r"announce[sd]?\s+(?:[\w-]+\s+){1,4}?and\s+(?:the\s+)?launch\s+of|"
        r"^Announcing\s+the\s+(?:launch|release)\s+of|"
        # a headline's "Reshapes Payroll With Launch of Tally Pro"; in prose, "with the launch
        # of" may follow anyone ("Safety meets technology with the launch of")
        r"(?-i:[Ww]ith\s+(?:[Tt]he\s+|[Ii]ts\s+)?(?:Launch|Unveiling|Introduction|Release)\s+of)|"
        # "Announces Version 18.2 of Its Backup Software"
        r"announce[sd]?\s+(?:the\s+)?(?:release\s+of\s+)?version\s+\d[\w.]*\s+of|"
        # "Announces New Lending Division": a new line of business is a new service
        r"announce[sd]?\s+(?:a\s+|its\s+)?new\s+(?:[\w-]+\s+){0,3}?(?:division|service|platform|"
        r"app|product\s+line|solution|feature|offering)s?)"
        r"\b(?!\s+(?:a|an|its)?\s*(?:funding|"
        rf"round|investment|partnership|office|operations))(?!\s+on\s+(?:the\s+)?{EXCHANGE})"
        # releasing results is reporting, not a product
        r"(?!\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:results|earnings|report|statements?|"
        r"guidance|letter|numbers|figures|financials)\b)", re.IGNORECASE)

    def names_outright(self, finding: Finding) -> bool:
        """'announces the launch of TALLY' says it in so many words."""
        return bool(_ANNOUNCED_LAUNCH.search(finding.sentence))

    def read(self, sentence: str) -> list[Finding]:
        """'Introducing Tally Pro: ...' opens a headline with what is new, by its maker
        ('Announcing the Launch of Tally Pro: ...' too)."""
        introducing = re.match(r"(?:Introducing|Announcing\s+the\s+(?:Launch|Release)\s+of)\s+",
                               sentence)
        named = name_after(sentence, introducing.end()) if introducing else None
        if named and not _NOT_A_PRODUCT.search(named[0]):
            return [self._introduced(sentence, *named)]
        # "Groundbreaking Book Unveils the Future of Care", "Jane Roe's book Harbor Nights
        # Unveils": a work is not a maker
        findings = [finding for finding in super().read(sentence)
                    if not _A_WORK.search(finding.subject or "") and not _SOMEONES_WORK.search(
                        sentence, 0, finding.subject_span.end if finding.subject_span else 0)]
        if _LAUNCH_NOUN.search(sentence):
            # "Growing Fast: Announcing the Harbor Pay Launch": whose launch the release says
            return [replace(finding, subject=None, subject_span=None, refers_back=True)
                    for finding in findings]
        for finding in findings:
            # "Acme's Fashion Line 'Modality' to Debut": the maker, not the product
            clause = finding.sentence[finding.subject_span.start:finding.subject_span.end] \
                if finding.subject_span else ""
            before = clause.rstrip()
            before = before[:-len(finding.subject)] if finding.subject \
                and before.endswith(finding.subject) else ""
            # "MetaCene’s Gold Rush Launches": the possessive names the maker
            maker = _MAKER.match(clause.strip()) or _POSSESSOR.search(before)
            if maker:
                finding.subject = maker.group(1)
        return findings

    def _introduced(self, sentence: str, name: str, span: Span) -> Finding:
        """Who launches what 'Introducing' names: its maker ('Harbor Pay's BNPL Platform'), the
        name before a model ('YFX V4'), or, for a model, a treatment or 'X, these
        supplements', the release's company."""
        model = _A_MODEL.search(name)
        maker = name[:model.start()].strip() if model and model.group("model") else owner(name)
        if model and maker and maker != name and is_company_like(maker):
            span = Span(span.start, span.start + len(maker))
        elif model or _CALLED_A_PRODUCT.match(sentence, span.end):
            return Finding(type=self.type, sentence=sentence, subject=None, subject_span=None,
                           fields={}, confidence=self.confidence, refers_back=True)
        return Finding(type=self.type, sentence=sentence, subject=maker, subject_span=span,
                       fields={}, confidence=self.confidence)

    def fields(self, sentence: str, match: re.Match[str]) -> dict | None:
        """None when what is launched is content, a fund or a campaign, not a product."""
        after = sentence[match.end(): match.end() + 80]
        if _GIVEN_TO.search(sentence, 0, match.start()):
            return None  # "Comcast Awards $50,000 to Harbor House to Launch": the grantee's
        if match.group(0).lower().endswith("ed") and _NO_OBJECT.match(after):
            return None  # "Asphalt Blues Released for Worldwide Distribution": passive
        person = _FULL_NAME.match(after)
        if person and names_a_person(after, person.end()):
            return None  # "introduced Sam Lee as its CFO"
        # "Unveils Plans for a Second Phase": an intention; "a New Era": a slogan; "Introduces
        # You To All You Need To Know": advice
        if re.match(r"\s+(?:its\s+|the\s+|new\s+)?plans\b|\s+(?:a\s+)?new\s+era\b|"
                    r"\s+(?:you|us|readers|viewers|listeners)\b", after, re.IGNORECASE):
            return None
        # what is launched ends before what it does: "New Service Providing Blog Posts"
        launched = re.split(r"\s(?:for|to|with|in|on|at|that|which|by|from|amid)\s|"
                            r"(?<=\w)\s(?:[Pp]roviding|[Ff]eaturing|[Hh]elping|[Aa]llowing|"
                            r"[Ee]nabling|[Dd]elivering|[Dd]esigned|[Aa]imed|[Bb]uilt|[Pp]owered)\s",
                            after, maxsplit=1)[0]
        # "the release of its comprehensive "2026 Freight, Rail, and Sea Industry Report"": a
        # title in quotes is read whole
        quoted = _QUOTED_TITLE.match(sentence, match.end())
        if quoted:
            launched = f"{quoted.group('title')} | {launched}"
        if _A_FIRM.search(launched):
            return None  # "Launches New Software Company": a business, not what it sells
        described = _NAMED_THEN_DESCRIBED.match(sentence, match.end())
        return None if _NOT_A_PRODUCT.search(launched) or (
            described and _A_WORK.search(described.group("what"))) else {}


_QUOTED_TITLE = re.compile(r"\s+(?:of\s+)?(?:its\s+|the\s+|an?\s+)?(?:new\s+|latest\s+|"
                           r"comprehensive\s+|annual\s+)*[\"“](?P<title>[^\"”]{1,150})[\"”]")
_A_WORK = re.compile(r"\b(?:Book|Novel|Memoir|Album|Song|Film|Festival|Report|Study|Survey|Poetry|"
                    r"Podcast|Season|Episode)\b",
                    re.IGNORECASE)
_SOMEONES_WORK = re.compile(r"['’]s\s+(?:new\s+|latest\s+|debut\s+|upcoming\s+)?(?:book|novel|"
                            r"memoir|album|film|song|single|documentary)\b", re.IGNORECASE)
_GIVEN_TO = re.compile(r"\b(?:awards?|awarded|grants?|granted|donates?|donated|gives?|gave)\s"
                       r"[^.]{0,80}?\bto\s+(?-i:[A-Z])[^.]{0,60}?\bto\s+$", re.IGNORECASE)
# "the GK-F16 LED Panel Light", "YFX V4", "the SIGMA 28-45mm F1.8 Lens", "Acme TMS Treatment": a
# model or a treatment is a product, whoever's name it carries
_A_MODEL = re.compile(r"(?:^|(?<=\s))(?P<model>[Vv]\d+|\d+(?:\.\d+)+|[A-Z]{1,4}(?:-[A-Z]{0,3})?\d{1,4}|"
                      r"[\d-]+mm)(?=\s|$)|"
                      r"\b(?:Treatment|Therapy|Psychotherapy|Light|Lamp|Device|Charger|Lens)$")
_CALLED_A_PRODUCT = re.compile(r"[^,]{0,40},\s+(?:these|this|our|its|their)\s+(?:new\s+)?[a-z]")
_A_FIRM = re.compile(r"\b(?:company|firm|subsidiary|startup)\s*$", re.IGNORECASE)
_ANNOUNCED_LAUNCH = re.compile(r"\bannounce[sd]?\s+the\s+(?:(?:official|formal|public|global|"
                               r"commercial|beta)\s+)?(?:launch|release|general\s+availability)"
                               r"\s+of\b", re.IGNORECASE)
# "Unveils 'The Ledger,' a Groundbreaking Report", "the release of Harbor Nights, a new
# children's book by Jane Roe": a name, then what it is
_NAMED_THEN_DESCRIBED = re.compile(r"\s+(?:['‘\"“][^'’\"”]{1,100}['’\"”],?|[A-Z][^,.;:]{0,80},)\s+"
                                   r"(?:an?|the)\s+(?P<what>(?:[\w'’-]+\s+){0,3}[\w'’-]+)")
_FULL_NAME = re.compile(r"\s+[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+")
_NO_OBJECT = re.compile(r"\s*:|\s+(?:for|on|in|at|to|by|as|worldwide|globally)\b", re.IGNORECASE)


_POSSESSOR = re.compile(rf"(?:^|[:\s])(?!{PLACE_NAME}['’])([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){{0,3}})"
                        r"['’]s\s+$")
_MAKER = re.compile(r"^([^,()]+?)['’]s?\s+(?:[\w-]+\s+){0,3}?(?:line|collection|app|platform|product|"
                    r"range|series|model|game|device|service|tool|feature|brand)\b", re.IGNORECASE)

# A report, a fund or a campaign is published or opened, not brought to market as a product.
_NOT_A_PRODUCT = re.compile(
    r"\b(?:analysis|report|trends?|guide|study|survey|white\s?paper|e-?book|book|memoir|poems?|"
    r"poetry|magazine|"
    # a novel ("her new novel Harbor Nights", "a novel about"), not "two novel AI products"
    r"(?:her|his|their|new|debut|latest|first|a|the)\s+novel|"
    r"novel(?!\s+(?!(?:about|titled|entitled|called|that|which|set|by|for|from|in|on|of|with|"
    r"is|will|and|to)\b)\w)|"
    r"album|(?-i:EPs?)|single|song|lists?|rankings?|index|insights|predictions|findings|research|"
    r"statistics|article|blog|newsletter|fund|campaign|webinar|contest|giveaway|sweepstakes|"
    r"scholarship|results?|earnings|Q[1-4]|anthology|website|web\s?site|(?<!point\sof\s)(?<!point-of-)sale|"
    r"deals?|discounts?|"
    r"promotion|cohort|season|seminar|conference|summit|festival|tour|exhibition|submissions|"
    r"activity|challenge|approach|deployment|strateg(?:y|ies)|vision|(?:clinical|trial|study|"
    r"interim|topline|preclinical)\s+data|opportunit\w*|locations?|branch|"
    r"review(?![-\s]+(?:management|platform|app|software|tool|system|engine|solution|widget))|"
    r"details|developments|discussion|(?:expert|advisory|judging|speakers?)\s+panel|panel\s+of|artwork|"
    # "Unveils AI's Dual Impact on Language Services"
    r"impacts?(?=[\s'’\"”]*(?:$|[,:;–—]|\s+(?:on|of)\b))|"
    r"drilling|exploration|potential|discover(?:y|ies)|"
    # a site, last in what is launched: "Launches 15 MW Mining Facility"
    r"(?:facility|factory|data\s+cent(?:er|re)|headquarters|campus|warehouse|"
    r"site)s?[\s,]*$|"
    # "to launch or advance their careers", "Unveils Updated Business Phone Number", "Launches
    # Second Trial Site"
    r"careers?|savings|phone\s+numbers?|(?<!free\s)trials?|"
    r"success|power\s+of|tournament|competition|gala|institute|(?<!-)mines?|phase\s+\w+\s+data|"
    r"estimate|proposal|drill|playbook|(?<!service\s)(?<!services\s)offering|(?:investment|funding|financing)\s+round|"
    r"(?<!job\s)board(?!\s+game)|committee|council|initiatives?|hackathon|ideathon|agenda|"
    r"(?:ambassador|affiliate|referral|internship|mentorship|volunteer)\s+program(?:me)?s?|"
    r"strategic\s+move|grants?(?![-\s]+(?:management|tracking|writing|software|platform|tool))|"
    r"sponsorships?|pledges?|cup|prize\s+pool|"
    r"expansion(?!\s+packs?)|events?(?=[\s'’\"”]*(?:$|[,:;–—]))|video\s+series|podcast|"
    r"episode|documentary|trailer|teaser|offers?|finalists|winners?|awards?(?![\s-]*winning)|"
    r"addition\s+of\s+(?:Dr|Mr|Ms|Mrs)(?=\.)|metrics|consortium|shows?|comics?|"
    r"content(?!\s+(?:library|platform|management|hub|engine|studio|tools?|suite|system))|"
    # a video released, not a video product ("Video Enhancer", "Video Analytics Platform")
    r"video(?=\s*(?:$|[,.:;–—|\"“”-]|\s+(?:called|titled|entitled|featuring|for|about|that|"
    r"which|on|with|proves|shows)\b))|"
    r"(?:facebook|instagram|linkedin|youtube|tiktok|social\s+media)\s+(?:page|channel|account)|"
    r"plant(?![-\s]based)|pilot\s+(?:project|program(?:me)?)|"
    # a company's new look: "Unveils New Brand Identity", "Unveils Exciting Rebrand"
    # (not "an Emotional Wearables Brand for Children", nor "dApps Amid Recent Rebranding")
    r"(?:brand|visual|corporate)\s+identity|(?<!recent\s)rebrand(?:ing)?|logo|"
    r"(?:new|fresh|refreshed)\s+brand(?=[\s'’\"”]*(?:$|[,:;–—]|\s+(?:and|to|for|as|in)\b))|"
    # "has released data on cancellations"
    r"(?:^|(?<=^\s))(?:its\s+|the\s+|new\s+)?data\s*$)\b",
    re.IGNORECASE)
