"""``build_digest``: a set of briefings in, one merged :class:`Digest` out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from summarizer._briefing._models import Briefing
from summarizer._digest._actors import merge_actors
from summarizer._digest._common import Article, article_date, utc_key
from summarizer._digest._models import (
    Digest,
    DigestProvenance,
    DigestSource,
    MergeNote,
    NotIncluded,
    Period,
)
from summarizer._digest._synthesis import (
    MAX_DEVELOPMENTS,
    merge_outlook,
    thread_rank,
    top_developments,
)
from summarizer._digest._threads import build_threads
from summarizer._errors import ConfigError

_SECTIONS = ("actor", "dispute", "deal", "signal")


def build_digest(
    briefings: Sequence[Briefing],
    *,
    not_included: Sequence[tuple[str, str]] = (),
    period: tuple[dt.date, dt.date] | None = None,
    created_at: dt.datetime | None = None,
    max_developments: int = MAX_DEVELOPMENTS,
) -> Digest:
    """Merge ``briefings`` (one per article) into a digest.

    Deterministic: the same briefings in any order give the same digest (every list is sorted
    by content, never by input position). An article is filed under its published date, or,
    when the article gave none, under the date its briefing was made (its source entry says
    so in ``date_from``). Two briefings of one article (same article id) count once; the other
    is listed in ``not_included``.

    ``not_included`` lists inputs that gave no briefing, as (source, reason) pairs.
    ``period`` labels the digest (it does not filter); without it the period runs from the
    oldest to the newest article. ``created_at`` defaults to the newest briefing's time, so
    the digest of the same briefings is the same JSON byte for byte.
    """
    chosen, duplicates = _unique(briefings)
    dated = sorted(((article_date(b), b) for b in chosen), key=lambda x: (x[0][0], _id(x[1])))
    articles = [
        Article(id=_id(b), date=day, date_from=source, order=order, briefing=b)
        for order, ((day, source), b) in enumerate(dated)
    ]
    dates = {a.id: a.date for a in articles}

    actors = merge_actors(articles)
    threads = build_threads(articles, actors)
    disputes = sorted(threads.disputes, key=lambda t: thread_rank(t, dates))
    deals = sorted(threads.deals, key=lambda t: thread_rank(t, dates))
    outlook, signal_notes = merge_outlook(articles)
    notes: list[MergeNote] = [*actors.notes, *threads.notes, *signal_notes]
    notes.sort(key=lambda n: _SECTIONS.index(n.section))  # stable: keeps each section's order

    skipped = [NotIncluded(source=s, reason=r) for s, r in not_included] + duplicates
    skipped.sort(key=lambda n: (n.source, n.reason))
    return Digest(
        period=_period(period, articles),
        top_developments=top_developments(disputes, deals, dates, max_developments),
        actors=actors.actors,
        disputes=disputes,
        deals=deals,
        outlook=outlook,
        sources=[_source(a) for a in articles],
        not_included=skipped,
        merges=notes,
        provenance=_provenance(chosen, created_at),
    )


def _id(briefing: Briefing) -> str:
    return briefing.provenance.article_id


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


def _period(given: tuple[dt.date, dt.date] | None, articles: Sequence[Article]) -> Period | None:
    if given is not None:
        start, end = given
        if end < start:
            raise ConfigError(f"the period ends ({end}) before it starts ({start})")
        return Period(start=start, end=end)
    if not articles:
        return None
    return Period(start=min(a.date for a in articles), end=max(a.date for a in articles))


def _source(article: Article) -> DigestSource:
    source = article.briefing.source
    return DigestSource(
        article=article.id,
        title=source.title,
        headline=article.briefing.headline,
        url=source.url,
        path=source.path,
        site=source.site,
        published=source.published,
        date=article.date,
        date_from=article.date_from,
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
        created_at=created_at,
    )
