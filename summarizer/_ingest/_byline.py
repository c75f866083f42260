"""Who wrote the article: the page's author field, read as a byline.

trafilatura reads the author from the page's metadata and byline, joined by "; ". What it finds
is often more than names, and a footer that says "by" something false is a false claim:

* **a reviewed claim's author**: a fact-check page (JSON-LD ``ClaimReview``) names the author
  of the claim it checks under ``itemReviewed``; that is not who wrote the article;
* **the site itself** ("Sandee LaMotte; CNN"): the footer names the site already;
* **a job after the name** ("Tom Gillespie News reporter", "Robert Burns; AP National Security
  Writer", "Phil Helsel is a reporter"): the job goes, the name stays;
* **a date run into it** ("Jeff Foust Monday; November", "Post Staff NOVEMBER"): a trailing
  weekday, a trailing month in capitals and a part that is only a month go ("Theresa May"
  stays);
* **a placeholder** ("admin", a user name "jdadmin"): no one.

What is left, each name once, joined by "; ", or None.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from summarizer._ingest._metadata import json_ld_items, name_key
from summarizer._lexicon import lexicon

__all__ = ["byline"]

_PRESS = lexicon("en").press
_CALENDAR = lexicon("en").calendar
_ROLES = frozenset(_PRESS.byline_roles)
_ROLE_WORDS = frozenset(_PRESS.byline_role_words)
_PLACEHOLDERS = frozenset(_PRESS.generic_bylines)
_WEEKDAYS = frozenset(w.casefold() for w in _CALENDAR.weekday_words)
_MONTHS = frozenset(w.casefold() for w in _CALENDAR.month_words)
# "Phil Helsel is a reporter for NBC News": the name is what comes before.
_IS_A = re.compile(r"\s+is\s+(?:a|an|the)\s+.*$", re.IGNORECASE)


def byline(author: str | None, tree: Any, site_keys: Collection[str]) -> str | None:
    """The names of who wrote the article in ``author`` (trafilatura's reading of the page
    ``tree``), without the parts that name no author; ``site_keys`` are the page's names for
    itself, as :func:`~summarizer._ingest._metadata.name_key` writes them."""
    if not author:
        return None
    reviewed = {name_key(n) for n in _reviewed_authors(tree)}
    names: dict[str, str] = {}
    for part in author.split(";"):
        name = _name_in(part)
        key = name_key(name)
        if not key or key in site_keys or _placeholder(name) or any(key in r for r in reviewed):
            # A part of a reviewed claim's author: trafilatura splits "A and B" at the "and".
            continue
        names.setdefault(key, name)
    return "; ".join(names.values()) or None


def _name_in(part: str) -> str:
    words = _IS_A.sub("", " ".join(part.split())).split()
    if all(w.casefold().strip(",.") in _WEEKDAYS | _MONTHS for w in words):
        return ""
    while words and (
        words[-1].casefold().strip(",.") in _WEEKDAYS
        or (words[-1].isupper() and words[-1].casefold().strip(",.") in _MONTHS)
    ):
        words.pop()
    if words and words[-1].casefold() in _ROLES:
        words.pop()
        while words and words[-1].casefold().strip(",") in _ROLE_WORDS:
            words.pop()
    return " ".join(words).strip(" ,")


def _placeholder(name: str) -> bool:
    """ "admin", or a one-word user name ending in one ("jdadmin")."""
    folded = name.casefold()
    return folded in _PLACEHOLDERS or (
        " " not in folded and any(folded.endswith(p) for p in _PLACEHOLDERS if " " not in p)
    )


def _reviewed_authors(tree: Any) -> list[str]:
    """The names given as the author of an item a page reviews (a fact-check's claim)."""
    names: list[str] = []
    for item in json_ld_items(tree):
        reviewed = item.get("itemReviewed")
        for entry in reviewed if isinstance(reviewed, list) else [reviewed]:
            if not isinstance(entry, dict):
                continue
            author = entry.get("author")
            for who in author if isinstance(author, list) else [author]:
                name = who.get("name") if isinstance(who, dict) else who
                if isinstance(name, str):
                    names.append(name)
    return names
