"""The ICP in one file: fit rules, negative qualifiers and, per trigger type, a weight, a
half-life, a useful life and the persona to contact.

```toml
[[fit]]
rule = "B2B software"
points = 30
industry = ["Software", "SaaS"]

[[fit]]
rule = "50 to 5,000 employees"
points = 25
employees = { min = 50, max = 5000 }

[[disqualify]]
reason = "Existing customer"
tier = ["customer"]

[triggers.funding]
weight = 1.0
half_life_days = 30
```

A rule holds one or more conditions on account attributes; all must hold. A condition is a
list (the attribute is one of these, case-insensitive; for `technologies`, has any of them),
or a table: `{any = [...]}`, `{all = [...]}`, `{none = [...]}`, `{contains = [...]}` (a part
of the text) or `{min = N, max = N}`. An attribute the watchlist does not know never matches
and never disqualifies.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .accounts import Account
from .regions import region_of

TRIGGER_TYPES = ("funding", "leadership_change", "hiring_spike", "tech_stack_change",
                 "hiring_plan", "expansion", "acquisition", "partnership", "product_launch",
                 "layoffs", "contract_win", "ipo")
# weight, half-life in days, persona; a trigger's useful life is USEFUL_HALF_LIVES half-lives.
DEFAULT_TRIGGERS: dict[str, tuple[float, int, str]] = {
    "funding": (1.0, 30, "CFO or CEO"),
    "leadership_change": (0.8, 90, "{person}, new {role}"),
    "hiring_spike": (0.7, 21, "Head of {department}"),
    "tech_stack_change": (0.6, 60, "the owner of {technology}"),
    "hiring_plan": (0.5, 30, "VP People"),
    "expansion": (0.5, 45, "COO"),
    "acquisition": (0.5, 60, "CEO"),
    "partnership": (0.4, 30, "VP Partnerships"),
    "product_launch": (0.4, 30, "VP Product"),
    "layoffs": (0.3, 30, "COO or CFO"),
    "contract_win": (0.4, 30, "COO"),
    "ipo": (0.6, 60, "CFO"),
}
USEFUL_HALF_LIVES = 3
ATTRIBUTES = ("name", "domain", "industry", "employees", "country", "region", "tier", "owner",
              "technologies")
NUMERIC = {"employees"}
OPERATORS = ("any", "all", "none", "contains", "min", "max")
DEFAULT_FILES = ("whynow.toml", "whynow.yaml", "whynow.yml")


class ICPError(ValueError):
    """Every problem found in an ICP file, each naming where it is."""

    def __init__(self, source: str, problems: list[str]):
        self.source, self.problems = source, problems
        super().__init__(f"{source}: " + "; ".join(problems))


@dataclass(frozen=True)
class Condition:
    attribute: str
    operator: str  # any | all | none | contains | range
    values: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None

    def holds(self, account: Account) -> bool | None:
        """True or False; None when the account does not say."""
        value = account_attribute(account, self.attribute)
        if value in (None, [], ""):
            return None
        if self.operator == "range":
            return ((self.low is None or value >= self.low)
                    and (self.high is None or value <= self.high))
        have = {str(v).strip().lower() for v in (value if isinstance(value, list) else [value])}
        wanted = {v.lower() for v in self.values}
        if self.operator == "contains":
            return any(w in h for h in have for w in wanted)
        if self.operator == "all":
            return wanted <= have
        if self.operator == "none":
            return not have & wanted
        return bool(have & wanted)

    def describe(self) -> str:
        if self.operator == "range":
            bounds = [f">= {self.low:g}" if self.low is not None else "",
                      f"<= {self.high:g}" if self.high is not None else ""]
            return f"{self.attribute} {' and '.join(b for b in bounds if b)}"
        return f"{self.attribute} {self.operator} {', '.join(self.values)}"


@dataclass(frozen=True)
class Rule:
    name: str
    conditions: tuple[Condition, ...]
    points: float = 0.0

    def holds(self, account: Account) -> bool | None:
        results = [condition.holds(account) for condition in self.conditions]
        if False in results:
            return False
        return None if None in results else True


@dataclass(frozen=True)
class TriggerSettings:
    weight: float
    half_life_days: float
    useful_life_days: float
    persona: str


@dataclass
class Fit:
    score: float  # 0-100
    matched: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # rules the watchlist cannot tell
    disqualified: str | None = None  # the reason, when a negative qualifier holds


@dataclass
class ICP:
    fit_rules: list[Rule] = field(default_factory=list)
    disqualifiers: list[Rule] = field(default_factory=list)
    triggers: dict[str, TriggerSettings] = field(default_factory=dict)
    name: str = "default (no fit rules: every account fits)"
    source: str | None = None

    def __post_init__(self) -> None:
        for kind in TRIGGER_TYPES:
            self.triggers.setdefault(kind, default_trigger(kind))

    def fit(self, account: Account) -> Fit:
        for rule in self.disqualifiers:
            if rule.holds(account):
                return Fit(0.0, disqualified=rule.name)
        total = sum(rule.points for rule in self.fit_rules)
        if not total:
            return Fit(100.0)
        result = Fit(0.0)
        for rule in self.fit_rules:
            holds = rule.holds(account)
            if holds:
                result.matched.append(rule.name)
                result.score += rule.points
            elif holds is None:
                result.unknown.append(rule.name)
        result.score = round(100 * result.score / total, 1)
        return result

    def trigger(self, kind: str) -> TriggerSettings:
        return self.triggers.get(kind) or default_trigger(kind)


def default_trigger(kind: str) -> TriggerSettings:
    weight, half_life, persona = DEFAULT_TRIGGERS.get(kind, (0.4, 30, "CEO"))
    return TriggerSettings(weight, half_life, half_life * USEFUL_HALF_LIVES, persona)


def account_attribute(account: Account, attribute: str) -> Any:
    if attribute == "region":
        return region_of(account.country)
    return getattr(account, attribute)


def find_icp_file(path: Path | None = None) -> Path | None:
    """The given file, else whynow.toml (or .yaml) in the working folder, else none."""
    if path is not None:
        return path
    return next((Path(name) for name in DEFAULT_FILES if Path(name).is_file()), None)


def load_icp(path: Path | None = None) -> ICP:
    """The ICP from `path` (TOML or YAML), or the default when there is no file."""
    path = find_icp_file(path)
    if path is None:
        return ICP()
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text) if path.suffix in (".yaml", ".yml") else tomllib.loads(text)
    except FileNotFoundError as error:
        raise ICPError(str(path), ["no such file"]) from error
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as error:
        raise ICPError(str(path), [f"not valid {path.suffix.lstrip('.').upper()}: {error}"]) from error
    return parse_icp(data or {}, str(path))


def parse_icp(data: dict[str, Any], source: str = "ICP") -> ICP:
    problems: list[str] = []
    if not isinstance(data, dict):
        raise ICPError(source, ["the top level must be a table"])
    for key in data:
        if key not in ("name", "fit", "disqualify", "triggers"):
            problems.append(f"unknown section {key!r} (use name, fit, disqualify, triggers)")
    fit_rules = _rules(data.get("fit", []), "fit", "rule", problems)
    disqualifiers = _rules(data.get("disqualify", []), "disqualify", "reason", problems)
    triggers = _triggers(data.get("triggers", {}), problems)
    if problems:
        raise ICPError(source, problems)
    return ICP(fit_rules, disqualifiers, triggers, str(data.get("name") or source), source)


def _rules(entries: Any, section: str, label: str, problems: list[str]) -> list[Rule]:
    if not isinstance(entries, list):
        problems.append(f"{section} must be a list of tables ([[{section}]])")
        return []
    rules = []
    for index, entry in enumerate(entries, start=1):
        where = f"{section}[{index}]"
        if not isinstance(entry, dict):
            problems.append(f"{where} must be a table")
            continue
        name = entry.get(label)
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}: give it a {label!r} (text shown in briefs)")
            name = where
        points = entry.get("points", 0 if section == "disqualify" else None)
        if section == "fit" and (isinstance(points, bool) or not isinstance(points, int | float)
                                 or points <= 0):
            problems.append(f"{where}: points must be a positive number, got {points!r}")
            points = 0
        conditions = [
            _condition(key, value, f"{where}.{key}", problems)
            for key, value in entry.items() if key not in (label, "points")
        ]
        if not conditions:
            problems.append(f"{where}: no condition (attributes: {', '.join(ATTRIBUTES)})")
        rules.append(Rule(name, tuple(c for c in conditions if c), float(points or 0)))
    return rules


def _condition(attribute: str, value: Any, where: str, problems: list[str]) -> Condition | None:
    if attribute not in ATTRIBUTES:
        problems.append(f"{where}: unknown attribute (use {', '.join(ATTRIBUTES)})")
        return None
    if isinstance(value, str | list):
        value = {"any": value}
    if not isinstance(value, dict) or not value:
        problems.append(f"{where}: use a list of values or a table like {{any = [...]}}")
        return None
    unknown = [op for op in value if op not in OPERATORS]
    if unknown:
        problems.append(f"{where}: unknown operator {unknown[0]!r} (use {', '.join(OPERATORS)})")
        return None
    if "min" in value or "max" in value:
        return _range(attribute, value, where, problems)
    if len(value) > 1:
        problems.append(f"{where}: one of any, all, none, contains per condition")
        return None
    [(operator, values)] = value.items()
    values = [values] if isinstance(values, str) else values
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        problems.append(f"{where}.{operator}: a list of text values")
        return None
    return Condition(attribute, operator, tuple(values))


def _range(attribute: str, value: dict, where: str, problems: list[str]) -> Condition | None:
    if attribute not in NUMERIC:
        problems.append(f"{where}: min and max apply to {', '.join(sorted(NUMERIC))} only")
        return None
    if set(value) - {"min", "max"}:
        problems.append(f"{where}: min and max cannot be mixed with other operators")
        return None
    low, high = value.get("min"), value.get("max")
    for bound, name in ((low, "min"), (high, "max")):
        if bound is not None and (isinstance(bound, bool) or not isinstance(bound, int | float)):
            problems.append(f"{where}.{name}: a number, got {bound!r}")
            return None
    if low is not None and high is not None and low > high:
        problems.append(f"{where}: min {low} is above max {high}")
        return None
    return Condition(attribute, "range", low=low, high=high)


def _triggers(data: Any, problems: list[str]) -> dict[str, TriggerSettings]:
    if not isinstance(data, dict):
        problems.append("triggers must be a table of trigger types")
        return {}
    triggers = {}
    for kind, settings in data.items():
        where = f"triggers.{kind}"
        if kind not in TRIGGER_TYPES:
            problems.append(f"{where}: unknown trigger type (use {', '.join(TRIGGER_TYPES)})")
            continue
        if not isinstance(settings, dict):
            problems.append(f"{where} must be a table")
            continue
        default = default_trigger(kind)
        unknown = set(settings) - {"weight", "half_life_days", "useful_life_days", "persona"}
        if unknown:
            problems.append(f"{where}: unknown setting {sorted(unknown)[0]!r} (use weight,"
                            " half_life_days, useful_life_days, persona)")
        weight = _number(settings, "weight", default.weight, where, problems, upper=1.0)
        half_life = _number(settings, "half_life_days", default.half_life_days, where, problems)
        useful = _number(settings, "useful_life_days", half_life * USEFUL_HALF_LIVES, where,
                         problems)
        persona = settings.get("persona", default.persona)
        if not isinstance(persona, str) or not persona.strip():
            problems.append(f"{where}.persona: text, got {persona!r}")
            persona = default.persona
        triggers[kind] = TriggerSettings(weight, half_life, useful, persona)
    return triggers


def _number(settings: dict, key: str, default: float, where: str, problems: list[str],
            upper: float | None = None) -> float:
    value = settings.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0 or (
            upper is not None and value > upper):
        limit = f" up to {upper:g}" if upper is not None else ""
        problems.append(f"{where}.{key}: a number above 0{limit}, got {value!r}")
        return default
    return float(value)
