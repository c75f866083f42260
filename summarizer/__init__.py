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
from summarizer._version import __version__

if TYPE_CHECKING:
    from summarizer._api import brief_file, brief_html, brief_text, brief_url
    from summarizer._batch import BatchEvent, BatchSettings
    from summarizer._briefing._article import Article
    from summarizer._briefing._grounding import locate
    from summarizer._briefing._models import (
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
    from summarizer._briefing._render import render_json, render_markdown
    from summarizer._digest._build import build_digest
    from summarizer._digest._models import Digest
    from summarizer._digest._periods import Selection
    from summarizer._digest._progress import ProgressEvent
    from summarizer._digest._render import render_digest_markdown
    from summarizer._digest._runner import DigestRun, digest_sources
    from summarizer._engines._protocol import Draft, Engine, Usage
    from summarizer._engines._registry import make_engine
    from summarizer._engines.llm._engine import LLMSettings
    from summarizer._ingest._cleaning import clean_text
    from summarizer._ingest._fetching import FetchSettings
    from summarizer._ingest._reading import article_from_html, read_article, read_url
    from summarizer._pipeline import brief_article
    from summarizer._store import Store, default_store_path

_EXPORTS: dict[str, str] = {
    "brief_text": "_api",
    "brief_file": "_api",
    "brief_url": "_api",
    "brief_html": "_api",
    "read_url": "_ingest._reading",
    "article_from_html": "_ingest._reading",
    "FetchSettings": "_ingest._fetching",
    "brief_article": "_pipeline",
    "make_engine": "_engines._registry",
    "read_article": "_ingest._reading",
    "clean_text": "_ingest._cleaning",
    "render_markdown": "_briefing._render",
    "render_json": "_briefing._render",
    "Digest": "_digest._models",
    "digest_sources": "_digest._runner",
    "DigestRun": "_digest._runner",
    "BatchSettings": "_batch",
    "BatchEvent": "_batch",
    "Selection": "_digest._periods",
    "ProgressEvent": "_digest._progress",
    "build_digest": "_digest._build",
    "render_digest_markdown": "_digest._render",
    "Store": "_store",
    "default_store_path": "_store",
    "locate": "_briefing._grounding",
    "LLMSettings": "_engines.llm._engine",
    "Article": "_briefing._article",
    "Draft": "_engines._protocol",
    "Engine": "_engines._protocol",
    "Usage": "_engines._protocol",
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
        "_briefing._models",
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
