"""A deal's partner is not the side of a row about that deal, nor its maker's opponent.

Two rules of news writing about deals a third party objects to:

* The partner a deal is made "with" ("Ethiopia's port deal with the breakaway region of
  Somaliland", "the memorandum, under which Somaliland would lease coast to Ethiopia"), or the
  pair it is "between" ("in protest against a trade agreement between the EU and Kyiv"), is
  named to say what the deal is. Where a dispute's sentences name that partner only so, the row is
  about the deal, and the partner is not its target unless the clause names it as one
  ("Somalia accused Somaliland of ..."): the partner leaves the dispute's sides, and a dispute
  left with one side is no dispute.
* Two who make a deal together in the story are not opposed by a row whose sentences never set
  them apart: "Beijing opposes any exchanges between Taiwan and Somaliland" names them together
  as the target of a third side's objection, and "That row eased" points back to another row.
  Named together with no third side objecting before them ("A and B accused each other"), or
  after a noun of conflict ("the war between A and B"), they are the row's two sides.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from summarizer._engines.offline._cast import Cast, Mention
from summarizer._engines.offline._event import Event, side_of
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._told_only import by_index, drop_party, sides, told_only

# The words before a deal's partner: "a port deal with (the breakaway region of) ", "a
# memorandum of understanding signed with ", "under which ".
_PARTNER_BEFORE = re.compile(
    r"(?:\b(?:deal|agreement|accord|memorandum(?: of understanding)?|mou|pact|treaty|lease)s?\b"
    r"(?: [\w-]+){0,3} with|\bunder which) (?:the )?(?:[\w-]+ )?"
    r"(?:(?:region|republic|territory|enclave) of )?$"
    # "a new trade agreement between the EU and ": the pair that makes the deal
    r"|\b(?:deal|agreement|accord|pact|treaty)s? between (?:the )?"
    r"(?:[\w.'’-]+ ){0,3}?(?:(?:and|&) (?:the )?)?$",
    re.IGNORECASE,
)

# Two names joined as one group: "Taiwan and Somaliland", "Taiwan or Somaliland".
_TOGETHER = re.compile(r"^\s*(?:,\s*)?(?:and|or|&)\s+(?:the\s+)?$", re.IGNORECASE)


# A noun of conflict before a pair named together: the pair are its two sides.
_CONFLICT_BETWEEN = re.compile(
    r"\b(?:wars?|conflicts?|fighting|clash(?:es)?|disputes?|rows?|feuds?|tensions?|hostilities"
    r"|stand-?offs?|rifts?|spats?|quarrels?|battles?|enmity|rivalry)\b[^,;.]{0,20}?\bbetween"
    r" (?:the )?$",
    re.IGNORECASE,
)


def _partner(sentence: Sentence, mention: Mention) -> bool:
    """The mention names a deal's partner."""
    at = mention.start - sentence.start
    return _PARTNER_BEFORE.search(sentence.text[max(0, at - 80) : at]) is not None


# A relative clause set off by a comma that tells what its head holds as its own: "Somalia,
# which considers Somaliland part of its territory, ...", "China, which claims Taiwan, ...".
_ASIDE_OPEN = re.compile(
    r",\s+which (?:considers|regards|claims|sees|views|counts)\b[^,;:()\"\u201c\u201d]*$"
)


def _aside_only(key: str, event: Event, cast: Cast, by: dict[int, Sentence]) -> bool:
    """Every mention of ``key`` in the event's sentences sits in a relative clause set off by
    commas that tells what the clause's head holds as its own ("Somalia, which considers
    Somaliland part of its territory, called the memorandum an act of aggression"), one that
    does not tell the event's own act: the name describes the head, and is no side of the act
    the sentence tells outside it."""
    words = {
        w for label in (event.label, *event.labels) for w in re.findall(r"[a-z]{4,}", label.lower())
    }

    def in_aside(sentence: Sentence, mention: Mention) -> bool:
        at = mention.start - sentence.start
        opened = _ASIDE_OPEN.search(sentence.text[:at])
        if opened is None:
            return False
        close = sentence.text.find(",", mention.end - sentence.start)
        aside = sentence.text[opened.start() : close if close >= 0 else len(sentence.text)]
        # Not when the aside runs to the end, or tells the act itself.
        return close >= 0 and not any(w in aside.lower() for w in words)

    return told_only(key, event, cast, by, in_aside)


def _together_only(event: Event, keys: set[str], cast: Cast, indexed: dict[int, Sentence]) -> bool:
    """Some sentence of the event names two sides of ``keys`` together as what a third side
    objects to, and none names them apart or together after a noun of conflict ("the war
    between the army and the RSF")."""
    together = False
    for index in event.sentences:
        sentence = indexed.get(index)
        if sentence is None:
            continue
        spans = sorted(
            (m.start - sentence.start, m.end - sentence.start, side_of(actor))
            for key in keys
            if (actor := cast.actors.get(key)) is not None
            for m in actor.mentions
            if m.sentence == index
        )
        text = sentence.text
        for (first, end, a), (start, _, b) in itertools.pairwise(spans):
            if a == b or start < end:
                continue
            if not _TOGETHER.match(text[end:start]):
                return False
            if _CONFLICT_BETWEEN.search(text[max(0, first - 60) : first]):
                return False
            if not _third(cast, sentence, first, {a, b}):
                return False  # "A and B accused each other": no third side objects to them
            together = True
    return together


# A third side's verb of objection before the pair it objects to.
_OBJECTS = re.compile(
    r"\b(?:oppos|condemn|object|critici[sz]|denounc|protest|warn|reject|den[iy])\w*\b",
    re.IGNORECASE,
)


def _third(cast: Cast, sentence: Sentence, first: int, sides: set[str]) -> bool:
    """A third side named before the pair (at ``first``) objects to it: "Beijing firmly
    opposes any official exchanges between Taiwan and Somaliland"."""
    for actor in cast.actors.values():
        if actor.kind not in ("state", "organization", "person") or side_of(actor) in sides:
            continue
        for m in actor.mentions:
            end = m.end - sentence.start
            if m.sentence == sentence.index and end <= first:
                between = sentence.text[end:first]
                if _OBJECTS.search(between) and not re.search(r"[;:]", between):
                    return True
    return False


def deal_partners_apart(
    disputes: list[Event], deals: list[Event], cast: Cast, sentences: Sequence[Sentence]
) -> list[Event]:
    """The disputes without the deal partners they do not oppose (see the module's rules)."""
    indexed = by_index(sentences)
    pairs = [sides(d, cast) for d in deals if not d.unreal]
    kept = []
    for event in disputes:
        before = sides(event, cast)
        for key in list(event.parties):
            if told_only(key, event, cast, indexed, _partner) or _aside_only(
                key, event, cast, indexed
            ):
                drop_party(event, key)
        left = sides(event, cast)
        if len(left) < min(2, len(before)):
            continue  # the partner was the only other side: no row of its own
        if len(left) == 2 and left in pairs:
            keys = {k for k in event.parties if k in cast.actors}
            if _together_only(event, keys, cast, indexed):
                continue
        kept.append(event)
    return kept
