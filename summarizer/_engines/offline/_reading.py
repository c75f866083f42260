"""What one reading of an article keeps between the passes of :func:`._actors.find_actors`.

The cast grows as the passes run; the notes (``bare``, ``multi``, ``owned``, ``found``) hold
what the first pass could not decide alone and a later one resolves once the whole text has
been read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from summarizer._engines.offline._cast import Cast
from summarizer._engines.offline._gazetteer import Entity, Gazetteer, gazetteer
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._tokens import Token, is_all_caps
from summarizer._lexicon import lexicon
from summarizer._lexicon._types import NameWords, Titles
from summarizer._text._keys import name_key


@lru_cache(maxsize=4)
def _venue_keys(venues: frozenset[str]) -> frozenset[str]:
    return frozenset(name_key(v) for v in venues)


@dataclass(slots=True)
class Bare:
    """A lone capitalised word that may be a surname; resolved once all full names are known."""

    token: Token
    sentence: int


@dataclass(slots=True)
class Reading:
    """The state of reading one article's sentences into a :class:`Cast`."""

    sentences: list[Sentence]
    exclude: frozenset[str]
    """Normalised names never to list: the article's outlet, every known outlet."""
    all_caps: bool
    """The text is shouted in capitals: letter case says nothing about names there."""
    gaz: Gazetteer
    names: NameWords
    titles: Titles
    given: frozenset[str]
    family_first: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]
    cast: Cast = field(default_factory=Cast)
    bare: list[Bare] = field(default_factory=list)
    """Lone words that may be surnames (pass 3)."""
    multi: list[tuple[list[Token], int]] = field(default_factory=list)
    """Unknown runs of two or more words, and their sentence (pass 2)."""
    owned: list[tuple[Token, int, Entity]] = field(default_factory=list)
    """Lone words a state owns ("Germany's NAME"), their sentence and the state (pass 3)."""
    found: dict[str, Entity] = field(default_factory=dict)
    """Names this text introduced (companies by description, acronyms by apposition): later
    bare uses of the same words are the same actor."""
    places: set[int] = field(default_factory=set)
    """Starts of mentions that name a state only as where a thing is ("Germany's DAX"): no
    act of the state's (pass 7 drops a state named no other way)."""
    polities: set[str] = field(default_factory=set)
    """Keys of the provincial and regional governments the text names ("the NAME
    government"): "the provincial government" refers back to the one of them."""

    @classmethod
    def of(cls, sentences: list[Sentence], *, exclude: frozenset[str]) -> Reading:
        """A reading of ``sentences`` that has found nothing yet."""
        lex = lexicon("en")
        return cls(
            sentences=sentences,
            # Rooms and buildings ("the Oval Office") are where things happen, never actors.
            exclude=exclude | lex.press.outlet_keys | _venue_keys(lex.names.venues),
            all_caps=is_all_caps([s for s in sentences if s.body]),
            gaz=gazetteer(),
            names=lex.names,
            titles=lex.titles,
            given=lex.first_names.given,
            family_first=lex.first_names.family_first,
            months=lex.calendar.month_words,
            weekdays=lex.calendar.weekday_words,
        )
