"""The sentence a span of text sits in: how a digest quotes a source's own sentence whole.

A sentence ends at ".", "!" or "?" (closing quote marks and brackets included) before a space
and a capital letter, a digit or an opening quote; not after an abbreviation ("Mr.", "Gen.",
"Sept.": the lexicon's list), nor after a single capital letter ("U.S.", "J. Smith"). A blank
line ends one too, as does a line of its own (a headline).
"""

from __future__ import annotations

import re

from summarizer._lexicon import lexicon

__all__ = ["sentence_around"]

_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\S)")
_ABBREVIATIONS = lexicon("en").sentences.abbreviations


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the sentence (or sentences) of ``text`` holding ``text[start:end]``,
    without surrounding whitespace."""
    begin = 0
    for match in _END.finditer(text):
        if match.end() > start:
            break
        if _real_end(text, match):
            begin = match.end()
    finish = len(text)
    for match in _END.finditer(text, max(end - 1, 0)):
        if match.start() >= end - 1 and _real_end(text, match):
            finish = match.end() if text[match.start()] in ".!?" else match.start()
            break
    while begin < finish and text[begin].isspace():
        begin += 1
    while finish > begin and text[finish - 1].isspace():
        finish -= 1
    return begin, finish


def _real_end(text: str, match: re.Match[str]) -> bool:
    """Whether a full stop is a sentence's end, not an abbreviation's or an initial's."""
    if text[match.start()] != ".":
        return True
    word = re.search(r"(\w+)$", text[: match.start()])
    if word is None:
        return True
    token = word.group(1)
    return not (token.lower() in _ABBREVIATIONS or (len(token) == 1 and token.isupper()))
