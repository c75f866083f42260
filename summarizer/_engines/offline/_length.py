"""How much of what the stages found a briefing lists: shorter than the article it briefs.

A briefing is read instead of its article, so it must be the shorter of the two, evidence
included. The caps grow with the article (an 800-word story has room for more items than a
200-word brief) and each item carries the least evidence that shows it:

* at most so many actors, disputes, deals and signals, first in the stages' order (the
  parties of every listed dispute or deal are always listed actors); two disputes (or deals)
  of one title, kind and parties are one;
* one or two quotes per item, and no quote listed twice: a quote inside another listed quote is
  the same piece of evidence, and every item citing either cites the longer, which says all the
  shorter says;
* an actor cites a quote another item already cites when one names it, or else a sentence the
  summary shows (the markdown points to it rather than print it twice), rather than a new one;
  and otherwise the clause of its own quote that names it.

(An item's summary that says what its evidence quotes word for word is kept in the briefing,
where the digest reads its words, and left out of the markdown; see ``_briefing/_render``.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from summarizer._briefing._fit import FEW_SENTENCES
from summarizer._engines.offline._cast import Actor
from summarizer._lexicon import lexicon
from summarizer._text._keys import name_key


@dataclass(frozen=True, slots=True)
class Caps:
    actors: int
    """Actors besides the parties of the listed disputes and deals (who are always listed)."""
    disputes: int
    deals: int
    signals: int
    evidence: int
    """Quotes per dispute or deal (actors and signals cite one)."""
    summary: int
    """Sentences of the briefing's summary."""


# A text this short is shown whole: its briefing cannot be shorter than a few sentences, and
# cutting would only hide what they say.
_FEW_SENTENCES = FEW_SENTENCES
_SHORT_STORY = 300


def caps(words: int) -> Caps:
    """The caps for an article of ``words`` words."""
    if words < _FEW_SENTENCES:
        return Caps(actors=15, disputes=4, deals=4, signals=4, evidence=2, summary=2)

    def scaled(per: int, low: int, high: int) -> int:
        return max(low, min(high, int(words / per + 0.5)))

    # Disputes and deals are what a briefing is for: a dense short story may tell several, so
    # their caps only stop a list no one reads (two at least, one more per 100 words).
    return Caps(
        # One per 45 words: a wire story of 400 words names nine actors that act in it
        # (measured on the dev sets; the labelled pages' briefings stay under 0.8x). Up to
        # 14 for a long story: 11 left out bodies named once that readers were owed (hold-outs
        # 1-22: actors recall 1416 -> 1423 of 1512, precision 0.962 -> 0.958; pages 0.73 -> 0.74).
        actors=scaled(45, 6, 14),
        disputes=scaled(100, 2, 8),
        deals=scaled(100, 2, 8),
        signals=scaled(150, 2, 5),
        evidence=2,
        # The lede alone for a short story: two more sentences of a 250-word text are a
        # fifth of it, and its items quote them anyway.
        summary=1 if words < _SHORT_STORY else 2 if words < 700 else 3,
    )


class _Quotes:
    """The quotes a briefing lists, each standing for every listed quote it contains."""

    def __init__(self, quotes: Sequence[str]) -> None:
        unique = list(dict.fromkeys(quotes))
        # Longest first: the first container found is the longest one (ties: first listed).
        by_length = sorted(unique, key=lambda q: -len(q))
        self._canon = {q: next(c for c in by_length if q in c) for q in unique}

    def __call__(self, quote: str) -> str:
        return self._canon.get(quote, quote)

    def list(self, quotes: Sequence[str], limit: int) -> list[str]:
        """``quotes`` as the listed quotes they stand for, each once, at most ``limit``."""
        return list(dict.fromkeys(self(q) for q in quotes))[:limit]


def _first_mention(quote: str, form: str) -> int | None:
    """Where ``quote`` first names ``form`` as a word, not as part of a region's adjective
    ("American" in "South American governments"); None if nowhere."""
    at = quote.find(form)
    if at < 0:
        return None  # most quotes do not hold most forms
    # A plain search with the word edges checked by hand: a pattern per name form meant
    # compiling one for every new name (re's compiler is Python, and slow).
    qualifiers = lexicon("en").names.region_qualifiers
    size = len(form)
    while at >= 0:
        end = at + size
        if not (at and _word_char(quote[at - 1])) and not (
            end < len(quote) and _word_char(quote[end])
        ):
            before = quote[:at].split()
            if not (before and before[-1] in qualifiers):
                return at
            at = quote.find(form, max(end, at + 1))  # as ``finditer`` goes on after a match
        else:
            at = quote.find(form, at + 1)
    return None


def _word_char(char: str) -> bool:
    """Whether ``char`` is what ``\\w`` matches in a pattern on text (Unicode)."""
    return char.isalnum() or char == "_"


def _named_at(quote: str, forms: Sequence[str]) -> int | None:
    """Where ``quote`` names the first of ``forms`` it names at all; None if none."""
    for form in forms:
        if form:
            at = _first_mention(quote, form)
            if at is not None:
                return at
    return None


def _shows(quote: str, forms: Sequence[str]) -> bool:
    return _named_at(quote, forms) is not None


# Where a quote may be cut and each side still reads as a clause: a comma before a lower-case
# word, a semicolon, a dash (outside quotation marks: a quotation is cut whole or not at all).
_CLAUSE_BREAK = re.compile(r",\s+(?=[a-z])|;\s+|\s+[—–]\s+")
_LEADING_JOINT = re.compile(r"(?:and|but|or|while|as)\s+")
_QUOTE_MARKS = re.compile(r"[\"“”«»]")
_MIN_CLAUSE_WORDS = 6


def _clause_naming(quote: str, forms: Sequence[str]) -> str:
    """The clause of ``quote`` that names one of ``forms``, at least six words (taking in
    neighbouring clauses until it has them), without a joining "and"; the whole quote when
    no form is found or no such clause stands alone."""
    at = _named_at(quote, forms)
    if at is None:
        return quote
    breaks = [
        m
        for m in _CLAUSE_BREAK.finditer(quote)
        if len(_QUOTE_MARKS.findall(quote, 0, m.start())) % 2 == 0
    ]
    starts = [0, *(m.end() for m in breaks)]
    ends = [*(m.start() for m in breaks), len(quote)]
    i = max(k for k, s in enumerate(starts) if s <= at)
    j = i

    def clause() -> str:
        text = quote[starts[i] : ends[j]]
        joint = _LEADING_JOINT.match(text)
        return text[joint.end() :] if joint is not None else text

    while len(clause().split()) < _MIN_CLAUSE_WORDS:
        if j < len(ends) - 1:
            j += 1
        elif i > 0:
            i -= 1
        else:
            return quote
    return clause()


# A clause that only adds to the claim before it: a participle ("sealing a deal that ..."), a
# relative ("which ...", "who ..."), a subordinate clause of time, cause or contrast.
_ASIDE = re.compile(
    r"(?:[a-z]+ing|(?:[a-z]+ )?(?:which|whom|whose)|who|where|when|after|before|as|while|"
    r"whereas|although|"
    r"though|because|since|amid|despite|including|until|once)\b"
)
# A quote longer than this is cut to its claim where an aside trails it.
_LONG_QUOTE = 20


def _claim(quote: str, forms: Sequence[Sequence[str]]) -> str:
    """``quote`` without the asides that trail its claim, so long as what is left names every
    party (``forms``: the names of each) the whole quote names and is a clause of at least six
    words: the evidence of a dispute or deal is what the parties do, not the background
    appended to it."""
    if len(quote.split()) <= _LONG_QUOTE:
        return quote
    named = [group for group in forms if _shows(quote, group)]
    breaks = [
        m
        for m in _CLAUSE_BREAK.finditer(quote)
        if len(_QUOTE_MARKS.findall(quote, 0, m.start())) % 2 == 0
    ]
    kept = quote
    for cut in reversed(breaks):
        rest, tail = quote[: cut.start()], quote[cut.end() :]
        if len(rest) >= len(kept) or _ASIDE.match(tail) is None:
            break
        if len(rest.split()) < _MIN_CLAUSE_WORDS or not all(_shows(rest, g) for g in named):
            break
        kept = rest
    return kept


def fit(
    actors: Sequence[tuple[Actor, dict[str, Any]]],
    disputes: Sequence[dict[str, Any]],
    deals: Sequence[dict[str, Any]],
    signals: Sequence[dict[str, Any]],
    limits: Caps,
    shown: Sequence[str] = (),
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The actors, disputes, deals and signals a briefing lists, within ``limits``, each
    with its evidence chosen and shared as the module says. ``shown``: article sentences the
    briefing's summary shows word for word, which an actor may cite at no cost to a reader."""
    kept_disputes = _distinct(disputes)[: limits.disputes]
    events = [*kept_disputes, *_capped(_distinct(deals), limits.deals)]
    names = {a["name"]: [a["name"], *a.get("aliases", [])] for _, a in actors}
    for item in events:
        groups = [names.get(p, [p]) for p in item["parties"]]
        item["evidence"] = [{"quote": _claim(e["quote"], groups)} for e in item["evidence"]]
    watch = [dict(s) for s in signals[: limits.signals]]
    # Evidence of disputes, deals and signals first: what actors may share.
    cited = _Quotes([e["quote"] for item in (*events, *watch) for e in item["evidence"]])
    for item in events:
        quotes = cited.list([e["quote"] for e in item["evidence"]], limits.evidence)
        item["evidence"] = [{"quote": q} for q in quotes]
    for item in watch:
        item["evidence"] = [
            {"quote": q} for q in cited.list([e["quote"] for e in item["evidence"]], 1)
        ]
    pool = list(dict.fromkeys(e["quote"] for item in (*events, *watch) for e in item["evidence"]))
    shown_already = [*pool, *shown]
    chosen = _actors(
        actors,
        events,
        limits.actors,
        lambda data: any(
            _shows(q, [data["name"], *data.get("aliases", [])]) for q in shown_already
        ),
    )
    for actor in chosen:
        forms = [actor["name"], *actor.get("aliases", [])]
        shared = next((q for q in (*pool, *shown) if _shows(q, forms)), None)
        if shared is None:
            # Its own quote, cut to the clause that names it: that is all it has to show.
            shared = _clause_naming(actor["evidence"][0]["quote"], forms)
            pool.append(shared)
        actor["evidence"] = [{"quote": shared}]
    # Every listed quote once: one inside another is the longer.
    listed = _Quotes([e["quote"] for item in (*chosen, *events, *watch) for e in item["evidence"]])
    for items, limit in ((chosen, 1), (events, limits.evidence), (watch, 1)):
        for item in items:
            quotes = listed.list([e["quote"] for e in item["evidence"]], limit)
            item["evidence"] = [{"quote": q} for q in quotes]
    n = len(kept_disputes)
    return chosen, events[:n], events[n:], watch


def _capped(items: list[dict[str, Any]], cap: int) -> list[dict[str, Any]]:
    """The first ``cap`` of ``items`` in text order, but past the cap a pair's second item
    gives way to a pair not yet listed: a reader learns more from the only deal of one pair
    than from the second of another ("in talks with Italy's Eni" and "Italy and Mozambique
    are working on a joint mechanism" beside a security pact with Rwanda)."""
    if len(items) <= cap:
        return items
    repeats: list[int] = []
    for i, item in enumerate(items):
        parties = {name_key(p) for p in item["parties"]}
        if any(parties <= {name_key(p) for p in items[j]["parties"]} for j in range(i)):
            repeats.append(i)
    dropped = set(repeats[::-1][: len(items) - cap])
    kept = [item for i, item in enumerate(items) if i not in dropped]
    return kept[:cap]


def _distinct(items: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """``items`` with those of one title, kind and parties as one (the first, with the
    evidence of all): a reader sees one dispute, and a second entry only repeats it."""
    merged: dict[tuple[str, str, frozenset[str]], dict[str, Any]] = {}
    for item in items:
        key = (
            " ".join(item["title"].casefold().split()),
            item["kind"],
            frozenset(name_key(p) for p in item["parties"]),
        )
        first = merged.get(key)
        if first is None:
            merged[key] = {**item, "evidence": list(item["evidence"])}
        else:
            first["evidence"] += [e for e in item["evidence"] if e not in first["evidence"]]
    return list(merged.values())


def _actors(
    actors: Sequence[tuple[Actor, dict[str, Any]]],
    events: Sequence[dict[str, Any]],
    limit: int,
    on_page: Callable[[dict[str, Any]], bool],
) -> list[dict[str, Any]]:
    """The actors to list, in their order: every party of a listed event, up to ``limit``
    others, the most central first (:func:`_weight`; among equals, states and regions last:
    a place named once is most often where something happens, a body or a person named once
    is there to act or speak), and past ``limit`` those ``on_page`` (named in a quote the
    briefing shows anyway) that act in the story. An actor named only in passing comes after
    every other, and a commentator is never listed past the limit: a list cut short must
    keep the actors that act over those the text only names."""
    parties = {name_key(p) for event in events for p in event["parties"]}

    def is_party(data: dict[str, Any]) -> bool:
        return any(name_key(n) in parties for n in (data["name"], *data.get("aliases", [])))

    ranked = sorted(
        range(len(actors)),
        key=lambda i: (
            not is_party(actors[i][1]),
            actors[i][0].passing or _detail(actors[i][0]),
            -_weight(actors[i][0]),
            actors[i][0].kind in ("state", "other"),
            i,
        ),
    )
    keep = {i for i in ranked if is_party(actors[i][1])}
    others = [i for i in ranked if i not in keep]
    keep.update(others[:limit])
    # The cap spares a reader quotes: an actor that acts in the story and whose name a quote
    # of the briefing already shows costs one line, and a reader who sees the name asks who
    # it is.
    keep.update(
        i
        for i in others[limit:]
        if not actors[i][0].passing and not actors[i][0].commentator and on_page(actors[i][1])
    )
    return [dict(actors[i][1]) for i in sorted(keep)]


def _detail(actor: Actor) -> bool:
    """A state's organ named in lower case in one sentence ("the Moldovan border police
    said"): a detail of its state's part in the story; a list cut short keeps the actors
    the text names by name before it."""
    return actor.organ and len({m.sentence for m in actor.mentions}) == 1


def _weight(actor: Actor) -> int:
    """How central ``actor`` is: the sentences that name it, and one more for a role the
    text gives it (a title, a post: someone who speaks or acts for a body) or for a body
    that speaks in its own name ("the NAME union said"). Sentences, not mentions: a state
    named three times in one sentence of background is no more central than a minister
    quoted in two."""
    named = {m.sentence for m in actor.mentions if not m.adjective}
    acts = (actor.role and not actor.commentator) or actor.speaks
    return max(1, len(named)) + (1 if acts else 0)
