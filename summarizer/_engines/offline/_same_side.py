"""Names told on one side of a clause are no dispute between them.

Rules of English coordination, applied to each dispute a clause tells before threads are made:

- co-agents: "Korean steelmakers have been squeezed by U.S. tariffs and by cheap Chinese
  steel" names two pressures on a third, each in its own "by" phrase joined by "and": the two
  agents act side by side on the one the clause is about, not on each other;
- co-subjects: "Niger and Burkina Faso, both hit by jihadist attacks, ...", "Vietnam,
  Malaysia and Brunei also have claims in the sea": names joined by "and" or commas into one
  list are one side. They make a pair only with a state between two sides (a war, a row, a
  clash: "India and Pakistan fought a war") or with a reciprocal word ("traded accusations",
  "each other", "rival claims"); an act of one side (attacks, claims, sanctions) told of the
  list alone has its opponent outside the clause;
- conjuncts: "Riyadh and Tehran are reopening embassies and the Yemen war is quieter" is two
  clauses joined by "and": the co-subjects of the first are no sides of the war the second
  names;

A dispute whose parties are all on one side is dropped (the engine abstains). Real rows between
listed pairs stay: "A and B traded accusations" (reciprocal), "the A-B row" (a hyphenated pair,
no list), "A and B have been at odds" (a state between two).
Used by :mod:`._events`.
"""

from __future__ import annotations

import itertools
import re

from summarizer._engines.offline._cast import Cast
from summarizer._engines.offline._data import events
from summarizer._engines.offline._event import Event, lower
from summarizer._engines.offline._parties import scrub
from summarizer._engines.offline._sentences import Sentence
from summarizer._lexicon import lexicon

# What may stand between two names of one list: a comma, "and", "or", "as well as", "the".
_LIST_GAP = re.compile(r"(?:\s*,)?\s*(?:(?:and|or|as well as|&)\s+)?(?:also\s+)?(?:the\s+)?")
# Words that make an act told of a list of names one the names do to each other.
_RECIPROCAL = re.compile(
    r"\b(?:each other|one another|traded|trade|trading|exchanged|exchange|exchanging"
    r"|tit[- ]for[- ]tat|mutual|mutually|rival|competing|overlapping|conflicting|between them"
    r"|between the two|against each other|both sides|the other side|the other)\b"
)
# A conjunct that repeats the act of the one before it: ", and A and B have also voiced".
_AND_BEFORE = re.compile(r",\s+and\s+$")
_ALSO = re.compile(r"[_ ,]*(?:(?:has|have|had|was|were)\s+)?also\b")
# A list after "between" names the two sides of what is between them.
_BETWEEN = re.compile(r"\bbetween (?:the )?$")
# Two agent phrases of one passive verb: "by X ... and by Y" (or "both by X and by Y").
_CO_AGENTS = re.compile(r"\bby\b[^,;:]*?\b(?:and|or|as well as)\s+(?:also\s+)?by\b[^,;:]*")
# A new clause joined by "and" after a verb's object: "... embassies and the Yemen war is".
_CONJUNCT = re.compile(r"(?<=[a-z]) (?:and|while|but) (?=(?:the|a|an|its|their) )")
# A finite verb of a clause: an auxiliary or a copula ("are reopening", "is quieter"). A
# conjunct is a clause only when it has one; "between the army and the RSF" is a list.
_AUX = (
    r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|remains?|remained"
    r"|seems?|seemed|appears?|appeared)\b"
)
_FINITE = re.compile(rf"\b{_AUX}")
# The subject of a new conjunct, up to its finite verb: a noun phrase of a few words.
_CONJUNCT_SUBJECT = re.compile(rf"(?:the|a|an|its|their) (?:[\w'’_-]+ ){{0,4}}?(?={_AUX})")


def same_side_apart(
    disputes: list[Event], cast: Cast, sentences: dict[int, Sentence]
) -> list[Event]:
    """``disputes`` without those whose clause puts all their parties on one side."""
    symmetric = lexicon("en").events.symmetric_labels
    return [d for d in disputes if not _one_side(d, cast, sentences, symmetric)]


def _one_side(
    item: Event, cast: Cast, sentences: dict[int, Sentence], symmetric: frozenset[str]
) -> bool:
    if len(item.sentences) != 1 or len(item.quotes) != 1:
        return False
    sentence = sentences.get(item.sentences[0])
    if sentence is None:
        return False
    at = sentence.text.find(item.quotes[0])
    if at < 0:
        return False
    end = at + len(item.quotes[0])
    spans = _party_spans(item, cast, sentence, at, end)
    if len({key for _, _, key in spans}) < 2:
        return False
    low = lower(scrub(sentence, _all_spans(cast, sentence)))
    _parallel_apart(item, cast, sentence, at, low)
    if _co_agents(low, at, end, spans):
        return True
    if item.opposed:
        return False
    if _RECIPROCAL.search(low, at, end) is not None:
        return False
    triggers = [
        m
        for c, m in events().dispute_triggers.find(low)
        if at <= m.start() < end and c.label in item.labels
    ]
    if _one_list(low, spans):
        if _BETWEEN.search(low, max(at, spans[0][0] - 14), spans[0][0]) is not None:
            return False  # "talks between A and B": the list is the pair of two sides
        # A state between two sides ("India and Pakistan fought a war") is theirs.
        return not (set(item.labels) & symmetric)
    return _split_conjuncts(low, at, end, spans, triggers)


def _parallel_apart(item: Event, cast: Cast, sentence: Sentence, at: int, low: str) -> None:
    """ "France has led opposition to the agreement, and Poland and Austria have also voiced
    objections": the subject of the conjunct that "also" repeats does what the clause's
    subject does, so it is on that side, not the other; it leaves the other side."""
    if not item.opposed or _AND_BEFORE.search(low, 0, at) is None:
        return
    if _ALSO.match(low, _list_end(low, at)) is None:
        return
    leading = {
        key
        for key in item.right
        if (actor := cast.actors.get(key)) is not None
        and any(
            m.sentence == sentence.index
            and low[: m.start - sentence.start].strip(" -(") in ("", "the")
            for m in actor.mentions
        )
    }
    if not leading or leading >= set(item.right):
        return
    item.right = [k for k in item.right if k not in leading]
    item.parties = [k for k in item.parties if k not in leading]


def _list_end(low: str, at: int) -> int:
    """Where the list of names that opens ``low[at:]`` ends."""
    found = re.compile(r"(?:the\s+)?_+(?:(?:,|,? and| or)\s+(?:the\s+)?_+)*").match(low, at)
    return found.end() if found is not None else at


def _party_spans(
    item: Event, cast: Cast, sentence: Sentence, at: int, end: int
) -> list[tuple[int, int, str]]:
    """The mentions of the item's parties inside the clause ``at:end`` (sentence-relative),
    in text order."""
    out = []
    for key in item.parties:
        actor = cast.actors.get(key)
        if actor is None:
            continue
        for m in actor.mentions:
            start, stop = m.start - sentence.start, m.end - sentence.start
            if at <= start < end:
                out.append((start, stop, key))
    return sorted(out)


def _all_spans(cast: Cast, sentence: Sentence) -> list[tuple[int, int]]:
    return [
        (m.start, m.end)
        for actor in cast.actors.values()
        for m in actor.mentions
        if m.sentence == sentence.index
    ]


def _co_agents(low: str, at: int, end: int, spans: list[tuple[int, int, str]]) -> bool:
    """Whether every party is named inside two "by" phrases of one passive, at least one in
    each: agents side by side."""
    for found in _CO_AGENTS.finditer(low, at, end):
        second = low.rfind(" by", found.start(), found.end())
        inside = all(found.start() <= s < found.end() for s, _, _ in spans)
        if inside and any(s < second for s, _, _ in spans) and any(s > second for s, _, _ in spans):
            return True
    return False


def _one_list(low: str, spans: list[tuple[int, int, str]]) -> bool:
    """Whether the parties' mentions follow each other with only list words between."""
    for (_, stop, _), (start, _, _) in itertools.pairwise(spans):
        gap = _LIST_GAP.fullmatch(low, stop, start)
        if gap is None:
            return False
    return True


def _split_conjuncts(
    low: str,
    at: int,
    end: int,
    spans: list[tuple[int, int, str]],
    triggers: list[re.Match[str]],
) -> bool:
    """Whether the clause is two clauses joined by "and", with the trigger in one and the
    parties of each forming one list (or one name): no conjunct sets two sides apart."""
    cuts = [
        m.start()
        for m in _CONJUNCT.finditer(low, at, end)
        if _CONJUNCT_SUBJECT.match(low, m.end()) is not None
        and _FINITE.search(low, at, m.start()) is not None
    ]
    if not cuts or not triggers:
        return False
    bounds = [at, *cuts, end]
    pieces = [[s for s in spans if lo <= s[0] < hi] for lo, hi in itertools.pairwise(bounds)]
    home = [
        i
        for i, (lo, hi) in enumerate(itertools.pairwise(bounds))
        if any(lo <= t.start() < hi for t in triggers)
    ]
    if len(home) != 1 or len([p for p in pieces if p]) < 2:
        return False
    return all(_one_list(low, p) for p in pieces if p)
