"""Whose demand, request, proposal or position a refusal turns down: the refuser's other side.

"Washington has for years pressed for China to join any new treaty. Beijing has refused";
"Afreximbank insists that it must be repaid in full. Lusaka has rejected that claim";
"Seoul had asked that the ceremony mention forced labour. Tokyo turned that request down".
The refusal's object is told only as "that claim", "the request" or not at all, so the
clause names one side. The other is the owner of the thing refused: the subject of the
sentence just before, when that sentence tells it seeking, asking, proposing or insisting on
something (a stance verb right after its subject). Two more owners are read in the refusal's
own sentence: a possessive ("Tokyo declined Seoul's request") and, for a stance renamed in an
apposition ("Tatar has insisted on two states, a position rejected by the EU and the UN"),
the subject of the stance verb that opens the sentence.

That is syntax, not a guess from names elsewhere: a sentence before with no stance verb, a
subject of the refuser's own side, or no subject named at its opening leaves the refusal
without a second side, and a bare "refused" then makes no dispute at all."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from summarizer._engines.offline._event import side_of, unique, with_states

if TYPE_CHECKING:
    from summarizer._engines.offline._cast import Actor
    from summarizer._engines.offline._data import Cue
    from summarizer._engines.offline._parties import ArticleText
    from summarizer._engines.offline._sentences import Sentence

# A refusal with no object ("Beijing has refused, saying ..."; "The junta refused."): the
# verb ends its stretch.
_BARE = re.compile(r"refus(?:ed|es|e)$")

# The object a refusal points back with: "that claim", "the request", "this proposal", "it".
# A thing named after it ("the request by X", "that demand of Y") has its owner there.
_REFERENCE = re.compile(
    r"(?:.* )?(?:that|this|the|these|those|such|it)(?: latest| new| same)?"
    r"(?: (?:demand|request|proposal|claim|position|offer|call|idea|suggestion|stance|plan)s?)?"
    r"(?: down)?$"
)

# A stance verb right after a subject: what the subject wants, asks, offers or holds. An
# auxiliary and adverbs may come between ("has for several years pressed for", "had asked").
_STANCE = re.compile(
    r"(?:(?:has|have|had|also|long|repeatedly|consistently|for (?:\w+ ){0,2}(?:years|months|"
    r"decades)|in turn|\w+ly) )*"
    r"(?:sought|seeks?|pressed|press(?:es)?|pushed|push(?:es)?|asked|asks?|demanded|demands?|"
    r"proposed|propos(?:es?)|insisted|insists?|called for|calls? for|urged|urges?|wanted|wants?|"
    r"suggested|suggests?|requested|requests?)\b"
)

# An aside between the subject and its verb: ", which controls much of the northeast,".
_ASIDE = re.compile(r",[^,;:]{0,80},")


def bare_or_referring(stretch: str) -> bool:
    """Whether a refusal's matched words (lowered) name no owner of what is refused: a bare
    "refused", or an object that only points back ("rejected that claim", "turned the
    request down")."""
    words = stretch.strip()
    return _BARE.search(words) is not None or _REFERENCE.fullmatch(words) is not None


def stance_owner(
    art: ArticleText, sentence: Sentence, refusers: list[Actor]
) -> tuple[list[Actor], Sentence] | None:
    """The side whose stance the sentence before told, as the subject of a stance verb, and
    that sentence; ``None`` when it tells none, names no subject at its opening, or the
    subject is of the refusers' own side."""
    before = [s for s in art.sentences if s.index == sentence.index - 1 and s.index in art.lows]
    if not before:
        return None
    owners = _stance_subject(art, before[0], len(art.lows[before[0].index]), refusers)
    return (owners, before[0]) if owners else None


def _stance_subject(
    art: ArticleText, sentence: Sentence, limit: int, refusers: list[Actor]
) -> list[Actor]:
    """The names of the subject that opens ``sentence`` when a stance verb follows it before
    ``limit`` (with their states), none of the refusers' side; empty otherwise."""
    low = art.lows[sentence.index]
    verb = _stance_verb(low)
    if verb is None or verb >= limit:
        return []
    aside = [(m.start(), m.end()) for m in _ASIDE.finditer(low, 0, verb)]
    owners = [
        a
        for a in art.cast.in_span(sentence.start, sentence.start + verb)
        if a.kind != "other"
        and any(
            sentence.start <= m.start < sentence.start + verb
            and not m.adjective
            # "The Cairo-based bank": a name inside a modifier is not the subject.
            and not low.startswith("-", m.end - sentence.start)
            and not any(s <= m.start - sentence.start < e for s, e in aside)
            for m in a.mentions
        )
    ]
    mine = {side_of(a) for a in with_states(art.cast, refusers)}
    if not owners or any(side_of(a) in mine for a in owners):
        return []  # no subject, or the refuser's own stance or its own side's
    return with_states(art.cast, owners)


def _stance_verb(low: str) -> int | None:
    """Where the stance verb of a sentence's opening subject starts (its auxiliary first):
    the first stance verb of the sentence, with only a subject before it (a few words and
    the subject's names, blanked "_") and an aside; ``None`` when the sentence does not open
    so."""
    found = _STANCE_AFTER.search(low)
    if found is None:
        return None
    head = low[: found.start()].rstrip(" ,")
    if _SUBJECT.fullmatch(head) is None:
        # "Tatar, whose state only Turkey recognises, has insisted": the aside set off.
        head = _TRAILING_ASIDE.sub("", head)
        if _SUBJECT.fullmatch(head) is None:
            return None
    return found.start()


# A subject at a sentence's opening: a few plain words, then names joined by "and",
# "including" or commas, each with a few words of its own ("trading houses including _ and
# _", "the cairo-based _", "cypriot president _ _").
_SUBJECT = re.compile(
    r"(?:[\w'’-]+ ){0,5}?_[_.'’-]*(?: [\w.'’-]+){0,3}?"
    r"(?:(?:,| and| or| including| as well as)(?: the)? (?:[\w-]+ ){0,2}?_[_.'’-]*"
    r"(?: [\w.'’-]+){0,3}?)*"
)

# The stance verb where a word ends: "_ has for several years pressed", "_ had asked".
_STANCE_AFTER = re.compile(r"(?<=[ ,])" + _STANCE.pattern)

# An aside at the end of a subject: "_, whose breakaway state is recognised only by _".
_TRAILING_ASIDE = re.compile(r",[^,;:]{0,80}$")


# A name right after the refused thing owns it: "the request by _", "that demand from _".
_OWNER_AFTER = re.compile(r" (?:by|from|of) (?:the )?(?:[\w-]+ ){0,2}?_")

_REJECTION = "rejection"

# A clause joined before the refusal in its own sentence: ", but", "; ", ", and" (a subject's
# own "and", "Egypt and Sudan have rejected", joins no clause).
_EARLIER_CLAUSE = re.compile(r"[;:]|, (?:and|but|while|whereas|although|though) | but ")


def refused_stance(
    art: ArticleText, sentence: Sentence, live: list[tuple[Cue, re.Match[str]]], parties: Any
) -> bool:
    """Set ``parties`` to the refuser against the owner of what it refuses, when the refusal
    names that owner only by pointing back: the subject of the stance told in an earlier
    clause of its sentence or else in the sentence before (see :func:`stance_owner`); or by a
    possessive or an apposition. ``True`` when set. A bare refusal with no stance told before
    it has no object at all: its parties are cleared, so it makes no dispute."""
    low = art.lows[sentence.index]
    if _rejected_by(art, sentence, live, parties) or _owned_in_match(art, sentence, live, parties):
        return True
    refusals = [
        m
        for c, m in live
        if c.label == _REJECTION
        and bare_or_referring(m.group())
        and _OWNER_AFTER.match(low, m.end()) is None
    ]
    if not refusals or not parties.left or parties.right:
        return False
    # "Washington sought X, but Beijing refused": a refusal after an earlier clause of its
    # sentence answers that clause's stance, not the sentence before.
    earlier = _EARLIER_CLAUSE.search(low, 0, min(m.start() for m in refusals))
    if earlier is None:
        found = stance_owner(art, sentence, parties.left)
    else:
        owners = _stance_subject(art, sentence, earlier.start(), parties.left)
        found = (owners, sentence) if owners else None
    if found is not None:
        parties.right = [a for a in found[0] if a not in parties.left]
        parties.actors = unique([*parties.left, *parties.right])
        parties.opposed = bool(parties.right)
        parties.stance = found[1].index if found[1] is not sentence else None
        return bool(parties.right)
    if all(_BARE.search(m.group()) for c, m in live if c.label == _REJECTION) and len(
        refusals
    ) == len(live):
        parties.left, parties.right, parties.actors, parties.opposed = [], [], [], False
    return False


# Who rejects a stance renamed in an apposition: ", a position rejected by _, _ and the _";
# a relative clause after them (", which backs ...") is theirs, not more rejecters.
_BY_NAMES = re.compile(r" (?:the )?(?:[\w-]+ ){0,3}?_[^;:]*?(?=, (?:which|who|whose)\b|[;:.]|$)")


def _rejected_by(
    art: ArticleText, sentence: Sentence, live: list[tuple[Cue, re.Match[str]]], parties: Any
) -> bool:
    """Set ``parties`` for "A has insisted on X, a position rejected by B": B, named after
    "by", against A, the subject of the stance verb that opens the sentence. ``True`` when
    both are named."""
    low = art.lows[sentence.index]
    for cue, match in live:
        if cue.label != _REJECTION or not match.group().endswith(" by"):
            continue
        names = _BY_NAMES.match(low, match.end())
        if names is None:
            continue
        rejecters = [
            a
            for a in art.cast.in_span(sentence.start + names.start(), sentence.start + names.end())
            if a.kind != "other"
        ]
        owners = _stance_subject(art, sentence, match.start(), rejecters)
        if rejecters and owners:
            parties.left = with_states(art.cast, rejecters)
            parties.right = [a for a in owners if a not in parties.left]
            parties.actors = unique([*parties.left, *parties.right])
            parties.opposed = bool(parties.right)
            return bool(parties.opposed)
    return False


# A refused thing with its owner's possessive: "declined _'s request", "turned down _'s offer".
_POSSESSIVE_STANCE = re.compile(
    r"(?:reject|refus|declin|rebuff|spurn|turn)\w*(?: down)? _[_.'’-]*['’]s? "
    r"(?:[\w-]+ ){0,2}?(?:request|call|proposal|suggestion|idea|offer|plan|bid|demand|overture|"
    r"stance)s?$"
)


def _owned_in_match(
    art: ArticleText, sentence: Sentence, live: list[tuple[Cue, re.Match[str]]], parties: Any
) -> bool:
    """Set ``parties`` for "B declined A's request": the subject against the possessive owner
    of what it refuses, named inside the refusal's words. ``True`` when set."""
    if not parties.left:
        return False
    for cue, match in live:
        if cue.label != _REJECTION or _POSSESSIVE_STANCE.fullmatch(match.group()) is None:
            continue
        owners = [
            a
            for a in art.cast.in_span(sentence.start + match.start(), sentence.start + match.end())
            if a.kind != "other" and a not in parties.left
        ]
        mine = {side_of(a) for a in parties.left}
        owners = [a for a in with_states(art.cast, owners) if side_of(a) not in mine]
        if owners:
            parties.right = owners
            parties.actors = unique([*parties.left, *parties.right])
            parties.opposed = True
            return True
    return False
