"""A digest's articles: its inputs read, concurrently where they are pages, and dated.

:func:`collect` takes the sources a digest was given, expanded by :mod:`._sources` (files,
folders, ``@lists``, URLs, ``-``), and reads each into articles: a file or standard input by
the reader of single articles (:mod:`summarizer._ingest._reading`), a feed (:mod:`._feeds`) into
the pages of its entries, and every page, fetched a few at a time, by the one page-to-article
step (:func:`summarizer._ingest._page.article_of_page`), so a feed entry's page gives the
article ``read_url`` gives for it. With no sources, the articles are the store's, dated within
the selection (by default the last complete ISO week, Monday to Sunday, before the current one).

Dates (:class:`Selection`): an article is dated by its published date; from a feed, the
entry's date stands in when the page gives none; failing both, by the day it was read (the
first time, when the store has seen it before), and :attr:`Collected.dated_by` says so.

One bad input does not stop the others: what cannot be read becomes a :class:`Failure` with a
one-line reason, for the digest's "Not included".

Reading a big folder or a long feed takes seconds: each step is told to ``progress``
(:class:`~summarizer._digest._progress.ProgressEvent`, kinds ``fetching``, ``reading`` and
``extracting``), from the calling thread, so a display shows the run working from the start.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from summarizer._briefing._article import Article
from summarizer._digest._feeds import FEED_SUFFIXES, FeedEntry, feed_entries, may_be_feed
from summarizer._digest._periods import Selection, last_complete_week
from summarizer._digest._progress import Kind, Progress, ProgressEvent
from summarizer._digest._sources import Failure, expand_sources
from summarizer._errors import InputError, SummarizerError
from summarizer._ingest._fetching import DEFAULT_SETTINGS, FetchSettings, Page, fetch
from summarizer._ingest._page import article_of_page
from summarizer._ingest._reading import (
    DEFAULT_MAX_BYTES,
    article_from_bytes,
    is_url,
    read_article,
    read_file,
)
from summarizer._redact import redact_url

if TYPE_CHECKING:
    from summarizer._store import Store

# Failure is made by every stage of collecting and is part of what collect() returns: the
# digest's runner and the command line take it from here.
__all__ = ["FETCH_WORKERS", "Collected", "Collection", "Failure", "collect"]

# Pages fetched at once while collecting: enough to hide network latency, few enough that a
# feed of 50 entries on one site does not look like an attack to it.
FETCH_WORKERS = 8

DatedBy = Literal["published", "read"]


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Collected:
    """An article to digest and the day it counts under."""

    article: Article
    day: date
    dated_by: DatedBy

    @property
    def label(self) -> str:
        return self.article.label


@dataclass
class Collection:
    """What :func:`collect` found.

    ``outside`` counts articles read but dated outside the selection; ``duplicates`` inputs
    whose article (same cleaned text) was already collected from another place.
    """

    articles: list[Collected] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    selection: Selection | None = None
    from_store: bool = False
    outside: int = 0
    duplicates: int = 0

    @property
    def undated(self) -> int:
        """How many articles are dated by the day they were read (they gave no date)."""
        return sum(1 for c in self.articles if c.dated_by == "read")


# --------------------------------------------------------------------------- collect


def collect(
    sources: Sequence[str | os.PathLike[str]] = (),
    *,
    selection: Selection | None = None,
    store: Store | None = None,
    fetch_settings: FetchSettings | None = None,
    now: datetime | None = None,
    workers: int = FETCH_WORKERS,
    progress: Progress | None = None,
) -> Collection:
    """Read ``sources`` into articles, keeping those dated within ``selection`` (all without
    one). With no sources, the store's articles in ``selection``, by default the last
    complete ISO week before ``now`` (default: the current local time). ``progress`` hears
    of each input fetched, read and extracted (see the module docstring).

    Raises :class:`InputError` only when there is nothing to read at all (no sources and no
    store); everything else that fails is a :class:`Failure` in the result.
    """
    moment = now or datetime.now().astimezone()
    if not sources:
        if store is None:
            raise InputError("nothing to digest: no sources given and no store to read")
        chosen = selection or last_complete_week(moment.date())
        stored = store.articles_between(chosen.start, chosen.end)
        return Collection(
            articles=[Collected(s.article(), s.day, s.dated_by) for s in stored],
            selection=chosen,
            from_store=True,
        )

    found, failures = expand_sources(sources)
    reader = _Reader(fetch_settings, workers, progress)
    articles = reader.read(found)
    failures += reader.failures
    result = Collection(failures=failures, selection=selection)
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            result.duplicates += 1
            continue
        seen.add(article.id)
        item = _dated(article, store, moment.date())
        if selection is not None and item.day not in selection:
            result.outside += 1
            continue
        result.articles.append(item)
    return result


def _dated(article: Article, store: Store | None, today: date) -> Collected:
    if article.source.published is not None:
        return Collected(article, article.source.published, "published")
    # Read before: it counts under the day it was first read, as the store files it.
    stored = store.get_article(article.id) if store is not None else None
    return Collected(article, stored.day if stored is not None else today, "read")


class _Reader:
    """Reads expanded sources into articles, fetching URLs a few at a time.

    Only the network waits happen in worker threads; extraction (trafilatura, lxml) and
    feed parsing stay in the calling thread, which keeps them out of any thread-safety doubt.
    """

    def __init__(
        self, fetch_settings: FetchSettings | None, workers: int, progress: Progress | None
    ) -> None:
        self.settings = fetch_settings or DEFAULT_SETTINGS
        self.workers = max(1, workers)
        self.progress = progress
        self.failures: list[Failure] = []

    def read(self, sources: Sequence[str]) -> list[Article]:
        urls = [s for s in sources if is_url(s)]
        pages = self._fetch_all(urls, _with_feeds(self.settings))
        entries: list[FeedEntry] = []
        slots: list[Article | list[FeedEntry] | None] = []
        self._tell("reading", 0, len(sources))
        for done, source in enumerate(sources, start=1):
            if is_url(source):
                page = pages[source]
                slots.append(None if page is None else self._page(source, page))
            else:
                slots.append(self._file(source))
            if isinstance(slots[-1], list):
                entries += slots[-1]
            self._tell("reading", done, len(sources), source)
        # Feed entries: their pages, fetched together, each in its feed's place in the order.
        entry_pages = self._fetch_all([e.url for e in entries], self.settings)
        articles: list[Article] = []
        extracted = 0
        if entries:
            self._tell("extracting", 0, len(entries))
        for slot in slots:
            if isinstance(slot, Article):
                articles.append(slot)
            elif isinstance(slot, list):
                for entry in slot:
                    page = entry_pages.get(entry.url)
                    article = None if page is None else self._entry_article(entry, page)
                    if article is not None:
                        articles.append(article)
                    extracted += 1
                    self._tell("extracting", extracted, len(entries), entry.url)
        return articles

    def _tell(self, kind: Kind, done: int, total: int, label: str = "") -> None:
        if self.progress is not None:
            name = redact_url(label) if is_url(label) else label
            self.progress(ProgressEvent(kind=kind, total=total, done=done, label=name))

    # ------------------------------------------------------------------ network

    def _fetch_all(self, urls: Sequence[str], settings: FetchSettings) -> dict[str, Page | None]:
        """Each URL's page, or None after recording why it failed; each URL fetched once."""
        unique = list(dict.fromkeys(urls))
        if not unique:
            return {}

        def one(url: str) -> Page | SummarizerError:
            try:
                return fetch(url, settings)
            except SummarizerError as error:
                return error

        results: dict[str, Page | SummarizerError] = {}
        self._tell("fetching", 0, len(unique))
        with ThreadPoolExecutor(max_workers=min(self.workers, len(unique))) as pool:
            futures = {pool.submit(one, url): url for url in unique}
            # Told as each page arrives, from this thread: a display need not be thread-safe.
            for future in as_completed(futures):
                results[futures[future]] = future.result()
                self._tell("fetching", len(results), len(unique), futures[future])
        pages: dict[str, Page | None] = {}
        for url in unique:
            result = results[url]
            if isinstance(result, SummarizerError):
                self.failures.append(Failure.of(result, redact_url(url)))
                pages[url] = None
            else:
                pages[url] = result
        return pages

    # ------------------------------------------------------------------ kinds of input

    def _page(self, url: str, page: Page) -> Article | list[FeedEntry] | None:
        label = redact_url(url)
        entries = feed_entries(page.body, label, base=page.url, by_name=False)
        if entries is not None:
            return self._entries(entries, label)
        return self._guard(label, lambda: article_of_page(page))

    def _file(self, source: str) -> Article | list[FeedEntry] | None:
        if source == "-":
            return self._guard(source, lambda: read_article(source))
        path = Path(source)
        # Read once, refused if it is not a regular file: a pipe or /dev/zero named like a
        # feed or an article must not hold up (or fill up) the digest.
        try:
            data = read_file(path, max_bytes=DEFAULT_MAX_BYTES, label=source)
        except SummarizerError as error:
            self.failures.append(Failure.of(error, source))
            return None
        by_name = path.suffix.lower() in FEED_SUFFIXES
        if by_name or may_be_feed(path, data):
            entries = feed_entries(data, source, base=None, by_name=by_name)
            if entries is not None:
                return self._entries(entries, source)
            if by_name:
                self.failures.append(Failure(source, "not an RSS or Atom feed"))
                return None
        return self._guard(source, lambda: article_from_bytes(data, label=source))

    def _entries(self, entries: list[FeedEntry] | Failure, label: str) -> list[FeedEntry] | None:
        if isinstance(entries, Failure):
            self.failures.append(entries)
            return None
        return entries

    def _entry_article(self, entry: FeedEntry, page: Page) -> Article | None:
        article = self._guard(redact_url(entry.url), lambda: article_of_page(page))
        if article is None:
            return None
        # The page's own metadata wins; the feed's fills what the page left out.
        fill: dict[str, Any] = {}
        if article.source.published is None and entry.published is not None:
            fill["published"] = entry.published
        if article.source.title is None and entry.title:
            fill["title"] = entry.title
        if not fill:
            return article
        return dataclasses.replace(article, source=article.source.model_copy(update=fill))

    def _guard(self, label: str, read: Callable[[], Article]) -> Article | None:
        try:
            return read()
        except SummarizerError as error:
            self.failures.append(Failure.of(error, label))
            return None


def _with_feeds(settings: FetchSettings) -> FetchSettings:
    """``settings`` that also accept feed content types, when the fetcher can.

    The fetcher refuses ``application/rss+xml`` and the like by default (they are not pages
    to brief). A feed served as text, or with no type, is fetched and recognised either way.
    """
    return dataclasses.replace(settings, accept_feeds=True)
