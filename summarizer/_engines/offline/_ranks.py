"""A known title with a rank prefix is a title too, with the portfolio written before it.

"Interior Undersecretary Rocío Andrade", "Mines Undersecretary NAME", "Vice-Governor NAME",
"Deputy-Minister NAME": a title the lexicon knows ("Secretary", "Minister", "Governor") written
as one word with a prefix of rank ("Under", "Vice", "Sub", "Deputy") is still a title before a
name, and a capitalised word right before it that is no name the lists know is its portfolio
("Interior", "Mines"). The person after it is a person; the words of the title are no part of
the name.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._reading import Reading
from summarizer._engines.offline._tokens import Segment, Token
from summarizer._text._keys import name_key

_RANKED = re.compile(r"(?:Under|Vice|Sub|Deputy)-?(?P<title>[A-Za-z]+)$")


def _ranked(r: Reading, token: Token) -> bool:
    match = _RANKED.match(token.text)
    if match is None or token.possessive:
        return False
    return name_key(match.group("title")) in r.titles.by_key


def ranked_title_at(r: Reading, seq: list[Token], i: int) -> Segment | None:
    """The title of rank that opens ``seq`` at ``i`` (its portfolio word included), if a
    name follows it."""
    if i + 1 < len(seq) and _ranked(r, seq[i]):
        return Segment(i, i + 1, None, seq[i].text)
    if i + 2 < len(seq) and _ranked(r, seq[i + 1]):
        word = seq[i]
        if (
            not word.possessive
            and word.text not in r.given
            and r.gaz.get(word.text) is None
            and word.text[:1].isupper()
        ):
            return Segment(i, i + 2, None, f"{word.text} {seq[i + 1].text}")
    return None
