"""``summarizer brief SOURCE...``: one briefing per article; one failure does not stop the rest."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from summarizer._briefing._models import Briefing
from summarizer._briefing._render import render_json, render_markdown
from summarizer._digest._progress import ProgressEvent
from summarizer._digest._sequential import SequentialBriefer
from summarizer._digest._sources import Failure
from summarizer._errors import ConfigError, InputError, SummarizerError
from summarizer._ingest._reading import is_url, read_article
from summarizer._redact import redact_url
from summarizer._store import Store
from summarizer.cli._exits import EXIT_ERROR, EXIT_OK, EXIT_PARTIAL
from summarizer.cli._options import (
    engine_from_args,
    fetch_settings_from_args,
    open_store,
    retry_policy_from_args,
    stopped_notice,
    write_output,
)


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        return _run(args, store)
    finally:
        if store is not None:
            store.close()


def _run(args: argparse.Namespace, store: Store | None) -> int:
    sources: list[str] = args.sources
    several = len(sources) > 1
    directory = _output_directory(args.output, several)
    fetch_settings = fetch_settings_from_args(args)
    # Made on the first article that reads, so a bad path is reported alone, without an
    # engine notice before it.
    briefer: SequentialBriefer | None = None
    names: set[str] = set()
    failed = made = 0
    for number, source in enumerate(sources, start=1):
        if briefer is not None and briefer.stopped is not None:
            # A 429 stopped the run (quota exhausted, --max-wait spent): no more requests.
            failed += 1
            left = briefer.not_briefed(source)
            print(f"summarizer: {left.source}: {left.reason}", file=sys.stderr)
            continue
        try:
            article = read_article(source, fetch_settings=fetch_settings)
            briefer = briefer or _briefer(args, store)
            result = briefer.brief(article)
        except ConfigError:
            raise  # no key, bad settings: the same for every source, so say it once
        except SummarizerError as error:
            failed += 1
            print(f"summarizer: {error}", file=sys.stderr)
            continue
        if isinstance(result, Failure):
            failed += 1
            print(f"summarizer: {result.source}: {result.reason}", file=sys.stderr)
            continue
        briefing = result
        made += not briefing.provenance.cached
        if not args.quiet:
            for note in briefing.provenance.notes:  # "not in English": say what was not read
                print(f"summarizer: {article.label}: {note}", file=sys.stderr)
        text = _render(briefing, args.format, several and directory is None)
        if directory is not None:
            target: Path | None = directory / _file_name(source, args.format, names)
        else:
            target = args.output
            if several and number > 1 and args.format == "md":
                text = "\n---\n\n" + text
        write_output(text, target, markdown=args.format == "md" and not several)
        if several and not args.quiet:
            where = f" -> {target}" if target is not None else ""
            print(
                f"summarizer: [{number}/{len(sources)}] {source}: briefed{where}", file=sys.stderr
            )
    if briefer is not None and briefer.stopped is not None:
        print(stopped_notice(briefer.stopped, made, stored=store is not None), file=sys.stderr)
    if failed == 0:
        return EXIT_OK
    if several and not args.quiet:
        print(
            f"summarizer: {len(sources) - failed} of {len(sources)} briefed, {failed} failed",
            file=sys.stderr,
        )
    return EXIT_ERROR if failed == len(sources) else EXIT_PARTIAL


def _briefer(args: argparse.Namespace, store: Store | None) -> SequentialBriefer:
    """Sources are briefed one by one, a 429 handled as a digest run handles it: paused for,
    within the run's --max-wait, and an exhausted quota stops the run."""
    engine = engine_from_args(args, on_call=store.log_call if store is not None else None)
    return SequentialBriefer(
        engine,
        store=store,
        refresh=args.refresh,
        # Timeouts, 5xx and dropped connections: the openai client retries those itself.
        retry=retry_policy_from_args(args, transient_retries=0),
        progress=None if args.quiet else _say_waiting,
    )


def _say_waiting(event: ProgressEvent) -> None:
    print(
        f"summarizer: rate limited ({event.label}); waiting {event.wait:.1f} s",
        file=sys.stderr,
        flush=True,
    )


def _render(briefing: Briefing, fmt: str, json_lines: bool) -> str:
    if fmt == "json":
        text = render_json(briefing)
        # Several briefings on one stream: one JSON document per line, so `jq` and
        # line-oriented tools read them one by one.
        return briefing.model_dump_json() + "\n" if json_lines else text
    return render_markdown(briefing)


def _output_directory(output: Path | None, several: bool) -> Path | None:
    """The directory to write one file per source into, if that is what ``-o`` names."""
    if output is None:
        return None
    if several or output.is_dir() or str(output).endswith(("/", "\\")):
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(
                f"cannot create directory: {error.strerror}", source=str(output)
            ) from None
        return output
    return None


def _file_name(source: str, fmt: str, taken: set[str]) -> str:
    """A file name for ``source``'s briefing: its stem, or host and path for a URL; unique."""
    if source == "-":
        stem = "stdin"
    elif is_url(source):
        stem = re.sub(r"^[a-z]+://", "", redact_url(source).split("?")[0].split("#")[0])
    else:
        stem = Path(source).stem
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.")[:100] or "article"
    name, n = stem, 1
    while name in taken:
        n += 1
        name = f"{stem}-{n}"
    taken.add(name)
    return f"{name}.{fmt}"
