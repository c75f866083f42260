"""Whose act a reaction's "the <noun>" names, when an earlier sentence told that act by its
own word: "North Korea fired a ballistic missile on Tuesday. ... Japan condemned the launch".

A reaction ("condemned", "objected to", "denounced") whose object is a definite noun of an act
("the launch", "the sale", "the deportations", "the contract") and names no owner answers the
act told a sentence or two before. What ties the two is the act's own word: the noun again
("signed a contract ... denounced the contract") or a verb of it ("deported ... the
deportations", "fired ... the launch"). The one who did that act, the subject of the clause the
word stands in, is the reaction's other side. A sentence between may be an official's comment
on the act ("Treasurer Jim Chalmers said the order followed a review"), so the act is looked
for two sentences back, nearest first, and in the story's first sentence.

Nouns that say nothing of which act they name ("the move", "the decision", "the step") take
the act of the sentence two back only when the one between is a report of words (someone
"said"): the sentence just before is read by the engine's own rule for what was told last.

Abstain (None) when the sentence that tells the act names two different doers of it, when its
doer is the reacting side itself (its own act), or when no sentence tells it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._event import side_of
from summarizer._engines.offline._sentences import Sentence

# The act noun a reference ends on (singular) and the words that tell that act.
_TOLD_BY: dict[str, str] = {
    "launch": r"launch(?:es|ed|ing)?|fir(?:ed|es|ing)|test-fir\w*",
    "sale": r"sales?|sell(?:s|ing)?|sold",
    "deportation": r"deport\w*",
    "expulsion": r"expel\w*|expulsions?",
    "contract": r"contracts?",
    "strike": r"strik(?:e|es|ing)|struck|air ?strikes?",
    "test": r"tests?|tested|testing|test-fir\w*",
    "closure": r"clos(?:ed|es|ing|ure|ures)|shut(?:s|ting)?",
    "seizure": r"seiz(?:ed|es|ing|ure|ures)",
    "order": r"order(?:s|ed|ing)?",
}
# Nouns any act may be renamed by: their act is the one told just before a report of words.
_GENERIC = frozenset({"move", "decision", "step", "action"})
_NOUNS = "|".join(sorted([*_TOLD_BY, *_GENERIC], key=len, reverse=True))
# The reaction's object: "the launch", "over the deportations", "these latest tests"; not one
# whose owner or maker follows ("the sale of X's stake", "the decision by X", "the sale _").
_REFERENCE = re.compile(
    r"(?:,?\s+)(?:(?:against|to|of|at|over|about)\s+)?(?:the|these|those|this|that)"
    rf"(?: latest| new| planned| proposed)? ({_NOUNS})(?:e?s)?\b(?! of\b| by\b| to\b| [\"“]?_)"
)
# How many sentences of reported words may stand between a generic noun and its act.
_REPORTS = 2
# Words the subject of the telling clause stands in: no more than these before its name.
_OPENING = 6
# A subject's other names joined to it ("Kuwait and Saudi Arabia"), then between the subject
# and its verb: a possessive and a head ("Kosovo police", "Australia's government"), a date
# ("on Tuesday"), an aside set off by commas; never a clause of its own.
_SUBJECT_TAIL = (
    r"(?:(?:,| and|, and) (?:the )?_+)*(?:['’]s)?"
    r"(?: (?!(?:and|or|but|said|says|that|which|who|whose|when|after|before|to|of|in|with|"
    r"for|as)\b)[\w$.,-]+){0,5}? ?(?:,[^,]{0,60}, ?)?"
)
# The verb of an act (for a noun that names any act): not one of reporting.
_ACT_VERB = (
    r"(?<= )(?!(?:said|stated|added|noted|reported|warned|claimed|told)\b)"
    r"(?:[a-z-]+ed|put|cut|set|shut|froze|withdrew|broke|took|sent|threw|drew|made|began|"
    r"struck|hit|sold|fired|signed)\b"
)
# A verb and what it governs, up to the act's noun: "signed a $4.1 billion contract".
_VERB_OBJECT = r"(?<= )[\w-]+(?: [^ ,.;]+){0,6}? "
# The act's noun told anew, not named back with "the" ("lodged a protest over the launch" is
# another reaction to it, no telling of the launch) nor as another's act.
_NEW = (
    r"(?<!the )(?<!this )(?<!that )(?<!these )(?<!those )(?<!its )(?<!their )"
    # "condemned Iran's seizure", "U.S. sanctions": the act of the one named before the noun.
    r"(?<!['’]s )(?<!_ )"
)
# A sentence that reports words, not an act: "Hayashi said", "the ministry told reporters".
_REPORT = re.compile(r"\b(?:said|says|told|added|according to)\b")


def referred_act(low: str, spots: Sequence[int]) -> str | None:
    """The act noun (singular) a reaction's object names at one of ``spots`` (sentence
    offsets right after the reaction's verb or calling word), or None."""
    for at in spots:
        found = _REFERENCE.match(low, at)
        if found is not None:
            return found.group(1)
    return None


def told_doer(
    cast: Cast,
    sentences: Sequence[Sentence],
    lows: Mapping[int, str],
    reaction: Sentence,
    noun: str,
    mine: set[str],
) -> tuple[list[Actor], Sentence] | None:
    """The doers (one clause's subject) of the act ``noun`` names, told before ``reaction``
    (see the module's rule), with the sentence that tells it; None when no sentence tells it
    or the nearest one that does names two clauses' doers or the reacting side's own act."""
    by_index = {s.index: s for s in sentences if s.index in lows}
    candidates = [by_index.get(reaction.index - 1)]
    if noun in _GENERIC:
        # "the move": the act told last, past an official's words about it (a sentence or two
        # that report what someone said).
        for back in range(1, _REPORTS + 1):
            between = by_index.get(reaction.index - back)
            if between is None or _REPORT.search(lows[between.index]) is None:
                break
            candidates.append(by_index.get(reaction.index - back - 1))
        telling = re.compile(_SUBJECT_TAIL + _ACT_VERB)
    else:
        candidates.append(by_index.get(reaction.index - 2))
        first = min(by_index) if by_index else None
        if first is not None and first < reaction.index - 2:
            candidates.append(by_index[first])  # the story's lead
        word = rf"(?:{_TOLD_BY[noun]})\b"
        # The act's word as the clause's verb ("fired"), or as what its verb governs.
        telling = re.compile(rf"{_SUBJECT_TAIL}(?:(?<= ){word}|{_VERB_OBJECT}{_NEW}{word})")
    for told in candidates:
        if told is None:
            continue
        doers = _doers(cast, told, lows[told.index], telling)
        if doers is None:
            continue
        if doers and not {side_of(a) for a in doers} & mine:
            return doers, told
        return None  # two clauses' doers, or the reacting side's own act
    return None


def _doers(cast: Cast, told: Sentence, low: str, telling: re.Pattern[str]) -> list[Actor] | None:
    """The subject of the one clause of ``told`` that tells the act (its names joined by
    "and"); [] when clauses with different subjects tell it, None when none does."""
    by_verb: dict[int, list[Actor]] = {}
    for actor in cast.in_span(told.start, told.end):
        if actor.kind == "other":
            continue
        for mention in actor.mentions:
            at, end = mention.start - told.start, mention.end - told.start
            if at < 0 or mention.end > told.end or len(low[:at].split()) > _OPENING:
                continue
            if low[end : end + 1] == "-":  # "Chinese-owned Landbridge": no subject
                continue
            found = telling.match(low, end)
            if found is not None:
                by_verb.setdefault(found.end(), []).append(actor)
    if not by_verb:
        return None
    sides = {frozenset(side_of(a) for a in group) for group in by_verb.values()}
    if len(sides) != 1:
        return []
    doers: list[Actor] = []
    for group in by_verb.values():
        doers.extend(a for a in group if a not in doers)
    return doers
