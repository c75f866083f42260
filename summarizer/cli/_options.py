"""What the subcommands make of the options they share: the engine, the retry policy, the
fetch settings, the store; and writing the output."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from summarizer._digest._periods import Selection
from summarizer._digest._retry import RetryPolicy
from summarizer._engines._protocol import Engine
from summarizer._engines._registry import choose_engine
from summarizer._engines.llm._call_log import OnCall
from summarizer._engines.llm._settings import LLMSettings
from summarizer._errors import ConfigError, InputError
from summarizer._ingest._fetching import FetchSettings
from summarizer._store import Store
from summarizer.cli._terminal import print_briefing


def engine_from_args(args: argparse.Namespace, *, on_call: OnCall | None = None) -> Engine:
    """Build the engine the flags ask for; in auto mode, say on stderr which one runs."""
    overrides = {
        "model": args.model,
        "base_url": args.base_url,
        "mode": args.mode,
        "max_reasks": args.max_reasks,
        "timeout": args.timeout,
        "article_timeout": args.article_timeout,
        "max_output_tokens": args.max_output_tokens,
        "api_key": args.api_key,
        "drop_invalid": False if getattr(args, "strict", False) else None,
    }
    settings = LLMSettings.from_env(**{k: v for k, v in overrides.items() if v is not None})
    _check_engine_flags(args, settings)
    chosen = choose_engine(args.engine, settings, on_call=on_call)
    # Said to a person at a terminal only: not with -q, not into a pipe or a log file.
    if chosen.notice is not None and not args.quiet and sys.stderr.isatty():
        print(f"summarizer: engine: {chosen.notice}", file=sys.stderr)
    return chosen.engine


# Flags that only mean something to the LLM engine.
_MODEL_FLAGS = (
    ("model", "--model"),
    ("base_url", "--base-url"),
    ("mode", "--mode"),
    ("max_reasks", "--max-reasks"),
    ("max_output_tokens", "--max-output-tokens"),
    ("api_key", "--api-key"),
)


def _check_engine_flags(args: argparse.Namespace, settings: LLMSettings) -> None:
    """Flags that cannot do what they say are errors, not silently ignored: a model flag with
    ``--engine offline``, or ``--model`` with no endpoint to ask it of."""
    given = [flag for name, flag in _MODEL_FLAGS if getattr(args, name, None) is not None]
    if args.engine == "offline" and given:
        raise ConfigError(
            f"{', '.join(given)} asks for a model, but --engine offline uses none: drop "
            f"{'it' if len(given) == 1 else 'them'}, or use --engine llm"
        )
    if args.engine == "auto" and args.model is not None and not settings.configured:
        raise ConfigError(
            f"--model {args.model} needs a model endpoint: set OPENAI_API_KEY (or "
            "OPENAI_BASE_URL or --base-url for a local server), or drop --model to brief "
            "offline"
        )
    if getattr(args, "refresh", False) and getattr(args, "no_store", False):
        raise ConfigError(
            "--refresh asks the store to be bypassed and refilled, but --no-store uses no "
            "store: give one of them"
        )


def retry_policy_from_args(args: argparse.Namespace, *, transient_retries: int) -> RetryPolicy:
    """The run's retry policy: ``--max-wait``, and ``transient_retries`` of the runner's own
    (0 where the openai client retries those itself)."""
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


def fetch_settings_from_args(args: argparse.Namespace) -> FetchSettings:
    timeout = getattr(args, "timeout", None)
    return FetchSettings(
        allow_private_hosts=not args.block_private_hosts,
        **({"timeout": timeout} if timeout is not None else {}),
    )


def selection_from_args(args: argparse.Namespace) -> Selection | str | None:
    """The period ``--week``, ``--since`` or ``--from/--to`` give (None: none given), or a
    message saying why they do not fit together."""
    given = [name for name in ("week", "since") if getattr(args, name) is not None]
    ranged = args.date_from is not None or args.date_to is not None
    if len(given) + ranged > 1:
        return "give one of --week, --since, or --from/--to"
    if given:
        chosen: Selection = getattr(args, given[0])
        return chosen
    if ranged:
        try:
            return Selection.between(args.date_from, args.date_to)
        except ConfigError as error:
            # Without --to the period ends today: say so, not "--to None".
            end = f"--to {args.date_to}" if args.date_to is not None else "today"
            return f"--from {args.date_from} is after {end}: {error.message}"
    return None


def open_store(args: argparse.Namespace) -> Store | None:
    """The store the flags name, opened; ``None`` with ``--no-store``."""
    if getattr(args, "no_store", False):
        return None
    return Store.open(args.store)


def write_output(text: str, output: Path | None, *, markdown: bool) -> None:
    """Write to ``output``, or stdout; markdown on a terminal is rendered with rich."""
    if output is not None:
        _write_whole(output, text)
        return
    if markdown and sys.stdout.isatty():
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
    temporary: Path | None = None
    try:
        if output.is_symlink() or (output.exists() and not output.is_file()):
            with output.open("w", encoding="utf-8") as stream:
                stream.write(text)
            return
        output.parent.mkdir(parents=True, exist_ok=True)
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
