"""What a page says about itself: its site's name, its headline without that name, its
canonical URL.

* **The site.** The first of trafilatura's reading (it reads ``og:site_name`` and JSON-LD
  first), ``og:site_name``, the JSON-LD publisher's name and ``application-name`` that reads
  as a name; failing all of them, the
  registered domain of the page's host (``hosted.ap.org`` -> ``ap.org``). Not a name: a word of
  the lexicon's ``generic_site_names`` ("Hosted", "Home"), a copyright line, a bare URL (its
  host stands in), a Twitter handle.
* **The headline.** Titles often carry the site's name: "Talks resume | Al Bawaba",
  "Talks resume - Reuters", "Al Bawaba: Talks resume". A first or last part, cut at a
  separator, goes only when it *is* one of the page's names for itself (any of the candidates
  above, or a label of its host: "albawaba" ~ "Al Bawaba", letters and digits compared, case
  ignored). A headline that merely holds a dash or a colon ("Russia-Ukraine talks: what
  next") stays whole.
* **The canonical URL.** ``<link rel="canonical">``, else ``og:url``; relative ones are
  resolved against the page's URL; only http(s).
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from summarizer._lexicon import lexicon

__all__ = ["PageMetadata", "json_ld_items", "name_key", "page_metadata"]

_GENERIC = frozenset(name.casefold() for name in lexicon("en").press.generic_site_names)
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b|all rights reserved\b)", re.IGNORECASE)
# A separator between a headline and a site's name: a bar, a dash, a bullet or a guillemet
# with spaces around it (a hyphen without spaces joins words: "Russia-Ukraine").
_SEPARATOR = re.compile(r"\s*(?:\||::|•|·|»)\s*|\s+[-–—]{1,2}\s+")
# A site's name before the headline may also end in a colon: "Al Bawaba: Talks resume".
_PREFIX_SEPARATOR = re.compile(rf"{_SEPARATOR.pattern}|:\s+")
_MAX_SITE_CHARS = 80


@dataclass(frozen=True)
class PageMetadata:
    title: str | None
    site: str | None
    canonical_url: str | None
    keys: frozenset[str] = frozenset()
    """The page's names for itself (site names, host labels), as :func:`name_key` writes them."""


def page_metadata(
    tree: Any, *, url: str | None, title: str | None, sitename: str | None
) -> PageMetadata:
    """The page's headline, site name and canonical URL, from its parsed ``tree``.

    ``url`` is where the page came from, if known; ``title`` and ``sitename`` are trafilatura's
    readings of the page.
    """
    canonical = _canonical(tree, url)
    host_url = url or canonical
    declared = [
        *([sitename] if sitename else []),
        *_meta(tree, "property", "og:site_name"),
        *_publishers(tree),
        *_meta(tree, "name", "application-name"),
    ]
    names = [name for name in map(_as_name, declared) if name]
    site = names[0] if names else _name_of_host(host_url)
    keys = {name_key(n) for n in [*names, *declared]} | set(_host_keys(host_url))
    keys.discard("")
    return PageMetadata(
        title=_without_site(title, keys) if title else None,
        site=site,
        canonical_url=canonical,
        keys=frozenset(keys),
    )


def json_ld_items(tree: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page, those inside ``@graph`` and lists included."""
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(str(script))
        except ValueError:
            continue
        yield from _items(data)


# --------------------------------------------------------------------------- the site


def _meta(tree: Any, attribute: str, name: str) -> list[str]:
    found = tree.xpath(f"//meta[@{attribute}=$name]/@content", name=name)
    return [" ".join(str(v).split()) for v in found if str(v).strip()]


def _publishers(tree: Any) -> list[str]:
    names: list[str] = []
    for item in json_ld_items(tree):
        publisher = item.get("publisher")
        for entry in publisher if isinstance(publisher, list) else [publisher]:
            name = entry.get("name") if isinstance(entry, dict) else entry
            if isinstance(name, str) and name.strip():
                names.append(" ".join(name.split()))
    return names


def _as_name(value: str) -> str | None:
    """``value`` as a site's name, or None when it is not one; a URL stands for its host."""
    value = value.strip()
    if value.lower().startswith(("http://", "https://")):
        return _name_of_host(value)
    if (
        not value
        or len(value) > _MAX_SITE_CHARS
        or value.startswith("@")
        or value.casefold() in _GENERIC
        or _COPYRIGHT.match(value)
        or not any(ch.isalpha() for ch in value)
    ):
        return None
    return value


def _name_of_host(url: str | None) -> str | None:
    """The registered domain of ``url``'s host (``ap.org``), or the host itself when it has
    none (an address, ``localhost``)."""
    host = _host(url)
    if host is None:
        return None
    parsed = _domain(host)
    return parsed[1] if parsed is not None else host.removeprefix("www.")


def _host_keys(url: str | None) -> Iterable[str]:
    """The forms of the host a headline may name its site by: its domain's label
    (``albawaba``) and the registered domain (``albawaba.com``), as :func:`_key` writes them."""
    host = _host(url)
    parsed = _domain(host) if host is not None else None
    if parsed is None:
        return ()
    label, registered = parsed
    return (name_key(label), name_key(registered))


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower() if host else None


def _domain(host: str) -> tuple[str, str] | None:
    """(``albawaba``, ``albawaba.com``) for ``www.albawaba.com``, by the public suffix list
    (a suffix it does not know is taken to be the last label); None for an address or a
    single-label name (``localhost``)."""
    from tld import get_tld

    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    found = get_tld(f"http://{host}/", as_object=True, fail_silently=True)
    if found is not None and not isinstance(found, str) and found.domain:
        return found.domain, found.fld
    labels = host.split(".")
    if len(labels) < 2 or not labels[-2]:
        return None
    return labels[-2], ".".join(labels[-2:])


def name_key(text: str) -> str:
    """``text`` as names are compared: letters and digits, case folded ("Al Bawaba" ->
    "albawaba")."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


# --------------------------------------------------------------------------- the headline


def _without_site(title: str, keys: set[str]) -> str:
    """``title`` without a first or last part that is the site's name.

    The longest candidate part is tried first, so a name that holds a separator itself
    ("Remember 80/90 - Memorabilia anni 80/90") is cut whole.
    """
    for match in _SEPARATOR.finditer(title):
        rest = title[: match.start()].strip()
        if name_key(title[match.end() :]) in keys and name_key(rest):
            title = rest
            break
    for match in reversed(list(_PREFIX_SEPARATOR.finditer(title))):
        rest = title[match.end() :].strip()
        if name_key(title[: match.start()]) in keys and name_key(rest):
            title = rest
            break
    return title


# --------------------------------------------------------------------------- the canonical URL


def _canonical(tree: Any, url: str | None) -> str | None:
    links = tree.xpath(
        "//link[contains(concat(' ', translate(normalize-space(@rel), 'CANONICAL', "
        "'canonical'), ' '), ' canonical ')]/@href"
    )
    for value in [*links, *_meta(tree, "property", "og:url")]:
        resolved = _http_url(str(value).strip(), url)
        if resolved is not None:
            return resolved
    return None


def _http_url(value: str, base: str | None) -> str | None:
    if not value:
        return None
    try:
        absolute = urljoin(base, value) if base else value
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return absolute


def _items(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _items(entry)
    elif isinstance(data, dict):
        yield data
        yield from _items(data.get("@graph", []))
