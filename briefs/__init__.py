"""Briefs: scoring, ranking per owner, rendering."""

from .brief import Brief, BriefAccount, BriefEvent, build_brief
from .render import FORMATS, render
from .scoring import TimingModel

__all__ = ["FORMATS", "Brief", "BriefAccount", "BriefEvent", "TimingModel", "build_brief",
           "render"]
