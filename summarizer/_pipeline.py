"""From an article to a grounded briefing: pick an engine, run it, place the quotes, stamp it."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Literal

from summarizer._article import Article
from summarizer._engine import Engine
from summarizer._grounding import ground
from summarizer._models import Briefing, Provenance

if TYPE_CHECKING:
    from summarizer._llm import LLMSettings

EngineChoice = Literal["auto", "llm", "offline"]


def make_engine(choice: EngineChoice = "auto", settings: LLMSettings | None = None) -> Engine:
    """The engine for ``choice``.

    ``auto`` is the LLM engine when a model endpoint is configured (an API key or a base URL,
    from ``settings`` or the environment) and the offline engine otherwise.
    """
    if choice == "offline":
        return _offline()
    from summarizer._llm import LLMEngine, LLMSettings

    settings = settings if settings is not None else LLMSettings.from_env()
    if choice == "auto" and not settings.configured:
        return _offline()
    return LLMEngine(settings)


def _offline() -> Engine:
    from summarizer._offline import OfflineEngine

    return OfflineEngine()


def brief_article(article: Article, engine: Engine) -> Briefing:
    """Brief one cleaned article with ``engine``; every quote comes back placed in its text."""
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
