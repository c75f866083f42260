"""Blocks of a page that point away from the article: teasers, related links, sign-up boxes.

trafilatura keeps some of them ("Also on example.com: another headline" inside the body, a
"Related" heading over a list of links), and what it keeps the engines read. They go from the
parsed page before extraction, by the kind of block, not by any page's wording:

* a short block (at most :data:`MAX_BLOCK_CHARS`) that opens like a teaser (the lexicon's
  ``teaser_openings``: "Also on", "Read more", "Related", "Sign up"...) and whose text is mostly
  link text, or which holds a form control (a sign-up box); a link standing on its own
  between blocks counts as a block;
* a heading-sized block that opens so, followed by a box of links (mostly link text, or
  several links with a few words each): both go.

A paragraph of the article that merely starts with "Watch" or "Related" has little or no link
text, and stays.
"""

from __future__ import annotations

import re
from typing import Any

from summarizer._lexicon import lexicon

__all__ = ["MAX_BLOCK_CHARS", "drop_teasers"]

# A teaser is a line or two; a longer block is article text, or a container of it.
MAX_BLOCK_CHARS = 300
# Share of a block's characters inside links above which it is navigation, not prose.
_LINK_DENSITY = 0.5
# A heading over a box of links is a few words.
_HEADING_WORDS = 6
# A box of other headlines: at least this many links, with at most this many words per link
# (its headlines may sit beside their links, under a picture that is the link).
_BOX_LINKS = 3
_BOX_WORDS_PER_LINK = 25

_OPENING = re.compile(
    "|".join(re.escape(w) for w in lexicon("en").press.teaser_openings) + r"\b",
    re.IGNORECASE,
)
# Enough of a block's start to hold the longest opening.
_OPENING_CHARS = max(len(w) for w in lexicon("en").press.teaser_openings) + 1
_BLOCKS = ("p", "div", "li", "ul", "ol", "section", "aside", "h2", "h3", "h4", "h5", "h6", "a")
_CONTROLS = ("form", "input", "button", "select", "textarea")


def drop_teasers(tree: Any) -> int:
    """Remove the teaser blocks of ``tree`` (an lxml HTML tree), in place; how many went."""
    dropped = 0
    for element in list(tree.iter(*_BLOCKS)):
        # Cheapest test first: most blocks do not open like a teaser.
        if not _opens_like_a_teaser(element) or not _attached(element, tree):
            continue
        if element.tag == "a" and not _stands_alone(element):
            continue
        text = _short_text(element)
        if not text:
            continue
        if _link_share(element, text) >= _LINK_DENSITY or _has_control(element):
            _remove(element)
            dropped += 1
        elif len(text.split()) <= _HEADING_WORDS:
            box = element.getnext()
            if box is not None and _is_link_box(box):
                _remove(box)
                _remove(element)
                dropped += 2
    return dropped


def _attached(element: Any, tree: Any) -> bool:
    """Whether ``element`` is still in the tree (an ancestor may have gone already)."""
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    while element is not None:
        if element is root:
            return True
        element = element.getparent()
    return False


def _stands_alone(link: Any) -> bool:
    """Whether a link stands between blocks, not inside a sentence: no words right before or
    right after it."""
    previous = link.getprevious()
    before = previous.tail if previous is not None else link.getparent().text
    return not (before or "").strip() and not (link.tail or "").strip()


def _opens_like_a_teaser(element: Any) -> bool:
    head = ""
    for piece in element.itertext():
        head += piece
        if len(head.strip()) >= _OPENING_CHARS:
            break
    return _OPENING.match(" ".join(head.split())) is not None


def _short_text(element: Any) -> str | None:
    """The text of ``element``, spaces collapsed; None once it is over
    :data:`MAX_BLOCK_CHARS` (read no further: a page's containers are most of its blocks)."""
    pieces: list[str] = []
    size = 0
    for piece in element.itertext():
        pieces.append(piece)
        size += len(piece.strip())
        if size > MAX_BLOCK_CHARS:
            return None
    return " ".join("".join(pieces).split())


def _text(element: Any) -> str:
    return " ".join(element.text_content().split())


def _link_share(element: Any, text: str) -> float:
    linked = sum(len(_text(a)) for a in element.iter("a"))
    return linked / len(text)


def _has_control(element: Any) -> bool:
    return next(element.iter(*_CONTROLS), None) is not None


def _is_link_box(element: Any) -> bool:
    if not isinstance(element.tag, str):
        return False
    text = _text(element)
    if not text:
        return False
    if _link_share(element, text) >= _LINK_DENSITY:
        return True
    links = sum(1 for _ in element.iter("a"))
    return links >= _BOX_LINKS and len(text.split()) <= _BOX_WORDS_PER_LINK * links


def _remove(element: Any) -> None:
    """Remove ``element`` but keep its tail: the text after it belongs to its parent."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
