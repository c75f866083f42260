"""Turning what the stages found into the briefing's fields (plain data for the model)."""

from __future__ import annotations

from typing import Any

from summarizer._offline._actors import Actor, Cast
from summarizer._offline._events import Event
from summarizer._offline._outlook import Signal, shorten
from summarizer._offline._sentences import Sentence

_EVIDENCE_PER_ACTOR = 2
_EVIDENCE_PER_EVENT = 3
_KIND_ORDER = {"state": 0, "organization": 1, "armed_group": 2, "company": 3, "person": 4}


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


def actor_fields(actor: Actor, sentences: list[Sentence]) -> dict[str, Any] | None:
    quotes: list[str] = []
    seen: set[str] = set()
    forms = [_fold(m.surface) for m in actor.mentions]
    for index in actor.sentences():
        quote = sentences[index].quote
        key = _fold(quote)
        # The quote must show the actor: a citation cut out of the sentence may have taken
        # the mention with it.
        if key in seen or not any(form in key for form in forms):
            continue
        seen.add(key)
        quotes.append(quote)
        if len(quotes) >= _EVIDENCE_PER_ACTOR:
            break
    if not quotes:
        return None
    return {
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "role": actor.role,
        "aliases": actor.aliases(),
        "evidence": [{"quote": q} for q in quotes],
    }


def _names(event: Event, cast: Cast) -> str:
    actors = [cast.actors[k] for k in event.parties]
    ranked = sorted(enumerate(actors), key=lambda pair: (_KIND_ORDER.get(pair[1].kind, 5), pair[0]))
    picked: list[str] = []
    for _, actor in ranked:
        if actor.name not in picked:
            picked.append(actor.name)
        if len(picked) == 2:
            break
    return "–".join(picked)


def _event_title(event: Event, cast: Cast) -> str:
    names = _names(event, cast)
    if event.section == "dispute":
        what = f"{event.kind} dispute" if event.kind != "other" else "dispute"
        # A noun reads better after "over" than an adjective: "islands", not "territorial".
        nouns = [t for t in event.topics if not t.endswith(("al", "ic", "ary", "ese", "ian"))]
        detail = nouns[0] if nouns else event.labels[0]
        return f"{names}: {what} over {detail}"
    label = event.labels[0]
    what = f"{event.kind} {label}" if event.kind != "other" else label
    detail = f" on {', '.join(event.topics[:2])}" if event.topics else ""
    return f"{names}: {what}{detail}"


def _event_summary(event: Event) -> str:
    parts = [shorten(q, 300) for q in event.quotes[:2]]
    return " ".join(p if p.endswith(("…", "?", "!")) else p + "." for p in parts)


def event_fields(event: Event, cast: Cast, listed: set[str]) -> dict[str, Any] | None:
    """The fields of a dispute or deal; ``None`` when none of its parties made the list."""
    parties = [n for n in dict.fromkeys(cast.actors[k].name for k in event.parties) if n in listed]
    if not parties:
        return None
    data: dict[str, Any] = {
        "title": _event_title(event, cast),
        "kind": event.kind,
        "parties": parties,
        "status": event.status,
        "summary": _event_summary(event),
        "evidence": [{"quote": q} for q in event.quotes[:_EVIDENCE_PER_EVENT]],
    }
    if event.section == "deal":
        money = event.money
        data["value"] = (
            {"amount": money.amount, "currency": money.currency} if money is not None else None
        )
    return data


def outlook_fields(signals: list[Signal]) -> dict[str, Any]:
    summary = " ".join(s.description for s in signals[:2])
    return {
        "summary": summary,
        "signals": [
            {
                "description": s.description,
                "horizon": s.horizon,
                "likelihood": s.likelihood,
                "evidence": [{"quote": s.quote}],
            }
            for s in signals
        ],
    }
