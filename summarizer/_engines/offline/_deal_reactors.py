"""Who only reacts to a deal is no party of it.

"Rio Tinto agreed to sell its coal interests to Glencore, a transaction Mongolia's Prime
Minister welcomed", "BP agreed to sell its stake to Eni, a deal welcomed by Egypt's president":
an apposition that renames the deal ("a deal", "a transaction", "a move") and tells how someone
met it names a reader of the deal, not one who made it. "When CK Hutchison agreed to sell its
ports to BlackRock, President Trump hailed it": a main clause that only hails the deal its
clause of time tells is a reaction too. Only a name every mention of which lies in such a
stretch (or in a place of :mod:`._object_places`) goes; the seller and the buyer, named
before it, stay.
"""

from __future__ import annotations

import re

# The verbs of meeting a thing told before: praise, welcome, blame.
_REACTING = (
    r"(?:welcom|hail|prais|applaud|commend|cheer|salut|greet|criticis|criticiz|condemn|"
    r"den(?:ounce|ounced)|slam|blast|decr|lament|question)\w*"
)
# ", a transaction _'s prime minister _ welcomed", ", a deal welcomed by _", ", a move that
# _ hailed": the deal renamed after a comma, then the reaction (its own clause to the next
# comma or the end).
_APPOSITION = re.compile(
    r",\s+(?:a|an|the) (?:[\w-]+ )?(?:deal|transaction|sale|purchase|acquisition|agreement|"
    r"move|step|decision|accord|pact)\b(?: (?:that|which))?[^,;]{0,80}?\b" + _REACTING + r"[^;]*"
)
# "when _ agreed ... , _ hailed it": the clause of time (after a dateline, "hong kong (_) -
# when"), then a main clause whose verb reacts to "it" (or "the deal", "the sale").
_WHEN_OPENING = re.compile(r"^(?:[^.]{0,60}?\)\s*[-\u2013\u2014]+\s*)?\W*(?:when|after|once)\b")
_MAIN_REACTION = re.compile(
    r",\s+(?P<main>[^,;]{0,120}?\b" + _REACTING + r" (?:it|the (?:deal|sale|transaction|move))\b)"
)


def reaction_spans(low: str, t1: int, end: int) -> list[tuple[int, int]]:
    """The stretches of the sentence that only meet the deal whose trigger ends at ``t1`` (its
    clause ending at ``end``): a reacting apposition, or a reacting main clause."""
    found = [m.span() for m in _APPOSITION.finditer(low, t1, max(end, t1))]
    if _WHEN_OPENING.match(low):
        main = _MAIN_REACTION.search(low, t1)
        if main is not None:
            found.append(main.span("main"))
    return found
