"""Turning what the stages found into the briefing's fields (plain data for the model)."""

from __future__ import annotations

from typing import Any

from summarizer._engines.offline._asides import unrepeated
from summarizer._engines.offline._cast import Actor, Cast
from summarizer._engines.offline._clause import reading
from summarizer._engines.offline._event import Event, name_owners
from summarizer._engines.offline._noun_title import noun_title, placed
from summarizer._engines.offline._outlook import Signal, shorten
from summarizer._engines.offline._sentences import Sentence
from summarizer._engines.offline._titles import readable
from summarizer._text._keys import name_key

_EVIDENCE_PER_ACTOR = 2
_EVIDENCE_PER_EVENT = 3
_KIND_ORDER = {"state": 0, "organization": 1, "armed_group": 2, "company": 3, "person": 4}


def actor_fields(actor: Actor, sentences: list[Sentence]) -> dict[str, Any] | None:
    quotes: list[str] = []
    seen: set[str] = set()
    # Each form once: an actor named 100,000 times has a handful of forms to look for.
    # A reference back ("the court") shows a reader no actor: a quote must name it.
    forms = list(dict.fromkeys(name_key(m.surface) for m in actor.mentions if not m.back))
    for index in actor.sentences():
        quote = sentences[index].quote
        key = name_key(quote)
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


def _side(keys: list[str], cast: Cast, limit: int = 3) -> list[str]:
    """Display names of one side: a person or company stands behind its state when the state
    is on the side too; states and organisations first."""
    actors = [cast.actors[k] for k in keys if k in cast.actors]
    present = {a.country for a in actors if a.kind == "state"}
    shown: list[tuple[int, int, str]] = []
    names: set[str] = set()
    owners = name_owners(cast) if present else {}
    for order, actor in enumerate(actors):
        if actor.kind in ("person", "company") and actor.country in present:
            continue
        if _owned(actor, present, owners):
            continue
        if actor.name not in names:
            names.add(actor.name)
            shown.append((_KIND_ORDER.get(actor.kind, 5), order, actor.name))
    return [name for _, _, name in sorted(shown)[:limit]]


def _owned(actor: Actor, states: set[str | None], owners: dict[str, str]) -> bool:
    """A state's own agency ("Mexico's National Migration Institute") is on the state's side:
    named beside its state it is no party of its own."""
    if actor.kind in ("state", "person", "armed_group"):
        return False
    return (actor.country or owners.get(actor.key)) in states


def _own_sides(left: list[str], right: list[str], cast: Cast) -> tuple[list[str], list[str]]:
    """Two sides of one country ("the opposition leader accused Maduro of rigging"): the
    state names neither, its people and bodies do."""

    def countries(keys: list[str]) -> set[str]:
        return {a.country for k in keys if (a := cast.actors.get(k)) is not None and a.country}

    shared = countries(left) & countries(right)

    def own(keys: list[str]) -> list[str]:
        kept = [
            k
            for k in keys
            if not (k in cast.actors and cast.actors[k].kind == "state")
            or cast.actors[k].country not in shared
        ]
        return kept or keys

    return (own(left), own(right)) if shared else (left, right)


def _names(event: Event, cast: Cast) -> str:
    """ "A vs B" only when the text sets one against the other; else the sides, unopposed."""
    if event.opposed:
        left_keys, right_keys = _own_sides(event.left, event.right, cast)
        left = _side(left_keys, cast)
        # A side is what the other is not: a state and its own minister are one side.
        right = [n for n in _side(right_keys, cast) if n not in left]
        if left and right:
            return f"{', '.join(left)} vs {', '.join(right)}"
    names = _side(event.parties, cast, limit=3)
    return ("–" if len(names) == 2 else ", ").join(names)


def _what(event: Event, names: tuple[str, ...] = ()) -> str:
    """What the event is about, as a noun phrase: "Power cable deal", "Tariffs on steel"."""
    label = event.label or event.labels[0]
    phrase = " ".join(event.phrase.split()).strip(" ,.;:!?\"“”'’")
    # A title is a noun phrase that ends on a word that can end one ("Call to stop its" is
    # none): cut back to the last whole phrase, or the label says it. Never a preposition
    # first, a party's name, or a phrase cut inside (``noun_title``).
    quotes = event.sentence_quotes or event.quotes
    if phrase and event.headed:
        phrase = noun_title(readable(phrase), quotes, names)
        if phrase:
            return phrase
    elif phrase:
        phrase = noun_title(readable(f"{label} {phrase}"), quotes, names)
        if len(phrase.split()) > 1:
            return phrase
    # "Summoning of an envoy over ambassador": a diplomat or an embassy is the channel a row
    # goes through, not what it is about.
    channel = reading()["channel_topic"]
    means = reading()["means_of_force"]
    noun = next(
        (
            t
            for t in (event.topics if event.section == "deal" else event.object_topics)
            if not t.endswith(("al", "ic", "ary", "ese", "ian"))
            and not channel.match(t.casefold())
            # "Strikes over drones", "Attacks over fighters": the weapon or the unit an act of
            # force is carried out with is not what a row is over.
            and not means.match(t.casefold())
            # "Sanctions over sanctioned": a participle is the act told again, no subject.
            and not t.casefold().endswith("ed")
            # "seized a vessel near the islands": a place the act was done at, not its subject.
            and not placed(t, quotes)
        ),
        None,
    )
    if noun is not None and noun not in label:
        return f"{label} over {noun}" if event.section == "dispute" else f"{label} on {noun}"
    return label


def _event_title(event: Event, cast: Cast) -> str:
    # The parties a title must not name again: its names give them (places may be its subject).
    parties = tuple(
        cast.actors[k].name
        for k in event.parties
        if k in cast.actors and cast.actors[k].kind != "other"
    )
    # ("talks with a Saudi delegation": a side named by its adjective is named all the same.)
    aliases = tuple(
        alias
        for k in event.parties
        if k in cast.actors and cast.actors[k].kind != "other"
        for alias in cast.actors[k].aliases()
    )
    what = _what(event, (*parties, *aliases))
    names = _names(event, cast)
    if not what:
        return names
    if event.section == "deal":
        what = unrepeated(what, event, cast)
    what = what[:1].upper() + what[1:]
    return f"{names}: {what}" if names else what


def _event_summary(event: Event) -> str:
    # Whole sentences: a clause cut from one ("left the core disputes ...") reads as a fragment.
    ordered = sorted(zip(event.quote_keys, event.sentence_quotes, strict=False))
    quotes = list(dict.fromkeys([q for _, q in ordered] or event.quotes))
    parts = [shorten(q, 300) for q in quotes[:2]]
    return " ".join(p if p.endswith(("…", "?", "!")) else p + "." for p in parts)


def event_fields(event: Event, cast: Cast, listed: set[str]) -> dict[str, Any] | None:
    """The fields of a dispute or deal; ``None`` when none of its parties made the list."""
    parties = [n for n in dict.fromkeys(cast.actors[k].name for k in event.parties) if n in listed]
    if not parties:
        return None
    # "EU-mediated talks": the broker takes part, after the sides (the title names the sides).
    brokers = (cast.actors[k].name for k in event.brokers if k in cast.actors)
    parties += [n for n in dict.fromkeys(brokers) if n in listed and n not in parties]
    data: dict[str, Any] = {
        "title": _event_title(event, cast),
        "kind": event.kind,
        "parties": parties,
        "status": event.status,
        "when": event.when,
        "summary": _event_summary(event),
        "evidence": [{"quote": q} for q in event.quotes[:_EVIDENCE_PER_EVENT]],
    }
    if event.section == "deal":
        money = event.money
        data["value"] = (
            {"amount": money.amount, "currency": money.currency} if money is not None else None
        )
    return data


def signal_fields(signal: Signal) -> dict[str, Any]:
    return {
        "description": signal.description,
        "horizon": signal.horizon,
        "likelihood": signal.likelihood,
        "when": signal.when,
        "evidence": [{"quote": signal.quote}],
    }
