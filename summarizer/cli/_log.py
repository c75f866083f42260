"""``summarizer log``: the latest model calls from the local store, and what they all cost."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from summarizer._cost import PriceTable, format_cost, load_prices
from summarizer._engines._protocol import Usage
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
    prices = load_prices()
    if args.format == "json":
        document = _as_json(path, calls, totals, grand, prices)
        sys.stdout.write(json.dumps(document, indent=2) + "\n")
    else:
        sys.stdout.write(_table(path, calls, totals, grand, prices))
    return EXIT_OK


def call_cost(call: CallRecord, prices: PriceTable) -> float | None:
    """What one logged call cost (cached input and a batch's discount counted)."""
    tokens_in, tokens_out = call.tokens_in or 0, call.tokens_out or 0
    cached = call.tokens_cached or 0
    batch = (tokens_in, cached, tokens_out) if call.batch_id else (0, 0, 0)
    return prices.cost(call.model, Usage(tokens_in, tokens_out, 1, cached, batch))


def _total_cost(totals: dict[str, CallTotals], prices: PriceTable) -> float | None:
    costs = [prices.cost(model, t.usage) for model, t in totals.items()]
    if any(cost is None for cost in costs):
        return None
    return sum(cost for cost in costs if cost is not None)


# --------------------------------------------------------------------------- json


def _as_json(
    path: Path,
    calls: list[CallRecord],
    totals: dict[str, CallTotals],
    grand: CallTotals,
    prices: PriceTable,
) -> dict[str, Any]:
    def body(text: str | None) -> Any:
        if text is None:
            return None
        try:
            return json.loads(text)
        except ValueError:
            return text

    def counts(t: CallTotals, cost: float | None) -> dict[str, Any]:
        return {
            "calls": t.calls,
            "tokens_in": t.tokens_in,
            "tokens_cached": t.tokens_cached,
            "tokens_out": t.tokens_out,
            "failed": t.failed,
            "cost_usd": cost,
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
                "tokens_cached": c.tokens_cached,
                "batch_id": c.batch_id,
                "cost_usd": call_cost(c, prices),
                "latency_ms": c.latency_ms,
                "outcome": c.outcome,
                "request": body(c.request_body),
                "response": body(c.response_body),
            }
            for c in calls
        ],
        "totals": {
            **counts(grand, _total_cost(totals, prices)),
            "by_model": {m: counts(t, prices.cost(m, t.usage)) for m, t in totals.items()},
        },
        "prices": prices.described,
    }


# --------------------------------------------------------------------------- table


def _table(
    path: Path,
    calls: list[CallRecord],
    totals: dict[str, CallTotals],
    grand: CallTotals,
    prices: PriceTable,
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
                format_cost(call_cost(c, prices)) + (" (batch)" if c.batch_id else ""),
                c.outcome,
            ]
            for c in calls
        ]
        header = ["TIME", "MODEL", "ARTICLE", "IN", "OUT", "MS", "COST", "OUTCOME"]
        lines += columns([header, *rows], right={3, 4, 5})
        lines.append("")
    noun = "call" if grand.calls == 1 else "calls"
    lines.append(f"Totals: {grand.calls:,} {noun} in {path}")
    if totals:
        header = ["MODEL", "CALLS", "TOKENS IN", "CACHED", "TOKENS OUT", "FAILED", "COST"]
        rows = [[model, *_counts(t, prices.cost(model, t.usage))] for model, t in totals.items()]
        if len(totals) > 1:
            rows.append(["all", *_counts(grand, _total_cost(totals, prices))])
        lines += ["  " + line for line in columns([header, *rows], right={1, 2, 3, 4, 5, 6})]
        lines.append(
            f"Cost in US dollars, estimated from the {prices.described} (yours to check; "
            "summarizer log --help says how to override them)"
        )
    return "\n".join(lines) + "\n"


def _counts(t: CallTotals, cost: float | None) -> list[str]:
    return [
        _number(t.calls),
        _number(t.tokens_in),
        _number(t.tokens_cached),
        _number(t.tokens_out),
        _number(t.failed),
        format_cost(cost),
    ]


def _number(value: int | None) -> str:
    return "-" if value is None else f"{value:,}"
