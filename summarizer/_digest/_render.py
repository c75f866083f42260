"""A digest as markdown for people, and as JSON for programs.

Everything in a digest that came from an article or a model (names, titles, summaries,
quotes, paths, URLs, reasons) is untrusted and goes through
:func:`summarizer._render.escape_inline` / :func:`~summarizer._render.escape_cell`; links are
written only for http(s) URLs, percent-encoded so that no character of the URL can end the
link early. Articles are cited as ``[S1]``, numbered in the order of the sources list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import quote

from summarizer._digest._models import (
    DealThread,
    Digest,
    DigestActor,
    DigestSource,
    DisputeThread,
    ThreadEvidence,
)
from summarizer._render import escape_cell, escape_inline, format_money

__all__ = ["render_digest_json", "render_digest_markdown"]

_MAX_QUOTES = 3
_HTTP = re.compile(r"(?i)^https?://[^\s]+$")
_URL_SAFE = ":/?#@!$&'*+,;=%~-._"


class _Refs:
    """``[S1]``-style citations of articles, numbered in the order of the sources list."""

    def __init__(self, sources: Sequence[DigestSource]) -> None:
        self.number = {source.article: n for n, source in enumerate(sources, start=1)}

    def __call__(self, articles: Sequence[str]) -> str:
        numbers = sorted({self.number[a] for a in articles if a in self.number})
        return "".join(f"[S{n}]" for n in numbers)


def _label(value: str) -> str:
    return escape_inline(value.replace("_", " "))


def _names(names: Sequence[str]) -> str:
    return ", ".join(escape_inline(n) for n in names if n) or "not named"


def _link(text: str, url: str | None) -> str:
    shown = escape_inline(text)
    if url is None or not _HTTP.match(url.strip()):
        return shown
    return f"[{shown}]({quote(url.strip(), safe=_URL_SAFE)})"


# --------------------------------------------------------------------------- sections


def _top(digest: Digest, refs: _Refs) -> list[str]:
    lines = ["## Top developments", ""]
    if not digest.top_developments:
        return [*lines, "_No disputes or deals were reported._", ""]
    for number, item in enumerate(digest.top_developments, start=1):
        lines.append(f"{number}. {escape_inline(item.statement)} {refs(item.sources)}".rstrip())
    return [*lines, ""]


def _actors(actors: Sequence[DigestActor]) -> list[str]:
    lines = ["## Actors", ""]
    if not actors:
        return [*lines, "_No actors identified._", ""]
    lines += [
        "| Actor | Kind | Country | Articles | Also called | Roles |",
        "| --- | --- | --- | ---: | --- | --- |",
    ]
    for actor in actors:
        cells = (
            escape_cell(actor.name) or "—",
            _label(actor.kind),
            escape_cell(actor.country or "") or "—",
            str(len(actor.articles)),
            ", ".join(escape_cell(a) for a in actor.aliases) or "—",
            "; ".join(escape_cell(r) for r in actor.roles) or "—",
        )
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def _history(thread: DisputeThread | DealThread, refs: _Refs) -> str:
    steps = [
        f"{change.date.isoformat()} {_label(change.status)} {refs([change.article])}".rstrip()
        for change in thread.status_history
    ]
    return "Status history: " + " → ".join(steps)


def _quotes(evidence: Sequence[ThreadEvidence], refs: _Refs) -> list[str]:
    # One quote per article first, so that the quotes shown span the sources.
    first: dict[str, ThreadEvidence] = {}
    for item in evidence:
        first.setdefault(item.article, item)
    shown = list(first.values())[:_MAX_QUOTES]
    return [f"- “{escape_inline(e.quote)}” {refs([e.article])}".rstrip() for e in shown]


def _thread(
    thread: DisputeThread | DealThread, section: str, refs: _Refs, value: str | None
) -> list[str]:
    status = _label(thread.status)
    if thread.status_since is not None:
        status += f" since {thread.status_since.isoformat()}"
    facts = [
        f"**{_label(thread.kind)} {section}**",
        status,
        f"Parties: {_names(thread.parties)}",
    ]
    if value is not None:
        facts.append(f"Value: {value}")
    lines = [f"### {escape_inline(thread.title) or 'Untitled'}", "", " · ".join(facts), ""]
    lines += [_history(thread, refs), ""]
    summary = escape_inline(thread.summary)
    if summary:
        lines += [summary, ""]
    quotes = _quotes(thread.evidence, refs)
    if quotes:
        lines += [*quotes, ""]
    return [*lines, f"Sources: {refs(thread.sources) or 'none'}", ""]


def _disputes(digest: Digest, refs: _Refs) -> list[str]:
    lines = ["## Disputes", ""]
    if not digest.disputes:
        return [*lines, "_No disputes were reported._", ""]
    for thread in digest.disputes:
        lines += _thread(thread, "dispute", refs, None)
    return lines


def _deals(digest: Digest, refs: _Refs) -> list[str]:
    lines = ["## Deals", ""]
    if not digest.deals:
        return [*lines, "_No deals were reported._", ""]
    for thread in digest.deals:
        value = (
            "not stated"
            if thread.value is None
            else format_money(thread.value.amount, thread.value.currency)
        )
        lines += _thread(thread, "deal", refs, value)
    return lines


def _outlook(digest: Digest, refs: _Refs) -> list[str]:
    lines = ["## Outlook", ""]
    outlook = digest.outlook
    summary = escape_inline(outlook.summary)
    if not summary and not outlook.signals:
        return [*lines, "_The articles give no outlook._", ""]
    if summary:
        lines += [summary, ""]
    if outlook.signals:
        lines += ["Signals to watch:", ""]
        for signal in outlook.signals:
            horizon = escape_inline(signal.horizon or "") or "not stated"
            facts = f"horizon: {horizon} · likelihood: {_label(signal.likelihood)}"
            line = f"- **{escape_inline(signal.description)}** — {facts} {refs(signal.sources)}"
            lines.append(line.rstrip())
        lines.append("")
    return lines


def _sources(digest: Digest, refs: _Refs) -> list[str]:
    lines = ["## Sources", ""]
    if not digest.sources:
        return [*lines, "_No articles._", ""]
    for source in digest.sources:
        title = source.title or source.headline or "Untitled article"
        day = source.date.isoformat()
        if source.date_from == "created_at":
            day += " (article undated: date of its briefing)"
        parts = [
            _link(title, source.url),
            escape_inline(source.site or ""),
            day,
            escape_inline(source.url or "") if source.url and not _HTTP.match(source.url) else "",
            escape_inline(source.path or ""),
            f"article {escape_inline(source.article[:12])}",
        ]
        lines.append(f"- {refs([source.article])} " + " · ".join(p for p in parts if p))
    return [*lines, ""]


def _not_included(digest: Digest) -> list[str]:
    if not digest.not_included:
        return []
    lines = ["## Not included", ""]
    for item in digest.not_included:
        lines.append(f"- {escape_inline(item.source) or '—'}: {escape_inline(item.reason)}")
    return [*lines, ""]


def _merges(digest: Digest) -> list[str]:
    if not digest.merges:
        return []
    lines = ["## How the reports were merged", ""]
    lines += [f"- {escape_inline(note.reason)}" for note in digest.merges]
    return [*lines, ""]


def _footer(digest: Digest) -> list[str]:
    p = digest.provenance
    engines = ", ".join(escape_inline(e) for e in p.briefing_engines) or "none"
    models = ", ".join(escape_inline(m) for m in p.briefing_models) or "none"
    moment = p.created_at.isoformat(sep=" ", timespec="seconds")
    return [
        "---",
        "",
        f"- Digest: {escape_inline(p.engine)} synthesis · schema {escape_inline(p.schema_version)}"
        f" · created {escape_inline(moment)}",
        f"- Briefings: {p.briefings:,} · engines {engines} · models {models}",
        f"- Usage: {p.tokens_in:,} tokens in · {p.tokens_out:,} tokens out"
        f" · {p.model_calls:,} model calls",
        "",
    ]


# --------------------------------------------------------------------------- public


def render_digest_markdown(digest: Digest) -> str:
    """The digest as a markdown document: top developments first, sources and merges last."""
    refs = _Refs(digest.sources)
    if digest.period is not None:
        start, end = digest.period.start.isoformat(), digest.period.end.isoformat()
        title = f"# Digest: {start} to {end}" if start != end else f"# Digest: {start}"
    else:
        title = "# Digest"
    counts = (
        f"_{len(digest.sources)} article{'s' if len(digest.sources) != 1 else ''} · "
        f"{len(digest.actors)} actors · {len(digest.disputes)} dispute threads · "
        f"{len(digest.deals)} deal threads_"
    )
    lines = [title, "", counts, ""]
    lines += _top(digest, refs)
    lines += _actors(digest.actors)
    lines += _disputes(digest, refs)
    lines += _deals(digest, refs)
    lines += _outlook(digest, refs)
    lines += _sources(digest, refs)
    lines += _not_included(digest)
    lines += _merges(digest)
    lines += _footer(digest)
    return "\n".join(lines).rstrip("\n") + "\n"


def render_digest_json(digest: Digest) -> str:
    """The digest as JSON (the contract of ``summarizer digest --format json``)."""
    return digest.model_dump_json(indent=2) + "\n"
