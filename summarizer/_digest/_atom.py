"""A digest as an Atom feed (RFC 4287): for feed readers and mail.

One entry per top development (its statement, who said it, the thread it is about, and a link to
each source that has a web address), then one entry for the bottom line and the key dates when
there are any. Ids are stable: the same digest gives the same feed, so a reader does not show an
entry twice when the feed is written again. Everything is text escaped by the XML writer; no
markup from an article or a model reaches the feed as markup.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from xml.etree import ElementTree as ET

from summarizer._digest._models import Digest, DigestSource, TopDevelopment
from summarizer._digest._synthesis import day_text

__all__ = ["render_digest_atom"]

_ATOM = "http://www.w3.org/2005/Atom"
_HTTP = re.compile(r"(?i)^https?://\S+$")
# XML 1.0 allows no other control characters, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render_digest_atom(digest: Digest) -> str:
    """The digest as an Atom 1.0 feed document (UTF-8 XML text, newline-terminated)."""
    ET.register_namespace("", _ATOM)
    feed_id = _feed_id(digest)
    updated = _timestamp(digest.provenance.created_at)
    feed = ET.Element(f"{{{_ATOM}}}feed")
    _text(feed, "id", feed_id)
    _text(feed, "title", _title(digest))
    _text(feed, "updated", updated)
    author = ET.SubElement(feed, f"{{{_ATOM}}}author")
    _text(author, "name", "summarizer")
    _text(feed, "generator", "summarizer")
    by_id = {s.article: s for s in digest.sources}
    for number, development in enumerate(digest.top_developments, start=1):
        _development(feed, feed_id, number, development, by_id, updated)
    if digest.bottom_line or digest.key_dates:
        _overview(feed, feed_id, digest, updated)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, "unicode") + "\n"


def _development(
    feed: ET.Element,
    feed_id: str,
    number: int,
    development: TopDevelopment,
    sources: dict[str, DigestSource],
    updated: str,
) -> None:
    entry = ET.SubElement(feed, f"{{{_ATOM}}}entry")
    _text(
        entry,
        "id",
        f"{feed_id}:development:{_digest_of(development.thread, development.statement)}",
    )
    _text(entry, "title", development.thread or f"Development {number}")
    _text(entry, "updated", updated)
    said = development.statement
    if development.attribution:
        said = f"“{said}” — {development.attribution}"
    if development.next is not None:
        nxt = development.next
        said += f" Next: {day_text(nxt.date, nxt.precision)}, {nxt.what}"
    _text(entry, "summary", said)
    titles = []
    for article in development.sources:
        source = sources.get(article)
        if source is None:
            continue
        titles.append(source.title or source.headline or source.url or source.path or article[:12])
        if source.url and _HTTP.match(source.url):
            link = ET.SubElement(entry, f"{{{_ATOM}}}link")
            link.set("rel", "related")
            link.set("href", source.url)
            if source.title:
                link.set("title", _clean(source.title))
    content = said + ("\n\nSources: " + "; ".join(titles) if titles else "")
    _text(entry, "content", content).set("type", "text")


def _overview(feed: ET.Element, feed_id: str, digest: Digest, updated: str) -> None:
    entry = ET.SubElement(feed, f"{{{_ATOM}}}entry")
    _text(entry, "id", f"{feed_id}:overview")
    _text(entry, "title", "Bottom line and key dates")
    _text(entry, "updated", updated)
    lines = list(digest.bottom_line)
    lines += [f"{day_text(k.date, k.precision)}: {k.what}" for k in digest.key_dates]
    _text(entry, "summary", " ".join(digest.bottom_line) or lines[0])
    _text(entry, "content", "\n".join(lines)).set("type", "text")


def _text(parent: ET.Element, tag: str, value: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{_ATOM}}}{tag}")
    element.text = _clean(value)
    return element


def _clean(value: str) -> str:
    return _NOT_XML.sub("", value)


def _title(digest: Digest) -> str:
    shown = digest.covered or digest.period
    if shown is None:
        return "Digest"
    if shown.start == shown.end:
        return f"Digest: {day_text(shown.start)}"
    return f"Digest: {day_text(shown.start)} to {day_text(shown.end)}"


def _feed_id(digest: Digest) -> str:
    articles = ",".join(sorted(s.article for s in digest.sources))
    return f"urn:summarizer:digest:{_digest_of(articles)}"


def _digest_of(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:24]


def _timestamp(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
