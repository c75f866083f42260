"""Talks a body offers to convene "the three parties": the body and the sides it counts.

"The African Union Commission said it was ready to convene the three parties and proposed a
new round of talks": "the three parties" are the three sides the story has named, as "the two"
are its pair (see :func:`._parties._pair`), and the body that would convene them puts the talks
forward beside them; told further back, they are the states the lede names. Only a counted
phrase ("the three parties", "all three countries") right after a verb of convening; the sides
must resolve to exactly that many states, none of them the convener, or the engine does not
guess.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._event import side_count, side_of, unique, with_states
from summarizer._engines.offline._parties import ArticleText, _lede_named, _pair
from summarizer._engines.offline._sentences import Sentence

_CONVENE = re.compile(
    r"\b(?:convene|convening|convened|bring together|bringing together|host|hosting) "
    r"(?P<phrase>(?:the|all) (?:two|three|four) (?:parties|countries|sides|states|governments"
    r"|nations))\b"
)
_COUNT = {"two": 2, "three": 3, "four": 4}


def convened(art: ArticleText, sentence: Sentence) -> list[Actor]:
    """The convener named before "convene the N parties" in ``sentence`` and the N states the
    phrase stands for; empty unless all are found."""
    low = art.lows[sentence.index]
    found = _CONVENE.search(low)
    if found is None:
        return []
    count = _COUNT[found.group("phrase").split()[1]]
    conveners = [
        a
        for a in art.cast.in_span(sentence.start, sentence.start + found.start())
        if a.kind in ("organization", "state")
    ]
    sides = _pair(art, sentence, found.start("phrase"), found.end("phrase"), states=True)
    if side_count(sides) != count:
        # Told further back than "the two" reaches: the states the story's lede names, when
        # they are exactly that many.
        sides = [a for a in _lede_named(art) if a.kind == "state"]
    sides = with_states(art.cast, sides)
    if not conveners or side_count(sides) != count:
        return []
    if {side_of(a) for a in conveners} & {side_of(a) for a in sides}:
        return []
    return unique([*conveners, *sides])
