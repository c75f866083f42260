"""An extradition granted is a legal step against a person, not a row between two states.

"Britain approved a U.S. request to extradite him", "a court ordered his extradition to the
United States": the state that hands the person over does what the requesting state asked;
the two work together. An extradition asked for and not granted ("Dhaka has asked New Delhi to
extradite her") may well be a row, and one refused is ("refused to extradite ..., angering
Moscow"). Used by :mod:`._events`.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor

_EXTRADITION = re.compile(r"extradit")
# What the requested side does right before the cue: "approved a U.S. request to extradite",
# "ordered the extradition of", "agreed to extradite", "cleared the way for his extradition".
_GRANTED = re.compile(
    r"\b(?:approv|grant|order|agree|accept|cleared the way for|signed off on|allow)\w*"
    r"(?: [\w.'’_-]+){0,5}? $"
)


def granted_extradition(low: str, start: int, trigger: re.Match[str], actors: list[Actor]) -> bool:
    """Whether the cue at ``trigger`` is an extradition the clause (from ``start``) says was
    granted, between states only."""
    return (
        _EXTRADITION.match(trigger.group()) is not None
        and _GRANTED.search(low, max(start, trigger.start() - 60), trigger.start()) is not None
        and bool(actors)
        and all(a.kind == "state" for a in actors)
    )
