"""A proposal handed to the sides: its parties are the sides and the ones who handed it.

"Qatari and Egyptian mediators handed Israel and Hamas a revised proposal for a ceasefire",
"Qatar and Egypt presented the army and the RSF with a new draft ceasefire text", "the envoy
delivered a revised exchange plan to the government and the ELN": a verb of giving whose
thing given is the deal's word puts a text before the ones it is given to. They are the deal's
sides (named right after the verb, or after "to" past the deal's word); the giver, the
clause's subject, puts it forward and is listed after them, as a broker is. What is handed is
a proposal, not a deal made. Nothing unless both a giver and a side are named. A plan "put
forward by X to A and B" is told by :mod:`._put_forward`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer._engines.offline._event import side_count, unique, with_states

if TYPE_CHECKING:
    from summarizer._engines.offline._cast import Actor
    from summarizer._engines.offline._parties import ArticleText
    from summarizer._engines.offline._sentences import Sentence

_GIVING = (
    r"(?:hand(?:s|ed)?(?: over)?|present(?:s|ed)?|deliver(?:s|ed)?|submit(?:s|ted)?|sen[dt]s?"
    r"|g[ai]ves?|pass(?:es|ed)?(?: on)?)"
)
# Names blanked as "_", a common noun or two before each ("the Colombian government" is
# "the _ government", "Sudan's army" "_'s army"), joined by commas or "and".
_ONE = r"(?:the |both |its |their )?(?:[\w-]+ ){0,2}?_+(?:['’]s?)?(?: [a-z-]+)?(?: \(_+\))?"
_NAMES = rf"{_ONE}(?:(?:,| and|, and) {_ONE}){{0,4}}"

# The sides right after the verb, then the thing given: "handed _ and _ a revised proposal
# for a 60-day ", "presented _'s army and the _ with a new draft ". Ends at the deal's word.
_GIVEN_TO = re.compile(
    rf"\b{_GIVING} (?P<to>{_NAMES}) (?:with )?(?:a|an|the|its|their|his|her)\b[^,;:]{{0,60}}$"
)
# The verb, then the thing given ending in the deal's word: "delivered a revised ".
_GIVEN = re.compile(rf"\b{_GIVING} (?:a|an|the|its|their|his|her)\b[^,;:]{{0,60}}$")
# ... and the sides after "to", past the deal's word: " plan to the _ government and the _".
_TO = re.compile(
    rf"[^,;:]{{0,40}}? to (?P<to>{_NAMES})(?=[,;:.]|$| (?:on|in|at|for|last|this|after|before"
    r"|earlier|as|which|who|that)\b)"
)
# Where the giver's clause begins: after a verb of saying or "that".
_CLAUSE_OPEN = re.compile(r".*\b(?:that|said|says|say)\b[, ]*", re.DOTALL)


def handed_to(
    art: ArticleText, sentence: Sentence, start: int, t0: int, t1: int, end: int
) -> list[Actor]:
    """The sides a proposal at ``t0:t1`` is handed to, then who handed it, or empty."""
    low = art.lows[sentence.index]
    before = low[start:t0]
    to_span: tuple[int, int] | None = None
    found = _GIVEN_TO.search(before)
    if found is not None:
        to_span = (start + found.start("to"), start + found.end("to"))
        verb = start + found.start()
    else:
        found = _GIVEN.search(before)
        after = _TO.match(low, t1, end) if found is not None else None
        if found is None or after is None:
            return []
        to_span, verb = after.span("to"), start + found.start()
    opened = _CLAUSE_OPEN.match(low, start, verb)
    giver_from = opened.end() if opened is not None else start

    def named(a: int, b: int) -> list[Actor]:
        return [
            x
            for x in with_states(art.cast, art.cast.in_span(sentence.start + a, sentence.start + b))
            if x.kind != "other"
        ]

    givers, sides = named(giver_from, verb), named(*to_span)
    if not givers or not sides or side_count(unique([*sides, *givers])) < 2:
        return []
    return unique([*sides, *givers])
