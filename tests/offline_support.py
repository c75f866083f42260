"""Helpers the offline engine's tests share: brief a text, find an actor by name."""

from __future__ import annotations

from summarizer import Article, BriefingDraft, Source
from summarizer._briefing._models import ActorDraft
from summarizer._engines.offline import OfflineEngine


def brief(text: str, title: str | None = None) -> BriefingDraft:
    """The offline engine's draft of ``text`` (with ``title`` as the source's title)."""
    return OfflineEngine().draft(Article(text=text, source=Source(title=title))).briefing


def actor(briefing: BriefingDraft, name: str) -> ActorDraft:
    found = [a for a in briefing.actors if a.name == name]
    assert found, f"{name!r} not among {[a.name for a in briefing.actors]}"
    return found[0]


def names(briefing: BriefingDraft) -> list[str]:
    return [a.name for a in briefing.actors]
