"""Briefing an article too long for the model's context: split it, brief the parts, merge.

* The article is split on paragraph boundaries only (blank lines of the cleaned text), so every
  part is a verbatim substring of the article: a quote copied from a part is a quote from the
  article, and grounding against the *full* text places it as usual. Nothing is cut off: the
  parts cover every paragraph, in order.
* :func:`halve` cuts a text in two at the paragraph boundary nearest its middle (the LLM engine
  halves again, recursively, while a part still does not fit); :func:`split_paragraphs` packs
  paragraphs greedily into parts under a size.
* :func:`merge_drafts` turns the parts' drafts into one :class:`BriefingDraft`: actors merged by
  name or alias (aliases and evidence unioned), disputes and deals concatenated (the same title
  and kind seen in two parts becomes one item), signals concatenated; the headline is the first
  part's, the summary the parts' summaries in order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from summarizer._briefing._models import BriefingDraft, normalize_name

__all__ = ["halve", "halve_spans", "merge_drafts", "paragraph_spans", "split_paragraphs"]

# A paragraph break: a line break, optional spaces, another line break (and any more of them).
_BREAK = re.compile(r"\n[ \t]*\n\s*")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph of ``text``: ``text[start:end]`` is the paragraph."""
    spans: list[tuple[int, int]] = []
    at = 0
    for brk in _BREAK.finditer(text):
        if brk.start() > at:
            spans.append((at, brk.start()))
        at = brk.end()
    if at < len(text):
        spans.append((at, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def halve(text: str) -> tuple[str, str] | None:
    """``text`` cut in two at the paragraph break nearest its middle, or None for one paragraph.

    Both halves are substrings of ``text``; between them only the break (blank lines) is left out.
    """
    spans = halve_spans(text)
    if spans is None:
        return None
    (a, b), (c, d) = spans
    return text[a:b], text[c:d]


def halve_spans(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """:func:`halve` as ``(start, end)`` offsets of the two halves in ``text``."""
    spans = paragraph_spans(text)
    if len(spans) < 2:
        return None
    middle = (spans[0][0] + spans[-1][1]) / 2
    # Cut after paragraph i (0 <= i < len - 1): the one whose end is nearest the middle.
    i = min(range(len(spans) - 1), key=lambda k: abs(spans[k][1] - middle))
    return (spans[0][0], spans[i][1]), (spans[i + 1][0], spans[-1][1])


def split_paragraphs(text: str, max_chars: int) -> list[str]:
    """``text`` as parts of whole paragraphs, each at most ``max_chars`` long where it can be.

    A paragraph longer than ``max_chars`` is a part of its own (it is never cut); the caller
    decides what to do with a part that is still too long.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be 1 or more, not {max_chars}")
    parts: list[str] = []
    start: int | None = None
    end = 0
    for s, e in paragraph_spans(text):
        if start is not None and e - start > max_chars:
            parts.append(text[start:end])
            start = None
        if start is None:
            start = s
        end = e
    if start is not None:
        parts.append(text[start:end])
    return parts


# --------------------------------------------------------------------------- merging


def merge_drafts(drafts: Sequence[BriefingDraft], text: str | None = None) -> BriefingDraft:
    """One draft from the drafts of an article's parts, in article order.

    With ``text`` (the full article), every quote is validated against it once more.
    """
    if not drafts:
        raise ValueError("nothing to merge")
    if len(drafts) == 1:
        return drafts[0]
    data = [d.model_dump() for d in drafts]

    actors = _merge_actors([a for d in data for a in d["actors"]])
    disputes = _merge_items([x for d in data for x in d["disputes"]])
    deals = _merge_items([x for d in data for x in d["deals"]])
    signals = [s for d in data for s in d["outlook"]["signals"]]
    outlook_summary = next((d["outlook"]["summary"] for d in data if d["outlook"]["summary"]), "")
    summaries: list[str] = []
    for d in data:
        if d["summary"] not in summaries:
            summaries.append(d["summary"])
    relevances = [d.get("relevance") for d in data if d.get("relevance")]
    merged = {
        # One part about another state makes the article international.
        "relevance": next(
            (r for r in ("international", "domestic", "off_topic") if r in relevances), None
        ),
        "headline": data[0]["headline"],
        "summary": " ".join(summaries),
        "actors": actors,
        "disputes": disputes,
        "deals": deals,
        "outlook": {"summary": outlook_summary, "signals": signals},
    }
    context = {"article": text} if text is not None else None
    return BriefingDraft.model_validate(merged, context=context)


def _merge_actors(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Actors with one name or alias in common become one: the first one's fields, aliases and
    evidence unioned, role and country from the first part that gives them."""
    merged: list[dict[str, Any]] = []
    index: dict[str, dict[str, Any]] = {}
    for actor in actors:
        keys = [normalize_name(n) for n in (actor["name"], *actor["aliases"])]
        first = next((index[k] for k in keys if k in index), None)
        if first is None:
            first = {**actor, "aliases": list(actor["aliases"]), "evidence": []}
            merged.append(first)
        else:
            names = {normalize_name(n) for n in (first["name"], *first["aliases"])}
            for name in (actor["name"], *actor["aliases"]):
                if normalize_name(name) not in names:
                    first["aliases"].append(name)
                    names.add(normalize_name(name))
            first["role"] = first["role"] or actor["role"]
            first["country"] = first["country"] or actor["country"]
        _union(first["evidence"], actor["evidence"])
        for name in (first["name"], *first["aliases"]):
            index.setdefault(normalize_name(name), first)
    return merged


def _merge_items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Disputes or deals in order; one with the same title and kind as an earlier one joins it."""
    merged: list[dict[str, Any]] = []
    index: dict[tuple[str, str], dict[str, Any]] = {}
    for item in items:
        key = (normalize_name(item["title"]), item["kind"])
        first = index.get(key)
        if first is None:
            first = {**item, "parties": list(item["parties"]), "evidence": []}
            index[key] = first
            merged.append(first)
        else:
            known = {normalize_name(p) for p in first["parties"]}
            first["parties"].extend(p for p in item["parties"] if normalize_name(p) not in known)
            first["summary"] = first["summary"] or item["summary"]
            if first.get("value") is None and item.get("value") is not None:
                first["value"] = item["value"]
            if first["status"] == "unclear":
                first["status"] = item["status"]
        _union(first["evidence"], item["evidence"])
    return merged


def _union(into: list[dict[str, Any]], more: list[dict[str, Any]]) -> None:
    seen = {e["quote"] for e in into}
    for evidence in more:
        if evidence["quote"] not in seen:
            into.append(evidence)
            seen.add(evidence["quote"])
