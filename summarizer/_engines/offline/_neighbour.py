"""The state "its neighbour" stands for.

A rule of news writing: "its (southern, northern ...) neighbour" and "the neighbouring country"
refer back to the one other state the text has just named ("Niger has kept its border with
Benin closed, accusing its southern neighbour of hosting French troops": the neighbour is
Benin). The referent is looked for in the clause's own sentence before the phrase and, when
that names none, in the sentence before it; it must be a state other than the clause's
subject ("its" is the subject's, its first name). Two or more such states leave it open: abstain.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._event import side_of
from summarizer._engines.offline._sentences import Sentence

if TYPE_CHECKING:
    from summarizer._engines.offline._parties import ArticleText

_COMPASS = r"(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western)"

# Right after the act's cue: "its southern neighbour", "their neighbour", "the neighbouring
# country" (not "its neighbours": several; not "neighbouring Benin": named).
_NEIGHBOUR = re.compile(
    rf" (?:(?:its|their) (?:{_COMPASS} )?neighbou?r|the neighbou?ring (?:country|state|nation))"
    r"(?![\w'’-])"
)


def neighbour_referent(
    art: ArticleText, sentence: Sentence, t0: int, t1: int, subject: list[Actor]
) -> Actor | None:
    """The state "its neighbour" right after the cue ``t0:t1`` refers to (see the module)."""
    low = art.lows[sentence.index]
    if not subject or _NEIGHBOUR.match(low, t1) is None:
        return None
    # "its" is the subject's: the first name of it ("Niger has kept its border with Benin
    # closed, accusing ..." takes Niger; Benin is named in its predicate).
    own = side_of(subject[0])
    spans = [(sentence.start, sentence.start + t0)]
    if sentence.index > 0:
        prior = art.sentences[sentence.index - 1]
        spans.append((prior.start, prior.end))
    for start, end in spans:
        states = {
            side_of(a): a
            for a in art.cast.in_span(start, end)
            if a.kind == "state" and side_of(a) != own
        }
        if states:
            return next(iter(states.values())) if len(states) == 1 else None
    return None
