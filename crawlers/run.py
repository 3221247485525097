"""The crawl process: `python -m crawlers.run SPEC.json`.

Crawls run in a process of their own because Twisted's reactor cannot restart in-process.
The spec names the store, the run and the sources per kind; one JSON line per finished
source goes to stdout so the parent can show progress."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawlers.items import SourceResult
from crawlers.spiders import spider_classes


def crawl_settings(overrides: dict[str, Any]) -> Settings:
    """crawlers.settings, then WHYNOW_* environment variables, then the spec's overrides."""
    settings = Settings()
    settings.setmodule("crawlers.settings", priority="project")
    for key in list(settings.attributes):
        if key.startswith("WHYNOW_") and key in os.environ:
            settings.set(key, os.environ[key], priority="cmdline")
    for key, value in overrides.items():
        settings.set(key, value, priority="cmdline")
    return settings


def report_source(item: Any, **_: Any) -> None:
    if isinstance(item, SourceResult):
        line = {"kind": item.kind, "source": item.source, "status": item.status}
        print(json.dumps(line), flush=True)


class ErrorLog:
    """Errors inside whynow's own code (pipeline, spider callbacks): the crawl goes on, the
    process exits non-zero, and the parent shows them."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def item_error(self, item: Any, failure: Any, **_: Any) -> None:
        self.report(f"storing {type(item).__name__}: {failure.getErrorMessage()}")

    def spider_error(self, failure: Any, response: Any, **_: Any) -> None:
        self.report(f"parsing {response.url}: {failure.getErrorMessage()}")

    def report(self, message: str) -> None:
        self.errors.append(message)
        print(json.dumps({"error": message}), flush=True)


def main(spec_path: str) -> int:
    spec = json.loads(Path(spec_path).read_text())
    settings = crawl_settings({
        **spec.get("settings", {}),
        "WHYNOW_DB": spec["db"],
        "WHYNOW_RUN_ID": spec["run_id"],
        "WHYNOW_OBSERVED_AT": spec.get("observed_at"),
    })
    process = CrawlerProcess(settings, install_root_handler=True)
    spiders = spider_classes()
    errors = ErrorLog()
    for kind, sources in spec["sources"].items():
        if not sources:
            continue
        crawler = process.create_crawler(spiders[kind])
        crawler.signals.connect(report_source, signal=signals.item_scraped)
        crawler.signals.connect(errors.item_error, signal=signals.item_error)
        crawler.signals.connect(errors.spider_error, signal=signals.spider_error)
        process.crawl(crawler, sources=sources)
    process.start()
    return 1 if errors.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
