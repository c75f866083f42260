"""Who the sides of a dispute are, once a clause has named them.

Rules of news writing, applied to each dispute a clause tells before threads are made:

- an arbitration body ("the International Centre for Settlement of Investment Disputes", "the
  Permanent Court of Arbitration", "an arbitral tribunal") hears a case two others bring: it
  is where the row is argued, never a side of it;
- a state's ministry, department, bureau or coast guard acts for its state: in a row with a
  foreign side, "the Department of Foreign Affairs in Manila summoned China's ambassador" is
  the Philippines against China, and the state joins its organ's side;
- in a civil war the army is a faction: the state set against an armed group that fights it
  is, where the text names it, that state's army ("the Sudanese Armed Forces" against "the
  Rapid Support Forces"), kept as the side in the state's place;
- a state named as the other party of one side's defence treaty or alliance ("the United
  States said its mutual defence treaty with Manila covers attacks on Philippine vessels") is
  that side's ally in the clause, not its opponent; so is one the other side stands "in
  solidarity with" ("Niger and Burkina Faso stood in total solidarity with Bamako and were
  also recalling their ambassadors"), or who acts "together with" it;
- a row told in a relative clause ("Somalia signed a defence protocol with Egypt, which is
  locked in a bitter dispute with Ethiopia over the dam") is between the clause's antecedent
  and the one it is "with": a state of the main clause is no side of it;
- the country an envoy is posted to, named in the envoy's title ("Japan's ambassador to
  Manila said Tokyo was concerned"), is where the envoy serves, not whom the envoy opposes;
- an envoy who represents another state's interests ("summoned the Swiss ambassador, who
  represents U.S. interests in Tehran, to protest") stands for that state: what is done to the
  envoy is aimed at the state represented, not at the envoy's own (the protecting power).

A side left empty sets no one against anyone: the dispute is then one actor's act (``lone``),
as :func:`._events._one_bloc` leaves it.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._event import Event, home_of
from summarizer._engines.offline._sentences import Sentence

# A body whose name says it arbitrates between others.
_ARBITRATOR = re.compile(r"\b(?:arbitration|arbitral|settlement of (?:investment )?disputes)\b")

# A national government's organ, by the head noun of its name.
_ORGAN = re.compile(
    r"\b(?:ministry|department|bureau|coast ?guard|foreign office|state department)\b"
)

# A state's armed forces, by their name ("Sudanese Armed Forces", "Myanmar military").
_FORCES = re.compile(r"\b(?:armed forces|army|military)$")

# "its mutual defence treaty with Manila", "an alliance with Washington", "its ally Japan".
_PARTNER = re.compile(
    r"(?:\b(?:defen[cs]e|security|military) (?:treaty|pact|alliance|agreement)"
    r"|\balliance) with (?:the )?$|\b(?:its|their|an?) (?:\w+ )?(?:ally|allies) $"
    r"|\b(?:solidarity[\"”]?|together) with (?:the )?$"
)

# ", which is locked in a bitter dispute with": a row told of a relative clause's antecedent.
_ROWS = ("dispute", "row", "standoff", "feud", "quarrel", "conflict", "spat")
_RELATIVE_ROW = re.compile(
    r", (?:which|who) (?:is|are|was|were|has been|have been|remains?) (?:\w+ )?"
    r"(?:(?:locked|embroiled|engaged|caught|mired|involved) )?in (?:an? )?(?:[\w-]+ ){0,2}"
    rf"(?P<row>{'|'.join(_ROWS)})s? with (?:the )?"
)

# What is done to an envoy (a recall, an expulsion, a summons) is done to the host state too.
_ON_ENVOY = re.compile(r"recall|expel|expul|summon|envoy|ambassador|diplomat|persona non grata")

# "ambassador to Manila", "envoy in Beijing": an envoy's post, then its place. (Not "the
# embassy in Kyiv": a building may be what an act hits.)
_POSTED = re.compile(
    r"\b(?:ambassador|envoy|charg[eé] d'affaires|consul(?:-general)?|high commissioner)"
    r"s? (?:to|in) (?:the )?$"
)


def settle_sides(item: Event, cast: Cast, sentences: dict[int, Sentence]) -> None:
    """Apply the rules to one dispute told by a clause (see the module)."""
    _arbitrators_apart(item, cast)
    _relative_row(item, cast, sentences)
    _host_apart(item, cast, sentences)
    _protecting_power(item, cast, sentences)
    _partners_apart(item, cast, sentences)
    _organs_with_states(item, cast, sentences)
    _army_for_state(item, cast)


def _drop(item: Event, gone: set[str]) -> None:
    if not gone:
        return
    item.parties = [k for k in item.parties if k not in gone]
    item.left = [k for k in item.left if k not in gone]
    item.right = [k for k in item.right if k not in gone]
    if item.opposed and not (item.left and item.right):
        item.opposed, item.lone = False, True
    elif len(item.parties) < 2:
        item.lone = True


def _arbitrators_apart(item: Event, cast: Cast) -> None:
    gone = {
        k
        for k in item.parties
        if (a := cast.actors.get(k)) is not None
        and a.kind == "organization"
        and _ARBITRATOR.search(a.name.casefold())
    }
    _drop(item, gone)


# ", who represents U.S. interests": the envoy acts for the state named next.
_REPRESENTS = re.compile(
    r"^(?:['’]s? [\w-]+(?: [\w-]+)?|(?: [\w-]+){1,2}),? (?:who|which) (?:also )?"
    r"(?:represents?|looks after|handles) (?:the )?$"
)


def _protecting_power(item: Event, cast: Cast, sentences: dict[int, Sentence]) -> None:
    """A side named only as the state of an envoy who represents another state's interests
    gives way to the state represented (see the module)."""
    if not item.opposed or not any(_ON_ENVOY.search(label) for label in item.labels):
        return
    told = [sentences[i] for i in item.sentences if i in sentences]
    for side in (item.left, item.right):
        for k in list(side):
            actor = cast.actors.get(k)
            if actor is None or actor.kind != "state":
                continue
            spots = [(s, m) for s in told for m in actor.mentions if s.start <= m.start < s.end]
            if not spots:
                continue
            stands: set[str] = set()
            for s, m in spots:
                rest = s.text[m.end - s.start : m.end - s.start + 60]
                found = [
                    a
                    for a in cast.in_span(m.end, m.end + 60)
                    if a.kind == "state"
                    and a is not actor
                    and _REPRESENTS.match(
                        rest[
                            : min(x.start for x in a.mentions if x.start >= m.end) - m.end
                        ].casefold()
                    )
                ]
                if len(found) != 1:
                    stands.clear()
                    break
                stands.add(found[0].key)
            if len(stands) != 1:
                continue
            other = stands.pop()
            if other in item.left or other in item.right:
                side.remove(k)
            else:
                side[side.index(k)] = other
            item.parties = list(dict.fromkeys(other if p == k else p for p in item.parties))
            if k in item.parties:
                item.parties.remove(k)
    if not (item.left and item.right):
        item.opposed, item.lone = False, True


def _host_apart(item: Event, cast: Cast, sentences: dict[int, Sentence]) -> None:
    """A state named in the event's sentences only as the place an envoy is posted to. An act
    on the envoy ("recalled its ambassador to Qatar") is an act on the host: it stays."""
    told = [sentences[i] for i in item.sentences if i in sentences]
    if not told or any(_ON_ENVOY.search(label) for label in item.labels):
        return
    gone: set[str] = set()
    for k in item.parties:
        actor = cast.actors.get(k)
        if actor is None or actor.kind != "state":
            continue
        starts = [(s, at) for s in told for at in actor.starts_in(s.start, s.end)]
        if starts and all(
            _POSTED.search(s.text[max(0, at - s.start - 40) : at - s.start].casefold())
            for s, at in starts
        ):
            gone.add(k)
    if len(gone) < len(set(item.parties)):
        _drop(item, gone)


def _organ_state(
    actor: Actor, cast: Cast, item: Event, sentences: dict[int, Sentence]
) -> Actor | None:
    """The state a government organ acts for: its own country's, or, for one named without
    a country ("the Department of Foreign Affairs"), the one state its clause names that is on
    no side against it."""
    if actor.country:
        return cast.state_of(actor.country)
    against = set(item.right if actor.key in item.left else item.left)
    found: list[Actor] = []
    for i in item.sentences:
        s = sentences.get(i)
        if s is None:
            continue
        for a in cast.in_span(s.start, s.end):
            if a.kind == "state" and a.key not in against and a not in found:
                found.append(a)
    return found[0] if len(found) == 1 else None


def _organs_with_states(item: Event, cast: Cast, sentences: dict[int, Sentence]) -> None:
    if not item.opposed:
        return
    for side, other in ((item.left, item.right), (item.right, item.left)):
        foreign = {cast.actors[k].country for k in other if k in cast.actors}
        foreign.discard(None)
        for k in list(side):
            actor = cast.actors.get(k)
            if (
                actor is None
                or actor.kind != "organization"
                or not _ORGAN.search(actor.name.casefold())
            ):
                continue
            state = _organ_state(actor, cast, item, sentences)
            if (
                state is None
                or state.key in side
                or state.key in other
                or not foreign
                or state.country in foreign
            ):
                continue
            side.append(state.key)
            if state.key not in item.parties:
                item.parties.append(state.key)


def _army_for_state(item: Event, cast: Cast) -> None:
    if not item.opposed:
        return
    for side, other in ((item.left, item.right), (item.right, item.left)):
        fought = {
            a.country
            for k in other
            if (a := cast.actors.get(k)) is not None and home_of(a) == "fights" and a.country
        }
        for country in fought:
            state = cast.state_of(country)
            if state is None or state.key not in side:
                continue
            armies = [
                a
                for a in cast.actors.values()
                if a.country == country
                and a.kind in ("organization", "armed_group")
                and home_of(a) != "fights"
                and _FORCES.search(a.name.casefold())
            ]
            if len(armies) != 1:
                continue
            army = armies[0]
            side[side.index(state.key)] = army.key
            if army.key in side[side.index(army.key) + 1 :]:
                side.remove(army.key)
            item.parties = [army.key if k == state.key else k for k in item.parties]
            item.parties = list(dict.fromkeys(item.parties))


def _partners_apart(item: Event, cast: Cast, sentences: dict[int, Sentence]) -> None:
    """A side named in the event's sentences (other than by a demonym) only as the partner of
    the other side's defence treaty or alliance, after that side is named."""
    if not item.opposed:
        return
    told = [sentences[i] for i in item.sentences if i in sentences]
    if not told:
        return
    gone: set[str] = set()
    for side, other in ((item.left, item.right), (item.right, item.left)):
        for k in side:
            actor = cast.actors.get(k)
            if actor is None:
                continue
            marked = [
                _PARTNER.search(
                    s.text[max(0, m.start - s.start - 50) : m.start - s.start].casefold()
                )
                is not None
                and any(
                    (o := cast.actors.get(j)) is not None and o.mentioned_in(s.start, m.start)
                    for j in other
                )
                for s in told
                for m in actor.mentions
                if s.start <= m.start < s.end and not m.adjective and not _owner(s, m.end)
            ]
            # A demonym or an owner elsewhere ("attacks on Philippine vessels", "shared the
            # Philippines' concern") names what is hit or held, not who opposes whom.
            if marked and all(marked):
                gone.add(k)
    _drop(item, gone)


def _owner(sentence: Sentence, end: int) -> bool:
    """Whether the mention ending at ``end`` is a possessive ("the Philippines' concern")."""
    return sentence.text.startswith(("'", "’"), end - sentence.start)


def _relative_row(item: Event, cast: Cast, sentences: dict[int, Sentence]) -> None:
    if len(item.sentences) != 1 or item.sentences[0] not in sentences:
        return
    sentence = sentences[item.sentences[0]]
    found = _RELATIVE_ROW.search(sentence.text)
    if found is None or found.group("row") not in item.labels:
        return
    at, after = sentence.start + found.start(), sentence.start + found.end()
    before = [
        a
        for a in cast.in_span(sentence.start, at)
        if any(at - 2 <= m.end <= at for m in a.mentions)
    ]
    other = [a for a in cast.in_span(after, after + 1)]
    if len(before) != 1 or len(other) != 1 or before[0] is other[0]:
        return
    pair = [before[0].key, other[0].key]
    if set(item.parties) <= set(pair):
        return
    item.left, item.right, item.parties = [pair[0]], [pair[1]], pair
    item.opposed, item.lone = True, False
