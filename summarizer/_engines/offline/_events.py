"""Disputes and deals, read from the cue words of clauses that report them as happening.

A clause with a *trigger* (accused, sanctions, intercepts...; agreement, contract, talks...)
may hold an event; *topic* words decide its kind (islands -> territorial, reactors -> energy).
Whether it holds one is the clause's grammar (:mod:`._clause`): a negated, modal,
conditional, asked, hedged, wished-for or analyst's event is no event of today, and one told
as history is background. Its parties are who does the thing to whom in the clause -- the
side before the trigger and the side after it, or "between A and B" -- never who only reports
it, brokers it, hosts it or judges it. Sides are set against each other ("A vs B") only when
the trigger is an act of one on the other, or a state "between" them.

Events about the same thing and the same sides merge into one thread per article; the few
threads the article is most about are kept.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._clause import (
    BACKGROUND,
    PROPOSED,
    REAL,
    UNREAL,
    Frame,
    affirmed,
    denied,
    mediator_speaker,
    mood,
    read_frames,
    reading,
    role,
)
from summarizer._engines.offline._data import Cue, events, trim_dangling
from summarizer._engines.offline._money import Amount, deal_value, parse_money
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._when import dates, latest
from summarizer._lexicon import lexicon
from summarizer._text._keys import name_key

# Clauses: "..., and the two countries will also ..." holds a second deal.
Found = tuple[Cue, re.Match[str]]
_CLAUSE = re.compile(r";\s+|,\s+(?:and|but|while|whereas|although|as well as)\s+|\s+[—–]\s+")
_MAX_PARTIES = 6
# An article is about a few disputes and deals: the gold annotations of 40 articles list at
# most three required ones of a kind. More threads are splinters of one story or asides.
_MAX_THREADS = 4
# How many threads back a new event looks for the thread it belongs to: a text that tells
# thousands must not compare each new one with all of them.
_LOOKBACK = 32
# How many sentences after a dispute's last clause another clause about the same two sides,
# of another kind, still tells the same conflict (the lead, its details and the reactions).
_SAME_STRETCH = 4
# How many sentences after a deal "the agreement", named with no sides, still means it.
_ANAPHORA_GAP = 4
# Deal statuses by how far a deal has come; a thread takes the furthest its clauses report.
# A collapse ends whatever came before it; a deal carried out or signed is more than a stall.
_DEAL_RANK = {
    "proposed": 1,
    "negotiating": 2,
    "agreed": 3,
    "stalled": 4,
    "signed": 5,
    "implemented": 6,
    "collapsed": 7,
}


@dataclass(slots=True)
class Event:
    section: str  # "dispute" or "deal"
    kind: str
    soft: bool  # the kind is a default: nothing in the text named one
    labels: list[str]
    topics: list[str]
    parties: list[str]  # actor keys
    sentences: list[int]
    quotes: list[str]
    status: str
    paragraph: int
    money: Amount | None = None
    anaphoric: bool = False  # "the agreement", "earlier truces": about an event named before
    background: bool = False  # "came close to war in 1996": context, not news
    unreal: bool = False  # negated, modal, conditional, an analyst's view: not an event
    denied: bool = False  # a deal a clause denies: "denied reports that it had agreed"
    left: list[str] = field(default_factory=list)  # keys of the side that acts
    right: list[str] = field(default_factory=list)  # keys of the side acted on
    opposed: bool = False  # the clause sets the sides against each other
    label: str = ""  # the title's label ("sanctions"), unless the phrase is headed
    phrase: str = ""  # what the event is about, a noun phrase for the title
    headed: bool = False  # the phrase is headed by the trigger noun ("power cable deal")
    sentence_quotes: list[str] = field(default_factory=list)  # whole sentences, for summaries
    # Where each of ``sentence_quotes`` stands: (0 for a clause that tells the event, 1 for one
    # that only speaks of it; sentence index). Summaries read the telling ones in text order.
    quote_keys: list[tuple[int, int]] = field(default_factory=list)
    when: str | None = None
    indefinite: bool = False  # "a planned swap": another one than the swap told above
    real: int = 0  # clauses that report it as happening
    needs_target: bool = False  # "condemned the move": aimed at a side named before
    aimed: bool = False  # its target was found in a thread told before
    lone: bool = False  # "the agreement", "the sanctions" with one side or none: told before
    # The values of the list fields above, as sets, for the fields merging has grown.
    _members: dict[str, set[Any]] = field(default_factory=dict, repr=False, compare=False)

    def members(self, attr: str) -> set[Any]:
        """The values of the list field ``attr``; only :func:`_absorb` may grow the list."""
        found = self._members.get(attr)
        if found is None:
            found = self._members[attr] = set(getattr(self, attr))
        return found


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _CLAUSE.finditer(sentence.masked):
        # Only a real clause on both sides: at least four words before the cut.
        if len(sentence.masked[start : match.start()].split()) >= 4:
            bounds.append((start, match.start()))
            start = match.end()
    bounds.append((start, len(sentence.masked)))
    return bounds


def _kind(
    found: list[tuple[Cue, re.Match[str]]],
    topics: list[tuple[Cue, re.Match[str]]],
    default: str,
) -> tuple[str, bool, list[str], list[str]] | None:
    """Kind, whether it is only the default, trigger labels and topic words of one clause."""
    present = {cue.kind for cue, _ in topics}
    found = [(cue, m) for cue, m in found if cue.needs is None or cue.needs in present]
    if not found:
        return None
    votes: Counter[str] = Counter()
    order: dict[str, int] = {}
    labels: list[str] = []
    for cue, match in found:
        if cue.label not in labels:
            labels.append(cue.label)
        if cue.kind is not None:
            # Diplomatic is the fallback of most disputes; a concrete trigger kind weighs more.
            votes[cue.kind] += 1 if cue.kind == "diplomatic" else 2
            order.setdefault(cue.kind, match.start())
    topic_words: list[str] = []
    for cue, match in topics:
        votes[cue.kind or default] += 1
        order.setdefault(cue.kind or default, match.start())
        word = match.group()
        if word not in topic_words:
            topic_words.append(word)
    if not votes:
        return default, True, labels, topic_words
    kind = max(votes, key=lambda k: (votes[k], -order[k]))
    return kind, False, labels, topic_words


def _within(
    found: list[tuple[Cue, re.Match[str]]], start: int, end: int
) -> list[tuple[Cue, re.Match[str]]]:
    """The cues of ``found`` (in text order) that start inside ``start:end``."""
    at = bisect.bisect_left(found, start, key=_cue_start)
    return found[at : bisect.bisect_left(found, end, key=_cue_start)]


def _cue_start(found: tuple[Cue, re.Match[str]]) -> int:
    return found[1].start()


# A comma opens a new segment unless a name follows it (a list: "Britain, France and Germany").
_SEGMENT = re.compile(
    r",\s+(?=[a-z\"“])|;\s+|\s+[—–]\s+|:\s+|\s+and (?=(?:said|says|added|told|called)\b)"
    r"|\s+(?=(?:after|before|when|while|because|although|though|whereas) )"
)
_SPEAKER = re.compile(r"^[\"“]?(?:He|She)\b")
_SPEAKER_PRONOUN = re.compile(r"\b(?:he|she|it|they|we|i)\b")
_IT_SUBJECT = re.compile(r"it (?:has |had |also |then |later )?")
# A trade measure offered away is no dispute: "offered to cut tariffs on X if ...".
_FRIENDLY = re.compile(
    r"\b(?:offer\w*|agree\w*|propos\w*|ready|willing|pledg\w*|promis\w*) (?:\w+ ){0,4}?"
    r"(?:cut|lower|reduce|phase out|scrap|remove|waive|eliminate|ease)\b(?: \S+){0,6} \S*$"
)
# "Chile cut tariffs on Bolivian lithium": a measure taken away is no act against anyone; it
# only tells how a dispute told elsewhere stands ("China lifted its tariffs": easing).
_TAKEN_AWAY = re.compile(
    r"\b(?:cut|cuts|cutting|lower(?:s|ed|ing)|reduc(?:e|es|ed|ing)|slash\w*|lift(?:s|ed|ing)?"
    r"|remov(?:e|es|ed|ing)|scrap\w*|waiv(?:e|es|ed|ing)|eliminat\w+|eas(?:e|es|ed|ing)"
    r"|abolish\w*|halv(?:e|es|ed|ing)|suspend\w*)(?: (?:its|their|the|all|some|most|\w+ly))* \S*$"
)
# A trigger in "after the annexation of ...", "since the coup": the sentence's background.
_BACKGROUND_SEGMENT = re.compile(r"(?:after|since|following) (?:the|its|their|his|her) ")
_RELATIVE_ASIDE = re.compile(r"(?:which|whose|who) ")
_STANDING = re.compile(r"(?<!placed )(?<!put )(?<!brought )\bunder (?:[\w.'’-]+ ){0,3}$")
_SUBJECT_WORDS = 8  # a longer stretch before the relative clause holds a verb of its own
_SINCE = re.compile(r"\b[Ss]ince (?:the|its|their|his|her|a)(?: [\w-]+){0,2} $")
# "talking about model treaties": deals as a topic of talk, not a deal.
_IDLE = re.compile(
    r"\b(?:talk\w* about|talk of|discuss\w*|spoke of|speak\w* of|dream\w* of|ideas? (?:of|for))"
    r" (?:\w+ ){0,3}$"
)
# A bare plural is a kind of thing ("commercial contracts were none of ...", "taking larger
# stakes in mines") unless a deal verb, a number or a determiner makes it some deals.
_BARE_PLURAL = re.compile(r"(?:deals|contracts|agreements|treaties|pacts|accords|stakes)\b")
_COUNTED = re.compile(
    r"\b(?:the|these|those|its|their|his|her|our|two|three|four|several|\d[\d.,]*)\b"
    r"|\b(?:sign\w*|conclud\w+|reach\w*|struck|strike|agreed|inked|clinch\w*|negotiat\w+"
    r"|won|award\w*|finaliz\w+|finalis\w+|renew\w*|extend\w*|expire\w*)\b"
)
_PAIRED_AFTER = re.compile(r"\S* (?:\S+ )?(?:with|between|among)\b")
_INDEFINITE = re.compile(r"\b(?:a|an|another)(?: [\w-]+){0,2} $")
_ANAPHORA = re.compile(
    r"(?:\bthe|\bthis|(?<!said )(?<!says )(?<!added )(?<!noted )(?<!argued )(?<!showed )(?<!told )"
    r"(?<!warned )(?<!believe )(?<!believes )(?<!meant )\bthat|\bthese|\bthose|\bsuch|\bearlier"
    r"|\bprevious|\bpast|\bits|\btheir)(?: (?!(?:of|to|for|on|in|with|by|and|or)\b)[\w-]+){0,2} $"
)
# "threatened to overshadow the visit": a thing that threatens is no side that threatens.
_THREAT_VERB = re.compile(r"threat(?:en|ened|ens|ening) to\b")
_SUBJECT_GAP = re.compile(
    r"(?:['’]s)?(?: (?:has|have|had|also|again|repeatedly|previously|now|\w+ly))* $|"
    r"(?:\bit|\bthey|\bhe|\bshe|\bwe)(?: (?:has|have|had|also|again|repeatedly|\w+ly))* $"
)
_PAIRING = re.compile(
    r"\S+(?: \S+){0,2}? (?:with|between|among)\b(?: \S+){0,3}? ?$|\S+(?: \S+){0,6}? by(?: the)? $"
)
_BETWEEN = re.compile(r"\b(?:between|among)\b")
_WITH = re.compile(r"^\W*(?:\S+ ){0,2}?with\b")
_AGENT_FROM_LABELS = frozenset(
    ["threats", "warnings", "criticism", "condemnation", "protests", "pressure", "retaliation"]
)
_CONTENT_LABELS = frozenset(["accusations", "blame", "criticism", "condemnation"])
_SAME_SIDE_KINDS = frozenset(["legal", "political"])
_REACTIONS = frozenset(["rejection"])
# Deals one named buyer makes: the seller or the thing bought may be no actor.
_ONE_BUYER = frozenset(["stake acquisition", "purchase"])
_POSSESSIVE = re.compile(r"\b(?:its|their|his|her|our)(?: [\w-]+){0,2} $")
# Trigger words that are verbs whatever stands before them ("paved the way for").
_VERBS_ONLY = frozenset(["paved", "paves", "pave", "agreed", "signed", "struck", "reached"])
# Acts aimed at someone the clause may leave unnamed ("condemned the move").
_TARGETED = frozenset(["pressure", "criticism", "demands", "warnings", "blame", "condemnation"])
_TARGETED |= frozenset(["objections", "protests"])
# Acts on a text ("vetoed a British-drafted resolution"): the side acted on is who wrote it.
_AUTHORED = frozenset(["veto"])
# "..., said the draft was unbalanced, and he accused Britain of ...": a later clause's pronoun
# subject is the sentence's own.
_CLAUSE_PRONOUN = re.compile(r"(?:he|she|it|they) (?:\w+ly )?(?:\w+ed|has|have|had|also)\b")


def _segment(sentence: Sentence, start: int, end: int, at: int) -> tuple[int, int]:
    """The comma-delimited stretch of ``start:end`` (sentence-relative) that holds ``at``."""
    seg_start, seg_end = start, end
    for match in _SEGMENT.finditer(sentence.masked, start, end):
        if match.end() <= at:
            seg_start = match.end()
        elif match.start() >= at:
            seg_end = match.start()
            break
    return seg_start, seg_end


# The country a name of no country belongs to by its own words ("Canola Council of Canada",
# "National Iranian Oil Company"), for the article being read.
_OWNERS: ContextVar[dict[str, str]] = ContextVar("owners", default={})  # noqa: B039


def _owners(cast: Cast) -> dict[str, str]:
    states = [a for a in cast.actors.values() if a.kind == "state" and a.country]
    forms = [
        (state.country or "", re.compile(rf"\b{re.escape(form)}\b"))
        for state in states
        for form in {state.name, *(m.surface for m in state.mentions)}
        if len(form) >= 4
    ]
    owners = {}
    for actor in cast.actors.values():
        if actor.country or actor.kind in ("state", "person"):
            continue
        owner = next((country for country, form in forms if form.search(actor.name)), None)
        if owner is not None:
            owners[actor.key] = owner
    return owners


def _side_of(actor: Actor) -> str:
    if actor.kind == "armed_group":
        return actor.key  # a rebel group fights its own country's state: a side of its own
    return actor.country or _OWNERS.get().get(actor.key) or actor.key


def _unique(actors: list[Actor]) -> list[Actor]:
    return list({a.key: a for a in reversed(actors)}.values())[::-1]


def _sides(actors: list[Actor]) -> int:
    return len({_side_of(a) for a in actors})


def _with_states(cast: Cast, found: list[Actor]) -> list[Actor]:
    """The state behind a person or company is a party too ("Lavrov" speaks for Russia)."""
    out = list(found)
    for actor in found:
        country = actor.country or _OWNERS.get().get(actor.key)
        state = cast.state_of(country, last=True) if country else None
        if actor.kind != "state" and state is not None and state not in out:
            out.append(state)
    return out


def _protagonist(cast: Cast) -> Actor | None:
    """The actor the article is most about (most mentions; earliest on a tie)."""
    return cast.most_mentioned()


def lower(text: str) -> str:
    """Lower case with offsets kept (cue lexicons are matched against lower-cased text)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _name_spans(cast: Cast) -> dict[int, list[tuple[int, int]]]:
    spans: dict[int, list[tuple[int, int]]] = {}
    for actor in cast.actors.values():
        for mention in actor.mentions:
            spans.setdefault(mention.sentence, []).append((mention.start, mention.end))
    return spans


def _scrub(sentence: Sentence, spans: list[tuple[int, int]]) -> str:
    """The sentence with actor names blanked: "North Atlantic Treaty Organization" is no
    treaty, "Sakhalin Energy" no energy deal."""
    chars = list(sentence.masked)
    for start, end in spans:
        for i in range(max(start - sentence.start, 0), min(end - sentence.start, len(chars))):
            chars[i] = "_"
    return "".join(chars)


# A segment that describes a name ("the independence movement backed by X") or dates a past
# event ("as the UN promised in 1991"): its actors are no side of the clause's event.
_DESCRIPTION = re.compile(r"(?:the|a|an|which|who|whose) (?!two |three |both )")


def _asides(sentence: Sentence, start: int, end: int, low: str) -> list[tuple[int, int]]:
    """Absolute spans of the aside segments of the clause ``start:end``."""
    cuts = [
        start,
        *(x for m in _SEGMENT.finditer(sentence.masked, start, end) for x in m.span()),
        end,
    ]
    spans = []
    # The first segment holds the clause's subject ("The United States said ..."): no aside;
    # after an opening adverb ("Separately, the board of the IMF approved ..."), the second.
    opener = len(cuts) > 3 and reading()["opener"].fullmatch(low[cuts[0] : cuts[1]].strip())
    for seg_start, seg_end in zip(cuts[2::2], cuts[3::2], strict=True):
        if opener and seg_start == cuts[2]:
            continue
        if _DESCRIPTION.match(low, seg_start):
            spans.append((sentence.start + seg_start, sentence.start + seg_end))
    return spans


@dataclass(slots=True)
class _Article:
    """What every clause of one article asks: its sentences, their scrubbed text, frames."""

    sentences: list[Sentence]
    cast: Cast
    lows: dict[int, str]
    frames: dict[int, Frame]
    names: dict[int, list[tuple[int, int]]]
    published: date | None
    parties_cache: dict[int, list[Actor]] = field(default_factory=dict)
    kept_cache: dict[tuple[int, int, int, int, bool], list[Actor]] = field(default_factory=dict)


@dataclass(slots=True)
class _Parties:
    actors: list[Actor]
    left: list[Actor]
    right: list[Actor]
    opposed: bool
    own: bool = True  # the trigger's own stretch names the sides (not only the clause around)


def _kept(
    art: _Article,
    sentence: Sentence,
    start: int,
    end: int,
    cue: int,
    *,
    deal: bool,
    asides: bool = True,
) -> list[Actor]:
    """The actors of ``start:end`` that may be sides: not a place, a broker, a source, a court
    or the speaker who only reports; nor an analyst; nor a name in another name's description."""
    key = (sentence.index, start, end, cue, asides)
    found = art.kept_cache.get(key)
    if found is None:
        found = art.kept_cache[key] = _kept_now(art, sentence, start, end, cue, asides=asides)
    return found


def _kept_now(
    art: _Article, sentence: Sentence, start: int, end: int, cue: int, *, asides: bool
) -> list[Actor]:
    low = art.lows[sentence.index]
    frame = art.frames[sentence.index]
    # A name in a stretch that describes another ("the main hub for aid to Ukraine") is no side.
    described = _asides(sentence, start, end, low) if asides else []
    analyst = reading()["analyst"]
    out = []
    for actor in art.cast.in_span(sentence.start + start, sentence.start + end):
        if actor.kind == "other":
            continue
        if actor.role and analyst.search(actor.role.casefold()):
            continue
        if role(actor, low, sentence, frame, cue) is not None:
            continue
        inside = actor.starts_in(sentence.start + start, sentence.start + end)
        if described and inside and all(any(s <= at < e for s, e in described) for at in inside):
            continue
        out.append(actor)
    return out


def _speakers(art: _Article, sentence: Sentence) -> list[Actor]:
    """Who the sentence's attribution names ("Beijing said ...")."""
    frame = art.frames[sentence.index]
    low = art.lows[sentence.index]
    place = reading()["venue_after"]
    out = []
    for actor in art.cast.in_span(sentence.start, sentence.end):
        if actor.kind == "other":
            continue
        # "The U.S. Navy's Bahrain-based 5th Fleet said": where the speaker sits is no speaker.
        spoken = [
            m
            for m in actor.mentions
            if sentence.start <= m.start < sentence.end
            and frame.speaks(m.start - sentence.start)
            and place.match(low[m.end - sentence.start : m.end - sentence.start + 16]) is None
        ]
        if spoken:
            out.append(actor)
    return out


def _he_she(art: _Article, sentence: Sentence) -> Actor | None:
    """ "He"/"She" opening a sentence: the first person named in the sentence before."""
    if sentence.index == 0 or not _SPEAKER.match(sentence.masked):
        return None
    before = art.sentences[sentence.index - 1]
    people = [a for a in art.cast.in_span(before.start, before.end) if a.kind == "person"]
    return people[0] if people else None


def _it(art: _Article, sentence: Sentence, t0: int, *, deal: bool) -> Actor | None:
    """ "It" opening a sentence and doing the act (a deal verb before a deal noun: "It reached
    a deal with its creditors"): the state or body the sentence before opens on."""
    opening = _IT_SUBJECT.match(art.lows[sentence.index])
    if sentence.index == 0 or opening is None or opening.end() > t0:
        return None
    if deal and not reading()["deal_verb"].search(art.lows[sentence.index], opening.end(), t0):
        return None
    before = art.sentences[sentence.index - 1]
    first = min(
        (
            (m.start, a)
            for a in art.cast.in_span(before.start, before.end)
            for m in a.mentions
            if before.start <= m.start < before.end
        ),
        key=lambda x: x[0],
        default=None,
    )
    if first is None or first[1].kind in ("person", "other"):
        return None
    # The subject: named at the very start of the sentence before ("Ethiopia defaulted ...").
    lead = art.lows[before.index][: first[0] - before.start].split()
    return first[1] if len(lead) <= 1 else None


def _mentioned(actor: Actor, sentence: Sentence, start: int, end: int) -> bool:
    return actor.mentioned_in(sentence.start + start, sentence.start + end)


def _clause_parties(
    art: _Article,
    sentence: Sentence,
    start: int,
    end: int,
    t0: int,
    t1: int,
    labels: list[str],
    *,
    deal: bool,
    label: str = "",
) -> _Parties:
    """Who does the thing to whom in the clause ``start:end`` whose trigger is ``t0:t1``.

    The side before the trigger acts (or the one after "by", "from"), the side after it is
    acted on; names that only say what an accusation says, or describe a thing, are neither.
    A deal's subject is a party only when it signs, agrees, holds or owns the deal.
    """
    r = reading()
    low = art.lows[sentence.index]
    frame = art.frames[sentence.index]
    seg_start, seg_end = _segment(sentence, start, end, t0)
    kept = _kept(art, sentence, start, end, t0, deal=deal)
    stop = seg_end
    if set(labels) & _CONTENT_LABELS:
        # "accused of passing details ... to Ukraine": what the accusation says is no side.
        content = r["content"].search(low, t1, seg_end)
        if content is not None and content.start() - t1 <= 40:
            stop = content.start()
    if deal:
        # "tankers suspected of belonging to Russia's fleet": a description, no signatory.
        description = r["description"].search(low, t1, seg_end)
        if description is not None:
            stop = description.start()
    in_seg = [a for a in kept if _mentioned(a, sentence, seg_start, stop)]
    before = _subject(
        sentence, low, [a for a in in_seg if _mentioned(a, sentence, seg_start, t0)], seg_start, t0
    )
    # "urged Ottawa to ...": the trigger's own words may name its object.
    after = [
        a
        for a in in_seg
        if _mentioned(a, sentence, t0 + 1, stop)
        and a not in before
        and not _topic(a, low, sentence, t0 + 1, stop, deal=deal, owner_before=t1)
    ]
    if not deal:
        after = _object_heads(sentence, low, after, t0, stop)
    authored = not deal and label in _AUTHORED
    if authored:
        # "vetoed a British-drafted resolution on Sudan": what the text is about is no side.
        # The author may be told in a relative clause: "the resolution, which was drafted by".
        # and "a Russian-sponsored text" names its author, not a broker.
        named = art.cast.in_span(sentence.start + t1, sentence.start + end)
        after = [
            a
            for a in named
            if a.kind != "other" and a not in before and _drafter(a, low, sentence, t1, end)
        ]
    # "drafted by France" names the text's author, not the veto's agent.
    agents = (
        _agents_after(sentence, low, after, t1, stop, labels) if not deal and not authored else []
    )
    if (
        not deal
        and not authored
        and not after
        and stop == seg_end
        and set(labels) & r.directed
        # "has used export bans to force miners, a policy President X has vowed to extend": an
        # apposition renames the act; it is not its object.
        and r["act_apposition"].match(low, seg_end) is None
    ):
        # The object set off by a comma may open with "the": no description here.
        whole = _kept(art, sentence, start, end, t0, deal=False, asides=False)
        co, after = _beyond(art, sentence, low, whole, seg_end, end)
        before = _unique([*before, *co])
    if not before and seg_start > start:
        opening = low[seg_start:seg_end]
        if r["verb_start"].match(opening):
            # "Qatar, which ..., has signed deals with ...": a segment opening on its verb
            # takes the clause's subject.
            first = _segment(sentence, start, end, start)
            before = [a for a in kept if _mentioned(a, sentence, start, first[1])]
        elif re.match(r"(?:which|who)\b", opening):
            # "..., the two neighbours, which both have disputes with China": the relative
            # pronoun stands for what the stretch before names.
            prior = _segment(sentence, start, end, max(start, seg_start - 2))
            before = [a for a in kept if _mentioned(a, sentence, prior[0], prior[1])]
            if not before:
                before = _pair(art, sentence, prior[0], prior[1])
    if (
        not before
        and start > 0
        and seg_start == start
        and (r["verb_start"].match(low, start) or _CLAUSE_PRONOUN.match(low, start))
    ):
        # "..., said Algeria was not a party, and accused Morocco of ...": a clause that
        # opens on its verb shares the sentence's subject, its speaker included.
        first = _segment(sentence, 0, start, 0)
        before = [
            a
            for a in art.cast.in_span(sentence.start, sentence.start + first[1])
            if a.kind != "other" and not (a.role and r["analyst"].search(a.role.casefold()))
        ]
    person = _he_she(art, sentence)
    if person is not None and not before:
        before = [person]
    first_word = low[t0:t1].split()[0] if low[t0:t1].split() else ""
    verb_led = bool(_VERB_FORM.search(first_word)) or first_word in _VERBS_ONLY
    definite = not verb_led and _ANAPHORA.search(low, max(0, t0 - 30), t0) is not None
    if deal:
        # A deal's subject signs, agrees, holds or offers it: "Germany and Italy preferred to
        # wait for the outcome of the talks" are no parties of the talks.
        # The trigger is the deal verb itself ("agreed"), unless a determiner makes the same
        # word a noun ("an exchange", "the swap").
        verb = r["deal_verb"].match(low, t0) is not None and not re.search(
            r"\b(?:a|an|the|its|their|this|that|such|first|new|another)(?: [\w-]+)? $",
            low[max(0, t0 - 30) : t0],
        )
        before = [a for a in before if verb or _deal_subject(a, low, sentence, t0)]
        if definite and not verb:
            # "the contract was indexed to the U.S. benchmark": only "the deal with X" names
            # a party; else the deal is the one told before.
            after = [a for a in after if _paired(a, low, sentence, t0)]
    if not deal and definite and not _VERB_FORM.search(low[t0:t1]):
        # "... had given Mexico months of warnings and that the tariff was about China": a
        # tariff told before belongs to whoever owns it here, not to any name before it.
        before = [a for a in before if _owns(a, low, sentence, t0)]
    if not before and seg_start == 0 and (it := _it(art, sentence, t0, deal=deal)) is not None:
        before = [it]
    pronoun = re.search(
        r"\b(?:it|they|we|(?:its|their|our) \w+)\b(?: \S+){0,4} $", low[seg_start:t0]
    )
    if not before and pronoun is not None and not mediator_speaker(low, frame):
        # "Beijing said it would ...": the speaker is the subject.
        before = _speakers(art, sentence)
    loose: list[Actor] = []
    if agents:
        left = agents
        right = [a for a in [*before, *after] if a not in agents]
    elif (
        not deal
        and not after
        and _sides(before) >= 2
        # "Mexico and Brazil objected": an act the two do together sets them on one side; a
        # state between them ("India and Pakistan eased tensions") still has them as its two.
        and not (
            set(labels) & r.directed
            and not set(labels) & r.symmetric
            and _coordinated(before, low, sentence, t0)
        )
    ):
        # "Iran has argued that Islamabad owes it penalties": names before the cue in two
        # roles, no object after it; two sides, but not who does what to whom.
        left, right, loose = [], [], before
    else:
        left, right = before, after
    opposed = bool(agents) and bool(right)
    mutual = r["mutual"].search(low, max(start, t0 - 40), min(end, t1 + 20))
    between = _BETWEEN.search(low, t1, min(stop, t1 + 40))
    if not deal and between is not None:
        pair = [a for a in kept if _mentioned(a, sentence, between.end(), stop)]
        sides = list(dict.fromkeys(_side_of(a) for a in pair))
        if len(sides) >= 2:
            left = [a for a in pair if _side_of(a) == sides[0]]
            right = [a for a in pair if _side_of(a) != sides[0]]
            opposed = True
    elif not deal and mutual is not None and before and _sides(before) >= 2:
        sides = list(dict.fromkeys(_side_of(a) for a in before))
        left = [a for a in before if _side_of(a) == sides[0]]
        right = [a for a in before if _side_of(a) != sides[0]]
        opposed = True
    elif not deal and _WITH.match(low[t1:stop]) and left and right:
        opposed = True  # "Chile's dispute with Argentina"
    if not deal and not opposed and set(labels) & r.directed and left and right:
        opposed = True
    left = _with_states(art.cast, left)
    right = [a for a in _with_states(art.cast, right) if a not in left]
    if opposed and {_side_of(a) for a in left} & {_side_of(a) for a in right}:
        # One side set against itself ("Canada's canola council urges Ottawa"): only a court
        # case or a political fight within one country keeps such sides.
        shared = {_side_of(a) for a in left} & {_side_of(a) for a in right}
        right = [a for a in right if _side_of(a) not in shared or a.kind == "person"]
        if not right:
            opposed = False
    others: list[Actor] = list(loose)
    # Whether the trigger's own words name two sides: its subject and object, or names with no
    # new clause between them and the trigger ("that", "which", a full stop).
    near = [
        a
        for a in in_seg
        if a not in left + right
        and not _topic(a, low, sentence, seg_start, stop, deal=deal)
        and not _CLAUSE_BREAK.search(low, _mention_end(a, sentence, seg_start, t0), t0)
    ]
    own = (
        _sides([*left, *right, *after]) if deal else _slot_sides(left, right, [*loose, *near])
    ) >= 2
    if deal:
        others = [a for a in after if a not in left and a not in right]
    elif not left or not right:
        # No structure to read: the other names of the stretch, then of the clause.
        others += [a for a in in_seg if a not in left and a not in right and a not in others]
        if _slot_sides(left, right, others) < 2:
            # "X rejected the complaint, saying its duties answered subsidies that Indonesia
            # gives": what a doer says after its act names no one the act is aimed at.
            said = (
                _BEYOND_STOP.search(low, seg_end, end)
                if left and set(labels) & r.directed
                else None
            )
            others += [
                a
                for a in kept
                if a not in left
                and a not in right
                and a not in others
                and not _mentioned(a, sentence, stop, seg_end)
                and (said is None or _mentioned(a, sentence, start, said.start()))
                # A person of no known country, named nowhere near the act, is no known side
                # ("..., a policy President Prabowo has vowed to extend").
                and (a.kind != "person" or a.country or _mentioned(a, sentence, seg_start, stop))
            ]
    if authored:
        # Who vetoed whose text, or nothing: the other names are what the text is about.
        return _Parties(_with_states(art.cast, _unique([*left, *right])), left, right, opposed)
    if (_sides([*left, *right, *others]) if deal else _slot_sides(left, right, others)) < 2:
        speakers = [
            a
            for a in _with_states(art.cast, _speakers(art, sentence))
            # A speaker of no known country is no known side.
            if (a.kind != "person" or a.country)
            and _side_of(a) not in {_side_of(b) for b in [*left, *right, *others]}
        ]
        if speakers and (left or right or others) and not mediator_speaker(low, frame):
            # The content names one side: the speaker is the other ("Dimitrov said talks with
            # BOTAS were continuing"; "Poland's minister said ... a war waged by Moscow").
            if not deal and left and not right:
                right = speakers
                opposed = opposed or bool(set(labels) & r.directed) or bool(agents)
            elif (
                not deal
                and right
                and not left
                and set(labels) & r.directed
                and _SPEAKER_PRONOUN.search(low, seg_start, t0) is None
            ):
                # "said the draft amounted to interference in Sudan's affairs": a speaker who
                # names only who is acted on is not thereby who acts ("said he would raise
                # tariffs on China" is).
                pass
            else:
                others += speakers
    if (_sides([*left, *right, *others]) if deal else _slot_sides(left, right, others)) < 2:
        others += [a for a in _pair(art, sentence, seg_start, seg_end) if a not in others]
    actors = _unique([*left, *right, *others])
    return _Parties(_with_states(art.cast, actors), left, right, opposed, own)


def _drafter(actor: Actor, low: str, sentence: Sentence, t1: int, stop: int) -> bool:
    """``actor`` is named after the trigger as the author of a text: "a British-drafted
    resolution", "a motion tabled by Labour", "France's draft"."""
    r = reading()
    for mention in actor.mentions:
        at, end = mention.start - sentence.start, mention.end - sentence.start
        if not t1 <= at < stop:
            continue
        # "drafted by France and Britain": a name joined to the author's is an author too.
        lead = _JOINED_NAMES.sub("", low[max(t1, at - 80) : at])
        if r["drafter_after"].match(low[end : end + 40]) or r["drafter_before"].search(lead):
            return True
    return False


_JOINED_NAMES = re.compile(r"(?:_+(?:['’]s)?(?:,? and |, ))+$")


_COORDINATION = re.compile(r"(?:\s|,|\band\b|\bor\b|\bthe\b|\bboth\b|['’]s?)*")


def _coordinated(actors: list[Actor], low: str, sentence: Sentence, t0: int) -> bool:
    """The names before the cue at ``t0`` form one coordinated subject ("Mexico and Brazil
    have objected"): one side that acts together, not two sides against each other."""
    spans = sorted(
        (m.start - sentence.start, m.end - sentence.start)
        for a in actors
        for m in a.mentions
        if sentence.start <= m.start < sentence.start + t0
    )
    if len(spans) < 2:
        return False
    gaps = [low[end:start] for (_, end), (start, _) in itertools.pairwise(spans)]
    return all(_COORDINATION.fullmatch(gap) is not None for gap in gaps)


_LINKING = re.compile(
    r"\b(?:link\w*|connect\w*|join(?:s|ed|ing)?|interconnect\w*|integrat\w*)"
    r" (?:the )?(?:[\w-]+ ){0,3}of (?:_+(?:,| and| or|,? and) )*$"
)


def _topic(
    actor: Actor,
    low: str,
    sentence: Sentence,
    start: int,
    stop: int,
    *,
    deal: bool,
    owner_before: int = -1,
) -> bool:
    """``actor`` is what the event is about, not a side of it: "talks on the operation of
    Ethiopia's dam", "the tariff was about China"."""
    at = actor.starts_in(sentence.start + start, sentence.start + stop)
    if not at:
        return False
    if at[0] < sentence.start + owner_before and re.match(r"_*['’]", low[at[0] - sentence.start :]):
        return False  # "paved the way for President Macron's visit": the trigger's owner
    lead = low[max(start, at[0] - sentence.start - 30) : at[0] - sentence.start]
    words = [w.strip("\"“”'‘’(") for w in lead.split()]
    preposition = next((w for w in reversed(words[-4:]) if w in _PREPOSITIONS), None)
    if preposition is None:
        return False
    if deal:
        # "a treaty linking the power grids of Morocco and Mauritania": what the deal links
        # belongs to its parties.
        here = at[0] - sentence.start
        if preposition == "of" and _LINKING.search(low, max(start, here - 50), here):
            return False
        if reading()["beneficiary"].search(low, max(0, here - 40), here):
            return False  # "a $3 billion loan for Egypt": who gets the money is a party
        return preposition in ("about", "regarding", "concerning", "over", "on", "of", "for")
    return preposition in ("about", "regarding", "concerning")


def _source(actor: Actor, low: str, sentence: Sentence, start: int, end: int) -> bool:
    """Every mention of ``actor`` in ``start:end`` follows a word that makes it a topic or a
    source, not a side: "supply from the United States", "demand in China"."""
    starts = actor.starts_in(sentence.start + start, sentence.start + end)
    if not starts:
        return True
    for at in starts:
        words = [
            w.strip("\"“”'‘’(")
            for w in low[max(0, at - sentence.start - 30) : at - sentence.start].split()
        ]
        near = next((w for w in reversed(words[-4:]) if w in _PREPOSITIONS), None)
        if near not in (
            "about",
            "regarding",
            "concerning",
            "over",
            "on",
            "of",
            "for",
            "from",
            "in",
        ):
            return False
    return True


def _owns(actor: Actor, low: str, sentence: Sentence, t0: int) -> bool:
    """``actor`` is the owner or subject of the noun at ``t0``: "Mexico's tariff", "Beijing
    would keep its levy" (a few words, no new clause between)."""
    at = actor.last_start_before(sentence.start + t0)
    if at is None:
        return False
    if reading()["venue_before"].search(low, max(0, at - sentence.start - 12), at - sentence.start):
        return False  # "read the indictment in Warsaw": a place owns nothing
    between = low[at - sentence.start : t0]
    return len(between.split()) <= 7 and not re.search(
        r"\b(?:that|which|who|because|when|while|whereas|although)\b|[,;:\"“”]", between
    )


_OWNER_BEFORE = re.compile(r"['’]s?(?: [\w$%.,-]+){0,3} $")
_SUBJECT_GAP_RE = re.compile(
    r"^(?:['’]s?(?: [\w-]+){0,3} |,? (?:and|or|&) (?:the |its \w+ |their \w+ )?|, | )$"
)


def _subject(
    sentence: Sentence, low: str, actors: list[Actor], seg_start: int, t0: int
) -> list[Actor]:
    """Of the names before a trigger, those of the stretch's subject: the first group of names
    joined by "and", a comma or a possessive ("Russia's state-owned Gazprom"). A later name is
    the object of another verb ("Lavrov labelled Lithuania ... and warned Sweden"), and one in
    "between A and B" belongs to another noun ("the partnership between Russia and China")."""
    spans = sorted(
        (m.start - sentence.start, m.end - sentence.start, a)
        for a in actors
        for m in a.mentions
        if sentence.start + seg_start <= m.start < sentence.start + t0
    )
    if not spans:
        return []
    group: list[Actor] = []
    last_end = None
    for start, end, actor in spans:
        if (
            last_end is not None
            and start >= last_end
            and _SUBJECT_GAP_RE.match(low[last_end:start]) is None
            and not _titled(group, actor, low[last_end:start])
        ):
            break
        if _BETWEEN.search(low, max(seg_start, start - 12), start):
            break  # "between Russia and China" before the trigger: another noun's sides
        if actor not in group:
            group.append(actor)
        last_end = max(end, last_end or 0)
    for _start, end, actor in spans:
        # "Pakistan is unlikely to agree to Iran's proposal": the owner of the trigger noun.
        if actor not in group and _OWNER_BEFORE.match(low[end:t0]):
            group.append(actor)
    return group


def _titled(group: list[Actor], actor: Actor, gap: str) -> bool:
    """ "Venezuelan opposition leader Maria Corina Machado": a person of the country just named,
    after a title of a few words, heads the subject the country's adjective began."""
    words = gap.split()
    return (
        actor.kind == "person"
        and any(a.kind == "state" and actor.country in (None, "", a.country) for a in group[-1:])
        and 0 < len(words) <= _TITLE_WORDS
        and not any(_TITLE_VERB.fullmatch(w) for w in words)
    )


_TITLE_WORDS = 3
_TITLE_VERB = re.compile(r"\w+ed|said|says|say|has|have|had|is|are|was|were|will|would|told|to")
_NESTED = re.compile(r"\b(?:of|for)\b")
_JOINED = re.compile(r"^(?:\s|,|\band\b|\bor\b|\bthe\b|\bboth\b|['’]s?)*$")


def _object_heads(
    sentence: Sentence, low: str, after: list[Actor], t0: int, stop: int
) -> list[Actor]:
    """The names after a dispute's trigger that it is aimed at, not those nested in the
    object's description: "criticised the Hungarian veto of EU aid for Ukraine" is aimed at
    Hungary; "sanctions on Russia and Belarus" at both."""
    if len(after) < 2:
        return after
    placed = sorted(
        (
            (at - sentence.start, a)
            for a in after
            # From inside the trigger on: "urged Hungary to" names its object within it.
            for at in a.starts_in(sentence.start + t0 + 1, sentence.start + stop)[:1]
        ),
        key=lambda x: x[0],
    )
    kept = [placed[0]]
    for at, actor in placed[1:]:
        prev_at, prev = kept[-1]
        between = low[_mention_end(prev, sentence, prev_at, at) : at]
        if _NESTED.search(between) and not _JOINED.match(between):
            continue
        kept.append((at, actor))
    nested = {a.key for _, a in placed} - {a.key for _, a in kept}
    return [a for a in after if a.key not in nested]


def _mention_end(actor: Actor, sentence: Sentence, start: int, t0: int) -> int:
    """Where the last mention of ``actor`` before ``t0`` ends (sentence-relative); ``t0`` when
    it is named only after it."""
    ends = [
        m.end - sentence.start
        for m in actor.mentions
        if sentence.start + start <= m.start < sentence.start + t0
    ]
    return max(ends) if ends else t0


def _slot_sides(left: list[Actor], right: list[Actor], others: list[Actor]) -> int:
    """How many sides: the acting side and the side acted on count one each however many
    names they hold ("Moscow and its ally Belarus"); other names one per country."""
    taken = {_side_of(a) for a in [*left, *right]}
    rest = {_side_of(a) for a in others} - taken
    return bool(left) + bool(right) + len(rest)


def _agents_after(
    sentence: Sentence, low: str, after: list[Actor], t1: int, stop: int, labels: list[str]
) -> list[Actor]:
    """Names after the trigger that do the thing: "threats ... from Moscow", "charged by"."""
    agents = []
    for actor in after:
        for at in actor.starts_in(sentence.start + t1, sentence.start + stop):
            lead = low[max(t1, at - sentence.start - 24) : at - sentence.start]
            by = lead.endswith(("by ", "by the ")) or _CO_AGENT.search(lead) is not None
            frm = lead.endswith(("from ", "from the ")) and bool(set(labels) & _AGENT_FROM_LABELS)
            if by or frm:
                agents.append(actor)
                break
    for actor in after:
        # "waged by Moscow and its ally Belarus": what joins an agent acts too.
        if actor in agents:
            continue
        starts = actor.starts_in(sentence.start + t1, sentence.start + stop)
        if not starts:
            continue
        lead = low[max(t1, starts[0] - sentence.start - 24) : starts[0] - sentence.start]
        if re.search(r"_(?:['’]s)?(?:,| and| or)(?: (?:its|their|the) \w+)? $", lead) and any(
            a.mentioned_in(sentence.start + t1, starts[0]) for a in agents
        ):
            agents.append(actor)
    return agents


_CO_AGENT = re.compile(r"\b(?:(?:together|along|jointly) with|alongside)(?: the)? $")
# Where the words after a trigger stop speaking of it: a new clause or a reason.
_BEYOND_STOP = re.compile(
    r",\s+(?:\w+ing|which|who|that|because|after|when|while|as|but|although|saying|adding)\b"
    r"|[;:]|\s[—–]\s"
)


def _beyond(
    art: _Article, sentence: Sentence, low: str, kept: list[Actor], seg_end: int, end: int
) -> tuple[list[Actor], list[Actor]]:
    """The object of a trigger set off from it by a comma ("condemned, together with Wang,
    the United States' plans"): (who acts with the subject, who is acted on)."""
    # A new clause right at the comma ("rejected the complaint, saying ...") leaves nothing
    # beyond it to be the object.
    stop = _BEYOND_STOP.search(low, seg_end, end)
    last = stop.start() if stop is not None else end
    agents: list[Actor] = []
    objects: list[Actor] = []
    for actor in kept:
        at = actor.starts_in(sentence.start + seg_end, sentence.start + last)
        if not at:
            continue
        lead = low[max(seg_end, at[0] - sentence.start - 24) : at[0] - sentence.start]
        if _CO_AGENT.search(lead):
            agents.append(actor)
        elif not _topic(actor, low, sentence, seg_end, last, deal=False):
            objects.append(actor)
    return agents, objects


def _paired(actor: Actor, low: str, sentence: Sentence, t0: int) -> bool:
    """ "the agreement with X", "the deal between X and Y": named right after the noun."""
    at = actor.starts_in(sentence.start + t0, sentence.start + t0 + 70)
    if not at:
        return False
    between = low[t0 : at[0] - sentence.start]
    return _PAIRING.match(between) is not None


_CLAUSE_BREAK = re.compile(r"[.;:]\s|\b(?:said|says|told|tells|that|which|who)\b")


def _deal_subject(actor: Actor, low: str, sentence: Sentence, t0: int) -> bool:
    """``actor``, named before a deal noun, is a party: a deal verb stands between them
    ("Bulgargaz signed a 10-year agreement"), or it owns the noun ("Iran's proposal")."""
    at = actor.last_start_before(sentence.start + t0)
    if at is None:
        return False
    between = low[at - sentence.start : t0]
    if _CLAUSE_BREAK.search(between):
        return False  # "... Arab League envoys. Ethiopia said its delegation would present"
    if reading()["deal_verb"].search(between):
        return True
    if re.fullmatch(r"_+['’]s(?: [\w$%.,-]+){0,3} ", between) is not None:
        return True
    # "Serbia has spent years seeking support for its plan": the subject's own plan.
    return re.search(r"\b(?:its|their|his|her)(?: [\w-]+){0,2} $", between) is not None


def _sentence_sides(art: _Article, sentence: Sentence) -> list[Actor]:
    """The actors of a sentence that may be sides of anything it tells (for "the two")."""
    found = art.parties_cache.get(sentence.index)
    if found is None:
        kept = _kept(art, sentence, 0, len(sentence.masked), 0, deal=False)
        found = art.parties_cache[sentence.index] = _with_states(art.cast, kept)
    return found


_STATE_NOUNS = re.compile(r"countries|states|nations|governments|neighbou?rs|capitals|allies")
_PREPOSITIONS = frozenset(
    (
        *("about", "regarding", "concerning", "over", "on", "of", "for", "with", "between"),
        *("to", "from", "by", "against", "among", "under", "into", "at", "in"),
    )
)
_COUNT = {"two": 2, "three": 3, "four": 4, "both": 2, "each": 2}


def _pair(art: _Article, sentence: Sentence, start: int, end: int) -> list[Actor]:
    """ "the two countries", "both sides" in ``start:end``: the sides named just before, in
    the sentence or the ones before it."""
    phrase = reading()["pair_anaphora"].search(art.lows[sentence.index], start, end)
    if phrase is None:
        return []
    words = phrase.group().split()
    count = next((_COUNT[w] for w in words if w in _COUNT), 2)
    # "the two countries" are states; "both sides" may be anyone.
    states = _STATE_NOUNS.search(phrase.group()) is not None

    def fit(actors: list[Actor]) -> list[Actor]:
        return [a for a in actors if a.kind == "state"] if states else actors

    here = [
        a
        for a in fit(_sentence_sides(art, sentence))
        if any(
            at < sentence.start + phrase.start() for at in a.starts_in(sentence.start, sentence.end)
        )
    ]
    if _sides(here) >= count:
        return _first_sides(here, count)
    for back in range(1, 4):
        index = sentence.index - back
        if index < 0:
            break
        other = art.sentences[index]
        if not other.body:
            continue
        found = fit(_sentence_sides(art, other))
        if _sides(found) >= count:
            return _first_sides(found, count)
    return []


def _first_sides(actors: list[Actor], count: int) -> list[Actor]:
    """The actors of the first ``count`` sides, in order of mention."""
    ordered = sorted(actors, key=lambda a: a.first)
    sides = list(dict.fromkeys(_side_of(a) for a in ordered))[:count]
    return [a for a in ordered if _side_of(a) in sides]


# --------------------------------------------------------------------------- titles

_STOP = re.compile(
    r",|[;:()\"“”?!]|(?<!\b[A-Z])\.|\S*\d|\s[—–]\s|\b(?:that|which|who|after|before|when|while|because|"
    r"but|as|said|says|amid|despite|following|prompting|since|until|though|although|would|will|whose|"
    r"could|can|may|might|has|have|had|is|are|was|were|if|unless|whether|so|then|than|between|"
    r"in a|in an|in the|at the|from the|drawing|raising|putting|dashing|hitting)\b|…"
    r"|\b(?:by|from) (?=[A-Z])"
    r"|\band (?=\w+ed\b)"
)
_TIME = re.compile(
    rf"\b(?:on|last|this|next) (?:{lexicon('en').calendar.weekday_pattern()}|"
    r"week|month|year)\b|\b(?:earlier|later) this (?:week|month|year)\b|\bon \w+\.? \d{1,2}\b"
    r"|\bin (?:19|20)\d\d\b"
)
_LEAD_WORDS = frozenset(["a", "an", "the", "its", "their", "his", "her", "and", "to", "of"])
_LINKS = frozenset(["of", "to", "over", "on", "against", "for", "about", "with", "into"])
_PHRASE_WORDS = 8
# Words a phrase cut before a number must not end on ("penalties of up [to $18 billion]").
_DANGLING = frozenset(["up", "about", "around", "some", "nearly", "almost", "more", "than"])
_DANGLING |= frozenset(["least", "roughly", "approximately", "just", "only", "over", "under"])
_BOUNDARY = frozenset(
    [
        *("of", "to", "by", "for", "with", "on", "in", "over", "at", "from", "and", "or"),
        *("the", "a", "an", "into", "against", "about", "under", "between", "near"),
        *("across", "through", "via", "towards", "toward", "along", "around", "without"),
    ]
)
# Words that end the modifiers of a trigger noun ("signed a 10-year agreement" -> "10-year").
_DETERMINERS = frozenset(
    [
        *("a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these"),
        *("those", "any", "no", "some", "another", "each", "every", "new", "first", "latest"),
        *("and", "or", "but", "will", "would", "has", "have", "had", "is", "are", "was", "were"),
        *("be", "been", "to", "of", "in", "on", "at", "by", "for", "with", "from", "over", "said"),
        *("such", "one", "more", "most", "than", "as", "also", "all", "both", "own"),
    ]
)
# Verbs a multi-word trigger may open with ("sent a protest", "held talks").
_VERBS = frozenset(["sent", "send", "made", "make", "filed", "lodged", "held", "hold", "began"])
_VERBS |= frozenset(["begin", "put", "took", "take", "struck", "strike", "won", "win", "press"])
_VERBS |= frozenset(["call", "calls", "urge", "urges", "issue", "issues", "bought", "buy"])
_VERBS |= frozenset(["sign", "signs", "form", "forms", "launch", "establish", "agree", "seal"])
_VERBS |= frozenset(["announce", "forge", "upgrade", "pave", "paves"])
_PRONOUNS = frozenset(["it", "they", "he", "she", "we", "them", "him", "us", "you", "i"])
# What opens the noun phrase a trigger heads.
_ARTICLES = frozenset(["a", "an", "the", "its", "their", "his", "her", "our", "this", "these"])
_ARTICLES |= frozenset(["those", "another", "new"])
# Nouns a trigger word may modify ("tariff fight", "trade row", "supply deal").
_COMPOUND_HEADS = frozenset(
    [
        *("row", "rows", "dispute", "disputes", "fight", "war", "talks", "deal", "deals", "pact"),
        *("agreement", "spat", "standoff", "stand-off", "feud", "case", "complaint", "regime"),
        *("measures", "ban", "threat", "campaign", "system", "programme", "program", "plan"),
        *("note", "notes", "regime", "probe", "investigation", "claim", "claims"),
    ]
)
_VERB_FORM = re.compile(
    r"(?:ed|ing)$|^(?:agree|accuse|threaten|condemn|blame|seize|expel|summon|oppose|object)s?$"
)


def _head(sentence: Sentence, t0: int, t1: int, seg_start: int) -> tuple[str, int]:
    """The noun phrase a trigger noun heads, with its modifiers, as written ("rice trade
    memorandum", "10-year agreement"); empty for a verb ("accused"). And where it ends."""
    text = sentence.masked
    word = text[t0:t1].strip()
    if " " in word:
        # "sent a formal protest", "talks with": the noun at its end (or before a link
        # word ending it) heads.
        parts = word.split()
        while parts and parts[-1].casefold() in _BOUNDARY:
            parts.pop()
        while len(parts) > 1 and parts[0].casefold() in _ARTICLES:
            t0 += len(parts.pop(0)) + 1  # "the accord": the noun, not its article
        if (
            not parts
            or _VERB_FORM.search(parts[-1].casefold())
            or not parts[-1].islower()
            # "ordered a diplomat to leave": an infinitive heads no noun phrase.
            or (len(parts) > 1 and parts[-2].casefold() == "to")
        ):
            return "", t1
        if _VERB_FORM.search(parts[0].casefold()) or parts[0].casefold() in _VERBS:
            # "sent a formal protest", "sign a new energy partnership": the noun phrase after
            # the verb heads, without its article.
            after = next(
                (i + 1 for i, w in enumerate(parts) if w.casefold() in _ARTICLES), len(parts) - 1
            )
            kept = [w for w in parts[after:] if w.casefold() != "new"] or parts[-1:]
            if not all(w.islower() for w in kept):
                kept = parts[-1:]
            t0 = t0 + word.rindex(kept[0])
            word = " ".join(kept)
            t1, seg_start = t0 + len(word), t0
        else:
            # "letter of intent", "peace talks": the whole name.
            word = " ".join(parts)
            t1 = t0 + len(word)
    if _VERB_FORM.search(word.casefold()):
        return "", t1
    mods: list[str] = []
    anchored = True  # the stretch's start, a determiner or an owner ends the modifiers
    for token in reversed(text[seg_start:t0].split()):
        folded = token.casefold()
        if folded in _ARTICLES or token.endswith(("'s", "’s")):
            break
        if folded in _DETERMINERS or token.endswith((",", ";", ":", '"', "”")):
            anchored = False  # "will raise tariffs", "imposed sanctions": a verb, no modifier
            break
        if any(c.isdigit() for c in token) and not re.fullmatch(r"\d+-\w+", token):
            continue  # "$4.2 billion", "100%": no part of a name for the thing
        if folded in ("billion", "million", "trillion", "bn", "m"):
            continue
        if not token[:1].isalnum() or (folded.endswith("ing") and "-" not in folded):
            anchored = False  # "drawing threats": a participle, no modifier
            break
        if folded in _PRONOUNS:
            anchored = False
            break
        mods.insert(0, token)
        if len(mods) == 3:
            anchored = False  # no article in sight: these words may be a clause
            break
    if not anchored:
        mods = []
    end = t1
    following = re.match(r"\s+([\w-]+)", text[t1:])
    if following is not None and following.group(1).casefold() in _COMPOUND_HEADS:
        word = f"{word} {following.group(1)}"
        end = t1 + following.end()
    return " ".join([*mods, word]), end


def _complement(
    sentence: Sentence,
    begin: int,
    end: int,
    names: dict[int, list[tuple[int, int]]],
    *,
    skip_names: bool,
) -> str:
    """The words after ``begin`` that say what the event is about, up to a new clause:
    "of withholding flow data", "on Chinese steel"; empty when they are no phrase."""
    tail = sentence.masked[begin:end]
    if skip_names:
        # "accused Austria, Hungary and Slovakia of turning ...": the object's names (in the
        # sides already), with the commas and "and" that join them.
        chars = list(tail)
        for s_abs, e_abs in names.get(sentence.index, []):
            first = max(s_abs - sentence.start - begin, 0)
            for i in range(first, min(e_abs - sentence.start - begin, len(chars))):
                chars[i] = "\x00"
        lead = re.match(r"(?:\s|\x00|,|\band\b|\bthe\b|['’]s?)*", "".join(chars))
        if lead is not None and "\x00" in lead.group():
            tail = " " * lead.end() + tail[lead.end() :]
    stop = _STOP.search(tail)
    if stop is not None:
        if stop.group() == "…":
            return ""  # a teaser cut short: the full sentence names it better
        tail = tail[: stop.start()]
    tail = _TIME.sub(" ", tail)
    chars = list(tail)
    if skip_names:
        # "accused India of ...": the object's name is in the sides already.
        for s_abs, e_abs in names.get(sentence.index, []):
            first = max(s_abs - sentence.start - begin, 0)
            for i in range(first, min(e_abs - sentence.start - begin, len(chars))):
                chars[i] = " "
    words = [w for w in "".join(chars).split() if any(c.isalnum() for c in w)]
    while words and (words[0].casefold() in _LEAD_WORDS - _LINKS or words[0] in ("'s", "’s")):
        words.pop(0)
    words = [w for w in words if w not in ("'s", "’s")]
    if not words or words[0].casefold() not in _LINKS:
        return ""
    for i in range(2, len(words) - 1):
        # "over a research ship working in contested waters": a participle and a preposition
        # open a clause that describes the noun.
        if (
            words[i].casefold().endswith(("ing", "ed"))
            and "-" not in words[i]
            and words[i + 1].casefold() in _BOUNDARY
        ):
            words = words[:i]
            break
    if len(words) > _PHRASE_WORDS:
        words = words[:_PHRASE_WORDS]
        cuts = [i for i, w in enumerate(words) if i >= 3 and w.casefold() in _BOUNDARY]
        if cuts:
            words = words[: cuts[-1]]
    words = trim_dangling(words, strip=",.")
    while words and (words[-1].casefold() in _BOUNDARY or words[-1].casefold() in _DANGLING):
        words.pop()
    if len(words) < 2:
        return ""
    if reading()["vague_head"].match(words[-1].casefold().strip(",.")):
        return ""  # "on the part", "over the matter": no subject
    return " ".join(w.strip("\"“”'") for w in words)


def _title_phrase(
    sentence: Sentence, t0: int, t1: int, seg_start: int, end: int, names: Any, *, deal: bool
) -> tuple[str, bool]:
    """The noun phrase a title names the event by, and whether the trigger heads it."""
    head, head_end = _head(sentence, t0, t1, seg_start)
    if head:
        rest = _complement(sentence, head_end, end, names, skip_names=False)
        if rest.casefold().startswith("with ") and not deal:
            rest = ""  # "dispute with X": X is a side
        return (f"{head} {rest}" if rest else head), True
    return _complement(sentence, t1, end, names, skip_names=True), False


# --------------------------------------------------------------------------- reading


_UNDONE = frozenset({"easing", "resolved"})


def _status(
    patterns: tuple[tuple[str, re.Pattern[str]], ...],
    low: str,
    start: int,
    end: int,
    frame: Frame,
    deal: bool,
) -> str:
    """The status the stretch ``start:end`` states as fact; a deal's furthest one."""
    found: list[str] = []
    talk = reading()["agree_to_talk"]
    for name, pattern in patterns:
        for match in pattern.finditer(low, start, end):
            seg = max(start, low.rfind(",", start, match.start()) + 1)
            # "a fragile thaw ... is under strain": the cue is taken back.
            if name in _UNDONE and reading()["undercut"].match(low[match.end() : end].lstrip()):
                continue
            # "a draft agreement", "will take effect": a deal not made, a step still ahead (a
            # dispute's "will remain" says how it stands now).
            if deal and _unmade(low[max(seg, match.start() - 30) : match.start()]):
                continue
            if affirmed(low, seg, match.start(), frame):
                # "agreed to meet", "agreed to a structured process": agreed to negotiate.
                if deal and name == "agreed" and talk.match(low, match.start()):
                    found.append("negotiating")
                    continue
                found.append(name)
                break
        if found and not deal:
            return found[0]
    if not found:
        return ""
    return max(found, key=lambda s: _DEAL_RANK.get(s, 0))


def _unmade(before: str) -> bool:
    r = reading()
    return bool(r["status_unmade"].search(before) or r["status_future"].search(before))


# A year that dates what the clause tells ("in 2009", "the 2015 deal"), not one in a name ("the
# Geneva Conventions of 1949"), a target ("by 2028", "gas from 2027") or the start of what
# still goes on ("strained since 2022").
_DATING_YEAR = re.compile(
    r"\b(?:in|during|until|till|before|after|between|early|late|mid-?)"
    r" (?:(?:early|late|mid-?|the (?:end|start|spring|summer|autumn|fall|winter) of) )?"
    r"(?:\w+\.? )?(?:1[89]\d\d|20\d\d)\b"
    r"|\b(?:spring|summer|autumn|fall|winter) of (?:1[89]\d\d|20\d\d)\b"
    r"|\bthe (?:1[89]\d\d|20\d\d)\b(?!-)"
    # "fought a border war from 1998 to 2000": a span, dated by its end.
    r"|\bfrom (?:\w+\.? )?(?:1[89]\d\d|20\d\d) (?:to|until|till|through)"
    r" (?:\w+\.? )?(?:1[89]\d\d|20\d\d)\b"
)
_YEAR_BEFORE = re.compile(r"\b(?:1[89]\d\d|20\d\d)(?:[- ]\w+){0,2} $")


def _dated_past(low: str, start: int, end: int, at: int, published: date | None) -> bool:
    """A year before the news dates the clause (or the trigger noun it modifies: "the 2015
    nuclear deal") as history; with no published date, any such year does, unless the clause
    is about what will happen ("by 2028", "in July 2026")."""
    years = [
        int(m.group()[-4:])
        for m in _DATING_YEAR.finditer(low, start, end)
        # "the 1978 crisis brought ...": a year naming what the clause is about dates it when
        # it comes first; "a reference to the 1989 declaration" after the cue does not.
        if (not m.group().startswith("the ") or m.start() < at)
        # "extended the accord until 2030": the end of a term, history only once it is past.
        and not (published is None and m.group().startswith(("until ", "till ")))
    ]
    own = _YEAR_BEFORE.search(low, max(start, at - 30), at)
    if own is not None:
        years.append(int(own.group()[:4]))
    if not years:
        return False
    if own is None and reading()["future"].search(low, start, end):
        return False
    if published is not None:
        return min(years) < published.year
    return True


def _follows_history(low: str, start: int, end: int, published: date | None) -> bool:
    """A clause joined to a dated one before it shares its time ("... imposed a tariff in
    2018, and Mexico retaliated ..."), unless it says it is of now."""
    if start == 0 or reading()["current"].search(low, start, end):
        return False
    return _dated_past(low, 0, start, start, published)


def _clause_when(
    sentence: Sentence, low: str, start: int, end: int, seg: tuple[int, int], published: Any
) -> str | None:
    """The date the clause gives its development: from the trigger's stretch first."""
    if reading()["future"].search(low, start, end):
        return None
    for span in (seg, (start, end)):
        found = dates(sentence.masked[span[0] : span[1]], published)
        if found:
            return latest(found, published)
    return None


def find_events(
    sentences: list[Sentence], cast: Cast, published: date | None = None
) -> tuple[list[Event], list[Event]]:
    """The disputes and the deals of the body sentences, one thread per subject and sides,
    in text order. ``published`` places weekdays and months in time."""
    token = _OWNERS.set(_owners(cast))
    try:
        return _find_events(sentences, cast, published)
    finally:
        _OWNERS.reset(token)


def _find_events(
    sentences: list[Sentence], cast: Cast, published: date | None
) -> tuple[list[Event], list[Event]]:
    lex = events()
    r = reading()
    names = _name_spans(cast)
    body = [s for s in sentences if s.body]
    lows = {s.index: lower(_scrub(s, names.get(s.index, []))) for s in body}
    cues = {s.index: _cues(lows[s.index]) for s in body}
    triggers = [sorted(m.start() for _, m in (*cues[s.index][0], *cues[s.index][2])) for s in body]
    frames = read_frames(body, [lows[s.index] for s in body], triggers, cast)
    art = _Article(
        sentences,
        cast,
        lows,
        {s.index: f for s, f in zip(body, frames, strict=True)},
        names,
        published,
    )
    disputes: list[Event] = []
    deals: list[Event] = []
    seen_quotes: set[str] = set()
    for sentence in body:
        low = lows[sentence.index]
        d_triggers, d_topics, a_triggers, a_topics = cues[sentence.index]
        money: list[Amount] | None = None
        if not d_triggers and not a_triggers:
            continue
        for start, end in _clauses(sentence):
            if not _within(d_triggers, start, end) and not _within(a_triggers, start, end):
                continue
            quote = sentence.clause(start, end)
            key = name_key(quote)
            if key in seen_quotes:
                continue  # a paragraph printed twice is one event, not two
            if r["off_sense"].search(low, start, end):
                continue  # a match report, a transfer, shopping deals: no public affairs
            made = False
            for section, statuses, default, out, found, topics in (
                ("dispute", lex.dispute_status, "diplomatic", disputes, d_triggers, d_topics),
                ("deal", lex.deal_status, "other", deals, a_triggers, a_topics),
            ):
                deal = section == "deal"
                if deal and _shopping(art, sentence, start, end):
                    continue  # "carriers lined up their own deals": a sale, no agreement
                in_clause = [
                    (c, m)
                    for c, m in _within(found, start, end)
                    if not art.frames[sentence.index].speaks(m.start())
                    and not (
                        _THREAT_VERB.match(low, m.start())
                        and not _named_subject(art, sentence, m.start())
                    )
                ]
                kind = _kind(in_clause, _within(topics, start, end), default)
                if kind is None:
                    continue
                live = [(c, m) for c, m in in_clause if c.needs is None or c.label in kind[2]]
                if not deal and set(kind[2]) <= lex.friendly_labels:
                    # "offered to cut tariffs on X": a measure offered away is no dispute.
                    live = [
                        (c, m)
                        for c, m in live
                        if _FRIENDLY.search(low, max(start, m.start() - 60), m.end()) is None
                    ]
                    if not live:
                        continue
                    taken_away = all(
                        _TAKEN_AWAY.search(low, max(start, m.start() - 40), m.end()) is not None
                        for _, m in live
                    )
                else:
                    taken_away = False
                if deal and all(
                    _IDLE.search(low, max(0, m.start() - 40), m.start()) is not None
                    for _, m in live
                ):
                    continue
                event = _read_event(art, sentence, start, end, section, statuses, kind, live, quote)
                if event is None:
                    continue
                if not deal and taken_away:
                    event.lone, event.opposed = True, False
                if deal and event.real:
                    if money is None:
                        money = parse_money(sentence.masked)
                    event.money = deal_value(low, money, start, end)
                out.append(event)
                made = True
            if made:
                seen_quotes.add(key)
    _aim(disputes, deals, cast)
    dispute_threads, deal_threads = _threads(disputes, cast), _threads(deals, cast)
    if dispute_threads:
        lead = min(dispute_threads[:1] + deal_threads[:1], key=lambda t: t.sentences[0])
        dispute_threads = _story_disputes(dispute_threads, lead, cast, lows)
    return _main(dispute_threads), _main(deal_threads)


def _cues(low: str) -> tuple[list[Found], list[Found], list[Found], list[Found]]:
    """A sentence's dispute triggers and topics, deal triggers and topics. Topics only choose
    the kind of a section's triggers: a sentence with none of them is not read for its topics
    (most sentences name no event; this saves a pass over each)."""
    lex = events()
    disputes = lex.dispute_triggers.find(low)
    deals = lex.deal_triggers.find(low)
    return (
        disputes,
        lex.dispute_topics.find(low) if disputes else [],
        deals,
        lex.deal_topics.find(low) if deals else [],
    )


def _aim(disputes: list[Event], deals: list[Event], cast: Cast) -> None:
    """Give an act aimed at something told before its target ("China's foreign ministry
    condemned the move"): the side that did the thing the actor is on the receiving end of,
    or else the sides of the story's lead event."""
    told = sorted(
        (e for e in [*disputes, *deals] if e.real and not e.lone and not e.needs_target),
        key=lambda e: e.sentences[0],
    )
    for item in disputes:
        if not item.needs_target:
            continue
        item.needs_target = False
        mine = {_side_of(cast.actors[k]) for k in item.left if k in cast.actors}
        before = [e for e in told if e.sentences[0] <= item.sentences[0]]
        target: list[str] = []
        for event in reversed(before):
            theirs = {_side_of(cast.actors[k]) for k in event.right if k in cast.actors}
            if event.opposed and mine & theirs:
                target = list(event.left)
                break
        if not target and before and set(item.labels) & _TARGETED:
            # "Iran said it opposed any project imposed on the Caspian": a reaction to the
            # story's lead event, when no act against the reacting side was told.
            lead = before[0]
            if not mine & _side_set(lead, cast):
                target = list(lead.parties)
        if not target:
            item.lone = True
            continue
        item.right = [k for k in target if k not in item.left]
        item.parties = list(dict.fromkeys([*item.parties, *item.right]))
        item.opposed = bool(item.right)
        item.aimed = True


def _read_event(
    art: _Article,
    sentence: Sentence,
    start: int,
    end: int,
    section: str,
    statuses: tuple[tuple[str, re.Pattern[str]], ...],
    kind: tuple[str, bool, list[str], list[str]],
    live: list[tuple[Cue, re.Match[str]]],
    quote: str,
) -> Event | None:
    """The event of one clause, or ``None`` when it has no sides."""
    lex = events()
    low = art.lows[sentence.index]
    frame = art.frames[sentence.index]
    deal = section == "deal"
    moods = []
    for cue, match in live:
        # What dates a trigger comes before it or in its own stretch: "signed ... on Monday,
        # a deal that would raise exports by 2028" is no deal of 2028.
        seg_start, seg_end = _segment(sentence, start, end, match.start())
        found = mood(low, seg_start, end, match.start(), match.end(), deal=deal, frame=frame)
        if deal and found == REAL and _bare_plural(low, seg_start, match):
            found = UNREAL  # "foreign contracts were none of ...": a kind of thing
        if found in (REAL, PROPOSED) and (
            _dated_past(low, start, seg_end, match.start(), art.published)
            or _background_segment(sentence, start, end, match.start(), deal=deal)
            or _follows_history(low, start, end, art.published)
        ):
            found = BACKGROUND
        moods.append((cue, match, found))
    order = (REAL, PROPOSED, BACKGROUND, UNREAL)
    # A deal told anew ("talks on a trade pact resumed") before one referred to ("the
    # proposal"): the new one makes the event.
    cue, trigger, state = min(
        moods,
        key=lambda x: (
            order.index(x[2]),
            deal and _ANAPHORA.search(low, max(0, x[1].start() - 30), x[1].start()) is not None,
            x[1].start(),
        ),
    )
    labels = kind[2]
    if all(label in lex.weak_labels for label in labels) and state in (REAL, PROPOSED):
        state = state if _strong_enough(art, sentence, start, end, trigger, labels) else UNREAL
    if state in (UNREAL, BACKGROUND):
        # Words about an event, not the event: they only join the thread of the same sides.
        named = _with_states(art.cast, _kept(art, sentence, start, end, trigger.start(), deal=deal))
        if not named:
            return None
        return Event(
            section=section,
            kind=kind[0],
            soft=kind[1],
            labels=[cue.label],
            topics=kind[3],
            parties=[a.key for a in named][:_MAX_PARTIES],
            sentences=[sentence.index],
            quotes=[quote],
            status="unclear",
            paragraph=sentence.paragraph,
            background=state == BACKGROUND,
            unreal=state == UNREAL,
            denied=deal
            and state == UNREAL
            and denied(
                low,
                _segment(sentence, start, end, trigger.start())[0],
                end,
                trigger.start(),
                trigger.end(),
            ),
            label=cue.label,
            sentence_quotes=[sentence.quote],
            quote_keys=[(1, sentence.index)],
        )
    parties = _clause_parties(
        art,
        sentence,
        start,
        end,
        trigger.start(),
        trigger.end(),
        labels,
        deal=deal,
        label=cue.label,
    )
    actors = parties.actors
    if deal and state == PROPOSED and _third_party_offer(art, sentence, start, trigger, actors):
        return None
    # "The talks paved the way for a visit": the article before a verb is another noun's.
    first_word = trigger.group().split()[0]
    noun = not (_VERB_FORM.search(first_word) or first_word in _VERBS_ONLY)
    anaphoric = (
        noun and _ANAPHORA.search(low, max(0, trigger.start() - 30), trigger.start()) is not None
    ) or (deal and re.search(r"\b(?:the|its|their)(?: [\w-]+){0,2}$", trigger.group()) is not None)
    if deal and not anaphoric and _sides(actors) < 2:
        # "Talks in the commission collapsed after Moscow demanded ... and accused Oslo": a
        # deal that moved (signed, collapsed ...) is between the sides its clause names.
        seg = _segment(sentence, start, end, trigger.start())
        if _status(statuses, low, seg[0], seg[1], frame, deal) not in ("", "proposed"):
            # Within the clause's own sentence: a missed full stop ("on Feb. 2. Ethiopia said")
            # joins two.
            first = max(0, low.rfind(". ", 0, trigger.start()) + 1)
            stop = low.find(". ", trigger.end())
            last = len(low) if stop < 0 else stop
            named = [
                a
                for a in _kept(art, sentence, first, last, trigger.start(), deal=True)
                if not _source(a, low, sentence, first, last)
            ]
            actors = _unique([*actors, *_with_states(art.cast, named)])
    # "China's foreign ministry condemned the move": an act aimed at what was told before;
    # the threads find its target (see _threads).
    needs_target = (
        not deal
        and bool(parties.left)
        and not parties.right
        and bool(set(labels) & (_TARGETED | reading().directed))
        and _slot_sides(parties.left, [], [a for a in actors if a not in parties.left]) < 2
    )
    # A deal's co-signers named together are two parties; a dispute's two sides are the one
    # acting and the one acted on, however many names each holds.
    sides = (
        _sides(actors)
        if deal
        else _slot_sides(
            parties.left,
            parties.right,
            [a for a in actors if a not in parties.left and a not in parties.right],
        )
    )
    legal = kind[0] in _SAME_SIDE_KINDS and bool(parties.left and parties.right) and not deal
    seg = _segment(sentence, start, end, trigger.start())
    if (
        deal
        and sides < 2
        and parties.left
        and set(labels) & _ONE_BUYER
        and _status(statuses, low, seg[0], seg[1], frame, deal) in ("implemented", "signed")
    ):
        sides = 2  # "Gazprom acquired a majority stake in Sakhalin-2": a buyer's deal
    if (
        deal
        and sides < 2
        and parties.left
        # "its plan to grant ...": the subject's own plan; "the autonomy plan": one told before.
        and (
            not anaphoric or _POSSESSIVE.search(low, max(0, trigger.start() - 30), trigger.start())
        )
        and "proposal" in labels
        and (state == PROPOSED or _status(statuses, low, seg[0], seg[1], frame, deal) == "proposed")
    ):
        sides = 2  # "Serbia's plan to grant the province autonomy": a proposal of one side
    if sides < 2 and not needs_target and not legal and not anaphoric:
        return None  # an event of one side is no dispute or deal between sides
    status = ""
    when = None
    if state in (REAL, PROPOSED):
        # The trigger's own stretch first: "proposed building a pipeline, reviving a project
        # that has been discussed" is proposed, not under negotiation.
        status = _status(statuses, low, seg[0], seg[1], frame, deal) or _status(
            statuses, low, start, end, frame, deal
        )
        if not status and deal and state == PROPOSED:
            status = "proposed"
        when = _clause_when(sentence, low, start, end, seg, art.published)
        verb = reading()["deal_verb"].match(low, trigger.start()) is not None and not anaphoric
        if deal and anaphoric and not verb and not status:
            sides = min(sides, 1)  # "the treaty uses the meridian": named, not a development
    if not deal and anaphoric and not parties.own:
        sides = min(sides, 1)  # "the indictment", "the blockades": a dispute told elsewhere
    phrase, headed = _title_phrase(
        sentence, trigger.start(), trigger.end(), seg[0], end, art.names, deal=deal
    )
    return Event(
        section=section,
        kind=kind[0],
        soft=kind[1],
        labels=[cue.label, *(label for label in labels if label != cue.label)],
        label=cue.label,
        topics=kind[3],
        parties=[a.key for a in actors][:_MAX_PARTIES],
        sentences=[sentence.index],
        quotes=[quote],
        status=status or "unclear",
        paragraph=sentence.paragraph,
        anaphoric=anaphoric,
        background=state == BACKGROUND,
        unreal=state == UNREAL,
        left=[a.key for a in parties.left],
        right=[a.key for a in parties.right],
        opposed=parties.opposed and not deal,
        phrase=phrase,
        headed=headed,
        sentence_quotes=[sentence.quote],
        quote_keys=[(0 if state in (REAL, PROPOSED) else 1, sentence.index)],
        when=when,
        indefinite=_INDEFINITE.search(low, max(0, trigger.start() - 30), trigger.start())
        is not None,
        real=1 if state in (REAL, PROPOSED) else 0,
        needs_target=needs_target,
        lone=sides < 2 and not needs_target and not legal,
    )


def _third_party_offer(
    art: _Article, sentence: Sentence, start: int, trigger: re.Match[str], actors: list[Actor]
) -> bool:
    """A state or body before the deal that is none of its parties offers it ("Tanzania
    offered to host talks between the two governments"): the sides have agreed to nothing,
    not even to propose it."""
    sides = {_side_of(a) for a in actors}
    return bool(sides) and any(
        a.kind in ("state", "organization") and _side_of(a) not in sides
        for a in art.cast.in_span(sentence.start + start, sentence.start + trigger.start())
    )


def _named_subject(art: _Article, sentence: Sentence, at: int) -> bool:
    """A name (of anyone or anything: "the dam threatens ...") or a pronoun just before the verb
    at ``at``: "a quarrel ... threatened to overshadow the visit" threatens no one."""
    low = art.lows[sentence.index]
    for actor in art.cast.in_span(sentence.start, sentence.start + at):
        for mention in actor.mentions:
            if sentence.start <= mention.end <= sentence.start + at:
                gap = low[mention.end - sentence.start : at]
                if len(gap) <= 30 and _SUBJECT_GAP.match(gap):
                    return True
    return (
        re.search(r"\b(?:it|they|he|she|we)(?: \w+){0,2} $", low[max(0, at - 30) : at]) is not None
    )


def _shopping(art: _Article, sentence: Sentence, start: int, end: int) -> bool:
    """The clause speaks of shops and buyers and names no state: its deals are sales."""
    if reading()["shopping"].search(art.lows[sentence.index], start, end) is None:
        return False
    return not any(
        a.kind == "state" for a in art.cast.in_span(sentence.start + start, sentence.start + end)
    )


def _bare_plural(low: str, seg_start: int, match: re.Match[str]) -> bool:
    before = low[max(seg_start, match.start() - 40) : match.start()]
    return (
        _BARE_PLURAL.match(match.group()) is not None
        and _COUNTED.search(before) is None
        and _PAIRED_AFTER.match(low, match.end(), match.end() + 40) is None
    )


def _background_segment(
    sentence: Sentence, start: int, end: int, at: int, *, deal: bool = True
) -> bool:
    """The trigger sits in an "after the ...", "since the ..." stretch of a longer clause, or
    is the origin of a time span: "the worst violation since the war in Ukraine began"."""
    if _SINCE.search(sentence.masked, max(start, at - 40), at) is not None:
        return True
    seg_start, seg_end = _segment(sentence, start, end, at)
    if (
        not deal
        and _STANDING.search(sentence.masked[max(seg_start, at - 40) : at].lower()) is not None
    ):
        # "the government, under Western sanctions since 2020, ...": a standing state of
        # affairs its subject lives in, not an act told as news.
        return True
    if seg_start == start:
        return False
    if _BACKGROUND_SEGMENT.match(sentence.masked, seg_start) is not None:
        return True
    # "Poland and Lithuania, which quarrelled over schools, signed a pact": a relative clause
    # set off by commas after the subject describes a side; the news is the clause it
    # interrupts (a relative after the object, "arming the RSF, which it has been fighting",
    # may tell the news itself).
    if (
        deal
        or _RELATIVE_ASIDE.match(sentence.masked, seg_start) is None
        or _segment(sentence, start, end, start)[1] != seg_start - 2
        or len(sentence.masked[start:seg_start].split()) > _SUBJECT_WORDS
    ):
        return False
    if sentence.masked.startswith(",", seg_end):
        return True
    # The aside may run on past an "after ..." stretch: "The EU, which imposed sanctions after
    # Russia used its territory, has since cut ...": the main clause resumes on its verb.
    close = sentence.masked.find(", ", at, end)
    return (
        close >= 0
        and reading()["verb_start"].match(sentence.masked[close + 2 : end].lower()) is not None
    )


def _strong_enough(
    art: _Article,
    sentence: Sentence,
    start: int,
    end: int,
    trigger: re.Match[str],
    labels: list[str],
) -> bool:
    """A weak cue ("attacks", "tensions") makes an event only when its clause names a side on
    each side of it, or both after "between"; a targeted one ("pressure") also with one side
    when the other is the story's main actor."""
    kept = _kept(art, sentence, start, end, trigger.start(), deal=False)
    if _sides(_with_states(art.cast, kept)) >= 2:
        return True
    low = art.lows[sentence.index]
    if reading()["pair_anaphora"].search(low, start, end):
        return True
    return bool(set(labels) & events().targeted_labels) and _sides(kept) == 1


# --------------------------------------------------------------------------- threads


def _side_set(event: Event, cast: Cast) -> set[str]:
    return {_side_of(cast.actors[k]) for k in event.parties if k in cast.actors}


def _threads(items: list[Event], cast: Cast) -> list[Event]:
    """One thread per subject and sides: real events merge by sides; background and unreal
    ones only lend their words to the thread they are about."""
    threads: list[Event] = []
    for item in items:
        if not item.real or item.lone:
            continue
        target = next(
            (t for t in reversed(threads[-_LOOKBACK:]) if _same_thread(t, item, cast)), None
        )
        if target is None:
            threads.append(item)
        else:
            _absorb(target, item, cast, real=True)
    for item in items:
        if item.real and not item.lone:
            continue
        related = next((t for t in reversed(threads[-_LOOKBACK:]) if _related(t, item, cast)), None)
        if related is None and item.lone and (not item.parties or item.anaphoric):
            # "The contract is worth $3 billion": the deal told just before.
            related = next(
                (
                    t
                    for t in reversed(threads[-_LOOKBACK:])
                    # "... has been the deal that was always about to happen" in a lead, or
                    # "the contract is worth $3 billion" just after: the deal told nearby.
                    if min(abs(item.sentences[0] - i) for i in t.sentences) <= _ANAPHORA_GAP
                ),
                None,
            )
        if related is not None:
            _absorb(related, item, cast, real=bool(item.real), parties=False)
            # "denied reports that it had agreed ...": the deal the report told is not stated.
            related.denied = related.denied or item.denied
    return [t for t in threads if not t.denied]


def _story_disputes(
    threads: list[Event], lead: Event, cast: Cast, lows: dict[int, str]
) -> list[Event]:
    """The disputes of the story, not those it mentions in passing: a thread told in one
    sentence, with a side the lead does not name, is another story's when it names two other
    sides altogether ("Nigeria and Cameroon settled their quarrel" in a story about a
    Ghana-Togo pact) or is set aside from the story ("the EU is separately locked in a row
    with China" in one about Indonesia and the EU). The lead is the first dispute or deal that
    clauses tell as happening."""
    story = _side_set(lead, cast)

    def passing(thread: Event) -> bool:
        sides = _side_set(thread, cast)
        if thread is lead or len(set(thread.sentences)) > 1 or thread.real > 1:
            return False
        if sides <= story:
            return False
        low = lows.get(thread.sentences[0], "")
        return not sides & story or reading()["aside"].search(low) is not None

    return [t for t in threads if not passing(t)]


def _main(threads: list[Event]) -> list[Event]:
    """The threads the article is most about, in text order."""
    if len(threads) <= _MAX_THREADS:
        return threads

    def weight(thread: Event) -> tuple[float, int]:
        lead = 3 if thread.sentences[0] <= 2 else 0
        stated = 1 if thread.status != "unclear" else 0
        return (thread.real + lead + stated + 0.5 * thread.opposed, -thread.sentences[0])

    kept = sorted(threads, key=weight, reverse=True)[:_MAX_THREADS]
    return sorted(kept, key=lambda t: t.sentences[0])


def _same_thread(thread: Event, item: Event, cast: Cast) -> bool:
    a, b = _side_set(thread, cast), _side_set(item, cast)
    shared = a & b
    gap = item.sentences[0] - thread.sentences[-1]
    if item.section == "dispute":
        # One thread per pair of sides: the same sides, or a reaction to the thread, or the
        # next sentence telling more of it with a side more or less.
        # The same two sides told in one stretch of the text are in one conflict, however its
        # clauses name it ("summoned the envoy", "blamed New Delhi for ceasefire violations"):
        # a summons and the shelling it protests are one thread, not two with different
        # titles. A new incident told after paragraphs of other matter is a thread of its own.
        same_subject = thread.kind == item.kind or thread.soft or item.soft or gap <= _SAME_STRETCH
        if (a == b and same_subject) or (len(shared) >= 2 and (item.aimed or gap <= 2)):
            return _consistent(thread, item, cast)
        return bool(shared) and shared in (a, b) and gap <= 1 and len(a | b) <= 3
    if len(shared) < 2 and not (shared and shared in (a, b) and item.anaphoric):
        return False
    if item.indefinite and _conflicting(thread.status, item.status):
        return False  # "a planned swap fell apart": another swap than the one carried out
    # "France will build reactors in India, and the two countries will develop an engine":
    # two deals of one pair, on two subjects.
    return (
        item.anaphoric
        or item.soft
        or thread.soft
        or thread.kind == item.kind
        or bool(set(thread.topics) & set(item.topics))
    )


def _conflicting(a: str, b: str) -> bool:
    done = {"implemented", "signed"}
    failed = {"collapsed", "stalled"}
    return (a in done and b in failed) or (a in failed and b in done)


def _consistent(thread: Event, item: Event, cast: Cast) -> bool:
    """Merging keeps the sides: no actor goes from one side to the other."""
    if not (thread.opposed and item.opposed):
        return True
    left = {_side_of(cast.actors[k]) for k in thread.left if k in cast.actors}
    right = {_side_of(cast.actors[k]) for k in thread.right if k in cast.actors}
    i_left = {_side_of(cast.actors[k]) for k in item.left if k in cast.actors}
    i_right = {_side_of(cast.actors[k]) for k in item.right if k in cast.actors}
    straight = not (left & i_right or right & i_left)
    crossed = not (left & i_left or right & i_right)
    return straight or crossed


def _related(thread: Event, item: Event, cast: Cast) -> bool:
    """Same sides: the item's are among the thread's, or two of them are."""
    a, b = _side_set(thread, cast), _side_set(item, cast)
    shared = a & b
    return bool(shared) and (shared == b or len(shared) >= 2)


def _absorb(target: Event, item: Event, cast: Cast, *, real: bool, parties: bool = True) -> None:
    for quote, key in zip(item.sentence_quotes, item.quote_keys, strict=True):
        if quote not in target.members("sentence_quotes"):
            target.quote_keys.append(key if real else (1, key[1]))
    attrs = ["labels", "sentences", "quotes", "sentence_quotes"]
    if real:
        attrs.append("topics")
    if real and parties:
        attrs.append("parties")
    for attr in attrs:
        values: list[Any] = getattr(target, attr)
        present = target.members(attr)
        for value in getattr(item, attr):
            if value not in present:
                present.add(value)
                values.append(value)
    if not real:
        return  # background and unreal words say nothing of the thread's state
    target.real += item.real
    if target.soft and not item.soft:
        target.kind, target.soft = item.kind, False
    if target.section == "deal":
        if _DEAL_RANK.get(item.status, 0) > _DEAL_RANK.get(target.status, 0):
            target.status = item.status
    elif target.status == "unclear":
        target.status = item.status
    if target.money is None:
        target.money = item.money
    # A rejection answers the act it rejects: "Benin denies the charge" does not name a
    # thread whose accusation it answers.
    if _title_score(item) > _title_score(target) and not (
        item.label in _REACTIONS and target.label not in _REACTIONS
    ):
        target.label, target.phrase, target.headed = item.label, item.phrase, item.headed
    if item.when is not None:
        target.when = latest([w for w in (target.when, item.when) if w], None)
    if parties:
        _join_sides(target, item, cast)


def _title_score(event: Event) -> int:
    """Which clause names a thread best: one with a phrase of its own ("tariffs on steel"),
    then one headed by its noun ("row")."""
    words = len(event.phrase.split())
    return 2 * (words >= 2) + (event.headed and words >= 1)


def _join_sides(target: Event, item: Event, cast: Cast) -> None:
    """The item's sides added to the thread's, turned to match it."""
    if not item.opposed:
        return
    if not target.opposed:
        target.left, target.right, target.opposed = list(item.left), list(item.right), True
        return
    side = {_side_of(cast.actors[k]): "L" for k in target.left if k in cast.actors}
    side.update({_side_of(cast.actors[k]): "R" for k in target.right if k in cast.actors})
    flip = any(
        side.get(_side_of(cast.actors[k])) == "R" for k in item.left if k in cast.actors
    ) or any(side.get(_side_of(cast.actors[k])) == "L" for k in item.right if k in cast.actors)
    left, right = (item.right, item.left) if flip else (item.left, item.right)
    target.left += [k for k in left if k not in target.left and k not in target.right]
    target.right += [k for k in right if k not in target.right and k not in target.left]
