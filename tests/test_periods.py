"""The dates a digest keeps: ISO weeks, "since" durations and open ranges (``Selection``)."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer import ConfigError, Selection
from summarizer._digest._periods import last_complete_week, parse_since, parse_week

# A Wednesday: the last complete week is Monday 16 to Sunday 22 November 2026 (2026-W47).
NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.timezone.utc)


def test_an_iso_week_is_monday_to_sunday() -> None:
    week = parse_week("2026-W47")
    assert (week.start, week.end, week.label) == (
        dt.date(2026, 11, 16),
        dt.date(2026, 11, 22),
        "2026-W47",
    )
    # ISO week 1 may start in December.
    assert parse_week("2026w1").start == dt.date(2025, 12, 29)
    with pytest.raises(ConfigError, match="ISO week"):
        parse_week("2026-47")
    with pytest.raises(ConfigError, match="2025 has no ISO week 53"):
        parse_week("2025-W53")


@pytest.mark.parametrize(
    ("text", "start"),
    [("7d", dt.date(2026, 11, 18)), ("2w", dt.date(2026, 11, 11)), ("24h", dt.date(2026, 11, 24))],
)
def test_since_counts_back_from_now_to_today(text: str, start: dt.date) -> None:
    since = parse_since(text, now=NOW)
    assert (since.start, since.end) == (start, NOW.date())
    assert dt.date(2026, 11, 25) in since and start - dt.timedelta(days=1) not in since


def test_since_refuses_what_is_not_a_duration() -> None:
    for bad in ("7", "d7", "7 days", "-1d", "1m"):
        with pytest.raises(ConfigError, match="not a duration"):
            parse_since(bad, now=NOW)


def test_last_complete_week_is_the_one_before_this_week() -> None:
    for today in (dt.date(2026, 11, 23), dt.date(2026, 11, 25), dt.date(2026, 11, 29)):
        week = last_complete_week(today)
        assert (week.start, week.end, week.label) == (
            dt.date(2026, 11, 16),
            dt.date(2026, 11, 22),
            "2026-W47",
        )
    assert last_complete_week(dt.date(2026, 1, 1)).label == "2025-W52"


def test_a_range_may_be_open_at_either_end() -> None:
    start_only = Selection.between(dt.date(2026, 11, 20), None, today=dt.date(2026, 11, 25))
    assert (start_only.start, start_only.end) == (dt.date(2026, 11, 20), dt.date(2026, 11, 25))
    assert dt.date(1990, 1, 1) in Selection.between(None, dt.date(2026, 1, 1))
    with pytest.raises(ConfigError, match="before it starts"):
        Selection.between(dt.date(2026, 11, 20), dt.date(2026, 11, 1))
