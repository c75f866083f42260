"""Placing evidence quotes in the cleaned article text: a draft becomes a :class:`Briefing`.

What counts as a quote occurring in the article is :func:`summarizer._text._keys.locate`'s
rule: verbatim, or once whitespace runs are collapsed, quote marks and dashes unified and case
ignored. :func:`fold`, :func:`locate` and :class:`Span` are re-exported here for the callers
that know them by this module.
"""

from __future__ import annotations

from typing import Any

from summarizer._briefing._models import Briefing, BriefingDraft, Provenance, Source
from summarizer._errors import GroundingError
from summarizer._text._keys import Span, fold, locate

__all__ = ["Span", "fold", "ground", "locate"]


def ground(draft: BriefingDraft, text: str, *, source: Source, provenance: Provenance) -> Briefing:
    """Turn an engine's draft into a :class:`Briefing` whose every quote has offsets.

    Raises :class:`GroundingError` if a quote is not in ``text``: engines are expected to have
    validated their quotes already, so this is the last gate, not the filter.
    """
    data = draft.model_dump()

    def place(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "evidence" and isinstance(value, list):
                    for item in value:
                        span = locate(item["quote"], text)
                        if span is None:
                            raise GroundingError(
                                f"quote not found in the article: {item['quote'][:80]!r}",
                                source=source.path or source.url,
                            )
                        item.update(start=span.start, end=span.end, match=span.match)
                else:
                    place(value)
        elif isinstance(node, list):
            for item in node:
                place(item)

    place(data)
    data.update(
        source=source.model_dump(),
        provenance=provenance.model_dump(),
        article_text=text,
    )
    return Briefing.model_validate(data)
