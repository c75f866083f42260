"""Which one of several named bodies a bare reference back means, or none.

A bare reference ("the rebels", "the militia", "the armed group") means a body told before.
With one armed group named, it is that group. With two or more, "the last one named" is a
guess: the rebels negotiating in Qatar are not the armed group a clause just before happens
to name. Only the text's own word settles it: the one group the text calls by that noun ("the
M23 rebel group", "FDLR militiamen", "ADF, an armed group", "the rebel group M23") is meant;
when no group or more than one is called so, the reference is left open.
"""

from __future__ import annotations

import functools
import re

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._sentences import Sentence

# Heads of a descriptive noun that say only what kind of body it is: the word before them
# says what the group is ("rebel group" -> rebel, "armed movement" -> armed).
_GENERIC_HEADS = frozenset(["group", "movement", "alliance", "coalition"])


def noun_key(noun: str) -> str:
    """The word of an armed noun that the text would also write on a group's name: "rebel"
    for "the rebels" and "rebel group", "militia" for "militias", "gang" for "armed gang"."""
    words = noun.lower().split()
    word = words[0] if len(words) > 1 and words[-1] in _GENERIC_HEADS else words[-1]
    if word.endswith("ies"):
        return word[:-3]  # "paramilitaries" -> "paramilitar" (matches "paramilitary")
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@functools.lru_cache(maxsize=64)
def _called(key: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    word = re.escape(key) + r"\w*"
    after = re.compile(
        # "M23 rebels", "the M23 rebel group", "FDLR Hutu militiamen"; "ADF, an armed group"
        r"^(?:['’]s?)?(?:\s+[\w-]+)?\s+" + word + r"\b"
        r"|^,\s+(?:an?|the|a\s+[\w-]+)\s+(?:[\w-]+\s+){0,3}?" + word + r"\b"
    )
    # "the rebel group M23", "rebel commander NAME's", "the militia" right before the name
    before = re.compile(r"\b" + word + r"(?:\s+(?:group|movement|alliance|coalition))?\s+$")
    return after, before


def called_by(actor: Actor, key: str, sentences: list[Sentence], before: int) -> bool:
    """Whether the text, before ``before``, writes ``key`` (an armed noun's word) on a name
    of ``actor``: right after it, in an apposition after it, or right before it."""
    after, ahead = _called(key)
    for m in actor.mentions:
        if m.start >= before or m.back:
            continue
        sentence = sentences[m.sentence]
        low = sentence.text.lower()
        at, end = m.start - sentence.start, m.end - sentence.start
        if after.search(low[end : end + 60]) or ahead.search(low[max(0, at - 40) : at]):
            return True
    return False


def fitting_group(
    groups: list[Actor], noun: str, sentences: list[Sentence], at: int
) -> Actor | None:
    """The one armed group a bare ``noun`` at ``at`` ("the rebels") refers back to: the only
    group named before it, or else the only one the text has called by that noun; None when
    that is open."""
    named = [g for g in groups if g.last_start_before(at) is not None]
    if len(named) == 1:
        return named[0]
    key = noun_key(noun)
    called = [g for g in named if called_by(g, key, sentences, at)]
    return called[0] if len(called) == 1 else None
