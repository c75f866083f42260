"""``summarizer digest [SOURCE...]``: many articles briefed (or taken from the store) and merged.

A thin layer over :func:`summarizer._digest._runner.digest_sources`: options in, progress on
stderr, the digest out. Exit status: 0 every input is in the digest, 3 some are not (listed
under "Not included") or the model's synthesis failed (a banner says so), 1 nothing could be
digested.
"""

from __future__ import annotations

import argparse
import sys
from types import TracebackType
from typing import Any

from summarizer._cost import format_cost
from summarizer._digest._atom import render_digest_atom
from summarizer._digest._html import render_digest_html
from summarizer._digest._periods import Selection
from summarizer._digest._progress import COLLECTING, ProgressEvent
from summarizer._digest._render import render_digest_json, render_digest_markdown
from summarizer._digest._runner import (
    DEFAULT_CONCURRENCY,
    DigestRun,
    SynthesisOutcome,
    digest_sources,
)
from summarizer._errors import SummarizerError
from summarizer._store import Store
from summarizer.cli._batch import BatchDisplay, batch_settings_from_args
from summarizer.cli._exits import EXIT_USAGE
from summarizer.cli._options import (
    engine_from_args,
    fetch_settings_from_args,
    open_store,
    retry_policy_from_args,
    selection_from_args,
    stopped_notice,
    write_output,
)
from summarizer.cli._say import for_the_command_line

_SYNTHESIS: dict[SynthesisOutcome, str] = {
    "offline": "",
    "asked": "; synthesis by the model",
    "stored": "; synthesis from the store (no model call)",
    "failed": "; the model's synthesis failed, the offline one is shown",
    "not asked": "; the offline synthesis (the model's was not asked for)",
}

# --------------------------------------------------------------------------- run


def run(args: argparse.Namespace) -> int:
    selection = selection_from_args(args)
    if isinstance(selection, str):
        print(f"summarizer: {selection}", file=sys.stderr)
        return EXIT_USAGE
    store = open_store(args)
    try:
        return _run(args, store, selection)
    finally:
        if store is not None:
            store.close()


def _run(args: argparse.Namespace, store: Store | None, selection: Selection | None) -> int:
    engine = engine_from_args(args, on_call=store.log_call if store is not None else None)
    retry = retry_policy_from_args(args, transient_retries=2)
    display = _Display(quiet=args.quiet)
    batch = batch_settings_from_args(args)
    batch_display = BatchDisplay(quiet=args.quiet)
    try:
        with display:
            result = digest_sources(
                args.sources,
                engine=engine,
                store=store,
                concurrency=args.concurrency or DEFAULT_CONCURRENCY,
                selection=selection,
                fetch_settings=fetch_settings_from_args(args),
                refresh=args.refresh,
                retry=retry,
                progress=display,
                include={"international", *args.include},
                batch=batch,
                batch_progress=batch_display,
                max_cost=args.max_cost,
            )
    except SummarizerError:
        _batch_kept(batch_display)
        raise
    except KeyboardInterrupt:
        _batch_kept(batch_display)
        if store is not None and display.briefed:
            print(
                f"summarizer: {display.briefed} new briefings are in the store; run the same "
                "command again to go on from there",
                file=sys.stderr,
            )
        raise
    _report(result, args.quiet, stored=store is not None)
    if result.status == "error":
        return result.exit_code
    write_output(_render(result, args.format), args.output, markdown=args.format == "md")
    return result.exit_code


def _batch_kept(display: BatchDisplay) -> None:
    """Said when a batch run ends early: the batch goes on, and how to pick it up."""
    if display.batches:
        print(
            f"summarizer: batch {', '.join(display.batches)} is kept in the store and goes on "
            "at the provider; run the same command again to pick it up",
            file=sys.stderr,
        )


def _render(result: DigestRun, fmt: str) -> str:
    if fmt == "json":
        return render_digest_json(result.digest)
    if fmt == "atom":
        return render_digest_atom(result.digest)
    if fmt == "html":
        texts = {b.provenance.article_id: b.article_text for b in result.briefings}
        return render_digest_html(result.digest, texts)
    return render_digest_markdown(result.digest)


def _report(result: DigestRun, quiet: bool, *, stored: bool) -> None:
    """The run's notices on stderr: what was left out and why, then the totals."""
    collection = result.collection
    if result.stopped is not None:
        # Said even with -q: the run ended before its end, and how to go on.
        print(stopped_notice(result.stopped, result.briefed, stored=stored), file=sys.stderr)
    if result.status == "error":
        # Said even with -q: it is why the exit status is 1 and nothing was written.
        for failure in result.failures:
            said = for_the_command_line(failure.reason)
            print(f"summarizer: {failure.source}: {said}", file=sys.stderr)
        if collection.from_store and not collection.articles and collection.selection:
            period = collection.selection
            print(
                f"summarizer: nothing to digest: the store has no articles dated "
                f"{period.label} ({period.start} to {period.end})",
                file=sys.stderr,
            )
        else:
            print("summarizer: nothing could be digested", file=sys.stderr)
        return
    if quiet:
        return
    for failure in result.failures:
        print(f"summarizer: not included: {failure.source}: {failure.reason}", file=sys.stderr)
    for note in result.notes:
        print(f"summarizer: {note}", file=sys.stderr)
    if collection.undated:
        print(
            f"summarizer: {collection.undated} of {len(collection.articles)} articles gave no "
            "published date and are dated by the day they were read (date_from in the "
            "digest's sources says which)",
            file=sys.stderr,
        )
    if collection.outside and collection.selection is not None:
        print(
            f"summarizer: {collection.outside} articles dated outside "
            f"{collection.selection.label} left out",
            file=sys.stderr,
        )
    if collection.duplicates:
        print(
            f"summarizer: {collection.duplicates} inputs repeated an article already read "
            "(counted once)",
            file=sys.stderr,
        )
    tokens_in, tokens_out = result.tokens
    print(
        f"summarizer: digest of {len(result.briefings)} articles: {result.briefed} briefed, "
        f"{result.cached} from the store, {result.failed} not included; "
        f"{tokens_in + tokens_out:,} tokens, cost {format_cost(result.cost)}"
        f"{_SYNTHESIS[result.synthesis]}",
        file=sys.stderr,
    )


class _Display:
    """Progress on stderr: a rich bar on a terminal (reading, fetching and extracting the
    inputs, then briefing), one line per article otherwise, nothing with -q. Also counts what
    the run made, for the message after a Ctrl-C. ``console`` (a rich Console) stands in for
    the terminal."""

    def __init__(self, *, quiet: bool, console: Any = None) -> None:
        self.quiet = quiet
        self.briefed = 0
        self.live = not quiet and (console is not None or sys.stderr.isatty())
        self._console = console
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> _Display:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def __call__(self, event: ProgressEvent) -> None:
        self.briefed = event.briefed
        if self.quiet:
            return
        if self.live:
            self._live(event)
        else:
            self._line(event)

    def _line(self, event: ProgressEvent) -> None:
        if event.kind == "start" or event.kind in COLLECTING:
            return
        if event.kind == "waiting":
            line = f"rate limited ({event.label}); waiting {event.wait:.1f} s"
        else:
            what = {"briefed": "briefed", "cached": "from the store", "failed": "failed"}
            reason = f": {event.message}" if event.kind == "failed" else ""
            line = f"[{event.done}/{event.total}] {event.label}: {what[event.kind]}{reason}"
        print(f"summarizer: {line}", file=sys.stderr, flush=True)

    def _live(self, event: ProgressEvent) -> None:
        if event.kind in COLLECTING:
            # The inputs are read before anything is briefed: show that from the start.
            self._phase(event.kind, event.total)
            self._bar.update(self._task, completed=event.done, counts=event.label[-60:])
            return
        if event.kind == "start":
            if event.total == 0:
                return
            self._phase("briefing", event.total)
        if self._bar is None:
            return
        waiting = f" · waiting {event.wait:.0f} s (rate limit)" if event.kind == "waiting" else ""
        counts = (
            f"{event.briefed} briefed · {event.cached} cached · {event.failed} failed · "
            f"{event.tokens:,} tokens{waiting}"
        )
        self._bar.update(self._task, completed=event.done, counts=counts)

    def _phase(self, name: str, total: int) -> None:
        """Show the bar (made on first use) for the step ``name`` of ``total`` items."""
        if self._bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[counts]}"),
                console=self._console or Console(stderr=True),
                transient=False,
            )
            self._task = self._bar.add_task(name, total=total, counts="")
            self._bar.start()
        self._bar.update(self._task, description=name, total=total)
