"""Names joined by "and" as the object of an act are one side together.

"The foreign ministry warned Canberra and Manila that their joint patrols ...": Australia and
the Philippines are both warned; they are one side, never each other's opponent, and never a
pair a row is *between*. The other side is the act's subject. A subject named only by a
definite description ("the foreign ministry", "the ministry") stands for the one actor of the
story whose name ends in those words ("Chinese foreign ministry"); when there is no such single
actor, who warns is not said, and the clause sets no one against anyone (abstain).
"""

from __future__ import annotations

import re
from typing import Any

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._event import unique
from summarizer._engines.offline._sentences import Sentence

# Right after the act's verb: two names (blanked with '_') joined by "and".
_JOINT = re.compile(r"\s*(?:the )?(_+) and (?:the )?(_+)\b")

# Right before the act's verb: a definite description as its subject, "the foreign ministry",
# "the country's defence ministry", "the ministry" (up to three words after "the").
_DESCRIBED = re.compile(
    r"\bthe ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (?:(?:has|had|also|again|on \w+day) )*$"
)


def _described(cast: Cast, words: str) -> Actor | None:
    """The one actor of the story whose name ends in ``words`` ("foreign ministry")."""
    words = words.removeprefix("country's ").removeprefix("country’s ")
    if len(words) < 4:
        return None
    found = [
        a
        for a in cast.actors.values()
        if a.kind in ("organization", "state", "armed_group")
        and (a.name.casefold() == words or a.name.casefold().endswith(" " + words))
    ]
    return found[0] if len(found) == 1 else None


def joint_object(
    cast: Cast,
    sentence: Sentence,
    low: str,
    start: int,
    trigger: re.Match[str],
    parties: Any,
) -> bool:
    """Read a directed act with no named subject whose object is "A and B" (see the module);
    whether it was read so. ``low`` is the sentence lower-cased, names blanked."""
    if parties.left:
        return False
    joint = _JOINT.match(low, trigger.end())
    if joint is None:
        return False
    base = sentence.start
    objects = unique(
        [
            a
            for span in (joint.span(1), joint.span(2))
            for a in cast.in_span(base + span[0], base + span[1])
        ]
    )
    if len(objects) < 2:
        return False
    described = _DESCRIBED.search(low, start, trigger.start())
    doer = _described(cast, described.group(1)) if described is not None else None
    if doer is None or doer in objects:
        # Who acts is not said: the two warned are no sides against each other. Abstain.
        parties.left, parties.right, parties.actors = [], [], []
        parties.opposed, parties.routed = False, True
        return True
    parties.left, parties.right = [doer], objects
    parties.actors = [doer, *objects]
    parties.opposed, parties.routed = True, True
    return True
