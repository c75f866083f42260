"""The weekly digest: many briefings merged into one desk-officer briefing.

    >>> from summarizer._digest import build_digest, render_digest_markdown
    >>> digest = build_digest(briefings, not_included=[("bad.txt", "file is empty")])
    >>> print(render_digest_markdown(digest))

Actors are merged across articles (:mod:`._actors`), disputes and deals become threads
(:mod:`._threads`), and the top developments and outlook are synthesised offline
(:mod:`._synthesis`). Every merge is recorded in ``Digest.merges`` with its reason.
"""

from __future__ import annotations

from summarizer._digest._build import build_digest
from summarizer._digest._models import (
    DIGEST_SCHEMA_VERSION,
    DealStatusChange,
    DealThread,
    Digest,
    DigestActor,
    DigestOutlook,
    DigestProvenance,
    DigestSource,
    DisputeStatusChange,
    DisputeThread,
    MergeNote,
    NotIncluded,
    Period,
    ThreadEvidence,
    TopDevelopment,
    WatchSignal,
)
from summarizer._digest._render import render_digest_json, render_digest_markdown

__all__ = [
    "DIGEST_SCHEMA_VERSION",
    "DealStatusChange",
    "DealThread",
    "Digest",
    "DigestActor",
    "DigestOutlook",
    "DigestProvenance",
    "DigestSource",
    "DisputeStatusChange",
    "DisputeThread",
    "MergeNote",
    "NotIncluded",
    "Period",
    "ThreadEvidence",
    "TopDevelopment",
    "WatchSignal",
    "build_digest",
    "render_digest_json",
    "render_digest_markdown",
]
