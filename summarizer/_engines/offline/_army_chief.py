"""An army's chief, in a war with an armed group of the army's own state, speaks for the army.

"Sudan's army chief, Gen Abdel Fattah al-Burhan, has rejected ...": where the story names an
armed group that fights the state of that army (the RSF in Sudan, the Arakan Army in Myanmar),
the state's army is a side of its own in that war, and its chief acts for it: "Sudan's army"
names the army (see :mod:`._organs`), which the briefing lists beside its state, though "army"
is here the modifier of the chief's post. Elsewhere ("Pakistan's army chief met ...") the chief
acts for the state, as a state's titled person does.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._event import home_of

# The organs of an army and the posts of who heads them, right after the organ.
_ARMIES = frozenset({"army", "military", "armed forces"})
_CHIEF = re.compile(r" (?:chief|commander|commander-in-chief|head)\b(?! of (?:the )?[a-z])")


def chief_at_war(cast: Cast, text: str, end: int, organ: str, country: str | None) -> bool:
    """Whether the army named up to ``end`` of ``text`` is that of the chief named after it,
    in a story where an armed group of the same state fights that state."""
    if organ not in _ARMIES or not country or _CHIEF.match(text, end) is None:
        return False
    return any(a.country == country and home_of(a) == "fights" for a in cast.actors.values())


def army_at_war(cast: Cast, actor: Actor) -> bool:
    """Whether ``actor`` is a state's army (an organ named in lower case) in a story that
    names an armed group fighting that same state: the army is then a side of that war of
    its own, listed beside its state on every item it takes part in, not folded into it."""
    if not actor.organ or not actor.country:
        return False
    if not any(actor.name.casefold().endswith(" " + o) for o in _ARMIES):
        return False
    return any(a.country == actor.country and home_of(a) == "fights" for a in cast.actors.values())
