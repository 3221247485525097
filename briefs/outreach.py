"""Who to contact and how to open, from the event's own fields: templates, no invented facts.

A template is used only when every field it names is present; otherwise the next one."""

from __future__ import annotations

import string
from datetime import date
from typing import Any

from triggers.money import format_amount

_OPENERS: dict[str, list[str]] = {
    "funding": [
        "Congratulations on the {amount} {round} led by {lead}, announced {date}."
        " What is the first thing the new capital goes to?",
        "Congratulations on the {amount} {round}, announced {date}."
        " What is the first thing the new capital goes to?",
        "Congratulations on the {round} announced {date}.",
    ],
    "leadership_change": [
        "Congratulations on the new role, {person}. What are your priorities for your first"
        " 90 days as {role}?",
    ],
    "leadership_change:departed": [
        "I saw that {person} is leaving the {role} role ({date}). Who is taking on those"
        " priorities in the meantime?",
    ],
    "hiring_spike": [
        "I noticed {new_postings} new {department} openings in the last {window_days} days,"
        " among them {example}. What is the team being built to take on?",
    ],
    "tech_stack_change": [
        "I saw the move from {previous_technology} to {technology} ({date}). How is the"
        " migration going?",
        "I saw that you adopted {technology} ({date}). How is the roll-out going?",
    ],
    "acquisition": ["I read about the deal with {counterparty} ({date}). How are the teams"
                    " coming together?"],
    "partnership": ["I read about the partnership with {counterparty} ({date})."
                    " What does it open up for your customers?"],
}
_GENERIC = "I read that {summary} ({date}). What does that change for your team this quarter?"


def event_values(fields: dict[str, Any], summary: str,
                 published: date) -> dict[str, str]:
    """The fields as text an opener or persona can use."""
    values = {key: str(value) for key, value in fields.items()
              if isinstance(value, str | int | float) and not isinstance(value, bool)}
    values["date"] = f"{published:%B} {published.day}"
    values["summary"] = summary[:1].lower() + summary[1:] if summary[1:2].islower() else summary
    if fields.get("amount"):
        values["amount"] = format_amount(fields["amount"], fields.get("currency"))
    if fields.get("round") and fields["round"] != "undisclosed":
        values["round"] = _round_label(fields["round"])
    else:
        values.pop("round", None)
    leads = fields.get("lead_investors") or []
    if leads:
        values["lead"] = " and ".join(leads[:2])
    titles = fields.get("example_titles") or []
    if titles:
        values["example"] = titles[0]
    return values


def opener(event_type: str, values: dict[str, str]) -> str:
    for template in _OPENERS.get(_variant(event_type, values), []):
        if _fillable(template, values):
            return template.format(**values)
    return _GENERIC.format(**values)


def persona(event_type: str, template: str, values: dict[str, str]) -> str:
    """The ICP's persona for the trigger, its placeholders filled. A leader who left is not
    the contact: whoever holds the role now is."""
    if _variant(event_type, values) == "leadership_change:departed":
        return f"whoever now holds the {values.get('role', 'role')} role"
    if _fillable(template, values):
        return template.format(**values)
    return "the new leader" if "{person}" in template else "the team's leader"


def _variant(event_type: str, values: dict[str, str]) -> str:
    if event_type == "leadership_change" and values.get("change") in ("departed", "retired"):
        return "leadership_change:departed"
    return event_type


def _fillable(template: str, values: dict[str, str]) -> bool:
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    return names <= values.keys()


def _round_label(round_: str) -> str:
    special = {"pre_seed": "pre-seed round", "seed": "seed round", "debt": "debt financing",
               "grant": "grant", "growth": "growth round", "public_offering": "public offering",
               "private_placement": "private placement", "strategic": "strategic investment"}
    if round_ in special:
        return special[round_]
    return round_.replace("_", " ").title() + " round"
