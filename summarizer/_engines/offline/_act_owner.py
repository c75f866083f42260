"""Whose act a reaction's "the <noun>" points back to, when the text told it as someone's own.

"The European Union's methane regulation ... faces resistance. Qatar's energy minister urged
Brussels to scrap the rules. The United States has also objected to the regulation": "the
regulation" is the one the text told before as the EU's ("X's regulation"), so the objection
is aimed at that owner. The subject of the sentence just before (Qatar, another critic) is not
the doer of what is objected to, and neither is a name inside the act's description.

Only nouns whose owner does the act are read so: "the EU's ban" is the EU's doing, while
"Navalny's arrest" or "Russia's suspension" tell who underwent it. The owner is read from a
possessive right before the noun (two modifiers may stand between), in the sentences before
the reaction, the nearest first; two different owners in that sentence leave it open.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._sentences import Sentence

# Acts done by their owner: "A's ban", "A's curbs", "A's move".
_AGENT_NOUNS = frozenset(
    {
        "move",
        "decision",
        "step",
        "measure",
        "action",
        "sanction",
        "ban",
        "restriction",
        "curb",
        "control",
        "regulation",
        "rule",
        "directive",
        "deployment",
        "plan",
        "proposal",
    }
)
# The noun a back reference ends on: "the regulation", "these new curbs", "the latest move".
_REFERENCE_NOUN = re.compile(r"\b(?:the|these|those|such|this|that)(?: latest| new)? ([a-z]+)\b")


def referred_noun(reference: str) -> str | None:
    """The act noun (singular) of a back reference such as "to the curbs", or None when the
    reference is a pronoun ("this", "it") or its noun tells who underwent the act."""
    found = _REFERENCE_NOUN.search(reference)
    if found is None:
        return None
    noun = found.group(1)
    singular = noun[:-1] if noun.endswith("s") and noun[:-1] in _AGENT_NOUNS else noun
    return singular if singular in _AGENT_NOUNS else None


def act_owner(
    cast: Cast, before: Iterable[Sentence], lows: Mapping[int, str], noun: str
) -> tuple[Actor, Sentence] | None:
    """The one owner the nearest earlier sentence gives the act noun ("the European Union's
    methane regulation"), with that sentence; None when none does or the nearest one names
    two different owners."""
    owned = re.compile(rf"(?:^|[\s(\"“])(_+)['’]s? (?:[\w-]+ ){{0,2}}?{noun}s?\b")
    for sentence in sorted(before, key=lambda s: -s.index):
        low = lows.get(sentence.index)
        if low is None:
            continue
        owners: list[Actor] = []
        for match in owned.finditer(low):
            span = (sentence.start + match.start(1), sentence.start + match.end(1))
            for actor in cast.in_span(*span):
                if actor.kind != "other" and actor not in owners:
                    owners.append(actor)
        if owners:
            return (owners[0], sentence) if len(owners) == 1 else None
    return None
