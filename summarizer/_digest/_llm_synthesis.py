"""The digest's LLM synthesis: one model call writes the top developments and the outlook.

    >>> digest = synthesize(build_digest(briefings), ModelClient(LLMSettings.from_env()))

The model reads the *merged* digest, never the raw articles: a compact data block (see
:func:`data_block`) lists the week's articles under short citation handles (``A1``..``An``, in
the digest's source order, oldest first), the threads under ``T1``..``Tn`` (disputes and deals
ranked together as the offline synthesis ranks them) with their kind, status, parties, short
summary and the handles of their articles, the most-mentioned actors, and the merged signals.
Every text field in it comes from briefings, so from articles: whitespace is collapsed (a field
cannot start a line of its own) and any ``<digest>`` tag is defused, so the data cannot close
its block and pose as instructions.

The answer (:class:`DigestSynthesis`) is validated with the handles as validation context: a
development or signal that cites no article, cites a handle that is not in the data, or names a
thread that is not listed, fails; instructor sends the errors back and asks again, up to
``settings.max_reasks`` times, and then the call ends in :class:`~summarizer._errors.AnswerInvalid`.
So no unverified citation ever reaches the digest: handles are mapped back to article ids
only after they have all been checked.

Errors, usage and the call log are those of the one model client the briefings are asked
through (:class:`~summarizer._engines.llm._client.ModelClient`): typed errors with ``source``
``"digest"``, tokens and calls summed over every attempt and added to the digest's provenance,
one :class:`~summarizer._engines.llm._call_log.CallRecord` per attempt (with ``article_id``
None: the call is about no one article), the key scrubbed from the libraries' logs.

``openai`` and ``instructor`` are imported on the first call, never at module import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from summarizer._briefing._models import Likelihood, Money, as_when
from summarizer._cost import load_prices
from summarizer._digest._models import (
    DealThread,
    Digest,
    DigestOutlook,
    DisputeThread,
    TopDevelopment,
    WatchSignal,
)
from summarizer._digest._synthesis import MAX_DEVELOPMENTS, rank_key
from summarizer._engines._protocol import Usage
from summarizer._engines.llm._client import ModelClient
from summarizer._engines.llm._prompts import Prompts, load_prompts
from summarizer._resources import resource_dir

__all__ = [
    "SOURCE_LABEL",
    "DevelopmentDraft",
    "DigestSynthesis",
    "OutlookDraft",
    "SignalDraft",
    "data_block",
    "digest_prompts",
    "synthesize",
]

SOURCE_LABEL = "digest"  # how errors name the synthesis call (``error.source``)

# The data block shows every thread and every signal; a busy week is compressed to fit this
# budget (about 6,000 tokens) rather than cut: summaries shorten, then go, before any line does.
DATA_BUDGET_CHARS = 24_000
_SUMMARY_STEPS = (400, 160, 60, 0)  # characters of a thread's summary, step by step
MAX_ACTORS = 15
MAX_SIGNALS_OUT = 6
MAX_BOTTOM_LINE = 3
_HEADLINE_CHARS = 110
_FIELD_CHARS = 160

_DIGEST_TAG = re.compile(r"<\s*(/?)\s*digest\b[^<>]*>", re.IGNORECASE)
_HANDLE_NOISE = re.compile(r"[\s\[\]()'\"]")


# --------------------------------------------------------------------------- response model


def _context_set(info: ValidationInfo, key: str) -> frozenset[str] | None:
    """The handles under ``key`` in the validation context; None when validated without one."""
    context = info.context
    if isinstance(context, Mapping):
        found = context.get(key)
        if isinstance(found, frozenset):
            return found
    return None


def _span(handles: frozenset[str], prefix: str) -> str:
    numbers = sorted(int(h[len(prefix) :]) for h in handles)
    if not numbers:
        return "none"
    return f"{prefix}{numbers[0]}" if len(numbers) == 1 else f"{prefix}1 to {prefix}{numbers[-1]}"


def _normalise_cites(value: Any) -> Any:
    """``["a3", " [A5] ", "A3"]`` -> ``["A3", "A5"]``; a bare string is one cite."""
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list):
        cleaned = [_HANDLE_NOISE.sub("", v).upper() if isinstance(v, str) else v for v in value]
        return list(dict.fromkeys(cleaned))
    return value


def _check_cites(cites: list[str], info: ValidationInfo) -> list[str]:
    if not cites:
        raise ValueError(
            "cites no article: cite the handles (A1, A2...) of the articles it rests on"
        )
    valid = _context_set(info, "articles")
    if valid is not None:
        unknown = [c for c in cites if c not in valid]
        if unknown:
            names = ", ".join(repr(c) for c in unknown)
            raise ValueError(
                f"unknown article handle{'s' if len(unknown) > 1 else ''} {names}: "
                f"cite only the handles listed in the data ({_span(valid, 'A')})"
            )
    return cites


def _check_text(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValueError("is empty")
    return value


class _Draft(BaseModel):
    model_config = ConfigDict(extra="ignore")


class DevelopmentDraft(_Draft):
    """One top development."""

    thread: str = Field(description="handle of the thread it is about, e.g. T1")
    statement: str = Field(description="one or two sentences")
    cites: list[str] = Field(description="handles of the articles it rests on, e.g. A1")

    _statement = field_validator("statement")(_check_text)
    _before = field_validator("cites", mode="before")(_normalise_cites)
    _cites = field_validator("cites")(_check_cites)

    @field_validator("thread", mode="before")
    @classmethod
    def _thread_handle(cls, value: Any) -> Any:
        return _HANDLE_NOISE.sub("", value).upper() if isinstance(value, str) else value

    @field_validator("thread")
    @classmethod
    def _known_thread(cls, value: str, info: ValidationInfo) -> str:
        valid = _context_set(info, "threads")
        if valid is not None and value not in valid:
            if not valid:
                raise ValueError("no threads are listed in the data: give no developments")
            raise ValueError(
                f"unknown thread handle {value!r}: use a thread listed in the data "
                f"({_span(valid, 'T')})"
            )
        return value


class SignalDraft(_Draft):
    """Something to watch."""

    description: str
    horizon: str | None = Field(default=None, description="e.g. 'next week'; null if unknown")
    likelihood: Likelihood = "unclear"
    cites: list[str] = Field(description="handles of the articles it rests on, e.g. A1")

    _description = field_validator("description")(_check_text)
    _before = field_validator("cites", mode="before")(_normalise_cites)
    _cites = field_validator("cites")(_check_cites)


class OutlookDraft(_Draft):
    summary: str = Field(description="1-3 sentences on what to watch")
    signals: list[SignalDraft] = Field(default_factory=list)


class DigestSynthesis(_Draft):
    """The digest's bottom line, top developments and outlook, every item citing its
    articles."""

    bottom_line: list[str] = Field(
        default_factory=list, description="at most 3 sentences: what the minister must know"
    )
    developments: list[DevelopmentDraft] = Field(default_factory=list)
    outlook: OutlookDraft


# --------------------------------------------------------------------------- the data block


@dataclasses.dataclass(frozen=True, slots=True)
class _Handles:
    """The citation handles of one digest, and the data block that lists them."""

    articles: dict[str, str]  # "A1" -> article id
    threads: dict[str, tuple[str, DisputeThread | DealThread]]  # "T1" -> (section, thread)
    text: str

    def context(self) -> dict[str, frozenset[str]]:
        return {"articles": frozenset(self.articles), "threads": frozenset(self.threads)}


def _field(text: str | None, limit: int = _FIELD_CHARS) -> str:
    """One field of the data block: on one line, defused, clipped."""
    text = " ".join(_DIGEST_TAG.sub(lambda m: f"[{m.group(1)}digest]", text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _money(value: Money) -> str:
    amount = float(value.amount)
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if amount >= scale:
            return f"{value.currency} {amount / scale:.2f}".rstrip("0").rstrip(".") + f" {word}"
    return f"{value.currency} {amount:,.0f}"


def _handles(digest: Digest) -> _Handles:
    articles = {f"A{n}": s.article for n, s in enumerate(digest.sources, start=1)}
    handle_of = {article: handle for handle, article in articles.items()}

    def cites(ids: Sequence[str]) -> str:
        return " ".join(handle_of[i] for i in dict.fromkeys(ids) if i in handle_of) or "-"

    head: list[str] = []
    if digest.period is not None:
        head.append(f"period: {digest.period.start} to {digest.period.end}")
    if digest.undated:
        head.append(f"undated articles: {digest.undated} (their date is the day they were read)")
    head.append("articles (handle date outlet | headline):")
    for handle, source in zip(articles, digest.sources, strict=True):
        outlet = _field(source.site or "", 40) or "-"
        headline = _field(source.headline or source.title, _HEADLINE_CHARS)
        date = source.date if source.date_from == "published" else "undated"
        head.append(f"{handle} {date} {outlet} | {headline}")

    by_id = {s.article: s for s in digest.sources}
    both: list[tuple[str, DisputeThread | DealThread]] = [
        *(("dispute", t) for t in digest.disputes),
        *(("deal", t) for t in digest.deals),
    ]
    # Every thread, most significant first: the model ranks too, but sees everything.
    ranked = sorted(both, key=lambda pair: (*rank_key(pair[1], by_id), pair[0]))
    threads = {f"T{n}": pair for n, pair in enumerate(ranked, start=1)}

    tail: list[str] = []
    if digest.actors:
        tail.append("actors (name kind: articles):")
        tail.append(
            "; ".join(
                f"{_field(a.name, 60)} {a.kind}: {len(a.articles)}"
                for a in digest.actors[:MAX_ACTORS]
            )
        )
    # Signals in the order they are due (undated ones last), each with its date.
    signals = sorted(digest.outlook.signals, key=lambda s: (s.when is None, s.when or dt.date.min))
    if signals:
        tail.append("signals (due | description | horizon | likelihood | articles):")
    for signal in signals:
        tail.append(
            f"- {as_when(signal.when, signal.when_precision) if signal.when else '-'} | "
            f"{_field(signal.description)} | "
            f"{_field(signal.horizon, 40) or '-'} | {signal.likelihood} | {cites(signal.sources)}"
        )

    fixed = sum(len(line) + 1 for line in (*head, *tail))
    body: list[str] = []
    for room in _SUMMARY_STEPS:
        body = [_thread_line(h, sec, t, room, cites) for h, (sec, t) in threads.items()]
        if fixed + sum(len(line) + 1 for line in body) <= DATA_BUDGET_CHARS:
            break
    if threads:
        body.insert(
            0,
            "threads (handle section kind status date | title | parties | articles | "
            "why it matters | summary):",
        )
    return _Handles(articles=articles, threads=threads, text="\n".join([*head, *body, *tail]))


def _thread_line(
    handle: str,
    section: str,
    thread: DisputeThread | DealThread,
    room: int,
    cites: Callable[[Sequence[str]], str],
) -> str:
    """One thread of the data block; its summary clipped to ``room`` characters (none: 0)."""
    status: str = thread.status
    if len(thread.status_history) > 1:
        status += f" (was {thread.status_history[-2].status})"
    value = getattr(thread, "value", None)
    if isinstance(value, Money):
        status += f", value {_money(value)}"
    date = as_when(thread.date, thread.date_precision) if thread.date is not None else "undated"
    why = "; ".join(thread.significance) or "-"
    parties = ", ".join(_field(p, 60) for p in thread.parties) or "-"
    summary = _field(thread.summary, room) if room else ""
    return (
        f"{handle} {section} {thread.kind} {status} {date} | {_field(thread.title)} | "
        f"{parties} | {cites(thread.sources)} | {why} | {summary or '-'}"
    )


def data_block(digest: Digest) -> str:
    """The data the model reads about ``digest`` (what goes between the ``<digest>`` tags)."""
    return _handles(digest).text


@lru_cache(maxsize=1)
def digest_prompts() -> Prompts:
    """The prompts of ``prompts/digest/``; ``version`` hashes that folder alone.

    The files follow the briefing prompts' rules (``system.md``, ``user.md`` with the
    placeholder ``{article}`` once, here standing for the data block), and sit in a folder of
    their own, so the briefing prompt version does not change with them.
    """
    return load_prompts(resource_dir("prompts") / "digest")


# --------------------------------------------------------------------------- the call


def synthesize(digest: Digest, client: ModelClient) -> Digest:
    """A copy of ``digest`` whose top developments and outlook the model of ``client`` wrote.

    Every development and signal cites the articles it rests on (article ids in ``sources``,
    oldest first), each checked to be one of the digest's articles; developments name the
    thread they are about. The provenance says ``engine="llm"`` and the model that answered,
    and its token and call counts include the synthesis (every attempt). A digest with no
    articles has nothing to cite: it is returned unchanged, with no model call.

    Raises the typed errors of :mod:`summarizer._errors` with ``source`` ``"digest"``:
    :class:`~summarizer._errors.MissingApiKey`, endpoint errors,
    :class:`~summarizer._errors.AnswerInvalid` (never validated after ``max_reasks`` re-asks),
    :class:`~summarizer._errors.AnswerTruncated`, :class:`~summarizer._errors.AnswerRefused`;
    each carries ``usage``. The client's ``on_call`` receives one
    :class:`~summarizer._engines.llm._call_log.CallRecord` per attempt (``article_id`` None); an
    exception it raises is raised once the call is over, unless the call failed anyway.
    """
    if not digest.sources:
        return digest.model_copy(deep=True)
    handles = _handles(digest)
    reply = client.ask(
        digest_prompts().messages(handles.text),
        DigestSynthesis,
        context=handles.context(),
        label=SOURCE_LABEL,
        tool="digest",
    )
    return _apply(digest, handles, reply.answer, reply.usage, reply.model)


def _apply(
    digest: Digest, handles: _Handles, answer: DigestSynthesis, usage: Usage, model: str
) -> Digest:
    order = {handle: n for n, handle in enumerate(handles.articles)}

    def sources(cites: Sequence[str]) -> list[str]:
        # Validation checked every cite; checked again here, so that nothing unverified can
        # reach the digest even if the answer was validated some other way.
        unknown = [c for c in cites if c not in handles.articles]
        if unknown or not cites:
            raise AssertionError(f"unchecked citations reached the digest: {unknown}")
        return [handles.articles[c] for c in sorted(set(cites), key=order.__getitem__)]

    developments = []
    for item in answer.developments[:MAX_DEVELOPMENTS]:
        section, thread = handles.threads[item.thread]
        developments.append(
            TopDevelopment.model_validate(
                {
                    "statement": item.statement,
                    "sources": sources(item.cites),
                    "section": section,
                    "thread": thread.title,
                    "date": thread.date,
                    "next": next(
                        (k for k in digest.key_dates if set(thread.sources) & set(k.sources)),
                        None,
                    ),
                }
            )
        )
    outlook = DigestOutlook(
        summary=" ".join(answer.outlook.summary.split()),
        signals=[
            WatchSignal(
                description=s.description,
                horizon=" ".join((s.horizon or "").split()) or None,
                likelihood=s.likelihood,
                sources=sources(s.cites),
            )
            for s in answer.outlook.signals[:MAX_SIGNALS_OUT]
        ],
    )
    provenance = digest.provenance.model_copy(
        update={
            "engine": "llm",
            "model": model,
            "tokens_in": digest.provenance.tokens_in + usage.tokens_in,
            "tokens_out": digest.provenance.tokens_out + usage.tokens_out,
            "model_calls": digest.provenance.model_calls + usage.calls,
            "cost": _plus(digest.provenance.cost, load_prices().cost(model, usage)),
        }
    )
    bottom = [" ".join(line.split()) for line in answer.bottom_line if line.strip()]
    return digest.model_copy(
        deep=True,
        update={
            "bottom_line": bottom[:MAX_BOTTOM_LINE] or digest.bottom_line,
            "top_developments": developments,
            "outlook": outlook,
            "provenance": provenance,
        },
    )


def _plus(cost: float | None, more: float | None) -> float | None:
    return None if cost is None or more is None else cost + more
