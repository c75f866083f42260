"""The LLM engine: a briefing of an article from the model, through :mod:`._client`.

How a briefing is asked for:

* the prompts come from ``prompts/`` (:mod:`summarizer._engines.llm._prompts`); the article goes
  in as data;
* the question goes through the one model client (:class:`~._client.ModelClient`), with
  :class:`~summarizer._briefing._models.BriefingDraft` as the response model and the article's
  text as validation context: every quote must occur in it, every party must be a listed actor,
  and an answer that does not validate is sent back with its errors, up to ``max_reasks``
  times; re-asks, retries, metering, the call log and the typed errors are the client's;
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

from summarizer._briefing._article import Article
from summarizer._briefing._models import BriefingDraft
from summarizer._engines._protocol import Draft, EngineIdentity, EngineName, Usage
from summarizer._engines.llm._call_log import PLACEHOLDER_KEY, CallRecord, OnCall
from summarizer._engines.llm._client import ModelClient
from summarizer._engines.llm._context_length import SplitState, halve, is_context_error
from summarizer._engines.llm._deadline import article_limit
from summarizer._engines.llm._prompts import Prompts, load_prompts
from summarizer._engines.llm._settings import (
    ARTICLE_TIMEOUT_FACTOR,
    DEFAULT_MODEL,
    OPENAI_BASE_URL,
    LLMSettings,
    Mode,
)
from summarizer._engines.llm._split import merge_drafts
from summarizer._errors import ContextLengthExceeded, EngineError
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
        )

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
        quotes are validated against ``text``."""
        reply = self.client.ask(
            prompts.messages(text),
            BriefingDraft,
            context={"article": text},
            label=article.label,
            article_id=article.id,
            tool="briefing",
        )
        return Draft(
            briefing=reply.answer,
            usage=reply.usage,
            model=reply.model,
            prompt_version=prompts.version,
        )


def _reword(error: EngineError, message: str) -> None:
    error.message = message
    error.args = (message,)
