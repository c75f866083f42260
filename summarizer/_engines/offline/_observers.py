"""Who attends talks as an observer is no side of them.

"Officials from the United States and China attended the talks as observers": the talks are
the two sides' that met (told elsewhere); the observers neither negotiate nor agree anything,
and a pair of observers is no pair that talks. So is "observers from the African Union". A name
every mention of which in a deal's sentences is told so leaves the deal's parties; a deal left
with fewer than two sides is no deal of anyone the text names (the engine abstains).
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._event import Event, side_count
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._told_only import told_only_in

# The verb of an observer's presence and "as observers" after it, in one clause: "attended the
# talks as observers", "took part as an observer".
_AS_OBSERVER = re.compile(
    r"\b(?:attend\w*|join\w*|took part|take part|takes part|sat in|sit in|sits in"
    r"|participat\w*|were present|was present)\b[^.;:!?,\"“”]{0,40}?\bas (?:an? )?observers?\b"
)
# Between the name and that verb only the rest of a list of names ("X and Y attended"): words
# written with a capital, "and", "the", and the words for the people a state sends.
_SUBJECT_GAP = re.compile(
    r"(?:(?:,|\s+and|\s+the|\s+(?:officials|delegations?|delegates|envoys|representatives)"
    r"|\s+[A-Z][\w.'’-]*)\s*)*?\s*"
)
# "observers from the African Union and the UN", "an observer of the EU": named after it.
_OBSERVER_FROM = re.compile(r"\bobservers? (?:from|of) (?:the )?(?:[^.;:,]{0,40} and (?:the )?)?$")


def observers_apart(items: list[Event], cast: Cast, sentences: dict[int, Sentence]) -> list[Event]:
    """``items`` without the names they hold only as observers of talks; an item left with
    fewer than two sides is dropped."""
    out: list[Event] = []
    for item in items:
        gone = [
            k
            for k in item.parties
            if (a := cast.actors.get(k)) is not None and _observer_only(a, item, sentences)
        ]
        if gone:
            item.parties = [k for k in item.parties if k not in gone]
            item.left = [k for k in item.left if k not in gone]
            item.right = [k for k in item.right if k not in gone]
            left = [cast.actors[k] for k in item.parties if k in cast.actors]
            if side_count(left) < 2:
                continue  # the observers were its only pair
        out.append(item)
    return out


def _observer_only(actor: Actor, item: Event, sentences: dict[int, Sentence]) -> bool:
    """Every mention of ``actor`` in the item's sentences names an observer (and one does)."""
    return told_only_in(actor, item, sentences, _observed)


def _observed(text: str, low: str, at: int, end: int) -> bool:
    return (
        _observer_subject(text, end) or _OBSERVER_FROM.search(low, max(0, at - 80), at) is not None
    )


def _observer_subject(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is (in) the subject of "attended ... as observers"."""
    gap = _SUBJECT_GAP.match(text, end)
    return gap is not None and _AS_OBSERVER.match(text.casefold(), gap.end()) is not None
