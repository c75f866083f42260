"""summarizer: world-news articles in, grounded briefings out.

    >>> import summarizer
    >>> briefing = summarizer.brief_file("examples/sample-article.txt", engine="offline")
    >>> print(summarizer.render_markdown(briefing))

Everything public is importable from here; modules with a leading underscore are private.
Names load on first use so that ``summarizer --help`` does not pay for pydantic or openai.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# The error classes are cheap (no dependencies) and every caller wants them: loaded eagerly.
from summarizer import _errors
from summarizer._errors import *  # noqa: F403  (the hierarchy's own __all__)

if TYPE_CHECKING:
    from summarizer._api import brief_file, brief_html, brief_text, brief_url
    from summarizer._article import Article
    from summarizer._cleaning import clean_text
    from summarizer._digest import Digest, build_digest, render_digest_markdown
    from summarizer._engine import Draft, Engine, Usage
    from summarizer._fetching import FetchSettings
    from summarizer._grounding import locate
    from summarizer._llm import LLMSettings
    from summarizer._models import (
        Actor,
        Briefing,
        BriefingDraft,
        Deal,
        Dispute,
        Evidence,
        Money,
        Outlook,
        Provenance,
        Signal,
        Source,
    )
    from summarizer._periods import Selection
    from summarizer._pipeline import brief_article, make_engine
    from summarizer._reading import article_from_html, read_article, read_url
    from summarizer._render import render_json, render_markdown
    from summarizer._runner import DigestRun, digest_sources
    from summarizer._store import Store, default_store_path

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "brief_text": "_api",
    "brief_file": "_api",
    "brief_url": "_api",
    "brief_html": "_api",
    "read_url": "_reading",
    "article_from_html": "_reading",
    "FetchSettings": "_fetching",
    "brief_article": "_pipeline",
    "make_engine": "_pipeline",
    "read_article": "_reading",
    "clean_text": "_cleaning",
    "render_markdown": "_render",
    "render_json": "_render",
    "Digest": "_digest",
    "digest_sources": "_runner",
    "DigestRun": "_runner",
    "Selection": "_periods",
    "build_digest": "_digest",
    "render_digest_markdown": "_digest",
    "Store": "_store",
    "default_store_path": "_store",
    "locate": "_grounding",
    "LLMSettings": "_llm",
    "Article": "_article",
    "Draft": "_engine",
    "Engine": "_engine",
    "Usage": "_engine",
    **dict.fromkeys(
        [
            "Actor",
            "Briefing",
            "BriefingDraft",
            "Deal",
            "Dispute",
            "Evidence",
            "Money",
            "Outlook",
            "Provenance",
            "Signal",
            "Source",
        ],
        "_models",
    ),
}

__all__ = [*sorted(_EXPORTS), *_errors.__all__, "__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"summarizer.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
