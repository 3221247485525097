"""expansion: a new office, site, plant, region or country entered."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Finding
from ..text import MONTH
from .base import PLACE_NAME, VerbDetector, name_after

_MONTH = MONTH + r"\b"
# "Expands Services into Healthcare", "into Specialty Retail", "Into Oil And Gas Industry":
# a sector is a market, not a place.
_SECTOR = (r"(?i:(?:[\w-]+\s+){0,2}?(?:healthcare|health|retail|banking|insurance|"
           r"(?:higher\s+)?education|manufacturing|finance|logistics|energy|government|"
           r"hospitality|e-?commerce|media|fintech|gaming|AI|the\s+(?:\w+\s+)?"
           r"(?:sector|industry|space|market)|(?:[\w-]+\s+){1,5}?(?:industry|industries|sectors?|"
           r"verticals?)))\b")
# "Expands Services to Meet Demand", "Expands into New Practice Areas": no place follows.
_NOT_A_PLACE = (r"(?i:include|meet|serve|support|offer|provide|help|better|bring|deliver|drive|"
                r"boost|enhance|strengthen|reach|address|power|fuel|grow|enable|expand|cover|"
                r"cater|accommodate|partnership|collaboration|response|time|celebration|honou?r|"
                r"conjunction|addition|record|beta|early|limited|select|accept|stock|inventory|"
                # a kind of customer is a market: "Expands to Institutional Staking"
                r"institutional|enterprise|commercial|residential|consumer|industrial|autonomous|"
                r"wholesale|corporate|B2B|B2C|"
                # a blockchain is no place: "Expands to Solana", "to Base Network"
                r"bitcoin|solana|ethereum|base|polygon|arbitrum|avalanche|bnb|ton|sui|aptos|tron|"
                r"(?:[\w-]+\s+)?(?:network|chain|blockchain|mainnet|ecosystem)|"
                r"new\s+(?!york|jersey|mexico|zealand|hampshire|orleans|delhi|"
                r"brunswick|england|south))\b")
_PLACE = r"(?!" + _SECTOR + "|" + _NOT_A_PLACE + r")(?-i:[A-Z])"
# "Texas", "seven states", "global markets"
_PLACES = (r"(?:" + _PLACE + r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|"
           r"multiple)\s+(?:new\s+)?(?:states|countries|markets|cities|regions)|"
           r"(?:international|global|overseas|foreign)\s+markets)")
# Where a brand launches or enters a market: "in North America", "into the Kenyan market"
_REGION = (r"(?-i:" + PLACE_NAME + r"|[A-Z][a-z]+(?:an|ese|ian|ish|i)\s+market)\b")
# "Expands Digital Presence": a kind of presence, not a region
_NOT_A_REGION = r"(?:Global|International|Digital|Online|Retail|Brand|Market|Social|Media|Its|Their)\b"
_WHAT_GROWS = (r"(?:operations|presence|footprint|business|reach|services|solutions|distribution|"
               r"service\s+area|territory|coverage)")
# "... announces the opening of her new salon, Glowpath Studio": the business is the company.
_OWN_BUSINESS = re.compile(
    r"\b(?:her|his)\s+(?:own\s+|new\s+|first\s+)*(?:[\w-]+\s+){0,2}?(?:salon|studio|business|"
    r"shop|store|practice|clinic|boutique|restaurant|caf[eé]|bakery|spa|barbershop|company|firm),?"
    r"\s+(?:called\s+|named\s+)?(?=[A-Z])")

# "to Launch Open Campus U": the site word is inside a name
_NAME_GOES_ON = r"(?!\s+(?!(?:In|At|On|For|To|And|With|Near|By|As|Of|Outside)\b)(?-i:[A-Z]))"


class ExpansionDetector(VerbDetector):
    type = "expansion"
    keywords = ("open", "accepting", "expand", "expansion", "enter", "launch", "move", "reloc",
                "add", "ground", "build", "construct", "acqui", "purchas", "buy", "bought",
                "establish", "set", "arriv", "entry", "headquarters", "new office", "new facility",
                "new campus", "new location")
    headline = "Expanded to a new site or market"
    verb = re.compile(
        # not "at Newly Opened Campus", nor the name "partners with Open Campus"
        r"\b(?:(?<!newly\s)(?<!with\s)(?<!of\s)(?<!from\s)"
        r"(?:open|add)(?:s|ed|ing)?\s+(?:a\s+|an\s+|its\s+)?(?:new\s+|first\s+|second\s+|"
        r"additional\s+|[\w-]+\s+){0,3}(?:office|headquarters|facility|plant|site|hub|store|"
        r"location|data\s+center|warehouse|campus|factory|branch|clinic|restaurant|lab|"
        r"laboratory|cent(?:er|re)|studio|showroom|hospital|terminal|boutique|shop|salon|"
        r"spa|caf[eé]|bakery|gym|school|academy|dealership|franchise|outlet|hotel|depot|"
        r"pharmacy|practice|flagship)(?:e?s)?\b" + _NAME_GOES_ON + "|"
        # "launches 15 MW Mining Facility in West Texas": a site, not a product
        r"launch(?:es|ed|ing)?(?:\s+of)?\s+(?:a\s+|an\s+|its\s+)?(?:new\s+|first\s+|[\w-]+\s+){0,3}?"
        r"(?:facility|plant|factory|data\s+cent(?:er|re)|headquarters|campus|warehouse|"
        r"(?<!family\s)office)s?(?![\w-])(?!\s+(?:hosting|services?|solutions?|platform|software|"
        r"management|network)\b)"
        + _NAME_GOES_ON + "|"
        # "Sucré to Open in Woodstock", "Acme Now Open at Harbor Mall", "Open Now at 51 Elm St"
        # "Now Open and Scheduling Appointments at Harbor Salon Suites"
        r"(?-i:(?:[Nn]ow\s+|[Gg]rand\s+)?[Oo]pen(?:s|ed|ing|\s+[Nn]ow)?\s+(?:(?:[Ii]ts\s+|[Tt]heir\s+)?[Dd]oors\s+|"
        r"(?<=[Nn]ow\s[Oo]pen\s)(?:and|for)\s+(?:[\w-]+\s+){0,2}?)?(?:[Ii]n|[Aa]t)\s+"
        r"(?:the\s+|The\s+)?(?!" + _MONTH + r")(?:\d+\s+)?[A-Z])|"
        # "Beard Babe Now Accepting Appointments at Harbor Salon Suites"
        r"(?-i:[Nn]ow\s+[Aa]ccepting\s+(?:[Nn]ew\s+)?(?:[Aa]ppointments|[Cc]lients|[Pp]atients)\s+"
        r"(?:[Ii]n|[Aa]t)\s+(?:the\s+|The\s+)?[A-Z])|"
        # "New Office Opens in Dubai"
        r"new\s+(?:office|location|store|branch|facility|plant|headquarters)\s+opens\s+in\b|"
        # "expands its presence in Chile"; "expands mining operations in Texas" may be more of
        # the same place, "expands mining operations into Texas" is a new one.
        r"(?<!to\s)expand(?:s|ed|ing)?\s+(?:its\s+|their\s+)?(?:(?:" + _WHAT_GROWS + r"\s+)?"
        r"(?:further\s+)?(?:in|into|to|across)|(?:[\w-]+\s+){1,3}?" + _WHAT_GROWS +
        r"\s+(?:further\s+)?(?:into|to|across))\s+(?:the\s+)?" + _PLACES + "|"
        r"enter(?:s|ed|ing)?\s+(?:the\s+)?(?!(?:the|a|an|new)\b)(?-i:[A-Z])[\w.'’ ]{0,30}market|"
        # "Expands Georgia Presence", "Expands Its West Coast Footprint"
        r"(?<!to\s)expand(?:s|ed|ing)?\s+(?:its\s+|their\s+)?(?-i:(?!" + _NOT_A_REGION +
        r")[A-Z][\w.]*\s+){1,3}(?:presence|footprint)\b|"
        # "Announces Expansion of Therapy Services to Annapolis", "Launches US Expansion"
        # (not "the expansion of the multi-center CLUE Trial to New Jersey")
        r"(?:its|their|the|an?|announce[sd]?)\s+(?:[\w-]+\s+){0,2}?expansion\s+"
        r"(?:of\s+(?!(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?:trials?|study|studies|programs?|"
        r"programmes?|campaigns?|initiatives?)\b)(?:its\s+)?(?:[\w-]+\s+){0,4}?)?(?:(?:in)?to|across)\s+"
        # "its expansion into new retail locations across the Southeast"
        r"(?:new\s+(?:[\w-]+\s+)?(?:locations|stores|sites|offices|markets|cities|states)\s+"
        r"(?:across|in)\s+)?(?:the\s+)?" + _PLACES +
        r"|(?:announce[sd]?|launch(?:es|ed)?|begins?|with)\s+(?:its\s+|the\s+|an?\s+)?(?:" +
        _REGION + r"|U\.?S\.?|(?-i:[A-Z][a-z]+(?:an|ese|ian|ish)))\s+(?:[\w-]+\s+)?expansion|"
        # "has secured new corporate headquarters in Dubai"
        r"(?:announce[sd]?|secure[sd]?|unveil(?:s|ed)?)\s+(?:its\s+|a\s+)?new\s+(?:[\w-]+\s+){0,2}?"
        r"(?:headquarters|office|facility|campus|location)\s+in\b|"
        r"launch(?:es|ed)?\s+operations\s+in|"
        # "Celebrates Grand Opening", "the grand opening of its new clinic in Mesa"
        # (not "to celebrate the grand opening of the Summer Olympic Games")
        r"(?:celebrate[sd]?|make[sd]?|hold[sd]?|host[sd]?|announce[sd]?)\s+(?:its\s+|their\s+|the\s+|"
        r"an?\s+)?(?:official\s+)?(?:grand|soft)\s+opening(?!\s+of\s+the\s+(?!new\b))|"
        r"(?:at|with)\s+(?:a\s+|its\s+)?new\s+(?:location|office|clinic|store|facility)\s+in\s+(?-i:[A-Z])|"
        # "Arrives in Toledo", "Launches in North America", "its entry into the Kenyan market"
        r"arrives\s+in\s+(?:the\s+)?" + _PLACES + r"|launch(?:es|ed)\s+in\s+(?:the\s+)?" + _REGION +
        r"|(?:announce[sd]?|mark(?:s|ed)?|complete[sd]?)\s+(?:its\s+|their\s+)?entry\s+in(?:to)?\s+"
        r"(?:the\s+)?" + _REGION + "|"
        # "establishes a subsidiary in Japan", "sets up its European hub"
        r"(?:establish(?:es|ed|ing)?|sets?\s+up|setting\s+up)\s+(?:a\s+|an\s+|its\s+)?(?:new\s+|first\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:office|subsidiary|presence|headquarters|hub|entity|operations)\s+in\b|"
        r"(?:break(?:s|ing)?\s+ground\s+on|(?:building|construction)\s+of)\s+(?:its\s+|a\s+|the\s+)?"
        r"(?:new\s+)?(?:[\w$.,-]+\s+){0,3}?(?:facility|plant|factory|headquarters|campus|cent(?:er|re)|"
        r"warehouse|location|office|store)|"
        # a site bought is a site added: "will acquire the facility for $6 million"
        r"(?:acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|buys?|bought)\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:facility|plant|factory|campus|warehouse|manufacturing\s+site)\b|"
        r"expand(?:s|ed)?\s+(?:\w+\s+)?with\s+(?:a\s+)?new\s+(?:location|office|site|store|"
        r"facility|clinic)|move[sd]?\s+into\s+(?:a\s+|its\s+)?new\s+(?:headquarters|offices?|"
        r"facility|campus)|relocat(?:es|ed)\s+(?:its\s+)?(?:[\w,]+\s+){0,3}?(?:office|headquarters|"
        r"facility)\s+to\s+(?:a\s+)?(?:new|larger|bigger)|relocat(?:es|ed)\s+to\s+(?:a\s+)?"
        r"(?:new|larger|bigger)\s+(?:location|office|headquarters|facility|space|building))",
        re.IGNORECASE)

    def read(self, sentence: str) -> list[Finding]:
        findings = super().read(sentence)
        business = findings and _OWN_BUSINESS.search(sentence)
        named = business and name_after(sentence, business.end())
        if not named:
            return findings
        return [replace(finding, subject=named[0], subject_span=named[1], refers_back=False)
                for finding in findings]
