"""Whose part a body, party or titled person is when no word right before its name says so.

A dispute needs two opposed sides and a deal two parties; a state's own parts are on its side
(see _own). Three ties of news writing hold even where the state's name is not written next
to the part's:

- a story that names one state only tells of that state's officials, organs and parties: in
  "Portugal's minority government survived a censure motion after the opposition Socialists
  agreed to abstain" the Socialists are Portugal's, and the row is not Portugal against them;
- a body whose name says it is a nation's own ("Supreme National Security Council", "Federal
  Court", "Constitutional Council") is the state's that the sentences naming it name, when
  they name one state only;
- an organization the text calls a party ("the Flemish socialist party Vooruit", "Vooruit,
  the Flemish socialist party", "the NAME party") is a political party: a part of a state,
  never a civil group, whatever its name.

Where two states are named and nothing ties a part to one of them the engine does not guess.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._sentences import Sentence

# A name that says its body is international: no one state's part, though the story names one
# state only ("the International Cricket Council suspended Sri Lanka").
_INTERNATIONAL = re.compile(
    r"\b(?:International|Inter-\w+|Intergovernmental|World|Global|United Nations|UN|U\.N\.|"
    r"European|Commonwealth|Regional)\b"
)

# A name that says its body is a nation's own organ.
_NATIONAL = re.compile(r"\b(?:National|Federal|Supreme|Constitutional|Presidential|Royal)\b")

# The text calls an organization a party: the word right before ("the socialist party NAME"),
# right after ("the NAME party") or in an apposition after it ("NAME, the Flemish socialist
# party,"); "the NAME party's leader" too.
_PARTY_BEFORE = re.compile(r"\bparty\s+$", re.IGNORECASE)
_PARTY_AFTER = re.compile(
    r"^(?:\s+party\b|,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?party\b)", re.IGNORECASE
)


# A person of a one-state story is that state's only by a post of the state ("President
# NAME", "Trade Minister NAME"); a leader of a people, a party or a movement ("Inuit leader
# NAME", "Opposition leader NAME") may stand against its government.
_STATE_POST = re.compile(
    r"\b(?:president|prime minister|premier|minister|secretary|chancellor|spokes\w+|"
    r"ambassador|envoy|governor|official|king|queen|emir)\b",
    re.IGNORECASE,
)


def story_states(cast: Cast) -> set[str]:
    """The states the story names, by their countries."""
    return {
        a.country
        for a in cast.actors.values()
        if a.kind == "state" and a.country and any(not m.back for m in a.mentions)
    }


def called_party(actor: Actor, sentences: dict[int, Sentence]) -> bool:
    """Whether the text calls ``actor`` (an organization) a party right at one of its names."""
    if actor.kind != "organization":
        return False
    for mention in actor.mentions:
        sentence = sentences.get(mention.sentence)
        if mention.back or sentence is None:
            continue
        at, end = mention.start - sentence.start, mention.end - sentence.start
        if _PARTY_BEFORE.search(sentence.text[max(0, at - 12) : at]):
            return True
        if _PARTY_AFTER.match(sentence.text[end : end + 60]):
            return True
    return False


# A region's own government ("the West Bengal government", "Bengal government", "the
# government of Sabah") and the words that place the region in a state: "India's West Bengal
# state", "in the Indian state of West Bengal" is written as "STATE's [words] PLACE state".
_REGIONAL = re.compile(
    r"(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
    r"(?:state\s+|provincial\s+|regional\s+)?government|"
    r"(?:the\s+)?(?:state|provincial|regional)?\s*government\s+of\s+"
    r"(?P<of>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)
_REGION_NOUN = r"(?:state|province|region|territory|prefecture|county|district)"


def _region_home(place: str, cast: Cast, sentences: dict[int, Sentence]) -> str | None:
    """The state the text places the region ``place`` in, when it places it in one."""
    if not place:
        return None
    after = re.compile(
        rf"(?:['’]s)?\s+(?:[A-Z][\w'’-]*\s+){{0,2}}{re.escape(place)}\s+{_REGION_NOUN}\b"
    )
    homes = set()
    for state in cast.actors.values():
        if state.kind != "state" or not state.country:
            continue
        for m in state.mentions:
            sentence = sentences.get(m.sentence)
            if sentence is None:
                continue
            if after.match(sentence.text, m.end - sentence.start):
                homes.add(state.country)
    return next(iter(homes)) if len(homes) == 1 else None


def untied_home(actor: Actor, cast: Cast, sentences: dict[int, Sentence]) -> str | None:
    """The state a part of a state (see _own._part_kind) with no tie of its own belongs to:
    the story's one state, or, for a body named as a nation's own, the one state the
    sentences naming it name."""
    if _INTERNATIONAL.search(actor.name):
        return None
    region = _REGIONAL.fullmatch(actor.name)
    if region is not None:
        home = _region_home(region.group("place") or region.group("of") or "", cast, sentences)
        if home is not None:
            return home
    states = story_states(cast)
    if len(states) == 1 and (actor.kind != "person" or _STATE_POST.search(actor.role)):
        return next(iter(states))
    if actor.kind != "organization" or not _NATIONAL.search(actor.name):
        return None
    at = {m.sentence for m in actor.mentions if not m.back}
    named = {
        a.country
        for a in cast.actors.values()
        if a.kind == "state" and a.country and any(m.sentence in at for m in a.mentions)
    }
    return next(iter(named)) if len(named) == 1 else None


# A company the text ties to a state as that state's own: the state took it over ("Niger
# nationalised Somair", "General NAME ... took over operational control of Somair"; the nearest
# state or leader before the verb is the one that did), or calls it its state firm ("Indonesian
# state energy firm Pertamina", "Venezuela's state-owned oil company PDVSA").
_NATIONALISED = re.compile(
    r"\b(?:nationali[sz]\w*|expropriat\w*|(?:seiz\w*|t[oa]\w*\s+over)\s+(?:[\w-]+\s+)?"
    r"control\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_STATE_FIRM = re.compile(
    r"(?:['’]s)?\s+state(?:-owned|-run|-controlled)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:firm|company|corporation|group|giant|producer|utility|miner|carrier|operator)"
    r"(?:,)?\s+$",
    re.IGNORECASE,
)


def firm_home(actor: Actor, cast: Cast, sentences: dict[int, Sentence]) -> str | None:
    """The state whose own company the text says ``actor`` is, if it says so."""
    if actor.kind != "company":
        return None
    owners = [a for a in cast.actors.values() if a.kind in ("state", "person") and a.country]
    for mention in actor.mentions:
        sentence = sentences.get(mention.sentence)
        if mention.back or sentence is None:
            continue
        before = [
            (m.end, owner)
            for owner in owners
            for m in owner.mentions
            if m.sentence == mention.sentence and m.end <= mention.start
        ]
        if not before:
            continue
        head = sentence.text[: mention.start - sentence.start]
        end, owner = max(before, key=lambda pair: pair[0])
        if _NATIONALISED.search(head[-40:]) and owner.country:
            return owner.country
        for end, owner in before:
            gap = sentence.text[end - sentence.start : mention.start - sentence.start]
            if owner.kind == "state" and len(gap) <= 60 and _STATE_FIRM.fullmatch(gap):
                return owner.country
    return None
