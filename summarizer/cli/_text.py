"""``summarizer text SOURCE``: the cleaned article text a briefing would be made from."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from summarizer.cli._options import add_fetch_options, fetch_settings_from_args


def add_parser(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "text",
        help="print the cleaned text an article would be briefed from",
        description="Print the cleaned article text of SOURCE (a file, URL or -): exactly what "
        "an engine reads and what evidence offsets point into.",
    )
    parser.add_argument("source", metavar="SOURCE", help="file, URL, or -")
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default), or json: the text with its source metadata and article id",
    )
    parser.add_argument(
        "--timeout", type=float, metavar="SECONDS", help="fetch timeout (default 20)"
    )
    add_fetch_options(parser)
    parser.set_defaults(run=run, verbose=0)


def run(args: argparse.Namespace) -> int:
    from summarizer._ingest._reading import read_article

    article = read_article(args.source, fetch_settings=fetch_settings_from_args(args))
    if args.format == "json":
        document = {
            "article_id": article.id,
            "source": article.source.model_dump(mode="json"),
            "raw_chars": article.raw_chars,
            "chars": len(article.text),
            "text": article.text,
        }
        sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(article.text.rstrip("\n") + "\n")
    return 0
