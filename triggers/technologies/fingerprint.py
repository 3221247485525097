"""Technology fingerprints in the Wappalyzer JSON shape, matched against a fetched page.

A catalogue is {"categories": {id: {"name"}}, "technologies": {name: {cats, website, headers,
cookies, meta, scriptSrc, scripts, html, dom, url, implies, excludes}}}. A pattern is a regular
expression with optional tags: "js\\.hs-scripts\\.com\\;confidence:50\\;version:\\1".
`js` patterns need a running browser and are not evaluated on static snapshots. Our own key
`jobs` is the pattern a job posting's text is searched with.

Each detection says which evidence it rests on: the script URL, cookie, header or markup that
matched, or the technology that implies it. A tag manager's own script is evidence of the tag
manager only; what it loads at run time is not in the page and is never guessed."""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup

# In the order evidence is listed: a script URL says most, markup least.
PAGE_KEYS = ("scriptSrc", "headers", "cookies", "meta", "dom", "scripts", "html", "url")
HTML_LIMIT = 500_000
FINGERPRINTS_ENV = "WHYNOW_FINGERPRINTS"  # characters of markup searched; pages beyond it are truncated


@dataclass(frozen=True)
class Pattern:
    regex: re.Pattern[str]
    confidence: int = 100
    version: str | None = None
    # Lower-case texts one of which every match contains: a cheap test before the regex.
    literals: tuple[str, ...] | None = None

    def search(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        if self.literals:
            lowered = lowered if lowered is not None else text.lower()
            if not any(literal in lowered for literal in self.literals):
                return None
        return self.regex.search(text)

    def match(self, text: str) -> tuple[int, str | None] | None:
        found = self.search(text)
        return (self.confidence, _version(self.version, found)) if found else None if self.version else None


@dataclass
class Technology:
    name: str
    categories: list[str]
    website: str
    patterns: dict[str, Any]  # key -> list[Pattern] or {name: list[Pattern]}
    implies: list[tuple[str, int]] = field(default_factory=list)
    excludes: list[str] = field(default_factory=list)
    jobs: Pattern | None = None


@dataclass
class Detection:
    name: str
    categories: list[str]
    confidence: int
    version: str | None
    evidence: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "categories": self.categories, "confidence": self.confidence,
                "version": self.version, "evidence": self.evidence}


@dataclass
class Page:
    """What a fetch gave: the final URL, response headers (lower-case names), cookie names
    set, and the markup."""

    url: str
    html: str
    headers: dict[str, str] = field(default_factory=dict)
    cookies: dict[str, str] = field(default_factory=dict)


def cookies_set(headers: Iterable[str]) -> dict[str, str]:
    """Cookie name -> value from the Set-Cookie headers of a response."""
    cookies = {}
    for header in headers:
        name, _, value = header.split(";", 1)[0].partition("=")
        cookies[name.strip()] = value.strip()
    return cookies


class CatalogueError(ValueError):
    pass


class Catalogue:
    def __init__(self, technologies: dict[str, Technology]):
        self.technologies = technologies

    @classmethod
    def load(cls, extra: Iterable[Path | str] | None = None) -> Catalogue:
        """Ours, plus user files in the same shape (theirs win on a name clash): `extra`, or
        else those $WHYNOW_FINGERPRINTS names (separated by commas)."""
        if extra is None:
            extra = [p for p in os.environ.get(FINGERPRINTS_ENV, "").split(",") if p.strip()]
        technologies = dict(_bundled().technologies)
        for path in extra:
            try:
                data = json.loads(Path(path).read_text(encoding="utf-8"))
            except (OSError, ValueError) as error:
                raise CatalogueError(f"{path}: cannot read fingerprints: {error}") from error
            technologies.update(parse_catalogue(data, str(path)))
        return cls(technologies)

    def __len__(self) -> int:
        return len(self.technologies)

    def analyze(self, page: Page) -> list[Detection]:
        """Every technology the page shows, with its evidence, implied ones included."""
        facts = _PageFacts(page)
        found: dict[str, Detection] = {}
        for tech in self.technologies.values():
            confidence, version, evidence = 0, None, []
            for key, patterns in tech.patterns.items():
                for hit in facts.matches(key, patterns):
                    if hit[2] in evidence:
                        continue
                    confidence += hit[0]
                    version = version or hit[1]
                    evidence.append(hit[2])
            if evidence:
                found[tech.name] = Detection(tech.name, tech.categories, min(confidence, 100),
                                             version, evidence)
        self._imply(found)
        for detection in list(found.values()):
            for excluded in self.technologies[detection.name].excludes:
                found.pop(excluded, None)
        return sorted(found.values(), key=lambda d: d.name.lower())

    def _imply(self, found: dict[str, Detection]) -> None:
        queue = list(found)
        while queue:
            source = self.technologies.get(queue.pop())
            if source is None:
                continue
            for name, confidence in source.implies:
                if name in found or name not in self.technologies:
                    continue
                implied = self.technologies[name]
                found[name] = Detection(name, implied.categories, confidence, None,
                                        [f"implied by {source.name}"])
                queue.append(name)

    def in_text(self, text: str) -> dict[str, str]:
        """Technologies a text (a job posting) names: name -> the words that matched."""
        found, lowered = {}, text.lower()
        for tech in self.technologies.values():
            if tech.jobs is not None:
                hit = tech.jobs.search(text, lowered)
                if hit:
                    found[tech.name] = hit.group(0)
        return found

    def category_of(self, name: str) -> list[str]:
        tech = self.technologies.get(name)
        return tech.categories if tech else []


@cache
def _bundled() -> Catalogue:
    text = resources.files("triggers.technologies").joinpath("catalogue.json").read_text("utf-8")
    return Catalogue(parse_catalogue(json.loads(text), "catalogue.json"))


def parse_catalogue(data: dict[str, Any], source: str) -> dict[str, Technology]:
    if not isinstance(data, dict):
        raise CatalogueError(f"{source}: not a JSON object")
    categories = {str(k): v.get("name", str(k)) for k, v in (data.get("categories") or {}).items()
                  if isinstance(v, dict)}
    entries = data.get("technologies", data)  # Wappalyzer's per-letter files hold names only
    technologies = {}
    for name, spec in entries.items():
        if name == "categories" or not isinstance(spec, dict):
            continue
        try:
            technologies[name] = _technology(name, spec, categories)
        except (re.error, TypeError, ValueError) as error:
            raise CatalogueError(f"{source}: technology {name!r}: {error}") from error
    return technologies


def _technology(name: str, spec: dict[str, Any], categories: dict[str, str]) -> Technology:
    patterns: dict[str, Any] = {}
    for key in PAGE_KEYS:
        if key not in spec:
            continue
        value = spec[key]
        if key == "dom":
            patterns[key] = _dom(value)
        elif isinstance(value, dict):
            patterns[key] = {k.lower() if key == "headers" else k: _patterns(v)
                             for k, v in value.items()}
        else:
            patterns[key] = _patterns(value)
    implies = [_name_and_confidence(i) for i in _as_list(spec.get("implies"))]
    return Technology(
        name, [categories.get(str(c), str(c)) for c in spec.get("cats", [])],
        spec.get("website", ""), patterns, implies, _as_list(spec.get("excludes")),
        parse_pattern(spec["jobs"]) if spec.get("jobs") else None)


def parse_pattern(text: str) -> Pattern:
    regex, *tags = str(text).split("\\;")
    confidence, version = 100, None
    for tag in tags:
        key, _, value = tag.partition(":")
        if key == "confidence":
            confidence = int(value)
        elif key == "version":
            version = value
    return Pattern(re.compile(regex, re.IGNORECASE), confidence, version, required_literals(regex))


_GROUP = re.compile(r"\((?:[^()\\]|\\.)*\)[?*]?|\[(?:[^\]\\]|\\.)*\][?*+]?|\{[^}]*\}")
_BREAKING_ESCAPE = re.compile(r"\\[A-Za-z0-9()\[\]{}^$|?*+]")  # \b \d \s \( ...: not plain text
_QUANTIFIERS = ("?", "*", "{")
_REGEX_META = set("^$.|?*+()[]{}\x00")


def required_literals(regex: str) -> tuple[str, ...] | None:
    """Lower-case texts one of which any match must contain: per top-level alternative, the
    longest literal run outside groups and character classes. None when an alternative has
    too little literal text."""
    text = _BREAKING_ESCAPE.sub("\x00", regex)
    while (reduced := _GROUP.sub("\x00", text)) != text:  # innermost groups first
        text = reduced
    if any(c in text for c in "()[]"):
        return None
    literals = [_longest_run(branch) for branch in text.split("|")]
    if None not in literals:
        return tuple(literals)
    if "|" not in text:  # "\b(?:Pardot|Account Engagement)\b": one of the group's texts
        for group in _required_groups(regex):
            found = required_literals(group)
            if found:
                return found
    return None


def _required_groups(regex: str) -> Iterator[str]:
    """The insides of top-level groups that must match (no ?, * or {0 after them, not
    lookarounds)."""
    depth, start, i = 0, 0, 0
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            i += 2
            continue
        if char == "(":
            depth += 1
            if depth == 1:
                start = i
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                inside = regex[start + 1:i]
                optional = regex[i + 1:i + 2] in ("?", "*") or regex[i + 1:i + 3] == "{0"
                if not optional and not inside.startswith(("?=", "?!", "?<=", "?<!")):
                    yield re.sub(r"^\?(?::|P<\w+>)", "", inside)
        i += 1


def _longest_run(text: str) -> str | None:
    runs, run, i = [], "", 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            char, i = text[i + 1], i + 1
        elif char in _REGEX_META:
            runs.append(run)
            run, i = "", i + 1
            continue
        if text[i + 1:i + 2] in _QUANTIFIERS:  # this character may be absent
            runs.append(run)
            run = ""
        else:
            run += char
        i += 1
    runs.append(run)
    best = max(runs, key=len)
    return best.lower() if len(best) >= 3 else None


def _patterns(value: Any) -> list[Pattern]:
    return [parse_pattern(v) for v in _as_list(value)]


def _dom(value: Any) -> dict[str, Any]:
    """{selector: {"exists": "", "text": pattern, "attributes": {name: pattern}}}."""
    if isinstance(value, str | list):
        return {selector: {"exists": ""} for selector in _as_list(value)}
    return {selector: ({"exists": ""} if not isinstance(spec, dict) else {
        "exists": "exists" in spec,
        "text": _patterns(spec["text"]) if "text" in spec else [],
        "attributes": {k: _patterns(v) for k, v in (spec.get("attributes") or {}).items()},
    }) for selector, spec in value.items()}


def _name_and_confidence(text: str) -> tuple[str, int]:
    name, *tags = text.split("\\;")
    confidence = next((int(t.split(":", 1)[1]) for t in tags if t.startswith("confidence:")), 100)
    return name, confidence


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _version(template: str | None, found: re.Match[str]) -> str | None:
    if not template:
        return None

    def group(m: re.Match[str]) -> str:
        index = int(m.group(1))
        return (found.group(index) or "") if index <= (found.re.groups or 0) else ""

    version = re.sub(r"\\(\d)", group, template).strip()
    return version or None


_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def _attributes(tag: str) -> dict[str, str]:
    return {m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or m.group(4) or "")
            for m in _ATTRIBUTE.finditer(tag)}


class _PageFacts:
    """The parts of a page each pattern key looks at, extracted once (with regular
    expressions: a full parse is only made for `dom` patterns)."""

    def __init__(self, page: Page):
        self.page = page
        self.html = page.html[:HTML_LIMIT]
        self.texts: dict[str, tuple[list[str], list[str]]] = {}  # key -> texts, lower-cased
        self.script_srcs, self.scripts = [], []
        for match in _SCRIPT.finditer(self.html):
            src = _attributes(match.group(1)).get("src")
            if src:
                self.script_srcs.append(src)
            elif match.group(2).strip():
                self.scripts.append(match.group(2))
        self.meta: dict[str, str] = {}
        for tag in _META.finditer(self.html):
            attributes = _attributes(tag.group(0))
            key = (attributes.get("name") or attributes.get("property")
                   or attributes.get("http-equiv") or "").lower()
            if key and "content" in attributes:
                self.meta.setdefault(key, attributes["content"])
        self._soup: BeautifulSoup | None = None

    @property
    def soup(self) -> BeautifulSoup:
        if self._soup is None:
            self._soup = BeautifulSoup(self.html, "lxml")
        return self._soup

    def matches(self, key: str, patterns: Any) -> Iterable[tuple[int, str | None, str]]:
        if key in ("html", "scripts", "scriptSrc", "url"):
            if key not in self.texts:
                texts = {"html": [self.html], "scripts": self.scripts,
                         "scriptSrc": self.script_srcs, "url": [self.page.url]}[key]
                self.texts[key] = (texts, [text.lower() for text in texts])
            yield from _hits(patterns, *self.texts[key], key)
        elif key in ("headers", "cookies", "meta"):
            values = {"headers": self.page.headers, "cookies": self.page.cookies,
                      "meta": self.meta}[key]
            yield from _named(patterns, values, key)
        elif key == "dom":
            yield from self._dom(patterns)

    def _dom(self, selectors: dict[str, Any]) -> Iterable[tuple[int, str | None, str]]:
        for selector, spec in selectors.items():
            try:
                nodes = self.soup.select(selector, limit=5)
            except ValueError:
                continue
            for node in nodes:
                if spec.get("exists"):
                    yield 100, None, f"dom: {selector}"
                    break
                for pattern in spec.get("text", []):
                    hit = pattern.match(node.get_text(" ", strip=True))
                    if hit:
                        yield hit[0], hit[1], f"dom: {selector} text"
                for attribute, patterns in spec.get("attributes", {}).items():
                    for pattern in patterns:
                        hit = pattern.match(str(node.get(attribute) or ""))
                        if hit:
                            yield hit[0], hit[1], f"dom: {selector}[{attribute}]"


def _hits(patterns: list[Pattern], texts: list[str], lowered: list[str],
          key: str) -> Iterable[tuple]:
    """The first text each pattern finds; a script URL is shown whole, markup around the
    match."""
    for pattern in patterns:
        for text, low in zip(texts, lowered, strict=True):
            found = pattern.search(text, low)
            if found:
                shown = text if key in ("scriptSrc", "url") else " ".join(
                    text[max(found.start() - 20, 0):found.end() + 40].split())
                yield pattern.confidence, _version(pattern.version, found), f"{key}: {shown}"
                break


def _named(patterns: dict[str, list[Pattern]], values: dict[str, str], key: str) -> Iterable[tuple]:
    """Headers, cookies and meta: patterns on the value of a name (for cookies the name may
    be a prefix ending in '_' or '-', or a regular expression)."""
    for name, name_patterns in patterns.items():
        keys = [k for k in values if _name_regex(name).fullmatch(k)] if key == "cookies" else (
            [name.lower()] if name.lower() in values else [])
        for found_key in keys[:1]:
            value = values[found_key]
            for pattern in name_patterns:
                found = pattern.regex.search(value)
                if found:
                    shown = f" = {value[:80]}" if pattern.regex.pattern else ""
                    yield (pattern.confidence, _version(pattern.version, found),
                           f"{key}: {found_key}{shown}")
                    break


@cache
def _name_regex(name: str) -> re.Pattern[str]:
    if name.endswith(("_", "-")):
        return re.compile(re.escape(name) + ".*")
    try:
        return re.compile(name)
    except re.error:
        return re.compile(re.escape(name))
