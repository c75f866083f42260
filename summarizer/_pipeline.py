"""From an article to a grounded briefing: pick an engine, run it, place the quotes, stamp it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Literal

from summarizer._briefing._article import Article
from summarizer._briefing._grounding import ground
from summarizer._briefing._models import Briefing, Provenance
from summarizer._engines._protocol import Engine
from summarizer._errors import StoreError

if TYPE_CHECKING:
    from collections.abc import Callable

    from summarizer._engines.llm._call_log import CallRecord
    from summarizer._engines.llm._engine import LLMSettings
    from summarizer._store import Store

EngineChoice = Literal["auto", "llm", "offline"]


def make_engine(
    choice: EngineChoice = "auto",
    settings: LLMSettings | None = None,
    *,
    on_call: Callable[[CallRecord], None] | None = None,
) -> Engine:
    """The engine for ``choice``.

    ``auto`` is the LLM engine when a model endpoint is configured (an API key or a base URL,
    from ``settings`` or the environment) and the offline engine otherwise. ``on_call`` sees a
    record of every model call (e.g. ``Store.log_call``).
    """
    if choice == "offline":
        return _offline()
    from summarizer._engines.llm._engine import LLMEngine, LLMSettings

    settings = settings if settings is not None else LLMSettings.from_env()
    if choice == "auto" and not settings.configured:
        return _offline()
    return LLMEngine(settings, on_call=on_call)


def _offline() -> Engine:
    from summarizer._engines.offline import OfflineEngine

    return OfflineEngine()


def brief_article(
    article: Article, engine: Engine, *, store: Store | None = None, refresh: bool = False
) -> Briefing:
    """Brief one cleaned article with ``engine``; every quote comes back placed in its text.

    With a ``store``, the article and its briefing are kept, and an LLM briefing already made
    for the same article, model, prompt version and schema version is returned without a
    model call (``provenance.cached``), unless ``refresh``. Offline briefings are always made
    afresh (they cost milliseconds, and a newer rule set should show), then stored.
    """
    if store is None:
        return _brief(article, engine)
    from summarizer._store import key_for_engine

    key = key_for_engine(engine, article.id)
    with _naming(article):
        store.put_article(article)
        if engine.name == "llm" and not refresh:
            cached = store.lookup(key)
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


def _brief(article: Article, engine: Engine) -> Briefing:
    draft = engine.draft(article)
    provenance = Provenance(
        article_id=article.id,
        engine=engine.name,
        model=draft.model,
        prompt_version=draft.prompt_version,
        tokens_in=draft.usage.tokens_in,
        tokens_out=draft.usage.tokens_out,
        model_calls=draft.usage.calls,
        created_at=datetime.now(timezone.utc).replace(microsecond=0),
    )
    return ground(draft.briefing, article.text, source=article.source, provenance=provenance)
