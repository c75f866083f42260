"""The HTTP client the openai SDK sends the model requests through.

Two things the SDK does not do, done here, below it:

* **An overall deadline per request** (:mod:`summarizer._engines.llm._deadline`). httpx's
  timeouts bound each socket operation, not the request: an endpoint sending a byte a second
  is never timed out. Every socket operation of a model request (connecting, TLS, sending,
  each read of the headers and of the body) is given at most the time left before the
  request's deadline, and fails as a timeout once it has passed. The SDK sees an ordinary
  timeout, and retries it as it retries any; past the *article's* deadline it gets an
  ``APITimeoutError``, which it never retries.
* **A 2xx answer must be a chat completion.** A truncated JSON body, an HTML page (sent as
  ``application/json`` or not), an event stream, JSON nested thousands deep or
  ``"choices": "oops"`` would crash the SDK or instructor, or be taken for an answer without
  choices and re-asked. Such a body raises the error of :func:`malformed_answer_type` (an
  ``openai`` error, so it is neither retried nor re-asked) saying what came back.

Also: a 429 saying the quota is exhausted (``insufficient_quota``) is marked
``x-should-retry: false``: it never recovers, so the SDK does not wait and ask again; with
``retry_rate_limits=False`` every 429 is, for a caller that paces the whole run itself.

The SDK sends through ``httpx2`` (openai 3.x). The client and the malformed-answer error must be
the SDK's own kinds (an ``openai.DefaultHttpxClient``, an ``openai`` error, which the SDK
neither wraps nor retries), and ``openai`` takes most of a second to import: those two classes
are made on the first model call (:func:`model_http_client`), so that the modules asking the
model import this one at their top and still load nothing heavy until they call.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from summarizer._engines.llm._deadline import (
    REQUEST_DEADLINE,
    current_article_limit,
    request_deadline,
)
from summarizer._redact import scrub

if TYPE_CHECKING:
    import ssl

    import httpcore2
    import httpx2
    import openai
    from httpx2._client import UseClientDefault
    from httpx2._types import AuthTypes

    # The interfaces the deadline's wrappers follow, for the type checker. httpcore2 uses a
    # backend and its streams by their methods alone, so at run time they need not subclass
    # them (which would load httpcore2 with this module).
    _NetworkStream = httpcore2.NetworkStream
    _NetworkBackend = httpcore2.NetworkBackend
else:
    _NetworkStream = _NetworkBackend = object

__all__ = [
    "MAX_DEPTH",
    "malformed_answer_type",
    "model_http_client",
    "quota_exhausted",
    "unusable",
]

log = logging.getLogger(__name__)

#: Deeper JSON than this is no chat completion (one is about 8 levels deep).
MAX_DEPTH = 64


def model_http_client(
    *, timeout: float, retry_rate_limits: bool = True, secrets: Iterable[str] = ()
) -> httpx2.Client:
    """The openai SDK's default HTTP client (its limits, redirects, proxies from the
    environment), with an overall deadline of ``timeout`` seconds per request and the checks of
    the module doc. ``secrets`` are taken out of what the checks quote of an answer (before
    clipping); ``retry_rate_limits=False`` marks every 429 not to be retried by the SDK."""
    client: httpx2.Client = _kinds().client(
        timeout=timeout, retry_rate_limits=retry_rate_limits, secrets=tuple(secrets)
    )
    return client


def malformed_answer_type() -> type[openai.APIResponseValidationError]:
    """The error a 2xx answer that is not a chat completion raises: an ``openai`` error whose
    ``what`` says what it was instead, to follow "answered 200 with": "a body that is not JSON
    (an HTML page)"."""
    return _kinds().malformed


# --------------------------------------------------------------------------- the deadline


def _left(timeout: float | None, error: Callable[[str], Exception]) -> float | None:
    """``timeout`` for one socket operation, cut to the time left before the request's
    deadline; ``error`` (an httpcore timeout) when none is left."""
    at = REQUEST_DEADLINE.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise error("the request's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(_NetworkStream):
    """A connection whose every read and write ends by the request's deadline."""

    def __init__(self, stream: httpcore2.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _left(timeout, _timeouts().read))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _left(timeout, _timeouts().write))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore2.NetworkStream:
        tls = self._stream.start_tls(
            ssl_context, server_hostname, _left(timeout, _timeouts().connect)
        )
        return _DeadlineStream(tls)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(_NetworkBackend):
    """Opens :class:`_DeadlineStream` connections (through the backend it wraps)."""

    def __init__(self, backend: httpcore2.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        stream = self._backend.connect_tcp(
            host, port, _left(timeout, _timeouts().connect), local_address, socket_options
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        stream = self._backend.connect_unix_socket(
            path, _left(timeout, _timeouts().connect), socket_options
        )
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def _bound(transport: object) -> bool:
    """Put the deadline on the connections of an httpx2 transport (its connection pool's
    network backend); False if it is not built as expected."""
    import httpcore2

    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, _DeadlineBackend):
        return True
    if not isinstance(backend, httpcore2.NetworkBackend):
        return False
    pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]
    return True


def _clamped(extension: object, left: float) -> dict[str, float | None]:
    """The request's httpx timeouts (connect, read, write, pool), none over ``left``."""
    timeouts = extension if isinstance(extension, dict) else {}
    return {
        name: left if timeouts.get(name) is None else min(float(timeouts[name]), left)
        for name in ("connect", "read", "write", "pool")
    }


# --------------------------------------------------------------------------- the client


@dataclass(frozen=True)
class _Timeouts:
    connect: Callable[[str], Exception]
    read: Callable[[str], Exception]
    write: Callable[[str], Exception]


@cache
def _timeouts() -> _Timeouts:
    """httpcore2's timeout errors, which its connection pool turns into the SDK's timeouts."""
    import httpcore2

    return _Timeouts(httpcore2.ConnectTimeout, httpcore2.ReadTimeout, httpcore2.WriteTimeout)


@dataclass(frozen=True)
class _Kinds:
    client: Callable[..., httpx2.Client]
    malformed: type[openai.APIResponseValidationError]


@cache
def _kinds() -> _Kinds:
    """The two classes that must be the SDK's own kinds, made once, on the first model call."""
    import httpx2
    import openai

    class MalformedAnswer(openai.APIResponseValidationError):
        def __init__(self, response: httpx2.Response, what: str) -> None:
            super().__init__(response=response, body=None, message=f"answered with {what}")
            self.what = what

    class ModelHttpClient(openai.DefaultHttpxClient):
        def __init__(
            self,
            *,
            timeout: float,
            retry_rate_limits: bool,
            secrets: tuple[str, ...],
            **kwargs: Any,
        ) -> None:
            super().__init__(timeout=timeout, **kwargs)
            self.request_timeout = timeout
            self.retry_rate_limits = retry_rate_limits
            self.secrets = secrets
            transports = [self._transport, *(t for t in self._mounts.values() if t is not None)]
            if not all(_bound(t) for t in transports):
                # Only the first wait of each phase is bounded then: say so rather than hide it.
                log.warning(
                    "cannot put the overall deadline on this httpx2's connections; a model "
                    "endpoint that trickles its answer may take longer than the timeout"
                )

        def send(
            self,
            request: httpx2.Request,
            *,
            stream: bool = False,
            auth: AuthTypes | UseClientDefault | None = httpx2.USE_CLIENT_DEFAULT,
            follow_redirects: bool | UseClientDefault = httpx2.USE_CLIENT_DEFAULT,
        ) -> httpx2.Response:
            article = current_article_limit()
            if article is not None and article.passed():
                # Past the article's limit: no request at all, and none retried.
                raise openai.APITimeoutError(request=request)
            at = request_deadline(self.request_timeout)
            request.extensions = {
                **request.extensions,
                "timeout": _clamped(request.extensions.get("timeout"), at - time.monotonic()),
            }
            token = REQUEST_DEADLINE.set(at)
            try:
                response = super().send(
                    request, stream=stream, auth=auth, follow_redirects=follow_redirects
                )
            except httpx2.TimeoutException as error:
                if article is not None and article.passed():
                    raise openai.APITimeoutError(request=request) from error
                raise
            finally:
                REQUEST_DEADLINE.reset(token)
            if stream:
                return response  # not read yet: nothing to check (the engine never streams)
            if response.status_code == 429:
                if not self.retry_rate_limits or quota_exhausted(response):
                    response.headers["x-should-retry"] = "false"
            elif response.is_success and request.url.path.endswith("/chat/completions"):
                what = unusable(response, self.secrets)
                if what is not None:
                    raise MalformedAnswer(response, what)
            return response

    return _Kinds(client=ModelHttpClient, malformed=MalformedAnswer)


# --------------------------------------------------------------------------- the answer


def quota_exhausted(response: httpx2.Response) -> bool:
    """Whether a 429 says the account's quota is used up (OpenAI's ``insufficient_quota``):
    waiting will not help."""
    try:
        error = json.loads(response.content).get("error")
    except (ValueError, RecursionError, AttributeError):
        return False
    if not isinstance(error, dict):
        return False
    return "insufficient_quota" in (error.get("code"), error.get("type"))


def unusable(response: httpx2.Response, secrets: Iterable[str] = ()) -> str | None:
    """What a 2xx answer is if it is not a chat completion ("a body that is not JSON (an HTML
    page)"), or None if it is one. Lenient where the SDK is: any content type will do for a
    JSON body, and only the fields instructor reads are checked. What it quotes of the body has
    ``secrets`` taken out."""
    body = response.content
    try:
        data = json.loads(body)
    except RecursionError:
        return f"JSON nested too deeply to read (over {MAX_DEPTH} levels)"
    except ValueError as error:  # JSONDecodeError, UnicodeDecodeError
        return _not_json(response, body, error, secrets)
    if _too_deep(data):
        return f"JSON nested too deeply to read (over {MAX_DEPTH} levels)"
    if not isinstance(data, dict):
        return f"JSON that is not a chat completion ({_kind(data)}, not an object)"
    if "choices" not in data and isinstance(data.get("error"), dict):
        message = data["error"].get("message")
        text = _clip(scrub(message, secrets)) if isinstance(message, str) else ""
        said = f": {text}" if text else ""
        return f"an error instead of an answer{said}"
    problem = _shape_problem(data)
    return None if problem is None else f"JSON that is not a chat completion ({problem})"


def _not_json(
    response: httpx2.Response, body: bytes, error: ValueError, secrets: Iterable[str]
) -> str:
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    start = body.lstrip()[:512].lower()
    if not body.strip():
        return "an empty body"
    if kind == "text/event-stream" or start.startswith((b"data:", b"event:")):
        return "an event stream (text/event-stream) instead of one JSON answer"
    if kind in ("text/html", "application/xhtml+xml") or start.startswith(
        (b"<!doctype html", b"<html", b"<head", b"<body")
    ):
        return "a body that is not JSON (an HTML page)"
    if isinstance(error, json.JSONDecodeError) and (
        error.msg.startswith("Unterminated string") or error.pos >= len(error.doc.rstrip())
    ):
        return f"JSON cut short (the body ends mid-document, after {len(body):,} bytes)"
    text = _clip(scrub(body[:2000].decode("utf-8", "replace"), secrets), 40)
    return f"a body that is not JSON ({kind or 'no content type'}, starting {text!r})"


def _too_deep(data: object) -> bool:
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        children: Iterable[object]
        if isinstance(value, dict):
            children = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > MAX_DEPTH:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _shape_problem(data: dict[str, Any]) -> str | None:
    """What keeps ``data`` from being read as a chat completion, in a few words, or None."""
    if "choices" not in data:
        return 'no "choices"'
    choices = data["choices"]
    if not isinstance(choices, list):
        return f'"choices" is {_kind(choices)}, not a list'
    for n, choice in enumerate(choices):
        where = f"choices[{n}]"
        if not isinstance(choice, dict):
            return f"{where} is {_kind(choice)}, not an object"
        if "message" not in choice:
            return f"{where} has no message"
        message = choice["message"]
        if not isinstance(message, dict):
            return f"{where}.message is {_kind(message)}, not an object"
        for name in ("content", "refusal", "role"):
            if message.get(name) is not None and not isinstance(message[name], str):
                return f"{where}.message.{name} is {_kind(message[name])}, not a string"
        calls = message.get("tool_calls")
        if calls is None:
            continue
        if not isinstance(calls, list):
            return f"{where}.message.tool_calls is {_kind(calls)}, not a list"
        for m, call in enumerate(calls):
            function = call.get("function") if isinstance(call, dict) else None
            if not isinstance(function, dict):
                return f"{where}.message.tool_calls[{m}] has no function object"
    usage = data.get("usage")
    if usage is not None and not isinstance(usage, dict):
        return f'"usage" is {_kind(usage)}, not an object'
    return None


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    names = {dict: "an object", list: "a list", str: "a string", int: "a number", float: "a number"}
    return names.get(type(value), type(value).__name__)


def _clip(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
