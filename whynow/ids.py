"""Stable ids and content hashes: the same input always gives the same key."""

from __future__ import annotations

import hashlib
from typing import Any


def stable_id(*parts: Any) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def content_hash(*parts: Any) -> str:
    """Hash of the text with case and white space folded."""
    text = "\x1f".join(" ".join(str(part or "").split()).lower() for part in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
