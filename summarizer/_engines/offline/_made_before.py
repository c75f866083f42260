"""A deal made before the news that a later clause tells as standing now.

Wire copy tells an old deal twice: once in background, naming its sides ("since Putin and Kim
signed a partnership treaty in June 2024"), and again in a clause of its own that points back
to it by its noun and says how it stands now, naming no side ("The treaty, which took effect
that December, contains a clause ..."). The background clause alone is history and the later
one alone has no sides: neither makes a thread, and the deal is lost. Read together they tell
one deal: its sides from the clause that made it, how it stands from the clause that points
back to it.

Abstains unless the pointing back is plain: the later clause is a definite deal noun ("the
treaty", "that accord") told as fact with a status, the deal clause nearest before it that
names two sides is the background one, and that one lent its words to no thread of its own
sides (the thread then tells the deal). Used by :mod:`._threads`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer._engines.offline._event import Event
from summarizer._engines.offline._instruments import INSTRUMENTS

# How many sentences before the clause pointing back the deal may have been made: a noun
# like "the agreement" reaches back a paragraph, not across the article.
_GAP = 4
# What the clause pointing back may say of the deal now: in force or carried out, stalled,
# ended, or how it was made ("The agreement, signed in Washington last April, created a
# fund"). Talks or a proposal say nothing of a deal already made.
_STANDS = frozenset({"implemented", "stalled", "collapsed", "signed", "agreed"})
# The nouns that name a made deal ("the treaty" reads as a pact). Talks, visits and
# proposals are steps, not an instrument a later clause can find in force.
_NOUNS = INSTRUMENTS | {"pact", "treaty", "partnership", "protocol", "convention"}
# How the clause that made it tells its sides: a verb of making ("A and B signed", "A signed
# ... with B", "agreed in Brussels"), "between A and B", or a joint work of the pair made
# under it ("a U.S.-Ukrainian fund set up under last year's minerals agreement").
_MADE = re.compile(
    r"\b(?:signed|agreed|reached|concluded|struck|sealed|initiall?ed|between|under)\b"
)
# Where a deal's own clause starts inside a longer stretch: "Canberra and Beijing stepped up
# aid since the Solomon Islands signed a pact with China" -- the sides of the pact are named
# after "since", not the subject of the main clause.
_OWN_CLAUSE = re.compile(
    r"\b(?:since|after|when|where|because|following|before|until|as|once|that|which)\s"
)

# The sides a list of actor keys stands for (:func:`._event.side_of` of each).
Sides = Callable[[list[str]], set[str]]


# The clause points back when the deal's noun, definite, is its subject ("The treaty, which
# took effect that December, ..."; "That accord remains in force"), perhaps after a phrase of
# time or of acting under it ("For thirty years the agreement has governed ...", "Under that
# agreement, ... pay"). "A previous version of the security agreement" is another text, and
# so is "the new agreement"; in
# "officials say the Somaliland memorandum has been shelved" the noun is no clause's subject
# of its own, and a name in it may tell another deal.
_DEFINITE_SUBJECT = re.compile(
    r"[\"“‘']?(?:(?:for|since|under|in|until) [^,;]{0,40}?,?\s+)?"
    r"(?:the|that|this|its|their)\s+(?:(?!(?:new|newer|separate|second|other|fresh|revised|"
    r"draft|proposed|planned|future|next|latest|successor)\b)[\w'’-]+\s+){0,5}?"
    r"(?:agreements?|accords?|treat(?:y|ies)|pacts?|deals?|memorand(?:um|a)|arrangements?|"
    r"declarations?|partnerships?|protocols?|conventions?|understandings?|contracts?)\b",
    re.IGNORECASE,
)


def own_clause(low: str, seg: tuple[int, int], at: int) -> tuple[int, int] | None:
    """The stretch of ``low`` (within ``seg``) of the clause that tells a background deal made,
    its trigger at ``at``: from the last word opening a clause before the trigger, when one
    does, to the end of the stretch; ``None`` when that clause tells no making of it ("the
    full text of the 2022 agreement with Beijing be tabled" names one side, no signing)."""
    begin = seg[0]
    for found in _OWN_CLAUSE.finditer(low, seg[0], at):
        begin = found.end()
    if _MADE.search(low, begin, seg[1]) is None:
        return None
    return begin, seg[1]


def points_back(item: Event) -> bool:
    """Whether a clause is a definite deal noun told as fact with how the deal stands:
    "The treaty, which entered into force that December, includes ..."."""
    return (
        item.section == "deal"
        and item.real > 0
        and item.lone
        and item.anaphoric
        and not (item.separate or item.indefinite or item.denied or item.unreal)
        and item.status in _STANDS
        and item.label in _NOUNS
        and bool(item.quotes)
        and _DEFINITE_SUBJECT.match(item.quotes[0]) is not None
    )


def made_before(items: list[Event], item: Event, sides: Sides, lent: set[int]) -> Event | None:
    """The background deal ``item`` points back to, or ``None``. ``lent`` holds the ids of
    the background items that lent their words to a thread."""
    if not points_back(item):
        return None
    at = item.sentences[0]
    # The deal clause nearest before that names two sides: "the agreement" means it, not one
    # told further up. When that clause is not background, the noun points to a deal of now.
    anchor = next(
        (
            e
            for e in reversed(items)
            if e.sentences[0] < at
            and not e.lone
            and not e.unreal
            and len(sides(e.made_by if e.background else e.parties)) >= 2
        ),
        None,
    )
    if anchor is None:
        return None
    if not anchor.background or at - anchor.sentences[-1] > _GAP or id(anchor) in lent:
        return None
    if not anchor.made_by:
        return None  # its clause names no plain pair that made it: abstain
    if anchor.separate or anchor.indefinite or anchor.denied:
        return None
    if not sides(item.parties) <= sides(anchor.made_by):
        return None  # "India held the treaty in abeyance": its side must be one of the deal's
    return anchor


def as_thread(anchor: Event) -> None:
    """Make the background deal a thread: its clause now tells a deal the article holds, so
    its sentence counts as telling it, and its sides are those that made it."""
    anchor.parties = list(anchor.made_by)
    anchor.members("parties").clear()
    anchor.members("parties").update(anchor.parties)
    anchor.quote_keys = [(0, index) for _, index in anchor.quote_keys]
