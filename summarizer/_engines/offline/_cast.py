"""The cast of an article: its actors, each with every mention the text makes of it.

Mentions are added and removed through :class:`Cast`'s methods only, which keep the lookups
the later stages ask for (who is mentioned in a span, the state of a country, the actors in
order of first mention) current as the cast changes.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from summarizer._engines.offline._gazetteer import Entity
from summarizer._text._keys import name_key


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    surface: str
    sentence: int
    back: bool = False
    """A reference back to a body named before ("the court"), not a name of it: no alias."""
    adjective: bool = False
    """A state's demonym ("a Chinese partner"): the state modifies a noun, and does not act."""


@dataclass(slots=True)
class Actor:
    key: str
    name: str
    kind: str
    country: str | None
    role: str = ""
    mentions: list[Mention] = field(default_factory=list)
    passing: bool = False
    """Named in passing only: in one sentence, by an adjective ("a Dutch side", "Japanese
    striker"), with no role. Worth listing only when it takes part in something."""
    commentator: bool = False
    """A person whose post is to comment (an analyst, a researcher, a fellow of a think
    tank): the text quotes a view on the story, not someone who acts in it."""
    speaks: bool = False
    """A body that speaks in the story in its own name ("NAME, the third coalition partner,
    said"): it acts there as a person with a post does."""
    organ: bool = False
    """A state's organ named only in lower case ("the Philippine coast guard"): part of a
    state the briefing lists (see _organs)."""
    # What the stages ask of the mentions, kept up to date as they come: a text that names an
    # actor 100,000 times must not cost 100,000 steps per question (see Cast.mention).
    _starts: set[int] = field(default_factory=set, init=False, repr=False, compare=False)
    _sorted: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    _full: list[int] = field(default_factory=list, init=False, repr=False, compare=False)
    _last_end: int = field(default=0, init=False, repr=False, compare=False)

    @property
    def first(self) -> int:
        return self.mentions[0].start if self.mentions else 0

    @property
    def last_end(self) -> int:
        """Where the mention that ends last ends."""
        return self._last_end

    def aliases(self) -> list[str]:
        """Other forms the text uses, in order of first use; case variants count once."""
        seen = {name_key(self.name)}
        out: list[str] = []
        for mention in sorted(self.mentions, key=lambda m: m.start):
            if mention.back:
                continue
            key = name_key(mention.surface)
            if key not in seen:
                seen.add(key)
                out.append(mention.surface)
        return out

    def sentences(self) -> list[int]:
        return sorted({m.sentence for m in self.mentions})

    def mentioned_in(self, start: int, end: int) -> bool:
        """Whether a mention starts inside ``start:end``."""
        starts = self._positions()
        at = bisect.bisect_left(starts, start)
        return at < len(starts) and starts[at] < end

    def starts_in(self, start: int, end: int) -> list[int]:
        """Starts of the mentions inside ``start:end``, in text order."""
        starts = self._positions()
        return starts[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def last_start_before(self, at: int) -> int | None:
        """Start of the last mention that starts before ``at``."""
        starts = self._positions()
        i = bisect.bisect_left(starts, at)
        return starts[i - 1] if i else None

    def full_starts(self) -> list[int]:
        """Starts of the mentions of more than one word ("Sergei Lavrov"), in text order."""
        return self._full

    def _positions(self) -> list[int]:
        if self._sorted is None:
            self._sorted = sorted(self._starts)
        return self._sorted

    def _add(self, mention: Mention) -> bool:
        """Record ``mention`` unless one starts there already; whether it was new."""
        if mention.start in self._starts:
            return False
        self.mentions.append(mention)
        self._starts.add(mention.start)
        self._sorted = None
        if len(mention.surface.split()) > 1:
            # Mentions come in text order nearly always: this is an append.
            bisect.insort(self._full, mention.start)
        self._last_end = max(self._last_end, mention.end)
        return True

    def _keep(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self._starts = {m.start for m in mentions}
        self._sorted = None
        self._full = sorted(m.start for m in mentions if len(m.surface.split()) > 1)
        self._last_end = max((m.end for m in mentions), default=0)


@dataclass(slots=True)
class Cast:
    """The actors of one article, by key, in order of first mention.

    Mentions are added and removed through its methods only: they keep each actor's lookups
    and the cast's position index current.
    """

    actors: dict[str, Actor] = field(default_factory=dict)
    # Built on first use after a change: the later stages ask many questions of a cast that
    # no longer changes, each of which would otherwise walk every actor or every mention.
    _index: list[tuple[int, str, Actor]] | None = field(default=None, repr=False, compare=False)
    _states: dict[str | None, list[Actor]] | None = field(default=None, repr=False, compare=False)
    _most: tuple[Actor | None] | None = field(default=None, repr=False, compare=False)
    # In order of first mention: that order changes only when an actor comes, goes or gets a
    # new first mention.
    _ordered: tuple[list[Actor], list[Actor]] | None = field(
        default=None, repr=False, compare=False
    )
    _people: list[Actor] | None = field(default=None, repr=False, compare=False)

    def mention(
        self,
        entity: Entity,
        token_text: str,
        start: int,
        end: int,
        sentence: int,
        *,
        back: bool = False,
        adjective: bool = False,
    ) -> Actor:
        actor = self.actors.get(entity.key)
        new = actor is None
        if actor is None:
            actor = Actor(entity.key, entity.name, entity.kind, entity.country)
            self.actors[entity.key] = actor
        if actor._add(Mention(start, end, token_text, sentence, back, adjective)):
            self._changed()
        if new:
            self._joined(actor)
        return actor

    def _joined(self, actor: Actor) -> None:
        """Put a new actor in the lists kept in order (rather than sorting them again)."""
        if self._ordered is not None:
            everyone, people = self._ordered
            bisect.insort(everyone, actor, key=_by_first)
            if actor.kind == "person":
                bisect.insort(people, actor, key=_by_first)
        if self._people is not None and actor.kind == "person":
            self._people.append(actor)

    def drop_within(self, spans: list[tuple[int, int]], *, keep: Actor) -> None:
        """Forget every mention inside one of ``spans`` (in text order, not overlapping) but
        those of ``keep``; an actor left with no mention leaves the cast."""
        starts = [start for start, _ in spans]

        def inside(at: int) -> bool:
            i = bisect.bisect_right(starts, at) - 1
            return i >= 0 and at < spans[i][1]

        for other in list(self.actors.values()):
            if other is keep:
                continue
            kept = [m for m in other.mentions if not inside(m.start)]
            if len(kept) == len(other.mentions):
                continue
            other._keep(kept)
            if not kept:
                del self.actors[other.key]
        self._changed(recast=True)

    def forget(self, actor: Actor, start: int) -> None:
        """Forget ``actor``'s mention starting at ``start``; with none left it leaves the cast."""
        kept = [m for m in actor.mentions if m.start != start]
        actor._keep(kept)
        if not kept:
            self.actors.pop(actor.key, None)
        self._changed(recast=True)

    def remove(self, key: str) -> None:
        del self.actors[key]
        self._changed(recast=True)

    def sort_mentions(self, actor: Actor) -> None:
        """Put ``actor``'s mentions in text order (its first mention may change)."""
        actor.mentions.sort(key=lambda m: m.start)
        self._changed(recast=True)

    def _changed(self, *, recast: bool = False) -> None:
        self._index = self._states = self._most = None
        if recast:
            self._ordered = self._people = None

    def state_of(self, country: str | None, *, last: bool = False) -> Actor | None:
        """The state actor of ``country``: the first in cast order (the last with ``last``)."""
        if self._states is None:
            self._states = {}
            for actor in self.actors.values():
                if actor.kind == "state":
                    self._states.setdefault(actor.country, []).append(actor)
        states = self._states.get(country)
        if not states:
            return None
        return states[-1] if last else states[0]

    def most_mentioned(self) -> Actor | None:
        """The actor with the most mentions; the earliest one on a tie."""
        if self._most is None:
            ranked = min(
                self.actors.values(), key=lambda a: (-len(a.mentions), a.first, a.key), default=None
            )
            self._most = (ranked,)
        return self._most[0]

    def ordered(self) -> Sequence[Actor]:
        """The actors in order of first mention."""
        return self._by_first()[0]

    def ordered_people(self) -> Sequence[Actor]:
        """The people among :meth:`ordered`, in its order."""
        return self._by_first()[1]

    def people(self) -> Sequence[Actor]:
        """The people, in the order they were found."""
        if self._people is None:
            self._people = [a for a in self.actors.values() if a.kind == "person"]
        return self._people

    def _by_first(self) -> tuple[list[Actor], list[Actor]]:
        if self._ordered is None:
            ordered = sorted(self.actors.values(), key=_by_first)
            self._ordered = ordered, [a for a in ordered if a.kind == "person"]
        return self._ordered

    def in_span(self, start: int, end: int) -> list[Actor]:
        """Actors mentioned inside ``start:end``, in order of their first mention there."""
        index = self._index
        if index is None:
            index = sorted((m.start, a.key, a) for a in self.actors.values() for m in a.mentions)
            self._index = index
        lo = bisect.bisect_left(index, (start,))
        out: list[Actor] = []
        seen: set[str] = set()
        for position in range(lo, len(index)):
            at, key, actor = index[position]
            if at >= end:
                break
            if key not in seen:
                seen.add(key)
                out.append(actor)
        return out


def _by_first(actor: Actor) -> tuple[int, str]:
    return actor.first, actor.key


def worth_listing(cast: Cast, parties: Iterable[str], *, room: int) -> list[Actor]:
    """The actors a briefing lists, in order of first mention.

    Up to ``room`` actors, all of them. Past that, an actor :attr:`Actor.passing` that is a
    party to none of the disputes and deals (keys in ``parties``) is left out: a long list
    buries the actors that act under those the text only names.
    """
    ordered = cast.ordered()
    if len(ordered) <= room:
        return list(ordered)
    involved = set(parties)
    return [a for a in ordered if a.key in involved or not a.passing]
