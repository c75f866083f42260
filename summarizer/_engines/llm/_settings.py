"""How to reach the model: :class:`LLMSettings`, read from the environment or given."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, get_args

from summarizer._errors import ConfigError, check_setting
from summarizer._redact import redact_url, url_secrets

__all__ = [
    "ARTICLE_TIMEOUT_FACTOR",
    "DEFAULT_MODEL",
    "MODES",
    "OPENAI_BASE_URL",
    "LLMSettings",
    "Mode",
]

DEFAULT_MODEL = "gpt-4.1-mini"
OPENAI_BASE_URL = "https://api.openai.com/v1"

#: How the model is asked to give its answer's structure: a forced tool call (``tools``), a JSON
#: schema response format (``json_schema``), or a JSON object the prompt describes (``json``,
#: ``md_json``); the ``_strict`` modes ask for strict structured outputs (the endpoint decodes
#: only answers of the schema's shape), where the endpoint offers them.
Mode = Literal["tools", "tools_strict", "json_schema", "json_schema_strict", "json", "md_json"]
MODES: tuple[str, ...] = get_args(Mode)
#: An article's time limit, unless set: this many times the timeout of one request. Room for
#: the first answer, two re-asks and a couple of retries at the slowest tolerated pace.
ARTICLE_TIMEOUT_FACTOR = 5


@dataclass(frozen=True, repr=False)
class LLMSettings:
    """How to reach the model. ``from_env()`` reads the usual environment variables."""

    api_key: str | None = None
    base_url: str | None = None
    model: str = DEFAULT_MODEL
    mode: Mode = "tools"
    max_reasks: int = 2  # re-asks after the first answer: 3 attempts in all
    # After the last attempt, an item that still fails its checks is left out of the briefing
    # (and listed in provenance.dropped); False fails the article instead (--strict).
    drop_invalid: bool = True
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
