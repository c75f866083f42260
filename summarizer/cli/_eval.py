"""``summarizer eval GOLD``: score an engine's briefings against gold annotations."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from summarizer.cli._options import add_common_options, add_engine_options, engine_from_args


def add_parser(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "eval",
        help="score briefings against gold annotations",
        description="Brief each gold file's article and score it by the gold scoring rules.",
    )
    parser.add_argument("gold", type=Path, help="a gold JSON file, or a folder of them")
    parser.add_argument(
        "--format", choices=("table", "json"), default="table", help="output (default table)"
    )
    parser.add_argument(
        "--details", action="store_true", help="list missed and unmatched items under the table"
    )
    add_engine_options(parser)
    add_common_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from summarizer._briefing._models import BriefingDraft
    from summarizer._eval._scoring import evaluate, format_report, gold_files, report_to_dict
    from summarizer._ingest._reading import read_article
    from summarizer._pipeline import brief_article

    paths = gold_files(args.gold)
    engine = engine_from_args(args)

    def brief(article_path: Path) -> BriefingDraft:
        return brief_article(read_article(article_path), engine)

    report = evaluate(paths, brief)
    if args.format == "json":
        sys.stdout.write(json.dumps(report_to_dict(report), indent=2) + "\n")
    else:
        sys.stdout.write(format_report(report, details=args.details))
    # An article that could not be briefed makes the scores partial: say so in the exit code.
    return 1 if report.failures else 0
