"""``summarizer brief SOURCE...``: one briefing per article; one failure does not stop the rest."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

from summarizer._briefing._html import render_html
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
from summarizer.cli._say import for_the_command_line
from summarizer.cli._terminal import working


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        return _run(args, store)
    finally:
        if store is not None:
            store.close()


def _run(args: argparse.Namespace, store: Store | None) -> int:
    sources: list[str] = args.sources or _piped()
    several = len(sources) > 1
    directory = _output_directory(args.output)
    output = Path(args.output) if args.output is not None else None
    if several and args.format == "html" and directory is None:
        # Several pages in one file make no HTML document: one file each, in a folder.
        raise InputError("--format html with several sources needs -o DIRECTORY/")
    fetch_settings = fetch_settings_from_args(args)
    # The spinner is for a person at a terminal: not with -q, nor while stdout feeds a pipe
    # (a pager reading it shares the terminal the spinner would draw on).
    quiet = args.quiet or not (args.output is not None or sys.stdout.isatty())
    # Made on the first article that reads, so a bad path is reported alone, without an
    # engine notice before it.
    briefer: SequentialBriefer | None = None
    names: set[str] = set()
    pieces: list[str] = []
    failed = made = 0
    for number, source in enumerate(sources, start=1):
        if briefer is not None and briefer.stopped is not None:
            # A 429 stopped the run (quota exhausted, --max-wait spent): no more requests.
            failed += 1
            left = briefer.not_briefed(source)
            print(f"summarizer: {left.source}: {left.reason}", file=sys.stderr)
            continue
        name = "standard input" if source == "-" else redact_url(source)
        try:
            with working(f"reading {name}", quiet=quiet) as say:
                article = read_article(source, fetch_settings=fetch_settings)
                briefer = briefer or _briefer(args, store)
                say(f"briefing {name} ({len(article.text):,} characters)")
                result = briefer.brief(article)
        except ConfigError:
            raise  # no key, bad settings: the same for every source, so say it once
        except SummarizerError as error:
            failed += 1
            print(f"summarizer: {for_the_command_line(str(error))}", file=sys.stderr)
            continue
        if isinstance(result, Failure):
            failed += 1
            said = for_the_command_line(result.reason)
            print(f"summarizer: {result.source}: {said}", file=sys.stderr)
            continue
        briefing = result
        made += not briefing.provenance.cached
        if briefing.provenance.dropped and not args.quiet:
            print(f"summarizer: {_dropped_notice(source, briefing)}", file=sys.stderr)
        if not args.quiet:
            for note in briefing.provenance.notes:  # "not in English": say what was not read
                print(f"summarizer: {article.label}: {note}", file=sys.stderr)
        text = _render(briefing, args.format, several and directory is None)
        if directory is not None:
            target: Path | None = directory / _file_name(source, args.format, names)
        else:
            target = output
            if several and pieces and args.format == "md":
                text = "\n---\n\n" + text
        if several and directory is None and target is not None:
            pieces.append(text)  # several briefings in one file: written once, at the end
        else:
            write_output(text, target, markdown=args.format == "md" and not several)
        if several and not args.quiet:
            where = f" -> {target}" if target is not None else ""
            print(
                f"summarizer: [{number}/{len(sources)}] {source}: briefed{where}", file=sys.stderr
            )
    if pieces:
        write_output("".join(pieces), output, markdown=False)
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


def _dropped_notice(source: str, briefing: Briefing) -> str:
    """One line: what the briefing of ``source`` left out, and why."""
    dropped = briefing.provenance.dropped
    first = dropped[0]
    more = f" (+{len(dropped) - 1} more)" if len(dropped) > 1 else ""
    items = "item" if len(dropped) == 1 else "items"
    return (
        f"{redact_url(source)}: briefed without {len(dropped)} {items} that failed validation: "
        f"{first.where} {first.what!r}: {first.why}{more} (--strict fails instead)"
    )


def _say_waiting(event: ProgressEvent) -> None:
    print(
        f"summarizer: rate limited ({event.label}); waiting {event.wait:.1f} s",
        file=sys.stderr,
        flush=True,
    )


def _render(briefing: Briefing, fmt: str, json_lines: bool) -> str:
    if fmt == "html":
        return render_html(briefing)
    if fmt == "json":
        text = render_json(briefing)
        # Several briefings on one stream: one JSON document per line, so `jq` and
        # line-oriented tools read them one by one.
        return briefing.model_dump_json() + "\n" if json_lines else text
    return render_markdown(briefing)


def _piped() -> list[str]:
    """``-`` when standard input is a pipe or a file (``cat a.txt | summarizer brief``), as
    ``llm`` and ``httpie`` read one; else there is nothing to brief."""
    if sys.stdin is not None and not sys.stdin.isatty():
        return ["-"]
    raise InputError("no SOURCE given: name a file or a URL, or pipe an article in")


def _output_directory(output: str | None) -> Path | None:
    """The directory to write one file per source into, when that is what ``-o`` names: a
    path ending in "/" (made, with its parents) or an existing directory. Anything else is a
    file, for one source or several."""
    if output is None:
        return None
    path = Path(output)
    # Looked at as typed: pathlib drops the final "/" that says "a directory".
    if path.is_dir() or output.endswith(("/", "\\")):
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(f"cannot create directory: {error.strerror}", source=output) from None
        return path
    return None


def _file_name(source: str, fmt: str, taken: set[str]) -> str:
    """One rule for every kind of source: the last part of its path, without its extension
    (a URL's last path segment, else its host; ``stdin`` for standard input), made safe and
    unique, then the format's extension."""
    if source == "-":
        stem = "stdin"
    elif is_url(source):
        parts = urlsplit(redact_url(source))
        segments = [s for s in parts.path.split("/") if s]
        stem = Path(segments[-1]).stem if segments else parts.hostname or "article"
    else:
        stem = Path(source).stem
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.")[:100] or "article"
    name, n = stem, 1
    while name in taken:
        n += 1
        name = f"{stem}-{n}"
    taken.add(name)
    return f"{name}.{fmt}"
