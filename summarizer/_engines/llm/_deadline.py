"""The time limits of model calls: one per HTTP request, one per article.

``--timeout`` (:attr:`~summarizer._engines.llm._engine.LLMSettings.timeout`) is the longest one
request may take
from start to end: connecting, sending, waiting for the headers and reading the whole body. An
endpoint that trickles its answer a byte at a time is cut off there, however short each pause.
:mod:`summarizer._engines.llm._http` enforces it on every socket operation, against the deadline
this module keeps for the request in flight on the current thread.

An article has a limit too (:attr:`~summarizer._engines.llm._engine.LLMSettings.article_limit`):
every request
made for it (transport retries, re-asks, the parts of a split article, and the digest runner's
own retries) must end before it. No request starts after it, and one in flight is cut off
when it passes.

Both are kept in context variables, so each thread (a digest's workers) has its own. Standard
library only: the runner and the engine use it without importing the HTTP stack.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

__all__ = [
    "REQUEST_DEADLINE",
    "ArticleLimit",
    "article_limit",
    "current_article_limit",
    "request_deadline",
]


@dataclass(frozen=True)
class ArticleLimit:
    """The deadline of an article's requests: ``at`` on :func:`time.monotonic`'s clock, and the
    ``seconds`` it was set to (for messages)."""

    at: float
    seconds: float

    def passed(self) -> bool:
        return time.monotonic() >= self.at


_ARTICLE: ContextVar[ArticleLimit | None] = ContextVar("summarizer_article_limit", default=None)
# The monotonic deadline of the HTTP request in flight on this thread, if any.
REQUEST_DEADLINE: ContextVar[float | None] = ContextVar("summarizer_request_deadline", default=None)


@contextmanager
def article_limit(seconds: float, *, shown: float | None = None) -> Iterator[ArticleLimit]:
    """Every model request made inside must end within ``seconds`` from now; ``shown`` is the
    limit messages name (default ``seconds``: a caller giving what is left of a limit already
    partly spent gives the whole limit here).

    Nested, the earlier deadline wins: the digest runner sets one over all its attempts at an
    article, and the engine's own (for one attempt) cannot outlast it.
    """
    limit = ArticleLimit(time.monotonic() + seconds, seconds if shown is None else shown)
    outer = _ARTICLE.get()
    if outer is not None and outer.at <= limit.at:
        limit = outer
    token = _ARTICLE.set(limit)
    try:
        yield limit
    finally:
        _ARTICLE.reset(token)


def current_article_limit() -> ArticleLimit | None:
    """The article limit in force on this thread, if any."""
    return _ARTICLE.get()


def request_deadline(timeout: float) -> float:
    """The monotonic deadline of a request starting now: ``timeout`` from now, or the article's
    deadline if that comes first."""
    at = time.monotonic() + timeout
    limit = _ARTICLE.get()
    return at if limit is None else min(at, limit.at)
