"""The offline engine: a deterministic briefing with no model.

Stages, one module each: sentences (and what is not article text), actors, events (disputes
and deals), outlook, headline and summary; :mod:`._compose` turns them into the briefing's
fields, and the same validators as the LLM path check the result (quotes must occur in the
article, parties must be listed actors).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from summarizer._briefing._article import Article
from summarizer._briefing._models import BriefingDraft
from summarizer._engines._protocol import Draft, Engine, EngineIdentity, EngineName, Usage
from summarizer._engines.offline._actors import find_actors
from summarizer._engines.offline._bare_organs import dateline_places
from summarizer._engines.offline._cast import Actor, worth_listing
from summarizer._engines.offline._compose import actor_fields, event_fields, signal_fields
from summarizer._engines.offline._events import find_events
from summarizer._engines.offline._length import caps, fit
from summarizer._engines.offline._outlook import find_signals
from summarizer._engines.offline._relevance import (
    foreign_language,
    international_body,
    read_relevance,
)
from summarizer._engines.offline._sentences import split
from summarizer._engines.offline._summary import headline_and_summary
from summarizer._engines.offline._when import dateline
from summarizer._text._keys import name_key

if TYPE_CHECKING:
    from summarizer._engines.llm._client import ModelClient

# The most any stage hands on, before the caps scaled to the article (see _length): a text
# that names thousands of actors costs a list no reader reads, and grounding searches the
# whole text once for each quote listed.
_MAX_ACTORS = 100
# Actors listed whatever their part: past this many, one named in passing (one sentence, by an
# adjective only, no role, in no dispute or deal) is left out (:func:`._cast.worth_listing`).
_ROOM = 8
_MAX_EVENTS = 30
# What a briefing says in place of the disputes, deals and outlook it does not look for.
_OFF_TOPIC = (
    "The article is not public-affairs news{topic}, so the briefing lists no disputes, deals "
    "or signals."
)
# A text shorter than a sentence of news gives no ground to call it off-topic either: it is
# only too short to tell.
_TOO_SHORT = (
    "The text is too short to tell what it is about ({words} words), so the briefing lists no "
    "disputes, deals or signals."
)
_TOO_SHORT_WORDS = 25
_NOT_ENGLISH = (
    "The article is not in English (it looks like {language}) and the offline engine reads "
    "English only, so the briefing lists no disputes, deals or signals."
)


class OfflineEngine:
    """Briefs an article with rules and word lists only: same text in, same briefing out."""

    @property
    def name(self) -> EngineName:
        return "offline"

    @property
    def identity(self) -> EngineIdentity:
        return EngineIdentity("offline")

    @property
    def reuses_briefings(self) -> bool:
        # A briefing costs milliseconds, and one made by a newer rule set should show.
        return False

    @property
    def max_workers(self) -> int | None:
        # Pure Python and CPU-bound: more threads would only queue for the GIL.
        return 1

    @property
    def article_limit(self) -> float | None:
        return None

    @property
    def client(self) -> ModelClient | None:
        return None

    def leaving_retries_to_caller(self, *, transient: bool) -> Engine:
        return self  # it sends no requests

    def draft(self, article: Article) -> Draft:
        briefing, notes = read(article)
        return Draft(briefing=briefing, usage=Usage(), model=None, prompt_version=None, notes=notes)


def brief(article: Article) -> BriefingDraft:
    """The offline briefing of ``article``."""
    return read(article)[0]


def read(article: Article) -> tuple[BriefingDraft, tuple[str, ...]]:
    """The offline briefing of ``article``, and the notes on how it was read (a text in another
    language than English)."""
    text = article.text
    sentences = split(text)
    # The article's own outlet is never one of its actors.
    exclude = frozenset(name_key(n) for n in (article.source.site,) if n)
    cast = find_actors(sentences, exclude=exclude, dateline=dateline_places(text))
    language = foreign_language(text)
    relevance = read_relevance(
        sentences, cast, title=article.source.title, english=language is None
    )
    limits = caps(len(text.split()))
    notice: str | None = None
    notes: tuple[str, ...] = ()
    if language is not None:
        notice = _NOT_ENGLISH.format(language=language)
        notes = (notice,)
    elif (
        relevance.relevance == "off_topic"
        and relevance.topic is None
        and ((words := len(text.split())) < _TOO_SHORT_WORDS)
    ):
        notice = _TOO_SHORT.format(words=words)
    elif relevance.relevance == "off_topic":
        notice = _OFF_TOPIC.format(
            topic=f" (it reads as {relevance.topic})" if relevance.topic else ""
        )
    if notice is None:
        disputes, deals = find_events(sentences, cast, article.source.published)
        signals = find_signals(sentences, article.source.published, dateline(text))
    else:
        disputes, deals, signals = [], [], []
    summary = headline_and_summary(
        sentences,
        cast,
        [*disputes, *deals],
        title=article.source.title,
        limit=limits.summary if notice is None else 1,
    )
    parties = (k for e in itertools.chain(disputes, deals) for k in e.parties)
    listing = _present(
        (
            (a, actor_fields(a, sentences))
            for a in worth_listing(cast, parties, room=_ROOM)
            if _readable(a, language)
        ),
        _MAX_ACTORS,
    )
    listed = {data["name"] for _, data in listing}
    actors, dispute_items, deal_items, signal_items = fit(
        listing,
        [
            d
            for _, d in _present(
                ((e, event_fields(e, cast, listed)) for e in disputes), _MAX_EVENTS
            )
        ],
        [d for _, d in _present(((e, event_fields(e, cast, listed)) for e in deals), _MAX_EVENTS)],
        [signal_fields(s) for s in signals],
        limits,
        shown=summary.quotes,
    )
    data = {
        "relevance": _across_borders(relevance.relevance, actors, [*dispute_items, *deal_items]),
        "headline": summary.headline,
        "summary": summary.text,
        "actors": actors,
        "disputes": dispute_items,
        "deals": deal_items,
        "outlook": {
            "summary": notice if notice is not None else _outlook_summary(signal_items),
            "signals": signal_items,
        },
    }
    return BriefingDraft.model_validate(data, context={"article": text}), notes


def _across_borders(
    relevance: str, actors: list[dict[str, Any]], events: list[dict[str, Any]]
) -> str:
    """A domestic reading overruled by what the briefing states: a dispute or deal whose
    parties belong to two states is cross-border news, however few words say so."""
    if relevance != "domestic":
        return relevance
    country = {a["name"]: a.get("country") for a in actors}
    for event in events:
        states = {country.get(p) for p in event.get("parties", ())} - {None}
        if len(states) > 1:
            return "international"
    return relevance


def _readable(actor: Actor, language: str | None) -> bool:
    """Whether to list ``actor``: in a text the engine cannot read, only names spelled alike
    in most languages (states, international organisations) are worth listing."""
    return language is None or actor.kind == "state" or international_body(actor)


def _outlook_summary(signals: list[dict[str, Any]]) -> str:
    # What comes first: the listed signals say the rest (the markdown shows the summary only
    # where it adds to them).
    return signals[0]["description"] if signals else ""


_T = TypeVar("_T")


def _present(
    items: Iterable[tuple[_T, dict[str, Any] | None]], limit: int
) -> list[tuple[_T, dict[str, Any]]]:
    """The first ``limit`` pairs whose data is not ``None`` (the rest are never made)."""
    kept = ((source, data) for source, data in items if data is not None)
    return list(itertools.islice(kept, limit))
