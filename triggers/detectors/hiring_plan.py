"""hiring_plan: the company announces it will hire a number of people or grow headcount."""

from __future__ import annotations

import re

from .base import VerbDetector


class HiringPlanDetector(VerbDetector):
    type = "hiring_plan"
    keywords = ("hire", "hiring", "add", "creat", "double", "triple", "grow", "headcount",
                "expan")
    specific_cue = True
    headline = "Announced plans to hire"
    verb = re.compile(
        r"\b(?:plans?\s+to\s+hire|will\s+hire|expects?\s+to\s+hire|to\s+hire\s+(?:more\s+than\s+|"
        r"over\s+|up\s+to\s+|about\s+)?\d|hiring\s+(?:more\s+than\s+|over\s+|up\s+to\s+)?\d[\d,]*|"
        r"(?:add|create)(?:s|ing)?\s+(?:more\s+than\s+|over\s+|up\s+to\s+|about\s+)?\d[\d,]*\s+"
        r"(?:new\s+)?(?:jobs|employees|staff|positions|roles|people)|"
        r"(?:double|triple|grow)s?\s+(?:its\s+)?(?:headcount|workforce|team|staff)|"
        r"(?:announce[sd]?|host(?:s|ed)?|hold(?:s)?)\s+(?:a\s+)?(?:\w+\s+)?hiring\s+events?|"
        r"(?:significant\s+|rapid\s+)?headcount\s+growth|"
        r"(?:announce[sd]?|adds?|added|makes?|made)\s+(?:several\s+|key\s+|strategic\s+|senior\s+|"
        r"new\s+|\d+\s+)+hires|"
        r"expan(?:ds?|ded|ding|sion\s+of)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:workforce|headcount|staff|teams?)\b)",
        re.IGNORECASE)
