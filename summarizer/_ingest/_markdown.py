"""Markdown read as the text it marks up.

Articles saved from a reader app or a web-to-markdown tool come as markdown: ``# Headline``,
``**QUITO (Reuters)** -``, ``[Colombia](https://...)``, images, emphasis. Read as plain text,
the marks break what the engine reads ("on *Dec. 15*" splits after "*Dec."), show up in
quotes, and hide the headline behind "#". The marks are removed, the words kept, so that every
quote is still a run of the article's own words.
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["looks_like_markdown", "markdown_text"]

_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})

_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
# Marks that plain text seldom has; with a heading first, they tell a markdown document.
_OTHER_MARKS = re.compile(r"\]\([^)\s]+\)|\*\*\S|__\S|^ {0,3}#{2,6} |^ {0,3}> ", re.M)

_FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,}).*$", re.M)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|!\[[^\]\n]*\]\[[^\]\n]*\]")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\n]|\([^)\n]*\))*\)|\[([^\]\n]+)\]\[[^\]\n]*\]")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]+>")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]+\S.*$", re.M)
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$", re.M)
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$", re.M)
_QUOTE = re.compile(r"^ {0,3}>[ \t]?", re.M)
_BULLET = re.compile(r"^ {0,3}[-*+][ \t]+", re.M)
_NUMBERED = re.compile(r"^ {0,3}\d{1,3}[.)][ \t]+", re.M)
_SOFT_BREAK = re.compile(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)")
_BLANKS = re.compile(r"\n(?:[ \t]*\n)+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# A single star or underscore around words, not inside a word ("snake_case", "5*3").
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)"
)
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`+([^`\n]+?)`+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")


def looks_like_markdown(label: str, text: str) -> bool:
    """Whether ``text`` is markdown: by the file's suffix, or a heading first and another
    mark after it (a text that only opens with "# " may be a hashtag or a list number)."""
    if Path(label).suffix.lower() in _SUFFIXES:
        return True
    first = text.lstrip().partition("\n")[0]
    return _HEADING.match(first) is not None and _OTHER_MARKS.search(text) is not None


def markdown_text(text: str) -> str:
    """The words of a markdown document, its marks removed, its paragraphs kept."""
    text = _COMMENT.sub("", text)
    text = _FENCE.sub("", text)
    text = _REFERENCE.sub("", text)
    text = _RULE.sub("", text)
    text = _SETEXT.sub("", text)
    # A heading and each list item are paragraphs of their own; the other line breaks of a
    # paragraph are soft (a wrapped line goes on), as markdown reads them.
    text = _HEADING.sub(r"\n\1\n", text)
    text = _QUOTE.sub("", text)
    text = _BULLET.sub("\n", text)
    text = _NUMBERED.sub("\n", text)
    text = _SOFT_BREAK.sub(" ", text)
    text = _BLANKS.sub("\n\n", text).strip("\n")
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _AUTOLINK.sub("", text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _STRIKE.sub(r"\1", text)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    return _ESCAPE.sub(r"\1", text)
