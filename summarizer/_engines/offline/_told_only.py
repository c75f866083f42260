"""Names an event's sentences tell only in one role, and the event without them.

Several rules take a name off an event's parties when every mention of it in the event's
sentences plays one role that makes it no side: a deal's partner named in a protest against the
deal (:mod:`._partners`), who blocks others' talks, whose property a plan disposes of, whom an
act serves (:mod:`._third_parties`). The walk over the mentions and the dropping are the same
for all of them, and live here once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from summarizer._engines.offline._cast import Actor, Cast, Mention
from summarizer._engines.offline._event import Event, side_of
from summarizer._engines.offline._sentences import Sentence

MentionTest = Callable[[Sentence, Mention], bool]
"""Whether one mention of a name, in its sentence, plays the role."""


def by_index(sentences: Sequence[Sentence]) -> dict[int, Sentence]:
    return {s.index: s for s in sentences}


def told_only(
    key: str, event: Event, cast: Cast, sentences: dict[int, Sentence], test: MentionTest
) -> bool:
    """Every mention of ``key`` in the event's sentences passes ``test`` (and there is one). A
    reference back to a body ("the court") is never told only so."""
    actor = cast.actors.get(key)
    if actor is None:
        return False
    seen = False
    for mention in actor.mentions:
        sentence = sentences.get(mention.sentence)
        if sentence is None or mention.sentence not in event.sentences:
            continue
        if mention.back or not test(sentence, mention):
            return False
        seen = True
    return seen


SpanTest = Callable[[str, str, int, int], bool]
"""Whether a mention plays the role, given its sentence's text, that text lower-cased, and the
mention's start and end within it."""


def told_only_in(
    actor: Actor, event: Event, sentences: dict[int, Sentence], test: SpanTest
) -> bool:
    """Every mention of ``actor`` in the event's sentences passes ``test`` (and there is one).
    The walk goes sentence by sentence and stops at the first mention that fails, so a long
    repetitive story costs no more than the event's first sentence."""
    found = False
    for index in event.sentences:
        sentence = sentences.get(index)
        if sentence is None:
            continue
        low = sentence.text.casefold()
        for m in actor.mentions:
            if not sentence.start <= m.start < sentence.end:
                continue
            if not test(sentence.text, low, m.start - sentence.start, m.end - sentence.start):
                return False
            found = True
    return found


def drop_party(event: Event, key: str) -> None:
    event.parties[:] = [k for k in event.parties if k != key]
    event.left[:] = [k for k in event.left if k != key]
    event.right[:] = [k for k in event.right if k != key]


def sides(event: Event, cast: Cast) -> set[str]:
    return {side_of(cast.actors[k]) for k in event.parties if k in cast.actors}


def without(
    events: list[Event],
    cast: Cast,
    sentences: Sequence[Sentence],
    only: Callable[[str, Event, dict[int, Sentence]], bool],
) -> list[Event]:
    """The events without the parties ``only`` says are told only in a role that is no side; an
    event left with fewer than two sides (when it had two) is no event of its own."""
    indexed = by_index(sentences)
    kept = []
    for event in events:
        before = sides(event, cast)
        for key in list(event.parties):
            if only(key, event, indexed):
                drop_party(event, key)
        if len(sides(event, cast)) < min(2, len(before)):
            continue
        kept.append(event)
    return kept
