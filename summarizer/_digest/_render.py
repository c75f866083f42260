"""A digest as markdown for people, and as JSON for programs.

Everything in a digest that came from an article or a model (names, titles, summaries,
quotes, paths, URLs, reasons) is untrusted and goes through
:func:`summarizer._briefing._render.escape_inline` /
:func:`~summarizer._briefing._render.escape_cell`; links are
written only for http(s) URLs, percent-encoded so that no character of the URL can end the
link early. Articles are cited as ``[S1]``, numbered in the order of the sources list.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from urllib.parse import quote

from summarizer._briefing._render import escape_cell, escape_inline, format_money
from summarizer._cost import format_cost
from summarizer._digest._models import (
    DealThread,
    Digest,
    DigestSource,
    DisputeThread,
    WatchSignal,
)
from summarizer._digest._synthesis import day_text, keeps_ahead, trim_clause
from summarizer._text._keys import merge_key

__all__ = ["render_digest_json", "render_digest_markdown"]

_MAX_SIGNALS = 8  # in the outlook; the JSON has them all
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
#
# The analyst's part first (bottom line, top developments, what changed, key dates ahead, the
# threads by region, the outlook); then an appendix (actors, merges, sources, what was not
# included, provenance). Nothing in the analyst's part is dated by the day an article was read:
# only the sources list shows that, labelled.


def _banner(digest: Digest) -> list[str]:
    lines: list[str] = []
    error = digest.provenance.synthesis_error
    if error:
        lines.append(
            f"> **The model's synthesis failed ({escape_inline(error)}): the bottom line, "
            "developments and outlook below are the offline ones.**"
        )
    if digest.undated:
        undated = _count(digest.undated, "source")
        verb = "gives" if digest.undated == 1 else "give"
        lines.append(
            f"> {undated} of {len(digest.sources)} {verb} no date: what "
            f"{'it reports' if digest.undated == 1 else 'they report'} is dated nowhere here; "
            "the sources list shows the day each was read."
        )
    return [*lines, ""] if lines else []


def _bottom_line(digest: Digest) -> list[str]:
    if not digest.bottom_line:
        return []
    return ["## Bottom line", "", " ".join(escape_inline(s) for s in digest.bottom_line), ""]


def _top(digest: Digest, refs: _Refs) -> list[str]:
    lines = ["## Top developments", ""]
    if not digest.top_developments:
        if digest.disputes or digest.deals:
            note = "_No dispute or deal is reported firmly enough to rank; see the threads below._"
            return [*lines, note, ""]
        return [*lines, "_No disputes or deals were reported._", ""]
    for number, item in enumerate(digest.top_developments, start=1):
        text = escape_inline(item.statement)
        if item.attribution:
            text = f"{_quoted(text)} — {escape_inline(item.attribution)}"
        line = f"{number}. {text} {refs(item.sources)}".rstrip()
        if item.next is not None:
            when = day_text(item.next.date, item.next.precision)
            line += f" · next: {when}, {_short(item.next.what)}"
        lines.append(line)
    return [*lines, ""]


def _quoted(text: str) -> str:
    return text if text[:1] in "\"“‘'" else f"“{text}”"


def _short(text: str, words: int = 12) -> str:
    """A thing due, cut short; whole when every cut would leave out what is ahead."""
    clause = trim_clause(text, words, min_words=3)
    if clause and keeps_ahead(clause, text):
        return escape_inline(clause)
    head = " ".join(text.split()[:words])
    return escape_inline(head + " …" if keeps_ahead(head, text) else " ".join(text.split()))


def _changes(digest: Digest, refs: _Refs) -> list[str]:
    if digest.compared_with is None:
        return []
    period = _span(digest.compared_with.start, digest.compared_with.end)
    lines = [f"## What changed since {period}", ""]
    if not digest.changes:
        return [*lines, "_No thread is new, changed, ended or gone quiet._", ""]
    for change in digest.changes:
        title = escape_inline(change.thread)
        cited = f" {refs(change.sources)}" if change.sources else ""
        if change.kind == "new":
            lines.append(f"- New {change.section}: {title}{cited}")
        elif change.kind == "quiet":
            lines.append(f"- Gone quiet: {title} (was {_label(change.before or 'unclear')})")
        else:
            verb = "Ended" if change.kind == "ended" else "Changed"
            before, after = _label(change.before or "unclear"), _label(change.after or "unclear")
            lines.append(f"- {verb}: {title}: {before} → {after}{cited}")
    return [*lines, ""]


# What a cut line may not end on: a word that needs the next ("on", "the"), or a month whose
# day was cut off ("starting on April …"); the date leads the line anyway.
_DANGLING = re.compile(
    r"(?:a|an|the|of|on|in|at|by|to|for|from|with|and|or|starting|until|before|after"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\.?"
)
_END_STOP = re.compile(r"(?<![A-Z])\.$")  # a full stop, not that of "U.S."


def _what(text: str, words: int = 20) -> str:
    """A key date's thing due, as a line shows it: whole (without its full stop, like every
    other line) when short, else cut at a clause boundary, else at a word that ends a phrase;
    whole again when every cut would leave out what is due (:func:`keeps_ahead`)."""
    clause = trim_clause(text, words, min_words=3)
    if clause and keeps_ahead(clause, text):
        return escape_inline(_END_STOP.sub("", clause))
    kept = text.split()[:words]
    while len(kept) > 3 and _DANGLING.fullmatch(kept[-1].rstrip(",;:")):
        kept.pop()
    head = " ".join(kept).rstrip(",;:")
    if not keeps_ahead(head, text):  # every cut leaves out what is due: told whole
        return escape_inline(_END_STOP.sub("", " ".join(text.split())))
    return escape_inline(head + " …")


def _key_dates(digest: Digest, refs: _Refs) -> list[str]:
    if not digest.key_dates:
        return []
    lines = ["## Key dates ahead", ""]
    for item in digest.key_dates:
        day = day_text(item.date, item.precision)
        lines.append(f"- {day}: {_what(item.what)} {refs(item.sources)}")
    return [*lines, ""]


def _threads(digest: Digest, refs: _Refs) -> list[str]:
    """Every thread on one line, grouped by region (regions by their leading thread)."""
    both: list[tuple[str, DisputeThread | DealThread]] = [
        *(("dispute", t) for t in digest.disputes),
        *(("deal", t) for t in digest.deals),
    ]
    lines = ["## Threads by region", ""]
    if not both:
        return [*lines, "_No disputes or deals were reported._", ""]
    regions: dict[str, list[tuple[str, DisputeThread | DealThread]]] = {}
    for section, thread in both:
        regions.setdefault(thread.region or "Other", []).append((section, thread))
    for region, threads in regions.items():
        lines += [f"### {escape_inline(region)}", ""]
        lines += [_thread_line(section, thread, refs) for section, thread in threads]
        lines.append("")
    return lines


def _thread_line(section: str, thread: DisputeThread | DealThread, refs: _Refs) -> str:
    facts = [f"{_label(thread.kind)} {section}"]
    if thread.status != "unclear":
        status = _label(thread.status)
        if len(thread.status_history) > 1 and thread.status_history[-2].status != "unclear":
            status = f"{_label(thread.status_history[-2].status)} → {status}"
        facts.append(status)
    if thread.date is not None:
        facts.append(day_text(thread.date, thread.date_precision))
    if isinstance(thread, DealThread) and thread.value is not None:
        facts.append(format_money(thread.value.amount, thread.value.currency))
    if thread.parties:
        facts.append(_names(thread.parties))
    title = escape_inline(thread.title) or "Untitled"
    return f"- **{title}** — {' · '.join(facts)} {refs(thread.sources)}".rstrip()


def _outlook(digest: Digest, refs: _Refs) -> list[str]:
    lines = ["## Outlook", ""]
    outlook = digest.outlook
    summary = escape_inline(outlook.summary)
    if not summary and not outlook.signals:
        return [*lines, "_The articles give no outlook._", ""]
    if summary:
        lines += [summary, ""]
    dated = {(k.date, merge_key(k.what)) for k in digest.key_dates}
    shown = [s for s in outlook.signals[:_MAX_SIGNALS] if not _is_key_date(s, dated)]
    if shown:
        for signal in shown:
            lines.append(f"- {_signal_text(signal.description)}{_signal_facts(signal, refs)}")
        lines.append("")
    return lines


def _is_key_date(signal: WatchSignal, dated: set[tuple[dt.date, str]]) -> bool:
    # Shown under "Key dates ahead" already.
    return signal.when is not None and any(d == signal.when for d, _ in dated)


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


# --------------------------------------------------------------------------- appendix


def _actors(digest: Digest, refs: _Refs) -> list[str]:
    """The actors of two articles or more in a table; the others counted, not listed (the
    JSON has them all). With one article every actor is in the table."""
    actors = digest.actors
    lines = ["### Actors", ""]
    if not actors:
        return [*lines, "_No actors identified._", ""]
    recurring = [a for a in actors if len(a.articles) > 1]
    table = recurring if recurring and len(digest.sources) > 1 else list(actors)
    lines += [
        "| Actor | Kind | Country | Also called | Sources |",
        "| --- | --- | --- | --- | --- |",
    ]
    for actor in table:
        cells = (
            escape_cell(actor.name) or "—",
            _label(actor.kind),
            escape_cell(actor.country or "") or "—",
            ", ".join(escape_cell(a) for a in actor.aliases[:4]) or "—",
            refs(actor.articles) or "—",
        )
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    once = len(actors) - len(table)
    if once:
        lines += [f"{_count(once, 'other actor')} named by one article each (see the JSON).", ""]
    return lines


def _sources(digest: Digest, refs: _Refs) -> list[str]:
    lines = ["### Sources", ""]
    if not digest.sources:
        return [*lines, "_No articles._", ""]
    for source in digest.sources:
        title = source.title or source.headline or "Untitled article"
        if source.date_from == "published":
            day = f"published {source.date.isoformat()}"
        else:
            day = f"undated; read {source.date.isoformat()}"
        parts = [
            _link(title, source.url),
            escape_inline(source.site or ""),
            day,
            escape_inline(source.url or "") if source.url and not _HTTP.match(source.url) else "",
            f"canonical {escape_inline(source.canonical_url)}" if source.canonical_url else "",
            escape_inline(source.path or ""),
            f"article {escape_inline(source.article[:12])}",
        ]
        lines.append(f"- {refs([source.article])} " + " · ".join(p for p in parts if p))
    return [*lines, ""]


def _not_included(digest: Digest) -> list[str]:
    if not digest.not_included:
        return []
    lines = ["### Not included", ""]
    for item in digest.not_included:
        lines.append(f"- {escape_inline(item.source) or '—'}: {escape_inline(item.reason)}")
    return [*lines, ""]


def _merges(digest: Digest) -> list[str]:
    if not digest.merges:
        return []
    lines = ["### How the reports were merged", ""]
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
        f" · {p.model_calls:,} model calls · cost {escape_inline(format_cost(p.cost))}",
        "",
    ]


# --------------------------------------------------------------------------- public


def render_digest_markdown(digest: Digest) -> str:
    """The digest as markdown: the analyst's part (bottom line, top developments, what changed,
    key dates, threads by region, outlook), then the appendix."""
    refs = _Refs(digest.sources)
    shown = digest.covered or digest.period
    title = f"# Digest: {_span(shown.start, shown.end)}" if shown is not None else "# Digest"
    counts = (
        f"_{_count(len(digest.sources), 'article')} · "
        f"{_count(len(digest.disputes), 'dispute thread')} · "
        f"{_count(len(digest.deals), 'deal thread')}"
        + (f" · {len(digest.not_included)} not included_" if digest.not_included else "_")
    )
    # A failed synthesis and undated sources are said first: they change how all below reads.
    lines = [title, "", *_banner(digest), counts, ""]
    lines += _bottom_line(digest)
    lines += _top(digest, refs)
    lines += _changes(digest, refs)
    lines += _key_dates(digest, refs)
    lines += _threads(digest, refs)
    lines += _outlook(digest, refs)
    lines += ["## Appendix", ""]
    lines += _actors(digest, refs)
    lines += _sources(digest, refs)
    lines += _not_included(digest)
    lines += _merges(digest)
    lines += _footer(digest)
    return "\n".join(lines).rstrip("\n") + "\n"


def _span(start: dt.date, end: dt.date) -> str:
    return day_text(start) if start == end else f"{day_text(start)} to {day_text(end)}"


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def render_digest_json(digest: Digest) -> str:
    """The digest as JSON (the contract of ``summarizer digest --format json``)."""
    return digest.model_dump_json(indent=2) + "\n"
