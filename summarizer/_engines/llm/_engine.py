"""The LLM engine: one structured-output call per article, through instructor and openai.

How a briefing is asked for:

* the prompts come from ``prompts/`` (:mod:`summarizer._engines.llm._prompts`); the article goes in
as data;
* instructor turns :class:`~summarizer._briefing._models.BriefingDraft` into a tool (TOOLS mode) or
a
  JSON schema (the JSON modes), validates the answer with the cleaned article as validation
  context (every quote must occur in it, every party must be a listed actor) and, when the
  answer does not validate, sends the validation errors back to the model and asks again, up to
  ``max_reasks`` times;
* tokens and model calls are summed over every attempt, failed ones included;
* with ``on_call``, every attempt (re-asks and failures included) is also reported as one
  :class:`CallRecord`, request and response bodies with the API key scrubbed, for a call log
  (:mod:`summarizer._engines.llm._call_log`);
* each HTTP request must end within ``timeout`` seconds, all of it (connecting, the headers,
  the whole body), and all the requests of an article within ``article_limit`` seconds
  (:mod:`summarizer._engines.llm._deadline`, enforced by :mod:`summarizer._engines.llm._http`); a
  2xx answer that is not
  a chat completion (an HTML page, truncated JSON) is an :class:`EndpointError` saying what it
  was, neither retried nor re-asked;
* an article too long for the model's context (the endpoint says so:
  :mod:`summarizer._engines.llm._context_length`)
  is split in two on a paragraph boundary and each half briefed, halving again while a part
  still does not fit, and the parts' drafts merged (:mod:`summarizer._engines.llm._split`); nothing
  is ever truncated: one paragraph that alone does not fit is a :class:`ContextLengthExceeded`.

Everything that can go wrong comes out as one of the typed errors of :mod:`summarizer._errors`,
with ``source`` set to the article's label and never with the API key in its message.

``openai`` and ``instructor`` take about a second to import, so they are imported on the
first :meth:`LLMEngine.draft`, never at module import (``summarizer --help`` stays fast).
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import os
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast, get_args

from pydantic import BaseModel

from summarizer._briefing._article import Article
from summarizer._briefing._models import BriefingDraft
from summarizer._engines._protocol import Draft, EngineName, Usage
from summarizer._engines.llm._call_log import (
    PLACEHOLDER_KEY,
    CallRecord,
    CallRecorder,
    OnCall,
    guard_logs,
    int_or_zero,
)
from summarizer._engines.llm._context_length import (
    SplitState,
    halve,
    is_context_error,
    server_message,
)
from summarizer._engines.llm._deadline import article_limit, current_article_limit
from summarizer._engines.llm._prompts import load_prompts
from summarizer._engines.llm._retry_after import retry_after_seconds
from summarizer._errors import (
    AnswerInvalid,
    AnswerRefused,
    AnswerTruncated,
    AuthenticationFailed,
    ConfigError,
    ContextLengthExceeded,
    EndpointError,
    EndpointTimeout,
    EndpointUnreachable,
    EngineError,
    MissingApiKey,
    ModelNotFound,
    RateLimited,
    check_setting,
)
from summarizer._redact import redact_url, scrub, url_secrets

if TYPE_CHECKING:
    import openai
    from instructor import Instructor

    from summarizer._engines.llm._prompts import Prompts

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

DEFAULT_MODEL = "gpt-4.1-mini"
OPENAI_BASE_URL = "https://api.openai.com/v1"

Mode = Literal["tools", "json_schema", "json", "md_json"]
MODES: tuple[str, ...] = get_args(Mode)
#: The most parts an article is split into to fit the model's context (each part is a request).
MAX_PARTS = 16
#: An article's time limit, unless set: this many times the timeout of one request. Room for
#: the first answer, two re-asks and a couple of retries at the slowest tolerated pace.
ARTICLE_TIMEOUT_FACTOR = 5

log = logging.getLogger(__name__)

_Answer = TypeVar("_Answer", bound=BaseModel)  # a response model: BriefingDraft, DigestSynthesis


@dataclass(frozen=True, repr=False)
class LLMSettings:
    """How to reach the model. ``from_env()`` reads the usual environment variables."""

    api_key: str | None = None
    base_url: str | None = None
    model: str = DEFAULT_MODEL
    mode: Mode = "tools"
    max_reasks: int = 2  # re-asks after the first answer: 3 attempts in all
    timeout: float = 60.0  # seconds for one HTTP request, all of it: connect, headers, body
    max_retries: int = 2  # transport retries by the openai client (429, 5xx, connection)
    max_output_tokens: int | None = None
    temperature: float | None = None  # not sent when None: some models reject it
    # Seconds for all the requests of one article (retries, re-asks, split parts); None:
    # ARTICLE_TIMEOUT_FACTOR times the timeout.
    article_timeout: float | None = None

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ConfigError(f"unknown mode {self.mode!r}: use one of {', '.join(MODES)}")
        if not self.model.strip():
            raise ConfigError("the model name is empty")
        check_setting("LLMSettings", "max_reasks", self.max_reasks, minimum=0, above=False)
        check_setting("LLMSettings", "max_retries", self.max_retries, minimum=0, above=False)
        check_setting("LLMSettings", "timeout", self.timeout, minimum=0, above=True)
        if self.article_timeout is not None:
            check_setting(
                "LLMSettings", "article_timeout", self.article_timeout, minimum=0, above=True
            )
        if self.max_output_tokens is not None:
            check_setting(
                "LLMSettings", "max_output_tokens", self.max_output_tokens, minimum=1, above=False
            )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> LLMSettings:
        """Settings from ``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``SUMMARIZER_MODEL`` and
        ``SUMMARIZER_MODE`` (empty values count as unset), then ``overrides`` on top.

        An override of ``None`` is ignored, so a CLI can pass its options through unfiltered.
        """
        env = os.environ if environ is None else environ

        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        values: dict[str, Any] = {
            "api_key": get("OPENAI_API_KEY"),
            "base_url": get("OPENAI_BASE_URL"),
        }
        if (model := get("SUMMARIZER_MODEL")) is not None:
            values["model"] = model
        if (mode := get("SUMMARIZER_MODE")) is not None:
            mode = mode.lower().replace("-", "_")
            if mode not in MODES:
                raise ConfigError(f"SUMMARIZER_MODE={mode!r} is not one of {', '.join(MODES)}")
            values["mode"] = mode
        unknown = set(overrides) - {f.name for f in dataclasses.fields(cls)}
        if unknown:
            raise TypeError(f"unknown LLM settings: {', '.join(sorted(unknown))}")
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def article_limit(self) -> float:
        """Seconds all the requests of one article may take: ``article_timeout``, or
        ``ARTICLE_TIMEOUT_FACTOR`` times ``timeout``."""
        if self.article_timeout is not None:
            return self.article_timeout
        return ARTICLE_TIMEOUT_FACTOR * self.timeout

    @property
    def configured(self) -> bool:
        """Whether there is an endpoint to call: an API key, or a base URL (a local server)."""
        return bool(self.api_key or self.base_url)

    @property
    def endpoint(self) -> str:
        """The base URL requests go to. Never shown as it is: see ``shown_endpoint``."""
        return (self.base_url or OPENAI_BASE_URL).rstrip("/")

    @property
    def shown_endpoint(self) -> str:
        """The base URL as messages, digests and the call log show it: credentials redacted."""
        return redact_url(self.endpoint, endpoint=True)

    @property
    def secrets(self) -> tuple[str, ...]:
        """What must never be shown or stored: the API key and the secrets of the base URL."""
        return (*((self.api_key,) if self.api_key else ()), *url_secrets(self.base_url))

    def __repr__(self) -> str:
        def show(name: str) -> str:
            value = getattr(self, name)
            # Only whether a key is set, never any of its characters.
            return "'***'" if name == "api_key" and value else repr(value)

        fields = ", ".join(f"{f.name}={show(f.name)}" for f in dataclasses.fields(self))
        return f"LLMSettings({fields})"

    __str__ = __repr__


class _Meter:
    """Counts the model's answers of one draft, whatever becomes of them.

    Instructor sums token usage itself, but says nothing on success about how many calls it
    took, and nothing at all when the answer is cut off; an instructor hook sees every answer.
    """

    def __init__(self) -> None:
        self.calls = 0
        self.tokens_in = 0
        self.tokens_out = 0
        self.last: Any = None

    def on_response(self, response: Any) -> None:
        self.calls += 1
        self.last = response
        usage = getattr(response, "usage", None)
        # Read now: instructor later overwrites each answer's usage with the running total.
        self.tokens_in += int_or_zero(getattr(usage, "prompt_tokens", 0))
        self.tokens_out += int_or_zero(getattr(usage, "completion_tokens", 0))

    def usage(self, total: Any = None) -> Usage:
        """Usage over all calls: instructor's running ``total`` when it has one, else our sum."""
        if total is not None and getattr(total, "prompt_tokens", None) is not None:
            return Usage(
                int_or_zero(total.prompt_tokens),
                int_or_zero(getattr(total, "completion_tokens", 0)),
                self.calls,
            )
        return Usage(self.tokens_in, self.tokens_out, self.calls)


class _Context(dict[str, Any]):
    """Validation context that instructor will not use as a template context.

    Given a truthy ``context``, instructor renders every message as a Jinja template with it:
    an article saying ``{{ article }}`` would be replaced by the whole article, ``{% ... %}``
    would vanish, and an unbalanced ``{{`` would crash the call. Instructor skips templating when
    the context is falsy; pydantic hands this dict to the validators all the same.
    """

    def __bool__(self) -> bool:
        return False


class LLMEngine:
    """The :class:`~summarizer._engines._protocol.Engine` that asks a model for the briefing."""

    def __init__(
        self,
        settings: LLMSettings | None = None,
        *,
        on_call: OnCall | None = None,
        retry_rate_limits: bool = True,
    ) -> None:
        """``on_call``, when given, receives one :class:`CallRecord` per model call, as each
        ends (``Store.log_call`` persists them). An exception it raises is raised by
        :meth:`draft` once the model call is over, unless the draft failed anyway.

        ``retry_rate_limits=False`` keeps the openai client from waiting and retrying a 429 by
        itself (its other retries stay): a caller pacing a whole run does it instead (see
        :class:`summarizer._digest._runner.SequentialBriefer`). A 429 saying the quota is exhausted
        is never retried either way."""
        self.settings = settings if settings is not None else LLMSettings.from_env()
        self.on_call = on_call
        self.retry_rate_limits = retry_rate_limits
        self._client: Instructor | None = None
        self._lock = threading.Lock()

    @property
    def name(self) -> EngineName:
        return "llm"

    def __repr__(self) -> str:
        return f"LLMEngine({self.settings!r})"

    def draft(self, article: Article) -> Draft:
        """Ask the model for a briefing of ``article``; quotes are checked against its text.

        An article over the model's context is briefed in parts and the parts merged (see the
        module doc); the usage is then the sum over every part and every failed attempt.
        """
        prompts = load_prompts()
        self._instructor(article.label)  # no key: MissingApiKey now, before any splitting
        split = SplitState(article.text)
        with article_limit(self.settings.article_limit):
            drafts = self._draft_fitting(prompts, article, 0, len(article.text), split)
        if len(drafts) == 1:
            return dataclasses.replace(drafts[0], usage=split.spent)
        from summarizer._engines.llm._split import merge_drafts

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
        """One structured-output call (re-asks included) for ``text``, all of ``article`` or a
        part of it; quotes are validated against ``text``."""
        briefing, completion, usage = self._structured(
            prompts.messages(text),
            BriefingDraft,
            _Context(article=text),
            label=article.label,
            article_id=article.id,
            tool="briefing",
        )
        return Draft(
            briefing=briefing,
            usage=usage,
            model=getattr(completion, "model", None) or self.settings.model,
            prompt_version=prompts.version,
        )

    def _structured(
        self,
        messages: list[dict[str, str]],
        response_model: type[_Answer],
        context: _Context,
        *,
        label: str,
        article_id: str | None,
        tool: str,
    ) -> tuple[_Answer, Any, Usage]:
        """One structured-output call, re-asks included: the validated answer, the last
        completion (it names the model that answered) and the usage over every attempt.

        The one place a model is asked, for a briefing and for the digest synthesis alike:
        ``context`` goes to the answer's validators; every attempt is counted and, with
        ``on_call``, logged as one :class:`CallRecord` under ``article_id``; whatever fails
        comes out as a typed error with ``source=label``, ``usage`` attached and the key
        scrubbed; ``tool`` names what the tool is for in the error when the model answers in
        text instead of calling it (``"briefing"``: "...instead of calling the briefing tool").
        """
        settings = self.settings
        client = self._instructor(label)
        guard_logs(settings.secrets)
        meter = _Meter()
        from instructor.core import Hooks

        hooks = Hooks()
        hooks.on("completion:response", meter.on_response)
        recorder: CallRecorder | None = None
        if self.on_call is not None:
            recorder = CallRecorder(
                self.on_call, settings=settings, article_id=article_id, classify=self._classify
            )
            recorder.register(hooks)
        try:
            answer, completion = client.chat.completions.create_with_completion(
                model=settings.model,
                messages=messages,  # type: ignore[arg-type]
                response_model=_prepared(response_model),
                max_retries=settings.max_reasks,
                context=context,
                # Lax validation: a small model writing 20000000000 as "20000000000" is fine.
                strict=False,
                hooks=hooks,
                **_request_options(settings),
            )
        except Exception as exc:
            error = self._translate(exc, meter, label, tool)
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
        return answer, completion, meter.usage(getattr(completion, "usage", None))

    # ------------------------------------------------------------------ client

    def _instructor(self, label: str) -> Instructor:
        """The instructor client, built on first use and then shared by every call and thread
        of this engine: the openai client (its httpx connection pool) is made to be shared, and
        instructor keeps nothing of a call on it (hooks, context and kwargs are per call)."""
        settings = self.settings
        if not settings.configured:
            raise MissingApiKey(
                "no API key: set OPENAI_API_KEY (or OPENAI_BASE_URL for a local server), "
                "or use --engine offline",
                source=label,
            )
        with self._lock:
            if self._client is None:
                import instructor
                import openai

                from summarizer._engines.llm._http import ModelHttpClient

                client = openai.OpenAI(
                    api_key=settings.api_key or PLACEHOLDER_KEY,
                    # Explicit, so the client never falls back to OPENAI_BASE_URL by itself:
                    # these settings may come from a mapping other than os.environ.
                    base_url=settings.endpoint,
                    timeout=settings.timeout,
                    max_retries=settings.max_retries,
                    # Its own deadline per request, and the checks of every answer.
                    http_client=ModelHttpClient(
                        timeout=settings.timeout,
                        retry_rate_limits=self.retry_rate_limits,
                        secrets=settings.secrets,
                    ),
                )
                self._client = instructor.from_openai(client, mode=_instructor_mode(settings.mode))
            return self._client

    # ------------------------------------------------------------------ errors

    def _translate(
        self, exc: Exception, meter: _Meter, label: str, tool: str
    ) -> EngineError | None:
        """The typed error for what ``exc`` means, or None for a bug (let it through)."""
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

        error: EngineError
        if isinstance(exc, IncompleteOutputException) or isinstance(
            cause, IncompleteOutputException
        ):
            error = self._truncated(meter)
        elif isinstance(cause, openai.OpenAIError):
            error = self._endpoint_error(cause)
        elif (refused := _refusal(meter.last, self.settings.secrets)) is not None:
            error = AnswerRefused(refused)
        elif failed:
            items = _problems(failed[-1].exception, tool, self.settings.secrets)
            attempts = exc.n_attempts if isinstance(exc, InstructorRetryException) else len(failed)
            more = f" (+{len(items) - 1} more)" if len(items) > 1 else ""
            problems = [f"{where}: {what}" if where else what for where, what in items]
            error = AnswerInvalid(
                f"the model's answer never validated after {attempts} "
                f"attempt{'s' if attempts != 1 else ''}: {problems[0]}{more}",
                problems=problems,
                attempts=attempts,
            )
        else:
            return None
        error.source = label
        secrets = self.settings.secrets
        error.message = scrub(error.message, secrets)
        error.args = (error.message,)
        if isinstance(error, AnswerInvalid):
            error.problems = [scrub(p, secrets) for p in error.problems]
        error.usage = usage
        return error

    def _classify(self, exc: BaseException) -> str:
        """The name of the typed error a failed request becomes, for the call log."""
        import openai

        if isinstance(exc, openai.OpenAIError):
            return type(self._endpoint_error(exc)).__name__
        return type(exc).__name__

    def _truncated(self, meter: _Meter) -> AnswerTruncated:
        limit = self.settings.max_output_tokens
        used = int_or_zero(getattr(getattr(meter.last, "usage", None), "completion_tokens", 0))
        at = f" after {used} output tokens" if used else ""
        hint = (
            f"raise max output tokens (now {limit})"
            if limit is not None
            else "set a larger max output tokens, or use a model with a longer output limit"
        )
        return AnswerTruncated(
            f"the model's answer was cut off{at} (finish_reason: length); {hint}"
        )

    def _endpoint_error(self, exc: openai.OpenAIError) -> EndpointError:
        import openai

        from summarizer._engines.llm._http import MalformedAnswer

        url = self.settings.shown_endpoint
        model = self.settings.model

        def said(error: openai.APIStatusError) -> str:
            # Scrubbed before it is clipped: a secret cut in two by the clip is not found.
            return _clip(server_message(error), secrets=self.settings.secrets)

        tries = self.settings.max_retries + 1
        # The openai client retries timeouts, connection errors and 5xx by itself.
        retried = f" ({tries} attempts)" if tries > 1 else ""
        if isinstance(exc, openai.APITimeoutError):
            limit = current_article_limit()
            if limit is not None and limit.passed():
                return EndpointTimeout(
                    f"the model endpoint {url} did not finish this article within "
                    f"{limit.seconds:g} s (the time limit for one article, all its requests: "
                    "--article-timeout)"
                )
            return EndpointTimeout(
                f"the model endpoint {url} did not answer within "
                f"{self.settings.timeout:g} s{retried}"
            )
        if isinstance(exc, MalformedAnswer):
            # Not retried, not re-asked: a broken proxy or server answers the same way again.
            return EndpointError(
                f"the model endpoint {url} answered {exc.status_code} with {exc.what}"
            )
        if isinstance(exc, openai.APIConnectionError):
            reason = _connection_reason(exc, self.settings.secrets)
            return EndpointUnreachable(f"cannot reach the model endpoint {url}{reason}{retried}")
        if isinstance(exc, openai.AuthenticationError):
            # Never the server's message: some echo part of the key back.
            return AuthenticationFailed(
                f"the endpoint rejected the API key (401) at {url}: check OPENAI_API_KEY "
                "or --api-key"
            )
        if isinstance(exc, openai.PermissionDeniedError):
            return AuthenticationFailed(
                f"the endpoint rejected the API key ({exc.status_code}: no permission for "
                f"model {model!r}) at {url}"
            )
        if isinstance(exc, openai.NotFoundError):
            return ModelNotFound(
                f"model {model!r} not found at {url} (404): check the model name, "
                "and that the base URL ends in /v1"
            )
        if isinstance(exc, openai.RateLimitError):
            # The client has already waited and retried (unless Retry-After was over 2 minutes).
            quota = exc.code == "insufficient_quota" or exc.type == "insufficient_quota"
            what = "quota exceeded" if quota else "rate limited"
            wait = retry_after_seconds(exc.response.headers.get)
            wait_hint = f"; the endpoint asks to wait {_seconds(wait)}" if wait else ""
            return RateLimited(
                f"{what} at {url} (429){wait_hint}: {said(exc)}",
                retry_after=wait,
                quota=quota,
            )
        if isinstance(exc, openai.APIStatusError) and is_context_error(exc):
            return ContextLengthExceeded(
                f"the article is too long for the context of model {model!r} at {url} "
                f"({exc.status_code}): {said(exc)}"
            )
        if isinstance(exc, openai.APIStatusError):
            if exc.status_code < 500:
                retried = ""  # not retried: asking again would get the same answer
            return EndpointError(
                f"the model endpoint {url} answered {exc.status_code}{retried}: {said(exc)}"
            )
        unusable = _clip(str(exc), secrets=self.settings.secrets)
        return EndpointError(f"the model endpoint {url} gave an unusable answer: {unusable}")


def _seconds(wait: float) -> str:
    """A wait as the messages show it: "3600 s", "0.5 s"."""
    return f"{round(wait)} s" if wait >= 10 else f"{wait:.3g} s"


def _reword(error: EngineError, message: str) -> None:
    error.message = message
    error.args = (message,)


def _request_options(settings: LLMSettings) -> dict[str, Any]:
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


def _prepared(model: type[_Answer]) -> type[_Answer]:
    """``model`` wrapped as instructor wraps a response model, the wrapper built once.

    Instructor turns a plain pydantic model into a new ``ResponseSchema`` subclass on every
    call (~1 ms), so its tool-schema cache (keyed by class) never hits and each request
    regenerated the same JSON schema (~2.5 ms): CPU under the GIL, of ~12 ms a request, that
    concurrent drafts queue for. Given a class already wrapped it uses it as is. The answer is
    an instance of the wrapper, a subclass of ``model``, as it was before; the request is the
    same, byte for byte.
    """
    return cast("type[_Answer]", _wrapped(model))


@cache  # one entry per response model class: a handful, for the life of the process
def _wrapped(model: type[BaseModel]) -> type[BaseModel]:
    import instructor

    wrapper = instructor.response_schema(model)
    generate = BaseModel.model_json_schema.__func__  # type: ignore[attr-defined]
    schemas: dict[tuple[Any, ...], dict[str, Any]] = {}

    def model_json_schema(cls: type[BaseModel], *args: Any, **kwargs: Any) -> dict[str, Any]:
        # The JSON modes ask the wrapper for its schema on every request: generated once per
        # set of arguments, then a copy each time, since instructor edits what it is given.
        key = (cls, args, tuple(sorted(kwargs.items())))
        try:
            schema = schemas.get(key)
        except TypeError:  # an argument that cannot be a key: nothing to reuse
            return generate(cls, *args, **kwargs)  # type: ignore[no-any-return]
        if schema is None:
            schema = schemas[key] = generate(cls, *args, **kwargs)
        return copy.deepcopy(schema)

    # On this private class only (never on ``model`` or on pydantic's BaseModel).
    setattr(wrapper, "model_json_schema", classmethod(model_json_schema))  # noqa: B010
    return wrapper


def _instructor_mode(mode: Mode) -> Any:
    import instructor

    return {
        "tools": instructor.Mode.TOOLS,
        "json_schema": instructor.Mode.JSON_SCHEMA,
        "json": instructor.Mode.JSON,
        "md_json": instructor.Mode.MD_JSON,
    }[mode]


def _refusal(response: Any, secrets: Sequence[str]) -> str | None:
    """Why the model gave no answer, if it gave none; None when it did answer."""
    if response is None:
        return None
    choices = getattr(response, "choices", None)
    if not choices:
        return "the endpoint answered with no choices (no answer at all)"
    message = getattr(choices[0], "message", None)
    refusal = getattr(message, "refusal", None)
    if refusal:
        return f"the model refused: {_clip(str(refusal), secrets=secrets)}"
    if getattr(choices[0], "finish_reason", None) == "content_filter":
        return "the answer was withheld by the endpoint's content filter"
    return None


def _problems(exc: BaseException, tool: str, secrets: Sequence[str]) -> list[tuple[str, str]]:
    """What was wrong with an answer, as (where, what) pairs, one short line each; ``tool``
    says what the tool the model was to call is for (``"briefing"``)."""
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        items: list[tuple[str, str]] = []
        for err in exc.errors(include_url=False):
            where = ".".join(str(part) for part in err["loc"])
            message = err["msg"].removeprefix("Value error, ")
            if where:
                items.append((where, _clip(message, 200, secrets=secrets)))
            else:
                # The model validator joins one message per unknown party with "; ".
                items.extend(
                    ("", _clip(part, 200, secrets=secrets)) for part in message.split("; ")
                )
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
    return [("", _clip(text, 200, secrets=secrets))]


def _connection_reason(exc: BaseException, secrets: Sequence[str]) -> str:
    cause = exc.__cause__
    while cause is not None and cause.__cause__ is not None and not str(cause):
        cause = cause.__cause__
    text = " ".join(str(cause).split()) if cause is not None else ""
    return f": {_clip(text, 120, secrets=secrets)}" if text else ""


def _clip(text: str, limit: int = 160, *, secrets: Sequence[str] = ()) -> str:
    # Scrubbed before it is cut: a secret cut in two by the "…" would show its first part.
    text = " ".join(scrub(text, secrets).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
