"""A side that answers a plan told before is a party of that plan.

"Burhan has rejected a humanitarian truce proposed by the US, Saudi Arabia, the UAE and Egypt
... The RSF said last week that it accepted the truce": the later clause points back by the
same noun ("the truce", "the plan", "the proposal") to the deal told before, and its subject
is one of the sides that deal was put to. It adds that subject to the deal's parties; it is no
new deal. One side's acceptance leaves the plan where it was (proposed: the others have not
said yes); a side turning down a plan still on the table leaves it dead for now (collapsed), as
a rejection told with the plan itself does (see :mod:`._put_forward`).

Only a definite noun the deal's own clauses used before, a subject named at the head of its
clause (or of "said that it ...", or as the owner: "Ethiopia's government"), and a verb of
taking or turning down told as fact ("would not accept the plan" answers nothing). A welcome
is a well-wisher's word as often as a side's ("the UN welcomed the truce"): it makes a party
only of a group at war with its own state or of a side of a dispute the story tells.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer._engines.offline._event import MAX_PARTIES, home_of

if TYPE_CHECKING:
    from summarizer._engines.offline._event import Event
    from summarizer._engines.offline._parties import ArticleText

# The nouns a plan is told by; the answering clause names the deal by one of these.
_NOUNS = (
    r"truce|ceasefire|cease-fire|plan|proposals?|road ?map|initiative|framework|peace deal|"
    r"offer|blueprint"
)

_TAKES = r"accept(?:s|ed)|agreed to|sign(?:s|ed)? (?:on|up) to|embraced?"
_WELCOMES = r"welcome[sd]"
_REJECTS = r"reject(?:s|ed)|turned down|spurned|rebuffed"

# The subject at the head of its clause, an apposition after it, "said (on Saturday) that it",
# adverbs and auxiliaries of the perfect, the verb, then the deal's definite noun (names are
# blanked as "_"): "the ___ said last week that it accepted the truce", "the ___, the ethnic
# armed group ..., said on saturday that it had signed on to the ceasefire".
_ANSWER = re.compile(
    r"(?:^|[;:] |, (?:but|while|and) |\b(?:but|and) )[\"“]?(?:the )?(?P<s>_[_.'’-]*)"
    r"(?:['’]s? [a-z-]+(?: [a-z-]+)?)?"
    r"(?:, [^;:\"“]{0,90}?,)?"
    r" (?:(?:said|says|announced|confirmed|told [\w ]{1,30}?)(?: (?:on|last|this|in|late|early) "
    r"[\w ]{1,25}?)?,? (?:that )?(?:it|they) )?"
    r"(?:(?:has|had|have|also|now|formally|swiftly|quickly|publicly) )*"
    rf"(?P<v>{_TAKES}|{_WELCOMES}|{_REJECTS}) the (?:_+['’]s? )?(?:[\w-]+ ){{0,2}}?"
    rf"(?P<n>{_NOUNS})\b"
)

# Deal statuses of a plan still on the table, which one side's answer can leave or end.
_OPEN = frozenset({"proposed", "negotiating"})
_ANSWERABLE = frozenset({"proposed", "negotiating", "collapsed"})


def _noun(word: str) -> str:
    return word.rstrip("s").replace(" ", "")


def answered_plans(art: ArticleText, deals: list[Event], disputes: list[Event]) -> None:
    """Add to each plan told before the sides that later accept or reject it by its noun."""
    plans = [t for t in deals if t.status in _ANSWERABLE]
    if not plans:
        return
    warring = {k for t in disputes for k in t.parties}
    for sentence in art.sentences:
        low = art.lows.get(sentence.index)
        if low is None:
            continue
        for found in _ANSWER.finditer(low):
            noun = _noun(found["n"])
            told = [
                t
                for t in plans
                if t.sentences[0] < sentence.index
                and any(
                    noun in _noun_set(art.lows.get(i, ""))
                    for i in t.sentences
                    if i < sentence.index
                )
            ]
            if not told:
                continue
            plan = max(told, key=lambda t: max(i for i in t.sentences if i < sentence.index))
            a, b = found.span("s")
            subjects = [
                x
                for x in art.cast.in_span(sentence.start + a, sentence.start + b)
                if x.kind != "other"
            ]
            if len(subjects) != 1:
                continue
            actor = subjects[0]
            verb = found["v"]
            if re.fullmatch(_WELCOMES, verb) and not (
                home_of(actor) == "fights" or actor.key in warring
            ):
                continue
            if actor.key not in plan.parties and len(plan.parties) < MAX_PARTIES:
                plan.parties.append(actor.key)
            if re.fullmatch(_REJECTS, verb) and plan.status in _OPEN:
                plan.status = "collapsed"


_NOUN_WORDS = re.compile(rf"\b(?:{_NOUNS})\b")


def _noun_set(low: str) -> set[str]:
    return {_noun(m.group()) for m in _NOUN_WORDS.finditer(low)}
