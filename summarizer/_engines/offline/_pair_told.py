"""A clause whose subject refers back to a pair names that pair as the ones who act.

"Chad and Niger set up a joint force last year ... The neighbours are negotiating a financing
protocol": talks or an offer told past the lede by a clause that names fewer than two of its
sides are taken to borrow their sides from other sentences (see ``_borrowed`` in
:mod:`._events`). A subject that is a reference to a pair ("the neighbours", "both
governments", "they") is no borrowing when it resolves to exactly the thread's two sides: the
clause says the pair are the ones acting, in its own words. The reference is resolved by
:func:`._parties.subject_pair`, which abstains when more than one pair fits or none was named,
so a pair it cannot tell keeps the thread borrowed.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._data import events
from summarizer._engines.offline._event import side_of, unique
from summarizer._engines.offline._parties import ArticleText, segment, subject_pair
from summarizer._engines.offline._sentences import Sentence


def pair_subject_told(art: ArticleText, sentence: Sentence, sides: set[str]) -> bool:
    """Whether a deal cue of ``sentence`` has as its subject a reference to exactly the two
    ``sides`` (side keys, see :func:`._event.side_of`)."""
    if len(sides) != 2:
        return False
    low = art.lows[sentence.index]
    for _, match in events().deal_triggers.find(low):
        if not _counted_subject(art, sentence, 0, match.start()):
            continue
        pair = subject_pair(art, sentence, 0, match.start())
        if pair and {side_of(a) for a in pair} == sides:
            return True
    return False


# "signed a memorandum with Japan": a partner named right after "with" deals with the pair.
_WITH_BEFORE = re.compile(r"\bwith (?:the )?$")


def pair_subject_parties(
    art: ArticleText, sentence: Sentence, start: int, at: int, actors: list[Actor]
) -> list[Actor] | None:
    """The parties of a deal cue at ``at`` whose subject is a reference to a pair ("The
    neighbours are negotiating a financing protocol, a Nigerien official said, adding that a
    draft had been sent to N'Djamena"): the pair, when every name the clause gives besides
    belongs to one of its two sides (a source, a capital) or is a partner named after "with".
    ``None`` (keep ``actors``) when the subject is no counted pair ("the ministers" may be one
    side's), or when the clause names a side outside the pair: "Both governments are
    negotiating to lower U.S. tariffs" may be talks of each with a third, not with each other."""
    if not _counted_subject(art, sentence, start, at):
        return None
    pair = subject_pair(art, sentence, start, at)
    sides = {side_of(a) for a in pair}
    if len(sides) != 2:
        return None
    low = art.lows[sentence.index]
    partners = [
        a
        for a in actors
        if side_of(a) not in sides
        and any(
            _WITH_BEFORE.search(low, max(0, m - sentence.start - 10), m - sentence.start)
            for m in a.starts_in(sentence.start + at, sentence.end)
        )
    ]
    outside = {side_of(a) for a in actors} - sides - {side_of(a) for a in partners}
    if outside:
        return None
    return unique([*pair, *partners])


# The subject refers to two: "they", "the two sides", "both governments", "the neighbours".
_COUNTED = re.compile(r"\b(?:they|two|both|pair|neighbou?rs)\b")


def _counted_subject(art: ArticleText, sentence: Sentence, start: int, at: int) -> bool:
    """The subject stretch of the cue at ``at`` holds a reference that counts two sides (not
    "the ministers", "the leaders", who may be one side's)."""
    low = art.lows[sentence.index]
    seg_start = segment(sentence, start, at, at)[0]
    return _COUNTED.search(low, seg_start, at) is not None
