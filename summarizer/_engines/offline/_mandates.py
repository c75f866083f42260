"""A mandate renewed, extended or authorised: who grants it and whom it binds.

"The Security Council adopted a resolution renewing the mandate of its peacekeeping mission in
the Central African Republic", "the UN Security Council, which renewed the mandate of its
peacekeeping mission, MINURSO": a mandate is granted by a body (a council, an assembly, a
board), told before the act, to a mission or a force, or the state that hosts it, named after
the act in its own clause. Those two are the instrument's parties, not whoever else the
sentence names ("the two sides traded accusations at the Council, which renewed ..."). Without
a granting body before the act and someone bound after it, the engine abstains: a mandate told
with one side ("the resolution ... renewed the mandate") names no deal between sides. "The
council", "the assembly" as the act's subject stands for the one granting body the two sentences
before name ("The U.N. Security Council met on Haiti. The council on Tuesday authorised a new
force"); with none or more than one named there, the engine abstains. Used by :mod:`._events`.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor
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
    if grantor is None:
        grantor = _antecedent(art, sentence, at)
    low = art.lows[sentence.index]
    # "with Russia and China abstaining": members who voted one way or none are no parties.
    voters = _VOTERS.search(low, at, end)
    if voters is not None:
        bound = [
            a
            for a in bound
            if not a.starts_in(sentence.start + voters.start(), sentence.start + voters.end())
        ]
    bound = [a for a in bound if a is not grantor]
    if grantor is None or not bound:
        return None
    event.parties = [grantor.key, *(a.key for a in bound)]
    event.left, event.right, event.opposed = [grantor.key], [a.key for a in bound], False
    return event


# "with Russia and China abstaining", "with 13 votes in favour and two abstentions".
_VOTERS = re.compile(
    r"\bwith (?:the )?_[_ ,.'’-]*(?:(?:and|or) (?:the )?_[_ .'’-]*)?"
    r"(?:abstain\w*|voting (?:against|in favour|for)|opposed|objecting)\b"
)
# "The council", "the assembly" opening the clause that holds the act: a body told before.
_BODY_SUBJECT = re.compile(
    r"(?:^|[,;:] )the (?:council|assembly|board)\b(?: [\w,]+){0,4}? $", re.IGNORECASE
)
# How many sentences back the body "the council" stands for may be named.
_BACK = 2


def _antecedent(art: ArticleText, sentence: Sentence, at: int) -> Actor | None:
    """The one granting body "the council" (the subject of the act at ``at``) stands for: named
    in the sentence or the two before it, in the same or the previous paragraph; else None."""
    low = art.lows[sentence.index]
    if _BODY_SUBJECT.search(low[:at]) is None:
        return None
    by_index = {s.index: s for s in art.sentences}
    found: dict[str, Actor] = {}
    for back in range(1, _BACK + 1):
        prev = by_index.get(sentence.index - back)
        if prev is None or prev.paragraph < sentence.paragraph - 1:
            break
        for actor in art.cast.in_span(prev.start, prev.end):
            if actor.kind == "organization" and _GRANTING_BODY.search(actor.name):
                found[actor.key] = actor
        if found:
            break
    return next(iter(found.values())) if len(found) == 1 else None
