"""Finding the actors of an article and every form the text uses for each.

Detection reads capitalised word sequences of body sentences (see :mod:`._sentences`):

1. known names, longest first: states with their demonyms, capitals and metonyms
   ("Russian", "Moscow", "Kremlin"), organisations, companies, armed groups, regions and
   well-known people (:mod:`._gazetteer`); parts of hyphenated words too ("Russo-Japanese");
2. organisations named by a suffix ("NATO-Russia Council", "Chinese Foreign Ministry",
   "Ministry of Foreign Affairs"), with the state that owns them ("Russia's ...");
3. people: a title and the capitalised names after it ("Foreign Minister Sergei Lavrov"), a
   role noun and an appositive name ("its ambassador to Georgia, NAME NAME,"), or a common
   given name followed by a surname;
4. single words left over: a surname of a person already found ("Lavrov"), of a well-known
   person ("Putin"), or a typo of a known name ("Tblisi", "Mistubishi").

Everything else capitalised (sentence openers, months, seas, weapon systems) is ignored: an
actor the engine is unsure of costs more than one it misses.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer._engines.offline._gazetteer import Entity, Form, Gazetteer, gazetteer
from summarizer._engines.offline._sentences import Sentence
from summarizer._lexicon import lexicon
from summarizer._text._keys import name_key
from summarizer._text._names import is_typo_of

_NAMES = lexicon("en").names
# Words that may stand inside a capitalised name: "Bank of England", "Osama bin Laden".
_CONNECTORS = _NAMES.connectors
# Only capitalised words and connectors matter; a lower-case word between two capitalised ones
# shows up as a gap that is not a single space, which ends the sequence.
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K.
    r"|(?<![\w'’-])(?:[^\W\d_a-z]|al-|el-)(?:[\w&+-]|['’](?=\w)|\.(?=\w))*['’]?"
    r"|(?<![\w'’-])(?:" + "|".join(sorted(_CONNECTORS, key=len, reverse=True)) + r")(?![\w'’-])"
)
_PARTICLES = _NAMES.particles
_LOCATIVE = frozenset(["in", "at", "to", "from", "near", "via", "outside", "inside"])
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(slots=True)
class Token:
    text: str  # without a possessive ending
    start: int  # absolute offsets of ``text``
    end: int
    possessive: bool
    sentence_initial: bool


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    surface: str
    sentence: int


@dataclass(slots=True)
class Actor:
    key: str
    name: str
    kind: str
    country: str | None
    role: str = ""
    mentions: list[Mention] = field(default_factory=list)
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
class _Bare:
    """A lone capitalised word that may be a surname; resolved once all full names are known."""

    token: Token
    sentence: int


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
        self, entity: Entity, token_text: str, start: int, end: int, sentence: int
    ) -> Actor:
        actor = self.actors.get(entity.key)
        new = actor is None
        if actor is None:
            actor = Actor(entity.key, entity.name, entity.kind, entity.country)
            self.actors[entity.key] = actor
        if actor._add(Mention(start, end, token_text, sentence)):
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


_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΑ-Ω]")


def is_all_caps(sentences: list[Sentence]) -> bool:
    """A text shouted in capitals: letter case says nothing about names there."""
    text = " ".join(s.masked for s in sentences)
    letters = len(_LETTER.findall(text))
    if letters < 20:
        return False
    return len(_UPPER.findall(text)) / letters > 0.85


def _lower_tail(text: str) -> str:
    """ "RUSSIA AND JAPAN" -> "Russia And Japan", keeping the length (offsets stay valid)."""
    out: list[str] = []
    for match in re.finditer(r"\S+|\s+", text):
        chunk = match.group()
        lowered = chunk[:1] + chunk[1:].lower()
        out.append(lowered if len(lowered) == len(chunk) else chunk)
    return "".join(out)


def _tokens(sentence: Sentence, text: str) -> list[Token]:
    out: list[Token] = []
    opening = len(text) - len(text.lstrip(" \"“‘'(«"))
    for match in _TOKEN.finditer(text):
        raw = match.group()
        possessive = False
        if raw[-1:] in "'’" or raw[-2:] in ("'s", "’s"):
            stripped = _POSSESSIVE.sub("", raw)
            if stripped:
                possessive = True
                raw = stripped
        start = sentence.start + match.start()
        out.append(Token(raw, start, start + len(raw), possessive, match.start() == opening))
    return out


def _capitalised(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() or text.startswith(("al-", "el-"))


def _sequences(
    tokens: list[Token], masked: str, offset: int, and_heads: set[str]
) -> list[list[Token]]:
    """Runs of capitalised tokens separated by single spaces (connectors allowed inside).

    A sequence ends after a possessive ("Russia's"), after a word like "Istanbul-based" or
    "Saudi-led" (what follows is another name), and at "and" unless a known name goes on
    across it ("Bosnia and Herzegovina").
    """
    sequences: list[list[Token]] = []
    current: list[Token] = []
    for i, token in enumerate(tokens):
        joins = False
        if current:
            previous = current[-1]
            gap = masked[previous.end - offset : token.start - offset]
            possessive_gap = gap.startswith(("'s", "’s", "'", "’"))
            adjacent = gap == " " and not previous.possessive and not possessive_gap
            if "-" in previous.text and previous.text.rsplit("-", 1)[-1].islower():
                adjacent = False
            if adjacent and _capitalised(token):
                joins = True
            elif (
                adjacent
                and token.text in _CONNECTORS
                and i + 1 < len(tokens)
                and (token.text not in ("and", "&") or name_key(previous.text) in and_heads)
            ):
                following = tokens[i + 1]
                after = masked[token.end - offset : following.start - offset]
                joins = after == " " and _capitalised(following)
                if (
                    not joins
                    and after == " "
                    and token.text in ("of", "for")
                    and following.text == "the"
                    and i + 2 < len(tokens)
                ):
                    # "Forces for the Liberation of Rwanda", "Ministry of the Interior"
                    third = tokens[i + 2]
                    gap = masked[following.end - offset : third.start - offset]
                    joins = gap == " " and _capitalised(third)
        if joins:
            current.append(token)
            continue
        if current:
            sequences.append(current)
        current = [token] if _capitalised(token) else []
    if current:
        sequences.append(current)
    return sequences


@dataclass(slots=True)
class _Segment:
    start: int  # token indexes in the sequence
    end: int
    form: Form | None = None
    title: str | None = None


class _Reader:
    """Reads one article's sentences into a :class:`Cast`."""

    def __init__(self, sentences: list[Sentence], *, exclude: frozenset[str]) -> None:
        self.sentences = sentences
        self.gaz: Gazetteer = gazetteer()
        lex = lexicon("en")
        self.names = lex.names
        self.titles = lex.titles
        self.given = lex.first_names.given
        self.family_first = lex.first_names.family_first
        self.months = lex.calendar.month_words
        self.weekdays = lex.calendar.weekday_words
        self.all_caps = is_all_caps([s for s in sentences if s.body])
        self.exclude = exclude | lex.press.outlet_keys
        self.cast = Cast()
        self.bare: list[_Bare] = []
        self.multi: list[tuple[list[Token], int]] = []
        self.owned: list[tuple[Token, int, Entity]] = []
        # Names this text introduced (companies by description, people): later bare uses of
        # the same words are the same actor.
        self.found: dict[str, Entity] = {}

    # ------------------------------------------------------------------ driving

    def read(self) -> Cast:
        for sentence in self.sentences:
            if sentence.body:
                self._sentence(sentence)
        self._resolve_multi()
        self._resolve_bare()
        self._descriptions()
        if not self.all_caps:
            self._appositive_roles()
        self._drop_mere_venues()
        return self.cast

    def _descriptions(self) -> None:
        """ "The UN nuclear watchdog" is the IAEA when the text names the IAEA: the description
        becomes one of its forms, and the "UN" inside it no mention of the United Nations."""
        for key, phrases in self.gaz.descriptions.items():
            actor = self.cast.actors.get(key)
            if actor is None:
                continue
            pattern = _description_pattern(phrases)
            found = [
                (sentence, match)
                for sentence in self.sentences
                if sentence.body
                for match in pattern.finditer(sentence.masked)
            ]
            # All at once: the descriptions do not overlap, and only ``actor`` gains mentions.
            self.cast.drop_within(
                [(s.start + m.start(), s.start + m.end()) for s, m in found], keep=actor
            )
            entity = Entity(actor.key, actor.name, actor.kind, actor.country)
            for sentence, match in found:
                start, end = sentence.start + match.start(), sentence.start + match.end()
                self.cast.mention(entity, match.group(), start, end, sentence.index)
            self.cast.sort_mentions(actor)

    def _drop_mere_venues(self) -> None:
        """A state seen only as a place ("diplomats in Vienna") is a venue, not an actor.

        A capital stands for its state when it acts ("Tokyo wants..."); after "in", "at",
        "to", "from" it is where things happen. A state named no other way is dropped.
        """
        for key in [k for k, a in self.cast.actors.items() if a.kind == "state"]:
            actor = self.cast.actors[key]
            venue = True
            for mention in actor.mentions:
                form = self.gaz.get(mention.surface)
                sentence = self.sentences[mention.sentence]
                before = sentence.masked[: mention.start - sentence.start].rstrip()
                last = before.rsplit(None, 1)[-1].casefold() if before else ""
                if form is None or form.how != "capital" or last not in _LOCATIVE:
                    venue = False
                    break
            if venue:
                self.cast.remove(key)

    def _appositive_roles(self) -> None:
        """Roles written around a name, the most specific one winning.

        "Russia's ambassador to Georgia, NAME,", "NAME, director general of the IAEA,",
        "NAME, the country's energy minister,", "Iran's nuclear chief NAME", "NAME, who heads
        the Y,". The country comes from a possessive or demonym owner that is a state, from
        "the country's" (the state the sentence names), or from the organisation led.
        """
        pats = _appositive_patterns(self.titles.role_nouns)
        for actor in self.cast.ordered():
            if actor.kind != "person":
                continue
            for mention in actor.mentions:
                sentence = self.sentences[mention.sentence]
                rel = mention.start - sentence.start
                end = rel + len(mention.surface)
                masked = sentence.masked
                window = max(0, rel - 160)
                match = pats.before.search(masked, window, rel)
                if match is None:
                    match = pats.possessive.search(masked, window, rel)
                if match is None:
                    match = pats.after.match(masked, end)
                if match is None:
                    match = pats.who.match(masked, end)
                if match is None:
                    continue
                groups = match.groupdict()
                led = groups.get("led")
                if led:
                    role = "Head of " + " ".join(led.split())
                else:
                    role = _role_text(match.group("role"))
                if role.casefold().endswith("counterpart"):
                    role = self._counterpart(actor, sentence, role)
                if _better_role(role, actor.role):
                    actor.role = role
                if not actor.country:
                    actor.country = self._owner_country(match, sentence, rel)
                break

    def _counterpart(self, actor: Actor, sentence: Sentence, role: str) -> str:
        """ "her Turkish counterpart, NAME": the same post as the person met, in another state.

        The role of the other person the sentence names before (their post, without its "of
        Greece") when it is known ("foreign minister"); else "counterpart of NAME".
        """
        first = min(m.start for m in actor.mentions if m.sentence == sentence.index)
        # The person met is named earlier in the sentence, or just before ("His
        # Azerbaijani counterpart, NAME, said ...").
        begin = self.sentences[max(0, sentence.index - 2)].start
        others = [
            a
            for a in self.cast.in_span(begin, first)
            if a.kind == "person" and a is not actor and a.role
        ]
        if not others:
            return role
        other = others[-1]
        post = other.role.split(" of ", 1)[0].split(" for ", 1)[0].strip()
        if post and post.casefold() != "counterpart":
            return post.lower()
        return f"counterpart of {other.name}"

    def _owner_country(self, match: re.Match[str], sentence: Sentence, rel: int) -> str | None:
        groups = match.groupdict()
        for name in ("owner", "dem"):
            owner = groups.get(name)
            form = self.gaz.get(owner) if owner else None
            if form is not None and form.entity.kind in ("state", "organization"):
                return form.entity.country
        if groups.get("anaph") in _COUNTRY_NOUNS or groups.get("pron"):
            # "the country's energy minister": the one state the sentence names, else the
            # last one named before.
            here = {
                a.country
                for a in self.cast.in_span(sentence.start, sentence.end)
                if a.kind == "state" and a.country
            }
            if len(here) == 1 and not groups.get("pron"):
                return next(iter(here))  # "its" minister: the state named before, not after
            last: tuple[int, str] | None = None
            for a in self.cast.actors.values():
                if a.kind != "state" or not a.country:
                    continue
                before = a.last_start_before(sentence.start + rel)
                if before is not None and (last is None or before > last[0]):
                    last = (before, a.country)
            return last[1] if last else None
        place = groups.get("place")
        if place:
            # "of the International Atomic Energy Agency", "Russia's Federal Agency for
            # Fishery": the organisation's own country, when it has one.
            start = sentence.start + match.start("place")
            owners = {
                a.country
                for a in self.cast.in_span(start, start + len(place))
                if a.kind in ("state", "organization") and a.country
            }
            if len(owners) == 1:  # "envoy for the Belgrade-Pristina dialogue": neither side's
                return next(iter(owners))
        return None

    def _sentence(self, sentence: Sentence) -> None:
        text = _lower_tail(sentence.masked) if self.all_caps else sentence.masked
        tokens = _tokens(sentence, text)
        owner: Actor | None = None
        for sequence in _sequences(tokens, text, sentence.start, self.gaz.and_heads):
            owner_here = owner if owner is not None and self._follows(owner, sequence) else None
            owner = self._sequence(sequence, sentence, owner_here)

    def _follows(self, owner: Actor, sequence: list[Token]) -> bool:
        # "Russia's Ministry": only "'s " between.
        return 0 <= sequence[0].start - owner.last_end <= 4

    # ------------------------------------------------------------------ one sequence

    def _segments(self, seq: list[Token]) -> list[_Segment]:
        segments: list[_Segment] = []
        i = 0
        n = len(seq)
        while i < n:
            if seq[i].text in _CONNECTORS:
                i += 1
                continue
            found = self._known_at(seq, i)
            if found is not None:
                segments.append(found)
                i = found.end
                continue
            title = None if self.all_caps else self._title_at(seq, i)
            if title is not None:
                segments.append(title)
                i = title.end
                continue
            segments.append(_Segment(i, i + 1))
            i += 1
        return segments

    def _known_at(self, seq: list[Token], i: int) -> _Segment | None:
        limit = min(len(seq), i + self.gaz.max_tokens)
        for j in range(limit, i, -1):
            if any(t.possessive for t in seq[i : j - 1]) or seq[j - 1].text in _CONNECTORS:
                continue
            text = _join(seq[i:j])
            if name_key(text) in self.exclude:
                return _Segment(i, j, None, "")  # an outlet: consumed, names nothing
            form = self.gaz.get(text, all_caps=self.all_caps)
            if form is not None:
                return _Segment(i, j, form)
        return None

    def _title_at(self, seq: list[Token], i: int) -> _Segment | None:
        for j in range(min(len(seq), i + self.titles.max_words), i, -1):
            title = self.titles.by_key.get(name_key(_join(seq[i:j])))
            if title is not None and not any(t.possessive for t in seq[i:j]):
                return _Segment(i, j, None, title)
        return None

    def _sequence(self, seq: list[Token], sentence: Sentence, owner: Actor | None) -> Actor | None:
        """Record what ``seq`` names; return the actor it ends on when it is possessive."""
        w = self.names
        last = seq[-1].text
        segments = self._segments(seq)
        whole = len(segments) == 1 and segments[0].start == 0 and segments[0].end == len(seq)
        if not whole and last in w.geo_suffixes:
            return None  # "Baltic Sea", "South Kurile Islands", "... Area Defense": geography
        used = [False] * len(seq)
        actors: list[tuple[int, Actor]] = []
        for seg in segments:
            if seg.form is not None:
                actor = self._known(seg.form, seq[seg.start : seg.end], sentence)
                if actor is not None:
                    actors.append((seg.end, actor))
                for k in range(seg.start, seg.end):
                    used[k] = True
            elif seg.title == "":
                for k in range(seg.start, seg.end):
                    used[k] = True
        # Hyphenated words whose parts are known: "Russo-Japanese", "NATO-Russia".
        for k, token in enumerate(seq):
            if not used[k] and "-" in token.text:
                for part_actor in self._parts(token, sentence):
                    actors.append((k + 1, part_actor))
        if not self.all_caps:
            org = self._organisation(seq, segments, sentence, owner)
            if org is not None:
                actors.append((len(seq), org))
                return org if seq[-1].possessive else None
            self._people(seq, segments, used, sentence, owner)
        if seq[-1].possessive:
            ending = [a for end, a in actors if end == len(seq)]
            return ending[-1] if ending else None
        return None

    def _known(self, form: Form, tokens: list[Token], sentence: Sentence) -> Actor | None:
        surface = _join(tokens)
        start, end = tokens[0].start, tokens[-1].end
        entity = form.entity
        if entity.kind == "person":
            actor = self.cast.mention(entity, surface, start, end, sentence.index)
            return actor
        if form.how == "prefix":
            return None  # "Russo" alone is not a mention; only inside "Russo-Japanese"
        return self.cast.mention(entity, surface, start, end, sentence.index)

    def _parts(self, token: Token, sentence: Sentence) -> list[Actor]:
        found: list[Actor] = []
        offset = token.start
        for part in token.text.split("-"):
            form = self.gaz.get(part, all_caps=self.all_caps) if part else None
            if form is not None:
                actor = self.cast.mention(
                    form.entity, part, offset, offset + len(part), sentence.index
                )
                found.append(actor)
            offset += len(part) + 1
        return found

    # ------------------------------------------------------------------ organisations

    def _organisation(
        self, seq: list[Token], segments: list[_Segment], sentence: Sentence, owner: Actor | None
    ) -> Actor | None:
        w = self.names
        if len(seq) < 2 and owner is None:
            return None
        last = seq[-1].text
        first = 0
        while first < len(seq) and (seq[first].text in _CONNECTORS or seq[first].text in ("The",)):
            first += 1
        if any(s.form is not None and s.start <= first and s.end == len(seq) for s in segments):
            return None  # "The International Atomic Energy Agency": a known name already
        body = seq[first:]
        if not body:
            return None
        suffix_kind: str | None = None
        if last in w.armed_suffixes:
            suffix_kind = "armed_group"
        elif last in w.org_suffixes:
            suffix_kind = "organization"
        elif last in w.company_suffixes:
            suffix_kind = "company"
        elif len(body) >= 3 and any(
            t.text in w.org_suffixes and n.text in ("of", "for")
            for t, n in itertools.pairwise(body[:3])
        ):
            suffix_kind = "organization"  # "Ministry of Foreign Affairs", "Bank of England"
        if suffix_kind is None:
            return None
        # The suffix alone, or generic words and a suffix ("Foreign Ministry") with no owner,
        # name nothing in particular.
        specific = [
            t
            for t in body
            if t.text not in w.not_names
            and t.text not in _CONNECTORS
            and t.text not in w.org_suffixes
            and t.text not in w.company_suffixes
        ]
        country: str | None = None
        lead = next((s for s in segments if s.start == first and s.form is not None), None)
        if lead is not None and lead.form is not None and lead.form.entity.kind == "state":
            country = lead.form.entity.country
        name = _join(body)
        if owner is not None and owner.kind == "state":
            country = owner.country
            demonym = _demonym(owner, self.gaz)
            name = f"{demonym} {name}" if demonym else name
        if not specific and country is None:
            return None
        if len(body) < 2 and country is None:
            return None
        if name_key(name) in self.exclude or name_key(_join(body)) in self.exclude:
            return None
        if suffix_kind == "company" and lead is not None and len(body) == 2:
            return None  # "Russian Energy", "Chinese Oil": a demonym and a sector
        entity = Entity(f"{suffix_kind}:{name_key(name)}", name, suffix_kind, country)
        self.found.setdefault(name_key(_join(body)), entity)
        return self.cast.mention(entity, _join(body), body[0].start, body[-1].end, sentence.index)

    # ------------------------------------------------------------------ people

    def _people(
        self,
        seq: list[Token],
        segments: list[_Segment],
        used: list[bool],
        sentence: Sentence,
        owner: Actor | None,
    ) -> None:
        w = self.names
        k = 0
        while k < len(segments):
            seg = segments[k]
            if seg.title:
                names, next_k = self._name_after(seq, segments, k + 1)
                if names:
                    before = segments[k - 1] if k > 0 else None
                    self._person_from_title(seg.title, names, before, owner, sentence)
                    for t in names:
                        used[seq.index(t)] = True
                    k = next_k
                    continue
            k += 1
        run: list[Token] = []
        for idx, token in enumerate(seq):
            free = not used[idx] and token.text not in w.not_names
            free = free and token.text not in self.months and token.text not in self.weekdays
            if free and (token.text not in _CONNECTORS or (run and token.text in _PARTICLES)):
                run.append(token)
                continue
            self._run(run, sentence)
            run = []
        self._run(run, sentence)

    def _name_after(
        self, seq: list[Token], segments: list[_Segment], k: int
    ) -> tuple[list[Token], int]:
        w = self.names
        names: list[Token] = []
        while k < len(segments) and len(names) < 5:
            seg = segments[k]
            if seg.title and not names:
                k += 1  # titles in a row: "Energy Minister Prince NAME"
                continue
            if seg.title:
                break
            if names and seg.start != segments[k - 1].end:
                between = seq[segments[k - 1].end : seg.start]
                if not all(t.text in _PARTICLES for t in between):
                    break  # a connector between two names: "NAME and NAME"
                names.extend(between)  # "bin", "al", "von": part of the name
            if seg.form is not None and seg.form.entity.kind != "person":
                break
            tokens = seq[seg.start : seg.end]
            if any(t.text in w.not_names or t.text in self.months for t in tokens):
                break
            names.extend(tokens)
            k += 1
            if tokens[-1].possessive:
                break
        return names, k

    def _person_from_title(
        self,
        title: str,
        names: list[Token],
        before: _Segment | None,
        owner: Actor | None,
        sentence: Sentence,
    ) -> None:
        country: str | None = None
        of: str | None = None
        if before is not None and before.form is not None:
            entity = before.form.entity
            if entity.kind in ("state", "organization"):
                of, country = entity.name, entity.country
        elif owner is not None and owner.kind in ("state", "organization"):
            of, country = owner.name, owner.country
        role = "" if title in self.titles.honorifics else (f"{title} of {of}" if of else title)
        if len(names) == 1:
            actor = self._lone_name(names[0], sentence)
        else:
            actor = self._person(names, sentence)
        if actor is None:
            return
        # The most specific role wins: "President of Russia" over "President".
        if role and (not actor.role or (" of " in role and " of " not in actor.role)):
            actor.role = role
        if country and not actor.country:
            actor.country = country

    def _lone_name(self, token: Token, sentence: Sentence) -> Actor | None:
        """A title and one name ("President Putin"): a person found already, or a known one."""
        actor = self._surname_owner(token, self.cast.ordered_people())
        if actor is None:
            known = self.gaz.surnames.get(name_key(token.text), [])
            if len(known) != 1:
                self.bare.append(_Bare(token, sentence.index))
                return None
            entity = known[0]
        else:
            entity = Entity(actor.key, actor.name, "person", actor.country)
        return self.cast.mention(entity, token.text, token.start, token.end, sentence.index)

    def _person(self, names: list[Token], sentence: Sentence) -> Actor | None:
        text = _join(names)
        if len(names) == 1:
            self.bare.append(_Bare(names[0], sentence.index))
            return None
        if any(t.text.isupper() and len(t.text) > 1 for t in names):
            return None  # "ALEXANDER NEMENOV": a credit line, not prose
        entity = self._person_entity(text)
        return self.cast.mention(entity, text, names[0].start, names[-1].end, sentence.index)

    def _person_entity(self, text: str) -> Entity:
        form = self.gaz.get(text)
        if form is not None and form.entity.kind == "person":
            return form.entity
        typo = self.gaz.fuzzy(text)
        if typo is not None and typo.entity.kind == "person":
            return typo.entity
        for actor in self.cast.people()[:_NAMESAKES]:
            if is_typo_of(text, actor.name):
                return Entity(actor.key, actor.name, "person", actor.country)
        return Entity(f"person:{name_key(text)}", text, "person", None)

    def _run(self, run: list[Token], sentence: Sentence) -> None:
        while run and run[-1].text in _CONNECTORS:
            run = run[:-1]
        if not run:
            return
        w = self.names
        if len(run) == 1:
            token = run[0]
            form = self.gaz.fuzzy(token.text)
            if form is not None and form.entity.kind != "person" and form.how != "prefix":
                self.cast.mention(form.entity, token.text, token.start, token.end, sentence.index)
                return
            if not token.sentence_initial and token.text not in w.not_names:
                acronym = self._acronym_appositive(token, sentence)
                if acronym is not None:
                    # "NATO's peacekeeping force, KFOR,": an organisation by its description.
                    self.found[name_key(token.text)] = acronym
                    self.cast.mention(acronym, token.text, token.start, token.end, sentence.index)
                    return
                if self._company_before(token, sentence):
                    # "the state energy company NAME": a company by its description.
                    entity = Entity(f"company:{name_key(token.text)}", token.text, "company", None)
                    self.found[name_key(token.text)] = entity
                    self.cast.mention(entity, token.text, token.start, token.end, sentence.index)
                    return
                owner = self._state_possessive_before(token, sentence)
                rest = sentence.masked[token.end - sentence.start :]
                if owner is not None and not _NAME_GOES_ON.match(rest):
                    self.owned.append((token, sentence.index, owner))
                    return
            if not token.text.isupper() or len(token.text) > 1:
                self.bare.append(_Bare(token, sentence.index))
            return
        text = _join(run)
        if name_key(text) in self.exclude:
            return
        again = self.found.get(name_key(text))
        if again is not None:
            self.cast.mention(again, text, run[0].start, run[-1].end, sentence.index)
            return
        form = self.gaz.fuzzy(text)
        if form is not None and form.how != "prefix":
            self.cast.mention(form.entity, text, run[0].start, run[-1].end, sentence.index)
            return
        if run[0].text in self.given or run[0].text in self.family_first:
            self._person(run[:4], sentence)
            return
        if len(run) <= 4 and self._company_before(run[0], sentence):
            # "the Greek firm NAME", "the Istanbul-based NAME": a company by its description.
            entity = Entity(f"company:{name_key(text)}", text, "company", None)
            self.found[name_key(text)] = entity
            self.cast.mention(entity, text, run[0].start, run[-1].end, sentence.index)
            return
        role = self._role_before(run[0], sentence)
        if role is not None and len(run) <= 3:
            # "spokesperson Mao Ning", "analyst NAME NAME": a role noun right before a name.
            actor = self._person(run, sentence)
            if actor is not None and not actor.role:
                actor.role = role
            return
        if len(run) <= 3 and (
            self._introduced(run[-1], sentence) or self._introduced_before(run, sentence)
        ):
            # "NAME NAME, a spokesperson for Y,", "NAME NAME, who heads Y,": the role
            # written after the name says it is a person.
            self._person(run, sentence)
            return
        self.multi.append((run, sentence.index))

    def _company_before(self, token: Token, sentence: Sentence) -> bool:
        before = sentence.masked[
            max(0, token.start - sentence.start - 40) : token.start - sentence.start
        ]
        return _company_noun_pattern(self.titles.company_nouns).search(before) is not None

    def _acronym_appositive(self, token: Token, sentence: Sentence) -> Entity | None:
        """An unknown acronym set off by commas after a description of a body: "a mission,
        MINURSO, to organise", "NATO's peacekeeping force, KFOR,"."""
        text = token.text
        if not (3 <= len(text) <= 8 and text.isupper() and text.isalpha()) or token.possessive:
            return None
        rel = token.start - sentence.start
        rest = sentence.masked[token.end - sentence.start :]
        if rest[:1] not in (",", ")", ";") and not rest.startswith(" ("):
            return None
        match = _ACRONYM_BEFORE.search(sentence.masked, max(0, rel - 80), rel)
        if match is None:
            return None
        kind = _ACRONYM_KINDS.get(match.group("noun").casefold(), "organization")
        return Entity(f"{kind}:{name_key(text)}", text, kind, None)

    def _introduced_before(self, run: list[Token], sentence: Sentence) -> bool:
        """ "The EU's envoy for the dialogue, NAME NAME,": the post, then the name between
        commas."""
        if len(run) < 2:
            return False
        pats = _appositive_patterns(self.titles.role_nouns)
        rel = run[0].start - sentence.start
        after = sentence.masked[run[-1].end - sentence.start :]
        if not after.startswith(","):
            return False
        return pats.before.search(sentence.masked, max(0, rel - 160), rel) is not None

    def _introduced(self, token: Token, sentence: Sentence) -> bool:
        pats = _appositive_patterns(self.titles.role_nouns)
        rel = token.end - sentence.start
        return (
            pats.after.match(sentence.masked, rel) is not None
            or pats.who.match(sentence.masked, rel) is not None
        )

    def _state_possessive_before(self, token: Token, sentence: Sentence) -> Entity | None:
        """The state in "Germany's NAME" right before ``token``, if that is what precedes it."""
        before = sentence.masked[
            max(0, token.start - sentence.start - 40) : token.start - sentence.start
        ]
        match = _STATE_POSSESSIVE.search(before)
        if match is None:
            return None
        form = self.gaz.get(match.group(1))
        if form is None or form.entity.kind != "state":
            return None
        return form.entity

    def _role_before(self, token: Token, sentence: Sentence) -> str | None:
        before = sentence.masked[: token.start - sentence.start]
        match = _role_noun_pattern(self.titles.role_nouns).search(before)
        return match.group("role") if match is not None else None

    def _resolve_multi(self) -> None:
        """Two unknown capitalised words whose last one also stands alone: a person."""
        bare_words = {name_key(b.token.text) for b in self.bare}
        for run, index in self.multi:
            if 2 <= len(run) <= 3 and name_key(run[-1].text) in bare_words:
                self._person(run, self.sentences[index])

    def _resolve_owned(self) -> None:
        """ "Germany's NAME", "Spain's NAME": a single unknown word a state owns is a company
        (people are named in full, or are known), unless it is a surname found elsewhere."""
        people = self.cast.ordered_people()
        for token, index, state in self.owned:
            key = name_key(token.text)
            if key in self.exclude or token.text in self.months:
                continue
            if self._surname_owner(token, people) is not None or self.gaz.surnames.get(key):
                self.bare.append(_Bare(token, index))
                continue
            entity = self.found.get(key) or Entity(
                f"company:{key}", token.text, "company", state.country
            )
            self.found[key] = entity
            self.cast.mention(entity, token.text, token.start, token.end, index)

    def _resolve_bare(self) -> None:
        self._resolve_owned()
        for bare in sorted(self.bare, key=lambda b: b.token.start):
            token = bare.token
            if name_key(token.text) in self.exclude or token.text in self.names.not_names:
                continue
            again = self.found.get(name_key(token.text))
            if again is not None and again.kind != "person":
                self.cast.mention(again, token.text, token.start, token.end, bare.sentence)
                continue
            actor = self._surname_owner(token, self.cast.ordered_people())
            if actor is not None:
                self.cast.mention(
                    Entity(actor.key, actor.name, "person", actor.country),
                    token.text,
                    token.start,
                    token.end,
                    bare.sentence,
                )
                continue
            known = self.gaz.surnames.get(name_key(token.text), [])
            if len(known) == 1:
                self.cast.mention(known[0], token.text, token.start, token.end, bare.sentence)

    def _surname_owner(self, token: Token, people: Sequence[Actor]) -> Actor | None:
        """The person a lone surname refers to: the nearest earlier full mention wins."""
        key = name_key(token.text)
        best: tuple[int, Actor] | None = None
        for actor in people[:_NAMESAKES]:
            parts = name_key(actor.name).split()
            short = {parts[-1]}
            if len(parts) >= 2 and actor.name.split()[0] in self.family_first:
                short.add(parts[0])
            if key not in short and not any(is_typo_of(key, s) for s in short):
                continue
            full = actor.full_starts()
            if not full:
                continue
            earlier = bisect.bisect_left(full, token.start)
            # Prefer the latest full mention before the surname, else the first one after it.
            rank = token.start - full[earlier - 1] if earlier else 10**9 + full[0]
            if best is None or rank < best[0]:
                best = (rank, actor)
        return best[1] if best else None


_PLACE = r"[A-Z][\w'’-]+(?: (?:(?:of|for|and) )?(?:the )?[A-Z][\w'’-]+){0,4}"
# How many of the people found first a surname or a misspelt name is compared with. An article
# names a handful (six at most among the fixtures); a text naming 100,000 people must not
# compare each name with all the others.
_NAMESAKES = 64


_ACRONYM_NOUNS = (
    "force|forces|mission|agency|alliance|body|bloc|group|coalition|organi[sz]ation|watchdog"
    "|court|tribunal|company|firm|operator|party|movement|militia|council|commission"
    "|programme|program|fund|union|authority|regulator|office|service|institute|association"
    "|operation|network|committee|federation|front"
)
_ACRONYM_BEFORE = re.compile(
    r"(?<![\w-])(?P<noun>(?i:" + _ACRONYM_NOUNS + r"))(?: \([^)]*\))?,\s+$"
)
_ACRONYM_KINDS = {
    "militia": "armed_group",
    "front": "armed_group",
    "company": "company",
    "firm": "company",
    "operator": "company",
}
_NAME_GOES_ON = re.compile(r"\s+(?:(?:of|for|and) )?(?:the )?[A-Z]")
_COUNTRY_NOUNS = frozenset(["country", "nation", "kingdom", "republic", "emirate", "state"])
_STATE_POSSESSIVE = re.compile(r"(?<![\w-])([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s $")


@dataclass(frozen=True, slots=True)
class _Appositives:
    before: re.Pattern[str]  # "Russia's ambassador to Georgia, " + NAME
    possessive: re.Pattern[str]  # "Iran's nuclear chief " + NAME
    after: re.Pattern[str]  # NAME + ", director general of the IAEA,"
    who: re.Pattern[str]  # NAME + ", who heads the Y,"


@lru_cache(maxsize=1)
def _appositive_patterns(role_nouns: tuple[str, ...]) -> _Appositives:
    nouns = "|".join(re.escape(n) for n in role_nouns)
    noun = r"(?i:" + nouns + r")(?:[- ]general)?"
    portfolio = (
        r"(?: of (?:the )?(?:foreign affairs|foreign relations|defen[cs]e|finance|interior"
        r"|trade|economy|energy|justice|health|agriculture|industry|state))?"
    )
    complement = portfolio + (
        r"(?: (?:to|of|for|at|in|on) (?:the )?"
        r"(?P<place>" + _PLACE + r"(?:['’]s " + _PLACE + r")?"
        r"(?: (?:government|army|military|ministry|embassy|mission|delegation|rebels|forces"
        r"|dialogue|talks|peace process|process|region|conflict))?))?"
    )
    role = (
        r"(?P<role>(?:(?!(?:and|or|but|said|says|the|a|an|who|which|that|was|is)\b)"
        r"[a-z][a-z-]+ ){0,2}" + noun + complement + r")"
    )
    owner = (
        r"(?:(?:[Tt]he )?(?P<owner>[A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s "
        r"|(?P<pron>[Ii]ts|[Tt]heir) "
        r"|(?:(?:[Tt]he|[Hh]is|[Hh]er) )?(?P<dem>[A-Z][\w-]+(?: [A-Z][\w-]+)?) "
        r"|(?:the )?(?P<anaph>[a-z]+)['’]s |(?:[Tt]he|[Hh]is|[Hh]er) )?"
    )
    before = re.compile(owner + role + r",\s+$")
    after = re.compile(r",\s+(?:(?:the|a|an) )?" + owner + role + r"(?=[,.;])")
    # No comma: "Iran's nuclear chief NAME", "Iran's Foreign Ministry spokesman NAME".
    possessive = re.compile(
        r"(?P<owner>[A-Z][\w-]+)['’]s (?P<role>(?:(?:[A-Z][\w-]+|[a-z-]+) ){0,3}?(?:"
        + noun
        + r")) $"
    )
    who = re.compile(
        r",\s+who (?:heads|leads|runs|chairs|directs) (?P<led>(?:the )?"
        r"(?:(?P<owner>[A-Z][\w-]+)['’]s )?(?P<place>" + _PLACE + r"))(?=[,.;]| in | at )"
    )
    return _Appositives(before, possessive, after, who)


@lru_cache(maxsize=64)
def _description_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(r"(?<![\w.])(?i:" + alternatives + r")(?!\w)")


def _role_text(raw: str) -> str:
    """The role as a briefing shows it: "director general of the IAEA" -> "Director General
    of the IAEA"; a role without an organisation kept as written ("nuclear chief")."""
    text = " ".join(raw.split())
    head, sep, rest = text.partition(" of ")
    if not sep:
        for word in (" for ", " to ", " at "):
            head, sep, rest = text.partition(word)
            if sep:
                break
    if (sep and rest[:1].isupper()) or rest.startswith("the "):
        return " ".join(w[:1].upper() + w[1:] for w in head.split()) + sep + rest
    return text


def _better_role(new: str, old: str) -> bool:
    if not old:
        return True
    specific = (" of ", " for ", " to ")
    if any(w in old for w in specific) and not any(w in new for w in specific):
        return False
    return len(new) > len(old)


@lru_cache(maxsize=1)
def _role_noun_pattern(role_nouns: tuple[str, ...]) -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in role_nouns)
    return re.compile(r"(?<![\w-])(?P<role>(?:" + nouns + r")),? $")


@lru_cache(maxsize=1)
def _company_noun_pattern(company_nouns: tuple[str, ...]) -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in company_nouns)
    return re.compile(r"(?:(?<![\w-])(?:" + nouns + r")|\w-based) $")


def _join(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens)


def _demonym(actor: Actor, gaz: Gazetteer) -> str:
    return gaz.demonyms.get(actor.key, "")


def find_actors(sentences: list[Sentence], *, exclude: frozenset[str] = frozenset()) -> Cast:
    """The actors of the body sentences; ``exclude`` holds normalised names never to list
    (the article's own outlet, for one)."""
    return _Reader(sentences, exclude=exclude).read()
