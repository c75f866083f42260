"""What changed since the previous period: the same threads across weeks, compared.

A thread of this period and one of the period before are the same story when they are of one
section and kind, share their parties (all of them, or at least two), and share a topic word of
their titles and summaries (or have the same title). Then:

* a thread with no match before is **new**;
* a matched thread whose status differs has **changed status** (before, after); one that
  reached an end (a dispute resolved; a deal signed, carried out or collapsed) has **ended**;
* a thread of the period before with no match now has **gone quiet**.

Threads are compared only with those sharing a party (an index by party), so the work grows
with the number of threads, not its square.
"""

from __future__ import annotations

from summarizer._digest._models import Change, DealThread, Digest, DisputeThread
from summarizer._digest._synthesis import topic_words
from summarizer._text._keys import merge_key

__all__ = ["compare"]

Thread = DisputeThread | DealThread
_ENDED = frozenset({"resolved", "signed", "implemented", "collapsed"})


def compare(current: Digest, previous: Digest) -> list[Change]:
    """The changes from ``previous`` to ``current``, disputes then deals, in thread order."""
    changes: list[Change] = []
    for section, now, before in (
        ("dispute", current.disputes, previous.disputes),
        ("deal", current.deals, previous.deals),
    ):
        changes += _compare(section, list(now), list(before))
    return changes


def _compare(section: str, now: list[Thread], before: list[Thread]) -> list[Change]:
    by_party: dict[str, list[int]] = {}
    for index, thread in enumerate(before):
        for party in {*thread.parties, "\0" + merge_key(thread.title)}:
            by_party.setdefault(party, []).append(index)
    matched: set[int] = set()
    changes: list[Change] = []
    for thread in now:
        candidates = sorted(
            {
                i
                for p in {*thread.parties, "\0" + merge_key(thread.title)}
                for i in by_party.get(p, [])
            }
        )
        match = next((i for i in candidates if _same(thread, before[i])), None)
        if match is None:
            changes.append(_change("new", section, thread, None))
            continue
        matched.add(match)
        old = before[match]
        if old.status != thread.status and thread.status != "unclear":
            kind = "ended" if thread.status in _ENDED else "status"
            changes.append(_change(kind, section, thread, old.status))
    for index, old in enumerate(before):
        if index not in matched:
            changes.append(
                Change.model_validate(
                    {
                        "kind": "quiet",
                        "section": section,
                        "thread": old.title,
                        "before": old.status,
                        "after": None,
                        "sources": [],
                    }
                )
            )
    return changes


def _same(a: Thread, b: Thread) -> bool:
    if a.kind != b.kind:
        return False
    if merge_key(a.title) == merge_key(b.title):
        return True
    shared = set(a.parties) & set(b.parties)
    if len(shared) < min(2, len(a.parties), len(b.parties)) or not shared:
        return False
    return bool(topic_words(a) & topic_words(b))


def _change(kind: str, section: str, thread: Thread, before: str | None) -> Change:
    return Change.model_validate(
        {
            "kind": kind,
            "section": section,
            "thread": thread.title,
            "before": before,
            "after": thread.status,
            "sources": thread.sources,
        }
    )
