"""The ``summarizer`` command: a thin layer over the library.

:mod:`._parser` knows every subcommand's options and imports nothing of the library; each
subcommand's module (``_brief``, ``_digest``, ...) offers ``run(args) -> int`` and imports what
it uses at its top. This module owns what they share: parsing, logging, turning library errors
into one line on stderr, and :func:`_command`, the one place a subcommand's module (and the
library with it) is imported late, so that ``summarizer --help`` stays fast.
"""

from __future__ import annotations

import argparse
import logging
import sys
import warnings
from collections.abc import Callable, Sequence

from summarizer._errors import SummarizerError
from summarizer.cli._exits import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK
from summarizer.cli._parser import build_parser
from summarizer.cli._say import for_the_command_line

__all__ = ["build_parser", "main"]


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


def _command(name: str) -> Callable[[argparse.Namespace], int]:
    """The ``run`` of subcommand ``name``, its module imported now.

    The one deferred import of the package's own modules: the subcommands' modules import the
    library (pydantic, the engines, the store) at their top, which ``--help`` and a usage
    error need not pay for.
    """
    if name == "brief":
        from summarizer.cli._brief import run
    elif name == "digest":
        from summarizer.cli._digest import run
    elif name == "batch":
        from summarizer.cli._batch import run
    elif name == "text":
        from summarizer.cli._text import run
    elif name == "eval":
        from summarizer.cli._eval import run
    elif name == "log":
        from summarizer.cli._log import run
    elif name == "store":
        from summarizer.cli._store import run
    elif name == "schema":
        from summarizer.cli._schema import run
    else:
        raise AssertionError(f"no module for the subcommand {name!r}")
    return run


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(getattr(args, "verbose", 0))
    try:
        code = _command(args.command)(args)
    except SummarizerError as error:
        print(f"summarizer: {for_the_command_line(str(error))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("summarizer: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `summarizer brief x | head`: the reader left; nothing more to say.
        sys.stderr.close()
        return EXIT_OK
    return code
