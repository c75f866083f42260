"""Placing evidence quotes in the cleaned article text.

A quote is *exact* when it occurs verbatim. It is *fuzzy* when it occurs once whitespace runs
are collapsed, quote marks and dashes are unified and case is ignored: the differences a model
introduces when it retypes a sentence, and nothing more. Anything else is not in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from summarizer._briefing._models import (
    Briefing,
    BriefingDraft,
    MatchKind,
    Provenance,
    Source,
)
from summarizer._errors import GroundingError

_QUOTES = {c: "'" for c in "‘’‚‛′`´"} | {c: '"' for c in "“”„‟″«»"}
_DASHES = dict.fromkeys("‐‑‒–—―−﹘﹣－", "-")
#: Quote marks and dashes that fuzzy matching treats as ``'``, ``"`` and ``-``.
FOLD_MAP: dict[str, str] = _QUOTES | _DASHES
_TABLE = str.maketrans(FOLD_MAP)
_SPACE_RUN = re.compile(r"\s+")
# What pydantic's ``str_strip_whitespace`` strips from a quote: Unicode's White_Space. Python's
# ``str.strip()`` strips the separators U+001C..U+001F too, which pydantic keeps; an exact match
# of a quote ending in one must end after it, where the quote ends.
_QUOTE_EDGES = "".join(
    c for c in map(chr, range(0x3001)) if c.isspace() and not "\x1c" <= c <= "\x1f"
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    match: MatchKind


@lru_cache(maxsize=16)
def _folded(text: str) -> tuple[str, tuple[int, ...]]:
    """The folded text and, for each of its characters, the index it came from.

    Built from C-level string operations a word at a time; an article is folded once per
    briefing (cached) but each of its quotes is searched in it.
    """
    lowered = text.translate(_TABLE).lower()
    if len(lowered) != len(text):
        return _folded_slow(text)
    pieces: list[str] = []
    index: list[int] = []
    at = 0
    for space in _SPACE_RUN.finditer(lowered):
        if space.start() > at:
            pieces.append(lowered[at : space.start()])
            index.extend(range(at, space.start()))
        if index:  # leading whitespace folds to nothing
            pieces.append(" ")
            index.append(space.start())
        at = space.end()
    if at < len(lowered):
        pieces.append(lowered[at:])
        index.extend(range(at, len(lowered)))
    return "".join(pieces), tuple(index)


def _folded_slow(text: str) -> tuple[str, tuple[int, ...]]:
    # Lower-casing changed the length ("İ" becomes two characters): map character by character.
    out: list[str] = []
    index: list[int] = []
    in_space = False
    for i, char in enumerate(text):
        if _SPACE_RUN.match(char):
            if not in_space and out:
                out.append(" ")
                index.append(i)
            in_space = True
            continue
        in_space = False
        for folded in FOLD_MAP.get(char, char).lower():
            out.append(folded)
            index.append(i)
    return "".join(out), tuple(index)


def fold(text: str) -> str:
    """The comparison form of a text: what fuzzy matching ignores is gone."""
    return _folded(text)[0].strip()


def locate(quote: str, text: str) -> Span | None:
    """Where ``quote`` occurs in ``text`` (first occurrence), or ``None``."""
    needle = quote.strip(_QUOTE_EDGES)
    if not needle.strip():
        return None
    at = text.find(needle)
    if at >= 0:
        return Span(at, at + len(needle), "exact")
    folded_text, index = _folded(text)
    folded_needle = fold(needle)
    if not folded_needle:
        return None
    at = folded_text.find(folded_needle)
    if at < 0:
        return None
    return Span(index[at], index[at + len(folded_needle) - 1] + 1, "fuzzy")


def ground(draft: BriefingDraft, text: str, *, source: Source, provenance: Provenance) -> Briefing:
    """Turn an engine's draft into a :class:`Briefing` whose every quote has offsets.

    Raises :class:`GroundingError` if a quote is not in ``text``: engines are expected to have
    validated their quotes already, so this is the last gate, not the filter.
    """
    data = draft.model_dump()

    def place(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "evidence" and isinstance(value, list):
                    for item in value:
                        span = locate(item["quote"], text)
                        if span is None:
                            raise GroundingError(
                                f"quote not found in the article: {item['quote'][:80]!r}",
                                source=source.path or source.url,
                            )
                        item.update(start=span.start, end=span.end, match=span.match)
                else:
                    place(value)
        elif isinstance(node, list):
            for item in node:
                place(item)

    place(data)
    data.update(
        source=source.model_dump(),
        provenance=provenance.model_dump(),
        article_text=text,
    )
    return Briefing.model_validate(data)
