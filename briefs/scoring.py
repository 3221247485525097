"""How much an event still says about timing: a weight per type, halved every half-life."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

DEFAULT_WEIGHTS = {"funding": 1.0, "leadership_change": 0.8, "hiring_spike": 0.7,
                   "tech_stack_change": 0.6}
DEFAULT_HALF_LIVES = {"funding": 30, "leadership_change": 90, "hiring_spike": 21,
                      "tech_stack_change": 60}
FALLBACK_WEIGHT = 0.5
FALLBACK_HALF_LIFE = 30


@dataclass
class TimingModel:
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    half_lives: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_HALF_LIVES))

    def score(self, event_type: str, published: date, as_of: date) -> float:
        age = max((as_of - published).days, 0)
        half_life = self.half_lives.get(event_type, FALLBACK_HALF_LIFE)
        return self.weights.get(event_type, FALLBACK_WEIGHT) * 0.5 ** (age / half_life)

    def account_score(self, scores: list[float]) -> float:
        """Independent signals stack: 1 - prod(1 - s), scaled to 0-100."""
        remaining = 1.0
        for value in scores:
            remaining *= 1 - min(value, 1.0)
        return round(100 * (1 - remaining), 1)
