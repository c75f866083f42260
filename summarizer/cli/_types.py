"""Types of the command line's option values: a bad value is a usage error naming the flag.

argparse reports ``argument --timeout: must be more than 0 seconds: '0'`` and exits 2, before
any work starts; the library's own checks (``ConfigError``) name library arguments instead.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from summarizer._digest._periods import Selection, parse_since, parse_week
from summarizer._errors import ConfigError


def _number(
    kind: Callable[[str], float], minimum: float, *, above: bool, what: str
) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not {what}: {text!r}") from None
        if not ((value > minimum) if above else (value >= minimum)) or value != value:
            bound = f"more than {minimum:g}" if above else f"{minimum:g} or more"
            raise argparse.ArgumentTypeError(f"must be {bound}: {text!r}")
        return value

    return parse


positive_seconds = _number(float, 0, above=True, what="a number of seconds")
seconds_or_zero = _number(float, 0, above=False, what="a number of seconds")
dollars = _number(float, 0, above=False, what="an amount of US dollars")


def count(minimum: int) -> Callable[[str], int]:
    """A whole number, ``minimum`` or more."""
    check = _number(int, minimum, above=False, what="a whole number")
    return lambda text: int(check(text))


def week(text: str) -> Selection:
    try:
        return parse_week(text)
    except ConfigError as error:
        raise argparse.ArgumentTypeError(error.message) from None


def since(text: str) -> Selection:
    try:
        return parse_since(text)
    except ConfigError as error:
        raise argparse.ArgumentTypeError(error.message) from None


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (write it YYYY-MM-DD)") from None


def call_count(text: str) -> int:
    """How many logged calls to show: a whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value
