"""Reactions: a clause that only answers a row (a summons, a protest, a charge, blame) and
names nothing it is over is a move in the row already told between the same two sides, not a
subject of its own, however far down the article tells it."""

from __future__ import annotations

import re

from summarizer._engines.offline._event import Event
from summarizer._lexicon import lexicon

# Acts whose object is another act: a government summons an envoy, recalls one, condemns,
# criticises, blames, accuses, complains or objects *over* something. Told with no "over ...",
# what they answer is the row the article has already told between the same sides ("Finland
# seized the tanker ... Russia's foreign ministry summoned Finland's ambassador").
_ANSWERING = frozenset(
    {
        "summoning of an envoy",
        "recall of an ambassador",
        "condemnation",
        "criticism",
        "complaints",
        "blame",
        "accusations",
        "objections",
        "disapproval",
        "anger",
    }
)
_WORD = re.compile(r"[a-z][a-z-]{2,}")


def names_nothing(phrase: str) -> bool:
    """Whether a title phrase has no word beyond those every item shares."""
    stop = lexicon("en").stopwords
    return not any(w not in stop for w in _WORD.findall(phrase.casefold()))


def answers_row(thread: Event, item: Event, mine: set[str], theirs: set[str]) -> bool:
    """Whether a dispute clause only answers the row ``thread`` tells: an answering act with
    no subject of its own, between two or more of the thread's sides, told after it ("Moscow
    summoned the Finnish envoy" answers a seizure row of Finland, Russia and the EU)."""
    return (
        item.section == thread.section == "dispute"
        and item.label in _ANSWERING
        and names_nothing(item.phrase)
        and len(mine) >= 2
        and mine <= theirs
        and item.sentences[0] > thread.sentences[0]
    )
