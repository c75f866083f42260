"""Checking a model's briefing item by item: what needs no model is repaired here, what fails
is kept with its reasons for a re-ask of those items only.

An answer is checked whole, every error found in one pass: the top-level fields, then every
actor, dispute, deal and signal on its own (each against its model and the article, so one
item's errors never hide another's). What comes out (:class:`Checked`) is the items that
passed, the :class:`Failure` of each that did not, and what was repaired.

**Repaired here, never re-asked** (each repair is recorded, in ``provenance.repairs``):

* a kind, status, likelihood or relevance off the list becomes the listed value it means
  (a synonym or the same word misspelt: "defence" is ``defense``, "settled" is ``resolved``)
  or else ``other``/``unclear``; a dispute's kind from the deal list and back is mapped
  ("trade" -> ``economic``);
* a missing relevance is decided from the actors' states (two or more: ``international``, one:
  ``domestic``; none: ``international``, as the offline engine takes every article);
* a party that names a listed actor the way the digest matches names (:class:`Parties`: case, a
  leading "the", punctuation, aliases, an unambiguous surname, a state's other names) becomes
  that actor's name;
* a currency written as a symbol or a word ("$", "euros") becomes its ISO 4217 code, and a
  value that still names no currency or amount becomes null;
* an evidence quote given twice in one item is kept once.

A quote matches as :func:`summarizer._text._keys.locate` allows (which counts "…" as "...").

**An item fails** when it breaks its model (no name, no evidence...), quotes what the article
does not say, or names a party no listed actor answers to. While a re-ask may follow, a party
may name an actor that failed (its replacement is asked for too); on the last check it may not.

In an off-topic briefing the disputes, deals and signals are left out (``provenance.dropped``):
the contract gives it none.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, cast, get_args

from pydantic import BaseModel, ValidationError

from summarizer._briefing._models import (
    ActorDraft,
    ActorKind,
    BriefingDraft,
    DealDraft,
    DealKind,
    DealStatus,
    DisputeDraft,
    DisputeKind,
    DisputeStatus,
    Dropped,
    Likelihood,
    Parties,
    Relevance,
    Repair,
    SignalDraft,
)
from summarizer._text._countries import country_code
from summarizer._text._keys import name_key

__all__ = [
    "SECTIONS",
    "Answer",
    "Checked",
    "Failure",
    "Section",
    "check",
    "nearest",
]

Section = Literal["actors", "disputes", "deals", "signals"]
SECTIONS: tuple[Section, ...] = get_args(Section)
#: Where each section's items are in a briefing, for the paths of repairs and drops.
PATHS: dict[Section, str] = {
    "actors": "actors",
    "disputes": "disputes",
    "deals": "deals",
    "signals": "outlook.signals",
}
_MODELS: dict[Section, type[BaseModel]] = {
    "actors": ActorDraft,
    "disputes": DisputeDraft,
    "deals": DealDraft,
    "signals": SignalDraft,
}
#: The top-level texts a briefing cannot do without (a re-ask may ask for them too).
REQUIRED_TEXTS = ("headline", "summary")
# A problem that starts with the path of a field inside the item: "evidence[0].quote: ...".
_PATH = re.compile(r"^[A-Za-z_][\w.\[\]]*: ")

# --------------------------------------------------------------------------- the lists


def _values(kind: Any) -> tuple[str, ...]:
    return tuple(get_args(kind))


# What a model writes for a listed value, beyond a misspelling of it: each table maps a word
# (lower case, "_" for spaces and hyphens) to the value it means on that list.
_ACTOR_KIND = {
    "country": "state", "nation": "state", "government": "state", "state_actor": "state",
    "individual": "person", "people": "person", "politician": "person", "leader": "person",
    "official": "person", "organisation": "organization", "international_organization":
    "organization", "international_organisation": "organization", "institution":
    "organization", "agency": "organization", "ministry": "organization", "party":
    "organization", "body": "organization", "ngo": "organization", "corporation": "company",
    "business": "company", "firm": "company", "corporate": "company", "militia":
    "armed_group", "rebel_group": "armed_group", "rebels": "armed_group", "insurgents":
    "armed_group", "terrorist_group": "armed_group", "paramilitary": "armed_group",
}  # fmt: skip
_DISPUTE_KIND = {
    "trade": "economic", "energy": "economic", "investment": "economic", "technology":
    "economic", "financial": "economic", "sanctions": "economic", "defense": "military",
    "defence": "military", "armed": "military", "war": "military", "conflict": "military",
    "border": "territorial", "maritime": "territorial", "sovereignty": "territorial",
    "judicial": "legal", "court": "legal", "criminal": "legal", "espionage": "security",
    "terrorism": "security", "cyber": "security", "humanitarian": "other",
    "electoral": "political", "election": "political",
}  # fmt: skip
_DEAL_KIND = {
    "economic": "trade", "commercial": "trade", "military": "defense", "defence": "defense",
    "arms": "defense", "weapons": "defense", "political": "diplomatic", "peace": "diplomatic",
    "ceasefire": "security", "territorial": "diplomatic", "legal": "other", "financial":
    "investment", "finance": "investment", "loan": "investment", "aid": "investment", "gas":
    "energy", "oil": "energy", "nuclear": "energy", "tech": "technology",
}  # fmt: skip
_DISPUTE_STATUS = {
    "escalated": "escalating", "worsening": "escalating", "intensifying": "escalating",
    "active": "ongoing", "continuing": "ongoing", "unresolved": "ongoing", "frozen": "ongoing",
    "stalled": "ongoing", "de_escalating": "easing", "calming": "easing", "improving":
    "easing", "settled": "resolved", "ended": "resolved", "over": "resolved", "closed":
    "resolved", "unknown": "unclear",
}  # fmt: skip
_DEAL_STATUS = {
    "planned": "proposed", "offered": "proposed", "pending": "proposed", "under_negotiation":
    "negotiating", "in_talks": "negotiating", "talks": "negotiating", "announced": "agreed",
    "concluded": "agreed", "reached": "agreed", "approved": "agreed", "ratified": "signed",
    "in_force": "implemented", "in_effect": "implemented", "completed": "implemented",
    "active": "implemented", "suspended": "stalled", "paused": "stalled", "frozen": "stalled",
    "cancelled": "collapsed", "canceled": "collapsed", "terminated": "collapsed", "failed":
    "collapsed", "rejected": "collapsed", "abandoned": "collapsed", "unknown": "unclear",
}  # fmt: skip
_LIKELIHOOD = {
    "likely": "high", "very_likely": "high", "certain": "high", "expected": "high",
    "possible": "medium", "moderate": "medium", "unlikely": "low", "doubtful": "low",
    "unknown": "unclear",
}  # fmt: skip
_RELEVANCE = {
    "world": "international", "foreign": "international", "global": "international",
    "national": "domestic", "local": "domestic", "internal": "domestic", "off_topic":
    "off_topic", "offtopic": "off_topic", "irrelevant": "off_topic", "none": "off_topic",
    "other": "off_topic", "not_relevant": "off_topic",
}  # fmt: skip


@dataclass(frozen=True)
class _List:
    values: tuple[str, ...]
    synonyms: Mapping[str, str]
    fallback: str


_KIND: dict[Section, _List] = {
    "actors": _List(_values(ActorKind), _ACTOR_KIND, "other"),
    "disputes": _List(_values(DisputeKind), _DISPUTE_KIND, "other"),
    "deals": _List(_values(DealKind), _DEAL_KIND, "other"),
}
_STATUS: dict[Section, _List] = {
    "disputes": _List(_values(DisputeStatus), _DISPUTE_STATUS, "unclear"),
    "deals": _List(_values(DealStatus), _DEAL_STATUS, "unclear"),
}
_LIKELIHOODS = _List(_values(Likelihood), _LIKELIHOOD, "unclear")
_RELEVANCES = _List(_values(Relevance), _RELEVANCE, "")


def nearest(
    value: object, values: Sequence[str], synonyms: Mapping[str, str] | None = None
) -> str | None:
    """The listed value ``value`` means: itself, a synonym's, or the one it is a misspelling
    of; None when it is none of them."""
    if not isinstance(value, str):
        return None
    word = "_".join(value.strip().lower().replace("-", " ").split())
    if word in values:
        return word
    if synonyms is not None and word in synonyms:
        return synonyms[word]
    close = difflib.get_close_matches(word, values, n=1, cutoff=0.8)
    return close[0] if close else None


_NONE_IF_EMPTY = frozenset({"when", "horizon", "country", "value"})

# Currencies written as a symbol or a word, which a model copies from the text.
_CURRENCIES = {
    "$": "USD", "US$": "USD", "DOLLAR": "USD", "DOLLARS": "USD", "US DOLLARS": "USD",
    "€": "EUR", "EURO": "EUR", "EUROS": "EUR", "£": "GBP", "POUND": "GBP", "POUNDS": "GBP",
    "STERLING": "GBP", "YEN": "JPY", "YUAN": "CNY", "RENMINBI": "CNY", "RMB": "CNY",
    "RUBLE": "RUB", "RUBLES": "RUB", "ROUBLE": "RUB", "ROUBLES": "RUB",
}  # fmt: skip

# --------------------------------------------------------------------------- the answer


@dataclass(frozen=True)
class Withdrawn:
    """An item the model gave no replacement for when asked: left out, with why."""

    item: Any
    why: str


@dataclass
class Answer:
    """The model's answer as the engine keeps it from one attempt to the next: the top-level
    fields, and each section's items as the model wrote them (a replacement in the place of
    the item it replaces, a new actor after the others; the numbers of ``provenance.dropped``
    are these places)."""

    fields: dict[str, Any]
    items: dict[Section, list[Any]]
    dropped: list[Dropped] = field(default_factory=list)

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> Answer:
        outlook = data.get("outlook")
        outlook = outlook if isinstance(outlook, Mapping) else {}
        signals = outlook.get("signals", data.get("signals"))
        sources: dict[Section, Any] = {
            "actors": data.get("actors"),
            "disputes": data.get("disputes"),
            "deals": data.get("deals"),
            "signals": signals,
        }
        answer = cls(
            fields={
                "relevance": data.get("relevance"),
                "headline": data.get("headline"),
                "summary": data.get("summary"),
                "outlook": outlook.get("summary", ""),
            },
            items={section: [] for section in SECTIONS},
        )
        for section, given in sources.items():
            if isinstance(given, Mapping):
                given = [given]  # one item written as an object, not a list of one
            if isinstance(given, list):
                answer.items[section] = list(given)
            elif given is not None:
                answer.dropped.append(
                    Dropped(
                        where=PATHS[section],
                        what=_clip(repr(given)),
                        why=f"not a list of {section}",
                    )
                )
        return answer

    @property
    def empty(self) -> bool:
        """Whether it holds nothing of a briefing: no headline, no summary, no item."""
        return not (
            self.fields.get("headline") or self.fields.get("summary") or any(self.items.values())
        )


@dataclass
class Failure:
    """An item (or a top-level field) that failed its checks, and why."""

    section: Section | None  # None: a top-level field (``field``)
    index: int
    item: Any
    problems: list[str]
    field: str = ""

    @property
    def where(self) -> str:
        """Its path in the answer: ``"disputes[2]"``, ``"headline"``."""
        return self.field if self.section is None else f"{PATHS[self.section]}[{self.index}]"

    @property
    def what(self) -> str:
        """What the item is called: its name, title or description."""
        if isinstance(self.item, Mapping):
            for key in ("name", "title", "description"):
                if isinstance(self.item.get(key), str) and self.item[key].strip():
                    return _clip(self.item[key].strip())
        return self.where

    def lines(self) -> list[str]:
        """Its problems as an error lists them: ``"actors[2].evidence[0]: quote not found..."``."""
        return [
            f"{self.where}.{p}" if _PATH.match(p) else f"{self.where}: {p}" for p in self.problems
        ]


@dataclass
class _Slot:
    section: Section
    index: int
    item: BaseModel | None
    repairs: list[tuple[str, str, str | None, str]]


@dataclass
class Checked:
    """What one check of an :class:`Answer` found."""

    answer: Answer
    failures: list[Failure]
    relevance: Relevance
    repairs: list[Repair]  # of the top-level fields
    slots: list[_Slot]
    dropped: list[Dropped]

    @property
    def problems(self) -> list[str]:
        """Every problem, one line each, for an error."""
        return [line for failure in self.failures for line in failure.lines()]

    def briefing(self, text: str) -> tuple[BriefingDraft, list[Repair], list[Dropped]]:
        """The briefing of the items that passed, what was repaired in it, and what was left
        out: the failures, each with its reasons, and what ``dropped`` already holds."""
        by_section: dict[Section, list[_Slot]] = {s: [] for s in SECTIONS}
        for slot in self.slots:
            if slot.item is not None:
                by_section[slot.section].append(slot)
        repairs = list(self.repairs)
        for section, slots in by_section.items():
            for position, slot in enumerate(slots):
                for path, was, now, why in slot.repairs:
                    where = f"{PATHS[section]}[{position}].{path}"
                    repairs.append(Repair(where=where, was=_clip(was), now=now, why=why))
        dropped = [*self.dropped]
        for failure in self.failures:
            if failure.section is not None:
                why = "; ".join(failure.problems)
                dropped.append(Dropped(where=failure.where, what=failure.what, why=_clip(why, 300)))
        data = {
            "relevance": self.relevance,
            "headline": self.answer.fields["headline"],
            "summary": self.answer.fields["summary"],
            **{
                section: [_dump(s.item) for s in by_section[section]]
                for section in ("actors", "disputes", "deals")
            },
            "outlook": {
                "summary": _text(self.answer.fields.get("outlook")),
                "signals": [_dump(s.item) for s in by_section["signals"]],
            },
        }
        draft = BriefingDraft.model_validate(data, context={"article": text})
        return draft, repairs, dropped


def _dump(item: BaseModel | None) -> dict[str, Any]:
    assert item is not None
    return item.model_dump()


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


# --------------------------------------------------------------------------- checking


def check(answer: Answer, text: str, *, pending: bool) -> Checked:
    """Check every part of ``answer`` against ``text`` in one pass.

    ``pending``: a re-ask may follow, so a party may still name an actor that failed.
    """
    failures: list[Failure] = []
    top_repairs: list[Repair] = []
    for name in REQUIRED_TEXTS:
        value = answer.fields.get(name)
        if not isinstance(value, str) or not value.strip():
            problem = "missing" if value in (None, "") else "must be a text"
            failures.append(Failure(None, 0, value, [problem], field=name))

    slots: list[_Slot] = []
    actors: list[ActorDraft] = []
    named: list[ActorDraft] = []  # failed actors a replacement is asked for: names to keep
    dropped = list(answer.dropped)
    for index, raw in enumerate(answer.items["actors"]):
        if isinstance(raw, Withdrawn):
            dropped.append(_withdrawn("actors", index, raw))
            continue
        item, repairs, problems = _check_item("actors", raw, text, None)
        slots.append(_Slot("actors", index, item, repairs))
        if item is not None:
            assert isinstance(item, ActorDraft)
            actors.append(item)
        else:
            failures.append(Failure("actors", index, raw, problems))
            if pending and (stand_in := _stand_in(raw)) is not None:
                named.append(stand_in)

    relevance, relevance_repair = _relevance(answer.fields.get("relevance"), actors)
    if relevance_repair is not None:
        top_repairs.append(relevance_repair)
    parties = Parties([*actors, *named])
    for section in ("disputes", "deals", "signals"):
        for index, raw in enumerate(answer.items[section]):
            if relevance == "off_topic":
                dropped.append(_off_topic(section, index, raw))
                continue
            if isinstance(raw, Withdrawn):
                dropped.append(_withdrawn(section, index, raw))
                continue
            item, repairs, problems = _check_item(section, raw, text, parties)
            slots.append(_Slot(section, index, item, repairs))
            if item is None:
                failures.append(Failure(section, index, raw, problems))
    return Checked(answer, failures, relevance, top_repairs, slots, dropped)


def _check_item(
    section: Section, raw: Any, text: str, parties: Parties | None
) -> tuple[BaseModel | None, list[tuple[str, str, str | None, str]], list[str]]:
    """One item: (the valid item or None, its repairs as (path, was, now, why), problems)."""
    if not isinstance(raw, Mapping):
        return None, [], [f"not an object: {_clip(repr(raw))}"]
    # A field given as null is a field left out (strict outputs must give every field): its
    # default applies. An empty date or country is none.
    data = {
        key: value
        for key, value in raw.items()
        if value is not None and not (key in _NONE_IF_EMPTY and value == "")
    }
    repairs: list[tuple[str, str, str | None, str]] = []
    problems: list[str] = []
    _evidence(data, repairs)
    if section in _KIND:
        _listed(data, "kind", _KIND[section], repairs, f"a {section[:-1]}'s kind")
    if section in _STATUS:
        _listed(data, "status", _STATUS[section], repairs, f"a {section[:-1]}'s status")
    if section == "signals":
        _listed(data, "likelihood", _LIKELIHOODS, repairs, "a likelihood")
    if section == "deals":
        _value(data, repairs)
    if parties is not None and section in ("disputes", "deals"):
        problems += _parties(data, parties, repairs)
    model = _MODELS[section]
    try:
        item = model.model_validate(data, context={"article": text})
    except ValidationError as error:
        problems += [_problem(e) for e in error.errors(include_url=False)]
        return None, repairs, problems
    if problems:
        return None, repairs, problems
    return item, repairs, []


def _evidence(data: dict[str, Any], repairs: list[tuple[str, str, str | None, str]]) -> None:
    """Evidence as the wire sends it (a list of quotes) read as the model's (``{"quote":}``),
    and a quote given twice in one item kept once."""
    given = data.get("evidence")
    if isinstance(given, (str, Mapping)):
        given = [given]
    if not isinstance(given, list):
        return
    quotes: list[Any] = []
    seen: set[str] = set()
    for n, quote in enumerate(given):
        entry = {"quote": quote} if isinstance(quote, str) else quote
        text = entry.get("quote") if isinstance(entry, Mapping) else None
        if isinstance(text, str):
            key = " ".join(text.split()).casefold()
            if key in seen:
                repairs.append((f"evidence[{n}]", text, None, "the same quote again"))
                continue
            seen.add(key)
        quotes.append(entry)
    data["evidence"] = quotes


def _listed(
    data: dict[str, Any],
    name: str,
    listed: _List,
    repairs: list[tuple[str, str, str | None, str]],
    what: str,
) -> None:
    value = data.get(name)
    if value is None and name != "kind":
        return  # the model's default applies
    if isinstance(value, str) and value in listed.values:
        return
    found = nearest(value, listed.values, listed.synonyms)
    now = found or listed.fallback
    if value is None:
        why = f"missing; {now!r} stands for it"
    elif found is not None:
        why = f"not {what} on the list; the listed value it means"
    else:
        why = f"not {what} on the list, and none it means"
    data[name] = now
    repairs.append((name, "null" if value is None else str(value), now, why))


def _value(data: dict[str, Any], repairs: list[tuple[str, str, str | None, str]]) -> None:
    """A deal's value: a currency written as a symbol or a word gets its code; a value that
    still has no usable amount or currency is dropped (null), not the deal."""
    given = data.get("value")
    if given is None:
        return
    why: str | None = None
    if not isinstance(given, Mapping):
        why = "not an amount and a currency"
    else:
        value = dict(given)
        currency = value.get("currency")
        if isinstance(currency, str):
            code = _CURRENCIES.get(currency.strip().upper(), currency.strip().upper())
            if code != currency:
                repairs.append(("value.currency", currency, code, "the ISO 4217 code it means"))
            value["currency"] = code
        amount = _amount(value.get("amount"))
        if not (isinstance(value.get("currency"), str) and _ISO_4217.match(value["currency"])):
            why = "no ISO 4217 currency"
        elif amount is None:
            why = "no amount"
        else:
            value["amount"] = amount
            data["value"] = value
    if why is not None:
        repairs.append(("value", _clip(repr(given)), None, why))
        data["value"] = None


_ISO_4217 = re.compile(r"^[A-Z]{3}$")


def _amount(value: object) -> float | None:
    """An amount as a number: ``20000000000``, ``"20,000,000,000"``; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.replace(",", "").strip())
        except ValueError:
            return None
    else:
        return None
    return number if number >= 0 and number == number and number != float("inf") else None


def _parties(
    data: dict[str, Any], parties: Parties, repairs: list[tuple[str, str, str | None, str]]
) -> list[str]:
    given = data.get("parties")
    if isinstance(given, str):
        given = [given]
    if not isinstance(given, list):
        return []  # the model check says what is wrong
    problems: list[str] = []
    names: list[Any] = []
    for n, party in enumerate(given):
        if not isinstance(party, str):
            names.append(party)
            continue
        found = parties.resolve(party)
        if found is None:
            problems.append(f"party {party!r} is not a listed actor (name or alias)")
            names.append(party)
            continue
        name, how = found
        if how is not None:
            repairs.append((f"parties[{n}]", party, name, f"names a listed actor: {how}"))
            party = name
        if name_key(party) not in {name_key(p) for p in names if isinstance(p, str)}:
            names.append(party)
    data["parties"] = names
    return problems


def _stand_in(raw: Any) -> ActorDraft | None:
    """A failed actor's names, for parties to name while its replacement is asked for."""
    if not isinstance(raw, Mapping) or not isinstance(raw.get("name"), str):
        return None
    aliases = raw.get("aliases")
    kind = nearest(raw.get("kind"), _KIND["actors"].values, _ACTOR_KIND) or "other"
    return ActorDraft.model_construct(
        name=raw["name"],
        kind=cast("ActorKind", kind),
        country=None,
        role="",
        aliases=[a for a in aliases if isinstance(a, str)] if isinstance(aliases, list) else [],
        evidence=[],
    )


def _relevance(value: object, actors: Sequence[ActorDraft]) -> tuple[Relevance, Repair | None]:
    if isinstance(value, str) and value in _RELEVANCES.values:
        return cast("Relevance", value), None
    found = nearest(value, _RELEVANCES.values, _RELEVANCES.synonyms)
    if found:
        why = "not a relevance on the list; the listed value it means"
        repair = Repair(where="relevance", was=_clip(str(value)), now=found, why=why)
        return cast("Relevance", found), repair
    states = sorted({a.country or country_code(a.name) or "" for a in actors} - {""})
    decided: Relevance
    if len(states) >= 2:
        decided = "international"
        why = f"decided here: the actors belong to {len(states)} states ({', '.join(states[:6])})"
    elif len(states) == 1:
        decided = "domestic"
        why = f"decided here: every actor with a state belongs to {states[0]}"
    else:
        decided = "international"
        why = "decided here: no actor names a state, so taken as world news"
    was = "null" if value is None else str(value)
    return decided, Repair(where="relevance", was=_clip(was), now=decided, why=why)


def _off_topic(section: Section, index: int, raw: Any) -> Dropped:
    what = Failure(section, index, raw, []).what
    why = "the article is off_topic, and an off-topic briefing has no disputes, deals or signals"
    return Dropped(where=f"{PATHS[section]}[{index}]", what=what, why=why)


def _withdrawn(section: Section, index: int, gone: Withdrawn) -> Dropped:
    what = Failure(section, index, gone.item, []).what
    return Dropped(where=f"{PATHS[section]}[{index}]", what=what, why=_clip(gone.why, 300))


def _problem(error: Any) -> str:
    """One pydantic error as ``"evidence[0].quote: quote not found..."``."""
    path = ""
    for part in error["loc"]:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    # Evidence goes to the model as a list of quotes: "evidence[0]", not "evidence[0].quote".
    path = re.sub(r"^(evidence\[\d+\])\.quote$", r"\1", path)
    message = str(error["msg"]).removeprefix("Value error, ")
    if error.get("type") == "too_short" and path == "evidence":
        message = "no quote: give 1-2"
    elif error.get("type") == "missing":
        message = "missing"
    return f"{path}: {message}" if path else message


def _clip(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
