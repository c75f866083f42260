"""A place taken, besieged or struck is where a row is fought, not a side of it.

"The RSF seized El Fasher, the army's last stronghold in Darfur": the apposition says what El
Fasher is, a town held by one side and taken by the other. The side that lost it is the
army (if the clause names it as a side), never the town. A name the clause itself renames as a
town, a city, a capital, a port, a stronghold or a base is a place: it is taken off the
clause's sides. A state is never so renamed away ("struck Kyiv, the capital" is Ukraine's
capital, and the state named by it stays a side), nor a region or a province, which may be
a breakaway side of its own ("Somaliland, the breakaway region").

"From Georgetown to Bogota to Caracas, the Trump administration is mixing security pledges,
deportation flights and tariffs": a range of places opening the sentence says where the
subject acts, the span of its reach, not sides set against it or against each other.
"""

from __future__ import annotations

import re
from typing import Any

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._sentences import Sentence

# An apposition right after a name that renames it as a settlement or a held position.
_PLACE_APPOSITION = re.compile(
    r",? (?:the|a|an|its|their) (?:[\w'’-]+ ){0,4}?(?:city|town|village|stronghold|capital"
    r"|port|hub|base|airport|garrison|outpost|camp|airbase|crossing)\b(?! of _)"
)


# A range of places opening the sentence: "From _ to _ to _," (names blanked with '_').
_RANGE = re.compile(r"\s*from (?:the )?_[_\s'’.-]*?(?: to (?:the )?_[_\s'’.-]*?)+,")


def places_apart(cast: Cast, sentence: Sentence, low: str, parties: Any) -> None:
    """Take off ``parties`` (in place) the names the clause renames as places, or lists as
    the range of places the sentence opens with."""
    ranged = _RANGE.match(low)
    gone = [
        a
        for a in parties.actors
        if _renamed_place(a, sentence, low) or (ranged and _in_range(a, sentence, ranged.end()))
    ]
    if not gone:
        return
    parties.drop(gone)


def _renamed_place(actor: Actor, sentence: Sentence, low: str) -> bool:
    if actor.kind in ("state", "person"):
        return False
    spots = [m for m in actor.mentions if m.sentence == sentence.index and not m.adjective]
    return bool(spots) and all(
        _PLACE_APPOSITION.match(low, m.end - sentence.start) is not None for m in spots
    )


def _in_range(actor: Actor, sentence: Sentence, end: int) -> bool:
    spots = [m for m in actor.mentions if m.sentence == sentence.index]
    return bool(spots) and all(m.end <= sentence.start + end for m in spots)
