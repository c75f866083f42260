"""Names that only place a deal's object are no parties of the deal.

"Iraq agreed to restart oil exports through Turkey's Ceyhan port": the state after goods and
"through" or "via" is the way the goods go, not one who agrees (a state whose network carries
the deal itself, "a swap through Ukraine's pipeline network", is a party of it). "Rio Tinto
agreed to sell its coal interests in Mongolia to Glencore", "BP agreed to sell its stake in an
Egyptian gas field to Eni": between the verb of selling and "to" (the buyer) lies the thing
sold, and a name inside it says where the thing is; the seller (the subject) and the buyer
are the deal's sides. A name also told in a role of its own elsewhere in the sentence stays.
"""

from __future__ import annotations

import re

# "exports ... through _'s ceyhan port", "shipments via the _ pipeline": goods, then the way
# they go, right before the name. Without the goods ("a swap through Ukraine's pipeline
# network") the state whose network carries the deal is a party of it.
_ROUTE = re.compile(
    r"\b(?:exports?|imports?|shipments?|cargoes|supplies|deliveries|flows?|sales)\b"
    r"[^,;:]{0,60}?\b(?:through|via)(?: the| a| an)? (?=_)"
)
# The verb that hands a thing over for a price, then (lazily) the thing up to "to", which
# opens the buyer (named or not: "to state-owned Codelco", "to a group led by ...").
_SALE = re.compile(
    r"\b(?:sell|sells|sold|selling|transfer|transfers|transferred|divest|divests|divested"
    r"|offload|offloads|offloaded)\b(?P<thing>[^,;:]{1,120}?) to\b"
)


def place_spans(low: str, t0: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``t0:end`` (the deal's trigger to its clause's end) that only place
    the deal's object: a name right after goods and "through"/"via", and the thing sold."""
    routes = [(m.end(), m.end() + 1) for m in _ROUTE.finditer(low, t0, end)]
    sold = [(s + 1, e) for s, e in (m.span("thing") for m in _SALE.finditer(low, t0, end))]
    # A name opening the thing ("sell _ weapons to _") may be whom it is sold for; only a
    # name after a word of the thing ("its stake in _", "an _ gas field") places it.
    return [*routes, *sold]
