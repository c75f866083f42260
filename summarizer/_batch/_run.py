"""Briefing many articles through the provider's batch service: :func:`brief_batch`.

How a batch run goes:

* **Only what the store lacks is asked for.** Every article with a briefing under the engine's
  key is taken from the store; each of the others becomes one request line
  (:mod:`._lines`), its ``custom_id`` the briefing's store key, its body the synchronous
  engine's first request (:meth:`LLMEngine.batch_request`).
* **Nothing is lost to a stop.** The lines are kept in the store once their file is uploaded
  and before the batch is created (under the file's id, :meth:`Store.put_batch`), then under
  the batch's id (:meth:`Store.adopt_batch`); the articles are stored before. A record still
  under its file's id is resolved by the next run: the batch the provider made of that file
  (its list), or one made now. A run that
  finds a batch of its endpoint and model still open picks it up instead of submitting those
  articles again: one still running is polled, one that ended is read. Articles of a batch
  that expired, failed or was cancelled before answering them are submitted again by that
  next run, alone.
* **Every answer is checked as the synchronous path checks it**, with its local repairs and
  its re-asks of the failing items only (:meth:`LLMEngine.draft_answered`): the re-asks are
  synchronous requests. A briefing that validates is stored at once (:func:`keep_draft`).
* **What cannot be stored is listed, one line each**: an error line, a line missing from the
  output, a batch that ended before answering, an output file still refused (403) after a few
  tries (the batch then stays open, for the next run to fetch), work not submitted because of
  ``max_cost``.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Literal

from summarizer._batch._lines import OutputLine, custom_id, key_of, read_output, request_line
from summarizer._batch._service import TERMINAL, BatchService
from summarizer._briefing._article import Article
from summarizer._briefing._models import Briefing
from summarizer._cost import PriceTable, format_cost, load_prices
from summarizer._digest._collect import Collected
from summarizer._digest._sources import Failure
from summarizer._engines.llm._engine import LLMEngine
from summarizer._errors import ConfigError, SummarizerError
from summarizer._pipeline import keep_draft
from summarizer._store import BatchItem, BatchRecord, BriefingKey, Store

if TYPE_CHECKING:
    from openai.types import Batch

__all__ = [
    "BatchEvent",
    "BatchOutcome",
    "BatchProgress",
    "BatchResults",
    "BatchSettings",
    "brief_batch",
    "estimate_cost",
    "settle_lines",
]

#: The id a batch is kept under between its file's upload and its creation: this and the
#: file's id.
PROVISIONAL = "uploaded:"
#: Characters per token, for estimating a request's tokens before it is sent (no tokenizer
#: here: tiktoken cannot fetch its encodings offline). English prose runs about 4.
CHARS_PER_TOKEN = 4
#: Tokens an answer is expected to take when no --max-output-tokens caps it (a briefing's
#: answer is 300-1,500 tokens; the upper end, so the estimate errs high).
EXPECTED_OUTPUT_TOKENS = 1500


@dataclass(frozen=True)
class BatchSettings:
    """How a batch run waits: ``poll_interval`` seconds between looks at a batch; ``wait``
    seconds at most for all of them (None: until they end, within the provider's 24 h; 0:
    submit and return); an output file refused is asked for ``download_tries`` times,
    ``download_pause`` seconds apart; ``max_cost`` dollars at most for the new work submitted
    (estimated: :func:`estimate_cost`); the answers are checked, and what fails re-asked,
    ``concurrency`` at a time."""

    poll_interval: float = 30.0
    wait: float | None = None
    download_tries: int = 5
    download_pause: float = 10.0
    max_cost: float | None = None
    concurrency: int = 4


@dataclass(frozen=True)
class BatchEvent:
    """What a progress display is told: a batch was ``submitted`` or ``resumed``, its
    ``status`` changed or was looked at (with the provider's counts), or its results were
    ``stored`` (``completed`` stored, ``failed`` not)."""

    kind: Literal["submitted", "resumed", "status", "stored"]
    batch_id: str
    status: str
    total: int = 0
    completed: int = 0
    failed: int = 0
    message: str = ""


BatchProgress = Callable[[BatchEvent], None]


@dataclass(frozen=True)
class BatchOutcome:
    """One article's end: its briefing (``cached`` when the store had it before this run) or
    its failure."""

    item: Collected
    briefing: Briefing | None = None
    failure: Failure | None = None
    cached: bool = False


@dataclass
class BatchResults:
    """What :func:`brief_batch` made, in the order the articles came; ``batches`` the ids of
    the batches it submitted or picked up; ``stopped`` why some work was not submitted."""

    outcomes: list[BatchOutcome] = field(default_factory=list)
    batches: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    stopped: str | None = None


def brief_batch(
    items: Sequence[Collected],
    engine: LLMEngine,
    *,
    store: Store,
    settings: BatchSettings | None = None,
    progress: BatchProgress | None = None,
    service: BatchService | None = None,
    sleep: Callable[[float], None] = time.sleep,
    refresh: bool = False,
) -> BatchResults:
    """Brief ``items`` through the batch service of ``engine``'s endpoint (see the module doc);
    ``refresh`` asks for every one again, whatever the store holds (and picks up no open
    batch), replacing the stored briefings.

    Raises what a batch call raises (the endpoint unreachable, the key refused) and
    :class:`ConfigError` when ``max_cost`` is set and the price table lacks the model; the
    batches submitted until then are in the store, for the next run.
    """
    chosen = settings or BatchSettings()
    run = _Run(engine, store, chosen, progress, sleep, service)
    return run.go(items, refresh=refresh)


def estimate_cost(
    body: dict[str, Any], engine: LLMEngine, prices: PriceTable, *, batch: bool = True
) -> float | None:
    """What one request may cost (``batch``: at the batch price): its characters over
    :data:`CHARS_PER_TOKEN` in, the output cap (else :data:`EXPECTED_OUTPUT_TOKENS`) out.
    None when the price table lacks the model."""
    price = prices.price(engine.settings.model)
    if price is None:
        return None
    chars = sum(len(str(m.get("content") or "")) for m in body.get("messages", []))
    schema = len(str(body.get("tools") or body.get("response_format") or ""))
    tokens_in = (chars + schema) // CHARS_PER_TOKEN
    tokens_out = engine.settings.max_output_tokens or EXPECTED_OUTPUT_TOKENS
    full = (tokens_in * price.input + tokens_out * price.output) / 1_000_000
    return full * (1 - price.batch_discount) if batch else full


def settle_lines(
    lines: Sequence[OutputLine | str],
    engine: LLMEngine,
    store: Store,
    *,
    batch_id: str,
    articles: dict[str, Article] | None = None,
    concurrency: int = 4,
) -> tuple[dict[str, tuple[str, str | None]], list[str]]:
    """Check and store every answer of ``lines`` (an output file's, or an error file's): the
    state of each custom_id (``stored``, or ``failed`` and why), and the lines that named no
    article of ours. ``articles`` by id saves reading them back from the store. The answers
    are checked (and what fails re-asked: a synchronous request) ``concurrency`` at a time."""
    states: dict[str, tuple[str, str | None]] = {}
    stray: list[str] = []
    work: list[tuple[OutputLine, Article]] = []
    identity = engine.identity
    for line in lines:
        if isinstance(line, str):
            stray.append(line)
            continue
        key = key_of(line.custom_id)
        if key is None or (key.model, key.prompt_version) != (
            identity.model,
            identity.prompt_version,
        ):
            stray.append(f"{line.custom_id}: not a request of this engine's ({identity.model})")
            continue
        if line.error is not None:
            states[line.custom_id] = ("failed", line.error)
            continue
        article = (articles or {}).get(key.article_id) or _stored_article(store, key)
        if article is None:
            stray.append(f"{line.custom_id}: the store has no such article")
            continue
        work.append((line, article))
    if len(work) < 2 or concurrency < 2:
        for line, article in work:
            states[line.custom_id] = _check_and_store(line, article, engine, store, batch_id)
        return states, stray
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="batch") as pool:
        done = pool.map(lambda job: _check_and_store(job[0], job[1], engine, store, batch_id), work)
        for (line, _), state in zip(work, done, strict=True):
            states[line.custom_id] = state
    return states, stray


# --------------------------------------------------------------------------- the run


class _Run:
    def __init__(
        self,
        engine: LLMEngine,
        store: Store,
        settings: BatchSettings,
        progress: BatchProgress | None,
        sleep: Callable[[float], None],
        service: BatchService | None,
    ) -> None:
        self.engine = engine
        self.store = store
        self.settings = settings
        self.progress = progress
        self.sleep = sleep
        self.service = service or BatchService(
            engine.client,
            download_tries=settings.download_tries,
            download_pause=settings.download_pause,
            sleep=sleep,
        )
        self.results = BatchResults()
        self.articles: dict[str, Article] = {}
        # custom_id -> why it is not stored (when it is not)
        self.reasons: dict[str, str] = {}

    def go(self, items: Sequence[Collected], *, refresh: bool) -> BatchResults:
        engine, store = self.engine, self.store
        engine.client.require_endpoint("the batch")
        identity = engine.identity
        keys = {id(item): BriefingKey.of(identity, item.article.id) for item in items}
        for item in items:
            store.put_article(item.article)
            self.articles[item.article.id] = item.article
        stored = {} if refresh else self._stored([item.article.id for item in items])
        before = set(stored)
        missing = [i for i in items if i.article.id not in stored]
        watching = [] if refresh else self._resume({custom_id(keys[id(i)]) for i in missing})
        if not refresh:
            stored.update(self._stored([i.article.id for i in missing]))
        covered = {c for batch in watching for c in self._pending(batch.id)}
        todo = [
            item
            for item in items
            if item.article.id not in stored and custom_id(keys[id(item)]) not in covered
        ]
        todo = list({item.article.id: item for item in todo}.values())
        if todo:
            submitted = self._submit(todo, keys)
            if submitted is not None:
                watching.append(submitted)
        self._poll(watching)
        stored.update(self._stored([i.article.id for i in items if i.article.id not in stored]))
        for item in items:
            cid = custom_id(keys[id(item)])
            briefing = stored.get(item.article.id)
            if briefing is not None:
                cached = item.article.id in before
                if cached:
                    provenance = briefing.provenance.model_copy(update={"cached": True})
                    briefing = briefing.model_copy(
                        update={"source": item.article.source, "provenance": provenance}
                    )
                self.results.outcomes.append(BatchOutcome(item, briefing=briefing, cached=cached))
            else:
                why = self.reasons.get(cid, "not briefed: the batch gave no answer for it")
                self.results.outcomes.append(BatchOutcome(item, failure=Failure(item.label, why)))
        return self.results

    # ------------------------------------------------------------------ the store

    def _stored(self, article_ids: Sequence[str]) -> dict[str, Briefing]:
        identity = self.engine.identity
        found = self.store.briefings_for(
            article_ids,
            engine=identity.engine,
            model=identity.model,
            prompt_version=identity.prompt_version,
            schema_version=identity.schema_version,
        )
        if not self.engine.drops_invalid:  # --strict: one made without items is no use
            found = {k: b for k, b in found.items() if not b.provenance.dropped}
        return found

    def _pending(self, batch_id: str) -> list[str]:
        return [i.custom_id for i in self.store.batch_items(batch_id) if i.state == "pending"]

    # ------------------------------------------------------------------ picking up

    def _resume(self, missing: set[str]) -> list[BatchRecord]:
        """The open batches of this endpoint and model holding some of ``missing``: each one
        that ended is read now; the ones still running are returned, to poll."""
        settings = self.engine.settings
        watching: list[BatchRecord] = []
        for record in self.store.batches(settled=False):
            if (record.endpoint, record.model) != (settings.shown_endpoint, settings.model):
                continue
            if not missing.intersection(self._pending(record.id)):
                continue
            if record.id.startswith(PROVISIONAL):
                record = self._created(record)
            batch = self.service.retrieve(record.id)
            self.results.batches.append(record.id)
            self._tell("resumed", batch)
            if batch.status in TERMINAL:
                if batch.status != "completed":
                    self.results.notes.append(
                        f"batch {record.id} {batch.status}; what it did not answer is "
                        "submitted again"
                    )
                self._settle(batch)
            else:
                watching.append(record)
        return watching

    # ------------------------------------------------------------------ submitting

    def _submit(
        self, todo: Sequence[Collected], keys: dict[int, BriefingKey]
    ) -> BatchRecord | None:
        engine = self.engine
        budget = self.settings.max_cost
        prices = load_prices() if budget is not None else None
        lines: list[str] = []
        chosen: list[BatchItem] = []
        spent = 0.0
        left: list[Collected] = []
        for item in todo:
            body = engine.batch_request(item.article)
            if prices is not None and budget is not None:
                cost = estimate_cost(body, engine, prices)
                if cost is None:
                    raise ConfigError(
                        f"max_cost cannot be kept: the price table has no price for model "
                        f"{engine.settings.model!r} (add it to the price file)"
                    )
                if spent + cost > budget or left:
                    left.append(item)
                    continue
                spent += cost
            key = keys[id(item)]
            lines.append(request_line(key, body))
            chosen.append(BatchItem(custom_id(key), item.article.id))
        if left:
            self.results.stopped = (
                f"the estimate would exceed max cost {format_cost(budget)}: "
                f"{len(left)} articles not submitted (estimated {format_cost(spent)} for the "
                f"{len(chosen)} submitted)"
            )
            for item in left:
                self.reasons[custom_id(keys[id(item)])] = (
                    f"not submitted: the estimate would exceed max cost {format_cost(budget)}"
                )
        if not lines:
            return None
        file_id = self.service.upload(lines)
        # Kept before the batch is created, under the file's id: a stop between the creation
        # and its record leaves a batch the next run can still find by its file (_created).
        provisional = BatchRecord(
            id=f"{PROVISIONAL}{file_id}",
            endpoint=engine.settings.shown_endpoint,
            model=engine.settings.model,
            status="uploaded",
            input_file_id=file_id,
            requests=len(lines),
            created_at=datetime.now(timezone.utc),
        )
        self.store.put_batch(provisional, chosen)
        batch = self.service.create(file_id, description=f"{len(lines)} briefings")
        self.store.adopt_batch(provisional.id, batch.id, status=batch.status)
        self.results.batches.append(batch.id)
        self._tell("submitted", batch)
        return dataclasses.replace(provisional, id=batch.id, status=batch.status)

    def _created(self, record: BatchRecord) -> BatchRecord:
        """The batch of a provisional record (a run stopped around its creation): the one the
        provider made of its file, or one made now; adopted under the provider's id."""
        batch = self.service.find(record.input_file_id)
        if batch is None:
            batch = self.service.create(
                record.input_file_id, description=f"{record.requests} briefings"
            )
        self.store.adopt_batch(record.id, batch.id, status=batch.status)
        return dataclasses.replace(record, id=batch.id, status=batch.status)

    # ------------------------------------------------------------------ waiting

    def _poll(self, watching: list[BatchRecord]) -> None:
        wait = self.settings.wait
        deadline = None if wait is None else time.monotonic() + wait
        open_ = list(watching)
        last: dict[str, tuple[str, int, int]] = {}
        while open_:
            still: list[BatchRecord] = []
            for record in open_:
                batch = self.service.retrieve(record.id)
                counts = batch.request_counts
                seen = (
                    batch.status,
                    counts.completed if counts else 0,
                    counts.failed if counts else 0,
                )
                if last.get(record.id) != seen:
                    last[record.id] = seen
                    self.store.update_batch(record.id, status=batch.status)
                self._tell("status", batch)
                if batch.status in TERMINAL:
                    self._settle(batch)
                else:
                    still.append(record)
            open_ = still
            if not open_:
                return
            if deadline is not None and time.monotonic() + self.settings.poll_interval > deadline:
                for record in open_:
                    why = (
                        f"not briefed yet: batch {record.id} is still {last[record.id][0]}; run "
                        "the same command again to pick it up"
                    )
                    for cid in self._pending(record.id):
                        self.reasons[cid] = why
                return
            self.sleep(self.settings.poll_interval)

    # ------------------------------------------------------------------ reading the results

    def _settle(self, batch: Batch) -> None:
        """Read what ``batch`` (ended) answered, store what validates, and record how each of
        its lines ended; the batch is settled unless a file could not be downloaded."""
        states: dict[str, tuple[str, str | None]] = {}
        refused: list[str] = []
        pending = set(self._pending(batch.id))
        for file_id in (batch.output_file_id, batch.error_file_id):
            if not file_id:
                continue
            data = self.service.download(file_id)
            if data is None:
                refused.append(file_id)
                continue
            lines = [
                line
                for line in read_output(data)
                if isinstance(line, str) or line.custom_id in pending
            ]
            got, stray = settle_lines(
                lines,
                self.engine,
                self.store,
                batch_id=batch.id,
                articles=self.articles,
                concurrency=self.settings.concurrency,
            )
            states.update(got)
            self.results.notes += [f"batch {batch.id}: {s}" for s in stray]
        if refused:
            why = (
                f"not briefed yet: the output of batch {batch.id} could not be downloaded (the "
                "service refused it); run the same command again to fetch it"
            )
        else:
            why = _unanswered(batch)
        for cid in pending:
            if cid not in states:
                if refused:
                    self.reasons[cid] = why
                else:
                    states[cid] = ("failed", why)
        for cid, (state, reason) in states.items():
            if state == "failed" and reason:
                self.reasons[cid] = reason
        self.store.update_batch(
            batch.id,
            status=batch.status,
            output_file_id=batch.output_file_id,
            error_file_id=batch.error_file_id,
            settled=not refused,
            items=states,
        )
        stored = sum(1 for s, _ in states.values() if s == "stored")
        self._tell(
            "stored",
            batch,
            completed=stored,
            failed=len(states) - stored,
            message=why if refused else "",
        )

    def _tell(
        self,
        kind: Literal["submitted", "resumed", "status", "stored"],
        batch: Batch,
        *,
        completed: int | None = None,
        failed: int | None = None,
        message: str = "",
    ) -> None:
        if self.progress is None:
            return
        counts = batch.request_counts
        self.progress(
            BatchEvent(
                kind=kind,
                batch_id=batch.id,
                status=batch.status,
                total=counts.total if counts else 0,
                completed=completed if completed is not None else counts.completed if counts else 0,
                failed=failed if failed is not None else counts.failed if counts else 0,
                message=message,
            )
        )


def _check_and_store(
    line: OutputLine, article: Article, engine: LLMEngine, store: Store, batch_id: str
) -> tuple[str, str | None]:
    from openai.types.chat import ChatCompletion
    from pydantic import ValidationError

    try:
        response = ChatCompletion.model_validate(line.body)
    except ValidationError:
        return "failed", "the batch's answer is not a chat completion"
    try:
        draft = engine.draft_answered(article, response, batch_id=batch_id)
        keep_draft(article, engine, draft, store=store)
    except SummarizerError as error:
        return "failed", error.message
    return "stored", None


def _stored_article(store: Store, key: BriefingKey) -> Article | None:
    found = store.get_article(key.article_id)
    return found.article() if found is not None else None


def _unanswered(batch: Batch) -> str:
    """Why a line of an ended ``batch`` has no answer."""
    if batch.status == "completed":
        return f"not briefed: the output of batch {batch.id} has no line for it"
    errors = [e.message for e in (batch.errors.data or [])] if batch.errors else []
    said = f" ({'; '.join(m for m in errors if m)[:200]})" if any(errors) else ""
    return f"not briefed: batch {batch.id} {batch.status} before answering it{said}"
