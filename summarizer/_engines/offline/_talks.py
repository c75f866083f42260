"""Talks: who talks to whom, and whether a round goes on.

A hyphenated pair before the noun of talks names the two who talk ("Kyrgyz-Tajik talks"); who
mediates or hosts them is told by :mod:`._brokers`; a round that ended without agreement goes on
when the text names a next one. Used by :mod:`._events`.
"""

from __future__ import annotations

import itertools
import re

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._event import side_count, side_of, with_states
from summarizer._engines.offline._parties import ArticleText
from summarizer._engines.offline._sentences import Sentence

# The terms of a deal told right after it: "a truce ..., under which A halts X and B stops Y".
UNDER_TERMS = re.compile(r",? (?:under (?:which|whose terms)|whereby)\b")
# A round of talks that ended with nothing agreed, and no word of a breakdown.
_NO_RESULT = re.compile(
    r"\bwithout (?:a |an |any )?(?:deal|agreement|accord|breakthrough|result)s?\b"
    r"|\bno (?:deal|agreement|breakthrough)\b"
)
_BROKEN = re.compile(
    r"\b(?:collaps\w+|broke (?:down|up)|break(?:s|ing)? (?:down|up)|breakdown|fell apart"
    r"|fell through|walked (?:out|away)|pulled out|abandon\w+|called off)"
)
# The next round told: "will meet again", "the next round", "agreed to reconvene".
_NEXT_ROUND = re.compile(
    r"\b(?:next|another|new|further|second|third|fourth|fifth) (?:round|session|meeting)s?\b"
    r"|\b(?:meet|talk|return|reconven\w*|come back)(?:s|ed|ing)? (?:\w+ ){0,3}?again\b"
    r"|\b(?:will|would|to) (?:reconvene|resume|return)\b(?! (?:fire|fighting|home)\b)"
    r"|\b(?:will|would|to) continue (?:the |their |its )?(?:talks|negotiations|dialogue)\b"
    r"|\b(?:talks|negotiations|dialogue|work) (?:will |would )?(?:continues?|resumes?)\b"
    r"|\binvited (?:\w+ ){1,4}?back\b"
)


def round_goes_on(art: ArticleText, sentence: Sentence) -> bool:
    """Whether talks the sentence says ended with nothing agreed go on: it tells no breakdown,
    and it or the sentence after it tells the next round."""
    text = sentence.text.casefold()
    if _NO_RESULT.search(text) is None or _BROKEN.search(text) is not None:
        return False
    after = [s for s in art.sentences if s.index == sentence.index + 1 and s.body]
    return any(_NEXT_ROUND.search(s.text.casefold()) for s in [sentence, *after])


# The noun of talks inside a "talks" trigger ("held talks", "dialogue", "negotiations").
_TALKS_NOUN = re.compile(r"\b(?:talks|dialogue|negotiations|consultations)\b")
# What may stand between a hyphenated pair and the noun of talks: a few lowercase modifiers
# ("Kyrgyz-Tajik border talks", "U.S.-China trade talks").
_PAIR_TO_NOUN = re.compile(r"\s+(?:[a-z][a-z-]* ){0,2}")


def hyphen_pair(art: ArticleText, sentence: Sentence, trigger: re.Match[str]) -> list[Actor]:
    """The two sides a hyphenated pair of names before the noun of talks names ("Kyrgyz-Tajik
    talks", "the Belgrade-Pristina dialogue"); none unless they are two sides."""
    low = art.lows[sentence.index]
    noun = _TALKS_NOUN.search(trigger.group())
    if noun is None:
        return []
    at = trigger.start() + noun.start()
    mentions = sorted(
        (
            (m.start - sentence.start, m.end - sentence.start, a)
            for a in art.cast.in_span(sentence.start + max(0, at - 80), sentence.start + at)
            for m in a.mentions
            if sentence.start + max(0, at - 80) <= m.start and m.end <= sentence.start + at
        ),
        key=lambda span: span[:2],  # two actors may hold one span: never compare actors
    )
    for (_, end_one, one), (start_two, end_two, two) in itertools.pairwise(mentions):
        if (
            low[end_one:start_two] in ("-", "\u2013")
            and _PAIR_TO_NOUN.fullmatch(low, end_two, at) is not None
            # "the EU-facilitated dialogue": the word after the hyphen is the second name.
            and side_of(one) != side_of(two)
        ):
            pair = with_states(art.cast, [one, two])
            return pair if side_count(pair) >= 2 else []
    return []
