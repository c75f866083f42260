"""What to watch next: forward-looking sentences become signals.

A sentence with a forward cue ("will", "expected", "plans", "next month", "upcoming"...) is a
signal; its hedges set the likelihood (expected/likely/set to -> high, will/plans -> medium,
may/could -> low) and a time phrase in it the horizon ("this week" -> days, "next month" ->
months, or the date as written: "June", "early May").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer._engines.offline._data import outlook, trim_dangling
from summarizer._engines.offline._sentences import Sentence
from summarizer._lexicon import lexicon
from summarizer._text._keys import name_key

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


# "said on Thursday" dates the statement, not what it looks forward to.
_REPORTED_DAY = re.compile(
    r"\b(?:said|told|announced|added|says|wrote|stated)\b[^.,;]{0,30}?\bon "
    rf"(?:{lexicon('en').calendar.weekday_pattern()})\b"
)
_DESCRIPTION_WORDS = 25
_CONJUNCTION = re.compile(r"^(?:and|but|while|whereas|although|though|as|so) ", re.I)
_BREAK = re.compile(r",\s+(?=[a-z\"“])|;\s+|\s+[—–]\s+")


def describe(text: str, at: int) -> str:
    """The clause around the forward cue at ``at``, in at most about 25 words, as written."""
    text = " ".join(text.split())
    at = min(at, len(text))
    breaks = [(m.start(), m.end()) for m in _BREAK.finditer(text)]
    end = next((b for b, _ in breaks if b > at and len(text[:b].split()) >= 6), len(text))
    candidate = text[:end]
    if len(text[:at].split()) >= _DESCRIPTION_WORDS - 4:
        # The cue is far in: its own clause, without the conjunction that joined it.
        begin = max((e for _, e in breaks if e <= at), default=0)
        candidate = _CONJUNCTION.sub("", text[begin:end])
        candidate = candidate[:1].upper() + candidate[1:]
    words = candidate.split()
    if len(words) > _DESCRIPTION_WORDS:
        words = words[:_DESCRIPTION_WORDS]
        words = trim_dangling(words, keep=6, modals=True)
        return " ".join(words).rstrip(",;:") + "…"
    out = candidate.rstrip(" ,;:")
    return out if out.endswith(("?", "!", "…")) else out.rstrip(".") + "."


def _horizon(text: str) -> str | None:
    text = _REPORTED_DAY.sub(lambda m: " " * len(m.group()), text)
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
        cue = _cue(sentence.masked)
        if cue is None:
            continue
        quote = sentence.quote
        description = describe(quote, max(0, cue.start() - (sentence.quote_start - sentence.start)))
        key = name_key(quote)
        if key in seen:
            continue
        seen.add(key)
        signals.append(
            Signal(
                description=description,
                horizon=_horizon(description) or _horizon(sentence.masked),
                likelihood=_likelihood(sentence.masked),
                quote=quote,
                sentence=sentence.index,
            )
        )
    return signals[:_MAX_SIGNALS]
