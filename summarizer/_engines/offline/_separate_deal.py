"""A separate agreement told right after a deal of two named parties is another deal of theirs.

"India and Armenia signed a defence deal on Monday ... A separate memorandum signed the same day
provides for a maintenance and training centre in Armenia, to be staffed partly by Indian
engineers": "a separate / a second / another" memorandum points back to the deal just told,
and says it is a second instrument of the same makers. Its own clause names at most one of them,
and often only as a place or a demonym ("in Armenia", "Indian engineers"), so it is read as a
deal of the pair the deal before it names, when that deal was told as news in the two sentences
before, and the clause names no one outside that pair (a third name, "a separate agreement with
Japan", is a deal of others). Kept apart from the deal before by its ``separate`` mark.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._clause import reading
from summarizer._engines.offline._event import Event, side_count, side_of

# How far back the deal pointed to may be told: this sentence or the two before.
_REACH = 2


def _last_pair(earlier: Sequence[Event], index: int, cast: Cast) -> list[Actor]:
    """The two sides of the last deal told as news in the ``_REACH`` sentences before."""
    for event in reversed(earlier):
        if event.section != "deal" or event.unreal or event.background:
            continue
        if not any(index - _REACH <= at < index for at in event.sentences):
            return []  # the last deal told is further back: nothing to point to
        named = [cast.actors[k] for k in event.parties if k in cast.actors]
        if side_count(named) == 2:
            return named
        if not event.anaphoric:
            return []  # a deal of other makers came between
    return []


def separate_pair(
    low: str,
    index: int,
    trigger_start: int,
    named: list[Actor],
    earlier: Sequence[Event],
    cast: Cast,
) -> list[Actor]:
    """The pair of the deal told just before, when the deal noun at ``trigger_start`` is "a
    separate / second / another" one and its clause (``named``) names no one outside that pair;
    empty otherwise."""
    if reading()["separate"].search(low, max(0, trigger_start - 30), trigger_start) is None:
        return []
    pair = _last_pair(earlier, index, cast)
    sides = {side_of(a) for a in pair}
    if not pair or any(side_of(a) not in sides for a in named):
        return []
    return pair
