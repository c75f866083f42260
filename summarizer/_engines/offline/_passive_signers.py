"""Where the signers of a document told in the passive are looked for.

"The framework on hydropower tariffs was signed by Brazil and Paraguay", "A roadmap to fight
illegal mining was signed by Peru and Ecuador": when the cue itself ends in the passive verb,
the "by" phrase that names who signed it follows that verb inside the cue, not the cue's end;
the search for the signers starts at the verb, as it does after "The accord was signed by".
"""

from __future__ import annotations

import re

_PASSIVE_END = re.compile(r"\b(?:co-?signed|signed|initial(?:l)?ed|concluded|ratified)$")


def signers_from(trigger: re.Match[str]) -> int:
    """The offset in the sentence where the signers of ``trigger``'s document are sought: the
    passive verb closing the cue ("... was signed"), else the cue's end."""
    verb = _PASSIVE_END.search(trigger.group())
    return trigger.start() + verb.start() if verb is not None else trigger.end()
