"""The one error hierarchy of the library.

Everything the library raises on purpose derives from :class:`SummarizerError`. The CLI turns
any of them into one line on stderr and a non-zero exit; a traceback means a bug.

    SummarizerError
    ├── InputError              the article (or another input) cannot be used
    │   ├── InputNotFound
    │   ├── InputIsDirectory
    │   ├── NotARegularFile     a named pipe, a device, a socket
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── InputTooLarge
    │   ├── NoArticleFound      a page with no article body (navigation, index)
    │   ├── GoldFileError       a gold annotation file is malformed
    │   └── FetchError          a URL could not be fetched as a page to brief
    │       ├── InvalidUrl, UnsupportedScheme, CredentialsInUrl, PrivateHostRefused
    │       ├── HostNotFound, ConnectionFailed, FetchTimeout
    │       ├── HttpError (.status) ── PageNotFound (404/410), ServerError (5xx)
    │       ├── TooManyRedirects, RedirectLoop
    │       ├── UnsupportedContentType ── BinaryPage (also a BinaryInput)
    │       ├── PageTooLarge        (also an InputTooLarge)
    │       └── EmptyPage           (also an EmptyInput)
    ├── ConfigError             the engine is not configured to run
    │   └── MissingApiKey
    ├── StoreError              the local store cannot be opened, read or written
    └── EngineError             an engine ran and failed
        ├── EndpointError       the model endpoint could not be used (.status)
        │   ├── EndpointUnreachable
        │   ├── EndpointTimeout
        │   ├── AuthenticationFailed
        │   ├── ModelNotFound
        │   ├── RateLimited     (.retry_after, .quota)
        │   └── ContextLengthExceeded  an article part that cannot be split further
        ├── AnswerInvalid       the model's answer never passed validation
        ├── AnswerTruncated     the answer was cut off (finish_reason: length)
        ├── AnswerRefused       a refusal, or no answer at all
        └── GroundingError      a quote could not be placed in the article
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer._engines._protocol import Usage

__all__ = [
    "AnswerInvalid",
    "AnswerRefused",
    "AnswerTruncated",
    "AuthenticationFailed",
    "BinaryInput",
    "BinaryPage",
    "ConfigError",
    "ConnectionFailed",
    "ContextLengthExceeded",
    "CredentialsInUrl",
    "EmptyInput",
    "EmptyPage",
    "EndpointError",
    "EndpointTimeout",
    "EndpointUnreachable",
    "EngineError",
    "FetchError",
    "FetchTimeout",
    "GoldFileError",
    "GroundingError",
    "HostNotFound",
    "HttpError",
    "InputError",
    "InputIsDirectory",
    "InputNotFound",
    "InputTooLarge",
    "InvalidUrl",
    "MissingApiKey",
    "ModelNotFound",
    "NoArticleFound",
    "NotARegularFile",
    "PageNotFound",
    "PageTooLarge",
    "PrivateHostRefused",
    "RateLimited",
    "RedirectLoop",
    "ServerError",
    "StoreError",
    "SummarizerError",
    "TooManyRedirects",
    "UnsupportedContentType",
    "UnsupportedScheme",
]


class SummarizerError(Exception):
    """Base of every error the library raises on purpose.

    ``source`` names the input the error is about (a path, ``<stdin>``, a URL), when there is one.
    ``str(error)`` is a single line fit for a user; it never contains an API key.
    """

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class InputError(SummarizerError):
    """The input cannot be used as an article."""


class InputNotFound(InputError):
    """The path does not exist."""


class InputIsDirectory(InputError):
    """A directory was given where a file was expected."""


class NotARegularFile(InputError):
    """A named pipe, a device or a socket where a file was expected: refused before reading."""


class EmptyInput(InputError):
    """The input is empty, or nothing is left of it after cleaning."""


class BinaryInput(InputError):
    """The input is not text."""


class InputTooLarge(InputError):
    """The input is over the size limit."""


class GoldFileError(InputError):
    """A gold annotation file is missing fields or is not valid JSON."""


class FetchError(InputError):
    """A URL could not be fetched as a page to brief."""


class InvalidUrl(FetchError):
    """The URL cannot be parsed, or has no host."""


class UnsupportedScheme(FetchError):
    """The URL scheme is not http or https."""


class CredentialsInUrl(FetchError):
    """The URL carries a user name or password."""


class PrivateHostRefused(FetchError):
    """The host resolves to a loopback, private, link-local or multicast address."""


class HostNotFound(FetchError):
    """DNS could not resolve the host name."""


class ConnectionFailed(FetchError):
    """Connection refused, reset, or a TLS or protocol failure."""


class FetchTimeout(FetchError):
    """The server did not answer, or the page did not arrive, in time."""


class HttpError(FetchError):
    """The server answered with an error status. ``status`` holds it."""

    def __init__(self, message: str, *, source: str | None = None, status: int = 0) -> None:
        super().__init__(message, source=source)
        self.status = status


class PageNotFound(HttpError):
    """404 or 410."""


class ServerError(HttpError):
    """5xx, after every allowed attempt."""


class TooManyRedirects(FetchError):
    """More redirects than ``max_redirects``."""


class RedirectLoop(FetchError):
    """A redirect led back to a URL already visited, with nothing changed in between."""


class PageTooLarge(FetchError, InputTooLarge):
    """The body is over ``max_bytes``."""


class UnsupportedContentType(FetchError):
    """The response is not HTML or text (a PDF, an image, JSON, ...)."""


class BinaryPage(UnsupportedContentType, BinaryInput):
    """The body is not text, whatever the response's content type says (a PDF served as
    ``text/plain``): the same test as for files (magic numbers, NUL bytes, control characters).
    """


class EmptyPage(FetchError, EmptyInput):
    """The response has no body, or only whitespace."""


class NoArticleFound(EmptyInput):
    """The page has no article body we can find (a navigation page, an index, an error page)."""


class ConfigError(SummarizerError):
    """The chosen engine lacks something it needs to run."""


def check_setting(owner: str, name: str, value: float, *, minimum: float, above: bool) -> None:
    """Raise :class:`ConfigError` unless ``value`` is over ``minimum`` (``above``) or at least
    ``minimum``: the one way every settings object checks its numbers, naming the setting as
    the library spells it (``FetchSettings.timeout``)."""
    if (value > minimum) if above else (value >= minimum):
        return
    bound = f"more than {minimum:g}" if above else f"{minimum:g} or more"
    raise ConfigError(f"{owner}.{name} must be {bound}, not {value:g}")


class MissingApiKey(ConfigError):
    """The LLM engine was asked for, but no API key or base URL is configured."""


class StoreError(SummarizerError):
    """The local store cannot be used: not a database, not ours, too new, locked, unwritable.

    ``source`` is the store's path, so ``str(error)`` names the file in one line.
    """


class EngineError(SummarizerError):
    """An engine ran and failed.

    ``usage`` is what the failed run cost (tokens and model calls over every attempt), when
    the engine knows it: a failure is paid for too.
    """

    usage: Usage | None = None


class EndpointError(EngineError):
    """The model endpoint could not be used.

    ``status`` is the HTTP status the endpoint answered with, when it answered at all (None for
    a timeout, a refused or dropped connection): what a caller pacing its own retries reads to
    tell a 5xx worth another try from a 4xx that would get the same answer again.
    """

    def __init__(
        self, message: str, *, source: str | None = None, status: int | None = None
    ) -> None:
        super().__init__(message, source=source)
        self.status = status


class EndpointUnreachable(EndpointError):
    """Connection refused, DNS failure or a dropped connection."""


class EndpointTimeout(EndpointError):
    """The endpoint did not answer in time."""


class AuthenticationFailed(EndpointError):
    """401 or 403: the key is wrong or lacks permission."""


class ModelNotFound(EndpointError):
    """404: the endpoint does not serve the model."""


class RateLimited(EndpointError):
    """429 after every allowed attempt.

    ``retry_after``: the seconds the endpoint asked to wait (``Retry-After``, a date turned into
    seconds from now), when it said. ``quota``: the account's quota is used up
    (``insufficient_quota``), which waiting does not cure.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        retry_after: float | None = None,
        quota: bool = False,
    ) -> None:
        super().__init__(message, source=source, status=429)
        self.retry_after = retry_after
        self.quota = quota


class ContextLengthExceeded(EndpointError):
    """The article, or a part of it that cannot be split further, is over the model's context.

    Raised only after splitting on paragraph boundaries has failed: nothing is truncated.
    """


class AnswerInvalid(EngineError):
    """The model never produced an answer that validates, after every re-ask.

    ``problems`` lists what was wrong with the last answer, one short line each.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        problems: Sequence[str] = (),
        attempts: int = 0,
    ) -> None:
        super().__init__(message, source=source)
        self.problems = list(problems)
        self.attempts = attempts


class AnswerTruncated(EngineError):
    """The model ran out of output tokens before finishing the briefing."""


class AnswerRefused(EngineError):
    """The model refused, or returned no choices."""


class GroundingError(EngineError):
    """A quote that should be in the article could not be located in it."""
