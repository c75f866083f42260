"""The library's front door: brief a text or a file in one call."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from summarizer._briefing._article import Article
from summarizer._briefing._models import Briefing, Source
from summarizer._engines._protocol import Engine
from summarizer._engines._registry import EngineChoice, make_engine
from summarizer._errors import ConfigError, EmptyInput
from summarizer._ingest._cleaning import clean_text
from summarizer._ingest._reading import article_from_html, read_article, read_url
from summarizer._pipeline import brief_article

if TYPE_CHECKING:
    from summarizer._engines.llm._settings import LLMSettings
    from summarizer._ingest._fetching import FetchSettings


def _engine(engine: EngineChoice | Engine, settings: LLMSettings | None) -> Engine:
    if isinstance(engine, str):
        return make_engine(engine, settings)
    # Checked here, not at the first draft: engine=None must not be an AttributeError.
    if not callable(getattr(engine, "draft", None)):
        raise ConfigError(
            f"engine must be 'auto', 'llm', 'offline' or an engine object, not {engine!r}"
        )
    return engine


def brief_text(
    text: str,
    *,
    engine: EngineChoice | Engine = "auto",
    settings: LLMSettings | None = None,
    source: Source | None = None,
) -> Briefing:
    """Brief an article given as text. The text is cleaned first, as a file's would be.

    ``engine`` is ``"auto"`` (the LLM when an endpoint is configured, else offline),
    ``"llm"``, ``"offline"``, or an engine object; ``settings`` configures the LLM engine
    (default: from the environment).
    """
    source = source or Source()
    cleaned = clean_text(text)
    if not cleaned.strip():
        raise EmptyInput("no article text", source=source.path or source.url or "<text>")
    article = Article(text=cleaned, source=source, raw_chars=len(text))
    return brief_article(article, _engine(engine, settings))


def brief_file(
    path: str | os.PathLike[str],
    *,
    engine: EngineChoice | Engine = "auto",
    settings: LLMSettings | None = None,
) -> Briefing:
    """Brief the article in a file: text, markdown or HTML (``"-"`` reads standard input)."""
    return brief_article(read_article(path), _engine(engine, settings))


def brief_url(
    url: str,
    *,
    engine: EngineChoice | Engine = "auto",
    settings: LLMSettings | None = None,
    fetch_settings: FetchSettings | None = None,
) -> Briefing:
    """Fetch a web page, extract its article and metadata, and brief it.

    ``fetch_settings`` default to refusing private and loopback hosts (the library may run
    inside a service); pass ``FetchSettings(allow_private_hosts=True)`` to reach them.
    """
    return brief_article(read_url(url, fetch_settings), _engine(engine, settings))


def brief_html(
    html: str | bytes,
    *,
    url: str | None = None,
    engine: EngineChoice | Engine = "auto",
    settings: LLMSettings | None = None,
) -> Briefing:
    """Brief the article in an HTML document; ``url`` is where it came from, if known."""
    return brief_article(article_from_html(html, url=url), _engine(engine, settings))
