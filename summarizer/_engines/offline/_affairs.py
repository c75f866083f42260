"""A page that tells several affairs in turn keeps each affair's sides to itself.

Commentary often walks through two to four matters one after another: "It's been a busy week
for Russian diplomats. First, ... Second, ... Third, ..." or "The first is the oldest. ... The
second quarrel is on the ground." An act told in the second matter ("But Japan demands that a
statue be removed") answers nothing told in the first (a tribunal ruling against China): the
other side of a reaction is looked for only among the events of its own matter. A page with
fewer than two such openings is one matter, and nothing changes.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._sentences import Sentence

# A sentence that opens the next matter: "First, ", "Second, ", "Finally, ", "The second
# quarrel is ...", "The third is a rare piece of good news."
_OPENS = re.compile(
    r"(?:(?:First|Second|Third|Fourth|Fifth|Finally)(?:ly)?,\s"
    r"|The (?:first|second|third|fourth|fifth|last) (?:(?:\w+ ){0,2}?)?(?:is|was|are)\b)"
)


def affairs(sentences: list[Sentence]) -> dict[int, int]:
    """Paragraph -> which matter it belongs to (0 before the first opening); empty when the
    page does not walk through at least two matters."""
    starts: list[int] = []
    for sentence in sentences:
        if not sentence.body or _OPENS.match(sentence.text.lstrip()) is None:
            continue
        if not starts or starts[-1] != sentence.paragraph:
            starts.append(sentence.paragraph)
    if len(starts) < 2:
        return {}
    last = max(s.paragraph for s in sentences)
    out: dict[int, int] = {}
    matter = 0
    for paragraph in range(last + 1):
        if matter < len(starts) and paragraph == starts[matter]:
            matter += 1
        out[paragraph] = matter
    return out


def same_affair(matters: dict[int, int], one: int, other: int) -> bool:
    """Whether two paragraphs tell the same matter (always, on a page of one matter)."""
    if not matters:
        return True
    return matters.get(one, 0) == matters.get(other, 0)
