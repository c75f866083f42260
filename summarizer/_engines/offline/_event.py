"""What a dispute or a deal is while it is read (:class:`Event`), and the few facts about the
article's actors every stage asks: whose side a name is on, how many sides a list holds."""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from summarizer._engines.offline._cast import Actor, Cast, Mention
from summarizer._engines.offline._communities import is_community
from summarizer._engines.offline._data import Cue
from summarizer._engines.offline._money import Amount
from summarizer._engines.offline._sentences import Sentence
from summarizer._lexicon import lexicon

# A cue and where it matched.
Found = tuple[Cue, re.Match[str]]


MAX_PARTIES = 6


# Deal statuses by how far a deal has come; a thread takes the furthest its clauses report.
# A collapse ends whatever came before it; a deal carried out or signed is more than a stall.
DEAL_RANK = {
    "proposed": 1,
    "negotiating": 2,
    "agreed": 3,
    "stalled": 4,
    "signed": 5,
    "implemented": 6,
    "collapsed": 7,
}


@dataclass(slots=True)
class Event:
    section: str  # "dispute" or "deal"
    kind: str
    soft: bool  # the kind is a default: nothing in the text named one
    labels: list[str]
    topics: list[str]
    parties: list[str]  # actor keys
    sentences: list[int]
    quotes: list[str]
    status: str
    paragraph: int
    money: Amount | None = None
    anaphoric: bool = False  # "the agreement", "earlier truces": about an event named before
    background: bool = False  # "came close to war in 1996": context, not news
    unreal: bool = False  # negated, modal, conditional, an analyst's view: not an event
    # A weak cue told as fact whose clause names one side only ("Ecuador's navy detained the
    # crew"): no event alone, but an act a later reaction may answer.
    alone: bool = False
    denied: bool = False  # a deal a clause denies: "denied reports that it had agreed"
    left: list[str] = field(default_factory=list)  # keys of the side that acts
    right: list[str] = field(default_factory=list)  # keys of the side acted on
    opposed: bool = False  # the clause sets the sides against each other
    label: str = ""  # the title's label ("sanctions"), unless the phrase is headed
    # The topic words a dispute's title may say it is over: those its act's clause names from
    # the trigger on ("seized a fishing boat"), not the doer's ("Fiji's navy seized").
    object_topics: list[str] = field(default_factory=list)
    phrase: str = ""  # what the event is about, a noun phrase for the title
    headed: bool = False  # the phrase is headed by the trigger noun ("power cable deal")
    sentence_quotes: list[str] = field(default_factory=list)  # whole sentences, for summaries
    # Where each of ``sentence_quotes`` stands: (0 for a clause that tells the event, 1 for one
    # that only speaks of it; sentence index). Summaries read the telling ones in text order.
    quote_keys: list[tuple[int, int]] = field(default_factory=list)
    when: str | None = None
    indefinite: bool = False  # "a planned swap": another one than the swap told above
    separate: bool = False  # "a separate wheeling agreement": never the deal told above
    # Dated to a past month past the lede ("agreed in July on a timetable"): what came before
    # the news; it tells a deal of its own, but lends a thread of now no status.
    dated: bool = False
    real: int = 0  # clauses that report it as happening
    needs_target: bool = False  # "condemned the move": aimed at a side named before
    aimed: bool = False  # its target was found in a thread told before
    received: bool = False  # "Japan faced criticism": right is the target, left the critics
    lone: bool = False  # "the agreement", "the sanctions" with one side or none: told before
    # Sides of the states its clause names, party or not ("Norway has its own agreement with
    # Britain" names Norway): a lone item naming a side its thread lacks tells another deal.
    named: list[str] = field(default_factory=list)
    # A deal told as history: the sides its own clause says made it ("A and B signed",
    # "between A and B"), which it has if a later clause tells it standing now.
    made_by: list[str] = field(default_factory=list)
    # Who mediates, hosts or convenes a deal: parties of it listed after its sides, never sides.
    brokers: list[str] = field(default_factory=list)
    # "Pakistan called this an act of hostility": the doer of the act the sentence before told,
    # whom a reaction aimed at "this", "the move" faces when no thread tells that act.
    referent: list[str] = field(default_factory=list)
    # Where that act is told: (sentence index, the clause's quote, the sentence's quote).
    referent_quote: tuple[int, str, str] | None = None
    # "Japan condemned the launch": the doer of the act a definite noun names, told a sentence
    # or two before by its own word (see ``_told_act``); the last resort of a reaction's target,
    # after the threads, the sentence just before and the story's lead event.
    told_referent: list[str] = field(default_factory=list)
    told_referent_quote: tuple[int, str, str] | None = None
    # The values of the list fields above, as sets, for the fields merging has grown.
    _members: dict[str, set[Any]] = field(default_factory=dict, repr=False, compare=False)

    def members(self, attr: str) -> set[Any]:
        """The values of the list field ``attr``; only the threads' merging
        (:mod:`._threads`) may grow the list."""
        found = self._members.get(attr)
        if found is None:
            found = self._members[attr] = set(getattr(self, attr))
        return found


# The country a name of no country belongs to by its own words ("Canola Council of Canada",
# "National Iranian Oil Company"), for the article being read.
OWNERS: ContextVar[dict[str, str]] = ContextVar("owners", default={})  # noqa: B039


@lru_cache(maxsize=4096)
def _word(form: str) -> re.Pattern[str]:
    # "Office of the U.S. Trade Representative": a form that ends in a full stop ends a word
    # where the next character is no letter, which ``\b`` after the stop would not see.
    return re.compile(rf"(?<![\w.]){re.escape(form)}(?![\w])")


def name_owners(cast: Cast) -> dict[str, str]:
    """The country each body of no country of its own stands for: one whose name holds a
    state's ("Russian Defence Ministry")."""
    states = [a for a in cast.actors.values() if a.kind == "state" and a.country]
    forms = [
        (state.country or "", form)
        for state in states
        for form in {state.name, *(m.surface for m in state.mentions)}
        if len(form) >= 4
    ]
    owners = {}
    for actor in cast.actors.values():
        if actor.country or actor.kind in ("state", "person") or is_community(actor.key):
            continue
        name = actor.name
        owner = next(
            (
                country
                for country, form in forms
                # The substring test first: most names hold no state's name, and then no
                # pattern need be compiled or run.
                if form in name and _word(form).search(name)
            ),
            None,
        )
        if owner is not None:
            owners[actor.key] = owner
    return owners


@lru_cache(maxsize=1024)
def _post_before(post: str) -> re.Pattern[str]:
    """The state's words that may stand right before ``post`` and its name, compiled once."""
    return re.compile(rf"(?:['\u2019]s)?\s+(?:the\s+)?{re.escape(post)},?\s+$")


def adopt_officials(cast: Cast, sentences: Sequence[Sentence]) -> None:
    """Give the country to people of no known country whose post the text tells as a
    state's: the state's name or demonym right before the post ("U.S. special envoy NAME",
    "Qatar's prime minister, NAME"), with nothing but the post between. The envoy acts for
    Washington: its camp, never a side beside or against it."""
    states = [a for a in cast.actors.values() if a.kind == "state" and a.country]
    for person in cast.actors.values():
        if person.kind != "person" or person.country or not person.role:
            continue
        post = person.role.split(" of ")[0].casefold()
        before = _post_before(post)
        for mention in person.mentions:
            if mention.back or mention.sentence >= len(sentences):
                continue
            sentence = sentences[mention.sentence]
            head = sentence.text[: mention.start - sentence.start].casefold()
            # The plain-string test first: a head without the post cannot match.
            found = before.search(head) if post in head else None
            if found is None:
                continue
            at = sentence.start + found.start()
            owner = next(
                (
                    state.country
                    for state in states
                    for m in state.mentions
                    if m.sentence == mention.sentence and m.end == at
                ),
                None,
            )
            if owner is not None:
                person.country = owner
                break


@lru_cache(maxsize=1)
def _homes() -> dict[str, str | None]:
    return {g.name: g.home for g in lexicon().armed_groups}


def home_of(actor: Actor) -> str | None:
    """An armed group's stand toward the state of its country (``KnownName.home``):
    "fights", "governs", "serves", or ``None`` where the lexicon does not say."""
    return _homes().get(actor.name) if actor.kind == "armed_group" and actor.country else None


def side_of(actor: Actor) -> str:
    if actor.kind == "armed_group":
        # A group that governs its state (the Taliban) or is a force of it (Russia's Africa
        # Corps) stands for that state; one that fights it, or whose stand is not known, is
        # a side of its own.
        if home_of(actor) in ("governs", "serves"):
            return actor.country or actor.key
        return actor.key
    return actor.country or OWNERS.get().get(actor.key) or actor.key


def unique(actors: list[Actor]) -> list[Actor]:
    return list({a.key: a for a in reversed(actors)}.values())[::-1]


def side_count(actors: list[Actor]) -> int:
    return len({side_of(a) for a in actors})


def with_states(cast: Cast, found: list[Actor]) -> list[Actor]:
    """The state behind a person or company is a party too ("Lavrov" speaks for Russia)."""
    out = list(found)
    for actor in found:
        country = actor.country or OWNERS.get().get(actor.key)
        state = cast.state_of(country, last=True) if country else None
        # An armed group whose stand toward its state is not known is listed alone (Hezbollah
        # does not speak for Lebanon's government). One that fights its state has that state
        # as the side it faces (side_of keeps them apart; see ``home_apart`` for a third
        # side), one that governs or serves its state stands with it.
        if actor.kind == "armed_group" and home_of(actor) is None:
            continue
        if actor.kind != "state" and state is not None and state not in out:
            out.append(state)
    return out


def within_state(
    left: list[Actor],
    right: list[Actor],
    named: list[Actor],
    sentence: Sentence,
    span: tuple[int, int],
) -> tuple[list[Actor], list[Actor]]:
    """Drop the state :func:`with_states` put behind a side when the row is fought inside
    that state: a coalition partner, a union or a court against its own government, prime
    minister or another party. There the state is the stage, not a side ("Romanian Social
    Democrats vs Romania" is false). A row is inside a state when neither side names a state
    (``named``: the actors the clause itself names) nor a body or person of any other country;
    a state the clause names itself stays, unless only as the origin of one of the bodies
    ("Romania's Social Democrats", "Belgium's socialist trade union FGTB"; ``span`` is the
    clause in ``sentence``), which makes it that body's country."""
    sides = [*left, *right]
    homes: set[str | None] = {
        a.country or OWNERS.get().get(a.key) for a in sides if a.kind != "state"
    }
    for state in (a for a in sides if a.kind == "state" and a in named):
        for m in state.mentions:
            if m.back or not span[0] <= m.start - sentence.start < span[1]:
                continue
            if not _origin(m, sides, sentence, span):
                return left, right
            homes.add(state.country)
    homes.discard(None)
    # An international body (the EU, the UN) or an armed group is never a party of one
    # state's own politics.
    if len(homes) != 1 or any(a.kind == "armed_group" or a.name in _international() for a in sides):
        return left, right
    # Both sides need a name of their own: a lone state behind one side is its only side.
    mine = [a for a in left if a.kind != "state"], [a for a in right if a.kind != "state"]
    if not mine[0] or not mine[1]:
        return left, right
    return mine


@lru_cache(maxsize=1)
def _international() -> frozenset[str]:
    """Organisations the lexicon knows with no country of their own: blocs and agencies of
    many states."""
    return frozenset(o.name for o in lexicon().organizations if o.country is None)


# What may stand between a state's name and a body it is the origin of: "'s" and a few
# lower-case words of description ("Belgium's socialist trade union FGTB").
_ORIGIN_BETWEEN = re.compile(r"(?:['\u2019]s)?(?:\s+[a-z][\w-]*){0,4}\s+")


def _origin(
    mention: Mention, sides: list[Actor], sentence: Sentence, span: tuple[int, int]
) -> bool:
    """Whether a state's mention only says where a body of the clause comes from: the body's
    own name opens with it ("Czech Pirate Party") or follows it ("Romania's Social Democrats")."""
    begin, end = sentence.start + span[0], sentence.start + span[1]
    for body in (a for a in sides if a.kind not in ("state", "person")):
        for g in body.starts_in(begin, end):
            if mention.start <= g < mention.end:
                return True
            if g >= mention.end and _ORIGIN_BETWEEN.fullmatch(
                sentence.text, mention.end - sentence.start, g - sentence.start
            ):
                return True
    return False


def home_apart(
    cast: Cast, parties: Any, sentence: Sentence, low: str, span: tuple[int, int]
) -> None:
    """Keep an insurgency and the state it fights apart in one clause's ``parties`` (which
    hold ``actors``, ``left`` and ``right``); ``span`` is the clause in ``sentence``, whose
    lower-cased text is ``low``.

    The state a group fights is the side its news faces only when the clause names no other:
    "the rebels captured the town" is their war with the state. When the clause sets the group
    against a third side, the group acting and the third acted on or the reverse
    ("al-Shabaab fighters ambushed a Kenyan police convoy"), the group's own state, unnamed
    there, is no side of it (a state named as a place, "a town on the border with
    Bangladesh", is set against no one); nor
    when the group speaks as a government ("the Houthi-run government in Sanaa accused").
    And a group is never on the side of the state it fights: named on one side with it, the
    one named later is what the side speaks of ("Colombia's minister accused Caracas of
    sheltering ELN commanders"). A state named only as the group's origin ("Yemen's Houthi
    movement") does not name that state."""
    start, end = sentence.start + span[0], sentence.start + span[1]
    # A group whose stand toward its state is not known (Hezbollah) is kept apart from a state
    # the clause names only as a place or as its origin, too: "Israeli forces struck Hezbollah
    # positions in southern Lebanon" is Israel against Hezbollah; Lebanon is where.
    for group in [a for a in parties.actors if home_of(a) == "fights" or _stand_unknown(a)]:
        state = cast.state_of(group.country, last=True)
        if state is None or state not in parties.actors:
            continue
        own = group.starts_in(start, end)
        named = [
            m.start
            for m in state.mentions
            if start <= m.start < end
            and not m.back
            and not any(0 < g - m.start <= _ORIGIN_GAP for g in own)
            and not _as_place(m, sentence, low)
        ]
        if not named:
            facing = (
                parties.right
                if group in parties.left
                else parties.left
                if group in parties.right
                else []
            )
            if _as_government(group, sentence, low, span) or any(
                a.kind != "other" and side_of(a) not in (group.key, group.country) for a in facing
            ):
                parties.actors = [a for a in parties.actors if a is not state]
                parties.left = [a for a in parties.left if a is not state]
                parties.right = [a for a in parties.right if a is not state]
            continue
        if home_of(group) != "fights":
            continue  # a named state may be its own side against a group it does not face
        later = group if not own or named[0] < own[0] else state
        for name in ("left", "right"):
            side = getattr(parties, name)
            if group in side and state in side:
                setattr(parties, name, [a for a in side if a is not later])


def _stand_unknown(actor: Actor) -> bool:
    """An armed group of a known country whose stand toward that country's state the lexicon
    does not give (it neither fights, governs nor serves it)."""
    return actor.kind == "armed_group" and bool(actor.country) and home_of(actor) is None


# "Yemen's Houthi movement", "Somalia's al-Shabaab": the most a state's name and the group's
# name it describes stand apart.
_ORIGIN_GAP = 12


def _as_government(group: Actor, sentence: Sentence, low: str, span: tuple[int, int]) -> bool:
    """Whether the clause names the group as a government ("the Houthi-run government",
    "the Taliban administration")."""
    pattern = _reading()[0]
    return any(
        pattern.match(low, m.end - sentence.start) is not None
        for m in group.mentions
        if m.sentence == sentence.index and span[0] <= m.start - sentence.start < span[1]
    )


def _as_place(mention: Mention, sentence: Sentence, low: str) -> bool:
    """Whether a state's mention names a place, not a side: "in the capital Sanaa", "near
    the Somali border"."""
    _, before, after = _reading()
    at, end = mention.start - sentence.start, mention.end - sentence.start
    return before.search(low, max(0, at - 40), at) is not None or (
        mention.adjective and after.match(low, end) is not None
    )


@lru_cache(maxsize=1)
def _reading() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    found = lexicon().armed_reading
    return (
        re.compile(found.as_government),
        re.compile(found.place_before),
        re.compile(found.place_after),
    )


def lower(text: str) -> str:
    """Lower case with offsets kept (cue lexicons are matched against lower-cased text)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
