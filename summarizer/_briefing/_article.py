"""An article as the pipeline sees it: cleaned text plus where it came from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from summarizer._briefing._models import Source


@dataclass(frozen=True, slots=True)
class Article:
    """Cleaned article text. Engines read ``text``; evidence offsets point into it."""

    text: str
    source: Source = field(default_factory=Source)
    raw_chars: int = 0

    @property
    def id(self) -> str:
        """sha256 of the cleaned text: the same article from two places has one id."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def label(self) -> str:
        """How errors and notices name this article."""
        return self.source.path or self.source.url or "<text>"
