"""An unqualified ministry is the ministry of the state the text has just named as its owner,
or of the state the story is filed from.

Wire copy names a ministry once with its state ("Russia's defence ministry said ...") and then
only as "the ministry"; a story filed from a capital calls that state's own ministries "the
foreign ministry", "the defence ministry", "the ministry's spokesman" without naming the state
at all ("BEIJING (Reuters) - The foreign ministry on Tuesday warned Australia ..."). A reader
knows whose ministry it is, and so does the briefing, in this order:

(a) the one state the same sentence, or the sentence before, names as the owner of a ministry
    ("China's foreign ministry ...", "the Russian defence ministry ...");
(b) else the state whose capital or city opens the dateline, only when the story has named
    that state before the sentence (its headline included): a story filed from London about
    Iran and Israel does not make "the foreign ministry" Britain's;
(c) else no one: the engine does not guess.

The ministry then stands for its state where it acts or speaks (the state is mentioned there),
so the state is a side of what the ministry does; where the text has named that ministry as a
body ("the Chinese foreign ministry"), the phrase refers back to that body instead. "The
government" is never read so: a story often calls the other state's government so ("the
government in Athens").
"""

from __future__ import annotations

import re

from summarizer._engines.offline._gazetteer import Entity
from summarizer._engines.offline._organs import acts
from summarizer._engines.offline._reading import Reading
from summarizer._text._dateline import DATELINE

# "the foreign ministry", "the defence ministry", "the ministry", "the ministry's spokesman":
# "the" right before, so no state's name or demonym qualifies it; "of" after it would name
# the state ("the foreign ministry of Peru") or a portfolio, and is left alone.
_BARE = re.compile(
    r"(?<![\w'’-])(?:[Tt]he) (?P<organ>(?:(?:foreign|defen[cs]e|interior|finance|trade|"
    r"economy|justice|energy|health|security|information) )?ministry)"
    r"(?P<post>['’]s (?:spokes(?:man|woman|person)|spokesperson))?(?![\w-])(?! of\b)"
)

# A place right after the ministry, or opening its sentence before it: "the foreign ministry
# in Mogadishu", "In Tokyo, the foreign ministry".
_IN_AFTER = re.compile(r" in ((?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?)")
_IN_OPENING = re.compile(r"\W*In ((?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?), ")

# A day between a subject and its verb: " on Tuesday", ", late on Friday,".
_WHEN = re.compile(r",? (?:(?:late|early) )?on [A-Z][a-z]+day,?(?= )")

# A state named as a ministry's owner: "China's foreign ministry", "the Russian defence
# ministry", "Japan's ministry".
_OWNED = re.compile(
    r"(?<![\w'’.-])(?P<owner>[A-Z][\w-]*(?: [A-Z][\w-]*)?)(?:['’]s)? (?:[a-z]+ ){0,2}ministry\b"
)

# The place a dateline opens with, and what may follow its comma: "JEDDAH, Saudi Arabia".
_PLACE = re.compile(r"(?P<city>[A-Z][A-Za-z'’./ -]*?)\s*(?:,\s*(?P<region>[^,(—–\n]*?))?\s*[,(—–-]")


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w-]*(?: [A-Z][\w-]*)?")


def dateline_places(text: str) -> tuple[str, ...]:
    """The place names of the story's dateline near its start ("BEIJING", "Saudi Arabia"),
    written as names are ("Beijing"); none when it writes no dateline."""
    found = DATELINE.search(text, 0, 1500)
    if found is None:
        return ()
    place = _PLACE.match(found.group(0))
    if place is None:
        return ()
    names = [place.group("city").strip().title()]
    region = (place.group("region") or "").strip()
    if region[:1].isupper() and not any(ch.isdigit() for ch in region):
        names.append(region)
    return tuple(n for n in names if n)


def _state(r: Reading, name: str) -> Entity | None:
    name = name.removeprefix("the ")
    form = r.gaz.get(name)
    if form is None and " " in name:
        form = r.gaz.get(name.split(" ", 1)[1])
    if form is None or form.entity.kind != "state":
        return None
    return form.entity


def _owner_named(r: Reading, text: str) -> Entity | bool | None:
    """The one state ``text`` names as a ministry's owner; False where it names two."""
    owners = {e.key: e for m in _OWNED.finditer(text) if (e := _state(r, m.group("owner")))}
    if len(owners) > 1:
        return False
    return next(iter(owners.values()), None)


def _located(r: Reading, text: str, match: re.Match[str]) -> Entity | None:
    """The state a place phrase ties the ministry to: "the foreign ministry in Mogadishu
    said", "In Tokyo, the foreign ministry summoned ..." (the clause opens with the place)."""
    after = _IN_AFTER.match(text, match.end())
    if after is not None and (state := _state(r, after.group(1))) is not None:
        return state
    opening = _IN_OPENING.match(text)
    if opening is not None and opening.end() == match.start():
        return _state(r, opening.group(1))
    return None


def _owner(r: Reading, text: str, match: re.Match[str], before: str) -> Entity | bool | None:
    """The state the text ties the ministry to (a place with it, the owner of a ministry its
    sentence or the one before names); False where two states are named so."""
    located = _located(r, text, match)
    if located is not None:
        return located
    owner = _owner_named(r, text[: match.start()])
    return _owner_named(r, before) if owner is None else owner


def _dateline_state(r: Reading, places: tuple[str, ...]) -> Entity | None:
    states = {e.key: e for p in places if (e := _state(r, p))}
    return next(iter(states.values())) if len(states) == 1 else None


def bare_organs(r: Reading, places: tuple[str, ...]) -> None:
    """Mention, where an unqualified ministry acts, the state whose ministry it is."""
    home = _dateline_state(r, places)
    verbs = frozenset(v for v in r.names.speech_verbs if " " not in v)
    roles = frozenset(r.titles.role_nouns)
    previous = ""
    for sentence in r.sentences:
        text = sentence.masked
        before, previous = previous, text
        if not sentence.body or "inistry" not in text:
            continue
        for match in _BARE.finditer(text):
            end = match.end()
            # "The foreign ministry on Tuesday warned ...": the verb after the day.
            # "the foreign ministry in Mogadishu said": the verb after the place.
            verb = end
            for skip in (_IN_AFTER, _WHEN):
                found = skip.match(text, verb)
                verb = found.end() if found else verb
            if match.group("post"):
                ok = acts(text, verb, "", verbs, frozenset())
            else:
                ok = acts(text, verb, text[: match.start()], verbs, roles)
            if not ok:
                continue
            named = _owner(r, text, match, before)
            if named is False:
                continue  # two states own ministries there: whose this is, is not told
            owner = named if isinstance(named, Entity) else None
            if owner is None and home is not None and _named_before(r, home, sentence.start):
                owner = home
            if owner is None:
                continue
            at = sentence.start + match.start("organ")
            organ = match.group("organ")
            if _named_organ(r, owner, organ):
                continue  # the phrase refers back to the ministry named: the events read it so
            r.cast.mention(owner, organ, at, sentence.start + end, sentence.index)


def _named_organ(r: Reading, state: Entity, organ: str) -> bool:
    """Whether the text names a ministry of ``state`` whose name ends on the organ's words
    ("Chinese foreign ministry" for "the foreign ministry"): the phrase then refers back to
    that body, which the events already read as the state's."""
    found = [
        a
        for a in r.cast.actors.values()
        if a.kind == "organization"
        and a.country == state.country
        and a.name.casefold().endswith(organ.casefold())
    ]
    return bool(found)


def _named_before(r: Reading, state: Entity, start: int) -> bool:
    """Whether the story names ``state`` before ``start`` (its headline included)."""
    actor = r.cast.actors.get(state.key)
    if actor is not None and any(m.start < start for m in actor.mentions):
        return True
    for sentence in r.sentences:
        if sentence.start >= start:
            break
        if not sentence.body and any(
            (e := _state(r, m.group(0))) is not None and e.key == state.key
            for m in _CAPITALISED.finditer(sentence.masked)
        ):
            return True
    return False
