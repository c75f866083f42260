"""Opposition told by a prepositional phrase, and sides that disagree over a matter.

- "Hungary and Slovakia keep buying Russian oil despite EU pressure": a clause that goes ahead
  despite, under or in the face of someone's pressure has that someone against its subject.
  Who presses may be named after the noun ("pressure from Brussels") or before it, as its
  owner ("EU pressure", "Washington's pressure"): the owner is the side that presses, not one
  of the pressed.
- "Under pressure from Washington, Panama pulled out of ...": pressure a clause's subject acts
  under is what moved it to act, part of the news, not a standing state of affairs like
  "under Western sanctions since 2020".
- "The two sides disagreed over whether Kinshasa should talk directly to M23", "A and B
  remain divided over how to fund Ukraine's reconstruction": what two sides disagree or clash
  over is the matter between them; a name inside it is its topic, no side (unless the clause
  names it as a side before the verb). A subject that names no one ("the pair", "they")
  refers back: the matter may name one of its sides, and it is left alone. With no side left
  but the topic's names, there is no pair.
- "Serb and Croat parties disagree over ...": names that only describe political parties or
  factions are where those groups come from, not states that disagree: no pair.
- "Serbia and Hungary have also clashed with the Commission over migration": the names that
  disagree or clash "with" another are one side together; with no name after "with" for the
  other side, the clause gives no pair.
"""

from __future__ import annotations

import re
from typing import Any

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._event import unique
from summarizer._engines.offline._sentences import Sentence

# What a verb of disagreement or clash is over: from the preposition to the clause's end.
_MATTER = re.compile(r" (?:\w+ly )?(?:over|about|on)\b(?P<matter>[^;:]*)")
_CLAUSE_END = re.compile(r"[,;:(]| (?:but|while|whereas|and (?:the )?_)\b")
# The verb forms of disagreement and clash (not the nouns: "a row over X with Y").
_DISAGREE_VERB = re.compile(
    r"(?:disagree[sd]?|differ(?:s|ed)?|(?:\w+ )*divided|clash(?:ed|es)?|at odds|at loggerheads)$"
)

# The other side after the verb: "with" and what it names, up to the matter or clause's end.
_WITH = re.compile(r" (?:\w+ly )?with\b(?P<other>.*?)(?= (?:over|about|on|after|in)\b|[,;:.(]|$)")

# Names that only describe the groups before the verb: "Serb and Croat parties disagree".
_GROUPS = re.compile(
    r"_+(?:(?:,| and| or) _+)* (?:political |opposition |rival )?(?:parties|factions) $"
)

# "under (mounting) pressure": the cue that follows "under" in the stretch before it.
PRESSED_UNDER = re.compile(r"(?:[\w'’-]+ ){0,3}?pressure\b")


def _named(cast: Cast, sentence: Sentence, start: int, end: int) -> list[Actor]:
    return [
        a for a in cast.in_span(sentence.start + start, sentence.start + end) if a.kind != "other"
    ]


def pressed_apart(
    cast: Cast, sentence: Sentence, low: str, start: int, trigger: re.Match[str], parties: Any
) -> None:
    """Set right the sides of an act told as pressure or a disagreement (see the module)."""
    _owner_presses(trigger, parties)
    _matter_apart(cast, sentence, low, start, trigger, parties)
    _unnamed_other(cast, sentence, low, trigger, parties)
    _party_groups(low, start, trigger, parties)


def _owner_presses(trigger: re.Match[str], parties: Any) -> None:
    """ "despite EU pressure", "under pressure from Washington": the clause's subject undergoes
    the pressure and its owner presses (the reading of "received"); bare pressure no subject
    undergoes ("EU pressure grew") gives no pair."""
    if trigger.group() != "pressure" or getattr(parties, "received", False):
        return
    parties.left, parties.right, parties.actors = [], [], []
    parties.opposed = False


def _matter_apart(
    cast: Cast, sentence: Sentence, low: str, start: int, trigger: re.Match[str], parties: Any
) -> None:
    """ "disagreed over whether Kinshasa should talk to M23": names in the matter are no
    side."""
    if _DISAGREE_VERB.search(trigger.group()) is None:
        return
    matter = _MATTER.match(low, trigger.end())
    if matter is None:
        return
    end = matter.end()
    stop = _CLAUSE_END.search(low, matter.start("matter"), end)
    if stop is not None:
        end = stop.start()
    # A name the clause gives as a side before the verb stays one, even if the matter names it
    # again ("Britain and the U.S. at odds over a British tax that Washington says ...").
    subjects = _named(cast, sentence, start, trigger.start())
    if not subjects:
        return  # "the pair remain at odds over Bolivia's demand": the sides are told before
    topic = [a for a in _named(cast, sentence, matter.start("matter"), end) if a not in subjects]
    if not topic:
        return
    parties.left = [a for a in parties.left if a not in topic]
    parties.right = [a for a in parties.right if a not in topic]
    parties.actors = [a for a in parties.actors if a not in topic]
    if not (parties.left and parties.right):
        # "the United States and Russia were at odds over keeping a U.N. arms embargo": the
        # names left are the two sides of a row between them (as "a row between A and B").
        sides = unique([*parties.left, *parties.right, *parties.actors])
        if len(sides) < 2:
            parties.left, parties.right, parties.actors = [], [], []
            parties.opposed = False
        elif parties.opposed:
            # They were told as sides: the first named faces the others.
            parties.left, parties.right, parties.actors = sides[:1], sides[1:], sides


def _unnamed_other(
    cast: Cast, sentence: Sentence, low: str, trigger: re.Match[str], parties: Any
) -> None:
    """ "A and B clashed with the Commission": A and B are one side; the other is unnamed."""
    if _DISAGREE_VERB.search(trigger.group()) is None:
        return
    other = _WITH.match(low, trigger.end())
    if other is None or _named(cast, sentence, other.start("other"), other.end("other")):
        return
    parties.left, parties.right, parties.actors = [], [], []
    parties.opposed = False


def _party_groups(low: str, start: int, trigger: re.Match[str], parties: Any) -> None:
    """ "Serb and Croat parties disagree": the parties disagree, not the states they are of."""
    if _DISAGREE_VERB.search(trigger.group()) is None:
        return
    if _GROUPS.search(low, max(start, trigger.start() - 80), trigger.start()) is None:
        return
    parties.left, parties.right, parties.actors = [], [], []
    parties.opposed = False
