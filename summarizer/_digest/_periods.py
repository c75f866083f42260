"""The days a digest covers: an ISO week, the last N days, a range.

Light on purpose (no third-party imports): the command line parses ``--week`` and ``--since``
with it before anything heavy is loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from summarizer._errors import ConfigError

__all__ = ["Selection", "last_complete_week", "parse_since", "parse_week"]


@dataclass(frozen=True)
class Selection:
    """The days a digest covers, both ends included; ``label`` names them for people."""

    start: date
    end: date
    label: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ConfigError(f"the period ends ({self.end}) before it starts ({self.start})")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    @classmethod
    def week(cls, text: str) -> Selection:
        """The ISO week ``2026-W47`` (also ``2026W47``), Monday to Sunday."""
        return parse_week(text)

    @classmethod
    def since(cls, text: str, *, now: datetime | None = None) -> Selection:
        """From ``7d``, ``2w`` or ``24h`` ago (by date) to today."""
        return parse_since(text, now=now)

    @classmethod
    def between(
        cls, start: date | None, end: date | None, *, today: date | None = None
    ) -> Selection:
        """``start`` to ``end``; an open start is the earliest date, an open end today."""
        first = start or date.min
        last = end or today or date.today()
        label = f"{start.isoformat() if start else '…'} to {last.isoformat()}"
        return cls(first, last, label)


_WEEK = re.compile(r"^\s*(\d{4})-?[Ww](\d{1,2})\s*$")
_SINCE = re.compile(r"^\s*(\d+)\s*([hdw])\s*$", re.IGNORECASE)
_SINCE_UNITS = {"h": "hours", "d": "days", "w": "weeks"}


def parse_week(text: str) -> Selection:
    """The ISO week ``text`` names (``2026-W47``). Raises ConfigError for anything else."""
    match = _WEEK.match(text)
    if match is None:
        raise ConfigError(f"not an ISO week: {text!r} (write it like 2026-W47)")
    year, week = int(match.group(1)), int(match.group(2))
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ConfigError(f"{year} has no ISO week {week}") from None
    return Selection(monday, monday + timedelta(days=6), f"{year}-W{week:02d}")


def parse_since(text: str, *, now: datetime | None = None) -> Selection:
    """From ``7d`` (days), ``2w`` (weeks) or ``24h`` (hours) before ``now`` to today.

    Dates have no time of day, so ``24h`` means from yesterday's date to today's.
    """
    match = _SINCE.match(text)
    if match is None:
        raise ConfigError(f"not a duration: {text!r} (write it like 7d, 2w or 24h)")
    amount, unit = int(match.group(1)), match.group(2).lower()
    moment = now or datetime.now().astimezone()
    start = (moment - timedelta(**{_SINCE_UNITS[unit]: amount})).date()
    return Selection(start, moment.date(), f"since {amount}{unit}")


def last_complete_week(today: date | None = None) -> Selection:
    """The last ISO week that is over: Monday to Sunday before the week of ``today``."""
    today = today or date.today()
    monday = today - timedelta(days=today.weekday() + 7)
    year, week, _ = monday.isocalendar()
    return Selection(monday, monday + timedelta(days=6), f"{year}-W{week:02d}")
