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


@dataclass
class Mention:
    account_id: str
    span: Span
    text: str


class AccountIndex:
    """Finds mentions of watchlist accounts in text, and resolves a company name to one."""

    def __init__(self, accounts: list[AccountRef]):
        self.accounts = {account.account_id: account for account in accounts}
        self._by_name: dict[str, str] = {}
        patterns: list[tuple[str, str]] = []
        for account in accounts:
            for name in [account.name, *account.aliases]:
                key = normalize_company(name)
                if len(key) < _MIN_NAME_LENGTH:
                    continue
                self._by_name.setdefault(key, account.account_id)
                bare = re.sub(r"[\s,]+(Inc|Ltd|LLC|Corp|GmbH|AG|SA|plc|Co)\.?$", "", name.strip())
                patterns.extend((variant, account.account_id) for variant in {name.strip(), bare})
            if account.domain:
                self._by_name.setdefault(account.domain, account.account_id)
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

    def resolve(self, company: str | None) -> str | None:
        """The account a company name (or domain) refers to, after normalising both."""
        if not company:
            return None
        key = normalize_company(company)
        if key in self._by_name:
            return self._by_name[key]
        return self._by_name.get(company.strip().lower())

    def name_of(self, account_id: str) -> str:
        return self.accounts[account_id].name
