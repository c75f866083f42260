"""What a clause says an act stops or falls short of was not done.

"The guarantees stop short of a mutual defence pact", "the pause falls far short of the full
30-day ceasefire that Washington proposed", "stopped short of any formal agreement": the deal
named after "short of" is the measure the act did not reach, so it is neither made nor put
forward by the clause (the engine abstains on it). Only a deal noun a few words after "short
of" is read so: "fell short of the purchases it had promised under the phase one deal" names
the deal as the frame of a promise, told on its own terms. Used by :mod:`._events`.
"""

from __future__ import annotations

import re

# "stop(s/ped) short of", "fall(s)/fell (well/far/just) short of" right before the deal noun,
# with at most an article and three words between ("short of a mutual defence pact").
_SHORT_OF = re.compile(
    r"\b(?:stop(?:s|ped|ping)?|f(?:a|e)ll(?:s|ing|en)?|c(?:a|o)me(?:s|ing)?) "
    r"(?:(?:well|far|just|a long way|some way|considerably|significantly) )?short of "
    r"(?:an? |the |any |its |their )?(?:[\w'’-]+ ){0,3}$"
)


def stopped_short(low: str, seg_start: int, at: int) -> bool:
    """The deal cue at ``at`` is what its clause says an act stops or falls short of."""
    return _SHORT_OF.search(low, max(seg_start, at - 90), at) is not None
