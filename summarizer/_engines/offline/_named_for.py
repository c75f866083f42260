"""A capital inside the name of an instrument or a process names the thing, not its state.

"The Pretoria agreement", "the 2015 Minsk accords", "the Doha framework", "the so-called Astana
format": a capital between a determiner and the noun of an instrument (agreement, accord,
treaty, truce, declaration ...) or of a process (format, framework, process, roadmap) tells
where the thing was made or first met, never who is bound by it: South Africa is no party to
the Pretoria agreement. Such a mention is a place, and gives no actor. A capital that acts
("Pretoria's agreement", "Pretoria agreed"), or stands in a pair ("the Kyiv-Moscow accord"),
is the state. Used by :mod:`._actors`.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._reading import Reading
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._tokens import Token, join

# Right before the capital: "the", "a", "the 2015", "the so-called" (text before the name).
_DETERMINER = re.compile(
    r"(?:^|(?<=[\s(\"“]))(?:the|a|an)(?: (?:so-called|(?:1[89]|20)\d\d))? $", re.IGNORECASE
)
# Right after it: up to two lower-case words, then the noun of an instrument or a process.
_THING = re.compile(
    r"(?: (?:[a-z][a-z-]*)){0,2}? (?:agreements?|accords?|treat(?:y|ies)|truce|ceasefire|"
    r"cease-fire|declarations?|protocols?|memorandum|pact|deal|communiqu[eé]|consensus|"
    r"formula|framework|format|process|roadmap|road map|understanding|charter)"
    r"(?![\w-])",
    re.IGNORECASE,
)


def names_a_thing(r: Reading, sequence: list[Token], sentence: Sentence) -> bool:
    """Whether ``sequence`` is a capital (after a sentence-opening "The") that opens the name
    of an instrument or a process ("the Pretoria agreement", "the Astana format")."""
    named = (
        sequence[1:] if len(sequence) > 1 and sequence[0].text in ("The", "A", "An") else sequence
    )
    if named[-1].possessive:
        return False
    seat = r.gaz.get(join(named), all_caps=r.all_caps)
    if seat is None or seat.how != "capital":
        return False
    text = sentence.masked
    a, b = named[0].start - sentence.start, named[-1].end - sentence.start
    if text[b : b + 1] in ("-", "–", "’", "'") or text[a - 1 : a] in ("-", "–"):
        return False  # "the Kyiv-Moscow accord", "Pretoria's deal": the state
    if named is sequence and _DETERMINER.search(text, 0, a) is None:
        return False
    return _THING.match(text, b) is not None
