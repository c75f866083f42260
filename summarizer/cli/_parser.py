"""The command line's grammar: every subcommand and its options, and nothing else.

Parsing needs no library import (the option values' types are in :mod:`summarizer.cli._types`,
light), so ``summarizer --help`` and a usage error cost only the interpreter's start; the
subcommand's module, and the library with it, is imported once the arguments are known (see
:func:`summarizer.cli.main`). Each subcommand's ``command`` default names that module.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from summarizer._version import __version__
from summarizer.cli._exits import EXIT_PARTIAL
from summarizer.cli._types import (
    call_count,
    count,
    dollars,
    iso_date,
    positive_seconds,
    seconds_or_zero,
    since,
    week,
)

__all__ = ["ENGINE_NAMES", "build_parser"]

# The names summarizer._engines._registry resolves (a test keeps the two the same): spelled
# out here so that parsing does not import the engines.
ENGINE_NAMES = ("auto", "llm", "offline")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summarizer",
        description="Turn world-news articles into structured, evidence-backed briefings.",
    )
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for add in (_brief, _digest, _batch, _text, _eval, _log, _store, _schema):
        add(commands)
    return parser


# --------------------------------------------------------------------------- the subcommands


def _brief(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "brief",
        help="brief articles: files, URLs or stdin",
        description="Brief each SOURCE: a text, markdown or HTML file, an http(s) URL, or - for "
        "standard input (HTML on stdin is detected). Exit status: 0 all briefed, 1 none, "
        f"{EXIT_PARTIAL} some.",
    )
    parser.add_argument(
        "sources",
        nargs="*",
        metavar="SOURCE",
        help="file, URL, or - (standard input); with none, a pipe on standard input is read",
    )
    parser.add_argument(
        "--format",
        choices=("md", "json", "html"),
        default="md",
        help="md: a readable brief (default); json: the full briefing contract "
        "(one JSON document per line for several sources on stdout); html: one self-contained "
        "review page with the evidence highlighted in the article",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="write to this file (several sources: all in it); a path ending in / or an "
        "existing directory gets one file per source, named after it (folders are made)",
    )
    _engine_options(parser)
    _rate_limit_options(parser)
    _fetch_options(parser)
    _cache_options(parser)
    _common_options(parser)


def _digest(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "digest",
        help="a digest of many articles: files, folders, URLs, feeds, or the store's last week",
        description="Brief every SOURCE the store has no briefing of yet, and merge all the "
        "briefings into one digest. A SOURCE is a text, markdown or HTML file, a folder "
        "(searched recursively for .txt .md .html .htm .eml), an http(s) URL of a page or of an "
        "RSS/Atom feed (each entry's page is fetched), a feed file, @FILE (a list of sources, "
        "one per line, # for comments) or - for standard input. Without sources: the articles "
        "in the store dated in the last complete ISO week (Monday to Sunday), or in the period "
        "--week/--since/--from/--to give. Articles are dated by their published date, else "
        "the day they were read. Briefings are stored as they are made: an interrupted run "
        "resumes where it stopped. With the LLM engine the model writes the top developments "
        "and outlook; that synthesis is kept in the store too, so a rerun (or --format json "
        "after md) asks the model nothing; --refresh asks again. Exit status: 0 complete, 3 "
        "partial (some inputs are listed under Not included, or the model's synthesis failed: "
        "a line at the top says so), 1 nothing digested.",
    )
    parser.add_argument(
        "sources", nargs="*", metavar="SOURCE", help="file, folder, URL, feed, @list, or -"
    )
    _period_options(
        parser, "period (by published date; with sources, keeps only the articles dated in it)"
    )
    parser.add_argument(
        "--format",
        choices=("md", "json", "html", "atom"),
        default="md",
        help="md: a readable digest (default); json: the full digest contract; html: one "
        "self-contained review page with each source's evidence highlighted; atom: a feed of "
        "the top developments for feed readers",
    )
    parser.add_argument("-o", "--output", type=Path, metavar="PATH", help="write to this file")
    parser.add_argument(
        "--concurrency",
        type=count(1),
        default=None,
        metavar="N",
        help="articles briefed at once by the model (default 4; the offline engine uses one)",
    )
    parser.add_argument(
        "--include",
        choices=("domestic",),
        action="append",
        default=[],
        help="also digest domestic articles (public affairs inside one state); international "
        "ones always are, off-topic ones never (both left out are listed as not included)",
    )
    _batch_options(parser)
    _engine_options(parser)
    _rate_limit_options(parser)
    _fetch_options(parser)
    _cache_options(parser)
    _common_options(parser)


def _batch_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("batch and cost")
    group.add_argument(
        "--batch",
        action="store_true",
        help="brief what the store lacks through the provider's Batch API: half the price at "
        "OpenAI, results within 24 hours (usually much sooner). The batch is kept in the store: "
        "Ctrl-C loses nothing, the same command picks it up",
    )
    group.add_argument(
        "--poll-interval",
        type=positive_seconds,
        metavar="SECONDS",
        help="with --batch: seconds between looks at the batch (default 30)",
    )
    group.add_argument(
        "--batch-wait",
        type=seconds_or_zero,
        metavar="SECONDS",
        help="with --batch: stop waiting after this long (0: submit and return); the batch "
        "goes on, and the same command picks it up (default: wait until it ends)",
    )
    group.add_argument(
        "--max-cost",
        type=dollars,
        metavar="DOLLARS",
        help="submit no new work once its estimated cost would take the run past this many "
        "US dollars (prices: the price table, see summarizer log --help); what is left is "
        "listed as not included",
    )


def _batch(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "batch",
        help="request files for a batch tool (vllm run-batch), and their results back",
        description="The OpenAI batch file format, for running the briefings elsewhere (vLLM's "
        "run-batch on a GPU cluster, or any tool that reads it): `batch export` writes one "
        "request line per article the store has no briefing of (custom_id: the store key), "
        "`batch import` checks the results as a briefing is checked and stores what "
        "validates. `batch list` shows the batches kept in the store.",
    )
    actions = parser.add_subparsers(dest="batch_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="write a request file (JSONL) of the articles the store lacks briefings of",
        description="Read the SOURCEs (as digest does; none: the store's articles of the "
        "period) and write one request line per article the store has no briefing of, with "
        "the body the LLM engine sends (--model, --mode). The articles are stored, for the "
        "import.",
    )
    export.add_argument(
        "sources", nargs="*", metavar="SOURCE", help="file, folder, URL, feed, @list, or -"
    )
    _period_options(export, "period (by published date)")
    export.add_argument(
        "-o", "--output", type=Path, metavar="PATH", help="the request file (default: stdout)"
    )
    imported = actions.add_parser(
        "import",
        help="check and store the results of a request file (JSONL)",
        description="Read a batch output file (OpenAI's or vllm run-batch's format): each "
        "answer is checked and repaired as a briefing is, the failing items re-asked when a "
        "model endpoint is configured (else left out), and each briefing that validates "
        "stored. The model is the one the custom_ids name unless --model says otherwise.",
    )
    imported.add_argument("results", type=Path, metavar="RESULTS", help="the output JSONL file")
    listing = actions.add_parser("list", help="the batches kept in the store")
    for sub in (export, imported, listing):
        _engine_options(sub)
        _store_option(sub)
        _common_options(sub)
        sub.set_defaults(command="batch")


def _text(commands: Any) -> None:
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
    _fetch_options(parser)
    parser.set_defaults(verbose=0)


def _eval(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "eval",
        help="score briefings against gold annotations",
        description=(
            "Brief each gold file's article and score it by the gold scoring rules. Several "
            "GOLD paths are pooled: the overall row is micro-averaged over every article."
        ),
    )
    parser.add_argument(
        "gold",
        type=Path,
        nargs="+",
        help="gold JSON files or folders of them; several are scored as one pooled set",
    )
    parser.add_argument(
        "--format", choices=("table", "json"), default="table", help="output (default table)"
    )
    parser.add_argument(
        "--details", action="store_true", help="list missed and unmatched items under the table"
    )
    _engine_options(parser)
    _common_options(parser)


def _log(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "log",
        aliases=["logs"],
        help="show recent model calls, token totals and their cost (also: logs)",
        description="Show the latest model calls logged in the local store (time, model, "
        "article, tokens, latency, outcome, cost) and totals per model over the whole log. "
        "Cost is estimated in US dollars from a price table: dated defaults for OpenAI's "
        "common models ship with summarizer (check them), and a JSON file of your own "
        "overrides them model by model: $SUMMARIZER_PRICES, else prices.json in the config "
        "folder (~/.config/summarizer/ on Linux). Cached input is priced as cached, calls "
        "answered by a batch at the batch discount; a model the table lacks costs 'unknown'.",
    )
    parser.add_argument(
        "-n",
        type=call_count,
        default=20,
        metavar="N",
        help="show the last N calls (default 20; 0 shows only the totals)",
    )
    parser.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="table (default), or json with the request and response bodies",
    )
    _store_option(parser)
    # `summarizer logs` runs the same command.
    parser.set_defaults(verbose=0, command="log")


def _store(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "store",
        help="list what the local store holds, or forget some of it",
        description="The local store keeps every article read, its briefings, the digest's "
        "model syntheses and the log of model calls (summarizer log). `store list` shows the "
        "articles; `store forget` removes some, with everything that hangs off them.",
    )
    actions = parser.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    listing: argparse.ArgumentParser = actions.add_parser(
        "list",
        help="the stored articles, by ISO week",
        description="List the stored articles by ISO week, oldest first: date (published, else "
        "the day read, marked *), article id (its first 12 characters), relevance when a "
        "briefing judged it, the engines and models that briefed it, title or headline, and "
        "the URL or path it was read from.",
    )
    _period_options(listing, "period (by published date, else the day read; default: all)")
    listing.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="table (default), or json: every article with its places and briefings",
    )
    _store_option(listing)
    listing.set_defaults(verbose=0)

    forget: argparse.ArgumentParser = actions.add_parser(
        "forget",
        help="remove articles and what hangs off them",
        description="Remove articles from the store: the places they were read from, their "
        "briefings and the digest syntheses written from them go too. Name them by SOURCE, a "
        "URL or path they were read from (a folder: every file under it), or by ARTICLE_ID "
        "(as store list shows it: 6 characters or more), or give --before DATE. With nothing to "
        "match it refuses; a name that matches nothing stops it before anything is removed. "
        "The call log is a record of money spent and is KEPT, unless --calls is given.",
    )
    forget.add_argument(
        "targets", nargs="*", metavar="SOURCE|ARTICLE_ID", help="a URL, a path, or an article id"
    )
    forget.add_argument(
        "--before",
        type=iso_date,
        metavar="DATE",
        help="every article dated before DATE (published, else the day read): YYYY-MM-DD",
    )
    forget.add_argument(
        "--calls",
        action="store_true",
        help="also remove the call log's entries about those articles, and with --before "
        "every call made before DATE (without it the log, what was spent, is kept)",
    )
    forget.add_argument(
        "--dry-run", action="store_true", help="say what would be removed, and remove nothing"
    )
    _store_option(forget)
    forget.set_defaults(verbose=0)


def _schema(commands: Any) -> None:
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
    parser.set_defaults(verbose=0)


# --------------------------------------------------------------------------- shared options


def _period_options(parser: argparse.ArgumentParser, title: str) -> None:
    dates = parser.add_argument_group(title)
    dates.add_argument("--week", type=week, metavar="YYYY-Www", help="an ISO week: 2026-W47")
    dates.add_argument(
        "--since", type=since, metavar="N{h,d,w}", help="the last 24h, 7d, 2w... up to today"
    )
    dates.add_argument("--from", dest="date_from", type=iso_date, metavar="DATE", help="YYYY-MM-DD")
    dates.add_argument("--to", dest="date_to", type=iso_date, metavar="DATE", help="YYYY-MM-DD")


def _engine_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("engine")
    group.add_argument(
        "--engine",
        choices=ENGINE_NAMES,
        default="auto",
        help="llm: a model endpoint; offline: no model, no network; "
        "auto (default): llm when OPENAI_API_KEY or OPENAI_BASE_URL is set, else offline",
    )
    group.add_argument("--model", help="model name (default: $SUMMARIZER_MODEL or gpt-4.1-mini)")
    group.add_argument(
        "--base-url", help="OpenAI-compatible endpoint (default: $OPENAI_BASE_URL or OpenAI)"
    )
    group.add_argument(
        "--mode",
        choices=("tools", "tools_strict", "json_schema", "json_schema_strict", "json", "md_json"),
        help="how the model returns structure: tools (default, OpenAI), or json_schema/json "
        "for local servers without tool calling; the _strict modes ask for strict structured "
        "outputs where the endpoint has them (default: $SUMMARIZER_MODE or tools)",
    )
    group.add_argument(
        "--max-reasks",
        type=count(0),
        metavar="N",
        help="re-ask the model up to N times for the items of its answer that fail "
        "validation (default 2)",
    )
    group.add_argument(
        "--strict",
        action="store_true",
        help="fail an article when an item of the model's answer still fails validation "
        "after the last re-ask (default: leave the item out, list it under "
        "provenance.dropped and say so on stderr)",
    )
    group.add_argument(
        "--timeout",
        type=positive_seconds,
        metavar="SECONDS",
        help="network timeout for fetching pages (default 20) and the whole of one model "
        "request, connecting to the last byte of the answer (default 60)",
    )
    group.add_argument(
        "--article-timeout",
        type=positive_seconds,
        metavar="SECONDS",
        help="time limit for all the model requests of one article: retries, re-asks, the "
        "parts of a long article (default 5 times --timeout)",
    )
    group.add_argument(
        "--max-output-tokens",
        type=count(1),
        metavar="N",
        help="cap on the model's answer length (default: the endpoint's own)",
    )
    group.add_argument(
        "--api-key",
        metavar="KEY",
        help="API key (default $OPENAI_API_KEY; prefer the variable: a key on the command line "
        "shows in the process list and in shell history)",
    )


def _rate_limit_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-wait",
        type=seconds_or_zero,
        metavar="SECONDS",
        help="the longest the run pauses for rate limits (429), all pauses together; then it "
        "stops and lists what it did not brief (default 300). A 429 saying the quota is "
        "exhausted stops it at once",
    )


def _fetch_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("web pages")
    group.add_argument(
        "--block-private-hosts",
        action="store_true",
        help="refuse URLs on loopback, private or link-local addresses (the library's default; "
        "the CLI fetches what you ask it to, like curl)",
    )


def _common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="show library logs (-vv: debug)"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no notices on stderr, only errors"
    )


def _store_option(parser: argparse._ActionsContainer) -> None:
    parser.add_argument(
        "--store",
        type=Path,
        metavar="PATH",
        help="the local store file (default: $SUMMARIZER_STORE, else store.sqlite3 in the "
        "user data directory)",
    )


def _cache_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("local store")
    _store_option(group)
    group.add_argument(
        "--refresh",
        "--no-cache",
        action="store_true",
        help="brief again even if the store has this article's briefing (and replace it)",
    )
    group.add_argument(
        "--no-store",
        action="store_true",
        help="do not read or write the local store (no copy of the article is kept)",
    )
