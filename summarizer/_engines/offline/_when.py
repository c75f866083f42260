"""When a dispute or deal last moved: the date a clause gives its development.

Dates are read as written. A full date ("on Nov. 19, 2025", "19 November 2025") or a month
and year ("in March 2026") stands alone; a weekday ("on Tuesday"), a day without a year
("on Aug. 1"), a month alone ("in September") or "last month" needs the article's published
date, and is left out without one. A clause about what will happen gives no date: a plan is no
development yet.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from summarizer._lexicon import lexicon


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], dict[str, int], dict[str, int]]:
    calendar = lexicon("en").calendar
    months: dict[str, int] = {}
    for number, named in enumerate(calendar.months, start=1):
        for word in (named.name, *named.abbreviations):
            months[word.casefold()] = number
    weekdays = {day.casefold(): number for number, day in enumerate(calendar.weekdays)}
    month = rf"(?P<month>{calendar.month_pattern()})\.?"
    month2 = rf"(?P<month2>{calendar.month_pattern()})\.?"
    pattern = re.compile(
        # 1: "Nov. 19, 2025", "November 19" ; 2: "19 November 2025" ; 3: "March 2026", "March"
        rf"\b{month} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (?P<year>(?:19|20)\d\d)\b)?"
        rf"|\b(?P<day2>\d{{1,2}}) {month2}(?: (?P<year2>(?:19|20)\d\d))?\b"
        rf"|\b(?i:in|since|during|of|early|late|mid-?|last|this) (?i:early |late |mid-)?"
        rf"(?P<month3>{calendar.month_pattern(abbreviations=False)})"
        r"(?: (?P<year3>(?:19|20)\d\d))?\b"
        rf"|\b(?P<weekday>{calendar.weekday_pattern()})"
        r"(?:['’]s)?\b"
        r"|\b(?P<relative>(?i:today|yesterday|last month|this month|earlier this month|last year"
        r"|this year|earlier this year))\b"
        r"|\b(?i:in|since|during) (?P<year4>(?:19|20)\d\d)\b",
    )
    return pattern, months, weekdays


def dates(text: str, published: date | None) -> list[str]:
    """Every date ``text`` gives that can be placed, as ``YYYY[-MM[-DD]]``, in text order."""
    pattern, months, weekdays = _patterns()
    found: list[str] = []
    for match in pattern.finditer(text):
        value = _place(match, months, weekdays, published)
        if value is not None:
            found.append(value)
    return found


def _place(
    match: re.Match[str], months: dict[str, int], weekdays: dict[str, int], published: date | None
) -> str | None:
    groups = match.groupdict()
    month_word = groups["month"] or groups["month2"]
    if month_word is not None:
        # "May 5" is a date; "may" the verb is lower case and never reaches here.
        if month_word == "May" and not (groups["day"] or groups["day2"]):
            return None
        month = months[month_word.casefold()]
        day = int(groups["day"] or groups["day2"])
        year_word = groups["year"] or groups["year2"]
        if year_word is not None:
            return _iso(int(year_word), month, day)
        if published is None:
            return None
        year = published.year
        if _safe(year, month, day) and date(year, month, day) > published:
            year -= 1  # "on Aug. 1" in a story of March: last year's
        return _iso(year, month, day)
    if groups["month3"] is not None:
        month = months[groups["month3"].casefold()]
        if groups["year3"] is not None:
            return f"{int(groups['year3']):04d}-{month:02d}"
        if published is None:
            return None
        year = published.year if month <= published.month else published.year - 1
        return f"{year:04d}-{month:02d}"
    if groups["weekday"] is not None:
        if published is None:
            return None
        back = (published.weekday() - weekdays[groups["weekday"].casefold()]) % 7
        return (published - timedelta(days=back)).isoformat()
    if groups["year4"] is not None:
        return groups["year4"]
    relative = (groups["relative"] or "").casefold() or None
    if relative is None or published is None:
        return None
    if relative == "today":
        return published.isoformat()
    if relative == "yesterday":
        return (published - timedelta(days=1)).isoformat()
    if relative in ("this month", "earlier this month"):
        return f"{published.year:04d}-{published.month:02d}"
    if relative == "last month":
        first = published.replace(day=1) - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if relative == "last year":
        return f"{published.year - 1:04d}"
    return f"{published.year:04d}"


def _safe(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _iso(year: int, month: int, day: int) -> str | None:
    return date(year, month, day).isoformat() if _safe(year, month, day) else None


def latest(values: list[str], published: date | None) -> str | None:
    """The latest of ``values`` that is not after ``published`` (when known)."""
    keyed = []
    for value in values:
        parts = [int(p) for p in value.split("-")]
        start = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        if published is not None and start > published:
            continue
        keyed.append((start, len(parts), value))
    return max(keyed)[2] if keyed else None
