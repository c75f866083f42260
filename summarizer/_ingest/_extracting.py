"""From an HTML page to the article in it: body text plus title, site, author, date, language.

The body comes from trafilatura with ``favor_precision``: on the article-extraction benchmark
(``benchmarks/bench_extraction.py``) it scores the best F1 of the settings tried, and a
briefing suffers more from a stray related-headlines box than from a lost paragraph.
Comments are left out (they are not the article); tables stay in, since dropping them cost
recall on the benchmark. Teaser and sign-up blocks go before extraction (:mod:`._teasers`);
the headline, site name and canonical URL are the page's own (:mod:`._metadata`); the author
is read as a byline (:mod:`._byline`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from summarizer._errors import NoArticleFound
from summarizer._ingest._byline import byline
from summarizer._ingest._metadata import json_ld_items, page_metadata
from summarizer._ingest._teasers import drop_teasers
from summarizer._redact import redact_url

__all__ = ["MIN_ARTICLE_CHARS", "Extracted", "extract_html"]

# An article has at least this many letters and digits, and one paragraph of running prose
# (not a list item) at least MIN_PROSE_CHARS long. Counting characters, not words, keeps the
# rule fair to Chinese and Japanese; a navigation-only page fails the prose test. The shortest
# article body in the extraction benchmark is about 110 characters of one paragraph.
MIN_ARTICLE_CHARS = 80
MIN_PROSE_CHARS = 60


@dataclass(frozen=True)
class Extracted:
    """An article taken out of a page.

    ``text`` has one paragraph per block, separated by blank lines. ``title`` is the headline
    without the site's name around it; ``site`` the site's name (see :mod:`._metadata`).
    ``language`` is the primary subtag the page declares (``"en"`` for ``en-GB``), lower case.
    ``canonical_url`` is the page's canonical URL (resolved against the page's URL; http(s)
    only), if it declares one; ``url`` is that, else the URL passed in.
    """

    text: str
    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: date | None = None
    language: str | None = None
    url: str | None = None
    canonical_url: str | None = None


def extract_html(
    html: str | bytes, *, url: str | None = None, source: str | None = None
) -> Extracted:
    """The article in ``html``, or :class:`NoArticleFound`.

    ``url`` is where the page came from (it helps trafilatura, and stands in for a missing
    canonical URL); ``source`` names the page in errors (defaults to the redacted ``url``).
    """
    import trafilatura
    from trafilatura.settings import Document, set_date_params
    from trafilatura.utils import load_html

    label = source or (redact_url(url) if url else None)
    tree = load_html(html) if html else None
    if tree is None:
        raise NoArticleFound("no article found in the page: it is not HTML", source=label)
    language = _language(tree)
    json_ld_date = _json_ld_date(tree)
    drop_teasers(tree)
    # extensive_search would date the page from any date in its text (a copyright line,
    # a mentioned deadline); a wrong date is worse than none in a briefing.
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params=set_date_params(extensive=False),
    )
    if not isinstance(document, Document):  # None: trafilatura found nothing
        raise NoArticleFound("no article found in the page", source=label)
    text = _paragraphs(document.text)
    if not _is_article(text):
        raise NoArticleFound("no article found in the page", source=label)
    metadata = page_metadata(
        tree, url=url, title=_clean(document.title), sitename=_clean(document.sitename)
    )
    return Extracted(
        text=text,
        title=metadata.title,
        site=metadata.site,
        author=byline(_clean(document.author), tree, metadata.keys),
        published=_date(document.date) or json_ld_date,
        language=language,
        url=metadata.canonical_url or url,
        canonical_url=metadata.canonical_url,
    )


# --------------------------------------------------------------------------- helpers


def _paragraphs(text: str | None) -> str:
    if not text:
        return ""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def _is_article(text: str) -> bool:
    if not _has_alnum(text, MIN_ARTICLE_CHARS):
        return False
    return any(
        not paragraph.startswith(("- ", "* ", "• ")) and _has_alnum(paragraph, MIN_PROSE_CHARS)
        for paragraph in text.split("\n\n")
    )


def _has_alnum(text: str, count: int) -> bool:
    """Whether ``text`` has at least ``count`` letters and digits; stops once it does."""
    if len(text) < count:
        return False
    seen = 0
    for ch in text:
        if ch.isalnum():
            seen += 1
            if seen >= count:
                return True
    return False


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _language(tree: Any) -> str | None:
    candidates: list[str] = []
    root = tree.getroottree().getroot()
    for attribute in ("lang", "{http://www.w3.org/XML/1998/namespace}lang"):
        value = root.get(attribute)
        if value:
            candidates.append(value)
    for path in (
        "//meta[translate(@http-equiv, 'CONTENT-LANGUAGE', 'content-language')"
        "='content-language']/@content",
        "//meta[@property='og:locale']/@content",
        "//meta[@name='language']/@content",
    ):
        candidates.extend(str(v) for v in tree.xpath(path))
    for candidate in candidates:
        # "en-GB", "en_US", "de, en": the first language's primary subtag.
        match = re.match(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*(?:[,;]|$)", candidate)
        if match:
            return match.group(1).lower()
    return None


def _json_ld_date(tree: Any) -> date | None:
    """``datePublished`` from JSON-LD, for pages where htmldate finds nothing.

    htmldate already reads JSON-LD; this covers the nested ``@graph`` shapes it misses.
    """
    for item in json_ld_items(tree):
        value = item.get("datePublished")
        if isinstance(value, str):
            try:
                return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
            except ValueError:
                parsed = _date(value)
                if parsed is not None:
                    return parsed
    return None
