"""What went wrong asking the model, as the typed errors of :mod:`summarizer._errors`.

Two layers can fail a question. The openai client fails on the endpoint (a status, a timeout, a
dropped connection, a 2xx that is no chat completion): :func:`endpoint_error` maps those through
ONE table, as httpx maps the transport's errors onto its own: the first row whose openai class
(and condition) the error matches makes the typed error, and the status and ``Retry-After`` the
endpoint answered with are put on it here. A caller pacing its own retries reads
:attr:`~summarizer._errors.EndpointError.status` and
:attr:`~summarizer._errors.RateLimited.retry_after`, never the exception chain.
Instructor fails on the answer (it never validated, was cut off, or was refused):
:func:`translate` maps a failed question as a whole, through the table for what the endpoint did.
The briefing's own exchange (:class:`~summarizer._engines.llm._client.Exchange`) reads its
answers itself and makes the same errors with :func:`truncated`, :func:`refusal` and
:func:`answer_invalid`; :func:`stamp` finishes every one alike.

Every message is one line with the secrets (the API key, those the base URL carries) scrubbed
before anything is clipped. ``openai`` and ``instructor`` are imported on the first failure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from summarizer._engines.llm._call_log import int_or_zero
from summarizer._engines.llm._context_length import is_context_error, server_message
from summarizer._engines.llm._deadline import current_article_limit
from summarizer._engines.llm._http import malformed_answer_type
from summarizer._engines.llm._meter import Meter
from summarizer._engines.llm._retry_after import retry_after_seconds
from summarizer._engines.llm._settings import LLMSettings
from summarizer._errors import (
    AnswerInvalid,
    AnswerRefused,
    AnswerTruncated,
    AuthenticationFailed,
    ContextLengthExceeded,
    EndpointError,
    EndpointTimeout,
    EndpointUnreachable,
    EngineError,
    ModelNotFound,
    RateLimited,
)
from summarizer._redact import scrub

if TYPE_CHECKING:
    import openai

    from summarizer._engines._protocol import Usage

__all__ = [
    "answer_invalid",
    "classify",
    "clip",
    "endpoint_error",
    "refusal",
    "stamp",
    "translate",
    "truncated",
]


# --------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class _Row:
    """One row of the table: an error of class ``kind`` (for which ``when`` holds) becomes
    what ``make`` returns."""

    kind: type[BaseException]
    make: Callable[[Any, LLMSettings], EndpointError]
    when: Callable[[Any], bool] | None = None

    def matches(self, exc: BaseException) -> bool:
        return isinstance(exc, self.kind) and (self.when is None or self.when(exc))


def endpoint_error(exc: openai.OpenAIError, settings: LLMSettings) -> EndpointError:
    """The typed error for an error of the openai client, with the endpoint's status on it."""
    row = next(row for row in _table() if row.matches(exc))
    error = row.make(exc, settings)
    status = getattr(exc, "status_code", None)
    if error.status is None and isinstance(status, int):
        error.status = status
    return error


@cache
def _table() -> tuple[_Row, ...]:
    import openai

    # The first match wins: each class comes before the classes it derives from.
    return (
        _Row(openai.APITimeoutError, _timed_out),  # an APIConnectionError
        _Row(malformed_answer_type(), _malformed),  # an APIResponseValidationError
        _Row(openai.APIConnectionError, _unreachable),
        _Row(openai.AuthenticationError, _key_rejected),
        _Row(openai.PermissionDeniedError, _no_permission),
        _Row(openai.NotFoundError, _model_not_found),
        _Row(openai.RateLimitError, _rate_limited),
        _Row(openai.APIStatusError, _too_long, when=is_context_error),
        _Row(openai.APIStatusError, _answered),
        _Row(openai.OpenAIError, _unusable),
    )


def _attempts(settings: LLMSettings) -> str:
    # The openai client retries timeouts, connection errors and 5xx by itself.
    tries = settings.max_retries + 1
    return f" ({tries} attempts)" if tries > 1 else ""


def _said(exc: openai.APIStatusError, settings: LLMSettings) -> str:
    # Scrubbed before it is clipped: a secret cut in two by the clip is not found.
    return clip(server_message(exc), secrets=settings.secrets)


def _timed_out(exc: openai.APITimeoutError, settings: LLMSettings) -> EndpointError:
    url = settings.shown_endpoint
    limit = current_article_limit()
    if limit is not None and limit.passed():
        return EndpointTimeout(
            f"the model endpoint {url} did not finish this article within {limit.seconds:g} s "
            "(the time limit for one article, all its requests: --article-timeout)"
        )
    return EndpointTimeout(
        f"the model endpoint {url} did not answer within {settings.timeout:g} s"
        f"{_attempts(settings)}"
    )


def _malformed(exc: openai.APIResponseValidationError, settings: LLMSettings) -> EndpointError:
    # Not retried, not re-asked: a broken proxy or server answers the same way again.
    what = getattr(exc, "what", "an answer that is not a chat completion")
    return EndpointError(
        f"the model endpoint {settings.shown_endpoint} answered {exc.status_code} with {what}"
    )


def _unreachable(exc: openai.APIConnectionError, settings: LLMSettings) -> EndpointError:
    reason = _connection_reason(exc, settings.secrets)
    return EndpointUnreachable(
        f"cannot reach the model endpoint {settings.shown_endpoint}{reason}{_attempts(settings)}"
    )


def _key_rejected(exc: openai.AuthenticationError, settings: LLMSettings) -> EndpointError:
    # Never the server's message: some echo part of the key back.
    return AuthenticationFailed(
        f"the endpoint rejected the API key (401) at {settings.shown_endpoint}: check "
        "OPENAI_API_KEY or --api-key"
    )


def _no_permission(exc: openai.PermissionDeniedError, settings: LLMSettings) -> EndpointError:
    return AuthenticationFailed(
        f"the endpoint rejected the API key ({exc.status_code}: no permission for model "
        f"{settings.model!r}) at {settings.shown_endpoint}"
    )


def _model_not_found(exc: openai.NotFoundError, settings: LLMSettings) -> EndpointError:
    return ModelNotFound(
        f"model {settings.model!r} not found at {settings.shown_endpoint} (404): check the "
        "model name, and that the base URL ends in /v1"
    )


def _rate_limited(exc: openai.RateLimitError, settings: LLMSettings) -> EndpointError:
    # The client has already waited and retried (unless Retry-After was over 2 minutes, or
    # the caller paces 429s itself).
    quota = exc.code == "insufficient_quota" or exc.type == "insufficient_quota"
    what = "quota exceeded" if quota else "rate limited"
    wait = retry_after_seconds(exc.response.headers.get)
    wait_hint = f"; the endpoint asks to wait {_seconds(wait)}" if wait else ""
    return RateLimited(
        f"{what} at {settings.shown_endpoint} (429){wait_hint}: {_said(exc, settings)}",
        retry_after=wait,
        quota=quota,
    )


def _too_long(exc: openai.APIStatusError, settings: LLMSettings) -> EndpointError:
    return ContextLengthExceeded(
        f"the article is too long for the context of model {settings.model!r} at "
        f"{settings.shown_endpoint} ({exc.status_code}): {_said(exc, settings)}"
    )


def _answered(exc: openai.APIStatusError, settings: LLMSettings) -> EndpointError:
    # Below 500 it is not retried: asking again would get the same answer.
    retried = _attempts(settings) if exc.status_code >= 500 else ""
    return EndpointError(
        f"the model endpoint {settings.shown_endpoint} answered {exc.status_code}{retried}: "
        f"{_said(exc, settings)}"
    )


def _unusable(exc: openai.OpenAIError, settings: LLMSettings) -> EndpointError:
    text = clip(str(exc), secrets=settings.secrets)
    return EndpointError(
        f"the model endpoint {settings.shown_endpoint} gave an unusable answer: {text}"
    )


# --------------------------------------------------------------------------- a failed question


def translate(
    exc: Exception, meter: Meter, settings: LLMSettings, *, label: str, tool: str
) -> EngineError | None:
    """The typed error for what ``exc`` means, or None for a bug (let it through).

    ``label`` becomes the error's ``source``; ``tool`` says what the tool the model was to call
    is for (``"briefing"``), for when it answers in text instead; ``usage`` is what ``meter``
    counted (instructor's own total when it kept one).
    """
    import openai
    from instructor.core import IncompleteOutputException, InstructorRetryException

    total = None
    cause: BaseException | None = exc
    failed: list[Any] = []
    if isinstance(exc, InstructorRetryException):
        total = exc.total_usage
        failed = list(exc.failed_attempts or [])
        cause = exc.__cause__
    usage = meter.usage(total)
    secrets = settings.secrets

    error: EngineError
    if isinstance(exc, IncompleteOutputException) or isinstance(cause, IncompleteOutputException):
        error = truncated(meter, settings)
    elif isinstance(cause, openai.OpenAIError):
        error = endpoint_error(cause, settings)
    elif (refused := refusal(meter.last, secrets)) is not None:
        error = AnswerRefused(refused)
    elif failed:
        items = _problems(failed[-1].exception, tool, secrets)
        attempts = exc.n_attempts if isinstance(exc, InstructorRetryException) else len(failed)
        problems = [f"{where}: {what}" if where else what for where, what in items]
        error = answer_invalid(problems, attempts)
    else:
        return None
    return stamp(error, usage, settings, label=label)


def answer_invalid(problems: Sequence[str], attempts: int) -> AnswerInvalid:
    """The error of an answer that never validated: its problems (one line each), the first
    in the message with how many more."""
    more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
    first = problems[0] if problems else "no usable answer"
    return AnswerInvalid(
        f"the model's answer never validated after {attempts} "
        f"attempt{'s' if attempts != 1 else ''}: {first}{more}",
        problems=list(problems),
        attempts=attempts,
    )


def stamp(error: EngineError, usage: Usage, settings: LLMSettings, *, label: str) -> EngineError:
    """``error`` as every failed question ends: about ``label``, with what it cost, and no
    secret in its message or problems."""
    secrets = settings.secrets
    error.source = label
    error.message = scrub(error.message, secrets)
    error.args = (error.message,)
    if isinstance(error, AnswerInvalid):
        error.problems = [scrub(p, secrets) for p in error.problems]
    error.usage = usage
    return error


def classify(exc: BaseException, settings: LLMSettings) -> str:
    """The name of the typed error a failed request becomes, for the call log."""
    import openai

    if isinstance(exc, openai.OpenAIError):
        return type(endpoint_error(exc, settings)).__name__
    return type(exc).__name__


def truncated(meter: Meter, settings: LLMSettings) -> AnswerTruncated:
    """The error of an answer cut off at the output limit (its last answer is ``meter.last``)."""
    limit = settings.max_output_tokens
    used = int_or_zero(getattr(getattr(meter.last, "usage", None), "completion_tokens", 0))
    at = f" after {used} output tokens" if used else ""
    hint = (
        f"raise max output tokens (now {limit})"
        if limit is not None
        else "set a larger max output tokens, or use a model with a longer output limit"
    )
    return AnswerTruncated(f"the model's answer was cut off{at} (finish_reason: length); {hint}")


def refusal(response: Any, secrets: Sequence[str]) -> str | None:
    """Why the model gave no answer, if it gave none; None when it did answer."""
    if response is None:
        return None
    choices = getattr(response, "choices", None)
    if not choices:
        return "the endpoint answered with no choices (no answer at all)"
    message = getattr(choices[0], "message", None)
    refusal = getattr(message, "refusal", None)
    if refusal:
        return f"the model refused: {clip(str(refusal), secrets=secrets)}"
    if getattr(choices[0], "finish_reason", None) == "content_filter":
        return "the answer was withheld by the endpoint's content filter"
    return None


def _problems(exc: BaseException, tool: str, secrets: Sequence[str]) -> list[tuple[str, str]]:
    """What was wrong with an answer, as (where, what) pairs, one short line each."""
    if isinstance(exc, ValidationError):
        items: list[tuple[str, str]] = []
        for err in exc.errors(include_url=False):
            where = ".".join(str(part) for part in err["loc"])
            message = err["msg"].removeprefix("Value error, ")
            if where:
                items.append((where, clip(message, 200, secrets=secrets)))
            else:
                # The model validator joins one message per unknown party with "; ".
                items.extend(("", clip(part, 200, secrets=secrets)) for part in message.split("; "))
        if items:
            return items
    text = " ".join(str(exc).split())
    if "No tool calls" in text:
        return [
            (
                "",
                f"the model answered in text instead of calling the {tool} tool"
                " (a server without tool calling needs --mode json_schema or json)",
            )
        ]
    return [("", clip(text, 200, secrets=secrets))]


def _connection_reason(exc: BaseException, secrets: Sequence[str]) -> str:
    # The reason is on the transport's error the client's wraps; walked for the message only.
    cause = exc.__cause__
    while cause is not None and cause.__cause__ is not None and not str(cause):
        cause = cause.__cause__
    text = " ".join(str(cause).split()) if cause is not None else ""
    return f": {clip(text, 120, secrets=secrets)}" if text else ""


def _seconds(wait: float) -> str:
    """A wait as the messages show it: "3600 s", "0.5 s"."""
    return f"{round(wait)} s" if wait >= 10 else f"{wait:.3g} s"


def clip(text: str, limit: int = 160, *, secrets: Sequence[str] = ()) -> str:
    """``text`` on one line, ``secrets`` scrubbed, cut to ``limit`` characters with "…"."""
    # Scrubbed before it is cut: a secret cut in two by the "…" would show its first part.
    text = " ".join(scrub(text, secrets).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
