"""Who a measure hits: its named targets, not the state they are said to have helped.

"The Treasury imposed sanctions on two Dubai-based oil traders that it accused of helping
Iran sell oil": the measure is aimed at the traders. Iran is what the traders helped, told
inside the accusation that describes them; it is no side of the measure unless the clause
sets it against the one who imposes it. A demonym that describes the targets ("two Georgian
businessmen", "a former Haitian senator") says where they come from, not that their state
is hit.

When the clause describes its targets without naming them, the next sentence often names
them, referring back to them: "The firms, Meridian Gulf Petroleum, Sahara Bridge Trading and
Lionsgate Maritime, were added to the list", "The Foreign Office named the men as ...",
"Anand said the measures targeted former senator X and businessman Y". Those named after the
reference are the other side of the measure. With no such sentence the clause keeps only
what it names itself (and with no target left, the measure is told by one side alone).
"""

from __future__ import annotations

import re
from typing import Any

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._event import side_of, unique
from summarizer._engines.offline._sentences import Sentence

# Labels of a measure one side imposes on others: what it hits are its targets.
MEASURE_LABELS = frozenset(
    {"sanctions", "embargo", "asset seizure", "trade restrictions", "travel restrictions"}
)

# An act of help told of the measure's targets: "accused of helping Iran", "it says supplied
# Russia's military", "suspected of financing". What follows the verb is the one helped.
_HELP = re.compile(
    r"\b(?:help(?:s|ed|ing)?|aid(?:s|ed|ing)?|assist(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)"
    r"|arm(?:s|ed|ing)?|financ(?:e|es|ed|ing)|fund(?:s|ed|ing)?|enabl(?:e|es|ed|ing))"
    r" (?:the )?$"
)
# What says the help is an allegation about the targets, between the measure and the help
# verb: "that it accused of", "it accuses of", "suspected of", "which allegedly".
_ALLEGED = re.compile(r"\b(?:accus\w*|suspect\w*|alleged\w*|says?|said|believed)\b")

# The measure's object describes its targets with a count or an article and no name of
# theirs: "on two Sharjah-based oil brokers and a Singapore-registered ship manager", "the
# assets of two Georgian businessmen", "on a former Haitian senator". A blanked name ("_")
# may stand among the words (a demonym, "_-based").
_DESCRIBED = re.compile(
    r"(?: (?:[\w-]+ ){0,3}?(?:on|against|of|targeting))? (?:a|an|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|several|\d+) (?:[\w_-]+ ){0,4}?"
    r"(?:compan(?:y|ies)|firms?|traders?|brokers?|managers?|operators?|businessm[ae]n"
    r"|business(?:wo)?m[ae]n|m[ae]n|wom[ae]n|individuals|people|persons|entities|senators?"
    r"|officials|executives|tycoons?|financiers?|shippers?|distributors?|suppliers?"
    r"|vessels|tankers|ships|networks?|banks?)\b"
)
# A reference back to the targets in the next sentence, after which their names follow:
# "The firms, ...", "named the men as ...", "the measures targeted ...", "those listed".
_BACK = re.compile(
    r"\b(?:the|these|those|both|all)(?: [\w-]+){0,2}? (?:firms|companies|company|men|women"
    r"|individuals|people|entities|traders|brokers|businessmen|vessels|tankers|ships"
    r"|measures|sanctions|designations|listings|targets)\b|\bthose (?:listed|named|targeted)\b"
)


def helped_apart(
    cast: Cast, sentence: Sentence, low: str, trigger: re.Match[str], end: int, parties: Any
) -> None:
    """Drop from a measure's sides a state or body named only as the one its targets are
    accused of helping ("sanctions on traders it accused of helping Iran")."""
    gone = [a for a in parties.right if _only_helped(a, sentence, low, trigger.end(), end)]
    if not gone:
        return
    parties.right = [a for a in parties.right if a not in gone]
    parties.actors = [a for a in parties.actors if a not in gone]
    if not parties.right:
        parties.opposed = False


def _only_helped(actor: Actor, sentence: Sentence, low: str, after: int, end: int) -> bool:
    """Whether every mention of ``actor`` in the clause after the measure is the object of a
    help verb told as an allegation about the targets."""
    own = [
        m.start - sentence.start
        for m in actor.mentions
        if sentence.start + after <= m.start < sentence.start + end
    ]
    if not own:
        return False
    for at in own:
        help_verb = _HELP.search(low, max(after, at - 20), at)
        if help_verb is None:
            return False
        if _ALLEGED.search(low, after, help_verb.start()) is None:
            return False
    return True


def named_targets(
    cast: Cast,
    sentences: list[Sentence],
    lows: dict[int, str],
    sentence: Sentence,
    trigger: re.Match[str],
    end: int,
    parties: Any,
) -> None:
    """Make the targets the next sentence names the other side of a measure whose clause
    only describes them ("sanctions on two oil traders ... The firms, A and B, ...")."""
    low = lows[sentence.index]
    if not parties.left or _DESCRIBED.match(low, trigger.end(), end) is None:
        return
    if any(a.kind in ("person", "company") for a in parties.right):
        return  # the clause names its targets itself
    following = next((s for s in sentences if s.index == sentence.index + 1), None)
    if following is None:
        return
    back = _BACK.search(lows[following.index])
    if back is None:
        return
    doers = {side_of(a) for a in parties.left}
    targets = [
        a
        for a in cast.in_span(following.start + back.end(), following.start + len(following.text))
        # People and firms only: "commanders of the Basij militia" names whom the measure
        # hits by the force they serve in, not the force as a target of its own.
        if a.kind in ("person", "company") and side_of(a) not in doers and not a.commentator
    ]
    if not targets:
        return
    # A state named after the measure, inside the words that describe its targets ("a former
    # Haitian senator", "gangs that control most of Haiti's capital"), says where they are
    # from or what they did; it is not hit.
    gone = [a for a in parties.right if _in_description(a, sentence, trigger.end(), end)]
    parties.right = unique([*[a for a in parties.right if a not in gone], *targets])
    parties.actors = unique([*[a for a in parties.actors if a not in gone], *targets])
    parties.opposed = True


def _in_description(actor: Actor, sentence: Sentence, after: int, end: int) -> bool:
    """Whether a state is named in the clause only after the measure, where the described
    targets stand (the object matched by ``_DESCRIBED`` opens there)."""
    if actor.kind != "state":
        return False
    inside = [m for m in actor.mentions if m.sentence == sentence.index]
    lo, hi = sentence.start + after, sentence.start + end
    return bool(inside) and all(lo <= m.start < hi for m in inside)


# The owner of a measure noun, right before it: "Australia's sanctions", "the EU's new
# sanctions". Sanctions "relief", "evasion" or "exposure" are another thing the owner has.
_OWNER = re.compile(r"(?:^|[\s(])(?:the )?(_+)['’]s? (?:[\w-]+ ){0,2}?$")
# Those after "by" in a list of names: "taken by Britain and the European Union".
_BY_LIST = re.compile(r"\bby ((?:the )?_+(?:(?:, | and |, and )(?:the )?_+)*)")
_NOT_IMPOSED = re.compile(r"[\w-]* (?:relief|evasion|exposure|burden|busting|regime)\b")


def owner_imposes(
    cast: Cast, sentence: Sentence, low: str, trigger: re.Match[str], parties: Any
) -> None:
    """A measure's owner imposes it: "Australia's sanctions add to measures taken by
    Britain" is no measure of Britain's against Australia. The owner named before the
    measure noun is moved to the side that imposes it."""
    found = _OWNER.search(low, max(0, trigger.start() - 60), trigger.start())
    if found is None or _NOT_IMPOSED.match(low, trigger.start()) is not None:
        return
    span = (sentence.start + found.start(1), sentence.start + found.end(1))
    owners = [a for a in cast.in_span(*span) if a in parties.right]
    if len(owners) != 1:
        return
    owner = owners[0]
    # "measures taken by Britain and the European Union": all named in the "by" list act.
    by = _BY_LIST.search(low, trigger.end())
    agents = (
        [] if by is None else cast.in_span(sentence.start + by.start(1), sentence.start + by.end(1))
    )
    moved = [a for a in parties.right if side_of(a) == side_of(owner) or a in agents]
    parties.right = [a for a in parties.right if a not in moved]
    parties.left = unique([*parties.left, *moved])
    if not parties.right:
        parties.opposed = False
