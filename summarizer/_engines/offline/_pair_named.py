"""A name that closes a hyphenated pair before the noun of an instrument is a party to it.

"The Astana format", "the Doha framework": a lone name before "framework", "process", "format"
or "declaration" tells where the thing was made or who hosts it (a mediator or a venue, read by
:mod:`._clause`). Joined by a hyphen or a dash to a name before it ("A Brazil-Paraguay framework
on hydropower tariffs", "the Kyiv-Moscow declaration"), the pair names who made the thing: both
names are its sides, the second no less than the first.
"""

from __future__ import annotations

import re

# Right before the mention: another name's last letter, then a hyphen or a dash.
_PAIRED = re.compile(r"[\w.)][-–—]$")
# Right after it: the noun of an instrument or a process a lone name would host.
_THING = re.compile(r" (?:framework|process|format|platform|declaration|communiqu\w+)\b")


def closes_pair(low: str, at: int, end: int) -> bool:
    """Whether the mention at ``at:end`` of ``low`` is the second of a hyphenated pair right
    before the noun of an instrument ("brazil-paraguay framework")."""
    paired = _PAIRED.search(low, max(0, at - 2), at) is not None
    return paired and _THING.match(low, end) is not None
