"""Who is held is what a row is about, not one of its sides.

"Boualem Sansal's detention is arbitrary and France will keep demanding his release": the row
is France's with whoever holds the writer; the writer is the one held. A person every mention
of whom in a dispute's sentences names the one arrested, detained, jailed, tried or to be
freed ("X's detention", "the release of X", "the arrest in Algiers of the writer X") is no side
of the dispute; a dispute left with one side is no row the text sets out (the engine
abstains rather than guess the holder).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer._engines.offline._cast import Cast, Mention
from summarizer._engines.offline._event import Event
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._told_only import told_only, without

_HOLDING = (
    r"(?:detention|arrest|jailing|imprisonment|incarceration|release|freedom|freeing"
    r"|sentencing|conviction|abduction|kidnapping)"
)
# "Sansal's detention", "Sansal's continued detention".
_HELD_AFTER = re.compile(rf"['’]s? (?:[a-z-]+ )?{_HOLDING}\b")
# "the release of NAME", "the arrest in Algiers of the Franco-Algerian writer NAME".
_HELD_BEFORE = re.compile(
    rf"\b{_HOLDING}(?: (?:in|on|at) [\w'’ -]{{1,30}}?)? (?:of|for) "
    r"(?:the |an? )?(?:[\w'’-]+ ){0,4}$",
    re.IGNORECASE,
)


def _held(sentence: Sentence, mention: Mention) -> bool:
    text = sentence.text
    at, end = mention.start - sentence.start, mention.end - sentence.start
    return (
        _HELD_AFTER.match(text, end) is not None
        or _HELD_BEFORE.search(text[max(0, at - 80) : at]) is not None
    )


def detainees_apart(
    disputes: list[Event], cast: Cast, sentences: Sequence[Sentence]
) -> list[Event]:
    """The disputes without the persons told only as the ones held (see the module)."""

    def only(key: str, event: Event, by: dict[int, Sentence]) -> bool:
        actor = cast.actors.get(key)
        if actor is None or actor.kind != "person":
            return False
        return told_only(key, event, cast, by, _held)

    return without(disputes, cast, sentences, only)
