"""`make bench`: throughput and peak memory, printed (never asserted).

detect: `whynow detect`'s reading over the real press releases of
../shared/data/press-releases-2023-2024.jsonl.xz (skipped with a message when absent).
fingerprint: the technology catalogue over one page per real Ashby board of
../shared/data/ashby-boards-2025-10-28.tar.xz: the board's job descriptions as the body of a
page whose head carries the scripts of one of our saved test pages (their size and markup are
real; the head gives the matcher something to find).
jobs: the catalogue's job-text patterns over the same boards' 9,396 job descriptions.
Usage: python scripts/bench.py [--limit N] [--only detect|fingerprint|jobs]"""

from __future__ import annotations

import argparse
import itertools
import json
import lzma
import resource
import tarfile
import time
from pathlib import Path

from triggers import AccountIndex, detect_documents, document_from_json, sentence_typer
from triggers.technologies import Catalogue, Page

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
HEADS = sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.html"))


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


def ashby_boards(limit: int | None) -> list[list[dict]]:
    path = DATA / "ashby-boards-2025-10-28.tar.xz"
    boards = []
    with tarfile.open(path, "r:xz") as archive:
        for member in archive:
            if member.isfile() and member.name.endswith(".json"):
                data = json.load(archive.extractfile(member))
                boards.append([j for j in data.get("jobs", []) if isinstance(j, dict)])
                if limit and len(boards) >= limit:
                    break
    return boards


def bench_fingerprint(boards: list[list[dict]]) -> None:
    heads = [h.read_text().split("<body", 1)[0] for h in HEADS]
    pages = [Page(f"https://board{i}.example/", heads[i % len(heads)] + "<body>" + "".join(
        job.get("descriptionHtml") or "" for job in jobs) + "</body></html>")
        for i, jobs in enumerate(boards)]
    catalogue = Catalogue.load()
    started = time.perf_counter()
    found = sum(len(catalogue.analyze(page)) for page in pages)
    elapsed = time.perf_counter() - started
    size = sum(len(p.html) for p in pages) / len(pages) / 1024
    print(f"fingerprint: {len(pages)} pages (mean {size:.0f} KiB) in {elapsed:.1f} s ="
          f" {len(pages) / elapsed:.0f} pages/s, {found} technologies, {len(catalogue)} in the"
          f" catalogue; peak memory {peak_mib():.0f} MiB")


def bench_jobs(boards: list[list[dict]]) -> None:
    texts = [f"{j.get('title', '')}\n{j.get('descriptionPlain') or ''}" for jobs in boards
             for j in jobs]
    catalogue = Catalogue.load()
    started = time.perf_counter()
    named = sum(len(catalogue.in_text(text)) for text in texts)
    elapsed = time.perf_counter() - started
    print(f"jobs: {len(texts)} job descriptions in {elapsed:.1f} s = {len(texts) / elapsed:.0f}"
          f" postings/s, {named} technology mentions; peak memory {peak_mib():.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None,
                        help="only the first N documents (and N boards)")
    parser.add_argument("--only", choices=("detect", "fingerprint", "jobs"))
    args = parser.parse_args()
    if args.only in (None, "fingerprint", "jobs"):
        if not (DATA / "ashby-boards-2025-10-28.tar.xz").is_file():
            print(f"fingerprint, jobs: skipped, no Ashby boards under {DATA}")
        else:
            boards = ashby_boards(args.limit)
            if args.only in (None, "fingerprint"):
                bench_fingerprint(boards)
            if args.only in (None, "jobs"):
                bench_jobs(boards)
    if args.only in (None, "detect"):
        bench_detect(args.limit)


if __name__ == "__main__":
    main()
