"""The ``summarizer`` command: a thin layer over the library.

Every subcommand module offers ``add_parser(subparsers)`` and ``run(args) -> int``. This module
owns what they share: parsing, logging, and turning library errors into one line on stderr.
Imports of the library happen inside ``run`` so that ``summarizer --help`` stays fast.
"""

from __future__ import annotations

import argparse
import logging
import sys
import warnings
from collections.abc import Sequence

from summarizer._version import __version__
from summarizer.cli import _brief, _digest, _eval, _log, _schema, _text

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summarizer",
        description="Turn world-news articles into structured, evidence-backed briefings.",
    )
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in (_brief, _digest, _text, _eval, _log, _schema):
        module.add_parser(commands)
    return parser


def _configure_logging(verbosity: int) -> None:
    # Libraries (instructor, openai, httpx) log retries and requests on their own; a user sees
    # them only when asking with -v. The NullHandler keeps logging's last-resort stderr handler
    # from printing warnings behind our back.
    root = logging.getLogger()
    if verbosity <= 0:
        root.addHandler(logging.NullHandler())
        warnings.simplefilter("ignore")
        return
    logging.basicConfig(
        level=logging.INFO if verbosity == 1 else logging.DEBUG,
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(getattr(args, "verbose", 0))
    from summarizer._errors import SummarizerError

    try:
        code: int = args.run(args)
    except SummarizerError as error:
        print(f"summarizer: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("summarizer: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `summarizer brief x | head`: the reader left; nothing more to say.
        sys.stderr.close()
        return EXIT_OK
    return code
