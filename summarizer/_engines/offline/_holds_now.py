"""An instrument made before the news that the text says holds now is a current deal.

"The ceasefire that the United States brokered between Israel and Hezbollah in November 2024
remains in force", "The oil deal that Sudan and South Sudan signed in 2012 is still being
implemented", "The Pretoria agreement between Ethiopia and the TPLF, signed in 2022, ended
the war, and the ceasefire has largely held since": when the instrument's own phrase names
its two parties ("between A and B", "that A and B agreed", "A-B"; "that X brokered between A
and B": X mediated, no party) and the clause whose subject is that instrument, or a later
clause or the next sentence whose subject refers back to it ("the truce", "it"), says it
holds, is in force, or is being implemented, observed or violated NOW (or a body monitors it
now: "the committee that monitors the ceasefire between A and B"; or its age is counted up to
now: "the year-old truce between A and B"), the deal stands now,
whatever the date of its making: status implemented. A past date with no such predicate
("a truce agreed in 2022") stays background. Used by :mod:`._events`.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._binds_now import (
    binds_now,
    held_later,
    made_pair,
    pair_named,
    strained,
)
from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._event import side_count
from summarizer._engines.offline._instruments import instrument_parties
from summarizer._engines.offline._parenthesis import set_off
from summarizer._engines.offline._parties import ArticleText, article_pair
from summarizer._engines.offline._sentences import Sentence

# How an instrument stands now: in force, holding, being carried out (or broken) now.
# "held", "holding", "holds" alone: a verb with an object or a particle ("barriers that have
# held up trade", "is holding talks") says nothing of an instrument.
_ALONE = (
    r"(?! (?:up|back|down|off|out|on|onto|in|over|steady|firm|at|to|talks|meetings?|a|an|the|"
    r"its|their|his|her|_))"
)
_HOLDS = re.compile(
    r"(?:remains?|remained|is still|are still) (?:largely |broadly |fully )?"
    r"(?:in (?:force|effect|place)|intact|valid|binding)\b"
    r"|(?:has|have) (?:(?:largely|broadly|mostly|so far|since|generally) )*held\b"
    + _ALONE
    + r"|(?:is|are|remains?) (?:still )?(?:largely |broadly |mostly )?holding\b"
    + _ALONE
    + r"|(?:is|are) (?:still )?being (?:implemented|observed|respected|honou?red|applied|"
    r"violated|breached)\b"
    r"|(?:still )?holds\b"
    + _ALONE
    + r"|continues? to (?:hold|be (?:implemented|observed|respected|honou?red|applied))\b"
)
# Before the instrument, what says it stands now: a body that watches over it now ("the
# committee that monitors the ceasefire between A and B") or its age counted up to now ("the
# year-old truce between A and B").
_KEPT_NOW = re.compile(
    r"(?:\b(?:monitors|oversees|enforces|polices|supervises|upholds)"
    r"|\b(?:the|its|their|a) (?:[\w]+-)?(?:year|month|week|decade)s?-old)"
    r" (?:(?:the|its|their|a|an) )?(?:[\w'’-]+ ){0,3}$"
)
# The subject right before the predicate refers back to an instrument: "the truce", "it".
_BACK = re.compile(
    r"(?:^|[,;] (?:and |but )?|\band |\bbut )(?:the|that|this) (?:[a-z-]+ ){0,2}"
    r"(?:truce|ceasefire|cease-fire|agreement|deal|accord|pact|treaty|arrangement)s? $"
    r"|(?:^|[,;] (?:and |but )?)it $"
)
# What parts the instrument's own phrase from a new clause: a predicate must come before.
_NEW_CLAUSE = re.compile(r"[;:]|, (?:and|but|while|though|although)\b|\b(?:but|while) ")
# "the ceasefire that India and Pakistan agreed in May": the pair subject of a relative
# clause right after the instrument made it.
_PAIR_MADE = re.compile(
    r" (?:that|which) (?:the )?(_[_ .'’-]*?) and (?:the )?(_[_ .'’-]*?) (?:had |have )?"
    r"(?:jointly )?(?:signed|agreed|reached|struck|concluded|sealed|negotiated|clinched)\b"
)


def _pair_made(
    art: ArticleText, sentence: Sentence, end: int, trigger: re.Match[str]
) -> list[Actor]:
    low = art.lows[sentence.index]
    made = _PAIR_MADE.match(low, trigger.end(), end)
    return pair_named(art, sentence, made) if made is not None else []


def said_to_hold(art: ArticleText, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """Whether the instrument at ``trigger`` is said to hold now: by its own clause's
    predicate ("... remains in force"), or by a later clause or the next sentence whose
    subject refers back to it ("and the truce has held")."""
    low = art.lows[sentence.index]
    for held in _HOLDS.finditer(low, trigger.end()):
        between = low[trigger.end() : held.start()]
        if _NEW_CLAUSE.search(between) is None and "," not in between:
            return True  # the instrument is the predicate's own subject
        if set_off(between):
            return True  # "The truce between A and B, brokered by C in July, has held"
        if _BACK.search(low, 0, held.start()) is not None:
            return True  # "..., and the ceasefire has largely held since"
    after = art.lows.get(sentence.index + 1, "")
    next_held = _HOLDS.search(after)
    if next_held is not None and _BACK.search(after, 0, next_held.start()) is not None:
        return True
    # "Its Article 4 commits each side", "the understanding remains in place" further on.
    # "is fraying", "is under strain": it stands, how well is unclear (see :func:`strained`).
    return (
        binds_now(art, sentence, trigger)
        or held_later(art, sentence, trigger)
        or strained(art, sentence, trigger)
    )


def stands_now(art: ArticleText, sentence: Sentence, start: int, trigger: re.Match[str]) -> bool:
    """Whether the text says the instrument at ``trigger`` stands now: watched over now, its
    age counted up to now, or said to hold."""
    low = art.lows[sentence.index]
    if _KEPT_NOW.search(low, max(start, trigger.start() - 60), trigger.start()) is not None:
        return True
    return said_to_hold(art, sentence, trigger)


def holds_now(
    art: ArticleText,
    sentence: Sentence,
    start: int,
    end: int,
    trigger: re.Match[str],
    label: str,
) -> list[Actor]:
    """The two parties of an instrument (a cue of ``label``) its own phrase names, when the
    text says it holds now; [] otherwise."""
    if not stands_now(art, sentence, start, trigger):
        return []
    parties = instrument_parties(art, sentence, start, end, trigger)
    if side_count(parties) >= 2:
        return parties
    return (
        _pair_made(art, sentence, end, trigger)
        or made_pair(art, sentence, start, end, trigger)
        or (_truce_of_fighting(art, sentence) if label == _TRUCE else [])
    )


# The label of the truce cues, and the fighting "between" a pair a sentence tells.
_TRUCE = "ceasefire"
_FIGHTING_BETWEEN = re.compile(
    r"\b(?:fighting|conflict|war|clashes|hostilities|exchanges of fire)\b[^;:]{0,40}? between\b"
)


def _truce_of_fighting(art: ArticleText, sentence: Sentence) -> list[Actor]:
    """ "how little has thawed between the neighbours since a four-day conflict in May, the
    worst fighting between them in decades, even as a ceasefire agreed on May 10 continues to
    hold": a truce that names no sides, told in the sentence of the fighting between a pair, is
    between that pair -- the one pair of states the article is about."""
    low = art.lows[sentence.index]
    if _FIGHTING_BETWEEN.search(low) is None:
        return []
    pair = article_pair(art, sentence, direct=True)
    return pair if side_count(pair) == 2 else []
