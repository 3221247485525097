"""layoffs: headcount reduction, restructuring, office or site closure."""

from __future__ import annotations

import re

from ..model import Finding
from .base import VerbDetector, name_after

# The cut named by its noun: "driven by a 20% reduction in headcount", "a reduction in force".
_REDUCTION = (r"\d+(?:\.\d+)?\s?%\s+(?:reduction|cut)\s+in\s+(?:its\s+|the\s+)?(?:overall\s+)?"
              r"(?:headcount|workforce|staff)|reduction\s+in\s+force|workforce\s+reduction")

# a site, not money: "Announces Closing of Credit Facility" closes a loan
_SITE_FACILITY = r"(?<!credit\s)(?<!loan\s)(?<!debt\s)(?<!financing\s)facility"


class LayoffsDetector(VerbDetector):
    type = "layoffs"
    keywords = ("lay", "laid", "cut", "reduc", "clos", "shut", "wind", "cease", "restructur",
                "eliminat", "furlough")
    headline = "Cut jobs or closed a site"
    lead_sentences = 6
    verb = re.compile(
        r"\b(?:lay(?:s|ing)?\s+off|laid\s+off|announce[sd]?\s+(?:a\s+)?(?:round\s+of\s+)?"
        r"layoffs|(?:cut(?:s|ting)?|eliminat(?:e|es|ed|ing)|furlough(?:s|ed|ing)?)\s+(?:about\s+|"
        r"some\s+|nearly\s+|roughly\s+|approximately\s+)?\d[\d,]*\s+(?:jobs|positions|roles|"
        r"employees|staff|workers)|(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing))\s+(?:its\s+)?"
        r"(?:workforce|headcount|staff)\s+by\s+(?:about\s+|nearly\s+)?\d+|"
        r"reduc(?:e|es|ed|ing)\s+(?:its\s+)?(?:workforce|headcount|staff)|"
        r"clos(?:e|es|ed|ing)\s+(?:its\s+)?(?:\w+\s+)?(?:office|plant|" + _SITE_FACILITY +
        r"|site|store|factory)s?|announce[sd]?\s+(?:the\s+)?closure\s+of|"
        r"(?:shut(?:s|ting)?\s+down|shutter(?:s|ed|ing)?|clos(?:e|es|ed|ing))\s+(?:its\s+|their\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:mine|plant|" + _SITE_FACILITY + r"|factory|site|store|office|operations|unit|"
        r"division)s?|wind(?:s|ing)?\s+down\s+(?:its\s+)?operations|cease[sd]?\s+operations|"
        r"announce[sd]?\s+(?:a\s+)?(?:corporate\s+)?restructuring|cost-cutting\s+(?:plan|program|"
        r"measures)|" + _REDUCTION + r")\b", re.IGNORECASE)

    def read(self, sentence: str) -> list[Finding]:
        """'Acme Announces the Closure of Acme Classroom': the business closed is the news."""
        findings = super().read(sentence)
        if not findings and re.search(_REDUCTION, sentence, re.IGNORECASE):
            # a cut stated as a noun is the release's own: "The savings come from a 20% ..."
            return [Finding(type=self.type, sentence=sentence, subject=None, subject_span=None,
                            fields={}, confidence=self.confidence, refers_back=True)]
        closure = re.search(r"\bclosure\s+of\s+(?!its\b|their\b|the\b|our\b|his\b|her\b)",
                            sentence, re.IGNORECASE)
        closed = name_after(sentence, closure.end()) if closure else None
        if closed and not findings:  # "Renowned Chef Eric Crowley Announces the Closure of"
            findings = [Finding(type=self.type, sentence=sentence, subject=closed[0],
                                subject_span=closed[1], fields={}, confidence=self.confidence)]
        for finding in findings if closed else []:
            finding.subject, finding.subject_span = closed
        return findings
