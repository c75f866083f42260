"""Who did the act a sentence tells late, past its opening: the subject of the act's verb.

"But the seizure came nine days after the United States said it had confiscated about
800,000 barrels of Iranian oil": the sentence opens on another thing, but the act it tells
last (the confiscation) has its own subject right before its verb, or before "said it had"
(its own act, told by itself). A reaction in the next sentence ("Iran called that \"state
piracy\"") answers that act, so it is aimed at that subject.
"""

from __future__ import annotations

import re
from typing import Any

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._sentences import Sentence

# Right before an act's verb: a name (blanked with '_'), maybe with its organ ("_'s navy"),
# then "said it had", or an auxiliary: the verb's subject.
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[\s(])(_+)(?:['’]s? [\w-]+)? (?:(?:said|says|announced|confirmed) (?:that )?"
    r"(?:it|they) )?(?:(?:had|has|have|was|were|is|are) )?(?:(?:also|just|now|since) )?$"
)


def late_doer(cast: Cast, prev: Sentence, prev_low: str, triggers: list[Any]) -> Actor | None:
    """The subject of the last dispute act a sentence tells with its subject right before its
    verb (see the module), or None when none does or its words name no single actor."""
    for match in sorted((found[1] for found in triggers), key=lambda m: -m.start()):
        subject = _SUBJECT_BEFORE.search(prev_low, 0, match.start())
        if subject is None:
            continue
        at, end = prev.start + subject.start(1), prev.start + subject.end(1)
        named = [a for a in cast.in_span(at, end) if a.kind != "other"]
        return named[0] if len(named) == 1 else None
    return None
