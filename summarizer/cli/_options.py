"""Options several subcommands share: choosing and configuring the engine, output."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.cli._types import count, positive_seconds, seconds_or_zero

if TYPE_CHECKING:
    from collections.abc import Callable

    from summarizer._digest._retry import RetryPolicy
    from summarizer._engines._protocol import Engine
    from summarizer._engines.llm._call_log import CallRecord
    from summarizer._ingest._fetching import FetchSettings
    from summarizer._store import Store


def add_engine_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("engine")
    group.add_argument(
        "--engine",
        choices=("auto", "llm", "offline"),
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
        choices=("tools", "json_schema", "json", "md_json"),
        help="how the model returns structure: tools (default, OpenAI), or json_schema/json "
        "for local servers without tool calling (default: $SUMMARIZER_MODE or tools)",
    )
    group.add_argument(
        "--max-reasks",
        type=count(0),
        metavar="N",
        help="re-ask the model up to N times when its answer fails validation (default 2)",
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


def add_rate_limit_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-wait",
        type=seconds_or_zero,
        metavar="SECONDS",
        help="the longest the run pauses for rate limits (429), all pauses together; then it "
        "stops and lists what it did not brief (default 300). A 429 saying the quota is "
        "exhausted stops it at once",
    )


def retry_policy_from_args(args: argparse.Namespace, *, transient_retries: int) -> RetryPolicy:
    """The run's retry policy: ``--max-wait``, and ``transient_retries`` of the runner's own
    (0 where the openai client retries those itself)."""
    from summarizer._digest._retry import RetryPolicy

    max_wait: float | None = getattr(args, "max_wait", None)
    if max_wait is None:
        return RetryPolicy(transient_retries=transient_retries)
    return RetryPolicy(transient_retries=transient_retries, max_total_wait=max_wait)


def stopped_notice(reason: str, made: int, *, stored: bool) -> str:
    """The line saying a run stopped early, and how to go on from there."""
    if not stored:
        return f"summarizer: the run stopped early: {reason}"
    briefings = "briefing is" if made == 1 else "briefings are"
    return (
        f"summarizer: the run stopped early: {reason}; {made} new {briefings} in the store; "
        "run the same command again to go on from there"
    )


def add_fetch_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("web pages")
    group.add_argument(
        "--block-private-hosts",
        action="store_true",
        help="refuse URLs on loopback, private or link-local addresses (the library's default; "
        "the CLI fetches what you ask it to, like curl)",
    )


def fetch_settings_from_args(args: argparse.Namespace) -> FetchSettings:
    from summarizer._ingest._fetching import FetchSettings

    timeout = getattr(args, "timeout", None)
    return FetchSettings(
        allow_private_hosts=not args.block_private_hosts,
        **({"timeout": timeout} if timeout is not None else {}),
    )


def add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="show library logs (-vv: debug)"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no notices on stderr, only errors"
    )


def add_store_option(parser: argparse._ActionsContainer) -> None:
    parser.add_argument(
        "--store",
        type=Path,
        metavar="PATH",
        help="the local store file (default: $SUMMARIZER_STORE, else store.sqlite3 in the "
        "user data directory)",
    )


def add_cache_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("local store")
    add_store_option(group)
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


def open_store(args: argparse.Namespace) -> Store | None:
    """The store the flags name, opened; ``None`` with ``--no-store``."""
    if getattr(args, "no_store", False):
        return None
    from summarizer._store import Store

    return Store.open(args.store)


def engine_from_args(
    args: argparse.Namespace, *, on_call: Callable[[CallRecord], None] | None = None
) -> Engine:
    """Build the engine the flags ask for; in auto mode, say on stderr which one runs."""
    from summarizer._engines._registry import choose_engine
    from summarizer._engines.llm._settings import LLMSettings

    overrides = {
        "model": args.model,
        "base_url": args.base_url,
        "mode": args.mode,
        "max_reasks": args.max_reasks,
        "timeout": args.timeout,
        "article_timeout": args.article_timeout,
        "max_output_tokens": args.max_output_tokens,
        "api_key": args.api_key,
    }
    settings = LLMSettings.from_env(**{k: v for k, v in overrides.items() if v is not None})
    chosen = choose_engine(args.engine, settings, on_call=on_call)
    if chosen.notice is not None and not args.quiet:
        print(f"summarizer: engine: {chosen.notice}", file=sys.stderr)
    return chosen.engine


def write_output(text: str, output: Path | None, *, markdown: bool) -> None:
    """Write to ``output``, or stdout; markdown on a terminal is rendered with rich."""
    if output is not None:
        _write_whole(output, text)
        return
    if markdown and sys.stdout.isatty():
        from summarizer.cli._terminal import print_briefing

        print_briefing(text)
        return
    sys.stdout.write(text)
    sys.stdout.flush()


def _write_whole(output: Path, text: str) -> None:
    """Write ``output`` whole or not at all: into a temporary file beside it, then renamed over
    it, so a full disk or a Ctrl-C leaves no empty or half file (and an older one intact).

    What exists and is not a regular file (``/dev/null``, a pipe, a symlink) is written
    through as it is: renaming over it would replace it.
    """
    from summarizer._errors import InputError

    temporary: Path | None = None
    try:
        if output.is_symlink() or (output.exists() and not output.is_file()):
            with output.open("w", encoding="utf-8") as stream:
                stream.write(text)
            return
        mode = output.stat().st_mode & 0o777 if output.exists() else 0o666 & ~_umask()
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=output.parent, prefix=f".{output.name}.", delete=False
        ) as handle:
            temporary = Path(handle.name)
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.chmod(mode)
        temporary.replace(output)
        temporary = None
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror}", source=str(output)) from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _umask() -> int:
    # The only way to read the umask is to set it; set it straight back.
    mask = os.umask(0)
    os.umask(mask)
    return mask
