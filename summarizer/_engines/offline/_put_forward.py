"""A plan one side rejects was still put forward: a proposal, now collapsed.

"Burhan has rejected a humanitarian truce proposed by the US, Saudi Arabia, the UAE and Egypt":
the rejection does not make the truce imaginary, as "rejected a ceasefire" alone would. A
named body proposed it, so the plan exists; the side that turns it down is one of the sides it
was put to, and the plan is dead for now (collapsed). Only when the clause names who put it
forward right after the deal's word ("proposed by", "put forward by", "drawn up by", "backed by")
or before it ("the mediators' plan"): a rejected truce with no named author ("rejected any truce")
stays unreal.

The sides a plan is put to are named after its author by "to": "a roadmap put forward by IGAD
to the government of Salva Kiir and the SPLM-IO" is a proposed deal of IGAD and both. Where no
one is named after "to" the engine does not guess whom the plan is for.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer._engines.offline._event import side_count, unique, with_states

if TYPE_CHECKING:
    from summarizer._engines.offline._cast import Actor
    from summarizer._engines.offline._parties import ArticleText
    from summarizer._engines.offline._sentences import Sentence

# The rejection right before the deal's word, in its own stretch: "has rejected a humanitarian ",
# "turned down the ", "dismissed the latest ". At most three words between.
_REJECTED = re.compile(
    r"\b(?:reject(?:s|ed|ing)?|turn(?:s|ed|ing)? down|dismiss(?:es|ed|ing)?|spurn(?:s|ed|ing)?|"
    r"rebuff(?:s|ed|ing)?)\b (?:an? |the |this |that |its |their )?(?:[\w-]+ ){0,3}$"
)

# A negation or modal between the rejection and the deal's word, or before the rejection in
# the stretch, governs it: "did not reject the truce", "could reject the plan".
_GOVERNED = re.compile(
    r"\b(?:not|never|n't|could|would|might|may|will|should|threaten\w*|if|unless)\b"
)

# Who put the plan forward, named right after its word ("truce proposed by _", "the plan, put
# forward by the _"), the names blanked as "_" in the lowered text.
_AUTHOR_AFTER = re.compile(
    r",? (?:first |jointly |recently |originally )?(?:proposed|put forward|drawn up|drafted|"
    r"tabled|floated|offered|presented|backed|brokered|submitted|unveiled) by(?= )"
)

# The name after "by", a common noun or two before it: "by the regional bloc _".
_BY_NAME = re.compile(r" (?:the )?(?:[\w-]+ ){0,3}?_")

# Or as the owner of the plan word: "rejected the _'s plan", "rejected _'s proposal".
_AUTHOR_BEFORE = re.compile(r"_['’]s? (?:[\w-]+ ){0,2}$")


def rejected_proposal(low: str, seg_start: int, t0: int, t1: int) -> bool:
    """Whether the deal word at ``t0:t1`` names a plan a named body put forward that the
    clause's subject rejects (offsets in the lowered, name-blanked sentence)."""
    before = low[seg_start:t0]
    rejection = _REJECTED.search(before)
    if rejection is None or _GOVERNED.search(before, 0, rejection.end()):
        return False
    if _AUTHOR_BEFORE.search(low, max(seg_start, t0 - 40), t0) is not None:
        return True
    # "a roadmap put forward by": the deal's word may already hold the verb and "by".
    by = t1 if low[t0:t1].endswith(" by") else None
    if by is None:
        author = _AUTHOR_AFTER.match(low, t1)
        by = author.end() if author is not None else None
    return by is not None and _BY_NAME.match(low, by) is not None


# The author after "by", then "to" and the sides: "by the regional bloc _ to the government of
# _ and the _" (the names blanked as "_"); the stretch ends at a comma or a clause word.
_BY_TO = re.compile(
    r" (?:the )?(?:[\w-]+ ){0,3}?(?P<by>_[_.'’-]*(?:(?:,| and) (?:the )?_[_.'’-]*)*)"
    r" to (?P<to>(?:both |the |its |their )?(?:[\w-]+ ){0,3}?_[^,;:]{0,100}?)"
    r"(?=[,;:.]|$| (?:on|in|at|that|which|who|over|after|before|last|this|earlier)\b)"
)


def put_to(art: ArticleText, sentence: Sentence, t0: int, t1: int, end: int) -> list[Actor]:
    """Who put a plan forward and the sides it was put to, named in the clause right after
    the plan's word ("a roadmap put forward by IGAD to the government of Salva Kiir and the
    opposition"): the author first. Empty unless both the author and a side are named."""
    low = art.lows[sentence.index]
    by = t1 if low[t0:t1].endswith(" by") else None
    if by is None:
        author = _AUTHOR_AFTER.match(low, t1)
        by = author.end() if author is not None else None
    found = _BY_TO.match(low, by, end) if by is not None else None
    if found is None:
        return []

    def named(group: str) -> list[Actor]:
        a, b = found.span(group)
        return [
            x
            for x in with_states(art.cast, art.cast.in_span(sentence.start + a, sentence.start + b))
            if x.kind != "other"
        ]

    makers, sides = named("by"), named("to")
    if not makers or not sides or side_count(unique([*makers, *sides])) < 2:
        return []
    return unique([*makers, *sides])


# A text's authors told in an aside right after its noun phrase: "the draft, put forward by _
# and _,", "a compromise text on curbing fishing subsidies, drafted by _ and _,". Only verbs
# of authorship: who "backed" or "brokered" a text is no maker of it.
_DRAFTED_AFTER = re.compile(
    r"(?: [\w-]+){0,6}?,? (?:first |jointly |recently |originally )?(?:proposed|put forward|"
    r"drawn up|drafted|tabled|floated|presented|submitted|sponsored|co-sponsored|authored) by$"
)
# The authors: names joined as one list ("_ and _", "_, _ and the _"), up to the aside's end.
_AUTHORS = re.compile(r" (?:the )?_[_.'’-]*(?:(?:,| and|, and) (?:the )?_[_.'’-]*)+(?=[,;:.)]|$)")


def drafted_by(art: ArticleText, sentence: Sentence, t0: int, t1: int, end: int) -> list[Actor]:
    """The two or more co-authors a text's aside names ("The draft, put forward by
    Switzerland and Singapore, offered a compromise"): a proposal they make together. Empty
    unless the names after "by" form one list of two sides or more."""
    low = art.lows[sentence.index]
    by: int | None = t1
    if not low[t0:t1].endswith(" by"):
        stop = low.find(" by", t1, min(end, t1 + 90))
        aside = _DRAFTED_AFTER.fullmatch(low, t1, stop + 3) if stop >= 0 else None
        by = aside.end() if aside is not None else None
    found = _AUTHORS.match(low, by, end) if by is not None else None
    if found is None:
        return []
    authors = [
        a
        for a in art.cast.in_span(sentence.start + found.start(), sentence.start + found.end())
        if a.kind in ("state", "organization", "group")
    ]
    return authors if side_count(authors) >= 2 else []
