"""The LLM engine: a briefing of an article from the model, through :mod:`._client`.

How a briefing is asked for:

* the prompts come from ``prompts/`` (:mod:`summarizer._engines.llm._prompts`); the article goes
  in as data, with its publication date when it is known (relative dates are worked out from
  it);
* the request asks for a :class:`~summarizer._briefing._models.BriefingDraft` in the settings'
  mode, with the lean wire schema (:mod:`summarizer._engines.llm._wire`), through an
  :class:`~._client.Exchange` of the one model client (retries, metering, the call log, the
  typed errors and the deadlines are the client's);
* the answer is checked whole, every item on its own, and what needs no model is repaired
  locally (:mod:`summarizer._engines.llm._check`): every quote must occur in the article, every
  party must be a listed actor;
* the items that fail, and only they, are asked for again, up to ``max_reasks`` times
  (:mod:`summarizer._engines.llm._reask`): the re-ask is the first request's prompt and article
  with the failing items and why, and its answer is their replacements, put in their places;
  an answer that cannot be read at all is asked for again whole;
* after the last attempt what still fails is left out and listed in ``provenance.dropped``
  (``drop_invalid``), or fails the article with :class:`AnswerInvalid` (``--strict``);
* each HTTP request must end within ``timeout`` seconds, all of it (connecting, the headers,
  the whole body), and all the requests of an article within ``article_limit`` seconds
  (:mod:`summarizer._engines.llm._deadline`, enforced by :mod:`summarizer._engines.llm._http`);
* an article too long for the model's context (the endpoint says so:
  :mod:`summarizer._engines.llm._context_length`) is split in two on a paragraph boundary and
  each half briefed, halving again while a part still does not fit, and the parts' drafts
  merged (:mod:`summarizer._engines.llm._split`); nothing is ever truncated: one paragraph that
  alone does not fit is a :class:`ContextLengthExceeded`.

Everything that can go wrong comes out as one of the typed errors of :mod:`summarizer._errors`,
with ``source`` set to the article's label and never with the API key in its message.
Building the engine imports neither ``openai`` nor ``instructor``: the client does, on the first
question.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from pydantic import ValidationError

from summarizer._briefing._article import Article
from summarizer._engines._protocol import Draft, EngineIdentity, EngineName, Usage
from summarizer._engines.llm._call_log import PLACEHOLDER_KEY, CallRecord, OnCall
from summarizer._engines.llm._check import Answer, Checked, check
from summarizer._engines.llm._client import Exchange, ModelClient, request_body
from summarizer._engines.llm._context_length import SplitState, halve, is_context_error
from summarizer._engines.llm._deadline import article_limit
from summarizer._engines.llm._prompts import Prompts, load_prompts
from summarizer._engines.llm._reask import fix_request, merge_fix
from summarizer._engines.llm._settings import (
    ARTICLE_TIMEOUT_FACTOR,
    DEFAULT_MODEL,
    OPENAI_BASE_URL,
    LLMSettings,
    Mode,
)
from summarizer._engines.llm._split import merge_drafts
from summarizer._engines.llm._translate import answer_invalid, refusal, truncated
from summarizer._engines.llm._wire import (
    BRIEFING_TOOL,
    FIX_TOOL,
    Unreadable,
    briefing_schema,
    compact,
    how_to_answer,
    read_answer,
    request_fields,
)
from summarizer._errors import AnswerRefused, ContextLengthExceeded, EngineError
from summarizer._redact import scrub

__all__ = [
    "ARTICLE_TIMEOUT_FACTOR",
    "DEFAULT_MODEL",
    "MAX_PARTS",
    "OPENAI_BASE_URL",
    "PLACEHOLDER_KEY",
    "CallRecord",
    "ContextLengthExceeded",
    "LLMEngine",
    "LLMSettings",
    "Mode",
    "OnCall",
    "is_context_error",
]

#: The most parts an article is split into to fit the model's context (each part is a request).
MAX_PARTS = 16
#: A re-ask is at most this many times the size of the first request (it carries the same
#: prompt and article; the failing items and why take the place of the whole schema).
REASK_BUDGET = 1.2

log = logging.getLogger(__name__)


class LLMEngine:
    """The :class:`~summarizer._engines._protocol.Engine` that asks a model for the briefing."""

    def __init__(
        self,
        settings: LLMSettings | None = None,
        *,
        on_call: OnCall | None = None,
        retry_rate_limits: bool = True,
        client: ModelClient | None = None,
    ) -> None:
        """The engine asking the model of ``settings`` (default: from the environment) through
        a :class:`ModelClient` made with ``on_call`` and ``retry_rate_limits`` (see there), or
        through ``client``, which has those three of its own."""
        if client is None:
            client = ModelClient(settings, on_call=on_call, retry_rate_limits=retry_rate_limits)
        elif settings is not None or on_call is not None or not retry_rate_limits:
            raise TypeError("give the engine a client or what to make one of, not both")
        self.client = client

    @property
    def settings(self) -> LLMSettings:
        return self.client.settings

    @property
    def on_call(self) -> OnCall | None:
        return self.client.on_call

    @on_call.setter
    def on_call(self, on_call: OnCall | None) -> None:
        self.client.on_call = on_call

    @property
    def retry_rate_limits(self) -> bool:
        return self.client.retry_rate_limits

    def __repr__(self) -> str:
        return f"LLMEngine({self.settings!r})"

    # ------------------------------------------------------------------ the protocol

    @property
    def name(self) -> EngineName:
        return "llm"

    @property
    def identity(self) -> EngineIdentity:
        # The model asked for, not the one that answers (a dated snapshot of it): the only one
        # known before the call, so a lookup before it finds what the last call stored.
        return EngineIdentity("llm", self.settings.model, load_prompts().version)

    @property
    def reuses_briefings(self) -> bool:
        return True  # each one cost model calls

    @property
    def drops_invalid(self) -> bool:
        """Whether an item that still fails after the last attempt is left out (and the
        briefing made), rather than failing the article (``--strict``)."""
        return self.settings.drop_invalid

    @property
    def max_workers(self) -> int | None:
        return None  # it waits on the endpoint: the run's concurrency decides

    @property
    def article_limit(self) -> float | None:
        return self.settings.article_limit

    def leaving_retries_to_caller(self, *, transient: bool) -> LLMEngine:
        client = self.client.leaving_retries_to_caller(transient=transient)
        return self if client is self.client else LLMEngine(client=client)

    def draft(self, article: Article) -> Draft:
        """Ask the model for a briefing of ``article``; quotes are checked against its text.

        An article over the model's context is briefed in parts and the parts merged (see the
        module doc); the usage is then the sum over every part and every failed attempt.
        """
        prompts = load_prompts()
        self.client.require_endpoint(article.label)  # MissingApiKey now, before any splitting
        split = SplitState(article.text)
        with article_limit(self.settings.article_limit):
            drafts = self._draft_fitting(prompts, article, 0, len(article.text), split)
        if len(drafts) == 1:
            return dataclasses.replace(drafts[0], usage=split.spent)
        log.info(
            "%s: over the context of %s; briefed in %d parts of whole paragraphs",
            article.label,
            self.settings.model,
            len(drafts),
        )
        return Draft(
            briefing=merge_drafts([d.briefing for d in drafts], article.text),
            usage=split.spent,
            model=drafts[-1].model,
            prompt_version=prompts.version,
            # The paths of a part's repairs and drops are the part's own.
            repairs=tuple(
                r.model_copy(update={"why": f"{r.why} (part {n} of {len(drafts)})"})
                for n, d in enumerate(drafts, 1)
                for r in d.repairs
            ),
            dropped=tuple(
                x.model_copy(update={"why": f"{x.why} (part {n} of {len(drafts)})"})
                for n, d in enumerate(drafts, 1)
                for x in d.dropped
            ),
        )

    # ------------------------------------------------------------------ the batch service

    def batch_request(self, article: Article) -> dict[str, Any]:
        """The body of the first request for ``article`` as :meth:`draft` sends it (model,
        messages, the tool or response format, the options): a line of a batch carries it."""
        prompts = load_prompts()
        messages = prompts.messages(article.text, article.source.published)
        fields = request_fields(self.settings.mode, BRIEFING_TOOL, briefing_schema(), messages)
        return request_body(self.settings, fields)

    def draft_answered(self, article: Article, response: Any, *, batch_id: str) -> Draft:
        """The draft of ``article`` from ``response``, the answer the provider's batch
        ``batch_id`` gave to :meth:`batch_request`: checked and repaired as :meth:`draft` checks
        the first answer, and what fails re-asked here, synchronously (the items that fail, and
        only they), within the article's time limit; then left out or the article failed, as
        :meth:`draft` does. With no endpoint configured (results imported from a file) nothing
        is re-asked: what fails is left out at once. An article over the context is not split
        here: it fails."""
        prompts = load_prompts()
        exchange = self.client.exchange(label=article.label, tool="briefing", article_id=article.id)
        with article_limit(self.settings.article_limit):
            try:
                return self._ask(
                    exchange, prompts, article, article.text, answered=(response, batch_id)
                )
            except EngineError:
                raise
            except BaseException as exc:
                exchange.abort(exc)
                raise

    # ------------------------------------------------------------------ splitting

    def _draft_fitting(
        self,
        prompts: Prompts,
        article: Article,
        start: int,
        end: int,
        split: SplitState,
    ) -> list[Draft]:
        """Drafts of ``article.text[start:end]``: one, or one per part when it had to be split."""
        text = article.text[start:end]
        try:
            draft = self._draft_text(prompts, article, text)
        except ContextLengthExceeded as error:
            split.spent += error.usage or Usage()
            halves = halve(article.text, start, end)
            if halves is None:
                raise self._does_not_fit(error, article, start, end, split) from error
            split.parts += 1  # this part becomes two
            if split.parts > MAX_PARTS:
                raise self._too_many_parts(error, article, split) from error
            first, second = halves
            return [
                *self._draft_fitting(prompts, article, *first, split),
                *self._draft_fitting(prompts, article, *second, split),
            ]
        except EngineError as error:
            error.usage = split.spent + (error.usage or Usage())
            if split.parts > 1:
                _reword(error, f"{error.message} ({split.describe(start, end)})")
            raise
        split.spent += draft.usage
        return [draft]

    def _does_not_fit(
        self,
        error: ContextLengthExceeded,
        article: Article,
        start: int,
        end: int,
        split: SplitState,
    ) -> ContextLengthExceeded:
        where = (
            "the article is one paragraph"
            if split.parts == 1
            else f"{split.describe(start, end)} is a single paragraph"
        )
        limit = self.settings.max_output_tokens
        output = f", or lower max output tokens (now {limit})" if limit is not None else ""
        return self._context_error(
            error,
            article,
            split,
            f"too long for the context of model {self.settings.model!r} at "
            f"{self.settings.shown_endpoint}, and {where} ({end - start:,} characters) that "
            f"cannot be split further; use a model with a longer context{output} "
            "(nothing was truncated)",
        )

    def _too_many_parts(
        self, error: ContextLengthExceeded, article: Article, split: SplitState
    ) -> ContextLengthExceeded:
        return self._context_error(
            error,
            article,
            split,
            f"too long for the context of model {self.settings.model!r} at "
            f"{self.settings.shown_endpoint} even in {MAX_PARTS} parts; use a model with a longer "
            "context (nothing was truncated)",
        )

    def _context_error(
        self, error: ContextLengthExceeded, article: Article, split: SplitState, message: str
    ) -> ContextLengthExceeded:
        failed = ContextLengthExceeded(
            scrub(message, self.settings.secrets), source=error.source or article.label
        )
        failed.usage = split.spent
        return failed

    def _draft_text(self, prompts: Prompts, article: Article, text: str) -> Draft:
        """One question (re-asks included) for ``text``, all of ``article`` or a part of it;
        quotes are checked against ``text``."""
        exchange = self.client.exchange(label=article.label, tool="briefing", article_id=article.id)
        try:
            draft = self._ask(exchange, prompts, article, text)
        except EngineError:
            raise  # already stamped, and logged, by the exchange
        except BaseException as exc:
            exchange.abort(exc)
            raise
        return draft

    def _ask(
        self,
        exchange: Exchange,
        prompts: Prompts,
        article: Article,
        text: str,
        *,
        answered: tuple[Any, str] | None = None,
    ) -> Draft:
        """The draft of ``text``; ``answered``: the first request's answer is already there
        (a response, and the batch that gave it)."""
        settings = self.settings
        attempts = settings.max_reasks + 1 if settings.configured else 1
        messages = prompts.messages(text, article.source.published)
        first = request_fields(settings.mode, BRIEFING_TOOL, briefing_schema(), messages)
        answer = self._first_answer(exchange, first, attempts, answered)
        checked = check(answer, text, pending=exchange.attempts < attempts)
        # The first request as sent (the model's name and the options are the same for all).
        budget = int(REASK_BUDGET * len(compact(first).encode()))
        while checked.failures and exchange.attempts < attempts:
            request, asked = fix_request(
                settings.mode, messages, checked.failures, _actor_names(checked), budget=budget
            )
            fix = self._fix_answer(exchange, request)
            if fix is not None:
                answer = merge_fix(answer, asked, fix)
            checked = check(answer, text, pending=exchange.attempts < attempts)
        top = [f for f in checked.failures if f.section is None]
        if top or (checked.failures and not settings.drop_invalid):
            raise exchange.fail(answer_invalid(checked.problems, exchange.attempts))
        try:
            briefing, repairs, dropped = checked.briefing(text)
        except ValidationError as error:  # every part passed on its own: not expected
            problems = [str(e.get("msg", "")) for e in error.errors(include_url=False)]
            raise exchange.fail(answer_invalid(problems, exchange.attempts)) from error
        if dropped:
            left = ", ".join(d.where for d in dropped)
            log.info("%s: %d item(s) left out: %s", article.label, len(dropped), left)
        exchange.finish(valid=not checked.failures)
        return Draft(
            briefing=briefing,
            usage=exchange.usage,
            model=exchange.model,
            prompt_version=prompts.version,
            repairs=tuple(repairs),
            dropped=tuple(dropped),
        )

    def _first_answer(
        self,
        exchange: Exchange,
        first: dict[str, Any],
        attempts: int,
        answered: tuple[Any, str] | None = None,
    ) -> Answer:
        """The first answer that can be read as a briefing: one that cannot is asked for again
        whole (with why), while attempts are left. A refusal or a cut-off answer ends it."""
        settings = self.settings
        request = first
        while True:
            if answered is not None:
                response = exchange.receive(request, answered[0], batch_id=answered[1])
                answered = None
            else:
                response = exchange.send(request)
            ended = self._ended(exchange, response)
            if ended is not None:
                raise exchange.fail(ended)
            try:
                answer = Answer.of(read_answer(response, settings.mode, BRIEFING_TOOL, "briefing"))
                if answer.empty:
                    raise Unreadable("the answer holds no briefing (no headline, summary or item)")
                return answer
            except Unreadable as problem:
                if exchange.attempts >= attempts:
                    raise exchange.fail(answer_invalid([str(problem)], exchange.attempts)) from None
                again = (
                    f"Your answer could not be read: {problem}. Brief the article again: "
                    f"{how_to_answer(settings.mode, BRIEFING_TOOL)}."
                )
                messages = [*first["messages"], {"role": "user", "content": again}]
                request = {**first, "messages": messages}

    def _fix_answer(self, exchange: Exchange, request: dict[str, Any]) -> dict[str, Any] | None:
        """The re-ask's answer; None when it has none to read (refused, cut off, not JSON):
        the failing items then stay as they were, asked again while attempts are left, then
        left out."""
        response = exchange.send(request)
        problem: object = self._ended(exchange, response)
        if problem is None:
            try:
                return read_answer(response, self.settings.mode, FIX_TOOL, "briefing")
            except Unreadable as unreadable:
                problem = unreadable
        log.info("%s: a re-ask's answer was not used: %s", exchange.label, problem)
        return None

    def _ended(self, exchange: Exchange, response: Any) -> EngineError | None:
        """The typed error of an answer that ends the question: cut off at the output limit,
        refused, withheld or empty; None for an answer to read."""
        settings = self.settings
        choices = getattr(response, "choices", None) or []
        if choices and getattr(choices[0], "finish_reason", None) == "length":
            return truncated(exchange.meter, settings)
        refused = refusal(response, settings.secrets)
        return AnswerRefused(refused) if refused is not None else None


def _actor_names(checked: Checked) -> list[str]:
    names: list[str] = []
    for raw in checked.answer.items["actors"]:
        name = raw.get("name") if isinstance(raw, dict) else None
        if isinstance(name, str) and name.strip() and name not in names:
            names.append(name)
    return names


def _reword(error: EngineError, message: str) -> None:
    error.message = message
    error.args = (message,)
