"""The sides of an understanding that an act is done under.

"Direct cargo flights between Yerevan and Istanbul resumed this week under a renewed
understanding": the noun "understanding" alone is no deal ("an understanding of the risks"),
but "under an understanding" names an instrument in force, and the act done under it says whose
it is. English names them in the act's subject, "flights between A and B"; or, when the
subject names no one ("After a pause, flights resumed under a renewed understanding"), the
sentence points back to the pair the story is about. Who only reports the act is no side. When
neither gives two sides the engine abstains. Used by :mod:`._events`.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._event import side_count, with_states
from summarizer._engines.offline._parties import ArticleText, segment, subject_pair
from summarizer._engines.offline._sentences import Sentence

# The cue itself: an instrument the act is done under.
UNDER = re.compile(r"under\b")

# In the act's subject: "between A and B" (names blanked with "_").
_BETWEEN_PAIR = re.compile(r"\bbetween (?:the )?_[_ ]*? and (?:the )?_+(?: _+)*")


def done_under_sides(
    art: ArticleText, sentence: Sentence, start: int, end: int, trigger: re.Match[str]
) -> list[Actor]:
    """The two sides of the understanding an act at ``trigger`` ("under an understanding") is
    done under: the pair "between" names in the act's subject, else the pair the subject points
    back to; none when neither is two sides."""
    low = art.lows[sentence.index]
    seg_start = segment(sentence, start, end, trigger.start())[0]
    pair = _BETWEEN_PAIR.search(low, seg_start, trigger.start())
    if pair is not None:
        named = with_states(
            art.cast, art.cast.in_span(sentence.start + pair.start(), sentence.start + pair.end())
        )
        return named if side_count(named) == 2 else []
    found = with_states(art.cast, subject_pair(art, sentence, start, trigger.start()))
    return found if side_count(found) == 2 else []


def told_under(
    art: ArticleText, sentence: Sentence, start: int, end: int, match: re.Match[str], label: str
) -> bool:
    """Whether a cue tells its deal: an "under an understanding" cue only with the two sides
    of the act done under it (see the module); any other cue is not this module's to judge."""
    if label != "understanding" or UNDER.match(match.group()) is None:
        return True
    return bool(done_under_sides(art, sentence, start, end, match))
