"""A briefing shorter than its article: what gives way when the markdown would be longer.

A briefing is read instead of its article, so it must be the shorter of the two, evidence
included (the markdown a reader gets). An engine lists what it found within its own caps; the
markdown renderer makes this last check, whatever the engine, and shows less in the order a
reader loses least (the briefing's JSON, which programs and the digest read, keeps it all):

1. a dispute's or deal's second quote (the first one shows it);
2. actors that are no party of a listed dispute or deal, from the end of the list (engines list
   the ones that act most first): half of them first, then signals past the first two, then
   all of them, then signals past the first.

Disputes, deals, their parties, the summary and one signal never give way (a signal the summary
already tells gives way before one it does not): they are what a
briefing is for. What is left may still be longer than a short story: that is its floor.
A text of a few sentences is exempt: its briefing cannot be shorter than a few sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

from summarizer._briefing._models import Briefing, Deal, Dispute, Parties, Signal

__all__ = ["FEW_SENTENCES", "shorter_than_article"]

_Item = TypeVar("_Item", Dispute, Deal)

FEW_SENTENCES = 120
"""Words of an article too short for any briefing to be shorter: it is shown whole."""


def shorter_than_article(briefing: Briefing, length: Callable[[Briefing], int]) -> Briefing:
    """``briefing`` itself when its markdown has fewer words (``length``) than its article,
    or else the first of its shortenings (see the module) that has, or the shortest of them."""
    words = len(briefing.article_text.split())
    if words < FEW_SENTENCES or length(briefing) < words:
        return briefing
    shortest = briefing
    for shorter in _shortenings(briefing):
        shortest = shorter
        if length(shorter) < words:
            break
    return shortest


def _shortenings(briefing: Briefing) -> Iterator[Briefing]:
    """Ever shorter forms of ``briefing``, each dropping more than the one before."""
    steps: list[Callable[[Briefing], Briefing]] = [
        _one_quote,
        lambda b: _actors(b, len(_bystanders(b)) // 2),
        lambda b: _signals(b, 2),
        lambda b: _actors(b, 0),
        lambda b: _signals(b, 1),
    ]
    current = briefing
    for step in steps:
        shorter = step(current)
        if shorter is not current:
            current = shorter
            yield current


def _one_quote(briefing: Briefing) -> Briefing:
    if all(len(d.evidence) <= 1 for d in briefing.disputes) and all(
        len(d.evidence) <= 1 for d in briefing.deals
    ):
        return briefing
    disputes = [_first_quote(d) for d in briefing.disputes]
    deals = [_first_quote(d) for d in briefing.deals]
    return briefing.model_copy(update={"disputes": disputes, "deals": deals})


def _first_quote(item: _Item) -> _Item:
    """``item`` with its first quote only, and without the sentences of its summary that the
    other quotes showed (unshown, they would read as a claim with no evidence)."""
    summary = item.summary
    for evidence in item.evidence[1:]:
        quote = evidence.quote.rstrip(".")
        summary = summary.replace(quote + ".", "").replace(quote, "")
    return item.model_copy(
        update={"evidence": item.evidence[:1], "summary": " ".join(summary.split())}
    )


def _signals(briefing: Briefing, keep: int) -> Briefing:
    """``briefing`` with its first ``keep`` signals, those the summary already tells ("Ecuador
    will suspend exports from Friday" in the lede) giving way first: a reader who has read the
    summary loses nothing by them, and would lose the meeting on Dec. 15 that only a signal
    tells."""
    signals = briefing.outlook.signals
    if len(signals) <= keep:
        return briefing
    summary = " ".join(briefing.summary.split()).casefold()

    def told(signal: Signal) -> bool:
        return any(" ".join(e.quote.split()).casefold() in summary for e in signal.evidence)

    first = sorted(range(len(signals)), key=lambda i: (told(signals[i]), i))[:keep]
    kept = [signals[i] for i in sorted(first)]
    update: dict[str, object] = {"signals": kept}
    dropped = {" ".join(s.description.split()) for s in signals if s not in kept}
    if " ".join(briefing.outlook.summary.split()) in dropped:
        # An outlook summary that only was a signal given way goes with it (the summary told it).
        update["summary"] = kept[0].description if kept else ""
    outlook = briefing.outlook.model_copy(update=update)
    return briefing.model_copy(update={"outlook": outlook})


def _bystanders(briefing: Briefing) -> list[str]:
    """The names of the listed actors that are no party of a listed dispute or deal."""
    parties = Parties(briefing.actors)
    items: list[Dispute | Deal] = [*briefing.disputes, *briefing.deals]
    named = {
        found[0]
        for item in items
        for party in item.parties
        if (found := parties.resolve(party)) is not None
    }
    return [a.name for a in briefing.actors if a.name not in named]


def _actors(briefing: Briefing, keep: int) -> Briefing:
    bystanders = _bystanders(briefing)
    if len(bystanders) <= keep:
        return briefing
    dropped = set(bystanders[keep:])
    return briefing.model_copy(
        update={"actors": [a for a in briefing.actors if a.name not in dropped]}
    )
