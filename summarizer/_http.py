"""The HTTP client the openai SDK sends the model requests through.

What the SDK does not do, done here, below it:

* **An overall deadline per request** (:mod:`summarizer._deadline`). httpx's timeouts bound
  each socket operation, not the request: an endpoint sending a byte a second is never timed
  out. Every socket operation of a model request (connecting, TLS, sending, each read of the
  headers and of the body) is given at most the time left before the request's deadline, and
  fails as a timeout once it has passed. The SDK sees an ordinary timeout, and retries it as it
  retries any; past the *article's* deadline it gets an ``APITimeoutError``, which it never
  retries.

The SDK sends through ``httpx2`` (openai 3.x), so this module imports ``httpx2`` and
``httpcore2``; it is imported with ``openai``, on the first model call.
"""

from __future__ import annotations

import logging
import ssl
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import httpcore2
import httpx2
import openai

from summarizer._deadline import REQUEST_DEADLINE, current_article_limit, request_deadline

if TYPE_CHECKING:
    from httpx2._client import UseClientDefault
    from httpx2._types import AuthTypes

__all__ = ["ModelHttpClient"]

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- the deadline


def _left(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` for one socket operation, cut to the time left before the request's
    deadline; ``error`` (an httpcore timeout) when none is left."""
    at = REQUEST_DEADLINE.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise error("the request's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore2.NetworkStream):
    """A connection whose every read and write ends by the request's deadline."""

    def __init__(self, stream: httpcore2.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _left(timeout, httpcore2.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _left(timeout, httpcore2.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore2.NetworkStream:
        tls = self._stream.start_tls(
            ssl_context, server_hostname, _left(timeout, httpcore2.ConnectTimeout)
        )
        return _DeadlineStream(tls)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore2.NetworkBackend):
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
            host, port, _left(timeout, httpcore2.ConnectTimeout), local_address, socket_options
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        stream = self._backend.connect_unix_socket(
            path, _left(timeout, httpcore2.ConnectTimeout), socket_options
        )
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def _bound(transport: object) -> bool:
    """Put the deadline on the connections of an httpx2 transport (its connection pool's
    network backend); False if it is not built as expected."""
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


class ModelHttpClient(openai.DefaultHttpxClient):
    """The openai SDK's default HTTP client (its limits, redirects, proxies from the
    environment), with an overall deadline of ``timeout`` seconds per request."""

    def __init__(self, *, timeout: float, **kwargs: Any) -> None:
        super().__init__(timeout=timeout, **kwargs)
        self.request_timeout = timeout
        transports = [self._transport, *(t for t in self._mounts.values() if t is not None)]
        if not all(_bound(t) for t in transports):
            # Only the first wait of each phase is bounded then: say so rather than hide it.
            log.warning(
                "cannot put the overall deadline on this httpx2's connections; a model endpoint "
                "that trickles its answer may take longer than the timeout"
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
        return response
