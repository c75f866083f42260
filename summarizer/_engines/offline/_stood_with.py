"""Whom a critic stands with is no side against it.

"A State Department spokesperson said Washington condemned the attack and stood with the
Colombian people": the attack's doer (told elsewhere) is what Washington condemns; Colombia is
whom it stands beside, named in the same breath as a friend. Read as the condemnation's other
side it makes a false "United States vs Colombia". A name every mention of which in a
dispute's sentences follows "stood with", "in solidarity with", "support for", "condolences
to" leaves the dispute's parties; a row left with fewer than two sides is no row told (the
engine abstains rather than guess the doer).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer._engines.offline._cast import Cast, Mention
from summarizer._engines.offline._event import Event
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._told_only import told_only, without

# Right before a name: a verb or noun of standing beside someone ("stood with the ", "in
# solidarity with ", "expressed its support for the people of ", "condolences to ").
_BESIDE = re.compile(
    r"\b(?:st(?:and|ands|ood|anding) (?:firmly |fully |resolutely )?(?:with|by|behind)"
    r"|solidarity with|(?:support|sympathy|sympathies|condolences) (?:for|to))"
    r" (?:the )?(?:(?:people|government|families|victims) of (?:the )?)?$",
    re.IGNORECASE,
)


def _beside(sentence: Sentence, mention: Mention) -> bool:
    """The mention names whom someone stands with ("stood with the Colombian people")."""
    at = mention.start - sentence.start
    return _BESIDE.search(sentence.text[max(0, at - 60) : at]) is not None


def friends_apart(disputes: list[Event], cast: Cast, sentences: Sequence[Sentence]) -> list[Event]:
    """The disputes without those named only as whom a side stands with (see the module)."""
    return without(
        disputes, cast, sentences, lambda key, event, by: told_only(key, event, cast, by, _beside)
    )
