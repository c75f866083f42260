"""RSS and Atom feeds in a digest: telling a feed from an article, and reading its entries.

A feed is a file (an ``.xml``/``.rss``/``.atom`` file, or any file whose content parses as a
feed with a title and entries) or a URL whose body is one. Each entry with a link becomes a
:class:`FeedEntry`: the page to fetch, with the date and title the feed gives it, which stand
in when the page has none of its own (:mod:`._collect` fills them in). Relative links are
taken from the feed's URL.

Whether some bytes are worth parsing as a feed is judged on their first 2 KiB, decoded by the
one cascade (:mod:`summarizer._ingest._decode`, so a byte-order mark is known in one place);
the parsing itself is feedparser's, which decodes the whole feed as XML must be decoded (by its
own ``<?xml encoding=...?>`` declaration).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urljoin

from summarizer._digest._sources import ARTICLE_SUFFIXES, Failure
from summarizer._ingest._decode import decode
from summarizer._ingest._sniff import looks_like_feed

__all__ = ["FEED_SUFFIXES", "FeedEntry", "feed_entries", "may_be_feed"]

FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
# How much of the start is looked at: the root element comes before any entry.
_HEAD_BYTES = 2048


@dataclass(frozen=True)
class FeedEntry:
    """A feed entry to fetch: its link, and what the feed says about it."""

    url: str
    published: date | None
    title: str | None
    feed: str


def may_be_feed(path: Path, data: bytes) -> bool:
    """Whether a file is worth handing to feedparser: XML that is not HTML, by its first bytes.

    Only names a feed or an article could have (``.xml``, none, or an article suffix): a file
    named like anything else is not taken for a feed, whatever it holds.
    """
    if path.suffix.lower() not in ({".xml", ""} | ARTICLE_SUFFIXES):
        return False
    head = _head(data)
    return looks_like_feed(head)


def feed_entries(
    data: bytes, label: str, *, base: str | None, by_name: bool
) -> list[FeedEntry] | Failure | None:
    """The entries of ``data`` if it is a feed; None if it is not one (an article).

    A feed is what feedparser reads with a feed title and entries; with ``by_name`` (a feed
    suffix) entries alone will do. Entries without a link are left out; a feed none of whose
    entries has one, a feed without entries, and (``by_name``) no feed at all are a
    :class:`Failure` naming ``label``. ``base`` is the feed's URL, for relative links.
    """
    head = _head(data)
    if not (looks_like_feed(head) or (by_name and head.startswith("<"))):
        return None  # text, or HTML: not worth parsing as a feed
    import feedparser

    parsed = feedparser.parse(data)
    title = parsed.feed.get("title") if parsed.feed else None
    if not parsed.entries or not (title or by_name):
        if by_name or looks_like_feed(head):
            return Failure(label, "the feed has no entries" if title else "not an RSS or Atom feed")
        return None
    entries: list[FeedEntry] = []
    missing = 0
    for item in parsed.entries:
        link = item.get("link")
        if not isinstance(link, str) or not link.strip():
            missing += 1
            continue
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        entry_title = item.get("title")
        entries.append(
            FeedEntry(
                url=_resolve(base, link.strip()),
                published=date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None,
                title=entry_title if isinstance(entry_title, str) and entry_title else None,
                feed=label,
            )
        )
    if missing and not entries:
        return Failure(label, f"none of the feed's {missing} entries has a link")
    return entries


def _head(data: bytes) -> str:
    """The start of ``data`` as text, byte-order mark and leading blanks gone."""
    return decode(data[:_HEAD_BYTES]).text.lstrip(" \t\r\n")


def _resolve(base: str | None, link: str) -> str:
    """``link`` made absolute against the feed's URL; a link too broken to join
    (``http://[oops/``) is kept as it is, for the fetcher to refuse as an invalid URL."""
    try:
        return urljoin(base, link) if base else link
    except ValueError:
        return link
