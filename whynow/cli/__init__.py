"""The `whynow` command: a small CLI over the DuckDB store."""

from . import watchlist, pipeline, briefs  # noqa: F401, I001  (each registers its commands, in this order)
from .common import app

__all__ = ["app"]
