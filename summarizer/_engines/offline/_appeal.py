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
    # What is withheld from someone: "cut off all oil revenue to the government", "halt arms
    # sales to Riyadh", "stop funding for the militia": the one deprived is the one aimed at.
    r"|(?:cut off|halt|stop|end|suspend|freeze|withhold|block|deny|ban)"
    r" (?:[\w'’-]+ ){0,3}?(?:aid|assistance|funding|funds|revenues?|payments|money|arms"
    r"|weapons|supplies|sales|exports|deliveries|loans|credit|financing|oil|fuel|support)"
    r" (?:to|for)"
    r")\b"
)

# The ones asked, unnamed, being everyone else rather than anyone the story names: "urged
# the international community to", "appealed to the world to", "asked its allies to", "urge
# consumers to" (everyone of a kind: the market, the public). A common
# noun that describes named ones ("pressed producers to": the cartel told before) is not so.
_EVERYONE = re.compile(
    r"(?:urg\w*|call\w* (?:on|upon)|press\w*|ask\w*|appeal\w* to) (?:the |its |their |his |her )?"
    r"(?:(?:international|global|world) community|(?:the )?world(?: at large)?|world leaders"
    r"|(?:[a-z]+ )?(?:allies|partners|friends|donors|consumers|customers|users|businesses"
    r"|companies|firms|investors)|(?:the )?public|citizens|people) to\b"
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


def _aimed_elsewhere(
    low: str,
    trigger: re.Match[str],
    actors: list[Actor],
    asked: list[Actor],
    parties: Any,
    base: int,
) -> bool:
    """ "has urged Washington to cut off all oil revenue to the government": the act asked
    aims at a third, so the one asked is no side; when the clause does not name that third
    (only "the government"), no one named is opposed: only the one appealing is left. Whether
    the appeal was read so (a named target is left to ``appeal_target``)."""
    act = _ACT_ON.match(low, trigger.end()) if trigger.group().endswith(" to") else None
    if act is None:
        return False
    if any(a not in asked for a in _named_at(actors, base + act.end(), base + act.end() + _REACH)):
        return False
    parties.left = [a for a in _named_at(actors, base, base + trigger.start()) if a not in asked][
        :1
    ]
    parties.right, parties.opposed, parties.routed = [], False, True
    parties.actors = list(parties.left)
    return True


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
    if _aimed_elsewhere(low, trigger, actors, asked, parties, base):
        return True
    if (
        not asked
        and _EVERYONE.match(low, trigger.start()) is not None
        and _ACT_ON.match(low, trigger.end()) is None
    ):
        # "urged the international community to 'see clearly who is the aggressor'": the
        # ones asked are named by no name and stand for none; no one named is pressed, and
        # a name later in the clause ("called for EU monitors to be deployed") is not they.
        parties.left = _named_at(actors, base, base + trigger.start())[:1]
        parties.right, parties.opposed, parties.routed = [], False, True
        parties.actors = list(parties.left)
        return True
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
    if act is None:
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


def asked_in(urging: bool, actor: Actor, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """Whether ``actor`` is the one an appeal's own words ask ("urged Washington to"): the one
    asked to act is not the one its act is aimed at ("... to cut off revenue to the government")."""
    return urging and actor.mentioned_in(
        sentence.start + trigger.start(), sentence.start + trigger.end()
    )
