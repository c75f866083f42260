"""Dates a clause writes, and the contract's ``when`` they stand for.

A date is resolved only as far as the text takes it: "Nov. 19, 2025" is ``2025-11-19``,
"March 2026" ``2026-03``, "in 2029" ``2029``. A date without its year ("Feb. 2", "in March"),
a weekday ("on Wednesday") and a relative one ("next year") need the article's published date
to mean a day; without one they give no ``when``. Which way they count from publication is the
caller's: forward for what is due ("talks on Wednesday" after a Monday article), back for what
has happened (:func:`dates`, the date a dispute or deal last moved: "since 2022" starts what
still goes on and "by 2028" is a target, so neither dates a development).

The month "May" is only the month where nothing else can be meant: before a day number
("May 14"), or after one of the words ``outlook.json`` lists ("in May", "early May"); "may"
in lower case is never a date (month names are matched case-sensitively).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from summarizer._engines.offline._data import outlook
from summarizer._lexicon import lexicon

_CALENDAR = lexicon("en").calendar
_MONTH_NUMBER = {
    word: number
    for number, month in enumerate(_CALENDAR.months, start=1)
    for word in (month.name, *month.abbreviations)
}
_WEEKDAY_NUMBER = {name: number for number, name in enumerate(_CALENDAR.weekdays)}
_ANY_MONTH = _CALENDAR.month_pattern()
_MONTH_NAME = _CALENDAR.month_pattern(abbreviations=False)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Tried in this order; a later pattern never takes text an earlier one matched. The third
# field names what the pattern cannot match without (:func:`_holds`).
_PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "day",
        re.compile(rf"\b(?P<day>\d{{1,2}}) (?P<mon>{_ANY_MONTH})\.?(?:,? {_YEAR})?\b"),
        "month",
    ),
    (
        "day",
        re.compile(
            rf"\b(?:(?P<part>early|mid|late)[- ])?(?P<mon>{_ANY_MONTH})\.? "
            rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? {_YEAR}\b)?"
        ),
        "month",
    ),
    (
        "month",
        re.compile(
            rf"\b(?:(?P<part>early|mid|late)[- ])?(?P<mon>{_MONTH_NAME})\b(?:,? {_YEAR}\b)?"
        ),
        "month",
    ),
    (
        "year",
        re.compile(rf"\b(?:first|second|third|fourth|last) (?:quarter|half) of {_YEAR}\b"),
        "year",
    ),
    (
        "year",
        re.compile(
            rf"\b(?P<lead>in|during|by|until|from|before|after|through|since|of|for) {_YEAR}\b"
        ),
        "year",
    ),
    ("weekday", re.compile(rf"\b(?P<wd>{_CALENDAR.weekday_pattern()})\b"), "weekday"),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>next (?:year|month|week)|(?:later |earlier )?this (?:year|month)"
            r"|last (?:year|month)|today|yesterday)\b",
            re.I,
        ),
        "relative",
    ),
)

# Most sentences write no date. A pattern that opens on ``\b`` is tried at every character
# (``re`` skips ahead only to a pattern's possible first characters, and an assertion first
# hides them); these searches open on the words themselves, so ``re`` skips ahead, and a
# pattern whose words are absent is not run at all.
_MONTH_WORD = re.compile(_ANY_MONTH)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_WEEKDAY_WORD = re.compile(_CALENDAR.weekday_pattern())
# Every relative date ends on one of these, in any case ("today", "next week"); none of their
# letters matches another one under ``re.I`` that ``str.lower`` leaves apart.
_RELATIVE_WORDS = ("day", "year", "month", "week")


def _holds(text: str) -> dict[str, bool]:
    """For each need of :data:`_PATTERNS`, whether ``text`` holds what it needs."""
    low = text.lower()
    return {
        "month": _MONTH_WORD.search(text) is not None,
        "year": _YEAR_DIGITS.search(text) is not None,
        "weekday": _WEEKDAY_WORD.search(text) is not None,
        "relative": any(word in low for word in _RELATIVE_WORDS),
    }


@dataclass(frozen=True, slots=True)
class Written:
    """A date as the text writes it: ``text[start:end]`` of the text searched."""

    start: int
    end: int
    text: str
    kind: str
    """"day", "month", "year", "weekday" or "relative"."""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative: str | None = None
    lead: str = ""
    """The word before the date, lower case ("since" in "since 2022")."""


def _is_the_month(text: str, match: re.Match[str]) -> bool:
    """Whether a month name without a day number is the month: "May" only after "in",
    "early"... ("Theresa May", "May the talks succeed" are not dates)."""
    if match.group("mon") != "May" or match.group("part"):
        return True
    before = text[: match.start()].rstrip().casefold()
    return any(
        before.endswith(word) and (len(before) == len(word) or not before[-len(word) - 1].isalnum())
        for word in outlook().may_month_before
    )


def find_dates(text: str) -> list[Written]:
    """Every date ``text`` writes, in text order, none overlapping another."""
    return list(_dates_in(text))


# A clause's text is read for its dates by more than one stage (the events' history, the
# outlook): a third of the calls repeat one just made.
@lru_cache(maxsize=64)
def _dates_in(text: str) -> tuple[Written, ...]:
    found: list[Written] = []
    taken: list[tuple[int, int]] = []
    holds = _holds(text)
    for kind, pattern, needs in _PATTERNS:
        if not holds[needs]:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            groups = match.groupdict()
            if kind == "month" and not _is_the_month(text, match):
                continue
            year = int(groups["year"]) if groups.get("year") else None
            day = int(groups["day"]) if groups.get("day") else None
            if day is not None and not 1 <= day <= 31:
                continue
            found.append(
                Written(
                    start=start,
                    end=end,
                    text=_as_written(kind, match.group()),
                    kind=kind,
                    year=year,
                    month=_MONTH_NUMBER[groups["mon"]] if groups.get("mon") else None,
                    day=day,
                    weekday=_WEEKDAY_NUMBER[groups["wd"]] if groups.get("wd") else None,
                    relative=groups["rel"].casefold() if groups.get("rel") else None,
                    lead=(groups.get("lead") or _word_before(text, start)).casefold(),
                )
            )
            taken.append((start, end))
    return tuple(sorted(found, key=lambda w: w.start))


def _word_before(text: str, at: int) -> str:
    found = _LAST_WORD.search(text, max(0, at - 24), at)
    return found.group(1) if found else ""


_LAST_WORD = re.compile(r"(\w+)\W+$")


def _as_written(kind: str, text: str) -> str:
    """The date as a horizon shows it: "2029" for "in 2029", "first quarter of 2027" whole."""
    if kind == "year" and "quarter" not in text and "half" not in text:
        return text.split(" ", 1)[1]
    return text


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve(written: Written, published: date | None, *, ahead: bool) -> str | None:
    """``written`` as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; None when the text and the
    published date do not make it one. ``ahead``: a date without its year, a weekday or a
    month counts forward from publication (what is due), else back (what happened)."""
    if written.year is not None:
        if written.month is None:
            return f"{written.year:04d}"
        if written.day is None:
            return f"{written.year:04d}-{written.month:02d}"
        day = _valid(written.year, written.month, written.day)
        return day.isoformat() if day else None
    if published is None:
        return None
    if written.kind == "weekday" and written.weekday is not None:
        offset = (written.weekday - published.weekday()) % 7
        if ahead:
            return (published + timedelta(days=offset or 7)).isoformat()
        return (published - timedelta(days=(-offset) % 7)).isoformat()
    if written.month is not None:
        year = published.year
        key = (written.month, written.day or 0)
        now = (published.month, published.day if written.day else 0)
        if ahead and key < now:
            year += 1
        elif not ahead and key > now:
            year -= 1
        if written.day is None:
            return f"{year:04d}-{written.month:02d}"
        day = _valid(year, written.month, written.day)
        return day.isoformat() if day else None
    return _relative(written.relative or "", published)


def _relative(phrase: str, published: date) -> str | None:
    if phrase == "today":
        return published.isoformat()
    if phrase == "yesterday":
        return (published - timedelta(days=1)).isoformat()
    if phrase == "last year":
        return f"{published.year - 1:04d}"
    if phrase == "last month":
        first = published.replace(day=1) - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if phrase == "next year":
        return f"{published.year + 1:04d}"
    if phrase.endswith("this year"):
        return f"{published.year:04d}"
    if phrase == "next month":
        year, month = divmod(published.year * 12 + published.month, 12)
        return f"{year:04d}-{month + 1:02d}"
    if phrase.endswith("this month"):
        return f"{published.year:04d}-{published.month:02d}"
    return None  # "next week": no month or day the contract can write


def before(when: str, published: date) -> bool:
    """Whether the whole of ``when`` ("2024", "2024-03", "2024-03-02") lies before ``published``."""
    parts = [int(p) for p in when.split("-")]
    if len(parts) == 1:
        return parts[0] < published.year
    if len(parts) == 2:
        return (parts[0], parts[1]) < (published.year, published.month)
    return date(parts[0], parts[1], parts[2]) < published


# Words before a date that make it no date of a development: a start ("since"), a target
# ("by", "until"), a span ("from", "through", "for") or a time after it ("after").
_NOT_OF_A_DEVELOPMENT = frozenset({"since", "by", "until", "from", "through", "for", "after"})


# A name that ends in its year ("the Geneva Conventions of 1949", "the Treaty of Lisbon of
# 2007"): what the name refers to was made then, not the development of the clause.
_NAMED_BY_YEAR = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:of\s+)?$")


def dates(text: str, published: date | None) -> list[str]:
    """Every date ``text`` gives a past development, as ``YYYY[-MM[-DD]]``, in text order:
    dates without a year, weekdays and months count back from ``published`` (and are left out
    without it)."""
    found: list[str] = []
    for written in find_dates(text):
        if written.lead in _NOT_OF_A_DEVELOPMENT or (written.relative or "").startswith("next"):
            continue
        named = _NAMED_BY_YEAR.search(text, 0, written.start) if written.lead == "of" else None
        if named is not None and named.group(1) not in _MONTH_NUMBER:
            continue  # "the Geneva Conventions of 1949": part of a name, not when it happened
        value = resolve(written, published, ahead=False)
        if value is not None:
            found.append(value)
    return found


# Words before a month that date the clause to it: "agreed in July", "during March".
_MONTH_LEADS = frozenset({"in", "during"})


def past_months(text: str, published: date | None) -> list[int]:
    """Where ``text`` dates something to a month of its own ("agreed in July on a timetable"):
    the start of each bare month (no day, no year) that lies before the month of
    ``published``. News of the day is told by its weekday or date; a month alone sets a thing
    in the past, so without a published date every such month does."""
    found: list[int] = []
    for written in find_dates(text):
        if written.kind != "month" or written.year is not None or written.day is not None:
            continue
        if written.lead not in _MONTH_LEADS:
            continue
        if published is not None:
            value = resolve(written, published, ahead=False)
            if value is None or not before(value, published):
                continue
        found.append(written.start)
    return found


def _start(when: str) -> date:
    parts = [int(p) for p in when.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def latest(values: list[str], published: date | None) -> str | None:
    """The latest of ``values`` that is not after ``published`` (when known)."""
    keyed = [
        (_start(v), v.count("-"), v) for v in values if published is None or _start(v) <= published
    ]
    return max(keyed)[2] if keyed else None


# The date a wire story files under, in its dateline: "LILONGWE, Oct 3 (Reuters) -",
# "BRUSSELS, June 12 (Reuters) -", "Paris, 3 March (AFP) -" (a line of its own start).
_DATELINE = re.compile(
    r"(?m)^[A-Z][\w'’./-]*(?: [A-Z][\w'’./-]*){0,3},(?:[^\n,(—–]{1,30},)?\s*"
    rf"(?:(?P<mon>{_ANY_MONTH})\.? (?P<day>\d{{1,2}})"
    rf"|(?P<day2>\d{{1,2}}) (?P<mon2>{_ANY_MONTH})\.?)"
    r"(?:,? (?:19|20)\d\d)?\s*(?:\([^()\n]{1,40}\)\s*)?[—–-]{1,2}\s"
)


def dateline(text: str) -> tuple[int, int] | None:
    """The month and day of the story's dateline near its start, if it writes one."""
    found = _DATELINE.search(text, 0, 1500)
    if found is None:
        return None
    month = found.group("mon") or found.group("mon2")
    day = int(found.group("day") or found.group("day2"))
    return (_MONTH_NUMBER[month], day) if 1 <= day <= 31 else None


def ahead_of(written: Written, reference: tuple[int, int]) -> bool | None:
    """Whether ``written`` (a month, or a day of one, without its year) is after the article's
    ``reference`` (month, day), read as the nearer of its two possible years: "in July" of a
    November story is the past July, "Jan. 14" of a December story the coming one. None when
    it cannot be told: a date with its year, a weekday, a relative date, the same month."""
    if written.year is not None or written.month is None:
        return None
    months = (written.month - reference[0]) % 12
    if months == 0:
        if written.day is None or written.day == reference[1]:
            return None
        return written.day > reference[1]
    return months <= 6
