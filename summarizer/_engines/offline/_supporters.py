"""An appeal made inside a declaration of support is a supporter's advice, no row.

"A State Department spokesperson said the United States 'supports the EU-facilitated
dialogue' and called on Kosovo to 'avoid uncoordinated actions'", "Berlin 'remains at
Israel's side' and urged Israel to open more crossings", "Warsaw 'stands with Lithuania' and
urged Vilnius to coordinate": the one appealing has just declared itself behind the one it
asks, or behind the process the one asked takes part in. What it asks is advice between
friends, not a demand of an opponent. The appeal is still a row when the clause shows
opposition all the same: a contrast ("supports the talks but urged ..."), a condemnation, a
threat or a rebuke ("... or face the consequences"). Support of a third party named in the
clause ("supports Ukraine and urged Russia to withdraw") is support against the one asked:
the caller (``_events._friends_request``) keeps that as a row, since the name between the
support and the appeal is not the one asked.
"""

from __future__ import annotations

import re

# A declared support: a verb of backing, or standing with, by or behind, or at one's side.
_SUPPORT = re.compile(
    # Not a compound modifier: "the army-backed government" is backed, not backing.
    r"(?<![-'’])\b(?:(?:fully|firmly|strongly|continues? to|will continue to|still) )?"
    r"(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|stand(?:s|ing)? (?:\w+ )?(?:with|by|behind)"
    r"|stood (?:\w+ )?(?:with|by|behind)|(?:remain(?:s|ed)?|is|was|stays?) (?:\w+ )?at \S+ side"
    r"|(?:is|are|was|remains?) (?:a |an )?(?:\w+ )?(?:ally|friend|partner) of)\b"
)

# What the support is for, when no name is: a process the one asked takes part in. An ally
# left unnamed ("Washington stood with its ally and urged China to comply") may be another
# than the one asked, and support of an unnamed policy ("supports sanctions") is no
# friendship with anyone: neither makes the appeal a friend's.
_FOR_PROCESS = re.compile(
    r"\s*(?:[\w'’-]+ ){0,4}?(?:process|dialogue|talks|negotiations|mediation|efforts?|peace"
    r"|ceasefire|truce|plan|deal|agreement)\b"
)

# Opposition told in the same sentence keeps the appeal a row: a condemnation, a threat or a
# rebuke, anywhere after the support.
_OPPOSED = re.compile(
    r"\b(?:condemn\w*|denounc\w*|threat\w*|warn\w*|rebuk\w*|reprimand\w*|criticis\w*"
    r"|criticiz\w*|or face|deplor\w*|sanction\w*|punish\w*|consequences)\b"
)
# A contrast between the support and the appeal ("supports the talks but urged ...") turns
# the appeal against the support; one after the appeal (", while pledging aid") does not.
_CONTRAST = re.compile(r"\b(?:but|yet|while|whereas|although|though|however|despite)\b")

# A name that only says who runs the process supported ("the EU-facilitated dialogue", "the
# mediation led by Angola"): a mediator, not a side the support is aimed at or against.
ROLE_AFTER = re.compile(
    r"-(?:facilitated|brokered|mediated|led|hosted|convened|sponsored)\b"
    r"|\s+(?:facilitat|broker|mediat|host|conven)\w*\b"
)
# The same said before the name ("led by Angola and Kenya"), or the one the supported side is
# backed against ("Israel's right to defend itself against Hamas"): neither is the one the
# supporter stands behind, nor a side of its appeal.
ROLE_BEFORE = re.compile(
    r"(?:(?:led|brokered|mediated|facilitated|hosted|convened|sponsored) by|against)"
    r" (?:the )?(?:_+ (?:and|or) )?$"
)


def support_before(low: str, start: int, asked_at: int, asked_end: int) -> re.Match[str] | None:
    """The declaration of support before an appeal at ``asked_at`` in the lower-cased clause
    ``low`` (from ``start``), when the clause shows no opposition from the support to the end
    of the sentence; None otherwise."""
    matches = list(_SUPPORT.finditer(low, start, asked_at))
    if not matches:
        return None
    found = matches[-1]  # the support nearest the appeal
    if _CONTRAST.search(low, found.end(), asked_at) or _OPPOSED.search(low, found.end()):
        return None
    return found


def for_process(low: str, at: int) -> bool:
    """Whether the support ending at ``at`` is for a process or an ally, with no name."""
    return _FOR_PROCESS.match(low, at) is not None
