"""Telling whether two spellings are one name: typos ("Vladamir", "Tblisi") and near-equal names.

Two measures, for two jobs:

* :func:`is_typo_of` counts edits (a transposition is one) and allows few of them, none in short
  names; the offline engine reads typos of known names with it, the digest typos of one word.
* :func:`similar_names` is the gold scoring rules' measure (``shared/gold/README.md``): the
  difflib ratio of two whole names, both longer than 4 characters, at least :data:`SIMILARITY`.

Both expect keys (:mod:`summarizer._text._keys`), not names as written.
"""

from __future__ import annotations

from difflib import SequenceMatcher

__all__ = [
    "SIMILARITY",
    "damerau",
    "is_typo_of",
    "max_typos",
    "name_similarity",
    "similar_names",
]

SIMILARITY = 0.9
"""Minimum difflib ratio between two normalised names (both longer than 4 characters)."""


def name_similarity(a: str, b: str) -> float:
    """The difflib ratio of ``a`` and ``b`` (1.0 for equal strings)."""
    return SequenceMatcher(None, a, b).ratio()


def similar_names(a: str, b: str) -> bool:
    """Whether ``a`` and ``b``, both longer than 4 characters, are :data:`SIMILARITY` alike."""
    if len(a) <= 4 or len(b) <= 4:
        return False
    matcher = SequenceMatcher(None, a, b)
    # The quick ratios are upper bounds of ratio(): cheap rejections before the real one.
    return (
        matcher.real_quick_ratio() >= SIMILARITY
        and matcher.quick_ratio() >= SIMILARITY
        and matcher.ratio() >= SIMILARITY
    )


def damerau(a: str, b: str, limit: int = 2) -> int:
    """Optimal-string-alignment distance between ``a`` and ``b``, capped at ``limit + 1``.

    Transpositions count as one edit because swapped letters are the commonest typo in names.
    The cap lets callers stop early: only "close enough or not" matters.
    """
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        row_min = i
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            row_min = min(row_min, value)
        if row_min > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def max_typos(length: int) -> int:
    """How many edits a name of this length may carry and still be recognised.

    Short names get none: "Iran"/"Iraq" and "Mali"/"Bali" differ by one letter.
    """
    if length < 6:
        return 0
    if length < 12:
        return 1
    return 2


def is_typo_of(candidate: str, known: str) -> bool:
    """True when ``candidate`` is a plausible misspelling of ``known`` (case-insensitive).

    The first letter must agree: typos rarely hit it, and requiring it keeps pairs of real
    names apart ("Gambia"/"Zambia").
    """
    a, b = candidate.casefold(), known.casefold()
    if a == b or not a or not b or a[0] != b[0]:
        return False
    allowed = max_typos(min(len(a), len(b)))
    if allowed == 0 or abs(len(a) - len(b)) > allowed:
        return False
    # An edit adds or removes at most two letters from the set of letters used: names too far
    # apart for that are told apart without the (slower) distance.
    if len(set(a) ^ set(b)) > 2 * allowed:
        return False
    return damerau(a, b, allowed) <= allowed
