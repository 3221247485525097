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
        # bare "launch" is a verb only after "to", "will" or "we": "its summer launch" is not
        r"\b(?:launch(?:es|ed)|(?:(?<=\bto\s)|(?<=will\s)|(?<=\bwe\s))launch|unveil(?:s|ed)?|introduc(?:es|ed)|"
        r"debut(?:s|ed)|roll(?:s|ed)?\s+out|releas(?:es|ed)|announce[sd]?\s+(?:the\s+)?(?:launch|"
        r"release|general\s+availability|availability)\s+of)\b(?!\s+(?:a|an|its)?\s*(?:funding|"
        r"round|investment|partnership|office|operations))(?!\s+on\s+(?:the\s+)?(?:Nasdaq|NYSE|"
        r"New\s+York|LSE|TSX|ASX|Euronext))"
        # releasing results is reporting, not a product
        r"(?!\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:results|earnings|report|statements?|"
        r"guidance|letter)\b)", re.IGNORECASE)
