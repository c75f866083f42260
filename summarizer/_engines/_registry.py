"""Which engine a name means: ``"llm"``, ``"offline"``, or ``"auto"``.

Each engine has one entry: how to build it, whether it can run with the settings at hand, and
what ``auto`` says when it picks it. ``auto`` takes the first entry that can run, in the order
of :data:`_ENGINES`: the LLM engine when an endpoint is configured (an API key or a base URL),
the offline engine otherwise. Nothing is built, and no settings are read from the environment,
until a name is resolved; building the LLM engine imports neither ``openai`` nor
``instructor`` (its client does, on the first question).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, get_args

from summarizer._engines._protocol import Engine
from summarizer._engines.llm._call_log import OnCall
from summarizer._engines.llm._engine import LLMEngine
from summarizer._engines.llm._settings import LLMSettings
from summarizer._engines.offline import OfflineEngine
from summarizer._errors import ConfigError

__all__ = ["ENGINE_CHOICES", "Chosen", "EngineChoice", "choose_engine", "make_engine"]

EngineChoice = Literal["auto", "llm", "offline"]
ENGINE_CHOICES: tuple[EngineChoice, ...] = get_args(EngineChoice)


class _Settings:
    """The LLM settings given, or else those of the environment, read once and only if asked
    for (``--engine offline`` never reads them)."""

    def __init__(self, given: LLMSettings | None) -> None:
        self._settings = given

    def __call__(self) -> LLMSettings:
        if self._settings is None:
            self._settings = LLMSettings.from_env()
        return self._settings


@dataclass(frozen=True)
class _Entry:
    build: Callable[[_Settings, OnCall | None], Engine]
    ready: Callable[[_Settings], bool]  # whether it can run with these settings
    picked: Callable[[_Settings], str]  # what "auto" says when it picks this engine


def _llm_picked(settings: _Settings) -> str:
    chosen = settings()
    return f"llm ({chosen.model} at {chosen.shown_endpoint}; --engine offline needs no model)"


# By name; "auto" takes the first that can run, so the order matters.
_ENGINES: dict[str, _Entry] = {
    "llm": _Entry(
        build=lambda settings, on_call: LLMEngine(settings(), on_call=on_call),
        ready=lambda settings: settings().configured,
        picked=_llm_picked,
    ),
    "offline": _Entry(
        build=lambda settings, on_call: OfflineEngine(),
        ready=lambda settings: True,
        picked=lambda settings: (
            "offline (no OPENAI_API_KEY or OPENAI_BASE_URL set; set one to use a model, or "
            "pass --engine offline to silence this)"
        ),
    ),
}


@dataclass(frozen=True)
class Chosen:
    """The engine a name resolved to; ``notice`` says which one ``auto`` picked and why (None
    for a name that left no choice)."""

    engine: Engine
    notice: str | None = None


def choose_engine(
    choice: str, settings: LLMSettings | None = None, *, on_call: OnCall | None = None
) -> Chosen:
    """The engine ``choice`` names, built with ``settings`` (default: from the environment)
    and ``on_call`` (sees a record of every model call, e.g. ``Store.log_call``).

    Raises :class:`ConfigError` for a name that is no engine.
    """
    source = _Settings(settings)
    if choice == "auto":
        entry = next(e for e in _ENGINES.values() if e.ready(source))
        return Chosen(entry.build(source, on_call), notice=entry.picked(source))
    named = _ENGINES.get(choice)
    if named is None:
        raise ConfigError(f"unknown engine {choice!r}: use one of {', '.join(ENGINE_CHOICES)}")
    return Chosen(named.build(source, on_call))


def make_engine(
    choice: EngineChoice = "auto",
    settings: LLMSettings | None = None,
    *,
    on_call: OnCall | None = None,
) -> Engine:
    """The engine for ``choice``.

    ``auto`` is the LLM engine when a model endpoint is configured (an API key or a base URL,
    from ``settings`` or the environment) and the offline engine otherwise. ``on_call`` sees a
    record of every model call (e.g. ``Store.log_call``).
    """
    return choose_engine(choice, settings, on_call=on_call).engine
