"""The forms texts are compared under, and finding a quote in a text.

Every comparison of two texts in the package goes through one of these keys. From strictest to
loosest, each forgives what the one before it does, and more:

========================  ==============================================  =====================
key                       forgives                                        compares
========================  ==============================================  =====================
:func:`fold`              whitespace runs, letter case, the styles of     a quote with the
                          quote marks (‘’“”«») and dashes (–—−), the      article it came from
                          ellipsis character (… = ...)
:func:`name_key`          whitespace runs, letter case (full case         two spellings of one
                          folding: "ß" = "ss"), the curly apostrophe      name in one briefing
:func:`loose_name_key`    also accents, punctuation other than ``&`` and  names against gold
                          ``-``, a trailing "'s", a leading "the"         annotations
:func:`merge_key`         also hyphens ("Jong-un" = "Jong Un") and        actors of different
                          spaced initials ("U. N." = "UN")                articles
========================  ==============================================  =====================

:func:`fold` decides what a *fuzzy* evidence match is (:func:`locate`): the differences a model
introduces when it retypes a sentence, and nothing more. :func:`loose_name_key` is the
normalisation the shared gold scoring rules define (``shared/gold/README.md``): change it only
with them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

__all__ = [
    "FOLD_MAP",
    "MatchKind",
    "Span",
    "fold",
    "fold_fast",
    "locate",
    "loose_name_key",
    "merge_key",
    "name_key",
    "strip_accents",
]

MatchKind = Literal["exact", "fuzzy"]

# --------------------------------------------------------------------------- fold

_QUOTES = {c: "'" for c in "‘’‚‛′`´"} | {c: '"' for c in "“”„‟″«»"}
_DASHES = dict.fromkeys("‐‑‒–—―−﹘﹣－", "-")
# The one-character ellipsis is three full stops typed as one: a model retyping "..." writes
# "…", and a quote ending in "…" where the article has "..." is the article's text. (An
# ellipsis a quote uses to leave words out still matches nothing: the words are missing.)
_ELLIPSIS = {"…": "..."}
#: What :func:`fold` writes for each character it changes: quote marks and dashes as ``'``,
#: ``"`` and ``-``, the ellipsis character as three full stops.
FOLD_MAP: dict[str, str] = _QUOTES | _DASHES | _ELLIPSIS
_TABLE = str.maketrans(FOLD_MAP)
_SPACE_RUN = re.compile(r"\s+")
# What pydantic's ``str_strip_whitespace`` strips from a quote: Unicode's White_Space. Python's
# ``str.strip()`` strips the separators U+001C..U+001F too, which pydantic keeps; an exact match
# of a quote ending in one must end after it, where the quote ends.
_QUOTE_EDGES = "".join(filter(str.isspace, map(chr, range(0x3001)))).translate(
    dict.fromkeys(range(0x1C, 0x20))
)


@dataclass(frozen=True, slots=True)
class Span:
    """Where a quote occurs: ``text[start:end]``, matched verbatim or once folded."""

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
    """The comparison form of a quote: what fuzzy matching ignores is gone.

    Lower case, quote marks and dashes of every style as ``'``, ``"`` and ``-``, the ellipsis
    character as ``...``, whitespace runs as one space, no leading or trailing space:
    ``fold("“Peace”  –  now…") == '"peace" - now...'``.
    """
    return _folded(text)[0].strip()


_FOLD_CHARS = re.compile("[" + re.escape("".join(FOLD_MAP)) + "]")


def _fold_char(match: re.Match[str]) -> str:
    return FOLD_MAP[match.group()]


def fold_fast(text: str) -> str:
    """:func:`fold`, computed in C for texts compared as keys only (paragraphs of a page).

    Equal to :func:`fold` except for the final-sigma casing of Greek ("ς"), which ``fold`` keeps
    from ``str.lower`` on the whole text. :func:`fold` walks the text in Python to keep the
    offsets :func:`locate` needs, at about 1 ms per article.
    """
    if not text.isascii():
        text = _FOLD_CHARS.sub(_fold_char, text)
    return " ".join(text.lower().split())


def locate(quote: str, text: str) -> Span | None:
    """Where ``quote`` occurs in ``text`` (first occurrence), or ``None``.

    Verbatim first (an *exact* match); else under :func:`fold` (a *fuzzy* one), the span then
    running from the first to the last character of ``text`` the folded quote covers.
    """
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


# --------------------------------------------------------------------------- names


@lru_cache(maxsize=16384)
def name_key(text: str) -> str:
    """The key under which two spellings of one name (or sentence) of one text compare equal.

    Case folded, the curly apostrophe as ``'``, whitespace runs as one space:
    ``name_key("Côte d’Ivoire ") == "côte d'ivoire"``. Accents, hyphens and other punctuation
    count: a party must name a listed actor as the briefing spells it.
    """
    # Cached: the offline engine keys the same few dozen names tens of thousands of times
    # per article (actors, aliases, the gazetteer).
    return " ".join(text.casefold().replace("’", "'").split())


def strip_accents(text: str) -> str:
    """``text`` without combining marks, after compatibility decomposition: "Shinzō" -> "Shinzo"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# fold()'s quote marks and dashes, and two apostrophes it leaves alone. (Not its ellipsis: the
# gold rules turn punctuation into spaces, "…" as much as "...".)
_NAME_FOLD = str.maketrans(_QUOTES | _DASHES | dict.fromkeys("ʼ＇", "'"))
_TRAILING_S = re.compile(r"'s$")
_LEADING_THE = re.compile(r"^the (?=\S)")


@lru_cache(maxsize=4096)
def loose_name_key(name: str) -> str:
    """The form the gold scoring rules compare names in (``shared/gold/README.md``).

    Unicode accents removed, lower case, a trailing ``'s`` dropped (curly apostrophes too), a
    leading "the" dropped, punctuation other than ``&`` and ``-`` turned into spaces, whitespace
    collapsed. Dashes of every width count as ``-``: ``"The Kremlin’s" -> "kremlin"``.
    """
    # Cached: scoring normalises the same few dozen names thousands of times per article.
    # First fold() (quote marks, dashes, case, spaces), done in C: fold() keeps offsets for
    # locate(), which a key does not need, and caches whole articles, which names would evict.
    text = " ".join(name.translate(_NAME_FOLD).lower().split())
    text = strip_accents(text).casefold()
    # Apostrophes survive this pass so that the possessive can be recognised afterwards,
    # also when punctuation follows it ("Russia's.").
    text = "".join(" " if _is_punctuation(c) and c not in "&-'" else c for c in text)
    text = _TRAILING_S.sub("", " ".join(text.split()))
    text = " ".join(text.replace("'", " ").split())
    return _LEADING_THE.sub("", text)


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char).startswith("P")


_SINGLE_LETTERS = re.compile(r"\b(?:[a-z] )+[a-z]\b")


@lru_cache(maxsize=8192)
def merge_key(name: str) -> str:
    """The key under which the actors of different articles are one name.

    :func:`loose_name_key`, then hyphens as spaces ("Kim Jong-un" = "Kim Jong Un") and runs of
    single letters joined ("U. N." = "UN" -> ``"un"``).
    """
    key = " ".join(loose_name_key(name).replace("-", " ").split())
    return _SINGLE_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), key)
