"""Watchlists: accounts, their sources, import and export."""

from .accounts import (
    WATCHLIST_WIDE,
    Account,
    add_sources,
    find_account_id,
    hand_set_kinds,
    load_accounts,
    remove_account,
    remove_source,
    save_account,
    watchlist_feeds,
    watchlist_fingerprint,
)
from .domains import normalize_domain
from .export import export_csv, export_jsonl, export_yaml
from .importer import SOURCE_KINDS, ImportReport, RowError, check_source, import_file

__all__ = [
    "SOURCE_KINDS",
    "WATCHLIST_WIDE",
    "Account",
    "ImportReport",
    "RowError",
    "add_sources",
    "check_source",
    "export_csv",
    "export_jsonl",
    "export_yaml",
    "find_account_id",
    "hand_set_kinds",
    "import_file",
    "load_accounts",
    "normalize_domain",
    "remove_account",
    "remove_source",
    "save_account",
    "watchlist_feeds",
    "watchlist_fingerprint",
]
