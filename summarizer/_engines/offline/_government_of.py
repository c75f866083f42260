""" "The government of X" is X: a state named after its government's noun acts through it.

"a defence package agreed with the governments of Greenland and the Faroe Islands", "talks
with the authorities of Niger": the names after "the government(s) / authorities / leaders of"
are the ones who act, never what the act is about, so no rule of "of"-phrases (a topic, a
thing owned) takes them out of the event's sides. Used by :mod:`._parties`.
"""

from __future__ import annotations

import re

# Right before a name (names are blanked to '_' runs): "the governments of ", "the government
# of _ and the ", "the authorities of ".
_GOVERNMENT_OF = re.compile(
    r"\b(?:governments?|authorities|administrations?|leaders(?:hip)?|cabinets?) of "
    r"(?:the )?(?:_+(?:,| and| or|,? and) (?:the )?)*$"
)


def government_of(low: str, start: int, at: int) -> bool:
    """The name at ``at`` (in ``low``, names blanked) is a state told through its government."""
    return _GOVERNMENT_OF.search(low, max(start, at - 80), at) is not None
