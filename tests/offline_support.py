"""Helpers the offline engine's tests share: brief a text, find an actor by name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer import Article, BriefingDraft, Source
from summarizer._briefing._models import ActorDraft
from summarizer._engines.offline import OfflineEngine
from summarizer._engines.offline._data import events
from summarizer._lexicon import lexicon


def brief(text: str, title: str | None = None) -> BriefingDraft:
    """The offline engine's draft of ``text`` (with ``title`` as the source's title)."""
    return OfflineEngine().draft(Article(text=text, source=Source(title=title))).briefing


def actor(briefing: BriefingDraft, name: str) -> ActorDraft:
    found = [a for a in briefing.actors if a.name == name]
    assert found, f"{name!r} not among {[a.name for a in briefing.actors]}"
    return found[0]


def names(briefing: BriefingDraft) -> list[str]:
    return [a.name for a in briefing.actors]


def cue_sets_agree(sentences: Iterable[str]) -> int:
    """Assert that each cue set of the event lexicon finds, in every sentence, what its cues
    find tried one by one, in the lexicon's order, at every word start (the first one wins);
    return how many cues were found."""
    lex, raw = events(), lexicon("en").events
    found = 0
    texts = list(sentences)
    for cue_set, entries in [
        (lex.dispute_triggers, raw.dispute_triggers),
        (lex.dispute_topics, raw.dispute_topics),
        (lex.deal_triggers, raw.deal_triggers),
        (lex.deal_topics, raw.deal_topics),
    ]:
        every = re.compile("|".join(f"(?P<c{i}>{e.pattern})" for i, e in enumerate(entries)))
        for sentence in texts:
            low = sentence.lower()
            expected: list[tuple[str, int, int]] = []
            end = 0
            for start in re.finditer(r"(?<![\w-])\w", low):
                match = every.match(low, start.start()) if start.start() >= end else None
                if match is not None and match.lastgroup is not None:
                    label = entries[int(match.lastgroup[1:])].label
                    expected.append((label, match.start(), match.end()))
                    end = match.end()
            got = [(cue.label, m.start(), m.end()) for cue, m in cue_set.find(low)]
            assert got == expected, sentence
            found += len(got)
    return found
