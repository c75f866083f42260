"""A digest as markdown for people, and as JSON for programs.

Everything in a digest that came from an article or a model (names, titles, summaries,
quotes, paths, URLs, reasons) is untrusted and goes through
:func:`summarizer._briefing._render.escape_inline` /
:func:`~summarizer._briefing._render.escape_cell`; links are
written only for http(s) URLs, percent-encoded so that no character of the URL can end the
link early. Articles are cited as ``[S1]``, numbered in the order of the sources list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import quote

from summarizer._briefing._render import escape_cell, escape_inline, format_money
from summarizer._digest._models import (
    DealThread,
    Digest,
    DigestActor,
    DigestSource,
    DisputeThread,
    ThreadEvidence,
    WatchSignal,
)
from summarizer._digest._synthesis import trim_clause
from summarizer._text._keys import merge_key

__all__ = ["render_digest_json", "render_digest_markdown"]

_MAX_QUOTES = 3
_MAX_SIGNAL_WORDS = 25  # a signal line shows its description cut to its main clause
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
        if digest.disputes or digest.deals:
            note = "_No dispute or deal is reported firmly enough to rank; see the threads below._"
            return [*lines, note, ""]
        return [*lines, "_No disputes or deals were reported._", ""]
    for number, item in enumerate(digest.top_developments, start=1):
        lines.append(f"{number}. {escape_inline(item.statement)} {refs(item.sources)}".rstrip())
    return [*lines, ""]


def _actors(digest: Digest, refs: _Refs) -> list[str]:
    """The actors of two articles or more in a table; the others on one line below it.

    With one article (or when no actor recurs) every actor is in the table.
    """
    actors = digest.actors
    lines = ["## Actors", ""]
    if not actors:
        return [*lines, "_No actors identified._", ""]
    recurring = [a for a in actors if len(a.articles) > 1]
    table = recurring if recurring and len(digest.sources) > 1 else list(actors)
    lines += [
        "| Actor | Kind | Country | Articles | Also called | Roles | Sources |",
        "| --- | --- | --- | ---: | --- | --- | --- |",
    ]
    for actor in table:
        cells = (
            escape_cell(actor.name) or "—",
            _label(actor.kind),
            escape_cell(actor.country or "") or "—",
            str(len(actor.articles)),
            ", ".join(escape_cell(a) for a in actor.aliases) or "—",
            "; ".join(escape_cell(r) for r in actor.roles) or "—",
            refs(actor.articles) or "—",
        )
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    once = [a for a in actors if a not in table]
    if once:
        named = "; ".join(_mention(a, refs) for a in once)
        lines += [f"Also mentioned (one article each): {named}.", ""]
    return lines


def _mention(actor: DigestActor, refs: _Refs) -> str:
    text = escape_inline(actor.name) or "—"
    if actor.roles:
        text += f" ({'; '.join(escape_inline(r) for r in actor.roles)})"
    cited = refs(actor.articles)
    return f"{text} {cited}" if cited else text


def _history(thread: DisputeThread | DealThread, refs: _Refs) -> str | None:
    """The status history, when the status changed during the period (else the facts line
    already says it all)."""
    if len(thread.status_history) < 2:
        return None
    steps = [
        f"{change.date.isoformat()} {_label(change.status)} {refs([change.article])}".rstrip()
        for change in thread.status_history
    ]
    return "Status history: " + " → ".join(steps)


def _quotes(evidence: Sequence[ThreadEvidence], refs: _Refs, summary: str) -> list[str]:
    # One quote per article, so that the quotes shown span the sources; none that only
    # repeats the summary shown above it.
    said = merge_key(summary)
    first: dict[str, ThreadEvidence] = {}
    for item in evidence:
        if merge_key(item.quote) not in said:
            first.setdefault(item.article, item)
    shown = list(first.values())[:_MAX_QUOTES]
    return [f"- “{escape_inline(e.quote)}” {refs([e.article])}".rstrip() for e in shown]


def _thread(
    thread: DisputeThread | DealThread, section: str, refs: _Refs, value: str | None
) -> list[str]:
    status = _label(thread.status) if thread.status != "unclear" else "status unclear"
    if thread.status_since is not None and thread.status != "unclear":
        status += f" since {thread.status_since.isoformat()}"
    facts = [
        f"**{_label(thread.kind)} {section}**",
        status,
        f"Parties: {_names(thread.parties)}",
    ]
    if value is not None:
        facts.append(f"Value: {value}")
    lines = [f"### {escape_inline(thread.title) or 'Untitled'}", "", " · ".join(facts), ""]
    history = _history(thread, refs)
    if history:
        lines += [history, ""]
    summary = escape_inline(thread.summary)
    if summary:
        lines += [summary, ""]
    quotes = _quotes(thread.evidence, refs, thread.summary)
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
            lines.append(f"- {_signal_text(signal.description)}{_signal_facts(signal, refs)}")
        lines.append("")
    return lines


def _signal_text(description: str) -> str:
    """The description, cut to its main clause when long (the JSON keeps it whole)."""
    text = " ".join(description.split()).removesuffix(".")  # the facts in brackets follow
    if len(text.split()) > _MAX_SIGNAL_WORDS:
        short = trim_clause(text, _MAX_SIGNAL_WORDS)
        text = f"{short} …" if short else " ".join(text.split()[:_MAX_SIGNAL_WORDS]) + " …"
    return escape_inline(text)


def _signal_facts(signal: WatchSignal, refs: _Refs) -> str:
    """ " (likely; horizon: weeks) [S1]": likelihood and horizon when known, then the cites."""
    facts = []
    if signal.likelihood != "unclear":
        facts.append(f"{_label(signal.likelihood)} likelihood")
    if signal.horizon:
        facts.append(f"horizon: {escape_inline(signal.horizon)}")
    text = f" ({'; '.join(facts)})" if facts else ""
    cited = refs(signal.sources)
    return f"{text} {cited}" if cited else text


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
        f"_{_count(len(digest.sources), 'article')} · {_count(len(digest.actors), 'actor')} · "
        f"{_count(len(digest.disputes), 'dispute thread')} · "
        f"{_count(len(digest.deals), 'deal thread')}"
        + (f" · {len(digest.not_included)} not included_" if digest.not_included else "_")
    )
    lines = [title, "", *_banner(digest), counts, ""]
    lines += _top(digest, refs)
    lines += _actors(digest, refs)
    lines += _disputes(digest, refs)
    lines += _deals(digest, refs)
    lines += _outlook(digest, refs)
    lines += _sources(digest, refs)
    lines += _not_included(digest)
    lines += _merges(digest)
    lines += _footer(digest)
    return "\n".join(lines).rstrip("\n") + "\n"


def _banner(digest: Digest) -> list[str]:
    """One line under the title when the model's synthesis failed: the reader must not take the
    offline developments and outlook for the model's."""
    error = digest.provenance.synthesis_error
    if error is None:
        return []
    return [
        f"> **The model's synthesis failed ({escape_inline(error)}): the developments and "
        "outlook below are the offline ones.**",
        "",
    ]


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def render_digest_json(digest: Digest) -> str:
    """The digest as JSON (the contract of ``summarizer digest --format json``)."""
    return digest.model_dump_json(indent=2) + "\n"
