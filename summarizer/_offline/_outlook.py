"""What to watch next: forward-looking sentences become signals.

A sentence with a forward cue ("will", "expected", "plans", "next month", "upcoming"...) is a
signal; its hedges set the likelihood (expected/likely/set to -> high, will/plans -> medium,
may/could -> low) and a time phrase in it the horizon ("this week" -> days, "next month" ->
months, or the date as written: "June", "early May").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer._offline._data import outlook
from summarizer._offline._sentences import Sentence

_MAX_SIGNALS = 6
_MAX_DESCRIPTION = 220
# The month "May" is not the verb "may"; neither are forward cues inside a past report
# ("had been expected"), which says nothing about what comes next.
_PAST = re.compile(
    r"\b(?:had|was|were) (?:been )?(?:expected|planned|likely|set to|due to)\b", re.I
)


@dataclass(frozen=True, slots=True)
class Signal:
    description: str
    horizon: str | None
    likelihood: str
    quote: str
    sentence: int


def _cue(text: str) -> re.Match[str] | None:
    for match in outlook().forward.finditer(text):
        word = match.group()
        if word == "May" and match.start() > 0:
            continue  # the month
        return match
    return None


def _horizon(text: str) -> str | None:
    lex = outlook()
    for name, pattern in lex.horizons:
        if pattern.search(text):
            return name
    # Case-sensitive: "May" the month is capitalised, "may" the verb is not.
    date = lex.date.search(text)
    return date.group() if date is not None else None


def _likelihood(text: str) -> str:
    for name, pattern in outlook().likelihood:
        if pattern.search(text):
            return name
    return "unclear"


def shorten(text: str, limit: int = _MAX_DESCRIPTION) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def find_signals(sentences: list[Sentence]) -> list[Signal]:
    signals: list[Signal] = []
    seen: set[str] = set()
    for sentence in sentences:
        if not sentence.body or _PAST.search(sentence.masked):
            continue
        if _cue(sentence.masked) is None:
            continue
        quote = sentence.quote
        key = " ".join(quote.casefold().replace("’", "'").split())
        if key in seen:
            continue
        seen.add(key)
        signals.append(
            Signal(
                description=shorten(quote) + ("" if quote.endswith("?") else "."),
                horizon=_horizon(sentence.masked),
                likelihood=_likelihood(sentence.masked),
                quote=quote,
                sentence=sentence.index,
            )
        )
    return signals[:_MAX_SIGNALS]
