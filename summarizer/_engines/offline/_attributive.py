"""A state's name used as a demonym: "a U.S. citizen", "a UK national".

A short name of a state that stands between an article and a noun modifies that noun just as
a demonym does ("a U.S. citizen" is "an American citizen"): it says where one person or firm
comes from. Whether that noun names such a holder is the caller's test.
"""

from __future__ import annotations

import re

# The name's mention ends right before a lower-case noun, one word at least ("a U.S. citizen"),
# not a verb or a comma ("a deal with the U.S., which").
_NOUN_AFTER = re.compile(r" [a-z][\w-]*\b")


def attributive(low: str, stop: int) -> bool:
    """Whether the mention ending at ``stop`` of lower-cased ``low`` modifies a following noun."""
    return _NOUN_AFTER.match(low, stop) is not None
