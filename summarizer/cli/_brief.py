"""``summarizer brief SOURCE``: one article in, one briefing out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from summarizer.cli._options import (
    add_common_options,
    add_engine_options,
    engine_from_args,
    write_output,
)


def add_parser(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "brief",
        help="brief one article",
        description="Brief one article: a text or markdown file, or - for standard input.",
    )
    parser.add_argument("source", help="article file (.txt, .md), or - for stdin")
    parser.add_argument(
        "--format",
        choices=("md", "json"),
        default="md",
        help="md: a readable brief (default); json: the full briefing contract",
    )
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE")
    add_engine_options(parser)
    add_common_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from summarizer._pipeline import brief_article
    from summarizer._reading import read_article

    article = read_article(args.source)
    briefing = brief_article(article, engine_from_args(args))
    if args.format == "json":
        from summarizer._render import render_json

        write_output(render_json(briefing), args.output, markdown=False)
    else:
        from summarizer._render import render_markdown

        write_output(render_markdown(briefing), args.output, markdown=True)
    return 0
