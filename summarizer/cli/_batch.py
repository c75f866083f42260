"""``summarizer batch export|import|list``: request files for a batch tool, results back, and
the batches kept in the store. A thin layer over :mod:`summarizer._batch._files`; the progress
display of ``digest --batch`` is here too (:class:`BatchDisplay`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from summarizer._batch import BatchEvent, BatchSettings
from summarizer._batch._files import export_requests, import_results, models_named
from summarizer._engines.llm._engine import LLMEngine
from summarizer._errors import ConfigError
from summarizer._store import Store
from summarizer.cli._exits import EXIT_ERROR, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE
from summarizer.cli._options import engine_from_args, open_store, selection_from_args
from summarizer.cli._table import columns

__all__ = ["BatchDisplay", "batch_settings_from_args", "run"]


def run(args: argparse.Namespace) -> int:
    args.engine = "llm"  # a request file is the model's work, whatever the environment says
    args.no_store = False
    args.refresh = False
    if args.batch_command == "import" and args.model is None:
        named = models_named(args.results)
        if len(named) == 1:
            args.model = named[0]
    store = open_store(args)
    assert store is not None
    try:
        if args.batch_command == "list":
            return _list(store)
        engine = engine_from_args(args, on_call=store.log_call)
        if not isinstance(engine, LLMEngine):  # pragma: no cover - args.engine is "llm"
            raise ConfigError("batch files need --engine llm")
        if args.batch_command == "export":
            return _export(args, engine, store)
        return _import(args, engine, store)
    finally:
        store.close()


def _export(args: argparse.Namespace, engine: LLMEngine, store: Store) -> int:
    selection = selection_from_args(args)
    if isinstance(selection, str):
        print(f"summarizer: {selection}", file=sys.stderr)
        return EXIT_USAGE
    output = args.output
    with _opened(output) as out:
        done = export_requests(args.sources, engine, store, out, selection=selection)
    for failure in done.failures:
        print(f"summarizer: not exported: {failure.source}: {failure.reason}", file=sys.stderr)
    if not args.quiet:
        where = output if output is not None else "stdout"
        print(
            f"summarizer: {done.written} request lines written to {where} "
            f"({done.stored} articles already briefed in the store, left out); "
            f"then: summarizer batch import RESULTS.jsonl --model {engine.settings.model}",
            file=sys.stderr,
        )
    if done.failures:
        return EXIT_PARTIAL if done.written else EXIT_ERROR
    return EXIT_OK


def _import(args: argparse.Namespace, engine: LLMEngine, store: Store) -> int:
    done = import_results(args.results, engine, store)
    for source, reason in done.failed:
        print(f"summarizer: not stored: {source}: {reason}", file=sys.stderr)
    for note in done.stray:
        print(f"summarizer: {args.results}: {note}", file=sys.stderr)
    if not args.quiet:
        print(
            f"summarizer: {done.stored} briefings stored, {len(done.failed)} not, "
            f"{len(done.stray)} lines skipped (unreadable, or no request of ours); "
            f"stored as answers of {engine.settings.model}",
            file=sys.stderr,
        )
    if done.failed or done.stray:
        return EXIT_PARTIAL if done.stored else EXIT_ERROR
    return EXIT_OK


def _list(store: Store) -> int:
    batches = store.batches(settled=None)
    if not batches:
        print(f"no batches in {store.path}")
        return EXIT_OK
    rows = [["BATCH", "CREATED", "MODEL", "STATUS", "REQUESTS", "STORED", "FAILED", "OPEN"]]
    for batch in batches:
        items = store.batch_items(batch.id)
        rows.append(
            [
                batch.id,
                batch.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                batch.model,
                batch.status,
                f"{batch.requests:,}",
                f"{sum(1 for i in items if i.state == 'stored'):,}",
                f"{sum(1 for i in items if i.state == 'failed'):,}",
                "no" if batch.settled else "yes",
            ]
        )
    print("\n".join(columns(rows, right={4, 5, 6})))
    return EXIT_OK


@contextmanager
def _opened(path: Path | None) -> Iterator[TextIO]:
    """``path`` opened for writing (parents made), or stdout."""
    if path is None:
        yield sys.stdout
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as file:
        yield file


def batch_settings_from_args(args: argparse.Namespace) -> BatchSettings | bool:
    """``--batch`` and its timings, or False; flags that need it are errors without it."""
    if not args.batch:
        given = [
            flag
            for name, flag in (("poll_interval", "--poll-interval"), ("batch_wait", "--batch-wait"))
            if getattr(args, name, None) is not None
        ]
        if given:
            raise ConfigError(f"{', '.join(given)} needs --batch")
        return False
    if args.no_store:
        raise ConfigError("--batch keeps the batch in the store until it ends: drop --no-store")
    if args.engine == "offline":
        raise ConfigError("--batch asks a model's batch service, but --engine offline uses none")
    timings = {"poll_interval": args.poll_interval, "wait": args.batch_wait}
    return BatchSettings(**{k: v for k, v in timings.items() if v is not None})


class BatchDisplay:
    """``digest --batch``'s progress on stderr: one line per change of a batch's status or
    counts (the provider's counts), nothing with -q."""

    def __init__(self, *, quiet: bool) -> None:
        self.quiet = quiet
        self.batches: list[str] = []
        self._last: dict[str, tuple[str, int, int]] = {}

    def __call__(self, event: BatchEvent) -> None:
        if event.batch_id not in self.batches:
            self.batches.append(event.batch_id)
        if self.quiet:
            return
        seen = (event.status, event.completed, event.failed)
        if event.kind == "status" and self._last.get(event.batch_id) == seen:
            return
        self._last[event.batch_id] = seen
        counts = f"{event.completed}/{event.total} done, {event.failed} failed"
        if event.kind == "submitted":
            line = f"batch {event.batch_id} submitted: {event.total} requests"
        elif event.kind == "resumed":
            line = f"batch {event.batch_id} picked up from the store: {event.status}, {counts}"
        elif event.kind == "stored":
            line = (
                f"batch {event.batch_id} {event.status}: {event.completed} briefings stored, "
                f"{event.failed} not"
            )
            if event.message:
                line += f"; {event.message}"
        else:
            line = f"batch {event.batch_id}: {event.status}, {counts}"
        print(f"summarizer: {line}", file=sys.stderr, flush=True)
