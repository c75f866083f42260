"""Who appeals to one side of a row the story tells is no side of it.

"The Taliban accused Iran of mistreating Afghan migrants ... The U.N. refugee agency, UNHCR,
urged Iran to stop forced returns": the row is Iran's with the Taliban; the agency that calls
on Iran to stop speaks from outside it, as a mediator urging restraint or a regional bloc
calling on a state to hold back does. Its appeal is a voice in the row, not a second
row with Iran. A thread founded on an appeal (its first act is a call, an urging or a plea)
is dropped when what it asks is to hold back ("to stop", "to suspend", "to halt"), its
appealers take part in no other row of the story, and the one they call on stands on one
side of a longer row the story tells with others. An appeal to act ("urged Baku to sign",
"pressed Bangkok to speed up its line", "urged China to comply with the ruling") may come
from a side and stays. An appeal told alone
("the UN demanded the release of its staff", with no row between others) stays: there the
one appealing is the only one set against the one asked.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._event import Event

# The label of an appeal's cue ("urged X to", "called on X to"); see ``_events._URGING``.
APPEAL = "pressure"

# An appeal to hold back from what the one asked is doing: "urged Iran to stop forced
# returns", "called on the Dominican Republic to suspend deportations". An appeal to do
# something ("pressed Bangkok to speed up", "urged Baku to sign", "urged China to comply with
# the ruling") asks an act of its own, and its asker may well be a side: it stays.
_RESTRAINT = re.compile(
    r"\b(?:urg\w*|call\w* (?:on|upon)|press\w*|appeal\w* to|ask\w*)\b[^.;:]{0,80}? to"
    r"(?: (?:immediately|urgently|also|swiftly|at once))? (?:stop|halt|suspend|cease|end|"
    r"refrain from)\b"
)


def appealers_apart(disputes: list[Event]) -> list[Event]:
    """The disputes without the appeals of third parties to one side of another row."""
    return [d for d in disputes if not _third_party_appeal(d, disputes)]


def _third_party_appeal(event: Event, disputes: list[Event]) -> bool:
    if not event.labels or event.labels[0] != APPEAL or not event.left or not event.right:
        return False
    if not event.quotes or _RESTRAINT.search(event.quotes[0].casefold()) is None:
        return False
    appealers = set(event.left)
    others = [d for d in disputes if d is not event]
    if any(appealers & set(d.parties) for d in others):
        return False  # the appealer has a row of its own in the story
    asked = set(event.right)
    return any(
        d.opposed and asked <= set(d.parties) and len(set(d.sentences)) >= len(set(event.sentences))
        for d in others
    )
