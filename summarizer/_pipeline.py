"""From an article to a grounded briefing: run the engine, place the quotes, stamp it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone

from summarizer._briefing._article import Article
from summarizer._briefing._dates import check_dates
from summarizer._briefing._grounding import ground
from summarizer._briefing._models import Briefing, Provenance
from summarizer._cost import load_prices
from summarizer._engines._protocol import Draft, Engine
from summarizer._errors import StoreError
from summarizer._store import BriefingKey, Store

__all__ = ["brief_article", "keep_draft"]


def brief_article(
    article: Article, engine: Engine, *, store: Store | None = None, refresh: bool = False
) -> Briefing:
    """Brief one cleaned article with ``engine``; every quote comes back placed in its text.

    With a ``store``, the article and its briefing are kept, and when the engine
    :attr:`~summarizer._engines._protocol.Engine.reuses_briefings` (the LLM engine: same model,
    prompt version and schema version) a briefing already made of the same article is returned
    without drafting again (``provenance.cached``), unless ``refresh``. The others are made
    afresh every time (offline: they cost milliseconds, and a newer rule set should show), then
    stored.
    """
    if store is None:
        return _brief(article, engine)
    key = BriefingKey.of(engine.identity, article.id)
    with _naming(article):
        store.put_article(article)
        if engine.reuses_briefings and not refresh:
            cached = store.lookup(key)
            if cached is not None and cached.provenance.dropped and not _partial_ok(engine):
                cached = None  # made without items that failed: not what --strict asks for
            if cached is not None:
                provenance = cached.provenance.model_copy(update={"cached": True})
                return cached.model_copy(
                    update={"source": article.source, "provenance": provenance}
                )
    briefing = _brief(article, engine)
    with _naming(article):
        # Under the key known before the call (the model asked for), not the provenance's
        # (the model that answered, e.g. a dated snapshot): that is the key the next lookup uses.
        store.put_briefing(briefing, key=key)
    return briefing


def _partial_ok(engine: Engine) -> bool:
    """Whether ``engine`` makes a briefing without the items that still fail after its last
    attempt (the LLM engine unless ``--strict``); an engine that never drops any says nothing."""
    return bool(getattr(engine, "drops_invalid", True))


@contextmanager
def _naming(article: Article) -> Iterator[None]:
    """A store that fails while an article is briefed (a full disk) fails that article: the
    error names the article, as every other failure of it does, and says which store."""
    try:
        yield
    except StoreError as error:
        raise StoreError(
            f"not briefed: the store {error.source} failed ({error.message})", source=article.label
        ) from error


def keep_draft(article: Article, engine: Engine, draft: Draft, *, store: Store | None) -> Briefing:
    """The briefing of ``draft``, which ``engine`` made of ``article`` some other way than
    :meth:`~summarizer._engines._protocol.Engine.draft` (the provider's batch service):
    grounded and stamped as :func:`brief_article` does, and stored at once (with the article)
    under the key a lookup uses."""
    briefing = _made(article, engine, draft)
    if store is not None:
        with _naming(article):
            store.put_briefing(briefing, key=BriefingKey.of(engine.identity, article.id))
    return briefing


def _brief(article: Article, engine: Engine) -> Briefing:
    return _made(article, engine, engine.draft(article))


def _made(article: Article, engine: Engine, draft: Draft) -> Briefing:
    # Dates are checked here, whatever the engine: well-formed, and a past development not
    # after the article's publication.
    briefing, dated = check_dates(draft.briefing, article.source.published)
    provenance = Provenance(
        article_id=article.id,
        engine=engine.name,
        model=draft.model,
        prompt_version=draft.prompt_version,
        tokens_in=draft.usage.tokens_in,
        tokens_out=draft.usage.tokens_out,
        model_calls=draft.usage.calls,
        cost=_cost(engine, draft),
        created_at=datetime.now(timezone.utc).replace(microsecond=0),
        repairs=[*draft.repairs, *dated],
        dropped=list(draft.dropped),
        notes=list(draft.notes),
    )
    return ground(briefing, article.text, source=article.source, provenance=provenance)


def _cost(engine: Engine, draft: Draft) -> float | None:
    """What ``draft``'s calls cost, priced as the model asked for (else the one that
    answered); 0 for an engine that asks none."""
    if draft.usage.calls == 0:
        return 0.0
    prices = load_prices()
    asked = engine.identity.model
    model = asked if prices.price(asked) is not None else draft.model
    return prices.cost(model, draft.usage)
