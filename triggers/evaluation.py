"""Scoring `whynow detect` against labelled records (the format of ../shared/eval)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from .text import normalize_company

SCORED_FIELDS = ("amount", "currency", "round", "person", "role", "change", "technology",
                 "direction", "counterparty")


@dataclass
class TypeScore:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    fields: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 0.0

    @property
    def recall(self) -> float:
        labelled = self.true_positive + self.false_negative
        return self.true_positive / labelled if labelled else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    types: dict[str, TypeScore] = field(default_factory=lambda: defaultdict(TypeScore))
    event_free: int = 0
    event_free_alarms: int = 0

    @property
    def false_alarm_rate(self) -> float:
        return self.event_free_alarms / self.event_free if self.event_free else 0.0


def pairs(events: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """(type, normalised company) -> fields; the first event of a pair wins."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for event in events:
        out.setdefault((event["type"], normalize_company(event.get("company") or "")),
                       event.get("fields") or {})
    return out


def field_matches(name: str, expected: Any, actual: Any) -> bool:
    if name == "amount":
        return actual is not None and abs(float(actual) - float(expected)) <= 0.01 * float(
            expected or 1)
    if isinstance(expected, str) and isinstance(actual, str):
        return " ".join(expected.lower().split()) == " ".join(actual.lower().split())
    return expected == actual


def score(records: list[dict[str, Any]], predictions: dict[str, list[dict[str, Any]]]) -> Scores:
    scores = Scores()
    for record in records:
        expected = pairs(record.get("events") or [])
        predicted = pairs(predictions.get(record["id"], []))
        if not expected:
            scores.event_free += 1
            scores.event_free_alarms += bool(predicted)
        for key, fields in expected.items():
            type_score = scores.types[key[0]]
            if key not in predicted:
                type_score.false_negative += 1
                continue
            type_score.true_positive += 1
            for name in SCORED_FIELDS:
                if name in fields:
                    type_score.fields[name]["total"] += 1
                    type_score.fields[name]["right"] += field_matches(
                        name, fields[name], predicted[key].get(name))
        for key in predicted.keys() - expected.keys():
            scores.types[key[0]].false_positive += 1
    return scores
