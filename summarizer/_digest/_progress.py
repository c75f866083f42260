"""What a run tells a progress display, as it goes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

__all__ = ["COLLECTING", "Kind", "Progress", "ProgressEvent"]


Kind = Literal[
    "reading", "fetching", "extracting", "start", "briefed", "cached", "failed", "waiting"
]
#: The kinds told while the inputs are collected, before any briefing.
COLLECTING: frozenset[Kind] = frozenset({"reading", "fetching", "extracting"})


@dataclass(frozen=True)
class ProgressEvent:
    """What a progress display is told: a step of collecting the inputs, a run started, an
    article ended, or the run waits.

    Collecting (:data:`COLLECTING`) comes first, each step told once with ``done`` 0 when it
    begins and again as each of its ``total`` items ends (``label`` names it): ``"fetching"``
    the pages and feeds given as URLs, ``"reading"`` each input in order (a file read and its
    article extracted, a fetched page's article extracted, a feed's entries listed),
    ``"fetching"`` the feeds' entries, ``"extracting"`` their articles. Then briefing:
    ``"start"``, then ``"briefed"``, ``"cached"`` or ``"failed"`` per article, and ``"waiting"``
    (``wait`` seconds, after a 429). The briefing counts are the run's so far; ``tokens`` are
    the tokens (in and out) of the briefings made in this run.
    """

    kind: Kind
    total: int
    done: int = 0
    briefed: int = 0
    cached: int = 0
    failed: int = 0
    tokens: int = 0
    label: str = ""
    message: str = ""
    wait: float = 0.0


Progress = Callable[[ProgressEvent], None]
