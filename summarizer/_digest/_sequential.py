"""Briefing articles one at a time, as ``summarizer brief`` does, with a digest run's pacing.

Kept apart from the digest (:mod:`summarizer._digest._runner`), so that briefing a few articles
loads none of what merges many.
"""

from __future__ import annotations

from summarizer._briefing._article import Article
from summarizer._briefing._models import Briefing
from summarizer._digest._pool import Run, Stopped, Waiting
from summarizer._digest._progress import Progress, ProgressEvent
from summarizer._digest._retry import ArticleBriefer, RetryPolicy
from summarizer._digest._sources import Failure
from summarizer._engines._protocol import Engine
from summarizer._store import Store

__all__ = ["SequentialBriefer"]


class SequentialBriefer:
    """Briefs articles one at a time, handling a 429 as a digest run does (the same code): a
    pause as the endpoint asks, the run's :attr:`RetryPolicy.max_total_wait` for all pauses,
    and a stop at once on an exhausted quota. What ``summarizer brief`` uses.

    The engine leaves its 429s to it; its other retries (timeouts, 5xx, dropped connections)
    stay the engine's own (the openai client's), so the policy's ``transient_retries`` is
    usually 0 here (the default). ``progress`` hears of each pause (``"waiting"``). Once
    :attr:`stopped` is set, :meth:`brief` briefs nothing more.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        store: Store | None = None,
        refresh: bool = False,
        retry: RetryPolicy | None = None,
        progress: Progress | None = None,
    ) -> None:
        self._run = Run()
        self._progress = progress
        self._briefer = ArticleBriefer(
            engine.leaving_retries_to_caller(transient=False),
            store=store,
            refresh=refresh,
            policy=retry or RetryPolicy(transient_retries=0),
            run=self._run,
            notify=self._waiting,
        )

    @property
    def stopped(self) -> str | None:
        """Why the run stopped (see :attr:`BriefResults.stopped`), or None."""
        return self._run.stopped

    def brief(self, article: Article, label: str | None = None) -> Briefing | Failure:
        """The briefing of ``article``, or why there is none. A :class:`ConfigError` is raised
        (it would be the same for every article)."""
        name = label or article.label
        if self._run.stopped is not None:
            return self._run.not_briefed(name)
        try:
            return self._briefer.brief(article, name)
        except Stopped:
            return self._run.not_briefed(name)

    def not_briefed(self, label: str) -> Failure:
        """The failure of an article left undone because the run stopped."""
        return self._run.not_briefed(label)

    def _waiting(self, notice: Waiting) -> None:
        # Only pauses come here: the articles' ends are what brief() returns.
        if self._progress is not None:
            self._progress(
                ProgressEvent(
                    kind="waiting",
                    total=0,
                    label=notice.label,
                    message=notice.message,
                    wait=notice.wait,
                )
            )
