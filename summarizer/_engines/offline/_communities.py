"""A community named by two nationalities is that community, not the two states.

English names a people living under another state's flag by stacking a state's name or
adjective before another state's adjective: "Greek Cypriots" and "Turkish Cypriots" (Cypriots
of Greek and of Turkish descent), "Bosnian Serbs" and "Bosnian Croats" (Serbs and Croats of
Bosnia), "Kosovo Serbs". Neither word names a state that acts: "Turkish Cypriot authorities"
are not Turkey's, and "the Greek Cypriot side" is not Greece. The pair is read as one actor, the
community, which is the side of a dispute or the party of a deal ("the leaders of the Greek
Cypriot and Turkish Cypriot communities agreed"). A state's adjective alone ("Greek officials",
"Turkish troops") still names its state.

Likewise "ethnic Albanians" in North Macedonia or "ethnic Russians" in Estonia are people of a
descent, not the state of that name: the adjective after "ethnic" names no state (and no actor:
the community is too loosely named to stand as a side).
"""

from __future__ import annotations

from summarizer._engines.offline._gazetteer import Entity, Form
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._tokens import Segment, Token
from summarizer._text._keys import name_key

# The key prefix of a community's entity: a body of no state (see :func:`is_community`).
PREFIX = "community:"

# The forms of a state that may open a community's name: its name ("Kosovo Serbs") or its
# adjective ("Bosnian Serbs"); a capital or an acronym ("Belgrade", "US") never does.
_OPENERS = frozenset({"name", "demonym"})


def communities(seq: list[Token], segments: list[Segment], sentence: Sentence) -> list[Segment]:
    """``segments`` with each stacked pair of nationalities made one community's segment,
    and a state's adjective after "ethnic" made a segment naming nothing."""
    out: list[Segment] = []
    i = 0
    while i < len(segments):
        seg = segments[i]
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        if nxt is not None and _stacked(seq, seg, nxt):
            out.append(Segment(seg.start, nxt.end, _community(seq[seg.start : nxt.end])))
            i += 2
            continue
        if _ethnic(seq, seg, sentence):
            out.append(Segment(seg.start, seg.end, None, ""))
        else:
            out.append(seg)
        i += 1
    return out


def _state_form(seg: Segment) -> Form | None:
    form = seg.form
    return form if form is not None and form.entity.kind == "state" else None


def _stacked(seq: list[Token], first: Segment, second: Segment) -> bool:
    """ "Bosnian Serb", "Kosovo Serbs", "Turkish Cypriot": a state's name or adjective right
    before another state's adjective, the first not possessive ("Cyprus's Greek Cypriots" is
    owner and community, the owner a state of its own)."""
    a, b = _state_form(first), _state_form(second)
    return (
        a is not None
        and b is not None
        and first.end == second.start
        and a.how in _OPENERS
        and b.how == "demonym"
        and a.entity.key != b.entity.key
        and not any(t.possessive for t in seq[first.start : first.end])
    )


def _community(tokens: list[Token]) -> Form:
    """The community's form: named in the plural ("Bosnian Serb leader" -> "Bosnian Serbs"),
    as one says who the people are."""
    words = [t.text for t in tokens]
    last = words[-1]
    # "Serb" -> "Serbs"; adjectives that take no plural ("Chinese", "Swiss", "Turkish") stay.
    if not last.endswith(("s", "h", "e")):
        words[-1] = last + "s"
    name = " ".join(words)
    # A body of people that acts and speaks, as a party does; of no one state (its country
    # would make it that state's organ, on the state's side).
    entity = Entity(f"{PREFIX}{name_key(name)}", name, "organization", None)
    return Form(entity, " ".join(t.text for t in tokens), "community", False)


def _ethnic(seq: list[Token], seg: Segment, sentence: Sentence) -> bool:
    """ "ethnic Albanian parties", "Ethnic Russians": the adjective of a descent."""
    form = _state_form(seg)
    if form is None or form.how != "demonym":
        return False
    if seg.start > 0:
        return seq[seg.start - 1].text == "Ethnic" and seg.start == 1
    before = sentence.masked[: seq[seg.start].start - sentence.start]
    return before.rstrip().casefold().endswith(" ethnic") or before.strip() == "ethnic"


def is_community(key: str) -> bool:
    """Whether the actor of ``key`` is a community: the states its name holds ("Greek
    Cypriots") are not the state it stands for; it stands for itself."""
    return key.startswith(PREFIX)
