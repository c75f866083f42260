"""An act aimed at "the government" is aimed at the doer's own government, never at a state
another thread of the story set against someone.

"Wale accused the government of 'hiding behind sovereignty' and demanded that the full text
of the 2022 security agreement with Beijing be tabled": an opposition leader, a party or a
union that accuses, blames or attacks "the government" acts against the government of its
own country; the story's other rows (Australia's, China's) are not what the words aim at. When
the text does not tie the doer to a state whose government that is, the engine has no target
to give: it leaves the act without one (the item is dropped) rather than borrow one.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Cast
from summarizer._engines.offline._event import Event

# A verb aimed at "the government" with no name after it ("the government of Mali", "the
# government in Kabul" name whose it is; "accused the government of hiding" does not).
_AT_GOVERNMENT = re.compile(
    r"\b(?i:accus|blam|criticis|criticiz|condemn|attack|denounc|slam|rebuk|lambast|assail)\w*"
    r" the (?:government|cabinet|ruling coalition)\b(?! (?:of|in) (?:the )?[A-Z])"
)


def aimed_at_home(item: Event, cast: Cast) -> bool:
    """Whether ``item``'s act is aimed at "the government" by a doer who is no state: its
    target is its own government, not a side told before."""
    if not item.quotes or _AT_GOVERNMENT.search(item.quotes[0]) is None:
        return False
    doers = [cast.actors[k] for k in item.left if k in cast.actors]
    return bool(doers) and all(a.kind != "state" for a in doers)
