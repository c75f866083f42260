"""``summarizer schema``: the JSON Schema of the briefing, printed, written or checked."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_parser(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "schema",
        help="print, write or check the JSON Schema files",
        description="Print the briefing's JSON Schema, or write/check every schema file.",
    )
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--write", type=Path, metavar="DIR", help="write every schema into DIR")
    action.add_argument(
        "--check",
        type=Path,
        metavar="DIR",
        help="exit 1 if the schema files in DIR are missing or stale",
    )
    parser.set_defaults(run=run, verbose=0)


def run(args: argparse.Namespace) -> int:
    from summarizer._briefing._schema import schema_documents, stale_schemas, write_schemas

    if args.write is not None:
        for path in write_schemas(args.write):
            print(f"wrote {path}", file=sys.stderr)
        return 0
    if args.check is not None:
        stale = stale_schemas(args.check)
        if stale:
            names = ", ".join(stale)
            print(
                f"summarizer: {args.check}: stale schema files: {names} "
                f"(run: summarizer schema --write {args.check})",
                file=sys.stderr,
            )
            return 1
        return 0
    sys.stdout.write(schema_documents()["briefing.schema.json"])
    return 0
