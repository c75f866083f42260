"""``summarizer schema``: the JSON Schema of the briefing, printed, written or checked."""

from __future__ import annotations

import argparse
import sys

from summarizer._briefing._schema import schema_documents, stale_schemas, write_schemas
from summarizer.cli._exits import EXIT_ERROR, EXIT_OK


def run(args: argparse.Namespace) -> int:
    if args.write is not None:
        for path in write_schemas(args.write):
            print(f"wrote {path}", file=sys.stderr)
        return EXIT_OK
    if args.check is not None:
        stale = stale_schemas(args.check)
        if stale:
            names = ", ".join(stale)
            print(
                f"summarizer: {args.check}: stale schema files: {names} "
                f"(run: summarizer schema --write {args.check})",
                file=sys.stderr,
            )
            return EXIT_ERROR
        return EXIT_OK
    sys.stdout.write(schema_documents()["briefing.schema.json"])
    return EXIT_OK
