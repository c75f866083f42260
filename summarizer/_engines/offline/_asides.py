"""Deals a story tells in passing, or with a partner its parties lack: no deal of the briefing.

Two rules of news writing, each a reason to abstain rather than state a false deal:

- A deal told once, past the lede, in a clause dated to a past month, between sides the story
  does not open with, is background to other news: "Egypt, which depends on the Nile, signed a
  $35 billion investment deal with the United Arab Emirates in February" in a story on talks
  over a dam. (A deal of the story's own sides may be the news told from its start: "the two
  sides had agreed in July to try to reach a deal".)
- "A deal with X" names X as the partner of the deal: "Russia's agreement with the breakaway
  region of Abkhazia" is a deal of Russia and Abkhazia, whoever protests against it. A deal
  whose parties lack the partner its own phrase names has the wrong parties (the objector, the
  host), and no party list is better than a false one.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._data import events
from summarizer._engines.offline._event import Event, side_of
from summarizer._engines.offline._sentences import Sentence
from summarizer._lexicon import lexicon

# "with" and the words that may stand between it and the partner's name: an article, lower-case
# words that say what the partner is ("the breakaway region of", "its neighbour"), never
# another preposition's object ("with 15% tariffs").
_WITH = re.compile(r"\bwith (?:the |its |a )?((?:[a-z][\w-]*(?: of)? ){0,4})([A-Z][\w.'’-]*)")

# Words after "with" that tell no partner: "with the aim of", "with effect from", a count.
_NOT_PARTNER = frozenset({"aim", "effect", "help", "support", "backing", "view", "exception"})


def _names(actor: Actor) -> list[str]:
    return [n for n in (actor.name, *actor.aliases()) if n]


def _partner(phrase: str, cast: Cast) -> Actor | bool | None:
    """The actor the phrase's "with" names as partner; ``True`` where the phrase names a partner
    the cast does not know; ``None`` where it names none."""
    m = _WITH.search(phrase)
    if m is None:
        return None
    between = m.group(1).split()
    if any(w in _NOT_PARTNER for w in between):
        return None
    rest = phrase[m.start(2) :]
    best: tuple[int, Actor] | None = None
    for actor in cast.actors.values():
        for name in _names(actor):
            fits = rest.startswith(name) and re.match(r"(?!\w)", rest[len(name) :])
            if fits and (best is None or len(name) > best[0]):
                best = (len(name), actor)
    if best is not None:
        return best[1]
    if between and m.group(2)[0].isupper():
        # "with the breakaway region of Somaliland": a named partner the engine does not know.
        return True
    return None


def wrong_partner(thread: Event, cast: Cast) -> bool:
    """The deal's own phrase names a partner ("deal with the breakaway region of X") that is
    none of its parties."""
    if not thread.headed or not thread.phrase:
        return False
    partner = _partner(" ".join(thread.phrase.split()), cast)
    if partner is None:
        return False
    if partner is True:
        return True
    assert isinstance(partner, Actor)
    if partner.key in thread.parties:
        return False
    if partner.kind == "other":
        # A region or a place stands for itself: "the breakaway region of Abkhazia" is no
        # part of the state that objects to its deals.
        return True
    sides = {side_of(cast.actors[k]) for k in thread.parties if k in cast.actors}
    return side_of(partner) not in sides


# A word long enough to tell a topic ("uranium", "gas", "port"), compared by its first letters
# so that "mining" meets "mine" and "ports" meets "port".
_WORD = re.compile(r"[a-z][a-z-]{2,}")
_STEM = 4
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b")
_WORD_ANY = re.compile(r"[\w-]+")


def _topic_words(text: str, names: set[str]) -> set[str]:
    """The words of ``text`` that may tell what it is about: neither a deal's or dispute's own
    act ("agreement", "talks", "signed") nor a word of a name (``names``)."""
    lex = events()
    stop = lexicon("en").stopwords
    out: set[str] = set()
    for m in _WORD.finditer(text):
        word = m.group()
        if text[m.start() - 1 : m.start()].isalpha() or word in stop or word in names:
            continue
        if lex.deal_triggers.find(word) or lex.dispute_triggers.find(word):
            continue
        out.add(word[:_STEM])
    return out


def told_in_passing(thread: Event, lede: set[int], opening: list[Sentence], cast: Cast) -> bool:
    """A deal told in one sentence past the lede, dated there to a past month, with a side the
    headline and the lede (``opening``) do not name, on nothing they are about:
    background to a story about something else."""
    if not thread.dated:
        return False
    told = {i for kind, i in thread.quote_keys if kind == 0}
    if len(told) != 1 or told & lede:
        return False
    named = {side_of(a) for s in opening for a in cast.in_span(s.start, s.start + len(s.text))}
    sides = {side_of(cast.actors[k]) for k in thread.parties if k in cast.actors}
    if not sides - named:
        return False
    # What the deal is about: its clause from its own noun phrase on.
    clause = " ".join(thread.quotes[0].split()).casefold()
    at = clause.find(" ".join(thread.phrase.split()).casefold()[:20]) if thread.phrase else -1
    at = at if at >= 0 else 0
    if _FIRST_PERSON.search(clause, 0, at or len(clause)) is not None:
        # "We signed an agreement with Manila in January": a side telling its own deal, in
        # answer to what it was asked, tells the story's matter, not the reporter's aside.
        return False
    names = {
        w.casefold() for a in cast.actors.values() for n in _names(a) for w in _WORD_ANY.findall(n)
    }
    about = _topic_words(clause[at:], names)
    story = " ".join(s.text for s in opening).casefold()
    return not about & _topic_words(story, names)


def unrepeated(what: str, event: Event, cast: Cast) -> str:
    """A deal's title phrase without the "with X" that repeats one of its parties: the title
    names the parties before the phrase ("Egypt–Somalia: Defence pact", not "... Defence pact
    with Somalia"). A partner the parties lack stays: it says who the deal is with."""
    m = _WITH.search(what)
    if m is None or m.group(1):
        return what
    rest = what[m.start(2) :]
    for key in event.parties:
        actor = cast.actors.get(key)
        if actor is None:
            continue
        for name in sorted(_names(actor), key=len, reverse=True):
            # "with Niger's government": the partner is what the possessive heads; keep it.
            if rest.startswith(name) and re.match(r"(?![\w'’])", rest[len(name) :]):
                cut = (what[: m.start()].rstrip() + " " + rest[len(name) :].lstrip()).strip()
                return cut if len(cut.split()) > 0 and cut[:1].isalpha() else what
    return what
