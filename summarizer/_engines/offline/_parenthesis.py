"""An aside set off by commas between an instrument and its predicate.

"The ceasefire between Thailand and Cambodia, brokered by Malaysia in late July after five days
of fighting, has largely held": English may set a non-restrictive aside (a participle phrase,
a relative clause, an appositive, a date) between a subject and its verb, closed by a second
comma right before the verb. The verb after the closing comma has no subject of its own, so
its subject is the noun before the aside: the instrument. A comma that opens a new clause
(", and", ", but", ";"), or an aside that opens with no word that starts an aside, is no such
aside: "The ceasefire was signed in May, and the border has held" says nothing of the truce.
Used by :mod:`._holds_now` and :mod:`._binds_now`.
"""

from __future__ import annotations

import re

# The words an aside opens with: a past participle ("brokered", "reached", "signed", "made",
# "struck"), a relative pronoun ("which"), an appositive's article ("a fragile arrangement"),
# or a time ("first agreed in 2022", "now in its second year", "in place since May").
_OPENER = (
    r"(?:[a-z]+ed|made|struck|drawn|won|brought|sought|written|begun|known|"
    r"which|a|an|now|first|once|long|in|since|largely|still)"
)
# From the instrument's end: its own phrase (no comma), the aside, the closing comma.
_ASIDE = re.compile(r"(?P<own>[^,;:()]*), (?P<aside>" + _OPENER + r" [^;:()]*?), $")
# The instrument's own phrase before the aside: nothing, or a phrase that qualifies the noun
# ("between A and B", "that A and B agreed in May"); never a clause of its own ("Since the
# ceasefire collapsed, a fragile calm, ..., has held": the verb after the aside is the calm's).
_OWN = re.compile(
    r"(?: (?:between|with|of|on|over|for|in|along|across|that|which|signed|agreed|reached|"
    r"brokered|struck)\b(?:(?! (?:is|are|was|were|has|have|had|collapsed|ended)\b)[^,])*)?"
)
_COMMA = re.compile(r", ")
# A comma that opens a new clause ends the aside: it is no aside at all.
_NEW_CLAUSE = re.compile(r", (?:and|but|while|though|although|as|so)\b|\b(?:but|while) ")


def set_off(between: str) -> bool:
    """Whether ``between`` (the text from an instrument's noun to a predicate) is the
    instrument's own phrase and one aside closed by a comma right before the predicate."""
    aside = _ASIDE.fullmatch(between)
    if aside is None or _OWN.fullmatch(aside.group("own")) is None:
        return False
    return _NEW_CLAUSE.search(between) is None


def held_past_aside(low: str, pos: int, predicate: re.Pattern[str], limit: int = 200) -> bool:
    """Whether ``predicate`` follows an aside that opens at ``pos`` (", which commits the two
    armies to train together, is still in force")."""
    if not low.startswith(", ", pos):
        return False
    window = low[pos : pos + limit]
    for comma in _COMMA.finditer(window, 2):
        if set_off(window[: comma.end()]) and predicate.match(window, comma.end()) is not None:
            return True
    return False
