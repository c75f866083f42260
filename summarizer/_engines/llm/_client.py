"""The one model client: :meth:`ModelClient.ask` (the digest's synthesis) and
:meth:`ModelClient.exchange` (a briefing).

``ask`` hands a response model to instructor, which builds the request, validates the answer
and re-asks for the whole answer while it does not validate. A briefing cannot afford that (a
one-word slip cost a second request of the whole article and the whole answer), so its engine
builds its requests and checks its answers itself, and re-asks for only what failed; it sends
them through an :class:`Exchange`, which gives each request what ``ask`` gives its own.

What asking involves, the same for every question (``ask``'s and an exchange's):

* instructor turns the response model into a tool (TOOLS mode) or a JSON schema (the JSON
  modes), validates the answer with the caller's validation context and, when the answer does
  not validate, sends the validation errors back and asks again, up to ``max_reasks`` times;
* the openai client sends through :mod:`summarizer._engines.llm._http` (an overall deadline per
  request, the checks of every answer) and retries timeouts, dropped connections, 5xx and 429s
  up to ``max_retries`` times, 429s only unless the caller paces them itself
  (:meth:`ModelClient.leaving_retries_to_caller`);
* tokens and model calls are summed over every attempt, failed ones included
  (:mod:`summarizer._engines.llm._meter`), and the reply names the model the last answer
  names (a dated snapshot), not the one asked for;
* with ``on_call``, every attempt (re-asks and failures included) is also reported as one
  :class:`~summarizer._engines.llm._call_log.CallRecord`, bodies with the secrets scrubbed;
* whatever fails comes out as one of the typed errors of :mod:`summarizer._errors`
  (:mod:`summarizer._engines.llm._translate`), with ``source`` the caller's label, ``usage``
  attached, and never the API key in its message.

``openai`` and ``instructor`` take about a second to import, so they are imported on the first
question, never at module import (``summarizer --help`` stays fast).
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel

from summarizer._engines._protocol import Usage
from summarizer._engines.llm._call_log import PLACEHOLDER_KEY, CallRecorder, OnCall, guard_logs
from summarizer._engines.llm._http import model_http_client
from summarizer._engines.llm._meter import Meter
from summarizer._engines.llm._response_model import prepared
from summarizer._engines.llm._settings import OPENAI_BASE_URL, LLMSettings, Mode
from summarizer._engines.llm._translate import classify, endpoint_error, stamp, translate
from summarizer._errors import AnswerInvalid, EngineError, MissingApiKey

if TYPE_CHECKING:
    import openai
    from instructor import Instructor

__all__ = ["Exchange", "ModelClient", "Reply", "request_body", "request_options"]

_Answer = TypeVar("_Answer", bound=BaseModel)  # a response model: BriefingDraft, DigestSynthesis


@dataclass(frozen=True, slots=True)
class Reply(Generic[_Answer]):
    """The model's validated answer (re-asks included), what it cost over every attempt, and
    the model that gave it (the answer's own name for it, e.g. a dated snapshot, else the model
    asked for)."""

    answer: _Answer
    usage: Usage
    model: str


class _ValidationContext(dict[str, Any]):
    """Validation context that instructor will not use as a template context.

    Given a truthy ``context``, instructor renders every message as a Jinja template with it:
    an article saying ``{{ article }}`` would be replaced by the whole article, ``{% ... %}``
    would vanish, and an unbalanced ``{{`` would crash the call. Instructor skips templating when
    the context is falsy; pydantic hands this dict to the validators all the same.
    """

    def __bool__(self) -> bool:
        return False


class ModelClient:
    """Asks the model of ``settings`` for answers of a pydantic response model.

    One client may be shared by threads (a digest's workers): the openai client under it (its
    connection pool) is built on the first question and then shared, and instructor keeps
    nothing of a question on it (hooks, context and options are per question).
    """

    def __init__(
        self,
        settings: LLMSettings | None = None,
        *,
        on_call: OnCall | None = None,
        retry_rate_limits: bool = True,
    ) -> None:
        """``on_call``, when given, receives one :class:`CallRecord` per model call, as each
        ends (``Store.log_call`` persists them). An exception it raises is raised by
        :meth:`ask` once the model call is over, unless the question failed anyway.

        ``retry_rate_limits=False`` keeps the openai client from waiting and retrying a 429 by
        itself (its other retries stay), for a caller pacing a whole run. A 429 saying the quota
        is exhausted is never retried either way."""
        self.settings = settings if settings is not None else LLMSettings.from_env()
        self.on_call = on_call
        self.retry_rate_limits = retry_rate_limits
        self._client: Instructor | None = None
        self._openai_client: openai.OpenAI | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ModelClient({self.settings!r})"

    def leaving_retries_to_caller(self, *, transient: bool) -> ModelClient:
        """A client (this one when nothing changes) whose 429s all reach the caller, and with
        ``transient`` its timeouts, dropped connections and 5xx too: the openai client then
        retries nothing by itself."""
        if transient:
            if self.settings.max_retries == 0:
                return self  # nothing is retried already, 429s included
            settings = dataclasses.replace(self.settings, max_retries=0)
            return ModelClient(settings, on_call=self.on_call)
        if not self.retry_rate_limits:
            return self
        return ModelClient(self.settings, on_call=self.on_call, retry_rate_limits=False)

    def require_endpoint(self, label: str) -> None:
        """Raise :class:`MissingApiKey` about ``label`` unless there is an endpoint to ask."""
        if not self.settings.configured:
            raise MissingApiKey(
                "no API key: set OPENAI_API_KEY (or OPENAI_BASE_URL for a local server), "
                "or use engine='offline'",
                source=label,
            )

    def ask(
        self,
        messages: Sequence[Mapping[str, str]],
        response_model: type[_Answer],
        *,
        context: Mapping[str, Any],
        label: str,
        tool: str,
        article_id: str | None = None,
    ) -> Reply[_Answer]:
        """One structured answer to ``messages``, re-asks included.

        ``context`` goes to the answer's validators (never used as a template); each attempt is
        counted and, with ``on_call``, logged under ``article_id``; whatever fails comes out as
        a typed error with ``source=label`` and ``usage`` attached; ``tool`` names what the
        tool is for in the error when the model answers in text instead of calling it
        (``"briefing"``: "...instead of calling the briefing tool").
        """
        settings = self.settings
        client = self._instructor(label)
        guard_logs(settings.secrets)
        meter = Meter()
        from instructor.core import Hooks

        hooks = Hooks()
        hooks.on("completion:response", meter.on_response)
        recorder: CallRecorder | None = None
        if self.on_call is not None:
            recorder = CallRecorder(
                self.on_call,
                settings=settings,
                article_id=article_id,
                classify=lambda exc: classify(exc, settings),
            )
            recorder.register(hooks)
        try:
            answer, completion = client.chat.completions.create_with_completion(
                model=settings.model,
                messages=list(messages),  # type: ignore[arg-type]
                response_model=prepared(response_model),
                max_retries=settings.max_reasks,
                context=_ValidationContext(context),
                # Lax validation: a small model writing 20000000000 as "20000000000" is fine.
                strict=False,
                hooks=hooks,
                **request_options(settings),
            )
        except Exception as exc:
            error = translate(exc, meter, settings, label=label, tool=tool)
            if recorder is not None:
                recorder.finish(error if error is not None else exc)
            if error is None:
                raise
            raise error from exc
        except BaseException as exc:
            # Ctrl-C in the middle of a request: it may well be paid for, so it is logged too.
            if recorder is not None:
                recorder.finish(exc)
            raise
        if recorder is not None:
            recorder.finish()
            if recorder.failure is not None:
                raise recorder.failure
        return Reply(
            answer=answer,
            usage=meter.usage(getattr(completion, "usage", None)),
            model=getattr(completion, "model", None) or settings.model,
        )

    def exchange(self, *, label: str, tool: str, article_id: str | None = None) -> Exchange:
        """An :class:`Exchange` for one question the caller asks in requests of its own."""
        return Exchange(self, label=label, tool=tool, article_id=article_id)

    def _instructor(self, label: str) -> Instructor:
        """The instructor client, built on first use and then shared by every question and
        thread of this client."""
        client = self._openai(label)
        with self._lock:
            if self._client is None:
                import instructor

                mode = _instructor_mode(self.settings.mode)
                self._client = instructor.from_openai(client, mode=mode)
            return self._client

    def sdk(self, label: str) -> openai.OpenAI:
        """The openai client every request of this client goes through (the provider's batch
        service included): its retries, its deadlines, the secrets kept out of its logs."""
        guard_logs(self.settings.secrets)
        return self._openai(label)

    def _openai(self, label: str) -> openai.OpenAI:
        """The openai client, built on first use and then shared."""
        self.require_endpoint(label)
        settings = self.settings
        with self._lock:
            if self._openai_client is None:
                import openai

                self._openai_client = openai.OpenAI(
                    api_key=settings.api_key or PLACEHOLDER_KEY,
                    # Explicit, so the client never falls back to OPENAI_BASE_URL by itself:
                    # these settings may come from a mapping other than os.environ.
                    base_url=settings.endpoint,
                    timeout=settings.timeout,
                    max_retries=settings.max_retries,
                    # Its own deadline per request, and the checks of every answer.
                    http_client=model_http_client(
                        timeout=settings.timeout,
                        retry_rate_limits=self.retry_rate_limits,
                        secrets=settings.secrets,
                    ),
                )
            return self._openai_client


class Exchange:
    """The requests of one question, sent one at a time by a caller that builds them and reads
    the answers itself (the briefing engine): each is what one attempt of :meth:`ModelClient.ask`
    is, but for the re-asking.

    Each request goes through the client's openai client (its transport retries, and the
    request and article deadlines of :mod:`summarizer._engines.llm._http`); each answer is
    counted (:attr:`usage`) and, with the client's ``on_call``, logged as one attempt; an
    endpoint failure comes out typed (:meth:`send` raises it), and so does the caller's verdict
    on an answer (:meth:`fail`). End with :meth:`finish` (an answer was used) or :meth:`fail`.
    """

    def __init__(
        self, client: ModelClient, *, label: str, tool: str, article_id: str | None = None
    ) -> None:
        self.settings = client.settings
        self.label = label
        self.tool = tool
        self.meter = Meter()
        self._client = client
        self._model: str | None = None
        settings = self.settings
        self._recorder: CallRecorder | None = None
        if client.on_call is not None:
            self._recorder = CallRecorder(
                client.on_call,
                settings=settings,
                article_id=article_id,
                classify=lambda exc: classify(exc, settings),
            )

    @property
    def attempts(self) -> int:
        """Model calls that answered so far."""
        return self.meter.calls

    @property
    def usage(self) -> Usage:
        return self.meter.usage()

    @property
    def model(self) -> str:
        """The model the last answer names (a dated snapshot), else the model asked for."""
        return self._model or self.settings.model

    def send(self, request: Mapping[str, Any]) -> Any:
        """Send one chat request (``model`` and the optional fields are added) and return the
        chat completion; an endpoint failure is raised as its typed error, and ends the
        exchange. A request after an answer makes that answer's attempt ``invalid`` in the
        call log."""
        client = self._client._openai(self.label)
        settings = self.settings
        guard_logs(settings.secrets)
        body = request_body(settings, request)
        if self._recorder is not None:
            self._recorder.on_kwargs(**body)
        try:
            response = client.chat.completions.create(**body)
        except Exception as exc:
            import openai

            if not isinstance(exc, openai.OpenAIError):
                self.abort(exc)
                raise
            if self._recorder is not None:
                self._recorder.on_error(exc)
            raise self.fail(endpoint_error(exc, settings)) from exc
        except BaseException as exc:
            # Ctrl-C in the middle of a request: it may well be paid for, so it is logged too.
            self.abort(exc)
            raise
        self.meter.on_response(response)
        if self._recorder is not None:
            self._recorder.on_response(response)
        named = getattr(response, "model", None)
        if isinstance(named, str) and named:
            self._model = named
        return response

    def receive(self, request: Mapping[str, Any], response: Any, *, batch_id: str) -> Any:
        """Take ``response``, the answer the provider's batch ``batch_id`` gave to ``request``
        (sent there as :func:`request_body` of it), as if :meth:`send` had got it: counted
        (at the batch's price), logged, its model named."""
        body = request_body(self.settings, request)
        if self._recorder is not None:
            self._recorder.on_kwargs(**body)
            self._recorder.answered_by_batch(batch_id)
        self.meter.on_response(response, batch=True)
        if self._recorder is not None:
            self._recorder.on_response(response)
        named = getattr(response, "model", None)
        if isinstance(named, str) and named:
            self._model = named
        return response

    def fail(self, error: EngineError) -> EngineError:
        """``error`` stamped (source, usage, secrets scrubbed), the open attempt logged as
        ending in it: to be raised."""
        stamp(error, self.usage, self.settings, label=self.label)
        if self._recorder is not None:
            # An answer that never validated was an answer: its attempt is "invalid".
            invalid = isinstance(error, AnswerInvalid)
            self._recorder.finish(None if invalid else error, outcome="invalid")
        return error

    def abort(self, exc: BaseException) -> None:
        """Log the open attempt as ending in ``exc`` (not an error of the library's)."""
        if self._recorder is not None:
            self._recorder.finish(exc)

    def finish(self, *, valid: bool = True) -> None:
        """End the exchange: its last answer was used (``valid=False``: in part, the rest
        left out); raises what the call log's ``on_call`` raised, if it did."""
        if self._recorder is not None:
            self._recorder.finish(outcome="ok" if valid else "invalid")
            if self._recorder.failure is not None:
                raise self._recorder.failure


def request_body(settings: LLMSettings, request: Mapping[str, Any]) -> dict[str, Any]:
    """The body of a chat request as it is sent: the model asked for, ``request``'s fields
    and the optional ones (one function, so a batch's request line is the same body)."""
    return {"model": settings.model, **request, **request_options(settings)}


def request_options(settings: LLMSettings) -> dict[str, Any]:
    """The optional request fields: only those set, since some servers reject what they lack."""
    options: dict[str, Any] = {}
    if settings.temperature is not None:
        options["temperature"] = settings.temperature
    if settings.max_output_tokens is not None:
        # OpenAI wants max_completion_tokens (its reasoning models reject max_tokens); local
        # servers all understand max_tokens, and not all of them the newer name.
        official = settings.endpoint == OPENAI_BASE_URL
        key = "max_completion_tokens" if official else "max_tokens"
        options[key] = settings.max_output_tokens
    return options


def _instructor_mode(mode: Mode) -> Any:
    import instructor

    # Instructor 1.17 sends no strict schema: the strict modes ask as their plain ones here.
    return {
        "tools": instructor.Mode.TOOLS,
        "tools_strict": instructor.Mode.TOOLS,
        "json_schema": instructor.Mode.JSON_SCHEMA,
        "json_schema_strict": instructor.Mode.JSON_SCHEMA,
        "json": instructor.Mode.JSON,
        "md_json": instructor.Mode.MD_JSON,
    }[mode]
