"""``summarizer log``: the latest model calls from the local store, and what they all cost."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from summarizer._engines.llm._call_log import CallRecord
from summarizer._store import CallTotals, Store, default_store_path
from summarizer.cli._exits import EXIT_OK
from summarizer.cli._table import columns


def run(args: argparse.Namespace) -> int:
    path: Path = args.store if args.store is not None else default_store_path()
    calls: list[CallRecord] = []
    totals: dict[str, CallTotals] = {}
    if path.exists():
        with Store.open(path) as store:
            calls = store.recent_calls(args.n)
            totals = store.call_totals()
    else:
        # Looking must not create a store: say there is none, and show an empty log.
        print(f"summarizer: no calls logged yet (no store at {path})", file=sys.stderr)
    grand = sum(totals.values(), CallTotals())
    if args.format == "json":
        sys.stdout.write(json.dumps(_as_json(path, calls, totals, grand), indent=2) + "\n")
    else:
        sys.stdout.write(_table(path, calls, totals, grand))
    return EXIT_OK


# --------------------------------------------------------------------------- json


def _as_json(
    path: Path, calls: list[CallRecord], totals: dict[str, CallTotals], grand: CallTotals
) -> dict[str, Any]:
    def body(text: str | None) -> Any:
        if text is None:
            return None
        try:
            return json.loads(text)
        except ValueError:
            return text

    def counts(t: CallTotals) -> dict[str, int]:
        return {
            "calls": t.calls,
            "tokens_in": t.tokens_in,
            "tokens_out": t.tokens_out,
            "failed": t.failed,
        }

    return {
        "store": str(path),
        "calls": [
            {
                "started_at": c.started_at.isoformat(),
                "model": c.model,
                "endpoint": c.endpoint,
                "article_id": c.article_id,
                "attempt": c.attempt,
                "tokens_in": c.tokens_in,
                "tokens_out": c.tokens_out,
                "latency_ms": c.latency_ms,
                "outcome": c.outcome,
                "request": body(c.request_body),
                "response": body(c.response_body),
            }
            for c in calls
        ],
        "totals": {**counts(grand), "by_model": {m: counts(t) for m, t in totals.items()}},
    }


# --------------------------------------------------------------------------- table


def _table(
    path: Path, calls: list[CallRecord], totals: dict[str, CallTotals], grand: CallTotals
) -> str:
    lines: list[str] = []
    if calls:
        rows = [
            [
                # Local time, to the second: when the user ran it, as their clock said.
                c.started_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                c.model,
                c.article_id[:12] if c.article_id else "-",
                _number(c.tokens_in),
                _number(c.tokens_out),
                _number(c.latency_ms),
                c.outcome,
            ]
            for c in calls
        ]
        header = ["TIME", "MODEL", "ARTICLE", "IN", "OUT", "MS", "OUTCOME"]
        lines += columns([header, *rows], right={3, 4, 5})
        lines.append("")
    noun = "call" if grand.calls == 1 else "calls"
    lines.append(f"Totals: {grand.calls:,} {noun} in {path}")
    if totals:
        header = ["MODEL", "CALLS", "TOKENS IN", "TOKENS OUT", "FAILED"]
        rows = [[model, *_counts(t)] for model, t in totals.items()]
        if len(totals) > 1:
            rows.append(["all", *_counts(grand)])
        lines += ["  " + line for line in columns([header, *rows], right={1, 2, 3, 4})]
    return "\n".join(lines) + "\n"


def _counts(t: CallTotals) -> list[str]:
    return [_number(t.calls), _number(t.tokens_in), _number(t.tokens_out), _number(t.failed)]


def _number(value: int | None) -> str:
    return "-" if value is None else f"{value:,}"
