"""layoffs: headcount reduction, restructuring, office or site closure."""

from __future__ import annotations

import re

from .base import VerbDetector


class LayoffsDetector(VerbDetector):
    type = "layoffs"
    keywords = ("lay", "laid", "cut", "reduc", "clos")
    headline = "Cut jobs or closed a site"
    verb = re.compile(
        r"\b(?:lay(?:s|ing)?\s+off|laid\s+off|announce[sd]?\s+(?:a\s+)?(?:round\s+of\s+)?"
        r"layoffs|cut(?:s|ting)?\s+(?:about\s+|some\s+|nearly\s+)?\d[\d,]*\s+(?:jobs|positions|"
        r"roles|employees|staff)|reduc(?:e|es|ed|ing)\s+(?:its\s+)?(?:workforce|headcount|"
        r"staff)|clos(?:e|es|ed|ing)\s+(?:its\s+)?(?:\w+\s+)?(?:office|plant|facility|site|"
        r"store|factory)s?|announce[sd]?\s+(?:the\s+)?closure\s+of)\b", re.IGNORECASE)
