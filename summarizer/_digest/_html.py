"""A digest as one self-contained HTML page for review: the analyst's part with every claim
linked to its evidence, and each source's article with that evidence highlighted.

A click on a development or a thread scrolls to its quotes in the sources' articles and marks
them; a source citation ([S2]) jumps to that source. The page is built like the briefing's
(:mod:`summarizer._briefing._html`): jinja2 with autoescaping, its own script pinned by hash in
the Content-Security-Policy, no network, no fonts, no images.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from summarizer._briefing._html import Span, script_hash
from summarizer._digest._models import (
    DealThread,
    Digest,
    DigestSource,
    DisputeThread,
    ThreadEvidence,
    TopDevelopment,
)
from summarizer._digest._synthesis import day_text

if TYPE_CHECKING:
    import jinja2

__all__ = ["render_digest_html"]


@dataclass(slots=True)
class _Item:
    """One clickable line: a development or a thread, with its evidence ids and citations."""

    text: str
    facts: list[str]
    refs: list[tuple[str, str]]  # (label "S2", anchor "S2")
    evidence: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Source:
    anchor: str
    title: str
    url: str | None
    facts: list[str]
    spans: list[Span]


class _Ids:
    """Numbers each (article, start, end) span once: the ids clicks mark."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, int, int], str] = {}

    def of(self, evidence: Sequence[ThreadEvidence]) -> list[str]:
        out: list[str] = []
        for item in evidence:
            key = (item.article, item.start, item.end)
            ref = self.ids.setdefault(key, f"e{len(self.ids) + 1}")
            if ref not in out:
                out.append(ref)
        return out


def render_digest_html(digest: Digest, texts: Mapping[str, str]) -> str:
    """The digest as a self-contained HTML document; ``texts`` are the sources' cleaned article
    texts by article id (what evidence offsets point into; a source without one is listed
    without its text)."""
    ids = _Ids()
    anchors = {s.article: f"S{n}" for n, s in enumerate(digest.sources, start=1)}

    def item(
        text: str,
        facts: Sequence[str | None],
        cited: Sequence[str],
        evidence: Sequence[ThreadEvidence],
    ) -> _Item:
        refs = [(anchors[a], anchors[a]) for a in dict.fromkeys(cited) if a in anchors]
        return _Item(text, [f for f in facts if f], refs, ids.of(evidence))

    developments = [item(*_development(top, digest)) for top in digest.top_developments]
    regions: dict[str, list[_Item]] = {}
    for section, thread in _threads(digest):
        facts = [
            f"{thread.kind.replace('_', ' ')} {section}",
            thread.status,
            day_text(thread.date, thread.date_precision) if thread.date is not None else None,
            ", ".join(thread.parties),
        ]
        regions.setdefault(thread.region or "Other", []).append(
            item(thread.title, facts, thread.sources, thread.evidence)
        )
    signals = [
        item(s.description, (s.horizon, s.likelihood), s.sources, s.evidence)
        for s in digest.outlook.signals
    ]
    sources = [
        _source(s, anchors[s.article], texts.get(s.article), ids.ids) for s in digest.sources
    ]
    script = _resource("briefing.js")
    return (
        _template()
        .render(
            digest=digest,
            title=_title(digest),
            developments=developments,
            regions=regions,
            signals=signals,
            sources=sources,
            day_text=day_text,
            style=_resource("briefing.css"),
            script=script,
            script_hash=script_hash(script),
        )
        .rstrip("\n")
        + "\n"
    )


def _threads(digest: Digest) -> list[tuple[str, DisputeThread | DealThread]]:
    return [*(("dispute", t) for t in digest.disputes), *(("deal", t) for t in digest.deals)]


def _development(
    top: TopDevelopment, digest: Digest
) -> tuple[str, list[str | None], list[str], list[ThreadEvidence]]:
    """A top development's text, facts, citations, and the evidence of its thread."""
    thread = next(
        (t for section, t in _threads(digest) if section == top.section and t.title == top.thread),
        None,
    )
    facts: list[str | None] = [top.attribution, top.thread]
    if top.next is not None:
        facts.append(f"next: {day_text(top.next.date, top.next.precision)}, {top.next.what}")
    return top.statement, facts, top.sources, list(thread.evidence) if thread else []


def _source(
    source: DigestSource, anchor: str, text: str | None, ids: Mapping[tuple[str, int, int], str]
) -> _Source:
    if source.date_from == "published":
        day = f"published {source.date.isoformat()}"
    else:
        day = f"undated; read {source.date.isoformat()}"
    web = source.url is not None and source.url.lower().startswith(("http://", "https://"))
    mine = {(s, e): ref for (a, s, e), ref in ids.items() if a == source.article}
    return _Source(
        anchor=anchor,
        title=source.title or source.headline or anchor,
        url=source.url if web else None,
        facts=[f for f in (source.site or "", day, source.path or "") if f],
        spans=_spans(text, mine) if text else [],
    )


def _spans(text: str, ids: Mapping[tuple[int, int], str]) -> list[Span]:
    bounds = sorted({0, len(text), *(b for span in ids for b in span if 0 <= b <= len(text))})
    return [
        Span(text[start:end], tuple(ref for (s, e), ref in ids.items() if s <= start and end <= e))
        for start, end in itertools.pairwise(bounds)
    ]


def _title(digest: Digest) -> str:
    shown = digest.covered or digest.period
    if shown is None:
        return "Digest"
    if shown.start == shown.end:
        return f"Digest: {day_text(shown.start)}"
    return f"Digest: {day_text(shown.start)} to {day_text(shown.end)}"


@cache
def _resource(name: str) -> str:
    folder = "summarizer._digest" if name.startswith("digest") else "summarizer._briefing"
    return resources.files(folder).joinpath("templates", name).read_text("utf-8")


@cache
def _template() -> jinja2.Template:
    import jinja2  # imported on first use: only --format html needs it

    environment = jinja2.Environment(
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    return environment.from_string(_resource("digest.html"))
