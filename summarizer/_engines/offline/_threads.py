"""Threads: events about the same thing and the same sides merge into one per article, and the
few threads the article is most about are kept."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from summarizer._engines.offline._cast import Cast
from summarizer._engines.offline._clause import reading
from summarizer._engines.offline._event import Event, side_of
from summarizer._engines.offline._made_before import as_thread, made_before
from summarizer._engines.offline._reactions import answers_row
from summarizer._engines.offline._status import merge_status
from summarizer._engines.offline._when import latest
from summarizer._lexicon import lexicon

# An article is about a few disputes and deals: the gold annotations of 40 articles list at
# most three required ones of a kind. More threads are splinters of one story or asides.
_MAX_THREADS = 4
# How many threads back a new event looks for the thread it belongs to: a text that tells
# thousands must not compare each new one with all of them.
_LOOKBACK = 32
# How many sentences after a dispute's last clause another clause about the same two sides,
# of another kind, still tells the same conflict (the lead, its details and the reactions).
_SAME_STRETCH = 4
# How many sentences after a deal "the agreement", named with no sides, still means it.
_ANAPHORA_GAP = 4


_REACTIONS = frozenset(["rejection"])
# Deal statuses that state no agreement: a denied report of one takes nothing from them.
_UNAGREED = frozenset(["negotiating", "stalled", "collapsed"])


_WORD = re.compile(r"[a-z][a-z-]{2,}")
_ABOUT = re.compile(r"\b(?:over|about)\b")
# "talks on the sidelines of the Mercosur summit": where the talks are held, not what about.
_VENUE = re.compile(r"\b(?:on|at) the (?:sidelines|margins|fringes) of\b.*$")


class _Subjects:
    """What an article's events are about, each piece read once: a text that tells one deal a
    thousand times must not reread every name's mentions, or a thread's growing quotes, for
    each new clause."""

    def __init__(self, cast: Cast) -> None:
        self.cast = cast
        self._stop = lexicon("en").stopwords
        self._names: dict[str, frozenset[str]] = {}
        self._subjects: dict[int, tuple[str, tuple[str, ...], frozenset[str]]] = {}
        self._told: dict[int, tuple[int, set[str]]] = {}

    def _name_words(self, key: str) -> frozenset[str]:
        found = self._names.get(key)
        if found is None:
            actor = self.cast.actors[key]
            surfaces = {m.surface.casefold() for m in actor.mentions}
            found = frozenset(w for surface in surfaces for w in _WORD.findall(surface))
            self._names[key] = found
        return found

    def content(self, low: str, event: Event) -> frozenset[str]:
        """The words of ``low`` beyond those every item shares and its sides' names."""
        sides: set[str] = set()
        for key in event.parties:
            if key in self.cast.actors:
                sides |= self._name_words(key)
        return frozenset(w for w in _WORD.findall(low) if w not in self._stop and w not in sides)

    def subject(self, event: Event) -> frozenset[str]:
        """What a clause's own phrase says the event is about, beyond the words every item
        shares and its sides' names: "agreement to run joint customs checks" -> {customs,
        checks}; "the agreement" -> nothing. The trigger stays: "swap", "cable" name the
        object."""
        cached = self._subjects.get(id(event))
        if cached is not None and cached[0] == event.phrase and cached[1] == tuple(event.parties):
            return cached[2]
        low = _VENUE.sub("", event.phrase.casefold())
        if event.section == "dispute":
            # A dispute is told by many acts of one conflict (a summons, a shelling, a charge):
            # only what it is "over" names its subject ("at odds over the port of Darwin").
            about = _ABOUT.search(low)
            low = low[about.end() :] if about is not None else ""
        found = self.content(low, event)
        self._subjects[id(event)] = (event.phrase, tuple(event.parties), found)
        return found

    def told(self, event: Event) -> set[str]:
        """The words of the clauses an event is told in (read once each as the thread grows)."""
        read, words = self._told.get(id(event), (0, set()))
        for quote in event.quotes[read:]:
            words.update(_WORD.findall(quote.casefold()))
        self._told[id(event)] = (len(event.quotes), words)
        return words

    def other(self, thread: Event, item: Event) -> bool:
        """Two clauses of one pair on two subjects: each names what it is about, and neither's
        subject is told in the other's clauses ("a framework agreement on the water of the
        Tigris" and "agreed to set up a joint company to build the road"; a protest at a jet's
        flares and "at odds over the port of Darwin"). A clause that names nothing of its own
        ("the deal", "it", "signed on Monday") or refers back is the same subject retold."""
        if item.anaphoric or item.lone:
            return False
        if (
            item.section == "deal"
            and "talks" in thread.labels
            and _TALKS_BACK.match(item.quotes[0])
        ):
            return False  # "The talks ... ended with an agreement to ...": the talks' outcome
        mine, theirs = self.subject(item), self.subject(thread)
        if (
            item.section == "deal"
            and item.label == "talks"
            and thread.status in _MADE
            and mine
            and not mine & self.told(thread)
        ):
            # "A and B signed a protocol ... Talks on a transit route are due to resume": talks
            # on a subject the deal made never told are talks on something else.
            return True
        if item.section == "dispute" and mine and not theirs:
            # "A lodged a protest with B after a jet released flares" and then "the two are at
            # odds over the port": what the thread is about is in its topic words.
            theirs = frozenset(w.casefold() for w in thread.topics) - self._stop
        if not (mine and theirs):
            return False
        return not (mine & self.told(thread) or theirs & self.told(item))

    def pick(self, candidates: list[Event], item: Event) -> Event | None:
        """Of the threads an item may join (latest first), the first whose clauses tell the
        item's own subject ("the water agreement" joins "a framework agreement on managing the
        water", not the joint company told after it); else the latest. A deal whose phrase
        names nothing ("the crossing agreement, signed in Lima") is matched by the words of its
        clause; not a dispute, whose reactions and acts name other things than the thread they
        answer."""
        mine = self.subject(item)
        if not mine and item.section == "deal":
            mine = self.content(" ".join(item.quotes).casefold(), item)
        if mine:
            for thread in candidates:
                if mine & self.told(thread):
                    return thread
        return candidates[0] if candidates else None


_MADE = frozenset({"agreed", "signed", "implemented"})
# A clause whose subject is the talks told before ("The talks, between X and Y, ended with").
_TALKS_BACK = re.compile(
    r"(?:[\"“]?)(?:The|These|Those|Their) (?:[\w-]+ )?(?:talks|negotiations)\b"
)


def side_set(event: Event, cast: Cast) -> set[str]:
    return _sides(event.parties, cast)


def _sides(keys: list[str], cast: Cast) -> set[str]:
    return {side_of(cast.actors[k]) for k in keys if k in cast.actors}


def _sides_of(cast: Cast) -> Callable[[list[str]], set[str]]:
    return lambda keys: _sides(keys, cast)


def make_threads(items: list[Event], cast: Cast) -> list[Event]:
    """One thread per subject and sides: real events merge by sides; background and unreal
    ones only lend their words to the thread they are about."""
    threads: list[Event] = []
    subjects = _Subjects(cast)
    for item in items:
        if not item.real or item.lone:
            continue
        target = subjects.pick(
            [t for t in reversed(threads[-_LOOKBACK:]) if _same_thread(t, item, subjects)], item
        )
        if target is None:
            threads.append(item)
        else:
            _absorb(target, item, cast, real=True)
    lent: set[int] = set()  # background items that lent their words to a thread
    for item in items:
        if item.real and not item.lone:
            continue
        # "its purchases", "the deal": an anaphor points back, never to a thread told later.
        kin = [
            t
            for t in reversed(threads[-_LOOKBACK:])
            if _related(t, item, cast)
            and not _set_apart(t, item)
            and not (item.anaphoric and t.sentences[0] > item.sentences[0])
            and not _truce_and_treaty(t, item)
        ]
        related = subjects.pick(kin, item)
        # "Putin and Kim signed a treaty in June 2024. The treaty, which took effect that
        # December, ...": the background deal the clause points back to, told nearest before
        # it, is its thread, before any thread told nearby.
        made = None if related is not None else made_before(items, item, _sides_of(cast), lent)
        if made is not None and any(t is made for t in threads):
            related = made  # a second clause about the deal made a thread before
        elif made is not None:
            _made_thread(threads, made, item, cast)
            continue
        if related is None and item.lone and (not item.parties or item.anaphoric):
            # "The contract is worth $3 billion": the deal told just before.
            related = subjects.pick(
                [
                    t
                    for t in reversed(threads[-_LOOKBACK:])
                    # "... has been the deal that was always about to happen" in a lead, or
                    # "the contract is worth $3 billion" just after: the deal told nearby.
                    if min(abs(item.sentences[0] - i) for i in t.sentences) <= _ANAPHORA_GAP
                    # "one of the sharpest rows in the region" names no sides: it is a row
                    # told nearby only where that thread sets its sides against each other
                    # ("expelled French troops, turned to Russia" sets no one against Russia).
                    and not _doer_untold(t)
                    and not _truce_and_treaty(t, item)
                    # "The framework contract ..." after the signing: the deal told before.
                    and not (
                        item.section == "deal"
                        and item.anaphoric
                        and t.sentences[0] > item.sentences[0]
                    )
                ],
                item,
            )
        if related is not None and item.background:
            lent.add(id(item))
        if related is not None:
            # "Norway has its own agreement with Britain" beside EU-UK talks: a lone clause
            # naming a state the thread does not hold lends its words, not its status.
            real = bool(item.real) and set(item.named) <= side_set(related, cast)
            _absorb(related, item, cast, real=real, parties=False)
            # "denied reports that it had agreed ...": the deal the report told is not stated;
            # talks their own clauses say failed or go on ("ended without agreement") stand.
            related.denied = related.denied or (item.denied and related.status not in _UNAGREED)
    return [t for t in threads if not t.denied]


def _made_thread(threads: list[Event], made: Event, item: Event, cast: Cast) -> None:
    """The background deal ``made`` becomes a thread, in text order, told now by ``item``,
    the clause that points back to it: its status from that clause, its date from its own
    ("signed in June 2024"), and its sides from its own clause only. The clause pointing back
    names no side of it, whatever other states it names ("the basis on which Greece offered
    blocks to U.S. major Chevron")."""
    as_thread(made)
    at = next((i for i, t in enumerate(threads) if t.sentences[0] > made.sentences[0]), None)
    threads.insert(len(threads) if at is None else at, made)
    when = made.when
    _absorb(made, item, cast, real=True, parties=False)
    made.when = when or made.when


def story_disputes(
    threads: list[Event],
    lead: Event,
    cast: Cast,
    lows: dict[int, str],
    headline: frozenset[str] = frozenset(),
) -> list[Event]:
    """The disputes of the story, not those it mentions in passing: a thread told in one
    sentence, with a side the lead does not name, is another story's when it names two other
    sides altogether ("Nigeria and Cameroon settled their quarrel" in a story about a
    Ghana-Togo pact) or is set aside from the story ("the EU is separately locked in a row
    with China" in one about Indonesia and the EU). The lead is the first dispute or deal that
    clauses tell as happening. A thread two of whose sides the headline names is the story's,
    however the body sets it aside ("In a separate dispute, A and B are at odds" under "...;
    A presses B on canal")."""
    story = side_set(lead, cast)

    def passing(thread: Event) -> bool:
        sides = side_set(thread, cast)
        if thread is lead or len(sides & headline) >= 2:
            return False
        if not sides & story and any(
            reading()["aside"].match(lows.get(i, "")) for i in set(thread.sentences)
        ):
            # "Elsewhere in the region, Venezuela and Guyana remain at odds": set aside from the
            # story, however many clauses tell it.
            return True
        if len(set(thread.sentences)) > 1 or thread.real > 1:
            return False
        if sides <= story:
            return False
        low = lows.get(thread.sentences[0], "")
        return not sides & story or reading()["aside"].search(low) is not None

    return [t for t in threads if not passing(t)]


def main_threads(threads: list[Event]) -> list[Event]:
    """The threads the article is most about, in text order."""
    if len(threads) <= _MAX_THREADS:
        return threads

    def weight(thread: Event) -> tuple[float, int]:
        lead = 3 if thread.sentences[0] <= 2 else 0
        stated = 1 if thread.status != "unclear" else 0
        return (thread.real + lead + stated + 0.5 * thread.opposed, -thread.sentences[0])

    kept = sorted(threads, key=weight, reverse=True)[:_MAX_THREADS]
    return sorted(kept, key=lambda t: t.sentences[0])


def _truce_and_treaty(thread: Event, item: Event) -> bool:
    """One is a truce and the other a treaty or pact: "the treaty" told after a ceasefire of the
    same pair points back to a treaty, not to the truce."""
    truce = {"ceasefire"}
    pact = {"pact"}
    one, other = set(thread.labels), set(item.labels)
    return bool(
        (one & truce and not one & pact and other & pact and not other & truce)
        or (other & truce and not other & pact and one & pact and not one & truce)
    )


def _same_thread(thread: Event, item: Event, subjects: _Subjects) -> bool:
    cast = subjects.cast
    a, b = side_set(thread, cast), side_set(item, cast)
    shared = a & b
    gap = item.sentences[0] - thread.sentences[-1]
    if subjects.other(thread, item):
        return False
    if item.section == "dispute":
        # One thread per pair of sides: the same sides, or a reaction to the thread, or the
        # next sentence telling more of it with a side more or less.
        # The same two sides told in one stretch of the text are in one conflict, however its
        # clauses name it ("summoned the envoy", "blamed New Delhi for ceasefire violations"):
        # a summons and the shelling it protests are one thread, not two with different
        # titles. A new incident told after paragraphs of other matter is a thread of its own.
        same_subject = thread.kind == item.kind or thread.soft or item.soft or gap <= _SAME_STRETCH
        if ("court case" in thread.labels) != ("court case" in item.labels) and not (
            thread.soft or item.soft
        ):
            # A case before a court or tribunal is a proceeding of its own beside the row
            # told around it ("asked the court to rule ..."; "suspended the treaty").
            return False
        if (a == b and same_subject) or (len(shared) >= 2 and (item.aimed or gap <= 2)):
            return _consistent(thread, item, cast)
        if answers_row(thread, item, b, a):
            # "Russia's foreign ministry summoned Finland's ambassador" paragraphs after the
            # seizure: a reaction naming nothing it is over answers the pair's row.
            return _consistent(thread, item, cast)
        if shared and gap == 0 and thread.opposed and not item.opposed:
            # "militants stepped up attacks, and Rwandan and Mozambican forces are fighting
            # them": a state of fighting told in the sentence of an act with a side in common
            # is that act's conflict, not a second one between its own names.
            return _consistent(thread, item, cast)
        if bool(shared) and shared in (a, b) and gap <= 1 and len(a | b) <= 3:
            return True
        # "Hungary has blocked EU decisions ... the European Commission has accused it": a
        # bloc's own body speaks for the bloc; the next sentence tells the same row.
        return gap <= 1 and a != b and _as_blocs(a, cast) == _as_blocs(b, cast)
    if len(shared) < 2 and not (shared and shared in (a, b) and item.anaphoric):
        return False
    if item.separate:
        return False  # "a separate wheeling agreement, also signed on Wednesday"
    if _set_apart(thread, item):
        return False
    if item.anaphoric and _truce_and_treaty(thread, item):
        return False  # "a ceasefire agreed on May 10 ... The treaty remains in abeyance"
    if item.indefinite and _conflicting(thread.status, item.status):
        return False  # "a planned swap fell apart": another swap than the one carried out
    if gap <= 1 and ("talks" in thread.labels) != ("talks" in item.labels):
        # "A's minister held talks in B's capital ... The two agreed to set up committees":
        # talks of a pair and what the pair agrees in the sentence right after are one deal.
        return True
    if item.label == "talks" and not subjects.subject(item):
        # "The two leaders are expected to meet on the sidelines of the summit": talks of the
        # pair that name no subject of their own are about the pair's deal.
        return True
    if gap <= 1 and not subjects.subject(item):
        # "India and China have agreed to end the standoff. The ministry said the two sides
        # had agreed to the disengagement": the pair's agreement told again right after,
        # naming no subject of its own, is the same deal.
        return True
    # "France will build reactors in India, and the two countries will develop an engine":
    # two deals of one pair, on two subjects.
    return (
        item.anaphoric
        or item.soft
        or thread.soft
        or thread.kind == item.kind
        or bool(set(thread.topics) & set(item.topics))
    )


def _doer_untold(thread: Event) -> bool:
    """A dispute thread whose act has a side acted on but no doer, and no clause that sets its
    names against each other: its other names are not the act's other side."""
    return (
        thread.section == "dispute"
        and not thread.opposed
        and bool(thread.right)
        and not thread.left
    )


def _set_apart(thread: Event, item: Event) -> bool:
    """A deal told as another one ("a separate wheeling agreement", "a memorandum to study a
    second cable") is its own: a later clause joins it only when it points back to it ("the
    memorandum"); one naming a deal afresh ("the pricing formula agreed in June") tells the
    deal the story is about, not the second one."""
    return thread.section == "deal" and thread.separate and not item.anaphoric


def _as_blocs(sides: set[str], cast: Cast) -> set[str]:
    """``sides`` with each body of a bloc ("the European Commission") read as its bloc."""
    belongs = reading()["bloc_body"]
    names = {side_of(actor): actor.name.casefold() for actor in cast.actors.values()}
    out = set()
    for side in sides:
        body = names.get(side)
        bloc = next(
            (
                other
                for other, name in names.items()
                if body is not None and other != side and belongs.match(f"{body} of {name}")
            ),
            None,
        )
        out.add(bloc or side)
    return out


def _conflicting(a: str, b: str) -> bool:
    done = {"implemented", "signed"}
    failed = {"collapsed", "stalled"}
    return (a in done and b in failed) or (a in failed and b in done)


def _consistent(thread: Event, item: Event, cast: Cast) -> bool:
    """Merging keeps the sides: no actor goes from one side to the other."""
    if not (thread.opposed and item.opposed):
        return True
    left = {side_of(cast.actors[k]) for k in thread.left if k in cast.actors}
    right = {side_of(cast.actors[k]) for k in thread.right if k in cast.actors}
    i_left = {side_of(cast.actors[k]) for k in item.left if k in cast.actors}
    i_right = {side_of(cast.actors[k]) for k in item.right if k in cast.actors}
    straight = not (left & i_right or right & i_left)
    crossed = not (left & i_left or right & i_right)
    return straight or crossed


def _related(thread: Event, item: Event, cast: Cast) -> bool:
    """Same sides: the item's are among the thread's, or two of them are."""
    a, b = side_set(thread, cast), side_set(item, cast)
    shared = a & b
    return bool(shared) and (shared == b or len(shared) >= 2)


def _absorb(target: Event, item: Event, cast: Cast, *, real: bool, parties: bool = True) -> None:
    for quote, key in zip(item.sentence_quotes, item.quote_keys, strict=True):
        if quote not in target.members("sentence_quotes"):
            target.quote_keys.append(key if real else (1, key[1]))
    # A clause told as background or unreal ("the only states to have signed treaties with
    # X") may lend the thread its words, never its evidence: the quotes shown must state it.
    attrs = ["labels", "sentences", "sentence_quotes"]
    if real:
        attrs += ["quotes", "topics", "object_topics"]
    if real and parties:
        # The same deal told again: its brokers too ("The ceasefire, brokered by France"
        # lent to a proposal's thread brokers the ceasefire, not the proposal).
        attrs += ["parties", "brokers"]
    for attr in attrs:
        values: list[Any] = getattr(target, attr)
        present = target.members(attr)
        for value in getattr(item, attr):
            if value not in present:
                present.add(value)
                values.append(value)
    if not real:
        return  # background and unreal words say nothing of the thread's state
    target.real += item.real
    if target.soft and not item.soft:
        target.kind, target.soft = item.kind, False
    before = target.status
    if target.section == "deal":
        merge_status(target, item)
    elif target.status == "unclear":
        target.status = item.status
    if (
        target.section == "deal"
        and target.status != before
        and item.quotes
        and item.quotes[0] in target.quotes[1:]
    ):
        # The clause that states a deal's status ("signed on Monday") is among its quotes shown.
        target.quotes.remove(item.quotes[0])
        target.quotes.insert(1, item.quotes[0])
    if target.money is None:
        target.money = item.money
    # A rejection answers the act it rejects: "Benin denies the charge" does not name a
    # thread whose accusation it answers.
    # "Past agreements between Nairobi and Dodoma" points back to deals told before and names
    # no subject: it does not retitle a thread a clause of its own names ("to remove ...").
    if (
        _title_score(item) > _title_score(target)
        and not (item.label in _REACTIONS and target.label not in _REACTIONS)
        and not (item.anaphoric and target.phrase and not _names_subject(item.phrase))
        and not (_answers(target, item) and len(target.phrase.split()) > 2)
    ):
        target.label, target.phrase, target.headed = item.label, item.phrase, item.headed
    if item.when is not None:
        target.when = latest([w for w in (target.when, item.when) if w], None)
    if parties:
        _join_sides(target, item, cast)


def _answers(thread: Event, item: Event) -> bool:
    """Whether a dispute's clause is the other side's move against the thread's actor (a
    probe into pork opened by the side that EV tariffs hit): it belongs to the row, but the
    act that started the row names it."""
    return (
        thread.section == "dispute"
        and bool(item.left)
        and bool(set(item.left) & set(thread.right))
        and not set(item.left) & set(thread.left)
    )


def _names_subject(phrase: str) -> bool:
    """Whether a phrase has a word beyond those every item shares ("past agreements" has
    none; "water agreement" has one)."""
    stop = lexicon("en").stopwords
    return any(w not in stop for w in _WORD.findall(phrase.casefold()))


def _title_score(event: Event) -> int:
    """Which clause names a thread best: one with a phrase of its own ("tariffs on steel"),
    then one headed by its noun ("row")."""
    words = len(event.phrase.split())
    return 2 * (words >= 2) + (event.headed and words >= 1)


def _join_sides(target: Event, item: Event, cast: Cast) -> None:
    """The item's sides added to the thread's, turned to match it."""
    if not item.opposed:
        return
    if not target.opposed:
        target.left, target.right, target.opposed = list(item.left), list(item.right), True
        return
    side = {side_of(cast.actors[k]): "L" for k in target.left if k in cast.actors}
    side.update({side_of(cast.actors[k]): "R" for k in target.right if k in cast.actors})
    flip = any(
        side.get(side_of(cast.actors[k])) == "R" for k in item.left if k in cast.actors
    ) or any(side.get(side_of(cast.actors[k])) == "L" for k in item.right if k in cast.actors)
    left, right = (item.right, item.left) if flip else (item.left, item.right)
    target.left += [k for k in left if k not in target.left and k not in target.right]
    target.right += [k for k in right if k not in target.right and k not in target.left]
