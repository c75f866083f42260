"""The digest's outlook: the articles' signals merged, and the dates ahead they give.

* **Signals** are merged when they say the same thing: equal once normalised, or sharing at
  least ``MIN_SIGNAL_WORDS`` (3) topic words that make up at least ``SIGNAL_SIMILARITY`` (0.6)
  of both. Equal texts are joined at once; other signals are compared only when they share a
  rare enough topic word (an inverted index with a prefix filter), so the work grows with the
  number of signals, not its square. Ranked by number of sources, then how concrete they are
  (a signal naming one of its article's actors and giving a date or horizon says what to
  watch; "the harder part will follow" does not), then likelihood (high first), then the date
  they are due, then recency. The summary restates, each cut to its main clause, the
  best-ranked signals of up to three different articles, leaving out those that name no actor
  and give no date.
* **Key dates ahead**: every signal that gives the date it is due (``when``), from the end of
  the period on (from any date when nothing is dated), in date order, each once.

A signal that opens on a pronoun ("Its government wants ...") is left out: its name is in a
sentence of its article the digest does not show.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer._briefing._models import Signal, last_day, parse_when, when_precision
from summarizer._digest._common import (
    PRONOUN_OPENING,
    Article,
    UnionFind,
    common_limit,
    content_words,
    quoted,
)
from summarizer._digest._models import (
    DigestOutlook,
    KeyDate,
    MergeNote,
    ThreadEvidence,
    WatchSignal,
)
from summarizer._digest._synthesis import keeps_ahead, trim_clause
from summarizer._text._keys import merge_key

__all__ = ["key_dates", "merge_outlook"]

MIN_SIGNAL_WORDS = 3
SIGNAL_SIMILARITY = 0.6
LIKELIHOOD_ORDER = ("high", "medium", "low", "unclear")
MAX_SUMMARY_CLAUSE_WORDS = 20  # each signal restated in the outlook summary
MAX_KEY_DATE_WORDS = 25
MAX_KEY_DATE_QUOTE_WORDS = 60  # a key date told by its source's quote, when no clause will do


@dataclass(frozen=True, slots=True)
class _Signal:
    article: Article
    index: int
    signal: Signal
    words: frozenset[str]

    @property
    def order(self) -> tuple[int, int]:
        return (self.article.order, self.index)


def _similar(a: _Signal, b: _Signal) -> float | None:
    if merge_key(a.signal.description) == merge_key(b.signal.description):
        return 1.0
    shared = a.words & b.words
    if len(shared) < MIN_SIGNAL_WORDS:
        return None
    score = len(shared) / len(a.words | b.words)
    return score if score >= SIGNAL_SIMILARITY else None


def _candidates(items: Sequence[_Signal], distinct: Sequence[int]) -> list[tuple[int, int]]:
    """Pairs (i < j) of the ``distinct`` texts that can be similar, each once, in a fixed order.

    Similarity needs a share of ``SIGNAL_SIMILARITY`` of both word sets, and two such sets
    always share a word among the rarest ``n - ceil(0.6 n) + 1`` words of either (the prefix
    filter of set-similarity joins): only those words are indexed, and none found in more than
    ``common_limit(n)`` signals, so common words ("talks", "minister") make no large blocks
    and the work stays near linear (two signals sharing only such words are not compared).
    """
    frequency: dict[str, int] = {}
    for index in distinct:
        for word in items[index].words:
            frequency[word] = frequency.get(word, 0) + 1
    limit = common_limit(len(distinct))
    postings: dict[str, list[int]] = {}
    for index in distinct:
        ordered = sorted(items[index].words, key=lambda w: (frequency[w], w))
        keep = len(ordered) - math.ceil(SIGNAL_SIMILARITY * len(ordered)) + 1
        for word in (w for w in ordered[: max(keep, 0)] if frequency[w] <= limit):
            postings.setdefault(word, []).append(index)
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        for n, i in enumerate(members):
            pairs.update((i, j) for j in members[n + 1 :])
    return sorted(pairs)


def merge_outlook(articles: Sequence[Article]) -> tuple[DigestOutlook, list[MergeNote]]:
    """The articles' signals merged into one outlook, with notes on what was merged."""
    items = [
        _Signal(article, index, signal, content_words(signal.description))
        for article in articles
        for index, signal in enumerate(article.briefing.outlook.signals)
        # "Its government wants transit fees": a pronoun stands for a name in a sentence the
        # digest does not show (a briefing made before its engine told such pronouns).
        if not PRONOUN_OPENING.match(signal.description)
    ]
    uf = UnionFind(len(items))
    links: list[tuple[int, int, float]] = []
    # The same words, said again: joined to the first that said them, with no pair compared.
    first_of_text: dict[str, int] = {}
    for index, item in enumerate(items):
        first = first_of_text.setdefault(merge_key(item.signal.description), index)
        if first != index and uf.union(first, index):
            links.append((index, first, 1.0))
    for i, j in _candidates(items, sorted(first_of_text.values())):
        if uf.find(i) == uf.find(j):
            continue
        score = _similar(items[i], items[j])
        if score is not None and uf.union(i, j):
            links.append((j, i, score))
    merged: list[tuple[WatchSignal, dt.date, int]] = []
    first_of: dict[int, str] = {}
    for members in uf.groups():
        group = [items[i] for i in members]
        signal = _watch_signal(group)
        merged.append((signal, max(s.article.date for s in group), _concreteness(group)))
        first_of[uf.find(members[0])] = signal.description
    merged.sort(
        key=lambda entry: (
            -len(entry[0].sources),
            -entry[2],
            LIKELIHOOD_ORDER.index(entry[0].likelihood),
            (entry[0].when or dt.date.max).toordinal(),
            -entry[1].toordinal(),
            merge_key(entry[0].description),
            entry[0].description,
        )
    )
    signals = [signal for signal, _, _ in merged]
    vague = {id(signal) for signal, _, concrete in merged if concrete == 0}
    notes = [
        MergeNote(
            section="signal",
            name=items[j].signal.description,
            into=first_of[uf.find(j)],
            rule="same words",
            score=round(score, 2),
            reason=_signal_reason(items[j], items[i], score),
        )
        for j, i, score in links
    ]
    summary = _summary([s for s in signals if id(s) not in vague]) or _latest_summary(articles)
    return DigestOutlook(summary=summary, signals=signals), notes


def key_dates(signals: Sequence[WatchSignal], after: dt.date | None) -> list[KeyDate]:
    """The dates ahead the signals give, from ``after`` on, in date order, each thing once."""
    found: dict[tuple[dt.date, str], KeyDate] = {}
    for signal in signals:
        if signal.when is None:
            continue
        # "in March" is still ahead on March 12: a date is past once its last day is.
        if after is not None and last_day(signal.when, signal.when_precision) < after:
            continue
        what = _cut(signal.description, MAX_KEY_DATE_WORDS, _told(signal)) or _whole(signal)
        key = (signal.when, merge_key(what))
        if key not in found:
            found[key] = KeyDate(
                date=signal.when,
                precision=signal.when_precision,
                what=what,
                sources=signal.sources,
            )
    return [found[key] for key in sorted(found)]


def _told(signal: WatchSignal) -> str:
    """What the signal's source says: its first quote (whole), else its description."""
    return signal.evidence[0].quote if signal.evidence else signal.description


def _whole(signal: WatchSignal) -> str:
    """A key date's thing to watch told whole: the description, unless it was shortened
    ("…") and its source's quote says more (the date it gives may be in the part cut off)."""
    quote = " ".join(_told(signal).split())
    if signal.description.endswith("…") and len(quote.split()) <= MAX_KEY_DATE_QUOTE_WORDS:
        return quote
    return signal.description


def _cut(description: str, max_words: int, source: str | None = None) -> str | None:
    """``description`` cut to its main clause (:func:`trim_clause`), unless the cut leaves out
    all that says what is ahead ("India has signed a string of long-term contracts" of "...
    as it seeks to raise the share of gas to 15 percent by 2030"; "Somalia recalled its
    ambassador on Friday" of "... after officials said they would revive a plan"): the clause
    left tells the past, not the signal. ``source``: the text the description tells (its
    quote), when the description may have been shortened. None when there is no such cut."""
    clause = trim_clause(description, max_words)
    if clause is None:
        return None
    return clause if keeps_ahead(clause, source or description) else None


def _signal_reason(a: _Signal, b: _Signal, score: float) -> str:
    pair = (
        f"{quoted(a.signal.description)} ({a.article.id[:12]}) ~ "
        f"{quoted(b.signal.description)} ({b.article.id[:12]})"
    )
    return f"{pair}: " + ("same text" if score == 1.0 else f"shared words {score:.2f}")


def _watch_signal(group: list[_Signal]) -> WatchSignal:
    group = sorted(group, key=lambda s: s.order)
    horizons = [s.signal.horizon for s in group if s.signal.horizon]
    likelihoods = [s.signal.likelihood for s in group if s.signal.likelihood != "unclear"]
    dates = [
        (d, when_precision(s.signal.when))
        for s in group
        if s.signal.when and (d := parse_when(s.signal.when)) is not None
    ]
    evidence: dict[tuple[str, int, int], ThreadEvidence] = {}
    for item in group:
        for quote in sorted(item.signal.evidence, key=lambda e: (e.start, e.end)):
            evidence.setdefault(
                (item.article.id, quote.start, quote.end), ThreadEvidence.of(item.article.id, quote)
            )
    return WatchSignal(
        description=group[0].signal.description,
        horizon=horizons[-1] if horizons else None,
        likelihood=likelihoods[-1] if likelihoods else "unclear",
        when=dates[-1][0] if dates else None,
        when_precision=dates[-1][1] if dates else "day",
        sources=list(dict.fromkeys(s.article.id for s in group)),
        evidence=list(evidence.values()),
    )


def _concreteness(group: Sequence[_Signal]) -> int:
    """How much of what to watch a merged signal says: one point for naming an actor of one
    of its articles, one for a date or horizon."""
    dated = any(s.signal.when or s.signal.horizon for s in group)
    named = any(_names_an_actor(s) for s in group)
    return int(dated) + int(named)


def _names_an_actor(item: _Signal) -> bool:
    text = item.signal.description
    for actor in item.article.briefing.actors:
        for name in (actor.name, *actor.aliases):
            if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                return True
    return False


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def _summary(signals: Sequence[WatchSignal]) -> str:
    """The best-ranked signals of up to three different articles, each cut to its main clause
    (a signal whose articles are all covered already adds no new report)."""
    chosen: list[str] = []
    covered: set[str] = set()
    for signal in signals:
        if len(chosen) == 3:
            break
        if signal.sources and set(signal.sources) <= covered:
            continue
        clause = _cut(signal.description, MAX_SUMMARY_CLAUSE_WORDS)
        if clause is None:
            continue
        chosen.append(_sentence(clause))
        covered |= set(signal.sources)
    return " ".join(chosen)


def _latest_summary(articles: Sequence[Article]) -> str:
    for article in reversed(articles):
        if article.briefing.outlook.summary:
            return " ".join(article.briefing.outlook.summary.split())
    return ""
