"""hiring_plan: the company announces it will hire a number of people or grow headcount."""

from __future__ import annotations

import re

from .base import VerbDetector


class HiringPlanDetector(VerbDetector):
    type = "hiring_plan"
    keywords = ("hire", "hiring", "add", "creat", "double", "triple", "grow", "increas",
                "headcount", "expan", "recruit", "open", "fill")
    # A number of jobs is news wherever the lead states it, often after the main story.
    lead_sentences = 12
    specific_cue = True
    headline = "Announced plans to hire"
    verb = re.compile(
        r"\b(?:plans?\s+to\s+hire|will\s+hire|expects?\s+to\s+hire|(?:to|and)\s+hire\s+(?:more\s+than\s+|"
        r"over\s+|up\s+to\s+|about\s+)?\d|(?:hiring|recruiting)\s+(?:for\s+)?(?:more\s+than\s+|"
        r"over\s+|up\s+to\s+)?\d[\d,]*|"
        # "opens 50 new roles", "looking to fill 120 positions"
        r"(?:open(?:s|ed|ing)?|fill)\s+(?:more\s+than\s+|over\s+|up\s+to\s+|about\s+)?\d[\d,]*\s+"
        r"(?:new\s+|open\s+)?(?:jobs|positions|roles|vacancies)|"
        r"(?:add(?:s|ed|ing)?|creat(?:e|es|ed|ing))\s+(?:more\s+than\s+|over\s+|up\s+to\s+|"
        r"about\s+|nearly\s+|some\s+)?\d[\d,]*\s+(?:new\s+|full-time\s+|part-time\s+|"
        r"permanent\s+|local\s+|skilled\s+|high-paying\s+|direct\s+)*(?:jobs|employees|staff|"
        r"positions|roles|people|team\s+members|workers|technicians|engineers)|"
        r"(?:double|triple|grow|increase)[sd]?\s+(?:its\s+|their\s+)?(?:headcount|workforce|team|"
        r"staff)|"
        # "Adds More Workforce in 24/7 Support"
        r"add(?:s|ed|ing)?\s+(?:more|additional)\s+(?:workforce|staff|employees|team\s+members)|"
        r"(?:announce[sd]?|host(?:s|ed)?|hold(?:s)?)\s+(?:a\s+)?(?:\w+\s+)?hiring\s+events?|"
        r"(?:significant\s+|rapid\s+)?headcount\s+growth|"
        r"(?:announce[sd]?|adds?|added|makes?|made)\s+(?:several\s+|key\s+|strategic\s+|senior\s+|"
        r"new\s+|\d+\s+)+hires|"
        # a larger leadership team is leadership news, not a hiring plan
        r"expan(?:ds?|ded|ding|sion\s+of)\s+"
        r"(?:(?!(?:leadership|executive|management|senior|board)\b)[\w-]+\s+){0,3}?"
        # "expansion of local workforce programs" trains others' workers
        r"(?:workforce|headcount|staff|teams?)\b(?!\s+(?:programs?|programmes?|training|"
        r"development|initiatives?|pipeline|readiness)\b)"
        # "expansion of its team with the addition of Joe Miller": one person, named
        r"(?!\s+with\s+the\s+(?:addition|appointment|hiring|arrival)\s+of\s+(?:Dr\.\s+)?(?-i:[A-Z])))",
        re.IGNORECASE)
