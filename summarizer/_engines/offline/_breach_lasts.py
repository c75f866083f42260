"""A break between two states lasts until the text tells its end.

Cutting diplomatic ties or closing a border is an act with a date, but what it makes is a
state that goes on: "Algeria cut diplomatic relations with Rabat in August 2021" tells, in a
story of today, that the two have had no relations since, so the row it opened is news of now,
not history. The other side must be named with the break ("with Rabat"). The break is history
only when the text bounds it: a length given to it ("closed
its border for a month", "briefly closed"), or an end told anywhere in the article ("restored
ties in 2023", "the border reopened", talks on "reopening the border").
"""

from __future__ import annotations

import re

from summarizer._engines.offline._parties import ArticleText

# The labels of a break that stands until undone.
BREACH_LABELS = frozenset({"broken relations", "border closure"})

# The other side named with the break itself ("cut relations with Rabat", "closed its border
# with Benin", names masked as "_"): a break whose other side the clause leaves to be guessed
# ("Peru downgraded relations in 2023 after ...") stays the history it is told as.
_OTHER_SIDE = re.compile(r"(?: [\w'’-]+){0,3}? (?:with|between) (?:the )?_")

# A length given to the break in its own clause: "for a week", "for several months",
# "briefly", "temporarily", "until ...".
_BOUNDED = re.compile(
    r"\b(?:for (?:a |an |one |two |three |four |five |six |several |some |a few |nearly |almost "
    r"|about |more than )*(?:\w+ )?(?:hours?|days?|nights?|weeks?|months?|weekends?)\b"
    r"|briefly|temporarily|until\b|till\b)"
)
_BRIEF_BEFORE = re.compile(r"\b(?:briefly|temporarily)\s+(?:\S+\s+)?$")

# An end of the break told anywhere: "restored ties", "the border was reopened", "reopening
# the land border", "normalised relations", "lifted the closure".
_ENDED = re.compile(
    r"\b(?:restor|resum|re-?establish|normali[sz]|reopen|re-open|mend)\w*\b"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:diplomatic\s+)?(?:ties|relations|borders?|frontiers?|crossings?)\b"
    r"|\b(?:ties|relations|borders?|frontiers?|crossings?)\b(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:(?:was|were|has been|have been|had been|is|are) )?"
    r"(?:restored|reopened|re-opened|re-established|reestablished|normali[sz]ed|resumed)\b"
    r"|\blift\w* (?:the |its |their )?(?:\w+ )?closure"
)


def breach_stands(art: ArticleText, index: int, start: int, end: int, at: int, stop: int) -> bool:
    """The break told at ``at``..``stop`` of sentence ``index`` (its clause ``start``..``end``)
    still stands: its clause gives it no length and no sentence of the article tells it ended."""
    low = art.lows[index]
    if _OTHER_SIDE.match(low, stop) is None:
        return False
    if _BOUNDED.search(low, stop, end) is not None:
        return False
    if _BRIEF_BEFORE.search(low, max(start, at - 30), at) is not None:
        return False
    return not any(_ENDED.search(text) for text in art.lows.values())
