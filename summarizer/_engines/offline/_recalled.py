"""The state an envoy is recalled or withdrawn from.

A rule of diplomatic writing: a government "recalled its ambassador from Vienna" or "withdrew
its envoy from Paris" takes its envoy away from the state that capital is the seat of; the
recall is aimed at that state ("Ankara recalled its envoy from Vienna in protest": Turkey
against Austria). A capital after "from" is otherwise only where someone comes from (a
venue, see :func:`._actors._drop_mere_venues`); after a recalled envoy it names the host.
"""

from __future__ import annotations

import re

# "recalled its ambassador from ", "withdrew their envoys from ", "pulled its top diplomat
# out of ", "recalling the ambassador to Moscow from ": the text right before the capital.
_ENVOY_FROM = re.compile(
    r"\b(?:recall(?:s|ed|ing)?|withdr[ae]w(?:s|n|ing)?|pull(?:s|ed|ing)?)"
    r" (?:its|their|his|her|the|our) (?:own )?(?:[\w-]+ ){0,2}?"
    r"(?:ambassador|envoy|charg[eé] d'affaires|high commissioner|diplomat|emissary)s?"
    r"(?: \w+)? (?:from|out of) $",
    re.IGNORECASE,
)


def envoy_recalled_from(before: str) -> bool:
    """Whether the text ``before`` a name ends with an envoy recalled or withdrawn "from"."""
    return _ENVOY_FROM.search(before[-120:]) is not None
