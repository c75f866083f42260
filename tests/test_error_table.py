"""The one table from the openai client's errors to the typed errors: each row, and the status
and ``Retry-After`` put on the typed error, which is all a caller pacing retries reads."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx2
import openai
import pytest

from summarizer import (
    AnswerInvalid,
    AuthenticationFailed,
    ContextLengthExceeded,
    EndpointError,
    EndpointTimeout,
    EndpointUnreachable,
    LLMSettings,
    ModelNotFound,
    RateLimited,
)
from summarizer._digest._retry import is_transient
from summarizer._engines.llm._http import malformed_answer_type
from summarizer._engines.llm._translate import endpoint_error

URL = "http://127.0.0.1:9/v1"
SETTINGS = LLMSettings(base_url=URL, max_retries=1, timeout=5)
REQUEST = httpx2.Request("POST", f"{URL}/chat/completions")


def _answer(
    status: int, message: str = "no", *, headers: dict[str, str] | None = None, **error: Any
) -> tuple[httpx2.Response, dict[str, Any]]:
    body = {"error": {"message": message, **error}}
    return httpx2.Response(status, headers=headers, json=body, request=REQUEST), body["error"]


def _status_error(kind: type[openai.APIStatusError], status: int, **kw: Any) -> Exception:
    response, body = _answer(status, **kw)
    return kind(str(body["message"]), response=response, body=body)


def _rate_limited(headers: dict[str, str], **error: Any) -> RateLimited:
    response, body = _answer(429, "Rate limit reached", headers=headers, **error)
    translated = endpoint_error(
        openai.RateLimitError("429", response=response, body=body), SETTINGS
    )
    assert isinstance(translated, RateLimited)
    return translated


@pytest.mark.parametrize(
    ("exc", "kind", "status", "says"),
    [
        (
            openai.APITimeoutError(request=REQUEST),
            EndpointTimeout,
            None,
            "did not answer within 5 s",
        ),
        (openai.APIConnectionError(request=REQUEST), EndpointUnreachable, None, "cannot reach"),
        (
            _status_error(openai.AuthenticationError, 401),
            AuthenticationFailed,
            401,
            "rejected the API key (401)",
        ),
        (
            _status_error(openai.PermissionDeniedError, 403),
            AuthenticationFailed,
            403,
            "no permission for model",
        ),
        (_status_error(openai.NotFoundError, 404), ModelNotFound, 404, "not found at"),
        (
            _status_error(openai.BadRequestError, 400, code="context_length_exceeded"),
            ContextLengthExceeded,
            400,
            "too long for the context",
        ),
        (
            _status_error(openai.InternalServerError, 503, message="overloaded"),
            EndpointError,
            503,
            "answered 503 (2 attempts): overloaded",
        ),
        (
            _status_error(openai.BadRequestError, 400, message="bad field"),
            EndpointError,
            400,
            "answered 400: bad field",
        ),
    ],
    ids=["timeout", "unreachable", "401", "403", "404", "context", "503", "400"],
)
def test_each_row_gives_its_typed_error_with_the_status(
    exc: openai.OpenAIError, kind: type[EndpointError], status: int | None, says: str
) -> None:
    error = endpoint_error(exc, SETTINGS)
    assert type(error) is kind
    assert error.status == status
    assert says in error.message and URL in error.message


def test_a_malformed_answer_is_an_endpoint_error_with_its_status() -> None:
    response = httpx2.Response(200, text="<html></html>", request=REQUEST)
    exc = malformed_answer_type()(response, "a body that is not JSON (an HTML page)")
    error = endpoint_error(exc, SETTINGS)
    assert type(error) is EndpointError and error.status == 200
    assert error.message.endswith("answered 200 with a body that is not JSON (an HTML page)")


def test_a_429_carries_its_wait_and_whether_the_quota_is_exhausted() -> None:
    assert _rate_limited({"retry-after": "2.5"}).retry_after == 2.5
    assert _rate_limited({"retry-after": "2", "retry-after-ms": "350"}).retry_after == 0.35
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=30)
    dated = _rate_limited({"retry-after": later.strftime("%a, %d %b %Y %H:%M:%S GMT")})
    assert dated.retry_after is not None and 25 < dated.retry_after <= 30
    plain = _rate_limited({})
    assert (plain.retry_after, plain.quota, plain.status) == (None, False, 429)
    quota = _rate_limited({}, code="insufficient_quota")
    assert quota.quota and quota.message.startswith("quota exceeded at")
    assert RateLimited("no answer at all").retry_after is None


def test_what_a_run_tries_again_is_read_from_the_status() -> None:
    def status(code: int) -> EndpointError:
        return EndpointError(f"answered {code}", status=code)

    assert all(is_transient(status(code)) for code in (500, 502, 503, 408, 409))
    assert not any(is_transient(status(code)) for code in (400, 401, 404, 422, 200))
    assert is_transient(EndpointTimeout("slow")) and is_transient(EndpointUnreachable("down"))
    assert not is_transient(EndpointError("an unusable answer"))  # no status: not a 5xx
    assert not is_transient(AnswerInvalid("never validated"))
    # Read from the error itself, never from what it was raised from.
    hidden = EndpointError("answered 400")
    hidden.__cause__ = _status_error(openai.InternalServerError, 503)
    assert not is_transient(hidden)
