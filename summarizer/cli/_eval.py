"""``summarizer eval GOLD``: score an engine's briefings against gold annotations."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from summarizer._briefing._models import BriefingDraft
from summarizer._eval._scoring import evaluate, format_report, gold_files, report_to_dict
from summarizer._ingest._reading import read_article
from summarizer._pipeline import brief_article
from summarizer.cli._exits import EXIT_ERROR, EXIT_OK
from summarizer.cli._options import engine_from_args


def run(args: argparse.Namespace) -> int:
    # Several folders are one pooled set: the overall row is micro-averaged over all of them.
    paths = [path for gold in args.gold for path in gold_files(gold)]
    engine = engine_from_args(args)

    def brief(article_path: Path) -> BriefingDraft:
        return brief_article(read_article(article_path), engine)

    report = evaluate(paths, brief)
    if args.format == "json":
        sys.stdout.write(json.dumps(report_to_dict(report), indent=2) + "\n")
    else:
        sys.stdout.write(format_report(report, details=args.details))
    # An article that could not be briefed makes the scores partial: say so in the exit code.
    return EXIT_ERROR if report.failures else EXIT_OK
