"""The two sides of a fight a clause names as a pair, one of them by a descriptor.

"Fighting broke out between junta troops and the Arakan Army on the outskirts of Kyaukphyu",
"Government forces and the ELN clashed near the border": a noun or verb of fighting with a
pair ("between A and B", "A and B fought") names its two sides there. Where one of the pair is
a state's forces named without the state ("junta troops", "government forces", "the army",
"security forces"), they are the forces of the state the armed group of the other half fights
(its home state, ``armed_groups.json``), or of the state the descriptor names itself
("Moroccan troops"). A state named anywhere else in the clause ("in Myanmar's Rakhine state")
is where the fight is, not a side. Nothing is guessed: a half that names neither a group, a
state nor such forces leaves the pair unread. Used by :mod:`._armed`.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._event import home_of, side_of
from summarizer._engines.offline._parties import ArticleText
from summarizer._engines.offline._sentences import Sentence

# "between A and B" right after the cue (a few words may come between: "broke out on
# Thursday between"); each half runs to "and", the other to a comma, a preposition of place or
# time, or the clause's end.
_BETWEEN = re.compile(
    r"(?:[\w'-]+ ){0,5}?between (?P<a>[^,;]+?) and (?P<b>[^,;]+?)"
    r"(?=[,;.]|$| (?:on|in|near|around|across|along|at|for|over|since|after|as|that|which|"
    r"has|have|had|was|were|is|are|killed|left)\b)"
)
# "A and B fought", "A and B clashed": the pair as the subject right before the cue.
_PAIR_SUBJECT = re.compile(
    r"(?:^|[,;:] |\bwhen |\bas |\bafter )(?P<a>[^,;]+?) and (?P<b>[^,;]+?) (?:have |had |has )?$"
)
# A state's forces named without the state: the head noun last, one or two words before it
# ("junta troops", "government forces", "the army", "security forces", "federal troops").
_FORCES = re.compile(
    r"^(?:the |its |their )?(?:[\w-]+ ){0,2}?"
    r"(?:troops|forces|army|soldiers|military|junta|servicemen|security forces)$"
)


def _half(
    art: ArticleText, sentence: Sentence, lo: int, hi: int
) -> tuple[list[Actor], bool] | None:
    """What one half of the pair at ``lo:hi`` (offsets in the sentence) names: its states and
    armed groups, and whether it is a state's forces; ``None`` when it names something else."""
    named = [
        a
        for a in art.cast.in_span(sentence.start + lo, sentence.start + hi)
        if a.kind in ("state", "armed_group")
    ]
    text = sentence.text[lo:hi].strip().casefold()
    forces = _FORCES.match(text) is not None
    if named or forces:
        return named, forces
    return None


def _home_state(art: ArticleText, groups: list[Actor]) -> Actor | None:
    """The one state the armed ``groups`` fight."""
    homes = {a.country for a in groups if home_of(a) == "fights" and a.country}
    if len(homes) != 1:
        return None
    return art.cast.state_of(next(iter(homes)), last=True)


def _resolved(half: tuple[list[Actor], bool], other: list[Actor], art: ArticleText) -> list[Actor]:
    """One half's side: what it names, or the forces of the state the other half's group
    fights."""
    named, forces = half
    if named:
        return named
    state = _home_state(art, other) if forces else None
    return [state] if state is not None else []


def _pair(text: str, start: int, trigger: re.Match[str]) -> tuple[tuple[int, int], ...] | None:
    """The spans (in the sentence) of the two halves of the pair the cue ``trigger`` names:
    "between A and B" after it, or "A and B" as its subject."""
    if text[trigger.end() : trigger.end() + 1] == " ":
        pair = _BETWEEN.match(text, trigger.end() + 1)
        if pair is not None:
            return pair.span("a"), pair.span("b")
    subject = _PAIR_SUBJECT.search(text[start : trigger.start()])
    if subject is None:
        return None
    return tuple((start + lo, start + hi) for lo, hi in (subject.span("a"), subject.span("b")))


def pair_sides(
    art: ArticleText, sentence: Sentence, start: int, trigger: re.Match[str]
) -> tuple[list[Actor], list[Actor]] | None:
    """The two sides of the fight whose cue is ``trigger`` when the clause names them as a
    pair, one half a state's forces named by a descriptor; ``None`` otherwise."""
    spans = _pair(sentence.text, start, trigger)
    if spans is None:
        return None
    first, second = (_half(art, sentence, lo, hi) for lo, hi in spans)
    if first is None or second is None:
        return None
    if not any(forces and not named for named, forces in (first, second)):
        return None  # both halves named: the parties' own reading holds
    left = _resolved(first, second[0], art)
    right = _resolved(second, first[0], art)
    if not left or not right or {side_of(a) for a in left} & {side_of(a) for a in right}:
        return None
    return left, right
