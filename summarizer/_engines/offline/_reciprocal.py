"""Acts two sides do to each other, told with a reciprocal pronoun.

A rule of English: "A and B <act> each other" or "A and B <act> each other's <thing>" says
that each does the act to the other, so the two named as one subject are the two sides of it
("India and Canada expelled each other's top diplomats": India against Canada, and Canada
against India). The lexicon's ``mutual`` reading holds the acts done to "each other"
themselves (accused, blamed, sanctioned ...). An act on "each other's" things sets the two
apart only when both are states or bodies of states (their diplomats, ships, goods, citizens):
two people who "criticised each other's policies" in a debate are in no row.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor

# A verb (past, present or -ing form) right before "each other's" / "one another's".
_ON_THEIR_THINGS = re.compile(r"\b[a-z]+(?:ed|ing|s)? (?:each other|one another)['\u2019]s?\b")

# Kinds of actors whose things (envoys, ships, goods, citizens) stand for them.
_STATE_KINDS = frozenset({"state", "organization"})


def on_each_others(low: str, start: int, end: int, t0: int, t1: int, before: list[Actor]) -> bool:
    """Whether the trigger ``t0:t1`` is an act the states named ``before`` it do to each
    other's things (see the module)."""
    if not before or any(a.kind not in _STATE_KINDS for a in before):
        return False
    return _ON_THEIR_THINGS.search(low, max(start, t0 - 40), min(end, t1 + 20)) is not None
