"""The offline engine: a deterministic briefing with no model.

Stages, one module each: sentences (and what is not article text), actors, events (disputes
and deals), outlook, headline and summary; :mod:`._compose` turns them into the briefing's
fields, and the same validators as the LLM path check the result (quotes must occur in the
article, parties must be listed actors).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from summarizer._briefing._article import Article
from summarizer._briefing._models import BriefingDraft
from summarizer._engines._protocol import Draft, Engine, EngineIdentity, EngineName, Usage
from summarizer._engines.offline._actors import find_actors
from summarizer._engines.offline._cast import worth_listing
from summarizer._engines.offline._compose import actor_fields, event_fields, outlook_fields
from summarizer._engines.offline._events import find_events
from summarizer._engines.offline._outlook import find_signals
from summarizer._engines.offline._sentences import split
from summarizer._engines.offline._summary import headline_and_summary
from summarizer._text._keys import name_key

if TYPE_CHECKING:
    from summarizer._engines.llm._client import ModelClient

# The most a briefing lists. An article lists far fewer: a fixture at most 21 actors and 7
# disputes or deals, all 36 fixtures run together 78 actors and 24 deals. A text that names
# thousands would give a list no reader reads, and grounding searches the whole text once for
# each quote listed.
_MAX_ACTORS = 100
# Actors listed whatever their part: past this many, one named in passing (one sentence, by an
# adjective only, no role, in no dispute or deal) is left out (:func:`._cast.worth_listing`).
_ROOM = 8
_MAX_EVENTS = 30


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
        return Draft(briefing=brief(article), usage=Usage(), model=None, prompt_version=None)


def brief(article: Article) -> BriefingDraft:
    text = article.text
    sentences = split(text)
    # The article's own outlet is never one of its actors.
    exclude = frozenset(name_key(n) for n in (article.source.site,) if n)
    cast = find_actors(sentences, exclude=exclude)
    disputes, deals = find_events(sentences, cast, article.source.published)
    signals = find_signals(sentences)
    headline, summary = headline_and_summary(
        sentences, cast, [*disputes, *deals], title=article.source.title
    )
    parties = (k for e in itertools.chain(disputes, deals) for k in e.parties)
    listing = worth_listing(cast, parties, room=_ROOM)
    actors = _present((actor_fields(a, sentences) for a in listing), _MAX_ACTORS)
    listed = {a["name"] for a in actors}
    data = {
        # Until the relevance rule lands (issue 11), every article is taken as world news.
        "relevance": "international",
        "headline": headline,
        "summary": summary,
        "actors": actors,
        "disputes": _present((event_fields(e, cast, listed) for e in disputes), _MAX_EVENTS),
        "deals": _present((event_fields(e, cast, listed) for e in deals), _MAX_EVENTS),
        "outlook": outlook_fields(signals),
    }
    return BriefingDraft.model_validate(data, context={"article": text})


def _present(items: Iterable[dict[str, Any] | None], limit: int) -> list[dict[str, Any]]:
    """The first ``limit`` items that are not ``None`` (the rest are never made)."""
    return list(itertools.islice((item for item in items if item is not None), limit))
