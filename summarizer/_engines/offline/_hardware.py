"""A state acts through its ships, aircraft and forces.

"Taiwan said Chinese warplanes crossed the median line", "Japan scrambled jets after Russian
bombers flew near its airspace": a demonym (or "STATE's") before a noun of a state's hardware
or forces names that state acting, and the cue of such an act (events.json, label
'incursions', its words in ``word_lists``) opens on that noun: the craft, then what it did.
The noun is the act's subject, not the act: a determiner before it ("said on Thursday that
Chinese warplanes ...", "the Venezuelan vessel entered ...") picks out the craft, and does not
make the act one told before, as it would before a noun of the act ("the incursion").
"""

from __future__ import annotations

# Labels of cues that open on the doer's craft and go on with the act it did.
_DOER_FIRST = frozenset({"incursions"})


def opens_on_doer(label: str) -> bool:
    """Whether a cue of ``label`` opens on its act's subject (the craft), not on the act."""
    return label in _DOER_FIRST
