"""Accounts are keyed by their normalised domain."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def normalize_domain(value: str) -> str:
    """'https://WWW.Acme.com/about?x=1' -> 'acme.com'. Raises ValueError when it is no domain."""
    text = value.strip().lower()
    if not text:
        raise ValueError("empty domain")
    if "://" not in text:
        text = "//" + text
    host = urlsplit(text).hostname or ""
    host = host.rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    if not _DOMAIN.match(host):
        raise ValueError(f"not a domain: {value.strip()!r}")
    return host


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def account_key(name: str, domain: str | None) -> str:
    """The account id: its domain, or name:<slug> for an account known only by name."""
    return domain if domain else f"name:{slugify(name)}"
