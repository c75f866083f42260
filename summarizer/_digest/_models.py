"""The digest contract: what a week of briefings becomes, as pydantic models.

``summarizer digest --format json`` prints a :class:`Digest`; users pipe it into other tools,
so the field names below are a public contract (like the briefing's): keep them, add to them
freely, and re-export the JSON Schema when they change.

Every list in a digest is sorted by a documented key, so the same briefings give the same
digest whatever order they come in. Articles are named everywhere by their article id (the
briefing's ``provenance.article_id``); ``sources`` says what each id is.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from summarizer._briefing._models import (
    ActorKind,
    DealKind,
    DealStatus,
    DisputeKind,
    DisputeStatus,
    Evidence,
    Likelihood,
    Money,
    Precision,
)
from summarizer._text._keys import MatchKind

__all__ = [
    "DIGEST_SCHEMA_VERSION",
    "Change",
    "DealStatusChange",
    "DealThread",
    "Digest",
    "DigestActor",
    "DigestOutlook",
    "DigestProvenance",
    "DigestSource",
    "DisputeStatusChange",
    "DisputeThread",
    "KeyDate",
    "MergeNote",
    "NotIncluded",
    "Period",
    "ThreadEvidence",
    "TopDevelopment",
    "WatchSignal",
]

DIGEST_SCHEMA_VERSION = "2"


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class DigestActor(_Model):
    """One real-world actor, however each article spelled it."""

    name: str = Field(description="canonical name")
    kind: ActorKind
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3, null if none")
    aliases: list[str] = Field(
        default_factory=list, description="every other spelling the articles used"
    )
    articles: list[str] = Field(
        default_factory=list, description="ids of the articles that mention it, oldest first"
    )
    roles: list[str] = Field(default_factory=list, description="its roles in the stories")


class ThreadEvidence(_Model):
    """An evidence quote and where it sits in one article's cleaned text."""

    article: str
    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    match: MatchKind = "exact"

    @classmethod
    def of(cls, article: str, evidence: Evidence) -> ThreadEvidence:
        """A briefing's evidence, labelled with the article it is from."""
        return cls(
            article=article,
            quote=evidence.quote,
            start=evidence.start,
            end=evidence.end,
            match=evidence.match,
        )


class DisputeStatusChange(_Model):
    date: dt.date | None = Field(
        description="the date of the report (its development's date, else the article's "
        "published date); null when the article gives none"
    )
    status: DisputeStatus
    article: str = Field(description="id of the first article to report this status")


class DealStatusChange(_Model):
    date: dt.date | None = Field(
        description="the date of the report (its development's date, else the article's "
        "published date); null when the article gives none"
    )
    status: DealStatus
    article: str = Field(description="id of the first article to report this status")


# The fields a dispute thread and a deal thread share, each defined once.
_StatusSince = Annotated[
    dt.date | None,
    Field(description="the date of the report of the latest status, when dated"),
]
_ThreadDate = Annotated[
    dt.date | None,
    Field(
        description="the latest development's date: a source's `when`, else its published "
        "date; null when no source dates it"
    ),
]
_ThreadDatePrecision = Annotated[
    Precision,
    Field(description='how much of `date` the source gives: year ("in 2022"), month or day'),
]
_FirstSeen = Annotated[
    dt.date | None,
    Field(description="for a thread no source dates: the day its first article was read"),
]
_Region = Annotated[str, Field(description="where it happens, from its parties' countries")]
_Significance = Annotated[
    list[str], Field(description="why it ranks where it does, one short reason each")
]


class DisputeThread(_Model):
    """One dispute as the week's articles told it: all their reports merged."""

    title: str
    kind: DisputeKind
    parties: list[str] = Field(default_factory=list, description="names of digest actors")
    status: DisputeStatus = Field(description="the latest reported status")
    status_since: _StatusSince = None
    date: _ThreadDate = None
    date_precision: _ThreadDatePrecision = "day"
    first_seen: _FirstSeen = None
    region: _Region = ""
    significance: _Significance = Field(default_factory=list)
    status_history: list[DisputeStatusChange] = Field(default_factory=list)
    summary: str = ""
    sources: list[str] = Field(default_factory=list, description="article ids, oldest first")
    evidence: list[ThreadEvidence] = Field(default_factory=list)


class DealThread(_Model):
    """One deal as the week's articles told it: all their reports merged."""

    title: str
    kind: DealKind
    parties: list[str] = Field(default_factory=list, description="names of digest actors")
    status: DealStatus = Field(description="the latest reported status")
    status_since: _StatusSince = None
    date: _ThreadDate = None
    date_precision: _ThreadDatePrecision = "day"
    first_seen: _FirstSeen = None
    region: _Region = ""
    significance: _Significance = Field(default_factory=list)
    status_history: list[DealStatusChange] = Field(default_factory=list)
    value: Money | None = Field(default=None, description="the latest value reported")
    summary: str = ""
    sources: list[str] = Field(default_factory=list, description="article ids, oldest first")
    evidence: list[ThreadEvidence] = Field(default_factory=list)


class WatchSignal(_Model):
    """Something to watch, merged from the signals of one or more articles."""

    description: str
    horizon: str | None = None
    likelihood: Likelihood = "unclear"
    when: dt.date | None = Field(
        default=None, description="the date it is due, when given (its first day)"
    )
    when_precision: Precision = Field(
        default="day", description="how much of `when` the source gives: year, month or day"
    )
    sources: list[str] = Field(default_factory=list)
    evidence: list[ThreadEvidence] = Field(default_factory=list)


class DigestOutlook(_Model):
    summary: str = ""
    signals: list[WatchSignal] = Field(default_factory=list)


class DigestSource(_Model):
    """One article the digest rests on."""

    article: str = Field(description="article id (sha256 of the cleaned text)")
    title: str | None = None
    headline: str = Field(default="", description="the briefing's headline")
    url: str | None = None
    canonical_url: str | None = Field(
        default=None, description="the page's own canonical address, when it differs from url"
    )
    path: str | None = None
    site: str | None = None
    published: dt.date | None = None
    date: dt.date = Field(description="the date the digest files the article under")
    date_from: Literal["published", "created_at"] = Field(
        default="published",
        description="'created_at' when the article gave no date: `date` is then the day it "
        "was read (briefed), shown only here, never as the date of anything it reports",
    )
    relevance: str | None = Field(default=None, description="the briefing's relevance")


class NotIncluded(_Model):
    """An input that is not in the digest, and why."""

    source: str
    reason: str


class KeyDate(_Model):
    """A date ahead that a source gives: a meeting, a vote, a deadline."""

    date: dt.date
    precision: Precision = Field(
        default="day", description="how much of `date` the source gives: year, month or day"
    )
    what: str
    sources: list[str] = Field(default_factory=list)


class TopDevelopment(_Model):
    statement: str = Field(
        description="offline: a source's own sentence, quoted whole; LLM: the model's statement"
    )
    sources: list[str] = Field(default_factory=list)
    section: Literal["dispute", "deal"]
    thread: str = Field(description="title of the thread it summarises")
    attribution: str = Field(
        default="", description="whose sentence it is: the source's site or title, and date"
    )
    date: dt.date | None = Field(default=None, description="the thread's date, when dated")
    next: KeyDate | None = Field(default=None, description="the next date ahead on it")


class Change(_Model):
    """What changed since the previous period, thread by thread."""

    kind: Literal["new", "status", "ended", "quiet"] = Field(
        description="new thread; status changed; ended (resolved, implemented, collapsed); "
        "gone quiet (in the previous period, not in this one)"
    )
    section: Literal["dispute", "deal"]
    thread: str
    before: str | None = Field(default=None, description="the previous period's status")
    after: str | None = Field(default=None, description="this period's status")
    sources: list[str] = Field(default_factory=list)


class Period(_Model):
    start: dt.date
    end: dt.date


class MergeNote(_Model):
    """Why two things became one (or, with ``into`` null, why they did not)."""

    section: Literal["actor", "dispute", "deal", "signal"]
    name: str = Field(description="the spelling or title that was merged")
    into: str | None = Field(description="what it was merged into; null when left apart")
    rule: str
    score: float | None = None
    reason: str


class DigestProvenance(_Model):
    engine: Literal["llm", "offline"] = Field(
        default="offline", description="the engine that wrote the synthesis"
    )
    model: str | None = None
    synthesis_error: str | None = Field(
        default=None,
        description="why the model's synthesis failed, or was not asked for: the top "
        "developments and outlook are then the offline ones; null when it did not fail",
    )
    briefing_engines: list[str] = Field(default_factory=list)
    briefing_models: list[str] = Field(default_factory=list)
    briefings: int = 0
    tokens_in: int = Field(default=0, description="summed over the briefings")
    tokens_out: int = Field(default=0, description="summed over the briefings")
    model_calls: int = Field(default=0, description="summed over the briefings")
    cost: float | None = Field(
        default=None,
        description="what the briefings cost when made, in US dollars, summed over them "
        "(estimated from the price table); null when the cost of one is unknown",
    )
    created_at: dt.datetime
    schema_version: str = DIGEST_SCHEMA_VERSION


class Digest(_Model):
    """A week (or any set) of briefings merged into one desk-officer briefing."""

    period: Period | None = Field(
        default=None, description="the period asked for, else the dates its sources cover"
    )
    covered: Period | None = Field(
        default=None, description="the dates the dated sources cover; null if none is dated"
    )
    undated: int = Field(default=0, description="sources that give no date")
    bottom_line: list[str] = Field(default_factory=list, description="three sentences at most")
    top_developments: list[TopDevelopment] = Field(default_factory=list)
    changes: list[Change] = Field(default_factory=list)
    compared_with: Period | None = Field(
        default=None, description="the previous period, when the store had it to compare"
    )
    key_dates: list[KeyDate] = Field(default_factory=list)
    actors: list[DigestActor] = Field(default_factory=list)
    disputes: list[DisputeThread] = Field(default_factory=list)
    deals: list[DealThread] = Field(default_factory=list)
    outlook: DigestOutlook = Field(default_factory=DigestOutlook)
    sources: list[DigestSource] = Field(default_factory=list)
    not_included: list[NotIncluded] = Field(default_factory=list)
    merges: list[MergeNote] = Field(default_factory=list)
    provenance: DigestProvenance
