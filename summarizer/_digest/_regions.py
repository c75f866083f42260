"""Where a thread happens: the world region of its parties, for grouping a digest's threads.

A party's region is that of its country (the lexicon's map of ISO codes to regions); a thread's
is the region most of its parties share, the first party's breaking a tie; parties of two or
more regions in equal number make it "Across regions"; no party with a country, "Other".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from summarizer._digest._models import DigestActor
from summarizer._lexicon import lexicon

__all__ = ["ACROSS", "OTHER", "region_of"]

ACROSS = "Across regions"
OTHER = "Other"
_REGIONS = lexicon("en").world_regions


def region_of(parties: Sequence[str], actors: Mapping[str, DigestActor]) -> str:
    """The region of a thread with these parties (names of digest actors)."""
    regions = [
        region
        for party in parties
        if (actor := actors.get(party)) is not None and actor.country
        if (region := _REGIONS.get(actor.country)) is not None
    ]
    if not regions:
        return OTHER
    counts = Counter(regions).most_common()
    top = [region for region, n in counts if n == counts[0][1]]
    if len(top) == 1:
        return top[0]
    return regions[0] if len(set(regions)) == 1 else ACROSS
