"""A preposition that tells at whom an act is aimed names the act's other side, not a place.

Many verbs of reproach and retort take their target through a preposition, not as a direct
object: "Serbia lashed out at Kosovo", "Beijing hit back at Washington", "Ankara fired back at
Athens", "Egypt bristled at Ethiopia's announcement", "Iran railed against the agency", "took
aim at the EU". The name after such a verb's "at" is the one the act is aimed at, as the
object of "Serbia slammed Kosovo" is; it is no venue, as the name after "talks at", "fighting
in" or "fired at the border" is. Only the verb right before the preposition (an adverb or a
day may come between) makes it so: "a meeting at Geneva after Serbia lashed out" still has
Geneva as a venue.
"""

from __future__ import annotations

import re

# The verb (with its particle) whose target the preposition names, then an optional adverb or
# day, then the preposition, then an article: what the 60 characters before a name end with.
_AIM_VERB = (
    r"(?:lash(?:es|ed|ing)? out|(?:hit|hits|hitting|strike|strikes|struck|striking|"
    r"fire|fires|fired|firing|shoot|shoots|shot|shooting|snap|snaps|snapped|snapping) back"
    r"|(?:hit|hits|hitting) out|(?:take|takes|took|taken|taking) (?:aim|a swipe|swipes|a jab|a dig)"
    r"|bristl(?:e|es|ed|ing)|bridl(?:e|es|ed|ing)|rail(?:s|ed|ing)?|fum(?:e|es|ed|ing)"
    r"|snip(?:e|es|ed|ing)|angry|furious|anger|fury"
    r"|scoff(?:s|ed|ing)?|sneer(?:s|ed|ing)?|snap(?:s|ped|ping)?|balk(?:s|ed|ing)?"
    r"|baulk(?:s|ed|ing)?|chaf(?:e|es|ed|ing)|(?:point|points|pointed|pointing) the finger)"
)
_AIMED_AT = re.compile(rf"\b{_AIM_VERB} (?:\w+ly |(?:on|last|this) \w+ )?(?:at|against)(?: the)? $")


def aimed_at(before: str) -> bool:
    """``before`` (lower-cased text right before a name) ends with a verb of reproach or
    retort and the preposition that names its target: "lashed out at ", "hit back angrily at
    the ", "railed against the ". The name that follows is the act's other side."""
    return _AIMED_AT.search(before) is not None


# A verb that reproaches what follows it, right before it (with the preposition that names
# its target, or none): "criticised the ", "rejected the ", "railed against the ".
_REPROACHED = re.compile(
    rf"\b(?:{_AIM_VERB} (?:\w+ly )?(?:at|against)"
    r"|(?:criticis|criticiz|condemn|denounc|reject|slamm?|rebuk|decr(?:y|ie)|protest)\w*"
    r"(?: against)?) (?:the |its |a |an |this |that |last \w+['’]s )?$"
)


def reproached(before: str) -> bool:
    """``before`` ends with a verb that reproaches the thing named next: "condemned the ",
    "railed against the ". A body's resolution so reproached sets the act against the body;
    a breach of its resolutions ("violated UN resolutions") does not."""
    return _REPROACHED.search(before) is not None
