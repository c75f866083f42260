"""Pieces the digest's merging steps share: article order, topic words, union-find.

Names are compared by :func:`summarizer._text._keys.merge_key`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, TypeVar

from summarizer._briefing._models import Briefing
from summarizer._lexicon import lexicon
from summarizer._text._keys import merge_key

T = TypeVar("T", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Article:
    """One included briefing and where it sits in the week.

    ``order`` is the article's rank by (date, article id): the one order every list of the
    digest that follows time uses, so input order never shows through.
    """

    id: str
    date: dt.date
    date_from: Literal["published", "created_at"]
    order: int
    briefing: Briefing


def article_date(briefing: Briefing) -> tuple[dt.date, Literal["published", "created_at"]]:
    """The article's published date, else the date its briefing was made (and which it was)."""
    if briefing.source.published is not None:
        return briefing.source.published, "published"
    return briefing.provenance.created_at.date(), "created_at"


def utc_key(moment: dt.datetime) -> dt.datetime:
    """A comparable form of an aware or naive time (naive times are taken as UTC)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc)


# --------------------------------------------------------------------------- topic words

# Words that say nothing about *which* dispute or deal an item is (the lexicon's stopwords:
# function words, what every item shares, kind names, months and weekdays).
_STOPWORDS = lexicon("en").stopwords
_WORD = re.compile(r"[a-z0-9][a-z0-9']*")


def stem(word: str) -> str:
    """A crude English singular: "islands" meets "island", "clashes" "clash"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("shes", "ches", "xes", "sses", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=8192)
def content_words(text: str) -> frozenset[str]:
    """The topic words of ``text``: normalised, stemmed, without stopwords and numbers-only."""
    words = (stem(w) for w in _WORD.findall(merge_key(text).replace("'", " ")))
    return frozenset(w for w in words if w not in _STOPWORDS and not w.isdigit() and len(w) > 1)


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=8192)
def name_words(text: str) -> frozenset[str]:
    """Topic words of ``text`` written with a capital inside a sentence: names of places,
    projects and events ("Senkaku Islands", "Power of Siberia"), the surest sign of a topic.
    """
    found: set[str] = set()
    for sentence in _SENTENCE_END.split(text):
        for token in _TOKEN.findall(sentence)[1:]:
            if token[0].isupper():
                found |= content_words(token)
    return frozenset(found)


def common_limit(items: int) -> int:
    """How many of ``items`` a word may occur in and still help block items for comparison:
    2% of them, and never fewer than 64 (a week's worth of anything)."""
    return max(64, items // 50)


# --------------------------------------------------------------------------- background

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# A state of things told in the present perfect from a past point on ("has flared repeatedly
# since 2012", "has made the pipeline a priority since European buyers cut their purchases"):
# how things have stood over the years, whatever day the source was published.
SINCE_PERFECT = re.compile(
    r"\b(?:has|have)(?: \w+){0,3} "
    r"(?:\w+ed|been|had|grown|fallen|risen|held|kept|run|made|become|seen|taken)\b"
    r"[^.;]{0,80}?\bsince (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"yesterday|today|then|last (?:week|night)|the weekend)\b)",
    re.IGNORECASE,
)
NEWS_DAY = re.compile(
    r"\b(?:today|tonight|yesterday|this (?:week|month|year)|last (?:week|night)|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)
# A sentence that opens on a personal pronoun, its subject or its subject's possessor ("Its
# government wants ...", "He said ..."): it stands for a name told in another sentence.
PRONOUN_OPENING = re.compile(
    r"^[\"“‘'(]*(?:he|she|it|its|his|her|they|their|we|our)\b", re.IGNORECASE
)


def only_history(sentence: str, year: int) -> bool:
    """Whether a sentence is dated only by years before ``year`` and names no day of the news."""
    years = [int(y) for y in YEAR.findall(sentence)]
    return bool(years) and max(years) < year and not NEWS_DAY.search(sentence)


def background(sentence: str, year: int | None) -> bool:
    """Whether a sentence tells the background of the news, not the news: how things have
    stood since some past point, or (with ``year``, the year its article was published) only
    what happened in years before."""
    if SINCE_PERFECT.search(sentence) and not NEWS_DAY.search(sentence):
        return True
    return year is not None and only_history(sentence, year)


def sentences_of(text: str) -> list[str]:
    """``text`` cut into its sentences (whitespace collapsed)."""
    return [p for p in _SENTENCE_END.split(" ".join(text.split())) if p]


def news_summary(summary: str, year: int | None) -> str:
    """An item's summary as a digest shows it, out of its article: its first sentence, and
    each later one that is not background (:func:`background`) and does not open on a pronoun
    (its name is in a sentence the digest does not show)."""
    parts = sentences_of(summary)
    if len(parts) < 2:
        return " ".join(parts)
    kept = parts[:1] + [
        p for p in parts[1:] if not background(p, year) and not PRONOUN_OPENING.match(p)
    ]
    return " ".join(kept)


# --------------------------------------------------------------------------- helpers


class UnionFind:
    """Disjoint sets over ``0..n-1``; the smaller index is always the root, so the result of a
    series of unions does not depend on the order they came in."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: int, b: int) -> bool:
        """Join the sets of ``a`` and ``b``; False when they were one set already."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        return True

    def groups(self) -> list[list[int]]:
        """Every set, members ascending, sets ordered by their smallest member."""
        out: dict[int, list[int]] = {}
        for item in range(len(self.parent)):
            out.setdefault(self.find(item), []).append(item)
        return list(out.values())


def most_common(values: Iterable[T], *, prefer: Iterable[T] = ()) -> T | None:
    """The commonest value; ties go to the earliest in ``prefer``, then the first seen."""
    counts = Counter(values)
    if not counts:
        return None
    rank = {value: i for i, value in enumerate(prefer)}
    order = {value: i for i, value in enumerate(counts)}
    return min(counts, key=lambda v: (-counts[v], rank.get(v, len(rank)), order[v]))


def quoted(text: str, limit: int = 80) -> str:
    """``text`` in single quotes for a merge explanation, clipped to ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"
