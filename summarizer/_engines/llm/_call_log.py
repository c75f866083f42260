"""The call log's record of a model call, and keeping the API key out of it and out of logs.

:class:`CallRecorder` turns instructor's hook events into one :class:`CallRecord` per attempt,
bodies with the secrets scrubbed; :func:`guard_logs` scrubs the secrets (the API key, and any the
base URL carries) from the logs of the libraries that make the call.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from summarizer._redact import scrub

if TYPE_CHECKING:
    from summarizer._engines.llm._settings import LLMSettings

__all__ = [
    "PLACEHOLDER_KEY",
    "CallRecord",
    "CallRecorder",
    "OnCall",
    "cached_tokens",
    "guard_logs",
    "int_or_zero",
]

# A local server (llama.cpp, Ollama, vLLM) needs no key, but the openai client insists on one.
PLACEHOLDER_KEY = "not-needed"


@dataclass(frozen=True, slots=True)
class CallRecord:
    """One model call: one attempt of one draft, as the call log keeps it.

    A re-asked answer is two records, a failed call one. ``outcome`` is ``"ok"``, ``"invalid"``
    (the answer failed validation, whole or in part: what failed was asked for again, or after
    the last attempt left out or the article failed) or
    ``"error: <class>"`` naming the typed error of :mod:`summarizer._errors` that the attempt
    ended in (``"error: AuthenticationFailed"``, ``"error: AnswerTruncated"``).
    The bodies are JSON text with the API key scrubbed out; ``response_body`` is None when
    nothing came back (connection refused, timeout). Tokens are None when the endpoint did not
    report them.
    """

    started_at: datetime  # UTC
    model: str  # the model asked for (the response body names the one that answered)
    endpoint: str  # base URL, credentials redacted
    article_id: str | None
    attempt: int  # 1 for the first answer, 2 for the first re-ask...
    tokens_in: int | None
    tokens_out: int | None
    latency_ms: int
    outcome: str
    request_body: str
    response_body: str | None
    #: The part of ``tokens_in`` served from the endpoint's prompt cache, when it said.
    tokens_cached: int | None = None
    #: The provider's batch that answered this call (priced at its discount); None: a request
    #: of its own.
    batch_id: str | None = None


OnCall = Callable[[CallRecord], None]


def _usable(secrets: Sequence[str | None]) -> list[str]:
    # The placeholder is sent when there is no key: it is no secret, and a common word.
    return [s for s in secrets if s and s != PLACEHOLDER_KEY]


# Libraries whose logs (shown with -v) may carry an answer or an error body, and so the key.
_CHATTY_LOGGERS = ("openai", "instructor", "httpx2", "httpx", "httpcore")


class _ScrubKey(logging.Filter):
    """Takes the API key out of a log record (message, arguments and traceback) before any
    handler sees it: instructor logs failed calls with the endpoint's error body at ERROR level,
    and the openai client logs whole request bodies at DEBUG, re-asks quoting answers included.
    """

    def __init__(self, secrets: tuple[str, ...]) -> None:
        super().__init__()
        self.secrets = secrets

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to logging's own error handling
            return True
        scrubbed = scrub(message, self.secrets)
        if scrubbed != message:
            record.msg, record.args = scrubbed, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text, self.secrets)
        return True


def guard_logs(secrets: Sequence[str | None]) -> None:
    """Put a :class:`_ScrubKey` for ``secrets`` on every logger of the chatty libraries.

    Logger filters apply only to records logged on that very logger, not on its children, so
    each one gets its own; called before every draft, so loggers created since are covered too.
    """
    kept = tuple(sorted(_usable(secrets)))
    if not kept:
        return
    for name in list(logging.root.manager.loggerDict):
        if name.split(".", 1)[0] in _CHATTY_LOGGERS:
            logger = logging.getLogger(name)
            if not any(isinstance(f, _ScrubKey) and f.secrets == kept for f in logger.filters):
                logger.addFilter(_ScrubKey(kept))


def _json_text(value: Any) -> str:
    # default=str: a request option we did not foresee must not lose the whole record.
    return json.dumps(value, ensure_ascii=False, default=str)


class _Attempt:
    def __init__(self, number: int, request_body: str) -> None:
        self.number = number
        self.started_at = datetime.now(timezone.utc)
        self.clock = time.perf_counter()
        self.request_body = request_body
        self.response_body: str | None = None
        self.tokens_in: int | None = None
        self.tokens_out: int | None = None
        self.tokens_cached: int | None = None
        self.latency_ms: int | None = None
        self.batch_id: str | None = None

    def stop_clock(self) -> None:
        if self.latency_ms is None:
            self.latency_ms = round((time.perf_counter() - self.clock) * 1000)


class CallRecorder:
    """Turns instructor's hook events of one draft into one :class:`CallRecord` per attempt.

    Instructor emits ``completion:kwargs`` before each request, then ``completion:response`` or
    ``completion:error``, then ``parse:error`` when the answer fails validation. Whether an
    answer was accepted (or cut off, or refused) shows only when the call returns or raises, so
    the engine closes the last attempt with :meth:`finish`.

    Instructor catches whatever a hook raises and only warns; a failing ``on_call`` (a store
    that cannot be written) is kept in ``failure`` and raised once the call is over instead.
    """

    def __init__(
        self,
        on_call: OnCall,
        *,
        settings: LLMSettings,
        article_id: str | None,
        classify: Callable[[BaseException], str],
    ) -> None:
        self._on_call = on_call
        self._settings = settings
        self._article_id = article_id
        self._classify = classify
        self._endpoint = settings.shown_endpoint
        self._attempts = 0
        self._open: _Attempt | None = None
        self.failure: Exception | None = None

    def register(self, hooks: Any) -> None:
        hooks.on("completion:kwargs", self.on_kwargs)
        hooks.on("completion:response", self.on_response)
        hooks.on("completion:error", self.on_error)
        hooks.on("parse:error", self.on_parse_error)

    def on_kwargs(self, *args: Any, **kwargs: Any) -> None:
        # Only a re-ask sends again, so an attempt still open here was an invalid answer.
        self._close("invalid")
        self._attempts += 1
        # Serialized now: instructor builds the re-ask from these same message lists.
        body = self._scrub(_json_text(kwargs))
        self._open = _Attempt(self._attempts, body)

    def on_response(self, response: Any) -> None:
        attempt = self._open
        if attempt is None:
            return
        attempt.stop_clock()
        usage = getattr(response, "usage", None)
        if usage is not None:
            # Read now: instructor later overwrites each answer's usage with the running total.
            attempt.tokens_in = int_or_zero(getattr(usage, "prompt_tokens", 0))
            attempt.tokens_out = int_or_zero(getattr(usage, "completion_tokens", 0))
            attempt.tokens_cached = cached_tokens(usage)
        attempt.response_body = self._scrub(_response_json(response))

    def answered_by_batch(self, batch_id: str) -> None:
        """The open attempt was answered by the provider's batch ``batch_id``: its latency is
        no request's (it is the batch's wait), and it is priced at the batch discount."""
        if self._open is not None:
            self._open.batch_id = batch_id
            self._open.latency_ms = 0

    def on_error(self, error: Exception, **metadata: Any) -> None:
        attempt = self._open
        if attempt is None:
            return
        attempt.stop_clock()
        attempt.response_body = _error_body(error, self._scrub)
        self._close(f"error: {self._classify(error)}")

    def on_parse_error(self, error: Exception, **metadata: Any) -> None:
        self._close("invalid")

    def finish(self, error: BaseException | None = None, *, outcome: str = "ok") -> None:
        """Close the attempt still open when the call ended: ``outcome`` (accepted), or
        ``error``."""
        self._close(outcome if error is None else f"error: {type(error).__name__}")

    def _close(self, outcome: str) -> None:
        attempt, self._open = self._open, None
        if attempt is None:
            return
        attempt.stop_clock()
        record = CallRecord(
            started_at=attempt.started_at,
            model=self._settings.model,
            endpoint=self._endpoint,
            article_id=self._article_id,
            attempt=attempt.number,
            tokens_in=attempt.tokens_in,
            tokens_out=attempt.tokens_out,
            latency_ms=attempt.latency_ms or 0,
            outcome=outcome,
            request_body=attempt.request_body,
            response_body=attempt.response_body,
            tokens_cached=attempt.tokens_cached,
            batch_id=attempt.batch_id,
        )
        try:
            self._on_call(record)
        except Exception as exc:
            if self.failure is None:
                self.failure = exc

    def _scrub(self, text: str) -> str:
        return scrub(text, _usable(self._settings.secrets))


def _response_json(response: Any) -> str:
    """The answer as the endpoint sent it, near enough: the fields it set, compact."""
    to_json = getattr(response, "to_json", None)
    if callable(to_json):
        return str(to_json(indent=None))
    dump = getattr(response, "model_dump", None)
    return _json_text(dump(mode="json") if callable(dump) else repr(response))


def _error_body(error: BaseException, scrub: Callable[[str], str]) -> str | None:
    """The body of an error answer, as JSON text; None when no answer came back at all."""
    response = getattr(error, "response", None)
    text = getattr(response, "text", None)
    if not isinstance(text, str):
        return None
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        # An HTML error page from a proxy (or JSON nested past reading): kept, as a JSON
        # string, so the column stays JSON.
        text = json.dumps(text, ensure_ascii=False)
    return scrub(text)


def cached_tokens(usage: Any) -> int:
    """The prompt tokens a usage block says were served from the prompt cache; 0 when it says
    nothing (most local servers)."""
    details = getattr(usage, "prompt_tokens_details", None)
    if isinstance(details, dict):
        return int_or_zero(details.get("cached_tokens"))
    return int_or_zero(getattr(details, "cached_tokens", 0))


def int_or_zero(value: object) -> int:
    """A token count as the endpoint reported it; 0 when it reported none, or not a number."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
