"""A place phrase that opens the sentence, and the subject that follows its comma.

"In Ashgabat, Turkmenistan and Azerbaijan signed a memorandum", "On March 9, after talks in
the Kremlin, Putin and Lukashenka agreed ...": a phrase of place fronted before the clause
ends at its comma, and the names after that comma are the clause's subject, not more places
listed with the first ("in Kenya, Uganda and Tanzania") nor the country a city lies in ("the
deal reached in Busan, South Korea,"). Told apart by where the phrase stands and what follows
the names: the fronted phrase opens the sentence (after at most a dated opener), and the names
after its comma run straight into the predicate, a verb, where a list of places or an address
is closed by a comma or goes on with a preposition. Used by :mod:`._clause`.
"""

from __future__ import annotations

import re

# The sentence start up to the comma before the name: an optional dated opener ("On March 9,",
# "Last week,"), an optional "after talks" / "during a visit" phrase, then "in|at PLACE, ".
_FRONTED = re.compile(
    r"^(?:[^,]{1,30}, )?"
    r"(?:(?:after|following|during|at the end of|at the close of) (?:[\w'’-]+ ){0,4}?)?"
    r"(?:in|at) (?:the )?[^,]{1,40}, (?:the )?$"
)
# The names after the comma (masked as underscores, joined by commas or "and"), then the
# predicate: an auxiliary or a finite verb, perhaps after an adverb.
_SUBJECT_THEN_VERB = re.compile(
    r"_[_ .'’-]*?(?:(?:,? and |, )(?:the )?_[_ .'’-]*?)*"
    r" (?:\w+ly )?(?:has|have|had|will|would|is|are|was|were|did|also|jointly|[a-z]+ed|"
    r"signed|agreed|reached|struck|met|said|announced|began|made|took|held|sealed)\b"
)


def fronted_subject(low: str, at: int) -> bool:
    """Whether the name at ``at`` (an offset of the sentence's masked lower text) opens the
    clause after a fronted place phrase ("In Sochi, Russia and Belarus agreed"): the subject,
    not a place listed with the one before the comma."""
    if at > 120 or _FRONTED.match(low[:at]) is None:
        return False
    return _SUBJECT_THEN_VERB.match(low, at) is not None


# A phrase that opens the sentence before its subject: a preposition, no name, then a comma
# ("After twenty years of negotiations, ...", "Despite months of talks, ...").
_OPENER = re.compile(
    r"^(?:after|following|despite|amid|during|since|before|in|at|on|over|for) [^,_;:]{1,80}?, "
)


def in_opener(low: str, at: int) -> bool:
    """Whether offset ``at`` lies in a phrase fronted before the clause's subject ("After
    twenty years of negotiations, the EU and Mercosur are close to a deal"): the phrase has no
    subject of its own; the main clause tells what is done, and by whom."""
    found = _OPENER.match(low)
    return found is not None and at < found.end() and found.end() < len(low.rstrip())
