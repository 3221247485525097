"""Write the watchlist back out in the same columns `import` reads."""

from __future__ import annotations

import csv
import io
import json

import yaml

from .accounts import Account
from .importer import SOURCE_KINDS

CSV_COLUMNS = ["name", "domain", "aliases", "owner", "industry", "employees", "country", "tier",
               "description", "technologies", "contacts", *SOURCE_KINDS]
_LIST_COLUMNS = ("aliases", "technologies", "contacts")


def export_csv(accounts: list[Account]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for account in accounts:
        row = {key: value for key, value in account.to_dict().items() if key in CSV_COLUMNS}
        for column in _LIST_COLUMNS:
            row[column] = "; ".join(getattr(account, column))
        for kind in SOURCE_KINDS:
            row[kind] = "; ".join(account.sources.get(kind, []))
        writer.writerow(row)
    return buffer.getvalue()


def export_yaml(accounts: list[Account], feeds: list[str]) -> str:
    data = {"feeds": feeds, "accounts": [_compact(account) for account in accounts]}
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def export_jsonl(accounts: list[Account]) -> str:
    return "".join(json.dumps(account.to_dict()) + "\n" for account in accounts)


def _compact(account: Account) -> dict:
    data = account.to_dict()
    data.pop("account_id")
    return {key: value for key, value in data.items() if value not in (None, [], {})}
