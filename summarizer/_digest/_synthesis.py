"""The offline synthesis: the week's top developments and its outlook, from rules alone.

* **Top developments** are the threads (disputes and deals together) ranked by how many
  articles report them, then how many actors they involve, then how recent their latest report
  is, then title (for a total order). Each becomes one statement built from the thread's
  title, parties, kind, status (with the change, when there was one) and latest summary, and
  cites the articles it rests on.
* **Outlook**: the articles' signals, merged when they say the same thing (equal once
  normalised, or sharing at least ``MIN_SIGNAL_WORDS`` (3) topic words that make up at least
  ``SIGNAL_SIMILARITY`` (0.6) of both), each with its sources. Ranked by number of sources,
  then likelihood (high first), then recency. The summary restates the three best-supported
  signals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from summarizer._digest._common import Article, UnionFind, content_words, name_key, quoted
from summarizer._digest._models import (
    DealThread,
    DigestOutlook,
    DisputeThread,
    MergeNote,
    ThreadEvidence,
    TopDevelopment,
    WatchSignal,
)
from summarizer._models import Signal

MAX_DEVELOPMENTS = 5
MIN_SIGNAL_WORDS = 3
SIGNAL_SIMILARITY = 0.6
LIKELIHOOD_ORDER = ("high", "medium", "low", "unclear")
_MAX_PARTIES_IN_STATEMENT = 4


# --------------------------------------------------------------------------- ranking


def thread_rank(
    thread: DisputeThread | DealThread, dates: Mapping[str, dt.date]
) -> tuple[int, int, int, str, str]:
    """Sort key of a thread: most sources, most parties, latest report, then title."""
    latest = max((dates[s] for s in thread.sources if s in dates), default=dt.date.min)
    return (
        -len(thread.sources),
        -len(thread.parties),
        -latest.toordinal(),
        name_key(thread.title),
        thread.title,
    )


def top_developments(
    disputes: Sequence[DisputeThread],
    deals: Sequence[DealThread],
    dates: Mapping[str, dt.date],
    limit: int = MAX_DEVELOPMENTS,
) -> list[TopDevelopment]:
    """The ``limit`` highest-ranked threads, each as a statement with its sources."""
    both: list[tuple[str, DisputeThread | DealThread]] = [
        *(("dispute", t) for t in disputes),
        *(("deal", t) for t in deals),
    ]
    ranked = sorted(both, key=lambda pair: (*thread_rank(pair[1], dates), pair[0]))
    return [
        TopDevelopment.model_validate(
            {
                "statement": statement(thread, section),
                "sources": thread.sources,
                "section": section,
                "thread": thread.title,
            }
        )
        for section, thread in ranked[: max(limit, 0)]
    ]


def statement(thread: DisputeThread | DealThread, section: str) -> str:
    """One thread as a sentence or two: what, who, where it stands, and the latest report."""
    parties = thread.parties[:_MAX_PARTIES_IN_STATEMENT]
    more = len(thread.parties) - len(parties)
    who = ", ".join(parties) + (f" and {more} more" if more > 0 else "")
    head = f"{thread.title} ({who})" if who else thread.title
    kind = f"{thread.kind.replace('_', ' ')} {section}"
    history = thread.status_history
    if thread.status == "unclear":
        where = "status unclear"
    else:
        where = f"{thread.status}"
        if thread.status_since is not None:
            where += f" as of {thread.status_since.isoformat()}"
        if len(history) > 1:
            before = history[-2]
            where += f", previously {before.status} ({before.date.isoformat()})"
    text = f"{head}: {kind}; {where}."
    summary = " ".join(thread.summary.split())
    return f"{text} {summary}" if summary else text


# --------------------------------------------------------------------------- outlook


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
    if name_key(a.signal.description) == name_key(b.signal.description):
        return 1.0
    shared = a.words & b.words
    if len(shared) < MIN_SIGNAL_WORDS:
        return None
    score = len(shared) / len(a.words | b.words)
    return score if score >= SIGNAL_SIMILARITY else None


def merge_outlook(articles: Sequence[Article]) -> tuple[DigestOutlook, list[MergeNote]]:
    """The articles' signals merged into one outlook, with notes on what was merged."""
    items = [
        _Signal(article, index, signal, content_words(signal.description))
        for article in articles
        for index, signal in enumerate(article.briefing.outlook.signals)
    ]
    uf = UnionFind(len(items))
    links: list[tuple[int, int, float]] = []
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            score = _similar(a, items[j])
            if score is not None and uf.union(i, j):
                links.append((j, i, score))
    merged: list[tuple[WatchSignal, dt.date]] = []
    first_of: dict[int, str] = {}
    for members in uf.groups():
        group = [items[i] for i in members]
        signal = _watch_signal(group)
        merged.append((signal, max(s.article.date for s in group)))
        first_of[uf.find(members[0])] = signal.description
    merged.sort(
        key=lambda pair: (
            -len(pair[0].sources),
            LIKELIHOOD_ORDER.index(pair[0].likelihood),
            -pair[1].toordinal(),
            name_key(pair[0].description),
            pair[0].description,
        )
    )
    signals = [signal for signal, _ in merged]
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
    summary = _summary(signals) or _latest_summary(articles)
    return DigestOutlook(summary=summary, signals=signals), notes


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
        sources=list(dict.fromkeys(s.article.id for s in group)),
        evidence=list(evidence.values()),
    )


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def _summary(signals: Sequence[WatchSignal]) -> str:
    return " ".join(_sentence(s.description) for s in signals[:3])


def _latest_summary(articles: Sequence[Article]) -> str:
    for article in reversed(articles):
        if article.briefing.outlook.summary:
            return " ".join(article.briefing.outlook.summary.split())
    return ""
