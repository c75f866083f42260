"""A name of several words the text describes, right after it, as a body: "the National
Coordinator for Human Rights, an umbrella group of rights organisations,", "the Andean Water
Defence Network, a coalition of farmers' groups,".

A name no list knows and no suffix heads is left out, since it may be anything capitalised
(a programme, a building, a title). The description set off by a comma says what it is: an
indefinite or definite article, a few words, and a noun for a body (a party, a union, a
coalition: the body nouns) or a business (a firm, a group, a utility: the company nouns), the
description ending there or going on with whom or what it is of ("of", "for", "that",
"which", "representing", "based"). "NAME NAME, a group leader" is no such description (the noun
does not end it), and a person's name (a given name first) is never read so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer._engines.offline._reading import Reading
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._tokens import Token

__all__ = ["described_after"]


def described_after(r: Reading, body: list[Token], sentence: Sentence) -> str | None:
    """The kind ("organization" or "company") the description after ``body`` gives it, or
    none when no such description follows or ``body`` may be a person's name."""
    if len(body) < 2 or body[-1].possessive:
        return None
    if body[0].text in r.given or body[0].text in r.family_first:
        return None
    w = r.names
    first = body[0].text
    if first.casefold() in _OPENERS or (
        first in w.not_names and first not in w.body_words and first not in w.nation_openers
    ):
        # "In NAME, the ruling party said", "Last Tuesday, the party said": an opening
        # phrase, then the sentence's subject.
        return None
    if any(t.text in r.months or t.text in r.weekdays for t in body):
        return None  # "On March 3, the group said": a date, no name
    if any(t.text == "the" for t in body):
        # "NAME NAME of the NAME Monitor, a think tank": a person and the body she is of.
        return None
    pattern = _pattern(frozenset(w.body_nouns), frozenset(r.titles.company_nouns))
    match = pattern.match(sentence.masked, body[-1].end - sentence.start)
    if match is None:
        return None
    noun = match.group("noun")
    # "group" names a business group and an umbrella body alike; a body of members is an
    # organisation, and so is any body noun; a firm, a utility or a bank is a company.
    if noun in w.body_nouns or noun == "group":
        return "organization"
    return "company"


# Words that open a sentence's phrase before its subject ("In", "For", "After").
_OPENERS = frozenset(
    ["in", "for", "at", "after", "before", "since", "from", "to", "on", "under", "with"]
)


@lru_cache(maxsize=1)
def _pattern(bodies: frozenset[str], companies: frozenset[str]) -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in sorted(bodies | companies, key=len, reverse=True))
    return re.compile(
        r",\s+(?:an?|the)\s+(?:(?!(?:of|for|and|or|to|in|at|with|by)\b)[\w'’-]+\s+){0,3}?"
        r"(?P<noun>" + nouns + r")"
        # The noun closes the description, or it goes on with whom or what the body is of.
        r"(?=\s*[,.;]|\s+(?:of|for|that|which|whose|representing|based|founded|formed)\b)"
    )
