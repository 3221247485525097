"""The brief as Markdown, HTML (fit for email: inline CSS, every crawled string escaped) or
JSON."""

from __future__ import annotations

import json
from importlib import resources

from jinja2 import Environment, select_autoescape

from .brief import Brief

FORMATS = ("md", "html", "json")


def render(brief: Brief, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(brief.to_dict(), indent=2) + "\n"
    if fmt == "md":
        return to_markdown(brief)
    if fmt == "html":
        return to_html(brief)
    raise ValueError(f"unknown brief format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _md(text: str) -> str:
    """Crawled text inside Markdown: no stray markup, no line breaks."""
    escaped = " ".join(str(text).split())
    for char in "\\`*_[]<>|":
        escaped = escaped.replace(char, "\\" + char)
    return escaped


def to_markdown(brief: Brief) -> str:
    lines = [f"# whynow brief, {brief.as_of.isoformat()}", ""]
    if not brief.owners:
        lines += [f"No account on the watchlist has a trigger in the {brief.window_days} days"
                  f" to {brief.as_of.isoformat()}.", ""]
    for owner, accounts in brief.owners.items():
        lines += [f"## {_md(owner)}: {len(accounts)} account{'s' * (len(accounts) != 1)}", ""]
        for rank, account in enumerate(accounts, start=1):
            domain = f" ({_md(account.domain)})" if account.domain else ""
            lines += [f"### {rank}. {_md(account.name)}{domain}, score {account.score:g}", "",
                      f"**Why now:** {_md(account.why_now)}", ""]
            for event in account.events:
                lines.append(f"- **{event.label}**, {event.published.isoformat()}:"
                             f" {_md(event.summary)}")
                for evidence in event.evidence[:3]:
                    lines.append(f"  - > {_md(evidence['quote'])}  ")
                    lines.append(f"    [{_md(evidence['published'] or 'source')}]"
                                 f"(<{safe_url(evidence['url']).replace('>', '%3E')}>)")
            lines.append("")
    return "\n".join(lines)


_env = Environment(autoescape=select_autoescape(default=True, default_for_string=True),
                   trim_blocks=True, lstrip_blocks=True)


def safe_url(url: str) -> str:
    """Links only to http(s): a crawled 'javascript:' URL must not become a live link."""
    return url if str(url).lower().startswith(("http://", "https://")) else "#"


_env.filters["safe_url"] = safe_url


def to_html(brief: Brief) -> str:
    template = resources.files("briefs").joinpath("templates/brief.html").read_text("utf-8")
    return _env.from_string(template).render(brief=brief)
