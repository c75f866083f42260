"""A name told only as the maker of another act, in a relative clause on that act's noun.

A rule of news writing: a sentence that tells one act may name a second one in passing, with a
restrictive relative clause that says who made it ("fought a four-day conflict in May before
agreeing to a ceasefire that Washington says it helped arrange"). The subject of that clause is
the second act's maker (a broker, a signer), told as background to the first; it takes no side
in the act the sentence's cue tells. The second act must be of the other kind than the cue (a
deal told inside a dispute, a dispute inside a deal): a noun of the same kind may be the cue's
own act renamed ("imposed tariffs that China called unfair": China is the other side).
"""

from __future__ import annotations

import re

from summarizer._engines.offline._data import events

# "<noun> that ", "<noun> which the ": the text right before the relative clause's subject.
_RELATIVE_HEAD = re.compile(r"([a-z][\w-]*) (?:that|which) (?:the )?$")
# How far before the name the head noun may stand; how much of the cue's text is read.
_REACH = 60
_CUE_TEXT = 40


def _kind(text: str) -> str | None:
    """ "deal" or "dispute" when ``text`` opens on a cue of that kind, else ``None``."""
    for kind, cues in (("deal", events().deal_triggers), ("dispute", events().dispute_triggers)):
        if any(match.start() == 0 for _, match in cues.find(text)):
            return kind
    return None


def makes_other_act(low: str, cue: int, at: int) -> bool:
    """Whether the name at ``at`` (sentence-relative, past the cue at ``cue``) is the subject
    of a relative clause on a noun that names an act of the other kind than the cue's."""
    if at <= cue:
        return False
    head = _RELATIVE_HEAD.search(low, max(cue + 1, at - _REACH), at)
    if head is None or head.end() != at:
        return False
    noun = _kind(low[head.start(1) : head.end(1)])
    told = _kind(low[cue : cue + _CUE_TEXT])
    return noun is not None and told is not None and noun != told
