"""The title of a state's act on another state's nationals: "Sentencing of a U.S. citizen".

"sentenced a U.S. citizen to 12 years" holds one person; a title named by what follows ("to
12 years", or the bare noun "Citizen") says nothing of the act. The verb's noun, with the
people it holds as the text names them, says what the row is over.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._sentences import Sentence

# The verbs of holding, trying or punishing someone, and the noun each makes.
_ACTS = {
    "arrest": "Arrest",
    "jail": "Jailing",
    "imprison": "Imprisonment",
    "sentenc": "Sentencing",
    "convict": "Conviction",
}
_VERB = re.compile(r"(arrest|jail|imprison|sentenc|convict)\w*\s+")


def held_title(sentence: Sentence, t0: int, t1: int) -> str:
    """The act's noun and its object ("Jailing of two French nationals") when the trigger at
    ``t0:t1`` is one of these verbs with the people it holds; "" otherwise."""
    found = _VERB.match(sentence.text.casefold(), t0, t1)
    if found is None:
        return ""
    held = " ".join(sentence.text[found.end() : t1].split())
    return f"{_ACTS[found.group(1)]} of {held}" if held else ""
