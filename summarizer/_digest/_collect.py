"""What a digest is made of: its inputs, read into articles, and the dates that select them.

Inputs (:func:`collect`):

* a file (text, markdown or HTML), or ``-`` for standard input;
* a folder: every ``.txt``, ``.md``, ``.html`` and ``.htm`` file in it and its subfolders
  (hidden files and folders skipped), in path order;
* a URL: the page, or, when the body is an RSS or Atom feed, every entry's linked page;
* a feed file (an ``.xml``/``.rss``/``.atom`` file, or any file whose content parses as a feed
  with a title and entries): every entry's linked page;
* ``@list.txt``: one source per line (``#`` at a line's start or after a space begins a
  comment; relative paths are taken from the list file's folder, so a list can live next to
  what it names);
* no input at all: the articles already in the store, dated within the selection (by default
  the last complete ISO week, Monday to Sunday, before the current one).

Dates (:class:`Selection`): an article is dated by its published date; from a feed, the
entry's date stands in when the page gives none; failing both, by the day it was read (the
first time, when the store has seen it before), and :attr:`Collected.dated_by` says so.

One bad input does not stop the others: what cannot be read becomes a :class:`Failure` with a
one-line reason, for the digest's "Not included".
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urljoin

from summarizer._briefing._article import Article
from summarizer._digest._periods import Selection, last_complete_week, parse_since, parse_week
from summarizer._errors import InputError, InputNotFound, SummarizerError
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
    from summarizer._ingest._fetching import FetchSettings, Page
    from summarizer._store import Store

__all__ = [
    "ARTICLE_SUFFIXES",
    "FEED_SUFFIXES",
    "Collected",
    "Collection",
    "Failure",
    "Selection",
    "collect",
    "expand_sources",
    "last_complete_week",
    "parse_since",
    "parse_week",
]

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
# Pages fetched at once while collecting: enough to hide network latency, few enough that a
# feed of 50 entries on one site does not look like an attack to it.
FETCH_WORKERS = 8
# A feed file larger than this is not read (the article limit of the reader).
_LIST_DEPTH = 8

DatedBy = Literal["published", "read"]


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Failure:
    """An input that gave no briefing, and why (one line)."""

    source: str
    reason: str

    @classmethod
    def of(cls, error: SummarizerError, source: str) -> Failure:
        return cls(error.source or source, error.message)


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


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class _Entry:
    """A feed entry to fetch: its link, and what the feed says about it."""

    url: str
    published: date | None
    title: str | None
    feed: str


def expand_sources(sources: Iterable[str | os.PathLike[str]]) -> tuple[list[str], list[Failure]]:
    """Sources with list files read and folders walked: files, URLs and ``-``, in order.

    A list file or folder that cannot be read, or a folder with nothing to brief, is a
    failure; paths that do not exist are passed on (reading them reports it).
    """
    found: list[str] = []
    failures: list[Failure] = []
    _expand([os.fspath(s) for s in sources], found, failures, depth=0, base=None)
    return found, failures


def _expand(
    sources: Sequence[str],
    found: list[str],
    failures: list[Failure],
    *,
    depth: int,
    base: Path | None,
) -> None:

    for source in sources:
        if is_url(source) or source == "-":
            found.append(source)
        elif source.startswith("@") and len(source) > 1:
            _expand_list(source[1:], found, failures, depth=depth, base=base)
        else:
            path = Path(source).expanduser()
            if base is not None and not path.is_absolute():
                path = base / path
            if path.is_dir():
                files = _folder(path)
                if not files:
                    kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
                    failures.append(Failure(str(path), f"folder has no article files ({kinds})"))
                found.extend(str(f) for f in files)
            else:
                found.append(str(path))


def _expand_list(
    name: str, found: list[str], failures: list[Failure], *, depth: int, base: Path | None
) -> None:
    path = Path(name).expanduser()
    if base is not None and not path.is_absolute():
        path = base / path
    label = f"@{path}"
    if depth >= _LIST_DEPTH:
        failures.append(Failure(label, f"list files nested more than {_LIST_DEPTH} deep"))
        return
    try:
        text = read_file(path, max_bytes=DEFAULT_MAX_BYTES, label=label).decode("utf-8-sig")
    except InputNotFound:
        failures.append(Failure(label, "no such list file"))
        return
    except InputError as error:
        failures.append(Failure(label, f"cannot read the list file: {error.message}"))
        return
    except UnicodeDecodeError:
        failures.append(Failure(label, "cannot read the list file: not UTF-8 text"))
        return
    # "#" starts a comment at the start of a line or after a space; inside a URL it is the
    # fragment, so "https://x/a#b" stays whole.
    entries = [line.split(" #", 1)[0].strip() for line in text.splitlines()]
    entries = [line for line in entries if line and not line.startswith("#")]
    _expand(entries, found, failures, depth=depth + 1, base=path.parent)


def _folder(path: Path) -> list[Path]:
    """The article files under ``path``, recursively, hidden ones skipped, in path order."""
    files = []
    for root, dirs, names in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                files.append(Path(root) / name)
    return sorted(files)


# --------------------------------------------------------------------------- collect


def collect(
    sources: Sequence[str | os.PathLike[str]] = (),
    *,
    selection: Selection | None = None,
    store: Store | None = None,
    fetch_settings: FetchSettings | None = None,
    now: datetime | None = None,
    workers: int = FETCH_WORKERS,
) -> Collection:
    """Read ``sources`` into articles, keeping those dated within ``selection`` (all without
    one). With no sources, the store's articles in ``selection``, by default the last
    complete ISO week before ``now`` (default: the current local time).

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
    reader = _Reader(fetch_settings, workers)
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

    def __init__(self, fetch_settings: FetchSettings | None, workers: int) -> None:
        from summarizer._ingest._fetching import DEFAULT_SETTINGS

        self.settings = fetch_settings or DEFAULT_SETTINGS
        self.workers = max(1, workers)
        self.failures: list[Failure] = []

    def read(self, sources: Sequence[str]) -> list[Article]:

        urls = [s for s in sources if is_url(s)]
        pages = self._fetch_all(urls, _with_feeds(self.settings))
        entries: list[_Entry] = []
        slots: list[Article | list[_Entry] | None] = []
        for source in sources:
            if is_url(source):
                page = pages[source]
                slots.append(None if page is None else self._page(source, page))
            else:
                slots.append(self._file(source))
            if isinstance(slots[-1], list):
                entries += slots[-1]
        # Feed entries: their pages, fetched together, each in its feed's place in the order.
        entry_pages = self._fetch_all([e.url for e in entries], self.settings)
        articles: list[Article] = []
        for slot in slots:
            if isinstance(slot, Article):
                articles.append(slot)
            elif isinstance(slot, list):
                for entry in slot:
                    page = entry_pages.get(entry.url)
                    article = None if page is None else self._entry_article(entry, page)
                    if article is not None:
                        articles.append(article)
        return articles

    # ------------------------------------------------------------------ network

    def _fetch_all(self, urls: Sequence[str], settings: FetchSettings) -> dict[str, Page | None]:
        """Each URL's page, or None after recording why it failed; each URL fetched once."""
        from summarizer._ingest._fetching import fetch

        unique = list(dict.fromkeys(urls))
        if not unique:
            return {}

        def one(url: str) -> Page | SummarizerError:
            try:
                return fetch(url, settings)
            except SummarizerError as error:
                return error

        with ThreadPoolExecutor(max_workers=min(self.workers, len(unique))) as pool:
            results = list(pool.map(one, unique))
        pages: dict[str, Page | None] = {}
        for url, result in zip(unique, results, strict=True):
            if isinstance(result, SummarizerError):
                self.failures.append(Failure.of(result, redact_url(url)))
                pages[url] = None
            else:
                pages[url] = result
        return pages

    # ------------------------------------------------------------------ kinds of input

    def _page(self, url: str, page: Page) -> Article | list[_Entry] | None:
        label = redact_url(url)
        entries = _feed_entries(page.body, label, base=page.url, by_name=False)
        if entries is not None:
            return self._entries(entries, label)
        return self._guard(label, lambda: article_of_page(page))

    def _file(self, source: str) -> Article | list[_Entry] | None:
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
        if by_name or _may_be_feed(path, data[:2048]):
            entries = _feed_entries(data, source, base=None, by_name=by_name)
            if entries is not None:
                return self._entries(entries, source)
            if by_name:
                self.failures.append(Failure(source, "not an RSS or Atom feed"))
                return None
        return self._guard(source, lambda: article_from_bytes(data, label=source))

    def _entries(self, entries: list[_Entry] | Failure, label: str) -> list[_Entry] | None:
        if isinstance(entries, Failure):
            self.failures.append(entries)
            return None
        return entries

    def _entry_article(self, entry: _Entry, page: Page) -> Article | None:
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


# --------------------------------------------------------------------------- feeds

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)


def _may_be_feed(path: Path, head: bytes) -> bool:
    """Whether a file is worth handing to feedparser: XML that is not HTML, by its first bytes."""
    if path.suffix.lower() not in ({".xml", ""} | ARTICLE_SUFFIXES):
        return False
    return bool(_FEED_ROOT.search(head)) and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def _resolve(base: str | None, link: str) -> str:
    """``link`` made absolute against the feed's URL; a link too broken to join
    (``http://[oops/``) is kept as it is, for the fetcher to refuse as an invalid URL."""
    try:
        return urljoin(base, link) if base else link
    except ValueError:
        return link


def _feed_entries(
    data: bytes, label: str, *, base: str | None, by_name: bool
) -> list[_Entry] | Failure | None:
    """The entries of ``data`` if it is a feed; None if it is not one (an article).

    A feed is what feedparser reads with a feed title and entries; with ``by_name`` (a feed
    suffix) entries alone will do. Entries without a link become failures of their own.
    """
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<") or not (_FEED_ROOT.search(head) or by_name):
        return None  # text, or HTML: not worth parsing as a feed
    import feedparser

    parsed = feedparser.parse(data)
    title = parsed.feed.get("title") if parsed.feed else None
    if not parsed.entries or not (title or by_name):
        if by_name or _FEED_ROOT.search(head):
            return Failure(label, "the feed has no entries" if title else "not an RSS or Atom feed")
        return None
    entries: list[_Entry] = []
    missing = 0
    for item in parsed.entries:
        link = item.get("link")
        if not isinstance(link, str) or not link.strip():
            missing += 1
            continue
        url = _resolve(base, link.strip())
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        published = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
        entry_title = item.get("title")
        entries.append(
            _Entry(
                url=url,
                published=published,
                title=entry_title if isinstance(entry_title, str) and entry_title else None,
                feed=label,
            )
        )
    if missing and not entries:
        return Failure(label, f"none of the feed's {missing} entries has a link")
    return entries
