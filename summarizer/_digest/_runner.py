"""Briefing many articles at once, and the digest of them: :func:`digest_sources`.

How a run goes:

* **Never pays twice.** Each article goes through :func:`~summarizer._pipeline.brief_article`
  with the store, which returns a briefing already made for the same article and engine
  identity and stores a new one the moment it is made. Stop a run (Ctrl-C, a crash) and the
  next one makes only the briefings still missing.
* **A bounded number in flight.** ``concurrency`` worker threads take articles from a queue
  (:mod:`summarizer._digest._pool`), no more than the engine's
  :attr:`~summarizer._engines._protocol.Engine.max_workers` (the offline engine, pure Python
  and CPU-bound, runs in one).
* **The run paces the retries.** The engine leaves its retries to the run
  (:meth:`~summarizer._engines._protocol.Engine.leaving_retries_to_caller`), so the run sees
  every 429, holds every worker while the endpoint asks to wait, and stops when the quota is
  exhausted or its time for pauses (``--max-wait``) is spent; transient failures are tried
  again, within the article's time limit (:mod:`summarizer._digest._retry`). A stopped run
  starts no request; what it had not briefed is listed as not included, with why
  (:attr:`BriefResults.stopped`); the store keeps what was made. ``summarizer brief`` briefs
  its sources one by one through the same code
  (:class:`~summarizer._digest._sequential.SequentialBriefer`), so a 429 means the same there.
* **One bad article does not sink the week.** An article that fails is listed in the digest's
  "Not included" with its reason; the result says success, partial or error.
* **The model writes the synthesis when there is one, and it is paid for once.** With an
  engine that asks a model (:attr:`~summarizer._engines._protocol.Engine.client`), the
  digest's top developments and outlook are written by it
  (:mod:`summarizer._digest._llm_synthesis`) and kept in the store, keyed by what the request
  depends on (:mod:`summarizer._digest._kept`): a rerun, or the same digest in another format,
  takes it from there with no model call (``refresh`` asks again). If that call fails they
  stay the offline synthesis, ``provenance.synthesis_error`` says why, and the run is partial.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Collection as Many
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

from summarizer._batch import BatchProgress, BatchResults, BatchSettings, brief_batch
from summarizer._briefing._models import Briefing
from summarizer._digest._budget import Budget
from summarizer._digest._build import DEFAULT_INCLUDE, build_digest
from summarizer._digest._collect import Collected, Collection, Failure, collect
from summarizer._digest._kept import kept, reuse, synthesis_key
from summarizer._digest._llm_synthesis import synthesize as write_synthesis
from summarizer._digest._models import Digest
from summarizer._digest._periods import Selection
from summarizer._digest._pool import Pool, Run, Stopped, Waiting
from summarizer._digest._progress import Progress, ProgressEvent
from summarizer._digest._retry import ArticleBriefer, RetryPolicy
from summarizer._engines._protocol import Engine
from summarizer._engines._registry import EngineChoice, make_engine
from summarizer._engines.llm._engine import LLMEngine
from summarizer._errors import ConfigError, StoreError, SummarizerError
from summarizer._store import Store

if TYPE_CHECKING:
    from summarizer._engines.llm._settings import LLMSettings
    from summarizer._ingest._fetching import FetchSettings

__all__ = [
    "DEFAULT_CONCURRENCY",
    "BriefOutcome",
    "BriefResults",
    "DigestRun",
    "SynthesisOutcome",
    "brief_many",
    "digest_sources",
    "synthesize",
]

# A hosted API serves a handful of requests per key at once without complaint; more mostly
# buys 429s.
DEFAULT_CONCURRENCY = 4

Outcome = Literal["briefed", "cached", "failed"]
Status = Literal["success", "partial", "error"]
# Where the digest's top developments and outlook came from (see DigestRun.synthesis).
SynthesisOutcome = Literal["offline", "asked", "stored", "failed", "not asked"]


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
    #: The provider's batches the run submitted or picked up (``batch=True``), and what they
    #: said that concerns no one article.
    batches: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

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

    ``status``: ``success`` (every input is in the digest, and the model wrote the synthesis
    when one was to), ``partial`` (some inputs are listed as not included, or the model's
    synthesis failed: ``digest.provenance.synthesis_error``), ``error`` (nothing could be
    digested). ``exit_code`` is the CLI's for it.

    ``synthesis`` says where the top developments and outlook came from: ``offline`` (the
    engine asks no model), ``asked`` (the model, in this run), ``stored`` (the store kept the
    model's synthesis of the same inputs: no call), ``failed`` (the call failed; the offline
    ones), ``not asked`` (the run stopped early; the offline ones).
    """

    digest: Digest
    collection: Collection
    results: BriefResults
    notes: list[str] = field(default_factory=list)
    synthesis: SynthesisOutcome = "offline"

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
    def cost(self) -> float | None:
        """What the briefings made in this run cost, in dollars (estimated from the price
        table); None when the cost of one is unknown (a model the table lacks)."""
        made = [o.briefing for o in self.results.outcomes if o.briefing and not o.cached]
        costs = [b.provenance.cost for b in made]
        if any(cost is None for cost in costs):
            return None
        return sum(cost for cost in costs if cost is not None)

    @property
    def status(self) -> Status:
        if not self.briefings:
            return "error"
        if self.failures or self.digest.provenance.synthesis_error is not None:
            return "partial"
        return "success"

    @property
    def exit_code(self) -> int:
        return {"success": 0, "partial": 3, "error": 1}[self.status]


# --------------------------------------------------------------------------- many briefings


def brief_many(
    items: Sequence[Collected],
    engine: Engine,
    *,
    store: Store | None = None,
    refresh: bool = False,
    concurrency: int = DEFAULT_CONCURRENCY,
    retry: RetryPolicy | None = None,
    progress: Progress | None = None,
    max_cost: float | None = None,
) -> BriefResults:
    """Brief ``items`` with at most ``concurrency`` at a time (and at most the engine's
    ``max_workers``: one for the offline engine).

    With ``max_cost`` (dollars), no article is started whose estimated cost would take the
    run's cost (estimates of the articles in flight, costs of those done) past it: the run
    stops there, and says what is left (:mod:`summarizer._digest._budget`).

    Failures are outcomes, not exceptions; a :class:`ConfigError` (no key) stops the run and
    is raised, as is whatever ``progress`` raises (KeyboardInterrupt included). Each briefing
    is in the store (when given) as soon as it is made.
    """
    policy = retry or RetryPolicy()
    if concurrency < 1:
        raise ConfigError(f"concurrency must be 1 or more, not {concurrency}")
    most = engine.max_workers
    workers = min(concurrency, max(len(items), 1), most if most is not None else concurrency)
    run = Run()
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

    def done(index: int, outcome: BriefOutcome) -> None:
        outcomes[index] = outcome
        kind: Outcome = "failed" if outcome.failure else "cached" if outcome.cached else "briefed"
        counts[kind] += 1
        if outcome.briefing is not None and not outcome.cached:
            p = outcome.briefing.provenance
            counts["tokens"] += p.tokens_in + p.tokens_out
        reason = outcome.failure.reason if outcome.failure else ""
        tell(kind, label=outcome.item.label, message=reason)

    def waiting(notice: Waiting) -> None:
        tell("waiting", label=notice.label, wait=notice.wait, message=notice.message)

    tell("start")
    if not items:
        return BriefResults()
    pool: Pool[Collected, BriefOutcome] = Pool(workers, run.stop, name="digest")
    briefer = ArticleBriefer(
        engine, store=store, refresh=refresh, policy=policy, run=run, notify=pool.post
    )

    budget = Budget.of(engine, max_cost, store=store, refresh=refresh)

    def brief(item: Collected) -> BriefOutcome:
        reserved = 0.0
        if budget is not None:
            estimate = budget.reserve(item.article)
            if estimate is None:
                run.halt(budget.stop_reason())
                raise Stopped
            reserved = estimate
        result = briefer.brief(item.article, item.label)
        if isinstance(result, Failure):
            if budget is not None:
                budget.settle(reserved, None)
            return BriefOutcome(item, failure=result)
        if budget is not None:
            budget.settle(reserved, result)
        return BriefOutcome(item, briefing=result, cached=result.provenance.cached)

    pool.run(items, brief, on_done=done, on_notice=waiting)
    if run.stopped is not None:
        for index, item in enumerate(items):
            if index not in outcomes:
                outcomes[index] = BriefOutcome(item, failure=run.not_briefed(item.label))
    return BriefResults([outcomes[i] for i in sorted(outcomes)], stopped=run.stopped)


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
    include: Many[str] = DEFAULT_INCLUDE,
    batch: bool | BatchSettings = False,
    batch_progress: BatchProgress | None = None,
    max_cost: float | None = None,
) -> DigestRun:
    """Collect ``sources`` (see :func:`summarizer._digest._collect.collect`), brief what the
    store lacks, and merge everything into a :class:`~summarizer._digest.Digest`.

    With no sources, the store's articles of ``selection`` (default: the last complete ISO
    week) are digested. ``engine`` is a choice (``"auto"``, ``"llm"``, ``"offline"``) or an
    engine object; it runs leaving every retry to the run (see the module docstring). With an
    engine that asks a model, the digest's top developments and outlook are written by that
    model (:func:`synthesize`, with the engine's own client: its retries included, since it is
    one plain call), or taken from the store when it kept them for the same inputs; otherwise,
    or if that call fails, they stay the offline synthesis, and ``notes`` and
    ``digest.provenance.synthesis_error`` say why. ``refresh`` briefs every article again and
    asks for the synthesis again. ``include`` names the relevances digested (default:
    international; add "domestic" for public affairs inside one state); the others are listed
    as not included. With a store and a bounded ``selection``, the store's briefings of the period
    just before (of the same length) are compared: ``digest.changes`` says what changed.

    ``batch`` (True, or :class:`~summarizer._batch.BatchSettings`) briefs what the store lacks
    through the provider's batch service instead (:func:`~summarizer._batch.brief_batch`: half
    the price at OpenAI, results within 24 hours; resumable), reporting to ``batch_progress``;
    it needs the LLM engine and a ``store``. ``max_cost`` (dollars) stops submitting new work
    when the estimate would exceed it; what is left is listed as not included.
    """
    on_call = store.log_call if store is not None else None
    chosen = make_engine(engine, settings, on_call=on_call) if isinstance(engine, str) else engine
    collection = collect(
        sources,
        selection=selection,
        store=store,
        fetch_settings=fetch_settings,
        now=now,
        progress=progress,
    )
    if batch is not False:
        results = _brief_in_batch(
            collection.articles,
            chosen,
            store=store,
            settings=(
                batch
                if isinstance(batch, BatchSettings)
                else BatchSettings(concurrency=concurrency)
            ),
            progress=batch_progress,
            max_cost=max_cost,
            refresh=refresh,
        )
    else:
        results = brief_many(
            collection.articles,
            chosen.leaving_retries_to_caller(transient=True),
            store=store,
            refresh=refresh,
            concurrency=concurrency,
            retry=retry,
            progress=progress,
            max_cost=max_cost,
        )
    failures = [*collection.failures, *results.failures]
    period = collection.selection
    bounded = period is not None and period.start.year > 1
    digest = build_digest(
        results.briefings,
        not_included=[(f.source, f.reason) for f in failures],
        period=(period.start, period.end) if period is not None and bounded else None,
        include=include,
        previous=(
            previous_digest(store, chosen, period, include)
            if store is not None and period is not None and bounded
            else None
        ),
    )
    run = DigestRun(digest=digest, collection=collection, results=results)
    run.notes += results.notes
    if results.briefings and results.stopped is not None:
        # Stopped by the endpoint's 429s: one more request would only get another.
        if chosen.client is not None:
            run.notes.append(
                "the LLM synthesis was not asked for, the offline one is kept: the run stopped "
                "early"
            )
            run.digest = _without_synthesis(
                run.digest, "the run stopped early, so it was not asked for"
            )
            run.synthesis = "not asked"
    elif results.briefings:
        run.digest, run.synthesis = _synthesize(
            run.digest, chosen, notes=run.notes, store=store, refresh=refresh
        )
    return run


def _brief_in_batch(
    items: Sequence[Collected],
    engine: Engine,
    *,
    store: Store | None,
    settings: BatchSettings,
    progress: BatchProgress | None,
    max_cost: float | None,
    refresh: bool,
) -> BriefResults:
    if not isinstance(engine, LLMEngine):
        raise ConfigError("batch=True needs the LLM engine (engine='llm')")
    if store is None:
        raise ConfigError("batch=True needs a store: it keeps the batch until it ends")
    if max_cost is not None:
        settings = dataclasses.replace(settings, max_cost=max_cost)
    done: BatchResults = brief_batch(
        items, engine, store=store, settings=settings, progress=progress, refresh=refresh
    )
    return BriefResults(
        [BriefOutcome(o.item, o.briefing, o.failure, o.cached) for o in done.outcomes],
        stopped=done.stopped,
        batches=done.batches,
        notes=done.notes,
    )


def previous_digest(
    store: Store, engine: Engine, period: Selection, include: Many[str]
) -> Digest | None:
    """The digest of the period just before ``period`` (as long as it), from the briefings the
    store holds of its articles under ``engine``'s identity; None when it holds none."""
    length = period.end - period.start
    end = period.start - timedelta(days=1)
    start = end - length
    stored = store.articles_between(start, end)
    identity = engine.identity
    briefings = store.briefings_for(
        [a.id for a in stored],
        engine=identity.engine,
        model=identity.model,
        prompt_version=identity.prompt_version,
        schema_version=identity.schema_version,
    )
    if not briefings:
        return None
    return build_digest(list(briefings.values()), period=(start, end), include=include)


def synthesize(
    digest: Digest,
    engine: Engine,
    *,
    notes: list[str] | None = None,
    store: Store | None = None,
    refresh: bool = False,
) -> Digest:
    """``digest`` with its top developments and outlook written by the model ``engine`` asks
    (:func:`summarizer._digest._llm_synthesis.synthesize`), or, with a ``store`` that kept the
    synthesis of the same inputs (:mod:`summarizer._digest._kept`), that one, with no call
    (unless ``refresh``); a synthesis the model writes is kept there. ``digest`` as it is for
    an engine with no model; when the call fails, ``digest`` with
    ``provenance.synthesis_error`` saying why (and a line in ``notes``)."""
    return _synthesize(digest, engine, notes=notes, store=store, refresh=refresh)[0]


def _synthesize(
    digest: Digest,
    engine: Engine,
    *,
    notes: list[str] | None,
    store: Store | None,
    refresh: bool,
) -> tuple[Digest, SynthesisOutcome]:
    client = engine.client
    if client is None or not digest.sources:
        return digest, "offline"
    key = synthesis_key(digest, client.settings.model) if store is not None else None
    if store is not None and key is not None and not refresh:
        payload = store.get_synthesis(key)
        reused = reuse(digest, payload) if payload is not None else None
        if reused is not None:
            return reused, "stored"
    try:
        written = write_synthesis(digest, client)
    except SummarizerError as error:
        if notes is not None:
            notes.append(f"the LLM synthesis failed, the offline one is kept: {error}")
        return _without_synthesis(digest, error.message), "failed"
    if store is not None and key is not None:
        try:
            articles = [source.article for source in digest.sources]
            store.put_synthesis(key, kept(digest, written), articles=articles)
        except StoreError as error:
            # Paid for and in this digest: not lost for this run, only asked again next time.
            if notes is not None:
                notes.append(f"the LLM synthesis could not be kept in the store: {error}")
    return written, "asked"


def _without_synthesis(digest: Digest, why: str) -> Digest:
    """``digest`` (the offline synthesis) saying why the model's is not in it."""
    provenance = digest.provenance.model_copy(update={"synthesis_error": why})
    return digest.model_copy(update={"provenance": provenance})
