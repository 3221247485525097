"""Score = fit x timing. Timing: each event's weight, halved every half-life from its
published day to the brief's day, and stacked: 1 - prod(1 - s), so two independent signals
beat one."""

from __future__ import annotations

from datetime import date

from watchlists.icp import ICP


class TimingModel:
    def __init__(self, icp: ICP | None = None):
        self.icp = icp or ICP()

    def age(self, published: date, as_of: date) -> int:
        return max((as_of - published).days, 0)

    def score(self, event_type: str, published: date, as_of: date) -> float:
        settings = self.icp.trigger(event_type)
        return settings.weight * 0.5 ** (self.age(published, as_of) / settings.half_life_days)

    def alive(self, event_type: str, published: date, as_of: date) -> bool:
        """Within the trigger's useful life (and not in the future)."""
        return published <= as_of and (
            self.age(published, as_of) <= self.icp.trigger(event_type).useful_life_days)

    @staticmethod
    def account_timing(scores: list[float]) -> float:
        """The stacked score of an account's events, 0-100."""
        remaining = 1.0
        for value in scores:
            remaining *= 1 - min(value, 1.0)
        return round(100 * (1 - remaining), 1)


def combined(fit: float, timing: float) -> float:
    """Fit x timing on 0-100: a perfect fit with a fresh funding round scores 100."""
    return round(fit * timing / 100, 1)
