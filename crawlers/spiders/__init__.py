"""One spider per source kind. A new source kind is a new module here with a SourceSpider."""

from __future__ import annotations

import importlib
import pkgutil

from .base import SourceSpider


def spider_classes() -> dict[str, type[SourceSpider]]:
    """Every SourceSpider in this package, by the source kind it fetches."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    found: dict[str, type[SourceSpider]] = {}
    stack = list(SourceSpider.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if getattr(cls, "kind", None) and getattr(cls, "name", None):
            found[cls.kind] = cls
    return found
