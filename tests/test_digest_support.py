"""Building briefings by hand for the digest tests, and checks that the builders are sound.

The digest's merge rules are tested on briefings whose every field the test controls: the
offline engine, which produces briefings from articles, is changing under other hands. A hand
built briefing is validated like any other (``Briefing.model_validate``), with each evidence
quote placed in its article text by :func:`summarizer._briefing._grounding.locate`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from summarizer import Briefing, locate

WEEK = Path(__file__).resolve().parent / "fixtures" / "week"
HAND_BUILT = WEEK / "hand_built.json"

_DEFAULT_TIME = "2025-06-06T12:00:00Z"


def evidence(quote: str, text: str) -> dict[str, Any]:
    """An evidence item for ``quote``, placed in ``text``; fails loudly if it is not there."""
    span = locate(quote, text)
    assert span is not None, f"quote not in the article text: {quote!r}"
    return {"quote": quote, "start": span.start, "end": span.end, "match": span.match}


def _quote_for(item: Mapping[str, Any], text: str, *names: str) -> str:
    if item.get("quote"):
        return str(item["quote"])
    for name in names:
        if name and locate(name, text) is not None:
            return name
    raise AssertionError(f"no quote given and none of {names!r} occurs in the text")


def make_briefing(
    text: str,
    *,
    actors: Sequence[Mapping[str, Any]] = (),
    disputes: Sequence[Mapping[str, Any]] = (),
    deals: Sequence[Mapping[str, Any]] = (),
    signals: Sequence[Mapping[str, Any]] = (),
    published: str | dt.date | None = "2025-06-02",
    created_at: str = _DEFAULT_TIME,
    headline: str = "A headline",
    summary: str = "A summary.",
    outlook_summary: str = "",
    title: str | None = None,
    path: str | None = None,
    url: str | None = None,
    site: str | None = None,
    engine: str = "offline",
    model: str | None = None,
    tokens: Sequence[int] = (0, 0, 0),
    relevance: str | None = "international",
) -> Briefing:
    """A validated briefing of ``text``.

    Actors, disputes, deals and signals are given without offsets; an item's evidence is its
    ``quote`` (or, for an actor without one, its name or first alias found in the text).
    The article id is the sha256 of ``text``, as the pipeline makes it.
    """

    def actor(item: Mapping[str, Any]) -> dict[str, Any]:
        names = (item["name"], *item.get("aliases", []))
        return {
            "name": item["name"],
            "kind": item.get("kind", "person"),
            "country": item.get("country"),
            "role": item.get("role", ""),
            "aliases": list(item.get("aliases", [])),
            "evidence": [evidence(_quote_for(item, text, *names), text)],
        }

    def event(item: Mapping[str, Any], default_kind: str) -> dict[str, Any]:
        out = {
            "title": item["title"],
            "kind": item.get("kind", default_kind),
            "parties": list(item.get("parties", [])),
            "status": item.get("status", "unclear"),
            "summary": item.get("summary", ""),
            "evidence": [evidence(_quote_for(item, text, item.get("summary", "")), text)],
        }
        if "value" in item:
            out["value"] = item["value"]
        if "when" in item:
            out["when"] = item["when"]
        return out

    def signal(item: Mapping[str, Any]) -> dict[str, Any]:
        quote = item.get("quote")
        return {
            "description": item["description"],
            "horizon": item.get("horizon"),
            "likelihood": item.get("likelihood", "unclear"),
            "when": item.get("when"),
            "evidence": [evidence(quote, text)] if quote else [],
        }

    day = published.isoformat() if isinstance(published, dt.date) else published
    data = {
        "relevance": relevance,
        "headline": headline,
        "summary": summary,
        "actors": [actor(a) for a in actors],
        "disputes": [event(d, "other") for d in disputes],
        "deals": [event(d, "other") for d in deals],
        "outlook": {"summary": outlook_summary, "signals": [signal(s) for s in signals]},
        "source": {"title": title, "path": path, "url": url, "site": site, "published": day},
        "provenance": {
            "article_id": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "engine": engine,
            "model": model,
            "tokens_in": tokens[0],
            "tokens_out": tokens[1],
            "model_calls": tokens[2],
            "created_at": created_at,
        },
        "article_text": text,
    }
    return Briefing.model_validate(data)


def hostile_quota_briefing(hostile: str, url: str) -> tuple[Briefing, str]:
    """A one-deal briefing whose article, deal title, source title and URL carry ``hostile``
    text (and ``url``), for the tests that every renderer keeps it inert; and its article."""
    text = f"Norway and Iceland signed a deal over {hostile}, officials said on Thursday."
    briefing = make_briefing(
        text,
        actors=[{"name": "Norway", "kind": "state"}, {"name": "Iceland", "kind": "state"}],
        deals=[
            {
                "title": f"Quota deal {hostile}",
                "kind": "trade",
                "parties": ["Norway", "Iceland"],
                "status": "signed",
                "quote": text,
            }
        ],
        url=url,
        title=hostile,
    )
    return briefing, text


def load_hand_built() -> tuple[dict[str, Briefing], dict[str, Any]]:
    """The hand-built week: briefings by key, and the whole fixture (for ``expected``)."""
    fixture = json.loads(HAND_BUILT.read_text(encoding="utf-8"))
    texts: dict[str, str] = {}
    briefings: dict[str, Briefing] = {}
    for spec in fixture["briefings"]:
        text = texts[spec["same_text_as"]] if "same_text_as" in spec else spec["text"]
        texts[spec["key"]] = text
        briefings[spec["key"]] = make_briefing(
            text,
            actors=spec["actors"],
            disputes=spec["disputes"],
            deals=spec["deals"],
            signals=spec["signals"],
            published=spec["published"],
            created_at=spec["created_at"],
            headline=spec["headline"],
            summary=spec["summary"],
            title=spec.get("title"),
            path=spec.get("path"),
            url=spec.get("url"),
            site=spec.get("site"),
            engine=spec["engine"],
            model=spec.get("model"),
            tokens=spec["tokens"],
        )
    return briefings, fixture


def article_id(briefing: Briefing) -> str:
    return briefing.provenance.article_id


# --------------------------------------------------------------------------- the builders


def test_hand_built_briefings_validate_with_offsets_on_their_quotes() -> None:
    briefings, fixture = load_hand_built()
    assert len(briefings) == len(fixture["briefings"])
    for briefing in briefings.values():
        for item in [*briefing.actors, *briefing.disputes, *briefing.deals]:
            for quote in item.evidence:
                assert briefing.article_text[quote.start : quote.end] == quote.quote


def test_a_copy_of_an_article_has_the_same_article_id() -> None:
    briefings, _ = load_hand_built()
    assert article_id(briefings["h4_again"]) == article_id(briefings["h4"])
    assert len({article_id(b) for b in briefings.values()}) == len(briefings) - 1
