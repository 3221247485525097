"""Accounts and their sources, kept in the store."""

from __future__ import annotations

import contextlib
from dataclasses import asdict, dataclass, field
from typing import Any

from whynow.clock import utcnow
from whynow.store import Store

from .domains import account_key

WATCHLIST_WIDE = ""  # account_id of sources that belong to no single account (news feeds)


@dataclass
class Account:
    name: str
    domain: str | None = None
    aliases: list[str] = field(default_factory=list)
    owner: str | None = None
    industry: str | None = None
    employees: int | None = None
    country: str | None = None
    tier: str | None = None
    description: str | None = None
    technologies: list[str] = field(default_factory=list)  # known from the CRM or an import
    contacts: list[str] = field(default_factory=list)  # business emails, for ad audiences
    sources: dict[str, list[str]] = field(default_factory=dict)

    @property
    def account_id(self) -> str:
        return account_key(self.name, self.domain)

    def to_dict(self) -> dict[str, Any]:
        data = {"account_id": self.account_id, **asdict(self)}
        data["sources"] = dict(sorted(data["sources"].items()))
        return data


_COLUMNS = ("name", "domain", "aliases", "owner", "industry", "employees", "country", "tier",
            "description", "technologies", "contacts")
_LIST_COLUMNS = ("aliases", "technologies", "contacts")


def save_account(store: Store, account: Account, origin: str = "manual") -> str:
    """Insert or update an account and add its sources. Returns 'new', 'changed' or 'unchanged'."""
    now = utcnow()
    values = [getattr(account, column) for column in _COLUMNS]
    existing = store.rows(
        f"SELECT {', '.join(_COLUMNS)} FROM accounts WHERE account_id = ?", [account.account_id]
    )
    with store.transaction():
        if not existing:
            store.execute(
                f"INSERT INTO accounts (account_id, {', '.join(_COLUMNS)}, created_at, updated_at)"
                f" VALUES (?, {', '.join('?' * len(_COLUMNS))}, ?, ?)",
                [account.account_id, *values, now, now],
            )
            outcome = "new"
        elif [existing[0][column] for column in _COLUMNS] != values:
            store.execute(
                f"UPDATE accounts SET {', '.join(c + ' = ?' for c in _COLUMNS)}, updated_at = ?"
                " WHERE account_id = ?",
                [*values, now, account.account_id],
            )
            outcome = "changed"
        else:
            outcome = "unchanged"
        added = add_sources(store, account.account_id, account.sources, origin, now)
    return "changed" if outcome == "unchanged" and added else outcome


def add_sources(store: Store, account_id: str, sources: dict[str, list[str]], origin: str,
                now=None, found_on: dict[tuple[str, str], str] | None = None) -> int:
    """Add sources that are not there yet; never overwrite one (a hand-set source stays).
    `found_on` says, per (kind, value), the page discovery found it on."""
    now = now or utcnow()
    added = 0
    for kind, values in sources.items():
        for value in values:
            exists = store.scalar(
                "SELECT count(*) FROM sources WHERE account_id = ? AND kind = ? AND value = ?",
                [account_id, kind, value],
            )
            if not exists:
                store.execute(
                    "INSERT INTO sources (account_id, kind, value, origin, added_at, found_on)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [account_id, kind, value, origin, now, (found_on or {}).get((kind, value))],
                )
                added += 1
    return added


def hand_set_kinds(store: Store, account_id: str) -> set[str]:
    """Source kinds RevOps set by hand (or imported) for the account: discovery leaves them."""
    return {row["kind"] for row in store.rows(
        "SELECT DISTINCT kind FROM sources WHERE account_id = ? AND origin <> 'discovered'",
        [account_id])}


def load_accounts(store: Store, owner: str | None = None,
                  account_ids: list[str] | None = None) -> list[Account]:
    """Accounts with their sources, ordered by name."""
    sql = f"SELECT account_id, {', '.join(_COLUMNS)} FROM accounts WHERE 1=1"
    params: list[Any] = []
    if owner:
        sql += " AND lower(owner) = lower(?)"
        params.append(owner)
    if account_ids:
        sql += " AND account_id IN (SELECT unnest(?))"
        params.append(list(account_ids))
    rows = store.rows(sql + " ORDER BY lower(name), account_id", params)
    sources: dict[str, dict[str, list[str]]] = {}
    for row in store.rows("SELECT account_id, kind, value FROM sources ORDER BY kind, value"):
        sources.setdefault(row["account_id"], {}).setdefault(row["kind"], []).append(row["value"])
    accounts = []
    for row in rows:
        account = Account(**{column: row[column] for column in _COLUMNS})
        for column in _LIST_COLUMNS:
            setattr(account, column, list(getattr(account, column) or []))
        account.sources = sources.get(row["account_id"], {})
        accounts.append(account)
    return accounts


def find_account_id(store: Store, key: str) -> str | None:
    """An account by id, domain (any spelling) or exact name."""
    from .domains import normalize_domain

    candidates = [key.strip()]
    with contextlib.suppress(ValueError):
        candidates.append(normalize_domain(key))
    for candidate in candidates:
        found = store.scalar("SELECT account_id FROM accounts WHERE account_id = ?", [candidate])
        if found:
            return found
    return store.scalar(
        "SELECT account_id FROM accounts WHERE lower(name) = lower(?) ORDER BY account_id LIMIT 1",
        [key.strip()],
    )


def remove_account(store: Store, account_id: str) -> None:
    """Drop the account and its sources; what was observed about it stays in the store."""
    with store.transaction():
        store.execute("DELETE FROM sources WHERE account_id = ?", [account_id])
        store.execute("DELETE FROM accounts WHERE account_id = ?", [account_id])


def watchlist_feeds(store: Store) -> list[str]:
    return [
        row["value"]
        for row in store.rows(
            "SELECT value FROM sources WHERE account_id = ? AND kind = 'feed' ORDER BY value",
            [WATCHLIST_WIDE],
        )
    ]


def remove_source(store: Store, account_id: str, kind: str, value: str) -> int:
    count = store.scalar(
        "SELECT count(*) FROM sources WHERE account_id = ? AND kind = ? AND value = ?",
        [account_id, kind, value],
    )
    store.execute(
        "DELETE FROM sources WHERE account_id = ? AND kind = ? AND value = ?",
        [account_id, kind, value],
    )
    return count


def watchlist_fingerprint(store: Store) -> str:
    """Changes whenever an account is added, changed or removed (detection re-links then)."""
    row = store.execute(
        "SELECT count(*), coalesce(max(updated_at)::VARCHAR, ''),"
        " coalesce(sum(hash(account_id, name, aliases)), 0)::VARCHAR FROM accounts"
    ).fetchone()
    return ":".join(str(part) for part in row)
