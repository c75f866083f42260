"""A plural title before names is a title, not a word of the first name.

"Presidents Félix Tshisekedi and Paul Kagame", "Foreign Ministers Ahmed Shide and Abdisalam
Abdi Ali": English writes one title in the plural before the names of the several people who
hold it. The plural is the title each of them holds ("President"), not part of the name of
the first ("Presidents Félix Tshisekedi" is no person). Only a person's given name right after
it, or a name of two words joined by "and" to another name, makes it a title: "Queens Park
Rangers", "the Sacramento Kings" name no one.
"""

from __future__ import annotations

import bisect
import re

from summarizer._engines.offline._reading import Reading
from summarizer._engines.offline._tokens import Segment, Token, join
from summarizer._text._keys import name_key


def _singular(word: str) -> str | None:
    """ "Ministers" -> "Minister", "Secretaries" -> "Secretary"; None for no plural."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return None


# ", and Paul Kagame": another name joined to the last one.
_AND_NAME = re.compile(r"^,?\s+and\s+(?:[A-Z]|\w+\s+[A-Z])")


def _joined(r: Reading, seq: list[Token]) -> bool:
    """Whether the text right after ``seq`` joins another name to it with "and"."""
    end = seq[-1].end
    starts = [s.start for s in r.sentences]
    at = bisect.bisect_right(starts, end) - 1
    if at < 0:
        return False
    sentence = r.sentences[at]
    return _AND_NAME.match(sentence.text[end - sentence.start :]) is not None


def plural_title_at(r: Reading, seq: list[Token], i: int) -> Segment | None:
    """The plural title that opens ``seq[i:]`` before a given name or a two-word name joined
    to another by "and", as the title it is the plural of ("Presidents" -> "President")."""
    for j in range(min(len(seq) - 1, i + r.titles.max_words), i, -1):
        last = _singular(seq[j - 1].text)
        if last is None:
            continue
        if seq[j].text not in r.given and not (len(seq) - j == 2 and _joined(r, seq)):
            continue
        singular = [*seq[i : j - 1], Token(last, 0, 0, False, False)]
        title = r.titles.by_key.get(name_key(join(singular)))
        if title is not None and not any(t.possessive for t in seq[i:j]):
            return Segment(i, j, None, title)
    return None
