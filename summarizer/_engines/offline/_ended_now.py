"""An instrument named by its year, and what the main clause does to it now.

"On January 25, Mali announced the termination of the 2015 Algiers peace agreement", "Seoul
renewed the 2018 military pact": the year says which instrument is meant, as in "the 1951
treaty"; it does not date the clause. When the main clause's own verb acts on the instrument
(ends it, suspends it, renews it) and nothing else in the clause dates that act to the past,
the act is news, not background. Used by :mod:`._events`.
"""

from __future__ import annotations

import re
from datetime import date

from summarizer._engines.offline._history import dated_past
from summarizer._engines.offline._instruments import YEAR_NAMED
from summarizer._engines.offline._signed_with import main_act

_ACTS_NOW = ("collapsed", "implemented")


def acted_on_now(
    low: str, start: int, seg_start: int, match: re.Match[str], published: date | None
) -> bool:
    """Whether the instrument at ``match``, named by its year ("the 2015 agreement"), is ended
    or renewed by the main clause's verb, that act dated by nothing but the instrument's year."""
    year = YEAR_NAMED.search(low, max(start, match.start() - 60), match.start())
    if year is None:
        return False
    if main_act(low, seg_start, match) not in _ACTS_NOW:
        return False
    return not dated_past(low, start, year.start(), year.start(), published, relative=True)
