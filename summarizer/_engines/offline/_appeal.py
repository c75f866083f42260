"""Who an appeal sets against whom, when it asks its addressee to act against a third.

"The World Sikh Organization of Canada called on Ottawa to impose sanctions on Indian
officials": the one asked (Ottawa) is asked to act *for* the one asking, against the target
of the act asked for (India). The appealer is against the target only; the addressee is no
side of the appealer's row, and no side against the target either, since it has only been
asked (what one is asked to do is not done). An appeal whose asked act names no target
("called on Ankara to respect ...", "urged Beijing to stop ...") is read as before: there the
one asked is the one the appealer presses. An appeal to give or help ("called on Ottawa to
fund more monitoring") presses no one: no row is read from it; nor from an appeal whose
addressees are named by a common noun only ("urged larger powers not to ...").
"""

from __future__ import annotations

import re
from typing import Any

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._sentences import Sentence

# The act asked for, done to someone named right after it: a measure put "on"/"against" a
# target, or a verb whose object is the target. Read on the lower-cased sentence, from the
# end of the appeal's own words ("called on Ottawa to").
_ACT_ON = re.compile(
    r"\s*(?:(?:immediately|urgently|also|swiftly|quickly|further) )?(?:"
    r"(?:impose|slap|levy|place|put|apply|tighten|extend|widen|expand|step up|adopt|enact)"
    r" (?:[\w'’-]+ ){0,3}?(?:sanctions|tariffs|duties|penalties|bans?|embargo(?:es)?"
    r"|restrictions|measures|travel bans|asset freezes|pressure) (?:on|against)"
    r"|(?:sanction|punish|expel|boycott|isolate|prosecute|indict|arrest"
    r"|(?:cut|sever|suspend|freeze) (?:\w+ )?(?:ties|relations|links|contacts) with"
    r"|break off (?:\w+ )?relations with"
    r"|take (?:\w+ )?(?:action|measures|steps) against|act against|stand up to)"
    r")\b"
)

# The ones asked named by a common noun, no name among them (names are blanked with '_'):
# "urged larger powers to", "called on upstream countries to", "urged governments to".
_UNNAMED_ASKED = re.compile(
    r"(?:urg\w*|call\w* on) (?:the |all |other )?(?:[a-z-]+ ){0,2}"
    r"(?:powers|leaders|governments|countries|nations|states|donors|members|neighbou?rs)"
    r" (?:not )?to\b"
)

# An act of giving or helping asked for: "to fund more monitoring", "to support Kyiv".
_GIVING = re.compile(
    r"\s*(?:(?:urgently|also|further|quickly) )?(?:fund|finance|support|help|assist|invest"
    r"|donate|increase (?:its |their )?(?:funding|support|aid|spending)"
    r"|send (?:more )?(?:aid|help))\b(?! (?:a |an |the )?(?:ban|sanctions?|embargo)\b)"
)

# How far (in characters) after the act the target may start: "on senior Kenyan police
# commanders", "against the Sudanese army".
_REACH = 30


def _named_at(actors: list[Actor], start: int, end: int) -> list[Actor]:
    return [a for a in actors if any(start <= m.start < end for m in a.mentions)]


def appeal_target(
    sentence: Sentence,
    low: str,
    trigger: re.Match[str],
    actors: list[Actor],
    parties: Any,
) -> bool:
    """Set ``parties`` to the appealer against the target of the act an appeal asks for (see
    the module); whether the appeal was read so. ``trigger`` is the appeal's own words ("called
    on Ottawa to"), ``actors`` every name of its clause."""
    base = sentence.start
    asked = _named_at(actors, base + trigger.start(), base + trigger.end())
    if not asked and _UNNAMED_ASKED.match(low, trigger.start()):
        # "has urged larger powers not to turn the region into a theatre of rivalry": the
        # ones asked are not named, so no one named is pressed. Who asks is the subject
        # before the appeal, not a name in what is asked ("away from Russian supplies").
        parties.left = _named_at(actors, base, base + trigger.start())[:1]
        parties.right, parties.opposed, parties.routed = [], False, True
        parties.actors = list(parties.left)
        return True
    if asked and _GIVING.match(low, trigger.end()):
        # "called on Ottawa to fund more Inuit-led marine monitoring": what is asked is given
        # or done for someone; the one asked is not pressed against anyone. Abstain.
        parties.right, parties.opposed, parties.routed = [], False, True
        parties.left = [a for a in parties.left if a not in asked]
        parties.actors = list(parties.left)
        return True
    act = _ACT_ON.match(low, trigger.end())
    if act is None or not asked:
        return False
    # The target: a name starting within a few words after the act (a demonym counts:
    # "sanctions on Indian officials" aims at India).
    targets = [
        a for a in _named_at(actors, base + act.end(), base + act.end() + _REACH) if a not in asked
    ]
    if not targets:
        return False
    askers = [
        a
        for a in _named_at(actors, base, base + trigger.start())
        if a not in asked and a not in targets
    ]
    if not askers:
        # No appealer named in the clause: who is against the target is not said. Abstain.
        parties.left, parties.right, parties.opposed, parties.routed = [], [], False, True
        parties.actors = []
        return True
    parties.left, parties.right = askers[:1], targets[:1]
    parties.actors = [*parties.left, *parties.right]
    parties.opposed, parties.routed = True, True
    return True
