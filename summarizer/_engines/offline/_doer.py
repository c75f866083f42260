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


# A reaction's object naming words spoken ("rejected the remarks", "dismissed those
# comments"): it answers the one who spoke them.
_SPEECH_OBJECT = re.compile(
    r"[\w-]*(?: [\w-]+)?? (?:the|those|these|such|his|her|their) (?:[\w-]+ )?"
    r"(?:remarks|comments|statements?|words)\b"
)

# The speaker of a sentence: a name right before a verb of saying ('"...," Irro told
# supporters', "Irro said"), or right after it ('..., said Irro').
_SPEAKER = re.compile(
    r"(?:^|[\s\"”(])(_+) (?:told|said|says|tells|wrote|added|declared|stated)\b"
    r"|\b(?:said|says|told|added|declared) (_+)\b"
)


def speaker_before(
    cast: Cast, prev: Sentence, prev_low: str, low: str, trigger: re.Match[str]
) -> Actor | None:
    """Who spoke the words a reaction answers ("... ,\" Irro told supporters. Somalia's
    government rejected the remarks."): the one speaker the sentence before names, when the
    reaction's object is words spoken. None when it names none or more than one."""
    if _SPEECH_OBJECT.match(low, trigger.start()) is None:
        return None
    found: list[Actor] = []
    for said in _SPEAKER.finditer(prev_low):
        group = 1 if said.group(1) is not None else 2
        for a in cast.in_span(prev.start + said.start(group), prev.start + said.end(group)):
            if a.kind != "other" and a not in found:
                found.append(a)
    return found[0] if len(found) == 1 else None
