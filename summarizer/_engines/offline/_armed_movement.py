"""A movement that fights a state with arms is no part of that state.

"Fighting between the Polisario Front and Moroccan troops has continued since 2020": a front,
a movement, a league or an alliance may be a state's own political party (and a row between it
and its government is the state's politics), but one set against the state in an act of force
(a clash, a strike, an attack, a war) is an insurgency, whatever its name: the state and the
movement are two sides. A body whose name makes it an organ of the state (an army, a police,
a guard, a ministry) stays the state's own. Used by :mod:`._own`.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._event import Event

# The names of a state's own organs of force or government: never an insurgency.
_STATE_ORGAN = re.compile(
    r"\b(?:courts?|council|ministry|ministries|department|office|parliament|assembly|senate|"
    r"congress|government|cabinet|presidency|prosecutor\w*|police|army|navy|military|"
    r"treasury|commission|agency|authority|guards?|gendarmerie|forces)\b"
)
# The names of bodies that may be parties at home or movements in arms.
_MOVEMENT = re.compile(r"\b(?:front|movement|league|alliance)\b")


def armed_movement(item: Event, actor: Actor) -> bool:
    """Whether ``actor`` is a movement that faces a state in ``item``, an act of force: no part
    of that state."""
    if item.kind != "military" or actor.kind != "organization":
        return False
    name = actor.name.casefold()
    return _MOVEMENT.search(name) is not None and _STATE_ORGAN.search(name) is None
