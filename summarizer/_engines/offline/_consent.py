"""An "agreement" that is one party's consent, not a pact between parties.

"Urged Washington to secure Israeli agreement", "with the agreement of the host government",
"Kyiv's agreement to the plan is needed", "no plan can be settled without Kyiv's agreement":
the noun names the yes of ONE party to something (a plan, a corridor, a clause), and no deal
between parties. English marks this reading by the party owning the noun (a possessive or a
demonym right before it, or "of X" after it) together with what the consent is for ("to the
plan") or a verb or preposition of getting or lacking consent (secure, seek, obtain, win,
need, require, without, with the). A pact owned by one party is told otherwise: "Iran's
agreement with the IAEA", "the 2015 agreement", "secured an agreement on grain" (an article:
a thing made, not a yes given). The engine abstains on the consent reading: it names at most
the proposal consented to, which the clause tells by its own words.
"""

from __future__ import annotations

import re

# The owner right before the noun: a name blanked as "_" (a demonym "Israeli" or a name
# "Kyiv"), with or without a possessive, or a possessive pronoun / "partners'".
_OWNER = r"(?:_+(?:['’]s?)?|(?:its|their|his|her|[\w-]+s['’]))"

# Getting, seeking or lacking consent, right before the owned noun: "secure _ agreement",
# "sought _'s agreement", "without _'s agreement", "need their agreement".
_GETTING = (
    r"(?:secur|seek|sought|obtain|win|won|gain|get|got|need|requir|without|lack|withh[oe]ld"
    r"|give|gave|giv|with)\w*"
)
_GOT_OWNED = re.compile(rf"\b{_GETTING} {_OWNER} ?(?:full |formal |prior |explicit )?$")

# The owner before the noun and what the consent is for after it: "_'s agreement to the plan".
_OWNED = re.compile(rf"(?:^|[\s(]){_OWNER} ?(?:full |formal |prior |explicit )?$")
_FOR = re.compile(r" (?:to|for) (?!be\b|have\b)")

# "with the agreement of _", "without the agreement of the host government", "subject to the
# agreement of": the owner after the noun, the consent asked before it.
_OF_OWNER = re.compile(
    rf"\b(?:{_GETTING}|subject to|upon|on) (?:the )?(?:full |formal |prior |explicit )?$"
)
# A name's possessive right before the noun: "Ukraine's agreement is not a formality". A pact
# a party made is told with its partner or its date ("Iran's agreement with", "Iran's 2015
# agreement"); a bare owned "agreement" is that party's yes.
_POSSESSIVE = re.compile(r"_+['’]s? $")
_PACT = re.compile(r",? (?:with|between|among|signed|reached|struck|on|over)\b")
_OF = re.compile(r" of (?:the |both |all )?")


def consent(low: str, t0: int, t1: int) -> bool:
    """Whether the noun "agreement" at ``t0:t1`` of the lowered, name-blanked sentence is one
    party's consent to something rather than a pact."""
    word = low[t0:t1]
    if not word.startswith("agreement") or word.endswith("s"):
        return False
    if _PACT.match(low, t1) is not None:
        return False  # "its agreement with Iran", "their agreement between ...": a pact
    before = low[max(0, t0 - 60) : t0]
    if _GOT_OWNED.search(before) is not None or _POSSESSIVE.search(before) is not None:
        return True
    if _OWNED.search(before) is not None and _FOR.match(low, t1) is not None:
        return True
    return _OF_OWNER.search(before) is not None and _OF.match(low, t1) is not None
