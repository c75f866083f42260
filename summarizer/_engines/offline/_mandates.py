"""A mandate renewed, extended or authorised: who grants it and whom it binds.

"The Security Council adopted a resolution renewing the mandate of its peacekeeping mission in
the Central African Republic", "the UN Security Council, which renewed the mandate of its
peacekeeping mission, MINURSO": a mandate is granted by a body (a council, an assembly, a
board), told before the act, to a mission or a force, or the state that hosts it, named after
the act in its own clause. Those two are the instrument's parties, not whoever else the
sentence names ("the two sides traded accusations at the Council, which renewed ..."). Without
a granting body before the act and someone bound after it, the engine abstains: a mandate told
with one side ("the resolution ... renewed the mandate") names no deal between sides. Used by
:mod:`._events`.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._event import Event
from summarizer._engines.offline._parties import ArticleText
from summarizer._engines.offline._sentences import Sentence

MANDATE = "mandate"
# A body that grants mandates by its votes.
_GRANTING_BODY = re.compile(r"\b(?:council|assembly|board|parliament|congress)\b", re.IGNORECASE)


def mandate_parties(
    art: ArticleText, sentence: Sentence, at: int, end: int, event: Event
) -> Event | None:
    """``event`` (a mandate whose cue starts at ``at`` in ``sentence``, its clause ending at
    ``end``) between the granting body and whom the mandate binds, or ``None``."""
    here, stop = sentence.start + at, sentence.start + end
    grantor = None
    nearest = -1
    bound = []
    for actor in art.cast.actors.values():
        before = actor.last_start_before(here)
        if (
            before is not None
            and before >= sentence.start
            and actor.kind == "organization"
            and _GRANTING_BODY.search(actor.name)
            and before > nearest
        ):
            grantor, nearest = actor, before
        if actor.starts_in(here, stop) and actor.kind in ("organization", "state"):
            bound.append(actor)
    bound = [a for a in bound if a is not grantor]
    if grantor is None or not bound:
        return None
    event.parties = [grantor.key, *(a.key for a in bound)]
    event.left, event.right, event.opposed = [grantor.key], [a.key for a in bound], False
    return event
