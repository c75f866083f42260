"""From a page to its article: one step for every page, however it arrived.

A fetched page (:func:`summarizer._ingest._reading.read_url`, and each entry of a digest's
feed) goes through :func:`article_of_page`; HTML already in hand (an HTML file, HTML on
standard input, :func:`summarizer._ingest._reading.article_from_html`) through
:func:`article_of_html`. Both end in the same place: the article extracted
(:mod:`summarizer._ingest._extracting`), its text cleaned, and its :class:`Source` made from
the page's metadata with every URL redacted. So the same page gives the same :class:`Article`
by every route.
"""

from __future__ import annotations

from summarizer._briefing._article import Article
from summarizer._briefing._models import Source
from summarizer._errors import NoArticleFound
from summarizer._ingest._cleaning import clean_text, has_words
from summarizer._ingest._extracting import Extracted, extract_html
from summarizer._ingest._fetching import Page
from summarizer._ingest._sniff import looks_like_html
from summarizer._redact import redact_url

__all__ = ["article_of_html", "article_of_page"]

# How much of a page served as text is looked at to tell that it is HTML after all.
_SNIFF_CHARS = 4096


def article_of_page(page: Page) -> Article:
    """The article of a fetched page: HTML extracted, plain text taken as it is; cleaned.

    Errors name the page's final URL (after redirects), redacted: that is where the article
    was looked for.
    """
    label = redact_url(page.url)
    if page.is_html or looks_like_html(page.text[:_SNIFF_CHARS]):
        extracted = extract_html(page.text, url=page.url, source=label)
    else:
        text = page.text.strip()
        if not text:
            raise NoArticleFound("no article found in the page", source=label)
        extracted = Extracted(text=text, url=page.url)
    return _article(extracted, url=page.url, path=None, label=label)


def article_of_html(
    markup: str, *, url: str | None = None, path: str | None = None, label: str
) -> Article:
    """The article of an HTML document in hand. ``url`` is where it came from, if known (it
    stands in for a missing canonical URL); ``path`` the file it was read from; ``label``
    names it in errors."""
    extracted = extract_html(markup, url=url, source=label)
    return _article(extracted, url=url, path=path, label=label)


def _article(extracted: Extracted, *, url: str | None, path: str | None, label: str) -> Article:
    text = clean_text(extracted.text)
    if not text:
        raise NoArticleFound("no article text left after cleaning", source=label)
    if not has_words(text):
        raise NoArticleFound("the page's text has no words, only numbers and symbols", source=label)
    return Article(
        text=text, source=_source(extracted, url=url, path=path), raw_chars=len(extracted.text)
    )


def _source(extracted: Extracted, *, url: str | None, path: str | None) -> Source:
    """The briefing's :class:`Source` for an extracted article, its URL redacted.

    ``url`` (the URL the page was fetched from) is preferred over the canonical URL: it is
    the one the user can check, and a page can claim any canonical URL it likes, on any host.
    The canonical URL is kept beside it.
    """
    chosen = url or extracted.url
    canonical = extracted.canonical_url
    return Source(
        url=redact_url(chosen) if chosen else None,
        canonical_url=redact_url(canonical) if canonical else None,
        path=path,
        title=extracted.title,
        site=extracted.site,
        author=extracted.author,
        published=extracted.published,
        language=extracted.language,
    )
