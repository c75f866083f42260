"""A date inside a relative aside dates the aside's verb, not the main clause's.

"Kyrgyzstan and Tajikistan, which fought a short border war in 2022, signed a border treaty in
March": the year between the commas tells when the war was fought; the treaty's signing is
dated by the main clause alone. Before a cue is judged history by the years its clause holds,
the relative asides that close before the cue (", which|who ... ,") are blanked out.
Used by :mod:`._events`.
"""

from __future__ import annotations

import re

# ", which fought a border war in 2022," / ", who signed it in 2019,": a relative aside closed
# by a comma, with no other comma inside.
_ASIDE = re.compile(r", (?:which|who) [^,;:.\"“”()]{3,120}?,")


def without_asides(low: str, start: int, at: int) -> str:
    """``low`` with the relative asides that lie wholly inside ``start:at`` (before the cue at
    ``at``) blanked to spaces of the same length (offsets are kept)."""
    spans = [m.span() for m in _ASIDE.finditer(low, start, at)]
    if not spans:
        return low
    out = low
    for s, e in spans:
        out = out[:s] + " " * (e - s) + out[e:]
    return out
