"""A date inside a relative aside dates the aside's verb, not the main clause's.

"Kyrgyzstan and Tajikistan, which fought a short border war in 2022, signed a border treaty in
March": the year between the commas tells when the war was fought; the treaty's signing is
dated by the main clause alone. Before a cue is judged history by the years its clause holds,
the relative asides that close before the cue (", which|who ... ,") are blanked out -- when the
main clause tells a date of its own after them (a month, a weekday, a year, "last week"): a main
clause with no date of its own ("X, which led a coalition from 2015 until 2022, has held talks
with the group") is left to the reading it had, the engine prefers abstaining to guessing.
Used by :mod:`._events`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer._lexicon import lexicon

# ", which fought a border war in 2022," / ", who signed it in 2019,": a relative aside closed
# by a comma, with no other comma inside.
_ASIDE = re.compile(r", (?:which|who) [^,;:.\"“”()]{3,120}?,")


@lru_cache(maxsize=1)
def _own_date() -> re.Pattern[str]:
    """A date the main clause tells of its own: a month or weekday name (the calendar
    lexicon's), "today", "last week", a year. Matched against lower-cased text."""
    calendar = lexicon().calendar
    return re.compile(
        rf"\b(?:{calendar.month_pattern(abbreviations=False)}|{calendar.weekday_pattern()}"
        r"|today|yesterday|(?:this|last) (?:week|weekend|month|year)|(?:1[89]|20)\d\d)\b",
        re.IGNORECASE,
    )


def without_asides(low: str, start: int, at: int, end: int) -> str:
    """``low`` with the relative asides that lie wholly inside ``start:at`` (before the cue at
    ``at``) blanked to spaces of the same length (offsets are kept), when the clause after them
    (up to ``end``) tells a date of its own; else ``low`` as it is."""
    spans = [m.span() for m in _ASIDE.finditer(low, start, at)]
    if not spans or _own_date().search(low, spans[-1][1], end) is None:
        return low
    out = low
    for s, e in spans:
        out = out[:s] + " " * (e - s) + out[e:]
    return out


# A dash set off by spaces (" -- ", " — ", " – "): it opens an apposition on the words before.
_DASH = re.compile(r"\s(?:--|—|–)\s")


def before_dash_aside(low: str, start: int, at: int, end: int) -> int:
    """Where a dash apposition after the cue at ``at`` opens, within ``start:end`` (``end`` if
    none): "both leaders pledged to keep up shuttle diplomacy -- the visits revived in March
    2023 after a twelve-year gap" -- the apposition describes the noun before it, and its year
    dates that noun, not the pledge. A cue that itself stands after a dash in its stretch is
    inside such an aside, and the dash after it closes the aside: ``end`` then."""
    if _DASH.search(low, start, at) is not None:
        return end
    dash = _DASH.search(low, at, end)
    return end if dash is None else dash.start()
