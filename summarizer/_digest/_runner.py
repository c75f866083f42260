"""Briefing many articles at once, and the digest of them: :func:`digest_sources`.

How a run goes:

* **Never pays twice.** Each article goes through :func:`~summarizer._pipeline.brief_article`
  with the store, which returns a briefing already made for the same article and settings and
  stores a new one the moment it is made. Stop a run (Ctrl-C, a crash) and the next one makes
  only the briefings still missing.
* **A bounded number in flight.** ``concurrency`` worker threads take articles from a queue,
  no more than the engine's :attr:`~summarizer._engines._protocol.Engine.max_workers` (the
  offline engine, pure Python and CPU-bound, runs in one).
* **Rate limits slow the run down, up to a point.** The runner takes over the engine's
  retries (:meth:`~summarizer._engines._protocol.Engine.leaving_retries_to_caller`: the openai
  client then retries nothing), so it sees every 429: it
  then holds *every* worker until the endpoint's ``Retry-After`` has passed (bounded by
  :attr:`RetryPolicy.max_wait`) and tries the article again, up to
  :attr:`RetryPolicy.rate_limit_attempts` times before listing it as failed with the reason.
  The whole run pauses for rate limits at most :attr:`RetryPolicy.max_total_wait` seconds in
  all: past that (or when the endpoint asks for more than is left), the run **stops**; so it
  does at once on a 429 saying the quota is exhausted (``insufficient_quota``), which waiting
  never cures. A stopped run starts no request; what it had not briefed is listed as not
  included, with why (:attr:`BriefResults.stopped`); the store keeps what was made.
  ``summarizer brief`` briefs its sources one by one through the same code
  (:class:`SequentialBriefer`), so a 429 means the same there.
* **An article has a time limit**, over all the runner's attempts at it (the engine's
  :attr:`~summarizer._engines._protocol.Engine.article_limit`, time paused for rate limits not
  counted): no transient retry once it is spent.
  Dropped connections, timeouts and 5xx answers are tried again a few times too, as the
  client would have.
* **One bad article does not sink the week.** An article that fails is listed in the digest's
  "Not included" with its reason; the result says success, partial or error.

The worker threads are daemons: Ctrl-C returns at once, and a request still in flight is
abandoned with the process (whatever it had stored stays stored).
"""

from __future__ import annotations

import os
import queue
import random
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from summarizer._briefing._article import Article
from summarizer._briefing._models import Briefing
from summarizer._digest._collect import Collected, Collection, Failure, collect
from summarizer._digest._llm_synthesis import synthesize as write_synthesis
from summarizer._digest._periods import Selection
from summarizer._engines._protocol import Engine
from summarizer._engines._registry import EngineChoice, make_engine
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
from summarizer._store import BriefingKey

if TYPE_CHECKING:
    from summarizer._digest._models import Digest
    from summarizer._engines.llm._settings import LLMSettings
    from summarizer._ingest._fetching import FetchSettings
    from summarizer._store import Store

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_MAX_TOTAL_WAIT",
    "BriefOutcome",
    "BriefResults",
    "DigestRun",
    "ProgressEvent",
    "RetryPolicy",
    "SequentialBriefer",
    "brief_many",
    "digest_sources",
    "synthesize",
]

# A hosted API serves a handful of requests per key at once without complaint; more mostly
# buys 429s.
DEFAULT_CONCURRENCY = 4
# How often the waiting main thread wakes up, so that Ctrl-C is handled promptly.
_POLL = 0.1
# The longest a run pauses for rate limits, all pauses together, before it stops: long enough
# to ride out a per-minute limit several times over, short of the hours a daily limit (or an
# exhausted plan that answers 429 without saying so) would keep a run waiting.
DEFAULT_MAX_TOTAL_WAIT = 300.0

Outcome = Literal["briefed", "cached", "failed"]
Status = Literal["success", "partial", "error"]


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


@dataclass(frozen=True)
class ProgressEvent:
    """What a progress display is told: a run started, an article ended, or the run waits.

    ``kind`` is ``"start"``, ``"briefed"``, ``"cached"``, ``"failed"`` or ``"waiting"``
    (``wait`` seconds, after a 429). The counts are the run's so far; ``tokens`` are the tokens
    (in and out) of the briefings made in this run.
    """

    kind: Literal["start", "briefed", "cached", "failed", "waiting"]
    total: int
    done: int = 0
    briefed: int = 0
    cached: int = 0
    failed: int = 0
    tokens: int = 0
    label: str = ""
    message: str = ""
    wait: float = 0.0


Progress = Callable[[ProgressEvent], None]


@dataclass(frozen=True)
class BriefOutcome:
    """One article's end: its briefing (``cached`` when taken from the store) or its failure."""

    item: Collected
    briefing: Briefing | None = None
    failure: Failure | None = None
    cached: bool = False


@dataclass
class BriefResults:
    """What :func:`brief_many` made, in the order the articles came.

    ``stopped`` says why the run stopped before the end (quota exhausted, the run's time for
    rate-limit pauses spent), if it did; the articles it never briefed are then failures
    saying so.
    """

    outcomes: list[BriefOutcome] = field(default_factory=list)
    stopped: str | None = None

    @property
    def briefings(self) -> list[Briefing]:
        return [o.briefing for o in self.outcomes if o.briefing is not None]

    @property
    def failures(self) -> list[Failure]:
        return [o.failure for o in self.outcomes if o.failure is not None]

    @property
    def briefed(self) -> int:
        return sum(1 for o in self.outcomes if o.briefing is not None and not o.cached)

    @property
    def cached(self) -> int:
        return sum(1 for o in self.outcomes if o.cached)


@dataclass
class DigestRun:
    """The result of :func:`digest_sources`: the digest, and how the run went.

    ``status``: ``success`` (every input is in the digest), ``partial`` (some are listed as
    not included), ``error`` (nothing could be digested). ``exit_code`` is the CLI's for it.
    """

    digest: Digest
    collection: Collection
    results: BriefResults
    notes: list[str] = field(default_factory=list)

    @property
    def briefings(self) -> list[Briefing]:
        return self.results.briefings

    @property
    def failures(self) -> list[Failure]:
        return [*self.collection.failures, *self.results.failures]

    @property
    def briefed(self) -> int:
        return self.results.briefed

    @property
    def cached(self) -> int:
        return self.results.cached

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def stopped(self) -> str | None:
        """Why the run stopped early (see :attr:`BriefResults.stopped`), or None."""
        return self.results.stopped

    @property
    def tokens(self) -> tuple[int, int]:
        """Tokens in and out of the briefings made in this run (cached ones cost nothing)."""
        made = [o.briefing for o in self.results.outcomes if o.briefing and not o.cached]
        return (
            sum(b.provenance.tokens_in for b in made),
            sum(b.provenance.tokens_out for b in made),
        )

    @property
    def status(self) -> Status:
        if not self.briefings:
            return "error"
        return "partial" if self.failures else "success"

    @property
    def exit_code(self) -> int:
        return {"success": 0, "partial": 3, "error": 1}[self.status]


# --------------------------------------------------------------------------- many briefings


class _Gate:
    """The run-wide pause after a 429: no worker sends a request before it opens.

    ``paused`` is how long it has been closed in all (overlapping holds counted once)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._until = 0.0
        self.paused = 0.0

    def hold(self, seconds: float, budget: float) -> bool:
        """Close the gate ``seconds`` from now (or keep it closed till then), unless that takes
        ``paused`` past ``budget``: False then, and the gate is left as it was."""
        with self._lock:
            now = time.monotonic()
            until = max(self._until, now + seconds)
            more = until - max(self._until, now)
            if self.paused + more > budget + 1e-6:
                return False
            self.paused += more
            self._until = until
            return True

    def left(self, budget: float) -> float:
        with self._lock:
            return max(0.0, budget - self.paused)

    def wait(self, stop: threading.Event) -> bool:
        """Wait until open; False when the run is stopping."""
        while True:
            with self._lock:
                remaining = self._until - time.monotonic()
            if remaining <= 0:
                return not stop.is_set()
            if stop.wait(remaining):
                return False


class _Stopped(Exception):
    """The run is stopping: the worker leaves its article undone."""


class _Run:
    """What the workers of one run share: the retry policy, the rate-limit gate, and the stop
    (Ctrl-C, the end, or :meth:`halt`)."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy
        self.gate = _Gate()
        self.stop = threading.Event()
        self.stopped: str | None = None
        self._lock = threading.Lock()

    def halt(self, reason: str) -> None:
        """Stop the run for ``reason``: no worker starts another request."""
        with self._lock:
            if self.stopped is None:
                self.stopped = reason
        self.stop.set()

    def not_briefed(self, label: str) -> Failure:
        return Failure(label, f"not briefed: the run stopped: {self.stopped}")


@dataclass(frozen=True)
class _Done:
    index: int
    outcome: BriefOutcome


@dataclass(frozen=True)
class _Waiting:
    label: str
    wait: float
    message: str


@dataclass(frozen=True)
class _Crash:
    error: BaseException


_Event = _Done | _Waiting | _Crash


class _Worker:
    def __init__(
        self,
        engine: Engine,
        store: Store | None,
        refresh: bool,
        run: _Run,
        emit: Callable[[_Event], None],
    ) -> None:
        self.engine = engine
        self.store = store
        self.refresh = refresh
        self.run_state = run
        self.policy = run.policy
        self.gate = run.gate
        self.stop = run.stop
        self.emit = emit
        self.article_limit = engine.article_limit

    def run(self, work: queue.Queue[tuple[int, Collected]]) -> None:
        while not self.stop.is_set():
            try:
                index, item = work.get_nowait()
            except queue.Empty:
                return
            try:
                outcome = self.brief(item)
            except _Stopped:
                return
            except BaseException as error:  # a bug: the main thread raises it
                self.emit(_Crash(error))
                return
            self.emit(_Done(index, outcome))

    def brief(self, item: Collected) -> BriefOutcome:
        briefing, failure, cached = self.brief_article(item.article, item.label)
        return BriefOutcome(item, briefing=briefing, failure=failure, cached=cached)

    def brief_article(
        self, article: Article, label: str
    ) -> tuple[Briefing | None, Failure | None, bool]:
        """The briefing of ``article`` (and whether it came from the store), or why not.
        Raises :class:`_Stopped` when the run stops before it is done."""
        if self._cached(article):
            # No model call will be made: no need to wait for a rate-limit pause.
            briefing = brief_article(article, self.engine, store=self.store)
            return briefing, None, briefing.provenance.cached
        limited = transient = 0
        spent = 0.0  # on this article's own attempts, pauses for rate limits not counted
        while True:
            if not self.gate.wait(self.stop):
                raise _Stopped
            # After a pause, a little spread, so the held workers do not all knock again at
            # the same instant.
            if limited and self.stop.wait(random.uniform(0, 0.05)):
                raise _Stopped
            started = time.monotonic()
            try:
                with self._limit(spent):
                    briefing = brief_article(
                        article, self.engine, store=self.store, refresh=self.refresh
                    )
                return briefing, None, briefing.provenance.cached
            except ConfigError:
                raise  # no key, bad settings: the same for every article (main stops the run)
            except RateLimited as error:
                limited += 1
                spent += time.monotonic() - started
                failure = Failure.of(error, label)
                if self.stop.is_set():
                    return None, failure, False
                if error.quota:
                    # Waiting never cures an exhausted quota: no more requests, for anyone.
                    self.run_state.halt(
                        "the endpoint's quota is exhausted (429 insufficient_quota); "
                        "check the plan and billing of the API key"
                    )
                    return None, failure, False
                if limited >= self.policy.rate_limit_attempts:
                    reason = f"{error.message} (rate limited {limited} times; gave up)"
                    return None, Failure(failure.source, reason), False
                asked = error.retry_after
                wait = self._wait(asked, limited)
                if not self.gate.hold(wait, self.policy.max_total_wait):
                    self.run_state.halt(self._budget_spent(asked))
                    return None, failure, False
                self.emit(_Waiting(label, wait, error.message))
            except SummarizerError as error:
                spent += time.monotonic() - started
                if _transient(error) and transient < self.policy.transient_retries:
                    if self.article_limit is not None and spent >= self.article_limit:
                        return None, Failure.of(error, label), False  # its time is up
                    transient += 1
                    # Per worker, not run-wide: one dropped connection says little of the rest.
                    backoff = random.uniform(0, 0.5 * 2**transient)
                    if self.stop.wait(backoff):
                        raise _Stopped from None
                    spent += backoff
                    continue
                return None, Failure.of(error, label), False

    def _limit(self, spent: float) -> AbstractContextManager[object]:
        """The article's time limit for its next attempt: what is left of it."""
        if self.article_limit is None:
            return nullcontext()
        return article_limit(max(self.article_limit - spent, 0.0), shown=self.article_limit)

    def _budget_spent(self, asked: float | None) -> str:
        budget = self.policy.max_total_wait
        left = self.gate.left(budget)
        if asked is not None and asked > left and left >= 1:
            return (
                f"the endpoint asks to wait {asked:.0f} s, more than the {left:.0f} s left of "
                f"the run's {budget:g} s for rate-limit pauses (--max-wait)"
            )
        return (
            f"still rate limited after pausing {budget - left:.0f} s in all, the run's limit "
            f"of {budget:g} s for rate-limit pauses (--max-wait)"
        )

    def _cached(self, article: Article) -> bool:
        if self.store is None or self.refresh or not self.engine.reuses_briefings:
            return False
        key = BriefingKey.of(self.engine.identity, article.id)
        return self.store.lookup(key) is not None

    def _wait(self, asked: float | None, attempt: int) -> float:
        left = self.gate.left(self.policy.max_total_wait)
        if asked is None:
            asked = self.policy.base_wait * 2 ** (attempt - 1)
        elif asked > left:
            return asked  # more than the run may still wait: not cut, so the run stops
        return min(self.policy.max_wait, asked)


def _transient(error: SummarizerError) -> bool:
    """Whether the openai client would have tried again: a connection, a timeout, a 5xx."""
    if isinstance(error, EndpointUnreachable | EndpointTimeout):
        return True
    if isinstance(error, EndpointError) and error.status is not None:
        return error.status >= 500 or error.status in (408, 409)
    return False


def brief_many(
    items: Sequence[Collected],
    engine: Engine,
    *,
    store: Store | None = None,
    refresh: bool = False,
    concurrency: int = DEFAULT_CONCURRENCY,
    retry: RetryPolicy | None = None,
    progress: Progress | None = None,
) -> BriefResults:
    """Brief ``items`` with at most ``concurrency`` at a time (and at most the engine's
    ``max_workers``: one for the offline engine).

    Failures are outcomes, not exceptions; a :class:`ConfigError` (no key) stops the run and
    is raised, as is whatever ``progress`` raises (KeyboardInterrupt included). Each briefing
    is in the store (when given) as soon as it is made.
    """
    policy = retry or RetryPolicy()
    if concurrency < 1:
        raise ConfigError(f"concurrency must be 1 or more, not {concurrency}")
    most = engine.max_workers
    workers = min(concurrency, max(len(items), 1), most if most is not None else concurrency)
    work: queue.Queue[tuple[int, Collected]] = queue.Queue()
    for pair in enumerate(items):
        work.put(pair)
    events: queue.Queue[_Event] = queue.Queue()
    run = _Run(policy)
    outcomes: dict[int, BriefOutcome] = {}
    counts = {"briefed": 0, "cached": 0, "failed": 0, "tokens": 0}

    def tell(
        kind: Literal["start", "briefed", "cached", "failed", "waiting"],
        *,
        label: str = "",
        message: str = "",
        wait: float = 0.0,
    ) -> None:
        if progress is not None:
            progress(
                ProgressEvent(
                    kind=kind,
                    total=len(items),
                    done=len(outcomes),
                    briefed=counts["briefed"],
                    cached=counts["cached"],
                    failed=counts["failed"],
                    tokens=counts["tokens"],
                    label=label,
                    message=message,
                    wait=wait,
                )
            )

    tell("start")
    if not items:
        return BriefResults()
    worker = _Worker(engine, store, refresh, run, events.put)
    threads = [
        threading.Thread(target=worker.run, args=(work,), name=f"digest-{n}", daemon=True)
        for n in range(workers)
    ]
    try:
        for thread in threads:
            thread.start()
        while len(outcomes) < len(items):
            try:
                event = events.get(timeout=_POLL)
            except queue.Empty:
                if not any(t.is_alive() for t in threads) and events.empty():
                    break  # every worker is gone (they only leave early on a crash)
                continue
            if isinstance(event, _Crash):
                raise event.error
            if isinstance(event, _Waiting):
                tell("waiting", label=event.label, wait=event.wait, message=event.message)
                continue
            outcome = outcomes[event.index] = event.outcome
            kind: Outcome = (
                "failed" if outcome.failure else "cached" if outcome.cached else "briefed"
            )
            counts[kind] += 1
            if outcome.briefing is not None and not outcome.cached:
                p = outcome.briefing.provenance
                counts["tokens"] += p.tokens_in + p.tokens_out
            reason = outcome.failure.reason if outcome.failure else ""
            tell(kind, label=outcome.item.label, message=reason)
    finally:
        # Whatever ended the loop (done, Ctrl-C, a crash), no worker starts another article.
        run.stop.set()
    if run.stopped is not None:
        for index, item in enumerate(items):
            if index not in outcomes:
                outcomes[index] = BriefOutcome(item, failure=run.not_briefed(item.label))
    return BriefResults([outcomes[i] for i in sorted(outcomes)], stopped=run.stopped)


class SequentialBriefer:
    """Briefs articles one at a time, handling a 429 as a digest run does (the same code): a
    pause as the endpoint asks, the run's :attr:`RetryPolicy.max_total_wait` for all pauses,
    and a stop at once on an exhausted quota. What ``summarizer brief`` uses.

    The engine leaves its 429s to it; its other retries (timeouts, 5xx, dropped connections)
    stay the engine's own (the openai client's), so the policy's ``transient_retries`` is
    usually 0 here (the default). ``progress`` hears of each pause (``"waiting"``).
    Once :attr:`stopped` is set, :meth:`brief` briefs nothing more.
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
        self._run = _Run(retry or RetryPolicy(transient_retries=0))
        self._progress = progress
        self._worker = _Worker(
            engine.leaving_retries_to_caller(transient=False),
            store,
            refresh,
            self._run,
            self._emit,
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
            briefing, failure, _ = self._worker.brief_article(article, name)
        except _Stopped:
            return self._run.not_briefed(name)
        if failure is not None:
            return failure
        assert briefing is not None
        return briefing

    def not_briefed(self, label: str) -> Failure:
        """The failure of an article left undone because the run stopped."""
        return self._run.not_briefed(label)

    def _emit(self, event: _Event) -> None:
        # Only pauses come here: the articles' ends are what brief() returns.
        if isinstance(event, _Waiting) and self._progress is not None:
            self._progress(
                ProgressEvent(
                    kind="waiting",
                    total=0,
                    label=event.label,
                    message=event.message,
                    wait=event.wait,
                )
            )


# --------------------------------------------------------------------------- the digest


def digest_sources(
    sources: Sequence[str | os.PathLike[str]] = (),
    *,
    engine: EngineChoice | Engine = "auto",
    settings: LLMSettings | None = None,
    store: Store | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    selection: Selection | None = None,
    fetch_settings: FetchSettings | None = None,
    refresh: bool = False,
    retry: RetryPolicy | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> DigestRun:
    """Collect ``sources`` (see :func:`summarizer._digest._collect.collect`), brief what the store
    lacks, and merge everything into a :class:`~summarizer._digest.Digest`.

    With no sources, the store's articles of ``selection`` (default: the last complete ISO
    week) are digested. ``engine`` is a choice (``"auto"``, ``"llm"``, ``"offline"``) or an
    engine object; it runs leaving every retry to the runner (which pauses the whole run on a
    429: see the module docstring). With an engine that asks a model, the digest's top
    developments and outlook are written by that model (:func:`synthesize`, with the engine's
    own client: its retries included, since it is one plain call); otherwise, or if that call
    fails, they stay the offline synthesis and ``notes`` says why.
    """
    from summarizer._digest._build import build_digest

    on_call = store.log_call if store is not None else None
    chosen = make_engine(engine, settings, on_call=on_call) if isinstance(engine, str) else engine
    collection = collect(
        sources, selection=selection, store=store, fetch_settings=fetch_settings, now=now
    )
    results = brief_many(
        collection.articles,
        chosen.leaving_retries_to_caller(transient=True),
        store=store,
        refresh=refresh,
        concurrency=concurrency,
        retry=retry,
        progress=progress,
    )
    failures = [*collection.failures, *results.failures]
    period = collection.selection
    digest = build_digest(
        results.briefings,
        not_included=[(f.source, f.reason) for f in failures],
        period=(period.start, period.end) if period is not None and period.start.year > 1 else None,
    )
    run = DigestRun(digest=digest, collection=collection, results=results)
    if results.briefings and results.stopped is not None:
        # Stopped by the endpoint's 429s: one more request would only get another.
        if chosen.client is not None:
            run.notes.append(
                "the LLM synthesis was not asked for, the offline one is kept: the run stopped "
                "early"
            )
    elif results.briefings:
        run.digest = synthesize(run.digest, chosen, notes=run.notes)
    return run


def synthesize(digest: Digest, engine: Engine, *, notes: list[str] | None = None) -> Digest:
    """``digest`` with its top developments and outlook written by the model ``engine`` asks
    (:func:`summarizer._digest._llm_synthesis.synthesize`); as it is for an engine with no
    model, or when that call fails (``notes`` then gets a line saying so)."""
    client = engine.client
    if client is None:
        return digest
    try:
        return write_synthesis(digest, client)
    except SummarizerError as error:
        if notes is not None:
            notes.append(f"the LLM synthesis failed, the offline one is kept: {error}")
        return digest
