"""The briefing contract (``shared/spec/briefing.md``) as pydantic models.

Two layers share their field names:

* the *draft* models (``BriefingDraft`` and friends) are what an engine fills in; for the LLM
  engine they are the instructor response model, so they stay lean: every field costs tokens
  in every request and is one more way for a small model to fail validation;
* the *final* models (``Briefing`` and friends) are what users get: the same fields, every
  evidence quote placed in the cleaned article (``start``, ``end``, ``match``), plus ``source``
  and ``provenance``.

Validation that needs the article (quotes must occur in it) reads it from the validation
context under the key ``"article"``; quotes are found by :func:`summarizer._text._keys.locate`,
and a party is resolved to a listed actor by :class:`Parties` (the name matching the digest
uses: case, punctuation, a leading "the", aliases, an unambiguous surname or form of a state's
name).

Every field of the draft layer carries a short description: for the LLM engine it is the
definition of that field, sent once in the schema (the system prompt holds the rules that cut
across fields, never a field's definition again).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from summarizer._lexicon import lexicon
from summarizer._text._countries import country_code, country_place
from summarizer._text._keys import MatchKind, fold, locate, merge_key, name_key

SCHEMA_VERSION = "2"

ActorKind = Literal["state", "person", "organization", "company", "armed_group", "other"]
# "security" on both lists (spying, terrorism, kidnapping, cyber attacks are disputes too): a
# model giving a dispute the deal's kind was rejected for it.
DisputeKind = Literal[
    "territorial", "diplomatic", "economic", "military", "security", "legal", "political", "other"
]
DisputeStatus = Literal["escalating", "ongoing", "easing", "resolved", "unclear"]
DealKind = Literal[
    "energy", "defense", "trade", "investment", "diplomatic", "technology", "security", "other"
]
DealStatus = Literal[
    "proposed", "negotiating", "agreed", "signed", "implemented", "stalled", "collapsed", "unclear"
]
Likelihood = Literal["low", "medium", "high", "unclear"]
Relevance = Literal["international", "domestic", "off_topic"]


def _country_code(value: object) -> object:
    """Accept "RUS", "rus", "RU", "Russia" or "Russian" alike (:func:`country_code`).

    A value that names no country ("EU", "none") becomes null rather than a validation error:
    the field is secondary, and a re-ask over it would cost a whole model call.
    """
    if isinstance(value, str):
        return country_code(value)
    return value


CountryCode = Annotated[str | None, BeforeValidator(_country_code)]


def _non_empty(value: str) -> str:
    if not value:
        raise ValueError("must not be empty")
    return value


_WHEN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_when(value: str) -> date | None:
    """The first day ``value`` can mean ("2019-11" -> 1 November 2019), or None when it is not a
    date in the contract's shape ("2019-11-19", "2019-11", "2019") or no such day exists."""
    match = _WHEN.match(value.strip())
    if match is None:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        return date(year or 1, month or 1, day or 1)
    except ValueError:
        return None


Precision = Literal["year", "month", "day"]


def when_precision(value: str) -> Precision:
    """How much of a date ``value`` gives: "2019" a year, "2019-11" a month, else a day."""
    parts = value.strip().count("-")
    return "year" if parts == 0 else "month" if parts == 1 else "day"


def as_when(first: date, precision: Precision) -> str:
    """``first`` written at ``precision``, as the contract writes a ``when`` ("2019-11")."""
    return first.isoformat()[: {"year": 4, "month": 7, "day": 10}[precision]]


def last_day(first: date, precision: Precision) -> date:
    """The last day a date of ``precision`` starting on ``first`` can mean ("2019" ends on
    31 December): what "is it before X?" must compare, so that "in 2025" is not before March."""
    if precision == "year":
        return date(first.year, 12, 31)
    if precision == "month":
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    return first


def _when(value: object) -> object:
    # The final layer accepts only well-formed dates: the pipeline has already turned any other
    # answer into null and said so in provenance.repairs (see _briefing/_dates.py).
    if isinstance(value, str) and parse_when(value) is None:
        raise ValueError(f"not a date like 2019-11-19, 2019-11 or 2019: {value!r}")
    return value


When = Annotated[str | None, BeforeValidator(_when)]


# Checked by a validator rather than ``min_length``: the constraint then costs no schema bytes
# in every LLM request, and the system prompt already asks for content.
NonEmptyStr = Annotated[str, AfterValidator(_non_empty)]


def _lean_properties(schema: dict[str, Any]) -> None:
    # In the LLM request the schema is paid for in tokens on every call. Property titles only
    # repeat their keys, and defaults tell the model nothing it needs, so both go.
    for prop in schema.get("properties", {}).values():
        prop.pop("title", None)
        prop.pop("default", None)


def _lean_schema(schema: dict[str, Any]) -> None:
    # A nested model's title repeats its $defs key. (The top-level title stays: instructor
    # names the tool after it.)
    _lean_properties(schema)
    schema.pop("title", None)


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="ignore", str_strip_whitespace=True, json_schema_extra=_lean_schema
    )


# --------------------------------------------------------------------------- draft layer


class Quote(_Model):
    quote: NonEmptyStr = Field(description="a sentence or clause of the article")

    @field_validator("quote")
    @classmethod
    def _occurs_in_article(cls, value: str, info: ValidationInfo) -> str:
        article = _article_from(info)
        if article is not None and locate(value, article) is None:
            raise ValueError(f"quote not found in the article: {_clip(value)!r}")
        return value


class Money(_Model):
    amount: float = Field(ge=0, description="full number: $20 billion is 20000000000")
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217")

    @field_validator("currency", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value


# A description is what the model reads of its field, so each says it once and briefly. A field
# that several items share (title, parties, when, evidence) is defined once by the system
# prompt (prompts/system.md) instead of once per item here; kinds are defined by their lists.


class ActorDraft(_Model):
    name: NonEmptyStr = Field(description="full name")
    kind: ActorKind
    country: CountryCode = Field(default=None, description="ISO 3166-1 alpha-3")
    role: str = Field(default="", description="part in the story")
    aliases: list[str] = Field(default_factory=list, description="other names in the text")
    evidence: Sequence[Quote] = Field(min_length=1)


class DisputeDraft(_Model):
    title: NonEmptyStr
    kind: DisputeKind
    parties: list[str] = Field(
        description="opposing sides only: no mediators, allies, addressees of an appeal, or a "
        "state's own organs against it"
    )
    status: DisputeStatus = Field(
        default="unclear",
        description="escalating: worsening now; ongoing: no change; easing: tension falling; "
        "resolved: settled; unclear: not said",
    )
    when: str | None = None
    summary: str = ""
    evidence: Sequence[Quote] = Field(min_length=1)


class DealDraft(_Model):
    title: NonEmptyStr
    kind: DealKind
    parties: list[str] = Field(
        description="who offers, negotiates, agrees or signs: no hosts or mediators"
    )
    status: DealStatus = Field(
        default="unclear",
        description="proposed: offered; negotiating: in talks; agreed: not yet signed; "
        "implemented: carried out; stalled: talks halted; collapsed: abandoned; unclear: not said",
    )
    value: Money | None = Field(
        default=None, description="of the agreement itself, not of anything else priced"
    )
    when: str | None = None
    summary: str = ""
    evidence: Sequence[Quote] = Field(min_length=1)


class SignalDraft(_Model):
    description: NonEmptyStr
    horizon: str | None = Field(default=None, description="days, weeks, months or years")
    likelihood: Likelihood = "unclear"
    when: str | None = None
    evidence: Sequence[Quote] = Field(default_factory=list)


class OutlookDraft(_Model):
    summary: str = Field(default="", description="what to expect next")
    signals: Sequence[SignalDraft] = Field(
        default_factory=list, description="at most 5: what the article says will or may happen"
    )


class BriefingDraft(_Model):
    """A briefing of one news article."""

    model_config = ConfigDict(json_schema_extra=_lean_properties)

    relevance: Relevance | None = Field(
        default=None,
        description="international: between states or across borders; domestic: one state's "
        "public affairs; off_topic: sport, culture, products, science, lifestyle (no disputes, "
        "deals, signals)",
    )
    headline: NonEmptyStr = Field(description="one neutral line")
    summary: NonEmptyStr = Field(description="2-4 sentences")
    actors: Sequence[ActorDraft] = Field(
        default_factory=list, description="at most 12: who acts or is acted upon"
    )
    disputes: Sequence[DisputeDraft] = Field(
        default_factory=list,
        description="at most 5: conflicts, attacks, accusations, sanctions, lawsuits, "
        "territorial claims",
    )
    deals: Sequence[DealDraft] = Field(
        default_factory=list,
        description="at most 5: agreements, contracts, sales, exchanges, made or in the "
        "works; talks with no agreement in view are a signal",
    )
    outlook: OutlookDraft = Field(default_factory=OutlookDraft)

    @model_validator(mode="after")
    def _merge_and_resolve(self) -> BriefingDraft:
        self.actors = merge_duplicate_actors(self.actors)
        parties = Parties(self.actors)
        problems = [
            f"{label} {item.title!r}: party {party!r} is not a listed actor (name or alias)"
            for label, items in (("dispute", self.disputes), ("deal", self.deals))
            for item in items
            for party in item.parties
            if parties.resolve(party) is None
        ]
        if problems:
            raise ValueError("; ".join(problems))
        return self


# --------------------------------------------------------------------------- final layer


class Evidence(Quote):
    """A quote placed in the cleaned article text: ``text[start:end]`` is what it matched."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    match: MatchKind


class Actor(ActorDraft):
    evidence: list[Evidence] = Field(min_length=1)


class Dispute(DisputeDraft):
    when: When = None
    evidence: list[Evidence] = Field(min_length=1)


class Deal(DealDraft):
    when: When = None
    evidence: list[Evidence] = Field(min_length=1)


class Signal(SignalDraft):
    when: When = None
    evidence: list[Evidence] = Field(default_factory=list)


class Outlook(OutlookDraft):
    signals: list[Signal] = Field(default_factory=list)


class Source(_Model):
    """Where the article came from. Fields the input does not give stay null.

    ``url`` is where the page was fetched from (for a saved page, its canonical URL);
    ``canonical_url`` is the URL the page declares as its own, which may name another host.
    """

    url: str | None = None
    canonical_url: str | None = Field(
        default=None,
        description="the page's canonical URL (<link rel=canonical>, else og:url), if it gives one",
    )
    path: str | None = None
    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: date | None = None
    language: str | None = None


class Repair(_Model):
    """A value the program changed after the engine answered, and why (schema 2)."""

    where: str = Field(description='the field, as a path: "deals[0].when"')
    was: str
    now: str | None = None
    why: str


class Dropped(_Model):
    """An item of the engine's answer left out of the briefing, and why (schema 2): it still
    failed the checks after the last attempt, or it does not belong (a deal in an off-topic
    article)."""

    where: str = Field(description='the item, as the answer numbered it: "disputes[2]"')
    what: str
    why: str


class Provenance(_Model):
    article_id: str = Field(description="sha256 of the cleaned article text")
    engine: Literal["llm", "offline"]
    model: str | None = None
    prompt_version: str | None = Field(default=None, description="hash of the prompt files")
    schema_version: str = SCHEMA_VERSION
    tokens_in: int = 0
    tokens_out: int = 0
    model_calls: int = 0
    cost: float | None = Field(
        default=None,
        description="what the model calls cost when it was made, in US dollars, estimated from "
        "the price table (cached input and the batch discount counted); null when the table "
        "lacks the model",
    )
    created_at: datetime
    cached: bool = Field(
        default=False,
        description="served from the local store: tokens and calls are what it cost when made",
    )
    repairs: list[Repair] = Field(default_factory=list)
    dropped: list[Dropped] = Field(default_factory=list)
    notes: list[str] = Field(
        default_factory=list,
        description="what the engine says about how it read the article (schema 2): "
        '"the article is not in English ..."',
    )


class Briefing(BriefingDraft):
    """A grounded briefing of one article: the public contract of ``--format json``."""

    actors: list[Actor] = Field(default_factory=list)
    disputes: list[Dispute] = Field(default_factory=list)
    deals: list[Deal] = Field(default_factory=list)
    outlook: Outlook = Field(default_factory=Outlook)
    source: Source = Field(default_factory=Source)
    provenance: Provenance
    # Not stripped like other strings: offsets count from its first character.
    article_text: Annotated[str, StringConstraints(strip_whitespace=False)] = Field(
        description="the cleaned text that evidence offsets point into"
    )

    @model_validator(mode="after")
    def _offsets_point_at_quotes(self) -> Briefing:
        text = self.article_text
        for evidence in iter_evidence(self):
            assert isinstance(evidence, Evidence)
            placed = text[evidence.start : evidence.end]
            if evidence.end > len(text) or fold(placed) != fold(evidence.quote):
                raise ValueError(
                    f"evidence offsets {evidence.start}:{evidence.end} do not point at "
                    f"{_clip(evidence.quote)!r}"
                )
        return self


# --------------------------------------------------------------------------- helpers


# The key of actor names, known by this name to callers that predate the text layer.
normalize_name = name_key


def actor_index(actors: Sequence[ActorDraft]) -> set[str]:
    """The :func:`name_key` of every name and alias of ``actors``: what a party names as spelled."""
    return {name_key(n) for a in actors for n in (a.name, *a.aliases)}


class Parties:
    """Which listed actor a party names, with the name matching the digest uses.

    In order, the first that finds exactly one actor wins (two candidates: not resolved):

    1. a name or alias as spelled, or but for case and spacing (:func:`name_key`);
    2. the same name but for accents, punctuation, a leading "the", hyphens or spaced initials
       (:func:`merge_key`: "The Taliban" = "Taliban", "US" = "U.S.");
    3. a person's name with titles ("President Trump"), or the surname alone ("Trump" for
       "Donald Trump"; a leading family name too: "Xi" for "Xi Jinping");
    4. a name, alias, capital or demonym of a state that is a listed actor ("Moscow", "Russia").
    """

    def __init__(self, actors: Sequence[ActorDraft]) -> None:
        self._names = [a.name for a in actors]
        self._spelled = {n for a in actors for n in (a.name, *a.aliases)}
        self._exact: dict[str, int] = {}
        self._loose: dict[str, set[int]] = {}
        self._people: dict[str, set[int]] = {}
        self._surnames: dict[str, set[int]] = {}
        self._states: dict[str, set[int]] = {}
        for i, actor in enumerate(actors):
            for name in (actor.name, *actor.aliases):
                self._exact.setdefault(name_key(name), i)
                self._loose.setdefault(merge_key(name), set()).add(i)
                if actor.kind == "person":
                    tokens = _person_tokens(name)
                    self._people.setdefault(" ".join(tokens), set()).add(i)
                    for surname in _surnames(tokens):
                        self._surnames.setdefault(surname, set()).add(i)
            if actor.kind in ("state", "other"):
                place = country_place(actor.name)
                code = place.code if place is not None else None
                if actor.kind == "state":
                    code = code or actor.country
                if code is not None:
                    self._states.setdefault(code, set()).add(i)

    def __contains__(self, party: str) -> bool:
        return self.resolve(party) is not None

    def resolve(self, party: str) -> tuple[str, str | None] | None:
        """The name of the actor ``party`` names and, when it is not one of its names or
        aliases as spelled, how it names it; None when it names no actor, or two."""
        exact = self._exact.get(name_key(party))
        if exact is not None:
            return self._names[exact], None if party in self._spelled else "the same name"
        loose = merge_key(party)
        tokens = _person_tokens(party)
        place = country_place(party)
        steps: tuple[tuple[set[int] | None, str], ...] = (
            (self._loose.get(loose) if loose else None, "the same name"),
            (self._people.get(" ".join(tokens)) if tokens else None, "the same person"),
            (
                self._surnames.get(tokens[0]) if len(tokens) == 1 else None,
                "the person's surname",
            ),
            (self._states.get(place.code) if place is not None else None, "the same state"),
        )
        for found, how in steps:
            if found:
                if len(found) > 1:
                    return None  # two actors answer to it: ambiguous, named by neither
                (index,) = found
                return self._names[index], how
        return None


@lru_cache(maxsize=1)
def _name_reference() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    """Titles and honorifics as :func:`merge_key` token tuples (longest first), by their first
    token (a name is tried against the titles its first word may open, not all of them), and
    the family names written first ("Xi Jinping")."""
    lex = lexicon("en")
    words = [*lex.titles.titles, *lex.titles.honorifics]
    titles = {tuple(merge_key(w).split()) for w in words if merge_key(w)}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for title in sorted(titles, key=lambda t: (-len(t), t)):
        by_first.setdefault(title[0], []).append(title)
    family_first = frozenset(merge_key(n) for n in lex.first_names.family_first)
    return {first: tuple(group) for first, group in by_first.items()}, family_first


def _person_tokens(name: str) -> tuple[str, ...]:
    """A person's name as :func:`merge_key` tokens, leading titles dropped: "President Donald
    Trump" -> ("donald", "trump")."""
    tokens = merge_key(name).split()
    titles, _ = _name_reference()
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        for title in titles.get(tokens[0], ()):
            if tuple(tokens[: len(title)]) == title and len(tokens) > len(title):
                tokens = tokens[len(title) :]
                changed = True
                break
    return tuple(tokens)


def _surnames(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The words a person of these name tokens may be called by alone: the last one, and the
    first when it is a family name written first."""
    if len(tokens) < 2:
        return ()
    _, family_first = _name_reference()
    return (tokens[-1], tokens[0]) if tokens[0] in family_first else (tokens[-1],)


def merge_duplicate_actors(actors: Sequence[ActorDraft]) -> list[Any]:
    """Merge actors with the same canonical name, keeping the first one's fields."""
    merged: dict[str, ActorDraft] = {}
    for actor in actors:
        key = name_key(actor.name)
        first = merged.get(key)
        if first is None:
            merged[key] = actor
            continue
        aliases = [*first.aliases, *(a for a in actor.aliases if a not in first.aliases)]
        evidence = [*first.evidence, *(e for e in actor.evidence if e not in first.evidence)]
        merged[key] = first.model_copy(
            update={
                "aliases": aliases,
                "evidence": evidence,
                "role": first.role or actor.role,
                "country": first.country or actor.country,
            }
        )
    return list(merged.values())


def iter_evidence(briefing: BriefingDraft) -> list[Quote]:
    """Every evidence quote of a briefing, in document order of the sections."""
    out: list[Quote] = []
    for actor in briefing.actors:
        out.extend(actor.evidence)
    for dispute in briefing.disputes:
        out.extend(dispute.evidence)
    for deal in briefing.deals:
        out.extend(deal.evidence)
    for signal in briefing.outlook.signals:
        out.extend(signal.evidence)
    return out


def _article_from(info: ValidationInfo) -> str | None:
    context = info.context
    if isinstance(context, dict):
        article = context.get("article")
        if isinstance(article, str):
            return article
    return None


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
