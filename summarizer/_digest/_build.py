"""``build_digest``: a set of briefings in, one merged :class:`Digest` out.

Only articles of public affairs between states (``relevance`` international) are digested by
default; domestic ones when asked (``include``); off-topic ones never. What is left out is
listed under ``not_included`` with why. Dates are the sources' own: a thread is dated by its
latest development's date or its sources' published dates, and the digest's period is what
its dated sources cover; an undated source is counted (``undated``) and dated nowhere but in
the sources list, where ``date_from`` says the date is the day it was read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from summarizer._briefing._models import Briefing
from summarizer._digest._actors import merge_actors
from summarizer._digest._changes import compare
from summarizer._digest._common import Article, article_date, utc_key
from summarizer._digest._models import (
    DealThread,
    Digest,
    DigestActor,
    DigestProvenance,
    DigestSource,
    DisputeThread,
    MergeNote,
    NotIncluded,
    Period,
)
from summarizer._digest._outlook import key_dates, merge_outlook
from summarizer._digest._regions import region_of
from summarizer._digest._synthesis import (
    MAX_DEVELOPMENTS,
    bottom_line,
    rank_key,
    significance,
    top_developments,
)
from summarizer._digest._threads import build_threads
from summarizer._errors import ConfigError

__all__ = ["DEFAULT_INCLUDE", "build_digest"]

_SECTIONS = ("actor", "dispute", "deal", "signal")
DEFAULT_INCLUDE = frozenset({"international"})
_LEFT_OUT = {
    "off_topic": "off-topic: not public-affairs news (sport, culture, products, science)",
    "domestic": "domestic: public affairs inside one state (include with --include domestic)",
}


def build_digest(
    briefings: Sequence[Briefing],
    *,
    not_included: Sequence[tuple[str, str]] = (),
    period: tuple[dt.date, dt.date] | None = None,
    created_at: dt.datetime | None = None,
    max_developments: int = MAX_DEVELOPMENTS,
    include: Collection[str] = DEFAULT_INCLUDE,
    previous: Digest | None = None,
) -> Digest:
    """Merge ``briefings`` (one per article) into a digest.

    Deterministic: the same briefings in any order give the same digest (every list is sorted
    by content, never by input position). Two briefings of one article (same article id) count
    once; the other is listed in ``not_included``, as is every article whose relevance is not
    in ``include`` (a briefing made before relevance existed is kept).

    ``not_included`` lists inputs that gave no briefing, as (source, reason) pairs.
    ``period`` labels the digest (it does not filter); without it the period is what the dated
    sources cover. ``previous`` is the digest of the period before (from the store): with it,
    ``changes`` says what is new, changed, ended or gone quiet. ``created_at`` defaults to the
    newest briefing's time, so the digest of the same briefings is the same JSON byte for byte.
    """
    chosen, duplicates = _unique(briefings)
    kept, left_out = _relevant(chosen, include)
    dated = sorted(((article_date(b), b) for b in kept), key=lambda x: (x[0][0], _id(x[1])))
    articles = [
        Article(id=_id(b), date=day, date_from=source, order=order, briefing=b)
        for order, ((day, source), b) in enumerate(dated)
    ]
    sources = [_source(a) for a in articles]
    by_id = {s.article: s for s in sources}

    actors = merge_actors(articles)
    threads = build_threads(articles, actors)
    named = {a.name: a for a in actors.actors}
    disputes = sorted(
        (_placed(t, named, by_id) for t in threads.disputes), key=lambda t: rank_key(t, by_id)
    )
    deals = sorted(
        (_placed(t, named, by_id) for t in threads.deals), key=lambda t: rank_key(t, by_id)
    )
    ranked = sorted(
        [*(("dispute", t) for t in disputes), *(("deal", t) for t in deals)],
        key=lambda pair: (*rank_key(pair[1], by_id), pair[0]),
    )
    outlook, signal_notes = merge_outlook(articles)
    covered = _covered(articles)
    ahead = key_dates(outlook.signals, covered.end if covered else None)
    notes: list[MergeNote] = [*actors.notes, *threads.notes, *signal_notes]
    notes.sort(key=lambda n: _SECTIONS.index(n.section))  # stable: keeps each section's order

    skipped = [NotIncluded(source=s, reason=r) for s, r in not_included]
    skipped += [*duplicates, *left_out]
    skipped.sort(key=lambda n: (n.source, n.reason))
    digest = Digest(
        period=_period(period, covered),
        covered=covered,
        undated=sum(1 for a in articles if a.date_from != "published"),
        top_developments=top_developments(
            ranked,
            {a.id: a for a in articles},
            by_id,
            ahead,
            max_developments,
            since=_history_before(_period(period, covered), articles),
        ),
        actors=actors.actors,
        disputes=disputes,
        deals=deals,
        outlook=outlook,
        key_dates=ahead,
        sources=sources,
        not_included=skipped,
        merges=notes,
        provenance=_provenance(chosen, created_at),
    )
    changes = compare(digest, previous) if previous is not None else None
    return digest.model_copy(
        update={
            "changes": changes or [],
            "compared_with": previous.covered or previous.period if previous else None,
            "bottom_line": bottom_line(
                articles=len(articles),
                covered=(covered.start, covered.end) if covered else None,
                undated=digest.undated,
                ranked=ranked,
                sources=by_id,
                changes=changes,
            ),
        }
    )


def _id(briefing: Briefing) -> str:
    return briefing.provenance.article_id


def _relevant(
    briefings: Sequence[Briefing], include: Collection[str]
) -> tuple[list[Briefing], list[NotIncluded]]:
    kept: list[Briefing] = []
    left_out: list[NotIncluded] = []
    for briefing in briefings:
        relevance = briefing.relevance
        if relevance is None or relevance in include:
            kept.append(briefing)
            continue
        source = briefing.source.path or briefing.source.url or _id(briefing)
        reason = _LEFT_OUT.get(relevance, f"{relevance}: not asked for")
        left_out.append(NotIncluded(source=source, reason=reason))
    return kept, left_out


def _placed(
    thread: DisputeThread | DealThread,
    actors: dict[str, DigestActor],
    sources: dict[str, DigestSource],
) -> DisputeThread | DealThread:
    """A thread with its region and the reasons it ranks where it does."""
    return thread.model_copy(
        update={
            "region": region_of(thread.parties, actors),
            "significance": list(significance(thread, sources).reasons),
        }
    )


def _unique(briefings: Sequence[Briefing]) -> tuple[list[Briefing], list[NotIncluded]]:
    """One briefing per article id (the earliest made); the others as not included."""
    ordered = sorted(
        briefings,
        key=lambda b: (
            _id(b),
            utc_key(b.provenance.created_at),
            b.provenance.engine,
            b.provenance.model or "",
            b.source.path or b.source.url or "",
            b.headline,
        ),
    )
    chosen: list[Briefing] = []
    duplicates: list[NotIncluded] = []
    for briefing in ordered:
        if chosen and _id(chosen[-1]) == _id(briefing):
            source = briefing.source.path or briefing.source.url or _id(briefing)
            duplicates.append(
                NotIncluded(
                    source=source,
                    reason=f"same article as {_id(briefing)[:12]}, which is included once",
                )
            )
            continue
        chosen.append(briefing)
    return chosen, duplicates


def _covered(articles: Sequence[Article]) -> Period | None:
    """The dates the dated sources cover (published dates); None when none is dated."""
    days = [a.date for a in articles if a.date_from == "published"]
    return Period(start=min(days), end=max(days)) if days else None


def _history_before(shown: Period | None, articles: Sequence[Article]) -> dt.date | None:
    """Before when a development is background: the period's start; with no date to go by
    (every source undated), the start of the year the first was read: "the invasion of 2022"
    in an article read in 2026 is history, whatever the article's own date."""
    if shown is not None:
        return shown.start
    if not articles:
        return None
    return dt.date(min(a.date for a in articles).year, 1, 1)


def _period(given: tuple[dt.date, dt.date] | None, covered: Period | None) -> Period | None:
    if given is not None:
        start, end = given
        if end < start:
            raise ConfigError(f"the period ends ({end}) before it starts ({start})")
        return Period(start=start, end=end)
    return covered


def _source(article: Article) -> DigestSource:
    source = article.briefing.source
    return DigestSource(
        article=article.id,
        title=source.title,
        headline=article.briefing.headline,
        url=source.url,
        canonical_url=source.canonical_url if source.canonical_url != source.url else None,
        path=source.path,
        site=source.site,
        published=source.published,
        date=article.date,
        date_from=article.date_from,
        relevance=article.briefing.relevance,
    )


def _provenance(briefings: Sequence[Briefing], created_at: dt.datetime | None) -> DigestProvenance:
    if created_at is None:
        times = [b.provenance.created_at for b in briefings]
        created_at = (
            max(times, key=utc_key)
            if times
            else dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        )
    return DigestProvenance(
        engine="offline",
        model=None,
        briefing_engines=sorted({b.provenance.engine for b in briefings}),
        briefing_models=sorted({b.provenance.model for b in briefings if b.provenance.model}),
        briefings=len(briefings),
        tokens_in=sum(b.provenance.tokens_in for b in briefings),
        tokens_out=sum(b.provenance.tokens_out for b in briefings),
        model_calls=sum(b.provenance.model_calls for b in briefings),
        cost=_cost(briefings),
        created_at=created_at,
    )


def _cost(briefings: Sequence[Briefing]) -> float | None:
    """The briefings' costs summed; None when one that called a model has none."""
    costs = [b.provenance.cost for b in briefings if b.provenance.model_calls]
    if any(cost is None for cost in costs):
        return None
    return sum(cost for cost in costs if cost is not None)
