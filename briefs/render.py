"""The brief as Markdown, plain text, HTML (fit for email: inline CSS, every crawled string
escaped) or JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources

from jinja2 import Environment, select_autoescape

from .brief import Brief, BriefAccount, OwnerBrief

FORMATS = ("md", "html", "json", "text")
STATUS_LABELS = {"new": "NEW", "updated": "UPDATED", "seen": "SEEN"}


def render(brief: Brief, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(brief.to_dict(), indent=2) + "\n"
    if fmt == "md":
        return to_markdown(brief)
    if fmt == "text":
        return to_text(brief)
    if fmt == "html":
        return to_html(brief)
    raise ValueError(f"unknown brief format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _md(text: object) -> str:
    """Crawled text inside Markdown: no stray markup, no line breaks."""
    escaped = " ".join(str(text).split())
    for char in "\\`*_[]<>|":
        escaped = escaped.replace(char, "\\" + char)
    return escaped


def _plain(text: object) -> str:
    return " ".join(str(text).split())


def to_markdown(brief: Brief) -> str:
    return _lines(brief, _md, lambda s: f"**{s}**", _md_link)


def to_text(brief: Brief) -> str:
    """The plain-text part of the email: the Markdown layout without markup."""
    return _lines(brief, _plain, lambda s: s, lambda label, url: f"{label}: {_plain(url)}")


def _md_link(label: str, url: str) -> str:
    return f"[{label}](<{safe_url(url).replace('>', '%3E').replace(' ', '%20')}>)"


def _lines(brief: Brief, esc: Callable[[object], str], bold: Callable[[str], str],
           link: Callable[[str, str], str]) -> str:
    lines = [f"# whynow brief, {brief.as_of.isoformat()}", "", f"ICP: {esc(brief.icp)}", ""]
    if not brief.owners:
        lines += ["No account on the watchlist.", ""]
    for section in brief.owners.values():
        lines += [f"## {esc(section.owner)}: {_headline(section)}", ""]
        for rank, account in enumerate(section.accounts, start=1):
            lines += _account_lines(rank, account, esc, bold, link)
        lines += _footer(section, esc)
    return "\n".join(lines)


def _account_lines(rank: int, account: BriefAccount, esc, bold, link) -> list[str]:
    domain = f" ({esc(account.domain)})" if account.domain else ""
    lines = [f"### {rank}. {esc(account.name)}{domain}, score {account.score:g}"
             f" (fit {account.fit.score:g} x timing {account.timing:g})", "",
             f"{bold('Why now:')} {esc(account.why_now)}  ",
             f"{bold('Contact:')} {esc(account.contact)}  ",
             f"{bold('Opener:')} {esc(account.opener)}  "]
    if account.fit.matched:
        lines.append(f"{bold('Fit:')} {esc('; '.join(account.fit.matched))}  ")
    lines.append("")
    for event in account.events:
        lines.append(f"- {bold(STATUS_LABELS[event.status])} {bold(event.label)},"
                     f" {event.published.isoformat()}: {esc(event.summary)}")
        for evidence in event.evidence[:3]:
            lines.append(f"  - > {esc(evidence['quote'])}  ")
            lines.append(f"    {link(esc(evidence['published'] or 'source'), evidence['url'])}")
    lines.append("")
    return lines


def _headline(section: OwnerBrief) -> str:
    count = len(section.accounts)
    text = f"{count} account{'s' * (count != 1)}"
    if section.last_brief:
        text += f", new or changed since your brief of {section.last_brief.isoformat()}"
    return text


def _footer(section: OwnerBrief, esc) -> list[str]:
    lines = []
    if not section.accounts:
        lines += ["Nothing new on your accounts today.", ""]
    if section.unchanged:
        lines += [f"Unchanged since an earlier brief: {section.unchanged} account"
                  f"{'s' * (section.unchanged != 1)}.", ""]
    if section.disqualified:
        lines += ["Left out (disqualified by the ICP):", ""]
        lines += [f"- {esc(d.name)}: {esc(d.reason)}"
                  + (f" ({d.triggers} trigger{'s' * (d.triggers != 1)} hidden)" if d.triggers
                     else "") for d in section.disqualified]
        lines.append("")
    return lines


_env = Environment(autoescape=select_autoescape(default=True, default_for_string=True),
                   trim_blocks=True, lstrip_blocks=True)


def safe_url(url: str) -> str:
    """Links only to http(s): a crawled 'javascript:' URL must not become a live link."""
    return url if str(url).lower().startswith(("http://", "https://")) else "#"


_env.filters["safe_url"] = safe_url
_env.globals["status_labels"] = STATUS_LABELS
_env.globals["headline"] = _headline


def to_html(brief: Brief) -> str:
    template = resources.files("briefs").joinpath("templates/brief.html").read_text("utf-8")
    return _env.from_string(template).render(brief=brief)
