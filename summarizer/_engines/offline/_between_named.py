"""A deal whose cue is followed by "between A and B", or by a relative clause whose subject
made it, names its makers there.

"Talks between Armenia and Azerbaijan ended with an agreement on the border", "The accord
between Kyiv and Moscow was signed with fanfare": the "between" phrase right after the cue says
whose deal it is, so a "with" further on ("ended with an agreement", "signed with fanfare") is no
partner told apart from an unnamed maker. So in "the memorandum that Ethiopia signed with
Somaliland": the relative clause's subject is the maker, the name after "with" its partner.
Used by :mod:`._events`.
"""

from __future__ import annotations

import re

# Right after the cue: "between", or a relative clause whose subject is a name and whose verb
# (one to three words) takes "with": "that _ signed with", "which _ has agreed with".
_BETWEEN = re.compile(r" between\b| (?:that|which) (?:the )?_+(?: _+)*(?: [a-z-]+){1,3} with\b")


def named_between(low: str, at: int) -> bool:
    """Whether "between", or a relative clause a name is the subject of, opens the words right
    after the cue ending at ``at`` in ``low`` (the masked text of the sentence)."""
    return _BETWEEN.match(low, at) is not None
