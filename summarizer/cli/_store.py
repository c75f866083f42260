"""``summarizer store list|forget``: what the local store holds, and removing some of it.

A thin layer over :meth:`summarizer._store.Store.list_articles` and
:meth:`~summarizer._store.Store.forget`. Looking never creates a store; forgetting in a store
that is not there is an error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import Any

from summarizer._store import ArticleEntry, Forgotten, Store, default_store_path
from summarizer.cli._exits import EXIT_ERROR, EXIT_OK, EXIT_USAGE
from summarizer.cli._options import selection_from_args
from summarizer.cli._table import cell, columns

_TITLE_CHARS = 60
_SOURCE_CHARS = 70


def run(args: argparse.Namespace) -> int:
    path: Path = args.store if args.store is not None else default_store_path()
    if args.store_command == "list":
        return _list(args, path)
    return _forget(args, path)


# --------------------------------------------------------------------------- list


def _list(args: argparse.Namespace, path: Path) -> int:
    selection = selection_from_args(args)
    if isinstance(selection, str):
        print(f"summarizer: {selection}", file=sys.stderr)
        return EXIT_USAGE
    start, end = (selection.start, selection.end) if selection is not None else (None, None)
    if start == date.min:
        start = None  # --to alone: from the first article on
    entries: list[ArticleEntry] = []
    if path.exists():
        with Store.open(path) as store:
            entries = store.list_articles(start=start, end=end)
    else:
        # Looking must not create a store: say there is none, and list nothing.
        print(f"summarizer: no store at {path} (nothing stored yet)", file=sys.stderr)
    if args.format == "json":
        period = (
            {"start": selection.start.isoformat(), "end": selection.end.isoformat()}
            if selection is not None
            else None
        )
        document = {
            "store": str(path),
            "period": period,
            "articles": [_entry_json(e) for e in entries],
        }
        sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(_table(path, entries, selection.label if selection else None))
    return EXIT_OK


def _entry_json(entry: ArticleEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "week": entry.week,
        "date": entry.day.isoformat(),
        "dated_by": entry.dated_by,
        "title": entry.title,
        "headline": entry.headline,
        "site": entry.site,
        "relevance": entry.relevance,
        "urls": list(entry.urls),
        "paths": list(entry.paths),
        "read_at": entry.read_at.isoformat(),
        "briefings": [
            {
                "engine": b.engine,
                "model": b.model,
                "prompt_version": b.prompt_version,
                "schema_version": b.schema_version,
                "created_at": b.created_at.isoformat(),
                "headline": b.headline,
                "relevance": b.relevance,
            }
            for b in entry.briefings
        ],
    }


def _table(path: Path, entries: Sequence[ArticleEntry], period: str | None) -> str:
    lines: list[str] = []
    header = ["DATE", "ARTICLE", "RELEVANCE", "BRIEFED BY", "TITLE", "SOURCE"]
    for week, group in groupby(entries, key=lambda e: e.week):
        items = list(group)
        lines.append(f"{week} · {_count(len(items), 'article')}")
        rows = [_row(e) for e in items]
        lines += ["  " + line for line in columns([header, *rows], right=set())]
        lines.append("")
    where = f" dated {period}" if period else ""
    total = f"{_count(len(entries), 'article')}{where} in {path}"
    if any(e.dated_by == "read" for e in entries):
        total += " (* the source gave no date: the day it was read)"
    lines.append(total)
    return "\n".join(lines) + "\n"


def _row(entry: ArticleEntry) -> list[str]:
    by = list(
        dict.fromkeys(f"{b.engine} {b.model}" if b.model else b.engine for b in entry.briefings)
    )
    places = [*entry.urls, *entry.paths]
    source = cell(places[0], _SOURCE_CHARS) if places else "-"
    if len(places) > 1:
        source += f" (+{len(places) - 1} more)"
    return [
        entry.day.isoformat() + ("*" if entry.dated_by == "read" else ""),
        entry.id[:12],
        (entry.relevance or "-").replace("_", " "),
        cell(", ".join(by), 40) or "not briefed",
        cell(entry.title or entry.headline or "", _TITLE_CHARS) or "-",
        source,
    ]


def _count(number: int, noun: str, nouns: str | None = None) -> str:
    return f"{number:,} {noun if number == 1 else nouns or noun + 's'}"


# --------------------------------------------------------------------------- forget


def _forget(args: argparse.Namespace, path: Path) -> int:
    if not args.targets and args.before is None:
        print(
            "summarizer: store forget: name what to forget (SOURCE or ARTICLE_ID) or give "
            "--before DATE; it never forgets everything",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if not path.exists():
        print(f"summarizer: no store at {path}: nothing to forget", file=sys.stderr)
        return EXIT_ERROR
    with Store.open(path) as store:
        forgotten = store.forget(
            args.targets, before=args.before, calls=args.calls, dry_run=args.dry_run
        )
    sys.stdout.write(_report(forgotten, path, calls_asked=args.calls))
    return EXIT_OK


def _report(forgotten: Forgotten, path: Path, *, calls_asked: bool) -> str:
    lines = [
        f"  {e.day.isoformat()}  {e.id[:12]}  {cell(e.title or e.headline or '-', _TITLE_CHARS)}"
        for e in forgotten.articles
    ]
    verb = "would forget" if forgotten.dry_run else "forgot"
    counts = (
        f"{_count(len(forgotten.articles), 'article')}, "
        f"{_count(forgotten.briefings, 'briefing')}, "
        f"{_count(forgotten.syntheses, 'digest synthesis', 'digest syntheses')}"
    )
    if calls_asked:
        counts += f", {_count(forgotten.calls, 'logged call')}"
    kept = "" if calls_asked else "; the call log is kept (--calls removes their calls too)"
    head = f"{verb} {counts} in {path}{kept}"
    if forgotten.dry_run:
        head = f"dry run, nothing removed: {head}"
    return "\n".join([head, *lines]) + "\n"
