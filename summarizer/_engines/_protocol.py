"""What every engine gives back, and the protocol it follows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from summarizer._briefing._article import Article
from summarizer._briefing._models import BriefingDraft

EngineName = Literal["llm", "offline"]


@dataclass(frozen=True, slots=True)
class Usage:
    """Tokens and model calls summed over every attempt, failed ones included."""

    tokens_in: int = 0
    tokens_out: int = 0
    calls: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.tokens_in + other.tokens_in,
            self.tokens_out + other.tokens_out,
            self.calls + other.calls,
        )


@dataclass(frozen=True, slots=True)
class Draft:
    """An engine's answer before grounding: quotes only, no offsets yet."""

    briefing: BriefingDraft
    usage: Usage = Usage()
    model: str | None = None
    prompt_version: str | None = None


class Engine(Protocol):
    """Fills a :class:`BriefingDraft` from an article. Quotes must come from ``article.text``."""

    @property
    def name(self) -> EngineName: ...

    def draft(self, article: Article) -> Draft: ...
