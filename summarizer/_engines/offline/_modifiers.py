"""A name that only qualifies a noun is no side of a dispute and no party of a deal.

English packs a lasting property of a thing into a hyphenated participle before its noun:
where it sits or is from ("a Hong Kong-listed firm", "a Liberia-flagged tanker", "a
Dubai-based fund"), who made, owns or runs it ("Chinese-built smelters", "a US-made patrol
plane", "a Russian-run plant"), who guards it ("the UN-patrolled buffer zone") or whom it is
tied to ("a Kremlin-linked tycoon", "an Iran-aligned militia"). The name tells what the thing
is; it says nothing of what the name's bearer does in the clause, so it takes no side in it.
A go-between of the act ("a US-brokered truce", "Qatari-mediated talks") is by the engine's
rule no party either. Participles that name the very act or a hold on the ground ("US-imposed
sanctions", "a Saudi-led coalition", "Russian-occupied towns", "Indian-administered Kashmir")
make the name an agent with a role, and are left to the other rules.

Likewise a place named only to locate a market ("said in a filing to the Hong Kong stock
exchange", "shares fell on the Tokyo bourse") is where the market is, not a side; a court's
place is not such a mere location (a state's court acts for it, see :mod:`._own`).

An actor is dropped only when every mention of it in the stretch is such a modifier: a name
that also stands on its own in the clause keeps its place.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._sentences import Sentence

# Right after the name: the hyphenated participle of a lasting property (place, maker, owner,
# keeper, tie) or of a go-between.
_ATTRIBUTE = re.compile(
    r"[-‑](?:based|headquartered|registered|incorporated|listed|flagged|born|bred|"
    r"built|made|manufactured|produced|designed|developed|supplied|mined|grown|refined|"
    r"owned|run|operated|managed|patrolled|guarded|"
    r"linked|tied|connected|affiliated|aligned|allied|inspired|friendly|leaning|"
    r"brokered|mediated|facilitated)\b",
    re.IGNORECASE,
)
# Right after the name: a market the name only locates.
_MARKET = re.compile(
    r"(?:['’]s)? (?:stock |securities |futures )?(?:exchange|bourse|stock market)\b",
    re.IGNORECASE,
)


def modifier_only(actor: Actor, sentence: Sentence, start: int, end: int) -> bool:
    """Whether every mention of ``actor`` in ``start:end`` (sentence-relative) only qualifies
    a noun: a hyphenated property ("Chinese-built smelters") or a market's place ("the Hong
    Kong stock exchange")."""
    text = sentence.text
    found = False
    for mention in actor.mentions:
        at = mention.start - sentence.start
        if not start <= at < end:
            continue
        stop = mention.end - sentence.start
        if _ATTRIBUTE.match(text, stop) is None and _MARKET.match(text, stop) is None:
            return False
        found = True
    return found


_FUSED = re.compile(r"[-‑][a-z]")


def fused(text: str, end: int) -> bool:
    """Whether the name that ends at ``end`` of ``text`` is the first part of a hyphenated
    word ("Russian-occupied", "UN-patrolled"): cut out of it, the word is left broken."""
    return _FUSED.match(text, end) is not None
