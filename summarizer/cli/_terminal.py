"""Showing a markdown brief in a terminal, styled by rich; a spinner while a brief is made.

The CLI calls this only when stdout is a terminal; piped output stays plain markdown. rich is
imported inside the function: it costs tens of milliseconds, and ``summarizer --help`` and the
JSON path never need it.

rich parses markdown with markdown-it (CommonMark), which honours the backslash escapes and
decodes the ``&lt;``/``&gt;``/``&amp;`` entities that
:func:`summarizer._briefing._render.escape_inline`
writes, so the escaped brief shows the characters the article had, not the escapes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console


def print_briefing(
    markdown_text: str, *, file: TextIO | None = None, width: int | None = None
) -> None:
    """Render ``markdown_text`` to ``file`` (default: stdout) with rich.

    ``width`` fixes the line width (tests, or a pager); by default rich measures the terminal.
    """
    from rich.console import Console
    from rich.markdown import Markdown

    # hyperlinks=False: the brief has no links by construction, and if one ever slipped in it
    # should show as text rather than become a clickable terminal escape sequence.
    console = Console(file=file, width=width, soft_wrap=False)
    console.print(Markdown(markdown_text, hyperlinks=False))


@contextmanager
def working(
    message: str, *, quiet: bool, console: Console | None = None
) -> Iterator[Callable[[str], None]]:
    """A spinner saying ``message`` on stderr while the block runs: at a terminal only, never
    with ``quiet``. Yields a function that changes the message.

    Transient: it is gone when the block ends, so what the command prints next (the brief, at
    a terminal) starts on a clean line; lines printed to stderr meanwhile show above it.
    ``console`` stands in for the terminal (tests).
    """
    if quiet or (console is None and not sys.stderr.isatty()):
        yield _say_nothing
        return
    from rich.console import Console

    with (console or Console(stderr=True)).status(message) as status:
        yield lambda text: status.update(text)


def _say_nothing(message: str) -> None:
    del message
