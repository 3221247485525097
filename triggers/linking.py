"""Which watchlist account a piece of text is about: names, aliases and domains."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Span
from .text import normalize_company

# A name that is also an everyday word links only when written as a name (capitalised) and
# never on its own as the first word of a sentence; these are checked case-sensitively.
_MIN_NAME_LENGTH = 2


@dataclass
class AccountRef:
    account_id: str
    name: str
    domain: str | None
    aliases: list[str]
    description: str = ""  # what it does (industry, description): tells same-named apart


@dataclass
class Mention:
    account_id: str
    span: Span
    text: str


class AccountIndex:
    """Finds mentions of watchlist accounts in text, and resolves a company name to one."""

    def __init__(self, accounts: list[AccountRef]):
        self.accounts = {account.account_id: account for account in accounts}
        self._by_name: dict[str, list[str]] = {}
        patterns: list[tuple[str, str]] = []
        for account in accounts:
            for name in [account.name, *account.aliases]:
                key = normalize_company(name)
                if len(key) < _MIN_NAME_LENGTH:
                    continue
                ids = self._by_name.setdefault(key, [])
                if account.account_id not in ids:
                    ids.append(account.account_id)
                bare = re.sub(r"[\s,]+(Inc|Ltd|LLC|Corp|GmbH|AG|SA|plc|Co)\.?$", "", name.strip())
                patterns.extend((variant, account.account_id) for variant in {name.strip(), bare})
            if account.domain:
                self._by_name.setdefault(account.domain, []).append(account.account_id)
                patterns.append((account.domain, account.account_id))
        # Longest first, so "Acme Robotics" wins over "Acme".
        patterns.sort(key=lambda p: -len(p[0]))
        self._patterns = [
            (re.compile(r"(?<![\w@.-])" + re.escape(text) + r"(?![\w-]|\.\w)",
                        re.IGNORECASE if "." in text and " " not in text else 0), account_id)
            for text, account_id in patterns if text
        ]

    def __bool__(self) -> bool:
        return bool(self.accounts)

    def mentions(self, text: str) -> list[Mention]:
        found: list[Mention] = []
        for pattern, account_id in self._patterns:
            for match in pattern.finditer(text):
                span = Span(match.start(), match.end())
                if any(span.overlaps(m.span) for m in found):
                    continue
                found.append(Mention(account_id, span, match.group(0)))
        return sorted(found, key=lambda m: m.span.start)

    def resolve(self, company: str | None, context: str = "") -> tuple[str | None, float]:
        """The account a company name (or domain) refers to, after normalising both, and how
        sure that is. Two accounts of one name are told apart by the document (`context`):
        a link to one's domain, else the words of its description; failing both, neither."""
        if not company:
            return None, 0.0
        ids = self._by_name.get(normalize_company(company)) or self._by_name.get(
            company.strip().lower()) or []
        if len(ids) <= 1:
            return (ids[0], 1.0) if ids else (None, 0.0)
        return self._disambiguate(ids, context.lower())

    def _disambiguate(self, ids: list[str], context: str) -> tuple[str | None, float]:
        linked = [i for i in ids if self.accounts[i].domain and self.accounts[i].domain in context]
        if len(linked) == 1:
            return linked[0], 0.95
        words = set(re.findall(r"[a-z]{4,}", context))
        overlap = sorted(((len(words & set(re.findall(r"[a-z]{4,}",
                                                      self.accounts[i].description.lower()))), i)
                          for i in ids), reverse=True)
        if overlap[0][0] > overlap[1][0]:
            return overlap[0][1], 0.7
        return None, 0.0

    def name_of(self, account_id: str) -> str:
        return self.accounts[account_id].name
