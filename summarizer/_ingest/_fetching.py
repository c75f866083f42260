"""Fetch one web page for briefing: http(s) only, bounded in size, time and redirects.

:func:`fetch` returns a :class:`Page` with the decoded text, or raises a :class:`FetchError`
whose one-line message names the (redacted) URL. Credentials in a URL are refused and never
echoed: every URL that reaches a message or a ``source`` goes through :func:`redact_url`.

By default (``allow_private_hosts=False``) the host name is resolved here, every address it
resolves to must be public, and the connection goes to the checked address: resolving again
inside httpx would let a DNS answer that changes between the two lookups (DNS rebinding)
reach an internal service. The check runs again on every redirect hop. An HTML page whose
meta refresh sends the reader on within a few seconds is a redirect too (as a browser follows
it): counted, checked and looped on like one.

Bounds: ``total_timeout`` covers the whole fetch (connecting, the response headers, the body,
every hop, retry and back-off): a watchdog shuts the fetch's connections down at the deadline,
so a server feeding one byte a second cannot hold a read open. ``max_bytes`` caps the body
both as it arrives and as it is decoded: gzip and deflate are undone here, a bounded piece at
a time (:mod:`summarizer._ingest._inflate`), so a compression bomb stops at the cap. The body is
decoded by the cascade files go through too (:func:`summarizer._ingest._decode.decode`, with the
page's declared charsets), and must be text by the same test, whatever its content type says.
"""

from __future__ import annotations

import contextlib
import functools
import html
import ipaddress
import random
import re
import socket
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NoReturn
from urllib.parse import urlsplit

from summarizer._errors import (
    BinaryPage,
    ConnectionFailed,
    CredentialsInUrl,
    EmptyPage,
    FetchError,
    FetchTimeout,
    HostNotFound,
    HttpError,
    InvalidUrl,
    PageNotFound,
    PageTooLarge,
    PrivateHostRefused,
    RedirectLoop,
    ServerError,
    TooManyRedirects,
    UnsupportedContentType,
    UnsupportedScheme,
    check_setting,
)
from summarizer._ingest._decode import decode, meta_charset
from summarizer._ingest._inflate import (
    ACCEPT_ENCODING,
    CorruptEncoding,
    Inflater,
    UnsupportedEncoding,
    encodings,
)
from summarizer._ingest._sniff import looks_like_html, magic
from summarizer._redact import redact_url
from summarizer._version import __version__

if TYPE_CHECKING:
    import ssl

    import httpx

__all__ = [
    "DEFAULT_SETTINGS",
    "FetchSettings",
    "Page",
    "fetch",
]

USER_AGENT = f"Mozilla/5.0 (compatible; summarizer/{__version__})"

# HTML first; plain text is an article too. Feeds, JSON, PDF and images are not pages we can
# brief, and refusing them before the body is read keeps a large download from starting.
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
# Accepted only when asked for (a digest reading feeds): a feed is not a page to brief.
_FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/xml", "text/xml"}
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Where _take_location puts a response's Location header, out of httpx's reach.
_LOCATION = "summarizer.location"


# --------------------------------------------------------------------------- public types


@dataclass(frozen=True)
class FetchSettings:
    """How :func:`fetch` talks to servers.

    ``timeout`` bounds connecting and each read; ``total_timeout`` bounds the whole fetch
    (connecting, headers and body of all hops, retries and back-off sleeps included), so a
    server trickling bytes cannot hold it. ``max_bytes`` caps the body as received and as
    decoded (after gzip or deflate). Name resolution (DNS) is the system resolver's, bounded
    by its own timeouts only.
    Retries happen on 5xx and dropped connections only; the sleep before retry *n* (from 1) is
    uniform in ``[0, min(max_backoff, backoff * 2**(n-1))]``.
    """

    timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    retries: int = 2
    user_agent: str = USER_AGENT
    allow_private_hosts: bool = False
    accept_feeds: bool = False  # also accept RSS/Atom/XML content types
    backoff: float = 0.5
    max_backoff: float = 4.0
    total_timeout: float = 60.0

    def __post_init__(self) -> None:
        for name in ("timeout", "total_timeout", "max_bytes"):
            check_setting("FetchSettings", name, getattr(self, name), minimum=0, above=True)
        for name in ("max_redirects", "retries", "backoff", "max_backoff"):
            check_setting("FetchSettings", name, getattr(self, name), minimum=0, above=False)


DEFAULT_SETTINGS = FetchSettings()


@dataclass(frozen=True)
class Page:
    """A fetched page.

    ``url`` is the final URL after redirects, ``requested_url`` the one asked for (both carry
    no credentials: such URLs are refused). ``content_type`` is the media type without
    parameters, sniffed from the body when the server sent none. ``charset`` is the declared
    one (HTTP header, else HTML meta), ``None`` when undeclared; ``encoding`` is the codec
    that actually decoded ``body`` into ``text``.
    """

    url: str
    requested_url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes = field(repr=False)
    text: str = field(repr=False)
    encoding: str = "utf-8"

    @property
    def is_html(self) -> bool:
        return self.content_type in _HTML_TYPES


# --------------------------------------------------------------------------- fetch


def fetch(url: str, settings: FetchSettings = DEFAULT_SETTINGS) -> Page:
    """GET ``url`` and return the decoded page, or raise a :class:`FetchError`."""
    import httpx

    shown = redact_url(url)
    target = requested = _checked_url(url, shown, shown)
    deadline = time.monotonic() + settings.total_timeout
    watchdog = _Watchdog(deadline)
    client = httpx.Client(
        verify=_ssl_context(settings.allow_private_hosts),
        timeout=httpx.Timeout(settings.timeout),
        follow_redirects=False,
        headers={
            "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
            # Only what _inflate decodes, a bounded piece at a time.
            "Accept-Encoding": ACCEPT_ENCODING,
        },
        # Proxies from the environment would resolve the host themselves and defeat the
        # public-address check; when private hosts are allowed there is nothing to defeat.
        trust_env=settings.allow_private_hosts,
        event_hooks={"response": [_take_location]},
    )
    # The watchdog stops before the client closes its connections (``with`` exits in reverse).
    with client, watchdog:
        # A URL seen again is a loop only if the cookies did not change: "set a cookie and
        # send you back" is a common consent or paywall dance that ends on the second visit.
        seen: dict[str, frozenset[tuple[str, str, str]]] = {}
        redirects = 0
        while True:
            key = str(target)
            cookies = _cookie_state(client)
            if seen.get(key) == cookies:
                raise RedirectLoop(
                    f"redirect loop: {redact_url(key)} was reached again after "
                    f"{redirects} redirects",
                    source=shown,
                )
            seen[key] = cookies
            hop = _Hop(client, target, settings, deadline, shown, redirects, watchdog)
            result = hop.run()
            if isinstance(result, _Final):
                refresh = _meta_refresh(result)
                if refresh is None or _same_page(target, refresh):
                    break
                result = _Redirect(refresh)  # followed like a redirect, with its checks
            if redirects >= settings.max_redirects:
                raise TooManyRedirects(
                    f"too many redirects (more than {settings.max_redirects})", source=shown
                )
            redirects += 1
            target = _redirect_target(target, result.location, shown)

    return Page(
        url=str(target),
        requested_url=str(requested),
        status=result.status,
        content_type=result.content_type,
        charset=result.charset or meta_charset(result.body),
        body=result.body,
        text=result.text,
        encoding=result.encoding,
    )


# '<meta http-equiv="refresh" content="0; url=/story">': a page that only sends the browser on,
# read (like a charset declaration) in the head, the first 8 KiB.
_META_REFRESH = re.compile(
    rb"""<meta\s[^>]*?http-equiv\s*=\s*["']?refresh["']?[^>]*?content\s*=\s*["']\s*"""
    rb"""(\d{1,6})(?:\.\d*)?\s*[;,]\s*url\s*=\s*['"]?([^"'>\s]+)""",
    re.IGNORECASE,
)
_META_REFRESH_WINDOW = 8192
# A page that moves on at once (or nearly: some wait a second or two to show "redirecting")
# stands for the page it sends to; one that reloads itself every few minutes (a live blog,
# a front page) is the page.
_META_REFRESH_MAX_DELAY = 5


def _meta_refresh(result: _Final) -> str | None:
    """Where an HTML page's meta refresh sends the reader at once, or None."""
    if result.content_type not in _HTML_TYPES:
        return None
    match = _META_REFRESH.search(result.body[:_META_REFRESH_WINDOW])
    if match is None or int(match.group(1)) > _META_REFRESH_MAX_DELAY:
        return None
    location = html.unescape(match.group(2).decode("ascii", "replace"))
    # A refresh to script or data ("javascript:...") sends a browser nowhere: the page stays.
    scheme = urlsplit(location).scheme.lower()
    return location if scheme in ("", "http", "https") else None


def _same_page(target: httpx.URL, location: str) -> bool:
    """Whether ``location``, from ``target``, leads back to it (a page that reloads itself)."""
    import httpx

    try:
        return target.join(location).copy_with(fragment=None) == target.copy_with(fragment=None)
    except (httpx.InvalidURL, ValueError):
        return False  # the redirect's own checks say what is wrong with it


def _take_location(response: httpx.Response) -> None:
    """Moves a response's Location header where only the fetcher reads it.

    Even with ``follow_redirects=False`` httpx parses every Location (to offer a
    ``next_request``), and an invalid host there (``http://xn--localhost/``) escaped from
    ``Client.send`` as a bare ``idna.IDNAError``. The fetcher follows redirects itself, each
    target through :func:`_redirect_target` and its checks; httpx need not see them.
    """
    location = response.headers.get("location")
    if location is not None:
        del response.headers["location"]
        response.extensions[_LOCATION] = location


@dataclass(frozen=True)
class _Redirect:
    location: str


@dataclass(frozen=True)
class _Final:
    status: int
    content_type: str
    charset: str | None
    body: bytes
    text: str
    encoding: str


class _Watchdog:
    """Shuts down every connection of one fetch when its deadline passes.

    A read timeout restarts with each byte, so a server sending a header byte a second holds
    a read forever; checking the clock between body chunks does not help before the body.
    The sockets come from httpcore's ``trace`` extension (public API) as they connect; at the
    deadline they are shut down (not closed: the file descriptor stays theirs), which ends
    any blocked read or TLS handshake at once, and the fetch reports ``total_timeout``.
    """

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.fired = False
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._stopped = False
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        with self._lock:
            self._stopped = True
            self._sockets.clear()

    @property
    def expired(self) -> bool:
        return self.fired or time.monotonic() >= self.deadline

    def trace(self, event: str, info: Mapping[str, Any]) -> None:
        """httpcore's trace callback: keeps the socket of each connection as it opens."""
        if not event.endswith(("connect_tcp.complete", "start_tls.complete")):
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if not isinstance(sock, socket.socket):
            return
        with self._lock:
            if self.fired:
                _shut(sock)
            elif not self._stopped:
                self._sockets.append(sock)

    def _fire(self) -> None:
        with self._lock:
            if self._stopped:
                return
            self.fired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    # socket.socket's own shutdown: an SSLSocket's would also drop its TLS state under the
    # feet of the thread reading from it. OSError: the socket is closed already.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _RetryableError(Exception):
    """A failure worth another attempt; ``error`` is raised when none is left."""

    def __init__(self, error: FetchError) -> None:
        super().__init__(error.message)
        self.error = error

    def final(self, attempts: int) -> FetchError:
        if attempts > 1:
            self.error.message += f" (after {attempts} attempts)"
            self.error.args = (self.error.message,)
        return self.error


class _Hop:
    """One request in the redirect chain, with its retries."""

    def __init__(
        self,
        client: httpx.Client,
        target: httpx.URL,
        settings: FetchSettings,
        deadline: float,
        shown: str,
        redirects: int,
        watchdog: _Watchdog,
    ) -> None:
        self.client = client
        self.target = target
        self.settings = settings
        self.deadline = deadline
        self.watchdog = watchdog
        self.source = shown
        # After a redirect, messages say where the failure happened.
        self.where = f" (at {redact_url(str(target))})" if redirects else ""

    def run(self) -> _Redirect | _Final:
        attempts = self.settings.retries + 1
        attempt = 0
        while True:
            try:
                return self._attempt()
            except _RetryableError as retry:
                attempt += 1
                delay = random.uniform(
                    0, min(self.settings.max_backoff, self.settings.backoff * 2 ** (attempt - 1))
                )
                if attempt >= attempts or time.monotonic() + delay >= self.deadline:
                    raise retry.final(attempt) from None
            _sleep(delay)

    def _attempt(self) -> _Redirect | _Final:
        import httpx

        if time.monotonic() >= self.deadline:
            self._out_of_time()
        request = self._request()
        try:
            response = self.client.send(request, stream=True)
        except httpx.HTTPError as exc:
            self._network_error(exc)
        try:
            return self._response(response)
        finally:
            response.close()

    def _request(self) -> httpx.Request:
        import httpx

        target = self.target
        headers: dict[str, str] = {}
        extensions: dict[str, object] = {"trace": self.watchdog.trace}
        if not self.settings.allow_private_hosts:
            address = self._public_address()
            headers["Host"] = target.netloc.decode("ascii")
            if target.scheme == "https":
                extensions["sni_hostname"] = target.raw_host.decode("ascii")
            target = target.copy_with(host=address)
        # Connecting gets no more than the time left (the watchdog needs a socket to shut).
        left = max(0.001, min(self.settings.timeout, self.deadline - time.monotonic()))
        return self.client.build_request(
            "GET", target, headers=headers, extensions=extensions, timeout=httpx.Timeout(left)
        )

    def _public_address(self) -> str:
        host = self.target.raw_host.decode("ascii")
        port = self.target.port or (443 if self.target.scheme == "https" else 80)
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise HostNotFound(
                f"cannot resolve host {host!r}{self.where}: {_reason(exc)}", source=self.source
            ) from None
        addresses = [str(info[4][0]) for info in infos]
        for address in addresses:
            if not _is_public(address):
                raise PrivateHostRefused(
                    f"refusing to fetch from {host!r}{self.where}: it resolves to the "
                    f"non-public address {address} (FetchSettings.allow_private_hosts is False)",
                    source=self.source,
                )
        if not addresses:
            raise HostNotFound(f"cannot resolve host {host!r}{self.where}", source=self.source)
        return addresses[0]

    def _response(self, response: httpx.Response) -> _Redirect | _Final:
        import httpx

        status = response.status_code
        location = response.extensions.get(_LOCATION)
        if status in _REDIRECTS and isinstance(location, str):
            return _Redirect(location)
        if status >= 500:
            raise _RetryableError(
                ServerError(_status_line(status) + self.where, source=self.source, status=status)
            )
        if status in (404, 410):
            raise PageNotFound(_status_line(status) + self.where, source=self.source, status=status)
        if not 200 <= status < 300:
            raise HttpError(_status_line(status) + self.where, source=self.source, status=status)

        media_type, charset = _parse_content_type(response.headers.get("content-type", ""))
        accepted = _HTML_TYPES | _TEXT_TYPES
        if self.settings.accept_feeds:
            accepted |= _FEED_TYPES
        if media_type and media_type not in accepted:
            raise UnsupportedContentType(
                f"not an HTML or text page: content type {media_type}{self.where}",
                source=self.source,
            )
        self._check_length(response.headers.get("content-length"))
        try:
            codings = encodings(response.headers.get("content-encoding"))
        except UnsupportedEncoding as exc:
            raise UnsupportedContentType(
                f"not an HTML or text page: {exc.reason}{self.where}", source=self.source
            ) from None
        try:
            body = self._read(response, codings)
        except httpx.HTTPError as exc:
            self._network_error(exc)
        if not body.strip():
            raise EmptyPage(
                f"the page is empty (HTTP {status}, {len(body)} bytes){self.where}",
                source=self.source,
            )
        served = f"served as {media_type}"
        if not media_type:
            served = "no content type"
            media_type = _sniff_type(body)
            if media_type not in accepted:
                raise UnsupportedContentType(
                    f"not an HTML or text page: no content type, and the body looks like "
                    f"{media_type}{self.where}",
                    source=self.source,
                )
        decoded = decode(body, charset=charset, meta=True)
        what = decoded.binary
        if what is not None:
            raise BinaryPage(
                f"not an HTML or text page: {served}, but the body {what}{self.where}",
                source=self.source,
            )
        return _Final(
            status=status,
            content_type=media_type,
            charset=charset,
            body=body,
            text=decoded.text,
            encoding=decoded.codec,
        )

    def _check_length(self, header: str | None) -> None:
        if header is None:
            return
        try:
            length = int(header)
        except ValueError:
            return
        if length > self.settings.max_bytes:
            raise PageTooLarge(
                f"the page is {length:,} bytes, over the limit of "
                f"{self.settings.max_bytes:,} bytes{self.where}",
                source=self.source,
            )

    def _read(self, response: httpx.Response, codings: list[str]) -> bytes:
        """The body, decoded; both the bytes received and the bytes decoded are capped.

        Raw bytes, decoded here a bounded piece at a time (httpx's decoders would expand a
        whole chunk at once: a 2.5 kB ``gzip, gzip`` chunk makes 1 GiB), each piece counted
        as it is made.
        """
        limit = self.settings.max_bytes
        inflater = Inflater(codings)
        body = bytearray()
        received = 0
        try:
            for chunk in response.iter_raw():
                received += len(chunk)
                if received > limit:
                    self._too_large()
                for piece in inflater.feed(chunk):
                    body += piece
                    if len(body) > limit:
                        self._too_large(", ".join(codings))
                if time.monotonic() >= self.deadline:
                    self._out_of_time()
        except CorruptEncoding as exc:
            raise ConnectionFailed(
                f"the page's {exc.encoding} content encoding is corrupt{self.where}: {exc.reason}",
                source=self.source,
            ) from None
        return bytes(body)

    def _too_large(self, codings: str = "") -> NoReturn:
        decoded = f" once decoded ({codings})" if codings else ""
        limit = f"{self.settings.max_bytes:,} bytes{decoded}"
        raise PageTooLarge(f"the page is over the limit of {limit}{self.where}", source=self.source)

    def _network_error(self, exc: Exception) -> NoReturn:
        import httpx

        # Whatever broke, the watchdog or the clock ended it: the total time is up.
        if self.watchdog.expired:
            self._out_of_time()
        if isinstance(exc, httpx.TimeoutException):
            phase = "connecting" if isinstance(exc, httpx.ConnectTimeout) else "waiting for data"
            raise FetchTimeout(
                f"timed out after {self.settings.timeout:g}s {phase}{self.where}",
                source=self.source,
            ) from None
        causes = _causes(exc)
        if any(isinstance(c, socket.gaierror) for c in causes):
            host = self.target.host
            gai = next(c for c in causes if isinstance(c, socket.gaierror))
            raise HostNotFound(
                f"cannot resolve host {host!r}{self.where}: {_reason(gai)}", source=self.source
            ) from None
        if any(isinstance(c, ConnectionRefusedError) for c in causes):
            raise ConnectionFailed(f"connection refused{self.where}", source=self.source) from None
        protocol = str(exc).lower() if isinstance(exc, httpx.RemoteProtocolError) else ""
        reset = (ConnectionResetError, ConnectionAbortedError, BrokenPipeError)
        if (
            isinstance(exc, httpx.ReadError | httpx.WriteError)
            or "disconnected" in protocol
            or "peer closed" in protocol
            or any(isinstance(c, reset) for c in causes)
        ):
            raise _RetryableError(
                ConnectionFailed(
                    f"connection dropped by the server{self.where}", source=self.source
                )
            ) from None
        raise ConnectionFailed(
            f"connection failed{self.where}: {_reason(exc)}", source=self.source
        ) from None

    def _out_of_time(self) -> NoReturn:
        raise FetchTimeout(
            f"gave up after {self.settings.total_timeout:g}s (total_timeout){self.where}",
            source=self.source,
        )


# --------------------------------------------------------------------------- URLs


def _checked_url(url: str, shown: str, source: str) -> httpx.URL:
    """``url`` as an httpx URL, if it is one we may fetch.

    ``shown`` is ``url`` redacted; ``source`` the URL the user asked for. They differ on a
    redirect hop, and then the message says where the redirect pointed.
    """
    import httpx

    where = "" if shown == source else f" (redirect to {shown})"
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        raise InvalidUrl(f"invalid URL{where}", source=source) from None
    scheme = parts.scheme.lower()
    if not scheme:
        raise UnsupportedScheme(
            f"the URL has no scheme{where}; use http:// or https://", source=source
        )
    if scheme not in ("http", "https"):
        raise UnsupportedScheme(
            f"unsupported URL scheme {scheme!r}, only http and https{where}", source=source
        )
    if "@" in parts.netloc:
        raise CredentialsInUrl(
            f"refusing a URL with credentials (user name or password) in it{where}",
            source=source,
        )
    try:
        parsed = httpx.URL(url.strip())
        host = parsed.raw_host.decode("ascii")
    except (httpx.InvalidURL, ValueError):
        raise InvalidUrl(f"invalid URL{where}", source=source) from None
    if not host:
        raise InvalidUrl(f"invalid URL: no host{where}", source=source)
    problem = _host_problem(parsed)
    if problem is not None:
        raise InvalidUrl(f"invalid URL: the host {problem}{where}", source=source)
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise InvalidUrl(f"invalid URL: port {parsed.port} is out of range{where}", source=source)
    return parsed.copy_with(fragment=None)


def _redirect_target(target: httpx.URL, location: str, source: str) -> httpx.URL:
    """Where a redirect from ``target`` to ``location`` leads, if we may fetch it."""
    import httpx

    try:
        joined = str(target.join(location))
    except (httpx.InvalidURL, ValueError):
        raise InvalidUrl(
            f"redirect to an invalid URL ({redact_url(location)})", source=source
        ) from None
    return _checked_url(joined, redact_url(joined), source)


def _host_problem(url: httpx.URL) -> str | None:
    """What is wrong with the host of ``url`` as a DNS name (RFC 1035, IDNA 2008), or None.

    httpx keeps an A-label (``xn--...``) as given and decodes it with ``idna`` only when asked,
    and then only a first one, raising a bare ``idna.IDNAError`` (it did, from
    ``_checked_url``, for ``http://xn--localhost/``); so every A-label is decoded here, by the
    same library. A label over 63 characters or an empty one was refused by the resolver
    only, in words of its own.
    """
    raw = url.raw_host.decode("ascii")
    if ":" in raw:
        return None  # an IPv6 literal: httpx has parsed it
    name = raw[:-1] if raw.endswith(".") else raw  # one final dot: the root, and allowed
    labels = name.split(".")
    if any(not label for label in labels):
        return f"{_quoted(raw)} has an empty label"
    if len(name) > 253:
        return f"name is {len(name)} characters long, over the limit of 253"
    if any(len(label) > 63 for label in labels):
        return f"{_quoted(raw)} has a label over 63 characters"
    import idna

    for label in labels:
        if label[:4].lower() == "xn--":
            try:
                idna.decode(label)
            except (idna.IDNAError, UnicodeError):
                return f"{_quoted(raw)} is not a valid internationalised domain name"
    return None


def _quoted(host: str) -> str:
    return repr(host if len(host) <= 80 else host[:77] + "...")


def _is_public(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _cookie_state(client: httpx.Client) -> frozenset[tuple[str, str, str]]:
    return frozenset((c.domain, c.name, c.value or "") for c in client.cookies.jar)


# --------------------------------------------------------------------------- content type


def _parse_content_type(header: str) -> tuple[str, str | None]:
    media_type, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip("\"'"):
            charset = value.strip().strip("\"'")
    return media_type.strip().lower(), charset


def _sniff_type(body: bytes) -> str:
    """The media type of a body the server sent without one, by its first bytes."""
    found = magic(body)
    if found is not None:
        return found[0]
    head = body[:1024]
    if b"\x00" in head:
        return "application/octet-stream"
    return "text/html" if looks_like_html(decode(head, meta=True).text) else "text/plain"


# --------------------------------------------------------------------------- helpers


@functools.cache
def _ssl_context(trust_env: bool) -> ssl.SSLContext:
    # Loading the CA bundle takes ~20 ms, as long as the rest of a loopback fetch; do it once.
    import httpx

    return httpx.create_ssl_context(trust_env=trust_env)


def _sleep(seconds: float) -> None:
    """The back-off sleep; a module function so that tests can replace it."""
    time.sleep(seconds)


def _status_line(status: int) -> str:
    import httpx

    reason = httpx.codes.get_reason_phrase(status)
    return f"HTTP {status} {reason}".rstrip()


def _causes(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _reason(exc: BaseException) -> str:
    if isinstance(exc, socket.gaierror) and exc.strerror:
        return exc.strerror
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
