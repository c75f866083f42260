"""What every engine gives back, and the protocol it follows.

Everything a caller needs to know about an engine is asked of the engine itself, so no caller
checks which engine it holds: what a stored briefing of it is keyed by (:attr:`Engine.identity`),
whether such a briefing is worth reusing, how many articles it may brief at once, the time limit
of an article, the model it asks (for the digest's synthesis), and how it runs when the caller
paces the retries itself. Its ``name`` is only ever shown (provenance, notices).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from summarizer._briefing._article import Article
from summarizer._briefing._models import SCHEMA_VERSION, BriefingDraft, Dropped, Repair

if TYPE_CHECKING:
    from summarizer._engines.llm._client import ModelClient

EngineName = Literal["llm", "offline"]


@dataclass(frozen=True, slots=True)
class Usage:
    """Tokens and model calls summed over every attempt, failed ones included.

    ``tokens_cached`` is the part of ``tokens_in`` the endpoint said it served from its prompt
    cache (priced lower); ``batch`` the tokens in, cached and out of the answers that came
    through the provider's batch service (priced at its discount), a part of the totals.
    """

    tokens_in: int = 0
    tokens_out: int = 0
    calls: int = 0
    tokens_cached: int = 0
    batch: tuple[int, int, int] = (0, 0, 0)

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.tokens_in + other.tokens_in,
            self.tokens_out + other.tokens_out,
            self.calls + other.calls,
            self.tokens_cached + other.tokens_cached,
            (
                self.batch[0] + other.batch[0],
                self.batch[1] + other.batch[1],
                self.batch[2] + other.batch[2],
            ),
        )


@dataclass(frozen=True, slots=True)
class Draft:
    """An engine's answer before grounding: quotes only, no offsets yet.

    ``repairs`` are the changes the engine made to the answer itself (a kind off the list, a
    party named by a surname) and ``dropped`` the items it left out, with why: they go into
    ``provenance.repairs`` and ``provenance.dropped``. ``model`` is the model that answered.
    """

    briefing: BriefingDraft
    usage: Usage = Usage()
    model: str | None = None
    prompt_version: str | None = None
    repairs: tuple[Repair, ...] = ()
    dropped: tuple[Dropped, ...] = ()
    notes: tuple[str, ...] = ()
    """What the engine says about how it read the article, for the reader to know ("not in
    English: the offline engine reads English only"); kept in ``provenance.notes``."""


@dataclass(frozen=True, slots=True)
class EngineIdentity:
    """Everything that decides what an engine writes for an article, known before it is asked.

    With the article's id, it is what the store keys a briefing by: the engine, the model asked
    for, the prompt version and the briefing schema's version (``model`` and ``prompt_version``
    are None for an engine with no model).
    """

    engine: EngineName
    model: str | None = None
    prompt_version: str | None = None
    schema_version: str = SCHEMA_VERSION


class Engine(Protocol):
    """Fills a :class:`BriefingDraft` from an article. Quotes must come from ``article.text``.

    Usage is reported with the answer: every :class:`Draft` carries its :class:`Usage` (tokens
    and model calls over every attempt, failed ones included), and a failure carries it in
    :attr:`~summarizer._errors.EngineError.usage`; an engine with a model also reports each call
    to its client's ``on_call`` (the store's call log).
    """

    @property
    def name(self) -> EngineName:
        """What provenance and notices call the engine."""
        ...

    @property
    def identity(self) -> EngineIdentity:
        """What a briefing of this engine is stored under (with the article's id)."""
        ...

    @property
    def reuses_briefings(self) -> bool:
        """Whether a briefing stored under the same identity is returned instead of drafting
        again (worth it when a draft costs a model call; not when it costs milliseconds and a
        newer rule set should show)."""
        ...

    @property
    def max_workers(self) -> int | None:
        """The most articles a run should brief at once with this engine; None: as many as the
        run allows (the work is waiting on the network, not on the CPU)."""
        ...

    @property
    def article_limit(self) -> float | None:
        """Seconds all the requests of one article may take, or None for no limit."""
        ...

    @property
    def client(self) -> ModelClient | None:
        """The model this engine asks, for the run's other model calls (the digest's
        synthesis); None for an engine with no model."""
        ...

    def leaving_retries_to_caller(self, *, transient: bool) -> Engine:
        """This engine for a caller that paces the run's retries itself: every 429 reaches
        the caller, and with ``transient`` also every timeout, dropped connection and 5xx. An
        engine that sends no requests returns itself."""
        ...

    def draft(self, article: Article) -> Draft: ...
