"""An act its own alleged doer denies is no act the story tells.

"Vucic has denied that Belgrade had any role in the attack and says Radoicic is under
investigation in Serbia", "Iran has denied directing the attacks and says the Houthis make
their own decisions": the attack the denial is about is told only as what the denier says it
did not do. The names in the denial (the denier, the one it says acted, the one it says it is
investigating) are not set against each other by it. The row the denial answers (Kosovo's
accusation, the strikes on Israel) is told elsewhere, with its own sides. A denial of a
report, a role, a responsibility, or a deed told by a gerund governs the act after it; a
refusal of a thing ("denied entry to", "denied visas") is an act of its own and stays.
"""

from __future__ import annotations

import re

# The denial of one's own part in a deed, with what is denied opening right after the verb.
_DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|rejected|dismissed)"
    r" (?:that\b|having\b|being\b|(?:any|all|a|its|their|his|her) (?:\w+ )?"
    r"(?:role|part|involvement|hand|responsibility|link|links|connection)\b"
    r"|(?!being\b|having\b)\w+ing\b)"
)
# What ends the reach of a denial: a new clause, a contrast, or a second verb of the denier
# ("denies supporting M23 and accuses Kinshasa of ...", "denies subsidising the sector and has
# challenged the duties"): what that verb tells is said, not denied. A plural noun after
# "and" ("the attacks and killings") ends it too, which only keeps a cue, never drops one.
_REACH_END = re.compile(
    r"[;:]|\. | (?:but|while|whereas|although|though|however)\b"
    r"| and (?:(?:has|have|had|will|would|also|then|later|now|is|was) )*\w+(?:s|ed)\b"
)


def denied_act(low: str, start: int, at: int, end: int) -> bool:
    """Whether the dispute cue at ``at:end`` of the lower-cased clause ``low`` (from
    ``start``) is inside a denial made before it in the same clause."""
    matches = list(_DENIAL.finditer(low, start, at))
    if not matches:
        return False
    # The cue may itself be the denier's second verb ("and accuses"): read up to its end.
    stop = _REACH_END.search(low, matches[-1].end(), end)
    return stop is None or stop.start() >= at
