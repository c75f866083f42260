"""``summarizer text SOURCE``: the cleaned article text a briefing would be made from."""

from __future__ import annotations

import argparse
import json
import sys

from summarizer._ingest._reading import read_article
from summarizer.cli._exits import EXIT_OK
from summarizer.cli._options import fetch_settings_from_args


def run(args: argparse.Namespace) -> int:
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
    return EXIT_OK
