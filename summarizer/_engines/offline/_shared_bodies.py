"""A body two states share is neither's adversary nor a party beside them.

"the Joint Bilateral Commission", "the Joint Boundary Commission", "the Joint Norwegian-Russian
Fisheries Commission": a joint body is where the two states meet, made of both. Set against one
of its members ("Thailand vs Joint Boundary Commission") or listed as the other party of a deal
that one member proposes ("Haiti proposed reviving the Joint Bilateral Commission"), it stands
in for the partner the text does not name in that clause; the briefing must not make it a side.
The body leaves the item; an item left with one side is dropped by the passes after this one.
Used by :mod:`._events`.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Cast
from summarizer._engines.offline._event import Event

# An organisation named as joint or bilateral: "Joint ... Commission", "Bilateral Committee",
# "the Norwegian-Russian Joint Commission".
_SHARED = re.compile(r"\b(?:Joint|Bilateral)\b")


def shared_bodies_apart(items: list[Event], cast: Cast) -> None:
    """Take the joint bodies of two states out of every item's parties and sides."""
    shared = {
        key
        for key, actor in cast.actors.items()
        if actor.kind == "organization" and _SHARED.search(actor.name) is not None
    }
    if not shared:
        return
    for item in items:
        if not shared & set(item.parties):
            continue
        item.parties = [k for k in item.parties if k not in shared]
        item.left = [k for k in item.left if k not in shared]
        item.right = [k for k in item.right if k not in shared]
        if item.opposed and not (item.left and item.right):
            item.opposed = False
