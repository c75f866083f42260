"""A joint body set up: who set it up, not who brokered the deal that set it up.

"Uzbekistan has set up a joint working group with the Taliban", "the two governments formed a
joint technical team": a joint body (a group, team, commission, council) set up by two parties is
an arrangement they made, and its makers are the verb's subject and the partner after "with".
When the subject is an earlier deal whose broker an aside names ("The Argyle Declaration,
brokered by Caricom and Brazil, created a joint commission"), the names in the aside mediated
that deal: they are no makers of the body, and the clause names no makers at all (abstain).
"""

from __future__ import annotations

import re

# The joint-body act: a verb of making followed by "joint ... <body>".
_JOINT_BODY = re.compile(
    r"(?:set(?:s|ting)? up|form|creat|establish|launch)\w* (?:[\w-]+ ){0,5}?"
    r"(?:an? |the |their )?joint (?:[\w-]+ ){0,3}?"
    r"(?:(?:sub-?)?commission|(?:sub-?)?committee|task force|(?:working |technical |expert "
    r"|contact )?group|team|panel|council|secretariat|mechanism)s?\b"
)
# A participle aside naming a broker: ", brokered by", ", mediated by", "facilitated by".
_BROKERED = re.compile(
    r"\b(?:mediated|brokered|facilitated|hosted|co-hosted|convened|sponsored|chaired"
    r"|co-chaired|organi[sz]ed) by\b"
)


def broker_aside(low: str, start: int, trigger: re.Match[str]) -> int | None:
    """Where, before a joint-body act, an aside names a broker ("The Argyle Declaration,
    brokered by Caricom and Brazil, created a joint commission"): the offset of the aside in
    ``low`` (names from there to the verb brokered, not made, the body), else None."""
    if _JOINT_BODY.match(low, trigger.start()) is None:
        return None
    asides = [m.start() for m in _BROKERED.finditer(low, start, trigger.start())]
    return asides[-1] if asides else None
