"""A list of names told as one subject, not an aside.

A rule of English punctuation: in "Congo, the United States and United Nations experts
accuse Rwanda", the comma after the first name opens the next item of a list that "and"
closes, not a description of the first name; an aside ("Congo, the region's largest state,
accused ...") names a thing and is closed by a second comma. A stretch after a comma that
opens on "the" and a name joined by "and" or "or" to the next name, and runs on to the end
of its clause with no comma to close it, is the rest of the list: its names are subjects,
and a trailing noun ("experts", "officials", "investigators") qualifies only the last item.
"""

from __future__ import annotations

import re

# "the _____ and ____", "the _____ or ____" (names are blanked with "_" in ``low``).
_LIST_TAIL = re.compile(r"the _+ (?:and|or) (?:the )?_")


# A comma that opens a relative clause on the noun before it (", which seized Goma"): it
# closes no aside, so the stretch before it still runs on as the list's tail.
_RELATIVE_NEXT = re.compile(r"\s*,\s+(?:which|who|whose)\b")


def list_tail(low: str, seg_start: int, seg_end: int, end: int) -> bool:
    """Whether the stretch ``seg_start:seg_end`` after a comma is the rest of a list of names
    that runs to the clause's end ``end``, or to a relative clause (see the module)."""
    if _LIST_TAIL.match(low, seg_start) is None:
        return False
    return seg_end >= end or _RELATIVE_NEXT.match(low, seg_end) is not None


# A stretch of names only, before the comma that goes on with the list: "congo, " (blanked
# "_____, "), "_____, _____, ".
_NAMES_ONLY = re.compile(r"\s*(?:(?:the )?_+, )+")


def list_head(low: str, head_start: int, seg_start: int) -> bool:
    """Whether ``head_start:seg_start`` holds only names, each closed by a comma: the first
    items of a list whose tail opens at ``seg_start``."""
    return _NAMES_ONLY.fullmatch(low, head_start, seg_start) is not None
