"""One detector per trigger type. A new type is a new module here with a TextDetector or a
HistoryDetector subclass; it is found by `text_detectors()` / `history_detectors()`."""

from __future__ import annotations

import importlib
import pkgutil

from .base import HistoryDetector, TextDetector


def _subclasses(base: type) -> list[type]:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    found, stack = [], list(base.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if getattr(cls, "type", None):
            found.append(cls)
    return sorted(found, key=lambda cls: cls.type)


def text_detectors() -> list[TextDetector]:
    return [cls() for cls in _subclasses(TextDetector)]


def history_detectors() -> list[HistoryDetector]:
    return [cls() for cls in _subclasses(HistoryDetector)]


__all__ = ["HistoryDetector", "TextDetector", "history_detectors", "text_detectors"]
