"""`make bench`: throughput and peak memory, printed (never asserted).

detect: `whynow detect`'s reading over the real press releases of
../shared/data/press-releases-2023-2024.jsonl.xz (skipped with a message when absent).
Usage: python scripts/bench.py [--limit N]"""

from __future__ import annotations

import argparse
import itertools
import json
import lzma
import resource
import time
from pathlib import Path

from triggers import AccountIndex, detect_documents, document_from_json, sentence_typer

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_detect(limit: int | None) -> None:
    path = DATA / "press-releases-2023-2024.jsonl.xz"
    if not path.is_file():
        print(f"detect: skipped, no corpus at {path}")
        return
    with lzma.open(path, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in itertools.islice(handle, limit)]
    documents = [document_from_json({**r, "id": r.get("id") or str(i)})
                 for i, r in enumerate(records)]
    typer = sentence_typer()
    started = time.perf_counter()
    typer.similarities(["warm-up"])  # the model and the example sentences load once
    loaded = time.perf_counter()
    events = sum(len(found) for _, found in detect_documents(documents, AccountIndex([]), typer))
    done = time.perf_counter()
    rate = len(documents) / (done - loaded)
    print(f"detect: {len(documents)} documents in {done - loaded:.1f} s = {rate:.0f} documents/s"
          f" (model load {loaded - started:.1f} s, {events} events); peak memory"
          f" {peak_mib():.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    bench_detect(parser.parse_args().limit)


if __name__ == "__main__":
    main()
