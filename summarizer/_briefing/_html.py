"""A briefing as one self-contained HTML page for review: the claims beside the article, every
piece of evidence highlighted in the article's text.

An analyst checks a claim by finding its quote in the article. Here a click on a claim (an
actor, a dispute, a deal, a signal) scrolls to its quotes in the article and marks them; every
evidence span is highlighted where its offsets say it is.

Safety: everything that came from the article or a model goes through jinja2's autoescaping,
and the page's Content-Security-Policy allows no script but its own (pinned by hash), no
network and no frames, so a ``<script>`` in a scraped page is shown as text and could not run
even if escaping failed. The page needs nothing from the network: styles and the script are
inline, no fonts, no images.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from summarizer._briefing._render import format_money

if TYPE_CHECKING:
    import jinja2

    from summarizer._briefing._models import Briefing, Evidence

__all__ = ["Span", "render_html", "script_hash"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text, and the evidence ids that cover it (none: plain text)."""

    text: str
    evidence: tuple[str, ...] = ()


@dataclass(slots=True)
class Claim:
    """One line of the claims panel, and the evidence ids a click marks."""

    section: str
    title: str
    facts: list[str]
    summary: str
    evidence: list[str] = field(default_factory=list)


class _Evidence:
    """Numbers each distinct evidence span once, in order of first use."""

    def __init__(self) -> None:
        self.ids: dict[tuple[int, int], str] = {}

    def refs(self, evidence: list[Evidence]) -> list[str]:
        out: list[str] = []
        for item in evidence:
            key = (item.start, item.end)
            ref = self.ids.setdefault(key, f"e{len(self.ids) + 1}")
            if ref not in out:
                out.append(ref)
        return out


def _status(status: str, when: str | None) -> str:
    # Escaped by the template, as every fact is.
    return f"{status} ({when})" if when else status


def render_html(briefing: Briefing) -> str:
    """The briefing as a self-contained HTML document (newline-terminated)."""
    evidence = _Evidence()
    claims = _claims(briefing, evidence)
    script = _resource("briefing.js")
    return (
        _template()
        .render(
            briefing=briefing,
            claims=claims,
            spans=_spans(briefing.article_text, evidence.ids),
            style=_resource("briefing.css"),
            script=script,
            script_hash=script_hash(script),
        )
        .rstrip("\n")
        + "\n"
    )


def _claims(briefing: Briefing, evidence: _Evidence) -> list[Claim]:
    claims = [
        Claim(
            "actor",
            actor.name,
            [f for f in (actor.kind.replace("_", " "), actor.country, actor.role) if f],
            "",
            evidence.refs(actor.evidence),
        )
        for actor in briefing.actors
    ]
    for dispute in briefing.disputes:
        facts = [dispute.kind, _status(dispute.status, dispute.when), ", ".join(dispute.parties)]
        claims.append(
            Claim("dispute", dispute.title, facts, dispute.summary, evidence.refs(dispute.evidence))
        )
    for deal in briefing.deals:
        value = format_money(deal.value.amount, deal.value.currency) if deal.value else ""
        facts = [deal.kind, _status(deal.status, deal.when), ", ".join(deal.parties), value]
        claims.append(
            Claim(
                "deal",
                deal.title,
                [f for f in facts if f],
                deal.summary,
                evidence.refs(deal.evidence),
            )
        )
    for signal in briefing.outlook.signals:
        facts = [f for f in (signal.horizon, f"likelihood {signal.likelihood}") if f]
        claims.append(
            Claim("signal", signal.description, facts, "", evidence.refs(signal.evidence))
        )
    return claims


def _spans(text: str, ids: dict[tuple[int, int], str]) -> list[Span]:
    """``text`` cut at every evidence boundary, each piece with the ids of the spans over it:
    overlapping and nested quotes are all highlighted, none hides another."""
    bounds = sorted({0, len(text), *(b for span in ids for b in span if 0 <= b <= len(text))})
    pieces: list[Span] = []
    for start, end in itertools.pairwise(bounds):
        covering = tuple(ref for (s, e), ref in ids.items() if s <= start and end <= e)
        pieces.append(Span(text[start:end], covering))
    return pieces


def script_hash(script: str) -> str:
    """The CSP hash of an inline script: the one script a page allows."""
    return base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


@cache
def _resource(name: str) -> str:
    return resources.files("summarizer._briefing").joinpath("templates", name).read_text("utf-8")


@cache
def _template() -> jinja2.Template:
    import jinja2  # imported on first use: only --format html needs it

    environment = jinja2.Environment(
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals["money"] = format_money
    return environment.from_string(_resource("briefing.html"))
