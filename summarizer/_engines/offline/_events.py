"""Disputes and deals, read from the cue words of sentences and clauses.

A clause with a *trigger* (accused, sanctions, intercepts...; agreement, stake, contract...) is
an event; *topic* words decide its kind (islands -> territorial, reactors -> energy) and name
it. Its parties are the actors mentioned in the clause, else in the sentence, else in the
sentence before (the text often says "the two countries"), plus the states the people and
companies among them belong to. Events about the same thing (same section and kind, shared
parties, neighbouring sentences) are merged.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._data import Cue, events, trim_dangling
from summarizer._engines.offline._money import Amount, parse_money
from summarizer._engines.offline._sentences import Sentence
from summarizer._lexicon import lexicon
from summarizer._text._keys import name_key

# Clauses: "..., and the two countries will also ..." holds a second deal.
_CLAUSE = re.compile(r";\s+|,\s+(?:and|but|while|whereas|although|as well as)\s+|\s+[—–]\s+")
_MAX_PARTIES = 6
# How many events back a new one looks for the event it belongs to. An article tells a handful
# (seven at most among the fixtures); a text that tells thousands must not compare each new one
# with all of them.
_LOOKBACK = 32
_PARTY_KINDS = ("state", "organization", "company", "armed_group", "person", "other")


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
    summary_parts: list[str] = field(default_factory=list)
    background: bool = False  # "came close to war in 1996": context, not news
    unreal: bool = False  # "once a treaty is signed", "no deal", "any deal would": not a deal
    subject: list[str] = field(default_factory=list)  # keys of the side before the trigger
    phrase: str = ""  # the clause's key words after the trigger, for the title
    sentence_quotes: list[str] = field(default_factory=list)  # whole sentences, for summaries
    # The values of the list fields above, as sets, for the fields merging has grown: an event
    # that absorbed thousands of repeats answers "is this one new?" in one step.
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


def _status(patterns: tuple[tuple[str, re.Pattern[str]], ...], *texts: str) -> str:
    for text in texts:
        for name, pattern in patterns:
            if pattern.search(text):
                return name
    return ""


# What every clause of a sentence may ask of the whole sentence, asked once per sentence: a
# sentence can have hundreds of clauses.
_sentence_status = lru_cache(maxsize=2)(_status)  # one for disputes, one for deals
_sentence_money = lru_cache(maxsize=1)(parse_money)


# A comma opens a new segment unless a name follows it (a list: "Britain, France and Germany").
_SEGMENT = re.compile(
    r",\s+(?=[a-z\"“])|;\s+|\s+[—–]\s+|:\s+|\s+and (?=(?:said|says|added|told|called)\b)"
    r"|\s+(?=(?:after|before|when|while|because|although|though|whereas) )"
)
_SPEAKER = re.compile(r"^[\"“]?(?:He|She)\b")
# Background: what happened in some past year, or a long time ago.
_BACKGROUND = re.compile(
    r"\b(?:in|since|until|during|before|after|of) (?:the )?(?:19\d\d|20[01]\d|202[0-3])s?\b"
    r"|\b(?:decades|years|centur(?:y|ies)) ago\b|\bhas roots\b"
)
# A trade measure offered away is no dispute: "offered to cut tariffs on X if ...".
_FRIENDLY = re.compile(
    r"\b(?:offer\w*|agree\w*|propos\w*|ready|willing|pledg\w*|promis\w*) (?:\w+ ){0,4}?"
    r"(?:cut|lower|reduce|phase out|scrap|remove|waive|eliminate|ease)\b"
)
# A trigger in "after the annexation of ...", "since the coup": the sentence's background.
_BACKGROUND_SEGMENT = re.compile(r"(?:after|since|following) (?:the|its|their|his|her) ")
# "talking about model treaties": deals as a topic of talk, not a deal.
_IDLE = re.compile(
    r"\b(?:talk\w* about|talk of|discuss\w*|spoke of|speak\w* of|dream\w* of|ideas? (?:of|for))"
    r" (?:\w+ ){0,3}$"
)


# What stands before a deal cue and says no deal was made: a condition ("once a treaty is
# signed", "whether the pact gets signed"), a negation or a generic quantifier ("never
# negotiate", "no agreement", "any partnership agreement") or a wish ("wants a deal").
_UNREAL_BEFORE = re.compile(
    r"(?:\b(?:if|once|unless|until|whether|lest)\b(?: \S+){0,6}"
    r"|\b(?:no|any|never|not|neither|nor|without(?: an?)?)(?: \S+){0,3}"
    r"|\b(?:wants?|wanted|wanting|hop(?:e|es|ed|ing)|seek\w*|sought|reasons? to)(?: \S+){0,3}) $"
)
# "a deal would ...", "any accord could ...": a deal only imagined.
_UNREAL_AFTER = re.compile(r"\S* (?:would|could|might|must|should)\b")
_INDEFINITE = re.compile(r"\b(?:a|an|any|such an?)(?: \S+){0,2} $")
# A bare plural is a kind of thing ("commercial contracts were none of ...", "taking larger
# stakes in mines") unless a deal verb, a number or a determiner makes it some deals.
_BARE_PLURAL = re.compile(r"(?:deals|contracts|agreements|treaties|pacts|accords|stakes)\b")
_COUNTED = re.compile(
    r"\b(?:the|these|those|its|their|his|her|our|two|three|four|several|\d[\d.,]*)\b"
    r"|\b(?:sign\w*|conclud\w+|reach\w*|struck|strike|agreed|inked|clinch\w*|negotiat\w+"
    r"|won|award\w*|finaliz\w+|finalis\w+|renew\w*|extend\w*|expire\w*)\b"
)
_PAIRED_AFTER = re.compile(r"\S* (?:\S+ )?(?:with|between|among)\b")


def _unreal(scrubbed: str, seg_start: int, t_start: int, t_end: int) -> bool:
    """The deal cue at ``t_start:t_end`` is conditional, negated, generic or wished for."""
    before = scrubbed[max(seg_start, t_start - 60) : t_start]
    if _UNREAL_BEFORE.search(before):
        return True
    after = scrubbed[t_end : t_end + 30]
    if _INDEFINITE.search(before) and _UNREAL_AFTER.match(after):
        return True
    word = scrubbed[t_start:t_end]
    return (
        _BARE_PLURAL.match(word) is not None
        and _COUNTED.search(before[-40:]) is None
        and _PAIRED_AFTER.match(scrubbed, t_end, t_end + 40) is None
    )


_NO_DEAL = re.compile(
    r"\b(?:no|without an?|any) (?:\w+ )?(?:agreement|deal|accord)\b|\bif no\b", re.I
)


# "between the two countries": both sides, named in the sentences around.
_BOTH = re.compile(
    r"\b(?:between|among) the (?:two |three )?(?:states|countries|sides|neighbou?rs|governments"
    r"|nations|rivals|capitals|allies)\b|\bboth (?:sides|countries|governments)\b"
)


def _in_background(sentence: Sentence, start: int, end: int, at: int) -> bool:
    """The trigger sits in an "after the ...", "since the ..." stretch of a longer clause."""
    seg_start, _ = _segment(sentence, start, end, at)
    if seg_start == start:
        return False
    return _BACKGROUND_SEGMENT.match(sentence.masked, seg_start) is not None


def _sides(actors: list[Actor]) -> int:
    return len({a.country or a.key for a in actors})


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


def _speaker(cast: Cast, sentences: list[Sentence], sentence: Sentence) -> Actor | None:
    """ "He"/"She" opening a sentence: the first person named in the sentence before."""
    if sentence.index == 0 or not _SPEAKER.match(sentence.masked):
        return None
    before = sentences[sentence.index - 1]
    people = [a for a in cast.in_span(before.start, before.end) if a.kind == "person"]
    return people[0] if people else None


def _parties(
    cast: Cast,
    sentences: list[Sentence],
    sentence: Sentence,
    start: int,
    end: int,
    trigger: int,
    *,
    deal: bool = False,
) -> tuple[list[Actor], list[Actor], bool]:
    """The parties of a clause's event, the side named before the trigger, and whether the
    clause itself names two sides.

    The segment around the trigger comes first, then the clause, then the sentence; a
    sentence opening with "He" or "She" adds the person the sentence before named. Only when
    the sentence names fewer than two sides do its neighbours help ("the two countries").
    """
    speaker = _speaker(cast, sentences, sentence)
    seg = _segment(sentence, start, end, trigger)
    found: list[Actor] = [speaker] if speaker is not None else []
    # A deal's sides are who signs it, not who a name's description mentions.
    asides = _asides(sentence, start, end) if deal else []
    if deal and seg[0] > start:
        # "Qatar, which ..., has signed deals with buyers in China": a segment that opens on
        # its verb takes the clause's subject.
        before = [
            a
            for a in cast.in_span(sentence.start + start, sentence.start + trigger)
            if a.kind != "other" and not _aside(a, sentence, asides)
        ]
        if before and not any(
            a.mentioned_in(sentence.start + seg[0], sentence.start + trigger) for a in before
        ):
            found.append(before[0])
    for span in (seg, (start, end)):
        found += [
            a
            for a in cast.in_span(sentence.start + span[0], sentence.start + span[1])
            if a not in found and a.kind != "other" and not _aside(a, sentence, asides)
        ]
        if _sides(found) >= 2:
            break
    clause = [
        a for a in cast.in_span(sentence.start + start, sentence.start + end) if a.kind != "other"
    ]
    # Both sides in the clause, and the cue's own stretch names someone after the cue
    # ("pressure on our farmers" names nobody) or both sides itself.
    cut = sentence.start + trigger
    seg_end = sentence.start + seg[1]
    seg_actors = [a for a in cast.in_span(sentence.start + seg[0], seg_end) if a.kind != "other"]
    target = any(a.mentioned_in(cut, seg_end) for a in seg_actors)
    own_pair = _sides(_with_states(cast, [*([speaker] if speaker else []), *clause])) >= 2 and (
        target or _sides(_with_states(cast, seg_actors)) >= 2
    )
    if _sides(found) < 2:
        found += [
            a
            for a in cast.in_span(sentence.start, sentence.end)
            if a not in found and a.kind != "other" and not _aside(a, sentence, asides)
        ]
    # News paragraphs are short: the sentence before (in any paragraph) and the one after (in
    # the same paragraph) often name the side that "the two countries" or "it" stands for.
    neighbours = []
    if sentence.index > 0:
        neighbours.append(sentences[sentence.index - 1])
    if sentence.index + 1 < len(sentences):
        after = sentences[sentence.index + 1]
        if after.paragraph == sentence.paragraph:
            neighbours.append(after)
    for other in neighbours:
        if len(found) >= 2:
            break
        if other.body:
            found += [
                a
                for a in cast.in_span(other.start, other.end)
                if a not in found and a.kind != "other"
            ]
    found = _with_states(cast, found)
    subject = [
        a
        for a in found
        if (a is speaker or a.mentioned_in(sentence.start + seg[0], cut))
        and not a.mentioned_in(cut, seg_end)
    ]
    # A person's state stands on the person's side ("He" of Iran, not Tehran the target).
    for actor in list(subject):
        for state in found:
            if (
                state.kind == "state"
                and state.country == actor.country
                and state not in subject
                and not state.mentioned_in(cut, seg_end)
            ):
                subject.append(state)
    return found[:_MAX_PARTIES], subject, own_pair


# A segment that describes a name ("the independence movement backed by X") or dates a past
# event ("as the UN promised in 1991"): its actors are no side of the clause's event.
_DESCRIPTION = re.compile(r"(?:the|a|an) (?!two |three |both )")
_ASIDE = re.compile(
    _DESCRIPTION.pattern + r"|(?:as|when|since) (?:\S+ ){0,6}?(?:in|of) (?:19|20)\d\d\b"
)


def _asides(
    sentence: Sentence, start: int, end: int, pattern: re.Pattern[str] = _ASIDE
) -> list[tuple[int, int]]:
    """Absolute spans of the aside segments of the clause ``start:end``."""
    cuts = [
        start,
        *(x for m in _SEGMENT.finditer(sentence.masked, start, end) for x in m.span()),
        end,
    ]
    spans = []
    lowered = lower(sentence.masked)
    # The first segment holds the clause's subject ("The United States said ..."): no aside.
    for seg_start, seg_end in zip(cuts[2::2], cuts[3::2], strict=True):
        if pattern.match(lowered, seg_start):
            spans.append((sentence.start + seg_start, sentence.start + seg_end))
    return spans


def _aside(actor: Actor, sentence: Sentence, asides: list[tuple[int, int]]) -> bool:
    """Every mention of ``actor`` in the sentence sits in an aside."""
    inside = actor.starts_in(sentence.start, sentence.end)
    return bool(inside) and all(any(s <= at < e for s, e in asides) for at in inside)


def _with_states(cast: Cast, found: list[Actor]) -> list[Actor]:
    """The state behind a person or company is a party too ("Lavrov" speaks for Russia)."""
    out = list(found)
    for actor in found:
        state = cast.state_of(actor.country, last=True) if actor.country else None
        if actor.kind != "state" and state is not None and state not in out:
            out.append(state)
    return out


def _protagonist(cast: Cast) -> Actor | None:
    """The actor the article is most about (most mentions; earliest on a tie)."""
    return cast.most_mentioned()


_ANAPHORA = re.compile(r"(?:the|this|that|these|those|such|earlier|previous|past|its|their) $")


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


def find_events(sentences: list[Sentence], cast: Cast) -> tuple[list[Event], list[Event]]:
    """The disputes and the deals of the body sentences, merged and in text order."""
    lex = events()
    names = _name_spans(cast)
    disputes: list[Event] = []
    deals: list[Event] = []
    seen_quotes: set[str] = set()
    for sentence in sentences:
        if not sentence.body:
            continue
        scrubbed = lower(_scrub(sentence, names.get(sentence.index, [])))
        # Each lexicon runs once over the sentence; clauses take the matches inside them.
        cues = {
            "dispute": (lex.dispute_triggers.find(scrubbed), lex.dispute_topics.find(scrubbed)),
            "deal": (lex.deal_triggers.find(scrubbed), lex.deal_topics.find(scrubbed)),
        }
        for start, end in _clauses(sentence):
            text = scrubbed[start:end]
            quote = sentence.clause(start, end)
            key = name_key(quote)
            if key in seen_quotes:
                continue  # a paragraph printed twice is one event, not two
            made = False
            for section, statuses, default, out in (
                ("dispute", lex.dispute_status, "diplomatic", disputes),
                ("deal", lex.deal_status, "other", deals),
            ):
                triggers, topics = cues[section]
                kind = _kind(_within(triggers, start, end), _within(topics, start, end), default)
                if kind is None:
                    continue
                in_clause = _within(cues[section][0], start, end)
                live = [(c, m) for c, m in in_clause if c.needs is None or c.label in kind[2]]
                trigger = (live or in_clause)[0][1]
                if (
                    section == "dispute"
                    and set(kind[2]) <= lex.friendly_labels
                    and _FRIENDLY.search(text) is not None
                ):
                    continue
                if section == "deal" and all(
                    _IDLE.search(scrubbed, max(0, m.start() - 40), m.start()) is not None
                    for _, m in in_clause
                ):
                    continue
                unreal = section == "deal" and all(
                    _unreal(scrubbed, _segment(sentence, start, end, m.start())[0], *m.span())
                    for _, m in in_clause
                )
                parties, subject, own_pair = _parties(
                    cast, sentences, sentence, start, end, trigger.start(), deal=section == "deal"
                )
                paired = own_pair or (
                    _BOTH.search(sentence.masked, start, end) is not None and _sides(parties) >= 2
                )
                if all(label in lex.weak_labels for label in kind[2]) and not paired:
                    # "attacks", "a stand-off": only with both sides around the cue, or one
                    # side and the article's main actor ("pressed producers to pump more").
                    main = _protagonist(cast)
                    clause = cast.in_span(sentence.start + start, sentence.start + end)
                    if (
                        main is None
                        or main in clause
                        or _sides(_with_states(cast, clause)) != 1
                        or not set(kind[2]) & lex.targeted_labels
                    ):
                        continue
                    parties = [*_with_states(cast, clause), main]
                    subject = [a for a in subject if a in parties]
                # A deal's first cue decides: "The contract is the largest ever signed".
                anaphoric = all(
                    _ANAPHORA.search(scrubbed[max(0, m.start() - 12) : m.start()]) is not None
                    for _, m in (in_clause[:1] if section == "deal" else in_clause)
                ) and (
                    not kind[3] or scrubbed[max(0, trigger.start() - 4) : trigger.start()] == "the "
                )
                if not parties and not anaphoric:
                    continue  # an event of nobody; "the agreement" may still join one above
                if parties and len({a.country or a.key for a in parties}) < 2:
                    # Disputes and deals have two sides; "X criticised the cuts" or "securing
                    # X's visit" involves the article's main actor more often than not.
                    main = _protagonist(cast)
                    if main is not None and main not in parties:
                        parties.append(main)
                status = (
                    _status(statuses, text) or _sentence_status(statuses, scrubbed) or "unclear"
                )
                # A deal is dated by its clause without the asides that describe a name ("the
                # first since the 1998 accord"); a dispute by its whole clause.
                dated = text
                if section == "deal":
                    for a_start, a_end in _asides(sentence, start, end, _DESCRIPTION):
                        a_start -= sentence.start
                        a_end -= sentence.start
                        if not a_start <= trigger.start() < a_end:
                            dated = dated.replace(scrubbed[a_start:a_end], " ")
                money = None
                if section == "deal":
                    amounts = parse_money(text) or _sentence_money(sentence.masked)
                    money = amounts[0] if amounts else None
                out.append(
                    Event(
                        section=section,
                        kind=kind[0],
                        soft=kind[1],
                        labels=kind[2],
                        topics=kind[3],
                        parties=[a.key for a in parties],
                        sentences=[sentence.index],
                        quotes=[quote],
                        status=status,
                        paragraph=sentence.paragraph,
                        money=money,
                        anaphoric=anaphoric,
                        background=_BACKGROUND.search(dated) is not None
                        or _in_background(sentence, start, end, trigger.start()),
                        unreal=unreal,
                        subject=[a.key for a in subject],
                        phrase=_phrase(sentence, trigger.start(), trigger.end(), end, names),
                        sentence_quotes=[sentence.quote],
                    )
                )
                made = True
            if made:
                seen_quotes.add(key)
    # "If no agreement is reached", "without a deal": of one party, that is nobody's deal.
    kept = [d for d in _merge(deals) if len(d.parties) >= 2 or not _NO_DEAL.search(d.quotes[0])]
    return _merge(disputes), kept


def _recent(merged: list[Event]) -> Iterator[Event]:
    """The events merged so far, latest first, as far back as :data:`_LOOKBACK`."""
    return itertools.islice(reversed(merged), _LOOKBACK)


def _merge(items: list[Event]) -> list[Event]:
    merged: list[Event] = []
    for item in items:
        if item.unreal:
            # "once a treaty is signed", "any deal would": words about a deal told above, or
            # about none at all.
            related = next((m for m in _recent(merged) if _related(m, item)), None)
            if related is not None:
                _absorb(related, item, parties=False)
            continue
        if item.background and not item.anaphoric:
            # Context for an event already told ("came close to war in 1996"): its quote
            # joins the event about the same sides, its other actors do not.
            related = next((m for m in _recent(merged) if _related(m, item)), None)
            if related is not None:
                _absorb(related, item, parties=False)
                continue
            # History with no current event to explain: not a dispute of today, nor a deal
            # ("the 2015 deal", "a price review agreed in 2023").
            continue
        target = next((m for m in _recent(merged) if _same_thing(m, item)), None)
        if target is None and item.anaphoric and item.section == "deal":
            # "The contract is one of the largest ever signed": the deal told above, however
            # far back, when it shares a side.
            target = next((m for m in _recent(merged) if _shares_a_side(m, item)), None)
            if target is not None:
                _absorb(target, item, parties=False)
                continue
        if target is None:
            if item.parties:
                merged.append(item)
            continue
        _absorb(target, item, parties=not item.background)
    return merged


def _related(target: Event, item: Event) -> bool:
    """Same sides: the item's parties are among the target's, or two of them are."""
    shared = target.members("parties") & set(item.parties)
    return bool(shared) and (shared == set(item.parties) or len(shared) >= 2)


def _shares_a_side(target: Event, item: Event) -> bool:
    parties = target.members("parties")
    return any(p in parties for p in item.parties)


def _absorb(target: Event, item: Event, *, parties: bool) -> None:
    if target.soft and not item.soft:
        target.kind, target.soft = item.kind, False
    attrs = ["labels", "topics", "sentences", "quotes", "sentence_quotes"]
    if parties:
        attrs.append("parties")
    for attr in attrs:
        values: list[Any] = getattr(target, attr)
        present = target.members(attr)
        for value in getattr(item, attr):
            if value not in present:
                present.add(value)
                values.append(value)
    if target.status == "unclear":
        target.status = item.status
    if target.money is None:
        target.money = item.money
    if not target.phrase:
        target.phrase = item.phrase
    target.background = target.background and item.background


def _same_thing(a: Event, b: Event) -> bool:
    gap = b.sentences[0] - a.sentences[-1]
    if b.anaphoric:
        return gap <= 4  # "the agreement" a few sentences on is the agreement above
    if gap > 1:
        return False
    if b.soft:
        return True  # "tensions", "the conflict" right after an event: the same one
    if a.kind != b.kind and not a.soft:
        return False
    return _shares_a_side(a, b)


# What a title may take from the clause after its trigger: the complement, up to a new clause.
_STOP = re.compile(
    r",(?=\s+[a-z])|[;:()\"“”.]|\s[—–]\s|\b(?:that|which|who|after|before|when|while|because|"
    r"but|as|said|says|amid|despite|following|prompting|since|until|though|although|would|will|"
    r"could|can|may|might|has|have|had|is|are|was|were|if|unless|whether|so|then|than)\b"
    r"|\band (?=\w+ed\b)"
)
_TIME = re.compile(
    rf"\b(?:on|last|this|next) (?:{lexicon('en').calendar.weekday_pattern()}|"
    r"week|month|year)\b|\b(?:earlier|later) this (?:week|month|year)\b|\bon \w+ \d{1,2}\b"
    r"|\bin (?:19|20)\d\d\b"
)
_LEAD_WORDS = frozenset(["a", "an", "the", "its", "their", "his", "her", "and", "to", "of"])
_LINKS = frozenset(["of", "to", "over", "on", "against", "for", "about", "with", "into", "at"])
_PHRASE_WORDS = 8
_BOUNDARY = frozenset(
    [
        *("of", "to", "by", "for", "with", "on", "in", "over", "at", "from", "and", "or"),
        *("the", "a", "an", "into", "against", "about", "under", "between", "near"),
    ]
)


def _phrase(
    sentence: Sentence,
    t_start: int,
    t_end: int,
    end: int,
    names: dict[int, list[tuple[int, int]]],
) -> str:
    """The words after the trigger that say what the event is about: "accused India of
    withholding flow data" -> "of withholding flow data" (names of the sides dropped)."""
    tail = sentence.masked[t_end:end]
    stop = _STOP.search(tail)
    if stop is not None:
        tail = tail[: stop.start()]
    tail = _TIME.sub(" ", tail)
    # The sides' names are in the title already.
    chars = list(tail)
    for s_abs, e_abs in names.get(sentence.index, []):
        # Only the names within the tail: a long sentence names many elsewhere.
        first = max(s_abs - sentence.start - t_end, 0)
        for i in range(first, min(e_abs - sentence.start - t_end, len(chars))):
            chars[i] = " "
    words = [w for w in "".join(chars).split() if any(c.isalnum() for c in w)]
    link = sentence.masked[t_start:t_end].rsplit(None, 1)[-1].casefold()
    if link in ("to", "of", "on", "over", "against") and " " in sentence.masked[t_start:t_end]:
        words.insert(0, link)  # "press Iran to ...": the trigger took the link word
    while words and (words[0].casefold() in _LEAD_WORDS - _LINKS or words[0] in ("'s", "’s")):
        words.pop(0)
    # After the names: "accused India of ..." keeps "of ...", "press Iran to ..." keeps "to".
    if words and words[0].casefold() in ("and", ","):
        words.pop(0)
    words = [w for w in words if w not in ("'s", "’s")]
    if len(words) > _PHRASE_WORDS:
        # Cut before a link word, so the title ends on a whole phrase ("threats to overshadow
        # the first visit", not "... the first visit by a foreign").
        words = words[:_PHRASE_WORDS]
        cuts = [i for i, w in enumerate(words) if i >= 3 and w.casefold() in _BOUNDARY]
        if cuts:
            words = words[: cuts[-1]]
    words = trim_dangling(words, strip=",.")
    if len(words) < 2 or (len(words) == 2 and words[0].casefold() in _LINKS):
        return ""
    if words[0].casefold() in ("between", "with", "and"):
        return ""  # "fighting between X and Y": the sides say it
    return " ".join(words)
