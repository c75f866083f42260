"""Tokens of a sentence, and the runs of capitalised ones that may be names.

Only capitalised words and the connectors that may stand inside a name ("of", "bin", "&")
are tokens; a lower-case word between two capitalised ones shows up as a gap that is not a
single space, which ends a sequence. A sequence is then cut into segments: a known name, a
title, or one token (:class:`Segment`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer._engines.offline._gazetteer import Form
from summarizer._engines.offline._sentences import Sentence
from summarizer._lexicon import lexicon
from summarizer._text._keys import name_key

_NAMES = lexicon("en").names
_TITLES = lexicon("en").titles
# "Gen.", "Col.", "Dr.": the words of titles written with a full stop, which is part of them.
_DOTTED = frozenset(
    word[:-1]
    for title in (*_TITLES.titles, *_TITLES.honorifics)
    for word in title.split()
    if word.endswith(".") and word[:-1].isalpha()
)
CONNECTORS = _NAMES.connectors
"""Words that may stand inside a capitalised name: "Bank of England", "Osama bin Laden"."""
PARTICLES = _NAMES.particles
"""Lower-case words inside a personal name ("bin", "von"): a name runs on across them."""
# The look-behind both word alternatives share is tested once per position, not once each: the
# same matches, a fifth less time (every body sentence is scanned).
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K.
    r"|(?<![\w'’-])(?:"
    r"(?:[^\W\d_a-z]|al-|el-)(?:[\w&+-]|['’](?=\w)|\.(?=\w))*['’]?"
    r"|(?:" + "|".join(sorted(CONNECTORS, key=len, reverse=True)) + r")(?![\w'’-])"
    r")"
)


@dataclass(slots=True)
class Token:
    text: str  # without a possessive ending
    start: int  # absolute offsets of ``text``
    end: int
    possessive: bool
    sentence_initial: bool


@dataclass(slots=True)
class Segment:
    """Tokens ``start:end`` of a sequence: a known name (``form``), a title, or one token.

    ``title`` is ``""`` for an outlet: consumed, naming nothing.
    """

    start: int  # token indexes in the sequence
    end: int
    form: Form | None = None
    title: str | None = None


# Runs, not single letters: their lengths sum to the same count with a match per word.
_LETTERS = re.compile(r"[^\W\d_]+")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΑ-Ω]")


_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))
_SHOUTED = 0.85


def is_all_caps(sentences: list[Sentence]) -> bool:
    """A text shouted in capitals: letter case says nothing about names there."""
    text = " ".join(s.masked for s in sentences)
    # Most texts are not: their lower-case ASCII letters (counted in C) are 3 in 20 of their
    # characters or more, so of their letters too, and what is left cannot be the share of
    # capitals asked (each capital is a letter; the one character of the capitals' ranges
    # that is no letter, the unassigned U+03A2, is left to the count).
    encoded = text.encode("utf-8", "surrogatepass")
    lower = len(encoded) - len(encoded.translate(None, _ASCII_LOWER))
    if lower * 20 >= len(text) * 3 and "\u03a2" not in text:
        return False
    letters = sum(map(len, _LETTERS.findall(text)))
    if letters < 20:
        return False
    return len(_UPPER.findall(text)) / letters > _SHOUTED


def lower_tail(text: str) -> str:
    """ "RUSSIA AND JAPAN" -> "Russia And Japan", keeping the length (offsets stay valid)."""
    out: list[str] = []
    for match in re.finditer(r"\S+|\s+", text):
        chunk = match.group()
        lowered = chunk[:1] + chunk[1:].lower()
        out.append(lowered if len(lowered) == len(chunk) else chunk)
    return "".join(out)


def read_tokens(sentence: Sentence, text: str) -> list[Token]:
    out: list[Token] = []
    opening = len(text) - len(text.lstrip(" \"“‘'(«"))
    offset = sentence.start
    # Called for every body sentence: the possessive ending ("'", "’", "'s", "’s") is cut by
    # slicing, not by a regex substitution per token.
    for match in _TOKEN.finditer(text):
        raw = match.group()
        at = match.start()
        possessive = False
        if raw[-1] in "'’":
            if len(raw) > 1:
                possessive, raw = True, raw[:-1]
        elif raw[-2:] in ("'s", "’s") and len(raw) > 2:
            possessive, raw = True, raw[:-2]
        start = offset + at
        if raw in _DOTTED and text[match.end() : match.end() + 2] == ". ":
            # "led by Gen. NAME NAME": the title's full stop is its own, no gap in the run.
            raw += "."
        out.append(Token(raw, start, start + len(raw), possessive, at == opening))
    return out


def capitalised(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() or text.startswith(("al-", "el-"))


def sequences(
    tokens: list[Token], masked: str, offset: int, and_heads: set[str]
) -> list[list[Token]]:
    """Runs of capitalised tokens separated by single spaces (connectors allowed inside).

    A sequence ends after a possessive ("Russia's"), after a word like "Istanbul-based" or
    "Saudi-led" (what follows is another name), and at "and" unless a known name goes on
    across it ("Bosnia and Herzegovina").
    """
    found: list[list[Token]] = []
    current: list[Token] = []
    for i, token in enumerate(tokens):
        joins = False
        if current:
            previous = current[-1]
            gap = masked[previous.end - offset : token.start - offset]
            possessive_gap = gap.startswith(("'s", "’s", "'", "’"))
            adjacent = gap == " " and not previous.possessive and not possessive_gap
            if "-" in previous.text and previous.text.rsplit("-", 1)[-1].islower():
                adjacent = False
            if adjacent and capitalised(token):
                joins = True
            elif (
                adjacent
                and token.text in CONNECTORS
                and i + 1 < len(tokens)
                and (token.text not in ("and", "&") or name_key(previous.text) in and_heads)
            ):
                following = tokens[i + 1]
                after = masked[token.end - offset : following.start - offset]
                joins = after == " " and capitalised(following)
                if (
                    not joins
                    and after == " "
                    and i + 2 < len(tokens)
                    and (
                        (token.text in ("of", "for") and following.text == "the")
                        or (token.text not in ("and", "&") and following.text in PARTICLES)
                    )
                ):
                    # "Forces for the Liberation of Rwanda", "Ministry of the Interior";
                    # two particles of a personal name: "Ursula von der Leyen"; a joiner and
                    # an article of a Spanish name: "Unión por la Patria"
                    third = tokens[i + 2]
                    gap = masked[following.end - offset : third.start - offset]
                    joins = gap == " " and capitalised(third)
        if joins:
            current.append(token)
            continue
        if current:
            found.append(current)
        current = [token] if capitalised(token) else []
    if current:
        found.append(current)
    return found


def join(tokens: list[Token]) -> str:
    """The tokens' texts, one space apart: the name a run of them writes."""
    # Tens of thousands of calls an article, most for one or two tokens: no generator.
    if len(tokens) == 1:
        return tokens[0].text
    return " ".join([t.text for t in tokens])
