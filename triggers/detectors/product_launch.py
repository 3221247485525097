"""product_launch: the company launches or releases a new product, feature line or
service."""

from __future__ import annotations

import re

from .base import VerbDetector


class ProductLaunchDetector(VerbDetector):
    type = "product_launch"
    keywords = ("launch", "unveil", "introduc", "debut", "roll", "releas", "availab")
    headline = "Launched a new product"
    lead_sentences = 2  # launch verbs are everywhere in release prose; the news is up top
    verb = re.compile(
        r"\b(?:launch(?:es|ed)?|unveil(?:s|ed)?|introduc(?:es|ed)|debut(?:s|ed)|"
        r"roll(?:s|ed)?\s+out|releas(?:es|ed)|announce[sd]?\s+(?:the\s+)?(?:launch|release|"
        r"general\s+availability|availability)\s+of)\b(?!\s+(?:a|an|its)?\s*(?:funding|round|"
        r"investment|partnership|office|operations))(?!\s+on\s+(?:the\s+)?(?:Nasdaq|NYSE|New\s+York|"
        r"LSE|TSX|ASX|Euronext))", re.IGNORECASE)
