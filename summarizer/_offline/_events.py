"""Disputes and deals, read from the cue words of sentences and clauses.

A clause with a *trigger* (accused, sanctions, intercepts...; agreement, stake, contract...) is
an event; *topic* words decide its kind (islands -> territorial, reactors -> energy) and name
it. Its parties are the actors mentioned in the clause, else in the sentence, else in the
sentence before (the text often says "the two countries"), plus the states the people and
companies among them belong to. Events about the same thing (same section and kind, shared
parties, neighbouring sentences) are merged.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from summarizer._offline._actors import Actor, Cast
from summarizer._offline._data import Cue, events
from summarizer._offline._money import Amount, parse_money
from summarizer._offline._sentences import Sentence

# Clauses: "..., and the two countries will also ..." holds a second deal.
_CLAUSE = re.compile(r";\s+|,\s+(?:and|but|while|whereas|although|as well as)\s+|\s+[—–]\s+")
_MAX_PARTIES = 6
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
    return [(cue, m) for cue, m in found if start <= m.start() < end]


def _status(patterns: tuple[tuple[str, re.Pattern[str]], ...], *texts: str) -> str:
    for text in texts:
        for name, pattern in patterns:
            if pattern.search(text):
                return name
    return ""


def _parties(
    cast: Cast, sentences: list[Sentence], sentence: Sentence, start: int, end: int
) -> list[Actor]:
    found = cast.in_span(sentence.start + start, sentence.start + end)
    if len(found) < 2:
        found += [a for a in cast.in_span(sentence.start, sentence.end) if a not in found]
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
            found += [a for a in cast.in_span(other.start, other.end) if a not in found]
    # The state behind a person or company is a party too ("Lavrov" speaks for Russia).
    states = {a.country: a for a in cast.actors.values() if a.kind == "state" and a.country}
    for actor in list(found):
        state = states.get(actor.country or "")
        if actor.kind != "state" and state is not None and state not in found:
            found.append(state)
    return found[:_MAX_PARTIES]


def _protagonist(cast: Cast) -> Actor | None:
    """The actor the article is most about (most mentions; earliest on a tie)."""
    ranked = sorted(cast.actors.values(), key=lambda a: (-len(a.mentions), a.first, a.key))
    return ranked[0] if ranked else None


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
            key = " ".join(quote.casefold().replace("’", "'").split())
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
                parties = _parties(cast, sentences, sentence, start, end)
                in_clause = _within(cues[section][0], start, end)
                anaphoric = (
                    all(
                        _ANAPHORA.search(scrubbed[max(0, m.start() - 12) : m.start()]) is not None
                        for _, m in in_clause
                    )
                    and not kind[3]
                )
                if not parties and not anaphoric:
                    continue  # an event of nobody; "the agreement" may still join one above
                if parties and len({a.country or a.key for a in parties}) < 2:
                    # Disputes and deals have two sides; "X criticised the cuts" or "securing
                    # X's visit" involves the article's main actor more often than not.
                    main = _protagonist(cast)
                    if main is not None and main not in parties:
                        parties.append(main)
                status = _status(statuses, text, scrubbed) or "unclear"
                money = None
                if section == "deal":
                    amounts = parse_money(text) or parse_money(sentence.masked)
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
                        anaphoric=anaphoric and money is None,
                    )
                )
                made = True
            if made:
                seen_quotes.add(key)
    return _merge(disputes), _merge(deals)


def _merge(items: list[Event]) -> list[Event]:
    merged: list[Event] = []
    for item in items:
        target = next((m for m in reversed(merged) if _same_thing(m, item)), None)
        if target is None:
            if item.parties:
                merged.append(item)
            continue
        if target.soft and not item.soft:
            target.kind, target.soft = item.kind, False
        for attr in ("labels", "topics", "parties", "sentences", "quotes"):
            values: list[str] | list[int] = getattr(target, attr)
            for value in getattr(item, attr):
                if value not in values:
                    values.append(value)
        if target.status == "unclear":
            target.status = item.status
        if target.money is None:
            target.money = item.money
    return merged


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
    return bool(set(a.parties) & set(b.parties))
