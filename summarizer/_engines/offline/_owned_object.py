"""Whom a one-sided act is aimed at when its object is named by its owner.

"Turkey vetoed Sweden's bid to join NATO", "Spain has blocked Kosovo's application": the act
has one doer, its subject, and its object is a thing the text tells as another's by a
possessive. The owner of a bid, an application, a membership or passports is the one the
act is done to, so the row is between the doer and the owner; read with its subject alone
the act names no other side and is dropped as lone.

Only things a state, body or group holds or seeks are read so (a bid, an application,
passports, assets, a demand, a detention it carries out). A possessive that names a place
or a quality ("Sweden's Baltic coast", "the EU's own rules") is not such a thing, and "its
own tariffs" names no one. The owner must stand right after the act's verb (an article or
a preposition such as "against" may stand between), and it must be another side than the
doer: "blocked its partner's plan" sets no one apart that the text does not.

Told in the passive, "Sweden's bid to join NATO was vetoed by Turkey", the owner opens the
clause and the doer follows "by"; with no "by" the doer is untold and nothing is read.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._event import side_of
from summarizer._engines.offline._sentences import Sentence

# Things one side holds, seeks or does that another's act can be aimed at: what is sought
# (a bid, an application), what is held (passports, assets, ships), and measures or acts
# a retaliation answers (controls, tariffs, a detention), and a bloc's package a member
# blocks ("blocked the EU's latest package of sanctions").
_OWNED_NOUNS = (
    r"bids?|applications?|accession|membership|candidacy|candidature|nominations?|admission"
    r"|requests?|demands?|claims?|proposals?|plans?|packages?"
    r"|passports?|documents|(?:identity|id) cards|licen[cs]e plates|visas"
    r"|assets|funds|reserves|accounts|ships|vessels|tankers?|aircraft|planes?|jets?"
    r"|diplomats|ambassador|envoys?|nationals|citizens"
    r"|measures|controls|curbs|tariffs|duties|levies|sanctions|bans?|restrictions"
    r"|exports|imports|goods|products"
    r"|detention|arrest|seizure|deployment"
)
# The possessive object right after the act's verb: "vetoed Sweden's (NATO) bid", "in
# retaliation against Washington's chip controls". Up to three modifiers stand between the
# owner and its noun; no "own" (one's own thing is no other's).
_OWNED = re.compile(
    r"\s*(?:\w+ ){0,1}?(?:against |on |for |over |to )?(?:the )?(_+)['’]s? "
    r"(?!own\b)(?:[\w-]+ ){0,3}?(?:" + _OWNED_NOUNS + r")\b"
)
# A passive clause whose subject is an owned thing: "Sweden's bid to join NATO was (long)
# vetoed"; what stands between the noun and the verb phrase is the noun's own (no comma).
_OWNED_SUBJECT = re.compile(
    r"(?:^|[\s(])(?:the )?(_+)['’]s? (?!own\b)(?:[\w-]+ ){0,3}?(?:" + _OWNED_NOUNS + r")\b"
    r"[^,;:]{0,60}?\b(?:was|were|has been|have been|had been|is being|are being) "
    r"(?:\w+ly )?$"
)
# The doer of a passive act, right after it: "vetoed by Turkey", "blocked by the EU".
_BY_DOER = re.compile(r"(?: \w+)? by (?:the )?(_+)")
# Where the act's own words end: the verb, or the verb with its particle or preposition.
_VERB_END = re.compile(r"[\w-]+(?: (?:to|against|on|for|down))?")


def object_owner(
    cast: Cast, sentence: Sentence, low: str, trigger: re.Match[str], end: int, doers: list[Actor]
) -> Actor | None:
    """The state, body or group whose thing the act at ``trigger`` is done to, named by a
    possessive right after the act's verb ("vetoed Sweden's bid"); None when there is none,
    or the owner is on a doer's side."""
    verb = _VERB_END.match(low, trigger.start())
    if verb is None:
        return None
    found = _OWNED.match(low, verb.end(), end)
    if found is None:
        return None
    span = (sentence.start + found.start(1), sentence.start + found.end(1))
    owners = [a for a in cast.in_span(*span) if a.kind in ("state", "organization", "armed_group")]
    if len(owners) != 1:
        return None
    owner = owners[0]
    if any(side_of(owner) == side_of(d) for d in doers):
        return None
    return owner


def _one_actor(cast: Cast, sentence: Sentence, start: int, end: int) -> Actor | None:
    """The one state, body or group named at ``start:end`` of the sentence, if just one."""
    named = [
        a
        for a in cast.in_span(sentence.start + start, sentence.start + end)
        if a.kind in ("state", "organization", "armed_group")
    ]
    return named[0] if len(named) == 1 else None


def passive_sides(
    cast: Cast, sentence: Sentence, low: str, seg_start: int, trigger: re.Match[str]
) -> tuple[Actor, Actor] | None:
    """The doer and the owner of a passive act on an owned thing ("Sweden's bid was vetoed
    by Turkey": Turkey, Sweden); None when the clause is not so told or the two are one side."""
    subject = _OWNED_SUBJECT.search(low, seg_start, trigger.start())
    verb = _VERB_END.match(low, trigger.start())
    by = _BY_DOER.match(low, verb.end()) if subject is not None and verb is not None else None
    if subject is None or by is None:
        return None
    owner = _one_actor(cast, sentence, subject.start(1), subject.end(1))
    doer = _one_actor(cast, sentence, by.start(1), by.end(1))
    if owner is None or doer is None or side_of(owner) == side_of(doer):
        return None
    return doer, owner
