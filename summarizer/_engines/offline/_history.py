"""Whether a clause tells history rather than news, and the date it gives what it tells.

A year before the news ("in 2009", "the 2015 deal"), a past month, a clause joined to a dated
one, or a deal in the present perfect past the lede is the background the news is set against,
not a development of today.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from summarizer._engines.offline._clause import reading
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._when import dates, latest, past_months

__all__ = [
    "LEDE_SENTENCES",
    "clause_when",
    "dated_past",
    "follows_history",
    "month_past",
    "perfect_past_lede",
]


# "Chinese buyers have signed long-term contracts": past the lede, a deal told in the present
# perfect is the state of things the news is set against ("perfect_deal" in events.json).
LEDE_SENTENCES = 2


def perfect_past_lede(low: str, seg_start: int, at: int, index: int) -> bool:
    return (
        index >= LEDE_SENTENCES and reading()["perfect_deal"].search(low[seg_start:at]) is not None
    )


# A year that dates what the clause tells ("in 2009", "the 2015 deal"), not one in a name ("the
# Geneva Conventions of 1949"), a target ("by 2028", "gas from 2027") or the start of what
# still goes on ("strained since 2022").
_DATING_YEAR = re.compile(
    r"\b(?:in|during|until|till|before|after|between|early|late|mid-?)"
    r" (?:(?:early|late|mid-?|the (?:end|start|spring|summer|autumn|fall|winter) of) )?"
    r"(?:\w+\.? )?(?:1[89]\d\d|20\d\d)\b"
    r"|\b(?:spring|summer|autumn|fall|winter) of (?:1[89]\d\d|20\d\d)\b"
    r"|\bthe (?:1[89]\d\d|20\d\d)\b(?!-)"
    # "fought a border war from 1998 to 2000": a span, dated by its end.
    r"|\bfrom (?:\w+\.? )?(?:1[89]\d\d|20\d\d) (?:to|until|till|through)"
    r" (?:\w+\.? )?(?:1[89]\d\d|20\d\d)\b"
    # "came close to clashes in the 1990s": a past decade dates it too ("since the 1990s"
    # runs to now and does not).
    r"|\b(?:in|during|until|till|before|after|by) the (?:early |late |mid-?)?"
    r"(?:1[89]\d0|20[01]0)s\b"
)
_SINCE_PERFECT = re.compile(
    r"\b(?:has|have) (?:long |always |\w+ly )?been (?:\S+ ){1,6}?since\b(?: [\w_'’-]+){0,6} $"
)
# "Fighting has continued at a low intensity since the ceasefire collapsed in November 2020",
# "the group, which has fought the government since 2006": any present perfect with "since"
# tells something that still goes on; the year is when it began (a war still going on is
# ongoing, not background).
_SINCE_CONTINUED = re.compile(
    r"\b(?:has|have) (?:long |\w+ly )?(?!been\b)[a-z]+(?:ed|ught|en|un|ged)\b(?: \S+){0,5}? "
    r"since\b(?: [\w_'’-]+){0,8} $"
)


def _goes_on(low: str, start: int, year: int, at: int) -> bool:
    """Whether the year at ``year`` is the start of what the cue at ``at`` names, told as the
    subject of a present perfect with "since" ("Fighting ... has continued since ... 2020"):
    the cue comes before the verb. A cue after it ("Japan has joined sanctions since Russia's
    invasion in 2022") or inside the since-clause ("arrivals have risen since fighting
    intensified in 2023") is dated by the year as before."""
    found = _SINCE_CONTINUED.search(low, start, year)
    return found is not None and at < found.start()


_YEAR_BEFORE = re.compile(r"\b(?:1[89]\d\d|20\d\d)(?:[- ]\w+){0,2} $")
# A year before the news told relative to it: "in May last year", "two years ago".
_PAST_YEAR_WORDS = re.compile(
    r"\blast year\b|\bthe (?:previous|prior) year\b|\bat the time\b(?! of\b)"
    r"|\bin the past\b(?!,? (?:\w+ )?(?:hours?|days?|weeks?|months?|years?|decades?)\b)"
    r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) years? ago\b"
)


def dated_past(
    low: str, start: int, end: int, at: int, published: date | None, *, relative: bool = False
) -> bool:
    """A year before the news dates the clause (or the trigger noun it modifies: "the 2015
    nuclear deal") as history; with no published date, any such year does, unless the clause
    is about what will happen ("by 2028", "in July 2026"). With ``relative``, so does a year
    told from the news ("in May last year", "two years ago")."""
    if relative and _relative_past(low, start, end, at):
        return True
    # Every year or decade the pattern finds holds "18", "19" or "20": a clause without any
    # (most) is not searched.
    window = low[max(start, 0) : end]
    dating = "20" in window or "19" in window or "18" in window
    years = [
        int(re.findall(r"\d{4}", m.group())[-1])
        for m in (_DATING_YEAR.finditer(low, start, end) if dating else ())
        # "the 1978 crisis brought ...": a year naming what the clause is about dates it when
        # it comes first; "a reference to the 1989 declaration" after the cue does not.
        if (not m.group().startswith("the ") or m.start() < at)
        # "extended the accord until 2030": the end of a term, history only once it is past.
        and not (published is None and m.group().startswith(("until ", "till ")))
        # "have been at odds since Kosovo declared independence in 2008": a state that has
        # held since then holds now.
        and _SINCE_PERFECT.search(low, start, m.start()) is None
        and not _goes_on(low, start, m.start(), at)
    ]
    own = _YEAR_BEFORE.search(low, max(start, at - 30), at)
    if own is not None and not years and reading()["status_news_day"].search(low, start, end):
        # "suspended part of a 2018 military agreement on Wednesday": the year says which
        # deal; what the clause does to it is news.
        return False
    if own is not None:
        years.append(int(own.group()[:4]))
    if not years:
        return False
    if own is None and reading()["future"].search(low, start, end):
        return False
    if published is not None:
        return min(years) < published.year
    return True


# A day or week of the news in the clause: what it tells is news, whatever else it dates.
_NEWS_DAYS = re.compile(
    r"\b(?:today|yesterday|tonight|(?:this|last) (?:week|weekend)|this month"
    r"|(?:on|late|early) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
)
_SINCE_BEFORE = re.compile(r"\bsince\b(?: [\w'’-]+){0,3} $")
_ASIDE_BEFORE = re.compile(r", (?:which|who|whom|whose|where|when) [^,;]*$")
_RELATIVE_PRONOUN = re.compile(r"\b(?:that|which|who|whom|when|where)\b")


def _relative_past(low: str, start: int, end: int, at: int) -> bool:
    """ "In May last year, it brokered an understanding", "agreed two years ago": a year told
    from the news dates the clause before it, unless the clause names a day of the news
    ("reopened on Monday ... since clashes last year") or the year is that of a start
    ("since clashes last year") or of a relative clause after the cue ("the hotlines that
    the North cut last year")."""
    if _NEWS_DAYS.search(low, start, end) or reading()["future"].search(low, start, end):
        return False
    for m in _PAST_YEAR_WORDS.finditer(low, start, end):
        if _SINCE_BEFORE.search(low, max(start, m.start() - 40), m.start()):
            continue
        if _SINCE_PERFECT.search(low, start, m.start()) is not None:
            continue
        if m.start() > at and _RELATIVE_PRONOUN.search(low, at, m.start()):
            continue
        if m.start() < at and _ASIDE_BEFORE.search(low, max(start, m.start() - 80), m.start()):
            # "exported uranium from the mine, which it nationalised last year, defying an
            # order": the year of an aside before the cue dates only the aside.
            continue
        return True
    return False


# "agreed to meet again in January": the month of what was agreed to, not of the agreeing.
_INFINITIVE = re.compile(r"\bto (?!the\b|a\b|an\b)\w+")


def month_past(
    sentence: Sentence, low: str, start: int, end: int, at: int, published: date | None
) -> bool:
    """A deal's clause dated to a past month ("the three countries agreed in July on a
    timetable"): what came before the news. On its own it tells a deal of then ("signed a
    peace agreement in June"); it sets no status for a thread told as news."""
    if reading()["future"].search(low, start, end):
        return False
    for month in past_months(sentence.masked[start:end], published):
        at_month = start + month
        if at_month > at and _INFINITIVE.search(low, at, at_month):
            continue
        return True
    return False


def follows_history(
    low: str, start: int, end: int, published: date | None, *, relative: bool = False
) -> bool:
    """A clause joined to a dated one before it shares its time ("... imposed a tariff in
    2018, and Mexico retaliated ..."), unless it says it is of now. With ``relative``, so
    does one joined to a clause dated from the news ("Brussels called it unacceptable at the
    time, and fishermen accused Norway ...")."""
    if start == 0 or reading()["current"].search(low, start, end):
        return False
    return dated_past(low, 0, start, start, published, relative=relative)


# A relative clause set off by a comma dates what it tells, not the development: "runs against
# the 1984 treaty, which fixed the boundary after they came close to war in 1978".
_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:which|who|whom|whose|where|when)\b[^,;]*"
    # "signed a treaty on Thursday ..., ending a dispute that led to clashes in 2021": what
    # the deal ends, and the past of what it ends, are dated on their own.
    r"|,\s+(?:end|clos|settl|resolv|defus)\w*ing\b[^;]*"
    r"|\b(?:that|which) (?:had )?(?:led|sparked|triggered|caused|erupted|began|broke out|killed)"
    r"\b[^,;]*"
)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def clause_when(
    sentence: Sentence, low: str, start: int, end: int, seg: tuple[int, int], published: Any
) -> str | None:
    """The date the clause gives its development: from the trigger's stretch first."""
    if reading()["future"].search(low, start, end):
        return None
    for span in (seg, (start, end)):
        found = dates(_RELATIVE_CLAUSE.sub(_blank, sentence.masked[span[0] : span[1]]), published)
        if found:
            return latest(found, published)
    return None


# The aside's own verb, a present perfect that runs on "since" a start: "which has fought the
# Colombian state since 1964", "which have fought to overthrow the government since 2006".
_GOES_ON = re.compile(
    r"^(?:which|who) (?:has|have) (?:long |\w+ly )?(?:been )?[a-z]+(?:ed|ught|en|un|ing)\b"
    r"(?: [\w_'’-]+){0,6}? since\b"
)


def goes_on_since(aside: str) -> bool:
    """Whether a relative aside (lower case, from its pronoun) tells a state of affairs that
    began at a point and still goes on: its act is the present, not the side's past."""
    return _GOES_ON.match(aside) is not None
