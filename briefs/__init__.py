"""Briefs: scoring (fit x timing), ranking per owner, rendering, audiences, delivery,
feedback."""

from .audience import (
    AUDIENCE_FORMATS,
    CRM_FORMATS,
    AccountSignal,
    AudienceError,
    account_signals,
    audience,
    write_accounts,
    write_audience,
)
from .brief import Brief, BriefAccount, BriefEvent, OwnerBrief, build_brief, record_brief
from .delivery import CHANNELS, Delivery, parse_channel
from .delivery import deliver as deliver_brief
from .feedback import VERDICTS, UnknownEvent, feedback_stats, give_feedback
from .render import FORMATS, render
from .scoring import TimingModel

__all__ = [
    "AUDIENCE_FORMATS", "CHANNELS", "CRM_FORMATS", "FORMATS", "VERDICTS", "AccountSignal",
    "AudienceError", "Brief", "BriefAccount", "BriefEvent", "Delivery", "OwnerBrief",
    "TimingModel", "UnknownEvent", "account_signals", "audience", "build_brief",
    "deliver_brief", "feedback_stats", "give_feedback", "parse_channel", "record_brief",
    "render", "write_accounts", "write_audience",
]
