"""A deal told by what two named sides commit to, with no noun of a deal.

English tells a deal by the act agreed as often as by a noun for it: "Prabowo and Albanese
pledged to begin joint patrols", "both envoys pledged to open the crossing", "Sisi promised
Burhan that Egypt would keep the crossing open", "the envoy flew home with a promise that
Honduras would accept the flights". A pledge is a deal only when it binds two sides to each
other, which the sentence shows by its roles, not by its words:

- a pledge to act ("pledged to <act>") is joint when its subject is two sides: two names joined
  by "and" ("A and B pledged"), or a reference to a pair ("both leaders", "the two men",
  "they"). One side's pledge ("Erdogan pledged to bring prices down", "pledged to voters to
  cut bills") binds it to no one, whoever else the clause names;
- a promise made to someone ("promised B that ...", "with a promise that C would ...") is
  between the one who makes it and the one it is made to: the subject and the name after the
  verb, or the subject and the name the promised act is told of. A promise to one's own
  people ("promised Egyptians that ...") has one side and is no deal;
- an act against someone ("both pledged to keep fighting", "pledged to retaliate") is a stand
  in a conflict, no deal between the two who take it.

Who the sides are is read from these roles only; when they are not two sides, the engine
abstains. Used by :mod:`._events`.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._cast import Actor
from summarizer._engines.offline._data import events
from summarizer._engines.offline._event import side_count, unique, with_states
from summarizer._engines.offline._parties import ArticleText, segment, subject_pair
from summarizer._engines.offline._sentences import Sentence

PLEDGE = "joint pledge"
PROMISE = "promise"
LABELS = frozenset({PLEDGE, PROMISE})

# Words that may stand between a subject and its verb without changing who acts: an
# auxiliary, an adverb, a day ("A and B have also jointly", "A and B on Thursday").
_BETWEEN_VERB = re.compile(
    r"(?:\s*,?\s*(?:have|has|had|also|jointly|both|each|publicly|formally|again|then|"
    r"on \w+|last \w+|this \w+|\w+ly))*\s*$"
)

# Two names (blanked with "_") joined by "and" that end right before the verb: "_ and _",
# "_ president _ _ and _ prime minister _ _" (a title between a demonym and a name).
_PAIR_SUBJECT = re.compile(r"_(?:[\w'’. -]*?)? and (?:his |her |their |the )?[\w'’. -]*?_$")


def commitment_sides(
    art: ArticleText, sentence: Sentence, start: int, end: int, trigger: re.Match[str], label: str
) -> list[Actor]:
    """The two sides a pledge or promise at ``trigger`` binds to each other (see the module),
    or none when the clause does not show two."""
    found = (
        _pledgers(art, sentence, start, end, trigger)
        if label == PLEDGE
        else _promise_sides(art, sentence, start, end, trigger)
    )
    found = with_states(art.cast, found)
    return found if side_count(found) == 2 else []


def _pledgers(
    art: ArticleText, sentence: Sentence, start: int, end: int, trigger: re.Match[str]
) -> list[Actor]:
    """The subject of a pledge to act, when it is two sides: "A and B", or a pair noun or
    "they" that points back to two (see :func:`._parties.subject_pair`)."""
    low = art.lows[sentence.index]
    seg_start = segment(sentence, start, end, trigger.start())[0]
    stretch = low[seg_start : trigger.start()]
    verb_gap = _BETWEEN_VERB.search(stretch)
    subject = stretch[: verb_gap.start()] if verb_gap is not None else stretch
    if _PAIR_SUBJECT.search(subject.rstrip()):
        # Only the names of the subject itself: from the stretch's start to the verb.
        named = art.cast.in_span(
            sentence.start + seg_start, sentence.start + seg_start + len(subject.rstrip())
        )
        return [a for a in named if a.kind != "other"]
    return subject_pair(art, sentence, start, trigger.start())


def _promise_sides(
    art: ArticleText, sentence: Sentence, start: int, end: int, trigger: re.Match[str]
) -> list[Actor]:
    """Who makes a promise and whom it is made to: the clause's first name (its subject), the
    names inside the cue ("promised _ that", "a promise from _ that") and the name that opens
    the promised act ("that _ would accept")."""
    seg_start = segment(sentence, start, end, trigger.start())[0]
    before = art.cast.in_span(sentence.start + seg_start, sentence.start + trigger.start())
    if not before:
        # "X met Y ... and flew home with a promise": the subject the verbs share.
        before = art.cast.in_span(sentence.start + start, sentence.start + trigger.start())
    inside = art.cast.in_span(sentence.start + trigger.start(), sentence.start + trigger.end())
    low = art.lows[sentence.index]
    opens = re.match(r"\s*(?:the )?_", low[trigger.end() : end])
    after = (
        art.cast.in_span(sentence.start + trigger.end(), sentence.start + trigger.end() + 40)[:1]
        if opens is not None
        else []
    )
    return [a for a in unique([*before[:1], *inside, *after]) if a.kind != "other"]


# Labels of a deal told by the decision itself, not by a noun for a document: a joint pledge,
# a promise made to the other side, relations restored, terms reached. Said as done ("pledged
# to", "announced that they would restore relations", "reached terms"), the decision is agreed,
# though what it promises lies ahead; "would" there is no proposal.
_DECIDED_LABELS = LABELS | {"relations restored", "terms"}

# Status words that only say the decided act is still to come, which a decision told as fact
# does not make a proposal or talks.
_OPEN_STATUSES = frozenset({"", "proposed", "negotiating", "unclear"})


def decided_status(labels: list[str], status: str) -> str:
    """The status of a fact told by a decision label (see ``_DECIDED_LABELS``): agreed, unless
    the clause states a firmer or a worse one (signed, implemented, stalled, collapsed)."""
    if status in _OPEN_STATUSES and set(labels) & _DECIDED_LABELS:
        return "agreed"
    return status


# "since the two rivals restored diplomatic ties", "restored ties three years ago": a decision
# told as the start of what followed, or dated back from now, is history, not the news.
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;]*$")
_AGO_AFTER = re.compile(r"^[^,;]{0,40}?\bago\b")


def told_now(
    art: ArticleText, sentence: Sentence, start: int, end: int, match: re.Match[str], label: str
) -> bool:
    """Whether a cue of a decision label tells a deal of the news: not history (see above),
    and, for a pledge or a promise, with the two sides its roles bind (see the module). Other
    labels are not this module's to judge."""
    if label not in _DECIDED_LABELS:
        return True
    low = art.lows[sentence.index]
    seg_start = segment(sentence, start, end, match.start())[0]
    if _SINCE_BEFORE.search(low, seg_start, match.start()) or _AGO_AFTER.match(
        low[match.end() : end]
    ):
        return False
    if label in LABELS:
        return not (label == PLEDGE and _hostile(low, match.end(), end)) and bool(
            commitment_sides(art, sentence, start, end, match, label)
        )
    return True


# The first two words of the act after "pledged to": its verb, and a verb it governs ("keep
# fighting").
_ACT_HEAD = re.compile(r"\s*((?:[\w-]+ ?){1,2})")


def _hostile(low: str, t1: int, end: int) -> bool:
    """Whether the act a pledge binds to is one against someone ("both pledged to keep
    fighting", "pledged to retaliate for the attacks"): a stand in a conflict, no deal between
    the two who take it. The act's verb (its first two words) is a dispute cue; a dispute word
    further on only names what the act is about ("to end the war")."""
    head = _ACT_HEAD.match(low, t1, end)
    return head is not None and bool(events().dispute_triggers.find(head.group(1)))


# What opens the act a promise is about: its doer and a modal ("that Honduras would").
_PROMISED_ACT = re.compile(
    r"\s*(?:the )?_+(?: _+)*(?:['’]s?)? (?:would|will|shall|(?:is|are|was|were) to) (?:\w+ly )?"
)
# What ends the act's words in a title: punctuation, or a word that opens an adverbial.
_ACT_STOP = re.compile(
    r"[,;:(]|\.(?:\s|$)|\s(?:--|—|–)\s|\s(?:by|before|within|after|until|when|while|as|amid|despite|if|unless)\b"
)


def commitment_phrase(sentence: Sentence, low: str, t1: int, end: int, label: str) -> str:
    """What a pledge or promise binds its sides to, as a title's phrase ("pledge to open the
    Margara border crossing", "promise to accept up to three deportation flights"): the words
    after "pledged to", or after "that <name> would" (``low``: the sentence with names blanked).
    Empty when no act follows."""
    at = t1
    if label == PROMISE:
        opens = _PROMISED_ACT.match(low, at)
        if opens is None:
            return ""
        at = opens.end()
    stop = _ACT_STOP.search(low, at, end)
    words = sentence.text[at : stop.start() if stop is not None else end].split()
    if len(words) < 2:
        return ""
    return f"{'pledge' if label == PLEDGE else 'promise'} to {' '.join(words)}"
