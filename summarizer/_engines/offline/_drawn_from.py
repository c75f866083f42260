"""A protest or a complaint told by whom it comes from ("a formal complaint from Damascus") is
a row only when the clause says an act or its doer drew it, met with it or received it ("the
raid drew a formal complaint from Damascus"): then the one it comes from protests against the
clause's subject. "Officials discussed a complaint from Serbia" tells no act drawn by anyone.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._clause import reading

# The noun form of the cue: the protest named by where it comes from.
_FROM_NOUN = re.compile(r"(?:protests?|complaints?|rebukes?) from\b")


def drawn_from(low: str, match: re.Match[str]) -> bool:
    """Whether ``match`` (a protests cue) stands, told as a noun 'from' a side: only when a
    verb of drawing or receiving comes right before it (a few words between)."""
    if _FROM_NOUN.match(low, match.start()) is None:
        return True
    return reading()["received"].search(low, max(0, match.start() - 80), match.start()) is not None
