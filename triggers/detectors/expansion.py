"""expansion: a new office, site, plant, region or country entered."""

from __future__ import annotations

import re

from .base import VerbDetector


class ExpansionDetector(VerbDetector):
    type = "expansion"
    keywords = ("open", "expand", "enter", "launch", "move", "reloc", "add", "ground", "build",
                "construct", "acqui", "purchas", "buy", "bought", "establish", "set")
    headline = "Expanded to a new site or market"
    verb = re.compile(
        r"\b(?:(?:open|add)(?:s|ed|ing)?\s+(?:a\s+|an\s+|its\s+)?(?:new\s+|first\s+|second\s+|"
        r"additional\s+|[\w-]+\s+){0,3}(?:office|headquarters|facility|plant|site|hub|store|"
        r"location|data\s+center|warehouse|campus|factory|branch|clinic|restaurant|lab|"
        r"laboratory|cent(?:er|re)|studio|showroom|hospital|terminal)s?|"
        r"(?<!to\s)expand(?:s|ed|ing)?\s+(?:its\s+)?(?:operations|presence|footprint|business)?"
        r"\s*(?:in|into|to|across)\s+(?:[A-Z]|\d+\s+(?:new\s+)?(?:states|countries|markets|"
        r"cities|regions))|enter(?:s|ed|ing)?\s+the\s+[A-Z][\w ]{0,30}market|"
        r"launch(?:es|ed)?\s+operations\s+in|"
        # "establishes a subsidiary in Japan", "sets up its European hub"
        r"(?:establish(?:es|ed|ing)?|sets?\s+up|setting\s+up)\s+(?:a\s+|an\s+|its\s+)?(?:new\s+|first\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:office|subsidiary|presence|headquarters|hub|entity|operations)\s+in\b|"
        r"(?:break(?:s|ing)?\s+ground\s+on|(?:building|construction)\s+of)\s+(?:its\s+|a\s+|the\s+)?"
        r"(?:new\s+)?(?:[\w$.,-]+\s+){0,3}?(?:facility|plant|factory|headquarters|campus|cent(?:er|re)|"
        r"warehouse)|"
        # a site bought is a site added: "will acquire the facility for $6 million"
        r"(?:acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|buys?|bought)\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:facility|plant|factory|campus|warehouse|manufacturing\s+site)\b|"
        r"expand(?:s|ed)?\s+(?:\w+\s+)?with\s+(?:a\s+)?new\s+(?:location|office|site|store|"
        r"facility|clinic)|move[sd]?\s+into\s+(?:a\s+|its\s+)?new\s+(?:headquarters|offices?|"
        r"facility|campus)|relocat(?:es|ed)\s+(?:its\s+)?(?:[\w,]+\s+){0,3}?(?:office|headquarters|"
        r"facility)\s+to\s+(?:a\s+)?(?:new|larger|bigger))", re.IGNORECASE)
