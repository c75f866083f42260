"""A state's own parts are never the other side of that state.

An organ, ministry, court, council, party or official of a state acts for that state or inside
it: "Portugal's government survived a censure motion after the opposition Socialists agreed to
abstain" is a row between government and opposition, not one between Portugal and its
Socialists; "a Beijing court sentenced a Japanese employee" is China's act, not a row between
China and its court. Whose part an actor is comes from what the engine knows of it (its
country, the state that owns it) or from words of the text that tie the two: the state's name,
demonym or capital right before the name ("Iran's Supreme National Security Council", "the
Beijing No. 2 Intermediate People's Court") or a post the text gives a person ("the head of the
Thai delegation, Lieutenant General NAME"). Where nothing ties them the engine does not guess.
"""

from __future__ import annotations

import re

from summarizer._engines.offline._aimed import reproached
from summarizer._engines.offline._armed_movement import armed_movement
from summarizer._engines.offline._army_chief import army_at_war
from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._event import OWNERS, Event, home_of, side_count
from summarizer._engines.offline._one_home import called_party, firm_home, untied_home
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._told_only import told_only_in

# The kinds a state's own part may be: a body, a person, or a firm the text makes the state's
# own (see Homes.of; any other firm is its owner's business, see _events._home_firm_only). A
# region may stand against its state (Transnistria, Republika Srpska), an armed group may fight
# it (the M23, the ELN).
_PARTS = frozenset({"organization", "person", "company"})

# Between a state's name and a body's: "Iran's ", "Kazakh ", "Beijing No. 2 " (a numbered
# court of the capital); never words that make the body another thing than the state's own
# ("Iran's support for the ...", "China and the ...").
_BODY_GAP = re.compile(r"(?:['’]s)? (?:(?:No\.|[A-Z0-9][\w.'’-]*) ){0,2}")

# Between a state's or body's name and the person whose post it names, the post last (right
# before the name or its comma): "Mozambique's foreign minister, ", "the head of the Thai
# delegation, Lieutenant General ", "The ANC's secretary-general, "; not "U.S. prosecutors
# accuse " (the post is someone else's, who acts on the person).
_POST = (
    r"(?:leader|head|chief|minister|commissioner|secretary|secretary-general|spokes\w+|"
    r"president|director|envoy|negotiator|delegation|advis[eo]r|ambassador|chair\w*|official|"
    r"representative|deputy|governor|officer|prosecutor|judge)"
)
_POST_GAP = re.compile(
    rf"(?:['’]s)?(?: (?!and\b|with\b|or\b|against\b)[\w'’-]+){{0,5}}? {_POST}"
    r"(?:,(?: [A-Z][\w.'’-]*){0,3})? "
)

# What a body of a state is by its name: an organ of the state ("Intermediate People's Court",
# "Supreme National Security Council", "the finance ministry") or a political party ("Social
# Democrats", "Democratic Alliance"). A union, an employers' group, a people's own body or an
# insurgent movement is no part of the state: it may stand against its government.
_ORGAN = re.compile(
    r"\b(?:courts?|council|ministry|ministries|department|office|parliament|assembly|senate|"
    r"congress|government|cabinet|presidency|prosecutor\w*|police|army|navy|military|"
    r"treasury|commission|agency|authority|guard|party|democrats|socialists|republicans|"
    r"liberals|conservatives|alliance|front|league|movement)\b"
)
_CIVIL = re.compile(
    r"\b(?:labou?r|trade|workers?|unions|federation|confederation|employers|chamber|"
    r"revolusi|liberation|insurgent\w*|rebels?)\b"
)


def _part_kind(actor: Actor) -> bool:
    """Whether ``actor`` is of a kind that may be a part of a state: a person, or a body whose
    name says it is an organ or a party."""
    if actor.kind == "person":
        return True
    if actor.kind != "organization":
        return False
    name = actor.name.casefold()
    return _ORGAN.search(name) is not None and _CIVIL.search(name) is None


class Homes:
    """The state each actor of one article is a part of, where the engine knows it."""

    def __init__(self, cast: Cast, sentences: dict[int, Sentence]) -> None:
        self.cast = cast
        self.sentences = sentences
        self._memo: dict[str, str | None] = {}

    def of(self, actor: Actor) -> str | None:
        if actor.kind == "state":
            return actor.country
        if actor.kind == "company":
            # A firm is its owner's business, no part of a state, unless the text makes it the
            # state's own ("Niger nationalised Somair").
            if actor.key not in self._memo:
                self._memo[actor.key] = firm_home(actor, self.cast, self.sentences)
            return self._memo[actor.key]
        if not (_part_kind(actor) or called_party(actor, self.sentences)):
            return None
        if actor.key not in self._memo:
            self._memo[actor.key] = None  # a body named after a person named after it: no loop
            self._memo[actor.key] = self._find(actor)
        return self._memo[actor.key]

    def _find(self, actor: Actor) -> str | None:
        known = actor.country or OWNERS.get().get(actor.key)
        if known:
            return known
        if actor.key.startswith("org:"):
            return None  # a body the lexicon knows without a state is no state's (the UN)
        for mention in actor.mentions:
            if mention.back:
                continue
            sentence = self.sentences.get(mention.sentence)
            if sentence is None:
                continue
            home = self._tied(actor, mention.start, sentence)
            if home is not None:
                return home
        return untied_home(actor, self.cast, self.sentences)

    def _tied(self, actor: Actor, at: int, sentence: Sentence) -> str | None:
        """The home the words right before a mention at ``at`` give."""
        text = sentence.text
        person = actor.kind == "person"
        for other in self.cast.actors.values():
            if other is actor or not (other.kind == "state" or (person and other.kind in _PARTS)):
                continue
            for m in other.mentions:
                if not (sentence.start <= m.start and m.end <= at) or at - m.end > 60:
                    continue
                gap = text[m.end - sentence.start : at - sentence.start]
                if person:
                    if not _POST_GAP.fullmatch(gap):
                        continue
                elif not _BODY_GAP.fullmatch(gap):
                    continue
                home = other.country if other.kind == "state" else self.of(other)
                if home is not None:
                    return home
        return None


def own_apart(items: list[Event], cast: Cast, homes: Homes) -> list[Event]:
    """``items`` without the pairs that set a state against its own parts; an item whose
    sides were only such a pair is no dispute or deal at all. (An item that sets no sides
    apart is one side's act and may tell of a thread: see :func:`one_state`.)"""
    for item in items:
        _organs_with_state(item, cast)
    return [
        item
        for item in items
        if not (item.opposed and item.left and item.right) or _split_sides(item, cast, homes)
    ]


def rebels_of(item: Event, cast: Cast, country: str) -> set[str]:
    """The keys of ``item``'s parties that fight the state of ``country``."""
    return {
        k
        for k in item.parties
        if (a := cast.actors.get(k)) is not None and home_of(a) == "fights" and a.country == country
    }


def _organs_with_state(item: Event, cast: Cast) -> None:
    """ "Russia's navy held exercises off Norway's coast", "M23 shelled positions of the
    Congolese army": a state's organ named in lower case (see _organs) acts for its state,
    which the briefing lists: on a side of an item the state stands for it, named once."""
    states = {a.country: k for k, a in cast.actors.items() if a.kind == "state" and a.country}
    # "Sudan's army has been at war with the RSF": against a group that fights its own state,
    # the army is the faction that fights, and the state its side: both are named.
    rebels = {
        a.country
        for k in item.parties
        if (a := cast.actors.get(k)) is not None and home_of(a) == "fights" and a.country
    }
    for group in (item.left, item.right, item.parties):
        for k in list(group):
            a = cast.actors.get(k)
            if a is None or not a.organ or a.country not in states:
                continue
            state = states[a.country]
            if (a.country in rebels or army_at_war(cast, a)) and k not in rebels_of(
                item, cast, a.country
            ):
                if state not in group:
                    group.insert(group.index(k), state)
                continue
            if state in group:
                group.remove(k)
            else:
                group[group.index(k)] = state


def _split_sides(item: Event, cast: Cast, homes: Homes) -> bool:
    """Drop from an opposed item each pair of a state and its own part on the two sides: the
    part when its side holds a foreign actor too (it was put on the wrong side), else the
    state (the row is between the part and the rest of the state's side). Whether two sides
    are left."""
    for _ in range(4):
        changed = False
        for mine, theirs in ((item.left, item.right), (item.right, item.left)):
            for key in list(mine):
                state = cast.actors.get(key)
                if state is None or state.kind != "state" or state.country is None:
                    continue
                own = [
                    k
                    for k in theirs
                    if (a := cast.actors.get(k)) is not None
                    and a.kind in _PARTS
                    and homes.of(a) == state.country
                    and not armed_movement(item, a)
                ]
                if not own:
                    continue
                foreign = any(
                    (a := cast.actors.get(k)) is not None
                    and (home := homes.of(a)) is not None
                    and home != state.country
                    for k in theirs
                )
                drop = own if foreign else [key]
                for k in drop:
                    for side in (item.left, item.right):
                        if k in side:
                            side.remove(k)
                changed = True
                break
            if changed:
                break
        if not changed:
            break
    return bool(item.left and item.right)


def one_state(item: Event, cast: Cast, homes: Homes) -> bool:
    """A thread whose parties are one state and one part of that state ("China" and the
    court that sentenced a Japanese employee): one side, no row or deal."""
    actors = [cast.actors[k] for k in item.parties if k in cast.actors]
    if len(actors) < 2 or len(actors) != len(item.parties):
        return False
    states = [a for a in actors if a.kind == "state"]
    if len({a.country for a in states}) != 1 or states[0].country is None:
        return False
    home = states[0].country
    # Two parts of one state may be at odds with each other ("Peru's Congress censured
    # Interior Minister NAME"; an opposition leader against the president): only a state
    # with one part of its own is one side.
    parts = [a for a in actors if a.kind != "state"]
    return (
        len(parts) == 1
        and parts[0].kind in _PARTS
        and homes.of(parts[0]) == home
        and not armed_movement(item, parts[0])
    )


# A body named only as the one a state turns to is no side of the row it turns to it about:
# asked to act against a third party ("urged the U.N. Security Council to condemn attacks by
# X": the side is X), where a complaint or letter goes ("would file a complaint with the U.N.
# Security Council"), or whose resolutions another broke ("a violation of UN Security Council
# resolutions").
_ASKED_BEFORE = re.compile(
    r"\b(?:urg\w*|ask\w*|call\w* on|appeal\w* to|press\w*|petition\w*|request\w*)\s+"
    r"(?:the\s+|its\s+)?$"
)
_ASKED_ACT = re.compile(
    r"[^.;:]{0,40}?\bto\s+(?:\w+ly\s+)?(?:condemn|denounce|censure|sanction|impose|punish|hold|"
    r"take|act|intervene|investigate|convene|meet|discuss|adopt|demand|order)\b"
)
_FILED_BEFORE = re.compile(
    r"\b(?:(?:complaints?|letters?|appeals?|petitions?)(?:\s+[\w'’-]+){0,3}\s+(?:with|to|before)"
    r"|the (?:case|matter|issue|dispute)(?:\s+[\w'’-]+){0,3}\s+(?:to|before))\s+(?:the\s+)?$"
)
# "raised it with the UN Security Council", "took the fighting to the Security Council",
# "complained to the IAEA's Board of Governors", "has written to the Council": a row told to a
# body that hears rows (named for it: a council, court, tribunal, assembly, agency or board).
# Only such a body: "raised concerns with the EU about its rules" may well be aimed at the EU.
_BROUGHT_BEFORE = re.compile(
    r"\b(?:(?:rais|brought|bring|took|tak|referr?)\w*(?:\s+[\w'’-]+){0,8}?\s+(?:with|to|before)"
    r"|(?:complain\w*|wr[io]te|written|writing|turn\w*)\s+(?:to|before))\s+(?:the\s+)?$"
)
_HEARING_BODY = re.compile(r"\b(?:council|court|tribunal|assembly|agency|board)\b")
_RULES_AFTER = re.compile(r"(?:['’]s)?\s+(?:\w+\s+)?(?:resolutions?|charter|mandate)\b")


def addressees_apart(items: list[Event], cast: Cast, sentences: dict[int, Sentence]) -> list[Event]:
    """``items`` without the bodies they name only as the one turned to (asked to act against
    another, sent a complaint, or whose resolutions were broken); an opposed item whose side
    was only such a body sets no one against anyone, and is dropped."""
    out: list[Event] = []
    for item in items:
        gone = [
            k
            for k in item.parties
            if (a := cast.actors.get(k)) is not None
            and a.kind == "organization"
            and _turned_to(a, item, sentences)
        ]
        if gone:
            opposed = item.opposed and bool(item.left and item.right)
            two = side_count([cast.actors[k] for k in item.parties if k in cast.actors]) > 1
            item.parties = [k for k in item.parties if k not in gone]
            item.left = [k for k in item.left if k not in gone]
            item.right = [k for k in item.right if k not in gone]
            if opposed and not (item.left and item.right):
                continue
            left = [cast.actors[k] for k in item.parties if k in cast.actors]
            if two and side_count(left) < 2:
                continue  # its only pair was a state and the body it turned to
        out.append(item)
    return out


def _turned_to(actor: Actor, item: Event, sentences: dict[int, Sentence]) -> bool:
    def turned(text: str, low: str, at: int, end: int) -> bool:
        before = low[max(0, at - 80) : at]
        return bool(
            (_ASKED_BEFORE.search(before) and _ASKED_ACT.match(low, end))
            or _FILED_BEFORE.search(before)
            or (_BROUGHT_BEFORE.search(before) and _HEARING_BODY.search(actor.name.casefold()))
            # "railed against the IAEA resolution": the body whose text is reproached is
            # the act's target, not a mere source of rules.
            or (_RULES_AFTER.match(low, end) and not reproached(before))
        )

    return told_only_in(actor, item, sentences, turned)


# Who fights beside another now is on its side: "Mozambican troops, fighting alongside Rwandan
# forces", "pro-government militias known as Wazalendo". (An alliance told in the past, "whose
# troops fought alongside federal forces during the war", says nothing of the row now.)
_ALONGSIDE = re.compile(
    r"\b(?:fighting|fights|fight|operating|operates|serving|serves)\s+alongside\b"
)
_PRO_GOVERNMENT = re.compile(r"\bpro-government\b")
_NEXT = re.compile(r"\s+(?:the\s+)?")


def allies_apart(items: list[Event], cast: Cast, sentences: dict[int, Sentence]) -> list[Event]:
    """``items`` without the pairs of allies the text sets on two sides: the ally leaves the
    larger side; an item left with one side is dropped."""
    if not any(item.opposed and item.left and item.right for item in items):
        return items
    allied = _allies(cast, sentences)
    if not allied:
        return items
    out: list[Event] = []
    for item in items:
        if item.opposed and item.left and item.right:
            for a, b in allied:
                for mine, theirs in ((item.left, item.right), (item.right, item.left)):
                    if a in mine and b in theirs:
                        side, key = (mine, a) if len(mine) > len(theirs) else (theirs, b)
                        side.remove(key)
                        break
            if not (item.left and item.right):
                continue
        out.append(item)
    return out


def _allies(cast: Cast, sentences: dict[int, Sentence]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for sentence in sentences.values():
        # (The plain words first: most sentences have neither.)
        if "alongside" not in sentence.text and "ro-gov" not in sentence.text:
            continue
        low = sentence.text.casefold()
        alongside = [m for m in _ALONGSIDE.finditer(low)]
        pro = [m for m in _PRO_GOVERNMENT.finditer(low)] if "pro-gov" in low else []
        if not alongside and not pro:
            continue
        starts = [
            (m.start - sentence.start, m.end - sentence.start, a)
            for a in cast.actors.values()
            for m in a.mentions
            if sentence.start <= m.start < sentence.end
        ]
        for found in alongside:
            before = [
                s
                for s in starts
                if s[1] <= found.start()
                and found.start() - s[1] <= 50
                and not re.search(r"[.;:]", low[s[1] : found.start()])
            ]
            # The one fought beside is named right after the word ("alongside the M23"), not
            # in a description ("alongside militias hostile to Kigali").
            after = [
                s
                for s in starts
                if s[0] >= found.end() and _NEXT.fullmatch(low[found.end() : s[0]])
            ]
            if before and after:
                a = max(before, key=lambda s: s[1])[2]
                b = min(after, key=lambda s: s[0])[2]
                if a is not b:
                    pairs += [(a.key, b.key), (b.key, a.key)]
        for found in pro:
            after = [s for s in starts if s[0] >= found.end() and s[0] - found.end() <= 40]
            if not after:
                continue
            militia = min(after, key=lambda s: s[0])[2]
            if militia.kind == "state":
                continue
            for state in cast.actors.values():
                if state.kind == "state" and militia.country in (None, state.country):
                    pairs += [(militia.key, state.key), (state.key, militia.key)]
    return pairs
