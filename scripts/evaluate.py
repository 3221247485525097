"""`make eval`: score `whynow detect` on the labelled dev set, per trigger type.

Usage: python scripts/evaluate.py [PATH]   (default ../shared/eval/dev.jsonl)
The dev set measures; nothing here is fitted to it."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from triggers import AccountIndex, detect_documents, document_from_json, sentence_typer
from triggers.evaluation import score

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev.jsonl"


def main(path: Path) -> int:
    console = Console()
    if not path.is_file():
        console.print(f"skipped: no evaluation set at {path}")
        return 0
    records = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    started = time.perf_counter()
    predictions = {
        document.id: [event.to_dict() for event in events]
        for document, events in detect_documents(
            (document_from_json(r) for r in records), AccountIndex([]), sentence_typer())
    }
    elapsed = time.perf_counter() - started
    scores = score(records, predictions)
    table = Table("type", "labelled", "found", "precision", "recall", "F1", "fields right",
                  title=f"whynow detect on {path.name} ({len(records)} documents)")
    for name, s in sorted(scores.types.items()):
        fields = ", ".join(f"{f} {c['right']}/{c['total']}" for f, c in sorted(s.fields.items()))
        table.add_row(name, str(s.true_positive + s.false_negative),
                      str(s.true_positive + s.false_positive), f"{s.precision:.2f}",
                      f"{s.recall:.2f}", f"{s.f1:.2f}", fields)
    console.print(table)
    console.print(f"event-free documents given an event: {scores.event_free_alarms}/"
                  f"{scores.event_free} ({scores.false_alarm_rate:.1%});"
                  f" {len(records) / elapsed:.0f} documents/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
