"""A scripted, OpenAI-compatible HTTP server for offline tests.

The server speaks just enough of the chat-completions API for the openai client (and so
instructor) to talk to it: ``POST <base>/chat/completions`` answers with the next response from
a queue that the test scripted beforehand, and every request that reached the server is kept,
headers and body, so a test can check what the client really sent.

It is a real socket on 127.0.0.1 (port chosen by the OS), not a mock of the client: timeouts,
refused connections, dropped connections, retries and ``Retry-After`` all go through the real
openai/httpx2 code paths.

Use it through the ``fake_openai`` fixture (``tests/conftest.py``)::

    def test_something(fake_openai: FakeOpenAI) -> None:
        fake_openai.enqueue(Scripted.json(completion(tool_arguments={...})))
        fake_openai.enqueue(Scripted.error(429, "slow down", headers={"retry-after": "0"}))
        ...  # point the client at fake_openai.base_url
        assert fake_openai.requests[0].json()["model"] == "gpt-4.1-mini"

or as a context manager outside pytest (``with FakeOpenAI() as server: ...``).

Behaviour worth knowing:

* Responses are served in the order they were queued, whatever the request. When the queue is
  empty the server answers 500 with an OpenAI-style error whose message says so: a test that
  makes one call more than it scripted fails loudly instead of hanging.
* Other paths (``GET /v1/models``...) answer 404 with an OpenAI-style error and are recorded too.
* ``delay`` sleeps before answering (to trigger client timeouts); ``disconnect`` closes the
  socket without any answer (the client sees a dropped connection).
* :func:`refused_base_url` gives a base URL on which nothing listens (connection refused).
* ``cut_at`` (:meth:`Scripted.cut`) sends the status line, the headers (with the full
  ``content-length``) and only the first bytes of the body, then closes the connection: an answer
  dropped mid-body.
* :meth:`FakeOpenAI.limit_context` makes the server answer a context-length error, without
  using up the queue, to any chat request whose messages are longer than a number of characters:
  a model with a small context window.
* :attr:`FakeOpenAI.responder`, when set, answers the chat requests the queue has no answer for,
  from the request itself (e.g. quoting the article the request carries).
* :meth:`Scripted.trickled` sends an answer a few bytes at a time with a pause after each, every
  pause shorter than any read timeout: an endpoint that is never silent for long but never
  done (``head=True`` trickles the status line and the headers too).
* :meth:`Scripted.raw` answers any bytes with any content type (an HTML page, an event stream,
  a truncated or absurdly nested JSON body) as a 200.
"""

from __future__ import annotations

import dataclasses
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

__all__ = [
    "FakeOpenAI",
    "RecordedRequest",
    "Scripted",
    "completion",
    "error_body",
    "refused_base_url",
]

_JSON = "application/json"
# Headers a real OpenAI answer carries; the client reads x-request-id into its errors.
_OPENAI_HEADERS = {"openai-version": "2020-10-01", "openai-processing-ms": "812"}


@dataclass(frozen=True)
class Scripted:
    """One scripted answer: status, headers, body, and how to deliver it."""

    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    disconnect: bool = False  # close the connection without answering
    cut_at: int | None = None  # send only this many bytes of the body, then close
    trickle: float | None = None  # seconds to pause after each ``trickle_bytes`` sent
    trickle_bytes: int = 1
    trickle_head: bool = False  # trickle the status line and headers too, not only the body

    @classmethod
    def json(
        cls,
        payload: Any,
        *,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
    ) -> Scripted:
        """A JSON answer (the normal case): ``payload`` is dumped as the body."""
        return cls(
            status=status,
            # Indented, as OpenAI sends it.
            body=json.dumps(payload, indent=2, ensure_ascii=False).encode("utf-8"),
            headers={"content-type": _JSON, **_OPENAI_HEADERS, **(headers or {})},
            delay=delay,
        )

    @classmethod
    def error(
        cls,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
    ) -> Scripted:
        """An error answer shaped like OpenAI's: ``{"error": {"message", "type", ...}}``."""
        return cls.json(
            error_body(message, type=type, code=code),
            status=status,
            headers=headers,
            delay=delay,
        )

    @classmethod
    def dropped(cls, *, delay: float = 0.0) -> Scripted:
        """The server reads the request, then closes the connection without a word."""
        return cls(disconnect=True, delay=delay)

    @classmethod
    def cut(cls, payload: Any, *, at: int = 40, status: int = 200) -> Scripted:
        """A JSON answer whose body stops after ``at`` bytes: the connection drops mid-body."""
        whole = cls.json(payload, status=status)
        return cls(status=status, body=whole.body, headers=whole.headers, cut_at=at)

    @classmethod
    def trickled(
        cls, answer: Scripted, *, every: float = 0.05, size: int = 1, head: bool = False
    ) -> Scripted:
        """``answer`` sent ``size`` bytes at a time, pausing ``every`` seconds after each."""
        return dataclasses.replace(answer, trickle=every, trickle_bytes=size, trickle_head=head)

    @classmethod
    def raw(
        cls,
        body: bytes,
        *,
        content_type: str = _JSON,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
    ) -> Scripted:
        """``body`` as it is, with ``content_type`` (and OpenAI's usual headers)."""
        return cls(
            status=status,
            body=body,
            headers={"content-type": content_type, **_OPENAI_HEADERS, **(headers or {})},
        )


@dataclass(frozen=True)
class RecordedRequest:
    """A request as the server received it."""

    method: str
    path: str
    headers: Mapping[str, str]  # lower-cased names
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def error_body(
    message: str, *, type: str = "invalid_request_error", code: str | None = None
) -> Any:
    return {"error": {"message": message, "type": type, "param": None, "code": code}}


def completion(
    *,
    tool_arguments: Mapping[str, Any] | str | None = None,
    tool_name: str = "BriefingDraft",
    content: str | None = None,
    refusal: str | None = None,
    finish_reason: str | None = None,
    model: str = "gpt-4.1-mini-2025-04-14",
    prompt_tokens: int = 900,
    completion_tokens: int = 250,
    completion_id: str = "chatcmpl-fake0000000000000000000001",
    call_id: str = "call_fake00000000000000000001",
    created: int = 1_750_000_000,
    usage: bool = True,
) -> dict[str, Any]:
    """A chat.completion object in OpenAI's wire format.

    ``tool_arguments`` makes it a tool call (instructor's TOOLS mode); ``content`` a plain message
    (JSON modes, or a model that ignored the tool); both may be given. ``usage=False`` leaves the
    usage block out, as some local servers do.
    """
    message: dict[str, Any] = {
        "role": "assistant",
        "content": content,
        "refusal": refusal,
        "annotations": [],
    }
    if tool_arguments is not None:
        arguments = (
            tool_arguments if isinstance(tool_arguments, str) else json.dumps(tool_arguments)
        )
        message["tool_calls"] = [
            {
                "id": call_id,
                "type": "function",
                "function": {"name": tool_name, "arguments": arguments},
            }
        ]
    if finish_reason is None:
        finish_reason = "tool_calls" if tool_arguments is not None else "stop"
    body: dict[str, Any] = {
        "id": completion_id,
        "object": "chat.completion",
        "created": created,
        "model": model,
        "choices": [
            {"index": 0, "message": message, "logprobs": None, "finish_reason": finish_reason}
        ],
        "service_tier": "default",
        "system_fingerprint": "fp_6f2eabb9a5",
    }
    if usage:
        body["usage"] = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {
                "reasoning_tokens": 0,
                "audio_tokens": 0,
                "accepted_prediction_tokens": 0,
                "rejected_prediction_tokens": 0,
            },
        }
    return body


class FakeOpenAI:
    """The server. Start it with :meth:`start` (or ``with``); :meth:`stop` when done."""

    def __init__(self) -> None:
        self._queue: deque[Scripted] = deque()
        self._lock = threading.Lock()
        self.requests: list[RecordedRequest] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._context_limit: int | None = None
        self._context_error: Scripted | None = None
        #: Answers a chat request when the queue is empty (None: the "no scripted response" 500).
        self.responder: Callable[[RecordedRequest], Scripted] | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> FakeOpenAI:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        # A handler still sleeping on a scripted delay must not hold up stop().
        server.daemon_threads = True
        server.block_on_close = False
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ------------------------------------------------------------------ scripting

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("FakeOpenAI is not running: call start() first")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """What to give the openai client as ``base_url``."""
        return f"http://127.0.0.1:{self.port}/v1"

    def enqueue(self, *responses: Scripted) -> None:
        with self._lock:
            self._queue.extend(responses)

    def limit_context(self, max_chars: int, error: Scripted | None = None) -> None:
        """Answer ``error`` (by default OpenAI's 400 ``context_length_exceeded``) to every chat
        request whose message contents add up to more than ``max_chars`` characters."""
        self._context_limit = max_chars
        self._context_error = error or Scripted.error(
            400,
            f"This model's maximum context length is {max_chars // 4} tokens. However, your "
            "messages resulted in more tokens. Please reduce the length of the messages.",
            code="context_length_exceeded",
        )

    @property
    def pending(self) -> int:
        """Scripted responses not served yet."""
        with self._lock:
            return len(self._queue)

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        """The chat-completions requests received, in order."""
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def _next(self, request: RecordedRequest) -> Scripted:
        with self._lock:
            self.requests.append(request)
            if request.method != "POST" or not request.path.endswith("/chat/completions"):
                return Scripted.error(404, f"fake_openai: no route {request.method} {request.path}")
            limit, too_long = self._context_limit, self._context_error
            if limit is not None and too_long is not None and _message_chars(request) > limit:
                return too_long
            if self._queue:
                return self._queue.popleft()
            responder = self.responder
        if responder is not None:
            return responder(request)
        return Scripted.error(500, "fake_openai: no scripted response left", type="server_error")


def _message_chars(request: RecordedRequest) -> int:
    """How long the messages of a chat request are, in characters of content."""
    try:
        messages = request.json().get("messages", [])
    except ValueError:
        return 0
    return sum(len(str(m.get("content") or "")) for m in messages if isinstance(m, dict))


def _make_handler(server: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, like a real endpoint

        def _serve(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            recorded = RecordedRequest(
                method=self.command,
                path=self.path,
                headers={k.lower(): v for k, v in self.headers.items()},
                body=body,
            )
            scripted = server._next(recorded)
            if scripted.delay:
                time.sleep(scripted.delay)
            if scripted.disconnect:
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            if scripted.trickle is not None:
                self._trickle(scripted, len(server.requests))
                return
            try:
                self.send_response(scripted.status)
                for name, value in scripted.headers.items():
                    self.send_header(name, value)
                if not any(name.lower() == "x-request-id" for name in scripted.headers):
                    self.send_header("x-request-id", f"req_fake{len(server.requests):04d}")
                self.send_header("content-length", str(len(scripted.body)))
                self.end_headers()
                if scripted.cut_at is not None:
                    self.wfile.write(scripted.body[: scripted.cut_at])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                self.wfile.write(scripted.body)
            except (BrokenPipeError, ConnectionResetError):
                # The client gave up (a timeout test): nothing left to answer.
                self.close_connection = True

        def _trickle(self, scripted: Scripted, number: int) -> None:
            """Send ``scripted`` a few bytes at a time: never silent for long, never done."""
            names = {name.lower() for name in scripted.headers}
            lines = [f"HTTP/1.1 {scripted.status} {self.responses[scripted.status][0]}"]
            lines += [f"{name}: {value}" for name, value in scripted.headers.items()]
            if "x-request-id" not in names:
                lines.append(f"x-request-id: req_fake{number:04d}")
            lines.append(f"content-length: {len(scripted.body)}")
            head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
            assert scripted.trickle is not None
            step, pause = max(1, scripted.trickle_bytes), scripted.trickle
            try:
                if not scripted.trickle_head:
                    self.wfile.write(head)
                    self.wfile.flush()
                    head = b""
                data = head + scripted.body
                for start in range(0, len(data), step):
                    self.wfile.write(data[start : start + step])
                    self.wfile.flush()
                    time.sleep(pause)
            except OSError:
                pass  # the client gave up, as it should: nothing left to send
            self.close_connection = True

        do_POST = _serve  # noqa: N815 - the names http.server dispatches on
        do_GET = _serve  # noqa: N815

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: test output is not the place for an access log."""

    return Handler


def refused_base_url() -> str:
    """A base URL on 127.0.0.1 where nothing listens, so connecting is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


# --------------------------------------------------------------------------- answering server


def article_of(request: RecordedRequest) -> str:
    """The article a chat request carries: the text between its ``<article>`` lines."""
    messages = request.json().get("messages", [])
    user = next((m["content"] for m in messages if m.get("role") == "user"), "")
    start, end = user.find("<article>\n"), user.rfind("\n</article>")
    return user[start + len("<article>\n") : end] if 0 <= start < end else user


def briefing_answer(article: str) -> dict[str, Any]:
    """Tool arguments of a small, valid briefing of ``article``.

    It quotes the article's first words (up to twelve, within its first line), so the quote
    passes the engine's check that every quote occurs in the article.
    """
    first_line = article.strip().split("\n", 1)[0]
    quote = " ".join(first_line.split()[:12]) or article.strip()[:80]
    return {
        "headline": f"Report: {' '.join(first_line.split()[:6])}",
        "summary": f"The article opens: {quote}.",
        "actors": [{"name": "Wire Desk", "kind": "organization", "evidence": [{"quote": quote}]}],
    }


def tool_of(request: RecordedRequest) -> str | None:
    """The name of the tool a chat request offers (TOOLS mode), if any."""
    tools = request.json().get("tools") or [{}]
    name = tools[0].get("function", {}).get("name")
    return name if isinstance(name, str) else None


# A digest synthesis that cites nothing, so it validates whatever the digest holds.
SYNTHESIS_ANSWER: dict[str, Any] = {
    "developments": [],
    "outlook": {"summary": "Watch whether the week's agreements are ratified.", "signals": []},
}


class BriefingServer(FakeOpenAI):
    """A :class:`FakeOpenAI` that answers every chat request with a valid briefing of the
    article it was sent (:func:`briefing_answer`), for runs over many articles; a digest
    synthesis request (tool ``DigestSynthesis``) gets :data:`SYNTHESIS_ANSWER`.

    ``delay`` is the time each answer takes. ``rate_limit`` (requests per second, sliding
    one-second window) makes it answer 429 with ``Retry-After`` (and ``retry-after-ms``) when
    over budget; a 429 costs no ``delay``. ``script(article, attempt)`` may return a
    :class:`Scripted` answer for an article's ``attempt``-th request (from 1), to override the
    briefing (an error, a 429), or None to answer normally. Scripted answers are not queued:
    :meth:`enqueue` is unused here.

    ``max_in_flight`` is the most chat requests it was answering at once.
    """

    def __init__(
        self,
        *,
        delay: float = 0.0,
        rate_limit: float | None = None,
        script: Callable[[str, int], Scripted | None] | None = None,
    ) -> None:
        super().__init__()
        self.delay = delay
        self.rate_limit = rate_limit
        self.script = script
        self.in_flight = 0
        self.max_in_flight = 0
        self.rate_limited = 0
        self._accepted: deque[float] = deque()
        self._attempts: dict[str, int] = {}

    def start(self) -> BriefingServer:
        # FakeOpenAI.start with one change: TCP_NODELAY on the answers. The handler writes the
        # head and the body in two sends, and Nagle's algorithm against the client's delayed
        # ACK holds the body back ~40 ms: a cost of the fake, not of any real endpoint.
        class Handler(_make_handler(self)):  # type: ignore[misc, valid-type]
            disable_nagle_algorithm = True

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        server.block_on_close = False
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stats(self) -> dict[str, int]:
        """The counts a test or benchmark checks (also served as JSON on ``GET /stats``)."""
        with self._lock:
            chat = [r for r in self.requests if r.path.endswith("/chat/completions")]
            return {
                "chat_requests": len(chat),
                "briefing_requests": sum(1 for r in chat if tool_of(r) != "DigestSynthesis"),
                "max_in_flight": self.max_in_flight,
                "rate_limited": self.rate_limited,
            }

    def _next(self, request: RecordedRequest) -> Scripted:
        if request.method == "GET" and request.path.endswith("/stats"):
            # For a server run in another process (benchmarks/bench_digest.py).
            return Scripted.json(self.stats())
        if request.method != "POST" or not request.path.endswith("/chat/completions"):
            return super()._next(request)
        with self._lock:
            self.requests.append(request)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            return self._answer(request)
        finally:
            with self._lock:
                self.in_flight -= 1

    @property
    def briefing_requests(self) -> list[RecordedRequest]:
        """The chat requests that asked for a briefing (not a digest synthesis)."""
        return [r for r in self.chat_requests if tool_of(r) != "DigestSynthesis"]

    def _answer(self, request: RecordedRequest) -> Scripted:
        article = article_of(request)
        with self._lock:
            attempt = self._attempts[article] = self._attempts.get(article, 0) + 1
            wait = self._over_budget()
            if wait is not None:
                self.rate_limited += 1
        if wait is not None:
            return Scripted.error(
                429,
                "fake_openai: over the rate limit",
                type="requests",
                code="rate_limit_exceeded",
                headers={"retry-after": f"{wait:.3f}", "retry-after-ms": str(round(wait * 1000))},
            )
        if tool_of(request) == "DigestSynthesis":
            return Scripted.json(
                completion(tool_arguments=SYNTHESIS_ANSWER, tool_name="DigestSynthesis")
            )
        scripted = self.script(article, attempt) if self.script is not None else None
        # Slept here rather than through Scripted.delay so that max_in_flight covers it.
        if self.delay:
            time.sleep(self.delay)
        if scripted is not None:
            return scripted
        digest = sum(article.encode("utf-8")) % 1000
        return Scripted.json(
            completion(
                tool_arguments=briefing_answer(article),
                prompt_tokens=len(article) // 4 + 600,
                completion_tokens=120 + digest % 50,
            )
        )

    def _over_budget(self) -> float | None:
        """Seconds until the budget has room again, or None (and the request is counted)."""
        if self.rate_limit is None:
            return None
        now = time.monotonic()
        while self._accepted and self._accepted[0] <= now - 1.0:
            self._accepted.popleft()
        if len(self._accepted) >= self.rate_limit:
            return max(self._accepted[0] + 1.0 - now, 0.001)
        self._accepted.append(now)
        return None
