"""The sides of an armed act that its clause names only in part.

War reports name an attacker or its target once and then refer back to it, or name the target
by a place or a thing it owns:

- "The group said on Tuesday it had shelled army positions": after one armed group is named,
  "the group" (the militants, the rebels ...) is that group; with two named, it is open.
- "Kataib Hezbollah said it had shot the aircraft down": a claim that refers back to an act
  ("the attack", "the aircraft") is aimed at the owner of what the sentence before says was
  hit or lost ("A U.S. drone crashed ...", "Gunmen killed 12 soldiers at an army base in
  central Somalia"). Unnamed attackers with no claim make no side.
- "Russian glide bombs struck an apartment block in Kharkiv": a city of a state, hit by an
  armed act, stands for that state as the side attacked (``cities.json``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._event import home_of, side_of, unique, with_states
from summarizer._engines.offline._fought_between import pair_sides
from summarizer._engines.offline._parties import ArticleText, said_pronoun, said_subject
from summarizer._engines.offline._sentences import Sentence
from summarizer._lexicon import lexicon

# The cues of armed acts whose sides this module completes.
ARMED_LABELS = frozenset(["strikes", "attacks", "clashes"])

# An armed group that is its state's government or one of its forces.
_STATE_SIDE = ("governs", "serves")
# "The group", "the militants", "the paramilitaries' spokesman": a reference to an armed group
# as the subject that opens a sentence.
_GROUP_REFERENCE = re.compile(
    r"(?:the|its) (?:group|militants|rebels|insurgents|jihadists|guerrillas?|"
    r"paramilitar(?:y|ies)|militia|militiamen)(?:'s?)?(?![\w-])"
)
# A body whose name says it bears arms, however the cast kinds it ("Kachin Independence Army").
_ARMED_NAME = re.compile(
    r"\b(?:Army|Forces|Front|Brigades?|Militia|Guards?|Resistance|Liberation|Mujahideen|"
    r"Battalions?|Rebels)\b"
)
# An act referred back to: "carried out the attack", "shot the aircraft down".
_ACT_BACK = re.compile(
    r"\b(?:the|this|that|these|those) (?:[\w-]+ )?(?:attacks?|assault|ambush|raid|strikes?|"
    r"bombing|aircraft|drones?|helicopter|jet|plane|ship|vessel)\b"
)
_OWNED_BY = re.compile(r"-(?:owned|flagged|registered|operated|managed|built)\b")
# What a state's forces hold or are: the owner of a thing hit or lost.
_FORCES = (
    r"(?:soldiers|troops|army|military|police(?:men)?|forces|base|post|outpost|barracks|"
    r"convoy|patrol|checkpoint|aircraft|drone|helicopter|jet|plane|warship|ship|vessel|"
    r"destroyer|frigate)"
)
_OWNED = re.compile(r"(?:'s?)?(?: [\w-]+){0,3}? " + _FORCES + r"\b")
_OWN_FORCES = re.compile(
    r"\b(?:soldiers|troops|army|military|police(?:men)?|base|post|outpost|barracks|"
    r"convoy|patrol|checkpoint)\b"
)
# The forces of the state an insurgency fights, named without their state: "army positions",
# "the army's 6th Infantry Division", "soldiers", "the junta".
_HOME_FORCES = re.compile(
    r"\b(?:army|soldiers|troops|military|police(?:men)?|government forces|junta|tatmadaw)\b"
)
# Loss or harm told in the sentence before a claim.
_LOSS = re.compile(
    r"\b(?:crash\w*|went down|downed|shot down|killed|killing|wounded|attack\w*|struck|hit|"
    r"ambush\w*|stormed|overran)\b"
)


@lru_cache(maxsize=1)
def _city_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    cities = lexicon().cities
    names = sorted(cities, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return pattern, cities


def _lone_group(art: ArticleText, before: int) -> Actor | None:
    """The one armed group the text names before ``before``; ``None`` with none or two."""
    named = [a for a in art.cast.actors.values() if a.mentions and a.first < before]
    groups = {side_of(a): a for a in named if a.kind == "armed_group"}
    if len(groups) != 1 or any(
        a.kind == "organization" and _ARMED_NAME.search(a.name) for a in named
    ):
        return None  # "The Kachin Independence Army and the Arakan Army ... The group": open
    return next(iter(groups.values()))


# "JNIM claimed the attack", "the group claimed responsibility for the bombing": the subject of
# the claim did the act the claim refers back to.
_CLAIMED = re.compile(
    r"\bclaim(?:ed|s|ing)? (?:responsibility for |credit for )?(?:the|this|that|these|those) "
    r"(?:[\w-]+ )?$"
)


def _claimant(art: ArticleText, sentence: Sentence, start: int, t0: int) -> list[Actor]:
    """The one armed group that claims the act at ``t0``, named before the claim verb."""
    claim = _CLAIMED.search(art.lows[sentence.index], start, t0)
    if claim is None:
        return []
    named = [
        a
        for a in art.cast.in_span(sentence.start + start, sentence.start + claim.start())
        if a.kind == "armed_group"
    ]
    return named[:1] if len({side_of(a) for a in named}) == 1 else []


def doers(art: ArticleText, sentence: Sentence, start: int, t0: int) -> list[Actor]:
    """Who does the armed act at ``t0`` when the clause names it only as a speaker ("Al
    Shabaab said it carried out the attack") or by a reference ("The group said on Tuesday it
    had shelled ...", "The militants stormed ...")."""
    said = said_subject(art, sentence, start, t0) or _claimant(art, sentence, start, t0)
    if said:
        return said
    low = art.lows[sentence.index]
    opening = _GROUP_REFERENCE.match(low)
    if opening is None or opening.end() > t0:
        return []
    if any(
        m.start < sentence.start + t0
        for a in art.cast.in_span(sentence.start + opening.end(), sentence.start + t0)
        for m in a.mentions
        if a.kind != "other" and sentence.start + opening.end() <= m.start
    ):
        return []  # "The group's leader met Sudan's envoy and ...": another name between
    group = _lone_group(art, sentence.start)
    return [group] if group is not None else []


def _city_state(
    art: ArticleText, sentence: Sentence, at: int, end: int, sides: set[str]
) -> Actor | None:
    pattern, cities = _city_pattern()
    for found in pattern.finditer(sentence.text, at, end):
        country = cities[found.group()]
        if any(
            a.kind == "armed_group" and a.country == country and home_of(a) not in _STATE_SIDE
            for a in art.cast.actors.values()
        ):
            # "Israeli strikes killed 20 in Khan Younis" in a story about Hamas: a city where an
            # armed group of that country fights may be its ground, not its state's.
            return None
        state = art.cast.state_of(country, last=True)
        if state is not None and side_of(state) not in sides:
            return state
    return None


def _home_state(art: ArticleText, low: str, at: int, end: int, acting: list[Actor]) -> Actor | None:
    """The state an insurgency fights, when its act hits "the army" or "soldiers"."""
    if _HOME_FORCES.search(low, at, end) is None:
        return None
    homes = {a.country for a in acting if home_of(a) == "fights" and a.country}
    if len(homes) != 1:
        return None
    return art.cast.state_of(next(iter(homes)), last=True)


def _owner_before(art: ArticleText, sentence: Sentence, sides: set[str]) -> Actor | None:
    """The owner of what the sentence before says was hit or lost: the state named right
    before the thing ("A U.S. MQ-9 Reaper drone crashed"), else the one state named with its
    own forces ("killed 12 soldiers at an army base ... in central Somalia")."""
    prev = [s for s in art.sentences if s.index == sentence.index - 1]
    if not prev or prev[0].index not in art.lows:
        return None
    before = prev[0]
    text = before.text
    if _LOSS.search(art.lows[before.index]) is None:
        return None
    states = [
        a
        for a in with_states(art.cast, art.cast.in_span(before.start, before.end))
        if a.kind == "state" and side_of(a) not in sides
    ]
    for state in states:
        for m in state.mentions:
            if before.start <= m.start < before.end and _OWNED.match(text, m.end - before.start):
                return state
    if len({side_of(a) for a in states}) == 1 and _OWN_FORCES.search(text):
        return states[0]
    return None


def targets(
    art: ArticleText,
    sentence: Sentence,
    end: int,
    trigger: re.Match[str],
    acting: list[Actor],
) -> list[Actor]:
    """The side an armed act by ``acting`` hits when the clause names it by a city of its
    state, by the forces of the state an insurgency fights, or by an act told before."""
    if not acting:
        return []
    # A person or a firm stands with its state; an insurgency faces the state it fights.
    fought = {a.country for a in acting if home_of(a) == "fights"}
    sides = {
        side_of(a)
        for a in with_states(art.cast, acting)
        if a in acting or a.kind != "state" or a.country not in fought
    }
    low = art.lows[sentence.index]
    # "its fighters had fired mortar bombs at Israeli troops east of Khan Younis": a side the
    # clause names after the act is the one hit; a place only says where.
    lo, hi = sentence.start + trigger.start(), sentence.start + end
    named = [
        a
        for a in art.cast.in_span(lo, hi)
        if a.kind in ("state", "armed_group")
        and side_of(a) not in sides
        # "an attack on a Greek-owned bulk carrier": a private owner's or a flag's country.
        and not all(
            _OWNED_BY.match(sentence.text, m.end - sentence.start)
            for m in a.mentions
            if lo <= m.start < hi
        )
    ]
    if named:
        return named[:1]
    found = _home_state(art, low, trigger.start(), end, acting) or _city_state(
        art, sentence, trigger.start(), end, sides
    )
    if found is None and _ACT_BACK.search(low, max(0, trigger.start() - 24), trigger.end()):
        found = _owner_before(art, sentence, sides)
    return [found] if found is not None and side_of(found) not in sides else []


_BY_AGENT = re.compile(r"\bby(?: [\w'-]+){0,3} $")


def _agents(
    art: ArticleText, sentence: Sentence, trigger: re.Match[str], named: list[Actor]
) -> list[Actor]:
    """The ones ``named`` as the agent of the act inside its cue ("fired by NAME")."""
    low = art.lows[sentence.index]
    found = [
        a
        for a in named
        for m in a.mentions
        if sentence.start + trigger.start() <= m.start < sentence.start + trigger.end()
        and _BY_AGENT.search(low, trigger.start(), m.start - sentence.start)
    ]
    groups = {a.country for a in found if home_of(a) == "fights"}
    return unique([a for a in found if a.kind != "state" or a.country not in groups])


def unnamed_doer(art: ArticleText, sentence: Sentence, start: int, t0: int) -> bool:
    """Whether the doer of the act at ``t0`` is a speaker the text does not name ("Separatist
    rebels in northern Mali said they had shot down a Malian army drone"): the ones named
    after are what was hit, not who hit it."""
    return (
        said_pronoun(art, sentence, start, t0)
        and not said_subject(art, sentence, start, t0)
        and not doers(art, sentence, start, t0)
    )


def complete(
    art: ArticleText,
    sentence: Sentence,
    start: int,
    end: int,
    trigger: re.Match[str],
    left: list[Actor],
    right: list[Actor],
    actors: list[Actor],
) -> tuple[list[Actor], list[Actor]] | None:
    """The two sides of an armed act whose clause names one or none: ``(doers, targets)``,
    or ``None`` when the text does not give both."""
    if left and right:
        return None
    # "Fighting broke out between junta troops and the Arakan Army": a pair whose one half is
    # a state's forces named by a descriptor names both sides.
    pair = pair_sides(art, sentence, start, trigger)
    if pair is not None:
        return pair
    if not left and len({side_of(a) for a in right}) > 1:
        # "Drones launched by Sudan's paramilitary Rapid Support Forces struck the army's
        # headquarters": the agent after "by" acts (a state named as its group's origin does
        # not); the others are hit.
        agents = _agents(art, sentence, trigger, right)
        if agents:
            left, right = agents, [a for a in right if a not in agents]
    acting = left or doers(art, sentence, start, trigger.start())
    # "Al Shabaab said it carried out the attack": the state an insurgency fights is not on
    # its side, however the clause lists them.
    fought = {a.country for a in acting if home_of(a) == "fights"}
    acting = [a for a in acting if a.kind != "state" or a.country not in fought]
    hit_sides = {side_of(a) for a in right}
    rest = [a for a in actors if side_of(a) not in hit_sides]
    if not acting and len({side_of(a) for a in rest}) == 1:
        # "Russian glide bombs struck ... in Kharkiv", "Drones launched by the RSF struck the
        # army's headquarters": the one side named beside the one hit does the act.
        acting = rest
    if not acting:
        return None
    hit = right or targets(art, sentence, end, trigger, acting)
    if not hit:
        return None
    if {side_of(a) for a in hit} & {side_of(a) for a in acting}:
        return None
    return unique(acting), hit
