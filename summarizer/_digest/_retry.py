"""How hard a run tries an article: :class:`RetryPolicy`, and :class:`ArticleBriefer`, which
briefs one article under it (the attempts are run by tenacity).

* **Never pays twice.** A briefing already in the store for the same article and engine
  identity is returned at once, with no pause for rate limits (no request will be made).
* **Rate limits slow the whole run down, up to a point.** A 429 (:class:`RateLimited`) holds
  *every* worker of the run (:class:`~summarizer._digest._pool.Gate`) until the endpoint's
  ``Retry-After`` has passed (cut to :attr:`RetryPolicy.max_wait`; without one, a pause of
  :attr:`RetryPolicy.base_wait` doubling on each 429), then the article is tried again, up to
  :attr:`RetryPolicy.rate_limit_attempts` times before it fails with the reason. The run
  pauses for rate limits at most :attr:`RetryPolicy.max_total_wait` seconds in all: past that
  (or when the endpoint asks for more than is left), the run **stops**; so it does at once on
  a 429 saying the quota is exhausted (``insufficient_quota``), which waiting never cures.
* **Transient failures are tried again**, this article alone: a dropped connection, a timeout,
  a 5xx (read from the typed error's :attr:`~summarizer._errors.EndpointError.status`), up to
  :attr:`RetryPolicy.transient_retries` more times after a jittered backoff, as the openai
  client would have.
* **An article has a time limit** over all its attempts (the engine's
  :attr:`~summarizer._engines._protocol.Engine.article_limit`; time paused for rate limits not
  counted): no transient retry once it is spent.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

import tenacity

from summarizer._briefing._article import Article
from summarizer._briefing._models import Briefing
from summarizer._digest._collect import Failure
from summarizer._digest._pool import Run, Stopped, Waiting
from summarizer._engines._protocol import Engine
from summarizer._engines.llm._deadline import article_limit
from summarizer._errors import (
    ConfigError,
    EndpointError,
    EndpointTimeout,
    EndpointUnreachable,
    RateLimited,
    SummarizerError,
    check_setting,
)
from summarizer._pipeline import brief_article
from summarizer._store import BriefingKey, Store

__all__ = [
    "DEFAULT_MAX_TOTAL_WAIT",
    "QUOTA_EXHAUSTED",
    "ArticleBriefer",
    "RetryPolicy",
    "is_transient",
]

# The longest a run pauses for rate limits, all pauses together, before it stops: long enough
# to ride out a per-minute limit several times over, short of the hours a daily limit (or an
# exhausted plan that answers 429 without saying so) would keep a run waiting.
DEFAULT_MAX_TOTAL_WAIT = 300.0

QUOTA_EXHAUSTED = (
    "the endpoint's quota is exhausted (429 insufficient_quota); check the plan and billing of "
    "the API key"
)


@dataclass(frozen=True)
class RetryPolicy:
    """How hard the runner tries an article before listing it as failed.

    ``rate_limit_attempts``: requests per article that may end in a 429 before it fails.
    ``max_wait``: the longest one rate-limit pause (a longer ``Retry-After`` is cut to it).
    ``base_wait``: the pause after a 429 without ``Retry-After`` (doubling on each one).
    ``transient_retries``: further attempts after a dropped connection, a timeout or a 5xx.
    ``max_total_wait``: the longest the whole run pauses for rate limits, all pauses together
    (``--max-wait``); past it the run stops, listing what it had not briefed.
    """

    rate_limit_attempts: int = 8
    max_wait: float = 60.0
    base_wait: float = 1.0
    transient_retries: int = 2
    max_total_wait: float = DEFAULT_MAX_TOTAL_WAIT

    def __post_init__(self) -> None:
        check_setting(
            "RetryPolicy", "rate_limit_attempts", self.rate_limit_attempts, minimum=1, above=False
        )
        for name in ("transient_retries", "max_wait", "base_wait", "max_total_wait"):
            check_setting("RetryPolicy", name, getattr(self, name), minimum=0, above=False)


def is_transient(error: BaseException) -> bool:
    """Whether the openai client would have tried again: a connection, a timeout, a 5xx."""
    if isinstance(error, EndpointUnreachable | EndpointTimeout):
        return True
    if isinstance(error, EndpointError) and error.status is not None:
        return error.status >= 500 or error.status in (408, 409)
    return False


def _worth_retrying(error: BaseException) -> bool:
    return isinstance(error, RateLimited) or is_transient(error)


class ArticleBriefer:
    """Briefs articles one at a time as a run does: from the store when it has the briefing,
    else with ``engine``, tried again under ``policy``. A 429 pauses all of ``run`` (each
    pause told to ``notify``), a transient failure this article alone."""

    def __init__(
        self,
        engine: Engine,
        *,
        store: Store | None,
        refresh: bool,
        policy: RetryPolicy,
        run: Run,
        notify: Callable[[Waiting], None],
    ) -> None:
        self.engine = engine
        self.store = store
        self.refresh = refresh
        self.policy = policy
        self.run = run
        self.notify = notify

    def brief(self, article: Article, label: str) -> Briefing | Failure:
        """The briefing of ``article`` (``provenance.cached`` when it came from the store), or
        why there is none. Raises :class:`ConfigError` (no key, bad settings: the same for
        every article) and :class:`Stopped` when the run stops before it is done."""
        if self._cached(article):
            # No model call will be made: no need to wait for a rate-limit pause.
            return brief_article(article, self.engine, store=self.store)
        attempts = _Attempts(self, label)
        try:
            result: Briefing | Failure = attempts.retrying(attempts.attempt, article)
        except ConfigError:
            raise
        except SummarizerError as error:  # not worth another try
            return Failure.of(error, label)
        return result

    def _cached(self, article: Article) -> bool:
        if self.store is None or self.refresh or not self.engine.reuses_briefings:
            return False
        key = BriefingKey.of(self.engine.identity, article.id)
        return self.store.lookup(key) is not None


class _Attempts:
    """One article's attempts: the article's counts and time, and what tenacity asks between
    two attempts (whether to stop, how long to wait), answered by the run's policy.

    After a failure worth another try, tenacity calls :meth:`_after` (count it), then
    :meth:`_stop` (give up, or halt the run, or pause it), then :meth:`_wait` and
    :meth:`_sleep`, then :meth:`_before` the next attempt (wait for the gate).
    """

    def __init__(self, briefer: ArticleBriefer, label: str) -> None:
        self.briefer = briefer
        self.run = briefer.run
        self.policy = briefer.policy
        self.label = label
        self.limit = briefer.engine.article_limit
        self.limited = 0  # attempts that ended in a 429
        self.transient = 0  # attempts that ended in a transient failure
        self.spent = 0.0  # on this article's own attempts, pauses for rate limits not counted
        self.started = 0.0
        self.failure: Failure | None = None  # what the article ends in when tenacity stops
        self.retrying = tenacity.Retrying(
            before=self._before,
            retry=tenacity.retry_if_exception(_worth_retrying),
            after=self._after,
            stop=self._stop,
            wait=self._wait,
            sleep=self._sleep,
            retry_error_callback=lambda state: self.failure,
        )

    def attempt(self, article: Article) -> Briefing:
        briefer = self.briefer
        with self._limit():
            return brief_article(
                article, briefer.engine, store=briefer.store, refresh=briefer.refresh
            )

    def _limit(self) -> AbstractContextManager[object]:
        """The article's time limit for its next attempt: what is left of it."""
        if self.limit is None:
            return nullcontext()
        return article_limit(max(self.limit - self.spent, 0.0), shown=self.limit)

    def _before(self, state: tenacity.RetryCallState) -> None:
        if not self.run.gate.wait(self.run.stop):
            raise Stopped
        # After a pause, a little spread, so the held workers do not all knock again at the
        # same instant.
        if self.limited and self.run.stop.wait(random.uniform(0, 0.05)):
            raise Stopped
        self.started = time.monotonic()

    def _after(self, state: tenacity.RetryCallState) -> None:
        self.spent += time.monotonic() - self.started
        if isinstance(_error(state), RateLimited):
            self.limited += 1
        else:
            self.transient += 1

    def _stop(self, state: tenacity.RetryCallState) -> bool:
        error = _error(state)
        assert isinstance(error, SummarizerError)  # only those are worth retrying
        self.failure = Failure.of(error, self.label)
        if isinstance(error, RateLimited):
            return self._stop_for_429(error, self.failure)
        if self.transient > self.policy.transient_retries:
            return True
        return self.limit is not None and self.spent >= self.limit  # its time is up

    def _stop_for_429(self, error: RateLimited, failure: Failure) -> bool:
        """Whether the article stops at this 429; if not, the whole run pauses as it asks."""
        if self.run.stop.is_set():
            return True
        if error.quota:
            # Waiting never cures an exhausted quota: no more requests, for anyone.
            self.run.halt(QUOTA_EXHAUSTED)
            return True
        if self.limited >= self.policy.rate_limit_attempts:
            reason = f"{error.message} (rate limited {self.limited} times; gave up)"
            self.failure = Failure(failure.source, reason)
            return True
        asked = error.retry_after
        wait = self._pause(asked)
        if not self.run.gate.hold(wait, self.policy.max_total_wait):
            self.run.halt(self._budget_spent(asked))
            return True
        self.briefer.notify(Waiting(self.label, wait, error.message))
        return False

    def _wait(self, state: tenacity.RetryCallState) -> float:
        if isinstance(_error(state), RateLimited):
            return 0.0  # the gate holds every worker; _before waits for it
        # Per worker, not run-wide: one dropped connection says little of the rest.
        return random.uniform(0, 0.5 * 2.0**self.transient)

    def _sleep(self, seconds: float) -> None:
        if self.run.stop.wait(seconds):
            raise Stopped
        self.spent += seconds

    def _pause(self, asked: float | None) -> float:
        """How long the run pauses for this 429: as asked, cut to ``max_wait``, unless asked
        for more than the run may still wait (then not cut, so that the run stops)."""
        left = self.run.gate.left(self.policy.max_total_wait)
        if asked is None:
            return min(self.policy.max_wait, self.policy.base_wait * 2.0 ** (self.limited - 1))
        if asked > left:
            return asked
        return min(self.policy.max_wait, asked)

    def _budget_spent(self, asked: float | None) -> str:
        budget = self.policy.max_total_wait
        left = self.run.gate.left(budget)
        if asked is not None and asked > left and left >= 1:
            return (
                f"the endpoint asks to wait {asked:.0f} s, more than the {left:.0f} s left of "
                f"the run's {budget:g} s for rate-limit pauses (--max-wait)"
            )
        return (
            f"still rate limited after pausing {budget - left:.0f} s in all, the run's limit "
            f"of {budget:g} s for rate-limit pauses (--max-wait)"
        )


def _error(state: tenacity.RetryCallState) -> BaseException | None:
    return state.outcome.exception() if state.outcome is not None else None
