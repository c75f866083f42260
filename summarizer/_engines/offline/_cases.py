"""Who brings a case and whom it is against, once a clause tells a case at a court or panel.

Rules of news writing about cases, applied to each legal dispute a clause tells:

- "the case brought by Guyana", "a complaint filed by the European Union": the one after
  "by" is the claimant; whoever else the sentence names as a side (not the court, tribunal or
  panel that hears it, which is only where the case is argued) is the respondent: "The
  International Court of Justice ordered Venezuela to refrain ..., in the case brought by
  Guyana" is Guyana against Venezuela, and "The WTO ruled against Indonesia in the case
  brought by the European Union" is the European Union against Indonesia;
- "South Africa's genocide case against Israel": the possessor of the case is the claimant,
  the one it is "against" the respondent;
- "South Africa said it would not withdraw its genocide case against Israel": a possessive
  pronoun stands for the side named last before it (the subject it refers back to), so that
  side is the claimant; the one named right after "against" the respondent;
- "ruled against Indonesia in the European Union's complaint": the one ruled against is the
  respondent, the complaint's possessor the claimant;
- "Guyana took Venezuela to the International Court of Justice": the subject takes the object
  to court, so the subject is the claimant, the object the respondent;
- a case dated years back ("took Venezuela to the court in 2018") is background, unless its
  sentence or the next says it goes on ("the case is still pending", "the court has yet to
  rule"): a case that goes on is a dispute of now.

A case whose claimant is not an actor ("a case brought by prosecutors") is left as it was: a
court trying a state's own citizens sets no two sides against each other.
"""

from __future__ import annotations

import re
from typing import Any

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._clause import reading
from summarizer._engines.offline._event import Event
from summarizer._engines.offline._sentences import Sentence

_CASE = r"(?:case|complaint|lawsuit|suit|legal challenge|challenge)s?"

# "the case brought by ", "a complaint first filed by the ": the claimant follows.
_BROUGHT_BY = re.compile(
    _CASE + r" (?:(?:first|originally|jointly) )?(?:brought|filed|lodged|launched) by (?:the )?$"
)

# "'s genocide case against ": the possessor brings the case against the one named next.
_CASE_AGAINST = re.compile(r"^['’]s? (?:[\w-]+ ){0,2}?" + _CASE + r" against (?:the )?")

# "its genocide case against ", "their complaint against the ": the pronoun's owner, told
# before it, brings the case against the one named next.
_PRONOUN_CASE = re.compile(r"\b(?:its|their) (?:[\w-]+ ){0,2}?" + _CASE + r" against (?:the )?")

# "Guyana took ", "Khartoum last year dragged ": the claimant, then the respondent taken.
_TOOK = re.compile(
    r"^,? (?:[\w-]+ ){0,3}?(?:took|takes?|taking|dragg(?:ed|ing)|drags?|haul(?:s|ed|ing)?)"
    r" (?:the )?$"
)
_TO_COURT = re.compile(r"^ (?:to|before) ")

# "the case is still pending", "the court has yet to rule", "and the case goes on".
_GOES_ON = re.compile(
    r"\b(?:case|cases|proceedings|hearings?|dispute)\b(?: [\w,-]+){0,6}? (?:(?:is|are|remains?)"
    r" (?:still )?(?:pending|ongoing|under way|continuing|before the)\b|goes on|go on"
    r"|continues?\b)|\b(?:has|have) (?:yet to|not yet) (?:rule|ruled|decide|decided|issue)"
)

# "ruled against ", "a ruling against the ": the respondent follows; "in the ", then the
# claimant and "'s complaint".
_RULED_AGAINST = re.compile(r"\b(?:ruled|rulings?|decided|found) against (?:the )?$")
_IN = re.compile(r"\bin (?:a |the )?$")
_OWN_CASE = re.compile(r"^['’]s? (?:[\w-]+ ){0,2}?" + _CASE + r"\b")

# "against Venezuela", "ordered Myanmar to": whom a case is against, or whom the court orders.
_AGAINST = re.compile(
    r"\b(?:against|order(?:s|ed)?|barred|directed|required|instructed|(?:ruled|rules|found)"
    r" against) (?:the )?$"
)

_LEGAL = frozenset({"legal case", "court case"})
_SIDES = frozenset({"state", "organization"})


def settle_claimants(item: Event, cast: Cast, sentences: dict[int, Sentence]) -> None:
    """Set a case's claimant against its respondent (see the module)."""
    if not _LEGAL.intersection(item.labels):
        return
    actors = [a for k in item.parties if (a := cast.actors.get(k)) is not None]
    for index in item.sentences:
        sentence = sentences.get(index)
        if sentence is None:
            continue
        if item.background and not item.unreal and _goes_on(sentences, index):
            item.background, item.real = False, max(item.real, 1)
        found = _claim(actors, sentence)
        if found is not None:
            claimant, respondents = found
            item.left = [claimant.key]
            item.right = [a.key for a in respondents]
            item.opposed, item.lone = True, False
            return


def claim_sides(cast: Cast, sentence: Sentence, label: str, parties: Any) -> None:
    """The clause's sides, when its case names who brings it against whom (see the module)."""
    if label not in _LEGAL:
        return
    found = _claim(list(parties.actors), sentence)
    if found is not None:
        claimant, respondents = found
        parties.left, parties.right, parties.opposed = [claimant], respondents, True


def _spans(actor: Actor, sentence: Sentence) -> list[tuple[int, int]]:
    return [
        (m.start - sentence.start, m.end - sentence.start)
        for m in actor.mentions
        if sentence.start <= m.start < sentence.end
    ]


def _claim(actors: list[Actor], sentence: Sentence) -> tuple[Actor, list[Actor]] | None:
    low = sentence.text.lower()
    # The court, tribunal or panel that hears the case is where it is argued, never a side.
    sides = [
        a
        for a in actors
        if a.kind in _SIDES
        and not reading()["court_name"].search(a.name.casefold())
        and _spans(a, sentence)
    ]
    for actor in sides:
        for start, end in _spans(actor, sentence):
            if _BROUGHT_BY.search(low, max(0, start - 60), start):
                # The respondent is told before ("ordered Venezuela to refrain ..., in the
                # case brought by Guyana"), or after "against" or the court's order ("brought
                # by Guyana against Venezuela", "in a case brought by Gambia, ordered Myanmar
                # to"); a backer named after the claimant is neither.
                others = [
                    a
                    for a in sides
                    if a is not actor
                    and any(
                        s < start or _AGAINST.search(low, max(0, s - 12), s)
                        for s, _ in _spans(a, sentence)
                    )
                ]
                if others:
                    return actor, others
            took = [
                a
                for a in sides
                if a is not actor
                and any(
                    s > end and _TOOK.match(low[end:s]) and _TO_COURT.match(low[e:])
                    for s, e in _spans(a, sentence)
                )
            ]
            if took:
                return actor, took
            ruled = [
                a
                for a in sides
                if a is not actor
                and _IN.search(low, max(0, start - 12), start)
                and _OWN_CASE.match(low[end:])
                and any(
                    s < start and _RULED_AGAINST.search(low, max(0, s - 30), s)
                    for s, _ in _spans(a, sentence)
                )
            ]
            if ruled:
                return actor, ruled
            after = _CASE_AGAINST.match(low[end:])
            if after is None:
                continue
            at = end + after.end()
            against = [
                a for a in sides if a is not actor and any(s == at for s, _ in _spans(a, sentence))
            ]
            if against:
                return actor, against
    return _pronoun_claim(sides, sentence, low)


def _pronoun_claim(
    sides: list[Actor], sentence: Sentence, low: str
) -> tuple[Actor, list[Actor]] | None:
    """'South Africa said it would press its case against Israel': the side named last
    before the pronoun owns the case; the one named right after 'against' is its respondent."""
    for found in _PRONOUN_CASE.finditer(low):
        at = found.end()
        against = [a for a in sides if any(s == at for s, _ in _spans(a, sentence))]
        if not against:
            continue
        before = [
            (end, a)
            for a in sides
            if a not in against
            for _, end in _spans(a, sentence)
            if end <= found.start()
        ]
        if before:
            return max(before, key=lambda pair: pair[0])[1], against
    return None


def _goes_on(sentences: dict[int, Sentence], index: int) -> bool:
    return any(
        (told := sentences.get(i)) is not None and _GOES_ON.search(told.text.lower())
        for i in (index, index + 1)
    )
