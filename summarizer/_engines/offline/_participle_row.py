"""A participle clause that opens or deepens a row with a named side, told after the main
clause ("Kosovo will ban Serbian plates, reviving a dispute with Serbia"), has the main
clause's subject for its own: the row is between that subject and the side after 'with'. A
participle that avoids, ends or settles a row ("avoiding a row with Serbia") is no such row,
nor is a row whose other side the participle does not name."""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._sentences import Sentence

# ", reviving a dispute with", ", reopening an old quarrel with", "; deepening its row with".
_PARTICIPLE = re.compile(
    r"[,;]\s*(?:reviv|reopen|renew|rekindl|reignit|ignit|spark|trigger|provok|deepen|escalat"
    r"|inflam|stok|fuel|intensif|worsen|sharpen|re-?open)\w*ing (?:(?:a|an|the|its|their) )?"
    r"(?:[\w'’-]+ ){0,2}$"
)
_WITH_NAME = re.compile(r"\s*with (?:the )?_")
# The participle as the cue itself: ", escalating a dispute with Paris" (its row noun follows).
_SELF = re.compile(
    r"(?:escalat|deepen|intensif|worsen|inflam)\w*ing (?:(?:a|an|the|its|their) )?"
    r"(?:[\w'’-]+ ){0,2}?(?:dispute|row|quarrel|feud|rift|standoff|stand-off|tensions?)"
    r" with (?:the )?_"
)
_COMMA_BEFORE = re.compile(r"[,;]\s*$")
_MAIN_SUBJECT_KINDS = ("state", "organization", "armed_group")


def participle_subject(
    sentence: Sentence, low: str, cast_in_sentence: list[Actor], t0: int, t1: int
) -> Actor | None:
    """The subject of the main clause when a participle of opening or deepening the row whose
    cue is ``t0:t1`` stands right before the cue and 'with' a name follows it."""
    participle = _PARTICIPLE.search(low, max(0, t0 - 60), t0)
    if participle is not None and _WITH_NAME.match(low, t1) is not None:
        opened = participle.start()
    elif _SELF.match(low, t0) is not None and _COMMA_BEFORE.search(low, 0, t0) is not None:
        opened = t0
    else:
        return None
    first = min(
        (
            (m.start, a)
            for a in cast_in_sentence
            for m in a.mentions
            if sentence.start <= m.start < sentence.start + opened
        ),
        key=lambda x: x[0],
        default=None,
    )
    if first is None or first[1].kind not in _MAIN_SUBJECT_KINDS:
        return None
    # The subject: named at the very start of the sentence ("Kosovo will ban ...").
    lead = low[: first[0] - sentence.start].split()
    return first[1] if len(lead) <= 1 else None
